"""The world of heldout12: clock, regions, networks, clients, accounts and events.

Standard library only. Every random stream is random.Random(f"{seed}:{name}").
"""
from __future__ import annotations

import hashlib
import random
from datetime import datetime, timezone

H = 3_600_000
DAY = 24 * H
# Sunday 18 October 2026, 00:00 UTC (no DST change, no Ramadan in any region).
START = int(datetime(2026, 10, 18, tzinfo=timezone.utc).timestamp() * 1000)
# "lyra-3" goes public on Monday 19 October at 04:50 UTC (12:50 in Hong Kong/Taipei/Manila).
RELEASE = START + DAY + 4 * H + 50 * 60_000
OLD_MODELS = ("lyra-2", "lyra-2-mini", "lyra-2-code")
NEW_MODEL = "lyra-3"


def hid(*parts: object, n: int = 16) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16).hexdigest()[:n]


def iso(ms: int) -> str:
    d = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


# UTC offsets on the simulated dates (Europe still on summer time until 25 Oct).
OFFSET = {"ID": 7, "VN": 7, "TH": 7, "PH": 8, "MY": 8, "SG": 8, "TW": 8, "HK": 8, "CN": 8,
          "TR": 3, "KZ": 5, "UZ": 5, "ES": 2, "IT": 2, "PT": 1, "GR": 3, "MA": 1, "EG": 3}
# Consumer ISPs and mobile carriers per country (first is the fixed-line incumbent).
ISP = {"ID": [7713, 23693, 4761], "VN": [45899, 7552, 18403], "TH": [7470, 45430], "PH": [9299, 132199],
       "MY": [4788, 10030], "SG": [7473, 9506], "TW": [3462, 9924], "HK": [4760, 9269], "CN": [4134, 4837],
       "TR": [9121, 16135, 15897], "KZ": [9198, 21299], "UZ": [8193, 64466], "ES": [3352, 12479],
       "IT": [3269, 30722], "PT": [3243, 12353], "GR": [6799, 1241], "MA": [6713, 36903], "EG": [8452, 24835]}
MOBILE = {7552, 23693, 4761, 45430, 132199, 10030, 9506, 9924, 16135, 15897, 21299, 64466, 12479, 30722,
          12353, 1241, 36903, 24835}
CAMPUS = {"TW": 1659, "TR": 8517, "ES": 766, "IT": 137, "GR": 5408, "CN": 4538, "ID": 7713, "VN": 45899, "EG": 8452}
CLOUD = {"aws": 16509, "gcp": 396982, "azure": 8075, "alibaba": 45102, "tencent": 132203, "hetzner": 24940,
         "ovh": 16276, "do": 14061, "contabo": 51167, "aruba": 31034, "oracle": 31898, "zscaler": 53813}
REGION_MIX = {"ID": 14, "VN": 10, "PH": 9, "TH": 6, "MY": 5, "SG": 4, "TR": 10, "KZ": 3, "UZ": 2, "ES": 7,
              "IT": 6, "PT": 2, "GR": 2, "MA": 3, "EG": 5, "TW": 5, "HK": 4, "CN": 3}
LANG = {"ID": "id", "VN": "vi", "TH": "th", "PH": "en", "MY": "ms", "SG": "en", "TW": "zh", "HK": "zh",
        "CN": "zh", "TR": "tr", "KZ": "ru", "UZ": "uz", "ES": "es", "IT": "it", "PT": "pt", "GR": "el",
        "MA": "fr", "EG": "ar"}

_FIRST = [36, 41, 42, 49, 58, 59, 60, 61, 78, 79, 81, 85, 88, 89, 91, 94, 95, 101, 103, 110, 112, 113, 114, 115,
          116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 175, 176, 177, 178, 180, 182, 183, 185, 188, 193,
          195, 196, 197, 200, 202, 203, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222, 223]


def ip4(asn: int, n: int) -> str:
    h = hashlib.blake2b(f"asn:{asn}".encode(), digest_size=4).digest()
    return f"{_FIRST[h[0] % len(_FIRST)]}.{h[1]}.{(n >> 8) & 255}.{n & 255}"


def ip6(asn: int, n: int) -> str:
    h = hashlib.blake2b(f"asn6:{asn}".encode(), digest_size=4).hexdigest()
    return f"2400:{h[:4]}:{h[4:]}:{n & 0xffff:x}::{(n * 2654435761) & 0xffff:x}"


