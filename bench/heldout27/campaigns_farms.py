"""Distillation campaigns run as farms: many accounts, shared infrastructure of
some kind, machine-paced or burst timing."""

from __future__ import annotations

import random

from .corpora import COT_PHRASES_EN
from .harvest import CODE_WRAPS_EN, WRAPS_EN, WorkQueue, card_pool, device_pool, wrap
from .identity import aged_created_at, client, ip_fixed, ip_home_mobile, ip_rotate, pick_tz, pool_of
from .traffic import Sim, poisson
from .world import (DAY, HOUR, JA4, MIN, NETS, NEW_MODEL, RELEASE, RESIDENTIAL_ALL, T0, UA, mobile_net, wpick)


def hydra_proxy_farm(sim: Sim, n: int) -> None:
    """Hundreds of accounts, tens of requests/day each, behind a proxy mesh (datacenter + residential exits);
    ~30% ordinary chat mixed in; switches to aurora-4 within hours of launch."""
    rng = sim.sub("hydra_proxy_farm")
    cards = card_pool(rng, 45)
    exits = [NETS[k] for k in ("m247", "datacamp", "ovh", "hetzner")] + [NETS[k] for k in RESIDENTIAL_ALL]
    q_math = WorkQueue(rng, sim.corp.math + sim.corp.gsm8k)
    q_code = WorkQueue(rng, sim.corp.mbpp + sim.corp.humaneval + sim.corp.arena)
    batches = [T0 - int(rng.uniform(3, 80) * DAY) for _ in range(18)]
    for _ in range(n):
        ua = rng.choice(UA["openai_py"] + UA["requests"] + UA["node"])
        dev = rng.choice((JA4["py_httpx"], JA4["py_httpx"], JA4["go"], JA4["node"]))
        a = sim.reg.new("hydra_proxy_farm", "hydra", tz=pick_tz(rng), ipfn=ip_rotate(exits), ua=ua, device=dev,
                        payment=rng.choice(cards) if rng.random() < 0.7 else None, org=None,
                        created_at=rng.choice(batches) + rng.randrange(6 * HOUR))
        per_day = rng.uniform(15, 40)
        curve = rng.choice(("flat", "human", "flat"))
        for t in sim.sessions(rng, a, curve, per_day / 3, (2, 4), 25):
            r = rng.random()
            if r < 0.30:
                p, kind = sim.corp.chat(rng), "chat"
            elif r < 0.70:
                p, kind = wrap(rng, q_math.next(), WRAPS_EN, cot=0.6, ty=0.01), "cot"
            else:
                p, kind = wrap(rng, q_code.next(), CODE_WRAPS_EN, cot=0.3), "code"
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.9, mini=0.0, lag_h=3), kind=kind)


TEMPLATES_B = [
    "Below is a grade-school math problem. Solve it and explain each step.\n\nProblem: {q}\n\nExplanation:",
    "[INST] You are a math teacher. Solve: {q} Show reasoning. [/INST]",
    "Read the problem carefully.\n---\n{q}\n---\nWork it out step by step, then write 'Final answer:'.",
    "Problem statement: {q}\nPlease provide: (1) the key idea, (2) full working, (3) the final answer.",
    "{q}\n\nAnswer format: reasoning first, then '#### <number>'.",
    "As a tutor, walk a student through this question: {q}",
    "Solve this exercise. Exercise: {q}",
    "Question ({n}): {q}\nThink it through carefully and answer.",
    "Let's practice! {q} Explain how you got there.",
    "Input: {q}\nOutput (detailed solution):",
    "Can you carefully work through this? {q}",
    "Math question: {q}\nPlease reason it out before answering.",
]


def template_bench_wrap(sim: Sim, n: int) -> None:
    """Benchmark questions wrapped in a few rotating templates per account; a custom client on rented VMs."""
    rng = sim.sub("template_bench_wrap")
    q = WorkQueue(rng, sim.corp.gsm8k + sim.corp.svamp + sim.corp.math)
    batches = [T0 - int(rng.uniform(2, 14) * DAY) for _ in range(3)]
    for _ in range(n):
        ips = pool_of(rng, NETS[rng.choice(("do", "hetzner", "ovh", "aws_use"))], rng.randint(1, 2))
        a = sim.reg.new("template_bench_wrap", "template_wrap", tz="EDT", ipfn=ip_fixed(ips),
                        ua=rng.choice(UA["requests"]), device=JA4["py_requests"], payment=card_pool(rng, 1)[0],
                        org=None, created_at=rng.choice(batches) + rng.randrange(3 * HOUR))
        tmpls = rng.sample(TEMPLATES_B, rng.randint(2, 4))
        start = sim.t0 + rng.randrange(8 * HOUR)
        for t in sim.steady(rng, start, sim.t1, rng.uniform(3.5, 7.5), 0.5):
            p = rng.choice(tmpls).format(q=q.next(), n=rng.randint(1, 9999))
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.7, mini=0.0, lag_h=6), kind="cot")


