"""Accounts, the event sink, and what the gateway measures about a request:
tokens, status code, model, endpoint.

Token counts follow the text (about 4 characters a token in English, fewer
characters per token in non-Latin scripts) plus chat overhead, the system
prompt and any conversation history the client resends. Completion lengths are
log-normal per kind of answer; the new reasoning model answers longer.
"""
from __future__ import annotations

import math
import random
import string
from dataclasses import dataclass, field

from bench.heldout26.world import HOUR, at

MODELS_OLD = ("meridian-2.5-flash", "meridian-2.5-pro")
NEW_MODEL = "meridian-3"
NEW_MINI = "meridian-3-mini"
EMBED = "meridian-embed-2"

_ALNUM = string.ascii_letters + string.digits
_B32 = "abcdefghijklmnopqrstuvwxyz234567"


def rid(rng: random.Random, prefix: str, n: int = 20, alphabet: str = _B32) -> str:
    return prefix + "".join(rng.choice(alphabet) for _ in range(n))


def card_fp(rng: random.Random) -> str:
    """A card fingerprint as a payment processor reports it (same card -> same value)."""
    return "".join(rng.choice(_ALNUM) for _ in range(16))


@dataclass
class Account:
    id: str
    population: str
    created: int
    payment: str | None
    org: str | None
    keys: list[str]
    label: str = "benign"
    campaign: str | None = None
    disguise: str | None = None
    extra: dict = field(default_factory=dict)

    def key(self, rng: random.Random) -> str:
        # most traffic goes through the first key; older keys linger in scripts
        return self.keys[0] if len(self.keys) == 1 or rng.random() < .8 else rng.choice(self.keys)


# completion length: (median tokens, log-sigma, cap)
COMPLETION = {
    "chat": (320, .65, 4096), "short": (70, .6, 1024), "long": (1300, .45, 8192), "email": (260, .45, 2048),
    "cot_math": (430, .5, 4096), "code": (420, .6, 8192), "explain": (520, .5, 4096), "classify": (6, .5, 40),
    "extract": (140, .5, 1024), "smoke": (4, .5, 16), "agent_step": (140, .7, 2048), "judge": (180, .4, 1024),
    "support": (110, .5, 600), "coach": (220, .45, 1200), "translate": (180, .6, 2048), "bench_cot": (260, .55, 2048),
    "bench_code": (160, .6, 1024), "rationale": (780, .45, 8192), "trace": (650, .5, 8192),
}

# how much longer meridian-3 answers (it writes out its reasoning as billed output)
NEW_MODEL_STRETCH = {"cot_math": 1.7, "code": 1.35, "explain": 1.3, "rationale": 1.5, "trace": 1.4, "bench_cot": 1.8,
                     "agent_step": 1.2, "bench_code": 1.3}


def tokens(text: str | None) -> int:
    if not text:
        return 0
    n = len(text)
    # non-ASCII characters take 2-3 UTF-8 bytes: estimate their count from the
    # extra bytes instead of scanning characters (this runs 600k times)
    other = min(n, int((len(text.encode()) - n) / 1.5))
    return max(1, int((n - other) / 3.9 + other / 1.6))


def completion(rng: random.Random, kind: str, model: str) -> int:
    med, sig, cap = COMPLETION[kind]
    if model == NEW_MODEL:
        med *= NEW_MODEL_STRETCH.get(kind, 1.1)
    elif model.endswith("flash") or model == NEW_MINI:
        med *= .85
    return max(1, min(cap, int(med * math.exp(rng.gauss(0, sig)))))


