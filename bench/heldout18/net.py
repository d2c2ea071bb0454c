"""Network and client landscape of the heldout18 world.

ASNs are real operators of the regions; prefixes are drawn from ranges those
operators announce (approximately: close enough for per-ASN and per-prefix
grouping, not an IP-intelligence feed). `device_id` in this world is the JA4
TLS ClientHello fingerprint computed at the provider's edge: it names a client
software stack, not a person, so every Chrome user shares one value.
"""
from __future__ import annotations

import hashlib
import random

# name: (asn, kind, [IPv4 CIDRs], [IPv6 /32 heads], share of clients on IPv6)
ISPS: dict[str, tuple[int, str, list[str], list[str], float]] = {
    # France (fixed lines are mostly dual-stack with IPv6 preferred)
    "orange_fr": (3215, "fixed", ["90.0.0.0/9", "86.192.0.0/10", "2.0.0.0/12"], ["2a01:cb00", "2a01:cb10", "2a01:cb14"], 0.78),
    "free_fr": (12322, "fixed", ["78.192.0.0/10", "82.64.0.0/10", "88.160.0.0/11"], ["2a01:e0a", "2a01:e34"], 0.85),
    "sfr_fr": (15557, "fixed", ["77.128.0.0/11", "109.208.0.0/12"], ["2a02:8428", "2a02:842a"], 0.45),
    "bouygues_fr": (5410, "fixed", ["176.128.0.0/10", "89.80.0.0/12"], ["2001:861"], 0.70),
    "orange_fr_mob": (3215, "mobile", ["92.184.96.0/19", "80.215.0.0/16"], ["2a01:cb04"], 0.60),
    "free_mob": (51207, "mobile", ["37.160.0.0/12"], ["2a04:cec0"], 0.65),
    "bouygues_mob": (5410, "mobile", ["37.174.0.0/15"], ["2001:861:c"], 0.40),
    "sfr_mob": (15557, "mobile", ["109.8.0.0/15"], [], 0.0),
    "srr_reunion": (37002, "fixed", ["102.35.0.0/16", "197.157.128.0/17"], [], 0.0),
    "mt_mauritius": (23889, "mobile", ["102.112.0.0/13"], [], 0.0),
    # Portugal
    "meo_pt": (3243, "fixed", ["85.240.0.0/13", "2.80.0.0/12"], ["2001:8a0"], 0.55),
    "nos_pt": (2860, "fixed", ["89.152.0.0/14", "85.138.0.0/15"], ["2a01:14"], 0.35),
    "vodafone_pt": (12353, "mobile", ["148.69.0.0/16", "94.60.0.0/14"], ["2a02:2f00"], 0.30),
    # Maghreb (IPv4, mobile behind carrier-grade NAT)
    "iam_ma": (6713, "fixed", ["105.128.0.0/11", "196.200.128.0/17"], [], 0.03),
    "iam_ma_mob": (6713, "mobile", ["41.140.0.0/14"], [], 0.0),
    "orange_ma_mob": (36925, "mobile", ["105.66.0.0/16", "41.248.0.0/16"], [], 0.0),
    "inwi_ma_mob": (36884, "mobile", ["41.251.0.0/16", "105.71.0.0/16"], [], 0.0),
    "at_dz": (36947, "fixed", ["41.96.0.0/12", "105.96.0.0/12"], [], 0.0),
    "djezzy_dz_mob": (36891, "mobile", ["105.235.128.0/17", "197.112.0.0/13"], [], 0.0),
    "ooredoo_dz_mob": (33779, "mobile", ["197.200.0.0/13"], [], 0.0),
    "ati_tn": (2609, "fixed", ["41.224.0.0/13", "197.0.0.0/12"], [], 0.0),
    "ooredoo_tn_mob": (37693, "mobile", ["197.238.0.0/15"], [], 0.0),
    "orange_tn_mob": (37492, "mobile", ["196.224.0.0/14"], [], 0.0),
    # Lusophone Africa and Madagascar
    "unitel_ao_mob": (37119, "mobile", ["105.168.0.0/13"], [], 0.0),
    "tvcabo_ao": (36907, "fixed", ["41.63.160.0/19", "197.149.144.0/20"], [], 0.0),
    "vodacom_mz_mob": (37223, "mobile", ["41.220.160.0/19", "197.218.0.0/15"], [], 0.0),
    "tdm_mz": (25139, "fixed", ["196.3.96.0/20", "41.94.0.0/16"], [], 0.0),
    "telma_mg_mob": (37054, "mobile", ["41.188.0.0/18", "154.126.0.0/17"], [], 0.0),
    # clouds, VPNs, research networks, security proxies
    "ovh": (16276, "cloud", ["51.68.0.0/16", "51.77.0.0/16", "54.37.0.0/16", "137.74.0.0/16"], ["2001:41d0"], 0.1),
    "scaleway": (12876, "cloud", ["51.15.0.0/16", "163.172.0.0/16", "212.47.224.0/19"], ["2001:bc8"], 0.1),
    "hetzner": (24940, "cloud", ["65.108.0.0/16", "95.216.0.0/16", "168.119.0.0/16", "49.12.0.0/16"], ["2a01:4f8", "2a01:4f9"], 0.15),
    "digitalocean": (14061, "cloud", ["64.226.64.0/18", "164.92.128.0/17", "46.101.0.0/16"], [], 0.0),
    "contabo": (51167, "cloud", ["161.97.0.0/16", "207.180.192.0/18", "185.239.208.0/22"], [], 0.0),
    "aws_paris": (16509, "cloud", ["13.36.0.0/14", "15.236.0.0/15", "35.180.0.0/16"], [], 0.0),
    "azure_gha": (8075, "cloud", ["20.25.0.0/16", "4.175.0.0/16", "52.225.0.0/16", "20.199.0.0/16"], [], 0.0),
    "warp": (13335, "vpn", ["104.28.0.0/16"], ["2a09:bac0", "2a09:bac1"], 0.35),
    "private_relay": (36183, "vpn", ["172.225.0.0/16", "172.226.0.0/16"], ["2a02:26f7"], 0.5),
    "m247": (9009, "vpn", ["37.120.128.0/17", "185.156.172.0/22"], [], 0.0),
    "datacamp": (60068, "vpn", ["156.146.32.0/19", "212.102.32.0/19"], [], 0.0),
    "zscaler": (22616, "corp", ["165.225.0.0/17", "147.161.160.0/19"], [], 0.0),
    "renater": (2200, "edu", ["193.48.0.0/14", "194.57.0.0/16"], ["2001:660"], 0.5),
    "rcts_pt": (1930, "edu", ["193.136.0.0/15"], ["2001:690"], 0.4),
}

