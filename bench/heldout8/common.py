"""Helpers shared by the benign and attack populations."""
from __future__ import annotations

import random

from world import (DAY, HOUR, MODEL_NEW, MODELS_OLD, RELEASE, T0, lognorm_int)

COMP_MEDIAN = {
    "nq": 90, "casual": 130, "arena": 520, "instr": 260, "awesome": 480, "gsm8k": 230, "math": 320,
    "code": 300, "mbpp": 300, "humaneval": 260, "svamp": 150, "trajectory": 2300, "tool": 140,
    "final": 420, "viral": 650, "arabic": 300, "embed": 0, "review": 700, "support": 210,
}


def comp(rng: random.Random, kind: str, cot: bool = False, sigma: float = 0.55) -> int:
    m = COMP_MEDIAN.get(kind, 300)
    if m == 0:
        return 0
    if cot:
        m *= 1.9
    return lognorm_int(rng, m, sigma, 8, 8192)


def model_at(rng: random.Random, ts: int, p_new: float = 0.35, p_large: float = 0.4) -> str:
    if ts >= RELEASE and rng.random() < p_new:
        return MODEL_NEW
    return MODELS_OLD[0] if rng.random() < p_large else MODELS_OLD[1]


def created_before(rng: random.Random, median_days: float, lo_days: float = 0.5, hi_days: float = 1000) -> int:
    d = lognorm_int(rng, median_days * 10, 0.9, int(lo_days * 10), int(hi_days * 10)) / 10.0
    return T0 - int(d * DAY) - rng.randrange(HOUR)


def days_range(days: int):
    """Local days to sample: one before and after so every time zone covers the UTC window."""
    return range(-1, days + 1)
