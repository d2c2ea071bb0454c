"""Benign software and developers: a retail customer-service SaaS in the
January sales, a new-year fitness app, GCSE/A-level tutoring platforms,
reseller gateways, CI smoke tests, nightly batch jobs, IDE assistants and
agent developers."""
from __future__ import annotations

from bench.heldout26 import network as N
from bench.heldout26 import prompts_people as P
from bench.heldout26 import prompts_work as W
from bench.heldout26.activity import burst_times, conversations, worker_pool
from bench.heldout26.texts_uk import follow_up
from bench.heldout26.traffic import EMBED, NEW_MODEL, Ctx, card_fp, created_between, gap, pick_model, rid, tokens
from bench.heldout26.world import DAY, HOUR, MIN, START_MS, at, draw_ts, poisson

BRANDS = (("Harlow & Finch", "Bea"), ("Northgate Home", "Sam"), ("Pennine Outdoor", "Alex"), ("Kettle & Co", "Molly"),
          ("Brightwell Electricals", "Max"), ("Dún Laoghaire Living", "Aoife"), ("Camden Threads", "Jo"),
          ("Oakham Garden Centre", "Rosie"), ("Velo Cymru", "Rhys"), ("Lark Beauty", "Ella"), ("Tyne Toys", "Ben"),
          ("Galway Knitwear", "Niamh"), ("Severn Sofas", "Tom"), ("Hartley Books", "Priya"))
_END_USER_FU = ("that's not what I asked", "ok thanks", "can I speak to someone", "what's the returns address",
                "it says delivered but it isn't here", "how long will the refund take", "ok can you start the return")


def _fixed_ips(rng, key: str, n: int) -> list[tuple[str, int]]:
    return [N.addr(rng, key) for _ in range(n)]


def saas_support(ctx: Ctx, n: int = 14) -> None:
    """One customer-service vendor, one account per retail tenant: one system
    prompt per tenant for thousands of shoppers, from the vendor's NAT gateways."""
    rng = ctx.streams.rng("pop", "saas_support")
    org, pay = rid(rng, "org_", 12), card_fp(rng)
    ips = _fixed_ips(rng, "aws_euw1", 3)
    for i in range(ctx.n(n)):
        brand, persona = BRANDS[i % len(BRANDS)]
        a = ctx.sink.account("saas_support", created_between(rng, at(2025, 1, 10), at(2026, 11, 20)), pay, org=org, n_keys=2)
        conversations(ctx.sink, a, rng, days=ctx.days, curve="retail", per_day=rng.lognormvariate(5.6, .6),
                      where=lambda r, d, t: r.choice(ips), clients=[N.client(rng, "js_sdk")],
                      opener=W.support_prompt, follow=lambda r: (r.choice(_END_USER_FU), "support"), follow_p=.45,
                      think_s=30, system=W.support_system(brand, persona), embed_p=.7,
                      model=lambda r, t: "meridian-2.5-flash", p429=.003)


def coach_app(ctx: Ctx, n: int = 3) -> None:
    """A fitness app riding the new-year resolution surge: production, an
    Android beta, and staging, from Google Cloud in London."""
    rng = ctx.streams.rng("pop", "coach_app")
    org, pay = rid(rng, "org_", 12), card_fp(rng)
    ips = _fixed_ips(rng, "gcp_euw2", 2)
    for k, volume in enumerate((2200, 300, 30)[: max(1, ctx.n(n))]):
        a = ctx.sink.account("coach_app", created_between(rng, at(2025, 9, 1), at(2026, 9, 1)), pay, org=org)
        conversations(ctx.sink, a, rng, days=ctx.days, curve="app", per_day=volume * ctx.scale,
                      where=lambda r, d, t: r.choice(ips), clients=[N.client(rng, "py_sdk")], opener=W.coach_prompt,
                      follow=lambda r: (W.coach_prompt(r)[0], "coach"), follow_p=.3, think_s=40, system=W.COACH_SYSTEM,
                      model=lambda r, t: "meridian-2.5-flash")


