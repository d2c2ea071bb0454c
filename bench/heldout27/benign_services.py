"""Benign services and teams: single-system-prompt apps serving many end users,
ML evaluation batches, CI bots, agent developers, shared corporate orgs,
moderation and RAG pipelines."""

from __future__ import annotations

import random

from . import apptext, french
from .corpora import casual_question
from .identity import aged_created_at, card, client, hexid, ip_fixed, ip_home_mobile, org_id, pick_tz, pool_of
from .traffic import Sim, poisson
from .world import CHAT, DAY, EMBED_MODEL, EMBEDDINGS, HOUR, JA4, MIN, NETS, NEW_MODEL, RELEASE, RESPONSES, UA, wpick


def end_user_times(sim: Sim, rng: random.Random, per_day: float, curve: str, tzs) -> list[int]:
    out = []
    for day in range(-1, sim.days + 1):
        for _ in range(poisson(rng, per_day)):
            out.append(sim.local_time(rng, wpick(rng, tzs), day, curve))
    return sorted(t for t in out if sim.t0 <= t < sim.t1)


def service(sim: Sim, rng: random.Random, pop: str, net: str, n_ips: int, ua_kind: str, n_keys: int = 2, org=None,
            payment=None):
    ips = pool_of(rng, NETS[net], n_ips)
    ua = rng.choice(UA[ua_kind])
    dev = JA4.get({"node": "node", "java": "java", "go": "go"}.get(ua_kind, "py_httpx"))
    return sim.reg.new(pop, None, tz="EDT", ipfn=ip_fixed(ips), ua=ua, device=dev, payment=payment or card(rng),
                       org=org or org_id(rng), created_at=aged_created_at(rng, 200, 900), n_keys=n_keys)


CANADA_TZS = [("EDT", 55), ("PDT", 15), ("MDT", 12), ("CDT", 6), ("ADT", 8), ("SK", 3), ("NDT", 1)]


def tax_app(sim: Sim) -> None:
    rng = sim.sub("tax_app")
    org = org_id(rng)
    prod = service(sim, rng, "app_tax_assistant", "aws", 3, "node", 3, org=org)
    staging = service(sim, rng, "app_tax_assistant", "aws", 1, "node", 1, org=org, payment=prod.payment)
    for a, rate in ((prod, 4200), (staging, 60)):
        for t in end_user_times(sim, rng, rate, "human", CANADA_TZS):
            p = apptext.fill(rng, rng.choice(apptext.TAX_Q), apptext.TAX_SLOTS)
            sim.request(rng, a, t, p, system=apptext.TAX_SYSTEM, model=sim.model(rng, t, 0.0, mini=0.6),
                        kind="tax", history=rng.choice((0, 0, 200, 600)), retries=1)


def homework_app_fr(sim: Sim) -> None:
    """Devoirs+: one French system prompt that asks for step-by-step work, for thousands of pupils."""
    rng = sim.sub("homework_app_fr")
    a = service(sim, rng, "app_homework_helper_fr", "ovh", 4, "node", 2)
    for t in end_user_times(sim, rng, 2600, "student", [("EDT", 95), ("ADT", 5)]):
        r = rng.random()
        if r < 0.45:
            q = french.word_problem_fr(rng)
        elif r < 0.7:
            q = rng.choice(sim.corp.math)
        elif r < 0.8:
            q = french.mt_french(rng.choice(sim.corp.gsm8k), 0.9, rng)  # pupils paste translated textbook items
        else:
            q = rng.choice(french.FR_CASUAL)
        p = rng.choice(french.FR_MATH_WRAP).format(q=q)
        sim.request(rng, a, t, p, system=apptext.HOMEWORK_SYSTEM_FR, model=sim.model(rng, t, 0.3, lag_h=20),
                    kind="math", history=rng.choice((0, 0, 0, 400, 900)))


def support_app(sim: Sim) -> None:
    rng = sim.sub("support_app")
    a = service(sim, rng, "app_customer_support", "azure", 2, "java", 2)
    for t in end_user_times(sim, rng, 1900, "evening", [("EDT", 80), ("ADT", 20)]):
        p = apptext.fill(rng, rng.choice(apptext.SUPPORT_Q), apptext.SUPPORT_SLOTS)
        sim.request(rng, a, t, p, system=apptext.SUPPORT_SYSTEM, model="aurora-3-mini", kind="support",
                    history=rng.randint(0, 2500))


