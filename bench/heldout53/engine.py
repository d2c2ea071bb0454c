"""Population engine: time base, accounts, daily rhythms, sessions, token counts, event records.

Every population owns one random.Random(f"{seed}|{population}"); nothing here is global or clock-based.
Times are epoch milliseconds (UTC). The window starts at 00:00 Beijing time (UTC+8) on 15 March 2027.
"""
from __future__ import annotations

import hashlib
import math
import random
from datetime import datetime, timezone

MIN, HOUR, DAY = 60_000, 3_600_000, 86_400_000
START = int(datetime(2027, 3, 14, 16, 0, tzinfo=timezone.utc).timestamp() * 1000)  # 2027-03-15 00:00 CST
DAYS = 2
END = START + DAYS * DAY
LAUNCH = START + DAY + 10 * HOUR  # long-r2 launch: 2027-03-16 10:00 CST = 02:00Z

# hourly weights in Beijing time, hour 0..23
PROFILES = {
    "student": [5, 3, 1, .5, .3, .3, .5, 2, 5, 8, 9, 8, 5, 5, 8, 9, 8, 6, 6, 8, 11, 12, 11, 8],
    "office": [.5, .2, .1, .1, .1, .2, .5, 2, 7, 11, 12, 10, 5, 7, 11, 12, 11, 9, 5, 4, 4, 3, 2, 1],
    "dev": [3, 1.5, .6, .3, .2, .2, .4, 1, 4, 8, 10, 10, 6, 7, 10, 11, 11, 10, 7, 8, 9, 9, 7, 5],
    "consumer": [4, 2, 1, .5, .3, .3, 1, 3, 5, 6, 6, 7, 8, 6, 6, 6, 6, 7, 8, 10, 12, 12, 10, 7],
    "flat": [1] * 24,
    "night_batch": [9, 10, 10, 9, 8, 6, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 5, 8],
    "app": [3, 2, 1, .7, .5, .5, 1, 3, 6, 8, 9, 9, 9, 8, 8, 8, 8, 8, 8, 9, 10, 10, 8, 5],
    "hk": [2, 1, .5, .2, .2, .2, .5, 1, 4, 8, 10, 9, 6, 8, 10, 10, 9, 7, 4, 3, 3, 3, 2, 2],
    "sg": [2, 1, .5, .2, .2, .2, .5, 1, 4, 8, 10, 9, 6, 8, 10, 10, 9, 7, 4, 3, 3, 3, 2, 2],
}
_CUM = {k: [sum(v[: i + 1]) for i in range(24)] for k, v in PROFILES.items()}


def uid(prefix: str, *parts: object) -> str:
    return prefix + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:14]


def hour_start(rng: random.Random, day: int, profile: str) -> int:
    """A moment on `day` drawn from the hourly profile."""
    cum = _CUM[profile]
    h = min(23, sum(1 for c in cum if c < rng.random() * cum[-1]))
    return START + day * DAY + h * HOUR + rng.randrange(HOUR)


def count(rng: random.Random, mean: float, sigma: float = 0.6) -> int:
    """Non-negative integer with the given mean, lognormal spread."""
    x = mean * math.exp(sigma * rng.gauss(0, 1) - sigma * sigma / 2)
    return int(x) + (1 if rng.random() < x - int(x) else 0)


def sessions(rng: random.Random, day: int, n: int, profile: str, size=(1, 6), gap=(15, 240)) -> list[int]:
    """n request times on `day`, grouped in sessions with human (or machine) gaps in seconds."""
    out: list[int] = []
    while len(out) < n:
        t = hour_start(rng, day, profile)
        for _ in range(min(n - len(out), rng.randint(*size))):
            out.append(t)
            t += int(rng.uniform(*gap) * 1000)
    return out


def spread(rng: random.Random, t0: int, t1: int, n: int, jitter: float = 0.35) -> list[int]:
    """n times spread evenly over [t0, t1) with jitter (scheduled / rate-limit-aware clients)."""
    if n <= 0 or t1 <= t0:
        return []
    step = (t1 - t0) / n
    return [int(t0 + step * (i + 0.5 + rng.uniform(-jitter, jitter))) for i in range(n)]


def ntok(text: str | None) -> int:
    if not text:
        return 0
    cjk = sum(1 for ch in text if ord(ch) > 0x2E80)
    return int(cjk * 0.75 + (len(text) - cjk) / 3.8) + 1


