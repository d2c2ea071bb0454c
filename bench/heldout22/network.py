"""Network texture: the region's carriers (mobile CGNAT, IPv6 where deployed),
fixed broadband, research networks, clouds, VPN exits and corporate proxies.

ASNs and prefixes are modelled on the real operators of each country; they are
plausible, not an authoritative registry. Mobile carriers share a small pool of
public IPv4 addresses among many subscribers (CGNAT); IPv6-capable subscribers
get their own /64 that changes when the phone re-attaches.
"""
from __future__ import annotations

import ipaddress
import random

# name: (asn, country, kind, [(ipv4 base, prefix len)], ipv6 /32 base or None, ipv6 share, CGNAT pool size)
ISP = {
    # UAE
    "etisalat": (5384, "AE", "mix", [("94.200.0.0", 14), ("86.96.0.0", 14)], "2001:8f8::", 0.45, 3000),
    "du": (15802, "AE", "mix", [("2.48.0.0", 14), ("94.56.0.0", 15)], "2a00:f28::", 0.35, 2500),
    # Saudi Arabia
    "stc": (25019, "SA", "mix", [("188.48.0.0", 13), ("95.184.0.0", 14)], "2001:16a0::", 0.60, 5000),
    "mobily": (35819, "SA", "mix", [("37.104.0.0", 14), ("188.54.0.0", 15)], "2a02:9b0::", 0.40, 3500),
    "zain_sa": (43766, "SA", "mobile", [("51.36.0.0", 14)], "2a05:4740::", 0.35, 2500),
    # Egypt
    "we_tedata": (8452, "EG", "mix", [("156.192.0.0", 12), ("197.32.0.0", 13)], "2c0f:fc88::", 0.06, 6000),
    "vodafone_eg": (36935, "EG", "mobile", [("41.40.0.0", 14)], None, 0.0, 3000),
    "orange_eg": (37069, "EG", "mobile", [("197.120.0.0", 14)], None, 0.0, 2200),
    "etisalat_eg": (36992, "EG", "mobile", [("41.44.0.0", 14)], None, 0.0, 1800),
    # Levant, Iraq
    "orange_jo": (8376, "JO", "mix", [("94.249.0.0", 16), ("212.34.0.0", 19)], None, 0.0, 1200),
    "zain_jo": (48832, "JO", "mobile", [("37.202.64.0", 18)], None, 0.0, 900),
    "umniah": (9038, "JO", "mix", [("176.29.0.0", 16)], None, 0.0, 900),
    "ogero": (42020, "LB", "mix", [("178.135.0.0", 16)], None, 0.0, 800),
    "earthlink_iq": (50710, "IQ", "mix", [("37.237.0.0", 16)], None, 0.0, 1500),
    # Gulf others
    "ooredoo_qa": (8781, "QA", "mix", [("37.208.0.0", 14)], "2001:1a11::", 0.30, 1500),
    "zain_kw": (42961, "KW", "mix", [("37.231.0.0", 16)], "2a03:e180::", 0.25, 1200),
    "omantel": (28885, "OM", "mix", [("5.36.0.0", 15)], None, 0.0, 1200),
    "batelco": (5416, "BH", "mix", [("37.131.0.0", 16)], None, 0.0, 700),
    # Maghreb
    "iam": (6713, "MA", "mix", [("105.128.0.0", 11), ("196.64.0.0", 14)], None, 0.0, 4000),
    "orange_ma": (36925, "MA", "mobile", [("160.176.0.0", 13)], None, 0.0, 2500),
    "inwi": (36884, "MA", "mobile", [("41.140.0.0", 15)], None, 0.0, 1800),
    "tunisie_telecom": (37705, "TN", "mix", [("197.0.0.0", 14)], None, 0.0, 1500),
    "djezzy": (36947, "DZ", "mobile", [("105.96.0.0", 13)], None, 0.0, 2000),
    # Elsewhere (harvest operators' proxies sometimes exit here)
    "turk_telekom": (9121, "TR", "mix", [("85.96.0.0", 12)], None, 0.0, 4000),
    "ptcl": (17557, "PK", "mix", [("39.32.0.0", 11)], None, 0.0, 4000),
    # Research and education networks
    "eun": (2561, "EG", "campus", [("195.246.32.0", 19)], None, 0.0, 0),
    "ankabut": (47862, "AE", "campus", [("185.151.28.0", 22), ("194.170.160.0", 20)], None, 0.0, 0),
    "kacst_sauren": (8895, "SA", "campus", [("212.26.0.0", 18)], None, 0.0, 0),
    "kaust": (50999, "SA", "campus", [("109.171.128.0", 17)], "2001:67c:1cc8::", 0.5, 0),
    "qatar_foundation": (8781, "QA", "campus", [("37.210.240.0", 20)], None, 0.0, 0),
    "marwan": (30983, "MA", "campus", [("196.200.128.0", 18)], None, 0.0, 0),
    "junet": (47887, "JO", "campus", [("80.90.160.0", 19)], None, 0.0, 0),
    # Clouds and hosting
    "aws_me": (16509, "AE", "cloud", [("3.28.0.0", 15), ("15.184.0.0", 16), ("157.175.0.0", 16)], None, 0.0, 0),
    "aws_eu": (16509, "DE", "cloud", [("3.64.0.0", 12), ("18.192.0.0", 13)], None, 0.0, 0),
    "azure_me": (8075, "AE", "cloud", [("20.74.128.0", 17), ("20.233.0.0", 16)], None, 0.0, 0),
    "azure_gh": (8075, "US", "cloud", [("20.42.0.0", 15), ("40.84.0.0", 14), ("172.176.0.0", 12)], None, 0.0, 0),
    "gcp_me": (396982, "SA", "cloud", [("34.166.0.0", 16), ("34.18.0.0", 16)], None, 0.0, 0),
    "oracle_me": (31898, "SA", "cloud", [("140.204.0.0", 16), ("158.101.224.0", 19)], None, 0.0, 0),
    "alibaba": (45102, "SA", "cloud", [("8.213.0.0", 17), ("47.91.96.0", 19)], None, 0.0, 0),
    "huawei_cloud": (136907, "SA", "cloud", [("101.46.0.0", 17)], None, 0.0, 0),
    "tencent": (132203, "SG", "cloud", [("43.153.0.0", 16), ("43.156.0.0", 16)], None, 0.0, 0),
    "g42_core42": (212238, "AE", "cloud", [("185.229.88.0", 22)], None, 0.0, 0),
    "hetzner": (24940, "DE", "hosting", [("5.9.0.0", 16), ("65.108.0.0", 16), ("88.99.0.0", 16)], "2a01:4f8::", 0.2, 0),
    "ovh": (16276, "DE", "hosting", [("51.38.0.0", 16), ("54.36.0.0", 16)], None, 0.0, 0),
    "digitalocean": (14061, "DE", "hosting", [("159.65.0.0", 16), ("164.90.0.0", 16)], None, 0.0, 0),
    "contabo": (51167, "DE", "hosting", [("161.97.0.0", 16), ("207.180.192.0", 18)], None, 0.0, 0),
    "vultr": (20473, "DE", "hosting", [("45.77.0.0", 16), ("149.28.0.0", 16)], None, 0.0, 0),
    # VPN exits and secure-web-gateway egress
    "cloudflare_warp": (13335, "AE", "vpn", [("104.28.0.0", 16)], "2a09:bac0::", 0.5, 1200),
    "m247": (9009, "DE", "vpn", [("146.70.0.0", 16), ("185.156.172.0", 22)], None, 0.0, 500),
    "datacamp": (60068, "DE", "vpn", [("89.187.160.0", 19), ("212.102.32.0", 19)], None, 0.0, 400),
    "packethub": (147049, "DE", "vpn", [("154.47.16.0", 20)], None, 0.0, 250),
    "proton": (209103, "DE", "vpn", [("149.88.96.0", 19)], None, 0.0, 250),
    "zscaler": (53813, "AE", "corp", [("165.225.0.0", 17), ("147.161.160.0", 19)], None, 0.0, 300),
}

