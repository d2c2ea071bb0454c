"""Benign organisations: apps with one system prompt for many end users, call
centres, shops, enterprises behind proxies, CI evals, pipelines and monitors."""
from __future__ import annotations

from . import clients, networks, phrasing
from .clock import DAY, HOUR, MIN, PROFILES, REASON_MODEL, RELEASE, T0
from .traffic import World, flat_times, pick_model, sessions, through_power

TUTOR_SYSTEM = ("You are FundaBuddy, a patient CAPS-aligned tutor for South African learners in Grades 8-12. "
                "Explain step by step, check understanding, never just give the final answer. If the learner writes "
                "in isiZulu, isiXhosa, Sesotho or Afrikaans, answer in simple English and add key terms in their language.")


def tutor_app(w: World) -> None:
    """One edtech app, four backend keys, thousands of learners behind a NAT gateway
    in af-south-1: the same system prompt on every request, traffic shaped like
    the learners' evenings (and their load-shedding)."""
    rng = w.rng("tutor_app")
    org = w.token(rng, "org_", 10)
    ua, dev = clients.stack("node_sdk")
    nat = [networks.address(rng, "aws") for _ in range(3)]
    card = w.token(rng, "pm_", 16)
    for env, rate in (("prod-a", 58), ("prod-b", 58), ("prod-c", 30), ("staging", 2)):
        a = w.account(rng, "tutor_app", None, w.created_before(rng, 300, 700), org=org, ua=ua, device=dev,
                      net="aws", ip=None, payment=card, edge="jnb")
        prof = PROFILES["student"]
        for d in range(w.days):
            for h in range(24):
                base = T0 + d * DAY + h * HOUR
                for ts in flat_times(rng, base, base + HOUR, rate * prof[h] / 6):
                    learner = f"[learner {rng.getrandbits(24):06x} | grade {rng.choice([8, 9, 10, 11, 12, 12, 12])}] "
                    q = rng.random()
                    body = (phrasing.code_switch(rng, w.c.pick(rng, "gsm8k")) if q < 0.4 else
                            phrasing.code_switch(rng, phrasing.subject_question(rng, rng.choice(list(phrasing.SUBJECT_TOPICS))))
                            if q < 0.8 else phrasing.code_switch(rng, w.c.pick(rng, "svamp")))
                    w.emit(a, ts, rng, learner + body, system=TUTOR_SYSTEM, model="ubuntu-chat-2-mini",
                           ip=rng.choice(nat), out=(150, 700))


CALL_ISSUES = ["my bill doubled this month and I haven't changed anything", "I was promised a callback three days ago",
               "the engineer never arrived for the broadband install", "I want to cancel, the contract says 30 days",
               "my direct debit was taken twice", "the smart meter readings look wrong", "I'm moving house next week",
               "the router keeps dropping in the evenings", "you sent the refund to my old account", "I need a copy of my statement"]
BPO_CLIENTS = [("UK", "Brightwater Energy", "bpo_uk"), ("UK", "Northline Broadband", "bpo_uk"), ("AU", "Coastal Mobile", "bpo_au")]


def bpo_callcentres(w: World, sites: int = 3, seats: int = 55) -> None:
    """Durban/Cape Town/Joburg BPO floors: seat accounts shared by day and night
    shifts (UK and Australian clients), one egress per site, generators on site."""
    rng = w.rng("bpo")
    for s in range(sites):
        org = w.token(rng, "org_", 10)
        net = rng.choice(["seacom", "liquid", "is_corp"])
        egress = [networks.address(rng, net) for _ in range(2)]
        ua, dev = clients.stack("edge_win")
        region, client, _ = BPO_CLIENTS[s % len(BPO_CLIENTS)]
        system = (f"You are an assistant for {client} customer care agents ({region}). Draft empathetic, compliant replies, "
                  f"use British spelling, never promise refunds above the policy limit, summarise the call in 3 bullets.")
        edge = "cpt" if s == 1 else "jnb"
        for _ in range(seats):
            a = w.account(rng, "bpo_callcentres", None, w.created_before(rng, 40, 500), org=org, ua=ua, device=dev,
                          net=net, payment=None, edge=edge)
            for sess in sessions(rng, w.days, "bpo", 14, 2.2, gap_s=200):
                for ts in sess:
                    issue = rng.choice(CALL_ISSUES)
                    p = rng.choice([f"Customer says: {issue}. Draft a reply.", f"Summarise this call: caller said {issue}; "
                                    f"agent checked account, escalated to tier 2.", f"Rephrase more politely: '{issue}, we can't help'"])
                    w.emit(a, ts, rng, p, system=system, model="ubuntu-chat-2-mini", ip=rng.choice(egress))


