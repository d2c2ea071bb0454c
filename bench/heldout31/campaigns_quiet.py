"""Campaigns built to look like someone legitimate: aged personas on a shared
work queue, a cloned tutoring backend, an insider at the fab, fake GSAT
students, a zero-data-retention front, a disguised coding agent, a
convenience-store drip, and an API reseller ("中轉站") mixing harvest into
its customers' traffic."""
from __future__ import annotations

from bench.heldout31 import asks, clock, phrasing as ph
from bench.heldout31.benign_machines import AGENT_SYSTEM
from bench.heldout31.benign_orgs import fab_client, shift_times
from bench.heldout31.clients import client
from bench.heldout31.harvest import Queue, harvest_item, harvest_model, sessions_of, times_in_profile, wrap_harvest
from bench.heldout31.networks import Choice, Fixed, addr, nat_set
from bench.heldout31.people import app_or_browser, card, home_net, mobile_net, old_created, person
from bench.heldout31.traffic import Ctx, req


def aged_personas(ctx: Ctx, n: int) -> None:
    """Old accounts, each with its own home line, browser and card, living a home
    rhythm. The only tie: a shared queue over a task space, each item asked once."""
    rng, c = ctx.rng("c/aged"), ctx.c
    q = Queue(rng, c.code + c.raw["math"] + c.raw["mbpp"] + c.raw["arena"][:800])
    for _ in range(n):
        a = person(ctx, rng, "aged_personas", created=old_created(rng, 400, 900), client=app_or_browser(rng, 0.2),
                   net=home_net(ctx, rng, 0.15, 0.3), payment=card(ctx), campaign="aged_personas")
        style = rng.random()
        reqs = []
        for d in range(ctx.days):
            for ts in sessions_of(rng, "home", d, rng.randint(13, 22), (2, 5), (60, 400)):
                if rng.random() < 0.2:
                    p, out = asks.everyday(c, rng)
                    reqs.append(req(ts, p, out, asks.chat_model(rng, ts)))
                    continue
                item = q.next()
                p = ph.chat(rng, item) if style < 0.5 else ph.code_help(rng, item) if style < 0.75 else ph.student_math(rng, item)
                if rng.random() < 0.2:
                    p += rng.choice(["\n可以順便解釋你的思路嗎？", "\nWalk me through how you got there.", "\n為什麼要這樣做？"])
                reqs.append(req(ts, p, rng.randint(500, 1800), asks.chat_model(rng, ts, 0.3)))
        ctx.commit(a, reqs)


def app_front(ctx: Ctx, n: int, per_day: int) -> None:
    """「學霸小幫手」: a cloned tutoring backend whose 'students' are a script
    sweeping MATH then GSM8K in file order, every item once, around the clock."""
    rng, c = ctx.rng("c/front"), ctx.c
    servers = nat_set(rng, "gcp_tw", 2)
    org, pay = ctx.hexid("org_", 10), card(ctx)
    items = c.raw["math"] + c.raw["gsm8k"]
    k = rng.randrange(1000)
    for _ in range(n):
        a = person(ctx, rng, "app_front", created=clock.days_ago(rng.uniform(20, 30)), client=client(rng, "node_openai"),
                   net=Choice(servers), edge="tpe1", payment=pay, org=org, rpm=3000, campaign="app_front")
        reqs = []
        for d in range(ctx.days):
            for ts in times_in_profile(rng, rng.choice(("student", "flat")), d, int(per_day * rng.uniform(0.9, 1.1))):
                reqs.append(req(ts, ph.student_math(rng, items[k % len(items)]), rng.randint(600, 1500), "formosa-chat-1",
                                system=ph.FRONT_SYSTEM))
                k += 1
        ctx.commit(a, reqs)


def insider_contractor(ctx: Ctx, n: int, infra: dict) -> None:
    """Contractors inside the fab: the same proxies, browser image, org and
    invoice as 350 engineers; night shift; HumanEval/MBPP walked in order and
    coding questions with 'explain your internal reasoning step by step'."""
    rng, c = ctx.rng("c/insider"), ctx.c
    items = c.raw["humaneval"] + c.raw["mbpp"]
    k = rng.randrange(len(items))
    for i in range(n):
        prox = infra["proxies"][i % 3:] + infra["proxies"][: i % 3]
        a = person(ctx, rng, "insider_contractor", created=infra["rollout"] + rng.randrange(20 * clock.DAY),
                   client=fab_client(rng, i % 2 == 0), net=Choice(prox, 15 * clock.MIN), edge="hsz2",
                   payment=infra["pay"], org=infra["org"], rpm=60, campaign="insider_contractor")
        reqs = []
        for d in range(ctx.days):
            for ts in shift_times(rng, True, d, rng.randint(24, 30)):
                if rng.random() < 0.6:
                    p = items[k % len(items)]
                    k += 1
                else:
                    p = ph.cot(rng, c.pick(rng, "code"), 1)
                reqs.append(req(ts, p, rng.randint(500, 1600), harvest_model(rng, ts, 0.4)))
        ctx.commit(a, reqs)


