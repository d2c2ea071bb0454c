"""Benign populations of organisations: enterprises behind one card and proxy,
evaluation jobs, app backends, accelerator startups, translation agencies,
agent developers."""
from __future__ import annotations

import math

from common import SDK_NODE, SDK_PY, benign_prompt, card, client, ctoks, grant_cohorts, person, where
from prompts import FOLLOW_UPS, LOCAL, casual, student, tok, tool_block
from world import (DAY_MS, HOUR_MS, RELEASE_MS, START_MS, hid, ip_in, pick_model, pois, schedule, status_for)

ENTERPRISES = [("mitsuwa", "JP", 9, ["zscaler", "ocn"], 110, True), ("wisla-bank", "PL", 2, ["zscaler"], 100, True),
               ("aurora-varejo", "BR", -3, ["claro_br"], 80, False), ("harbour-finch", "AU", 10, ["telstra"], 60, False)]
WORK = ["Summarise the following for an executive audience in five bullet points:\n\n{p}",
        "Draft a polite reply to this message:\n\n{p}", "{p}", "{p}", "Rewrite this more formally: {p}",
        "Give me a short briefing on: {p}"]


def enterprise(ctx):
    r = ctx.r("enterprise")
    for name, reg, tz, nets, size, proxy in ENTERPRISES:
        org = "org_" + hid(ctx.seed, "corp", name, n=10)
        pay = card(ctx.seed, "corp:" + name)  # one corporate card for every seat
        egress = [ip_in(r, r.choice(nets)) for _ in range(r.randint(2, 4))]
        proxy_dev = ["inst-" + hid(ctx.seed, "corp-proxy", name, k, n=16) for k in range(2)]
        for i in range(ctx.n(size)):
            a = ctx.account("enterprise", None, f"{name}:{i}", START_MS - int(r.uniform(20, 500) * DAY_MS), org=org,
                            pay=pay, tz=tz, lang={"JP": "ja", "PL": "pl", "BR": "pt"}.get(reg, "en"))
            if proxy:  # internal LLM proxy re-originates every call with its own SDK install
                a["ua"], a["dev"] = "corp-llm-proxy/2.3 (+kestrel-python/1.7.9)", r.choice(proxy_dev)
            else:
                a["ua"], a["dev"] = client(r, ctx.seed, f"corp:{name}:{i}", (0.2, 0.05, 0.75, 0))
            rate = min(100.0, r.lognormvariate(math.log(11), 0.8))
            for d in range(ctx.days):
                for t in schedule(r, d, pois(r, rate), "office", tz, sess=3, gap_s=120):
                    p, kind = benign_prompt(r, ctx.C, a["lang"], (0.6, 0.25, 0.05, 0.1))
                    ip, asn = r.choice(egress)
                    ctx.ev(a, t, r.choice(WORK).format(p=p), model=pick_model(r, t, 0.25), ct=ctoks(r, kind),
                           ip=ip, asn=asn, dev=r.choice(proxy_dev) if proxy else a["dev"])


EVAL_SYS = ["You are a helpful assistant. Answer the question. Put the final answer after '####'.",
            "Solve the problem. End your response with 'The answer is X'.",
            "You are an expert Python programmer. Complete the function. Return only code."]
EVAL_FMT = ["Question: {p}\nAnswer: Let's think step by step.", "{p}", "Problem:\n{p}\n\nSolution:",
            "Q: {p}\nA:"]
LABS = [("usp-nlp", "rnp", -3), ("agh-ml", "pionier", 2), ("kaist-ai", "kreonet", 9), ("unsw-eval", "aarnet", 10),
        ("tokyo-llm-co", "aws", 9), ("lima-ai", "gcp", -5), ("wroclaw-ai", "hetzner", 2), ("lagos-ml", "azure", 1),
        ("seoul-bench", "naver", 9), ("auckland-nlp", "gcp", 12), ("mx-ia", "aws", -6), ("kyiv-eval", "ovh", 3),
        ("osaka-ai", "sakura", 9), ("bsas-ml", "aws", -3)]