def retail_festive(w: World, owners: int = 180, bots: int = 6) -> None:
    """Black Friday hangover and festive stock: shop owners writing copy and
    replies, and a few listing bots on Xneelo batch-generating descriptions."""
    rng = w.rng("retail")
    for _ in range(owners):
        area, net = networks.pick_area(rng), networks.pick_fibre(rng)
        ua, dev = clients.browser(rng, mobile=rng.random() < 0.3)
        a = w.account(rng, "retail_festive", None, w.created_before(rng, 10, 800), ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net), area=area, edge=networks.edge_for_area(area),
                      payment=w.token(rng, "pm_", 16), carrier=networks.pick_mobile(rng))
        for ts, ip, asn in through_power(w, rng, a, sessions(rng, w.days, "office", 2.5, 3.5), p_tether=0.4):
            p = rng.choice(phrasing.RETAIL_TASKS).format(i=rng.choice(phrasing.FESTIVE_ITEMS))
            w.emit(a, ts, rng, p, model=pick_model(rng, ts, 0.0, 0.5), ip=ip, asn=asn)
    for _ in range(bots):
        ua, dev = clients.stack("requests")
        a = w.account(rng, "retail_festive", None, w.created_before(rng, 100, 900), ua=ua, device=dev, net="xneelo",
                      ip=networks.address(rng, "xneelo"), payment=w.token(rng, "pm_", 16), org=w.token(rng, "org_", 10))
        system = "You write product copy for an online store in South Africa. Output JSON with title, bullets, description."
        for d in range(w.days):
            start = T0 + d * DAY + rng.randrange(1, 5) * HOUR
            for ts in flat_times(rng, start, start + rng.randrange(1, 3) * HOUR, 120):
                item = rng.choice(phrasing.FESTIVE_ITEMS)
                w.emit(a, ts, rng, f"SKU {rng.randrange(10**6, 10**7)}: {item}, colour {rng.choice(['black', 'red', 'white', 'green'])}",
                       system=system, model="ubuntu-chat-2-mini", out=(120, 300))


ENTERPRISE_ASKS = ["Summarise this incident report for the shift boss: {t}", "Draft a SHEQ toolbox talk on {t}",
                   "Rewrite for the exco pack, max 120 words: {t}", "Check this SQL for the risk dashboard:\n{t}",
                   "Explain to a non-technical manager: {t}", "{t}"]


def enterprise_proxy(w: World) -> None:
    """Mining houses and banks: hundreds of staff behind 2-4 proxy egress
    addresses, one corporate browser image, office hours, diesel backup."""
    rng = w.rng("enterprise")
    for name, staff, net, stackname in (("mining_a", 120, "is_corp", "edge_win"), ("mining_b", 70, "liquid", "java_corp"),
                                        ("bank_a", 140, "is_corp", "edge_win"), ("bank_b", 90, "seacom", "dotnet"),
                                        ("insurer", 60, "liquid", "chrome_win")):
        org = w.token(rng, "org_", 10)
        egress = [networks.address(rng, net) for _ in range(rng.randrange(2, 5))]
        ua, dev = clients.stack(stackname)
        for _ in range(staff):
            a = w.account(rng, "enterprise_proxy", None, w.created_before(rng, 30, 700), org=org, ua=ua, device=dev,
                          net=net, edge=rng.choice(["jnb", "jnb", "legacy"]), keys=[w.token(rng, "key_", 10)])
            for sess in sessions(rng, w.days, "office", 3.6, 3.5, gap_s=180):
                for ts in sess:
                    src = w.c.pick(rng, rng.choice(["arena", "user", "seed", "nq"]))
                    w.emit(a, ts, rng, rng.choice(ENTERPRISE_ASKS).format(t=src), model=pick_model(rng, ts, 0.05, 0.1),
                           ip=rng.choice(egress), out=(100, 700))


