"""Accounts, event emission, diurnal timing and response outcomes."""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from functools import lru_cache

from bench.heldout41 import world as W
from bench.heldout41.text import ntok

CHAT = "/v1/chat/completions"
RESP = "/v1/responses"
EMBED = "/v1/embeddings"
EMBED_MODEL = "talon-embed-1"


@dataclass
class Acct:
    id: str
    pop: str
    campaign: str | None
    created: int
    city: W.City
    net: W.Net
    ip: str
    ua: str
    device: str
    org: str | None
    keys: list
    card: str | None = None
    lang: str = "en"
    system: str | None = None
    model: str = "talon-2-mini"
    n: int = 0


class Ctx:
    """One generation run: holds the seed, the window and every emitted event."""

    def __init__(self, seed: int, days: int):
        self.seed, self.days = seed, days
        self.start, self.end = W.START, W.end_ms(days)
        self.accounts: list[Acct] = []
        self.events: list[dict] = []

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")

    def account(self, rng: random.Random, pop: str, *, campaign=None, created=None, city=None, net=None,
                ip=None, ua=None, device=None, org=None, keys=None, card=None, lang=None, system=None,
                model="talon-2-mini") -> Acct:
        city = city or W.pick_city(rng)
        net = net or W.local_net(rng, city.cc)
        if ip is None:
            ip = W.pool_ip(rng, net) if net.pool else W.own_ip(rng, net)
        if ua is None:
            ua, device2 = W.app_client(rng)
            device = device or device2
        aid = "acct_" + W.b32id(rng, 12)
        if created is None:
            created = self.start - int(rng.triangular(2, 900, 60) * W.DAY) + rng.randrange(W.DAY)
        a = Acct(aid, pop, campaign, created, city, net, ip, ua, device or ("dv-" + W.hexid(rng, 12)),
                 org if org is not None else "org-" + W.b32id(rng, 10),
                 keys or ["key_" + W.hexid(rng, 10)], card, lang or W.pick_w(rng, city.lang), system, model)
        self.accounts.append(a)
        return a

    def emit(self, rng: random.Random, a: Acct, ts: int, prompt: str | None, *, kind: str = "chat",
             model: str | None = None, endpoint: str = CHAT, system: str | None = "acct", ip: str | None = None,
             device: str | None = None, ua: str | None = None, key: str | None = None, hist: int = 0,
             net: W.Net | None = None, load: float = 0.0, status: int | None = None) -> dict | None:
        if not (self.start <= ts < self.end):
            return None
        model = model or a.model
        if model == "talon-3" and ts < W.LAUNCH:
            status = 404 if status is None else status   # early tryers hit a model that is not live yet
        sysp = a.system if system == "acct" else system
        if endpoint == EMBED:
            model, sysp = EMBED_MODEL, None
        pt = ntok(prompt) + ntok(sysp) + hist + (0 if endpoint == EMBED else 7 + (3 if sysp else 0))
        if status is None:
            status = outcome(rng, model, ts, load, pt)
        ct = completion(rng, kind, pt - hist) if status == 200 and endpoint != EMBED else 0
        net = net or a.net
        ev = {"eid": rng.getrandbits(128), "ts": ts, "acct": a, "model": model, "endpoint": endpoint,
              "prompt": prompt, "system": sysp, "pt": pt, "ct": ct, "status": status,
              "ip": ip or a.ip, "asn": net.asn, "ua": ua or a.ua, "device": device or a.device,
              "key": key or a.keys[0]}
        self.events.append(ev)
        a.n += 1
        return ev


def outcome(rng: random.Random, model: str, ts: int, load: float, pt: int) -> int:
    """HTTP status: mostly 200; overload right after the launch; rate limits under load."""
    r = rng.random()
    if pt > 32000:
        return 400
    if model == "talon-3" and W.LAUNCH <= ts < W.LAUNCH + 3 * W.H:
        if r < 0.07:
            return 503
        r -= 0.07
    if r < 0.004 + 0.25 * load:
        return 429
    r -= 0.004 + 0.25 * load
    for p, code in ((0.003, 500), (0.002, 504), (0.004, 400), (0.003, 499), (0.0008, 401)):
        if r < p:
            return code
        r -= p
    return 200


