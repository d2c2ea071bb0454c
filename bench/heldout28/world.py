"""Shared world: clock, networks, corpora, accounts and the request emitter.

Everything is event-time epoch ms (UTC). Randomness comes from string-seeded
random.Random instances, so a seed gives the same file on any machine.
"""
from __future__ import annotations

import ipaddress
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import orjson

H = 3_600_000
DAY = 24 * H
T0 = 1_820_332_800_000                  # 2027-09-08T00:00+08:00 (= 2027-09-07T16:00Z)
LAUNCH = T0 + 23 * H                    # tala-3 goes live 23:00 Manila, 11:00 New York
CORPUS_DIR = Path("/work/shared/data/prompts")

# ASN -> (name, prefixes). Carrier-grade NAT pools are drawn from these.
ASNS: dict[int, tuple[str, list[str]]] = {
    9299: ("PLDT", ["49.144.0.0/13", "112.208.0.0/12", "180.190.0.0/16", "2001:4450::/32"]),
    4775: ("Globe Telecom", ["112.198.0.0/16", "124.6.128.0/17"]),
    132199: ("Globe Telecom mobile", ["175.176.0.0/16", "110.54.128.0/17", "2405:8d40::/32"]),
    10139: ("Smart Communications", ["180.191.0.0/16", "49.150.0.0/16", "2001:fd8::/32"]),
    17639: ("Converge ICT", ["136.158.0.0/16", "143.44.128.0/17", "2406:2d40::/32"]),
    139831: ("DITO Telecommunity", ["131.226.96.0/19", "2407:c00::/32"]),
    7473: ("Singtel", ["116.14.0.0/16", "121.6.0.0/16"]),
    4657: ("StarHub", ["118.189.0.0/16", "183.90.0.0/16"]),
    23693: ("Telkomsel", ["114.124.0.0/16", "182.1.0.0/16", "2001:448a::/32"]),
    7713: ("Telkom Indonesia", ["36.64.0.0/11", "180.252.0.0/16"]),
    7552: ("Viettel", ["171.224.0.0/11", "27.72.0.0/13", "2402:800::/32"]),
    45899: ("VNPT", ["14.160.0.0/11", "113.160.0.0/11"]),
    18403: ("FPT Telecom", ["42.112.0.0/13"]),
    4788: ("TM Net", ["175.136.0.0/13", "60.48.0.0/14"]),
    16509: ("Amazon AWS ap-southeast-1", ["13.212.0.0/15", "18.136.0.0/16", "54.169.0.0/16", "52.77.0.0/16"]),
    396982: ("Google Cloud asia-southeast1", ["34.87.0.0/16", "35.240.128.0/17"]),
    8075: ("Microsoft Azure", ["20.195.0.0/16", "52.187.0.0/16"]),
    45102: ("Alibaba Cloud SG", ["47.74.128.0/17", "8.219.0.0/16"]),
    132203: ("Tencent Cloud SG", ["43.156.0.0/16"]),
    14061: ("DigitalOcean SG", ["128.199.64.0/18", "139.59.224.0/19", "167.71.192.0/18", "2400:6180::/32"]),
    63949: ("Linode/Akamai", ["139.162.0.0/17", "172.104.160.0/19"]),
    20473: ("Vultr", ["45.32.96.0/19", "139.180.128.0/18", "2001:19f0:4400::/38"]),
    9009: ("M247 (VPN exits)", ["89.187.160.0/19", "146.70.0.0/16"]),
    60068: ("Datacamp/CDN77 (VPN exits)", ["156.146.56.0/21", "185.253.160.0/22"]),
    9821: ("DOST-PREGINET (UP Diliman)", ["202.92.128.0/20"]),
    38205: ("Ateneo de Manila University", ["202.125.96.0/20"]),
    132225: ("De La Salle University", ["202.57.32.0/20"]),
    131279: ("University of Santo Tomas", ["203.177.48.0/20"]),
    7472: ("National University of Singapore", ["137.132.0.0/16"]),
    3382: ("Universitas Indonesia", ["152.118.0.0/16"]),
    38731: ("HCMUT (VNU-HCM)", ["103.221.220.0/22"]),
    7922: ("Comcast", ["73.0.0.0/8"]),
    701: ("Verizon", ["71.160.0.0/11"]),
    1221: ("Telstra", ["1.128.0.0/11"]),
    7545: ("TPG Telecom", ["1.144.0.0/14"]),
}
MOBILE = [132199, 10139, 139831, 23693, 7552]
PH_HOME = [9299, 17639, 4775]
PH_MOBILE = [132199, 10139, 139831]

