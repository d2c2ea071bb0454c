"""The Golden Week 2027 world: clock, networks, clients, payment instruments,
accounts, and the event sink every population writes into.

Times are integer epoch milliseconds (UTC). Local time is JST (UTC+9, no DST).
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

HOUR = 3_600_000
MIN = 60_000
DAY = 24 * HOUR
JST = 9 * HOUR

# Monday 3 May 2027 00:00 JST (Constitution Memorial Day) = 2 May 15:00 UTC.
START = 1_809_270_000_000
RELEASE = START + DAY + 11 * HOUR  # Tuesday 4 May (Greenery Day) 11:00 JST
OLD_MODELS = ("tsubame-2.5", "tsubame-2.5-mini")
NEW_MODEL = "tsubame-3"
NEW_MINI = "tsubame-3-mini"


def rng_for(seed: int, *parts: int) -> random.Random:
    """A Random seeded from integers only (never hash() of strings)."""
    x = seed & 0xFFFFFFFF
    for p in parts:
        x = (x * 1_000_003 + p + 0x9E3779B1) % (1 << 61)
    return random.Random(x)


def hexid(rng: random.Random, n: int = 12) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def day_epoch(year: int, month: int, day: int) -> int:
    """Epoch ms of a calendar date at 00:00 UTC (proleptic Gregorian)."""
    y, m = (year - 1, month + 12) if month <= 2 else (year, month)
    days = 365 * y + y // 4 - y // 100 + y // 400 + (153 * (m - 3) + 2) // 5 + day - 719469
    return days * DAY


def created_between(rng: random.Random, a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    lo, hi = day_epoch(*a), day_epoch(*b)
    return lo + rng.randrange(hi - lo) // 1000 * 1000


# ---- hour-of-day profiles (JST), 24 weights each ----------------------------
def _p(*w: float) -> tuple[float, ...]:
    assert len(w) == 24
    return w


HOLIDAY_PERSONAL = _p(3, 2, 1.2, .6, .4, .4, .7, 1.2, 2, 3, 4, 4.5, 4.5, 4.2, 4.3, 4.3, 4.2, 4, 4.2, 5, 5.6, 6, 5.6, 4.5)
STUDENT = _p(3, 2, 1, .4, .2, .2, .4, 1, 1.5, 2.5, 3, 3, 2.6, 2.8, 3.2, 3.6, 3.6, 3.6, 3.4, 4.2, 5.2, 5.8, 5.4, 4.4)
JUKU_CLASS = _p(.1, .05, 0, 0, 0, 0, 0, .1, .6, 2.5, 4, 4, 2.5, 3.5, 4, 4, 3.8, 3.5, 3, 3, 2.6, 2, 1, .4)
ONCALL_OFFICE = _p(.4, .3, .2, .2, .2, .2, .3, .6, 1.5, 3, 3.5, 3.5, 2.5, 3.5, 3.5, 3.3, 3, 2.5, 1.8, 1.4, 1.2, 1, .8, .6)
STUDIO = _p(1, .7, .4, .2, .1, .1, .1, .3, .8, 2, 3.5, 4, 3, 4, 4.2, 4.2, 4, 3.8, 3.5, 3.2, 2.8, 2.5, 2, 1.5)
LINE_USERS = _p(1.5, .8, .4, .3, .3, .5, 1, 1.8, 2.5, 3, 3.5, 4, 4.2, 3.8, 3.6, 3.5, 3.5, 3.6, 3.8, 4, 4.2, 4, 3.2, 2.2)
TRAVEL = _p(1.5, .8, .3, .1, .1, .3, 1, 2.5, 3.5, 3.5, 3, 3, 3, 3, 2.8, 2.8, 3, 3, 3, 3.5, 4, 4, 3.5, 2.5)
FLAT = tuple([1.0] * 24)
EVENING = _p(3, 2.2, 1.2, .5, .3, .2, .3, .5, .8, 1, 1.3, 1.6, 1.8, 1.8, 1.8, 1.9, 2, 2.3, 2.8, 3.6, 4.4, 5, 5, 4.2)
SEOUL_EVE = _p(3.5, 2.5, 1.5, .7, .3, .2, .3, .6, 1, 1.5, 2, 2.3, 2.3, 2.3, 2.2, 2.2, 2.4, 2.6, 3, 3.6, 4.2, 4.6, 4.6, 4.2)


def _cdf(w: tuple[float, ...]) -> list[float]:
    tot, acc, out = sum(w), 0.0, []
    for x in w:
        acc += x / tot
        out.append(acc)
    return out


_CDF_CACHE: dict[int, list[float]] = {}


def sample_time(rng: random.Random, profile: tuple[float, ...], days: int,
                lo: int | None = None, hi: int | None = None) -> int:
    """A time in [lo, hi) (default: whole run) following the JST hour profile."""
    lo = START if lo is None else lo
    hi = START + days * DAY if hi is None else hi
    cdf = _CDF_CACHE.setdefault(id(profile), _cdf(profile))
    for _ in range(50):
        d = rng.randrange(days)
        u = rng.random()
        h = next(i for i, c in enumerate(cdf) if c >= u)
        t = START + d * DAY + h * HOUR + rng.randrange(HOUR)
        if lo <= t < hi:
            return t
    return lo + rng.randrange(max(1, hi - lo))


def lognorm(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0, sigma))


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p < l:
            return k
        k += 1


# ---- networks ---------------------------------------------------------------
@dataclass
class Net:
    name: str
    asn: int
    v4: tuple[int, ...] = ()          # /16 prefixes as (a, b) packed a*256+b
    v6: str = ""                      # a /32 prefix text "2001:268"
    cgnat_pool: int = 0               # public IPv4s shared by all subscribers


NETS = {
    "docomo": Net("docomo", 9605, (1 * 256 + 72, 1 * 256 + 75, 49 * 256 + 96, 110 * 256 + 163), "2001:268", 900),
    "au": Net("au", 2516, (106 * 256 + 128, 106 * 256 + 130, 111 * 256 + 239, 182 * 256 + 250), "2001:268:c", 800),
    "softbank": Net("softbank", 17676, (126 * 256 + 33, 126 * 256 + 161, 126 * 256 + 204), "240b:10", 700),
    "rakuten": Net("rakuten", 138384, (101 * 256 + 102, 133 * 256 + 106), "2400:2410", 300),
    "ocn": Net("ocn", 4713, (153 * 256 + 156, 180 * 256 + 12, 114 * 256 + 148), "2400:4050"),
    "sonet": Net("sonet", 2527, (111 * 256 + 98, 118 * 256 + 240), "240f:7a"),
    "biglobe": Net("biglobe", 2518, (114 * 256 + 179, 180 * 256 + 8), "2404:7a80"),
    "kddi_fttH": Net("kddi_ftth", 2516, (106 * 256 + 72, 60 * 256 + 38), "2001:f71"),
    "iij": Net("iij", 2497, (210 * 256 + 130, 202 * 256 + 232), "2001:240"),
    "nttcom": Net("nttcom", 4713, (61 * 256 + 213, 122 * 256 + 1), "2001:c90"),
    "zscaler": Net("zscaler", 22616, (165 * 256 + 225, 136 * 256 + 226)),
    "aws_tokyo": Net("aws_tokyo", 16509, (13 * 256 + 112, 18 * 256 + 176, 35 * 256 + 72, 52 * 256 + 68, 54 * 256 + 250), "2406:da14"),
    "gcp": Net("gcp", 396982, (34 * 256 + 84, 34 * 256 + 146, 35 * 256 + 187), "2600:1900:4050"),
    "azure_jp": Net("azure_jp", 8075, (20 * 256 + 78, 20 * 256 + 194, 52 * 256 + 185), ""),
    "sakura": Net("sakura", 9370, (133 * 256 + 242, 153 * 256 + 127, 160 * 256 + 16), "2001:e42"),
    "conoha": Net("conoha", 7506, (118 * 256 + 27, 150 * 256 + 95, 163 * 256 + 44), "2400:8500"),
    "vultr": Net("vultr", 20473, (45 * 256 + 76, 139 * 256 + 180, 167 * 256 + 179), "2401:c080"),
    "do_sg": Net("do_sg", 14061, (128 * 256 + 199, 159 * 256 + 89, 188 * 256 + 166), "2400:6180"),
    "hk_idc": Net("hk_idc", 133752, (103 * 256 + 151, 156 * 256 + 251)),
    "shinkansen": Net("shinkansen", 2914, (202 * 256 + 214,)),
    "hotel_a": Net("hotel_wifi_a", 4713, (124 * 256 + 41,)),
    "hotel_b": Net("hotel_wifi_b", 2497, (202 * 256 + 238,)),
    "hotel_c": Net("hotel_wifi_c", 17506, (121 * 256 + 119,)),
    "sinet": Net("sinet", 2907, (133 * 256 + 11, 150 * 256 + 65, 157 * 256 + 82), "2001:2f8"),
    "skt": Net("skt", 9644, (223 * 256 + 38, 223 * 256 + 62), "2001:2d8"),
    "kt": Net("kt", 4766, (175 * 256 + 223, 39 * 256 + 7), "2001:e60"),
    "hinet": Net("hinet", 3462, (1 * 256 + 160, 114 * 256 + 37), "2001:b011"),
    "chinanet": Net("chinanet", 4134, (113 * 256 + 87, 183 * 256 + 14)),
}


def v4(rng: random.Random, net: Net) -> str:
    p = rng.choice(net.v4)
    return f"{p >> 8}.{p & 255}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def v6_prefix56(rng: random.Random, net: Net) -> str:
    """A home line's /56 (FLET'S IPoE style): first 56 bits."""
    return f"{net.v6}:{rng.randrange(1 << 16):x}:{rng.randrange(256):x}"


def v6_in56(rng: random.Random, p56: str) -> str:
    return f"{p56}{rng.randrange(256):02x}:{rng.randrange(1 << 16):x}:{rng.randrange(1 << 16):x}:{rng.randrange(1 << 16):x}:{rng.randrange(1 << 16):x}"


def v6_random(rng: random.Random, net: Net) -> str:
    return v6_in56(rng, v6_prefix56(rng, net))


def cgnat_ip(rng: random.Random, net: Net, epoch: int = -1) -> str:
    """One of the carrier's limited public IPv4 pool (shared by thousands)."""
    r = random.Random(net.asn * 7919 + (rng.randrange(net.cgnat_pool or 250) if epoch < 0 else epoch % (net.cgnat_pool or 250)))
    return v4(r, net)


