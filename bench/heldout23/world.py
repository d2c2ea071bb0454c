"""The clock, the places and the things that happen to everyone.

Window: 2026-12-31T00:00Z (New Year's Eve, a Thursday) for `days` days. On day 2
(New Year's Day, a Friday) at 10:00 UTC the provider launches baobab-3 and
baobab-3-mini ("New year, new model") with launch credits for new sign-ups.

    UTC   00      06      12      18      00(Jan 1) 06   10 release   18      00
          |-------|-------|-------|-------|-------|-----|^------------|-------|
    NG         grid collapse 13:20-17:05 (home/cafe/office lines go dark)
    ZA                      load-shedding A 16:00-18:30 | load-shedding B 06:00-08:30
    UG           power 09:00-11:10                         | Safaricom data 05:40-07:25
    local NYE evening: crossover services and parties (usage falls, greetings spike
    around midnight); New Year's Day: late, quiet morning. Ethiopia (Genna is Jan 7)
    and the Muslim north work through both days; Jan 1 is also a Friday (Jumu'ah).
"""
from __future__ import annotations

import calendar
import random
from dataclasses import dataclass

T0 = calendar.timegm((2026, 12, 31, 0, 0, 0)) * 1000
HOUR = 3_600_000
DAY = 24 * HOUR
MIN = 60_000
RELEASE = T0 + DAY + 10 * HOUR
OLD_MODELS = ("baobab-2", "baobab-2-mini")
NEW_MODELS = ("baobab-3", "baobab-3-mini")
CHAT, RESP, EMBED = "/v1/chat/completions", "/v1/responses", "/v1/embeddings"


@dataclass(frozen=True)
class City:
    name: str
    cc: str
    tz: int  # minutes east of UTC
    langs: tuple[tuple[str, float], ...]
    mobile: tuple[tuple[str, float], ...]
    home: tuple[tuple[str, float], ...]
    area: int
    holiday: str = "std"


def _c(name, cc, tz_h, langs, mobile, home, area, holiday="std"):
    return City(name, cc, int(tz_h * 60), tuple(langs), tuple(mobile), tuple(home), area, holiday)


NG_MOB = (("mtn_ng", .5), ("airtel_ng", .25), ("glo_ng", .17), ("9mobile_ng", .08))
NG_HOME = (("spectranet_ng", .35), ("ipnx_ng", .2), ("mainone_ng", .15), ("starlink", .3))
KE_MOB = (("safaricom_ke", .78), ("airtel_ke", .22))
KE_HOME = (("safaricom_home_ke", .45), ("zuku_ke", .25), ("liquid_ke", .15), ("starlink", .15))
ZA_MOB = (("vodacom_za", .42), ("mtn_za", .36), ("cellc_za", .12), ("rain_za", .1))
ZA_HOME = (("vumatel_za", .35), ("openserve_za", .3), ("afrihost_za", .35))
CITIES: dict[str, City] = {c.name: c for c in (
    _c("Lagos", "NG", 1, (("en_ng", .42), ("pcm", .3), ("yo", .18), ("ig", .05), ("en", .05)), NG_MOB, NG_HOME, 0),
    _c("Abuja", "NG", 1, (("en_ng", .5), ("pcm", .2), ("ha", .15), ("ig", .1), ("yo", .05)), NG_MOB, NG_HOME, 1),
    _c("Ibadan", "NG", 1, (("yo", .4), ("en_ng", .4), ("pcm", .2)), NG_MOB, NG_HOME, 2),
    _c("Kano", "NG", 1, (("ha", .55), ("en_ng", .3), ("ar", .1), ("pcm", .05)), NG_MOB, NG_HOME, 3, "muslim"),
    _c("Port Harcourt", "NG", 1, (("pcm", .4), ("en_ng", .4), ("ig", .2)), NG_MOB, NG_HOME, 4),
    _c("Enugu", "NG", 1, (("ig", .35), ("en_ng", .45), ("pcm", .2)), NG_MOB, NG_HOME, 5),
    _c("Accra", "GH", 0, (("en_gh", .6), ("tw", .25), ("pcm", .15)), (("mtn_gh", .7), ("telecel_gh", .3)),
       (("telecel_bb_gh", .6), ("starlink", .4)), 0),
    _c("Kumasi", "GH", 0, (("tw", .45), ("en_gh", .55)), (("mtn_gh", .75), ("telecel_gh", .25)),
       (("telecel_bb_gh", 1.0),), 1),
    _c("Nairobi", "KE", 3, (("en_ke", .4), ("sw", .3), ("sheng", .3)), KE_MOB, KE_HOME, 0),
    _c("Mombasa", "KE", 3, (("sw", .6), ("en_ke", .4)), KE_MOB, KE_HOME, 1),
    _c("Kampala", "UG", 3, (("en", .75), ("sw", .25)), (("mtn_ug", .65), ("airtel_ug", .35)), (("roke_ug", 1.0),), 0),
    _c("Dar es Salaam", "TZ", 3, (("sw", .8), ("en", .2)), (("vodacom_tz", .6), ("airtel_tz", .4)),
       (("starlink", 1.0),), 0),
    _c("Addis Ababa", "ET", 3, (("am", .65), ("en", .35)), (("ethio_et", 1.0),), (("ethio_fixed", 1.0),), 0, "none"),
    _c("Kigali", "RW", 2, (("en", .4), ("fr", .3), ("rw", .3)), (("mtn_rw", .7), ("airtel_rw", .3)),
       (("liquid_rw", .5), ("canalbox_rw", .5)), 0),
    _c("Johannesburg", "ZA", 2, (("en_za", .6), ("zu", .3), ("af", .1)), ZA_MOB, ZA_HOME, 0),
    _c("Cape Town", "ZA", 2, (("en_za", .55), ("af", .4), ("zu", .05)), ZA_MOB, ZA_HOME, 1),
    _c("Durban", "ZA", 2, (("zu", .45), ("en_za", .55)), ZA_MOB, ZA_HOME, 2),
    _c("Dakar", "SN", 0, (("fr", .9), ("en", .1)), (("orange_sn", 1.0),), (("orange_sn_fixed", 1.0),), 0, "muslim"),
    _c("Abidjan", "CI", 0, (("fr", .95), ("en", .05)), (("orange_ci", .6), ("mtn_ci", .4)), (("starlink", 1.0),), 0),
    _c("Douala", "CM", 1, (("fr", .6), ("en", .2), ("pcm", .2)), (("mtn_cm", .55), ("orange_cm", .45)),
       (("starlink", 1.0),), 0),
    _c("Kinshasa", "CD", 1, (("fr", .9), ("en", .1)), (("vodacom_cd", 1.0),), (("starlink", 1.0),), 0),
    _c("Port Sudan", "SD", 2, (("ar", .9), ("en", .1)), (("zain_sd", 1.0),), (("starlink", 1.0),), 0, "muslim"),
)}
# where ordinary users live (weights); diaspora cities are separate
HOME_CITIES = (("Lagos", 20), ("Abuja", 6), ("Ibadan", 4), ("Kano", 4), ("Port Harcourt", 3), ("Enugu", 2),
               ("Accra", 7), ("Kumasi", 2), ("Nairobi", 14), ("Mombasa", 3), ("Kampala", 5), ("Dar es Salaam", 4),
               ("Addis Ababa", 5), ("Kigali", 3), ("Johannesburg", 9), ("Cape Town", 5), ("Durban", 2),
               ("Dakar", 2), ("Abidjan", 2), ("Douala", 1.5), ("Kinshasa", 1.5), ("Port Sudan", 1))
