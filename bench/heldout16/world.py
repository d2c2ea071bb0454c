"""The heldout16 world: maritime and mainland Southeast Asia.

Clock, countries, real ASNs and prefixes, local time-of-day curves, user agents,
TLS fingerprints and identifier helpers. Standard library only.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import ipaddress
import math
import random

# ---------------------------------------------------------------- clock
# Window starts Thursday 2026-11-19 00:00 UTC (07:00 in Jakarta/Bangkok/Hanoi,
# 08:00 in Manila/Kuala Lumpur/Singapore).  The vendor ships "kestrel-4.5" at
# 15:00 UTC that Thursday: 07:00 in San Francisco, 22:00 WIB/ICT, 23:00 PHT/MYT/SGT,
# i.e. late at night for the whole region.
START = _dt.datetime(2026, 11, 19, 0, 0, tzinfo=_dt.timezone.utc)
START_MS = int(START.timestamp() * 1000)
START_WEEKDAY = START.weekday()  # 3 = Thursday
RELEASE_MS = START_MS + 15 * 3600 * 1000
HOUR = 3600 * 1000
DAY = 24 * HOUR

NEW_MODEL = "kestrel-4.5"
OLD_MODEL = "kestrel-4"
MINI_MODEL = "kestrel-4-mini"

# country -> (UTC offset hours, main languages)
COUNTRIES = {
    "ID": (7, ("id", "en")),   # WIB (Jakarta, Bandung, Surabaya)
    "PH": (8, ("tl", "en")),   # PHT (Manila, Cebu, Davao)
    "VN": (7, ("vi", "en")),   # ICT (Hanoi, Ho Chi Minh City)
    "TH": (7, ("th", "en")),   # ICT (Bangkok, Chiang Mai)
    "MY": (8, ("ms", "en")),   # MYT (Kuala Lumpur, Penang)
    "SG": (8, ("en",)),        # SGT
}
# share of ordinary users by country (population x API adoption)
COUNTRY_MIX = {"ID": 0.30, "PH": 0.22, "VN": 0.18, "TH": 0.13, "MY": 0.09, "SG": 0.08}

# ---------------------------------------------------------------- networks
# asn -> (operator, country, kind, prefixes).  kind: res (fixed broadband),
# mob (mobile, CGNAT), edu (research / campus), biz (enterprise transit),
# cloud, host (VPS / hosting), vpn (consumer VPN exits).
ASNS = {
    # Indonesia
    7713: ("Telkom Indonesia (IndiHome)", "ID", "res", ("36.64.0.0/11", "180.248.0.0/14", "110.136.0.0/13")),
    17974: ("Telkom Indonesia (Astinet)", "ID", "biz", ("103.10.64.0/22", "202.134.0.0/19")),
    23693: ("Telkomsel", "ID", "mob", ("114.120.0.0/13", "182.0.0.0/12")),
    4761: ("Indosat Ooredoo Hutchison", "ID", "mob", ("114.4.0.0/16", "124.195.0.0/16")),
    24203: ("XL Axiata", "ID", "mob", ("112.215.0.0/16", "120.188.0.0/14")),
    17451: ("Biznet Networks", "ID", "res", ("103.28.52.0/22", "180.242.0.0/15")),
    23700: ("Link Net (First Media)", "ID", "res", ("110.137.0.0/16", "139.0.0.0/16")),
    63859: ("MyRepublic Indonesia", "ID", "res", ("103.19.108.0/22", "45.112.124.0/22")),
    # Philippines
    9299: ("PLDT", "PH", "res", ("112.200.0.0/13", "180.190.0.0/16", "124.105.0.0/16")),
    4775: ("Globe Telecom", "PH", "mob", ("112.198.0.0/16", "120.28.0.0/16", "49.145.0.0/16")),
    10139: ("Smart Communications", "PH", "mob", ("110.54.128.0/17", "175.176.0.0/17")),
    17639: ("Converge ICT", "PH", "res", ("175.176.128.0/17", "136.158.0.0/16")),
    # Vietnam
    7552: ("Viettel", "VN", "res", ("27.64.0.0/12", "171.224.0.0/11", "116.96.0.0/12")),
    45899: ("VNPT", "VN", "res", ("113.160.0.0/11", "14.160.0.0/11")),
    18403: ("FPT Telecom", "VN", "res", ("1.52.0.0/14", "42.112.0.0/13", "118.68.0.0/14")),
    131429: ("MobiFone", "VN", "mob", ("42.119.0.0/16", "117.0.0.0/17")),
    # Thailand
    7470: ("True Internet", "TH", "res", ("171.96.0.0/13", "124.120.0.0/14")),
    45758: ("Triple T Broadband (3BB)", "TH", "res", ("110.164.0.0/14", "171.4.0.0/14")),
    131445: ("Advanced Wireless Network (AIS)", "TH", "mob", ("49.228.0.0/14", "223.24.0.0/14")),
    24378: ("Total Access Communication (dtac)", "TH", "mob", ("1.46.0.0/15", "183.88.0.0/16")),
    4621: ("UniNet (Thai research network)", "TH", "edu", ("161.200.0.0/16", "158.108.0.0/16")),
    # Malaysia
    4788: ("TM Net (Unifi)", "MY", "res", ("175.136.0.0/13", "60.48.0.0/13", "115.132.0.0/14")),
    9534: ("Maxis", "MY", "mob", ("115.164.0.0/15", "49.124.0.0/16")),
    10030: ("CelcomDigi (Celcom)", "MY", "mob", ("113.210.0.0/15", "175.143.0.0/16")),
    9930: ("TIME dotCom", "MY", "res", ("202.184.0.0/15", "121.122.0.0/16")),
    24514: ("MYREN", "MY", "edu", ("202.185.0.0/16", "103.6.236.0/22")),
    # Singapore
    3758: ("SingNet (Singtel)", "SG", "res", ("116.86.0.0/15", "118.189.0.0/16")),
    4657: ("StarHub", "SG", "res", ("101.127.0.0/16", "183.90.0.0/17")),
    4773: ("M1", "SG", "mob", ("111.65.32.0/19", "119.56.96.0/19")),
    23855: ("SingAREN", "SG", "edu", ("137.132.0.0/16", "155.69.0.0/16")),
    # clouds and hosting (Singapore / Jakarta regions)
    16509: ("Amazon AWS (ap-southeast-1/-3)", "SG", "cloud", ("13.212.0.0/15", "54.251.0.0/16", "108.136.0.0/15")),
    396982: ("Google Cloud (asia-southeast1/2)", "SG", "cloud", ("34.87.0.0/16", "34.101.0.0/16", "35.240.128.0/17")),
    8075: ("Microsoft Azure (Southeast Asia)", "SG", "cloud", ("20.195.0.0/16", "52.163.0.0/16")),
    45102: ("Alibaba Cloud (ap-southeast-1/5)", "SG", "cloud", ("8.219.0.0/16", "47.74.128.0/17", "149.129.192.0/18")),
    132203: ("Tencent Cloud (Singapore)", "SG", "cloud", ("43.134.0.0/16", "129.226.0.0/17")),
    136907: ("Huawei Cloud (ap-southeast-4 Jakarta)", "ID", "cloud", ("101.46.0.0/17", "94.74.112.0/20")),
    14061: ("DigitalOcean (SGP1)", "SG", "host", ("128.199.64.0/18", "159.89.192.0/18", "167.71.192.0/18")),
    20473: ("Vultr (The Constant Company) SGP", "SG", "host", ("139.180.128.0/18", "45.32.96.0/20", "45.77.32.0/19")),
    136052: ("IDCloudHost", "ID", "host", ("103.127.96.0/22", "103.150.190.0/23")),
    45352: ("IP ServerOne", "MY", "host", ("103.6.196.0/22", "110.4.40.0/21")),
    # consumer VPN exits in Singapore
    9009: ("M247 (VPN exits SG)", "SG", "vpn", ("89.187.162.0/24", "103.107.198.0/24")),
    60068: ("Datacamp / CDN77 (VPN exits SG)", "SG", "vpn", ("138.199.60.0/24", "156.146.57.0/24")),
    147049: ("PacketHub (VPN exits SG)", "SG", "vpn", ("146.70.192.0/24", "185.236.200.0/24")),
}

RES_BY_CC = {cc: [a for a, v in ASNS.items() if v[1] == cc and v[2] == "res"] for cc in COUNTRIES}
MOB_BY_CC = {cc: [a for a, v in ASNS.items() if v[1] == cc and v[2] == "mob"] for cc in COUNTRIES}
EDU_BY_CC = {"TH": [4621], "MY": [24514], "SG": [23855], "ID": [17974], "PH": [9299], "VN": [45899]}


def rand_ip(rng: random.Random, asn: int) -> str:
    net = ipaddress.ip_network(rng.choice(ASNS[asn][3]))
    host = rng.randrange(1, net.num_addresses - 1)
    return str(net.network_address + host)


def rand_ip_in(rng: random.Random, prefix: str) -> str:
    net = ipaddress.ip_network(prefix)
    return str(net.network_address + rng.randrange(1, net.num_addresses - 1))


def subnet24(rng: random.Random, asn: int) -> str:
    """A /24 inside one of the ASN's prefixes."""
    ip = ipaddress.ip_address(rand_ip(rng, asn))
    return str(ipaddress.ip_network(f"{ip}/24", strict=False))


