"""Distillation campaigns run from infrastructure: a hydra proxy farm, a launch-night burst,
an embedding sweep, a VPN slow drip and an agentic-trajectory harvest."""
from __future__ import annotations

from . import lang, networks as N, text as T
from .base import Pop, comp_len
from .benign_work import AGENT_UA
from .world import (EP_EMBED, EP_RESP, HOUR, LAUNCH, MINUTE, MODEL_EMBED, MODEL_NEW, created_between,
                    il_office, paced, sample_ts, session_times, uniform)


def _harvest_model(rng, ts: int) -> str:
    """Traffic moves to the new model within hours of the release."""
    if ts >= LAUNCH + 2 * HOUR and rng.random() < 0.8:
        return MODEL_NEW
    return "aegean-2"


def hydra(seed: int, win, n: int = 480) -> Pop:
    """A proxy farm: hundreds of fresh accounts on a dozen cards, every request from another
    residential exit, a central scheduler dispatching waves; verbatim CoT template mixed with chat."""
    p = Pop("hydra_proxy_farm", seed, "attack", "c43-hydra", win)
    rng = p.rng
    cards = [N.card(rng) for _ in range(14)]
    batches = [created_between(rng, 2, 12) for _ in range(9)]
    accts = []
    for i in range(n):
        a = p.account(rng.choice(batches) + rng.randrange(0, 50 * MINUTE), card=cards[i % len(cards)],
                      country=rng.choice(("GR", "IL", "CY")))
        a.ua = rng.choice((N.CHROME_WIN, N.CHROME_WIN, N.CHROME_MAC, N.EDGE_WIN))
        a.device = "ja4:" + N.JA4[N.CHROME_WIN]           # one headless-Chrome build behind every account
        accts.append(a)
    per_day = 11
    deck = T.Deck(rng, ("math", "gsm8k", "mbpp"))
    waves = paced(rng, win.lo + rng.randrange(0, 10 * MINUTE), win.hi, 11 * 60, 0.15)
    share = per_day * win.days * n / len(waves)
    for w in waves:
        k = max(1, int(rng.gauss(share, share * 0.25)))
        for a in rng.sample(accts, min(k, n)):
            ts = w + rng.randrange(0, 9000)
            if rng.random() < 0.55:
                q = T.HYDRA_TEMPLATE.format(p=deck.next())
                comp = comp_len(rng, 1100, 0.4)
            else:
                q, comp = T.chat_prompt(rng), comp_len(rng, 400)
            p.emit(a, ts, q, completion=comp, model=_harvest_model(rng, ts), ip=N.home_ip(rng, rng.choice(N.RESI)), p429=0.01)
    return p


BURST_SUFFIX = "\n\nThink step by step and show all of your reasoning before the final answer."


def launch_burst(seed: int, win, n: int = 45) -> Pop:
    """Datacenter accounts that hammer aegean-3 from minutes after the release, retrying through 429/503."""
    p = Pop("launch_burst", seed, "attack", "c43-launchburst", win)
    rng = p.rng
    deck = T.Deck(rng, ("math", "gsm8k", "mbpp", "humaneval", "svamp"))
    for _ in range(n):
        a = p.account(created_between(rng, 0.05, 3, LAUNCH), card=N.card(rng), country=rng.choice(("GR", "IL", "CY")),
                      ua=rng.choice(("python-httpx/0.28.1", "aiohttp/3.12.13", "OpenAI/Python 2.14.0")), device=None)
        a.keys = [p.api_key() for _ in range(3)]
        net = rng.choice(("hetzner", "hetzner", "ovh"))
        ip = N.pool_ip(rng, net, a.id, 1)
        if rng.random() < 0.5:                              # probing the model name before it is live
            for ts in paced(rng, LAUNCH - rng.randrange(3, 15) * MINUTE, LAUNCH, 40):
                p.emit(a, ts, T.task_prompt(rng) + BURST_SUFFIX, completion=0, model=MODEL_NEW, ip=ip)
        start = LAUNCH + rng.randrange(2, 12) * MINUTE
        stop = min(win.hi, start + rng.randrange(90, 240) * MINUTE)
        t = start
        while t < stop:
            q = deck.next() + BURST_SUFFIX
            st = p.emit(a, t, q, completion=comp_len(rng, 1200, 0.4), model=MODEL_NEW, ip=ip, p429=0.07)
            t += rng.randrange(800, 3000) if st in (429, 503) else int(rng.uniform(35, 95) * 1000)
    return p


def _sweep_vocab(rng) -> list[str]:
    words: dict[str, None] = {}
    for src in ("nq", "arena"):
        for t in T.corpus(src)[:1500]:
            for w in t.split():
                w = w.strip(".,?!:;\"'()").lower()
                if w.isalpha() and 3 <= len(w) <= 14:
                    words[w] = None
    for s in lang.GREEK_CHAT + lang.HEBREW_CHAT + lang.ARABIC:
        for w in s.split():
            w = w.strip(".,?!:;«»\"'()")
            if len(w) >= 3:
                words[w] = None
    return sorted(words)


