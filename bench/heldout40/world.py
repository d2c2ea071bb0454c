"""The calendar of the world: two days in Pakistan (PKT, UTC+5) and Bangladesh (BST, UTC+6).

Window: Thu 2026-04-30 00:00 PKT .. Sat 2026-05-02 00:00 PKT (= 2026-04-29T19:00Z .. 2026-05-01T19:00Z).
Minute-level activity profiles are built from a local-hour curve, a day factor and the
episodes of the days (mobile throttling, load-shedding, Jumu'ah, the model launch, a match).
"""
from __future__ import annotations

import bisect
import math
from datetime import datetime, timezone

MIN = 60_000
HOUR = 3_600_000
DAY = 86_400_000
T0 = int(datetime(2026, 4, 29, 19, 0, tzinfo=timezone.utc).timestamp() * 1000)
TZ = {"pk": 5 * HOUR, "bd": 6 * HOUR}
LAUNCH = T0 + 21 * HOUR  # Thu 21:00 PKT = 22:00 BST = 16:00Z: "aster-4" goes live


def utc(day: int, hh: float) -> int:
    """day 0 = Thu 30 Apr, 1 = Fri 1 May; hh = UTC hour of that calendar date."""
    base = int(datetime(2026, 4, 30, tzinfo=timezone.utc).timestamp() * 1000)
    return base + day * DAY + int(hh * HOUR)


def pkt(day: int, hh: float) -> int:
    return utc(day, hh - 5)


def bst(day: int, hh: float) -> int:
    return utc(day, hh - 6)


# (start, end, regions, cities or None, accesses or None, curves or None, factor, name)
EPISODES = [
    (pkt(0, 20.5), pkt(0, 23.5), ("pk",), None, ("mobile",), None, 0.35, "PK mobile-data throttling (cable fault + PTA filtering), Thu 20:30-23:30 PKT"),
    (pkt(0, 14), pkt(0, 16), ("pk",), ("khi",), ("fixed",), None, 0.4, "K-Electric load-shedding, Karachi feeders, Thu 14:00-16:00 PKT"),
    (pkt(1, 22), pkt(1, 23.5), ("pk",), ("khi",), ("fixed",), None, 0.4, "K-Electric load-shedding, Karachi feeders, Fri 22:00-23:30 PKT"),
    (pkt(0, 11), pkt(0, 12.5), ("pk",), ("lhe",), ("fixed",), None, 0.55, "LESCO load-shedding, Lahore residential, Thu 11:00-12:30 PKT"),
    (bst(0, 19), bst(0, 20.5), ("bd",), None, ("fixed",), None, 0.5, "Dhaka evening load-shedding (heatwave), Thu 19:00-20:30 BST"),
    (bst(1, 15), bst(1, 16), ("bd",), None, ("fixed",), None, 0.5, "Dhaka load-shedding, Fri 15:00-16:00 BST"),
    (pkt(1, 13), pkt(1, 14.25), ("pk",), None, None, ("consumer", "student", "office"), 0.45, "Jumu'ah prayers, Fri 13:00-14:15 PKT"),
    (bst(1, 13), bst(1, 14), ("bd",), None, None, ("consumer", "student", "office"), 0.5, "Jumu'ah prayers, Fri 13:00-14:00 BST"),
    (pkt(1, 19), pkt(1, 22.5), ("pk", "bd"), None, None, ("consumer", "student"), 0.75, "PAK v BAN T20I at Gaddafi Stadium, Fri 19:00-22:30 PKT (invented fixture)"),
]

