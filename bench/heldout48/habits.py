"""When people (and machines) send requests: diurnal curves by local hour, sessions, think times."""
from __future__ import annotations

import math

from .world import DAY1, HOUR, MIN, SEC, TZ

# Relative activity by LOCAL hour 0..23.
PROFILES = {
    "consumer": [3, 2, 1, .6, .4, .4, .8, 2, 3, 4, 5, 5, 6, 6, 5, 5, 6, 7, 8, 9, 10, 10, 8, 5],
    # exam season: revising late at night and very early, dip while sitting the exam (8-12h)
    "student_exam": [7, 5, 3, 1.5, .6, .6, 2.5, 5, 2, 1.5, 1.5, 2, 4, 5, 4, 3.5, 5, 7, 8, 9, 10, 11, 11, 9],
    "campus": [.5, .2, .1, .1, .1, .2, .5, 2, 6, 9, 10, 10, 7, 8, 10, 10, 9, 7, 5, 4, 4, 3, 2, 1],
    "office": [.2, .1, .1, .1, .1, .2, .5, 2, 6, 10, 10, 9, 6, 7, 10, 10, 9, 7, 4, 2, 1.5, 1, .6, .4],
    "dev": [2, 1.5, .8, .4, .3, .3, .5, 1.5, 4, 7, 9, 9, 7, 8, 9, 9, 8, 7, 5, 4, 4, 4, 3.5, 3],
    "flat": [8, 7, 7, 6.5, 6.5, 7, 7.5, 8, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9.5, 9],
    "backend": [3, 2, 1.2, .8, .6, .7, 1.5, 3.5, 6, 8, 9, 9, 9, 9, 9, 9, 9, 9.5, 10, 10, 10, 9, 7, 5],
    "night_owl": [9, 9, 8, 6, 4, 2, 1, 1, 1, 1, 1.5, 2, 2, 2, 2, 2, 2.5, 3, 4, 5, 6, 7, 8, 9],
}


def utc_hour_weights(profile: str, country: str) -> list[float]:
    w = PROFILES[profile]
    tz = TZ.get(country, 0)
    return [w[(h + tz) % 24] for h in range(24)]


_CUM: dict = {}


def sample_ts(rng, day: int, country: str, profile: str, lo_ms: int = 0, hi_ms: int = 0) -> int:
    """A UTC timestamp on `day` (0 or 1) following the local-hour profile, optionally inside [lo, hi)."""
    key = (profile, country)
    if key not in _CUM:
        _CUM[key] = utc_hour_weights(profile, country)
    w = _CUM[key]
    base = DAY1 + day * 24 * HOUR
    for _ in range(50):
        h = rng.choices(range(24), w)[0]
        ts = base + h * HOUR + rng.randrange(HOUR)
        if (not lo_ms or ts >= lo_ms) and (not hi_ms or ts < hi_ms):
            return ts
    return max(lo_ms or base, min(ts, (hi_ms or base + 24 * HOUR) - 1))


def lognorm_s(rng, median_s: float, sigma: float = 0.8) -> int:
    """A think time in ms, lognormal around median_s."""
    return max(300, int(median_s * math.exp(rng.gauss(0, sigma)) * SEC))


def session(rng, start: int, n: int, median_gap_s: float, sigma: float = 0.8) -> list[int]:
    out, t = [], start
    for _ in range(n):
        out.append(t)
        t += lognorm_s(rng, median_gap_s, sigma)
    return out


def poisson(rng, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def heavy_count(rng, median: float, sigma: float = 0.9, lo: int = 1, hi: int = 10_000) -> int:
    return max(lo, min(hi, int(median * math.exp(rng.gauss(0, sigma)) + 0.5)))


def jitter(rng, ms: int) -> int:
    return rng.randrange(-ms, ms + 1) if ms else 0


def minutes(n: float) -> int:
    return int(n * MIN)
