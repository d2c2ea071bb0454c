"""Harvesting that hides: a slow ring of aged accounts, insiders in real
organisations, two deliberately evasive operations (a crowd of unlinked
"people" and agent-shaped traces from separate small companies), a campus lab
bench, and a fake reseller."""
from __future__ import annotations

from . import clients as CL
from . import harvest_prompts as H
from . import network as N
from .benign_people import LANG, campus_nat
from .benign_work import office_prompt
from .campaigns_farms import Queue, _code
from .sessions import age, completion, geom, run
from .timing import day_bounds, gaps, local_hour, sample
from .world import COUNTRY, CHAT, DAY_MS, HOUR_MS, LAUNCH_MS, MIN_MS, RESPONSES, pick


def utc_drip(world, n: int = 70) -> None:
    """Aged accounts, each on its own home line, 14-16 requests a day on a UTC office-hours scheduler."""
    camp, pop = "utc-drip", "slow_ring"
    rng = world.rng(camp)
    for k in range(n):
        c = pick(rng, {"EG": 40, "JO": 20, "MA": 20, "SA": 20})
        a = world.account(pop, created=age(rng, world.t0, 200, 420, 90), country=c, pay=world.pay_fp(), rpm=60, campaign=camp)
        home = N.Home(c, rng)
        client, key = CL.api_client("py_openai", rng, ua="OpenAI/Python 1.54.4"), world.key_id()
        variant = rng.randrange(3)
        switch = LAUNCH_MS + int(4 * HOUR_MS)
        j = 0
        for day in range(world.days):
            lo, _ = day_bounds(world, day)
            for ts in sorted(lo + 6 * HOUR_MS + rng.randrange(14 * HOUR_MS) for _ in range(rng.randint(14, 16))):
                idx = k + n * j
                j += 1
                model = "ghaym-4-think" if ts >= switch else "ghaym-r1"
                ip, asn = home.ip(rng)
                world.add(a, ts, model, CHAT, (H.templated, variant, "ring", "math", idx), completion(rng, "harvest", model, 8192),
                          ip, asn, client.ua, client.device, key)


def org_insiders(world, orgs: dict) -> None:
    """Two engineers in the Doha telecom run a harvest script at night from the company's VM; a developer at
    the Cairo outsourcing firm uses his work key from home. Daytime use looks like their colleagues'."""
    camp, pop = "org-insiders", "insider"
    rng = world.rng(camp)
    q = Queue(rng, {"math": 35, "humaneval": 15, "mbpp": 25, "arena_code": 15, "gsm8k": 10})
    for sector, nights, vm_isp in (("telecom", 2, "azure_me"), ("outsourcing", 1, None)):
        org, card, office, sdk, c = orgs[sector]
        vm = N.Fixed(vm_isp, rng) if vm_isp else N.Home(c, rng)
        for _ in range(nights):
            a = world.account(pop, created=age(rng, world.t0, 250, 700, 60), country=c, pay=card, org=org, rpm=120, campaign=camp)
            key, script_key = world.key_id(), world.key_id()
            browser = CL.browser(world, rng)

            def make(r, ts, i, lang="en"):
                m = "ghaym-4" if ts >= LAUNCH_MS and r.random() < 0.3 else "ghaym-3.5"
                return m, RESPONSES, (office_prompt, r.getrandbits(31), lang), "chat"
            run(world, rng, a, loc=office, client=browser, key=None, profile="office", country=c, sessions_per_day=1.6,
                reqs_per_session=4, gap_s=120, make=make, history=0.5)
            for day in range(world.days):
                lo, _ = day_bounds(world, day)
                start = lo + int((20.5 - COUNTRY[c][0] + rng.uniform(0, 1.5)) * HOUR_MS)
                stop = start + int(rng.uniform(5, 7) * HOUR_MS)
                ts = start
                ip, asn = vm.ip(rng)
                while ts < stop:
                    corpus, idx = q.next()
                    model = "ghaym-4-think" if ts >= LAUNCH_MS else ("ghaym-r1" if _code(corpus) == "harvest" else "ghaym-3.5")
                    world.add(a, ts, model, CHAT, (H.templated, rng.getrandbits(31), "insider", corpus, idx),
                              completion(rng, _code(corpus), model, 16384), ip, asn, sdk.ua, sdk.device, script_key)
                    ts += rng.randint(25, 70) * 1000


