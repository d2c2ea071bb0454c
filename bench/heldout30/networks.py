"""Where requests come from: autonomous systems, address blocks, NAT/CGNAT pools.

Prefixes are plausible for each operator (AfriNIC 41/8, 102/8, 105/8, 154/8,
196/8, 197/8; 2c0f::/16 for IPv6) but are not an authoritative allocation map;
the point is realistic *structure*: mobile users share a few hundred CGNAT
addresses, fibre homes keep one address for days, clouds and VPNs are few /16s.
"""
from __future__ import annotations

import random

# key: (asn, kind, IPv4 /16 prefixes, IPv6 /32 prefix or None)
ASNS: dict[str, tuple[int, str, list[str], str | None]] = {
    "vodacom":   (29975, "mobile", ["41.112", "41.113", "41.114", "105.224", "105.225", "105.226"], "2c0f:f4c0"),
    "mtn":       (16637, "mobile", ["102.248", "102.249", "197.184", "197.185", "197.186"], "2c0f:fd88"),
    "cellc":     (37168, "mobile", ["41.151", "197.210", "197.211"], None),
    "telkom_mobile": (37457, "mobile", ["105.0", "105.1", "105.2"], "2c0f:f720"),
    "openserve": (37457, "fibre", ["105.4", "105.5", "41.144", "41.145", "197.88"], "2c0f:f720"),
    "vumatel_vox": (11845, "fibre", ["41.193", "102.219", "197.189"], "2c0f:f8f0"),
    "afrihost":  (37611, "fibre", ["169.0", "169.1", "102.132", "102.182"], "2c0f:f5c0"),
    "coolideas": (328035, "fibre", ["102.66", "102.67", "41.216"], "2c0f:eb58"),
    "rsaweb":    (37053, "fibre", ["196.28", "154.0", "102.22"], "2c0f:f9b8"),
    "mweb":      (10474, "fibre", ["196.210", "41.185", "41.13"], None),
    "starlink":  (14593, "satellite", ["98.97", "129.222"], "2a0d:3344"),
    "tenet":     (2018, "campus", ["137.158", "146.141", "137.215", "146.232", "146.230", "143.160"], "2001:4200"),
    "is_corp":   (3741, "corporate", ["196.4", "168.209", "196.36"], None),
    "liquid":    (30844, "corporate", ["41.76", "197.155", "41.57"], "2c0f:fe38"),
    "seacom":    (37100, "corporate", ["41.79", "196.46"], None),
    "xneelo":    (37153, "hosting", ["197.221", "154.66", "41.203"], "2a02:2ea8"),
    "aws":       (16509, "cloud", ["13.244", "13.245", "13.246", "13.247"], "2406:da11"),
    "azure":     (8075, "cloud", ["102.133", "102.37", "20.87"], "2603:1000"),
    "gcp":       (396982, "cloud", ["34.35", "35.235"], None),
    "hetzner":   (24940, "hosting", ["88.99", "95.216", "116.202", "168.119"], "2a01:4f8"),
    "ovh":       (16276, "hosting", ["51.38", "51.68", "145.239"], "2001:41d0"),
    "digitalocean": (14061, "hosting", ["159.89", "164.90", "178.62"], "2a03:b0c0"),
    "m247":      (9009, "vpn", ["185.156", "37.120", "89.238"], None),
    "datacamp":  (60068, "vpn", ["185.246", "212.102", "89.187"], None),
    "bt_uk":     (2856, "diaspora", ["81.128", "86.146", "109.145"], "2a00:23c4"),
    "telstra":   (1221, "diaspora", ["1.120", "101.160", "120.148"], "2001:8003"),
}
MOBILE = ["vodacom", "mtn", "cellc", "telkom_mobile"]
MOBILE_SHARE = [44, 32, 11, 13]
FIBRE = ["openserve", "vumatel_vox", "afrihost", "coolideas", "rsaweb", "mweb"]
FIBRE_SHARE = [22, 20, 20, 12, 12, 14]


def asn_of(key: str) -> int:
    return ASNS[key][0]


def _v4(rng: random.Random, key: str) -> str:
    p = rng.choice(ASNS[key][2])
    return f"{p}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _v6(rng: random.Random, key: str) -> str:
    p = ASNS[key][3]
    return f"{p}:{rng.randrange(1, 65536):x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}"


def address(rng: random.Random, key: str, v6_share: float = 0.0) -> str:
    if ASNS[key][3] and rng.random() < v6_share:
        return _v6(rng, key)
    return _v4(rng, key)


class Pools:
    """Shared address pools, fixed per seed: mobile CGNAT egress (hundreds of
    users per address), university NATs per campus, corporate proxy egress."""

    def __init__(self, seed: int):
        rng = random.Random(f"{seed}/pools")
        self.cgnat = {k: [_v4(rng, k) for _ in range(260)] for k in MOBILE}
        # dual-stack phones get a per-session /64 address instead of CGNAT
        self.campus = {p: [f"{p}.{rng.randrange(256)}.{rng.randrange(1, 255)}" for _ in range(6)]
                       for p in ASNS["tenet"][2]}

    def mobile(self, rng: random.Random, carrier: str) -> str:
        if ASNS[carrier][3] and rng.random() < 0.28:
            return _v6(rng, carrier)
        return rng.choice(self.cgnat[carrier])


def pick_mobile(rng: random.Random) -> str:
    return rng.choices(MOBILE, MOBILE_SHARE)[0]


def pick_fibre(rng: random.Random) -> str:
    return rng.choices(FIBRE, FIBRE_SHARE)[0]


# Which supply region an operator's subscribers usually sit in (fibre is city-built).
def pick_area(rng: random.Random, region_weights=(("GP", 55), ("WC", 30), ("KZN", 15))) -> str:
    region = rng.choices([r for r, _ in region_weights], [w for _, w in region_weights])[0]
    n = 8 if region == "KZN" else 16
    return f"{region}-{rng.randrange(1, n + 1):02d}"


def edge_for_area(area: str | None) -> str:
    """Gateway edge by geography: Cape Town users land on the CPT edge, the rest on JNB."""
    if area and area.startswith("WC"):
        return "cpt"
    return "jnb"
