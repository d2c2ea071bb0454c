"""Benign machine traffic: launch-day benchmark runs, CI regression evals, coding-agent
loops, enterprise RAG with nightly embedding jobs, apps with retry storms, a legitimate
LLM router and a search-answer backend."""
from __future__ import annotations

from bench.heldout32 import lang
from bench.heldout32.base import Ctx, Home, choice, lognorm, wpick
from bench.heldout32.benign_households import consumer_prompt
from bench.heldout32.clients import JA4, account, created, org, payment, sdk
from bench.heldout32.events import ev, model_for, tokens
from bench.heldout32.net import ip_in
from bench.heldout32.text import AGENT_SYS, EVAL_TMPL, RAG_SYS, SEARCH_SYS
from bench.heldout32.world import DAY, H, LAUNCH, MIN, sample_times, sessions

BENCH = {"gsm8k": lambda c: c.t["gsm8k"][-1319:], "math": lambda c: c.t["math"][::10],
         "humaneval": lambda c: c.t["humaneval"] * 3, "mbpp": lambda c: c.t["mbpp"][:500],
         "tr_gsm8k": lambda c: c.t["gsm8k"][-300:]}


def eval_lab(cx: Ctx):
    """A university NLP lab and an AI startup benchmark lodos-2 before and lodos-3 right after the launch."""
    pop = "b_eval_lab_launch_benchmarks"
    rng = cx.rng(pop)
    accts, evs = [], []
    labs = [("ulaknet", 2, "t2", "ank"), ("aws", 4, "ent", "ist")]
    for net_name, n_acc, tier, c in labs:
        o, card = org(rng), payment(rng)
        ips = [ip_in(rng, net_name) for _ in range(1 if net_name == "ulaknet" else 3)]
        for k in range(n_acc):
            a = account(rng, pop, False, created_ms=created(rng, 100, 900), tier=tier, org_id=o, pay=card, city=c)
            a["ua"], a["dev"] = sdk(rng, "py")
            runs = [(LAUNCH - int(rng.uniform(1, 3) * H), "lodos-2")]
            runs += [(LAUNCH + int(rng.uniform(.5, 30) * H), choice(rng, ["lodos-3", "lodos-3", "lodos-3-mini"]))
                     for _ in range(rng.randint(1, 2))]
            for t0, model in runs:
                name = choice(rng, list(BENCH))
                items = BENCH[name](cx.corpus)
                rate = rng.uniform(2, 9) if k else 1.5                  # requests per second
                batch = net_name == "aws" and k == 3
                t = t0
                for q in items:
                    t += int(rng.expovariate(rate) * 1000)
                    if t >= cx.hi or t < cx.lo:
                        break
                    p = (lang.cot_foreign(rng, "tr", q) if name == "tr_gsm8k" else EVAL_TMPL[name].replace("{q}", q))
                    ip, asn = choice(rng, ips)
                    evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="code" if name in ("humaneval", "mbpp") else "cot",
                                  model=model, endpoint="/v1/batches" if batch else "/v1/chat/completions", city=c))
            accts.append(a)
    return accts, evs


def ci_evals(cx: Ctx):
    """Product teams' regression suites: the same prompts every run, from fresh CI runner IPs."""
    pop = "b_ci_regression_evals"
    rng = cx.rng(pop)
    accts, evs = [], []
    for i in range(14):
        a = account(rng, pop, False, created_ms=created(rng, 60, 800), tier="t2", org_id=org(rng), pay=payment(rng))
        a["ua"], a["dev"] = sdk(rng, choice(rng, ["py", "node"]))
        sysp = f"You are the assistant of product {i}. " + choice(rng, [lang.TR_ANSWER.replace("{p}", ""), "Be brief."])
        suite = [(cx.corpus.pick(rng, choice(rng, ["mbpp", "gsm8k", "user", "seed"])) if rng.random() < .6
                  else lang.tr_chat(rng)) for _ in range(rng.randint(15, 35))]
        cand = i % 4 == 0
        if i < 5:
            minute = rng.choice([0, 15, 30, 45])
            starts = [cx.lo + h * H + minute * MIN for h in range(0, int(cx.days * 24), 6)]
        else:
            starts = [cx.lo + d * DAY + 3 * H for d in range(int(cx.days + .999))]
            starts += sample_times(rng, rng.randint(8, 20), "office", cx.lo, cx.hi)
        for s in starts:
            runner = ip_in(rng, "azure")
            for model in (["lodos-2", "lodos-3"] if cand and s >= LAUNCH else ["lodos-2"]):
                t = s + int(rng.uniform(20, 90) * 1000)
                for p in suite:
                    t += int(rng.expovariate(1.5) * 1000)
                    if cx.lo <= t < cx.hi:
                        evs.append(ev(rng, a, t, p, ip=runner[0], asn=runner[1], system=sysp, model=model))
        accts.append(a)
    return accts, evs


