"""The world: Poland, Czechia and Romania, Fri 7 - Sat 8 May 2027.

Networks (invented ASNs and /24s for national carriers, ISPs, campuses, VPN
hosts and residential-proxy exits; the big clouds keep their public ASNs with
invented /24s), clients (user agents, TLS fingerprints, app install ids) and
identifiers. Everything random comes from the caller's random.Random.
"""
from __future__ import annotations

import hashlib
import random

MS = 1000
MIN = 60 * MS
HOUR = 60 * MIN
DAY = 24 * HOUR
# Fri 7 May 2027 00:00 CEST (UTC+2) = Thu 6 May 22:00Z
START = 1_809_640_800_000
LAUNCH = START + 16 * HOUR  # vistula-2 goes live Fri 16:00 Warsaw = 14:00Z
TZ = {"PL": 2, "CZ": 2, "RO": 3, "DE": 2, "UA": 3, "TR": 3, "BR": -3, "NL": 2}
CITIES = {"PL": ("Warszawa", "Kraków"), "CZ": ("Praha", "Brno"), "RO": ("București", "Cluj-Napoca")}

MODELS_CHAT = ("vistula-1", "vistula-1-mini")
MODEL_NEW = "vistula-2"
MODEL_EMBED = "vistula-embed-1"
EP_CHAT, EP_RESP, EP_EMB = "/v1/chat/completions", "/v1/responses", "/v1/embeddings"