def ghost_crowd(world, n: int = 80) -> None:
    """Evasive: each account looks like one person in one city, with its own line, card, client and
    language; Ramadan-shaped sessions; a quarter ordinary chat; no shared wrapper."""
    camp, pop = "ghost-crowd", "evasive_crowd"
    rng = world.rng(camp)
    q = Queue(rng, {"math": 35, "gsm8k": 15, "arena": 20, "humaneval": 8, "mbpp": 17, "svamp": 5})
    for _ in range(n):
        c = pick(rng, {"EG": 30, "SA": 25, "JO": 12, "MA": 13, "AE": 12, "KW": 8})
        lang = pick(rng, LANG[c])
        a = world.account(pop, created=age(rng, world.t0, 110, 320, 20), country=c, pay=world.pay_fp(), rpm=60, campaign=camp)
        loc = N.Mobile(c, rng) if rng.random() < 0.5 else N.Home(c, rng)
        r0 = rng.random()
        client = (CL.browser(world, rng) if r0 < 0.3 else CL.api_client(rng.choice(["py_openai", "node_openai", "requests", "py_ghaym"]), rng))
        switch = LAUNCH_MS + int(rng.uniform(2, 14) * HOUR_MS)
        new_model = "ghaym-4-think" if rng.random() < 0.85 else "ghaym-4"
        old_model = "ghaym-r1" if rng.random() < 0.55 else "ghaym-3.5"

        def make(r, ts, i, lang=lang, switch=switch, new=new_model, old=old_model, ep=RESPONSES if client.web else CHAT):
            model = new if ts >= switch else old
            if r.random() < 0.25:
                return ("ghaym-3.5" if model != "ghaym-4" else model), ep, (H.cover, r.getrandbits(31), lang), "chat"
            corpus, idx = q.next()
            return model, ep, (H.ghost, r.getrandbits(31), lang, corpus, idx), _code(corpus)
        run(world, rng, a, loc=loc, client=client, key=None if client.web else world.key_id(), profile="consumer", country=c,
            sessions_per_day=rng.uniform(3, 5.5), reqs_per_session=7, gap_s=95, make=make, active_p=0.95)


def agent_trace(world, n: int = 30) -> None:
    """Evasive: thirty 'small companies', each with its own org, card, cloud and agent scaffold, whose
    'agents' solve coding tickets and maths analyses step by step."""
    camp, pop = "agent-trace", "evasive_agents"
    rng = world.rng(camp)
    q = Queue(rng, {"humaneval": 15, "mbpp": 35, "math": 35, "gsm8k": 15})
    clouds = ["aws_me", "aws_eu", "azure_me", "gcp_me", "oracle_me", "hetzner", "ovh", "digitalocean", "vultr", "g42_core42"]
    for k in range(n):
        c = pick(rng, {"AE": 30, "SA": 25, "EG": 25, "JO": 10, "QA": 10})
        a = world.account(pop, created=age(rng, world.t0, 60, 120, 20), country=c, pay=world.pay_fp(), rpm=500, campaign=camp)
        loc = N.Fixed(clouds[k % len(clouds)], rng, n=rng.randint(1, 2))
        fw = rng.choice(["langgraph", "crewai", "autogen", "custom"])
        client = CL.api_client({"langgraph": "langchain", "crewai": "crewai", "autogen": "autogen", "custom": rng.choice(["py_openai", "llamaindex"])}[fw], rng)
        key, scaffold_seed = world.key_id(), rng.getrandbits(31)
        switch = LAUNCH_MS + int(rng.uniform(3, 12) * HOUR_MS)
        for day in range(world.days):
            lo, hi = day_bounds(world, day)
            for _ in range(rng.randint(10, 16)):
                t = sample(world, rng, "dev", c, None, lo, hi)
                corpus, idx = q.next()
                model = "ghaym-4-think" if t >= switch else "ghaym-3.5"
                ip, asn = loc.ip(rng)
                ctx = 0
                for step, ts in enumerate(gaps(rng, t, rng.randint(3, 8), 35, 0.6, 8)):
                    comp = completion(rng, _code(corpus) if step in (0, 1) else "agent", model, 16384)
                    world.add(a, ts, model, CHAT, (H.agent_trace, rng.getrandbits(31), fw, scaffold_seed, step, corpus, idx), comp,
                              ip, asn, client.ua, client.device, key, ctx)
                    ctx = min(90000, ctx + comp + rng.randint(80, 600))


