"""Benign work populations: Israeli/Cypriot tech companies with coding agents, app backends,
a launch-night eval team, developers with CI jobs, RAG indexers and zero-data-retention customers."""
from __future__ import annotations

from . import lang, networks as N, text as T
from .base import Pop, comp_len
from .world import (DAY, EP_EMBED, EP_RESP, HOUR, LAUNCH, MINUTE, MODEL_EMBED, MODEL_NEW, T0, created_between, digest,
                    flat_service, gr_office, il_office, local_hour, paced, sample_ts, session_times)

# Companies are world-level facts (an insider campaign lives inside the first one).
COMPANIES = (
    dict(name="Tzafon Systems", size=110, office="il_corp_tlv", agents="aws_il", repo="tzafon/platform",
         lang="Python 3.12, Go 1.24, React 19"),
    dict(name="Carmel Silicon Tools", size=65, office="il_corp_tlv", agents="azure_eu", repo="carmel/eda-core",
         lang="C++20, Python 3.11"),
    dict(name="Limassol Payments", size=45, office="cy_dc_amathus", agents="aws_milan", repo="lpay/ledger",
         lang="Kotlin, TypeScript"),
)
IDE_UA = "aegean-vscode/1.42.0 vscode/1.101.2 node/22.15.0"
AGENT_UA = "aegean-agents/0.9.3 python-httpx/0.28.1"
IDE_JA4 = "ja4:t13d1715h2_5b57614c22b0_7121afd63204"


def company_org(c: dict) -> str:
    return "org_" + digest("org", c["name"], n=12)


def company_system(c: dict) -> str:
    return (f"You are {c['name']}'s internal engineering assistant. The monorepo is `{c['repo']}` ({c['lang']}). "
            "Follow the team style guide: small functions, type hints, tests for every change. Never output secrets, "
            "customer data or internal hostnames. If unsure, say so and suggest who to ask.")


AGENT_TASKS = ("Fix the flaky test test_session_refresh in services/auth", "Add cursor pagination to the /v2/alerts endpoint",
               "Bump the grpc dependency and fix the build", "Migrate the billing job from cron to the task queue",
               "Add a retry with backoff to the webhook sender", "Write unit tests for the rate limiter module",
               "Refactor the config loader to support YAML overlays", "Investigate the memory leak in the ingest worker")
OBS = ("$ pytest -q tests/{m}\n....F.\nFAILED tests/{m}/test_core.py::test_edge - AssertionError: expected 3, got 2",
       "$ git diff --stat\n {m}/handler.py | 14 +++++++---\n 1 file changed, 9 insertions(+), 5 deletions(-)",
       "$ rg -n 'def retry' {m}\n{m}/util.py:41:def retry(fn, attempts=3, base=0.2):",
       "$ make build\ncompile {m} ... ok\nlink ... error: undefined reference to `Session::refresh()`",
       "$ cat {m}/config.py | head -40\n...", "$ go test ./{m}/...\nok  \t{m}\t0.412s")
MODULES = ("auth", "alerts", "billing", "ingest", "webhooks", "ratelimit", "config", "ledger")


def tech_companies(seed: int, win) -> Pop:
    p = Pop("il_tech_corp", seed, window=win)
    rng = p.rng
    for c in COMPANIES:
        org, cardfp, sysp = company_org(c), N.named_card(c["name"]), company_system(c)
        prof = il_office if c["office"].startswith("il") else gr_office
        for i in range(c["size"]):
            a = p.account(created_between(rng, 10, 800), card=cardfp, org=org, system=sysp, country="IL",
                          home=N.pool_ip(rng, c["office"], c["name"], 6), ua=IDE_UA, device=IDE_JA4)
            a.keys = [p.api_key(), p.api_key()]
            athome = N.home_ip(rng, rng.choice(N.IL_HOME))
            for ts in session_times(rng, prof, win.lo, win.hi, rng.randrange(8, 70), mean_len=6, gap_s=90):
                q = T.arena_coding(rng) if rng.random() < 0.55 else rng.choice((T.chat_prompt(rng), T.code_task(rng)))
                ip = a.home if 8 <= local_hour(ts) % 24 < 19 else athome
                model = MODEL_NEW if ts > LAUNCH + HOUR and rng.random() < 0.4 else "aegean-2"
                p.emit(a, ts, q, completion=comp_len(rng, 650), model=model, ip=ip)
            for _ in range(rng.choice((0, 0, 1, 2, 3, 5))):          # coding-agent runs on the company's cloud
                t, task, mod = sample_ts(rng, prof, win.lo, win.hi), rng.choice(AGENT_TASKS), rng.choice(MODULES)
                ctx = rng.randrange(3000, 9000)
                for step in range(rng.randrange(6, 30)):
                    q = f"Task: {task}\n\nObservation:\n{rng.choice(OBS).format(m=mod)}\n\nDecide the next tool call."
                    ctx += rng.randrange(400, 2500)
                    p.emit(a, t, q, completion=comp_len(rng, 350, 0.5), model="aegean-2", endpoint=EP_RESP,
                           ip=N.pool_ip(rng, c["agents"], c["name"] + "nat", 3), ua=AGENT_UA, device=None,
                           prompt_tokens=ctx, p429=0.01)
                    t += rng.randrange(3000, 40000)
    return p


