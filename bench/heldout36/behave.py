"""Shared behaviour: a person's networks and a person's sessions over the window."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable

from .emit import Account, Emitter
from .timing import gaps, poisson
from .world import REGIONS, World

PromptFn = Callable[[random.Random, int], tuple]  # (rng, ts) -> (prompt, lang, out) or (prompt, lang, out, extra_kw)


@dataclass
class Nets:
    """Where one person connects from: a home line and, on mobile, their carrier's CGNAT pool."""

    home: tuple[str, int]
    region: str
    carrier: str | None
    p_mobile: float

    @classmethod
    def person(cls, w: World, rng: random.Random, region: str, p_mobile: float = 0.4) -> "Nets":
        reg = REGIONS[region]
        return cls(w.home_net(rng, region), region, rng.choice(reg.mobile), p_mobile)

    def session(self, w: World, rng: random.Random) -> tuple[str, int]:
        if self.carrier and rng.random() < self.p_mobile:
            pool = w.mobile_pool(self.region, self.carrier)
            return pool[rng.randrange(len(pool))]
        return self.home


def activity(rng: random.Random, sigma: float = 0.8) -> float:
    """Heavy-tailed per-account activity multiplier with mean about 1."""
    return rng.lognormvariate(0, sigma) / (2.718281828 ** (sigma * sigma / 2))


def run_sessions(em: Emitter, a: Account, *, cum: list[float], sessions: float, per_session: float,
                 gap_s: float, prompt_fn: PromptFn, net_fn: Callable[[random.Random, int], tuple[str, int]],
                 spread: float = 0.9, **emit_kw) -> None:
    """Poisson number of sessions at times drawn from `cum`, each a burst of requests with human gaps."""
    rng = em.rng
    for _ in range(poisson(rng, sessions)):
        start = em.clock.sample(rng, cum)
        if start <= a.created:
            continue
        n = 1 + poisson(rng, max(per_session - 1, 0))
        net = net_fn(rng, start)
        for t in gaps(rng, start, n, gap_s, spread):
            res = prompt_fn(rng, t)
            kw = dict(emit_kw)
            if len(res) == 4:
                kw.update(res[3])
            em.emit(a, t, res[0], lang=res[1], out=res[2], net=net, **kw)
