"""When people and machines send requests, in Ramadan.

The window is cut into 10-minute bins; a profile gives a weight per local hour,
the country's iftar hour dips it (everyone is at the table), and an optional
boost raises it after the launch. Sampling picks a bin by cumulative weight.

    local  00    04 fajr      09      14      iftar 18    22    24
    people ████▆▃▁▁▁▁▁▂▃▄▅▅▅▅▄▄▃▁ ▂▅▇████
    office ▁▁                 ▆███▇▅▂▁        ▁▂▂▁
"""
from __future__ import annotations

import bisect
import math
import random

from .world import COUNTRY, DAY_MS, LAUNCH_MS, MIN_MS, World

BIN_MS = 10 * MIN_MS

PROFILES = {
    "consumer": [2.3, 2.0, 1.6, 1.3, 1.0, 0.5, 0.2, 0.12, 0.15, 0.3, 0.55, 0.8,
                 0.9, 0.95, 0.95, 0.9, 0.8, 0.7, 0.6, 0.9, 1.5, 2.0, 2.4, 2.5],
    "student": [2.0, 1.7, 1.2, 0.9, 0.6, 0.3, 0.1, 0.1, 0.3, 0.8, 1.3, 1.5,
                1.5, 1.3, 1.1, 0.9, 0.7, 0.6, 0.5, 0.8, 1.4, 1.9, 2.3, 2.3],
    "office": [0.15, 0.1, 0.05, 0.03, 0.02, 0.02, 0.03, 0.1, 0.6, 1.8, 2.4, 2.5,
               2.3, 2.0, 1.4, 0.6, 0.25, 0.15, 0.08, 0.15, 0.35, 0.45, 0.4, 0.25],
    "dev": [1.1, 0.8, 0.5, 0.3, 0.15, 0.08, 0.05, 0.08, 0.3, 1.0, 1.7, 1.9,
            1.8, 1.6, 1.2, 0.7, 0.4, 0.3, 0.3, 0.5, 1.1, 1.5, 1.6, 1.4],
    "server": [1.6, 1.4, 1.2, 1.0, 0.9, 0.6, 0.45, 0.4, 0.45, 0.6, 0.75, 0.85,
               0.9, 0.9, 0.9, 0.9, 0.85, 0.8, 0.7, 0.9, 1.2, 1.4, 1.6, 1.7],
    "night": [2.4, 2.2, 1.9, 1.5, 1.0, 0.4, 0.1, 0.05, 0.05, 0.1, 0.2, 0.3,
              0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.6, 1.4, 2.0, 2.4, 2.5],
    "flat": [1.0] * 24,
    "workday_9to6": [0.05, 0.03, 0.02, 0.02, 0.02, 0.03, 0.1, 0.4, 1.2, 2.0, 2.2, 2.2,
                     1.6, 2.0, 2.1, 2.0, 1.7, 1.2, 0.5, 0.3, 0.25, 0.2, 0.15, 0.08],
}

_CACHE: dict[tuple, tuple[list[float], int]] = {}


def _weight(profile: str, country: str, utc_ms: int, t0: int) -> float:
    off, iftar, fajr = COUNTRY[country]
    local_h = ((utc_ms - t0) / 3_600_000 + off) % 24
    table = PROFILES[profile]
    i = int(local_h)
    frac = local_h - i
    w = table[i] * (1 - frac) + table[(i + 1) % 24] * frac
    if profile not in ("flat", "workday_9to6", "server") and iftar - 0.2 <= local_h < iftar + 0.75:
        w *= 0.22
    if profile in ("consumer", "student", "night") and fajr - 1.3 <= local_h < fajr - 0.3:
        w *= 1.25  # suhoor on the phone
    if profile == "server" and iftar - 1.2 <= local_h < iftar - 0.1:
        w *= 1.3  # recipe and du'a apps before iftar
    return w


def _boost(kind: str | None, t: int) -> float:
    if kind is None:
        return 1.0
    dt = (t - LAUNCH_MS) / 3_600_000
    if kind == "launch":
        return 1.0 if dt < 0 else 1.0 + 2.2 * math.exp(-dt / 7.0)
    if kind == "after_launch":
        return 0.0 if dt < 0 else 1.0 + 3.0 * math.exp(-dt / 5.0)
    if kind == "day1":
        return 1.0 if dt < -10 else 0.0
    if kind == "day2":
        return 0.0 if dt < -10 else 1.0
    raise ValueError(kind)


def _table(world: World, profile: str, country: str, boost: str | None):
    key = (world.t0, world.t_end, profile, country, boost)
    if key not in _CACHE:
        cum, total = [], 0.0
        for b in range(world.t0, world.t_end, BIN_MS):
            mid = b + BIN_MS // 2
            total += _weight(profile, country, mid, world.t0) * _boost(boost, mid)
            cum.append(total)
        _CACHE[key] = (cum, world.t0)
    return _CACHE[key]


def sample(world: World, rng: random.Random, profile: str, country: str, boost: str | None = None,
           lo: int | None = None, hi: int | None = None) -> int:
    """One timestamp from the profile in the country's local time, optionally within [lo, hi)."""
    cum, t0 = _table(world, profile, country, boost)
    a = 0 if lo is None else max(0, (lo - t0) // BIN_MS)
    b = len(cum) if hi is None else min(len(cum), (hi - t0 + BIN_MS - 1) // BIN_MS)
    if b <= a:
        return lo if lo is not None else t0
    base = cum[a - 1] if a > 0 else 0.0
    top = cum[b - 1]
    if top <= base:
        i = rng.randrange(a, b)
    else:
        i = bisect.bisect_right(cum, base + rng.random() * (top - base), a, b - 1)
    t = t0 + i * BIN_MS + rng.randrange(BIN_MS)
    if lo is not None:
        t = max(t, lo)
    if hi is not None:
        t = min(t, hi - 1)
    return t


def day_bounds(world: World, day: int) -> tuple[int, int]:
    return world.t0 + day * DAY_MS, world.t0 + (day + 1) * DAY_MS


def gaps(rng: random.Random, start: int, n: int, median_s: float, sigma: float = 0.8,
         min_s: float = 2.0) -> list[int]:
    """n request times in a session: think-and-read gaps, lognormal around median_s."""
    out, t = [], start
    for _ in range(n):
        out.append(int(t))
        t += int(1000 * max(min_s, median_s * math.exp(rng.gauss(0, sigma))))
    return out


def local_hour(country: str, ts: int) -> float:
    return ((ts / 3_600_000) + COUNTRY[country][0]) % 24
