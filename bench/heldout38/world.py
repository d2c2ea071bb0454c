"""Garuda AI's world: the window, cities, clocks, prayer times, the UTBK-SNBT
exam sessions, models and the hourly rhythms of the people who use it.

Window (default 2 days):

    2027-04-27 00:00 WIB (Tue)          garuda-4 launch          2027-04-29 00:00 WIB
    |--------- day 0 ----------|10:00 WIB|----------|--------- day 1 ----------|
    = 2027-04-26T17:00Z        = 03:00Z                              = 2027-04-28T17:00Z

UTBK-SNBT 2027 runs 23 Apr - 3 May (Sunday off); 27 and 28 April are both test
days with a morning session (07:15-10:30 local) and an afternoon session
(13:15-16:30 local) at every test centre.
"""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import datetime, timezone

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR

START_MS = int(datetime(2027, 4, 26, 17, 0, tzinfo=timezone.utc).timestamp() * 1000)
LAUNCH_MS = START_MS + 10 * HOUR  # garuda-4 goes live 27 Apr 10:00 WIB (03:00Z)
DATE0_UTC_MIDNIGHT = int(datetime(2027, 4, 27, 0, 0, tzinfo=timezone.utc).timestamp() * 1000)

MODELS_OLD = ("garuda-3.5-pro", "garuda-3.5-lite")
MODEL_NEW = "garuda-4"
MODEL_EMBED = "garuda-embed-2"

EP_CHAT = "/v1/chat/completions"
EP_LEGACY = "/v1/completions"
EP_EMBED = "/v1/embeddings"
EP_APP = "/app/v2/conversation"


def rng(seed: int, name: str) -> random.Random:
    return random.Random(f"{seed}/{name}")


def hid(*parts: object, n: int = 10) -> str:
    return hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=n).hexdigest()


@dataclass(frozen=True)
class Window:
    seed: int
    days: int

    @property
    def start(self) -> int:
        return START_MS

    @property
    def end(self) -> int:
        return START_MS + self.days * DAY

    @property
    def launch(self) -> int:
        return LAUNCH_MS

    def inside(self, ts: int) -> bool:
        return self.start <= ts < self.end


@dataclass(frozen=True)
class City:
    name: str
    tz: int            # UTC offset, hours
    region: str        # carrier gateway region
    country: str
    prayers: tuple[int, ...] = ()  # local minutes: dzuhur, ashar, maghrib, isya (empty: no dips)