def lab_bench(world, n: int = 45) -> None:
    """Paid-per-answer students on the Cairo campus network and lab PCs, on a fixed template."""
    camp, pop = "lab-bench", "campus_cover"
    rng = world.rng(camp)
    nat = campus_nat(world, "cairo")
    pcs = [world.device() for _ in range(8)]
    ua = CL.BROWSERS[0][0]
    wallets = [world.pay_fp() for _ in range(12)]
    q = Queue(rng, {"math": 55, "gsm8k": 35, "svamp": 10})
    t = world.t0 - 21 * DAY_MS
    for i in range(n):
        t += int(rng.uniform(1.0, 2.4) * DAY_MS) if i % 4 == 0 else rng.randint(3, 20) * MIN_MS
        a = world.account(pop, created=min(t, world.t0 - HOUR_MS), country="EG", pay=wallets[i % 12], rpm=60, campaign=camp)
        pc = CL.Client(ua, rng.choice(pcs), web=True)
        switch = LAUNCH_MS + int(rng.uniform(1, 6) * HOUR_MS)

        def make(r, ts, i, switch=switch):
            corpus, idx = q.next()
            model = "ghaym-4-think" if ts >= switch else "ghaym-r1"
            return model, RESPONSES, (H.templated, r.getrandbits(31), "campus", corpus, idx), "harvest"
        run(world, rng, a, loc=nat, client=pc, key=None, profile="student", country="EG", sessions_per_day=3,
            reqs_per_session=9, gap_s=70, make=make, active_p=0.9)


def reseller_front(world, n: int = 100) -> None:
    """Registered like the real resellers (one org, one card, a one-api gateway), but its sub-accounts
    mostly carry student-shaped harvest."""
    camp, pop = "fx-reseller-front", "reseller_front"
    rng = world.rng(camp)
    org, card = world.org_id(), world.pay_fp()
    gw = N.Fixed("contabo", rng, n=2)
    client = CL.api_client("oneapi", rng)
    q = Queue(rng, {"math": 40, "arena_code": 15, "humaneval": 10, "mbpp": 15, "gsm8k": 20})
    for _ in range(n):
        lang = pick(rng, LANG["EG"])
        a = world.account(pop, created=age(rng, world.t0, 25, 45, 1), country="EG", pay=card, org=org, rpm=60, campaign=camp)

        def make(r, ts, i, lang=lang):
            if r.random() < 0.2:
                return "ghaym-3.5-mini", CHAT, (H.cover, r.getrandbits(31), lang), "chat"
            corpus, idx = q.next()
            model = "ghaym-4-think" if ts >= LAUNCH_MS + 2 * HOUR_MS else "ghaym-r1"
            return model, CHAT, (H.front, r.getrandbits(31), lang, corpus, idx), _code(corpus)
        run(world, rng, a, loc=gw, client=client, key=world.key_id(), profile="student", country="EG", sessions_per_day=3.2,
            reqs_per_session=5, gap_s=80, make=make, active_p=0.9, boost="launch")