def hexid(rng: random.Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


_B32 = "abcdefghijklmnopqrstuvwxyz234567"


def b32(rng: random.Random, n: int) -> str:
    return "".join(_B32[rng.getrandbits(5)] for _ in range(n))


def uuid4(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


def const_hex(tag: str, n: int = 12) -> str:
    return hashlib.sha256(tag.encode()).hexdigest()[:n]


class Net:
    """One autonomous system: a few IPv4 /24s, maybe an IPv6 /32, a CGNAT pool."""

    __slots__ = ("name", "kind", "cc", "asn", "v4", "v6", "pool")

    def __init__(self, rng: random.Random, name: str, kind: str, cc: str, asn: int,
                 first_octets: tuple[int, ...], n24: int, v6: bool, pool: int = 0):
        self.name, self.kind, self.cc, self.asn = name, kind, cc, asn
        self.v4 = []
        for _ in range(n24):  # an int: any second octet; (a, lo, hi): a.lo-hi
            spec = rng.choice(first_octets)
            a, b = (spec, rng.randrange(0, 256)) if isinstance(spec, int) else (spec[0], rng.randint(spec[1], spec[2]))
            self.v4.append((a, b, rng.randrange(0, 256)))
        self.v6 = f"2a0{rng.randrange(1, 10)}:{rng.randrange(0x1000, 0xffff):x}" if v6 else None
        # a CGNAT gateway: a small public pool that thousands of subscribers share
        self.pool = [self.host(rng) for _ in range(pool)]

    def host(self, rng: random.Random) -> str:
        a, b, c = rng.choice(self.v4)
        return f"{a}.{b}.{c}.{rng.randrange(2, 254)}"

    def host6(self, rng: random.Random) -> str:
        return (f"{self.v6}:{rng.randrange(0, 0xffff):x}:{rng.randrange(0, 0xffff):x}:"
                f"{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}")

    def addr(self, rng: random.Random) -> str:
        if self.pool:
            return rng.choice(self.pool)
        return self.host(rng)


# name, kind, country, asn, first octets, number of /24s, has IPv6, CGNAT pool size
_NETS = [
    ("Wisła Mobile", "mobile", "PL", 200731, (5, 37, 46), 10, True, 90),
    ("Bałtyk Telekom Mobile", "mobile", "PL", 202918, (31, 89, 176), 8, True, 70),
    ("Orzeł GSM", "mobile", "PL", 210544, (78, 91), 6, False, 40),
    ("Vltava Mobil", "mobile", "CZ", 204155, (37, 88, 185), 6, True, 50),
    ("Morava GSM", "mobile", "CZ", 211023, (46, 90), 4, False, 30),
    ("Carpați Mobil", "mobile", "RO", 206347, (5, 86, 188), 8, True, 60),
    ("Dacia Telecom Mobile", "mobile", "RO", 208912, (79, 82), 5, False, 36),
    ("Mazowiecka Sieć Kablowa", "broadband", "PL", 199871, (83, 94, 109), 14, True, 0),
    ("Kraknet Światłowód", "broadband", "PL", 203377, (46, 178, 188), 10, True, 0),
    ("Polska Linia Stacjonarna", "broadband", "PL", 212004, (79, 83, 89), 16, False, 0),
    ("Praha Kabel", "broadband", "CZ", 198455, (78, 89, 193), 10, True, 0),
    ("Brněnské Optické Sítě", "broadband", "CZ", 207712, (31, 46, 185), 6, False, 0),
    ("RomFibra", "broadband", "RO", 201118, (5, 86, 89), 12, True, 0),
    ("Transilvania Net", "broadband", "RO", 209640, (79, 93, 188), 8, False, 0),
    ("Kraków Academic Network", "university", "PL", 196420, (149, 156), 3, True, 0),
    ("Warsaw Research and Education Net", "university", "PL", 197310, (148, 194), 3, True, 0),
    ("Brno Campus Network", "university", "CZ", 197765, (147,), 2, True, 0),
    ("Cluj University Network", "university", "RO", 198102, (193, 226), 2, False, 0),
    ("Vltava Bank a.s.", "corporate", "CZ", 205871, (185, 194), 1, False, 0),
    ("Amazon eu-central-1", "cloud", "DE", 16509, ((3, 64, 79), (3, 120, 127), (18, 153, 198), (52, 28, 59)), 12, True, 0),
    ("Microsoft Azure", "cloud", "PL", 8075, ((20, 215, 215), (74, 248, 248), (4, 210, 212)), 10, True, 0),
    ("Google Cloud europe-central2", "cloud", "PL", 396982, ((34, 116, 118), (35, 242, 242)), 8, True, 0),
    ("OVH", "cloud", "PL", 16276, ((51, 68, 83), (54, 36, 38), (137, 74, 74), (145, 239, 239)), 8, True, 0),
    ("Hetzner Online", "cloud", "DE", 24940, ((65, 108, 109), (95, 216, 217), (168, 119, 119), (116, 202, 203)), 10, True, 0),
    ("Nordlight Hosting", "vpn", "NL", 213277, (45, 185, 194), 6, False, 0),
    ("Swift Transit DC", "vpn", "DE", 215433, (91, 146, 217), 5, False, 0),
    ("Centrum Hosting Praha", "vpn", "CZ", 206901, (45, 185), 3, False, 0),
    ("Rhein Kabel", "foreign", "DE", 206123, (77, 84, 92), 10, True, 0),
    ("Dnipro Home Net", "foreign", "UA", 214209, (46, 93, 176), 8, False, 0),
    ("Anadolu Fiber", "foreign", "TR", 212961, (78, 88, 95), 8, False, 0),
    ("Sertão Banda Larga", "foreign", "BR", 268433, (177, 179, 189), 8, False, 0),
]

# (user agent, TLS fingerprint family) for browsers; many users share a fingerprint
BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36", "chrome149", 30),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Safari/537.36", "chrome148", 8),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36", "chrome149", 9),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36 Edg/149.0.0.0", "edge149", 9),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:163.0) Gecko/20100101 Firefox/163.0", "firefox163", 8),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:163.0) Gecko/20100101 Firefox/163.0", "firefox163", 3),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/20.4 Safari/605.1.15", "safari20", 7),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 20_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/20.4 Mobile/15E148 Safari/604.1", "safari20m", 10),
    ("Mozilla/5.0 (Linux; Android 16; SM-A566B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Mobile Safari/537.36", "chrome149m", 12),
    ("Mozilla/5.0 (X11; CrOS x86_64 16181.61.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Safari/537.36", "chrome148", 2),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/149.0.0.0 Safari/537.36 OPR/134.0.0.0", "chrome149", 2),
]
_BW = [w for _, _, w in BROWSERS]

