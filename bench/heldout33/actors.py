"""Small helpers shared by populations: account ages, one request, and the
client (device + user agent + network) a person uses."""
from __future__ import annotations

import random
from dataclasses import dataclass

from bench.heldout33.corpora import completion, tokens
from bench.heldout33.world import DAY, RELEASE, T0, Account, World, model_at


def aged(rng: random.Random, lo_days: float, hi_days: float) -> int:
    """Creation time lo..hi days before the window opens."""
    return T0 - int(rng.uniform(lo_days, hi_days) * DAY) - rng.randrange(DAY)


def near_release(rng: random.Random, lo_h: float, hi_h: float) -> int:
    return RELEASE + int(rng.uniform(lo_h, hi_h) * 3_600_000)


@dataclass
class Client:
    ua: str
    device: str
    ip: str
    asn: int


def ask(w: World, rng: random.Random, acct: Account, ts: int, text: str | None, cl: Client, *,
        cmean: float = 350, system: str | None = None, model: str | None = None, eager: float = 0.3,
        endpoint: str = "/v1/chat/completions", key: str | None = None, ptoks: int | None = None,
        ip: str | None = None, asn: int | None = None) -> None:
    """One request; tokens follow the text unless the caller knows better (ZDR orgs)."""
    if ptoks is None:
        ptoks = tokens(text) + tokens(system) + 8
    w.emit(acct, ts, prompt=text, system=system, ptoks=ptoks, ctoks=completion(rng, cmean),
           ip=ip or cl.ip, asn=asn or cl.asn, ua=cl.ua, device=cl.device,
           model=model or model_at(rng, ts, eager), endpoint=endpoint, key=key)


def fill(tpl: str, **kw) -> str:
    return tpl.format(**kw)
