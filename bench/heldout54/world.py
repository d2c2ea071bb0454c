"""Savanna AI world: window, launches, networks (ASNs, CGNAT pools), clients, time curves."""
from __future__ import annotations

import hashlib
import random

W0 = 1794873600000  # 2026-11-17T00:00:00Z (Tuesday); EAT = UTC+3
DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
EAT = 3
LAUNCH_A = W0 + 7 * HOUR            # savanna-2 GA, 10:00 EAT day 1
LAUNCH_B = W0 + DAY + 13 * HOUR     # savanna-2-reasoner, 16:00 EAT day 2
OLD_MODELS = ("savanna-1.5", "savanna-1.5-mini", "savanna-1.5-reasoner")


def rng_for(seed: int, *names: object) -> random.Random:
    h = hashlib.sha256(("|".join([str(seed)] + [str(n) for n in names])).encode()).digest()
    return random.Random(int.from_bytes(h[:16], "big"))


def hexid(rng: random.Random, n: int = 12) -> str:
    return "%0*x" % (n, rng.getrandbits(4 * n))


B32 = "abcdefghijklmnopqrstuvwxyz234567"


def b32id(rng: random.Random, n: int = 14) -> str:
    return "".join(B32[rng.getrandbits(5)] for _ in range(n))


# name: (asn, kind, v4 /16 prefixes, v6 /32 prefix or None, CGNAT pool size)
NETS = {
    "saf_mobile": (33771, "mobile", ["105.160", "105.161", "105.163", "105.165", "41.90", "197.248"], "2c0f:fe38", 2500),
    "saf_fibre": (33771, "fibre", ["102.215", "102.216", "197.232"], None, 0),
    "airtel_ke": (36926, "mobile", ["41.80", "41.81", "102.0"], None, 900),
    "telkom_ke": (12455, "mobile", ["154.76", "154.77"], None, 300),
    "zuku": (15808, "fibre", ["197.237", "102.68"], None, 0),
    "faiba": (37061, "fibre", ["41.212", "102.135"], None, 0),
    "liquid_ke": (30844, "corp", ["41.204", "196.201"], None, 0),
    "kenet": (36914, "uni", ["197.136", "197.156"], None, 24),
    "mtn_ug": (20294, "mobile", ["102.85", "41.210", "102.86"], None, 1200),
    "airtel_ug": (37075, "mobile", ["41.75", "102.134"], None, 600),
    "renu": (327687, "uni", ["196.43"], None, 10),
    "voda_tz": (36908, "mobile", ["41.59", "197.250"], None, 900),
    "airtel_tz": (37133, "mobile", ["41.222", "156.158"], None, 600),
    "ttcl": (33765, "fibre", ["41.188"], None, 0),
    "mtn_rw": (36924, "mobile", ["105.178", "41.186"], None, 400),
    "ethio": (24757, "mobile", ["196.188", "196.189", "196.190", "197.157"], None, 1500),
    "ethio_fixed": (24757, "fibre", ["213.55", "196.191"], None, 0),
    "saf_et": (328988, "mobile", ["102.213"], None, 200),
    "aws": (16509, "cloud", ["13.244", "13.245", "13.246", "3.248", "52.17"], None, 0),
    "gcp": (396982, "cloud", ["34.35", "35.199"], None, 0),
    "azure": (8075, "cloud", ["20.87", "102.37", "4.222"], None, 0),
    "hetzner": (24940, "cloud", ["95.216", "65.108", "5.161"], None, 0),
    "digitalocean": (14061, "cloud", ["164.90", "143.198", "159.223"], None, 0),
    "contabo": (51167, "cloud", ["161.97", "173.212"], None, 0),
    "truehost": (328217, "cloud", ["102.210"], None, 0),
    "m247": (9009, "vpn", ["37.120", "89.187", "146.70"], None, 0),
    "datacamp": (60068, "vpn", ["185.156", "84.17", "156.146"], None, 0),
    "mullvad": (39351, "vpn", ["193.138", "185.65"], None, 0),
    "comcast": (7922, "fibre", ["73.12", "98.207", "24.61"], None, 0),
    "bt": (2856, "fibre", ["81.156", "86.176"], None, 0),
    "dtag": (3320, "fibre", ["79.204", "91.54"], None, 0),
    "etisalat": (5384, "mobile", ["94.200", "86.98"], None, 300),
    "stc": (25019, "mobile", ["51.39", "95.186"], None, 300),
}