# ---------------------------------------------------------------- time curves
# 24 local-hour weights.  Lunch dips, Friday-prayer dip for ID/MY, late nights
# typical for the region's students and gig workers.
CURVES = {
    "consumer": [3, 2, 1, .6, .4, .5, 1.2, 2.5, 3.5, 4, 4.5, 4.8, 4.5, 4.3, 4.4, 4.6, 4.8, 5, 5.5, 6.5, 7.5, 8, 7, 5],
    "office": [.3, .2, .1, .1, .1, .2, .6, 2.5, 6, 8, 8.5, 8, 4.5, 6.5, 8, 8, 7.5, 5.5, 3, 2, 1.5, 1.2, .8, .5],
    "student": [4, 2.5, 1.2, .5, .3, .4, 1, 3, 5, 5.5, 5.5, 4.5, 4, 5, 5.5, 5.5, 5, 4.5, 5, 6.5, 8, 9, 8, 6],
    "night_shift": [8, 8, 7.5, 6, 6, 4, 2, 1, .6, .4, .3, .3, .3, .3, .4, .5, .8, 1.5, 3, 5, 7, 8, 8, 8],  # BPO serving US days
    "evening": [2, 1, .5, .3, .2, .3, .8, 1.5, 2, 2.5, 3, 3.5, 3.5, 3, 3, 3.5, 4, 5, 7, 9, 10, 9, 7, 4],
    "school": [.1, .1, .1, .1, .1, .3, 2, 7, 9, 9, 8.5, 7, 6, 7, 6, 4, 3, 3, 4, 5.5, 5.5, 4, 1.5, .4],
    "flat": [1] * 24,
    "batch": [1.4, 1.5, 1.5, 1.4, 1.2, 1, 1, .9, .9, .9, .9, .9, .8, .9, .9, .9, .9, .9, .9, 1, 1, 1.1, 1.2, 1.3],
}
WEEKEND = {"consumer": 1.15, "office": 0.2, "student": 0.8, "night_shift": 0.5, "evening": 1.2,
           "school": 0.05, "flat": 1.0, "batch": 1.0}


