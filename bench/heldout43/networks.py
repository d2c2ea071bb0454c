"""Networks, user agents, device fingerprints and payment instruments.

ISP, carrier, university and corporate ASNs and prefixes are invented (plausible
RIPE-region numbers); the clouds and hosting providers carry their public ASNs.
Mobile carriers sit behind CGNAT: a few hundred public addresses for all users.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from .world import digest, uuid4


@dataclass(frozen=True)
class Net:
    key: str
    asn: int
    kind: str            # mobile | home | uni | corp | cloud | vpn
    country: str
    v4: tuple[str, ...]  # /24s as "a.b.c"
    v6: str | None = None  # /32 or /48 prefix, e.g. "2a02:5870"


def _p(a: int, b: int, c0: int, n: int) -> tuple[str, ...]:
    return tuple(f"{a}.{b}.{c}" for c in range(c0, c0 + n))


NETS: dict[str, Net] = {n.key: n for n in (
    # Greece
    Net("gr_mob_attica", 29147, "mobile", "GR", _p(94, 64, 10, 6), "2a02:5870"),
    Net("gr_mob_aegean", 25472, "mobile", "GR", _p(37, 6, 40, 4), "2a02:85f0"),
    Net("gr_mob_nova", 203521, "mobile", "GR", _p(185, 44, 128, 3), None),
    Net("gr_home_pelagos", 48317, "home", "GR", _p(79, 107, 0, 64), "2a02:214c"),
    Net("gr_home_egnatia", 57904, "home", "GR", _p(46, 176, 64, 48), "2a0d:5d40"),
    Net("gr_home_kyma", 206118, "home", "GR", _p(178, 147, 0, 40), None),
    Net("gr_uni_athens", 49831, "uni", "GR", _p(147, 102, 8, 6), "2001:648:2ff0"),
    Net("gr_uni_thess", 51022, "uni", "GR", _p(155, 207, 20, 4), "2001:648:2c30"),
    Net("gr_corp_piraeus", 210442, "corp", "GR", _p(212, 205, 118, 1), None),
    # Cyprus
    Net("cy_mob_kypros", 50233, "mobile", "CY", _p(31, 153, 96, 3), "2a02:c7e0"),
    Net("cy_home_troodos", 42881, "home", "CY", _p(82, 116, 192, 24), None),
    Net("cy_uni_nicosia", 59770, "uni", "CY", _p(194, 42, 12, 2), None),
    Net("cy_dc_amathus", 201446, "corp", "CY", _p(185, 191, 228, 4), None),
    # Israel
    Net("il_mob_carmel", 47129, "mobile", "IL", _p(176, 228, 0, 6), "2a0d:6fc0"),
    Net("il_mob_negev", 39611, "mobile", "IL", _p(37, 142, 160, 4), "2a01:6500"),
    Net("il_home_yarkon", 57310, "home", "IL", _p(87, 68, 0, 64), "2a06:c701"),
    Net("il_home_galil", 60183, "home", "IL", _p(109, 64, 128, 48), None),
    Net("il_uni_haifa", 198422, "uni", "IL", _p(132, 68, 40, 6), "2001:bf8:10"),
    Net("il_corp_tlv", 61295, "corp", "IL", _p(213, 57, 84, 4), None),
    # clouds and hosting (public ASNs)
    Net("aws_il", 16509, "cloud", "IL", _p(51, 16, 32, 12), "2a05:d01c"),
    Net("aws_milan", 16509, "cloud", "IT", _p(15, 160, 0, 16), "2a05:d01a"),
    Net("azure_eu", 8075, "cloud", "NL", _p(20, 86, 72, 12), None),
    Net("gcp_eu", 396982, "cloud", "BE", _p(34, 140, 96, 12), None),
    Net("hetzner", 24940, "cloud", "DE", _p(65, 108, 64, 16), "2a01:4f9"),
    Net("ovh", 16276, "cloud", "FR", _p(51, 38, 112, 12), "2001:41d0"),
    # commercial VPN exits
    Net("vpn_m247", 9009, "vpn", "GR", _p(185, 206, 224, 2), None),
    Net("vpn_datacamp", 60068, "vpn", "IL", _p(169, 150, 204, 2), None),
    Net("vpn_shield", 212238, "vpn", "CY", _p(193, 176, 86, 1), None),
)}

GR_MOBILE = ("gr_mob_attica", "gr_mob_attica", "gr_mob_aegean", "gr_mob_nova")
GR_HOME = ("gr_home_pelagos", "gr_home_pelagos", "gr_home_egnatia", "gr_home_kyma")
CY_HOME = ("cy_home_troodos",)
IL_MOBILE = ("il_mob_carmel", "il_mob_carmel", "il_mob_negev")
IL_HOME = ("il_home_yarkon", "il_home_yarkon", "il_home_galil")
VPN = ("vpn_m247", "vpn_datacamp", "vpn_shield")
RESI = GR_HOME + IL_HOME + CY_HOME  # residential-proxy exits live on ordinary home lines


def home_ip(rng: random.Random, key: str) -> tuple[str, int]:
    n = NETS[key]
    return f"{rng.choice(n.v4)}.{rng.randrange(2, 254)}", n.asn


def cgnat_ip(rng: random.Random, key: str) -> tuple[str, int]:
    """A CGNAT pool address (a few hundred for the whole carrier) or, sometimes, native IPv6."""
    n = NETS[key]
    if n.v6 and rng.random() < 0.35:
        return f"{n.v6}:{rng.randrange(1, 0xffff):x}:{rng.randrange(0xffff):x}::{rng.randrange(1, 0xff):x}", n.asn
    return f"{n.v4[rng.randrange(len(n.v4))]}.{rng.randrange(1, 64)}", n.asn


def fixed_ip(key: str, salt: str, hosts: int = 8) -> tuple[str, int]:
    """A stable office/server address derived from a name (world-level, no randomness)."""
    n = NETS[key]
    h = int(digest(key, salt), 16)
    return f"{n.v4[h % len(n.v4)]}.{10 + (h >> 8) % hosts}", n.asn


def pool_ip(rng: random.Random, key: str, salt: str, size: int = 8) -> tuple[str, int]:
    n = NETS[key]
    h = int(digest(key, salt), 16)
    return f"{n.v4[h % len(n.v4)]}.{10 + (h >> 8) % 200 + rng.randrange(size)}", n.asn


def vpn_ip(rng: random.Random) -> tuple[str, int]:
    n = NETS[rng.choice(VPN)]
    return f"{rng.choice(n.v4)}.{rng.randrange(3, 40)}", n.asn


# ---------------------------------------------------------------- user agents and devices
CHROME_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/163.0.0.0 Safari/537.36"
CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/163.0.0.0 Safari/537.36"
EDGE_WIN = CHROME_WIN + " Edg/163.0.3102.54"
SAFARI_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/27.4 Safari/605.1.15"
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:151.0) Gecko/20100101 Firefox/151.0"
SAFARI_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 27_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/27.4 Mobile/15E148 Safari/604.1"
CHROME_ANDROID = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/163.0.0.0 Mobile Safari/537.36"
BROWSERS = ((CHROME_WIN, 40), (CHROME_MAC, 12), (EDGE_WIN, 10), (SAFARI_MAC, 12), (FIREFOX, 4),
            (SAFARI_IOS, 12), (CHROME_ANDROID, 10))
# TLS fingerprints (JA4-style): everyone on the same browser build shares one
JA4 = {CHROME_WIN: "t13d1516h2_8daaf6152771_d8a2da3f94cd", CHROME_MAC: "t13d1516h2_8daaf6152771_d8a2da3f94cd",
       EDGE_WIN: "t13d1516h2_8daaf6152771_02713d6af862", SAFARI_MAC: "t13d2014h2_a09f3c656075_14788d8d241b",
       FIREFOX: "t13d1715h2_5b57614c22b0_3d5424432f57", SAFARI_IOS: "t13d2014h2_a09f3c656075_e42f34c56612",
       CHROME_ANDROID: "t13d1516h2_8daaf6152771_b1ff8ab2d16f"}

IOS_DEVICES = ("iPhone16,2", "iPhone17,1", "iPhone17,3", "iPhone18,2", "iPhone15,4", "iPad14,3")
ANDROID_DEVICES = ("SM-S931B", "SM-A566B", "SM-A366B", "Pixel 10", "Pixel 9a", "2412DPC0AG", "CPH2653", "SM-X710")
LOCALES = {"GR": "el_GR", "CY": "el_CY", "IL": "he_IL"}

SDK_UAS = ("aegean-python/2.6.0", "aegean-python/2.5.3", "aegean-node/1.19.2", "OpenAI/Python 2.14.0",
           "AsyncOpenAI/Python 2.14.0", "python-httpx/0.28.1", "langchain-aegean/0.4.12 python-httpx/0.28.1",
           "Go-http-client/2.0", "axios/1.10.0", "curl/8.14.1")


def browser(rng: random.Random) -> tuple[str, str]:
    ua = rng.choices([b[0] for b in BROWSERS], [b[1] for b in BROWSERS])[0]
    return ua, "ja4:" + JA4[ua]


def mobile_app(rng: random.Random, country: str) -> tuple[str, str]:
    """First-party app: UA names the build and handset; device id is a per-install id."""
    loc = LOCALES.get(country, "en_US")
    if rng.random() < 0.55:
        ua = f"AegeanChat/4.18.{rng.choice((0, 2, 2, 3))} ({rng.choice(IOS_DEVICES)}; iOS 27.{rng.choice((3, 4, 4, 5))}; {loc}) CFNetwork/3826.500.62 Darwin/25.4.0"
        return ua, "ios:" + uuid4(rng).upper()
    ua = f"AegeanChat/4.18.{rng.choice((0, 1, 1, 3))} (Android {rng.choice((15, 16, 16, 17))}; {rng.choice(ANDROID_DEVICES)}; {loc.replace('_', '-')}) okhttp/5.1.0"
    return ua, "and:" + f"{rng.getrandbits(64):016x}"


def sdk(rng: random.Random) -> str:
    return rng.choice(SDK_UAS)


# ---------------------------------------------------------------- payment instruments
def card(rng: random.Random) -> str:
    return "pmfp_" + f"{rng.getrandbits(80):020x}"


def named_card(name: str) -> str:
    """A card known to the whole world (a company's corporate card, a cram school's card)."""
    return "pmfp_" + digest("card", name, n=20)
