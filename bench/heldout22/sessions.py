"""Shared behaviour: completion lengths, account ages, and a session runner that
turns "a person with these habits" into timestamped requests."""
from __future__ import annotations

import math
import random
from typing import Callable

from .timing import day_bounds, gaps, sample
from .world import DAY_MS, lognorm, poisson

THINKING = ("ghaym-r1", "ghaym-4-think")

# kind -> (median completion tokens, sigma, cap) without reasoning; reasoning median for thinking models.
COMP = {
    "chat": (320, 0.7, 4096, 700), "short": (70, 0.6, 400, 300), "homework": (430, 0.5, 2048, 1600),
    "cot": (620, 0.5, 4096, 2200), "code": (380, 0.6, 4096, 2400), "fim": (38, 0.8, 256, 0),
    "translate": (520, 0.6, 4096, 300), "label": (3, 0.4, 12, 60), "json": (220, 0.4, 1200, 500),
    "story": (480, 0.3, 900, 300), "listing": (330, 0.2, 600, 200), "summary": (420, 0.4, 1500, 800),
    "agent": (170, 0.8, 2000, 900), "embed": (0, 0, 0, 0), "ping": (1, 0, 2, 0), "eval": (260, 0.6, 2048, 1800),
    "harvest": (820, 0.45, 8192, 3400), "harvest_code": (640, 0.5, 8192, 3800), "judge": (180, 0.5, 900, 600),
}


def completion(rng: random.Random, kind: str, model: str, cap: int = 32768) -> int:
    med, sig, hi, think = COMP[kind]
    if med == 0:
        return 0
    c = lognorm(rng, med, sig, 1, hi)
    if model in THINKING and think:
        c += lognorm(rng, think, 0.55, 80, 30000)
    return min(c, cap)


def age(rng: random.Random, t0: int, mean_days: float = 200, max_days: float = 1100, min_days: float = 0.5) -> int:
    d = min(max_days, min_days + rng.expovariate(1 / mean_days))
    return t0 - int(d * DAY_MS) - rng.randrange(3_600_000)


def geom(rng: random.Random, mean: float) -> int:
    """1 + geometric with the given mean (>= 1)."""
    if mean <= 1:
        return 1
    p = 1 / mean
    return 1 + int(math.log(1 - rng.random()) / math.log(1 - p)) if p < 1 else 1


Make = Callable[[random.Random, int, int], tuple]


def run(world, rng: random.Random, acct, *, loc, client, key, profile: str, country: str,
        sessions_per_day: float, reqs_per_session: float, gap_s: float, make: Make,
        boost: str | None = None, history: float = 0.0, active_p: float = 1.0,
        lo: int | None = None, hi: int | None = None, extra_days: dict | None = None, min_sessions: int = 0) -> int:
    """Sessions for one account. `make(rng, ts, i)` -> (model, endpoint, spec, kind[, status]).
    `history` > 0 resends the conversation so far (web chat): prompt tokens grow within a session."""
    n_ev = 0
    for day in range(world.days):
        if rng.random() > active_p:
            continue
        d_lo, d_hi = day_bounds(world, day)
        d_lo = max(d_lo, lo or d_lo, acct.created)
        d_hi = min(d_hi, hi or d_hi)
        if d_hi <= d_lo:
            continue
        lam = sessions_per_day * (extra_days or {}).get(day, 1.0)
        for _ in range(max(min_sessions, poisson(rng, lam))):
            start = sample(world, rng, profile, country, boost, d_lo, d_hi)
            ip, asn = loc.ip(rng)
            ctx = 0
            for i, ts in enumerate(gaps(rng, start, geom(rng, reqs_per_session), gap_s)):
                out = make(rng, ts, i)
                model, endpoint, spec, kind = out[:4]
                status = out[4] if len(out) > 4 else 200
                comp = completion(rng, kind, model)
                if world.add(acct, ts, model, endpoint, spec, comp, ip, asn, client.ua, client.device, key, ctx, status):
                    n_ev += 1
                if history:
                    ctx = min(60000, ctx + int((comp + 90) * history))
    return n_ev
