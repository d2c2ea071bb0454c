"""The world: clock, cities, networks, clients. Pure data plus small helpers.

Kazakhstan has been on a single zone (UTC+5) since March 2024, so Almaty is
UTC+5; Bishkek is UTC+6; Baku, Tbilisi and Yerevan are UTC+4. No DST anywhere.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timezone

H = 3_600_000
MIN = 60_000
DAY = 24 * H


def utc_ms(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> int:
    return int(datetime(y, mo, d, h, mi, tzinfo=timezone.utc).timestamp() * 1000)


START = utc_ms(2026, 3, 20, 19)          # Sat 21 Mar 2026 00:00 Almaty (UTC+5)
LAUNCH = utc_ms(2026, 3, 21, 13)         # 21 Mar 18:00 Almaty: talon-3 goes live


def end_ms(days: int) -> int:
    return START + days * DAY


@dataclass(frozen=True)
class City:
    name: str
    cc: str
    tz: int          # hours east of UTC
    lang: tuple      # (language, weight) pairs for locals


CITIES = {
    "almaty": City("almaty", "KZ", 5, (("ru", 5), ("kk", 3), ("en", 2))),
    "astana": City("astana", "KZ", 5, (("kk", 4), ("ru", 4), ("en", 2))),
    "tashkent": City("tashkent", "UZ", 5, (("uz", 5), ("ru", 3), ("en", 2))),
    "bishkek": City("bishkek", "KG", 6, (("ru", 6), ("en", 2), ("kk", 1))),
    "baku": City("baku", "AZ", 4, (("az", 6), ("ru", 2), ("en", 2))),
    "tbilisi": City("tbilisi", "GE", 4, (("ka", 6), ("en", 3), ("ru", 1))),
    "yerevan": City("yerevan", "AM", 4, (("hy", 6), ("ru", 2), ("en", 2))),
}
CITY_WEIGHTS = (("almaty", 26), ("astana", 12), ("tashkent", 22), ("bishkek", 7),
                ("baku", 14), ("tbilisi", 10), ("yerevan", 9))


@dataclass(frozen=True)
class Net:
    name: str
    asn: int
    kind: str        # mobile | broadband | university | office | vpn | cloud
    cc: str
    prefixes: tuple  # /16 prefixes "a.b"
    pool: int = 0    # public addresses in use (CGNAT pools, VPN exits); 0 = one per subscriber


NETS = {n.name: n for n in (
    # mobile carriers: CGNAT, thousands of subscribers behind a few hundred addresses
    Net("beeline-kz", 21299, "mobile", "KZ", ("37.150", "2.132"), 180),
    Net("kcell", 29355, "mobile", "KZ", ("5.34", "92.46"), 220),
    Net("tele2-altel", 48503, "mobile", "KZ", ("147.30",), 120),
    Net("ucell", 41202, "mobile", "UZ", ("178.218",), 160),
    Net("beeline-uz", 34718, "mobile", "UZ", ("84.54", "213.230"), 200),
    Net("megacom", 39659, "mobile", "KG", ("212.112",), 90),
    Net("azercell", 31721, "mobile", "AZ", ("85.132", "94.20"), 170),
    Net("bakcell", 39232, "mobile", "AZ", ("5.191",), 110),
    Net("magti", 16010, "mobile", "GE", ("31.146", "188.169"), 140),
    Net("ucom-mobile", 44395, "mobile", "AM", ("37.252",), 100),
    # fixed broadband: one address per household, rarely changes
    Net("kazakhtelecom", 9198, "broadband", "KZ", ("95.56", "178.89", "2.133")),
    Net("uztelecom", 8193, "broadband", "UZ", ("213.206", "195.158")),
    Net("aknet", 12764, "broadband", "KG", ("77.235",)),
    Net("citynet-az", 29049, "broadband", "AZ", ("109.205", "37.26")),
    Net("silknet", 35805, "broadband", "GE", ("176.74", "92.51")),
    Net("ucom-fixed", 44396, "broadband", "AM", ("46.70", "5.77")),
    # university and office NATs: one or two public addresses for everyone
    Net("kaznu-nat", 203087, "university", "KZ", ("91.201",), 2),
    Net("nu-astana", 207990, "university", "KZ", ("212.96",), 2),
    Net("tuit-nat", 206810, "university", "UZ", ("195.69",), 1),
    Net("ada-univ", 201892, "university", "AZ", ("185.146",), 2),
    Net("bank-office", 43994, "office", "KZ", ("89.218",), 2),
    Net("logistics-office", 202422, "office", "UZ", ("185.74",), 1),
    Net("bureau-office", 208877, "office", "GE", ("185.70",), 1),
    # commercial VPN exits: datacenter addresses shared by thousands
    Net("m247", 9009, "vpn", "DE", ("185.156", "193.27"), 36),
    Net("datacamp", 212238, "vpn", "NL", ("138.199", "156.146"), 30),
    Net("packethub", 207137, "vpn", "TR", ("45.89",), 18),
    Net("ps-kz", 48716, "vpn", "KZ", ("185.22",), 12),
    # clouds and hosting
    Net("aws", 16509, "cloud", "DE", ("3.120", "18.184", "52.28")),
    Net("gcp", 396982, "cloud", "NL", ("34.90", "35.204")),
    Net("hetzner", 24940, "cloud", "DE", ("65.108", "95.216", "88.198")),
    Net("digitalocean", 14061, "cloud", "NL", ("159.223", "167.99")),
    Net("ovh", 16276, "cloud", "FR", ("51.77", "54.38")),
    Net("yandex-cloud", 200350, "cloud", "KZ", ("158.160", "51.250")),
    Net("selectel", 49505, "cloud", "RU", ("45.8", "92.53")),
)}
MOBILE_BY_CC = {}
BROADBAND_BY_CC = {}
for _n in NETS.values():
    if _n.kind == "mobile":
        MOBILE_BY_CC.setdefault(_n.cc, []).append(_n)
    elif _n.kind == "broadband":
        BROADBAND_BY_CC.setdefault(_n.cc, []).append(_n)


def ip_at(net: Net, idx: int) -> str:
    p = net.prefixes[idx % len(net.prefixes)]
    j = idx // len(net.prefixes)
    return f"{p}.{(j >> 8) & 255}.{(j & 255) or 1}"


def pool_ip(rng: random.Random, net: Net) -> str:
    """A CGNAT/VPN/NAT exit address: drawn from the net's small shared pool."""
    return ip_at(net, rng.randrange(max(net.pool, 1)))


