"""Static facts of the heldout7 world: clock, geography, networks, clients.

Everything here is either a constant or a pure function of a random.Random that
the caller owns, so the generator stays byte-deterministic per seed.
"""
from __future__ import annotations

import calendar
import hashlib
import math
import random
import time

# --------------------------------------------------------------------------- clock
# The trace starts on Friday 2026-05-15 00:00:00 UTC.
T0 = calendar.timegm((2026, 5, 15, 0, 0, 0, 0, 0, 0)) * 1000
HOUR = 3_600_000
MIN = 60_000
SEC = 1000
DAY = 24 * HOUR
T0_WEEKDAY = 4  # Monday = 0 -> Friday

# The new flagship "orca-5" goes live Friday 23:07 UTC: 20:07 in Sao Paulo,
# 01:07 Saturday in Madrid, 02:07 Saturday in Nairobi. A late-Friday launch.
RELEASE = T0 + 23 * HOUR + 7 * MIN

MODELS_OLD = ("orca-4", "orca-4-mini")
NEW_MODEL = "orca-5"
EMBED_MODEL = "orca-embed-2"

EP_CHAT = "/v1/chat/completions"      # public API
EP_RESP = "/v1/responses"             # public API, tool-calling agents
EP_EMB = "/v1/embeddings"
EP_APP = "/chat/conversation"         # first-party web / mobile / desktop apps