class Network:
    def __init__(self, seed: int):
        self.seed = seed
        self.pools: dict[str, list[str]] = {}
        for name, (_asn, _k, pfx, v6, pool) in NETS.items():
            if pool:
                r = rng_for(seed, "pool", name)
                self.pools[name] = [self.fresh(r, name) for _ in range(pool)]

    def asn(self, name: str) -> int:
        return NETS[name][0]

    def fresh(self, r: random.Random, name: str) -> str:
        """A random address inside the net (home line, cloud VM, proxy exit)."""
        _asn, _k, pfx, v6, _p = NETS[name]
        if v6 and r.random() < 0.25:
            return "%s:%x:%x::%x" % (v6, r.getrandbits(16), r.getrandbits(16), r.getrandbits(16))
        return "%s.%d.%d" % (r.choice(pfx), r.randrange(256), r.randrange(1, 255))

    def cgnat(self, r: random.Random, name: str, hot: float = 0.0) -> str:
        """Mobile CGNAT: a public address shared by many subscribers; 'hot' favours busy exits."""
        pool = self.pools[name]
        if hot and r.random() < hot:
            return pool[int(len(pool) * r.random() ** 3)]
        return r.choice(pool)


def pick_w(r: random.Random, items):
    """items: list of (value, weight)."""
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for v, w in items:
        x -= w
        if x < 0:
            return v
    return items[-1][0]


# Local-hour (EAT) activity curves, 24 weights each.
CURVES = {
    "mobile": [3, 2, 1, 1, 1, 2, 4, 6, 7, 7, 7, 8, 9, 9, 8, 8, 8, 9, 11, 13, 14, 13, 10, 6],
    "student": [5, 2, 1, 1, 1, 3, 5, 5, 3, 3, 3, 4, 5, 5, 4, 5, 7, 10, 13, 16, 17, 16, 13, 9],
    "office": [0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 1, 4, 10, 12, 12, 11, 8, 10, 11, 11, 10, 7, 3, 2, 1.5, 1, 0.7, 0.4],
    "dev": [2, 1, 0.6, 0.4, 0.4, 0.6, 1, 3, 7, 10, 11, 10, 8, 9, 10, 10, 9, 7, 6, 6, 6, 5, 4, 3],
    "flat": [1] * 24,
    "app": [3, 2, 1.5, 1, 1, 2, 4, 6, 8, 9, 9, 9, 10, 10, 9, 9, 9, 10, 11, 12, 12, 10, 7, 5],
    "us_east": [12, 13, 13, 12, 10, 8, 6, 4, 2, 1, 1, 1, 1, 2, 3, 5, 7, 8, 9, 10, 10, 10, 11, 12],
    "gulf": [4, 2, 1, 1, 1, 2, 3, 5, 6, 6, 6, 6, 7, 7, 7, 8, 9, 10, 11, 11, 10, 9, 7, 5],
    "shift": [0, 0, 0, 0, 0, 0, 0, 2, 10, 12, 12, 11, 4, 9, 12, 12, 11, 6, 0, 0, 0, 0, 0, 0],
}