SDK_UA = ["tala-python/1.42.0", "tala-python/1.41.3", "tala-node/4.8.1", "OpenAI/Python 1.99.1",
          "python-httpx/0.27.2", "langchain-tala/0.3.9", "axios/1.7.7", "curl/8.5.0"]
# TLS fingerprints of common client stacks (JA4-like); shared by every user of that stack
SDK_FP = {"tala-python": "t13d1516h2_8daaf6152771_b1ff8ab2d16f", "tala-node": "t13d1715h2_5b57614c22b0_3d5424432f57",
          "OpenAI": "t13d1516h2_8daaf6152771_b1ff8ab2d16f", "python-httpx": "t13d1516h2_8daaf6152771_02713d6af862",
          "langchain-tala": "t13d1516h2_8daaf6152771_b1ff8ab2d16f", "axios": "t13d1715h2_5b57614c22b0_7121afd63204",
          "curl": "t13d3112h2_e8f1e7e78f70_b26ce05bbdd6"}
BROWSER_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:142.0) Gecko/20100101 Firefox/142.0",
    "Mozilla/5.0 (Linux; Android 12; vivo Y21) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36",
]
APP_UA = ["TalaApp/2.3.1 (Android 14; SM-A155F)", "TalaApp/2.3.1 (Android 13; CPH2591)", "TalaApp/2.3.0 (iOS 18.6; iPhone14,7)",
          "TalaApp/2.2.9 (Android 12; Infinix X6816)"]

# local-hour weights (index = local hour)
PROFILES = {
    "office":  [1, 0, 0, 0, 0, 1, 2, 5, 10, 14, 15, 14, 9, 12, 15, 15, 13, 10, 6, 4, 3, 3, 2, 1],
    "student": [6, 3, 1, 0, 0, 0, 1, 3, 6, 8, 9, 9, 7, 8, 9, 9, 9, 9, 10, 12, 14, 15, 14, 10],
    "night":   [14, 14, 12, 12, 10, 8, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4, 12, 14, 15],
    "evening": [3, 1, 0, 0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 6, 8, 10, 12, 13, 14, 14, 13, 11, 8, 5],
    "casual":  [3, 2, 1, 0, 0, 1, 2, 4, 5, 6, 6, 7, 9, 7, 6, 6, 6, 7, 8, 10, 11, 11, 9, 6],
    "flat":    [6, 6, 5, 5, 5, 5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 7, 7, 6],
}


def rng_for(seed: int, *parts: object) -> random.Random:
    return random.Random(":".join([str(seed), *map(str, parts)]))


def hexid(rng: random.Random, n: int = 12) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


def rand_ip(rng: random.Random, asn: int, v6: bool | None = None) -> str:
    nets = [ipaddress.ip_network(p) for p in ASNS[asn][1]]
    pool = [n for n in nets if v6 is None or (n.version == 6) == v6] or nets
    net = rng.choice(pool)
    span = min(net.num_addresses - 2, 2 ** 64)
    return str(net.network_address + 1 + rng.randrange(span))


def load_corpora() -> dict[str, list[str]]:
    out = {}
    for p in sorted(CORPUS_DIR.glob("*.jsonl")):
        name = p.stem.replace("benign_", "").replace("task_", "")
        out[name] = [orjson.loads(line)["text"] for line in p.read_bytes().splitlines() if line.strip()]
    out["awesome_sys"] = [t for t in out["awesome_chatgpt_prompts"] if 200 < len(t) < 2500 and "${" not in t]
    out["awesome_short"] = [t for t in out["awesome_chatgpt_prompts"] if len(t) < 5000]
    out["arena_short"] = [t for t in out["arena_hard_prompts"] if len(t) < 6000]
    out["chat"] = out["self_instruct_user_oriented"] + out["self_instruct_seed_tasks"] + out["arena_short"]
    return out