def local_weekday(utc_ms: int, tz: int) -> int:
    days = (utc_ms - START_MS + tz * HOUR) // DAY
    return (START_WEEKDAY + days) % 7


class HourDist:
    """Distribution over UTC hours of the window, from a local curve."""

    def __init__(self, curve: str, tz: int, days: int, boost=None, friday_prayer=False, after=None, before=None):
        self.n = days * 24
        self.cum = []
        tot = 0.0
        w24 = CURVES[curve]
        for h in range(self.n):
            t = START_MS + h * HOUR
            lh = (h + tz) % 24
            wd = local_weekday(t, tz)
            w = w24[lh]
            if wd >= 5:
                w *= WEEKEND[curve]
            if friday_prayer and wd == 4 and lh == 12:
                w *= 0.35
            if boost is not None:
                w *= boost(t)
            if after is not None and t + HOUR <= after:
                w = 0.0
            if before is not None and t >= before:
                w = 0.0
            tot += w
            self.cum.append(tot)
        self.total = tot
        self.after = after

    def sample(self, rng: random.Random) -> int:
        if self.total <= 0:
            return START_MS + rng.randrange(self.n * HOUR)
        h = bisect.bisect_right(self.cum, rng.random() * self.total)
        h = min(h, self.n - 1)
        t = START_MS + h * HOUR + rng.randrange(HOUR)
        if self.after is not None and t < self.after:
            t = self.after + rng.randrange(20 * 60 * 1000)
        return t


def release_boost(factor: float, half_life_h: float = 10.0, delay_h: float = 0.0):
    """Multiplier > 1 after the release, decaying."""
    def f(t: int) -> float:
        dt = (t - RELEASE_MS) / HOUR - delay_h
        if dt < 0:
            return 1.0
        return 1.0 + (factor - 1.0) * math.exp(-dt / half_life_h)
    return f


# ---------------------------------------------------------------- clients
def _hex(s: str, n: int) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def ja4(stack: str) -> str:
    """A JA4-style TLS client fingerprint for a software stack (shared by all its users)."""
    head = {"chrome": "t13d1516h2", "safari": "t13d2014h2", "firefox": "t13d1715h2", "okhttp": "t13d1812h2",
            "python": "t13d1812h2", "node": "t13d1311h2", "go": "t13d1110h2", "curl": "t13d3112h2",
            "dart": "t13d1410h2", "java": "t13d1712h2", "rust": "t13d1011h2"}[stack.split("-")[0]]
    return f"{head}_{_hex(stack + 'c', 12)}_{_hex(stack + 'e', 12)}"