def sports_desk(sim: Sim) -> None:
    rng = sim.sub("sports_desk")
    a = service(sim, rng, "app_sports_recaps", "gcp", 1, "requests", 1)
    for t in end_user_times(sim, rng, 240, "evening", [("EDT", 1)]):
        s, p = apptext.sports_prompt(rng)
        sim.request(rng, a, t, p, system=s, model=sim.model(rng, t, 0.1), kind="recap")


def rag_enterprise(sim: Sim, n: int) -> None:
    rng = sim.sub("rag_enterprise")
    for i in range(n):
        co = apptext.COMPANIES[i % len(apptext.COMPANIES)]
        a = service(sim, rng, "rag_enterprise", rng.choice(("azure", "aws", "gcp")), 2, "llamaindex", 2)
        system = apptext.RAG_SYSTEM.format(co=co)
        for t in end_user_times(sim, rng, rng.uniform(80, 300), "office", [("EDT", 3), ("PDT", 1), ("MDT", 1)]):
            chunks = "\n\n".join(f"[doc-{rng.randint(100, 9999)}] {rng.choice(sim.corp.awesome)[:rng.randint(300, 1200)]}"
                                 for _ in range(rng.randint(2, 5)))
            q = casual_question(rng, rng.choice(sim.corp.nq))
            sim.request(rng, a, t, q, model=EMBED_MODEL, endpoint=EMBEDDINGS, kind="embed", retries=0)
            sim.request(rng, a, t + rng.randint(200, 900), f"Context:\n{chunks}\n\nQuestion: {q}", system=system,
                        model=sim.model(rng, t, 0.1), kind="rag")


def moderation_pipeline(sim: Sim, n: int) -> None:
    """Content labelling: same instruction, short outputs, steady volume around the clock."""
    rng = sim.sub("moderation_pipeline")
    for _ in range(n):
        a = service(sim, rng, "moderation_labelling", rng.choice(("aws", "do", "ovh")), 2, "go", 1)
        for t in sim.steady(rng, sim.t0, sim.t1, rng.uniform(20, 75), 0.6):
            txt = rng.choice(sim.corp.nq) if rng.random() < 0.5 else rng.choice(sim.corp.arena)[:400]
            sim.request(rng, a, t, txt, system=apptext.LABEL_SYSTEM, model="aurora-3-mini", kind="short", retries=1)


EVAL_TEMPLATES = {
    "gsm8k": "Question: {q}\nLet's think step by step. At the end, write \"The answer is N\".\nAnswer:",
    "math": "Problem:\n{q}\n\nSolve the problem. Put your final answer within \\boxed{{}}.",
    "humaneval": "Complete the following Python function. Return only code.\n\n```python\n{q}\n```",
    "mbpp": "You are an expert Python programmer, and here is your task: {q}",
}


def ml_eval_teams(sim: Sim, n_teams: int) -> None:
    """ML teams benchmarking models: whole datasets, fixed template, high concurrency; many re-run on aurora-4
    right after launch."""
    rng = sim.sub("ml_eval_teams")
    sets = {"gsm8k": sim.corp.gsm8k, "math": sim.corp.math, "humaneval": sim.corp.humaneval, "mbpp": sim.corp.mbpp}
    for _ in range(n_teams):
        org = org_id(rng)
        net = rng.choice(("aws", "gcp", "azure", "uoft", "aws_use"))
        pay = card(rng)
        for _m in range(rng.randint(1, 3)):
            a = service(sim, rng, "ml_eval_batches", net, rng.randint(1, 4), "eval", 2, org=org, payment=pay)
            for _run in range(rng.randint(1, 3)):
                bench = rng.choice(list(sets))
                items = sets[bench]
                n_items = min(len(items), rng.choice((164, 250, 500, 1000, 1319)))
                samples = rng.choice((1, 1, 5)) if bench == "humaneval" else 1
                if rng.random() < 0.5:
                    start, model = RELEASE + int(rng.uniform(0.3, 20) * HOUR), NEW_MODEL
                else:
                    start, model = sim.t0 + rng.randrange(sim.days * DAY), rng.choice(("aurora-3", "aurora-3-mini"))
                rps = rng.uniform(1.5, 8)
                t = start
                off = rng.randrange(len(items))
                for i in range(n_items):
                    q = items[(off + i) % len(items)]
                    for _s in range(samples):
                        t += int(1000 * rng.expovariate(rps))
                        sim.request(rng, a, t, EVAL_TEMPLATES[bench].format(q=q), model=model, kind="eval", retries=3)


