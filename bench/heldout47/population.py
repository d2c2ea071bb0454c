"""The Population base: accounts (ids, orgs, keys, payment, age, network, client) and the
event builder (tokens, gateway statuses: pre-launch 404, launch overload, incident,
baseline errors, per-account rate limits)."""
from __future__ import annotations

from dataclasses import dataclass, field

from . import corpus
from .networks import CITY_COUNTRY, CITY_TZ, Net
from .world import (CHAT, DAY, EMBED, INCIDENT, LAUNCH, LITE, MAX_TOKENS, MIN, NEW, OVERLOAD, RPM, T0,
                    VERBOSITY, digest, lognorm, rng_for)

# naga-3 launch caps (requests/minute) and the free tier's daily request quota
NEW_RPM = {"free": 2, "t1": 20, "t2": 60, "t3": 600}
FREE_DAILY = 25

ENDPOINTS = {"chat": "/v1/chat/completions", "responses": "/v1/responses", "embed": "/v1/embeddings"}


@dataclass
class Account:
    id: str
    pop: str
    city: str
    net: Net
    ua: str
    device: str | None
    tier: str = "t1"
    org: str | None = None
    keys: list = field(default_factory=list)
    payment: str | None = None
    created: int | None = None
    endpoint: str = "chat"

    @property
    def country(self) -> str:
        return CITY_COUNTRY[self.city]

    @property
    def tz(self) -> float:
        return CITY_TZ[self.city]


def org_id(*parts) -> str:
    return "org_" + digest("org", *parts, n=8)


def card(*parts) -> str:
    return "pf_" + digest("pay", *parts, n=10)


class Population:
    name = "?"
    label = "benign"
    campaign: str | None = None

    def __init__(self, seed: int, scale: float = 1.0):
        self.seed = seed
        self.scale = scale
        self.rng = rng_for(seed, self.name)
        self.accounts: list[Account] = []
        self.events: list[dict] = []
        self._by_acct: dict[str, list[dict]] = {}
        self._n = 0

    def n(self, base: int) -> int:
        return max(1, int(round(base * self.scale)))

    # ---- accounts -------------------------------------------------------------------
    def account(self, city: str, net: Net, client: tuple, *, tier="t1", org=None, payment="own",
                age_days: float = 200.0, n_keys: int = 1, endpoint="chat") -> Account:
        i = len(self.accounts)
        aid = "acct_" + digest(self.seed, self.name, i, n=9)
        if payment == "own":
            payment = card(self.seed, self.name, i)
        created = T0 - int(age_days * DAY) - self.rng.randrange(0, 3_600_000)
        keys = ["key_" + digest(aid, k, n=8) for k in range(n_keys)]
        a = Account(aid, self.name, city, net, client[0], client[1], tier, org, keys, payment, created, endpoint)
        self.accounts.append(a)
        self._by_acct[aid] = []
        return a

    # ---- events ---------------------------------------------------------------------
    def status(self, model: str, ts: int) -> int:
        r = self.rng.random()
        if model == NEW and ts < LAUNCH:
            return 404
        if model == NEW and OVERLOAD[0] <= ts < OVERLOAD[1]:
            p = 0.05 + 0.45 * (1 - (ts - OVERLOAD[0]) / (OVERLOAD[1] - OVERLOAD[0]))
            if r < p:
                return 529 if r < p * 0.3 else 503
            r = self.rng.random()
        if model in (CHAT, LITE) and INCIDENT[0] <= ts < INCIDENT[1]:
            if r < 0.55:
                return 502 if r < 0.2 else 500
            r = self.rng.random()
        if r < 0.0025:
            return 500
        if r < 0.0065:
            return 400
        if r < 0.0080:
            return 499
        return 200

    def add(self, a: Account, ts: int, model: str, kind: str, prompt: str | None, system: str | None = None,
            *, session: object = 0, ctoks: int | None = None, ptoks: int | None = None, status: int | None = None,
            key: str | None = None, ua: str | None = None, device: object = "acct", endpoint: str | None = None,
            net: Net | None = None) -> dict:
        self._n += 1
        ip, asn = (net or a.net).pick(self.rng, (a.id, session))
        if status is None:
            status = self.status(model, ts)
        if ptoks is None:
            ptoks = corpus.tokens(prompt) + corpus.tokens(system) + (4 if system else 0) + 7
        if model == EMBED:
            comp = 0
        elif ctoks is not None:
            comp = ctoks
        elif kind == "translate":
            comp = int(ptoks * 1.15 * lognorm(self.rng, 1.0, 0.2))
        else:
            comp = int(lognorm(self.rng, VERBOSITY[model][kind]))
        if model != EMBED:
            comp = max(1, min(comp, MAX_TOKENS[model]))
        if status == 499:
            comp = int(comp * self.rng.random() * 0.6)
        elif status != 200:
            comp = 0
        ep = endpoint or ("embed" if model == EMBED else a.endpoint)
        ev = {
            "event_id": "ev_" + digest(self.seed, self.name, self._n, n=10),
            "ts": int(ts),
            "account_id": a.id,
            "org_id": a.org,
            "api_key_id": key or a.keys[0],
            "model": model,
            "endpoint": ENDPOINTS.get(ep, ep),
            "status": status,
            "prompt_tokens": int(ptoks),
            "completion_tokens": int(comp),
            "prompt": prompt,
            "system_prompt": system,
            "ip": ip,
            "asn": asn,
            "user_agent": ua or a.ua,
            "device_id": a.device if device == "acct" else device,
            "payment_fingerprint": a.payment,
            "account_created_at": a.created,
        }
        self.events.append(ev)
        self._by_acct[a.id].append(ev)
        return ev

    def session_times(self, start: int, n: int, gap_s: float = 70.0, sigma: float = 0.8) -> list[int]:
        out, t = [], start
        for _ in range(n):
            out.append(t)
            t += int(lognorm(self.rng, gap_s * 1000, sigma)) + 1500
        return out

    # ---- finish ---------------------------------------------------------------------
    def finish(self) -> None:
        """Apply gateway limits: per-account 60-second sliding window on admitted requests, a
        stricter launch cap on naga-3, and the free tier's daily quota. Excess gets 429."""
        tier = {a.id: a.tier for a in self.accounts}
        for aid, evs in self._by_acct.items():
            evs.sort(key=lambda e: (e["ts"], e["event_id"]))
            t = tier[aid]
            win: dict[str, list[int]] = {"all": [], NEW: []}
            daily: dict[int, int] = {}
            for e in evs:
                lanes = ("all", NEW) if e["model"] == NEW else ("all",)
                over = False
                for lane in lanes:
                    w = win[lane]
                    while w and w[0] <= e["ts"] - MIN:
                        w.pop(0)
                    if len(w) >= (RPM[t] if lane == "all" else NEW_RPM[t]):
                        over = True
                day = (e["ts"] - T0) // DAY
                if t == "free" and daily.get(day, 0) >= FREE_DAILY:
                    over = True
                if over:
                    if e["status"] in (200, 499):
                        e["status"] = 429
                        e["completion_tokens"] = 0
                    continue
                for lane in lanes:
                    win[lane].append(e["ts"])
                daily[day] = daily.get(day, 0) + 1
        # drop accounts that never produced an event
        self.accounts = [a for a in self.accounts if self._by_acct[a.id]]

    def generate(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def run(self) -> "Population":
        self.generate()
        self.finish()
        return self