def eval_harness(ctx):
    """Benchmark runs: sequential sweeps over a benchmark, fixed template, tight
    spacing; right after the release the same items run on old and new models."""
    r = ctx.r("eval-harness")
    for li, (lab, net, tz) in enumerate(LABS[: ctx.n(14)]):
        a = ctx.account("eval-harness", None, lab, START_MS - int(r.uniform(60, 700) * DAY_MS),
                        org="org_" + hid(ctx.seed, "lab", lab, n=10), pay=card(ctx.seed, "lab:" + lab), tz=tz,
                        ua=r.choice(["lm-eval-harness/0.4.7 kestrel-python/1.8.1", "python-httpx/0.27.0",
                                     "opencompass/0.3.2 kestrel-python/1.8.2"]))
        runners = [ip_in(r, net) for _ in range(r.randint(1, 3))]
        devs = ["inst-" + hid(ctx.seed, "runner", lab, k, n=16) for k in range(len(runners))]
        for d in range(ctx.days):
            jobs = pois(r, 1.4) + (2 if d == 1 and r.random() < 0.6 else 0)
            for _ in range(jobs):
                bench = r.choice(["gsm8k", "math", "svamp", "humaneval", "mbpp"])
                items = ctx.C[bench]
                n = min(len(items), int(r.choice([100, 200, 250, 500]) * r.uniform(0.6, 1.0)))
                off = r.randrange(len(items))
                sysp = EVAL_SYS[2] if bench in ("humaneval", "mbpp") else r.choice(EVAL_SYS[:2])
                fmt = r.choice(EVAL_FMT)
                t = START_MS + d * DAY_MS + int(r.random() * DAY_MS)
                models = ["kestrel-3", "kestrel-3-think", "kestrel-2.5"] if t > RELEASE_MS else [pick_model(r, t, 0)]
                k = r.randrange(len(runners))
                for m in models:
                    for j in range(n):
                        t += int(r.expovariate(1 / 1500)) + 200
                        p = fmt.format(p=items[(off + j) % len(items)])
                        ctx.ev(a, t, p, system=sysp, model=m, endpoint="/v2/batch/item",
                               ct=ctoks(r, "code" if bench in ("humaneval", "mbpp") else "math"),
                               status=status_for(r, 0.02), ip=runners[k][0], asn=runners[k][1], dev=devs[k])


APPS = [("receitinha", "pt", -3, "aws", 2200, "Você é a Receitinha, assistente de culinária. Sugira receitas "
         "simples e baratas com os ingredientes que o usuário tiver."),
        ("lingo-pato", "es", -6, "gcp", 1800, "Eres Pato, un tutor de inglés amable para hispanohablantes. "
         "Corrige los errores con paciencia y explica brevemente."),
        ("pesa-help", "en", 1, "azure", 1500, "You are the support assistant for PesaPoint mobile wallet. Be brief, "
         "never ask for PINs, and escalate disputes to a human agent."),
        ("sakura-note", "ja", 9, "sakura", 2500, "あなたはメモ要約アシスタントです。ユーザーのメモを短く要約してください。"),
        ("hana-tutor", "ko", 9, "naver", 2000, "You are Hana, a maths homework tutor for Korean middle-school "
         "students. Explain each step simply and check the student's understanding."),
        ("kiwi-legal", "en", 12, "aws", 900, "You answer general legal-information questions for New Zealand "
         "residents. You are not a lawyer; suggest professional advice when needed."),
        ("polski-cv", "pl", 2, "ovh", 1100, "Jesteś asystentem do pisania CV i listów motywacyjnych. "
         "Pisz zwięźle i profesjonalnie."),
        ("motoparts", "es", -5, "digitalocean", 1300, "You are the shop assistant for MotoPartes Andinas. Answer "
         "questions about parts, stock and shipping in Spanish.")]


