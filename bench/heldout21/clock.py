"""The KST calendar of the world and samplers for when requests happen.

    day 1 (Thu 3 Dec 2026 KST)                 day 2 (Fri 4 Dec 2026 KST)
    00 ........ 09 results ......... 24 | 00 ........ 10 hanbit-3 launch ..... 24
                 ^ scores to students          ^ new model + hanbit-python 2.0.0

All times are integer epoch milliseconds (UTC). Profiles are 24 weights by
KST hour; a sampler draws sessions from hourly weights x per-hour boosts.
"""
from __future__ import annotations

import bisect
import math
from datetime import datetime, timedelta, timezone
from random import Random

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR
KST = timezone(timedelta(hours=9))

# Fictional but plausible schedule: Suneung sat on Thu 19 Nov 2026; scores are
# handed to students at 09:00 KST on Thu 3 Dec; hanbit-3 launches Fri 4 Dec 10:00 KST.
FIRST_DAY = datetime(2026, 12, 3, tzinfo=KST)


class Clock:
    def __init__(self, days: int):
        if days < 1:
            raise ValueError("--days must be >= 1")
        self.days = days
        self.start = int(FIRST_DAY.timestamp() * 1000)
        self.end = self.start + days * DAY
        self.hours = days * 24
        self.results = self.start + 9 * HOUR
        # the launch is on day 2; a one-day run has no launch
        self.launch = self.start + DAY + 10 * HOUR if days >= 2 else self.end + 365 * DAY

    def at(self, day: int, hour: float) -> int:
        return self.start + day * DAY + int(hour * HOUR)

    def kst_hour(self, ts: int) -> int:
        return ((ts - self.start) // HOUR) % 24

    def day_of(self, ts: int) -> int:
        return (ts - self.start) // DAY

    def launched(self, ts: int) -> bool:
        return ts >= self.launch


# 24 weights, index = KST hour
P_STUDENT = [4, 2.5, 1.2, .5, .3, .3, .6, 1.2, 2, 2.5, 3, 3, 3.2, 3, 3, 3.2, 3.5, 4, 4.5, 5.5, 6.5, 7, 7, 6]
P_OFFICE = [.3, .2, .1, .1, .1, .2, .5, 1.5, 4, 7, 8, 7.5, 4, 6.5, 8, 8, 7.5, 6, 3, 1.5, 1.2, 1, .8, .5]
P_DEV = [1, .5, .3, .1, .1, .2, .4, 1, 3, 6, 7.5, 7.5, 4, 6.5, 7.5, 7.5, 7, 6, 3.5, 2.5, 2.5, 2.5, 2, 1.5]
P_CONSUMER = [2.5, 1.5, .8, .4, .3, .4, 1, 2.5, 3, 3, 3, 3.5, 4.5, 3.5, 3, 3, 3.2, 3.5, 4, 4.5, 5, 5.5, 5, 3.8]
P_PCBANG = [5, 4, 3, 2, 1, .6, .4, .4, .6, 1, 1.5, 2.5, 3.5, 4, 5, 6, 7, 7.5, 8, 8.5, 8.5, 8, 7, 6]
P_HAGWON = [1.5, .6, .2, .1, .1, .1, .2, .5, 1, 1.2, 1.3, 1.4, 1.6, 1.8, 2.2, 3.5, 5, 6, 6.5, 7, 7.5, 7.5, 6.5, 4]
P_FLAT = [1] * 24
P_BATCH = [3, 3.5, 3.5, 3.5, 3, 2, 1, .8, 1.5, 2.5, 3, 3, 2, 2.5, 3, 3, 3, 2.5, 1.5, 1, 1, 1.5, 2, 2.5]
# overseas: local daytime mapped onto KST hours
P_US_WEST = [.6, 1.2, 2.5, 4, 5, 5.5, 5.5, 5, 5, 4.5, 4, 4, 3.5, 3, 2, 1, .5, .3, .2, .2, .2, .3, .4, .5]
P_US_EAST = [5, 5.5, 5.5, 5, 5, 4.5, 4, 4, 3.5, 3, 2.5, 2, 1.2, .6, .3, .2, .2, .2, .3, .5, 1, 2, 3, 4]
P_EUROPE = [.4, .2, .2, .2, .3, .5, .5, .5, .6, .8, 1, 1.5, 1.5, 1.5, 1, 2.5, 4, 5, 5.5, 5.5, 5, 4.5, 3.5, 1.5]
P_CHINA_OFFICE = [.4, .2, .2, .2, .2, .2, .3, .6, 1, 2, 6, 7, 7, 3.5, 6.5, 7, 7, 6.5, 5.5, 3, 2.5, 2.5, 2, 1]


def poisson(rng: Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit and k < 400:
        k += 1
        p *= rng.random()
    return k


def hourly(clock: Clock, profile: list[float], boost=None) -> list[float]:
    """Cumulative weights over every hour of the run; boost(h_index, day, kst_hour) -> multiplier."""
    cum, total = [], 0.0
    for h in range(clock.hours):
        w = profile[h % 24]
        if boost is not None:
            w *= boost(h, h // 24, h % 24)
        total += w
        cum.append(total)
    return cum


def pick_hour(rng: Random, cum: list[float]) -> int:
    return bisect.bisect_right(cum, rng.random() * cum[-1])


def sessions(rng: Random, clock: Clock, cum: list[float], n_sessions: int, per_session: float,
             gap: tuple[float, float], not_before: int = 0) -> list[int]:
    """Human-like use: n sessions whose starts follow the hourly weights; each has
    1 + Poisson(per_session - 1) requests separated by gap (seconds, uniform)."""
    out = []
    if not cum or cum[-1] <= 0:
        return out
    lo, hi = gap
    for _ in range(n_sessions):
        t = clock.start + pick_hour(rng, cum) * HOUR + rng.randrange(HOUR)
        for _ in range(1 + poisson(rng, max(0.0, per_session - 1))):
            if not_before <= t < clock.end:
                out.append(t)
            t += int(rng.uniform(lo, hi) * SEC)
    out.sort()
    return out


def stream(rng: Random, clock: Clock, cum: list[float], n: int, not_before: int = 0) -> list[int]:
    """n independent request times following the hourly weights (servers, batch fleets)."""
    out = []
    if not cum or cum[-1] <= 0:
        return out
    for _ in range(n):
        t = clock.start + pick_hour(rng, cum) * HOUR + rng.randrange(HOUR)
        if t >= not_before:
            out.append(t)
    out.sort()
    return out


def paced(rng: Random, start: int, end: int, n: int, mean_gap_s: float, jitter: float = 0.5) -> list[int]:
    """A scripted loop: up to n requests from start, each mean_gap_s apart (+-jitter), stopping at end."""
    out, t = [], start
    for _ in range(n):
        if t >= end:
            break
        out.append(t)
        t += max(50, int(mean_gap_s * SEC * (1 + rng.uniform(-jitter, jitter))))
    return out