# Profiles: relative activity by LOCAL hour.
PROFILE = {
    "human": [2, 1, .6, .4, .3, .4, .8, 1.5, 2.5, 3, 3.2, 3.2, 3, 3, 3, 3, 3.2, 3.4, 3.6, 4, 4.2, 4, 3.4, 2.5],
    "work": [.2, .1, .1, .1, .1, .2, .6, 1.8, 3.5, 4, 4, 3.6, 2.6, 3.5, 4, 3.8, 3.4, 2.4, 1.2, .8, .6, .5, .4, .3],
    "evening": [2.2, 1.2, .6, .3, .2, .2, .4, .8, 1.2, 1.5, 1.6, 1.8, 2, 2, 2, 2.4, 2.8, 3.2, 3.8, 4.4, 4.8, 4.6, 4, 3.2],
    "daylight": [.3, .1, 0, 0, 0, .1, .6, 1.6, 2.6, 3.2, 3.4, 3.4, 3.2, 3.4, 3.5, 3.4, 3.1, 2.8, 2.6, 2.6, 2.4, 2, 1.4, .8],
    "flat": [1] * 24,
}


def local_ts(r: random.Random, day: int, off: int, profile: str, not_before: int = 0) -> int:
    """A time on UTC day `day`, its local hour drawn from the profile."""
    w = PROFILE[profile]
    for _ in range(20):
        hour = r.choices(range(24), weights=w)[0]
        ts = START + day * DAY + ((hour - off) % 24) * H + r.randrange(H)
        if ts >= not_before:
            return ts
    return max(not_before, START + day * DAY) + r.randrange(H)


def sessions(r: random.Random, day: int, off: int, profile: str, n: int, per_session: float,
             gap_s: float, not_before: int = 0) -> list[int]:
    """n request times grouped in sessions (mean size per_session, exponential gaps of mean gap_s)."""
    out: list[int] = []
    while len(out) < n:
        t = local_ts(r, day, off, profile, not_before)
        size = max(1, int(r.expovariate(1 / per_session)) + 1)
        for _ in range(min(size, n - len(out))):
            out.append(t)
            t += int(r.expovariate(1 / gap_s) * 1000) + 1500
    return sorted(out)


def day_count(r: random.Random, mean: float, sigma: float = 0.8) -> int:
    return max(0, int(r.lognormvariate(0, sigma) * mean / (2.718281828 ** (sigma * sigma / 2)) + r.random()))


# Clients. device_id in this world = hash of the HTTP/2 connection preface (SETTINGS values, WINDOW_UPDATE,
# pseudo-header order) as seen by the edge; it identifies a client *stack*, not a person, and is null for
# HTTP/1.1 clients. Variants are OS/version differences of the same stack.
def _h2(stack: str, variant: int) -> str:
    return "h2:" + hid("h2fp", stack, variant, n=20)


CHROME_V = [127, 128, 129, 130, 130, 130, 131]
PHONES = ["SM-A546E", "SM-A155F", "Redmi Note 13", "CPH2591", "V2247", "RMX3834", "Pixel 8", "TECNO KI7"]