_SIZES = {k: [(int(ipaddress.IPv4Address(b)), 1 << (32 - p)) for b, p in v[3]] for k, v in ISP.items()}
_TOTAL = {k: sum(s for _, s in v) for k, v in _SIZES.items()}
_V6 = {k: int(ipaddress.IPv6Address(v[4])) for k, v in ISP.items() if v[4]}

# Where people of a country get online, by kind.
MOBILE = {
    "SA": {"stc": 5, "mobily": 3, "zain_sa": 2.5}, "AE": {"etisalat": 6, "du": 4},
    "EG": {"vodafone_eg": 4.5, "orange_eg": 2.5, "etisalat_eg": 2, "we_tedata": 1.5},
    "JO": {"zain_jo": 4, "orange_jo": 3, "umniah": 3}, "KW": {"zain_kw": 1}, "QA": {"ooredoo_qa": 1},
    "OM": {"omantel": 1}, "BH": {"batelco": 1}, "MA": {"iam": 4, "orange_ma": 3, "inwi": 2.5},
    "TN": {"tunisie_telecom": 1}, "DZ": {"djezzy": 1}, "LB": {"ogero": 1}, "IQ": {"earthlink_iq": 1},
    "TR": {"turk_telekom": 1}, "PK": {"ptcl": 1},
}
FIXED = {
    "SA": {"stc": 6, "mobily": 2.5}, "AE": {"etisalat": 6, "du": 3.5}, "EG": {"we_tedata": 1},
    "JO": {"orange_jo": 5, "umniah": 3}, "KW": {"zain_kw": 1}, "QA": {"ooredoo_qa": 1}, "OM": {"omantel": 1},
    "BH": {"batelco": 1}, "MA": {"iam": 1}, "TN": {"tunisie_telecom": 1}, "DZ": {"djezzy": 1},
    "LB": {"ogero": 1}, "IQ": {"earthlink_iq": 1}, "TR": {"turk_telekom": 1}, "PK": {"ptcl": 1},
}


def asn(isp: str) -> int:
    return ISP[isp][0]