def ci_bots(sim: Sim, n: int) -> None:
    rng = sim.sub("ci_bots")
    for _ in range(n):
        a = service(sim, rng, "ci_regression_bots", "gha", 40, "borealis_py", 1)
        suite = [rng.choice(sim.corp.seed + sim.corp.user) for _ in range(rng.randint(6, 20))]
        sysp = rng.choice((None, "You are a JSON API. Reply with valid JSON only.", "Answer in one sentence."))
        tz = rng.choice(("EDT", "PDT", "EDT"))
        for day in range(sim.days):
            for _ in range(poisson(rng, rng.uniform(3, 12))):
                t = sim.local_time(rng, tz, day, "office")
                for p in suite:
                    t += rng.randint(300, 4000)
                    sim.request(rng, a, t, p, system=sysp, model=rng.choice(("aurora-3", "aurora-3-mini")),
                                kind="short", retries=2)


def agent_developers(sim: Sim, n: int) -> None:
    """Agent builders: tool calls and tool observations as user turns, run from cloud dev boxes or laptops."""
    rng = sim.sub("agent_developers")
    for _ in range(n):
        tz = pick_tz(rng)
        if rng.random() < 0.6:
            ips = pool_of(rng, NETS[rng.choice(("aws", "gcp", "azure", "do", "ovh"))], rng.randint(1, 3))
            ipfn = ip_fixed(ips)
        else:
            ipfn = ip_home_mobile(rng, tz, 0.05)
        ua, dev = client(rng, [("langchain", 4), ("openai_py", 3), ("llamaindex", 1), ("node", 1)])
        a = sim.reg.new("agent_developers", None, tz=tz, ipfn=ipfn, ua=ua, device=dev, payment=card(rng),
                        org=org_id(rng) if rng.random() < 0.5 else None, created_at=aged_created_at(rng, 10, 700),
                        n_keys=rng.randint(1, 3))
        sysp = rng.choice(apptext.AGENT_SYSTEM_DEV)
        adopt = rng.uniform(0.3, 0.9)
        for t in sim.sessions(rng, a, "office", rng.uniform(1, 4), (1, 4), 400):
            task = rng.choice(apptext.AGENT_TASKS_DEV)
            sim.request(rng, a, t, task, system=sysp, model=sim.model(rng, t, adopt, lag_h=4), kind="agent",
                        endpoint=RESPONSES)
            hist = 300
            for step in range(rng.randint(2, 18)):
                t += int(1000 * rng.lognormvariate(1.5, 0.7))
                hist += rng.randint(150, 900)
                sim.request(rng, a, t, apptext.tool_observation(rng, rng.randrange(6)), system=sysp,
                            model=sim.model(rng, t, adopt, lag_h=4), kind="agent", endpoint=RESPONSES, history=hist)


def corporate_orgs(sim: Sim, n_orgs: int) -> None:
    """Teams sharing one org, one corporate card and an office egress NAT; remote staff on home ISPs."""
    rng = sim.sub("corporate_orgs")
    for _ in range(n_orgs):
        org, pay = org_id(rng), card(rng)
        tz = wpick(rng, [("EDT", 6), ("PDT", 2), ("MDT", 2), ("ADT", 1)])
        office = pool_of(rng, NETS[rng.choice(("allstream", "zayo", "bell", "rogers", "telus"))], rng.randint(1, 3))
        dept = rng.choice(("legal", "finance", "marketing", "engineering", "hr", "actuarial"))
        for _m in range(rng.randint(4, 22)):
            home = ip_home_mobile(rng, tz, 0.1)
            remote = rng.uniform(0.1, 0.6)
            ua, dev = client(rng, [("web", 6), ("borealis_py", 2), ("openai_py", 1)])
            a = sim.reg.new("corporate_shared_org", None, tz=tz,
                            ipfn=lambda r, ts, h=home, o=office, p=remote: h(r, ts) if r.random() < p else r.choice(o),
                            ua=ua, device=dev, payment=pay, org=org, created_at=aged_created_at(rng, 30, 600))
            for t in sim.sessions(rng, a, "office", rng.lognormvariate(0.6, 0.5), (1, 6), 180):
                p = sim.corp.chat(rng) if dept != "engineering" or rng.random() < 0.5 else rng.choice(sim.corp.arena)
                if dept == "finance" and rng.random() < 0.4:
                    p = apptext.fill(rng, rng.choice(apptext.TAX_Q), apptext.TAX_SLOTS)
                sim.request(rng, a, t, p, model=sim.model(rng, t, 0.3), kind="chat", history=rng.randint(0, 2000))


__all__ = ["tax_app", "homework_app_fr", "support_app", "sports_desk", "rag_enterprise", "moderation_pipeline",
           "ml_eval_teams", "ci_bots", "agent_developers", "corporate_orgs", "hexid", "CHAT", "MIN"]
