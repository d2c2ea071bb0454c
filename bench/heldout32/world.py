"""The calendar of the world and time sampling.

Two days, Wednesday 3 and Thursday 4 February 2027, Turkey time (TRT = UTC+3, no DST):

  UTC   21:00 Feb 2 ............................................................ 21:00 Feb 4
  TRT   00:00 Wed  |10:00 lodos-3 launch   |17:00 mock-exam key   |02:00-03:30 Thu  |20:30 derby  24:00
                   |                       |  (YKS deneme)        | Bosphorus DC    |BJK-GS cup QF
                                                                   maintenance (ist-1)
K-12 schools are on the semester break (somestr); universities hold make-up exams (butunleme).
"""
from __future__ import annotations

import math
import random
from datetime import datetime, timezone

H = 3_600_000
MIN = 60_000


def utc_ms(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=timezone.utc).timestamp() * 1000)


START = utc_ms(2027, 2, 2, 21)          # Wed 3 Feb 00:00 TRT
DAY = 24 * H
LAUNCH = utc_ms(2027, 2, 3, 7)          # lodos-3 release, 10:00 TRT
MOCK_KEY = utc_ms(2027, 2, 3, 14)       # publisher posts the nationwide mock exam, 17:00 TRT
MAINT = (utc_ms(2027, 2, 3, 23), utc_ms(2027, 2, 4, 0, 30))   # ist-1 edge, 02:00-03:30 TRT
KICKOFF = utc_ms(2027, 2, 4, 17, 30)    # Besiktas - Galatasaray, Turkish Cup QF, 20:30 TRT
HALFTIME = (KICKOFF + 45 * MIN, KICKOFF + 62 * MIN)
FULLTIME = KICKOFF + 115 * MIN


def end_ms(days: int) -> int:
    return START + days * DAY


# Relative activity per local hour 0..23.
PROFILES: dict[str, list[float]] = {
    "consumer": [3, 2, 1.2, .7, .4, .4, .7, 1.4, 2.4, 3.4, 4, 4.2, 4.5, 4.4, 4.2, 4.2, 4.3, 4.6, 5, 5.4, 6, 6, 5.4, 4.4],
    "student": [5, 4, 2.4, 1.1, .5, .3, .3, .5, .9, 2, 3.4, 4.5, 5, 5, 5, 5, 5, 5.4, 6, 6.4, 7, 7, 6.6, 6],
    "campus": [2, 1.2, .6, .3, .2, .2, .3, .8, 2.5, 5, 6, 6, 4.5, 5.5, 6, 6, 5.5, 4.5, 3.5, 3, 3, 3, 2.8, 2.4],
    "office": [.2, .1, .1, .1, .1, .1, .3, 1, 3.5, 6, 6.5, 6.5, 4, 5, 6.5, 6.5, 6, 5, 2.5, 1.2, .8, .6, .4, .3],
    "evening": [2, 1, .5, .3, .2, .2, .4, 1, 1.5, 1.5, 1.5, 1.6, 2, 1.8, 1.8, 2, 2.5, 3.5, 5, 6, 6.5, 6.5, 5, 3.5],
    "shifts": [.3, .2, .1, .1, .1, .1, .2, 1, 5, 5, 5, 5, 4, 5, 5, 5, 5.5, 5, 5, 5, 5, 5, 4.5, 3],
    "flat": [1.0] * 24,
    "owl": [6, 6, 5, 4, 2.5, 1.2, .6, .5, .6, 1, 1.5, 2, 2.5, 2.5, 2.5, 3, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6],
    "cst_work": [.3, .2, .1, .1, .1, .2, .5, 1.5, 3, 5.5, 6, 6, 3, 5, 6, 6, 5.5, 4.5, 3.5, 4, 4.5, 4, 2, 1],
}


def derby_factor(ms: int) -> float:
    """Turkish consumers drop off during the derby and come back at halftime and after it."""
    if KICKOFF <= ms < FULLTIME:
        return 1.1 if HALFTIME[0] <= ms < HALFTIME[1] else 0.55
    if FULLTIME <= ms < FULLTIME + 50 * MIN:
        return 1.25
    return 1.0


def weight(ms: int, profile: str, tz: float = 3.0, derby: bool = False) -> float:
    w = PROFILES[profile]
    x = ((ms / H + tz) % 24.0)
    i = int(x)
    frac = x - i
    v = w[i] * (1 - frac) + w[(i + 1) % 24] * frac     # linear interpolation between hours
    return v * derby_factor(ms) if derby else v


def sample_times(rng: random.Random, n: int, profile: str, lo: int, hi: int,
                 tz: float = 3.0, derby: bool = False) -> list[int]:
    """n event times in [lo, hi) drawn from a diurnal profile, sorted."""
    if n <= 0 or hi <= lo:
        return []
    top = max(PROFILES[profile]) * 1.25
    out: list[int] = []
    while len(out) < n:
        t = lo + int(rng.random() * (hi - lo))
        if rng.random() * top < weight(t, profile, tz, derby):
            out.append(t)
    out.sort()
    return out


def sessions(rng: random.Random, n: int, profile: str, lo: int, hi: int, per: float,
             gap_s: float, tz: float = 3.0, derby: bool = False) -> list[int]:
    """n times grouped into sessions of about `per` requests, `gap_s` seconds apart (lognormal)."""
    if n <= 0 or hi <= lo:
        return []
    out: list[int] = []
    starts = sample_times(rng, max(1, round(n / max(per, 1.0))), profile, lo, hi, tz, derby)
    k = 0
    while len(out) < n:
        t = starts[k] if k < len(starts) else sample_times(rng, 1, profile, lo, hi, tz, derby)[0]
        k += 1
        m = max(1, min(n - len(out), int(rng.expovariate(1 / per)) + 1))
        for _ in range(m):
            if t >= hi:
                break
            out.append(t)
            t += int(1000 * gap_s * math.exp(rng.gauss(0, 0.7)))
    out.sort()
    return out[:n]


def rfc3339(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def jitter(rng: random.Random, ms: int, sd_s: float) -> int:
    return ms + int(rng.gauss(0, sd_s * 1000))
