"""The Tianguis world: the 48-hour window, cities and their clocks, daily cycles,
the tianguis-3 launch, and time samplers.

All times are integer epoch milliseconds (UTC).

    UTC  06:00 Thu 11 Nov 2027 ............ 17:00 ............ 06:00 Sat 13 Nov
    CDMX 00:00 Thu                          11:00 launch         00:00 Sat
         |------------- day 1 -------------|------------- day 2 -------------|
"""
from __future__ import annotations

import bisect
import random
from datetime import datetime, timezone

MIN = 60_000
HOUR = 3_600_000
DAY = 86_400_000
START = int(datetime(2027, 11, 11, 6, 0, tzinfo=timezone.utc).timestamp() * 1000)
LAUNCH = START + 11 * HOUR

# city -> (UTC offset in hours in November 2027, country)
CITIES: dict[str, tuple[int, str]] = {
    "cdmx": (-6, "MX"), "gdl": (-6, "MX"), "mty": (-6, "MX"), "tij": (-8, "MX"), "cun": (-5, "MX"),
    "bog": (-5, "CO"), "lim": (-5, "PE"), "mad": (1, "ES"), "lax": (-8, "US"), "hou": (-6, "US"),
}
MX_CITY_WEIGHTS = [("cdmx", 46), ("gdl", 18), ("mty", 17), ("tij", 9), ("cun", 10)]

# Relative activity by local hour 0..23.
PROFILES: dict[str, list[float]] = {
    "consumer": [.25, .15, .08, .05, .04, .06, .15, .35, .55, .7, .8, .85, .95, 1, .95, .85, .8, .85, .95, 1.05, 1.15, 1.2, 1, .6],
    "office": [.02, .01, .01, .01, .01, .02, .05, .2, .7, 1, 1, 1, .9, .6, .8, 1, 1, .8, .4, .2, .1, .07, .05, .03],
    "student": [.6, .45, .3, .15, .05, .03, .08, .3, .6, .7, .7, .75, .8, .8, .7, .7, .8, .9, 1, 1.1, 1.2, 1.25, 1.1, .85],
    "shopping": [.2, .12, .06, .04, .03, .05, .12, .3, .5, .7, .8, .85, .9, .95, .95, .9, .9, .95, 1.05, 1.2, 1.35, 1.4, 1.2, .6],
    "newsroom": [.1, .05, .03, .03, .05, .2, .6, .9, 1, 1, .9, .9, .8, .8, .9, .9, .8, .7, .6, .6, .5, .4, .3, .2],
    "developer": [.3, .2, .1, .05, .03, .03, .05, .15, .4, .8, 1, 1, .8, .9, 1, 1, .9, .8, .7, .7, .75, .7, .6, .45],
    "flat": [1.0] * 24,
    "nightshift": [1, 1, 1, .9, .8, .6, .4, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .35, .4, .5, .7, .8, .9, 1],
}

MODELS_OLD = ["tianguis-2.5", "tianguis-2.5-mini", "tianguis-2"]
MODEL_NEW = "tianguis-3"
MODEL_EMBED = "tianguis-embed-2"


def window_end(days: int) -> int:
    return START + days * DAY


def local_hour(ts: int, offset_h: int) -> int:
    return ((ts + offset_h * HOUR) // HOUR) % 24


def fmt_ts(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


class Clock:
    """Samples event times over the window from a per-minute weight table:
    local daily profile x per-day factor x optional absolute-time bump."""

    _cache: dict[tuple, "Clock"] = {}

    def __init__(self, days: int, offset_h: int, profile: str, day_mult: tuple[float, float] = (1.0, 1.0),
                 launch_bump: float = 0.0, bump_hours: float = 6.0):
        self.days = days
        n = days * 24 * 60
        prof = PROFILES[profile]
        cum, acc = [], 0.0
        for m in range(n):
            t = START + m * MIN
            w = prof[local_hour(t, offset_h)] * day_mult[min(m // 1440, 1)]
            if launch_bump and t >= LAUNCH:
                dt_h = (t - LAUNCH) / HOUR
                w *= 1.0 + launch_bump * max(0.0, 1.0 - dt_h / bump_hours)
            acc += w
            cum.append(acc)
        self.cum = cum

    @classmethod
    def get(cls, days: int, offset_h: int, profile: str, day_mult=(1.0, 1.0), launch_bump=0.0, bump_hours=6.0):
        key = (days, offset_h, profile, tuple(day_mult), launch_bump, bump_hours)
        if key not in cls._cache:
            cls._cache[key] = cls(days, offset_h, profile, day_mult, launch_bump, bump_hours)
        return cls._cache[key]

    def _cum_at(self, ms: int) -> float:
        m = (ms - START) // MIN
        if m <= 0:
            return 0.0
        return self.cum[min(m, len(self.cum)) - 1]

    def sample(self, rng: random.Random, lo: int | None = None, hi: int | None = None) -> int:
        lo = START if lo is None else max(lo, START)
        hi = window_end(self.days) if hi is None else min(hi, window_end(self.days))
        if hi <= lo:
            return lo
        for _ in range(8):
            c0, c1 = self._cum_at(lo), self._cum_at(hi)
            x = c0 + rng.random() * (c1 - c0) if c1 > c0 else 0.0
            m = bisect.bisect_right(self.cum, x)
            t = START + m * MIN + rng.randrange(MIN)
            if lo <= t < hi:
                return t
        return lo + rng.randrange(max(1, hi - lo))


def session_times(rng: random.Random, clock: Clock, n: int, per_session: float, gap_s: tuple[int, int],
                  lo: int | None = None, hi: int | None = None) -> list[int]:
    """n request times grouped in sessions; within a session, think-time gaps."""
    out: list[int] = []
    end = window_end(clock.days) if hi is None else min(hi, window_end(clock.days))
    while len(out) < n:
        t = clock.sample(rng, lo, hi)
        k = max(1, min(n - len(out), int(rng.expovariate(1.0 / per_session)) + 1))
        for _ in range(k):
            if t >= end:
                break
            out.append(t)
            t += int(rng.uniform(*gap_s) * 1000)
    out.sort()
    return out


def daily_count(rng: random.Random, median: float, sigma: float, days: int, cap: int) -> int:
    per_day = rng.lognormvariate(0.0, sigma) * median
    return max(1, min(cap, int(round(per_day * days * rng.uniform(0.8, 1.2)))))


def pick_model(rng: random.Random, ts: int, adopt: str, old: list[tuple[str, float]] | None = None) -> str:
    """adopt: 'instant' | 'fast' | 'app' | 'slow' | 'pinned'. Before launch only old models exist."""
    old = old or [("tianguis-2.5", 5), ("tianguis-2.5-mini", 4), ("tianguis-2", 1)]
    if ts >= LAUNCH:
        h = (ts - LAUNCH) / HOUR
        p = {"instant": 0.93, "fast": min(0.75, 0.15 + h / 6), "app": 0.0 if h < 2 else min(0.85, 0.4 + h / 20),
             "slow": min(0.35, h / 60), "pinned": 0.0}[adopt]
        if rng.random() < p:
            return MODEL_NEW
    names = [m for m, _ in old]
    return rng.choices(names, [w for _, w in old])[0]


def hexid(rng: random.Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"