def fixed_ips(rng: random.Random, net: Net, n: int) -> list[str]:
    return [v4(rng, net) for _ in range(n)]


class Mobile:
    """A phone on a carrier: IPv6 /64 that changes on reconnect, or CGNAT IPv4."""

    def __init__(self, rng: random.Random, carrier: str, v6_share: float = 0.55):
        self.net = NETS[carrier]
        self.v6 = rng.random() < v6_share
        self.slot = -1
        self.cur = ""

    def ip(self, rng: random.Random, ts: int) -> tuple[str, int]:
        slot = ts // (40 * MIN + (self.net.asn % 7) * MIN)
        if slot != self.slot or rng.random() < 0.05:
            self.slot = slot
            self.cur = v6_random(rng, self.net) if self.v6 and self.net.v6 else cgnat_ip(rng, self.net)
        return self.cur, self.net.asn


class Home:
    """An NTT FLET'S IPoE line: a fixed /56, address rotates (privacy extensions)."""

    def __init__(self, rng: random.Random, isp: str):
        self.net = NETS[isp]
        self.p56 = v6_prefix56(rng, self.net)
        self.v4 = v4(rng, self.net)  # IPv4 over MAP-E/DS-Lite, shared with few lines
        self.day = -1
        self.cur = ""

    def ip(self, rng: random.Random, ts: int) -> tuple[str, int]:
        d = (ts - START) // DAY
        if d != self.day:
            self.day = d
            self.cur = v6_in56(rng, self.p56)
        return (self.v4 if rng.random() < 0.15 else self.cur), self.net.asn