UA = {
    "chrome_win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "chrome_mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "edge_win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "chrome_android": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "safari_ios": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "firefox_linux": "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "py_sdk": "kestrel-python/1.40.2",
    "py_sdk_old": "kestrel-python/1.31.0",
    "node_sdk": "kestrel-node/4.8.0",
    "requests": "python-requests/2.32.3",
    "httpx": "python-httpx/0.27.2",
    "aiohttp": "Python/3.11 aiohttp/3.10.10",
    "axios": "axios/1.7.7",
    "go": "Go-http-client/2.0",
    "curl": "curl/8.5.0",
    "dart": "Dart/3.5 (dart:io)",
    "okhttp": "okhttp/4.12.0",
    "langchain": "kestrel-python/1.40.2 langchain-kestrel/0.2.4",
    "vscode": "kestrel-vscode/1.9.3 VSCode/1.95.3 (win32; x64)",
    "jetbrains": "kestrel-jetbrains/0.14.1 IntelliJ/2024.3",
    "lm_eval": "lm-eval-harness/0.4.5 kestrel-python/1.40.2",
    "postman": "PostmanRuntime/7.42.0",
    "java": "Java-http-client/21.0.5",
}
# UA key -> TLS stack
STACK = {
    "chrome_win": "chrome-131", "chrome_mac": "chrome-131", "edge_win": "chrome-131", "chrome_android": "chrome-131a",
    "safari_ios": "safari-18", "firefox_linux": "firefox-132", "py_sdk": "python-3.12-ossl3", "py_sdk_old": "python-3.10-ossl1",
    "node_sdk": "node-20", "requests": "python-3.11-ossl3", "httpx": "python-3.12-ossl3", "aiohttp": "python-3.11-ossl3",
    "axios": "node-18", "go": "go-1.22", "curl": "curl-8", "dart": "dart-3.5", "okhttp": "okhttp-4", "langchain": "python-3.12-ossl3",
    "vscode": "node-20e", "jetbrains": "java-21", "lm_eval": "python-3.11-ossl3", "postman": "node-18p", "java": "java-21",
}
BROWSERS = ("chrome_win", "chrome_mac", "edge_win", "chrome_android", "safari_ios", "firefox_linux")
PHONES = ("SM-A155F", "SM-A256E", "Redmi Note 13", "2312DRA50G", "CPH2591", "V2315", "RMX3834", "Infinix X6833B",
          "TECNO KJ5", "SM-S921B", "Pixel 8a", "SM-A057F")
IOS = ("iPhone14,7", "iPhone15,4", "iPhone16,1", "iPhone13,2", "iPhone17,3")


def app_ua(rng: random.Random) -> str:
    if rng.random() < 0.78:
        return f"KestrelChat/3.12.{rng.choice((1, 1, 1, 0, 2))} (Android {rng.choice((12, 13, 14, 14, 15))}; {rng.choice(PHONES)})"
    return f"KestrelChat/3.12.1 (iOS {rng.choice(('17.6', '18.0', '18.1', '18.1'))}; {rng.choice(IOS)})"


def device_for(rng: random.Random, ua_key: str, install: bool) -> str:
    """device_id in this world: `inst_<16hex>` when a first-party SDK/app/web console
    sends its install id, else the JA4 TLS fingerprint of the client stack."""
    if install:
        return "inst_" + f"{rng.getrandbits(64):016x}"
    return "ja4_" + ja4(STACK[ua_key])


# ---------------------------------------------------------------- ids
_B32 = "abcdefghijkmnpqrstuvwxyz23456789"


def rid(rng: random.Random, n: int = 14) -> str:
    return "".join(rng.choice(_B32) for _ in range(n))


def card_fp(rng: random.Random) -> str:
    return "card_" + f"{rng.getrandbits(64):016x}"


EWALLETS = {"ID": ("gopay", "ovo", "dana", "shopeepay"), "PH": ("gcash", "maya"), "VN": ("momo", "zalopay"),
            "TH": ("truemoney", "promptpay"), "MY": ("tng", "grabpay", "boost"), "SG": ("grabpay", "paynow")}
CARRIER = {23693: "telkomsel", 4761: "indosat", 24203: "xl", 4775: "globe", 10139: "smart", 131445: "ais",
           24378: "dtac", 9534: "maxis", 10030: "celcom", 4773: "m1", 131429: "mobifone"}


def wallet_fp(rng: random.Random, cc: str) -> str:
    return f"ewallet_{rng.choice(EWALLETS[cc])}_{rng.getrandbits(48):012x}"


def consumer_payment(rng: random.Random, cc: str) -> str:
    r = rng.random()
    if cc == "SG":
        return card_fp(rng) if r < 0.85 else wallet_fp(rng, cc)
    return card_fp(rng) if r < 0.45 else wallet_fp(rng, cc)


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def pick_country(rng: random.Random, mix=COUNTRY_MIX) -> str:
    r = rng.random() * sum(mix.values())
    for cc, w in mix.items():
        r -= w
        if r <= 0:
            return cc
    return "ID"
