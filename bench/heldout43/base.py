"""Accounts and the per-population event emitter (status codes, tokens, latency)."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from .text import est_tokens
from .world import LAUNCH, MINUTE, MODEL_NEW, b32, iso_s, ulid


@dataclass
class Account:
    id: str
    created: int | None
    card: str | None = None
    org: str | None = None
    keys: list[str] = field(default_factory=list)
    ua: str | None = None
    device: str | None = None
    system: str | None = None
    zdr: bool = False
    country: str = "GR"
    home: tuple[str, int] | None = None   # (ip, asn) of the usual line
    net: str | None = None                # network key for mobile / proxy draws
    extra: dict = field(default_factory=dict)

    def key(self, rng: random.Random) -> str | None:
        return rng.choice(self.keys) if self.keys else None


class Pop:
    """One population: its own Random stream, its accounts and its events."""

    def __init__(self, name: str, seed: int, label: str = "benign", campaign: str | None = None,
                 window=None):
        self.name = name
        self.seed = seed
        self.rng = random.Random(f"{seed}:{name}")
        self.label = label
        self.campaign = campaign
        self.win = window
        self.accounts: list[Account] = []
        self.events: list[dict] = []
        self._n = 0

    # ------------------------------------------------------------ accounts
    def account(self, created: int | None, **kw) -> Account:
        a = Account(id="acct_" + b32(self.rng, 18), created=created, **kw)
        self.accounts.append(a)
        return a

    def api_key(self) -> str:
        return "key_" + b32(self.rng, 14)

    def org(self) -> str:
        return "org_" + b32(self.rng, 12)

    # ------------------------------------------------------------ events
    def status(self, ts: int, model: str | None, p429: float) -> int:
        r = self.rng.random()
        if model == MODEL_NEW and ts < LAUNCH:
            return 404
        since = ts - LAUNCH
        if 0 <= since < 150 * MINUTE:
            p503 = (0.09 if model == MODEL_NEW else 0.012) * math.exp(-since / (45 * MINUTE))
            if r < p503:
                return 503
            r = self.rng.random()
            if model == MODEL_NEW:
                p429 += 0.02
        if r < p429:
            return 429
        if r < p429 + 0.0012:
            return 400
        if r < p429 + 0.0016:
            return 500
        return 200

    def emit(self, a: Account, ts: int, prompt: str | None, *, completion: int,
             model: str | None = "aegean-2", endpoint: str | None = "/v1/chat/completions",
             ip: tuple[str, int] | None = None, system: str | None = "__acct__",
             ua: str | None = "__acct__", device: str | None = "__acct__",
             key: str | None = "__acct__", p429: float = 0.003, status: int | None = None,
             prompt_tokens: int | None = None) -> int:
        rng = self.rng
        if system == "__acct__":
            system = a.system
        st = status if status is not None else self.status(ts, model, p429)
        if prompt_tokens is None:
            prompt_tokens = est_tokens(prompt) + (est_tokens(system) if system else 0) + rng.randrange(3, 12)
        comp = int(completion) if st == 200 else 0
        ip = ip or a.home
        self._n += 1
        ev: dict = {"event_id": "req_" + ulid(ts, self.seed, self.name, self._n), "ts": ts, "account_id": a.id}
        ev["org_id"] = a.org
        ev["api_key_id"] = a.key(rng) if key == "__acct__" else key
        ev["model"] = model
        ev["endpoint"] = endpoint
        if not a.zdr:
            ev["prompt"] = prompt
            if system is not None:
                ev["system_prompt"] = system
        ev["prompt_tokens"] = prompt_tokens
        ev["completion_tokens"] = comp
        ev["status"] = st
        if ip is not None:
            ev["ip"], ev["asn"] = ip
        else:
            ev["ip"], ev["asn"] = None, None
        ev["user_agent"] = a.ua if ua == "__acct__" else ua
        ev["device_id"] = a.device if device == "__acct__" else device
        ev["payment_fingerprint"] = a.card
        ev["account_created_at"] = iso_s(a.created) if a.created is not None else None
        lat = 120 + rng.randrange(40, 400) + (comp * rng.uniform(9, 22) if st == 200 else 0)
        ev["latency_ms"] = int(lat)
        self.events.append(ev)
        return st

    def labels(self) -> dict[str, dict]:
        return {a.id: {"label": self.label, "population": self.name, "campaign": self.campaign}
                for a in self.accounts}


def comp_len(rng: random.Random, mean: float, sigma: float = 0.6, cap: int = 8000) -> int:
    """Completion length (log-normal around mean)."""
    return max(1, min(cap, int(rng.lognormvariate(math.log(mean) - sigma * sigma / 2, sigma))))