CURVES = {
    "consumer": [3, 2, 1.2, .8, .6, .7, 1.2, 2, 3, 4, 4.5, 5, 5, 5, 4.5, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 7, 5],
    "student": [4, 2.5, 1.5, .8, .5, .5, .8, 1.5, 2, 2.5, 3, 3, 3, 3.5, 4, 5, 6, 6, 5.5, 6, 7, 8, 8, 6.5],
    "office": [.2, .1, .1, .1, .1, .2, .5, 1.5, 4, 7, 8, 8, 6, 5.5, 7, 7.5, 7, 5, 3, 2, 1.5, 1.2, .8, .4],
    "us_shift": [7, 7, 6, 4.5, 3, 1.5, .8, .5, .5, .6, 1, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6.5, 7.5, 8, 8, 8, 7.5],
    "prod24": [2, 1.5, 1, .8, .7, .8, 1.2, 2, 3, 3.5, 4, 4, 4, 4, 4, 4, 4, 4.5, 5, 5, 5.5, 5, 4, 3],
    "flat": [1] * 24,
    "night_ops": [6, 8, 8, 8, 7, 5, 2, .5, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .3, .5, 1, 2, 4],
    "farm_shift": [.1, .1, .1, .1, .1, .1, .2, .5, 2, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 5, 1, .2],
}
# Friday 1 May: Labour Day, a public holiday in both countries (and the weekend in Bangladesh).
DAY_FACTOR = {"office": (1.0, 0.3), "consumer": (1.0, 1.1), "student": (1.0, 0.95), "night_ops": (1.0, 1.2)}
LAUNCH_BOOST = {"consumer": 0.35, "student": 0.15, "office": 0.4, "prod24": 0.25, "us_shift": 0.3}


class Profile:
    """Minute weights over the window; `sample` draws an epoch-ms time from them."""

    def __init__(self, curve: str, region: str, city: str | None, access: str | None, days: int,
                 shape=None):
        n = days * 1440
        hourly = CURVES[curve]
        off = TZ[region]
        dayf = DAY_FACTOR.get(curve, (1.0, 1.0))
        boost = LAUNCH_BOOST.get(curve, 0.0)
        cum, total = [], 0.0
        for m in range(n):
            t = T0 + m * MIN
            lt = t + off
            h = (lt // HOUR) % 24
            frac = ((lt // MIN) % 60) / 60.0
            w = hourly[h] * (1 - frac) + hourly[(h + 1) % 24] * frac
            d = (t - utc(0, 0)) // DAY
            w *= dayf[min(max(d, 0), 1)] if d <= 1 else 1.0
            for (a, b, regs, cities, acc, curves, f, _name) in EPISODES:
                if a <= t < b and region in regs and (cities is None or city in cities) \
                        and (acc is None or access in acc) and (curves is None or curve in curves):
                    w *= f
            if boost and t >= LAUNCH:
                w *= 1 + boost * math.exp(-(t - LAUNCH) / (4 * HOUR))
            if shape is not None:
                w *= shape(t)
            total += max(w, 0.0)
            cum.append(total)
        self.cum, self.total, self.n = cum, total, n

    def sample(self, rng) -> int:
        i = bisect.bisect_right(self.cum, rng.random() * self.total)
        return T0 + min(i, self.n - 1) * MIN + rng.randrange(MIN)


_CACHE: dict = {}


def profile(curve: str, region: str = "pk", city: str | None = None, access: str | None = None,
            days: int = 2) -> Profile:
    key = (curve, region, city, access, days)
    p = _CACHE.get(key)
    if p is None:
        p = _CACHE[key] = Profile(curve, region, city, access, days)
    return p


def model_for(rng, ts: int, kind: str = "consumer") -> str:
    """Which model a benign client asks for at time ts."""
    if ts >= LAUNCH:
        ramp = min(1.0, (ts - LAUNCH) / (6 * HOUR))
        p4 = {"consumer": 0.25, "dev": 0.3, "tryer": 0.92, "service": 0.0, "eval": 0.0}.get(kind, 0.2)
        if kind in ("consumer", "dev"):
            p4 *= 0.5 + 0.5 * ramp
        if rng.random() < p4:
            return "aster-4"
    if kind == "dev":
        r = rng.random()
        return "aster-3" if r < 0.5 else ("aster-3-mini" if r < 0.88 else "aster-3-pro")
    if kind == "service":
        return "aster-3-mini"
    return "aster-3-mini" if rng.random() < 0.7 else "aster-3"


def episodes_text() -> list[str]:
    return [e[-1] for e in EPISODES] + ["Model launch: aster-4 live Thu 30 Apr 21:00 PKT / 22:00 BST (16:00Z)"]
