"""Benign organisations on servers: customer apps (one system prompt for thousands
of end users), benchmark evaluation jobs, CI bots and monitors, research labs,
and resellers with many sub-accounts behind one gateway and one card."""
from __future__ import annotations

from . import clients as CL
from . import network as N
from . import prompts as P
from .benign_people import LANG, _chat_model
from .sessions import age, completion, run
from .timing import day_bounds, sample
from .world import CHAT, DAY_MS, EMBED, EMBED_MODEL, HOUR_MS, LAUNCH_MS, MIN_MS, RESPONSES, pick

# app, country, cloud, per-day requests, kind, model, client family
APPS = [
    ("darrisni", "EG", "aws_eu", 2600, "homework", "ghaym-3.5-mini", "node_openai"),
    ("souq_nakhla", "SA", "gcp_me", 1500, "short", "ghaym-3.5-mini", "py_openai"),
    ("listing_writer", "AE", "azure_me", 450, "listing", "ghaym-3.5", "dotnet"),
    ("rafiq_ramadan", "AE", "aws_me", 1600, "chat", "ghaym-3.5-mini", "dart"),
    ("bank_kw", "KW", "oracle_me", 900, "short", "ghaym-3.5-mini", "java"),
    ("legal_sum", "SA", "gcp_me", 260, "summary", "ghaym-3.5", "py_ghaym"),
    ("hire_screen", "EG", "digitalocean", 500, "json", "ghaym-3.5-mini", "py_openai"),
    ("news_tr", "JO", "aws_eu", 380, "translate", "ghaym-3.5", "py_openai"),
    ("code_review", "EG", "hetzner", 420, "code", "ghaym-coder-2", "go"),
    ("telco_om", "OM", "oracle_me", 700, "short", "ghaym-3.5-mini", "java"),
    ("fatwa_qa", "SA", "alibaba", 650, "chat", "ghaym-3.5", "py_openai"),
    ("review_cls", "AE", "azure_me", 1200, "label", "ghaym-3.5-mini", "dotnet"),
    ("kids_story", "KW", "aws_me", 300, "story", "ghaym-3.5", "node_openai"),
]


def app_backends(world, scale: float = 1.0) -> None:
    rng = world.rng("apps")
    for name, c, cloud, per_day, kind, model, fam in APPS:
        org, card = world.org_id(), world.pay_fp()
        acct = world.account("app_backends", created=age(rng, world.t0, 300, min_days=30), country=c, pay=card, org=org, rpm=3000)
        egress = N.Fixed(cloud, rng, n=rng.randint(1, 4))
        client = CL.api_client(fam, rng)
        keys = [world.key_id() for _ in range(rng.randint(1, 3))]
        upgrade = rng.random() < 0.4  # some flip the flagship to ghaym-4 in the afternoon of launch day
        n = int(per_day * world.days * scale)
        for _ in range(n):
            t = sample(world, rng, "server", c)
            m = model
            if upgrade and t > LAUNCH_MS + 5 * HOUR_MS and model == "ghaym-3.5":
                m = "ghaym-4"
            a, asn = egress.ip(rng)
            ctx = rng.randint(0, 1800) if kind in ("chat", "homework", "short") and rng.random() < 0.5 else 0
            world.add(acct, t, m, CHAT, (P.app, rng.getrandbits(31), name), completion(rng, kind, m), a, asn,
                      client.ua, client.device, keys[0] if rng.random() < 0.92 else rng.choice(keys), ctx)
    # A Saudi e-government search indexer: embeddings in nightly batches.
    acct = world.account("app_backends", created=age(rng, world.t0, 400, min_days=60), country="SA", pay=None,
                         org=world.org_id(), rpm=10000)
    egress, client, key = N.Fixed("g42_core42", rng, n=2), CL.api_client("java", rng), world.key_id()
    for day in range(world.days):
        lo, _ = day_bounds(world, day)
        t = lo + 21 * HOUR_MS + rng.randrange(10 * MIN_MS)  # midnight Riyadh
        for k in range(int(1500 * scale)):
            t += rng.randint(150, 900)
            a, asn = egress.ip(rng)
            world.add(acct, t, EMBED_MODEL, EMBED, (P.embed, rng.getrandbits(31), "gov"), 0, a, asn, client.ua, client.device, key)


