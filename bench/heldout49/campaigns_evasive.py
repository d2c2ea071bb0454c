"""Campaigns designed to slip past template / linked-account / CoT-phrase
detectors: aged slow drip, paraphrase-everything, multi-turn Socratic harvest,
a trojan homework app, a SIM-box phone farm on carrier CGNAT."""
from __future__ import annotations

from . import devices, phrases as ph
from .networks import FIXED, MOBILE, Line
from .paraphrase import code_mix, paraphrase
from .popkit import created_ago, home_line, stream
from .world import (DAY, EP_CHAT, EP_RESP, END_MS, HOUR, LAUNCH_MS, M_FLASH, M_NEW, M_PRO, START_MS, TZ, hexid,
                    sample_ts, session, status_for, toks)

DRIP = ["Could you explain how to solve this? {q}", "{q} I want to understand the method.", "{q}", "Help me understand this one: {q}",
        "{q} Please explain your answer.", "How do I approach this? {q}", "{q} (explain briefly why)"]


def aged_drip(W):
    """C04: 90 purchased aged accounts, own card and sticky home-like address each, 8-14 req/day on a PK/BD diurnal."""
    name, ctx = "c04_aged_account_slow_drip", W.ctx
    rng = ctx.rng(name)
    pool = W.c.t["math"]
    k = rng.randrange(len(pool))
    for i in range(90):
        cc = "PK" if i % 3 else "BD"
        a = ctx.account(rng, name, campaign=name, created=created_ago(rng, 380, 1100))
        line = home_line(W, rng, cc, 0.5)
        cl = devices.client(rng, devices.DESK + devices.MOBILE_UA)
        for _ in range(rng.randint(16, 28)):
            t = sample_ts(rng, TZ[cc], "casual")
            q = pool[k % len(pool)]
            k += 1
            model = M_NEW if t >= LAUNCH_MS and rng.random() < 0.3 else M_PRO
            ctx.emit(a, t, line.at(rng, t), cl, rng.choice(DRIP).format(q=q), model=model, ctok=rng.randint(400, 1600),
                     status=status_for(rng, t, model))


def paraphrased(W):
    """C07: every prompt rewritten by a small paraphrase model; broad topics; aged-ish accounts on ISP proxies."""
    name, ctx = "c07_paraphrase_every_prompt", W.ctx
    rng = ctx.rng(name)
    pools = [W.c.t["gsm8k"], W.c.t["math"], W.c.t["arena"], W.c.t["mbpp"], W.c.t["svamp"]]
    for i in range(80):
        cc = rng.choice(("PK", "BD", "UK", "US_E"))
        a = ctx.account(rng, name, campaign=name, created=created_ago(rng, 60, 300))
        line = Line(W.nets, rng, W.nets.pick(rng, FIXED, cc.split("_")[0]), relay=0.3)
        cl = devices.client(rng, devices.DESK)
        for _ in range(rng.randint(7, 12)):
            t0 = sample_ts(rng, TZ[cc], "casual")
            for t in session(rng, t0, rng.randint(3, 7), 80):
                if t >= END_MS:
                    break
                q = paraphrase(rng, rng.choice(rng.choice(pools)))
                model = M_NEW if t >= LAUNCH_MS and rng.random() < 0.35 else rng.choice((M_PRO, M_PRO, M_FLASH))
                ctx.emit(a, t, line.at(rng, t), cl, q, model=model, endpoint=rng.choice((EP_CHAT, EP_RESP)),
                         ctok=rng.randint(500, 2200), status=status_for(rng, t, model))


FOLLOW = ["why does that step work?", "can you double-check the second step?", "what if the numbers were different, say doubled?",
          "hmm, I got a different answer. where could I have gone wrong?", "ok, and is there another way to do it?",
          "summarise the reasoning as a numbered list please", "which part is the key insight?", "how would you verify the result?",
          "accha, ab isko ek aur tareeqe se karo", "ektu aro detail e bolo step 3 ta", "what assumptions did you make?",
          "explain it to a 12 year old", "now generalise it", "is the answer exact or approximate? why?"]


