"""Building blocks shared by human accounts (benign or not): a person's home
line, phone, browser and app, and where one request of theirs comes from."""
from __future__ import annotations

from random import Random

from .accounts import APP, World
from .clock import HOUR
from .world import APP_UA, BROWSERS_MOBILE, BROWSERS_PC, cookie, install_id, mix, weighted


def person(w: World, rng: Random, home_isp: str | None = None) -> dict:
    net = w.net
    return {
        "home": net.home_ip(rng, home_isp), "carrier": net.carrier(rng), "v6": rng.random() < 0.6,
        "dev": rng.getrandbits(62), "app": install_id(rng), "app_ua": weighted(rng, APP_UA),
        "cookie": cookie(rng), "web_ua": weighted(rng, BROWSERS_PC), "mweb_ua": weighted(rng, BROWSERS_MOBILE),
        "salt": rng.getrandbits(62),
    }


def u(st: dict, ts: int, period: int = 1_800_000, k: int = 0) -> float:
    """A per-person uniform number that stays fixed within a time slot (a 'session')."""
    return (mix(st["salt"], ts // period, k) & 0xFFFFFF) / 16777216.0


def on_phone(w: World, st: dict, ts: int, at_home: bool) -> tuple[str, int, str, str, str]:
    """The mobile app, on home wifi or on the carrier (IPv6 when the phone has it)."""
    if at_home:
        ip, asn = st["home"]
    else:
        v6 = st["v6"] and u(st, ts, k=7) < 0.85
        ip, asn = w.net.mobile_ip(st["carrier"], v6, st["dev"], ts)
    return ip, asn, st["app_ua"], st["app"], APP


def on_pc(st: dict, where: tuple[str, int] | None = None) -> tuple[str, int, str, str, str]:
    ip, asn = where or st["home"]
    return ip, asn, st["web_ua"], st["cookie"], APP


def home_or_phone(w: World, st: dict, ts: int, phone_share: float) -> tuple[str, int, str, str, str]:
    hour = ((ts // HOUR) + 9) % 24
    x = u(st, ts)
    if x < phone_share:
        commuting = hour in (7, 8, 9, 12, 13, 18, 19) or (9 < hour < 18 and x < phone_share * 0.6)
        return on_phone(w, st, ts, at_home=not commuting and u(st, ts, k=3) < 0.55)
    return on_pc(st)


def pcbang_seat(w: World, st: dict, cafe: dict, ts: int) -> tuple[str, int, str, str, str]:
    """A seat at a PC bang: the cafe's IP and the PC's cookie, shared with everyone who used that PC."""
    pc = mix(st["salt"], ts // 10_800_000, 11) % cafe["pcs"]
    ip, asn = cafe["ips"][mix(st["salt"], 5) % len(cafe["ips"])]
    return ip, asn, cafe["ua"], w.net.pcbang_device(cafe, pc), APP


def short_math(corpora, max_len: int = 420) -> list[tuple[str, int]]:
    """Problems a person would type or photograph: MATH items under max_len chars, GSM8K, SVAMP."""
    refs = [("math", i) for i, t in enumerate(corpora["math"]) if len(t) <= max_len]
    refs += [("gsm8k", i) for i in range(len(corpora["gsm8k"]))]
    refs += [("svamp", i) for i in range(len(corpora["svamp"]))]
    return refs
