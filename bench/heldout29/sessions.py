"""Session helpers shared by all populations: a conversation is a run of requests whose
gaps are reading/typing time (or machine pacing) and whose context grows turn by turn."""

from __future__ import annotations

import random
from typing import Callable

from .clients import Client
from .clock import SEC
from .network import Addr
from .randutil import lognorm
from .world import Account, World, tokens

PromptFn = Callable[[int], tuple[str | None, str]]       # turn -> (prompt, kind)


def convo(w: World, a: Account, rng: random.Random, start: int, n: int, prompt_fn: PromptFn, *,
          addr: Addr | Callable[[], Addr], cli: Client, model: str | Callable[[int], str],
          gap_s: tuple[float, float] = (60.0, .8), system: str | None = None, multi: bool = True,
          key: str | None = None, wait_reply: bool = True) -> int:
    """Emit up to n requests starting at `start`; returns the time after the last one."""
    ts, hist = start, 0
    for i in range(n):
        if not w.win.inside(ts):
            break
        prompt, kind = prompt_fn(i)
        m = model(ts) if callable(model) else model
        ad = addr() if callable(addr) else addr
        lat = w.send(a, ts, prompt, kind=kind, addr=ad, cli=cli, model=m, system=system,
                     history=hist if multi else 0, key=key, rng=rng)
        if multi:
            hist += tokens(prompt) + a.events[-1][6]
        ts += (lat if wait_reply else 0) + int(lognorm(rng, gap_s[0], gap_s[1]) * SEC)
    return ts


def machine_run(w: World, a: Account, rng: random.Random, start: int, prompts: list[tuple[str | None, str]], *,
                addr: Addr | Callable[[], Addr], cli: Client, model: str, concurrency: int = 1,
                system: str | None = None, pause_ms: tuple[int, int] = (20, 400)) -> int:
    """A script walking a list of prompts with `concurrency` requests in flight."""
    lanes = [start + rng.randrange(0, 1500) for _ in range(max(1, concurrency))]
    for p, kind in prompts:
        j = min(range(len(lanes)), key=lambda k: lanes[k])
        ts = lanes[j]
        if not w.win.inside(ts):
            break
        ad = addr() if callable(addr) else addr
        lat = w.send(a, ts, p, kind=kind, addr=ad, cli=cli, model=model, system=system, rng=rng)
        lanes[j] = ts + lat + rng.randrange(*pause_ms)
    return max(lanes)
