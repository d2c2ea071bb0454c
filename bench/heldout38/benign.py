"""Benign consumer populations (app and web people)."""
from __future__ import annotations

import random

from . import content as C
from . import nets
from . import phrases as P
from .personas import Spec, aged, build, campus, exam_crowd_boost, office
from .world import CITIES, HOUR, MY_CITIES, Window, lognorm, pick_w


def _launch_buzz(d: int, r: random.Random):
    return {10: 1.4, 11: 1.5, 12: 1.3, 13: 1.2} if d == 0 else None


def _diaspora_where(r: random.Random, city, key: str):
    fixed = {"Manila": "pldt", "Sydney": "telstra", "Amsterdam": pick_w(r, (("kpn", 1), ("ziggo", 1)))}[city.name]
    mob = {"Manila": (("globe", 1),), "Sydney": (("telstra", 1),), "Amsterdam": (("kpn", 1),)}[city.name]
    home = nets.FixedLine(fixed, r, tz=city.tz)
    mline = nets.MobileLine(pick_w(r, mob), city.region, r)
    return nets.Presence(r, city, "office", mline, home, nets.Egress(fixed, r, 1), p_out=0.1, key=key)


class Vpn:
    """A person who keeps a VPN on most of the time: Cloudflare WARP (very common in Indonesia
    since the 2022 blocks) or a commercial VPN whose exit servers are shared by all its users."""
    EXITS = {name: [nets.rand_ip(random.Random(f"world/vpn/{name}/{i}"), name) for i in range(n)]
             for name, n in (("warp", 60), ("m247", 14), ("datacamp", 10), ("leaseweb_sg", 8), ("packethub", 6))}

    def __init__(self, r: random.Random, city, key: str):
        self.r = r
        self.kind = pick_w(r, (("warp", 55), ("m247", 15), ("datacamp", 12), ("leaseweb_sg", 10), ("packethub", 8)))
        self.under = nets.phone(r, city, "office", home_p=0.7, day=office(r, city.name), key=key)
        self.off_p = r.uniform(0.05, 0.35)
        self.cur = None
        self.until = 0

    def at(self, ts: int):
        under = self.under.at(ts)
        if self.cur is None or ts > self.until:
            if self.r.random() < self.off_p:
                self.cur = "off"
            else:
                exits = self.EXITS[self.kind]
                self.cur = exits[self.r.randrange(len(exits))]
        self.until = ts + 30 * 60_000
        if self.cur == "off":
            return under
        return self.cur, nets.asn_of(self.kind)


def _after_launch(r: random.Random, W: Window) -> int:
    return W.launch + int(lognorm(r, 5, 1.1, 0.1, 44) * HOUR)


