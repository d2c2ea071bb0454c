"""Populations, accounts and the event emitter shared by benign populations and campaigns."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from .nets import Person, app_install, browser, connect, person
from .texts import est_tokens
from .world import DAY, MIN, T0, after_alert, hexid, in_outage, pick_ts, status_for

EMBED = "/v1/embeddings"
CHAT = "/v1/chat/completions"
RESP = "/v1/responses"


@dataclass
class Acct:
    id: str
    created: int
    org: str
    pay: str | None
    keys: list[str]


@dataclass
class Human:
    p: Person
    phone: tuple[str, str]  # (ua, device id)
    laptop: tuple[str, str]


def fp(*parts: object) -> str:
    """An opaque payment fingerprint."""
    return "pf_" + hexid("pay", *parts, n=20)


class Pop:
    def __init__(self, seed: int, name: str, label: str, days: int, desc: str = ""):
        self.rng = random.Random(f"{seed}:{name}")
        self.seed, self.name, self.label, self.days, self.desc = seed, name, label, days, desc
        self.events: list[tuple[int, int, dict]] = []
        self.accounts: list[Acct] = []
        self.end = T0 + days * DAY

    # --- accounts ------------------------------------------------------------------------------
    def ago(self, mean_days: float, min_days: float = 1.0, max_days: float = 1800) -> int:
        d = min(max_days, min_days + self.rng.expovariate(1 / mean_days))
        return T0 - int(d * DAY) - self.rng.randrange(DAY)

    def account(self, created: int | None = None, org: str | None = None, pay: str | None = "own",
                nkeys: int = 1) -> Acct:
        idx = len(self.accounts)
        aid = "acct_" + hexid(self.seed, self.name, idx, n=20)
        if created is None:
            created = self.ago(320)
        if pay == "own":
            pay = fp(self.seed, self.name, idx)
        keys = ["key_" + hexid(aid, k, n=16) for k in range(nkeys)]
        a = Acct(aid, created, org or "org_" + hexid("org", aid, n=16), pay, keys)
        self.accounts.append(a)
        return a

    def human(self, city: str, app_share: float = 0.5) -> Human:
        p = person(self.rng, city, self.days)
        phone = app_install(self.rng, f"{self.seed}:{self.name}:{len(self.accounts)}") if self.rng.random() < app_share \
            else browser(self.rng)
        return Human(p, phone, browser(self.rng))

    # --- events --------------------------------------------------------------------------------
    def emit(self, a: Acct, ts: int, *, prompt: str | None, model: str = "dnipro-1", endpoint: str = CHAT,
             system: str | None = None, ip: str | None = None, asn: int | None = None, ua: str | None = None,
             device: str | None = None, ctoks: int | None = None, ptoks: int | None = None,
             status: int | None = None, heavy: bool = False, retries: int = 2, key: str | None = None) -> int:
        rng = self.rng
        if not (T0 <= ts < self.end) or ts < a.created:
            return -1
        st = status if status is not None else status_for(model, ts, rng, heavy)
        if ptoks is None:
            ptoks = est_tokens(prompt) + est_tokens(system) + rng.randrange(4, 12)
        if st != 200:
            ctoks = 0
        elif ctoks is None:
            ctoks = 0 if endpoint == EMBED else int(min(4000, rng.lognormvariate(5.4, 0.7)))
        ev = {"event_id": "evt_" + f"{rng.getrandbits(96):024x}", "ts": ts, "account_id": a.id, "org_id": a.org,
              "api_key_id": key or a.keys[0], "model": model, "endpoint": endpoint, "prompt": prompt,
              "system_prompt": system, "status": st, "ip": ip, "asn": asn, "user_agent": ua, "device_id": device,
              "payment_fingerprint": a.pay, "account_created_at": a.created,
              "prompt_tokens": ptoks, "completion_tokens": ctoks}
        self.events.append((ts, len(self.events), ev))
        if st in (429, 503) and retries > 0 and rng.random() < 0.75:
            back = int((2 + rng.expovariate(1 / 20)) * 1000 * (3 - retries))
            self.emit(a, ts + back, prompt=prompt, model=model, endpoint=endpoint, system=system, ip=ip, asn=asn,
                      ua=ua, device=device, ptoks=ptoks, heavy=heavy, retries=retries - 1, key=key)
        return st

    def human_sessions(self, a: Acct, h: Human, n_sessions: int, profile: str, prompt_fn: Callable[[], str],
                       model_fn: Callable[[int], str] = lambda ts: "dnipro-1", per_session: tuple[int, int] = (1, 5),
                       laptop_share: float = 0.4, gap_s: float = 90, silent: list | None = None,
                       system: str | None = None, day: int | None = None) -> None:
        rng = self.rng
        for _ in range(n_sessions):
            ts = pick_ts(rng, profile, self.days, h.p.city, day)
            ts = after_alert(h.p.city, ts, self.days, rng)
            if silent and in_outage(silent, ts):
                continue
            dev = "laptop" if rng.random() < laptop_share else "phone"
            ua, did = h.laptop if dev == "laptop" else h.phone
            for _ in range(rng.randint(*per_session)):
                ip, asn = connect(h.p, ts, dev, rng)
                model = model_fn(ts)
                st = self.emit(a, ts, prompt=prompt_fn(), model=model, system=system, ip=ip, asn=asn, ua=ua, device=did)
                if model == "dnipro-2" and st == 404 and rng.random() < 0.8:
                    break
                ts += int((5 + rng.expovariate(1 / gap_s)) * 1000)

    def labels(self, campaign: str | None) -> dict[str, dict]:
        return {a.id: {"label": self.label, "population": self.name, "campaign": campaign} for a in self.accounts}


def mix_model(rng, free: bool, p2: float = 0.0) -> Callable[[int], str]:
    """Model chooser: free tier is mini only; paid users try dnipro-2 once it exists (and some before)."""
    from .world import LAUNCH

    def f(ts: int) -> str:
        if free:
            return "dnipro-1-mini"
        if ts >= LAUNCH - 20 * MIN and rng.random() < p2:
            return "dnipro-2"
        return "dnipro-1" if rng.random() < 0.8 else "dnipro-1-mini"
    return f


def company_org(seed: int, company: str) -> str:
    """World fact: a company's org id (shared by every population that works there)."""
    return "org_" + hexid("company-org", seed, company, n=16)


def company_card(seed: int, company: str, k: int = 0) -> str:
    return fp("corp", seed, company, k)
