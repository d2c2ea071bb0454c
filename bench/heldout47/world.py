"""World facts: time window, provider and models, verbosity, launch, incident, holiday
calendars, diurnal profiles, deterministic digests and id helpers."""
from __future__ import annotations

import hashlib
import math
import random
from datetime import datetime, timezone

HOUR = 3_600_000
MIN = 60_000
DAY = 24 * HOUR

# Day 1 = Tue 13 April 2027 00:00 ICT (UTC+7). Thailand, Cambodia and Laos all use UTC+7.
T0 = int(datetime(2027, 4, 12, 17, 0, tzinfo=timezone.utc).timestamp() * 1000)
ICT = 7


def t_end(days: int) -> int:
    return T0 + days * DAY


# Provider: "Naga AI" (invented, Singapore-headquartered, gateway PoPs in Bangkok and Singapore).
PROVIDER = "Naga AI"
CHAT, LITE, NEW, EMBED = "naga-chat-2", "naga-lite-2", "naga-3", "naga-embed-1"
MODELS = (CHAT, LITE, NEW, EMBED)
# naga-3 launched Tue 13 April 2027 10:00 ICT (03:00Z): a Singapore-morning launch event.
LAUNCH = T0 + 10 * HOUR
# Launch overload on naga-3: 503/529 from launch for 100 minutes, decaying.
OVERLOAD = (LAUNCH, LAUNCH + 100 * MIN)
# Incident: Wed 14 April 14:20-14:55 ICT, Singapore GPU pool failure -> 500/502 on chat and lite.
INCIDENT = (T0 + DAY + 14 * HOUR + 20 * MIN, T0 + DAY + 14 * HOUR + 55 * MIN)

# Typical completion tokens per kind of prompt (median of a lognormal, sigma ~0.45).
# naga-chat-2: balanced; naga-lite-2: terse and cheap; naga-3: new reasoning-heavy model, verbose,
# especially on maths and code (it writes its working out by default).
VERBOSITY = {
    CHAT: {"qa": 70, "chat": 320, "math_cot": 380, "code": 460, "long": 900, "translate": 0,
           "classify": 45, "agent": 230, "summary": 220, "rationale": 520},
    LITE: {"qa": 40, "chat": 190, "math_cot": 230, "code": 270, "long": 620, "translate": 0,
           "classify": 22, "agent": 150, "summary": 140, "rationale": 300},
    NEW: {"qa": 120, "chat": 540, "math_cot": 920, "code": 800, "long": 1450, "translate": 0,
          "classify": 70, "agent": 390, "summary": 300, "rationale": 1100},
}
MAX_TOKENS = {CHAT: 4096, LITE: 2048, NEW: 8192}
# translate: completion ~ 1.15 x the prompt's tokens (handled in emit).

# Tier -> requests per minute per account (gateway rate limit; excess gets 429).
RPM = {"free": 6, "t1": 60, "t2": 500, "t3": 3000}

# Local holidays. Songkran (TH) is a public holiday 13-15 April; Khmer New Year (KH) and Pi Mai
# Lao (LA) run 14-16 April in 2027. So day 1 is a holiday in Thailand and a half-empty
# pre-holiday working day in Cambodia/Laos; day 2 is a holiday in all three.
HOLIDAY = {"TH": (True, True), "KH": (False, True), "LA": (False, True)}

# Diurnal profiles: weights per local hour 0..23.
PROFILES = {
    "student": [4, 2, 1, .5, .3, .3, .5, 1, 2, 3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 9, 10, 10, 9, 7],
    "holiday": [3, 2, 1, .5, .3, .3, .5, 1, 2, 3, 3, 2, 2, 2, 2, 2, 3, 5, 7, 8, 8, 7, 6, 4],
    "office": [.3, .2, .1, .1, .1, .2, .5, 2, 6, 9, 10, 9, 5, 8, 10, 9, 7, 4, 2, 1.5, 1.2, 1, .7, .5],
    "evening": [3, 1.5, .8, .4, .3, .4, 1, 2, 3, 3, 3, 3, 4, 3, 3, 3, 4, 5, 7, 9, 10, 9, 7, 5],
    "server": [4, 3, 2.5, 2, 2, 2.5, 3.5, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 6, 5],
    "night_batch": [8, 10, 10, 10, 9, 6, 2, .5, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .5, 1, 3, 6],
    "shift24": [8, 8, 8, 8, 8, 7, 6, 6, 6, 6, 6, 6, 5, 6, 6, 6, 6, 6, 7, 8, 9, 9, 9, 8],
    "flat": [1] * 24,
    "tourist": [1, .5, .2, .1, .1, .3, 1, 3, 5, 5, 4, 3, 3, 3, 3, 3, 4, 5, 5, 5, 4, 3, 2, 1.5],
}


def digest(*parts: object, n: int = 8) -> str:
    """World facts: stable hex digest of the parts (blake2b)."""
    return hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=n).hexdigest()


def dint(*parts: object) -> int:
    return int(digest(*parts, n=8), 16)


def rng_for(seed: int, name: str) -> random.Random:
    return random.Random(f"{seed}:{name}")


def _cum(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


_CUM = {k: _cum(v) for k, v in PROFILES.items()}


def local_hour(rng: random.Random, profile: str) -> float:
    cum = _CUM[profile]
    x = rng.random() * cum[-1]
    lo, hi = 0, 23
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo + rng.random()


def sample_ts(rng: random.Random, profile: str, tz: float = ICT, day_w=(1.0, 1.0), days: int = 2) -> int:
    """A UTC epoch-ms instant drawn from a local diurnal profile and per-day weights,
    clipped to the world window (resampled if it falls outside)."""
    for _ in range(50):
        d = rng.choices(range(len(day_w)), weights=day_w)[0]
        h = local_hour(rng, profile)
        # local midnight of world day d, in UTC ms
        ts = T0 + d * DAY - int((tz - ICT) * HOUR) + int(h * HOUR)
        if T0 <= ts < T0 + days * DAY:
            return ts
    return T0 + int(rng.random() * days * DAY)


def lognorm(rng: random.Random, median: float, sigma: float = 0.45) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


def iso(ms: int) -> str:
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def iso_offset(ms: int, hours: int = ICT) -> str:
    dt = datetime.fromtimestamp((ms + hours * HOUR) / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}+{hours:02d}:00"


def holiday_weights(country: str, work: bool) -> tuple[float, float]:
    """Per-day activity weight: office work drops on holidays, leisure rises slightly."""
    h = HOLIDAY.get(country, (False, False))
    if work:
        return tuple(0.25 if x else 1.0 for x in h)
    return tuple(1.15 if x else 1.0 for x in h)