def specs() -> list[Spec]:
    sg_office = lambda r, c: office(r, "Singapore")  # noqa: E731
    return [
        Spec("pelajar_hp", 1150, C.STUDENT, P.FOLLOW_ID, rhythm="student", routine="student", per_day=2.2,
             active_p=0.72, reqs=3.5, gap_s=75, clients=(("app", 88), ("web", 12)), pro_p=0.06, home_p=0.55,
             exam_p=0.3, adopt=0.3, boost=exam_crowd_boost, created=lambda r, W: aged(r, W, 1, 500, 1.2)),
        Spec("mahasiswa", 620, C.UNI, P.FOLLOW_ID, rhythm="uni", routine="uni", per_day=2.0, active_p=0.72,
             reqs=4, gap_s=90, clients=(("app", 55), ("web", 45)), pro_p=0.15, home_p=0.75, day=campus,
             adopt=0.5, created=lambda r, W: aged(r, W, 5, 900)),
        Spec("pekerja_kantoran", 700, C.OFFICE, P.FOLLOW_ID, rhythm="office", routine="office", per_day=2.2,
             active_p=0.75, reqs=3, gap_s=120, commute=True, clients=(("app", 45), ("web", 55)), pro_p=0.3,
             home_p=0.78, day=office, adopt=0.45),
        Spec("umkm_seller", 330, C.SELLER, P.FOLLOW_ID, rhythm="seller", routine="home", per_day=2.0, active_p=0.68,
             reqs=3, gap_s=100, clients=(("app", 85), ("web", 15)), pro_p=0.15, home_p=0.6, adopt=0.25),
        Spec("ojol_driver", 150, C.OJOL, P.FOLLOW_ID, rhythm="seller", routine="mobile", per_day=1.6, active_p=0.6,
             reqs=2.5, gap_s=60, clients=(("app", 100),), pro_p=0.04, home_p=0.2, adopt=0.15),
        Spec("penulis_konten", 250, C.WRITER, P.FOLLOW_ID, rhythm="writer", routine="home", per_day=2.5,
             active_p=0.75, reqs=4, gap_s=140, clients=(("app", 40), ("web", 60)), pro_p=0.35, home_p=0.8, adopt=0.6,
             adopt_lag_h=3),
        Spec("guru_dosen", 260, C.TEACHER, P.FOLLOW_ID, rhythm="teacher", routine="office", per_day=1.6,
             active_p=0.65, reqs=3, gap_s=150, clients=(("app", 50), ("web", 50)), pro_p=0.15, home_p=0.7,
             adopt=0.3, created=lambda r, W: aged(r, W, 10, 800)),
        Spec("warga_malaysia", 440, C.MALAY, P.FOLLOW_MY, cities=MY_CITIES, rhythm="writer", routine="office",
             per_day=2.0, active_p=0.68, reqs=3, gap_s=90, muslim=0.6, commute=True,
             clients=(("app", 60), ("web", 40)), pro_p=0.2, home_p=0.75, day=office, mobile_mix=nets.MOBILE_MY,
             fixed_mix=nets.FIXED_MY, locale="ms-MY", adopt=0.4, extra={"legacy_p": 0.25}),
        Spec("profesional_sg", 190, C.ENGLISH, P.FOLLOW_EN, cities=(("Singapore", 1),), rhythm="office",
             routine="office", per_day=2.2, active_p=0.75, reqs=3, gap_s=110, muslim=0.0, commute=True,
             clients=(("app", 30), ("web", 70)), pro_p=0.6, home_p=0.9, day=sg_office,
             mobile_mix=(("singtel_mobile", 1),), fixed_mix=nets.FIXED_SG, locale="en-SG", adopt=0.7, adopt_lag_h=2,
             extra={"legacy_p": 0.3}),
        Spec("diaspora_outsourcing", 170, C.DIASPORA, P.FOLLOW_EN,
             cities=(("Manila", 40), ("Sydney", 35), ("Amsterdam", 25)), rhythm="office", routine="office",
             per_day=2.2, active_p=0.72, reqs=3.5, gap_s=100, muslim=0.0, clients=(("app", 25), ("web", 75)),
             pro_p=0.5, where=_diaspora_where, locale="en-US", adopt=0.5),
        Spec("pengguna_vpn", 170, C.mix((C.UNI, 1), (C.OFFICE, 1)), P.FOLLOW_ID, rhythm="dev", routine="office",
             per_day=2.0, active_p=0.7, reqs=3, gap_s=90, clients=(("app", 40), ("web", 60)), pro_p=0.3,
             where=lambda r, c, k: Vpn(r, c, k), adopt=0.5),
        Spec("pengguna_baru_rilis", 420, C.CURIOUS, P.FOLLOW_ID, rhythm="writer", routine="uni", per_day=1.8,
             active_p=0.85, reqs=3, gap_s=60, clients=(("app", 45), ("web", 55)), pro_p=0.12, home_p=0.7,
             day=campus, created=_after_launch, adopt=1.0, adopt_lag_h=0.02, update_p=1.0, boost=_launch_buzz),
    ]


def build_all(W: Window):
    return [build(W, s) for s in specs()]


__all__ = ["CITIES", "build_all", "specs"]