EVAL_WRAPPER = "You are being evaluated. Answer the problem. End with 'ANSWER: <value>'.\n\n{q}"


def fintech_ci_evals(w: World, accounts: int = 18) -> None:
    """Fintech CI: every merge runs a regression suite of public benchmarks
    (GSM8K, MBPP, HumanEval, MATH) at 4-8 requests per second from GitHub-hosted
    runners (Azure) or AWS, plus a nightly full run; 429s when they burst."""
    rng = w.rng("fintech_ci")
    orgs = [(w.token(rng, "org_", 10), w.token(rng, "pm_", 16)) for _ in range(5)]
    for i in range(accounts):
        org, card = orgs[i % 5]
        ua, dev = clients.stack(rng.choice(["py_sdk", "openai_compat", "langchain"]))
        a = w.account(rng, "fintech_ci_evals", None, w.created_before(rng, 90, 600), org=org, ua=ua, device=dev,
                      net=rng.choice(["azure", "aws"]), payment=card)
        suite = rng.choice(["gsm8k", "mbpp", "humaneval", "math"])
        items = w.c.texts[suite][: rng.randrange(120, 320)]
        runs = [T0 + d * DAY + 2 * HOUR + rng.randrange(40) * MIN for d in range(w.days)]
        runs += [s[0] for s in sessions(rng, w.days, "office", 0.9, 1)]
        for start in sorted(runs):
            model = REASON_MODEL if start >= RELEASE and rng.random() < 0.5 else "ubuntu-chat-2"
            ip = networks.address(rng, a.net)   # a fresh runner per job
            t, rps = start, rng.uniform(4, 8)
            for q in items:
                t += int(rng.expovariate(rps) * 1000)
                w.emit(a, t, rng, EVAL_WRAPPER.format(q=q), model=model, ip=ip, out=(60, 400),
                       status=429 if rng.random() < 0.04 else None)


def pipelines(w: World) -> None:
    """A national statistics/education agency and RAG start-ups: night-time
    embedding jobs over survey answers and documents, plus analysts by day."""
    rng = w.rng("pipelines")
    agency = w.token(rng, "org_", 10)
    for i in range(10):
        ua, dev = clients.stack("py_sdk") if i < 4 else clients.stack("langchain")
        org = agency if i < 4 else w.token(rng, "org_", 10)
        a = w.account(rng, "embeddings_pipelines", None, w.created_before(rng, 100, 800), org=org, ua=ua, device=dev,
                      net=rng.choice(["azure", "aws", "xneelo"]), payment=w.token(rng, "pm_", 16), edge="cpt" if i % 3 == 0 else "jnb")
        ip = networks.address(rng, a.net)
        for d in range(w.days):
            start = T0 + d * DAY + rng.randrange(0, 5) * HOUR
            for ts in flat_times(rng, start, start + rng.randrange(2, 5) * HOUR, rng.uniform(150, 320)):
                w.emit(a, ts, rng, w.c.pick(rng, rng.choice(["nq", "user", "arena"])), model="ubuntu-embed-1",
                       endpoint="/v1/embeddings", ip=ip)
    ua, dev = clients.stack("chrome_win")
    for _ in range(40):
        a = w.account(rng, "stats_agency", None, w.created_before(rng, 60, 600), org=agency, ua=ua, device=dev, net="liquid",
                      ip=networks.address(rng, "liquid"), edge="legacy")
        for sess in sessions(rng, w.days, "office", 2.0, 3.0, gap_s=200):
            for ts in sess:
                src = w.c.pick(rng, rng.choice(["user", "seed"]))
                p = rng.choice([f"Summarise these open-ended survey responses into themes: {src}",
                                f"Translate this questionnaire item into isiXhosa and Sesotho: {src}", src])
                w.emit(a, ts, rng, p, model="ubuntu-chat-2")


def uptime_monitors(w: World, n: int = 14) -> None:
    rng = w.rng("monitors")
    for i in range(n):
        ua, dev = clients.stack(rng.choice(["uptime_kuma", "betteruptime", "curl", "go_http"]))
        net = rng.choice(["hetzner", "digitalocean", "aws", "xneelo", "ovh"])
        a = w.account(rng, "uptime_monitors", None, w.created_before(rng, 30, 900), ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net), payment=w.token(rng, "pm_", 16), edge=rng.choice(["jnb", "cpt", "legacy"]))
        every = rng.choice([2, 5, 5, 10, 10, 15]) * MIN
        model = rng.choice(["ubuntu-chat-2-mini", "ubuntu-chat-2"])
        t = T0 + rng.randrange(every)
        while t < w.t1:
            w.emit(a, t + rng.randrange(-2000, 2000), rng, rng.choice(["ping", "Reply with OK.", "healthcheck"]),
                   model=model, out=(1, 3))
            t += every


