"""Networks: carriers (heavy CGNAT in PK/BD), fixed broadband, campus and
corporate NATs, clouds, VPN/proxy hosts. ASNs resemble real operators; the
address prefixes are invented for this benchmark and are not authoritative."""
from __future__ import annotations

import random

from .world import DAY, START_MS

# name: (asn, cc, kind, v4 /16 prefixes, v6 /32 prefix or None, CGNAT pool size)
NETS = {
    "jazz":      (45669, "PK", "mobile", ["39.32", "39.33", "39.34", "39.35", "111.88"], "2400:adc0", 120),
    "zong":      (59257, "PK", "mobile", ["223.123", "223.124", "182.191"], "2400:fc00", 90),
    "telenorpk": (24499, "PK", "mobile", ["119.160", "119.161", "119.152"], None, 70),
    "ufone":     (38264, "PK", "mobile", ["175.107", "175.110"], None, 40),
    "ptcl":      (17557, "PK", "fixed", ["39.40", "39.41", "182.176", "182.177", "116.58"], "2400:adc7", 0),
    "nayatel":   (23674, "PK", "fixed", ["58.65", "121.91"], "2400:8800", 0),
    "stormfiber": (9541, "PK", "fixed", ["103.255", "110.93", "119.155"], None, 0),
    "pern":      (45773, "PK", "campus", ["111.68", "203.99"], None, 0),
    "grameen":   (24389, "BD", "mobile", ["37.111", "103.67", "103.204", "115.127"], "2400:c600", 150),
    "robi":      (24432, "BD", "mobile", ["27.147", "103.108", "113.11"], "2405:2000", 100),
    "banglalink": (45245, "BD", "mobile", ["45.120", "103.230", "118.179"], None, 70),
    "link3":     (23688, "BD", "fixed", ["103.9", "103.55", "180.211"], "2400:1a00", 0),
    "amberit":   (24342, "BD", "fixed", ["103.4", "114.130"], None, 0),
    "btcl":      (17494, "BD", "fixed", ["180.234", "202.84"], None, 0),
    "bdren":     (63932, "BD", "campus", ["103.91", "203.112"], None, 0),
    "etisalat":  (5384, "AE", "mobile", ["94.200", "86.98", "83.110"], "2001:8f8", 80),
    "du":        (15802, "AE", "mobile", ["94.206", "92.98"], None, 50),
    "stc":       (25019, "SA", "mobile", ["51.36", "188.50", "212.26"], "2a02:cb80", 80),
    "ooredoo":   (8781, "QA", "mobile", ["37.208", "89.211"], None, 30),
    "bt":        (2856, "UK", "fixed", ["81.129", "86.140", "109.148"], "2a00:23c5", 0),
    "virgin":    (5089, "UK", "fixed", ["82.21", "86.0", "94.173"], "2a02:c7f", 0),
    "ee":        (12576, "UK", "mobile", ["31.94", "92.40"], None, 60),
    "comcast":   (7922, "US", "fixed", ["73.22", "98.206", "24.60"], "2601:1c0", 0),
    "verizon":   (701, "US", "fixed", ["71.105", "108.46"], None, 0),
    "tmobileus": (21928, "US", "mobile", ["172.56", "172.58"], "2607:fb90", 60),
    "rogers":    (812, "CA", "fixed", ["99.228", "174.112"], "2607:fea8", 0),
    "bell":      (577, "CA", "fixed", ["142.113", "70.49"], None, 0),
    "aws":       (16509, "DC", "dc", ["13.232", "15.206", "3.108", "43.204"], "2406:da1a", 0),
    "gcp":       (396982, "DC", "dc", ["34.93", "35.200", "34.131"], None, 0),
    "azure":     (8075, "DC", "dc", ["20.204", "52.140", "4.213"], None, 0),
    "digitalocean": (14061, "DC", "dc", ["139.59", "159.89", "206.189"], "2400:6180", 0),
    "hetzner":   (24940, "DC", "dc", ["5.75", "88.99", "95.217", "116.202"], "2a01:4f8", 0),
    "ovh":       (16276, "DC", "dc", ["51.79", "141.95", "54.36"], None, 0),
    "contabo":   (51167, "DC", "dc", ["161.97", "173.212", "62.171"], None, 0),
    "vultr":     (20473, "DC", "dc", ["45.76", "64.176", "139.180"], None, 0),
    "m247":      (9009, "DC", "vpn", ["37.120", "89.44", "193.27"], None, 0),
    "datacamp":  (60068, "DC", "vpn", ["185.77", "89.187", "143.244"], None, 0),
    "alibaba":   (45102, "DC", "dc", ["47.74", "8.219"], None, 0),
}
MOBILE = {"PK": [("jazz", 40), ("zong", 28), ("telenorpk", 22), ("ufone", 10)],
          "BD": [("grameen", 48), ("robi", 30), ("banglalink", 22)],
          "AE": [("etisalat", 60), ("du", 40)], "SA": [("stc", 1)], "QA": [("ooredoo", 1)],
          "UK": [("ee", 1)], "US": [("tmobileus", 1)], "CA": [("tmobileus", 1)]}
