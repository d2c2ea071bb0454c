"""Address space of the world: plausible (not authoritative) prefixes per ASN,
and the ways an account reaches the gateway (stable home line, rotating
CGNAT, campus NAT, corporate proxies, cloud VM, proxy mesh, VPN exits).

Attackers and honest users draw from the *same* pools: a residential proxy
exit on HiNet is a HiNet address, which is why the pools are shared here.
"""
from __future__ import annotations

import random

from bench.heldout31.clock import MIN

# asn -> list of (base "a.b", second-octet span) blocks; hosts drawn inside
POOLS: dict[str, tuple[int, list[tuple[int, int, int]]]] = {
    # name: (asn, [(first octet, second octet lo, hi)])
    "hinet": (3462, [(1, 160, 175), (36, 224, 239), (114, 32, 47), (118, 160, 167), (220, 128, 143)]),
    "cht_mobile": (3462, [(101, 8, 11), (27, 240, 247), (1, 200, 203)]),
    "twm": (9924, [(39, 8, 15), (42, 72, 75), (49, 216, 219)]),
    "fet": (4780, [(27, 52, 55), (123, 192, 195), (60, 248, 251)]),
    "so_net": (9416, [(61, 64, 67), (114, 136, 139)]),
    "kbro": (9416, [(61, 230, 231)]),
    "tanet": (1659, [(140, 112, 140), (163, 13, 32)]),
    "gcp_tw": (396982, [(34, 80, 81), (35, 194, 194), (35, 201, 201), (35, 229, 229)]),
    "aws_tyo": (16509, [(13, 112, 115), (54, 64, 65), (18, 176, 177), (52, 192, 199)]),
    "azure_hk": (8075, [(20, 187, 187), (20, 205, 205), (52, 175, 175)]),
    "azure_us": (8075, [(20, 40, 63), (52, 160, 183), (172, 176, 183)]),
    "linode_tyo": (63949, [(139, 162, 162), (172, 104, 105)]),
    "vultr_tyo": (20473, [(45, 76, 77), (149, 28, 28), (207, 148, 148)]),
    "hetzner": (24940, [(5, 75, 75), (65, 108, 109), (95, 216, 217)]),
    "ovh_sg": (16276, [(51, 79, 79), (139, 99, 99)]),
    "m247": (9009, [(146, 70, 70), (185, 156, 157), (89, 187, 187)]),
    "datacamp": (60068, [(185, 246, 246), (84, 17, 17), (212, 102, 102)]),
    "warp": (13335, [(104, 28, 31)]),
    "comcast": (7922, [(73, 0, 255), (98, 192, 255), (24, 0, 31)]),
    "verizon": (701, [(71, 96, 127), (108, 0, 63)]),
    "att": (7018, [(99, 0, 127), (107, 192, 223)]),
    "bt": (2856, [(81, 128, 159), (86, 128, 191)]),
    "ntt_ocn": (4713, [(114, 144, 191), (153, 132, 255)]),
    "docomo": (9605, [(1, 66, 79), (49, 96, 111)]),
    "kddi": (2516, [(106, 128, 191), (111, 86, 111)]),
    "softbank": (17676, [(126, 0, 255), (219, 96, 127)]),
    "optus": (4804, [(49, 176, 191), (110, 32, 63)]),
    "telus": (852, [(70, 64, 79), (142, 58, 58)]),
    "viettel": (7552, [(27, 64, 79), (171, 224, 255)]),
    "indosat": (4761, [(114, 120, 127), (124, 195, 195)]),
    "pldt": (9299, [(112, 198, 211), (49, 144, 151)]),
    # enterprise leased lines (fab park, BPO, tutoring startup office)
    "ncic": (9919, [(210, 59, 59), (61, 219, 219)]),
    "tfn": (9674, [(203, 64, 64), (60, 244, 244)]),
}

COUNTRY_RESIDENTIAL = ["hinet", "hinet", "hinet", "cht_mobile", "twm", "fet", "so_net", "kbro"]
TW_MOBILE = ["cht_mobile", "cht_mobile", "twm", "fet"]
FOREIGN_HOME = ["comcast", "verizon", "att", "bt", "ntt_ocn", "optus", "telus"]


def addr(rng: random.Random, pool: str) -> tuple[str, int]:
    asn, blocks = POOLS[pool]
    a, lo, hi = rng.choice(blocks)
    return f"{a}.{rng.randint(lo, hi)}.{rng.randrange(256)}.{rng.randint(1, 254)}", asn


class Net:
    """How one account reaches the gateway; at(ts) -> (ip, asn)."""

    def at(self, rng: random.Random, ts: int) -> tuple[str, int]:  # pragma: no cover - interface
        raise NotImplementedError


class Fixed(Net):
    """A home fibre line, a cloud VM, a NAT: one address for the whole window."""

    def __init__(self, ip_asn: tuple[str, int]):
        self.ip_asn = ip_asn

    def at(self, rng, ts):
        return self.ip_asn


class Choice(Net):
    """A small set of egress addresses (campus NAT, corporate proxies, store Wi-Fi)."""

    def __init__(self, addrs: list[tuple[str, int]], sticky_ms: int = 0):
        self.addrs, self.sticky = addrs, sticky_ms

    def at(self, rng, ts):
        if self.sticky:  # proxies hash sessions onto one egress for a while
            return self.addrs[(ts // self.sticky) % len(self.addrs)]
        return rng.choice(self.addrs)


class Rotating(Net):
    """Carrier CGNAT or a 4G dongle: the address changes every lease period.
    Deterministic per (key, lease bucket) so several accounts behind one dongle
    see the same address at the same time, whatever order they are generated in."""

    def __init__(self, key: str, pools: list[str], lease_min: int, offset_ms: int = 0,
                 shared: dict[str, list[tuple[str, int]]] | None = None):
        self.key, self.pools, self.period, self.offset = key, pools, lease_min * MIN, offset_ms
        self.shared = shared  # carrier CGNAT: a few hundred public addresses per carrier

    def at(self, rng, ts):
        b = (ts + self.offset) // self.period
        r = random.Random(f"{self.key}/{b}")
        pool = r.choice(self.pools)
        if self.shared and pool in self.shared:
            return r.choice(self.shared[pool])
        return addr(r, pool)


class Fresh(Net):
    """Proxy mesh: a new exit for every request."""

    def __init__(self, pools: list[str]):
        self.pools = pools

    def at(self, rng, ts):
        return addr(rng, rng.choice(self.pools))


class DayNight(Net):
    """Home line in the evening, phone on mobile data during the day."""

    def __init__(self, home: Net, away: Net, away_hours: tuple[float, float] = (8.0, 18.5)):
        self.home, self.away, self.hours = home, away, away_hours

    def at(self, rng, ts):
        from bench.heldout31.clock import local_hour
        h = local_hour(ts)
        return (self.away if self.hours[0] <= h < self.hours[1] else self.home).at(rng, ts)


def nat_set(rng: random.Random, pool: str, n: int) -> list[tuple[str, int]]:
    return [addr(rng, pool) for _ in range(n)]


def cgnat_tables(seed: int) -> dict[str, list[tuple[str, int]]]:
    """Public CGNAT addresses per mobile carrier: thousands of subscribers (students,
    commuters, phone farms) share them, so an address says little on its own."""
    out = {}
    for pool, n in (("cht_mobile", 420), ("twm", 300), ("fet", 260)):
        r = random.Random(f"{seed}/cgnat/{pool}")
        out[pool] = [addr(r, pool) for _ in range(n)]
    return out
