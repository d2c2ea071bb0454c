"""Accounts, the event sink, and timing/token/status helpers shared by every
population and campaign."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from .world import (D, EP_CHAT, H, M, MODEL_MINI, MODEL_NEW, MODEL_OLD, RELEASE_MS, S, START_MS, hexid)


@dataclass
class Account:
    account_id: str
    population: str
    created_ms: int
    org_id: str | None = None
    payment: str | None = None
    keys: list[str] = field(default_factory=list)
    campaign: str | None = None
    disguise: str | None = None
    device: str | None = None
    ua: str | None = None
    home: tuple[str, int] | None = None

    def label(self) -> dict:
        if self.campaign:
            return {"label": "campaign", "population": self.campaign, "campaign": self.campaign,
                    "disguise": self.disguise}
        return {"label": "benign", "population": self.population, "campaign": None, "disguise": None}


def new_account(rng: random.Random, population: str, created_ms: int, *, org: str | None = None,
                payment: str | None = None, nkeys: int = 1, campaign: str | None = None,
                disguise: str | None = None) -> Account:
    acct = Account(hexid(rng, "acct_"), population, created_ms, org or hexid(rng, "org_", 12), payment,
                   [hexid(rng, "key_", 16) for _ in range(max(1, nkeys))], campaign, disguise)
    return acct


def card(rng: random.Random) -> str:
    return hexid(rng, "pf_", 20)


def created_before(rng: random.Random, lo_days: float, hi_days: float, ref: int = START_MS) -> int:
    """Account creation time between lo and hi days before ref (whole seconds)."""
    t = ref - int((lo_days + rng.random() * (hi_days - lo_days)) * D)
    return t - t % S


# ----------------------------------------------------------------- tokens

def est_tokens(text: str | None) -> int:
    if not text:
        return 0
    return max(1, int(len(text.encode("utf-8")) / 3.9 + 0.5))


COMPLETION = {  # kind -> (median tokens, sigma of log)
    "chat": (320, 0.8), "short": (45, 0.7), "tiny": (3, 0.5), "cot": (950, 0.5), "code": (620, 0.6),
    "json": (160, 0.5), "mail": (260, 0.4), "long": (1400, 0.5), "agent": (240, 0.6), "gen": (520, 0.5),
}
MAX_OUT = {MODEL_MINI: 4096, MODEL_OLD: 8192, MODEL_NEW: 16384}


def completion(rng: random.Random, kind: str, model: str, prompt_tokens: int = 0) -> int:
    if kind == "translate":
        n = int(prompt_tokens * rng.uniform(0.9, 1.35)) + 8
    else:
        med, sig = COMPLETION[kind]
        n = int(med * math.exp(rng.gauss(0, sig)))
    if model == MODEL_NEW:
        n = int(n * 1.35)
    return max(1, min(n, MAX_OUT.get(model, 8192)))


# ----------------------------------------------------------------- models, status

def model_at(rng: random.Random, ts: int, p_new: float = 0.5, ramp_h: float = 6.0, p_mini: float = 0.2,
             default: str = MODEL_OLD) -> str:
    if ts >= RELEASE_MS and p_new > 0:
        ramp = min(1.0, (ts - RELEASE_MS) / (ramp_h * H)) if ramp_h > 0 else 1.0
        if rng.random() < p_new * (0.25 + 0.75 * ramp):
            return MODEL_NEW
    return MODEL_MINI if rng.random() < p_mini else default


def status_for(rng: random.Random, ts: int, model: str, hot: float = 0.0) -> int:
    r = rng.random()
    if model == MODEL_NEW and RELEASE_MS <= ts < RELEASE_MS + 70 * M:
        if r < 0.09 * (1 - (ts - RELEASE_MS) / (70 * M)):
            return 503
    if r < hot:
        return 429
    r = rng.random()
    if r < 0.004:
        return 400
    if r < 0.0055:
        return 500
    return 200


# ----------------------------------------------------------------- sink

class Sink:
    """Collects events of every component; the CLI sorts and writes them."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, int, dict]] = []
        self.accounts: dict[str, Account] = {}

    def register(self, acct: Account) -> Account:
        if acct.account_id in self.accounts:
            raise ValueError("duplicate account id")
        self.accounts[acct.account_id] = acct
        return acct

    def emit(self, rng: random.Random, acct: Account, ts: int, prompt: str, *, ip: tuple[str, int],
             model: str, kind: str = "chat", system: str | None = None, endpoint: str = EP_CHAT,
             ua: str | None = None, device: str | None = None, key: str | None = None,
             ctx: int = 0, hot: float = 0.0, payment: str | None = "acct") -> None:
        if ts < acct.created_ms:
            ts = acct.created_ms + rng.randrange(5 * S, 90 * S)
        pt = est_tokens(prompt) + est_tokens(system) + ctx + 7
        st = status_for(rng, ts, model, hot)
        ct = completion(rng, kind, model, pt) if st == 200 else 0
        ev = {
            "ts": ts, "account_id": acct.account_id, "org_id": acct.org_id,
            "api_key_id": key or acct.keys[0], "model": model, "endpoint": endpoint,
            "system_prompt": system, "prompt": prompt, "prompt_tokens": pt, "completion_tokens": ct,
            "status": st, "ip": ip[0], "asn": ip[1], "user_agent": ua or acct.ua,
            "device_id": device or acct.device,
            "payment_fingerprint": acct.payment if payment == "acct" else payment,
            "account_created_at": acct.created_ms,
        }
        self.rows.append((ts, len(self.rows), ev))


# ----------------------------------------------------------------- timing

def session_times(rng: random.Random, start: int, n: int, gap_med_s: float, gap_sigma: float = 0.7,
                  min_gap_s: float = 2.0) -> list[int]:
    out, t = [], start
    for i in range(n):
        if i:
            t += int(max(min_gap_s, gap_med_s * math.exp(rng.gauss(0, gap_sigma))) * S)
        out.append(t + rng.randrange(S))
    return out


def geometric(rng: random.Random, mean: float, cap: int = 400) -> int:
    if mean <= 1:
        return 1
    p = 1.0 / mean
    n = 1
    while rng.random() > p and n < cap:
        n += 1
    return n


def lognorm_int(rng: random.Random, median: float, sigma: float, lo: int = 0, hi: int = 10 ** 9) -> int:
    return max(lo, min(hi, int(round(median * math.exp(rng.gauss(0, sigma))))))