def app_backends(ctx):
    """One account per app; one system prompt for thousands of end users; a few
    NAT egress IPs; container restarts give fresh SDK install ids."""
    r = ctx.r("app-backends")
    for name, lang, tz, net, vol, sysp in APPS[: ctx.n(8)]:
        a = ctx.account("app-backend", None, name, START_MS - int(r.uniform(90, 600) * DAY_MS),
                        org="org_" + hid(ctx.seed, "app", name, n=10), ua=r.choice(SDK_NODE + ["okhttp/4.12.0"]),
                        pay=r.choice([card(ctx.seed, "app:" + name), "inv:" + hid(ctx.seed, "inv", name, n=10)]))
        egress = [ip_in(r, net) for _ in range(r.randint(2, 6))]
        keys = [a["key"], "key_" + hid(ctx.seed, "key2", name, n=10)]
        popular = [r.choice(ctx.C["mathy" if name == "hana-tutor" else "chat"]) for _ in range(40)]
        for d in range(ctx.days):
            pods = ["inst-" + hid(ctx.seed, "pod", name, d, k, n=16) for k in range(r.randint(3, 12))]
            for t in schedule(r, d, pois(r, vol * ctx.scale), "consumer", tz, sess=1.2, gap_s=30):
                if name == "hana-tutor":
                    q = r.choice(popular) if r.random() < 0.2 else r.choice(ctx.C["mathy"])
                    p, kind = student(r, q, "en"), "math"
                elif name == "kiwi-legal":
                    p, kind = casual(r, r.choice(ctx.C["nq"])), "chat"
                else:
                    q = r.choice(popular) if r.random() < 0.15 else r.choice(ctx.C[r.choice(["user", "seed", "nq"])])
                    p, kind = casual(r, q, lang, 0.5), "chat"
                ip, asn = r.choice(egress)
                ctx.ev(a, t, p, system=sysp, model=pick_model(r, t, 0.1, 30), ct=ctoks(r, kind),
                       status=status_for(r, 0.01), ip=ip, asn=asn, dev=r.choice(pods), key=r.choice(keys))


PRODUCTS = ["legal-tech", "agritech", "fintech", "edtech", "logistics", "health", "retail", "travel", "hr"]


def accelerator(ctx):
    """Small startups on programme credits: dev, staging and prod accounts per org."""
    r = ctx.r("accelerator")
    cohorts = grant_cohorts(ctx.seed)
    for o in range(ctx.n(45)):
        reg = r.choice(["BR", "MX", "AR", "CO", "CL", "NG", "GH", "PL", "RO", "JP", "KR", "AU"])
        org = "org_" + hid(ctx.seed, "startup", o, n=10)
        cohort = r.choice(cohorts)
        net = r.choice(["aws", "gcp", "azure", "digitalocean", "locaweb", "hetzner", "vultr"])
        egress = [ip_in(r, net) for _ in range(r.randint(1, 3))]
        sysp = (f"You are the assistant inside {hid(ctx.seed, 'brand', o, n=5).upper()}, a {r.choice(PRODUCTS)} "
                "product. Be accurate and concise; answer in the user's language.")
        born = START_MS - int(r.uniform(15, 200) * DAY_MS)
        for i in range(r.randint(2, 5)):
            a = person(ctx, r, "accelerator-startup", f"{o}:{i}", regions=[reg], cw=(0.6, 0.4, 0, 0), paid=0)
            a["org"], a["pay"], a["created"] = org, cohort, born + int(r.uniform(0, 10) * DAY_MS)
            prod = i == 0
            rate = r.uniform(40, 150) if prod else r.uniform(6, 30)
            for d in range(ctx.days):
                prof = "consumer" if prod else "devnight"
                for t in schedule(r, d, pois(r, rate), prof, a["tz"], sess=1.5 if prod else 6, gap_s=60):
                    p, kind = benign_prompt(r, ctx.C, a["lang"], (0.6, 0.3, 0.1, 0) if prod else (0.3, 0, 0.1, 0.6))
                    ip, asn = r.choice(egress) if prod or r.random() < 0.5 else where(r, a, 0.1)
                    ctx.ev(a, t, p, system=sysp if prod or r.random() < 0.5 else None,
                           model=pick_model(r, t, 0.3 if prod else 0.6), ct=ctoks(r, kind), ip=ip, asn=asn)