# region: (timezone, fixed ISPs with weights, mobile ISPs with weights, share on mobile)
REGIONS: dict[str, tuple[str, dict[str, float], dict[str, float], float]] = {
    "FR": ("paris", {"orange_fr": 4, "free_fr": 3, "sfr_fr": 2, "bouygues_fr": 2},
           {"orange_fr_mob": 4, "free_mob": 3, "bouygues_mob": 2, "sfr_mob": 2}, 0.40),
    "RE": ("reunion", {"srr_reunion": 1}, {"srr_reunion": 1}, 0.50),
    "MU": ("mauritius", {"mt_mauritius": 1}, {"mt_mauritius": 1}, 0.60),
    "PT": ("lisbon", {"meo_pt": 5, "nos_pt": 4}, {"vodafone_pt": 3, "meo_pt": 2}, 0.40),
    "MA": ("casablanca", {"iam_ma": 1}, {"iam_ma_mob": 4, "orange_ma_mob": 3, "inwi_ma_mob": 3}, 0.75),
    "DZ": ("algiers", {"at_dz": 1}, {"djezzy_dz_mob": 5, "ooredoo_dz_mob": 4}, 0.65),
    "TN": ("tunis", {"ati_tn": 1}, {"ooredoo_tn_mob": 5, "orange_tn_mob": 4}, 0.60),
    "AO": ("luanda", {"tvcabo_ao": 1}, {"unitel_ao_mob": 1}, 0.85),
    "MZ": ("maputo", {"tdm_mz": 1}, {"vodacom_mz_mob": 1}, 0.85),
    "MG": ("antananarivo", {"telma_mg_mob": 1}, {"telma_mg_mob": 1}, 0.85),
}

# JA4 of the stacks seen at the edge (browser values as published; the others derived).
_JA4_FIXED = {
    "chrome": "t13d1516h2_8daaf6152771_02713d6af862",
    "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
}
_JA4_SHAPE = {
    "okhttp": "t13d1613h2",
    "cpython-openssl-0": "t13d4312h1", "cpython-openssl-1": "t13d4611h1", "cpython-openssl-2": "t13d4313h1",
    "undici": "t13d1712h1",
    "go": "t13d1311h2", "java": "t13d2413h2", "zscaler": "t13d1412h2", "curl": "t13d3112h1",
}


# requests, httpx and aiohttp all speak TLS through CPython's ssl module: the same
# ClientHello for a given OpenSSL build (variant 0 = OpenSSL 3.0, 1 = 1.1.1, 2 = 3.3).
PYTHON_STACKS = ("httpx", "requests", "aiohttp")
# Chromium browsers share BoringSSL's hello; Apple apps share Safari's.
_SAME_HELLO = {"chrome_android": "chrome", "samsung": "chrome", "cfnetwork": "safari"}


