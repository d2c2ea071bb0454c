"""Crude and semi-crude distillation campaigns: datacenter CoT farm, cron
code farm, stolen-card churn, embedding vacuum, batch 'evaluation' cover."""
from __future__ import annotations

from . import devices, phrases as ph
from .networks import dc_addr
from .popkit import created_ago
from .world import (DAY, EP_BATCH, EP_CHAT, EP_EMB, EP_RESP, HOUR, LAUNCH_MS, M_CODER, M_EMBED, M_NEW, M_PRO, START_MS,
                    END_MS, hexid, sample_ts, session, status_for)


def cot_farm(W):
    """C01: 36 fresh accounts on 3 Hetzner VMs, one template, ~120 req/day each, round the clock."""
    name, ctx = "c01_cot_farm_hetzner", W.ctx
    rng = ctx.rng(name)
    vms = [(W.nets.addr(rng, "hetzner"), ("python-requests/2.32.3", "dv_" + hexid(rng, 20))) for _ in range(3)]
    cards = [ctx.pay(rng) for _ in range(4)]
    tmpl = ph.COT[0] + "\n\nProblem: {q}"
    pool = W.c.t["gsm8k"] + W.c.t["math"]
    off = rng.randrange(len(pool))
    for i in range(36):
        a = ctx.account(rng, name, campaign=name, created=START_MS - int(rng.uniform(2, 70) * HOUR), pay=cards[i % 4])
        vm = vms[i % 3]
        t = START_MS + rng.randrange(HOUR)
        while t < END_MS:
            for tt in session(rng, t, rng.randint(15, 40), 9, 2):
                q = pool[off % len(pool)]
                off += 1
                st = status_for(rng, tt, M_PRO, rate_limited=0.07)
                ctx.emit(a, tt, vm[0], vm[1], tmpl.format(q=q), model=M_PRO, ctok=rng.randint(700, 2600), status=st)
            t += int(rng.uniform(4.5, 8) * HOUR)


def code_cron(W):
    """C02: 28 accounts fired by one cron every 10 minutes (all within ~30 s), one code-reasoning template."""
    name, ctx = "c02_code_template_cron", W.ctx
    rng = ctx.rng(name)
    accts = [ctx.account(rng, name, campaign=name, created=START_MS - int(rng.uniform(20, 26) * HOUR)) for _ in range(28)]
    hosts = [(W.nets.addr(rng, "digitalocean"), ("dariya-node/1.5.2", "dv_" + hexid(rng, 20))) for _ in range(8)]
    pool = W.c.t["mbpp"] + W.c.t["humaneval"] + W.c.t["arena_code"]
    tmpl = "You are an expert programmer. Solve the task below. First explain your full reasoning step by step, then give the final code.\nTask: {q}"
    k = rng.randrange(len(pool))
    tick = START_MS + 7 * 60000
    while tick < END_MS:
        for i, a in enumerate(accts):
            if rng.random() < 0.55:
                t = tick + rng.randrange(30000)
                st = status_for(rng, t, M_CODER, rate_limited=0.02)
                ctx.emit(a, t, hosts[i % 8][0], hosts[i % 8][1], tmpl.format(q=pool[k % len(pool)]), model=M_CODER,
                         ctok=rng.randint(500, 1800), status=st)
                k += 1
        tick += 10 * 60000


def stolen_card_churn(W):
    """C11: accounts opened during the window with single-use stolen cards, burst 30-60 requests, abandoned."""
    name, ctx = "c11_stolen_card_churn", W.ctx
    rng = ctx.rng(name)
    pool = W.c.t["arena"] + W.c.t["math"]
    for i in range(90):
        t = START_MS + int(rng.uniform(0, 44) * HOUR)
        a = ctx.account(rng, name, campaign=name, created=t - int(rng.uniform(2, 25) * 60000))
        fam = rng.choice((devices.SCRIPT, devices.DESK, devices.SERVER))
        for tt in session(rng, t, rng.randint(30, 60), 240, 5):
            if tt >= END_MS:
                break
            q = rng.choice(pool)
            p = q + ("\n\n" + rng.choice(ph.COT) if rng.random() < 0.7 else "")
            model = M_NEW if tt >= LAUNCH_MS and rng.random() < 0.6 else M_PRO
            ctx.emit(a, tt, dc_addr(W.nets, rng, ("m247", "datacamp", "vultr", "ovh", "contabo")), devices.client(rng, fam), p,
                     model=model, endpoint=rng.choice((EP_CHAT, EP_RESP)), ctok=rng.randint(600, 3000),
                     status=status_for(rng, tt, model, rate_limited=0.03))


def embedding_vacuum(W):
    """C12: bulk embeddings of a whole corpus from budget clouds; 3 cards across 20 accounts."""
    name, ctx = "c12_embedding_vacuum", W.ctx
    rng = ctx.rng(name)
    cards = [ctx.pay(rng) for _ in range(3)]
    texts = W.c.t["nq"] + W.c.t["chat"]
    k = rng.randrange(len(texts))
    for i in range(20):
        a = ctx.account(rng, name, campaign=name, created=created_ago(rng, 5, 30), pay=cards[i % 3])
        host = (dc_addr(W.nets, rng, ("contabo", "alibaba", "ovh")), devices.client(rng, ["aiohttp", "httpx"]))
        for _ in range(rng.randint(6, 12)):
            t0 = sample_ts(rng, 0, "even")
            for tt in session(rng, t0, rng.randint(12, 30), 3, 0.5):
                if tt < END_MS:
                    ctx.emit(a, tt, host[0], host[1], texts[k % len(texts)], model=M_EMBED, endpoint=EP_EMB, ctok=0,
                             status=status_for(rng, tt, M_EMBED, rate_limited=0.01))
                    k += 1


EVAL = {"gsm8k": "Question: {q}\nLet's think step by step.", "math": "Problem:\n{q}\n\nSolution: Let's think step by step.",
        "mbpp": "You are an expert Python programmer, and here is your task: {q}"}


def batch_cover(W):
    """C13: a 'research lab' org using /v1/batch with benchmark templates, but every prompt sampled 4-8 times."""
    name, ctx = "c13_batch_eval_cover", W.ctx
    rng = ctx.rng(name)
    org, pay = ctx.org(rng), ctx.pay(rng)
    host = (W.nets.addr(rng, "hetzner"), ("OpenAI/Python 2.6.0", "dv_" + hexid(rng, 20)))
    for i in range(6):
        a = ctx.account(rng, name, campaign=name, org=org, pay=pay, created=created_ago(rng, 18, 24))
        bench = ("gsm8k", "math", "mbpp")[i % 3]
        xs = W.c.t[bench]
        off = rng.randrange(len(xs))
        for d in range(2):
            t = START_MS + d * DAY + int(rng.uniform(18, 22) * HOUR)  # overnight PKT
            for q in xs[off:off + rng.randint(60, 110)]:
                for _ in range(rng.randint(4, 8)):
                    t += rng.randint(200, 1500)
                    model = M_NEW if t >= LAUNCH_MS else M_PRO
                    ctx.emit(a, t, host[0], host[1], EVAL[bench].format(q=q), model=model, endpoint=EP_BATCH,
                             ctok=rng.randint(300, 1400), status=status_for(rng, t, model))
            off += 110