def gsat_mimic(ctx: Ctx, n: int) -> None:
    """New free accounts on phones over CGNAT, student hours and wrappers, maths
    step by step; but they never repeat an item and never sit the exam."""
    rng, c = ctx.rng("c/gsat"), ctx.c
    q = Queue(rng, c.raw["math"] + c.raw["gsm8k"])
    for _ in range(n):
        a = person(ctx, rng, "gsat_mimic", created=clock.days_ago(rng.uniform(0.5, 10)), client=app_or_browser(rng, 0.7),
                   net=mobile_net(ctx, rng), campaign="gsat_mimic")
        reqs = []
        for d in range(ctx.days):
            for ts in sessions_of(rng, "student", d, rng.randint(15, 25), (2, 7), (40, 300)):
                if rng.random() < 0.1:
                    p, out = ph.chat(rng, c.pick(rng, "short_chat")), rng.randint(150, 500)
                else:
                    p, out = ph.student_math(rng, q.next()), rng.randint(400, 1200)
                reqs.append(req(ts, p, out, asks.chat_model(rng, ts, 0.05)))
        ctx.commit(a, reqs)


def zdr_cloak(ctx: Ctx, n: int) -> None:
    """A 'consultancy' with a zero-data-retention contract: no text on the wire.
    What is left: one card, two egress IPs, batches fired within 20 s every 30
    minutes, short prompts with very long completions."""
    rng = ctx.rng("c/zdr")
    egress = nat_set(rng, "azure_hk", 2)
    org, pay, sdk = ctx.hexid("org_", 10), card(ctx), client(rng, "py_openai")
    accts = [person(ctx, rng, "zdr_cloak", created=clock.days_ago(rng.uniform(30, 60)), client=sdk, net=Choice(egress),
                    edge="hsz2", payment=pay, org=org, rpm=120, campaign="zdr_cloak") for _ in range(n)]
    plans: list[list[dict]] = [[] for _ in accts]
    t = clock.START + rng.randrange(30 * clock.MIN)
    while t < ctx.end:
        for i in range(n):
            if rng.random() < 0.33:
                ts = t + rng.randrange(20_000)
                plans[i].append(req(ts, None, rng.randint(1500, 4000), harvest_model(rng, ts, 0.7), ptok=rng.randint(180, 600)))
        t += 30 * clock.MIN
    for a, reqs in zip(accts, plans):
        ctx.commit(a, reqs)


def agent_disguise(ctx: Ctx, n: int) -> None:
    """Looks like a coding agent (same CLI, same system prompt, tool results
    seconds apart) but every 'tool result' is the next benchmark problem."""
    rng, c = ctx.rng("c/agent"), ctx.c
    q = Queue(rng, c.raw["humaneval"] + c.raw["mbpp"] + c.code)
    ask = "\nBefore writing the patch, explain your internal reasoning step by step."
    for _ in range(n):
        a = person(ctx, rng, "agent_disguise", created=clock.days_ago(rng.uniform(60, 300)), client=client(rng, "code_cli"),
                   net=Fixed(addr(rng, "hinet")), payment=card(ctx), rpm=120, campaign="agent_disguise")
        reqs = []
        for d in range(ctx.days):
            for _ in range(rng.randint(3, 6)):
                t = clock.draw(rng, rng.choice(("office", "evening")), d)
                reqs.append(req(t, ph.code_help(rng, q.next()) + ask, rng.randint(600, 1500), "formosa-code-1", system=AGENT_SYSTEM))
                for step in range(rng.randint(8, 20)):
                    t += rng.randint(3, 12) * 1000
                    reqs.append(req(t, ph.tool_result(rng, q.next(), step + 1) + ask, rng.randint(500, 1400), "formosa-code-1",
                                    system=AGENT_SYSTEM))
        ctx.commit(a, reqs)


def konbini_drip(ctx: Ctx, n: int) -> None:
    """Low and slow from convenience-store Wi-Fi, paid with store gift-card
    points (three prepaid instruments), a handful of prompts per visit."""
    rng, c = ctx.rng("c/konbini"), ctx.c
    cards = [card(ctx) for _ in range(3)]
    for i in range(n):
        a = person(ctx, rng, "konbini_drip", created=clock.days_ago(rng.uniform(5, 15)), client=app_or_browser(rng, 0.6),
                   net=Choice(ctx.konbini_nats), payment=cards[i % 3], campaign="konbini_drip")
        reqs = []
        for d in range(ctx.days):
            for ts in sessions_of(rng, "retail", d, rng.randint(8, 14), (2, 4), (20, 120)):
                reqs.append(req(ts, wrap_harvest(rng, harvest_item(c, rng)), rng.randint(800, 2000), harvest_model(rng, ts, 0.4)))
        ctx.commit(a, reqs)


def relay_reseller(ctx: Ctx, n: int, per_day: int) -> None:
    """An unofficial API reseller: its customers' chat (many role prompts) flows
    through a few accounts, and its own harvest job rides along."""
    rng, c = ctx.rng("c/relay"), ctx.c
    hosts = nat_set(rng, "vultr_tyo", 2)
    cards = [card(ctx) for _ in range(2)]
    roles = [c.pick(rng, "roles") for _ in range(40)]
    for i in range(n):
        a = person(ctx, rng, "relay_reseller", created=clock.days_ago(rng.uniform(60, 120)), client=client(rng, "relay"),
                   net=Fixed(hosts[i % 2]), edge="tyo4", payment=cards[i % 2], rpm=600, campaign="relay_reseller")
        reqs = []
        for d in range(ctx.days):
            for ts in times_in_profile(rng, "home", d, int(per_day * rng.uniform(0.8, 1.2))):
                if rng.random() < 0.6:
                    p, out = asks.everyday(c, rng)
                    reqs.append(req(ts, p, out, asks.chat_model(rng, ts, 0.2),
                                    system=rng.choice(roles) if rng.random() < 0.4 else None))
                else:
                    reqs.append(req(ts, ph.cot(rng, harvest_item(c, rng)), rng.randint(900, 2500), harvest_model(rng, ts)))
        ctx.commit(a, reqs)