def ctok(rng: random.Random, median: float, sigma: float = 0.7, cap: int = 32000) -> int:
    return max(1, min(cap, int(median * math.exp(sigma * rng.gauss(0, 1)))))


class Acct:
    __slots__ = ("id", "created", "org", "keys", "payment", "device", "ua", "egress", "x")

    def __init__(self, aid, created, org, keys, payment, device, ua, egress):
        self.id, self.created, self.org, self.keys = aid, created, org, keys
        self.payment, self.device, self.ua, self.egress = payment, device, ua, egress
        self.x: dict = {}


class Pop:
    """One population: its rng, its accounts, and the records it emits."""

    def __init__(self, seed: int, name: str, campaign: str | None, infra):
        self.seed, self.name, self.campaign, self.infra = seed, name, campaign, infra
        self.label = "campaign" if name.startswith("c_") else "benign"
        self.rng = random.Random(f"{seed}|{name}")
        self.accts: list[Acct] = []
        self.records: list[dict] = []

    def account(self, created: int, egress, ua: str, device: str | None, *, org=None, payment="own",
                nkeys: int = 1) -> Acct:
        r = self.rng
        aid = uid("acct_", self.seed, self.name, len(self.accts))
        pay = f"pf_{r.getrandbits(48):012x}" if payment == "own" else payment
        keys = [f"key_{r.getrandbits(56):014x}" for _ in range(nkeys)]
        a = Acct(aid, created, org, keys, pay, device, ua, egress)
        self.accts.append(a)
        return a

    def age(self, lo_days: float, hi_days: float) -> int:
        """Creation time lo..hi days before the window (log-uniform)."""
        d = math.exp(self.rng.uniform(math.log(max(lo_days, 0.05)), math.log(hi_days)))
        return START - int(d * DAY) - self.rng.randrange(HOUR)

    def emit(self, a: Acct, ts: int, prompt: str | None, *, model: str = "long-1",
             endpoint: str = "/v1/chat/completions", system: str | None = None, out: int | None = None,
             status: int = 200, addr=None, ua=None, device=None, payment=None, key=None, ptoks=None) -> None:
        if ts < START or ts >= END or ts < a.created:
            return
        r = self.rng
        if model == "long-r2" and ts < LAUNCH:
            model = "long-r1"
        ip, asn, region = addr if addr is not None else a.egress(r)
        if ptoks is None:
            ptoks = ntok(prompt) + ntok(system) + (8 if endpoint != "/v1/embeddings" else 0)
        if out is None:
            out = 0 if endpoint == "/v1/embeddings" else ctok(r, 1600 if model in ("long-r1", "long-r2") else 320)
        if status != 200:
            out = 0 if status in (400, 401, 429) else out // 3
        self.records.append({
            "event_id": f"evt_{r.getrandbits(80):020x}", "ts": ts, "account_id": a.id,
            "prompt_tokens": ptoks, "completion_tokens": out, "model": model, "endpoint": endpoint,
            "prompt": prompt, "system_prompt": system, "status": status, "org_id": a.org,
            "api_key_id": key or (a.keys[0] if len(a.keys) == 1 else r.choice(a.keys)), "ip": ip, "asn": asn,
            "user_agent": ua or a.ua, "device_id": device if device is not None else a.device,
            "payment_fingerprint": payment or a.payment, "account_created_at": a.created, "_region": region,
        })


def fixed(addr):
    return lambda r: addr


def from_pool(p, sticky: int = 0):
    """Each request picks from pool p; sticky>0 means the account keeps a subset of that size."""
    return lambda r: r.choice(p)


def dynamic(net_names: list[str]):
    """Residential broadband / proxy: a fresh address each call."""
    from bench.heldout53.networks import addr
    return lambda r: addr(r, r.choice(net_names))


def pick_model(rng: random.Random, ts: int, before: dict, after: dict | None = None) -> str:
    w = after if (after is not None and ts >= LAUNCH) else before
    return rng.choices(list(w), weights=list(w.values()))[0]


def status_of(rng: random.Random, p429: float = 0.01, p5xx: float = 0.004) -> int:
    x = rng.random()
    if x < p429:
        return 429
    if x < p429 + p5xx:
        return rng.choice([500, 502, 503])
    if x < p429 + p5xx + 0.002:
        return 400
    return 200
