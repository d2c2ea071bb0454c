"""Benign machine traffic: an app backend, CI evals, coding agents, embeddings,
uptime monitors, e-commerce listing bots."""
from __future__ import annotations

from bench.heldout31 import asks, clock, phrasing as ph
from bench.heldout31.clients import client
from bench.heldout31.corpora import popular
from bench.heldout31.networks import COUNTRY_RESIDENTIAL, Choice, Fixed, addr, nat_set
from bench.heldout31.people import card, gsat_silent, person
from bench.heldout31.traffic import REASON2, Ctx, req

AGENT_SYSTEM = ("You are Formosa Code, an autonomous coding agent. Use the tools to read files, run tests and apply "
                "patches. Keep answers short; output a patch when done.")


def tutoring_app(ctx: Ctx, n_accounts: int, per_day: int) -> None:
    """「數感小老師」: a real tutoring app. Few service accounts, one system prompt,
    tens of thousands of students' maths questions with the same worksheet items
    asked over and over; follows students' hours, dips in GSAT sittings."""
    rng, c = ctx.rng("tutor"), ctx.c
    servers = nat_set(rng, "gcp_tw", 3)
    org, pay = ctx.hexid("org_", 10), card(ctx)
    items = popular(rng, c.raw["math"], 1200) + popular(rng, c.raw["gsm8k"], 800) + popular(rng, c.raw["svamp"], 200)
    for _ in range(n_accounts):
        a = person(ctx, rng, "tutoring_app", created=clock.days_ago(rng.uniform(200, 400)), client=client(rng, "node_openai"),
                   net=Choice(servers), edge="tpe1", payment=pay, org=org, rpm=3000)
        reqs = []
        for d in range(ctx.days):
            for _ in range(int(per_day * rng.uniform(0.85, 1.15))):
                ts = clock.draw(rng, "student", d)
                if gsat_silent(ts, rng) and rng.random() < 0.6:
                    continue
                p, out = asks.homework(c, rng, items, 0.8)
                reqs.append(req(ts, p, out, "formosa-chat-1", system=ph.TUTOR_SYSTEM))
        ctx.commit(a, reqs)


def ci_eval(ctx: Ctx) -> None:
    """Eval harnesses: literal GSM8K/MBPP/HumanEval/MATH items, nightly and on
    merges, from a fresh GitHub-hosted runner each job; a launch regression
    run on formosa-reason-2 right after 14:00."""
    rng, c = ctx.rng("ci"), ctx.c
    suites = [("gsm8k", 250), ("math", 200), ("mbpp", 120), ("humaneval", 164)]
    for org_i, n in ((0, 2), (1, 1)):
        org, pay = ctx.hexid("org_", 10), card(ctx)
        for k in range(n):
            a = person(ctx, rng, "ci_eval", created=clock.days_ago(rng.uniform(100, 300)), client=client(rng, "py_openai"),
                       net=Fixed(("0.0.0.0", 0)), edge="tyo4", payment=pay, org=org, rpm=100)
            jobs = []
            for d in range(ctx.days):
                jobs.append((clock.day_start(d) + 2 * clock.HOUR + rng.randrange(20 * clock.MIN), 1.0, "formosa-chat-1"))
                for _ in range(rng.randint(1, 3)):
                    jobs.append((clock.draw(rng, "office", d), 0.15, rng.choice(("formosa-chat-1", "formosa-code-1"))))
            if org_i == 0 and k == 0:
                jobs.append((clock.LAUNCH + rng.randint(10, 30) * clock.MIN, 0.3, REASON2))
            reqs = []
            for start, frac, model in jobs:
                ip, asn = addr(rng, "azure_us")
                t = start
                for suite, size in suites:
                    items = c.bench[suite]
                    for i in range(int(size * frac)):
                        reqs.append(req(t, items[i], rng.randint(80, 500), model, ip=ip, asn=asn))
                        t += rng.randint(150, 1100)  # 4 workers in parallel
            ctx.commit(a, reqs)