def agent_loops(w: World, n: int = 150) -> None:
    """Developers with a coding agent in their editor: bursts of 10-40 calls a few
    seconds apart, long code context, tool-call transcripts."""
    rng = w.rng("agents")
    for _ in range(n):
        area, net = networks.pick_area(rng), networks.pick_fibre(rng)
        ua, dev = clients.stack("vscode_ext")
        a = w.account(rng, "agent_loops", None, w.created_before(rng, 30, 600), ua=ua, device=dev, net=net,
                      ip=networks.address(rng, net, 0.2), area=area if rng.random() < 0.6 else None,
                      edge=networks.edge_for_area(area), payment=w.token(rng, "pm_", 16), carrier=networks.pick_mobile(rng))
        for ts, ip, asn in through_power(w, rng, a, sessions(rng, w.days, "office", 1.6, 14, gap_s=6), p_tether=0.5):
            ctx = w.c.pick(rng, rng.choice(["humaneval", "mbpp", "arena"]))
            p = rng.choice([f"Tool result:\n{ctx}\nContinue the task.", f"Edit the file to satisfy:\n{ctx}",
                            f"Tests failed. Relevant code:\n{ctx}\nPropose a patch."])
            w.emit(a, ts, rng, p, system="You are a coding agent. Use tools: read_file, edit_file, run_tests.",
                   model=rng.choice(["ubuntu-code-1", "ubuntu-code-1", REASON_MODEL if ts >= RELEASE else "ubuntu-chat-2"]),
                   ip=ip, asn=asn, out=(80, 900))


def ngo_and_zdr(w: World) -> None:
    """NGOs sharing a grant-funded card (offices without generators), and
    zero-data-retention law firms / medical schemes (prompts published as null)."""
    rng = w.rng("ngo_zdr")
    for _ in range(6):
        org, card = w.token(rng, "org_", 10), w.token(rng, "pm_", 16)
        area, net = networks.pick_area(rng), networks.pick_fibre(rng)
        ip = networks.address(rng, net)
        for _ in range(rng.randrange(6, 18)):
            ua, dev = clients.browser(rng)
            a = w.account(rng, "ngo_orgs", None, w.created_before(rng, 20, 500), org=org, payment=card, ua=ua, device=dev,
                          net=net, ip=ip, area=area, edge=networks.edge_for_area(area), carrier=networks.pick_mobile(rng))
            for ts, tip, tasn in through_power(w, rng, a, sessions(rng, w.days, "office", 1.5, 3), p_tether=0.5):
                src = w.c.pick(rng, rng.choice(["user", "seed", "nq"]))
                w.emit(a, ts, rng, rng.choice(["Help me write a grant report paragraph: {t}", "Make this simpler for a community "
                       "health worker: {t}", "{t}"]).format(t=src), ip=tip, asn=tasn)
    for name, staff in (("law_firm", 35), ("medical_scheme", 40), ("bank_legal", 20), ("hospital_group", 25)):
        org = w.token(rng, "org_", 10)
        net = rng.choice(["is_corp", "liquid", "azure"])
        egress = [networks.address(rng, net) for _ in range(2)]
        ua, dev = clients.stack(rng.choice(["edge_win", "dotnet", "py_sdk"]))
        for _ in range(staff):
            a = w.account(rng, "zdr_orgs", None, w.created_before(rng, 60, 800), org=org, ua=ua, device=dev, net=net, zdr=True,
                          edge=rng.choice(["jnb", "cpt"]))
            for sess in sessions(rng, w.days, "office", 2.5, 3.0, gap_s=240):
                for ts in sess:
                    w.emit(a, ts, rng, "x" * int(rng.lognormvariate(6.5, 0.8)), model=pick_model(rng, ts, 0.1, 0.1),
                           ip=rng.choice(egress), out=(150, 900))
