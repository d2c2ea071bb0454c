"""The Wisła world: time window, regions, networks, clients and models.

Everything random is drawn from `World.rng(name)` = random.Random(f"{seed}/{name}"),
so every population has its own stream and adding one never shifts another.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timezone

HOUR = 3_600_000
MIN = 60_000
DAY = 24 * HOUR

# 00:00 Warsaw (CEST, UTC+2) on Wednesday 5 May 2027 = 22:00Z on 4 May.
WINDOW_START = int(datetime(2027, 5, 4, 22, 0, tzinfo=timezone.utc).timestamp() * 1000)
LAUNCH = WINDOW_START + 14 * HOUR  # wisla-3 press event, 14:00 Warsaw on day 1
MATURA_MATHS = WINDOW_START + DAY + 9 * HOUR  # Thursday 6 May, 09:00 Warsaw (basic level maths)


@dataclass(frozen=True)
class Region:
    name: str
    offset: int  # hours from UTC in May 2027
    country: str
    fixed: tuple[str, ...]
    mobile: tuple[str, ...]
    edu: tuple[str, ...]


REGIONS: dict[str, Region] = {
    "warsaw": Region("warsaw", 2, "PL", ("orange_pl", "netia", "upc_pl", "vectra"), ("tmobile_pl", "plus_pl", "play_pl", "orange_pl_m"), ("nask_ose", "pionier_waw")),
    "krakow": Region("krakow", 2, "PL", ("orange_pl", "upc_pl", "netia", "vectra"), ("tmobile_pl", "plus_pl", "play_pl", "orange_pl_m"), ("nask_ose", "cyfronet")),
    "wroclaw": Region("wroclaw", 2, "PL", ("orange_pl", "vectra", "netia", "inea"), ("tmobile_pl", "plus_pl", "play_pl", "orange_pl_m"), ("nask_ose", "wask")),
    "gdansk": Region("gdansk", 2, "PL", ("orange_pl", "vectra", "netia"), ("tmobile_pl", "plus_pl", "play_pl", "orange_pl_m"), ("nask_ose", "task_gda")),
    "prague": Region("prague", 2, "CZ", ("o2_cz", "vodafone_cz_f", "cetin_isp"), ("tmobile_cz", "vodafone_cz", "o2_cz_m"), ("cesnet",)),
    "brno": Region("brno", 2, "CZ", ("o2_cz", "vodafone_cz_f"), ("tmobile_cz", "vodafone_cz", "o2_cz_m"), ("cesnet",)),
    "budapest": Region("budapest", 2, "HU", ("magyar_telekom", "digi_hu"), ("one_hu", "telekom_hu_m"), ("kifu",)),
    "bratislava": Region("bratislava", 2, "SK", ("slovak_telekom", "orange_sk_f"), ("orange_sk", "o2_sk"), ("sanet",)),
    "vilnius": Region("vilnius", 3, "LT", ("telia_lt",), ("bite_lt", "tele2_lt"), ("litnet",)),
    "kyiv": Region("kyiv", 3, "UA", ("ukrtelecom", "volia"), ("kyivstar", "vodafone_ua", "lifecell"), ("uran",)),
    "london": Region("london", 1, "GB", ("bt", "virgin"), ("ee", "three_uk"), ("janet",)),
    "berlin": Region("berlin", 2, "DE", ("telekom_de", "vodafone_de"), ("telefonica_de",), ("dfn",)),
    "newyork": Region("newyork", -4, "US", ("verizon", "comcast"), ("att_m", "tmobile_us"), ("internet2",)),
}
PL_CITIES = ("warsaw", "krakow", "wroclaw", "gdansk")

# name: (asn, kind, first two octets of the prefixes it announces); prefixes are invented but plausible.
ASNS: dict[str, tuple[int, str, tuple[str, ...]]] = {
    "orange_pl": (5617, "fixed", ("83.24", "83.31", "79.184", "37.47")),
    "orange_pl_m": (5617, "mobile", ("46.134", "37.248")),
    "netia": (12741, "fixed", ("77.253", "83.238", "95.49")),
    "upc_pl": (6830, "fixed", ("89.64", "78.10", "31.11")),
    "vectra": (29314, "fixed", ("188.146", "185.36", "91.216")),
    "inea": (13110, "fixed", ("178.43", "94.254")),
    "tmobile_pl": (12912, "mobile", ("31.0", "89.73")),
    "plus_pl": (8374, "mobile", ("31.183", "37.225")),
    "play_pl": (39603, "mobile", ("5.173", "37.30")),
    "nask_ose": (8308, "edu", ("195.187", "217.97")),
    "pionier_waw": (8501, "edu", ("193.0", "212.87")),
    "cyfronet": (8267, "edu", ("149.156", "192.86")),
    "wask": (8970, "edu", ("156.17",)),
    "task_gda": (8318, "edu", ("153.19", "213.192")),
    "o2_cz": (5610, "fixed", ("88.100", "90.176", "94.112")),
    "o2_cz_m": (5610, "mobile", ("46.135",)),
    "vodafone_cz_f": (6830, "fixed", ("89.24", "213.220")),
    "cetin_isp": (29208, "fixed", ("185.14",)),
    "tmobile_cz": (5588, "mobile", ("62.245", "89.102")),
    "vodafone_cz": (16019, "mobile", ("46.33", "77.240")),
    "cesnet": (2852, "edu", ("147.251", "195.113", "147.32")),
    "magyar_telekom": (5483, "fixed", ("84.0", "84.2", "188.142")),
    "telekom_hu_m": (5483, "mobile", ("188.6",)),
    "digi_hu": (20845, "fixed", ("86.101", "94.21")),
    "one_hu": (21334, "mobile", ("46.139", "80.98")),
    "kifu": (1955, "edu", ("152.66", "148.6")),
    "slovak_telekom": (6855, "fixed", ("92.245", "178.40")),
    "orange_sk_f": (15962, "fixed", ("85.237",)),
    "orange_sk": (15962, "mobile", ("188.167",)),
    "o2_sk": (50923, "mobile", ("37.9",)),
    "sanet": (2607, "edu", ("147.175",)),
    "telia_lt": (8764, "fixed", ("78.56", "84.15", "88.119")),
    "bite_lt": (13194, "mobile", ("88.222", "212.59")),
    "tele2_lt": (35189, "mobile", ("62.80",)),
    "litnet": (2847, "edu", ("158.129",)),
    "ukrtelecom": (6849, "fixed", ("176.36", "91.196")),
    "volia": (25229, "fixed", ("93.72", "109.86")),
    "kyivstar": (15895, "mobile", ("46.211", "176.104")),
    "vodafone_ua": (21497, "mobile", ("46.133", "89.209")),
    "lifecell": (34058, "mobile", ("46.96", "176.60")),
    "uran": (12687, "edu", ("194.44",)),
    "bt": (2856, "fixed", ("86.128", "81.154")),
    "virgin": (5089, "fixed", ("82.20", "86.0")),
    "ee": (12576, "mobile", ("31.94", "92.40")),
    "three_uk": (206067, "mobile", ("188.28",)),
    "janet": (786, "edu", ("128.40",)),
    "telekom_de": (3320, "fixed", ("79.192", "87.150", "93.200")),
    "vodafone_de": (3209, "fixed", ("88.64", "94.134")),
    "telefonica_de": (6805, "mobile", ("77.5", "89.204")),
    "dfn": (680, "edu", ("141.20",)),
    "verizon": (701, "fixed", ("71.105", "108.46")),
    "comcast": (7922, "fixed", ("73.15", "98.113")),
    "att_m": (20057, "mobile", ("166.137",)),
    "tmobile_us": (21928, "mobile", ("172.56",)),
    "internet2": (11537, "edu", ("128.122",)),
    # clouds and hosting
    "gcp": (396982, "dc", ("34.116", "34.118")),
    "aws": (16509, "dc", ("3.120", "18.184", "52.29")),
    "azure": (8075, "dc", ("20.215", "51.105")),
    "ovh": (16276, "dc", ("51.68", "54.37", "146.59")),
    "hetzner": (24940, "dc", ("65.108", "95.217", "168.119")),
    "digitalocean": (14061, "dc", ("164.90", "134.209")),
    "atman": (24748, "dc", ("185.129", "217.17")),
    "beyond": (50606, "dc", ("46.242",)),
    "linode": (63949, "dc", ("172.105",)),
    # commercial VPN exits
    "m247": (9009, "vpn", ("185.156", "89.238", "37.120")),
    "datacamp": (60068, "vpn", ("156.146", "185.94")),
    "proton": (62371, "vpn", ("185.159", "149.88")),
    "clouvider": (62240, "vpn", ("45.134", "194.127")),
    # corporate networks
    "corp_bank": (15694, "corp", ("193.111",)),
    "corp_energy": (50481, "corp", ("194.181",)),
    "gov_pl": (8971, "corp", ("195.205",)),
}


@dataclass(frozen=True)
class Client:
    ua: str
    fp: str  # TLS/client fingerprint shared by every install of this client


WEB = (
    Client("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", "t13d1516h2_8daaf6152771_e5627efa2ab1"),
    Client("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0", "t13d1516h2_8daaf6152771_e5627efa2ab1"),
    Client("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15", "t13d2014h2_a09f3c656075_14788d8d241b"),
    Client("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0", "t13d1715h2_5b57614c22b0_3d5424432f57"),
    Client("Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36", "t13d1516h2_8daaf6152771_02713d6af862"),
    Client("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", "t13d2014h2_a09f3c656075_14788d8d241b"),
    Client("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", "t13d1516h2_8daaf6152771_e5627efa2ab1"),
)
WEB_W = (30, 8, 12, 9, 22, 14, 5)
SDK = {
    "wisla-python": Client("wisla-python/1.8.2 (CPython 3.11.9; Linux)", "t13d1812h1_85036bcba153_375ca2c5e164"),
    "wisla-python-old": Client("wisla-python/1.6.0 (CPython 3.10.12; Linux)", "t13d1812h1_85036bcba153_375ca2c5e164"),
    "wisla-node": Client("wisla-node/1.5.0 (Node.js v20.12.2; darwin)", "t13d1011h1_61a7ad8aa9b6_3a8073edd8ef"),
    "openai-python": Client("OpenAI/Python 1.30.1", "t13d1812h1_85036bcba153_375ca2c5e164"),
    "httpx": Client("python-httpx/0.27.0", "t13d1812h1_85036bcba153_375ca2c5e164"),
    "requests": Client("python-requests/2.31.0", "t13d1812h1_85036bcba153_375ca2c5e164"),
    "aiohttp": Client("Python/3.11 aiohttp/3.9.5", "t13d1812h1_85036bcba153_375ca2c5e164"),
    "curl": Client("curl/8.7.1", "t13d3112h2_e8f1e7e78f70_6bebaf5329ac"),
    "go": Client("Go-http-client/2.0", "t13d1311h2_f57a46bbacb6_ab7e3b40a677"),
    "java": Client("Java-http-client/21.0.3", "t13d1912h2_5b57614c22b0_eca864cca44a"),
    "litellm": Client("litellm/1.38.10 OpenAI/Python 1.30.1", "t13d1812h1_85036bcba153_375ca2c5e164"),
    "langchain": Client("langchain-wisla/0.1.7 wisla-python/1.8.2", "t13d1812h1_85036bcba153_375ca2c5e164"),
    "wisla-code": Client("wisla-code/0.9.3 (darwin arm64; node v20.12.2)", "t13d1011h1_61a7ad8aa9b6_3a8073edd8ef"),
    "wisla-code-linux": Client("wisla-code/0.9.3 (linux x64; node v20.12.2)", "t13d1011h1_61a7ad8aa9b6_3a8073edd8ef"),
    "continue": Client("Continue/0.8.27 (vscode 1.89.1)", "t13d1011h1_61a7ad8aa9b6_3a8073edd8ef"),
    "aider": Client("aider/0.40.6 litellm/1.38.10", "t13d1812h1_85036bcba153_375ca2c5e164"),
}
APP_ANDROID = "WislaAI/{v} (Android 14; {m})"
APP_IOS = "WislaAI/{v} (iOS 17.4.1; {m})"
ANDROID_MODELS = ("SM-A546B", "SM-S918B", "Pixel 7", "Redmi Note 12", "moto g54 5G", "SM-A145R", "CPH2581")
IOS_MODELS = ("iPhone14,5", "iPhone15,2", "iPhone13,2", "iPhone16,1", "iPhone12,1")

PRE_MODELS = (("wisla-2.5", 52), ("wisla-2.5-mini", 33), ("wisla-2", 15))
EMBED_MODEL = "wisla-embed-2"
NEW_MODEL = "wisla-3"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def rfc3339(ms: int) -> str:
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


class World:
    def __init__(self, seed: int, days: int, corpora):
        self.seed = seed
        self.days = days
        self.start = WINDOW_START
        self.end = WINDOW_START + days * DAY
        self.corpora = corpora
        self._ids: set[str] = set()
        self._pools: dict[str, list[str]] = {}
        self._entities: dict[str, str] = {}

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}/{name}")

    # identifiers -------------------------------------------------------
    def ident(self, rng: random.Random, prefix: str, n: int = 12, alphabet: str = B36) -> str:
        while True:
            v = prefix + "".join(rng.choice(alphabet) for _ in range(n))
            if v not in self._ids:
                self._ids.add(v)
                return v

    def entity(self, kind: str, name: str, prefix: str, n: int = 12, alphabet: str = B36) -> str:
        """A named shared entity (org, card, voucher): same name, same id, in any call order."""
        key = f"{kind}/{name}"
        if key not in self._entities:
            self._entities[key] = self.ident(self.rng(f"entity/{key}"), prefix, n, alphabet)
        return self._entities[key]

    # networks ----------------------------------------------------------
    def ip(self, rng: random.Random, asn_name: str) -> tuple[str, int]:
        asn, _kind, prefixes = ASNS[asn_name]
        return f"{rng.choice(prefixes)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}", asn

    def pool(self, asn_name: str, size: int, tag: str = "") -> list[tuple[str, int]]:
        """A fixed set of public addresses (CGNAT, school NAT, VPN exits, office egress)."""
        key = f"{asn_name}/{size}/{tag}"
        if key not in self._pools:
            r = self.rng(f"pool/{key}")
            self._pools[key] = [self.ip(r, asn_name) for _ in range(size)]
        return self._pools[key]

    def home_net(self, rng: random.Random, region: str) -> tuple[str, int]:
        reg = REGIONS[region]
        if rng.random() < 0.15:  # some fixed lines are IPv6 only in logs
            asn_name = rng.choice(reg.fixed)
            return f"2a02:{rng.randrange(0x1000, 0xffff):x}:{rng.randrange(0, 0xffff):x}:{rng.randrange(0, 0xffff):x}::{rng.randrange(1, 0xffff):x}", ASNS[asn_name][0]
        return self.ip(rng, rng.choice(reg.fixed))

    def mobile_pool(self, region: str, carrier: str) -> list[tuple[str, int]]:
        return self.pool(carrier, 160, f"cgnat-{REGIONS[region].country}")

    # clients -----------------------------------------------------------
    def web_client(self, rng: random.Random) -> Client:
        return rng.choices(WEB, weights=WEB_W)[0]

    def app_client(self, rng: random.Random, version: str = "3.4.2") -> tuple[str, str]:
        if rng.random() < 0.62:
            ua = APP_ANDROID.format(v=version, m=rng.choice(ANDROID_MODELS))
            return ua, "and-" + "".join(rng.choice(HEX) for _ in range(16))
        ua = APP_IOS.format(v=version, m=rng.choice(IOS_MODELS))
        return ua, "ios-" + "".join(rng.choice(HEX) for _ in range(16)).upper()

    # models ------------------------------------------------------------
    def adopt_time(self, rng: random.Random, pace: str, created: int) -> int | None:
        """When an account switches to wisla-3; None = stays on its old model."""
        if pace == "never":
            return None
        if created >= LAUNCH or pace == "eager":
            return max(created, LAUNCH + int(rng.uniform(0, 25) * MIN))
        if pace == "fast":
            return LAUNCH + int(rng.expovariate(1 / 4) * HOUR) if rng.random() < 0.8 else None
        if pace == "slow":
            return LAUNCH + int(rng.expovariate(1 / 18) * HOUR) if rng.random() < 0.45 else None
        raise ValueError(pace)


def pick_model(rng: random.Random, adopt_at: int | None, ts: int, base=PRE_MODELS) -> str:
    if adopt_at is not None and ts >= adopt_at and ts >= LAUNCH:
        return NEW_MODEL if rng.random() < 0.9 else "wisla-2.5-mini"
    names = [m for m, _ in base]
    return rng.choices(names, weights=[w for _, w in base])[0]