AGENCIES = [("tokyo-honyaku", "JP", 9, "ocn", "ja", "Japanese", 14), ("krakow-lingua", "PL", 2, "orange_pl", "pl",
            "Polish", 14), ("bsas-traduce", "AR", -3, "telecom_ar", "es", "Spanish", 12)]


def loc_agencies(ctx):
    r = ctx.r("loc-agencies")
    for name, reg, tz, net, lang, lname, size in AGENCIES:
        org, pay = "org_" + hid(ctx.seed, "agency", name, n=10), card(ctx.seed, "agency:" + name)
        office = ip_in(r, net)
        sysp = (f"You are a professional {lname} localiser. Keep placeholders like {{name}} and ${{var}} "
                "untouched, keep Markdown, and follow the client glossary.")
        for i in range(ctx.n(size)):
            a = person(ctx, r, "loc-agency", f"{name}:{i}", regions=[reg], cw=(0.5, 0, 0.5, 0), paid=0)
            a["org"], a["pay"] = org, pay
            for d in range(ctx.days):
                for t in schedule(r, d, pois(r, r.uniform(15, 70)), "office", tz, sess=8, gap_s=100):
                    src = r.choice(ctx.C[r.choice(["awesome", "user", "seed", "arena"])])
                    p = f"Translate the following into {lname}. Preserve formatting.\n\n---\n{src}"
                    ip, asn = office if r.random() < 0.8 else where(r, a, 0.2)
                    ctx.ev(a, t, p, system=sysp, model=pick_model(r, t, 0.2), ct=int(tok(src) * r.uniform(0.9, 1.6)),
                           ip=ip, asn=asn)


def agent_devs(ctx):
    """Developers building tool-using agents: fixed tool set per project, multi-turn
    runs whose context grows, bursts from CI runners."""
    r = ctx.r("agent-devs")
    for i in range(ctx.n(120)):
        a = person(ctx, r, "agent-dev", i, cw=(0.7, 0.3, 0, 0), paid=0.9, age=(10, 700))
        tools = tool_block(r, r.randint(3, 8), r.randint(0, 1))
        sysp = "You are an agent for our internal workflow. Use tools when needed.\n" + tools
        ci_ua = r.choice(SDK_PY) + " (ci)"
        for d in range(ctx.days):
            runs = pois(r, r.uniform(1, 5))
            for t0 in schedule(r, d, runs, "devnight", a["tz"], sess=1, gap_s=600):
                ci = r.random() < 0.5
                ctxlen = tok(sysp)
                task = r.choice(ctx.C[r.choice(["user", "seed", "code", "arena"])])
                t = t0
                for turn in range(r.randint(2, 14)):
                    p = task if turn == 0 else r.choice(FOLLOW_UPS)
                    ctxlen += tok(p)
                    c = ctoks(r, "toolx" if turn == 0 else "tool")
                    ip, asn = ip_in(r, "ghactions") if ci else where(r, a, 0.05)
                    ctx.ev(a, t, p, system=sysp, model=pick_model(r, t, 0.5), endpoint="/v2/agent/step",
                           pt=ctxlen, ct=c, ip=ip, asn=asn, ua=ci_ua if ci else a["ua"],
                           dev=None if ci else a["dev"])
                    ctxlen += c
                    t += int(r.uniform(1.5, 12) * 1000) if ci else int(r.uniform(10, 120) * 1000)


ALL = [enterprise, eval_harness, app_backends, accelerator, loc_agencies, agent_devs]
