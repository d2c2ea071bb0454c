"""The world's clock and randomness.

The window opens Monday 4 January 2027 00:00 GMT: the back-to-work Monday after
the Christmas break (and Scotland's substitute bank holiday for 2 January).
The UK and Ireland are both on GMT in January, so local time equals UTC and the
activity curves below are written in UTC hours directly.

Every random choice comes from a named stream derived from (seed, name) with
SHA-256, so adding a population never shifts the draws of another one.
"""
from __future__ import annotations

import bisect
import hashlib
import math
import random
from datetime import datetime, timezone

MIN = 60_000
HOUR = 60 * MIN
DAY = 24 * HOUR
START_MS = int(datetime(2027, 1, 4, tzinfo=timezone.utc).timestamp() * 1000)
RELEASE_HOUR = 10  # "meridian-3" goes live 10:00 GMT on day 2, timed for the UK morning tech press


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=timezone.utc).timestamp() * 1000)


def release_ms(days: int) -> int:
    return START_MS + min(1, max(days - 1, 0)) * DAY + RELEASE_HOUR * HOUR


def weekday(day: int) -> int:
    """0 = Monday. Day 0 of the window is Monday 4 January 2027."""
    return day % 7


class Streams:
    def __init__(self, seed: int):
        self.seed = seed

    def rng(self, *names: object) -> random.Random:
        key = f"heldout26|{self.seed}|" + "|".join(str(n) for n in names)
        return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


# Hourly weights (index = GMT hour). Shapes are from what each kind of user does
# on a working day in January: dark by 16:00, commute, lunch, evenings at home.
CURVES: dict[str, list[float]] = {
    # office workers: 09:00 start, lunch dip, tail-off after 17:30
    "office": [.2, .1, .05, .05, .05, .1, .3, 1, 3.5, 7, 9, 9, 7, 6.5, 8, 8.5, 8, 6, 3, 1.5, 1.2, 1, .7, .4],
    # people at home: lunch on the phone, evenings after tea, late scrolling
    "home": [1.5, .8, .4, .2, .2, .3, .8, 2, 2.5, 2.5, 2.5, 3, 4, 3.5, 3, 3, 3.5, 4, 5, 6.5, 7.5, 7, 5, 3],
    # undergraduates revising for January exams: late mornings, very late nights
    "student": [4.5, 3.2, 1.6, .6, .3, .2, .2, .5, 1.2, 3, 5, 6.5, 6, 6.5, 7, 7, 6.5, 5.5, 5, 6, 7, 7.5, 7, 6],
    # secondary-school pupils: after school and homework time (mocks this week)
    "teen": [.8, .3, .1, .05, .05, .1, .3, 1, 1, 1, 1, 1, 1.5, 1, 1, 2.5, 4, 5, 6, 7, 7, 6, 3, 1.5],
    # developers: office hours plus a long evening tail
    "dev": [1.5, 1, .5, .3, .2, .3, .5, 1.5, 3.5, 6, 7.5, 7.5, 6, 6.5, 7.5, 7.5, 7, 6, 4, 3, 3, 3.5, 3, 2.2],
    # hospital staff on shifts: peaks after the 07:30 and 19:30 handovers
    "shift": [2, 1.5, 1.2, 1, 1, 1.2, 2, 4, 6, 6, 5.5, 5, 4.5, 5, 5.5, 5, 4.5, 4, 3.5, 4, 4, 3.5, 3, 2.5],
    # consumer mobile app (new-year fitness): before work, lunch, evening
    "app": [.8, .4, .2, .2, .3, 1.5, 4.5, 6.5, 5, 3.5, 3, 3, 4.5, 3.5, 3, 3, 3.5, 5, 6.5, 7, 6, 4.5, 3, 1.8],
    # retail customer service in the January sales
    "retail": [.6, .3, .15, .1, .1, .2, .6, 2, 4.5, 6.5, 7, 7, 7, 6.5, 6.5, 6.5, 6, 6, 6.5, 7, 6.5, 5, 3, 1.5],
    # after-school tutoring: a small daytime bump (revision days) and the evening peak
    "tutoring": [.5, .2, .1, .05, .05, .1, .4, 1.2, 1.5, 2, 2.5, 2.5, 2.5, 2.5, 2.8, 4, 6, 7, 7.5, 8, 7.5, 6, 3.5, 1.5],
    # teachers: before registration, lunch, after school, marking in the evening
    "teacher": [.3, .1, .05, .05, .05, .2, 1.5, 4, 3, 2, 2, 2.5, 4, 2.5, 2, 3, 5, 5, 3.5, 4.5, 5.5, 4.5, 2.5, .8],
    # nightly batch windows (cheaper, off-peak)
    "night": [6, 8, 8, 8, 7, 6, 3, 1, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, 1, 2, 3, 4, 5],
    "flat": [1.0] * 24,
    # a gateway with UK, Irish and some US users behind it: flatter, US evening tail
    "gateway": [2.5, 2.2, 2, 1.6, 1.4, 1.4, 1.8, 3, 4.5, 6, 6.5, 6.5, 6, 6, 6.5, 7, 7, 6.5, 6, 5.5, 5, 4.5, 3.8, 3],
}

# How a working day shifts volume, by curve and weekday (Mon..Sun).
_DAY_FACTOR: dict[str, list[float]] = {
    "office": [1.05, 1.0, 1.0, 1.0, .9, .15, .1],  # Monday: inbox catch-up after the break
    "teen": [.9, 1.0, 1.0, 1.0, .8, .7, .9],
    "teacher": [1.1, 1.0, 1.0, 1.0, .8, .4, .9],  # INSET day: planning and mock papers  # many English schools have an INSET day on the 4th
    "tutoring": [.95, 1.0, 1.0, 1.0, .8, .8, .95],
    "retail": [1.0, .95, .9, .9, .95, 1.2, 1.1],
}


def day_factor(curve: str, day: int) -> float:
    return _DAY_FACTOR.get(curve, [1, 1, 1, 1, 1, .85, .85])[weekday(day)]


_CUM: dict[str, list[float]] = {}


def _cum(curve: str) -> list[float]:
    if curve not in _CUM:
        acc, out = 0.0, []
        for w in CURVES[curve]:
            acc += w
            out.append(acc)
        _CUM[curve] = out
    return _CUM[curve]


def draw_ts(rng: random.Random, curve: str, day: int, lo_ms: int | None = None) -> int:
    """One instant on `day` following `curve`; if lo_ms is given, not before it."""
    cum = _cum(curve)
    base = START_MS + day * DAY
    for _ in range(20):
        hour = bisect.bisect_right(cum, rng.random() * cum[-1])
        t = base + min(hour, 23) * HOUR + rng.randrange(HOUR)
        if lo_ms is None or t >= lo_ms:
            return t
    return max(lo_ms or base, base + rng.randrange(DAY))


def poisson(rng: random.Random, lam: float) -> int:
    """Small-lambda Poisson (Knuth); normal approximation above 50."""
    if lam <= 0:
        return 0
    if lam > 50:
        return max(0, int(round(rng.gauss(lam, lam ** 0.5))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1