# owner, country, cloud, client family, suites [(template, corpus, n items, samples)], when ("day1"/"after_launch")
EVALS = [
    ("leaderboard", "AE", "gcp_me", "lm_eval", [("gsm8k_fewshot", "gsm8k", 1000, 1), ("math_boxed", "math", 500, 1), ("humaneval", "humaneval", 164, 5), ("mbpp", "mbpp", 400, 1), ("ar_cot", "gsm8k", 400, 1)], "after_launch", ["ghaym-4", "ghaym-4-think"]),
    ("leaderboard2", "AE", "gcp_me", "lm_eval", [("math_fewshot", "math", 700, 1), ("svamp_plain", "svamp", 600, 1)], "after_launch", ["ghaym-4"]),
    ("procurement", "SA", "aws_me", "lm_eval", [("gsm8k_cot", "gsm8k", 400, 1), ("ar_cot", "svamp", 300, 1), ("humaneval", "humaneval", 164, 1)], "day1", ["ghaym-3.5", "ghaym-r1"]),
    ("startup", "EG", "aws_eu", "promptfoo", [("gsm8k_cot", "gsm8k", 150, 1), ("mbpp", "mbpp", 120, 1)], "day1", ["ghaym-3.5-mini", "ghaym-3.5"]),
    ("startup_launch", "EG", "aws_eu", "promptfoo", [("gsm8k_cot", "gsm8k", 150, 1), ("mbpp", "mbpp", 120, 1)], "after_launch", ["ghaym-4"]),
    ("uni_lab", "SA", "kaust", "py_openai", [("math_boxed", "math", 500, 2), ("gsm8k_fewshot", "gsm8k", 300, 1)], "day1", ["ghaym-r1"]),
    ("uni_lab_launch", "SA", "kaust", "py_openai", [("math_boxed", "math", 500, 1)], "after_launch", ["ghaym-4-think"]),
    ("blogger", "EG", "we_tedata", "py_openai", [("gsm8k_cot", "gsm8k", 60, 1), ("humaneval", "humaneval", 40, 1)], "after_launch", ["ghaym-4", "ghaym-4-think"]),
    ("bank_selection", "SA", "zscaler", "langchain", [("ar_cot", "gsm8k", 200, 1), ("gsm8k_cot", "gsm8k", 200, 1)], "day1", ["ghaym-3.5"]),
    ("telco_ai", "QA", "azure_me", "lm_eval", [("math_fewshot", "math", 350, 1)], "after_launch", ["ghaym-4-think"]),
]


def eval_batch(world, scale: float = 1.0) -> None:
    rng = world.rng("evals")
    for owner, c, net, fam, suites, when, models in EVALS:
        acct = world.account("eval_batch", created=age(rng, world.t0, 250, min_days=20), country=c, pay=world.pay_fp(),
                             rpm=rng.choice([600, 1000, 3000]))
        loc = N.Fixed(net, rng, n=rng.randint(1, 3))
        client, key = CL.api_client(fam, rng), world.key_id()
        conc = rng.choice([4, 8, 16, 32])  # concurrency of the harness
        if when == "day1":
            t = sample(world, rng, "office", c, "day1")
        else:
            t = LAUNCH_MS + int(rng.uniform(0.4, 6) * HOUR_MS)
        base_off = rng.randrange(100000)
        for model in models:
            for tmpl, corpus, n, samples in suites:
                n = max(10, int(n * scale))
                for i in range(n):
                    for s in range(samples):
                        t += int(rng.expovariate(conc / (6000 if model.endswith("think") or model == "ghaym-r1" else 2500)))
                        kind = "eval" if corpus not in ("humaneval", "mbpp") else "code"
                        a, asn = loc.ip(rng)
                        world.add(acct, t, model, CHAT, (P.eval_item, 0, tmpl, corpus, base_off + i), completion(rng, kind, model, 4096),
                                  a, asn, client.ua, client.device, key)
                t += rng.randint(20, 600) * 1000


def ci_bots(world, n: int) -> None:
    rng = world.rng("ci")
    for j in range(n):
        c = pick(rng, {"AE": 30, "SA": 30, "EG": 30, "JO": 10})
        kind = pick(rng, {"pr_review": 40, "nightly": 35, "monitor": 25})
        acct = world.account("ci_bots", created=age(rng, world.t0, 300, min_days=14), country=c, pay=world.pay_fp(), rpm=600)
        key = world.key_id()
        if kind == "pr_review":
            client, loc = CL.api_client("gh_actions", rng), N.Ephemeral("azure_gh")

            def make(r, ts, i):
                return "ghaym-coder-2", CHAT, (P.app, r.getrandbits(31), "code_review"), "code"
            run(world, rng, acct, loc=loc, client=client, key=key, profile="dev", country=c, sessions_per_day=rng.uniform(3, 12),
                reqs_per_session=2.5, gap_s=6, make=make)
        elif kind == "nightly":
            client, loc = CL.api_client(rng.choice(["promptfoo", "py_openai"]), rng), N.Fixed(rng.choice(["aws_me", "hetzner", "azure_me"]), rng)
            suite = [(P.homework, 7, "en", rng.choice(["gsm8k", "mbpp", "arena_code", "self_instruct"]), rng.randrange(10**6) + i, 1.0) for i in range(rng.randint(40, 160))]
            hour = rng.choice([0, 1, 2, 22, 23])
            model = rng.choice(["ghaym-3.5", "ghaym-3.5-mini"])
            for day in range(world.days):
                t = world.t0 + day * DAY_MS + hour * HOUR_MS + rng.choice([0, 0, 5, 30]) * MIN_MS + rng.randrange(3000)
                a, asn = loc.ip(rng)
                for spec in suite:
                    t += rng.randint(800, 4000)
                    world.add(acct, t, model, CHAT, spec, completion(rng, "code", model), a, asn, client.ua, client.device, key)
        else:  # synthetic monitor every 5 minutes
            client, loc = CL.api_client(rng.choice(["curl", "go", "requests"]), rng), N.Fixed(rng.choice(["aws_me", "gcp_me", "digitalocean"]), rng)
            phase = rng.randrange(300_000)
            prompt = rng.choice(["Reply with OK", "ping", "Say 'pong'", "ردّ بكلمة: تم"])
            model = rng.choice(["ghaym-3.5-mini", "ghaym-3.5"])
            period = rng.choice([300_000, 300_000, 600_000, 600_000, 900_000, 120_000])
            for t in range(world.t0 + phase % period, world.t_end, period):
                a, asn = loc.ip(rng)
                world.add(acct, t + rng.randrange(400), model, CHAT, (P.fixed, 0, None, prompt), 1 + rng.randrange(2), a, asn,
                          client.ua, client.device, key)