def tutoring(ctx: Ctx, n: int = 8) -> None:
    """GCSE and A-level maths tutoring platforms: one tutor system prompt, pupils'
    questions from mocks, hints, 'is this right?', full worked solutions."""
    rng = ctx.streams.rng("pop", "tutoring")
    c = ctx.corpus
    made, firms = 0, 0
    while made < ctx.n(n):
        firms += 1
        org, pay = rid(rng, "org_", 12), card_fp(rng)
        ips = _fixed_ips(rng, rng.choice(("aws_euw2", "aws_euw2", "azure_uks")), 2)
        for _ in range(rng.choice((2, 3, 3))):
            made += 1
            a = ctx.sink.account("tutoring", created_between(rng, at(2024, 8, 1), at(2026, 8, 1)), pay, org=org, n_keys=2)
            conversations(ctx.sink, a, rng, days=ctx.days, curve="tutoring", per_day=rng.lognormvariate(6.1, .5) * ctx.scale,
                          where=lambda r, d, t, ips=ips: r.choice(ips), clients=[N.client(rng, "py_sdk")],
                          opener=lambda r: W.tutor_prompt(r, c), follow=W.tutor_follow, follow_p=.5, think_s=45,
                          system=W.TUTOR_SYSTEM, model=lambda r, t: pick_model(r, t, ctx.release, old_pro=.6))


def resellers(ctx: Ctx, n: int = 5) -> None:
    """Aggregator gateways (a UK router start-up, an Irish one, an agency's
    LiteLLM proxy) passing through everything their own users send, including
    their users' benchmark runs and release-day testing."""
    rng = ctx.streams.rng("pop", "resellers")
    c = ctx.corpus
    for i in range(ctx.n(n)):
        a = ctx.sink.account("resellers", created_between(rng, at(2024, 3, 1), at(2026, 6, 1)), card_fp(rng),
                             org=rid(rng, "org_", 12), n_keys=3)
        ips = _fixed_ips(rng, rng.choice(("hetzner", "ovh", "aws_euw2", "aws_euw1")), rng.choice((1, 2, 4)))
        cli = N.client(rng, "litellm")

        def opener(r):
            x = r.random()
            if x < .45:
                return P.chat_opening(r, c)
            if x < .7:
                return W.dev_prompt(r, c)
            if x < .8:
                return P.pupil_prompt(r, c)
            if x < .87:
                return P.lang_prompt(r, c, r.choice(("pl", "cy", "ur", "ga")))
            if x < .94:
                return W.agency_prompt(r)
            return P.tryer_prompt(r, c)

        conversations(ctx.sink, a, rng, days=ctx.days, curve="gateway", per_day=rng.lognormvariate(6.7, .35) * ctx.scale,
                      where=lambda r, d, t, ips=ips: r.choice(ips), clients=[cli], opener=opener,
                      follow=lambda r: (follow_up(r), "chat"), follow_p=.35, think_s=40,
                      model=lambda r, t: pick_model(r, t, ctx.release, old_pro=.4, adopt=.45, lag=HOUR), p429=.006)
        # a customer of the gateway runs a GSM8K sweep through it
        if rng.random() < .6:
            day = rng.randrange(ctx.days)
            start = START_MS + day * DAY + rng.randrange(10, 20) * HOUR
            lo = rng.randrange(0, 7000)
            items = [W.eval_prompt(rng, c, "gsm8k", j) for j in range(lo, lo + rng.randrange(150, 400))]
            worker_pool(ctx.sink, a, rng, start=start, items=items, workers=8, model=NEW_MODEL if start > ctx.release else "meridian-2.5-pro",
                        where=lambda r, t, ips=ips: r.choice(ips), client=cli)