def when(r: random.Random, curve: str, lo: int = W0, hi: int = W0 + 2 * DAY) -> int:
    """One timestamp (ms) in [lo, hi) following a local-hour curve."""
    c = CURVES[curve]
    for _ in range(200):
        t = lo + int(r.random() * (hi - lo))
        h = ((t - W0) // HOUR + EAT) % 24
        if r.random() * 17.0 < c[h]:
            return t
    return lo + int(r.random() * (hi - lo))


def sessions(r: random.Random, n_sess: int, curve: str, per: tuple[int, int], gap_s: tuple[float, float],
             lo: int = W0, hi: int = W0 + 2 * DAY) -> list[int]:
    out: list[int] = []
    for _ in range(n_sess):
        t = when(r, curve, lo, hi)
        for _ in range(r.randint(*per)):
            out.append(t)
            t += int(1000 * r.uniform(*gap_s) * (0.5 + r.random()))
    return sorted(x for x in out if lo <= x < hi)


PHONES = ["TECNO KI5q", "TECNO Spark 20", "Infinix X6831", "Infinix HOT 40i", "itel A70", "itel P55",
          "SM-A145F", "SM-A055F", "SM-A245F", "Redmi Note 13", "Neon Ray Pro", "Nokia C32", "Pixel 7a",
          "iPhone14,5", "iPhone15,2", "OPPO A58", "vivo Y17s"]
SDK_FP = {  # TLS/client fingerprints shared by everybody using the same library build
    "python-httpx": "t13d1812h2_e8a523a41297_b6b9b2b1c8f0",
    "python-requests": "t13d1711h1_5b57614c22b0_3d5424432f57",
    "node": "t13d5212h2_b262b3658495_8e6e362c5eac",
    "go": "t13d1311h2_f57a46bbacb6_ab7e3b40a677",
    "curl": "t13d3112h2_e8f1e7e78f70_6bebaf5329ac",
    "okhttp": "t13d1516h2_8daaf6152771_02713d6af862",
}
SDK_UA = {
    "python-httpx": ["savanna-python/1.9.2", "OpenAI/Python 1.54.3", "python-httpx/0.27.2", "savanna-python/1.8.0"],
    "python-requests": ["python-requests/2.32.3", "python-requests/2.31.0"],
    "node": ["savanna-node/2.3.1", "OpenAI/JS 4.71.0", "node-fetch/1.0", "undici"],
    "go": ["Go-http-client/2.0", "savanna-go/0.6.1"],
    "curl": ["curl/8.5.0", "curl/7.81.0"],
    "okhttp": ["okhttp/4.12.0"],
}
BROWSERS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
            "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36"]


def app_ua(r: random.Random, phone: str | None = None) -> str:
    phone = phone or r.choice(PHONES)
    if phone.startswith("iPhone"):
        return "SavannaChat/3.%d.%d (iOS 17.%d; %s)" % (r.choice([4, 5]), r.randrange(4), r.randrange(7), phone)
    return "SavannaChat/3.%d.%d (Android %d; %s)" % (r.choice([3, 4, 5]), r.randrange(4), r.choice([11, 12, 13, 14]), phone)


def mobile_web_ua(phone: str) -> str:
    return ("Mozilla/5.0 (Linux; Android 13; %s) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/130.0.6723.107 Mobile Safari/537.36" % phone)


def sdk(r: random.Random, lib: str | None = None) -> tuple[str, str]:
    lib = lib or pick_w(r, [("python-httpx", 5), ("python-requests", 2), ("node", 3), ("go", 1), ("curl", 0.3)])
    return r.choice(SDK_UA[lib]), SDK_FP[lib]


def model_for(r: random.Random, t: int, style: str) -> str:
    """Model choice by time and user style: new models get adopted at different speeds."""
    a = t >= LAUNCH_A
    b = t >= LAUNCH_B
    hrs = max(0, (t - LAUNCH_A) / HOUR)
    if style == "casual":
        p2 = min(0.45, 0.05 + hrs * 0.02) if a else 0
        return "savanna-2" if r.random() < p2 else ("savanna-1.5-mini" if r.random() < 0.75 else "savanna-1.5")
    if style == "dev":
        if b and r.random() < 0.3:
            return "savanna-2-reasoner"
        if a and r.random() < min(0.7, 0.2 + hrs * 0.04):
            return "savanna-2"
        return pick_w(r, [("savanna-1.5", 5), ("savanna-1.5-mini", 3), ("savanna-1.5-reasoner", 2)])
    if style == "pinned":
        return "savanna-1.5-mini"
    if style == "reason":
        if b and r.random() < 0.85:
            return "savanna-2-reasoner"
        if a and r.random() < 0.6:
            return "savanna-2"
        return "savanna-1.5-reasoner" if r.random() < 0.7 else "savanna-1.5"
    if style == "newest":
        return "savanna-2-reasoner" if b else ("savanna-2" if a else "savanna-1.5")
    return "savanna-1.5"