PHONES_ANDROID = ["SM-S931B", "SM-A566B", "SM-A366B", "Pixel 9a", "Pixel 10", "2409BRN2CY", "moto g86", "CPH2663", "23129RAA4G"]
APP_VER = ["4.12.1", "4.12.0", "4.11.3", "4.13.0-beta2"]
SDK_UAS = [
    ("vistula-python/2.4.0 httpx/0.28.1 CPython/3.13.3", "py"),
    ("vistula-python/2.3.7 httpx/0.28.1 CPython/3.12.10", "py"),
    ("vistula-node/1.9.2 node/v24.2.0", "node"),
    ("python-requests/2.32.4", "req"),
    ("curl/8.14.1", "curl"),
    ("Go-http-client/2.0", "go"),
    ("langchain-vistula/0.6.3 vistula-python/2.4.0", "py"),
    ("okhttp/5.1.0", "okhttp"),
]


def ja4(family: str) -> str:
    """A JA4-style TLS fingerprint: one per client build, shared by all its users."""
    return f"t13d{1516 if 'chrome' in family or 'edge' in family else 1715}h2_{const_hex('a' + family)}_{const_hex('b' + family)}"


def browser(rng: random.Random) -> tuple[str, str]:
    ua, fam, _ = rng.choices(BROWSERS, weights=_BW)[0]
    return ua, ja4(fam)


def app_client(rng: random.Random, country: str = "PL") -> tuple[str, str]:
    """The VistulaChat mobile app: a per-install id as device id."""
    ver = rng.choice(APP_VER)
    if rng.random() < 0.42:
        ios = rng.choice(["20.4", "20.4.1", "20.3", "19.6"])
        return f"VistulaChat/{ver} (iPhone; iOS {ios}; Scale/3.00; {country.lower()})", "ios-" + uuid4(rng).upper()
    return (f"VistulaChat/{ver} (Linux; Android {rng.choice(['15', '16', '16'])}; {rng.choice(PHONES_ANDROID)})",
            "and-" + hexid(rng, 16))


def sdk_client(rng: random.Random, kinds: tuple[str, ...] = ()) -> tuple[str, str | None]:
    pool = [s for s in SDK_UAS if not kinds or s[1] in kinds]
    ua, fam = rng.choice(pool)
    return ua, (ja4("sdk-" + fam) if rng.random() < 0.35 else None)


class World:
    def __init__(self, seed: int):
        rng = random.Random(f"{seed}:world")
        self.nets = {n[0]: Net(rng, *n) for n in _NETS}
        by = lambda kind, cc=None: [n for n in self.nets.values() if n.kind == kind and (cc is None or n.cc == cc)]
        self.mobile = {cc: by("mobile", cc) for cc in ("PL", "CZ", "RO")}
        self.home = {cc: by("broadband", cc) for cc in ("PL", "CZ", "RO")}
        self.vpn = by("vpn")
        self.foreign = by("foreign")
        self.clouds = {n.name.split()[0].lower(): n for n in by("cloud")}
        # commercial VPN exits: a few hundred addresses shared by every VPN customer
        self.vpn_exits = [(n.host(rng), n.asn) for n in self.vpn for _ in range(24)]
        # residential proxy exits: home and mobile addresses in many countries
        res = [n for n in self.nets.values() if n.kind in ("broadband", "foreign", "mobile")]
        self.resproxy = [(n.host(rng), n.asn) for n in res for _ in range(60)]


def pick_cc(rng: random.Random, w=(0.58, 0.2, 0.22)) -> str:
    return rng.choices(("PL", "CZ", "RO"), weights=w)[0]