class Sink:
    """Collects accounts and events; gen.py sorts, validates and writes them."""

    def __init__(self, streams, release: int, end: int):
        self.rng = streams.rng("sink")
        self.release, self.end = release, end
        self.rows: list[tuple[int, str, dict]] = []
        self.accounts: list[Account] = []
        self.last_status = 0

    def account(self, population: str, created: int, payment: str | None, org: str | None = None,
                n_keys: int = 1, campaign: str | None = None, disguise: str | None = None) -> Account:
        r = self.rng
        a = Account(rid(r, "acct_"), population, created, payment, org, [rid(r, "key_", 16) for _ in range(n_keys)])
        if campaign:
            a.label, a.campaign, a.disguise = "campaign", campaign, disguise
        self.accounts.append(a)
        return a

    def status(self, rng: random.Random, ts: int, model: str, p429: float) -> int:
        """Mostly 200. meridian-3 is short of capacity in its first hours (429/529)."""
        x = rng.random()
        if model in (NEW_MODEL, NEW_MINI) and 0 <= ts - self.release < 3 * HOUR:
            hot = 1.0 - (ts - self.release) / (3 * HOUR)
            if x < .05 * hot:
                return 529
            x -= .05 * hot
            p429 += .04 * hot
        if x < p429:
            return 429
        x -= p429
        for code, p in ((400, .004), (500, .0015), (503, .001), (408, .0008), (401, .0002)):
            if x < p:
                return code
            x -= p
        return 200

    def emit(self, acct: Account, ts: int, rng: random.Random, *, prompt: str | None, kind: str, model: str,
             ip: str, asn: int, ua: str, device: str | None, system: str | None = None, history: int = 0,
             endpoint: str = "/v1/chat/completions", p429: float = .002, ctoks: int | None = None) -> int:
        """Record one request; returns the completion tokens (0 on errors), so
        callers can grow a conversation's history. The status is left in last_status."""
        if ts >= self.end or ts < acct.created:
            self.last_status = 0  # not sent (outside the window or before sign-up)
            return 0
        ptoks = tokens(prompt) + tokens(system) + history + (8 if endpoint != "/v1/embeddings" else 0)
        status = self.last_status = self.status(rng, ts, model, p429)
        if status == 200:
            out = 0 if endpoint == "/v1/embeddings" else (ctoks if ctoks is not None else completion(rng, kind, model))
        else:
            out = 0
            if status in (429, 529, 401):
                ptoks = 0 if status == 401 else ptoks
        ev = {
            "event_id": f"req_{rng.getrandbits(96):024x}",
            "ts": ts, "account_id": acct.id, "prompt_tokens": ptoks, "completion_tokens": out,
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system, "status": status,
            "org_id": acct.org, "api_key_id": acct.key(rng), "ip": ip, "asn": asn, "user_agent": ua,
            "device_id": device, "payment_fingerprint": acct.payment, "account_created_at": acct.created,
        }
        self.rows.append((ts, ev["event_id"], ev))
        return out


def pick_model(rng: random.Random, ts: int, release: int, *, old_pro: float = .3, adopt: float = .0,
               lag: int = 2 * HOUR) -> str:
    """Model choice. After the release, the share moving to meridian-3 ramps up
    over `lag` to `adopt` (curious people switch in minutes, pinned prod code never)."""
    if ts >= release and adopt > 0:
        ramp = min(1.0, (ts - release) / lag) if lag else 1.0
        if rng.random() < adopt * ramp:
            return NEW_MODEL if rng.random() < .8 else NEW_MINI
    return MODELS_OLD[1] if rng.random() < old_pro else MODELS_OLD[0]


def gap(rng: random.Random, median_s: float, sigma: float = .7) -> int:
    """Think time between requests in a session, log-normal, in ms."""
    return int(1000 * median_s * math.exp(rng.gauss(0, sigma)))


def session_len(rng: random.Random, mean: float) -> int:
    """Geometric number of requests in a session (at least one)."""
    p = 1.0 / max(mean, 1.0)
    n = 1
    while rng.random() > p and n < 200:
        n += 1
    return n




@dataclass
class Ctx:
    """Everything a population needs: the sink, the network world, the corpora,
    the seeded streams, the window and the release time."""

    sink: Sink
    net: object
    corpus: object
    streams: object
    days: int
    release: int
    scale: float

    def n(self, base: int) -> int:
        return max(1, int(round(base * self.scale)))


def created_between(rng: random.Random, lo: int, hi: int) -> int:
    return lo + rng.randrange(max(1, hi - lo))


def consumer_created(rng: random.Random, start: int) -> int:
    """Age of an ordinary consumer account: a long tail back to 2023, many from
    2025-26, and a bump of new-year sign-ups in the last fortnight."""
    r = rng.random()
    if r < .08:
        return created_between(rng, at(2026, 12, 20), start)
    if r < .55:
        return created_between(rng, at(2025, 6, 1), at(2026, 12, 20))
    return created_between(rng, at(2023, 3, 1), at(2025, 6, 1))