def ci_bots(ctx: Ctx, n: int = 150) -> None:
    """CI pipelines with a few fixed smoke-test prompts, run on every push and
    by a nightly cron (GitHub starts scheduled jobs a few minutes late)."""
    rng = ctx.streams.rng("pop", "ci_bots")
    for _ in range(ctx.n(n)):
        a = ctx.sink.account("ci_bots", created_between(rng, at(2024, 1, 1), at(2026, 12, 15)), card_fp(rng),
                             org=rid(rng, "org_", 12), n_keys=1)
        tests = rng.sample(W.CI_TESTS, rng.randrange(2, 6))
        hosted = rng.random() < .75
        fixed = N.addr(rng, rng.choice(("gcp_euw2", "aws_euw2", "hetzner")))
        cli = N.client(rng, rng.choice(("py_sdk", "py_sdk", "js_sdk", "openai_py", "curl", "go")))
        cron = (rng.randrange(0, 6), rng.choice((0, 0, 15, 30)))
        adds_new = rng.random() < .3
        for day in range(ctx.days):
            runs = [draw_ts(rng, "dev", day) for _ in range(poisson(rng, rng.choice((1, 3, 6, 10))))]
            runs.append(START_MS + day * DAY + cron[0] * HOUR + cron[1] * MIN + rng.randrange(2, 15) * MIN)
            for t in sorted(runs):
                ip, asn = (N.addr(rng, "azure_gh") if hosted else fixed)
                models = ["meridian-2.5-flash"] + ([NEW_MODEL] if adds_new and t > ctx.release + 2 * HOUR else [])
                for mdl in models:
                    for tt, prompt in zip(burst_times(rng, t + rng.randrange(20, 90) * 1000, len(tests), 1.5), tests):
                        ctx.sink.emit(a, tt, rng, prompt=prompt, kind="smoke", model=mdl, ip=ip, asn=asn, ua=cli.ua,
                                      device=cli.device, p429=.001)
                    t += 5000


_BATCH = (("transactions", "aws_euw2"), ("products", "gcp_euw2"), ("consultation", "azure_uks"), ("lease", "aws_euw2"),
          ("reindex", "aws_euw1"))


def batch_jobs(ctx: Ctx, n: int = 22) -> None:
    """Nightly jobs: a fintech categorising transactions, a retailer's sale
    product copy, a council coding consultation replies, a law firm's leases,
    a knowledge base re-embedding its help articles."""
    rng = ctx.streams.rng("pop", "batch_jobs")
    for _ in range(ctx.n(n)):
        job, netkey = rng.choice(_BATCH)
        a = ctx.sink.account("batch_jobs", created_between(rng, at(2024, 5, 1), at(2026, 10, 1)), card_fp(rng),
                             org=rid(rng, "org_", 12))
        ip = N.addr(rng, netkey)
        cli = N.client(rng, rng.choice(("py_sdk", "py_sdk", "java", "dotnet")))
        use_batch = rng.random() < .5 and job != "reindex"
        endpoint, model = ("/v1/embeddings", EMBED) if job == "reindex" else ("/v1/chat/completions", "meridian-2.5-flash")
        size = int(rng.lognormvariate(5.6, .5) * ctx.scale)
        for day in range(ctx.days):
            start = START_MS + day * DAY + rng.randrange(60, 240) * MIN
            items = [W.batch_prompt(rng, job) for _ in range(size)]
            if use_batch:  # the batch API runs lines whenever it has capacity overnight
                span = rng.randrange(2, 6) * HOUR
                for (p, k), t in zip(items, sorted(start + rng.randrange(span) for _ in items)):
                    ctx.sink.emit(a, t, rng, prompt=p, kind=k, model="meridian-2.5-flash", ip=ip[0], asn=ip[1],
                                  ua=cli.ua, device=cli.device, endpoint="/v1/batches", p429=0)
            else:
                worker_pool(ctx.sink, a, rng, start=start, items=items, workers=rng.choice((4, 8, 16)), model=model,
                            where=lambda r, t, ip=ip: ip, client=cli, overhead_s=.6, endpoint=endpoint)