def client(r: random.Random, kind: str) -> tuple[str | None, str | None]:
    """(user_agent, device_id) for a client kind."""
    if kind == "chrome":
        v = r.choice(CHROME_V)
        os_ = r.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64"])
        return (f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
                _h2("chromium", v >= 130))
    if kind == "edge":
        v = r.choice(CHROME_V)
        return (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 "
                f"Safari/537.36 Edg/{v}.0.0.0", _h2("chromium", v >= 130))
    if kind == "chrome-android":
        v = r.choice(CHROME_V)
        return (f"Mozilla/5.0 (Linux; Android {r.choice([12, 13, 14, 14, 15])}; {r.choice(PHONES)}) AppleWebKit/537.36 "
                f"(KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36", _h2("chromium-android", v >= 130))
    if kind == "safari":
        v = r.choice(["17.6", "18.0", "18.1"])
        dev = r.choice(["iPhone; CPU iPhone OS 18_0 like Mac OS X", "Macintosh; Intel Mac OS X 10_15_7"])
        return (f"Mozilla/5.0 ({dev}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15",
                _h2("webkit", v))
    if kind == "firefox":
        v = r.choice([130, 131, 132])
        return (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0", _h2("gecko", 0))
    if kind == "app-android":
        v = r.choice(["5.11.2", "5.12.0", "5.12.0"])
        return f"LyraApp/{v} (Android {r.choice([13, 14, 15])}; {r.choice(PHONES)}) okhttp/4.12.0", _h2("okhttp", 4)
    if kind == "app-ios":
        v = r.choice(["5.11.4", "5.12.1", "5.12.1"])
        return f"LyraApp/{v} (iOS 18.{r.randrange(2)}; iPhone{r.choice(['14,5', '15,2', '16,1'])}) CFNetwork/1568", _h2("cfnetwork", 18)
    if kind == "py":
        v = r.choice(["1.38.0", "1.40.1", "1.42.0", "1.42.0"])
        return f"lyra-python/{v} httpx/0.27.2 CPython/3.{r.choice([10, 11, 12])}", _h2("httpx", 27)
    if kind == "node":
        v = r.choice(["4.61.0", "4.63.2"])
        return f"lyra-node/{v} undici/6.19.8 Node/{r.choice(['18.20.4', '20.17.0', '22.9.0'])}", _h2("undici", 6)
    if kind == "go":
        return "Go-http-client/2.0", _h2("go-x-net", 123)
    if kind == "curl":
        return f"curl/{r.choice(['7.81.0', '8.5.0', '8.9.1'])}", _h2("nghttp2-curl", 0)
    if kind == "requests":
        return "python-requests/2.32.3", None
    if kind == "hyper":
        return "lyra-rs/0.9.3", _h2("hyper", 1)
    raise KeyError(kind)


WEB = "/web/conversation"
MOBILE_EP = "/mobile/conversation"
CHAT = "/v1/chat/completions"
RESP = "/v1/responses"
BROWSER = {"chrome", "edge", "chrome-android", "safari", "firefox"}


class Account:
    def __init__(self, w: "World", pop: str, idx: int, *, label: str = "benign", campaign: str | None = None,
                 region: str = "ID", age_days: float = 200.0, kind: str = "chrome", org: str | None = None,
                 pay: str | None = None, nkeys: int = 1, r: random.Random | None = None):
        r = r or w.rng(f"acct:{pop}:{idx}")
        self.w, self.pop, self.region = w, pop, region
        self.id = "u" + hid(w.seed, "acct", pop, idx, n=13)
        self.off = OFFSET[region]
        self.created = START - int(age_days * DAY) - r.randrange(DAY)
        self.kind = kind
        self.ua, self.dev = client(r, kind)
        self.org, self.pay = org, pay
        self.keys = ["key_" + hid(w.seed, "key", self.id, k, n=18) for k in range(nkeys)]
        self.n = 0
        w.labels[self.id] = {"label": label, "population": pop, "campaign": campaign}

    def emit(self, r: random.Random, ts: int, prompt: str, *, model: str, ctoks: int, ip: str, asn: int | None,
             system: str | None = None, endpoint: str | None = None, status: int = 200, ua: object = "-",
             dev: object = "-", key: object = "-") -> None:
        w = self.w
        if not (w.start <= ts < w.end):
            return
        if endpoint is None:
            endpoint = WEB if self.kind in BROWSER else MOBILE_EP if self.kind.startswith("app") else CHAT
        if key == "-":
            key = None if endpoint in (WEB, MOBILE_EP) else r.choice(self.keys)
        prompt = prompt[:2000]
        ptoks = int((len(prompt) + len(system or "")) / r.uniform(3.3, 4.2)) + 7
        if status != 200:
            ctoks = 0 if status != 499 else int(ctoks * r.random() * 0.5)
        self.n += 1
        w.events.append({
            "event_id": "evt_" + hid(w.seed, self.id, self.n, n=20),
            "ts": ts, "account_id": self.id, "prompt_tokens": ptoks, "completion_tokens": max(0, int(ctoks)),
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system, "status": status,
            "org_id": self.org, "api_key_id": key, "ip": ip, "asn": asn,
            "user_agent": self.ua if ua == "-" else ua, "device_id": self.dev if dev == "-" else dev,
            "payment_fingerprint": self.pay, "account_created_at": iso(self.created),
        })


def status_for(r: random.Random, ts: int, model: str, kind: str, p429: float = 0.01) -> int:
    x = r.random()
    if model == NEW_MODEL and RELEASE <= ts < RELEASE + 3 * H and x < 0.06:
        return 529  # overloaded in the launch rush
    if x < p429 + 0.003:
        return 429 if x >= 0.003 else 500
    if kind in BROWSER and x > 0.988:
        return 499  # tab closed / stop button
    return 200


class World:
    def __init__(self, seed: int, days: int, scale: float, corpus):
        self.seed, self.days, self.scale, self.c = seed, days, scale, corpus
        self.start, self.end = START, START + days * DAY
        self.events: list[dict] = []
        self.labels: dict[str, dict] = {}

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")

    def count(self, n: float) -> int:
        return max(1, int(round(n * self.scale)))

    def pay(self, kind: str, *parts: object) -> str:
        return f"{kind}:" + hid(self.seed, "pay", kind, *parts, n=16)

    def org(self, *parts: object) -> str:
        return "ws_" + hid(self.seed, "org", *parts, n=12)

    def models(self, ts: int) -> tuple[str, ...]:
        return OLD_MODELS + ((NEW_MODEL,) if ts >= RELEASE else ())


def region_pick(r: random.Random, only: dict[str, float] | None = None) -> str:
    mix = only or REGION_MIX
    return r.choices(list(mix), weights=list(mix.values()))[0]


def home_net(r: random.Random, region: str) -> tuple[int, int]:
    asn = r.choice(ISP[region])
    return asn, r.randrange(65536)


def net_ip(r: random.Random, asn: int, n: int, v6_share: float = 0.25) -> str:
    if asn in MOBILE and r.random() < v6_share:
        return ip6(asn, n)
    return ip4(asn, n)
