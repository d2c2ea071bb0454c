"""Accounts and the gateway event they produce."""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench.heldout35.world import DAY, HOUR, START, fmt_ts, hexid


@dataclass
class Account:
    id: str
    population: str
    campaign: str | None
    created: int
    city: str
    org: str
    payment: str | None = None
    keys: list[str] = field(default_factory=list)
    devices: list[str] = field(default_factory=list)
    ua: str = ""
    home: tuple[str, int] | None = None  # (ip, asn) of a fixed line, if any
    extra: dict = field(default_factory=dict)


class World:
    """Registry of accounts, shared across populations (ids must be unique)."""

    def __init__(self, seed: int, days: int):
        self.seed = seed
        self.days = days
        self.accounts: dict[str, Account] = {}
        self.events: list[dict] = []

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}/{name}")

    def new_account(self, rng: random.Random, population: str, campaign: str | None, created: int, city: str,
                    org: str | None = None, **kw) -> Account:
        while True:
            aid = "acct_" + _b32(rng, 12)
            if aid not in self.accounts:
                break
        a = Account(aid, population, campaign, created, city, org or ("org-" + _b32(rng, 10)), **kw)
        if not a.keys:
            a.keys = ["key_" + hexid(rng, 12)]
        self.accounts[aid] = a
        return a

    def emit(self, ev: dict) -> None:
        self.events.append(ev)


_ALPHA = "abcdefghijkmnpqrstuvwxyz23456789"


def _b32(rng: random.Random, n: int) -> str:
    return "".join(_ALPHA[rng.getrandbits(5)] for _ in range(n))


def created_days_ago(rng: random.Random, lo_days: float, hi_days: float) -> int:
    return START - int(rng.uniform(lo_days, hi_days) * DAY) - rng.randrange(HOUR)


def aged(rng: random.Random) -> int:
    """An ordinary account age: log-uniform between 2 days and 3 years."""
    import math
    return created_days_ago(rng, 0, 0) - int(math.exp(rng.uniform(math.log(2), math.log(1100))) * DAY)


def tokens(text: str | None) -> int:
    if not text:
        return 0
    n = len(text)
    nonascii = sum(1 for c in text[:400] if ord(c) > 127)
    return max(1, int(n / (3.3 if nonascii > 8 else 3.9)) + 3)


def event(rng: random.Random, a: Account, ts: int, prompt: str | None, *, model: str, ct: int,
          endpoint: str = "/v1/chat/completions", system: str | None = None, status: int = 200,
          net: tuple[str, int] | None = None, device: str | None = None, key: str | None = "",
          ua: str | None = None, pt: int | None = None, lag_ms: int | None = None) -> dict:
    """One gateway record. Keys whose value is None are left out, as the gateway does."""
    ip, asn = net if net is not None else (a.home if a.home else (None, None))
    if status != 200:
        ct = 0 if status != 200 and status not in (499,) else ct
    ev = {
        "event_id": "req_" + hexid(rng, 24),
        "ts": fmt_ts(ts),
        "account_id": a.id,
        "org_id": a.org,
        "api_key_id": (rng.choice(a.keys) if a.keys else None) if key == "" else key,
        "model": model,
        "endpoint": endpoint,
        "status": status,
        "prompt_tokens": pt if pt is not None else tokens(prompt) + tokens(system),
        "completion_tokens": ct,
        "system_prompt": system,
        "prompt": prompt,
        "ip": ip,
        "asn": asn,
        "user_agent": ua or a.ua or None,
        "device_id": device if device is not None else (a.devices[0] if a.devices else None),
        "payment_fingerprint": a.payment,
        "account_created_at": fmt_ts(a.created),
    }
    ev = {k: v for k, v in ev.items() if v is not None}
    ev["_arr"] = ts + (lag_ms if lag_ms is not None else int(rng.expovariate(1 / 180.0)) + 15)
    return ev


def status_of(rng: random.Random, p_err: float = 0.012, p_429: float = 0.006) -> int:
    x = rng.random()
    if x < p_429:
        return 429
    if x < p_429 + p_err:
        return rng.choice([400, 400, 500, 503, 499])
    return 200
