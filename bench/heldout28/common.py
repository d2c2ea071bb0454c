"""Small helpers shared by the population modules."""
from __future__ import annotations

import random
from typing import Callable

from .world import LAUNCH, Acct, World

Pick = Callable[[random.Random, int], tuple]


def chat_model(r: random.Random, ts: int, p3: float = 0.12, lite: float = 0.3) -> str:
    if ts >= LAUNCH and r.random() < p3:
        return "tala-3"
    return "tala-2-lite" if r.random() < lite else "tala-2"


def run(w: World, r: random.Random, a: Acct, profile: str, per_day: float, reqs: tuple[int, int], gap: float,
        pick: Pick, days: range | None = None, start: int | None = None, think_s: tuple[float, float] = (2, 20)) -> None:
    """Drive an account through its sessions; pick(r, ts) -> (prompt, system, model, out_mean)."""
    for sess in w.sessions(r, a, profile, per_day, reqs, gap, days, start):
        net = a.net(r)
        done = 0
        for ts in sess:
            ts = max(ts, done + int(r.uniform(*think_s) * 1000))
            if ts >= w.end:
                break
            prompt, system, model, out = pick(r, ts)
            done = w.req(r, a, ts, prompt, system, model, net=net, out_mean=out)


def wrap(r: random.Random, templates: list[str], q: str) -> str:
    return r.choice(templates).format(q=q)


def general_chat(w: World, r: random.Random, nq: float = 0.3, local: list[str] | None = None, p_local: float = 0.0) -> str:
    x = r.random()
    if local and x < p_local:
        return vary(r, r.choice(local))
    if x < p_local + nq:
        q = r.choice(w.corp["nq_open_questions"])
        return q if r.random() < 0.6 else q[0].upper() + q[1:] + "?"
    return r.choice(w.corp["chat"] if r.random() < 0.85 else w.corp["awesome_short"])


def task(w: World, r: random.Random, srcs: list[str], weights: list[float] | None = None) -> tuple[str, str]:
    s = r.choices(srcs, weights)[0]
    return s, r.choice(w.corp[s])


PRE = ["", "", "", "hi ", "hello! ", "uy ", "pls ", "quick q: ", "ok next: "]
POST = ["", "", "", " thanks", " ty", " po", "??", " asap", " :)", " (short answer lang)", " sorry ang gulo"]


def vary(r: random.Random, s: str) -> str:
    """People never type the same sentence twice: casing, fillers, typos."""
    s = r.choice(PRE) + s + r.choice(POST)
    if r.random() < 0.3:
        s = s.lower()
    if r.random() < 0.2 and len(s) > 12:
        i = r.randrange(len(s) - 1)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s