def card_ring(sim: Sim, n: int) -> None:
    """Accounts opened with a handful of cards and laptops from a few Toronto homes; code harvest."""
    rng = sim.sub("card_ring")
    cards, devs = card_pool(rng, 4), device_pool(rng, 6)
    homes = [pool_of(rng, NETS[rng.choice(("rogers", "bell"))], 1)[0] for _ in range(5)]
    q = WorkQueue(rng, sim.corp.humaneval + sim.corp.mbpp + [p for p in sim.corp.arena if "def " in p or "code" in p])
    for i in range(n):
        ua = rng.choice(UA["web"])
        mine = rng.sample(homes, 2)
        mob = pool_of(rng, mobile_net(rng), 2)
        a = sim.reg.new("card_ring", "card_ring", tz="EDT",
                        ipfn=lambda r, ts, m=mine, mb=mob: r.choice(m) if r.random() < 0.85 else r.choice(mb),
                        ua=ua, device=devs[i % len(devs)], payment=cards[i % len(cards)],
                        org=None, created_at=aged_created_at(rng, 5, 40))
        for t in sim.sessions(rng, a, rng.choice(("human", "evening")), rng.uniform(6, 14), (3, 10), 50):
            p = wrap(rng, q.next(), CODE_WRAPS_EN + ["{q}\n\nExplain your solution line by line, then list edge cases."],
                     cot=0.25, ty=0.005)
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.6), kind="code")


def resi_proxy_rotation(sim: Sim, n: int) -> None:
    """Every request exits from a different residential address; distinct cards and browsers; hard prompts."""
    rng = sim.sub("resi_proxy_rotation")
    nets = [NETS[k] for k in RESIDENTIAL_ALL] + [NETS[k] for k, _ in (("bellmob", 1), ("rogersmob", 1))]
    q = WorkQueue(rng, sim.corp.arena + sim.corp.math + sim.corp.humaneval)
    for _ in range(n):
        ua, dev = client(rng, [("web", 1)])
        a = sim.reg.new("resi_proxy_rotation", "resi_rotation", tz=pick_tz(rng), ipfn=ip_rotate(nets), ua=ua,
                        device=dev, payment=card_pool(rng, 1)[0], org=None, created_at=aged_created_at(rng, 10, 200))
        for t in sim.sessions(rng, a, "flat", rng.uniform(5, 14), (2, 8), 40):
            p = wrap(rng, q.next(), WRAPS_EN, cot=0.35, ty=0.01)
            sim.request(rng, a, t, p, model=sim.model(rng, t, 0.8, mini=0.0), kind="cot")


def release_night_burst(sim: Sim, n: int) -> None:
    """New accounts opened around the 21:00 launch, hammering aurora-4 overnight through carrier NAT and VPNs."""
    rng = sim.sub("release_night_burst")
    cards = card_pool(rng, max(1, n // 5))
    q = WorkQueue(rng, sim.corp.math + sim.corp.arena)
    vpn = [NETS["m247"], NETS["datacamp"], NETS["proton"]]
    for i in range(n):
        tz = pick_tz(rng)
        if rng.random() < 0.5:
            ipfn = ip_home_mobile(rng, tz, 0.9)
        else:
            exits = pool_of(rng, rng.choice(vpn), 3)
            ipfn = ip_fixed(exits)
        ua, dev = client(rng, [("openai_py", 4), ("web", 3), ("curl", 1)])
        ca = RELEASE + int(rng.uniform(-2.5, 0.7) * HOUR)
        a = sim.reg.new("release_night_burst", "release_burst", tz=tz, ipfn=ipfn, ua=ua, device=dev,
                        payment=cards[i % len(cards)] if rng.random() < 0.8 else None, org=None, created_at=ca)
        t = max(RELEASE, ca) + int(rng.uniform(2, 120) * MIN)
        end = t + int(rng.uniform(3, 7) * HOUR)
        rate = rng.uniform(12, 35)
        for ts in sim.steady(rng, t, end, rate, 0.9):
            p = rng.choice(COT_PHRASES_EN) + "\n" + q.next() if rng.random() < 0.4 else wrap(rng, q.next(), WRAPS_EN)
            sim.request(rng, a, ts, p, model=NEW_MODEL, kind="cot")
        for ts in sim.sessions(rng, a, "human", rng.uniform(3, 8), (2, 6), 60, day_scale=lambda d: float(d >= 1)):
            sim.request(rng, a, ts, wrap(rng, q.next(), WRAPS_EN, cot=0.5), model=NEW_MODEL, kind="cot")


EVAL_LIKE = [
    "Question: {q}\nLet's think step by step. At the end, write \"The answer is N\".\nAnswer:",
    "Problem:\n{q}\n\nSolve the problem. Put your final answer within \\boxed{{}}.",
    "Problem:\n{q}\n\nSolve the problem step by step, explaining every step in detail. Put your final answer within \\boxed{{}}.",
]


def fake_eval_harness(sim: Sim, n: int) -> None:
    """Impersonates an ML team's eval job (eval UA, eval templates) but spread thin over many small accounts."""
    rng = sim.sub("fake_eval_harness")
    cards = card_pool(rng, 2)
    q = WorkQueue(rng, sim.corp.math + sim.corp.gsm8k)
    for _ in range(n):
        ips = pool_of(rng, NETS[rng.choice(("aws", "gcp", "aws_use"))], 2)
        a = sim.reg.new("fake_eval_harness", "fake_eval", tz="EDT", ipfn=ip_fixed(ips), ua=rng.choice(UA["eval"]),
                        device=JA4["py_httpx"], payment=rng.choice(cards), org=None,
                        created_at=aged_created_at(rng, 1, 25))
        for day in range(sim.days):
            for _b in range(poisson(rng, 4)):
                start = sim.t0 + day * DAY + rng.randrange(DAY)
                for t in sim.steady(rng, start, start + int(rng.uniform(10, 40) * MIN), rng.uniform(90, 200), 0.4):
                    sim.request(rng, a, t, rng.choice(EVAL_LIKE).format(q=q.next()),
                                model=sim.model(rng, t, 0.95, mini=0.0, lag_h=1), kind="cot", retries=3)


__all__ = ["hydra_proxy_farm", "template_bench_wrap", "card_ring", "resi_proxy_rotation", "release_night_burst",
           "fake_eval_harness", "wpick"]
