"""Accounts, ids, event construction and timing helpers shared by every population."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Callable

from .corpora import Corpora
from .world import (DAY_MS, EP_APP, EP_CHAT, LAUNCH_MS, NEW_MODEL, OLD_MODELS, START_MS, end_ms, sample_time)

_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
PROMPT_WIRE_CHARS = 8000  # the gateway forwards at most this much prompt text; tokens count it all


@dataclass
class Acct:
    id: str
    pop: str
    label: str
    campaign: str | None
    city: str
    created: int
    tier: str = "free"
    org: str | None = None
    pay: str | None = None
    keys: list[str] = field(default_factory=list)
    ua: str | None = None
    device: str | None = None
    net: Callable[[random.Random], tuple[str, int]] | None = None
    endpoint: str = EP_APP
    models: list[str] = field(default_factory=lambda: ["harbour-2.5", "harbour-2.5-mini"])
    h3_delay_h: float = 6.0
    h3_share: float = 0.5
    zdr: bool = False
    retry: float = 0.0


class World:
    def __init__(self, seed: int, days: int, corpora: Corpora):
        self.seed, self.days, self.c = seed, days, corpora
        self.end = end_ms(days)
        self.accounts: list[Acct] = []
        self.events: list[dict] = []
        self._idr = self.rng("ids")
        self._used: dict[str, int] = {}
        self.shared: dict = {}

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}/{name}")

    def new_id(self, prefix: str, n: int = 14, alphabet: str = _B36) -> str:
        while True:
            s = prefix + "".join(self._idr.choice(alphabet) for _ in range(n))
            if s not in self._used:
                self._used[s] = 1
                return s

    def org(self) -> str:
        return self.new_id("org_", 10)

    def key(self) -> str:
        return self.new_id("key_", 12)

    def card(self) -> str:
        return self.new_id("pf_", 16, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    def dev(self) -> str:
        return self.new_id("dv_", 16, "0123456789abcdef")

    def account(self, pop: str, city: str, created: int, label: str = "benign", campaign: str | None = None,
                **kw) -> Acct:
        a = Acct(id=self.new_id("acct_"), pop=pop, label=label, campaign=campaign, city=city, created=created, **kw)
        self.accounts.append(a)
        return a

    def model_for(self, r: random.Random, a: Acct, t: int) -> str:
        if t >= LAUNCH_MS + a.h3_delay_h * 3_600_000 and r.random() < a.h3_share:
            return NEW_MODEL
        return r.choice(a.models)

    def emit(self, r: random.Random, a: Acct, t: int, prompt: str | None, *, system: str | None = None,
             model: str | None = None, endpoint: str | None = None, completion: int = 0,
             ip: tuple[str, int] | None = None, key: str | None = None, ua: str | None = None,
             device: str | None = None) -> dict:
        if t < START_MS or t >= self.end or t < a.created:
            return {}
        ip_asn = ip or a.net(r)
        pt = tokens(prompt) + tokens(system) + 7
        e = {
            "ts": t, "account_id": a.id, "org_id": a.org,
            "api_key_id": key or (r.choice(a.keys) if a.keys else None),
            "model": model or self.model_for(r, a, t), "endpoint": endpoint or a.endpoint, "status": 200,
            "prompt_tokens": pt, "completion_tokens": completion,
            "system_prompt": None if a.zdr else system,
            "prompt": None if a.zdr or prompt is None else prompt[:PROMPT_WIRE_CHARS],
            "ip": ip_asn[0], "asn": ip_asn[1], "user_agent": ua or a.ua, "device_id": device or a.device,
            "payment_fingerprint": a.pay, "account_created_at": a.created,
            "_city": a.city, "_tier": a.tier, "_retry": a.retry,
        }
        self.events.append(e)
        return e


def tokens(text: str | None) -> int:
    if not text:
        return 0
    n = len(text)
    extra = len(text.encode()) - n  # non-ASCII text costs more tokens per character
    return max(1, int(n / 3.9 + extra / 2.2))


def comp(r: random.Random, median: float, sigma: float = 0.6, cap: int = 4096, floor: int = 1) -> int:
    return max(floor, min(cap, int(r.lognormvariate(math.log(median), sigma))))


def times(w: World, r: random.Random, a: Acct, profile: str, n: int, per_session: tuple[int, int] = (1, 6),
          gap_s: float = 70.0, gap_sigma: float = 0.8, not_before: int = START_MS, day: int | None = None) -> list[int]:
    """n request times grouped into sessions on the account's local daily cycle."""
    out: list[int] = []
    guard = 0
    not_before = max(not_before, a.created + 60_000)
    while len(out) < n and guard < 10 * n + 20:
        guard += 1
        t = sample_time(r, a.city, profile, w.days, day=day, not_before=not_before)
        for _ in range(min(r.randint(*per_session), n - len(out))):
            if t >= w.end:
                break
            out.append(t)
            t += max(300, int(r.lognormvariate(math.log(gap_s * 1000), gap_sigma)))
    out.sort()
    return out


def per_day(r: random.Random, days: int, median: float, sigma: float = 0.7, lo: int = 1) -> int:
    return max(lo, int(round(r.lognormvariate(math.log(median), sigma) * days)))


def created_between(r: random.Random, lo_days_ago: float, hi_days_ago: float) -> int:
    """An account creation time lo..hi days before the window starts (negative = inside the window)."""
    return START_MS - int(r.uniform(lo_days_ago, hi_days_ago) * DAY_MS)


def sticky(pool: list[tuple[str, int]], stick: float = 0.9):
    """Mostly one address from the pool (home connection), occasionally another."""
    home: dict[str, tuple[str, int]] = {}

    def pick(r: random.Random) -> tuple[str, int]:
        if "h" not in home:
            home["h"] = r.choice(pool)
        return home["h"] if r.random() < stick else r.choice(pool)
    return pick


def rotating(pool: list[tuple[str, int]]):
    return lambda r: r.choice(pool)


def fixed(addr: tuple[str, int]):
    return lambda r: addr


__all__ = ["Acct", "World", "tokens", "comp", "times", "per_day", "created_between", "sticky", "rotating", "fixed",
           "EP_CHAT", "EP_APP", "OLD_MODELS", "NEW_MODEL", "LAUNCH_MS", "START_MS", "DAY_MS"]
