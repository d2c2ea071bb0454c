"""Campaigns wearing a benign population's clothes: students on a campus VPN, CI-style eval
runs that never repeat, a startup org with a corporate card, a 'translation' vendor that
asks for reasoning, and a coding-agent lookalike whose turns are independent harvest items."""
from __future__ import annotations

from bench.heldout32 import lang
from bench.heldout32.base import Ctx, Home, choice, lognorm
from bench.heldout32.camp_pools import resi_ip
from bench.heldout32.clients import JA4, account, browser, created, org, payment, web_id
from bench.heldout32.events import ev, model_for
from bench.heldout32.net import ip_in
from bench.heldout32.text import AGENT_SYS, harvest
from bench.heldout32.world import H, MIN, sample_times, sessions


def campus_vpn(cx: Ctx):
    """Accounts on university VPN egress (ODTU, ITU) sweeping MATH in file order, day and night,
    under one 'research project' org and card, in Turkish and English."""
    pop = "c_campus_vpn_edu_harvest"
    rng = cx.rng(pop)
    o, card = org(rng), payment(rng)
    math = cx.corpus.t["math"]
    start = int(rng.random() * len(math))
    accts, evs, qi = [], [], start
    for i in range(60):
        uni = "odtu" if i % 2 else "itu"
        a = account(rng, pop, True, created_ms=created(rng, 40, 400), tier="t2", org_id=o, pay=card, keys=0,
                    ua=browser(rng), dev=web_id(rng), city="ank" if uni == "odtu" else "ist")
        for t in sessions(rng, lognorm(rng, 32 * cx.days, .3), "flat", cx.lo, cx.hi, 10, 40):
            q = math[qi % len(math)]
            qi += 1
            p = lang.tr_homework(rng, q) if rng.random() < .4 else harvest(rng, q)
            ip, asn = cx.net.campus_ip(rng, uni)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="cot", model=model_for(rng, t, "eager"),
                          endpoint="/app/conversation"))
        accts.append(a)
    return accts, evs


def ci_lookalike(cx: Ctx):
    """Cron-shaped runs from fresh Azure runner IPs with a CI-style client, but every run
    carries new coding problems and asks for the reasoning behind the code."""
    pop = "c_ci_lookalike_code_harvest"
    rng = cx.rng(pop)
    cards = [payment(rng) for _ in range(2)]
    queue = cx.corpus.sweep(rng, ["humaneval", "mbpp", "arena"])
    accts, evs, qi = [], [], 0
    for i in range(16):
        a = account(rng, pop, True, created_ms=created(rng, 20, 120), tier="t2", org_id=org(rng),
                    pay=cards[i % 2], ua="OpenAI/Python 1.61.1", dev=JA4["py"])
        sysp = f"You are the assistant of product {rng.randint(0, 30)}. Be brief."
        minute = choice(rng, [0, 15, 30, 45])
        for s in range(cx.lo + minute * MIN, cx.hi, 3 * H):
            runner = ip_in(rng, "azure")
            t = s + int(rng.uniform(20, 90) * 1000)
            for _ in range(rng.randint(10, 16)):
                t += int(rng.expovariate(1.5) * 1000)
                q = queue[qi % len(queue)]
                qi += 1
                p = q + "\n\n" + choice(rng, ["Explain your reasoning step by step, then give the final code.",
                                              "Walk through your reasoning in numbered steps before the code.",
                                              "Think aloud step by step; final code last."])
                evs.append(ev(rng, a, t, p, ip=runner[0], asn=runner[1], system=sysp, kind="code",
                              model=model_for(rng, t, "eager")))
        accts.append(a)
    return accts, evs


