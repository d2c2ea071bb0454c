"""Helpers shared by populations and campaigns: a client's network identity and
conversational sessions."""
from __future__ import annotations

import math
import random
from typing import Callable

from .net import ISPS, REGIONS, UAS, Home, asn, ja4, pick, v6_addr, v6_prefix
from .text import toks, lognorm
from .world import SEC, World, Acct

BROWSER_DESK = {"chrome": 7, "firefox": 1.2, "safari": 1.3}
BROWSER_MOB = {"chrome_android": 5, "safari": 3, "samsung": 1.2, "okhttp": 3, "cfnetwork": 2}


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit and k < 200:
        p *= rng.random()
        k += 1
    return k


class Client:
    """Where an account's requests come from: ISP line or carrier NAT or VPN, and
    the client stack (user agent + JA4 device_id)."""

    def __init__(self, rng: random.Random, region: str, *, mobile: bool | None = None, stack: str | None = None,
                 isp: str | None = None, home: Home | None = None):
        tz, fixed, mob, mob_share = REGIONS[region]
        self.region, self.tz = region, tz
        self.mobile = (rng.random() < mob_share) if mobile is None else mobile
        self.isp = isp or pick(rng, mob if self.mobile else fixed)
        kind = ISPS[self.isp][1]
        self.cgnat = (kind == "mobile" and self.mobile) or kind == "vpn"
        self.v6 = bool(ISPS[self.isp][3]) and rng.random() < ISPS[self.isp][4]
        self.home = home or (None if self.cgnat else Home(rng, self.isp))
        self.stack = stack or pick(rng, BROWSER_MOB if self.mobile else BROWSER_DESK)
        linux = self.stack == "chrome" and rng.random() < 0.04
        self.ua = UAS["chrome_linux"][0] if linux else rng.choice(UAS[self.stack])
        self.device = ja4(self.stack, rng.choice((0, 0, 0, 1, 2)))
        self.asn = asn(self.isp)

    @property
    def web(self) -> bool:
        return self.stack not in ("okhttp", "cfnetwork")

    @property
    def endpoint(self) -> str:
        return "/web/chat" if self.web else "/app/chat"

    def addr(self, w: World, rng: random.Random, ts: int) -> tuple[str, int]:
        if self.home is not None:
            return self.home.ip(w.day_of(ts)), self.asn
        if self.v6:  # mobile IPv6: a fresh /64 per attach
            return v6_addr(rng, v6_prefix(rng, self.isp)), self.asn
        return w.cgnat.ip(rng, self.isp), self.asn


def session_starts(w: World, rng: random.Random, tz: str, profile: str, per_day: float,
                   lo: int | None = None, hi: int | None = None) -> list[int]:
    out = []
    for _ in range(min(poisson(rng, per_day * w.days), 400)):
        ts = w.sample_ts(rng, tz, profile, lo, hi)
        if ts is not None:
            out.append(ts)
    return sorted(out)


def converse(w: World, rng: random.Random, a: Acct, t0: int, turns: list[str], *, addr: tuple[str, int], ua: str,
             device: str, endpoint: str, model: str, system: str | None, cmed: float, csig: float = 0.6,
             gap: tuple[float, float] = (20, 240), key: str | None = None, history: bool = True,
             cmax: int = 4000) -> int:
    """One conversation: successive turns, each carrying the history so far; returns the end time."""
    hist, ts, sys_t = 0, t0, toks(system)
    for text in turns:
        p = toks(text) + sys_t + hist + 7
        c = lognorm(rng, cmed, csig, 8, cmax)
        c = w.emit(a, ts, prompt=text, ptoks=p, ctoks=c, model=model, endpoint=endpoint, ip=addr[0], asn=addr[1],
                   ua=ua, device=device, system=system, key=key, rng=rng)
        if history:
            hist += toks(text) + c + 4
        ts += int(c * rng.uniform(12, 30)) + int(rng.uniform(*gap) * SEC)
    return ts


def turns(rng: random.Random, first: str, follow: list[str], mean_extra: float, cap: int = 12) -> list[str]:
    out = [first]
    while len(out) < cap and rng.random() < mean_extra / (1 + mean_extra):
        out.append(rng.choice(follow))
    return out


Gen = Callable[[World], None]