OBS = ["===== {n} failed, {m} passed in {s}.{n}1s =====", "FAILED tests/test_api.py::test_login - AssertionError",
       "src/app/routes.py:{m}: TypeError: 'NoneType' object is not subscriptable", "M src/utils/date.py\n?? tests/t.py",
       "npm ERR! code ELIFECYCLE\nnpm ERR! errno {n}", "diff --git a/src/models/user.py b/src/models/user.py\n+    email: str",
       "ruff: {n} errors fixed, {m} remaining", "Traceback (most recent call last):\n  File \"main.py\", line {m}"]


def agent_loops(cx: Ctx):
    """Developers running a coding agent: many quick turns, one shared system prompt, growing context."""
    pop = "b_coding_agent_loops"
    rng = cx.rng(pop)
    accts, evs = [], []
    sys_tok = tokens(AGENT_SYS) + 3                  # the context carried between turns, without the system prompt
    for _ in range(60):
        a = account(rng, pop, False, created_ms=created(rng, 20, 700), tier=choice(rng, ["t1", "t2"]),
                    pay=payment(rng), city=wpick(rng, [("ist", 6), ("ank", 2), ("izm", 2)]),
                    ua="lodos-code/1.3.0 (node v22.12.0; linux)", dev=JA4["node"])
        home = Home(cx, rng)
        for t0 in sample_times(rng, rng.randint(1, 5), "office", cx.lo, cx.hi):
            t, ctx = t0, 0
            task = cx.corpus.pick(rng, choice(rng, ["arena", "mbpp", "humaneval"]))
            for turn in range(lognorm(rng, 22, .6, hi=90)):
                p = task if turn == 0 else "Tool result:\n" + "\n".join(
                    lang.fill(rng, choice(rng, OBS)).replace("{m}", str(rng.randint(1, 400))).replace(
                        "{s}", str(rng.randint(1, 60))) for _ in range(rng.randint(1, 4)))
                ip, asn = home.ip(rng)
                e = ev(rng, a, t, p, ip=ip, asn=asn, system=AGENT_SYS, kind="agent", model=model_for(rng, t, "eager"))
                e["prompt_tokens"] += ctx
                ctx = 8_000 if e["prompt_tokens"] > 150_000 else e["prompt_tokens"] - sys_tok + e["completion_tokens"]
                evs.append(e)
                t += int(rng.uniform(3, 25) * 1000)
                if t >= cx.hi:
                    break
        accts.append(a)
    return accts, evs


def rag_pipeline(cx: Ctx):
    """Enterprise policy QA all day and a nightly re-index that calls embeddings at full speed."""
    pop = "b_enterprise_rag_pipeline"
    rng = cx.rng(pop)
    accts, evs = [], []
    for i in range(6):
        cloud = choice(rng, ["azure", "aws", "radore"])
        a = account(rng, pop, False, created_ms=created(rng, 120, 900), tier="t3", org_id=org(rng), pay=payment(rng))
        a["ua"], a["dev"], a["zdr"] = *sdk(rng, choice(rng, ["py", "java"])), i == 0   # an insurer with ZDR
        ips = [ip_in(rng, cloud) for _ in range(2)]
        docs = [cx.corpus.pick(rng, "user") for _ in range(30)]
        for t in sample_times(rng, int(120 * cx.days), "office", cx.lo, cx.hi):
            ctx = "\n---\n".join(f"§{rng.randint(1, 40)}.{rng.randint(1, 9)} {choice(rng, docs)[:600]}" for _ in range(3))
            q = lang.tr_chat(rng) if rng.random() < .6 else cx.corpus.pick(rng, "nq")
            ip, asn = choice(rng, ips)
            evs.append(ev(rng, a, t, q, ip=ip, asn=asn, system=RAG_SYS.replace("{ctx}", ctx), kind="qa",
                          model=model_for(rng, t, "old")))
        for d in range(int(cx.days + .999)):
            t = cx.lo + d * DAY + H + i * 7 * MIN
            for _ in range(200):
                t += int(rng.expovariate(4) * 1000)
                ip, asn = choice(rng, ips)
                if t < cx.hi:
                    evs.append(ev(rng, a, t, choice(rng, docs)[:2000], ip=ip, asn=asn, kind="embed",
                                  model="lodos-embed-2", endpoint="/v1/embeddings"))
        accts.append(a)
    return accts, evs