def startup_org(cx: Ctx):
    """A real-looking startup org (corporate card, office egress) whose job runners harvest
    office hours and nights; a fifth of its traffic is ordinary work chat. The org bought
    zero data retention, so the gateway logs no prompt text for it."""
    pop = "c_startup_org_distill"
    rng = cx.rng(pop)
    o, card, office = org(rng), payment(rng), [ip_in(rng, "superonline") for _ in range(2)]
    queue = cx.corpus.sweep(rng, ["gsm8k", "math", "svamp"])
    accts, evs, qi = [], [], 0
    for _ in range(25):
        a = account(rng, pop, True, created_ms=created(rng, 60, 200), tier="t2", org_id=o, pay=card,
                    ua=choice(rng, ["OpenAI/Python 1.61.1", "AsyncOpenAI/Python 1.61.1"]), dev=JA4["py"])
        a["zdr"] = True                                    # bought zero data retention: no prompt text is logged
        n = lognorm(rng, 55 * cx.days, .3)
        times = sample_times(rng, n // 2, "office", cx.lo, cx.hi) + sample_times(rng, n - n // 2, "owl", cx.lo, cx.hi)
        for t in sorted(times):
            if rng.random() < .8:
                p, kind = harvest(rng, queue[qi % len(queue)]), "cot"
                qi += 1
            else:
                p, kind = (lang.tr_chat(rng) if rng.random() < .5 else cx.corpus.pick(rng, "arena")), "chat"
            ip, asn = choice(rng, office)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind=kind, model=model_for(rng, t, "eager")))
        accts.append(a)
    return accts, evs


def translation_front(cx: Ctx):
    """A 'localisation vendor' whose source texts are word problems and who wants the reasoning."""
    pop = "c_translation_front_cot"
    rng = cx.rng(pop)
    o, card, office = org(rng), payment(rng), ip_in(rng, "superonline")
    queue = cx.corpus.sweep(rng, ["gsm8k", "svamp", "math"])
    accts, evs, qi = [], [], 0
    for _ in range(28):
        a = account(rng, pop, True, created_ms=created(rng, 25, 150), tier="t2", org_id=o, pay=card, city="izm",
                    ua="MemoQ-LLM-Connector/2.1 (Java/21.0.5)", dev=JA4["java"])
        cloud = ip_in(rng, "ovh")
        for t in sessions(rng, lognorm(rng, 55 * cx.days, .3), "office", cx.lo, cx.hi, 12, 25):
            q = queue[qi % len(queue)]
            qi += 1
            p = lang.translate(rng, q) + "\n\n" + choice(rng, [
                "Then solve it and explain each reasoning step in the target language.",
                "After translating, write out the full step-by-step solution as a worked example.",
                "Add a translator's note that walks through the reasoning step by step."])
            ip, asn = office if rng.random() < .6 else cloud
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="cot", model=model_for(rng, t, "eager"), city="izm"))
        accts.append(a)
    return accts, evs


def fake_agent(cx: Ctx):
    """The coding agent's own client and system prompt, but each 'turn' is an unrelated task:
    the context never grows and the turns tick at a steady pace."""
    pop = "c_fake_agent_loops"
    rng = cx.rng(pop)
    cards = [payment(rng) for _ in range(10)]
    queue = cx.corpus.sweep(rng, ["mbpp", "humaneval", "math", "arena"])
    accts, evs, qi = [], [], 0
    for i in range(40):
        a = account(rng, pop, True, created_ms=created(rng, 15, 200), tier="t1", pay=cards[i % 10],
                    ua="lodos-code/1.3.0 (node v22.12.0; linux)", dev=JA4["node"])
        home = Home(cx, rng) if i % 2 else None
        for t0 in sample_times(rng, rng.randint(2, 5), "owl", cx.lo, cx.hi):
            t = t0
            for _ in range(lognorm(rng, 25, .3, hi=60)):
                q = queue[qi % len(queue)]
                qi += 1
                p = q if rng.random() < .5 else harvest(rng, q)
                ip, asn = home.ip(rng) if home else resi_ip(rng)
                evs.append(ev(rng, a, t, p, ip=ip, asn=asn, system=AGENT_SYS, kind="agent",
                              model=model_for(rng, t, "eager")))
                t += int(rng.uniform(20, 40) * 1000)
                if t >= cx.hi:
                    break
        accts.append(a)
    return accts, evs
