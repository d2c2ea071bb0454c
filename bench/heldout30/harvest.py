"""Building blocks shared by the campaigns: ordered sweeps over a dataset (a
harvest covers items once, shared by all accounts of a campaign), answers for
chain-of-thought wrappers, and per-campaign identity helpers."""
from __future__ import annotations

import random

from . import phrasing
from .clock import DAY, PROFILES
from .traffic import World


class Sweep:
    """A campaign's work queue: items handed out in order, each once, across all
    of its accounts (so no two accounts ask the same question)."""

    def __init__(self, items: list[str], rng: random.Random | None = None):
        self.items = list(items)
        if rng is not None:
            rng.shuffle(self.items)
        self.i = 0

    def next(self) -> str:
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item


def fake_answer(rng: random.Random) -> str:
    return rng.choice([str(rng.randrange(2, 999)), f"\\frac{{{rng.randrange(1, 20)}}}{{{rng.randrange(2, 30)}}}",
                       f"{rng.randrange(1, 90)}^\\circ", f"x = {rng.randrange(-9, 10)}"])


def cot(rng: random.Random, q: str, wrappers=phrasing.COT_WRAPPERS) -> str:
    return rng.choice(wrappers).format(q=q, a=fake_answer(rng))


def batch_created(w: World, rng: random.Random, days_ago: float, spread_min: float = 40) -> int:
    """Accounts registered by one script run: minutes apart on the same day."""
    return int(w.t0 - days_ago * DAY + rng.uniform(0, spread_min) * 60_000) // 1000 * 1000


def mixed_profile(night_weight: float) -> list[float]:
    """An operator's schedule: a human-looking day curve topped up with night work."""
    return [h + night_weight for h in PROFILES["home"]]

