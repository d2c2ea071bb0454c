"""Networks, clients, payment instruments and identifiers of the world.

Every address an event carries comes from a `Net`: a mobile carrier behind
carrier-grade NAT (a small pool of public IPv4 addresses shared by everyone on
that carrier in that area, plus per-subscriber IPv6 where the carrier has it),
a home line (one dynamic address per lease), a fixed site (cafe, venue, office,
cloud server) or a rotating proxy exit. All randomness comes from the rng the
caller passes in, so the world is reproducible from the seed.
"""
from __future__ import annotations

import ipaddress
import random

# ---------------------------------------------------------------- address space
# name: (asn, kind, IPv4 ranges, NAT pool size (mobile/cgnat only), IPv6 /32 text or "", IPv6 share)
ISPS: dict[str, tuple[int, str, tuple[str, ...], int, str, float]] = {
    # mobile carriers (CGNAT)
    "mtn_ng": (29465, "mobile", ("102.89.32.0/19", "197.211.52.0/22"), 56, "", 0.0),
    "airtel_ng": (36873, "mobile", ("105.112.0.0/18",), 40, "", 0.0),
    "glo_ng": (37148, "mobile", ("197.210.64.0/19", "102.90.0.0/20"), 28, "", 0.0),
    "9mobile_ng": (37076, "mobile", ("41.217.0.0/20",), 10, "", 0.0),
    "mtn_gh": (30986, "mobile", ("154.160.0.0/19", "41.66.192.0/20"), 30, "", 0.0),
    "telecel_gh": (29614, "mobile", ("41.215.160.0/20",), 14, "", 0.0),
    "safaricom_ke": (33771, "mobile", ("105.160.0.0/18", "41.90.64.0/19"), 48, "2c0f:fe38", 0.4),
    "airtel_ke": (36926, "mobile", ("41.80.96.0/19",), 18, "", 0.0),
    "mtn_ug": (20294, "mobile", ("102.85.0.0/19",), 18, "", 0.0),
    "airtel_ug": (37075, "mobile", ("41.210.128.0/20",), 10, "", 0.0),
    "vodacom_tz": (36908, "mobile", ("41.59.0.0/19",), 16, "", 0.0),
    "airtel_tz": (37133, "mobile", ("41.75.208.0/20",), 8, "", 0.0),
    "ethio_et": (24757, "mobile", ("196.188.0.0/18", "196.190.0.0/19"), 36, "", 0.0),
    "mtn_rw": (36924, "mobile", ("41.186.0.0/19",), 12, "", 0.0),
    "airtel_rw": (37228, "mobile", ("197.157.160.0/20",), 6, "", 0.0),
    "vodacom_za": (29975, "mobile", ("41.13.0.0/18", "105.224.0.0/19"), 40, "2c0f:f4c0", 0.35),
    "mtn_za": (16637, "mobile", ("197.184.0.0/18",), 40, "2c0f:ef78", 0.3),
    "cellc_za": (37168, "mobile", ("41.151.0.0/19",), 14, "", 0.0),
    "orange_sn": (8346, "mobile", ("41.82.0.0/18",), 16, "", 0.0),
    "orange_ci": (29571, "mobile", ("41.207.192.0/19",), 14, "", 0.0),
    "mtn_ci": (36974, "mobile", ("102.137.0.0/20",), 8, "", 0.0),
    "mtn_cm": (30992, "mobile", ("41.202.192.0/19",), 10, "", 0.0),
    "orange_cm": (36912, "mobile", ("154.72.160.0/20",), 8, "", 0.0),
    "vodacom_cd": (37020, "mobile", ("41.243.0.0/19",), 12, "", 0.0),
    "zain_sd": (36972, "mobile", ("41.209.64.0/19",), 10, "", 0.0),
    "ee_uk": (12576, "mobile", ("31.94.0.0/17",), 30, "", 0.0),
    "tmobile_us": (21928, "mobile", ("172.56.0.0/16",), 30, "2607:fb90", 0.8),
    "starlink": (14593, "mobile", ("98.97.0.0/18", "129.222.0.0/18"), 30, "2605:59c8", 0.3),
    "rain_za": (37053, "mobile", ("102.134.0.0/18",), 20, "", 0.0),
    # home / fixed broadband (dynamic address per lease)
    "spectranet_ng": (37340, "home", ("102.67.0.0/18",), 0, "", 0.0),
    "ipnx_ng": (37066, "home", ("41.184.0.0/18",), 0, "", 0.0),
    "mainone_ng": (37282, "home", ("41.75.192.0/19",), 0, "", 0.0),
    "safaricom_home_ke": (33771, "home", ("197.232.0.0/17",), 0, "2c0f:fe38", 0.5),
    "zuku_ke": (15808, "home", ("197.237.0.0/17",), 0, "", 0.0),
    "liquid_ke": (30844, "home", ("41.212.0.0/17",), 0, "", 0.0),
    "vumatel_za": (37524, "home", ("102.132.0.0/18",), 0, "2c0f:f720", 0.4),
    "openserve_za": (37457, "home", ("105.184.0.0/15",), 0, "", 0.0),
    "afrihost_za": (37611, "home", ("169.0.0.0/15",), 0, "2c0f:f4d8", 0.3),
    "telecel_bb_gh": (29614, "home", ("41.66.0.0/18",), 0, "", 0.0),
    "liquid_rw": (37228, "home", ("41.138.80.0/20",), 0, "", 0.0),
    "canalbox_rw": (328176, "home", ("102.22.128.0/18",), 0, "", 0.0),
    "ethio_fixed": (24757, "home", ("196.191.0.0/18",), 0, "", 0.0),
    "roke_ug": (37113, "home", ("102.134.96.0/19",), 0, "", 0.0),
    "orange_sn_fixed": (8346, "home", ("41.83.0.0/17",), 0, "", 0.0),
    "bt_uk": (2856, "home", ("86.128.0.0/11", "81.128.0.0/12"), 0, "2a00:23c4", 0.3),
    "virgin_uk": (5089, "home", ("82.0.0.0/13",), 0, "", 0.0),
    "comcast_us": (7922, "home", ("73.0.0.0/10", "24.0.0.0/13"), 0, "2601:0", 0.5),
    "att_us": (7018, "home", ("99.0.0.0/10",), 0, "", 0.0),
    "rogers_ca": (812, "home", ("99.224.0.0/11",), 0, "", 0.0),
    "bell_ca": (577, "home", ("70.48.0.0/13",), 0, "", 0.0),
    "du_ae": (15802, "home", ("94.200.0.0/14",), 0, "", 0.0),
    # research and education networks
    "tenet_za": (2018, "campus", ("146.230.0.0/16", "155.232.0.0/16"), 0, "2001:4200", 0.3),
    "kenet_ke": (36914, "campus", ("41.89.0.0/16",), 0, "", 0.0),
    "ngren_ng": (37688, "campus", ("102.164.0.0/18",), 0, "", 0.0),
    "renu_ug": (327687, "campus", ("196.43.128.0/18",), 0, "", 0.0),
    # hosting and cloud
    "aws_af": (16509, "cloud", ("13.244.0.0/15",), 0, "", 0.0),
    "aws_eu": (16509, "cloud", ("34.240.0.0/13", "52.16.0.0/15"), 0, "", 0.0),
    "aws_us": (16509, "cloud", ("3.80.0.0/12", "54.160.0.0/13"), 0, "", 0.0),
    "azure_za": (8075, "cloud", ("102.133.128.0/17",), 0, "", 0.0),
    "gcp_za": (396982, "cloud", ("34.35.0.0/16",), 0, "", 0.0),
    "gcp_eu": (396982, "cloud", ("34.76.0.0/14",), 0, "", 0.0),
    "hetzner": (24940, "cloud", ("5.75.128.0/17", "65.108.0.0/16", "95.216.0.0/16"), 0, "2a01:4f9", 0.2),
    "ovh": (16276, "cloud", ("51.68.0.0/16", "54.36.0.0/16"), 0, "", 0.0),
    "digitalocean": (14061, "cloud", ("164.90.128.0/17", "206.189.0.0/16"), 0, "", 0.0),
    "contabo": (51167, "cloud", ("161.97.64.0/18", "207.180.192.0/18"), 0, "", 0.0),
    "vultr_jnb": (20473, "cloud", ("139.84.224.0/19",), 0, "", 0.0),
    "liquid_cloud_ke": (30844, "cloud", ("41.215.0.0/18",), 0, "", 0.0),
    "m247_vpn": (9009, "cloud", ("185.206.224.0/22", "89.187.160.0/21"), 0, "", 0.0),
    "datacamp_vpn": (60068, "cloud", ("185.159.156.0/22", "212.102.32.0/20"), 0, "", 0.0),
}