def retry_storms(cx: Ctx):
    """Small apps whose SDK retries the same request several times within seconds."""
    pop = "b_sdk_retry_storms"
    rng = cx.rng(pop)
    accts, evs = [], []
    for i in range(80):
        a = account(rng, pop, False, created_ms=created(rng, 5, 500), tier=choice(rng, ["free", "t1"]))
        a["pay"] = payment(rng) if a["tier"] == "t1" else None
        a["ua"], a["dev"] = sdk(rng, choice(rng, ["node", "py", "go"]))
        ip, asn = ip_in(rng, choice(rng, ["digitalocean", "hetzner", "radore"]))
        sysp = f"You are the in-app helper of {choice(rng, ['FitKoç', 'KiraBul', 'TarifDefteri', 'ŞehirRehberi'])} #{i}."
        for t in sessions(rng, lognorm(rng, 11 * cx.days, .7, hi=300), "consumer", cx.lo, cx.hi, 3, 30):
            p = consumer_prompt(cx, rng, t)
            for k in range(rng.randint(3, 9) if rng.random() < .15 else 1):
                tt = t + int(sum(rng.uniform(.2, 1.5) * 2 ** j for j in range(k)) * 1000)
                evs.append(ev(rng, a, tt, p, ip=ip, asn=asn, system=sysp, model=model_for(rng, t, "mixed")))
        accts.append(a)
    return accts, evs


def llm_router(cx: Ctx):
    """A legitimate Turkish LLM router: thousands of end users behind three accounts."""
    pop = "b_legit_llm_router"
    rng = cx.rng(pop)
    accts, evs = [], []
    o, card = org(rng), payment(rng)
    ips = [ip_in(rng, "hetzner") for _ in range(3)] + [ip_in(rng, "hetzner", v6=True)]
    for _ in range(3):
        a = account(rng, pop, False, created_ms=created(rng, 150, 600), tier="ent", org_id=o, pay=card, keys=4,
                    ua="yonlendir-router/2.3.1", dev=JA4["go"])
        for t in sample_times(rng, int(750 * cx.days), "consumer", cx.lo, cx.hi, derby=True):
            r = rng.random()
            p = lang.other(rng, choice(rng, list(lang.OTHER_WRAP)), cx.corpus.chat(rng)) if r < .12 else (
                lang.tr_homework(rng, cx.corpus.pick(rng, "gsm8k")) if r < .2 else consumer_prompt(cx, rng, t))
            ip, asn = choice(rng, ips)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="chat", model=model_for(rng, t, "mixed")))
        accts.append(a)
    return accts, evs


def search_answers(cx: Ctx):
    """A browser's search-answer backend: short web queries, one template, high steady volume."""
    pop = "b_browser_search_answers"
    rng = cx.rng(pop)
    accts, evs = [], []
    ips = [ip_in(rng, "aws") for _ in range(4)]
    for _ in range(2):
        a = account(rng, pop, False, created_ms=created(rng, 200, 500), tier="ent", org_id=org(rng), pay=payment(rng),
                    ua="kivi-search-backend/5.2", dev=JA4["go"], keys=2)
        for t in sample_times(rng, int(850 * cx.days), "consumer", cx.lo, cx.hi):
            ip, asn = choice(rng, ips)
            evs.append(ev(rng, a, t, cx.corpus.pick(rng, "nq"), ip=ip, asn=asn, system=SEARCH_SYS, kind="qa",
                          model="lodos-2-mini"))
        accts.append(a)
    return accts, evs