class Fixed:
    def __init__(self, ips: list[str], asn: int):
        self.ips, self.asn = ips, asn

    def ip(self, rng: random.Random, ts: int) -> tuple[str, int]:
        return rng.choice(self.ips), self.asn


CARRIERS = ("docomo", "au", "softbank", "rakuten")
CARRIER_W = (0.36, 0.28, 0.26, 0.10)
HOME_ISPS = ("ocn", "sonet", "biglobe", "kddi_fttH", "iij")
HOME_W = (0.38, 0.2, 0.14, 0.2, 0.08)


def pick(rng: random.Random, items, weights=None):
    return rng.choices(items, weights)[0] if weights else rng.choice(items)


# ---- clients ----------------------------------------------------------------
JA4_POOL = {
    "py_linux": "t13d1812h2_85036bcba153_375ca2c5e164",
    "py_mac": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "node": "t13d1516h2_8daaf6152771_02713d6af862",
    "go": "t13d1311h2_f57a46bbacb6_ab7e3b40a677",
    "java": "t13d2014h2_a09f3c656075_14788d8d241b",
    "curl": "t13d3112h2_e8f1e7e78f70_b26ce05bbdaa",
    "chrome": "t13d1516h2_8daaf6152771_e5627efa2ab1",
    "safari": "t13d2014h2_a09f3c656075_e42f34c56612",
}


