"""World facts: the two-day window, digests, outages, air-raid alerts, the dnipro-2 launch.

All facts derive from blake2b digests of names, never from hash() or set order.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone

# Tuesday 20 July 2027 00:00 Kyiv (UTC+3) = 2027-07-19T21:00Z
T0 = int(datetime(2027, 7, 19, 21, 0, tzinfo=timezone.utc).timestamp() * 1000)
HOUR = 3_600_000
DAY = 24 * HOUR
MIN = 60_000
# dnipro-2 opens Wednesday 11:00 Kyiv
LAUNCH = T0 + DAY + 11 * HOUR

UA_CITIES = ("Kyiv", "Lviv", "Kharkiv", "Dnipro", "Odesa")
BALTIC = ("Vilnius", "Riga", "Tallinn")
DIASPORA = ("Warsaw", "Berlin", "Prague")
COUNTRY = {"Kyiv": "UA", "Lviv": "UA", "Kharkiv": "UA", "Dnipro": "UA", "Odesa": "UA",
           "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE", "Warsaw": "PL", "Berlin": "DE", "Prague": "CZ"}
# hours ahead of UTC in July
UTC_OFF = {c: (2 if c in DIASPORA else 3) for c in COUNTRY}
CITY_WEIGHT = {"Kyiv": 34, "Lviv": 12, "Kharkiv": 10, "Dnipro": 9, "Odesa": 8}


def digest(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def unit(*parts: object) -> float:
    return digest(*parts) / 2 ** 64


def hexid(*parts: object, n: int = 16) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=n // 2).hexdigest()


def local_ms(day: int, hour: float, city: str = "Kyiv") -> int:
    """Epoch ms of `hour` (local clock of `city`) on window day `day`."""
    return T0 + day * DAY + int((hour - (UTC_OFF[city] - 3)) * HOUR)


def local_hour(ts: int, city: str = "Kyiv") -> float:
    return ((ts - T0) / HOUR + (UTC_OFF[city] - 3)) % 24


# --- hourly activity profiles (local time), 24 weights each -------------------------------
PROFILES = {
    "consumer": [2, 1, 1, .5, .5, .5, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 6, 7, 8, 9, 9, 7, 4],
    "evening_student": [2, 1, .3, .2, .2, .2, .5, 1, 2, 3, 3, 3, 3, 3, 4, 5, 6, 8, 10, 12, 12, 11, 8, 4],
    "office": [.2, .1, .1, .1, .1, .2, .5, 2, 6, 9, 10, 10, 8, 9, 10, 10, 9, 6, 3, 2, 1, 1, .5, .3],
    "night_shift": [8, 8, 7, 5, 3, 1, .5, .3, .3, .5, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 10, 10, 9, 9],
    "server": [3, 2, 1.5, 1, 1, 1.5, 3, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 8, 6, 4],
    "flat": [1] * 24,
    "newsroom": [.5, .3, .2, .2, .3, 1, 3, 6, 8, 8, 7, 7, 6, 7, 7, 6, 6, 5, 5, 5, 4, 3, 2, 1],
}


def pick_hour(rng, profile: str) -> float:
    w = PROFILES[profile]
    h = rng.choices(range(24), weights=w)[0]
    return h + rng.random()


def pick_ts(rng, profile: str, days: int, city: str = "Kyiv", day: int | None = None) -> int:
    d = rng.randrange(days) if day is None else day
    return local_ms(d, pick_hour(rng, profile), city)


# --- scheduled outages: each Ukrainian city has 3 queues; each queue is dark 2 blocks a day ---
def outage_windows(city: str, queue: int, days: int) -> list[tuple[int, int]]:
    if COUNTRY.get(city) != "UA":
        return []
    out = []
    for d in range(days):
        base = digest("outage", city, d) % 4  # the city's grid operator rotates the schedule daily
        for block in range(2):
            start_h = (base * 2 + queue * 4 + block * 12) % 24
            length = 3 + digest("outage-len", city, d, queue, block) % 3
            s = local_ms(d, start_h)
            out.append((s, s + length * HOUR))
    return out


def in_outage(windows: list[tuple[int, int]], ts: int) -> bool:
    return any(s <= ts < e for s, e in windows)


# --- air-raid alerts: random per city and day, an hour or so; activity pauses ---------------
def alerts(city: str, days: int) -> list[tuple[int, int]]:
    if COUNTRY.get(city) != "UA":
        return []
    out = []
    per_day = {"Kharkiv": 4, "Kyiv": 2, "Odesa": 3, "Dnipro": 3, "Lviv": 1}[city]
    for d in range(days):
        n = 1 + digest("alerts-n", city, d) % per_day
        for i in range(n):
            s = T0 + d * DAY + int(unit("alert", city, d, i) * DAY)
            dur = int((35 + unit("alert-dur", city, d, i) * 70) * MIN)
            out.append((s, s + dur))
    return sorted(out)


_ALERTS: dict[tuple[str, int], list[tuple[int, int]]] = {}


def after_alert(city: str, ts: int, days: int, rng) -> int:
    """People pause during an alert: a session that would start inside one starts after it."""
    key = (city, days)
    if key not in _ALERTS:
        _ALERTS[key] = alerts(city, days)
    for s, e in _ALERTS[key]:
        if s <= ts < e:
            return e + int(rng.expovariate(1 / 12) * MIN)
    return ts


# --- statuses the world implies --------------------------------------------------------------
def status_for(model: str, ts: int, rng, heavy: bool = False) -> int:
    if model == "dnipro-2":
        if ts < LAUNCH:
            return 404
        since = (ts - LAUNCH) / HOUR
        if since < 6:
            p429 = 0.32 * (1 - since / 6) + 0.04
            p503 = 0.12 * max(0.0, 1 - since / 3) + 0.01
            r = rng.random()
            if r < p503:
                return 503
            if r < p503 + p429:
                return 429
    r = rng.random()
    if r < 0.0025:
        return 500
    if r < 0.006:
        return 400
    if heavy and r < 0.03:
        return 429
    if r < 0.009:
        return 429
    return 200
