"""Accounts, identifiers and the event sink shared by benign.py and campaigns.py.

Identifier model (see README): account_id, org_id, api_key_id, device_id,
payment_fingerprint and event_id are opaque hashes of (seed, owner, index), so
nothing in an id reveals its population. Prefixes only say what kind of thing
it is (`pm_card_`, `pm_pix_`, ...), as a payment processor's token would.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from . import world as W
from .prompts import corpus, toks


@dataclass
class Account:
    id: str
    pop: str
    label: str  # benign | attack
    campaign: str | None
    cc: str
    created: int
    org: str
    payment: str
    keys: list[str] = field(default_factory=list)
    n: int = 0  # events emitted


class Ctx:
    def __init__(self, seed: int, days: int, scale: float):
        self.seed, self.days, self.scale = seed, days, scale
        W.SALT[0] = f"seed{seed}"
        self.start = W.T0
        self.end = W.T0 + days * W.DAY
        self.events: list[tuple[int, str, dict]] = []
        self.accounts: dict[str, Account] = {}
        self.corpus = corpus()

    def rng(self, *name: object) -> random.Random:
        return random.Random(f"h17|{self.seed}|" + "|".join(map(str, name)))

    def count(self, n: float) -> int:
        return max(1, int(round(n * self.scale)))

    def hid(self, *parts: object, n: int = 16) -> str:
        return W.h(self.seed, *parts, n=n)

    # ----------------------------------------------------------- identities
    def account(self, pop: str, i: int, cc: str, created: int, *, label: str = "benign", campaign: str | None = None,
                org: str | None = None, payment: str | None = None, nkeys: int = 1) -> Account:
        aid = "acct_" + self.hid("acct", pop, i, n=14)
        a = Account(aid, pop, label, campaign, cc, created,
                    org or ("org_" + self.hid("org", aid, n=12)),
                    payment or self.payment("card", aid),
                    ["key_" + self.hid("key", aid, k, n=14) for k in range(nkeys)])
        self.accounts[aid] = a
        return a

    def payment(self, method: str, *owner: object) -> str:
        """A payment instrument fingerprint: card token, Pix payer key (CPF),
        boleto payer document, OXXO voucher reference, Mercado Pago wallet,
        invoiced enterprise contract."""
        return f"pm_{method}_" + self.hid("pay", method, *owner, n=16)

    def device(self, *owner: object) -> str:
        return "dev_" + self.hid("dev", *owner, n=16)

    def stack(self, image: str, ua: str) -> str:
        """device_id of a client that sends no install id (SDKs, scripts): only the
        TLS/HTTP2 stack is fingerprinted, so every host with the same OS image
        and SDK build shares it, across unrelated customers."""
        return self.device("stack", image, ua.split()[-1])

    def org(self, *owner: object) -> str:
        return "org_" + self.hid("org", *owner, n=12)

    # ---------------------------------------------------------------- events
    def emit(self, a: Account, ts: int, *, prompt: str, system: str, model: str, endpoint: str, ip: str, asn: int,
             ua: str, device: str, ckind: str | None = None, ctoks: int | None = None, key: str | None = None,
             rng: random.Random, status: int | None = None, ptoks: int | None = None) -> None:
        if not (self.start <= ts < self.end) or ts < a.created:
            return
        from .prompts import completion
        pt = toks(prompt, system) if ptoks is None else ptoks
        if status is None:
            r = rng.random()
            status = 200 if r > 0.0045 else (400 if r < 0.003 else rng.choice((500, 503)))
        if ctoks is None:
            ctoks = completion(rng, ckind or "chat", pt)
        if endpoint == W.EP_EMBED:
            ctoks = 0
        if status != 200:
            ctoks = 0
        a.n += 1
        eid = "evt_" + self.hid("evt", a.id, a.n, ts, n=20)
        self.events.append((ts, eid, {
            "event_id": eid, "ts": ts, "account_id": a.id, "prompt_tokens": pt, "completion_tokens": ctoks,
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system, "status": status,
            "org_id": a.org, "api_key_id": key or a.keys[0], "ip": ip, "asn": asn, "user_agent": ua,
            "device_id": device, "payment_fingerprint": a.payment, "account_created_at": a.created,
        }))


# ------------------------------------------------------------------ helpers
def model_at(rng: random.Random, t: int, *, adopt: str = "api", mini: float = 0.25) -> str:
    """Which model a request names. First-party apps switch their default to
    condor-4 at release; API users adopt gradually; 'old' never switches."""
    small = rng.random() < mini
    if t < W.RELEASE or adopt == "old":
        return W.OLD_MODELS[small]
    dt = (t - W.RELEASE) / W.HOUR
    p = {"app": 0.88, "api": 0.08 + 0.5 * (1 - math.exp(-dt / 10)), "eager": 0.97, "slow": 0.04 + 0.2 * (1 - math.exp(-dt / 24))}[adopt]
    return W.NEW_MODELS[small] if rng.random() < p else W.OLD_MODELS[small]


def session_times(rng: random.Random, clock: W.Clock, n: int, per_session: float, gap_s: float = 75.0) -> list[list[int]]:
    """Split n requests into sessions at clock-sampled starts; within a session,
    think-time gaps are lognormal around gap_s seconds."""
    out: list[list[int]] = []
    left = n
    while left > 0:
        k = min(left, 1 + W.poisson(rng, max(0.0, per_session - 1)))
        t = clock.sample(rng)
        ts = [t]
        for _ in range(k - 1):
            t += int(1000 * gap_s * math.exp(rng.gauss(0, 0.8)))
            ts.append(t)
        out.append(ts)
        left -= k
    return out


def lognorm(rng: random.Random, median: float, sd: float = 0.7) -> float:
    return median * math.exp(rng.gauss(0, sd))


def created_before(rng: random.Random, min_days: float, max_days: float) -> int:
    return W.T0 - int(rng.uniform(min_days, max_days) * W.DAY) - rng.randrange(W.DAY)