def rand_ip(rng: random.Random, cidr: str) -> str:
    net = ipaddress.ip_network(cidr)
    return str(net[1 + rng.randrange(net.num_addresses - 2)])


def rand_v6(rng: random.Random, prefix32: str, subscriber: int | None = None) -> str:
    sub = subscriber if subscriber is not None else rng.getrandbits(32)
    iid = rng.getrandbits(64)
    groups = [f"{(sub >> 16) & 0xffff:x}", f"{sub & 0xffff:x}"] + [f"{(iid >> s) & 0xffff:x}" for s in (48, 32, 16, 0)]
    return prefix32 + ":" + ":".join(groups)


class World:
    """Shared address pools, built once from the world seed."""

    def __init__(self, rng: random.Random):
        self.pools: dict[str, list[str]] = {}
        for name, (_asn, kind, cidrs, pool, _v6, _s) in ISPS.items():
            if kind == "mobile":
                self.pools[name] = [rand_ip(rng, rng.choice(cidrs)) for _ in range(pool)]

    def asn(self, isp: str) -> int:
        return ISPS[isp][0]


class Net:
    """Where one account's requests come from. `addr(rng, sess, ts)` -> (ip, asn)."""

    kind = "?"

    def addr(self, rng: random.Random, sess: int, ts: int) -> tuple[str, int]:
        raise NotImplementedError