def embedding_sweep(seed: int, win, n: int = 20) -> Pop:
    """Systematic embedding extraction: an alphabetical vocabulary walk and corpus-order questions with
    small perturbations, split across accounts behind residential exits, around the clock."""
    p = Pop("embedding_sweep", seed, "attack", "c43-embsweep", win)
    rng = p.rng
    vocab, nq = _sweep_vocab(rng), T.corpus("nq")
    cards = [N.card(rng) for _ in range(5)]
    for i in range(n):
        a = p.account(created_between(rng, 20, 40), card=cards[i % 5], country="GR", ua="python-requests/2.32.4", device=None)
        a.keys = [p.api_key()]
        cursor = i * 1000
        ip = N.home_ip(rng, rng.choice(N.RESI))
        for ts in paced(rng, win.lo + rng.randrange(0, HOUR), win.hi, rng.uniform(480, 700), 0.6):
            if rng.random() < 0.1:
                ip = N.home_ip(rng, rng.choice(N.RESI))
            if i % 2 == 0:
                q = "\n".join(vocab[(cursor + j) % len(vocab)] for j in range(16))
                cursor += 16
            else:
                base = nq[cursor % len(nq)]
                q = rng.choice((base, base + "?", base.upper(), base.replace(" the ", " a "), "query: " + base))
                cursor += rng.random() < 0.5
            p.emit(a, ts, q, completion=0, model=MODEL_EMBED, endpoint=EP_EMBED, ip=ip, p429=0.004)
    return p


DRIP = ("Solve and explain your reasoning step by step: {p}", "{p}\nShow your work, every step.",
        "Question: {p}\nWalk through the solution in detail, then give the answer.")


def vpn_drip(seed: int, win, n: int = 110) -> Pop:
    """Low-and-slow harvest through the same commercial VPN exits ordinary privacy users have."""
    p = Pop("vpn_slow_drip", seed, "attack", "c43-vpndrip", win)
    rng = p.rng
    cards = [N.card(rng) for _ in range(n // 4 + 1)]
    deck = T.Deck(rng, ("gsm8k", "svamp"))
    for i in range(n):
        a = p.account(created_between(rng, 10, 25), card=cards[i // 4], country=rng.choice(("GR", "IL")))
        a.ua, a.device = N.browser(rng)
        for ts in session_times(rng, uniform, win.lo, win.hi, rng.randrange(18, 42), mean_len=4, gap_s=50, sigma=0.5):
            q = rng.choice(DRIP).format(p=deck.next())
            p.emit(a, ts, q, completion=comp_len(rng, 700, 0.4), model=_harvest_model(rng, ts), ip=N.vpn_ip(rng))
    return p


AG_OBS = ("$ python solution.py\nTraceback (most recent call last):\n  File \"solution.py\", line {n}, in <module>\nAssertionError",
          "$ python -m pytest -q\n{n} passed, 1 failed", "$ python -c 'import solution; print(solution.main())'\nNone",
          "tool_result: file written (solution.py, {n} lines)", "$ python -m pytest -q\n{n} passed in 0.0{n}s")


def agentic_harvest(seed: int, win, n: int = 40) -> Pop:
    """Agent trajectories on benchmark coding tasks, with full reasoning requested at every step,
    sent with the same agent SDK user agent that companies use."""
    p = Pop("agentic_trajectory_harvest", seed, "attack", "c43-agentic", win)
    rng = p.rng
    deck = T.Deck(rng, ("mbpp", "humaneval"))
    for _ in range(n):
        a = p.account(created_between(rng, 40, 90), card=N.card(rng), country="IL", ua=AGENT_UA, device=None)
        a.keys = [p.api_key()]
        net = rng.choice(("gcp_eu", "azure_eu", "aws_il"))
        for _ in range(rng.randrange(8, 17) * win.days // 2):
            t = sample_ts(rng, lambda h: 0.4 + 0.6 * il_office(h), win.lo, win.hi)
            task = deck.next() if rng.random() < 0.75 else T.arena_coding(rng)
            ctx = T.est_tokens(task) + rng.randrange(800, 1500)
            for step in range(rng.randrange(6, 16)):
                obs = rng.choice(AG_OBS).format(n=rng.randrange(2, 40))
                q = (f"Task: {task}\n\nObservation:\n{obs}\n\n"
                     + rng.choice(("Before choosing the next tool call, write out your complete reasoning.",
                                   "Explain your full chain of thought, then the next action as JSON.",
                                   "Reason step by step about what went wrong and what to do next.")))
                ctx += rng.randrange(500, 1800)
                p.emit(a, t, q, completion=comp_len(rng, 900, 0.4), model=_harvest_model(rng, t), endpoint=EP_RESP,
                       ip=N.pool_ip(rng, net, a.id, 2), prompt_tokens=ctx, p429=0.01)
                t += rng.randrange(6000, 30000)
    return p
