"""World facts: clock, cities, diurnal rhythms, power cuts, WASSCE papers,
models, token sizes, gateway statuses, accounts and the event sink.

Determinism: world facts come from blake2b digests of names; every population
draws only from random.Random(f"{seed}:{name}")."""
from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass, field

H = 3_600_000
MIN = 60_000
DAY = 24 * H
T0 = 1_810_166_400_000          # 2027-05-13T00:00:00Z (Thursday)
LAUNCH = T0 + DAY + 14 * H      # Friday 14 May 15:00 Lagos (UTC+1) = 14:00Z


def rng_for(seed: int, name: str) -> random.Random:
    return random.Random(f"{seed}:{name}")


def digest(*parts: object, n: int = 8) -> str:
    return hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=n).hexdigest()


def dint(*parts: object) -> int:
    return int(digest(*parts, n=8), 16)


def dfrac(*parts: object) -> float:
    return dint(*parts) / 2**64


# city -> (UTC offset hours in May 2027, country)
CITIES = {
    "Lagos": (1, "NG"), "Abuja": (1, "NG"), "Ibadan": (1, "NG"),
    "Accra": (0, "GH"), "Kumasi": (0, "GH"),
    "Nairobi": (3, "KE"), "Mombasa": (3, "KE"),
    "London": (1, "UK"), "Houston": (-5, "US"),
}

# local-hour weights (0..23)
PROFILES = {
    # people on phones: late-night "night plan" data bundles (00-05) are cheap
    "consumer": [5, 4, 3, 2, 1, 1, 2, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 7, 8, 10, 12, 12, 10, 7],
    "student": [4, 2, 1, 0.5, 0.5, 2, 5, 6, 5, 4, 4, 5, 5, 5, 6, 7, 8, 8, 7, 9, 12, 13, 11, 7],
    "office": [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 3, 8, 11, 12, 11, 8, 9, 11, 11, 9, 6, 3, 2, 2, 1.5, 1, 0.5],
    "dev": [2, 1, 0.5, 0.3, 0.2, 0.3, 1, 2, 5, 9, 11, 11, 9, 10, 11, 11, 10, 8, 6, 6, 7, 7, 5, 3],
    # Nairobi BPO: UK day shift 08-17, US shift 16-01
    "bpo": [7, 5, 1, 0.3, 0.2, 0.3, 1, 4, 9, 10, 10, 9, 8, 9, 10, 10, 11, 12, 12, 11, 11, 10, 9, 8],
    "backend": [3, 2, 1.5, 1, 1, 1.5, 3, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 10, 10, 9, 7, 5],
    "nightbatch": [10, 12, 12, 11, 9, 5, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4, 7],
    "bpo_us": [9, 7, 1, 0.3, 0.2, 0.2, 0.3, 0.5, 1, 1, 1, 1, 1, 1, 2, 5, 9, 11, 12, 12, 11, 11, 10, 10],
    "farm": [0.5, 0.3, 0.3, 0.5, 2, 6, 9, 8, 5, 3, 2, 2, 2, 2, 2, 3, 4, 6, 8, 8, 6, 3, 1.5, 1],
    "flat": [1] * 24,
    "evening": [3, 2, 1, 0.5, 0.5, 1, 2, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 7, 9, 11, 12, 11, 8, 5],
}


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def pick_time(rng: random.Random, day: int, tz: int, profile: str, days: int = 2) -> int:
    w = PROFILES[profile]
    h = rng.choices(range(24), weights=w)[0]
    t = T0 + day * DAY + (h - tz) * H + rng.randrange(H)
    end = T0 + days * DAY
    if t < T0:
        t += DAY
    elif t >= end:
        t -= DAY
    return t


def local_hour(t: int, tz: int) -> float:
    return ((t - T0) / H + tz) % 24