def agent_loops(ctx: Ctx, n: int) -> None:
    """Coding agents: a task, then tool results fed back seconds apart."""
    rng, c = ctx.rng("agents"), ctx.c
    for _ in range(n):
        net = Fixed(addr(rng, rng.choice(COUNTRY_RESIDENTIAL[:3] + ["tfn", "aws_tyo"])))
        a = person(ctx, rng, "agent_loops", created=clock.days_ago(rng.uniform(20, 500)), client=client(rng, "code_cli"),
                   net=net, payment=card(ctx), rpm=120)
        reqs = []
        for d in range(ctx.days):
            for _ in range(rng.randint(1, 5)):
                t = clock.draw(rng, rng.choice(("office", "evening")), d)
                p = ph.code_help(rng, c.pick(rng, "code"))
                reqs.append(req(t, p, rng.randint(150, 700), "formosa-code-1", system=AGENT_SYSTEM))
                for step in range(rng.randint(6, 30)):
                    t += rng.randint(2, 15) * 1000
                    src = c.pick(rng, rng.choice(("humaneval", "mbpp", "code")))
                    reqs.append(req(t, ph.tool_result(rng, src, step + 1), rng.randint(60, 600), "formosa-code-1", system=AGENT_SYSTEM))
        ctx.commit(a, reqs)


def embeddings(ctx: Ctx, n: int) -> None:
    """Search-index pipelines: hourly bursts on /v1/embeddings, no completions."""
    rng, c = ctx.rng("embed"), ctx.c
    for _ in range(n):
        a = person(ctx, rng, "embeddings", created=clock.days_ago(rng.uniform(50, 600)), client=client(rng, "py_openai"),
                   net=Fixed(addr(rng, rng.choice(("aws_tyo", "gcp_tw")))), edge=rng.choice(("tyo4", "tpe1")),
                   payment=card(ctx), rpm=3000)
        every = rng.choice((1, 1, 2))
        reqs = []
        for d in range(ctx.days):
            for h in range(0, 24, every):
                t = clock.day_start(d) + h * clock.HOUR + rng.randrange(5 * clock.MIN)
                for _ in range(rng.randint(5, 28)):
                    text = c.pick(rng, "nq") if rng.random() < 0.6 else c.pick(rng, "chat")[:1200]
                    reqs.append(req(t, text, 0, "formosa-embed-1", endpoint="/v1/embeddings"))
                    t += rng.randint(150, 1200)
        ctx.commit(a, reqs)


def uptime_monitors(ctx: Ctx) -> None:
    """Synthetic checks every 5 minutes, one monitor per edge."""
    rng = ctx.rng("uptime")
    for edge in ("tpe1", "hsz2", "khh3", "tyo4"):
        probes = nat_set(rng, rng.choice(("linode_tyo", "hetzner")), 3)
        a = person(ctx, rng, "uptime_monitors", created=clock.days_ago(rng.uniform(100, 700)), client=client(rng, "uptime"),
                   net=Choice(probes), edge=edge, payment=card(ctx), rpm=60)
        a.retry = False
        ping = rng.choice(("ping", "Reply with OK.", "health check: say pong"))
        reqs = []
        for i in range(ctx.days * 288):
            t = clock.START + i * 5 * clock.MIN + rng.randint(0, 15_000)
            reqs.append(req(t, ping, 2, "formosa-chat-1-mini"))
            if t > clock.LAUNCH + 20 * clock.MIN and edge == "tpe1":
                reqs.append(req(t + 1500, ping, 3, REASON2))
        ctx.commit(a, reqs)


def ecommerce_bots(ctx: Ctx, shops: int) -> None:
    """Lunar New Year listing copy for online shops, in scheduled batches."""
    rng, c = ctx.rng("shop"), ctx.c
    for _ in range(shops):
        server = Fixed(addr(rng, rng.choice(("vultr_tyo", "gcp_tw", "hinet"))))
        org, pay = ctx.hexid("org_", 10), card(ctx)
        system = "你是台灣電商的資深文案寫手，熟悉過年送禮與尾牙檔期，用語要接地氣、不要誇大療效。"
        for _ in range(2):
            a = person(ctx, rng, "ecommerce_bots", created=clock.days_ago(rng.uniform(30, 400)),
                       client=client(rng, "node_openai"), net=server, edge="tpe1", payment=pay, org=org, rpm=120)
            tmpl = rng.randrange(3)
            reqs = []
            for d in range(ctx.days):
                for h in (10, 15, 22):
                    t = clock.day_start(d) + h * clock.HOUR + rng.randrange(10 * clock.MIN)
                    for _ in range(rng.randint(10, 40)):
                        reqs.append(req(t, ph.listing(rng, tmpl, c.pick(rng, "short_chat")), rng.randint(150, 450),
                                        "formosa-chat-1-mini", system=system))
                        t += rng.randint(2, 8) * 1000
            ctx.commit(a, reqs)
