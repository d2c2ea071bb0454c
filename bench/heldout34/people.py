"""Helpers for people-like traffic: home and mobile networks, devices, everyday prompt mixes."""
from __future__ import annotations

import random

from . import networks as nw
from .core import World
from .texts import FOLLOWUPS
from .world import BROWSER_UA, MOBILE_UA

AU_HOME = [("telstra", 34), ("optus", 16), ("tpg", 14), ("iinet", 10), ("aussiebb", 12), ("superloop", 7), ("vocus", 4)]
NZ_HOME = [("spark", 45), ("one_nz", 35), ("2degrees", 20)]
AU_MOBILE = [("telstra_mobile", 45), ("optus_mobile", 33), ("vodafone_au", 22)]
NZ_MOBILE = [("one_nz", 45), ("2degrees", 25), ("spark", 30)]
CGNAT_SIZE = {"telstra_mobile": 420, "optus_mobile": 260, "vodafone_au": 160, "one_nz": 110, "2degrees": 70, "spark": 90}


def _pick(r: random.Random, weighted: list[tuple[str, int]]) -> str:
    return r.choices([n for n, _ in weighted], [wt for _, wt in weighted])[0]


def cgnat(w: World, carrier: str) -> list[tuple[str, int]]:
    """Carrier-grade NAT egress pool, shared by everyone on that carrier's mobile network."""
    key = "cgnat/" + carrier
    if key not in w.shared:
        w.shared[key] = nw.pool(w.rng(key), carrier, CGNAT_SIZE[carrier])
    return w.shared[key]


def home_addr(r: random.Random, city: str) -> tuple[str, int]:
    net = _pick(r, NZ_HOME if city == "auckland" else AU_HOME)
    return nw.host(r, net), nw.asn(net)


def home_and_mobile(w: World, r: random.Random, city: str, mobile_share: float = 0.25, home=None):
    """A household connection plus the phone on a carrier's CGNAT."""
    home = home or home_addr(r, city)
    mob = cgnat(w, _pick(r, NZ_MOBILE if city == "auckland" else AU_MOBILE))

    def pick(rr: random.Random) -> tuple[str, int]:
        return rr.choice(mob) if rr.random() < mobile_share else home
    return pick


def au_city(r: random.Random) -> str:
    return r.choices(["sydney", "melbourne", "brisbane", "perth", "auckland"], [34, 28, 16, 9, 13])[0]


def client(w: World, r: random.Random, mobile: float = 0.35) -> tuple[str, str]:
    """User agent and client device id for a web or app user."""
    ua = r.choice(MOBILE_UA) if r.random() < mobile else r.choice(BROWSER_UA)
    return ua, w.dev()


def everyday(r: random.Random, c, mix: dict[str, float] | None = None) -> str:
    mix = mix or {"chat_short": 50, "nq": 18, "chat": 10, "code": 8, "wordmath": 4, "instr": 10}
    pool = r.choices(list(mix), list(mix.values()))[0]
    return r.choice(c[pool])


def conversation(r: random.Random, c, n: int, mix: dict[str, float] | None = None) -> list[str]:
    """n user turns: a fresh prompt, sometimes followed by short follow-ups."""
    out: list[str] = []
    while len(out) < n:
        out.append(everyday(r, c, mix))
        while len(out) < n and r.random() < 0.3:
            out.append(r.choice(FOLLOWUPS))
    return out


def human_traffic(w: World, r: random.Random, a, n: int, profile: str = "consumer", mix=None, median: float = 320,
                  per_session=(1, 6), gap: float = 80, system: str | None = None, wrap=None) -> None:
    """Sessions of everyday use: prompts from the benign corpora, replies of a typical length."""
    from .core import START_MS, comp, times
    ts = times(w, r, a, profile, n, per_session, gap, not_before=max(START_MS, a.created + 60_000))
    for t, p in zip(ts, conversation(r, w.c, len(ts), mix)):
        w.emit(r, a, t, wrap(r, p) if wrap else p, system=system, completion=comp(r, median))