FIXED = {"PK": [("ptcl", 45), ("nayatel", 20), ("stormfiber", 35)],
         "BD": [("link3", 40), ("amberit", 25), ("btcl", 35)],
         "UK": [("bt", 55), ("virgin", 45)], "US": [("comcast", 60), ("verizon", 40)],
         "CA": [("rogers", 55), ("bell", 45)], "AE": [("etisalat", 1)], "SA": [("stc", 1)], "QA": [("ooredoo", 1)]}


def _v4(rng: random.Random, prefixes: list) -> str:
    return "%s.%d.%d" % (rng.choice(prefixes), rng.randrange(256), rng.randrange(1, 255))


def _v6(rng: random.Random, p: str, iid: bool = True) -> str:
    body = "%s:%x:%x" % (p, rng.getrandbits(16), rng.getrandbits(16))
    if not iid:
        return body
    return body + ":" + ":".join("%x" % rng.getrandbits(16) for _ in range(4))


class Networks:
    def __init__(self, rng: random.Random):
        self.pools = {}
        for name, (_asn, _cc, _k, pre, _v6p, pool) in NETS.items():
            if pool:
                self.pools[name] = sorted({_v4(rng, pre) for _ in range(pool)})

    def addr(self, rng: random.Random, name: str, v6_share: float = 0.0) -> tuple:
        asn, _cc, _kind, pre, v6p, _pool = NETS[name]
        if v6p and rng.random() < v6_share:
            return _v6(rng, v6p), asn
        if name in self.pools:
            return rng.choice(self.pools[name]), asn
        return _v4(rng, pre), asn

    def pick(self, rng: random.Random, table: dict, cc: str) -> str:
        names, w = zip(*table[cc])
        return rng.choices(names, w)[0]


class Line:
    """A user's connection. mobile: new CGNAT address per session (or a stable
    IPv6 /64 with a fresh interface id); fixed/campus/corp/dc: stable address,
    re-leased on day 2 with probability `relay`."""

    def __init__(self, nets: Networks, rng: random.Random, name: str, v6_share: float = 0.08, relay: float = 0.25):
        self.nets, self.name = nets, name
        self.kind = NETS[name][2]
        self.v6 = bool(NETS[name][4]) and rng.random() < v6_share
        self.v6p = _v6(rng, NETS[name][4], iid=False) if self.v6 else None
        self.fixed = [nets.addr(rng, name), nets.addr(rng, name) if rng.random() < relay else None]

    def at(self, rng: random.Random, t: int) -> tuple:
        asn = NETS[self.name][0]
        if self.v6:
            return self.v6p + ":" + ":".join("%x" % rng.getrandbits(16) for _ in range(4)), asn
        if self.kind == "mobile":
            return self.nets.addr(rng, self.name)
        day2 = t >= START_MS + DAY
        return self.fixed[1] if day2 and self.fixed[1] else self.fixed[0]


def shared_nat(nets: Networks, rng: random.Random, name: str, size: int) -> list:
    """A small pool of egress addresses shared by everyone behind one NAT."""
    return [nets.addr(rng, name) for _ in range(size)]


def resi_proxy(nets: Networks, rng: random.Random, ccs=("PK", "BD", "AE", "UK", "US")) -> tuple:
    """One exit of a residential proxy network: a real subscriber's address."""
    cc = rng.choice(ccs)
    table = MOBILE if rng.random() < 0.6 else FIXED
    if cc not in table:
        table = FIXED
    return nets.addr(rng, nets.pick(rng, table, cc), v6_share=0.05)


def dc_addr(nets: Networks, rng: random.Random, providers=("hetzner", "ovh", "contabo", "digitalocean", "vultr")) -> tuple:
    return nets.addr(rng, rng.choice(providers))