def app_device(rng: random.Random, platform: str) -> str:
    return f"{platform}-{hexid(rng, 16)}"


UA_SDK = ("openai-python/1.82.0", "openai-python/1.78.1", "openai-node/4.98.0", "tsubame-python/0.9.3",
          "langchain-openai/0.3.17", "python-httpx/0.28.1", "aiohttp/3.11.18", "OkHttp/4.12.0",
          "Go-http-client/2.0", "curl/8.7.1", "LiteLLM/1.71.2", "Dify/1.3.1")
UA_IOS = "Tsubame/{v} (iPhone{m}; iOS {o}; ja_JP)"
UA_ANDROID = "Tsubame/{v} (Android {o}; {m}; ja-JP)"
ANDROID_MODELS = ("SO-51D", "SC-52D", "Pixel 8a", "AQUOS sense8", "SH-53D", "Xperia 10 V", "Galaxy A55", "arrows We2")
UA_BROWSER = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36")


def phone_client(rng: random.Random) -> tuple[str, str]:
    v = rng.choice(("4.2.0", "4.2.1", "4.1.3", "4.3.0"))
    if rng.random() < 0.62:
        ua = UA_IOS.format(v=v, m=rng.choice(("15,3", "16,1", "17,2", "14,5")), o=rng.choice(("18.4", "18.3.2", "17.7")))
        return ua, app_device(rng, "ios")
    ua = UA_ANDROID.format(v=v, o=rng.choice(("14", "15")), m=rng.choice(ANDROID_MODELS))
    return ua, app_device(rng, "and")


def server_client(rng: random.Random, ua: str | None = None) -> tuple[str, str]:
    ua = ua or rng.choice(UA_SDK)
    key = ("node" if "node" in ua else "go" if "Go-" in ua else "java" if "OkHttp" in ua else
           "curl" if "curl" in ua else rng.choice(("py_linux", "py_linux", "py_mac")))
    return ua, JA4_POOL[key]