def _m(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _p(*times: str) -> tuple[int, ...]:
    return tuple(_m(t) for t in times)


CITIES = {c.name: c for c in (
    City("Jakarta", 7, "jkt", "ID", _p("11:53", "15:13", "17:50", "19:00")),
    City("Bandung", 7, "jkt", "ID", _p("11:50", "15:10", "17:47", "18:58")),
    City("Yogyakarta", 7, "jateng", "ID", _p("11:38", "14:58", "17:35", "18:45")),
    City("Surabaya", 7, "jatim", "ID", _p("11:28", "14:48", "17:25", "18:35")),
    City("Medan", 7, "sumut", "ID", _p("12:20", "15:42", "18:24", "19:34")),
    City("Makassar", 8, "sulsel", "ID", _p("12:00", "15:20", "17:59", "19:09")),
    City("Batam", 7, "kepri", "ID", _p("12:08", "15:30", "18:13", "19:23")),
    City("Kuala Lumpur", 8, "kl", "MY", _p("13:13", "16:34", "19:20", "20:31")),
    City("Penang", 8, "pg", "MY", _p("13:17", "16:39", "19:26", "20:37")),
    City("Singapore", 8, "sg", "SG"),
    City("Manila", 8, "mnl", "PH"),
    City("Sydney", 10, "syd", "AU"),
    City("Amsterdam", 2, "ams", "NL"),
)}

ID_CITIES = (("Jakarta", 36), ("Bandung", 12), ("Surabaya", 14), ("Yogyakarta", 9), ("Medan", 9), ("Makassar", 6))
MY_CITIES = (("Kuala Lumpur", 7), ("Penang", 3))


def pick_w(r: random.Random, pairs):
    """Weighted pick from a sequence of (item, weight) pairs (order is the tie-break)."""
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def local_midnight(day: int, tz: int) -> int:
    """UTC ms of local 00:00 on 27 Apr + `day` days in a zone at UTC+tz."""
    return DATE0_UTC_MIDNIGHT + day * DAY - tz * HOUR


def local_hour(ts: int, tz: int) -> float:
    return ((ts + tz * HOUR) % DAY) / HOUR


def local_day(ts: int, tz: int) -> int:
    return (ts + tz * HOUR - DATE0_UTC_MIDNIGHT) // DAY


# Hourly activity (local time, 00..23), relative weights.
RHYTHMS: dict[str, tuple[float, ...]] = {
    # SMA students / gap-year UTBK takers: late nights, after-school peak, pre-dawn cramming in exam week
    "student": (5, 3, 1.5, 1, 1.5, 3, 4, 3, 2, 2, 2.5, 3, 3, 3.5, 5, 7, 8, 7, 5, 8, 11, 12, 11, 8),
    "uni": (6, 4, 2, 1, .5, .5, 1, 3, 6, 8, 9, 9, 7, 8, 9, 9, 8, 6, 4, 6, 9, 11, 10, 8),
    "office": (1, .5, .3, .2, .2, .5, 2, 5, 8, 12, 12, 11, 6, 10, 12, 11, 9, 6, 3, 4, 5, 5, 4, 2),
    "seller": (2, 1, .5, .5, 1.5, 4, 6, 7, 8, 9, 9, 8, 6, 7, 8, 8, 7, 6, 5, 7, 9, 10, 8, 4),
    "family": (1, .5, .3, .3, 1, 3, 5, 4, 3, 3, 3, 3, 3, 4, 5, 6, 6, 5, 3, 7, 9, 9, 6, 3),
    "warnet": (6, 5, 3, 1, .3, .2, .3, 1, 3, 5, 6, 7, 7, 8, 9, 10, 10, 9, 7, 9, 11, 11, 10, 8),
    "dev": (4, 3, 1.5, .8, .4, .4, 1, 2, 5, 8, 10, 10, 7, 9, 10, 10, 9, 7, 5, 6, 8, 9, 8, 6),
    "teacher": (1, .3, .2, .2, 1.5, 4, 5, 6, 6, 6, 6, 5, 4, 6, 7, 6, 5, 4, 3, 6, 9, 9, 6, 2),
    "writer": (3, 2, 1, .5, .5, 1, 2, 4, 7, 9, 10, 9, 7, 8, 9, 8, 7, 6, 5, 7, 9, 10, 9, 6),
    "edtech": (4, 2, 1, .6, 1, 3, 4, 3, 2, 2.5, 3, 3.5, 3.5, 4, 6, 8, 9, 8, 6, 9, 13, 14, 12, 8),
    "support": (2, 1.2, .8, .6, .8, 2, 4, 7, 10, 11, 11, 10, 8, 10, 11, 10, 9, 8, 7, 8, 9, 8, 6, 4),
    "flat": (1,) * 24,
    "night": (9, 10, 10, 9, 8, 6, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8),
}

UTBK_SESSIONS = ((7 * 60 + 15, 10 * 60 + 30), (13 * 60 + 15, 16 * 60 + 30))


def bins96(profile: str, city: City, *, muslim: float = 0.0, exam: tuple[int, int] | None = None,
           commute: bool = False, boost: dict[int, float] | None = None) -> list[float]:
    """Quarter-hour weights for one local day.

    muslim: share of the population that pauses for prayer (Maghrib strongest, Isya and
    Dzuhur lighter); exam: (start, end) local minutes when this person sits the UTBK and
    cannot use a phone (travel and check-in start 75 min before); commute: more weight at
    06:00-08:00 and 17:00-19:00 (phone on the KRL/TransJakarta/bus)."""
    hourly = RHYTHMS[profile]
    out = []
    for b in range(96):
        m = b * 15 + 7
        w = hourly[b // 4]
        if muslim and city.prayers:
            dz, _, mg, isy = city.prayers
            if mg - 5 <= m <= mg + 25:
                w *= 1 - 0.6 * muslim
            elif isy - 5 <= m <= isy + 15 or dz - 5 <= m <= dz + 20:
                w *= 1 - 0.25 * muslim
        if commute and (6 * 60 <= m < 8 * 60 or 17 * 60 <= m < 19 * 60):
            w *= 1.6
        if exam and exam[0] - 75 <= m <= exam[1] + 20:
            w *= 0.02
        if boost:
            w *= boost.get(b // 4, 1.0)
        out.append(w)
    return out


def sample_times(r: random.Random, W: Window, city: City, per_day: float, weights_for_day,
                 active_p: float = 1.0) -> list[int]:
    """Session starts: for each local day touching the window, the person is active with
    probability active_p and starts Poisson(per_day) sessions at times drawn from the
    quarter-hour weights returned by weights_for_day(day)."""
    out = []
    for d in range(-1, W.days + 1):
        if r.random() >= active_p:
            continue
        n = poisson(r, per_day)
        if not n:
            continue
        w = weights_for_day(d)
        base = local_midnight(d, city.tz)
        for _ in range(n):
            b = pick_w(r, list(zip(range(96), w)))
            ts = base + b * 15 * MIN + int(r.random() * 15 * MIN)
            if W.inside(ts):
                out.append(ts)
    out.sort()
    return out


def poisson(r: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(r.gauss(lam, lam ** 0.5))))
    import math
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= limit:
            return k
        k += 1


def lognorm(r: random.Random, median: float, sigma: float, lo: float = 0, hi: float = float("inf")) -> float:
    import math
    return min(hi, max(lo, median * math.exp(r.gauss(0, sigma))))


def rate_times(r: random.Random, W: Window, city: City, per_day: float, weights_for_day) -> list[int]:
    """A non-homogeneous Poisson process: per_day requests per local day spread over the
    quarter-hour weights (for services that relay many end users)."""
    out = []
    for d in range(-1, W.days + 1):
        w = weights_for_day(d)
        total = sum(w) or 1.0
        base = local_midnight(d, city.tz)
        for b, wb in enumerate(w):
            k = poisson(r, per_day * wb / total)
            t0 = base + b * 15 * MIN
            for _ in range(k):
                ts = t0 + int(r.random() * 15 * MIN)
                if W.inside(ts):
                    out.append(ts)
    out.sort()
    return out