ABROAD = {  # city: (tz minutes, country, mobile isp, home isp)
    "London": (0, "UK", "ee_uk", "bt_uk"), "Manchester": (0, "UK", "ee_uk", "virgin_uk"),
    "Houston": (-360, "US", "tmobile_us", "comcast_us"), "Atlanta": (-300, "US", "tmobile_us", "att_us"),
    "Toronto": (-300, "CA", "tmobile_us", "rogers_ca"), "Dubai": (240, "AE", "tmobile_us", "du_ae"),
}

PROFILES = {
    "consumer": (3, 2, 1.5, 1, 1, 1.5, 3, 5, 6, 6, 6, 6.5, 7, 6.5, 6, 6, 6.5, 7, 8, 9, 10, 10, 8, 5),
    "student": (6, 4, 2.5, 1.5, 1, 1, 1.5, 2.5, 3.5, 4.5, 5.5, 6, 6, 6, 6.5, 7, 7, 6.5, 6.5, 7.5, 8.5, 9, 9, 8),
    "work": (.3, .2, .2, .2, .2, .4, 1, 3, 7, 9, 9, 8.5, 6.5, 8, 9, 8.5, 7, 4.5, 2.5, 2, 1.6, 1.2, .8, .5),
    "dev": (2.5, 1.6, 1, .6, .5, .5, .8, 2, 4, 6.5, 7.5, 7.5, 6, 7, 7.5, 7.5, 7, 6, 5.5, 5.5, 6, 6, 5, 3.8),
    "smb": (1, .5, .3, .3, .4, 1, 2.5, 4.5, 6.5, 7.5, 8, 8, 7.5, 7, 7, 7, 7, 7.5, 8, 8, 7.5, 6, 4, 2),
    "night": (8, 7, 5, 3, 1.5, .5, .3, .3, .3, .5, .5, .6, .8, 1, 1, 1.2, 1.5, 2, 4, 7, 9, 10, 10, 9),
    "flat": (1,) * 24,
}


