"""Networks, clients and devices seen by the Sông gateway.

ASNs and prefixes are written from memory of public registry data and are
plausible, not verified (README lists which ones are uncertain). They only need
to behave like the real thing: mobile carriers put thousands of subscribers
behind few carrier-grade NAT addresses, home broadband gives one address per
household, clouds give one address per server.
"""
from __future__ import annotations

import ipaddress
import random

# asn -> (name, kind, prefixes)
ASNS: dict[int, tuple[str, str, list[str]]] = {
    7552: ("Viettel Group", "mobile", ["27.64.0.0/12", "171.224.0.0/11", "116.96.0.0/12"]),
    45899: ("VNPT Corp (VinaPhone/VNPT fixed)", "broadband", ["14.160.0.0/11", "113.160.0.0/11", "123.16.0.0/12"]),
    18403: ("FPT Telecom", "broadband", ["42.112.0.0/13", "1.52.0.0/14", "118.68.0.0/14"]),
    131429: ("MobiFone (uncertain ASN)", "mobile", ["103.199.0.0/17", "42.96.0.0/16"]),
    45903: ("CMC Telecom", "broadband", ["101.99.0.0/18", "203.205.0.0/17"]),
    38732: ("regional cloud DC, HCMC (uncertain ASN)", "cloud", ["103.97.124.0/22", "103.56.156.0/22"]),
    24176: ("campus research network (VinaREN-like, uncertain ASN)", "campus", ["202.191.56.0/21", "203.162.44.0/22"]),
    16509: ("Amazon AWS ap-southeast-1", "cloud", ["13.212.0.0/15", "54.254.0.0/16"]),
    14061: ("DigitalOcean SGP", "cloud", ["128.199.0.0/16", "159.89.192.0/18"]),
    45102: ("Alibaba Cloud SG", "cloud", ["47.74.128.0/17", "8.219.0.0/16"]),
    9009: ("M247 (proxy hosting)", "hosting", ["37.120.128.0/17", "185.236.200.0/22"]),
    4713: ("NTT OCN Japan", "broadband", ["153.128.0.0/12", "114.160.0.0/12"]),
    7922: ("Comcast US", "broadband", ["73.0.0.0/11", "98.192.0.0/12"]),
}

HOME_MIX = [(7552, 0.34), (45899, 0.26), (18403, 0.24), (131429, 0.10), (45903, 0.06)]
MOBILE_MIX = [(7552, 0.55), (45899, 0.2), (131429, 0.25)]


def pick_weighted(rng: random.Random, pairs):
    x = rng.random() * sum(w for _, w in pairs)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def ip_in(rng: random.Random, asn: int) -> str:
    net = ipaddress.ip_network(rng.choice(ASNS[asn][2]))
    return str(net[rng.randrange(1, net.num_addresses - 1)])


def ip_block(rng: random.Random, asn: int, n: int) -> list[str]:
    """n neighbouring addresses (one NAT gateway or one office block)."""
    net = ipaddress.ip_network(rng.choice(ASNS[asn][2]))
    base = rng.randrange(0, net.num_addresses - n - 2) // 8 * 8
    return [str(net[base + 1 + i]) for i in range(n)]


def dorm_nat(w) -> list[str]:
    """The university dorm NAT, shared by students and one campaign."""
    return ip_block(w.rng("infra/dorm_nat"), 24176, 6)


class CarrierNat:
    """Shared CGNAT egress addresses per mobile carrier: many subscribers,
    benign and not, leave through the same few addresses."""

    def __init__(self, rng: random.Random, per_asn: int = 24):
        self.pools = {asn: [ip_in(rng, asn) for _ in range(per_asn)] for asn, _ in MOBILE_MIX}

    def pick(self, rng: random.Random, asn: int | None = None) -> tuple[str, int]:
        asn = asn or pick_weighted(rng, MOBILE_MIX)
        return rng.choice(self.pools[asn]), asn


BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/133.0.166 Chrome/127.0 Safari/537.36",
]
MOBILE_APPS = [
    "SongChat-Android/4.2.0 (Android 14; SM-A546E)", "SongChat-Android/4.2.0 (Android 13; Redmi Note 12)",
    "SongChat-Android/4.1.7 (Android 12; OPPO A57)", "SongChat-iOS/4.2.1 (iPhone15,3; iOS 18.2)",
    "SongChat-iOS/4.2.1 (iPhone13,2; iOS 17.6)", "SongChat-Android/4.2.0 (Android 14; vivo Y36)",
]
SDKS = ["song-python/2.3.1", "song-python/2.2.0", "song-node/1.9.0", "python-httpx/0.28.1",
        "python-requests/2.32.3", "curl/8.5.0", "Go-http-client/2.0", "okhttp/4.12.0"]


def browser(rng: random.Random) -> str:
    return rng.choice(BROWSERS)


def mobile_app(rng: random.Random) -> str:
    return rng.choice(MOBILE_APPS)


def sdk(rng: random.Random) -> str:
    return rng.choice(SDKS)