_IDE_FU = ("now add tests for that", "fix the lint errors", "use async instead", "that broke the import, here's the traceback",
           "explain what you changed", "make it work with Python 3.9", "rename the variables to be clearer", "apply the same to the other file")
IDE_SYSTEM = ("You are an expert software engineer working inside the user's editor. Be concise. When editing, output only "
              "the changed code blocks with file paths.")


def ide_coders(ctx: Ctx, n: int = 200) -> None:
    """Developers with their own key in an IDE assistant: tight loops of edits
    with whole files in context, office hours and late evenings."""
    rng = ctx.streams.rng("pop", "ide_coders")
    c = ctx.corpus
    for _ in range(ctx.n(n)):
        a = ctx.sink.account("ide_coders", created_between(rng, at(2023, 6, 1), at(2026, 12, 20)), card_fp(rng))
        home = N.Home.new(rng, rng.random() < .1)
        office = ctx.net.sase("zscaler") if rng.random() < .3 else None
        cli = [N.client(rng, rng.choice(("continue", "cline", "continue", "rust")))]

        def where(r, day, t, home=home, office=office):
            h = (t // HOUR) % 24
            return office.pick(r) if office and 9 <= h <= 17 and r.random() < .7 else home.ip(r, day)

        conversations(ctx.sink, a, rng, days=ctx.days, curve="dev", per_day=rng.lognormvariate(3.0, .6), where=where,
                      clients=cli, opener=lambda r: W.dev_prompt(r, c), follow=lambda r: (r.choice(_IDE_FU), "code"),
                      follow_p=.8, think_s=50, system=IDE_SYSTEM, day_active=.85, max_turns=25,
                      context=lambda r: int(r.lognormvariate(7.8, .7)),  # open files sent along
                      model=lambda r, t: pick_model(r, t, ctx.release, old_pro=.7, adopt=.5, lag=HOUR))


def agent_devs(ctx: Ctx, n: int = 200) -> None:
    """People building agents: loops of tool calls seconds apart, long system
    prompts with tool schemas, some asking for ReAct-style 'Thought:' steps."""
    rng = ctx.streams.rng("pop", "agent_devs")
    for _ in range(ctx.n(n)):
        a = ctx.sink.account("agent_devs", created_between(rng, at(2023, 9, 1), at(2026, 12, 28)), card_fp(rng),
                             org=rid(rng, "org_", 12) if rng.random() < .4 else None, n_keys=rng.choice((1, 2, 3)))
        toolset = rng.choice(list(W.TOOLSETS))
        system = W.agent_system(rng, toolset, react=rng.random() < .4)
        home = N.Home.new(rng)
        box = N.addr(rng, rng.choice(("gcp_euw2", "aws_euw2", "do_lon1", "hetzner")))
        cli = N.client(rng, rng.choice(("py_sdk", "langchain", "js_sdk", "openai_py")))
        tries_new = rng.random() < .6
        for day in range(ctx.days):
            for _ in range(poisson(rng, rng.lognormvariate(1.4, .6))):
                t = draw_ts(rng, "dev", day)
                ip, asn = box if rng.random() < .4 else home.ip(rng, day)
                mdl = NEW_MODEL if tries_new and t > ctx.release and rng.random() < .7 else rng.choice(("meridian-2.5-pro", "meridian-2.5-flash"))
                task = rng.choice(W.AGENT_TASKS[toolset])
                history, prompt = 0, task
                steps = rng.randrange(2, 12)
                for s in range(steps):
                    kind = "agent_step" if s < steps - 1 else "chat"
                    out = ctx.sink.emit(a, t, rng, prompt=prompt, kind=kind, model=mdl, ip=ip, asn=asn, ua=cli.ua,
                                        device=cli.device, system=system, history=history)
                    history += tokens(prompt) + out
                    t += int(out / 60 * 1000) + gap(rng, 2.5)
                    prompt = W.agent_result(rng, toolset)