def completion(rng: random.Random, kind: str, pt: int) -> int:
    if kind == "short":
        v = rng.lognormvariate(4.2, 0.6)
    elif kind == "cot":
        v = rng.lognormvariate(6.5, 0.45)
    elif kind == "code":
        v = rng.lognormvariate(5.9, 0.5)
    elif kind == "translate":
        v = pt * rng.uniform(0.9, 1.7)
    elif kind == "agent":
        v = rng.lognormvariate(5.0, 0.8)
    elif kind == "eval":
        v = rng.lognormvariate(5.6, 0.7)
    else:
        v = rng.lognormvariate(5.5, 0.7)
    return max(1, min(int(v), 8192))


# --- timing ------------------------------------------------------------------
PROFILES = {  # relative weight per local hour 0..23
    "casual": (3, 2, 1, .5, .3, .3, .6, 1.5, 3, 4, 5, 6, 7, 6, 5, 5, 5, 6, 7, 8, 9, 9, 7, 5),
    "holiday": (4, 3, 1.5, .6, .3, .3, .4, 1, 2.5, 4, 6, 8, 7, 5, 4, 4, 5, 6, 7, 8, 9, 9, 8, 6),
    "student": (6, 4, 2, .8, .3, .2, .3, 1, 3, 4, 5, 5, 5, 6, 7, 8, 8, 8, 8, 9, 10, 10, 9, 8),
    "office": (.3, .2, .1, .1, .1, .2, .5, 2, 6, 9, 10, 10, 8, 9, 10, 9, 8, 6, 3, 2, 1.5, 1, .6, .4),
    "dev": (4, 3, 2, 1, .5, .4, .5, 1, 3, 5, 7, 8, 8, 8, 8, 8, 8, 7, 6, 6, 6, 6, 6, 5),
    "flat": (6, 6, 5, 5, 5, 5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 7),
    "school": (1, .5, .2, .1, .1, .2, .5, 2, 5, 8, 9, 9, 8, 8, 9, 9, 9, 8, 8, 9, 8, 6, 4, 2),
}


@lru_cache(maxsize=None)
def _cum(start: int, end: int, tz: int, profile: str, after: int) -> tuple[tuple[int, ...], tuple[float, ...]]:
    prof = PROFILES[profile]
    hours, cum, acc = [], [], 0.0
    t = max(start, after)
    t -= (t - start) % W.H
    while t < end:
        acc += prof[local_hour(t, tz)]
        hours.append(t)
        cum.append(acc)
        t += W.H
    return tuple(hours), tuple(cum)


def local_hour(ts: int, tz: int) -> int:
    return ((ts + tz * W.H) // W.H) % 24


def sample_ts(ctx: Ctx, rng: random.Random, tz: int, profile: str, after: int | None = None) -> int:
    """A time in the window following a local-time diurnal profile (START is 00:00 UTC+5)."""
    after = ctx.start if after is None else after
    hours, cum = _cum(ctx.start, ctx.end, tz, profile, after)
    if not hours:
        return ctx.end
    h = hours[rng.choices(range(len(hours)), cum_weights=cum)[0]]
    return max(h + rng.randrange(W.H), after)


def session(rng: random.Random, t0: int, n: int, gap: tuple = (25, 240)) -> list[int]:
    """n request times in one sitting, think-time gaps in seconds (log-uniform)."""
    out, t = [], t0
    lo, hi = gap
    for _ in range(n):
        out.append(t)
        t += int(1000 * lo * (hi / lo) ** rng.random())
    return out


def stable_frac(*parts: str) -> float:
    h = hashlib.blake2b("|".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(h, "big") / 2 ** 64
