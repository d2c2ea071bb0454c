"""Evasive-but-catchable campaigns: hydra on residential proxies, launch-day
redirect, translated multilingual probe, centrally scheduled coordinated slices."""
from __future__ import annotations

from . import devices, phrases as ph
from .networks import MOBILE, Line, dc_addr, resi_proxy
from .paraphrase import code_mix
from .popkit import created_ago
from .world import (DAY, EP_CHAT, EP_RESP, END_MS, HOUR, LAUNCH_MS, M_FLASH, M_NEW, M_PRO, START_MS, TZ, hexid,
                    sample_ts, session, status_for)


def hydra(W):
    """C03: 240 accounts, every request from a different residential exit, 35% cover traffic, 40 stolen cards."""
    name, ctx = "c03_hydra_resi_proxy", W.ctx
    rng = ctx.rng(name)
    cards = [ctx.pay(rng) for _ in range(40)]
    batches = [START_MS - int(rng.uniform(10, 60) * DAY) for _ in range(5)]
    harvest = W.c.t["math"] + W.c.t["arena"] + W.c.t["gsm8k"]
    k = rng.randrange(len(harvest))
    for i in range(240):
        a = ctx.account(rng, name, campaign=name, pay=cards[rng.randrange(40)],
                        created=rng.choice(batches) + rng.randrange(2 * HOUR))
        cl = devices.client(rng, rng.choice((devices.SERVER, devices.DESK, devices.MOBILE_UA)))
        for _ in range(rng.randint(4, 8)):
            t0 = sample_ts(rng, 5, "flat")
            for t in session(rng, t0, rng.randint(3, 10), 50):
                if t >= END_MS:
                    break
                if rng.random() < 0.35:
                    p, ctok = W.c.pick(rng, rng.choice(("nq", "chat", "seed"))), rng.randint(50, 600)
                else:
                    q = harvest[k % len(harvest)]
                    k += 1
                    r = rng.random()
                    p = q + "\n\n" + rng.choice(ph.COT) if r < 0.5 else (rng.choice(ph.COT) + "\n" + q if r < 0.75 else q)
                    ctok = rng.randint(700, 2800)
                model = M_NEW if t >= LAUNCH_MS and rng.random() < 0.5 else rng.choice((M_PRO, M_PRO, M_FLASH))
                ctx.emit(a, t, resi_proxy(W.nets, rng), cl, p, model=model, endpoint=rng.choice((EP_CHAT, EP_CHAT, EP_RESP)),
                         ctok=ctok, status=status_for(rng, t, model))


def launch_redirect(W):
    """C05: 70 accounts idle-ish on 2.5-pro on day 1, redirected to dariya-3-pro within 1-3 h of launch."""
    name, ctx = "c05_launch_redirect", W.ctx
    rng = ctx.rng(name)
    cards = [ctx.pay(rng) for _ in range(10)]
    pool = W.c.t["arena"] + W.c.t["math"]
    k = rng.randrange(len(pool))
    switch = LAUNCH_MS + int(rng.uniform(1, 3) * HOUR)
    for i in range(70):
        a = ctx.account(rng, name, campaign=name, pay=cards[i % 10], created=created_ago(rng, 20, 120))
        cl = devices.client(rng, devices.SERVER)
        exits = [dc_addr(W.nets, rng, ("ovh", "vultr", "aws", "gcp")) for _ in range(4)]
        for _ in range(rng.randint(3, 8)):  # day-1 background
            t = sample_ts(rng, 5, "casual", hi=LAUNCH_MS)
            ctx.emit(a, t, rng.choice(exits), cl, W.c.pick(rng, "chat"), model=M_PRO, ctok=rng.randint(100, 800))
        t = switch + rng.randrange(40 * 60000)
        while t < END_MS:
            for tt in session(rng, t, rng.randint(5, 12), 40):
                q = pool[k % len(pool)]
                k += 1
                p = q + "\n\nBefore answering, reason through the problem thoroughly and show that reasoning."
                ctx.emit(a, tt, rng.choice(exits), cl, p, model=M_NEW, ctok=rng.randint(900, 3500),
                         status=status_for(rng, tt, M_NEW, rate_limited=0.04))
            t += int(rng.uniform(1, 2.5) * HOUR)


def multilingual_probe(W):
    """C06: harvest prompts code-mixed into Roman Urdu / Banglish / scripts, through mobile-carrier proxy exits."""
    name, ctx = "c06_translated_multilingual_probe", W.ctx
    rng = ctx.rng(name)
    pool = W.c.t["gsm8k"] + W.c.t["svamp"] + W.c.t["math"]
    k = rng.randrange(len(pool))
    for i in range(60):
        cc = "PK" if i % 2 else "BD"
        a = ctx.account(rng, name, campaign=name, created=created_ago(rng, 7, 60), pay="own" if rng.random() < 0.5 else None)
        cl = devices.client(rng, devices.MOBILE_UA)
        lg = rng.choice(("ru", "ur")) if cc == "PK" else rng.choice(("bl", "bn"))
        for _ in range(rng.randint(5, 9)):
            t0 = sample_ts(rng, TZ[cc], "student")
            addr = W.nets.addr(rng, W.nets.pick(rng, MOBILE, cc))
            for t in session(rng, t0, rng.randint(4, 9), 60):
                q = code_mix(rng, pool[k % len(pool)], "ru" if lg in ("ru", "ur") else "bl")
                k += 1
                tail = ph.COT_UR[0 if lg == "ur" else 1 if lg == "ru" else 2 if lg == "bn" else 3]
                p = ph.student(rng, lg, q) + "\n" + tail
                if t < END_MS:
                    ctx.emit(a, t, addr, cl, p, model=M_PRO, ctok=rng.randint(800, 2600), status=status_for(rng, t, M_PRO))


def coordinated(W):
    """C14: 100 clean-looking accounts (own home IPs, own cards) driven by one scheduler:
    every 15 min ~20 of them fire within 40 s; one custom client build (same device fingerprint)."""
    name, ctx = "c14_coordinated_slices", W.ctx
    rng = ctx.rng(name)
    dev = "dv_" + hexid(rng, 20)
    pool = W.c.t["math"] + W.c.t["arena"]
    k = rng.randrange(len(pool))
    accts = []
    for i in range(100):
        cc = rng.choice(("PK", "BD", "PK", "AE"))
        a = ctx.account(rng, name, campaign=name, created=created_ago(rng, 30, 400))
        from .networks import FIXED
        accts.append((a, Line(W.nets, rng, W.nets.pick(rng, FIXED, cc), relay=0.1), devices.ua(rng, devices.DESK)))
    tick = START_MS + 3 * 60000
    while tick < END_MS:
        for a, line, ua in rng.sample(accts, rng.randint(14, 26)):
            t = tick + rng.randrange(40000)
            for tt in session(rng, t, rng.randint(1, 3), 6, 1):
                q = pool[k % len(pool)]
                k += 1
                p = rng.choice(("{q}\n\nExplain your reasoning step by step.", "{q}\n\nPlease show the full derivation.",
                                "Walk through the reasoning in detail:\n{q}", "{q}")).format(q=q)
                model = M_NEW if tt >= LAUNCH_MS and rng.random() < 0.4 else M_PRO
                ctx.emit(a, tt, line.at(rng, tt), (ua, dev), p, model=model, ctok=rng.randint(700, 2400),
                         status=status_for(rng, tt, model))
        tick += 15 * 60000