def browser_client(rng: random.Random) -> tuple[str, str]:
    ua = rng.choice(UA_BROWSER)
    return ua, JA4_POOL["safari" if "Version/" in ua else "chrome"]


# ---- payment ----------------------------------------------------------------
def card(rng: random.Random) -> str:
    return "card_" + hexid(rng, 14)


def invoice(org: str) -> str:
    return "inv_" + org[4:]


def prepaid(rng: random.Random) -> str:
    return "vpc_" + hexid(rng, 14)  # convenience-store prepaid virtual card, one-time


def carrier_billing(rng: random.Random, carrier: str) -> str:
    return f"cb_{carrier}_{hexid(rng, 12)}"


# ---- accounts and the sink --------------------------------------------------
@dataclass
class Account:
    account_id: str
    population: str
    created_at: int
    payment: str | None
    org_id: str | None = None
    campaign: str | None = None
    keys: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "campaign" if self.campaign else "benign"


class World:
    def __init__(self, seed: int, days: int, scale: float):
        self.seed, self.days, self.scale = seed, days, scale
        self.end = START + days * DAY
        self.accounts: list[Account] = []
        self.events: list[tuple] = []
        self._ids = rng_for(seed, 424242)

    def n(self, base: int, lo: int = 1) -> int:
        return max(lo, int(round(base * self.scale)))

    def org(self) -> str:
        return "org_" + hexid(self._ids, 10)

    def account(self, population: str, created_at: int, payment: str | None, org_id: str | None = None,
                campaign: str | None = None, nkeys: int = 1) -> Account:
        a = Account("acct_" + hexid(self._ids, 12), population, created_at, payment, org_id, campaign,
                    ["key_" + hexid(self._ids, 10) for _ in range(nkeys)])
        self.accounts.append(a)
        return a

    def emit(self, a: Account, ts: int, prompt: str, *, system: str | None = None, model: str,
             completion: int, ip: str, asn: int | None, ua: str, device: str | None,
             endpoint: str = "/v1/chat/completions", status: int = 200, key: int = 0,
             extra_prompt_tokens: int = 0) -> None:
        if not START <= ts < self.end or ts < a.created_at:
            return
        pt = count_tokens(prompt) + (count_tokens(system) if system else 0) + extra_prompt_tokens
        if status != 200:
            completion = 0
        self.events.append((ts, len(self.events), a, prompt, system, model, pt, completion, ip, asn, ua,
                            device, endpoint, status, a.keys[key % len(a.keys)]))


def count_tokens(text: str) -> int:
    """Rough BPE estimate: ~4 ASCII chars per token, ~1 token per kana/kanji/hangul."""
    ascii_n = sum(1 for ch in text if ord(ch) < 128) if len(text) < 20000 else int(len(text) * 0.9)
    return max(1, ascii_n // 4 + int((len(text) - ascii_n) * 0.95))


def model_for(rng: random.Random, ts: int, adopt: float, mini_share: float = 0.25, lag_h: float = 2.0) -> str:
    """Old models before the release; after it, adoption grows to `adopt` over ~lag_h hours."""
    mini = rng.random() < mini_share
    if ts >= RELEASE:
        ramp = min(1.0, (ts - RELEASE) / (lag_h * HOUR + 1))
        if rng.random() < adopt * ramp:
            return NEW_MINI if mini else NEW_MODEL
    return OLD_MODELS[1] if mini else OLD_MODELS[0]


def status_for(rng: random.Random, heavy: bool = False) -> int:
    u = rng.random()
    if u < (0.02 if heavy else 0.004):
        return 429
    if u < (0.026 if heavy else 0.009):
        return 400
    if u < (0.029 if heavy else 0.011):
        return 500
    return 200


def cloud(rng: random.Random, name: str, n: int = 1) -> Fixed:
    net = NETS[name]
    return Fixed(fixed_ips(rng, net, n), net.asn)