def local_day(t: int, tz: int) -> int:
    return int(((t - T0) / H + tz) // 24)


def outages(city: str, days: int = 2) -> list[tuple[int, int]]:
    """Grid power cuts per city (UTC ms windows), from digests of the city name."""
    tz = CITIES[city][0]
    rel = {"NG": 0.9, "GH": 0.55, "KE": 0.35}.get(CITIES[city][1], 0.0)
    out = []
    for d in range(days):
        n = int(dfrac("outage-n", city, d) * 4 * rel)
        for i in range(n):
            start_h = 6 + dfrac("outage-s", city, d, i) * 17   # most cuts fall in the day/evening
            dur = 0.5 + dfrac("outage-d", city, d, i) * 3.5
            s = T0 + d * DAY + int((start_h - tz) * H)
            out.append((s, s + int(dur * H)))
    return out


_OUT_CACHE: dict[str, list[tuple[int, int]]] = {}


def in_outage(city: str, t: int) -> bool:
    if city not in _OUT_CACHE:
        _OUT_CACHE[city] = outages(city)
    return any(s <= t < e for s, e in _OUT_CACHE[city])


# WASSCE papers (local time, day index): Thu English Language 2 + 1, Fri Core Maths 2 + 1
WASSCE_PAPERS = [(0, 9.5, 13.0, "English Language"), (1, 9.0, 13.5, "Core Mathematics")]


def in_wassce_paper(t: int, tz: int, margin_h: float = 1.0) -> bool:
    d, h = local_day(t, tz), local_hour(t, tz)
    return any(d == pd and s - margin_h <= h < e + 0.3 for pd, s, e, _ in WASSCE_PAPERS)


# ---------------------------------------------------------------- models
MODELS = {
    # name: (context tokens, mean completion tokens for an ordinary chat answer)
    "baobab-1": (128_000, 330),
    "baobab-1-mini": (16_000, 190),
    "baobab-2": (200_000, 560),
    "baobab-embed-1": (8_192, 0),
}
KIND_MULT = {
    "chat": 1.0, "short": 0.35, "qa": 0.5, "math": 1.5, "cot": 2.6, "code": 1.5, "essay": 2.0,
    "classify": 0.06, "extract": 0.25, "agent": 0.7, "support": 0.6, "worksheet": 3.2, "summary": 0.7,
}


def count_tokens(text: str | None) -> int:
    if not text:
        return 0
    ascii_n = sum(1 for c in text if ord(c) < 128)
    return max(1, int(ascii_n / 3.9 + (len(text) - ascii_n) * 0.9))


def completion_tokens(rng: random.Random, model: str, kind: str, pt: int) -> int:
    if model.startswith("baobab-embed"):
        return 0
    base = MODELS.get(model, (0, 330))[1] * KIND_MULT.get(kind, 1.0)
    if kind in ("translate", "rewrite"):
        base = 1.1 * pt
    cap = 8192 if model == "baobab-2" else 4096
    return max(1, min(cap, int(base * math.exp(rng.gauss(0, 0.5)))))


INCIDENT = (T0 + 9 * H + 12 * MIN, T0 + 9 * H + 26 * MIN)   # Thu 10:12-10:26 Lagos: backend 500s


def gateway_status(rng: random.Random, model: str, t: int, pt: int) -> int:
    if model == "baobab-2" and t < LAUNCH:
        return 404
    if pt > MODELS.get(model, (128_000, 0))[0]:
        return 400
    r = rng.random()
    if INCIDENT[0] <= t < INCIDENT[1] and r < 0.35:
        return 500
    if model == "baobab-2":
        since = (t - LAUNCH) / H
        p = 0.5 * math.exp(-since / 1.6) + 0.03 if since < 10 else 0.015
        if r < p:
            return 429 if rng.random() < 0.7 else 503
    r = rng.random()
    if r < 0.0025:
        return 500
    if r < 0.006:
        return 400
    return 200


# ---------------------------------------------------------------- accounts
@dataclass
class Account:
    id: str
    pop: str
    label: str                 # "attack" | "benign"
    created: int
    tier: str = "payg"         # free | payg | team | enterprise
    org: str | None = None
    pay: str | None = None
    keys: list[str] = field(default_factory=list)
    campaign: str | None = None


def org_id(name: str) -> str:
    return "org-" + digest("org", name, n=10)


def card(*who: object) -> str:
    return "card_" + digest("card", *who, n=10)


def momo(*who: object) -> str:
    return "momo_" + digest("momo", *who, n=10)


class Sink:
    """Collects one population's accounts and events."""

    def __init__(self, seed: int, name: str, label: str, days: int = 2, campaign: str | None = None):
        self.seed, self.name, self.label, self.days = seed, name, label, days
        self.campaign = campaign if label == "attack" else None
        self.rng = rng_for(seed, name)
        self.accounts: list[Account] = []
        self.events: list[dict] = []
        self._n = 0

    def account(self, created: int, tier: str = "payg", org: str | None = None,
                pay: str | None = None, nkeys: int = 1) -> Account:
        i = len(self.accounts)
        aid = "acct_" + digest(self.seed, self.name, "acct", i, n=9)
        keys = ["key_" + digest(self.seed, self.name, aid, k, n=8) for k in range(nkeys)]
        a = Account(aid, self.name, self.label, created, tier, org, pay, keys, self.campaign)
        self.accounts.append(a)
        return a

    def created_ago(self, lo_days: float, hi_days: float, ref: int = T0) -> int:
        """Creation time lo..hi days before ref, log-uniform (most accounts are old)."""
        d = math.exp(self.rng.uniform(math.log(max(lo_days, 0.01)), math.log(hi_days)))
        return int(ref - d * DAY) // 1000 * 1000

    def add(self, acct: Account, t: int, cli: tuple, model: str, endpoint: str,
            prompt: str | None, system: str | None = None, kind: str = "chat",
            pt: int | None = None, ct: int | None = None, key: str | None = None,
            status: int | None = None) -> int:
        if not (T0 <= t < T0 + self.days * DAY):
            return 0
        rng = self.rng
        if pt is None and prompt is None and system is None:    # zero data retention: no text, size only
            pt = int(math.exp(rng.gauss(math.log(380), 0.8)))
        elif pt is None:
            pt = count_tokens(prompt) + count_tokens(system) + 7
        if status is None:
            status = gateway_status(rng, model, t, pt)
        if ct is None:
            ct = completion_tokens(rng, model, kind, pt) if status == 200 else 0
        elif status != 200:
            ct = 0
        ip, asn, ua, dev = cli
        self.events.append({
            "t": t, "pop": self.name, "seq": self._n,
            "event_id": "evt_" + digest(self.seed, self.name, "ev", self._n, n=12),
            "account_id": acct.id, "org_id": acct.org,
            "api_key_id": key or (acct.keys[0] if acct.keys else None),
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system,
            "prompt_tokens": pt, "completion_tokens": ct, "status": status,
            "ip": ip, "asn": asn, "user_agent": ua, "device_id": dev,
            "payment_fingerprint": acct.pay, "account_created_at": acct.created, "tier": acct.tier,
        })
        self._n += 1
        return status


def lognormal_gap(rng: random.Random, median_s: float, sigma: float = 0.8) -> int:
    return int(median_s * 1000 * math.exp(rng.gauss(0, sigma))) + 800


def run_sessions(sink: Sink, acct: Account, kits: list, tz: int, profile: str,
                 sess_per_day: float | list[float], req_per_sess: tuple[int, int],
                 gap_s: float, prompt_fn, blocked=None, per_request_client: bool = False,
                 kit_weights: list[float] | None = None) -> None:
    """Generic human-ish behaviour: sessions at diurnal times, a burst of
    requests per session (data bundles: batch the questions), think-time gaps."""
    rng = sink.rng
    for day in range(sink.days):
        lam = sess_per_day[day] if isinstance(sess_per_day, list) else sess_per_day
        for _ in range(poisson(rng, lam)):
            t = pick_time(rng, day, tz, profile, sink.days)
            if blocked is not None and blocked(t):
                continue
            kit = rng.choices(kits, weights=kit_weights)[0] if len(kits) > 1 else kits[0]
            cli = kit.client(rng, t)
            n = rng.randint(*req_per_sess)
            for _ in range(n):
                if per_request_client:
                    cli = kit.client(rng, t)
                model, endpoint, prompt, system, kind = prompt_fn(rng, t)
                sink.add(acct, t, cli, model, endpoint, prompt, system, kind)
                t += lognormal_gap(rng, gap_s)
