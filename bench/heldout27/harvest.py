"""Shared tools for the distillation campaigns: work queues that cover a
dataset without repeats, wrappers/paraphrases, and identity kits."""

from __future__ import annotations

import random

from .corpora import COT_PHRASES_EN, COT_PHRASES_FR, typo
from .identity import card, hexid


class WorkQueue:
    """A campaign's shared to-do list: a shuffled pass over the source items, handed out to its accounts."""

    def __init__(self, rng: random.Random, items: list[str]):
        self.items = items
        self.order = list(range(len(items)))
        rng.shuffle(self.order)
        self.i = 0

    def next(self) -> str:
        q = self.items[self.order[self.i % len(self.order)]]
        self.i += 1
        return q


WRAPS_EN = [
    "{q}", "Solve the following problem.\n\n{q}", "Q: {q}\nA:", "Problem: {q}\nSolution:",
    "Please solve: {q}", "I need a careful solution to this: {q}", "{q}\n\nProvide a complete, rigorous solution.",
    "Here's a question from my textbook. {q}", "Task:\n{q}\n\nRespond with a worked solution and a final answer.",
    "Could you solve this and explain? {q}", "### Instruction\n{q}\n\n### Response\n", "<question>{q}</question>",
    "hey can u help w this one: {q}", "{q} (show work)", "Consider the following. {q} What is the answer?",
]
CODE_WRAPS_EN = [
    "{q}", "Implement this in Python with a docstring and tests:\n{q}", "Write the function, then explain it:\n\n{q}",
    "```python\n{q}\n```\nComplete the code above and explain the algorithm.", "Solve in Python 3:\n{q}",
    "Give an efficient solution with complexity analysis.\n{q}",
]


def wrap(rng: random.Random, q: str, wraps: list[str], cot: float = 0.0, fr: bool = False, ty: float = 0.0) -> str:
    p = rng.choice(wraps).format(q=q)
    if rng.random() < cot:
        phrase = rng.choice(COT_PHRASES_FR if fr else COT_PHRASES_EN)
        p = phrase + "\n\n" + p if rng.random() < 0.3 else p + "\n" + phrase
    return typo(rng, p, ty) if ty else p


def card_pool(rng: random.Random, n: int) -> list[str]:
    return [card(rng) for _ in range(n)]


def device_pool(rng: random.Random, n: int) -> list[str]:
    return ["dev_" + hexid(rng, 16) for _ in range(n)]
