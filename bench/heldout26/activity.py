"""How one account's requests spread over a day: sessions that open at a
time drawn from the account's activity curve, conversations whose history is
resent with each turn (so prompt tokens grow), and think time between turns
that includes reading the previous answer."""
from __future__ import annotations

import random
from typing import Callable

from bench.heldout26.traffic import EMBED, Account, Sink, gap, tokens
from bench.heldout26.world import DAY, START_MS, day_factor, draw_ts, poisson

Where = Callable[[random.Random, int, int], tuple[str, int]]  # (rng, day, ts) -> (ip, asn)


def conversations(sink: Sink, acct: Account, rng: random.Random, *, days: int, curve: str, per_day: float,
                  where: Where, clients: list, opener, follow=None, follow_p: float = .35, think_s: float = 45,
                  system=None, model: Callable[[random.Random, int], str], p429: float = .002,
                  day_active: float = 1.0, first_day: int = 0, not_before: int = 0, max_turns: int = 12,
                  endpoint: str = "/v1/chat/completions", timed: bool = False, context=None,
                  embed_p: float = 0.0) -> int:
    """Chat-style traffic. `opener(rng)` and `follow(rng)` return (prompt, kind)
    (with timed=True the opener is called as opener(rng, ts));
    `system` is a string or a callable giving one per conversation; `context(rng)`
    gives tokens of attached material (open files, documents); with probability
    `embed_p` a turn is preceded by an embeddings call on the same text (RAG
    retrieval). Returns the
    number of requests made."""
    made = 0
    for day in range(first_day, days):
        if rng.random() > day_active:
            continue
        target = poisson(rng, per_day * day_factor(curve, day))
        while target > 0:
            t = draw_ts(rng, curve, day, not_before or None)
            if t >= START_MS + (day + 1) * DAY:
                break
            ip, asn = where(rng, day, t)
            cli = clients[0] if len(clients) == 1 else rng.choice(clients)
            sysp = system(rng) if callable(system) else system
            mdl = model(rng, t)
            history, turn = (context(rng) if context else 0), 0
            prompt, kind = opener(rng, t) if timed else opener(rng)
            while True:
                if embed_p and rng.random() < embed_p:
                    sink.emit(acct, t - rng.randrange(150, 900), rng, prompt=prompt, kind="short", model=EMBED, ip=ip,
                              asn=asn, ua=cli.ua, device=cli.device, endpoint="/v1/embeddings", p429=0)
                    made += 1
                out = sink.emit(acct, t, rng, prompt=prompt, kind=kind, model=mdl, ip=ip, asn=asn, ua=cli.ua,
                                device=cli.device, system=sysp, history=history, p429=p429, endpoint=endpoint)
                made += 1
                target -= 1
                turn += 1
                history += tokens(prompt) + out + 8
                if target <= 0 or follow is None or turn >= max_turns or rng.random() > follow_p:
                    break
                # read the answer (~15 tokens/s), think, type the next message
                t += int(out / 15 * 1000) + gap(rng, think_s)
                prompt, kind = follow(rng)
    return made


def burst_times(rng: random.Random, start: int, n: int, mean_gap_s: float, jitter: float = .6) -> list[int]:
    """n request times from `start` with log-normal gaps (scripts, agents, bursts)."""
    out, t = [], start
    for _ in range(n):
        out.append(t)
        t += gap(rng, mean_gap_s, jitter)
    return out


def worker_pool(sink: Sink, acct: Account, rng: random.Random, *, start: int, items: list, workers: int,
                model: str, where: Callable[[random.Random, int], tuple[str, int]], client, system=None,
                overhead_s: float = 1.2, tok_per_s: float = 70, retries: int = 3, p429: float = .004,
                endpoint: str = "/v1/chat/completions") -> int:
    """A script with `workers` concurrent requests working through `items`
    [(prompt, kind)]: each worker sends its next item when the previous answer
    has streamed back; 429/529s are retried with backoff (the same prompt again).
    Returns the time the last request was sent."""
    free = [start + rng.randrange(2000) for _ in range(workers)]
    last = start
    for prompt, kind in items:
        w = min(range(workers), key=free.__getitem__)
        t = free[w]
        for attempt in range(retries + 1):
            ip, asn = where(rng, t)
            out = sink.emit(acct, t, rng, prompt=prompt, kind=kind, model=model, ip=ip, asn=asn, ua=client.ua,
                            device=client.device, system=system, p429=p429, endpoint=endpoint)
            last = t
            if sink.last_status in (200, 0, 400, 401):  # only rate limits and overloads are retried
                t += int(1000 * (overhead_s + out / tok_per_s) * rng.uniform(.8, 1.3))
                break
            t += int(1000 * (2 ** attempt) * rng.uniform(1, 3))  # exponential backoff
        free[w] = t
    return last