def v4(isp: str, index: int) -> str:
    """Deterministic address number `index` inside the ISP's prefixes (spread out)."""
    n = (index * 2654435761 + 97) % _TOTAL[isp]
    for base, size in _SIZES[isp]:
        if n < size:
            return str(ipaddress.IPv4Address(base + n))
        n -= size
    raise AssertionError


def any_v4(isp: str, rng: random.Random) -> str:
    return v4(isp, rng.randrange(_TOTAL[isp]))


def cgnat_v4(isp: str, rng: random.Random) -> str:
    """A public address from the carrier's shared CGNAT pool."""
    return v4(isp, rng.randrange(ISP[isp][6] or 256))


def v6_prefix(isp: str, rng: random.Random) -> int:
    """A customer /64 inside the ISP's /32."""
    return _V6[isp] | (rng.getrandbits(32) << 64)


def v6_addr(prefix64: int, rng: random.Random) -> str:
    return ipaddress.IPv6Address(prefix64 | rng.getrandbits(64)).compressed


def has_v6(isp: str) -> bool:
    return isp in _V6


class Loc:
    """Where one user or machine connects from. `ip(rng)` is called once per session."""

    def ip(self, rng: random.Random) -> tuple[str, int]:
        raise NotImplementedError


class Mobile(Loc):
    def __init__(self, country: str, rng: random.Random, isp: str | None = None):
        self.isp = isp or pick_isp(MOBILE.get(country, MOBILE["EG"]), rng)
        self.v6 = has_v6(self.isp) and rng.random() < ISP[self.isp][5]

    def ip(self, rng):
        if self.v6:
            return v6_addr(v6_prefix(self.isp, rng), rng), asn(self.isp)
        return cgnat_v4(self.isp, rng), asn(self.isp)


class Home(Loc):
    """Fixed broadband: a stable IPv4 (Egyptian and Maghreb ISPs re-lease often) and,
    where deployed, a stable /64 with rotating privacy addresses."""

    def __init__(self, country: str, rng: random.Random, isp: str | None = None):
        self.isp = isp or pick_isp(FIXED.get(country, FIXED["EG"]), rng)
        self.addr = any_v4(self.isp, rng)
        self.p64 = v6_prefix(self.isp, rng) if has_v6(self.isp) and rng.random() < ISP[self.isp][5] + 0.15 else None
        self.relabel = country in ("EG", "MA", "DZ", "TN", "IQ")

    def ip(self, rng):
        if self.p64 is not None and rng.random() < 0.88:
            return v6_addr(self.p64, rng), asn(self.isp)
        if self.relabel and rng.random() < 0.15:
            self.addr = any_v4(self.isp, rng)
        return self.addr, asn(self.isp)


class Fixed(Loc):
    """A small set of egress addresses: campus NAT, office, café, cloud NAT gateway."""

    def __init__(self, isp: str, rng: random.Random, n: int = 1, addrs: list[str] | None = None):
        self.isp = isp
        self.addrs = addrs or [any_v4(isp, rng) for _ in range(n)]

    def ip(self, rng):
        return rng.choice(self.addrs), asn(self.isp)


class Pool(Loc):
    """A shared pool of exits: VPN servers, WARP, Zscaler nodes; one per session."""

    def __init__(self, isp: str, size: int | None = None):
        self.isp, self.size = isp, size or (ISP[isp][6] or 256)

    def ip(self, rng):
        if has_v6(self.isp) and rng.random() < ISP[self.isp][5]:
            return v6_addr(v6_prefix(self.isp, rng), rng), asn(self.isp)
        return v4(self.isp, rng.randrange(self.size)), asn(self.isp)


class Ephemeral(Loc):
    """A fresh address in a big range each time: CI runners, residential-proxy exits."""

    def __init__(self, isps: dict[str, float] | str):
        self.isps = isps

    def ip(self, rng):
        isp = self.isps if isinstance(self.isps, str) else pick_isp(self.isps, rng)
        return any_v4(isp, rng), asn(isp)


class Roaming(Loc):
    """A person's day: phone on mobile data, home broadband in the evening, sometimes campus/office."""

    def __init__(self, parts: list[tuple[Loc, float]]):
        self.parts = parts

    def ip(self, rng):
        total = sum(w for _, w in self.parts)
        x = rng.random() * total
        for loc, w in self.parts:
            x -= w
            if x < 0:
                return loc.ip(rng)
        return self.parts[-1][0].ip(rng)


def pick_isp(weights: dict[str, float], rng: random.Random) -> str:
    total = sum(weights.values())
    x = rng.random() * total
    for k, w in weights.items():
        x -= w
        if x < 0:
            return k
    return k


def person(country: str, rng: random.Random, mobile_share: float = 0.55) -> Loc:
    """A typical consumer: mostly phone or mostly home Wi-Fi, with some of the other."""
    m, h = Mobile(country, rng), Home(country, rng)
    w = mobile_share + rng.uniform(-0.3, 0.3)
    w = min(0.95, max(0.05, w))
    return Roaming([(m, w), (h, 1 - w)])