LABS = [("kaust", "SA", "kaust"), ("mbzuai", "AE", "ankabut"), ("qcri", "QA", "qatar_foundation"), ("auc", "EG", "eun"),
        ("um6p", "MA", "marwan"), ("kfupm", "SA", "kacst_sauren")]


def research_labs(world, per_lab: int) -> None:
    rng = world.rng("labs")
    for lab, c, nren in LABS:
        org, card = world.org_id(), world.pay_fp()
        net = N.Fixed(nren, rng, n=3)
        hpc = N.Fixed(rng.choice(["aws_me", "gcp_me", "azure_me"]), rng, n=2)
        for _ in range(per_lab):
            acct = world.account("research_labs", created=age(rng, world.t0, 300), country=c, pay=card, org=org, rpm=1000)
            task = pick(rng, {"dialect": 25, "synth": 25, "judge": 20, "qa_gen": 10, "reason": 20})
            client, key = CL.api_client(rng.choice(["py_openai", "langchain", "aiohttp"]), rng), world.key_id()
            kind = {"dialect": "label", "synth": "chat", "judge": "judge", "qa_gen": "json", "reason": "cot"}[task]
            loc = N.Roaming([(net, 0.6), (hpc, 0.4)])

            def make(r, ts, i, task=task, kind=kind):
                m = ("ghaym-4-think" if kind == "cot" else "ghaym-4") if ts >= LAUNCH_MS and r.random() < 0.4 else \
                    ("ghaym-r1" if kind == "cot" else "ghaym-3.5")
                return m, CHAT, (P.research, r.getrandbits(31), task), kind
            run(world, rng, acct, loc=loc, client=client, key=key, profile="dev", country=c, sessions_per_day=1.5,
                reqs_per_session=rng.choice([30, 60, 120]), gap_s=4, make=make, active_p=0.8, boost="launch")


RESELLERS = [  # country, gateway host, client family, sub-accounts
    ("EG", "hetzner", "oneapi", 150), ("JO", "aws_eu", "litellm", 90), ("MA", "ovh", "oneapi", 110)]


def resellers(world, scale: float = 1.0) -> None:
    """FX limits on Egyptian cards push many users to local resellers that pay in USD and bill in EGP/MAD/JOD."""
    rng = world.rng("resellers")
    for c, host, fam, n in RESELLERS:
        org, card = world.org_id(), world.pay_fp()
        gw = N.Fixed(host, rng, n=rng.randint(2, 4))
        client = CL.api_client(fam, rng)
        for _ in range(int(n * scale)):
            lang = pick(rng, LANG[c])
            acct = world.account("resellers", created=age(rng, world.t0, 150, min_days=1), country=c, pay=card, org=org, rpm=60)
            key = world.key_id()
            use = pick(rng, {"student": 45, "dev": 30, "chat": 25})

            def make(r, ts, i, lang=lang, use=use):
                if use == "student" and r.random() < 0.7:
                    m = "ghaym-r1" if r.random() < 0.3 else "ghaym-3.5-mini"
                    return m, CHAT, (P.homework, r.getrandbits(31), lang, r.choice(["gsm8k", "math", "svamp", "mbpp"]), r.getrandbits(30), 0.3), "homework"
                if use == "dev" and r.random() < 0.7:
                    return "ghaym-coder-2" if r.random() < 0.5 else "ghaym-3.5", CHAT, \
                        (P.homework, r.getrandbits(31), "en", r.choice(["arena_code", "humaneval", "mbpp"]), r.getrandbits(30), 0.6), "code"
                return _chat_model(r, ts, True), CHAT, (P.chat, r.getrandbits(31), lang), "chat"
            run(world, rng, acct, loc=gw, client=client, key=key, profile="student" if use == "student" else "consumer", country=c,
                sessions_per_day=2.4, reqs_per_session=4.5, gap_s=70, make=make, boost="launch", history=0.5, active_p=0.75)
