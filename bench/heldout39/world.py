"""World constants for "Mediterraneo": the window, the calendar, the models,
deterministic randomness and ids, and our own RFC 3339 formatter.

The generator never imports enforcer.timeutil: the timestamp text is written
here so the data does not depend on the code it is meant to test.
"""
from __future__ import annotations

import base64
import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR

# Local UTC offsets in June: Italy/Spain/Catalonia CEST, Portugal and the
# Canaries WEST, Greece EEST.
CEST, WEST, EEST = 2, 1, 3


def ms_of(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> int:
    return (datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc) - EPOCH) // timedelta(milliseconds=1)


def rfc3339(ms: int) -> str:
    """epoch ms -> '2027-06-23T08:30:00.123Z' (exact integer arithmetic, no floats)."""
    dt = EPOCH + timedelta(milliseconds=ms)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


# Wed 23 Jun 2027 00:00 CEST: the prima prova morning is 8.5 h in, and the tail
# of the Tuesday-night cramming is the first thing in the file.
WINDOW_START = ms_of(2027, 6, 22, 22)
LOCAL_DAY0 = ms_of(2027, 6, 23)  # local-clock midnight of Wed 23 Jun, any zone


def launch_ms(seed: int) -> int:
    """Levante 3 launches at a local-morning hour; the day depends on the seed so
    two held-out sets do not share the launch position in the window."""
    if seed % 2:
        return ms_of(2027, 6, 24, 7, 30)  # Thu 24 Jun 09:30 CEST (seconda prova morning)
    return ms_of(2027, 6, 23, 8, 0)  # Wed 23 Jun 10:00 CEST (prima prova morning)


def local_day_hour(ms: int, tz: int) -> tuple[int, float]:
    """(day index, hour of day) on the local clock; day 0 is Wed 23 Jun 2027."""
    x = ms + tz * HOUR - LOCAL_DAY0
    return x // DAY, (x % DAY) / HOUR


def local_ms(day: int, hour: float, tz: int) -> int:
    """Inverse of local_day_hour: a local wall-clock time -> epoch ms."""
    return LOCAL_DAY0 + day * DAY + int(hour * HOUR) - tz * HOUR


# The provider: "Levante", an Italian-Spanish model lab with a consumer app
# and an API. levante-3 does not exist until the launch.
M_MINI = "levante-2-mini"
M_STD = "levante-2"
M_PINNED = "levante-2-2027-03-11"
M_PRO = "levante-2-pro"
M_NEW = "levante-3"
M_EMBED = "levante-embed-2"

EP_CHAT = "/v1/chat/completions"
EP_RESP = "/v1/responses"
EP_APP = "/app/v2/conversation"
EP_EMBED = "/v1/embeddings"
EP_LEGACY = "/v1/completions"


@dataclass(frozen=True)
class World:
    seed: int
    days: int
    start: int
    end: int
    launch: int

    @classmethod
    def make(cls, seed: int, days: int) -> "World":
        return cls(seed, days, WINDOW_START, WINDOW_START + days * DAY, launch_ms(seed))

    def rng(self, *parts: object) -> random.Random:
        # random.Random(str) hashes the string with SHA-512: independent of
        # PYTHONHASHSEED, so every run of a seed draws the same numbers.
        return random.Random(":".join(str(p) for p in (self.seed, *parts)))

    def after_launch(self, ms: int) -> bool:
        return ms >= self.launch


def hid(prefix: str, *parts: object, n: int = 14) -> str:
    """A random-looking but deterministic id: the same for the same parts."""
    h = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=16).digest()
    return prefix + base64.b32encode(h).decode().lower().rstrip("=")[:n]


def lognorm(rng: random.Random, median: float, sigma: float) -> float:
    return median * rng.lognormvariate(0.0, sigma)


def clamp(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def weighted(rng: random.Random, table: list[tuple[object, float]]):
    """Pick from [(item, weight), ...] (lists, never sets: order is part of the seed)."""
    total = sum(w for _, w in table)
    x = rng.random() * total
    for item, w in table:
        x -= w
        if x < 0:
            return item
    return table[-1][0]