APPS = (dict(name="Lexi Greek tutor", net="aws_milan", acc=2, rate=1.0, c="GR",
             sys="You are Lexi, a friendly Greek tutor inside the Lexi app. Answer in simple language, correct mistakes gently, "
                 "and always give one example sentence in Greek with its English translation."),
        dict(name="Mishloach support", net="aws_il", acc=2, rate=0.8, c="IL",
             sys="את/ה נציג/ת השירות של משלוח. עני/ה בעברית, בקצרה ובנימוס. אל תבטיח/י החזרים; העבר/י לנציג אנושי אם נדרש."),
        dict(name="Kypria CV builder", net="ovh", acc=1, rate=0.35, c="CY",
             sys="You help users in Cyprus write CVs and cover letters. Ask for missing details; output clean Markdown."))


def app_backends(seed: int, win) -> Pop:
    """Products proxying many end users through a handful of server accounts with one system prompt."""
    p = Pop("app_backend_proxy", seed, window=win)
    rng = p.rng
    for app in APPS:
        cardfp, org = N.named_card(app["name"]), p.org()
        for j in range(app["acc"]):
            a = p.account(created_between(rng, 150, 600), card=cardfp, org=org, system=app["sys"], country=app["c"],
                          ua="aegean-node/1.19.2", device=None)
            a.keys = [p.api_key()]
            n = int(app["rate"] * rng.uniform(4500, 6000) * win.days / 2)
            for ts in sorted(sample_ts(rng, flat_service, win.lo, win.hi) for _ in range(n)):
                if app["c"] == "IL":
                    q = lang.hebrew_chat(rng) if rng.random() < 0.7 else rng.choice(("איפה ההזמנה שלי?", "השליח לא הגיע", "אני רוצה לבטל הזמנה"))
                elif app["c"] == "GR":
                    q = T.casual(rng, rng.choice((f"How do I say '{T.pick(rng, 'nq')}' in Greek?", lang.greek_chat(rng),
                                                  f"Is this correct Greek? {lang.greek_chat(rng)}", T.pick(rng, "si_user"))))
                else:
                    q = T.pick(rng, rng.choice(("si_user", "si_seed", "awesome")))
                p.emit(a, ts, q, completion=comp_len(rng, 220), model="aegean-2-mini",
                       ip=N.pool_ip(rng, app["net"], app["name"] + str(j), 4), p429=0.006)
    return p


def eval_team(seed: int, win) -> Pop:
    """A partner eval lab: baseline on aegean-2 in the afternoon, then the whole suite in dataset order
    on aegean-3 minutes after the launch, four workers per account, retrying 429/503."""
    p = Pop("eval_team", seed, window=win)
    rng = p.rng
    org, cardfp = p.org(), N.named_card("Seaview Evals")
    sysp = "Solve the problem. Think carefully, then put the final answer in \\boxed{}."
    gsm = T.corpus("gsm8k")[-1319:]
    suite = [("gsm8k", gsm), ("math500", T.corpus("math")[::10]), ("humaneval", T.corpus("humaneval")),
             ("mbpp", T.corpus("mbpp")[10:510])]
    accts = [p.account(created_between(rng, 100, 400), card=cardfp, org=org, system=sysp, country="IL",
                       ua="evalkit/2.3.1 aegean-python/2.6.0", device=None) for _ in range(6)]
    for a in accts:
        a.keys = [p.api_key()]
    jobs = [(LAUNCH - 5 * HOUR, "aegean-2", suite[:1]), (LAUNCH + 4 * MINUTE, MODEL_NEW, suite),
            (LAUNCH + 15 * HOUR, MODEL_NEW, suite[2:])]
    for start, model, parts in jobs:
        items = [(name, q) for name, qs in parts for q in qs]
        for w in range(len(accts) * 4):                       # round-robin shards
            a, t = accts[w % len(accts)], start + rng.randrange(0, 20000)
            for name, q in items[w::len(accts) * 4]:
                for attempt in range(6):
                    if t >= win.hi:
                        break
                    st = p.emit(a, t, q, completion=comp_len(rng, 500 if name != "gsm8k" else 280, 0.5), model=model,
                                ip=N.pool_ip(rng, "gcp_eu", "seaview" + str(w % 6), 2), p429=0.02)
                    t += rng.randrange(2500, 14000) if st == 200 else (2 ** attempt) * 1000 + rng.randrange(2000)
                    if st not in (429, 503, 500):
                        break
    return p


CI_PROMPTS = ("Say 'pong'.", 'Return exactly this JSON: {"ok": true}', "Translate 'good morning' to Greek.",
              "Summarize in one sentence: The quick brown fox jumps over the lazy dog.", "What is 2+2? Reply with a number only.",
              "Extract the city from: 'Ship to 12 Herzl St, Haifa'. Reply with JSON.", "Classify sentiment: 'Great service!'",
              "Write a haiku about unit tests.")


