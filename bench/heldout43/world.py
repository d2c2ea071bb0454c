"""Time, models, identifiers and daily-activity profiles for the heldout43 world.

Greece, Cyprus and Israel all run on UTC+3 in June (EEST / IDT), so "local" time
is simply UTC+3 everywhere. The window starts at Thursday 10 June 2027 00:00 local.
Nothing here draws randomness of its own: callers pass their population's Random.
"""
from __future__ import annotations

import hashlib
import math
import random
from datetime import datetime, timezone

HOUR = 3_600_000
MINUTE = 60_000
DAY = 24 * HOUR
T0 = 1812574800000                       # 2027-06-09T21:00:00Z = Thu 10 June 00:00 local
LOCAL_OFFSET = 3 * HOUR
LAUNCH = T0 + 19 * HOUR                  # aegean-3 goes live Thu 19:00 local (16:00Z)
EXAM_MATH = (T0 + 8 * HOUR + 30 * MINUTE, T0 + 11 * HOUR + 30 * MINUTE)        # Thu maths paper
EXAM_PHYS = (T0 + DAY + 8 * HOUR + 30 * MINUTE, T0 + DAY + 11 * HOUR + 30 * MINUTE)  # Fri physics

MODELS_CHAT = ("aegean-2", "aegean-2-mini")
MODEL_NEW = "aegean-3"
MODEL_EMBED = "aegean-embed-1"
EP_CHAT = "/v1/chat/completions"
EP_RESP = "/v1/responses"
EP_EMBED = "/v1/embeddings"


class Window:
    def __init__(self, days: int):
        self.days = days
        self.lo = T0
        self.hi = T0 + days * DAY


def local_hour(ts: int) -> float:
    """Hours since Thursday 00:00 local (0..48 for a two-day window; wraps on a 7-day cycle)."""
    return ((ts - T0) % (7 * DAY)) / HOUR


def iso_ms(ts: int) -> str:
    dt = datetime.fromtimestamp(ts / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts % 1000:03d}Z"