def holiday(kind: str, day: int, h: int) -> float:
    """Multiplier on activity at local day (0 = Dec 31, 1 = Jan 1, 2 = Jan 2, ...) and local hour."""
    if kind == "none" or day < 0 or day > 2:
        return 1.0
    if kind in ("std", "muslim"):
        m = 1.0 if kind == "muslim" else 0.0  # the Muslim north parties less but still takes the day off
        if day == 0:
            return 1.0 if h < 18 else (.8 if h < 21 else .55) + .3 * m
        if day == 1:
            v = .7 if h == 0 else .4 if h < 3 else .35 if h < 9 else .5 if h < 10 else .65 if h < 14 else .85
            return v if not m else max(v, .6) * (.7 if 12 <= h < 15 else 1.0)  # Jumu'ah prayers
        return .9
    if kind == "greet":
        if day == 0:
            return 1.0 if h < 12 else 1.3 if h < 18 else 1.8 if h < 21 else 2.6
        if day == 1:
            return 2.8 if h == 0 else 1.5 if h == 1 else .4 if h < 9 else .9 if h < 14 else .8
        return 1.0
    if kind == "work":
        if day == 0:
            return .8 if h < 13 else .5 if h < 18 else .3
        return .15 if day == 1 else .3
    if kind == "study":
        if day == 0:
            return .8 if h < 17 else .6 if h < 21 else .3
        if day == 1:
            return .4 if h < 3 else .2 if h < 12 else .6
        return .8
    if kind == "devhol":
        if day == 0:
            return .85 if h < 17 else .6 if h < 22 else .35
        if day == 1:
            return .25 if h < 10 else .6
        return .8
    return 1.0


class Curves:
    """Activity curves in 10-minute bins over the window, cached per (profile, tz, holiday kind)."""

    BIN = 10 * MIN

    def __init__(self, days: int):
        self.nb = days * 144
        self.cache: dict[tuple[str, int, str], tuple[list[float], float]] = {}

    def get(self, profile: str, tz: int, hol: str) -> tuple[list[float], float]:
        key = (profile, tz, hol)
        if key not in self.cache:
            prof = PROFILES[profile]
            cw, acc = [], 0.0
            for b in range(self.nb):
                local = b * 10 + tz  # minutes since Dec 31 00:00 UTC, shifted to local time
                day, h = local // 1440, (local % 1440) // 60
                acc += prof[h] * holiday(hol, day, h)
                cw.append(acc)
            self.cache[key] = (cw, acc / (sum(prof) * 6))
        return self.cache[key]

    def days(self, profile: str, tz: int, hol: str) -> float:
        """Effective number of ordinary days the window is worth for this curve."""
        return self.get(profile, tz, hol)[1]

    def custom(self, key: str, fn) -> tuple[list[float], float]:
        """A one-off curve from fn(bin start ms) -> weight, cached under key."""
        if key not in self.cache:
            cw, acc = [], 0.0
            for b in range(self.nb):
                acc += fn(T0 + b * self.BIN)
                cw.append(acc)
            self.cache[key] = (cw, acc)
        return self.cache[key]

    def draw(self, rng: random.Random, cw: list[float], n: int) -> list[int]:
        if n <= 0 or not cw or cw[-1] <= 0:
            return []
        bins = rng.choices(range(len(cw)), cum_weights=cw, k=n)
        return sorted(T0 + b * self.BIN + rng.randrange(self.BIN) for b in bins)

    def sample(self, rng: random.Random, profile: str, tz: int, hol: str, n: int) -> list[int]:
        if n <= 0:
            return []
        cw = self.get(profile, tz, hol)[0]
        bins = rng.choices(range(self.nb), cum_weights=cw, k=n)
        return sorted(T0 + b * self.BIN + rng.randrange(self.BIN) for b in bins)


@dataclass(frozen=True)
class Outage:
    name: str
    start: int
    end: int
    countries: frozenset[str]
    asns: frozenset[int]
    frac: float  # share of fixed-line accounts that go dark (the rest have inverters/generators)
    mobile_frac: float  # share of mobile users hit (tower batteries run out)
    block: str = ""


OUTAGES = (
    Outage("ng_grid_collapse", T0 + 13 * HOUR + 20 * MIN, T0 + 17 * HOUR + 5 * MIN, frozenset({"NG"}), frozenset(),
           .7, .12),
    Outage("za_loadshedding_a", T0 + 16 * HOUR, T0 + 18 * HOUR + 30 * MIN, frozenset({"ZA"}), frozenset(), .85, .2, "A"),
    Outage("za_loadshedding_b", T0 + DAY + 6 * HOUR, T0 + DAY + 8 * HOUR + 30 * MIN, frozenset({"ZA"}), frozenset(),
           .85, .2, "B"),
    Outage("ug_power", T0 + 9 * HOUR, T0 + 11 * HOUR + 10 * MIN, frozenset({"UG"}), frozenset(), .6, .1),
    Outage("safaricom_data", T0 + DAY + 5 * HOUR + 40 * MIN, T0 + DAY + 7 * HOUR + 25 * MIN, frozenset(),
           frozenset({33771}), .95, .95),
)