@dataclass
class Acct:
    id: str
    pop: str
    label: str
    campaign: str | None
    tz: float
    ua: str
    device: str | None
    net: Callable[[random.Random], tuple[str, int]]
    org: str | None = None
    keys: list[str] = field(default_factory=list)
    card: str | None = None
    created: int | None = None
    endpoint: str = "/v1/chat/completions"
    retry: str = "sdk"


class TaskQueue:
    """A campaign's shared work list: every item is handed out once per pass."""

    def __init__(self, rng: random.Random, corpora: dict[str, list[str]], sources: list[str]):
        self.items = [(s, t) for s in sources for t in corpora[s]]
        rng.shuffle(self.items)
        self.i = 0
        self.passes = 0

    def pop(self) -> tuple[str, str, int]:
        if self.i >= len(self.items):
            self.i, self.passes = 0, self.passes + 1
        src, text = self.items[self.i]
        self.i += 1
        return src, text, self.passes


class World:
    def __init__(self, seed: int, days: int):
        self.seed, self.days = seed, days
        self.end = T0 + days * DAY
        self.corp = load_corpora()
        self.events: list[tuple[int, dict]] = []
        self.labels: dict[str, dict] = {}
        self._pools: dict[int, list[str]] = {}

    # ---- identities -------------------------------------------------------
    def rng(self, *parts: object) -> random.Random:
        return rng_for(self.seed, *parts)

    def new_id(self, rng: random.Random, kind: str) -> str:
        return {"acct": "acct_", "org": "org_", "key": "key_", "card": "pf_", "dev": "dv_"}[kind] + hexid(rng, 14 if kind != "acct" else 12)

    def account(self, rng: random.Random, pop: str, label: str = "benign", campaign: str | None = None, **kw) -> Acct:
        a = Acct(id=self.new_id(rng, "acct"), pop=pop, label=label, campaign=campaign, **kw)
        if not a.keys:
            a.keys = [self.new_id(rng, "key")]
        self.labels[a.id] = {"label": label, "population": pop, "campaign": campaign}
        return a

    def created_ago(self, rng: random.Random, lo_days: float, hi_days: float) -> int:
        return T0 - int(rng.uniform(lo_days, hi_days) * DAY) - rng.randrange(DAY)

    def sdk(self, rng: random.Random, weights: list[int] | None = None) -> tuple[str, str]:
        ua = rng.choices(SDK_UA, weights or [30, 10, 14, 12, 8, 6, 4, 2])[0]
        return ua, SDK_FP[ua.split("/")[0]]

    def browser(self, rng: random.Random, mobile: bool | None = None) -> tuple[str, str]:
        pool = BROWSER_UA if mobile is None else [u for u in BROWSER_UA if ("Mobile" in u) == mobile]
        return rng.choice(pool), self.new_id(rng, "dev")

    # ---- networks ---------------------------------------------------------
    def pool(self, asn: int, n: int = 600) -> list[str]:
        """Carrier-grade NAT / shared residential egress addresses, shared by everyone on that carrier."""
        if asn not in self._pools:
            r = self.rng("pool", asn)
            self._pools[asn] = [rand_ip(r, asn, v6=r.random() < 0.25) for _ in range(n)]
        return self._pools[asn]

    def net_fixed(self, ips: list[str], asn: int):
        return lambda r: (r.choice(ips), asn)

    def net_mobile(self, asns: list[int]):
        return lambda r: ((a := r.choice(asns)) and r.choice(self.pool(a)), a)

    def net_home(self, rng: random.Random, asn: int, mobile: list[int] | None = None, p_mobile: float = 0.25):
        home = rand_ip(rng, asn, v6=rng.random() < 0.15)
        mob = self.net_mobile(mobile) if mobile else None
        return lambda r: mob(r) if mob and r.random() < p_mobile else (home, asn)

    def net_cloud(self, rng: random.Random, asn: int, n: int = 3):
        ips = [rand_ip(rng, asn, v6=False) for _ in range(n)]
        return self.net_fixed(ips, asn)

    # ---- time -------------------------------------------------------------
    def sessions(self, rng: random.Random, a: Acct, profile: str, per_day: float, reqs: tuple[int, int],
                 gap_s: float, days: range | None = None, start: int | None = None) -> list[list[int]]:
        """Sessions of request timestamps following the local-hour profile."""
        w = PROFILES[profile]
        out = []
        for d in days if days is not None else range(-1, self.days + 1):
            midnight = T0 + d * DAY - int((a.tz - 8) * H)
            n = _poisson(rng, per_day)
            for _ in range(n):
                t = midnight + rng.choices(range(24), w)[0] * H + rng.randrange(H)
                k = rng.randint(*reqs)
                ts = []
                for _ in range(k):
                    ts.append(t)
                    t += int(rng.expovariate(1 / gap_s) * 1000) + 800
                ts = [x for x in ts if max(T0, start or T0) <= x < self.end]
                if ts:
                    out.append(ts)
        return out

    # ---- the emitter ------------------------------------------------------
    def req(self, rng: random.Random, a: Acct, ts: int, prompt: str, system: str | None = None,
            model: str = "tala-2", endpoint: str | None = None, net: tuple[str, int] | None = None,
            out_mean: float = 350.0, key: str | None = None) -> int:
        """Emit one logical request (plus retries). Returns the time the client is done."""
        ip, asn = net or a.net(rng)
        endpoint = endpoint or a.endpoint
        ptok = _tokens(prompt) + (_tokens(system) if system else 0) + rng.randint(4, 12)
        tries = 0
        while True:
            status = self._status(rng, model, ts)
            if endpoint == "/v1/embeddings":
                ctok = 0
            elif status != 200:
                ctok = 0
            else:
                m = out_mean * (6.0 if model == "tala-3" else 1.0)
                ctok = max(1, int(rng.lognormvariate(math.log(m), 0.6)))
            ev = {"event_id": _uuid(rng), "ts": ts, "account_id": a.id, "org_id": a.org,
                  "api_key_id": key or rng.choice(a.keys), "model": model, "endpoint": endpoint,
                  "prompt": prompt, "system_prompt": system, "prompt_tokens": ptok if status != 401 else 0,
                  "completion_tokens": ctok, "status": status, "ip": ip, "asn": asn, "user_agent": a.ua,
                  "device_id": a.device, "payment_fingerprint": a.card, "account_created_at": a.created}
            self.events.append((ts, ev))
            lat = int(rng.uniform(300, 900) + ctok * rng.uniform(8, 25)) if status == 200 else rng.randint(80, 900)
            if status in (429, 529, 500) and tries < (4 if a.retry == "sdk" else 2) and rng.random() < 0.93:
                tries += 1
                back = (0.6 * 2 ** tries + rng.random()) if a.retry == "sdk" else rng.uniform(6, 60)
                ts += lat + int(back * 1000)
                if ts >= self.end:
                    return ts
                continue
            return ts + lat

    def _status(self, rng: random.Random, model: str, ts: int) -> int:
        if model == "tala-3" and ts < LAUNCH:
            return 404
        x = rng.random()
        if ts >= LAUNCH:
            hrs = (ts - LAUNCH) / H
            p = (0.5 * math.exp(-hrs / 1.3) + 0.015) if model == "tala-3" else 0.07 * math.exp(-hrs / 1.5)
            if hrs < 8 and x < p:
                return 529 if rng.random() < 0.6 else 429
        x = rng.random()
        return 200 if x > 0.004 else (429 if x > 0.0015 else (500 if x > 0.0005 else 400))


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def _tokens(text: str) -> int:
    n = len(text)
    non_ascii = sum(1 for c in text[:400] if ord(c) > 127) * n / max(1, min(n, 400))
    return max(1, int((n - non_ascii) / 3.9 + non_ascii / 1.6))


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"