def ja4(stack: str, variant: int = 0) -> str:
    stack = _SAME_HELLO.get(stack, stack)
    if stack in _JA4_FIXED:
        return _JA4_FIXED[stack]
    name = f"cpython-openssl-{variant}" if stack in PYTHON_STACKS else stack
    h = hashlib.blake2b(name.encode(), digest_size=12).hexdigest()
    return f"{_JA4_SHAPE[name]}_{h[:12]}_{h[12:]}"


UAS: dict[str, list[str]] = {
    "chrome": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0"],
    "chrome_linux": ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"],
    "chrome_android": ["Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"],
    "samsung": ["Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36"],
    "firefox": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
                "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0"],
    "safari": ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0.1 Mobile/15E148 Safari/604.1",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15"],
    "okhttp": ["Brume/2.14.0 (Android 14; build 21400) okhttp/4.12.0", "Brume/2.13.2 (Android 13; build 21320) okhttp/4.12.0"],
    "cfnetwork": ["Brume/2.14.0 (iPhone; iOS 18.0.1) CFNetwork/1568.100.1 Darwin/24.0.0"],
    "httpx": ["OpenAI/Python 1.54.3", "OpenAI/Python 1.52.2", "brume-python/0.9.4", "OpenAI/Python 1.51.0"],
    "requests": ["python-requests/2.32.3", "python-requests/2.31.0"],
    "aiohttp": ["Python/3.11 aiohttp/3.9.5"],
    "undici": ["brume-node/0.6.1", "OpenAI/JS 4.67.3", "node"],
    "go": ["Go-http-client/2.0"],
    "java": ["Java-http-client/21.0.4", "langchain4j/0.35.0"],
    "curl": ["curl/8.5.0"],
}


def pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _v4(rng: random.Random, cidr: str) -> str:
    base, bits = cidr.split("/")
    a, b, c, d = (int(x) for x in base.split("."))
    n = (a << 24 | b << 16 | c << 8 | d) + rng.randrange(1, 2 ** (32 - int(bits)) - 1)
    return f"{n >> 24 & 255}.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"


def v4(rng: random.Random, isp: str) -> str:
    return _v4(rng, rng.choice(ISPS[isp][2]))


def v6_prefix(rng: random.Random, isp: str) -> str:
    """A customer's /56 (as four hextets, the last ending in 00)."""
    head = rng.choice(ISPS[isp][3])
    need = 2 - head.count(":")
    parts = [f"{rng.randrange(0x1000, 0xffff):x}" for _ in range(need)]
    last = f"{rng.randrange(0, 256) << 8:x}"
    return f"{head}:{':'.join(parts)}:{last}" if parts else f"{head}:{last}"


def v6_addr(rng: random.Random, prefix56: str) -> str:
    """An address in the /56 with a privacy (temporary) interface id."""
    iid = ":".join(f"{rng.randrange(0, 0x10000):x}" for _ in range(4))
    return f"{prefix56}:{iid}"


def asn(isp: str) -> int:
    return ISPS[isp][0]


class Cgnat:
    """Carrier-grade NAT: each carrier exposes a small pool of public IPv4 addresses
    shared by all its subscribers; a subscriber's address changes between sessions."""

    def __init__(self, seed: int, size: int = 64):
        self.seed, self.size, self.pools = seed, size, {}

    def ip(self, rng: random.Random, isp: str) -> str:
        pool = self.pools.get(isp)
        if pool is None:
            prng = random.Random(f"cgnat:{self.seed}:{isp}")
            pool = self.pools[isp] = [v4(prng, isp) for _ in range(self.size)]
        # a few gateways carry most of the load
        return pool[min(int(rng.expovariate(1 / 12)), self.size - 1)]


class Home:
    """One household or office line: IPv6 /56 (privacy address per day) or a dynamic IPv4."""

    def __init__(self, rng: random.Random, isp: str, v6: bool | None = None):
        self.isp, self.asn = isp, asn(isp)
        share = ISPS[isp][4]
        self.v6 = bool(ISPS[isp][3]) and ((rng.random() < share) if v6 is None else v6)
        self.prefix = v6_prefix(rng, isp) if self.v6 else ""
        self.dynamic = ISPS[isp][1] == "fixed" and not self.v6 and rng.random() < 0.6
        self.base = v4(rng, isp)
        self.salt = rng.randrange(1 << 30)

    def ip(self, day: int) -> str:
        r = random.Random(f"{self.salt}:{day}")
        if self.v6:
            return v6_addr(r, self.prefix)
        return v4(r, self.isp) if self.dynamic and day > 0 else self.base
