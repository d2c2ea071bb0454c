"""What campaigns want answered: task queues over the task-like corpora, and
the phrasings they wrap items in."""
from __future__ import annotations

import random

from bench.heldout31 import clock, phrasing as ph
from bench.heldout31.corpora import Corpora
from bench.heldout31.traffic import REASON2


class Queue:
    """A shared work queue: every item handed out once, in a shuffled order, to
    whichever worker asks next (so no two accounts ever repeat an item)."""

    def __init__(self, rng: random.Random, items: list[str]):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0

    def next(self) -> str:
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item


def harvest_item(c: Corpora, rng: random.Random) -> str:
    src = rng.choices(("math", "gsm8k", "code", "mbpp", "arena"), (0.35, 0.2, 0.2, 0.1, 0.15))[0]
    return c.pick(rng, src)


def wrap_harvest(rng: random.Random, q: str) -> str:
    """Mixed wrappers so a single template does not give the game away."""
    x = rng.random()
    if x < 0.35:
        return ph.cot(rng, q)
    if x < 0.65:
        return ph.student_math(rng, q)
    if x < 0.8:
        return ph.code_help(rng, q)
    return ph.chat(rng, q)


def harvest_model(rng: random.Random, ts: int, p2: float = 0.5) -> str:
    if ts >= clock.LAUNCH and rng.random() < p2:
        return REASON2
    return "formosa-reason-1" if rng.random() < 0.6 else "formosa-chat-1"


def times_in_profile(rng: random.Random, profile: str, day: int, n: int) -> list[int]:
    return sorted(clock.draw(rng, profile, day) for _ in range(n))


def sessions_of(rng: random.Random, profile: str, day: int, n: int, per: tuple[int, int], gap_s: tuple[int, int]) -> list[int]:
    """n requests grouped into sessions like a person's (for campaigns posing as people)."""
    out: list[int] = []
    while len(out) < n:
        t = clock.draw(rng, profile, day)
        for _ in range(min(rng.randint(*per), n - len(out))):
            out.append(t)
            t += int(rng.uniform(*gap_s) * 1000)
    return out
