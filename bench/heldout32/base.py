"""What every population module shares: the generation context (seed, corpora, address
pools, window) and small helpers for counts, choices and home / mobile networks."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

from bench.heldout32 import net as N
from bench.heldout32.net import Net
from bench.heldout32.text import Corpus


@dataclass
class Ctx:
    seed: int
    corpus: Corpus
    net: Net
    lo: int
    hi: int

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}/{name}")

    @property
    def days(self) -> float:
        return (self.hi - self.lo) / 86_400_000


def lognorm(rng: random.Random, median: float, sd: float, lo: int = 1, hi: int = 10_000) -> int:
    return max(lo, min(hi, int(round(median * math.exp(rng.gauss(0, sd))))))


def choice(rng: random.Random, xs: list):
    return xs[int(rng.random() * len(xs))]


def wpick(rng: random.Random, pairs: list[tuple]):
    """Choose from [(value, weight), ...]."""
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def city(rng: random.Random) -> str:
    return wpick(rng, [("ist", 55), ("ank", 20), ("izm", 14), ("other", 11)])


class Home:
    """A household fixed line: one public IPv4 (TurkNet lines sit behind CGNAT) and maybe a /64."""

    def __init__(self, cx: Ctx, rng: random.Random, isp: str | None = None):
        self.isp = isp or wpick(rng, [("ttnet", 50), ("superonline", 30), ("turknet", 20)])
        self.asn = N.ASNS[self.isp][0]
        self.v4 = cx.net.cgnat_ip(rng, "turknet")[0] if self.isp == "turknet" else N.ip_in(rng, self.isp)[0]
        self.v64 = N.sub_64(rng, self.isp) if rng.random() < .3 else None

    def ip(self, rng: random.Random) -> tuple[str, int]:
        if self.v64 and rng.random() < .6:
            return N.v6_in_64(rng, self.v64), self.asn
        return self.v4, self.asn


class Phone:
    """A mobile subscriber: CGNAT IPv4 from the carrier pool per session, or an IPv6 in its own /64."""

    def __init__(self, rng: random.Random, carrier: str | None = None):
        self.carrier = carrier or wpick(rng, [("turkcell", 45), ("vodafone_tr", 30), ("tt_mobile", 25)])
        self.v64 = N.sub_64(rng, self.carrier) if rng.random() < .35 else None

    def ip(self, cx: Ctx, rng: random.Random) -> tuple[str, int]:
        if self.v64 and rng.random() < .7:
            return N.v6_in_64(rng, self.v64), N.ASNS[self.carrier][0]
        return cx.net.cgnat_ip(rng, self.carrier)


def session_ip(cx: Ctx, rng: random.Random, t: int, last: dict, fn) -> tuple[str, int]:
    """Keep an address for a session (10-40 min), then draw a new one with fn()."""
    if last.get("until", 0) < t:
        last["ip"] = fn()
        last["until"] = t + int(rng.uniform(10, 40) * 60_000)
    return last["ip"]