def developers(seed: int, win, n: int = 120) -> Pop:
    """Developers and their CI: the same fixture prompts on every pipeline run, from CI runners."""
    p = Pop("dev_ci", seed, window=win)
    rng = p.rng
    for _ in range(n):
        c = rng.choice(("GR", "IL", "CY"))
        a = p.account(created_between(rng, 5, 900), card=N.card(rng) if rng.random() < 0.8 else None, country=c)
        a.home = N.home_ip(rng, {"GR": rng.choice(N.GR_HOME), "IL": rng.choice(N.IL_HOME), "CY": "cy_home_troodos"}[c])
        a.ua, a.device = N.browser(rng)
        a.keys = [p.api_key() for _ in range(rng.randrange(1, 4))]
        prof = il_office if c == "IL" else gr_office
        for ts in session_times(rng, prof, win.lo, win.hi, rng.randrange(3, 30), mean_len=4, gap_s=100):
            p.emit(a, ts, T.arena_coding(rng) if rng.random() < 0.6 else T.chat_prompt(rng), completion=comp_len(rng, 600),
                   model=MODEL_NEW if ts > LAUNCH and rng.random() < 0.5 else "aegean-2")
        fixtures, ci_key, sdk = rng.sample(CI_PROMPTS, rng.randrange(2, 7)), a.keys[-1], N.sdk(rng)
        for _ in range(rng.randrange(1, 3 * win.days * 4)):
            t = sample_ts(rng, prof, win.lo, win.hi)
            ip = N.pool_ip(rng, "azure_eu", "gha", 250)
            for q in fixtures * rng.choice((1, 1, 2)):
                p.emit(a, t, q, completion=rng.randrange(1, 30), model=rng.choice(("aegean-2-mini", "aegean-2")), ip=ip,
                       ua=sdk, device=None, key=ci_key, p429=0.01)
                t += rng.randrange(300, 4000)
    return p


def rag_indexers(seed: int, win) -> Pop:
    """Document indexers: nightly re-embeds in batches, daytime query embeddings."""
    p = Pop("rag_indexers", seed, window=win)
    rng = p.rng
    for i in range(10):
        c = rng.choice(("GR", "IL", "CY"))
        a = p.account(created_between(rng, 60, 700), card=N.card(rng), org=p.org(), country=c, ua=N.sdk(rng), device=None)
        a.keys = [p.api_key()]
        net = rng.choice(("aws_il", "aws_milan", "hetzner", "azure_eu"))
        docs = [rng.choice((T.pick(rng, "arena"), T.pick(rng, "awesome"), lang.greek_chat(rng), lang.hebrew_chat(rng)))
                for _ in range(300)]
        for night in range(win.days):
            start = T0 + night * DAY + rng.randrange(1 * HOUR, 4 * HOUR)
            for ts in paced(rng, start, start + rng.randrange(15, 60) * MINUTE, rng.uniform(3.0, 8.0)):
                batch = "\n\n".join(d[rng.randrange(0, max(1, len(d) - 600)):][:600] for d in rng.sample(docs, rng.randrange(1, 4)))
                p.emit(a, ts, batch, completion=0, model=MODEL_EMBED, endpoint=EP_EMBED, ip=N.pool_ip(rng, net, a.id, 2), p429=0.004)
        for ts in session_times(rng, flat_service, win.lo, win.hi, rng.randrange(50, 250), mean_len=3, gap_s=30):
            q = rng.choice((T.pick(rng, "nq"), lang.greek_chat(rng), lang.hebrew_chat(rng)))
            p.emit(a, ts, q, completion=0, model=MODEL_EMBED, endpoint=EP_EMBED, ip=N.pool_ip(rng, net, a.id, 2))
    return p


def zdr_customers(seed: int, win) -> Pop:
    """A Haifa hospital and a Nicosia law firm under zero data retention: no prompt text reaches us."""
    p = Pop("zdr_regulated", seed, window=win)
    rng = p.rng
    for name, size, net, c, prof in (("Haifa Bay Medical Center", 40, "il_corp_tlv", "IL", il_office),
                                     ("Christodoulou & Partners LLC", 16, "cy_dc_amathus", "CY", gr_office)):
        org, cardfp = p.org(), N.named_card(name)
        for _ in range(size):
            a = p.account(created_between(rng, 30, 500), card=cardfp, org=org, zdr=True, country=c,
                          home=N.pool_ip(rng, net, name, 4))
            a.ua, a.device = N.browser(rng)
            for ts in session_times(rng, prof, win.lo, win.hi, rng.randrange(6, 70), mean_len=4, gap_s=150):
                p.emit(a, ts, None, completion=comp_len(rng, 500), prompt_tokens=rng.randrange(300, 4000),
                       model=MODEL_NEW if ts > LAUNCH + 12 * HOUR and rng.random() < 0.2 else "aegean-2")
    return p
