"""World time for Formosa AI, Thu 14 - Fri 15 January 2027, Taiwan (UTC+8, no DST).

Everything is integer epoch milliseconds. Scripted moments (launch, exam
sittings, edge incident, shift changes) live here so every population reads
the same calendar.

    Thu 14 Jan                                 Fri 15 Jan (GSAT day 1, cold surge)
    00 ........ 07:30 shift ... 14:00 launch ... 19:30 shift | 09:20-11:00 / 12:20-13:30 / 14:50-16:30 sittings
                                 |-- 503 storm 50 min --|   | 10:05-10:52 khh3 edge incident
"""
from __future__ import annotations

import bisect
import random
from datetime import datetime, timedelta, timezone

TW = timezone(timedelta(hours=8))
MIN = 60_000
HOUR = 3_600_000
DAY = 86_400_000


def local_ms(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> int:
    return int(datetime(y, mo, d, h, mi, s, tzinfo=TW).timestamp() * 1000)


START = local_ms(2027, 1, 14)
# formosa-reason-2 goes GA at the 14:00 press event on Thursday; before that the
# model name 404s, for the first ~50 minutes capacity is short and it 503s.
LAUNCH = local_ms(2027, 1, 14, 14, 0)
LAUNCH_STORM_END = LAUNCH + 50 * MIN
# Kaohsiung edge (khh3) loses its upstream pool on Friday morning.
EDGE_INCIDENT = (local_ms(2027, 1, 15, 10, 5), local_ms(2027, 1, 15, 10, 52))
# GSAT day 1 sittings (phones handed in; candidates are silent).
GSAT_SITTINGS = [
    (local_ms(2027, 1, 15, 9, 0), local_ms(2027, 1, 15, 11, 0)),
    (local_ms(2027, 1, 15, 12, 5), local_ms(2027, 1, 15, 13, 30)),
    (local_ms(2027, 1, 15, 14, 35), local_ms(2027, 1, 15, 16, 30)),
]
COLD_SURGE_DAY = 1  # Friday: 10 degC in Taipei, people stay home in the evening


def day_start(i: int) -> int:
    return START + i * DAY


def local_hour(ms: int) -> float:
    return ((ms - START) % DAY) / HOUR


def in_spans(ms: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= ms < b for a, b in spans)


# 24 hourly weights, local time. Shapes, not rates: callers scale them.
PROFILES: dict[str, list[float]] = {
    "home": [3, 2, 1, .5, .3, .3, .5, 1, 2, 3, 3, 3, 4, 4, 3, 3, 3, 4, 5, 6, 7, 8, 7, 5],
    "student": [4, 2, 1, .3, .1, .1, .3, 1, 1, 1, 1, 1, 2, 1, 1, 1, 2, 4, 5, 6, 8, 9, 9, 7],
    "uni": [6, 4, 2, 1, .3, .2, .2, .5, 2, 4, 5, 5, 4, 5, 6, 6, 5, 4, 5, 6, 7, 8, 8, 8],
    "office": [.2, .1, .1, .1, .1, .1, .2, .5, 3, 8, 9, 8, 4, 6, 9, 9, 8, 6, 3, 2, 1, 1, .5, .3],
    "evening": [2, 1, .5, .2, .1, .1, .2, .5, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 4, 6, 8, 8, 6, 4],
    "flat": [1] * 24,
    "retail": [.5, .3, .2, .2, .2, .3, .5, 1, 2, 4, 5, 5, 4, 5, 5, 5, 5, 4, 4, 4, 4, 3, 2, 1],
    # overseas Taiwanese on the US west coast: their evening is Taiwan's afternoon
    "us_west": [2, 2, 3, 3, 3, 2, 1, .5, .3, .3, 1, 3, 5, 6, 7, 8, 8, 7, 5, 4, 3, 2, 2, 2],
    "europe": [5, 4, 2, 1, .5, .3, .3, .3, .5, 1, 1, 1, 1, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 6],
}


class HourSampler:
    """Draw a moment in a given day whose local hour follows a profile."""

    def __init__(self, profile: list[float]):
        acc, self.cum = 0.0, []
        for w in profile:
            acc += w
            self.cum.append(acc)

    def draw(self, rng: random.Random, day: int) -> int:
        h = bisect.bisect_right(self.cum, rng.random() * self.cum[-1])
        return day_start(day) + min(h, 23) * HOUR + rng.randrange(HOUR)


SAMPLERS = {k: HourSampler(v) for k, v in PROFILES.items()}


def draw(rng: random.Random, profile: str, day: int) -> int:
    return SAMPLERS[profile].draw(rng, day)


def created_between(rng: random.Random, a: int, b: int) -> int:
    return a + rng.randrange(max(1, b - a))


def days_ago(n: float) -> int:
    return START - int(n * DAY)
