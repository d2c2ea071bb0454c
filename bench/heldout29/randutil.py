"""Deterministic randomness: every stream is seeded from text (sha512 inside `random`),
so output never depends on PYTHONHASHSEED, dict order of hashes, or the wall clock."""

from __future__ import annotations

import math
import random

B32 = "abcdefghijklmnopqrstuvwxyz234567"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def rng_for(seed: int, *names: object) -> random.Random:
    return random.Random("/".join([str(seed), *(str(n) for n in names)]))


def token(rng: random.Random, n: int, alphabet: str = B32) -> str:
    return "".join(alphabet[rng.randrange(len(alphabet))] for _ in range(n))


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam < 40:
        limit = math.exp(-lam)
        k, p = 0, 1.0
        for _ in range(400):
            p *= rng.random()
            if p <= limit:
                return k
            k += 1
        return k
    return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))


def lognorm(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


def geometric(rng: random.Random, mean: float, cap: int = 60) -> int:
    """1, 2, 3, ... with the given mean (>= 1), capped."""
    if mean <= 1:
        return 1
    p = 1.0 / mean
    n = 1
    while n < cap and rng.random() > p:
        n += 1
    return n


def pick(rng: random.Random, items, weights=None):
    if weights is None:
        return items[rng.randrange(len(items))]
    return rng.choices(items, weights)[0]


def chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def fill(rng: random.Random, template: str, **slots: object) -> str:
    """str.format on a template whose slots come from lists (a random member) or values."""
    vals = {k: (v[rng.randrange(len(v))] if isinstance(v, (list, tuple)) else v) for k, v in slots.items()}
    return template.format(**vals)
