"""Calendar, time zones, diurnal profiles, models and endpoints of the Noord Labs world.

Window: Monday 18 and Tuesday 19 January 2027, UTC days.
  2027-01-18T00:00:00Z = 1_800_230_400_000 ms (checked with datetime); 2 days = 172_800_000 ms.
Offsets in January (checked with zoneinfo, then hard-coded; no DST in January):
  Europe/Amsterdam, Brussels, Luxembourg, Copenhagen, Stockholm, Oslo: UTC+1 (CET)
  Europe/Helsinki (Finland-Swedish speakers): UTC+2 (EET); Atlantic/Reykjavik: UTC+0.
Launch: model noord-zee-2 goes live Tuesday 19 Jan 2027 13:00:00Z (14:00 CET), no request to it before.
"""
from __future__ import annotations

import itertools
import math
import random

HOUR = 3_600_000
DAY = 24 * HOUR
DAY0 = 1_800_230_400_000            # 2027-01-18T00:00:00Z, a Monday
END = DAY0 + 2 * DAY                # 2027-01-20T00:00:00Z
LAUNCH = DAY0 + DAY + 13 * HOUR     # 2027-01-19T13:00:00Z
SERVICE_START = 1_713_139_200_000   # 2024-04-15T00:00:00Z, Noord Labs API general availability

TZ_OFFSET_H = {"NL": 1, "BE": 1, "LU": 1, "DK": 1, "SE": 1, "NO": 1, "FI": 2, "IS": 0}
TZ_NAME = {"NL": "Europe/Amsterdam", "BE": "Europe/Brussels", "LU": "Europe/Luxembourg", "DK": "Europe/Copenhagen",
           "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "FI": "Europe/Helsinki", "IS": "Atlantic/Reykjavik"}
# Gateway points of presence: Amsterdam serves Benelux, Stockholm the Nordics.
POP = {"NL": "ams", "BE": "ams", "LU": "ams", "DK": "sto", "SE": "sto", "NO": "sto", "FI": "sto", "IS": "sto"}

# Models and endpoints.
M_CHAT, M_MINI, M_CODE, M_EMBED, M_NEW = "noord-zee-1.5", "noord-zee-1.5-mini", "noord-fjord-code-1", \
    "noord-wad-embed-2", "noord-zee-2"
EP_CHAT, EP_RESP, EP_EMBED = "/v1/chat/completions", "/v1/responses", "/v1/embeddings"

# Local-hour activity weights (index = local hour 0..23).
PROFILES = {
    "consumer": [2, 1.2, .6, .35, .25, .35, .9, 2, 3, 3.5, 4, 4.4, 5, 4.6, 4.2, 4.2, 4.6, 5, 6, 7, 8, 8, 6.5, 4],
    "office":   [.2, .1, .1, .1, .1, .2, .6, 2.2, 6, 9, 9, 8.4, 6, 8, 9, 8.8, 7.5, 4.5, 2, 1.2, 1, .8, .5, .3],
    "exam":     [4.5, 2.8, 1.2, .5, .2, .2, .4, 1.4, 3, 5, 6, 6, 5, 6, 6.2, 6.2, 5.4, 5, 6, 7.2, 8, 8.4, 7.6, 6.5],
    "school":   [0, 0, 0, 0, 0, 0, .1, .8, 6, 9, 9, 8, 5, 8, 8, 4, 1, .5, .4, .3, .2, .1, 0, 0],
    "evening":  [2.5, 1, .4, .2, .1, .2, .5, 1, 1.5, 1.5, 1.6, 1.8, 2.2, 1.8, 1.8, 2, 2.5, 3.5, 5, 7, 8.5, 8.5, 7, 4.5],
    "night":    [2, 6, 9, 9, 8, 5, 1, .2, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .1, .2, .5],
    "flat":     [1] * 24,
    "late":     [6, 5, 4, 2.5, 1.5, 1, 1, 1.5, 2, 3, 3.5, 4, 4, 4, 4, 4, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7],
}

_CUM: dict[tuple[str, str], list[float]] = {}


def _cum(country: str, profile: str) -> list[float]:
    key = (country, profile)
    if key not in _CUM:
        off, prof = TZ_OFFSET_H[country], PROFILES[profile]
        _CUM[key] = list(itertools.accumulate(prof[(h + off) % 24] for h in range(24)))
    return _CUM[key]


def utc_hour_of(country: str, local_hour: float) -> float:
    return (local_hour - TZ_OFFSET_H[country]) % 24


def sample_ts(rng: random.Random, country: str, profile: str, day: int, after: int = 0, before: int = END) -> int:
    """A UTC instant on UTC day `day` (0 or 1), hour drawn from the local-hour profile of `country`."""
    cum = _cum(country, profile)
    for _ in range(40):
        h = rng.choices(range(24), cum_weights=cum)[0]
        t = DAY0 + day * DAY + h * HOUR + int(rng.random() * HOUR)
        if after <= t < before:
            return t
    return max(after, min(before - 1, DAY0 + day * DAY + 12 * HOUR))


def local_hour(country: str, ts: int) -> float:
    return ((ts - DAY0) / HOUR + TZ_OFFSET_H[country]) % 24


def gap_ms(rng: random.Random, median_s: float, sigma: float = 0.8, floor_s: float = 1.0) -> int:
    """Lognormal think / pacing time between two requests of one session."""
    return int(max(floor_s, median_s * math.exp(rng.gauss(0, sigma))) * 1000)


def session(rng: random.Random, start: int, n: int, median_s: float, sigma: float = 0.8) -> list[int]:
    out, t = [], start
    for _ in range(n):
        if t >= END:
            break
        out.append(t)
        t += gap_ms(rng, median_s, sigma)
    return out


_ALPH = "abcdefghijkmnpqrstuvwxyz23456789"


def token(rng: random.Random, n: int) -> str:
    return "".join(_ALPH[rng.getrandbits(5)] for _ in range(n))


def uuid4(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def aged_created(rng: random.Random, lo: int = SERVICE_START, hi: int = DAY0 - 3 * DAY) -> int:
    """Account creation skewed towards recent months (the service grew)."""
    return lo + int((hi - lo) * (rng.random() ** 0.6)) + rng.randrange(1000)


def chat_model(rng: random.Random, ts: int, adopt: float = 0.25, mini: float = 0.3) -> str:
    """Model an ordinary chat client asks for; after the launch a share `adopt` moves to the new model."""
    if ts >= LAUNCH and rng.random() < adopt:
        return M_NEW
    return M_MINI if rng.random() < mini else M_CHAT