def own_ip(rng: random.Random, net: Net) -> str:
    """A subscriber's or instance's own address in the net's space."""
    return ip_at(net, rng.randrange(256, 65536 * len(net.prefixes)))


def local_net(rng: random.Random, cc: str, mobile_share: float = 0.5) -> Net:
    if rng.random() < mobile_share and cc in MOBILE_BY_CC:
        return rng.choice(MOBILE_BY_CC[cc])
    return rng.choice(BROADBAND_BY_CC[cc])


# --- clients ---------------------------------------------------------------
APP_VER = ("3.4.1", "3.4.1", "3.4.0", "3.3.7")
ANDROID = ("SM-A546E", "SM-A155F", "Redmi Note 13", "23129RAA4G", "SM-S918B", "V2247", "CPH2591")
IOS = ("iPhone14,5", "iPhone15,2", "iPhone13,2", "iPhone16,1", "iPhone12,1")
BROWSERS = (
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36",
     "t13d1516h2_8daaf6152771_02713d6af862"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
     "t13d2014h2_a09f3c656075_14788d8d241b"),
    ("Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Mobile Safari/537.36",
     "t13d1517h2_8daaf6152771_b1ff8ab2d16f"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0",
     "t13d1715h2_5b57614c22b0_3d5424432f57"),
    ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 YaBrowser/25.2",
     "t13d1516h2_8daaf6152771_e5627efa2ab1"),
)
SDKS = (
    ("talon-python/1.8.2", "t13d1812h1_85036bcba153_b26ce05bbdaa"),
    ("talon-python/1.7.0", "t13d1812h1_85036bcba153_b26ce05bbdaa"),
    ("OpenAI/Python 1.68.2", "t13d1812h1_85036bcba153_375ca2c5e164"),
    ("talon-node/0.9.4", "t13d1011h1_e8f1e7e78f70_8e7ba1b4b8a9"),
    ("python-httpx/0.28.1", "t13d1812h1_85036bcba153_b26ce05bbdaa"),
    ("Go-http-client/2.0", "t13d1311h2_f57a46bbacb6_ab7e3b40a677"),
    ("curl/8.5.0", "t13d3112h2_e8f1e7e78f70_6bebaf5329ac"),
    ("langchain-talon/0.3.1 talon-python/1.8.2", "t13d1812h1_85036bcba153_b26ce05bbdaa"),
)


def hexid(rng: random.Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


_B32 = "0123456789abcdefghjkmnpqrstvwxyz"


def b32id(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_B32) for _ in range(n))


def app_client(rng: random.Random) -> tuple[str, str]:
    """(user agent, device id) for the mobile app; device id is the install id."""
    v = rng.choice(APP_VER)
    if rng.random() < 0.72:
        ua = f"TalonChat/{v} (Android {rng.choice((12, 13, 14, 14, 15))}; {rng.choice(ANDROID)})"
        return ua, "and-" + hexid(rng, 16)
    ua = f"TalonChat/{v} (iOS {rng.choice(('17.6', '18.2', '18.3', '18.3.1'))}; {rng.choice(IOS)})"
    return ua, "ios-" + hexid(rng, 8).upper() + "-" + hexid(rng, 4).upper()


def pick_w(rng: random.Random, pairs) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def pick_city(rng: random.Random, ccs: tuple | None = None) -> City:
    pairs = [p for p in CITY_WEIGHTS if ccs is None or CITIES[p[0]].cc in ccs]
    return CITIES[pick_w(rng, pairs)]