def weekday(ms: int) -> int:
    return (T0_WEEKDAY + (ms - T0) // DAY) % 7


def rfc3339(ms: int) -> str:
    s, r = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03dZ" % r


def sub_seed(seed: int, name: str) -> int:
    """A stable per-population seed (no hash() of strings)."""
    return int.from_bytes(hashlib.sha256(f"heldout7|{seed}|{name}".encode()).digest()[:8], "big")


def hexid(rng: random.Random, prefix: str, nbits: int = 64) -> str:
    return "%s%0*x" % (prefix, nbits // 4, rng.getrandbits(nbits))


def uuid4(rng: random.Random, upper: bool = False) -> str:
    h = "%032x" % rng.getrandbits(128)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"
    return u.upper() if upper else u


def lognorm(rng: random.Random, median: float, sigma: float, lo: float = 0, hi: float = 1e12) -> float:
    return min(hi, max(lo, median * math.exp(rng.gauss(0, sigma))))


def pick_w(rng: random.Random, items, weights):
    return rng.choices(items, weights)[0]


# --------------------------------------------------------------------------- diurnal profiles (local hour 0..23)
PROFILES = {
    # people on phones and laptops in their own time
    "consumer": [3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 9, 9, 8, 8, 9, 10, 11, 12, 13, 13, 10, 6],
    # office workers
    "office": [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 7, 11, 12, 11, 7, 9, 11, 11, 10, 7, 3, 1.5, 1, 0.8, 0.6, 0.4],
    # developers: late mornings through late evenings
    "dev": [4, 2.5, 1.5, 0.8, 0.5, 0.5, 0.8, 1.5, 3.5, 6, 8, 9, 8, 9, 10, 10, 9, 8, 7, 7, 8, 8, 7, 6],
    # students: afternoons and nights
    "student": [5, 3, 1.5, 0.7, 0.4, 0.4, 0.8, 2, 4, 5, 6, 7, 7, 8, 9, 10, 11, 11, 12, 13, 14, 13, 11, 8],
    # an end-user product whose users are consumers (smoother than one person)
    "product": [4, 3, 2, 1.5, 1.5, 2, 3, 5, 7, 8, 9, 9, 9, 9, 9, 9, 9, 10, 10, 11, 11, 10, 8, 6],
    "flat": [1] * 24,
}
DAY_FACTOR = {  # by weekday, Monday = 0
    "consumer": [1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.15],
    "office": [1.0, 1.0, 1.0, 1.0, 0.9, 0.12, 0.08],
    "dev": [1.0, 1.0, 1.0, 1.0, 0.95, 0.65, 0.6],
    "student": [1.0, 1.0, 1.0, 1.0, 0.9, 1.05, 1.2],
    "product": [1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9],
    "flat": [1.0] * 7,
}


def utc_hour_weights(profile: str, tz: float) -> list[float]:
    """Weights over UTC hours for a population living at UTC+tz."""
    p = PROFILES[profile]
    off = int(round(tz))
    return [p[(h + off) % 24] for h in range(24)]


def sample_in_day(rng: random.Random, day0: int, hw: list[float]) -> int:
    h = rng.choices(range(24), hw)[0]
    return day0 + h * HOUR + rng.randrange(HOUR)


def local_dayfactor(profile: str, day0: int, tz: float) -> float:
    # weekday at local noon of that UTC day
    return DAY_FACTOR[profile][weekday(day0 + 12 * HOUR + int(tz * HOUR))]


def sessions(rng: random.Random, day0: int, hw: list[float], n: int, mean_len: float,
             gap_median_s: float, gap_sigma: float = 0.6) -> list[list[int]]:
    """n request times grouped in sessions: a session starts at a profile-weighted
    moment and its requests follow each other after a think/read gap."""
    out: list[list[int]] = []
    left = n
    while left > 0:
        t = sample_in_day(rng, day0, hw)
        k = min(left, int(rng.expovariate(1 / mean_len)) + 1)
        s = []
        for _ in range(k):
            s.append(t)
            t += int(lognorm(rng, gap_median_s, gap_sigma, 2, 3600) * SEC) + rng.randrange(SEC)
        out.append(s)
        left -= k
    return out


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 60:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


# --------------------------------------------------------------------------- networks
# asn -> (name, kind, [(first octet, second-octet lo, hi)], ipv6 /32-ish prefix or None)
ASNS: dict[int, tuple] = {
    # Brazil
    28573: ("Claro NXT", "mobile", [(177, 32, 63), (179, 208, 223), (189, 0, 63)], "2804:14c"),
    26599: ("Telefonica Brasil (Vivo)", "mobile", [(177, 64, 95), (191, 176, 191), (201, 40, 47)], "2804:18"),
    26615: ("TIM Brasil", "mobile", [(179, 240, 255), (187, 90, 95)], "2804:214"),
    18881: ("Vivo Fibra (GVT)", "fixed", [(177, 8, 15), (179, 176, 191), (191, 250, 255)], "2804:7f0"),
    4230: ("Embratel", "business", [(200, 160, 191), (200, 244, 247)], "2804:a8"),
    # Mexico
    28403: ("Radiomovil Dipsa (Telcel)", "mobile", [(187, 184, 191), (189, 216, 223)], "2806:10a6"),
    8151: ("Uninet (Telmex)", "fixed", [(187, 128, 159), (189, 128, 191), (201, 96, 127)], "2806:2f0"),
    # Argentina
    22927: ("Telefonica de Argentina", "mobile", [(181, 0, 31), (186, 128, 143)], "2800:810"),
    7303: ("Telecom Argentina", "fixed", [(181, 44, 47), (190, 16, 31), (201, 212, 215)], "2800:40"),
    # Colombia
    10620: ("Comcel (Claro Colombia)", "mobile", [(181, 48, 63), (186, 80, 95), (191, 95, 95)], "2800:e2"),
    13489: ("EPM Telecomunicaciones (Tigo)", "fixed", [(181, 128, 143), (190, 248, 255)], "2803:1800"),
    # Chile
    27651: ("Entel Chile", "mobile", [(186, 10, 11), (190, 160, 163)], "2800:150"),
    7418: ("Telefonica Chile", "fixed", [(186, 104, 107), (190, 20, 23)], "2800:300"),
    # Spain
    12430: ("Vodafone Spain", "mobile", [(88, 28, 31), (95, 16, 23)], "2a02:9000"),
    3352: ("Telefonica de Espana", "fixed", [(80, 24, 39), (83, 32, 63), (88, 0, 27)], "2a0c:5a80"),
    12479: ("Orange Espagne", "fixed", [(81, 32, 47), (90, 160, 175)], "2a01:c50"),
    # Portugal
    3243: ("MEO", "fixed", [(85, 240, 247), (89, 152, 159), (94, 60, 63)], "2001:8a0"),
    2860: ("NOS Comunicacoes", "mobile", [(85, 138, 139), (188, 80, 83)], "2a01:14"),
    # Germany
    3320: ("Deutsche Telekom", "fixed", [(79, 192, 255), (84, 128, 191), (91, 0, 63)], "2003"),
    3209: ("Vodafone GmbH", "mobile", [(88, 64, 79), (92, 72, 79), (188, 96, 111)], "2a02:8108"),
    # Poland
    5617: ("Orange Polska", "fixed", [(83, 0, 31), (89, 64, 79), (109, 173, 175)], "2a01:110"),
    12912: ("T-Mobile Polska", "mobile", [(37, 7, 7), (89, 228, 231)], "2a00:f41"),
    # France
    3215: ("Orange France", "fixed", [(86, 192, 255), (90, 0, 127), (92, 128, 191)], "2a01:cb00"),
    12322: ("Free SAS", "fixed", [(78, 192, 255), (82, 64, 127), (88, 160, 191)], "2a01:e0a"),
    # Nigeria
    29465: ("MTN Nigeria", "mobile", [(102, 89, 89), (105, 112, 127), (197, 210, 211)], "2c0f:f5c0"),
    36873: ("Airtel Networks Nigeria", "mobile", [(102, 90, 90), (105, 176, 191), (197, 211, 211)], "2c0f:f7a8"),
    37148: ("Globacom", "mobile", [(105, 112, 112), (197, 149, 149)], None),
    # Kenya
    33771: ("Safaricom", "mobile", [(41, 80, 95), (105, 160, 167), (197, 232, 239)], "2c0f:fe38"),
    36926: ("Airtel Kenya", "mobile", [(41, 90, 90), (105, 48, 51)], None),
    30844: ("Liquid Telecom", "business", [(41, 204, 207), (102, 0, 7), (197, 136, 139)], "2c0f:feb0"),
    # South Africa
    29975: ("Vodacom", "mobile", [(41, 0, 15), (105, 224, 239), (169, 0, 31)], "2c0f:f4c0"),
    37457: ("Telkom SA", "fixed", [(41, 144, 159), (105, 240, 255), (197, 184, 191)], "2c0f:f720"),
    # Egypt
    8452: ("TE Data", "fixed", [(41, 32, 47), (156, 192, 223), (197, 32, 63)], "2c0f:fc88"),
    24835: ("Vodafone Egypt", "mobile", [(41, 64, 79), (102, 40, 47)], None),
    # Senegal
    8346: ("Sonatel", "mobile", [(41, 82, 83), (154, 124, 127)], "2c0f:f0a8"),
    # clouds and hosting
    16509: ("Amazon AWS", "cloud", [(3, 64, 255), (18, 128, 255), (52, 0, 95), (54, 64, 255)], None),
    396982: ("Google Cloud", "cloud", [(34, 0, 255), (35, 184, 247)], None),
    8075: ("Microsoft Azure", "cloud", [(4, 150, 255), (20, 0, 255), (40, 64, 127)], None),
    24940: ("Hetzner Online", "hosting", [(65, 21, 21), (95, 216, 217), (135, 181, 181), (167, 235, 235)], None),
    16276: ("OVH", "hosting", [(51, 68, 91), (54, 36, 39), (141, 94, 95)], None),
    14061: ("DigitalOcean", "hosting", [(134, 209, 209), (159, 65, 65), (167, 71, 71), (206, 189, 189)], None),
    63949: ("Akamai Connected Cloud (Linode)", "hosting", [(45, 33, 33), (139, 162, 162), (172, 104, 105)], None),
}

COUNTRIES = {
    # cc: tz (May), [(lang, w)], mobile asns, fixed asns, share of mobile traffic on IPv6
    "BR": (-3, [("pt", 0.93), ("en", 0.07)], [28573, 26599, 26615], [18881, 26599, 28573], 0.75),
    "MX": (-6, [("es", 0.9), ("en", 0.1)], [28403], [8151], 0.55),
    "AR": (-3, [("es", 0.92), ("en", 0.08)], [22927], [7303], 0.35),
    "CO": (-5, [("es", 0.92), ("en", 0.08)], [10620], [13489], 0.4),
    "CL": (-4, [("es", 0.9), ("en", 0.1)], [27651], [7418], 0.4),
    "ES": (2, [("es", 0.9), ("en", 0.1)], [12430], [3352, 12479], 0.45),
    "PT": (1, [("pt", 0.85), ("en", 0.15)], [2860], [3243], 0.45),
    "DE": (2, [("de", 0.8), ("en", 0.2)], [3209], [3320], 0.65),
    "PL": (2, [("pl", 0.8), ("en", 0.2)], [12912], [5617], 0.4),
    "FR": (2, [("fr", 0.88), ("en", 0.12)], [3215], [3215, 12322], 0.7),
    "NG": (1, [("en", 1.0)], [29465, 36873, 37148], [29465], 0.6),
    "KE": (3, [("en", 0.6), ("sw", 0.4)], [33771, 36926], [30844, 33771], 0.6),
    "ZA": (2, [("en", 1.0)], [29975], [37457], 0.35),
    "EG": (3, [("ar", 0.6), ("en", 0.4)], [24835], [8452], 0.2),
    "SN": (0, [("fr", 1.0)], [8346], [8346], 0.3),
}
CONSUMER_MIX = [("BR", 24), ("MX", 11), ("AR", 6), ("CO", 6), ("CL", 3), ("ES", 9), ("PT", 4), ("DE", 6),
                ("PL", 5), ("FR", 5), ("NG", 8), ("KE", 6), ("ZA", 4), ("EG", 2), ("SN", 1)]


def pick_country(rng: random.Random, mix=CONSUMER_MIX) -> str:
    return rng.choices([c for c, _ in mix], [w for _, w in mix])[0]


def pick_lang(rng: random.Random, cc: str) -> str:
    langs = COUNTRIES[cc][1]
    return rng.choices([l for l, _ in langs], [w for _, w in langs])[0]


def ipv4_in(rng: random.Random, asn: int) -> str:
    a, lo, hi = rng.choice(ASNS[asn][2])
    return f"{a}.{rng.randint(lo, hi)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def ipv6_prefix64(rng: random.Random, asn: int) -> str:
    p = ASNS[asn][3]
    groups = p.split(":")
    while len(groups) < 4:
        groups.append("%x" % rng.randrange(1, 0x10000))
    return ":".join(groups)


def ipv6_host(rng: random.Random, prefix64: str) -> str:
    return prefix64 + ":" + ":".join("%x" % rng.randrange(0x10000) for _ in range(4))


class Net:
    """Shared network facts of the world: carrier CGNAT pools (mobile IPv4 shared by
    thousands of subscribers), so unrelated people collide on the same address."""

    def __init__(self, rng: random.Random):
        self.cgnat: dict[int, list[str]] = {}
        for asn in sorted(ASNS):
            if ASNS[asn][1] in ("mobile", "fixed"):
                self.cgnat[asn] = [ipv4_in(rng, asn) for _ in range(160 if ASNS[asn][1] == "mobile" else 40)]

    def mobile_ip(self, rng: random.Random, asn: int, v6_share: float, prefix64: str | None = None) -> str:
        if ASNS[asn][3] and rng.random() < v6_share:
            return ipv6_host(rng, prefix64 or ipv6_prefix64(rng, asn))
        return rng.choice(self.cgnat[asn])


# --------------------------------------------------------------------------- clients
JA4 = {  # TLS client fingerprints: one per browser family/build, shared by everyone using it
    "chrome": "t13d1516h2_8daaf6152771_d8a2da3f94cd",
    "chrome_android": "t13d1516h2_8daaf6152771_e5627efa2ab1",
    "edge": "t13d1516h2_8daaf6152771_02713d6af862",
    "firefox": "t13d1717h2_5b57614c22b0_3cbfd9057e0d",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
    "safari_ios": "t13d2014h2_a09f3c656075_e42f34c56612",
}


def browser_client(rng: random.Random, mobile: bool) -> tuple[str, str]:
    """(user agent, JA4) for a person using the web app."""
    if mobile:
        if rng.random() < 0.72:
            v = rng.choice((146, 147, 147, 148))
            dev = rng.choice(("K", "K", "SM-A546E", "moto g54 5G", "Redmi Note 13", "TECNO KI5q"))
            return (f"Mozilla/5.0 (Linux; Android {rng.choice((12, 13, 14, 15))}; {dev}) AppleWebKit/537.36 "
                    f"(KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36", JA4["chrome_android"])
        v = rng.choice(("26.3", "26.4", "26.4", "18.7"))
        return ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                f"Version/{v} Mobile/15E148 Safari/604.1", JA4["safari_ios"])
    r = rng.random()
    if r < 0.62:
        v = rng.choice((146, 147, 147, 148, 148))
        osname = rng.choice(("Windows NT 10.0; Win64; x64", "Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7",
                             "X11; Linux x86_64"))
        return (f"Mozilla/5.0 ({osname}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
                JA4["chrome"])
    if r < 0.76:
        v = rng.choice((146, 147, 148))
        return (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 "
                f"Safari/537.36 Edg/{v}.0.{rng.randint(2000, 3400)}.{rng.randint(40, 120)}", JA4["edge"])
    if r < 0.9:
        v = rng.choice((149, 150, 151))
        osname = rng.choice(("Windows NT 10.0; Win64; x64", "X11; Linux x86_64", "X11; Ubuntu; Linux x86_64"))
        return f"Mozilla/5.0 ({osname}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0", JA4["firefox"]
    v = rng.choice(("26.3", "26.4"))
    return ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            f"Version/{v} Safari/605.1.15", JA4["safari"])