def multiturn(W):
    """C08: harvest through natural multi-turn conversations; each follow-up elicits reasoning without trigger phrases."""
    name, ctx = "c08_multiturn_socratic", W.ctx
    rng = ctx.rng(name)
    pools = [W.c.t["math"], W.c.t["arena"], W.c.t["gsm8k"]]
    for i in range(70):
        cc = rng.choice(("PK", "BD"))
        a = ctx.account(rng, name, campaign=name, created=created_ago(rng, 40, 500), pay="own" if rng.random() < 0.7 else None)
        line = home_line(W, rng, cc, 0.6)
        cl = devices.client(rng, devices.DESK + devices.MOBILE_UA)
        for _ in range(rng.randint(6, 10)):
            t0 = sample_ts(rng, TZ[cc], "evening")
            hist, turns = 0, rng.randint(4, 9)
            first = rng.choice(rng.choice(pools))
            addr = line.at(rng, t0)
            for j, t in enumerate(session(rng, t0, turns, 70, 15)):
                p = first if j == 0 else rng.choice(FOLLOW)
                ctok = rng.randint(400, 1500)
                model = M_NEW if t >= LAUNCH_MS and rng.random() < 0.4 else M_PRO
                st = status_for(rng, t, model)
                ctx.emit(a, t, addr, cl, p, model=model, ctok=ctok, status=st, extra_ptok=hist)
                hist += toks(p) + (ctok if st == 200 else 0)


TROJAN_SYS = ("You are PadhLo Tutor, a homework helper for students in Pakistan and Bangladesh. Always explain the solution "
              "completely: restate the problem, list what is known, reason through every step, verify the result, then give "
              "the final answer on its own line. Use the student's language.")


def trojan_app(W):
    """C09: a real homework app whose backend blends injected benchmark prompts into its genuine end-user stream."""
    name, ctx = "c09_trojan_homework_app", W.ctx
    rng = ctx.rng(name)
    org, pay = ctx.org(rng), ctx.pay(rng)
    hosts = [(W.nets.addr(rng, "aws"), ("padhlo-api/3.8.1 python-httpx/0.28.1", "dv_" + hexid(rng, 20))) for _ in range(4)]
    harvest = W.c.t["math"] + W.c.t["gsm8k"] + W.c.t["arena"]
    from .benign_people import _student_make
    mk = _student_make(W)
    for i in range(4):
        cc = "PK" if i < 2 else "BD"
        a = ctx.account(rng, name, campaign=name, org=org, pay=pay, created=created_ago(rng, 120, 300), nkeys=2)
        lg_t = ph.LANGS_PK if cc == "PK" else ph.LANGS_BD

        def make(r, t):
            lg = ph.lang(r, lg_t)
            if r.random() < 0.45:
                q = r.choice(harvest)
                return (ph.student(r, lg, q) if r.random() < 0.5 else q), TROJAN_SYS, EP_CHAT, r.randint(700, 2200)
            return mk(r, lg, cc, t)[0], TROJAN_SYS, EP_CHAT, r.randint(150, 700)
        stream(W, rng, a, rng.randint(1200, 1700), make, tz=TZ[cc], profile="student", hosts=hosts,
               weights=(0.8, 0.2, 0.0), new_share=0.4)


def sim_farm(W):
    """C10: a SIM-box phone farm: 120 real phones on PK/BD carrier CGNAT, student-looking prompts walking MATH in order."""
    name, ctx = "c10_sim_box_phone_farm", W.ctx
    rng = ctx.rng(name)
    pool = W.c.t["math"] + W.c.t["gsm8k"]
    per = len(pool) // 120
    for i in range(120):
        cc = "PK" if i < 70 else "BD"
        a = ctx.account(rng, name, campaign=name, created=created_ago(rng, 30, 180), pay="own" if rng.random() < 0.3 else None)
        carrier = W.nets.pick(rng, MOBILE, cc)
        line = Line(W.nets, rng, carrier, v6_share=0.1)
        cl = devices.client(rng, ["dariya_app"])
        lgs = ("ru", "en", "mix") if cc == "PK" else ("bl", "en", "bn")
        k = i * per
        for _ in range(rng.randint(9, 14)):
            t0 = sample_ts(rng, TZ[cc], "student", (1.2, 1.0) if cc == "PK" else (1.0, 1.0))
            addr = line.at(rng, t0)  # one CGNAT lease per session
            for t in session(rng, t0, rng.randint(2, 6), 90):
                if t >= END_MS:
                    break
                lg = rng.choice(lgs)
                q = pool[k]
                k += 1
                q = code_mix(rng, q, lg) if lg in ("ru", "bl") and rng.random() < 0.3 else q
                model = M_NEW if t >= LAUNCH_MS and rng.random() < 0.2 else rng.choice((M_PRO, M_FLASH))
                ctx.emit(a, t, addr, cl, ph.student(rng, lg, q), model=model, ctok=rng.randint(400, 1500),
                         status=status_for(rng, t, model))