class Mobile(Net):
    """Carrier CGNAT: a public IPv4 from the shared pool per session (sticky inside one session);
    dual-stack phones use their own IPv6 /64 with a fresh privacy address per session."""

    kind = "mobile"

    def __init__(self, world: World, isp: str, rng: random.Random, area: int = 0):
        self.isp, self.asn = isp, ISPS[isp][0]
        pool = world.pools[isp]
        # a metro area sees a slice of the carrier's NAT pool (gateway per region)
        n = max(4, len(pool) // 2)
        start = (area * 7) % len(pool)
        self.pool = [pool[(start + i) % len(pool)] for i in range(n)]
        v6, share = ISPS[isp][4], ISPS[isp][5]
        self.v6 = v6 if v6 and rng.random() < share else ""
        self.sub = rng.getrandbits(32)
        self._sess, self._addr = -1, ("", 0)

    def addr(self, rng, sess, ts):
        if sess != self._sess:
            self._sess = sess
            if self.v6:
                ip = rand_v6(rng, self.v6, self.sub ^ (ts // 86_400_000))
            else:
                ip = rng.choice(self.pool)
            self._addr = (ip, self.asn)
        return self._addr


class Home(Net):
    """A fixed line with a dynamic address that changes every lease (hours to days)."""

    kind = "home"

    def __init__(self, isp: str, rng: random.Random, lease_h: float | None = None):
        self.isp, self.asn = isp, ISPS[isp][0]
        self.cidrs = ISPS[isp][2]
        self.lease = int((lease_h or rng.choice((12, 24, 48, 72, 168))) * 3_600_000)
        self.phase = rng.randrange(self.lease)
        self.seed = rng.getrandbits(40)
        v6, share = ISPS[isp][4], ISPS[isp][5]
        self.v6 = v6 if v6 and rng.random() < share else ""

    def addr(self, rng, sess, ts):
        lease = (ts + self.phase) // self.lease
        r = random.Random(self.seed * 1_000_003 + lease)
        if self.v6:
            return rand_v6(r, self.v6, self.seed & 0xffffffff), self.asn
        return rand_ip(r, r.choice(self.cidrs)), self.asn


class Fixed(Net):
    """A site with a few static addresses: cafe, venue, office, cloud servers."""

    def __init__(self, addrs: list[tuple[str, int]], kind: str):
        self.addrs, self.kind = addrs, kind

    @classmethod
    def make(cls, rng: random.Random, isp: str, n: int = 1, kind: str | None = None) -> "Fixed":
        asn, cidrs = ISPS[isp][0], ISPS[isp][2]
        return cls([(rand_ip(rng, rng.choice(cidrs)), asn) for _ in range(n)], kind or ISPS[isp][1])

    def addr(self, rng, sess, ts):
        if len(self.addrs) == 1:
            return self.addrs[0]
        return self.addrs[(sess * 2654435761 + ts // 60_000) % len(self.addrs)]


class Rotating(Net):
    """Residential/mobile proxy exits: a different consumer address every session."""

    kind = "home"

    def __init__(self, world: World, isps: list[str]):
        self.world, self.isps = world, isps
        self._sess, self._addr = -1, ("", 0)

    def addr(self, rng, sess, ts):
        if sess != self._sess:
            self._sess = sess
            isp = rng.choice(self.isps)
            asn, kind, cidrs = ISPS[isp][0], ISPS[isp][1], ISPS[isp][2]
            ip = rng.choice(self.world.pools[isp]) if kind == "mobile" else rand_ip(rng, rng.choice(cidrs))
            self._addr = (ip, asn)
        return self._addr


class Mixed(Net):
    """Two networks, e.g. a laptop on home fibre that sometimes tethers to the phone."""

    def __init__(self, a: Net, b: Net, p_b: float):
        self.a, self.b, self.p_b, self.kind = a, b, p_b, a.kind

    def addr(self, rng, sess, ts):
        return (self.b if (sess * 40503 + 17) % 1000 < self.p_b * 1000 else self.a).addr(rng, sess, ts)


# ---------------------------------------------------------------- clients
PHONES = ("TECNO KI5k", "TECNO CK7n", "Infinix X6833B", "Infinix X6816", "itel A665L", "itel S665L", "SM-A145F",
          "SM-A055F", "SM-A245F", "Redmi 12C", "Redmi Note 13", "Nokia C32", "CPH2477", "TECNO BG6", "Infinix X6528")
ANDROID = ("11", "12", "13", "13", "14", "14")
JA4 = {
    "chrome": "t13d1516h2_8daaf6152771_e5627efa2ab1",
    "chrome_old": "t13d1516h2_8daaf6152771_02713d6af862",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
    "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "opera_mini": "t12d1909h1_d83cc789557e_7af1ed941c26",
    "okhttp": "t13d1614h2_9dc949149365_e7c285222651",
    "python": "t13d1812h1_85036bcba153_375ca2c5e164",
    "httpx_old": "t13d1812h1_85036bcba153_b26ce05bbdd6",
    "node": "t13d1715h2_5b57614c22b0_7121afd63204",
    "go": "t13d1312h2_f57a46bbacb6_e7c285222651",
    "dart": "t13d1412h2_0d8feac7bc37_c9c3bbc72caf",
    "curl": "t13d3112h2_e8f1e7e78f70_b26ce05bbdd6",
    "java": "t13d4907h2_0d8feac7bc37_7395dae3b2f3",
}
SDK_UA = {
    "py": ("OpenAI/Python 1.58.1", "OpenAI/Python 1.57.4", "OpenAI/Python 1.55.3", "OpenAI/Python 1.59.3",
           "OpenAI/Python 1.54.4", "OpenAI/Python 1.58.1"),
    "baobab_py": ("baobab-python/0.9.2", "baobab-python/0.9.4"),
    "node": ("OpenAI/JS 4.77.0", "OpenAI/JS 4.76.1", "OpenAI/JS 4.73.0"),
    "requests": ("python-requests/2.32.3", "python-requests/2.31.0"),
    "httpx": ("python-httpx/0.27.2", "python-httpx/0.28.1", "python-httpx/0.27.0"),
    "aiohttp": ("Python/3.11 aiohttp/3.11.10", "Python/3.12 aiohttp/3.11.11"),
    "axios": ("axios/1.7.9", "axios/1.7.7"),
    "go": ("Go-http-client/2.0", "Go-http-client/1.1"),
    "curl": ("curl/8.5.0", "curl/7.81.0"),
    "dart": ("Dart/3.5 (dart:io)", "Dart/3.4 (dart:io)"),
    "java": ("Java-http-client/17.0.12", "okhttp/4.12.0"),
}
SDK_JA4 = {"py": "python", "baobab_py": "python", "requests": "python", "httpx": "python", "aiohttp": "python",
           "node": "node", "axios": "node", "go": "go", "curl": "curl", "dart": "dart", "java": "java"}


def hexid(rng: random.Random, n: int = 16) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


def android_app(rng: random.Random, device: str | None = None) -> tuple[str, str]:
    ver = rng.choice(("3.4.1", "3.4.1", "3.4.0", "3.3.7", "3.5.0"))
    lite = "; lite" if rng.random() < 0.45 else ""
    ua = f"BaobabAndroid/{ver} (Android {rng.choice(ANDROID)}; {rng.choice(PHONES)}{lite})"
    return ua, device or "and-" + hexid(rng)


def ios_app(rng: random.Random) -> tuple[str, str]:
    return f"Baobab/3.4 (iPhone; iOS {rng.choice(('17.6', '18.1', '18.2'))})", "ios-" + hexid(rng)


def web_mobile(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.22:
        ua = "Opera/9.80 (Android; Opera Mini/74.0.2254/191.317; U; en) Presto/2.12.423 Version/12.16"
    else:
        ua = (f"Mozilla/5.0 (Linux; Android {rng.choice(ANDROID)}; {rng.choice(PHONES)}) AppleWebKit/537.36 "
              f"(KHTML, like Gecko) Chrome/{rng.choice(('130', '131', '131', '120'))}.0.0.0 Mobile Safari/537.36")
    return ua, "web-" + hexid(rng)


def web_desktop(rng: random.Random, old: bool = False) -> tuple[str, str]:
    if old:
        ua = ("Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/109.0.0.0 Safari/537.36")
    elif rng.random() < 0.25:
        ua = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
              "Version/18.1 Safari/605.1.15")
    else:
        ua = (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              f"Chrome/{rng.choice(('130', '131', '131'))}.0.0.0 Safari/537.36")
    return ua, "web-" + hexid(rng)


def sdk(rng: random.Random, lib: str) -> tuple[str, str]:
    """Server-side SDK traffic has no device header: the gateway records the TLS (JA4) fingerprint,
    which every user of the same client stack shares."""
    return rng.choice(SDK_UA[lib]), JA4[SDK_JA4[lib]]


# ---------------------------------------------------------------- money and ids
MOMO = {"NG": ("opay", "palmpay", "moniepoint", "momo-psb"), "KE": ("mpesa", "mpesa", "airtel-money"),
        "GH": ("mtn-momo", "telecel-cash", "at-money"), "UG": ("mtn-momo", "airtel-money"),
        "TZ": ("mpesa-tz", "mixx"), "RW": ("mtn-momo", "airtel-money"), "ET": ("telebirr",),
        "SN": ("wave", "orange-money"), "CI": ("wave", "orange-money", "mtn-momo"), "CM": ("mtn-momo", "orange-money"),
        "CD": ("mpesa-cd", "orange-money"), "SD": ("bankak",), "ZA": ()}
BINS = {"NG": ("506099", "539983", "418745", "533477"), "KE": ("457392", "520322", "404827"),
        "GH": ("539923", "412345"), "ZA": ("490220", "552155", "404153", "529521"), "UG": ("518912",),
        "RW": ("421612",), "ET": ("456812",), "UK": ("475129", "465859", "535522"), "US": ("414720", "426684", "517805"),
        "CA": ("450644", "520588"), "AE": ("424286",)}
# fintech prepaid virtual USD cards: one BIN per issuer, shared by huge numbers of ordinary customers
FINTECH_BINS = ("531993", "537210", "485953", "559666", "428837")


def momo(rng: random.Random, country: str) -> str:
    provs = MOMO.get(country) or ()
    if not provs:
        return card(rng, country)
    return f"momo:{rng.choice(provs)}:{hexid(rng, 12)}"


def card(rng: random.Random, country: str) -> str:
    return f"card:{rng.choice(BINS.get(country, BINS['NG']))}:{hexid(rng, 12)}"


def vcard(rng: random.Random, bin_: str | None = None) -> str:
    return f"card:{bin_ or rng.choice(FINTECH_BINS)}:{hexid(rng, 12)}"


_B32 = "abcdefghijkmnpqrstuvwxyz23456789"


def ident(rng: random.Random, prefix: str, n: int) -> str:
    return prefix + "".join(_B32[rng.randrange(32)] for _ in range(n))