ANDROID_PHONES = ("SM-A155F", "SM-A546E", "SM-S921B", "Redmi Note 13", "moto g54 5G", "TECNO KI5q", "Infinix X6831",
                  "itel A665L", "Pixel 8a", "CPH2591")
IPHONES = ("iPhone14,7", "iPhone15,3", "iPhone16,1", "iPhone17,3", "iPhone13,2")


def app_client(rng: random.Random, android_share: float = 0.7, phone: str | None = None) -> tuple[str, str]:
    """(user agent, install id) for the first-party mobile app. The SDK sends a
    per-install id: ANDROID_ID-like hex on Android, IDFV-like UUID on iOS."""
    if rng.random() < android_share:
        v = rng.choice(("3.14.2", "3.14.2", "3.14.1", "3.13.0"))
        return (f"OrcaChat/{v} (Android {rng.choice((12, 13, 14, 15))}; {phone or rng.choice(ANDROID_PHONES)})",
                "%016x" % rng.getrandbits(64))
    v = rng.choice(("3.14.1", "3.14.1", "3.14.0"))
    return f"OrcaChat/{v} (iOS {rng.choice(('26.4', '26.3', '18.7'))}; {rng.choice(IPHONES)})", uuid4(rng, upper=True)


def desktop_client(rng: random.Random) -> tuple[str, str]:
    osname = rng.choice(("macOS 15.4", "macOS 26.3", "Windows 11 26100"))
    return f"OrcaDesktop/1.9.{rng.choice((0, 1, 2))} ({osname}) Electron/36.2.0", uuid4(rng)


SDK_UAS = ("orca-python/2.4.0", "orca-python/2.3.1", "orca-python/2.4.0 async/httpx", "orca-node/1.8.2", "orca-node/1.7.5",
           "python-requests/2.32.3", "python-httpx/0.28.1", "axios/1.7.9", "node-fetch/3.3.2", "Go-http-client/2.0",
           "okhttp/4.12.0", "curl/8.7.1", "aiohttp/3.11.11", "langchain-orca/0.3.4 orca-python/2.3.1",
           "litellm/1.63.2", "Java-http-client/21.0.5", "RestSharp/112.1.0.0")
SDK_W = (22, 8, 5, 14, 4, 9, 7, 6, 3, 3, 2, 2, 2, 5, 3, 2, 1)


def sdk_ua(rng: random.Random) -> str:
    return rng.choices(SDK_UAS, SDK_W)[0]
