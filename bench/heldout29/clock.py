"""Calendar of the Revontuli world: the window, the events in it, time zones and daily rhythms.

Window: Tue 1 Dec 2026 00:00 Helsinki (EET, UTC+2) for `days` days. No DST change inside.

    UTC   22:00 | 05:00            08:00             ...   22:00 | 05:00 ...
    EET   00:00 | 07:00 AoC day 1  10:00 aurora-r1 launch       00:00 | 07:00 AoC day 2
"""

from __future__ import annotations

import random
from datetime import datetime, timezone

from .randutil import poisson

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR

DEC1_UTC = int(datetime(2026, 12, 1, tzinfo=timezone.utc).timestamp() * 1000)
START = DEC1_UTC - 2 * HOUR          # 2026-12-01T00:00+02:00
RELEASE = START + 10 * HOUR          # aurora-r1 goes live at 10:00 Helsinki
AOC_UNLOCK_UTC_H = 5                 # 07:00 Helsinki = midnight US Eastern


def aoc_unlocks(days: int) -> list[int]:
    return [DEC1_UTC + d * DAY + AOC_UNLOCK_UTC_H * HOUR for d in range(days)]


def utc_ms(y: int, mo: int, d: int, h: int = 0, mi: int = 0, tz_h: int = 0) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=timezone.utc).timestamp() * 1000) - tz_h * HOUR


# Standard-time offsets in December.
TZ = {"FI": 2, "EE": 2, "LV": 2, "LT": 2, "SE": 1, "NO": 1, "DK": 1, "PL": 1, "DE": 1,
      "NL": 1, "UK": 0, "US-E": -5, "US-W": -8}

# Relative activity per local hour 0..23.
PROFILES: dict[str, list[float]] = {
    "office":   [.2, .1, .05, .05, .05, .1, .4, 1.5, 4, 6, 6.5, 5, 3.5, 5.5, 6, 5.5, 4.5, 3, 1.5, 1, .9, .7, .5, .3],
    "consumer": [1.5, .8, .4, .2, .15, .2, .6, 1.5, 2, 2, 2.2, 2.5, 3, 2.8, 2.5, 2.6, 3, 3.5, 4.5, 5.5, 6, 5.5, 4, 2.5],
    "student":  [3, 2, 1.2, .6, .3, .2, .3, .8, 2, 3.5, 4, 4.5, 4, 4.5, 5, 5, 4.5, 4, 4, 4.5, 5, 5.5, 5, 4],
    "dev":      [.6, .3, .1, .05, .05, .1, .4, 1.2, 3.5, 5.5, 6, 5.5, 4, 5.5, 6, 5.5, 4.5, 3, 2, 2.2, 2.5, 2.2, 1.6, 1],
    "flat":     [1.0] * 24,
    "nightly":  [2, 4, 6, 5, 2, .5, .2, .2, .3, .6, .8, .8, .6, .8, .8, .8, .6, .4, .2, .2, .2, .2, .4, 1],
    "shifts":   [.8, .7, .6, .6, .6, .7, .9, 1.2, 1.4, 1.5, 1.5, 1.4, 1.3, 1.4, 1.5, 1.5, 1.4, 1.3, 1.2, 1.1, 1, .9, .9, .8],
    "ops":      [.5, .4, .4, .4, .4, .5, .7, .9, 1.1, 1.3, 1.3, 1.3, 1.2, 1.3, 1.3, 1.3, 1.2, 1.1, 1, .9, .8, .7, .6, .5],
    "evening":  [2, 1, .5, .2, .1, .1, .3, .8, 1, 1, 1, 1.2, 1.3, 1.3, 1.2, 1.3, 1.6, 2.2, 3.5, 4.5, 5, 5, 4, 3],
}


class Window:
    def __init__(self, days: int):
        self.days = days
        self.start = START
        self.end = START + days * DAY

    def inside(self, ts: int) -> bool:
        return self.start <= ts < self.end

    def local_days(self, tz_h: int) -> list[tuple[int, int]]:
        """(k, UTC ms of local midnight) for every local day that overlaps the window;
        k = 0 is the local 1 December."""
        return [(k, DEC1_UTC + k * DAY - tz_h * HOUR) for k in range(-1, self.days + 1)
                if DEC1_UTC + (k + 1) * DAY - tz_h * HOUR > self.start and DEC1_UTC + k * DAY - tz_h * HOUR < self.end]

    def sessions(self, rng: random.Random, tz_h: int, profile: str, per_day: float,
                 day_factor: list[float] | None = None, not_before: int = 0) -> list[int]:
        """Session start times (UTC ms), Poisson count per local day, hour by profile.
        day_factor[k + 1] scales local day k (index 0 = 30 Nov, 1 = 1 Dec, 2 = 2 Dec...)."""
        weights = PROFILES[profile]
        hours = list(range(24))
        out: list[int] = []
        for k, mid in self.local_days(tz_h):
            f = 1.0 if day_factor is None else day_factor[min(k + 1, len(day_factor) - 1)]
            for _ in range(poisson(rng, per_day * f)):
                h = rng.choices(hours, weights)[0]
                ts = mid + h * HOUR + rng.randrange(HOUR)
                if self.inside(ts) and ts >= not_before:
                    out.append(ts)
        out.sort()
        return out

    def spread(self, rng: random.Random, n: int, lo: int | None = None, hi: int | None = None) -> list[int]:
        lo = self.start if lo is None else max(lo, self.start)
        hi = self.end if hi is None else min(hi, self.end)
        if hi <= lo:
            return []
        return sorted(lo + rng.randrange(hi - lo) for _ in range(n))


def local_hour(ts: int, tz_h: int) -> int:
    return ((ts + tz_h * HOUR) // HOUR) % 24
