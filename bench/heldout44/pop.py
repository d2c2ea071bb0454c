"""Population machinery: accounts, a per-population context that emits events,
the provider's response statuses, and time sampling over the two local days."""
from __future__ import annotations

import random
from typing import Callable

from . import texts
from .world import DAY, ENEM_END, HOUR, LAUNCH, MIN, T0, hexid, local

END = T0 + 2 * DAY
CHAT, RESP, EMB = "/v1/chat/completions", "/v1/responses", "/v1/embeddings"


class Account:
    __slots__ = ("id", "org", "created", "pay", "keys", "tier", "pop", "label", "campaign", "n")

    def __init__(self, id, org, created, pay, keys, tier, pop, label, campaign):
        self.id, self.org, self.created, self.pay, self.keys = id, org, created, pay, keys
        self.tier, self.pop, self.label, self.campaign, self.n = tier, pop, label, campaign, 0


class Pop:
    """One population: its own Random, its accounts and its events."""

    def __init__(self, seed: int, name: str, index: int, label: str, days: int):
        self.seed, self.name, self.index, self.label = seed, name, index, label
        self.rng = random.Random(f"{seed}:{name}")
        self.end = T0 + days * DAY
        self.accounts: list[Account] = []
        self.events: list[tuple[int, int, int, dict]] = []

    # ---------------------------------------------------------- accounts
    def account(self, created: int | None, tier: str, org: str | None = None, pay: str | None = None,
                keys: int = 1, shared_pay: str | None = None) -> Account:
        i = len(self.accounts)
        aid = "acct_" + hexid(self.seed, self.name, i, n=9)
        if org is None:
            org = "org_" + hexid(self.seed, self.name, "personal", i, n=8)
        if pay is None:
            pay = self.payment(tier, shared_pay or f"{self.name}:{i}")
        ks = ["key_" + hexid(self.seed, aid, k, n=8) for k in range(keys)]
        a = Account(aid, org, created, pay, ks, tier, self.name, self.label,
                    self.name if self.label == "attack" else None)
        self.accounts.append(a)
        return a

    def payment(self, tier: str, key: str) -> str | None:
        if tier == "free":
            return None
        prefix = {"card": "pm_card_", "pix": "pm_pix_", "corp": "pm_corp_", "invoice": "pm_inv_"}[tier]
        return prefix + hexid(self.seed, "pay", key, n=10)

    def created_aged(self, lo_days: float, hi_days: float) -> int:
        """An account created between lo and hi days before Sunday, at a plausible hour."""
        d = self.rng.uniform(lo_days, hi_days)
        t = T0 - int(d * DAY)
        return t - t % HOUR + self.rng.randint(0, HOUR - 1)

    def created_mix(self) -> int:
        """Most accounts are months or years old; a few signed up in the last weeks."""
        r = self.rng.random()
        if r < 0.08:
            return self.created_aged(0.5, 21)
        if r < 0.45:
            return self.created_aged(21, 365)
        return self.created_aged(365, 1400)

    # ---------------------------------------------------------- events
    def emit(self, a: Account, ts: int, *, model: str, endpoint: str = CHAT, prompt: str | None = None,
             system: str | None = None, net: dict | None = None, key: int = 0, comp: int | None = None,
             hist: int = 0, status: int | None = None) -> None:
        if ts < T0 or ts >= self.end:
            return
        rng = self.rng
        net = net or {}
        ptok = texts.tokens(prompt) + texts.tokens(system) + hist
        if endpoint == EMB:
            comp = 0
        elif comp is None:
            comp = int(rng.lognormvariate(5.6, 0.6))
        st = status if status is not None else provider_status(rng, model, ts, a.tier, ptok)
        if st != 200:
            comp = 0
        a.n += 1
        ev = {
            "event_id": "evt_" + hexid(self.seed, self.name, len(self.events), n=12),
            "ts": ts, "account_id": a.id, "org_id": a.org, "api_key_id": a.keys[key % len(a.keys)],
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system,
            "prompt_tokens": ptok, "completion_tokens": comp, "status": st,
            "ip": net.get("ip"), "asn": net.get("asn"), "user_agent": net.get("ua"), "device_id": net.get("device"),
            "payment_fingerprint": a.pay, "account_created_at": a.created,
        }
        self.events.append((ts, self.index, len(self.events), ev))

    # ---------------------------------------------------------- time
    def times(self, n: int, profile: Callable[[int, float], float], tz: int = -3) -> list[int]:
        """n timestamps drawn from an hourly local-time profile over the window."""
        hours = (self.end - T0) // HOUR
        w = [max(0.0, profile(*local(T0 + i * HOUR + HOUR // 2, tz))) for i in range(hours)]
        if sum(w) <= 0:
            return []
        idx = self.rng.choices(range(hours), w, k=n)
        return sorted(T0 + i * HOUR + self.rng.randrange(HOUR) for i in idx)

    def sessions(self, n: int, profile, size=(2, 8), gap=(20, 240), tz: int = -3) -> list[list[int]]:
        out = []
        for start in self.times(n, profile, tz):
            k = self.rng.randint(*size)
            t, s = start, []
            for _ in range(k):
                s.append(t)
                t += int(self.rng.uniform(*gap) * 1000)
            out.append(s)
        return out


def provider_status(rng: random.Random, model: str, ts: int, tier: str, ptok: int) -> int:
    r = rng.random()
    if model == "ipe-4":
        if ts < LAUNCH:
            return 404
        age = ts - LAUNCH
        p429, p503 = ((0.40, 0.14) if age < 30 * MIN else (0.18, 0.05) if age < 2 * HOUR
                      else (0.05, 0.01) if age < 6 * HOUR else (0.012, 0.002))
        if r < p429:
            return 429
        if r < p429 + p503:
            return 503
        r = rng.random()
    if model == "ipe-3-mini" and ENEM_END <= ts < ENEM_END + 2 * HOUR and r < 0.035:
        return 503  # the ENEM evening rush saturates the free model
    if ptok > 30000 and model == "ipe-3-mini":
        return 400  # context too long for the small model
    if r < 0.0025:
        return 500
    if r < 0.0055:
        return 400
    if tier == "free" and r < 0.02:
        return 429
    return 200


# common hourly profiles (local day 0 = Sunday, 1 = Monday; hour 0-24)
def p_leisure(d: int, h: float) -> float:
    base = [0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.6, 1.0, 1.3, 1.5, 1.5, 1.3, 1.3, 1.4, 1.5, 1.5, 1.5, 1.6,
            1.9, 2.2, 2.3, 1.8, 0.9][int(h) % 24]
    return base * (1.0 if d == 0 else 0.8)


def p_work(d: int, h: float) -> float:
    if d == 1:
        return [0.05, 0.03, 0.02, 0.02, 0.02, 0.05, 0.2, 0.6, 1.6, 2.4, 2.6, 2.5, 1.4, 1.9, 2.4, 2.5, 2.3, 1.8,
                1.0, 0.6, 0.5, 0.4, 0.25, 0.1][int(h) % 24]
    return 0.12 if d == 0 and 10 <= h < 22 else 0.02 if d == 0 else 0.0


def p_server(d: int, h: float) -> float:
    return 0.4 + p_leisure(d, h)


def p_flat(d: int, h: float) -> float:
    return 1.0


def chat_model(rng: random.Random, a: Account, ts: int, p4: float = 0.22) -> str:
    if a.tier == "free":
        return "ipe-3-mini"
    if ts >= LAUNCH and rng.random() < p4:
        return "ipe-4"
    return "ipe-3" if rng.random() < 0.7 else "ipe-3-mini"


def window(lo: int, hi: int, w: float = 1.0) -> Callable[[int, float], float]:
    """Profile: weight w between absolute local hours lo..hi counted from Sunday 00:00."""
    return lambda d, h: w if lo <= d * 24 + h < hi else 0.0