def iso_s(ts: int) -> str:
    return datetime.fromtimestamp(ts // 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def digest(*parts: object, n: int = 16) -> str:
    """Stable hex digest (never Python's hash())."""
    return hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=n // 2 + n % 2).hexdigest()[:n]


_B32 = "0123456789abcdefghjkmnpqrstvwxyz"
_CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def b32(rng: random.Random, n: int) -> str:
    return "".join(_B32[rng.getrandbits(5)] for _ in range(n))


def ulid(ts: int, *salt: object) -> str:
    """ULID-shaped gateway request id: 48-bit time prefix + 80 bits from a stable digest."""
    t = "".join(_CROCK[(ts >> (5 * i)) & 31] for i in range(9, -1, -1))
    r = int(digest(*salt, n=20), 16)
    return t + "".join(_CROCK[(r >> (5 * i)) & 31] for i in range(15, -1, -1))


def uuid4(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[rng.getrandbits(2)]}{h[17:20]}-{h[20:32]}"


def created_between(rng: random.Random, days_before_lo: float, days_before_hi: float, ref: int = T0) -> int:
    """An account creation time between days_before_hi and days_before_lo days before ref."""
    d = rng.uniform(days_before_lo, days_before_hi)
    return int(ref - d * DAY) // 1000 * 1000 + rng.randrange(1000)


# ---------------------------------------------------------------- activity profiles
# Each profile maps local hour (0..48, Thu then Fri) to a weight in [0, 1].

def _bump(h: float, centre: float, width: float) -> float:
    return math.exp(-((h - centre) / width) ** 2)


def gr_consumer(h: float) -> float:
    d, x = divmod(h, 24)
    base = 0.04 + 0.55 * _bump(x, 12.5, 3.0) + 0.95 * _bump(x, 21.5, 2.6) + 0.5 * _bump(x, 24.5, 1.6)
    if d >= 1 and x > 20:
        base *= 0.75                      # Friday night out
    return min(base, 1.0)


def il_consumer(h: float) -> float:
    d, x = divmod(h, 24)
    base = 0.04 + 0.5 * _bump(x, 11.0, 3.0) + 0.9 * _bump(x, 21.0, 2.4) + 0.2 * _bump(x, 24.3, 1.2)
    if d >= 1 and x > 14:
        base *= 0.12 if x > 19 else 0.35  # Friday afternoon, then Shabbat
    return min(base, 1.0)


def il_office(h: float) -> float:
    d, x = divmod(h, 24)
    if d == 0:
        w = 0.03 + (0.95 if 8.5 <= x < 18.5 else 0.0) + 0.35 * _bump(x, 21.0, 1.8)
        if 12.5 <= x < 13.5:
            w *= 0.6                      # lunch
        return min(w, 1.0)
    return 0.02 + (0.28 if 8.5 <= x < 13.5 else 0.0)  # Friday is a short day, almost empty after 14:00


def gr_office(h: float) -> float:
    d, x = divmod(h, 24)
    w = 0.03 + (0.9 if 9 <= x < 17.5 else 0.0) + 0.15 * _bump(x, 20, 1.5)
    if d >= 1 and x >= 15.5:
        w *= 0.5
    return min(w, 1.0)


def student_exam(h: float) -> float:
    """Panhellenic candidates: sitting the maths paper Thu 08:30-11:30 and physics Fri 08:30-11:30."""
    d, x = divmod(h, 24)
    if 8.4 <= x < 11.6:
        return 0.01
    if d == 0:
        w = 0.35 * _bump(x, 0.5, 1.4) + 0.3 * _bump(x, 7.3, 0.6) + 1.0 * _bump(x, 12.8, 1.1)
        w += 0.85 * (1.0 if 17 <= x < 24 else _bump(x, 17, 1.5)) * (0.6 + 0.4 * _bump(x, 21, 2.5))
    else:
        w = 0.5 * _bump(x, 0.6, 1.3) + 0.55 * _bump(x, 7.2, 0.7) + 0.55 * _bump(x, 12.7, 1.2)
        w += 0.15 * _bump(x, 20, 3)
    return min(0.01 + w, 1.0)


def flat_service(h: float) -> float:
    """A consumer product behind an API backend: follows its end users, never zero."""
    x = h % 24
    return 0.15 + 0.45 * _bump(x, 13, 4) + 0.4 * _bump(x, 21.5, 2.5)


def night_batch(h: float) -> float:
    x = h % 24
    return 0.02 + (0.95 if 1 <= x < 6 else 0.0)


def evening(h: float) -> float:
    x = h % 24
    return 0.03 + 0.97 * _bump(x, 21.5, 2.2)


def uniform(h: float) -> float:
    return 1.0


def sample_ts(rng: random.Random, profile, lo: int, hi: int) -> int:
    """One time in [lo, hi) drawn from a profile by rejection."""
    for _ in range(400):
        t = lo + int(rng.random() * (hi - lo))
        if rng.random() < profile(local_hour(t)):
            return t
    return lo + int(rng.random() * (hi - lo))


def session_times(rng: random.Random, profile, lo: int, hi: int, n_events: int,
                  mean_len: float = 5.0, gap_s: float = 45.0, sigma: float = 0.8) -> list[int]:
    """Human use: sessions started from a profile, events inside spaced by log-normal think time."""
    out: list[int] = []
    while len(out) < n_events:
        t = sample_ts(rng, profile, lo, hi)
        k = max(1, min(n_events - len(out), int(rng.expovariate(1.0 / mean_len)) + 1))
        for _ in range(k):
            if t >= hi:
                break
            out.append(t)
            t += int(1000 * rng.lognormvariate(math.log(gap_s), sigma)) + 1500
    out.sort()
    return out


def paced(rng: random.Random, start: int, stop: int, mean_s: float, jitter: float = 0.3) -> list[int]:
    """Machine pacing: a loop with a mean period and multiplicative jitter."""
    out, t = [], start
    while t < stop:
        out.append(t)
        t += max(200, int(1000 * mean_s * (1 + jitter * (2 * rng.random() - 1))))
    return out
