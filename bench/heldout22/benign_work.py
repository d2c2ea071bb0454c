"""Benign work traffic: agent frameworks with long scaffolding prompts, IDE
plugins (autocomplete and chat), and enterprise staff in organisations with a
company card and office or Zscaler egress."""
from __future__ import annotations

import random

from . import clients as CL
from . import network as N
from . import prompts as P
from .benign_people import LANG, _chat_model, _ep
from .sessions import age, completion, geom, run
from .timing import day_bounds, gaps, sample
from .world import CHAT, COMPLETIONS, HOUR_MS, LAUNCH_MS, MIN_MS, RESPONSES, pick

FRAMEWORK_FAMILY = {"crewai": "crewai", "langgraph": "langchain", "autogen": "autogen", "n8n": "n8n", "custom": "py_openai"}
TASKS = ["Summarise the top 5 complaints from this week's support emails and draft replies.",
         "Find the cheapest flights Riyadh-Cairo for Eid and compare baggage rules.",
         "Write SQL to list drivers with more than 3 late deliveries in Ramadan, by city.",
         "The test test_invoice_total fails after the VAT change; find and fix the bug.",
         "Research competitors of a Dubai meal-kit startup and produce a table.",
         "Check this tenancy contract against Dubai rental law and list risky clauses.",
         "ابحث عن أفضل ثلاثة موردين للتمور في القصيم وقارن الأسعار.",
         "Classify these 20 tickets and open Jira issues for bugs.",
         "Plan a 10-day Umrah + Madinah trip for a family of five on a budget.",
         "Generate a weekly sales report from the orders table and email it to the team."]


def agent_eval(world, rng, acct, client, key, loc, fw: str, scaffold_seed: int, c: str) -> None:
    """A team benchmarking its own agent: one or two sweeps over a coding or maths set, back to back."""
    from . import harvest_prompts as H
    for sweep in range(rng.choice([1, 1, 2])):
        corpus, n = rng.choice([("humaneval", 164), ("mbpp", 200), ("gsm8k", 150), ("math", 120)])
        t = sample(world, rng, "dev", c, "launch")
        model = "ghaym-4" if t >= LAUNCH_MS and rng.random() < 0.6 else "ghaym-3.5"
        a, asn = loc.ip(rng)
        off = rng.randrange(1000)
        for i in range(n):
            ctx = 0
            for step, ts in enumerate(gaps(rng, t, rng.randint(2, 5), 6, 0.6, 1.0)):
                comp = completion(rng, "agent" if step else "code", model)
                world.add(acct, ts, model, CHAT, (H.agent_trace, rng.getrandbits(31), fw, scaffold_seed, step, corpus, off + i),
                          comp, a, asn, client.ua, client.device, key, ctx)
                ctx = min(60000, ctx + comp + rng.randint(80, 600))
                t = ts
            t += rng.randint(1000, 8000)


def agent_frameworks(world, n: int) -> None:
    rng = world.rng("agents")
    for _ in range(n):
        c = pick(rng, {"AE": 30, "SA": 25, "EG": 30, "JO": 10, "MA": 5})
        fw = pick(rng, {"langgraph": 30, "crewai": 25, "autogen": 10, "n8n": 15, "custom": 20})
        acct = world.account("agent_frameworks", created=age(rng, world.t0, 200, min_days=2), country=c, pay=world.pay_fp(), rpm=500)
        client, key = CL.api_client(FRAMEWORK_FAMILY[fw], rng), world.key_id()
        scaffold_seed = rng.getrandbits(31)
        loc = N.Roaming([(N.person(c, rng, 0.2), 0.5), (N.Fixed(rng.choice(["aws_me", "hetzner", "digitalocean", "azure_me"]), rng), 0.5)])
        if rng.random() < 0.12:
            agent_eval(world, rng, acct, client, key, loc, fw, scaffold_seed, c)
            continue
        runs_per_day = rng.uniform(2, 13)
        for day in range(world.days):
            lo, hi = day_bounds(world, day)
            for _ in range(int(runs_per_day) + (1 if rng.random() < runs_per_day % 1 else 0)):
                t = sample(world, rng, "dev", c, "launch", lo, hi)
                task = rng.choice(TASKS)
                a, asn = loc.ip(rng)
                ctx = 0
                model = "ghaym-4" if t >= LAUNCH_MS and rng.random() < 0.4 else "ghaym-3.5"
                for step, ts in enumerate(gaps(rng, t, rng.randint(3, 14), 7, 0.7, 1.0)):
                    comp = completion(rng, "agent", model)
                    world.add(acct, ts, model, CHAT, (P.agent_step, rng.getrandbits(31), fw, scaffold_seed, step, task), comp,
                              a, asn, client.ua, client.device, key, ctx)
                    ctx = min(90000, ctx + comp + rng.randint(100, 1800))


def ide_coding(world, n: int) -> None:
    rng = world.rng("ide")
    for _ in range(n):
        c = pick(rng, {"EG": 40, "AE": 20, "SA": 20, "JO": 12, "MA": 4, "TN": 4})
        acct = world.account("ide_coding", created=age(rng, world.t0, 250), country=c, pay=world.pay_fp(), rpm=600)
        client, key = CL.api_client(rng.choice(["continue", "continue", "cline"]), rng), world.key_id()
        langs = rng.choice(["python, typescript", "java, kotlin", "python", "typescript, go", "c#, sql", "php, javascript"])
        office = N.Fixed(pick(rng, N.FIXED.get(c, {"we_tedata": 1})), rng, n=1)
        loc = N.Roaming([(office, 0.5), (N.Home(c, rng), 0.5)])
        fim_share = rng.uniform(0.4, 0.85)

        def make(r, ts, i, langs=langs, fim_share=fim_share):
            if r.random() < fim_share:
                return "ghaym-coder-2", COMPLETIONS, (P.ide, r.getrandbits(31), "fim", langs), "fim"
            m = "ghaym-4" if ts >= LAUNCH_MS and r.random() < 0.45 else r.choice(["ghaym-coder-2", "ghaym-3.5"])
            return m, CHAT, (P.ide, r.getrandbits(31), "chat", langs), "code"
        run(world, rng, acct, loc=loc, client=client, key=key, profile="dev", country=c, sessions_per_day=3,
            reqs_per_session=12, gap_s=25, make=make, active_p=0.85, history=0.15, boost="launch")


ORGS = [  # sector, country, egress (ISP or "zscaler"), staff, payment ("card"/"invoice"), languages
    ("bank", "SA", "zscaler", 45, "invoice", {"ar_msa": 40, "en": 50, "ar_gulf": 10}),
    ("telecom", "QA", "ooredoo_qa", 40, "invoice", {"en": 60, "ar_gulf": 25, "ar_msa": 15}),
    ("airline", "AE", "zscaler", 35, "invoice", {"en": 75, "ar_msa": 15, "ur": 10}),
    ("gov_entity", "AE", "etisalat", 25, "invoice", {"ar_msa": 60, "en": 40}),
    ("outsourcing", "EG", "we_tedata", 30, "card", {"en": 55, "ar_eg": 35, "arabizi": 10}),
    ("oil", "KW", "zscaler", 25, "invoice", {"en": 65, "ar_gulf": 20, "ar_msa": 15}),
    ("fintech", "JO", "orange_jo", 20, "card", {"en": 60, "ar_lev": 40}),
    ("bank_ma", "MA", "iam", 25, "invoice", {"fr": 70, "ar_msa": 15, "en": 15}),
    ("logistics", "OM", "omantel", 15, "card", {"en": 55, "ar_gulf": 45}),
    ("hospital", "SA", "stc", 20, "card", {"en": 70, "ar_msa": 30}),
    ("insurance", "BH", "batelco", 15, "card", {"en": 60, "ar_gulf": 40}),
    ("media", "AE", "du", 20, "card", {"ar_msa": 45, "en": 45, "ar_lev": 10}),
]
OFFICE_ASKS = ["Rewrite this email to be more formal: ", "Summarise these meeting notes into action items: ",
               "Draft a Ramadan working-hours announcement for staff.", "Write an Excel formula that ", "Translate to Arabic: ",
               "Create a one-page project status update about ", "لخص هذا التقرير في نقاط: ", "صغ رداً رسمياً على هذا الخطاب: "]


def office_prompt(seed: int, lang: str):
    r = random.Random(seed)
    if r.random() < 0.45:
        return P.chat(seed, lang)
    ask = r.choice(OFFICE_ASKS)
    return None, ask + P.K.get(r.choice(["self_instruct", "nq", "awesome_short"]), r.getrandbits(20))[:900]


def enterprise_staff(world, scale: float = 1.0) -> dict:
    """Returns {sector: (org, card, egress Loc, client)} so campaigns can hide inside an organisation."""
    rng = world.rng("enterprise")
    zs = N.Pool("zscaler")
    out = {}
    for sector, c, egress, staff, paym, langs in ORGS:
        org = world.org_id()
        card = world.pay_fp() if paym == "card" else world.pay_fp()  # invoices also carry a billing-profile fingerprint
        loc = zs if egress == "zscaler" else N.Fixed(egress, rng, n=rng.randint(1, 3))
        sdk = CL.api_client(rng.choice(["py_openai", "dotnet", "langchain"]), rng)
        out[sector] = (org, card, loc, sdk, c)
        for _ in range(int(staff * scale)):
            lang = pick(rng, langs)
            acct = world.account("enterprise_staff", created=age(rng, world.t0, 220, min_days=3), country=c, pay=card, org=org, rpm=120)
            api = rng.random() < 0.2
            client = sdk if api else CL.browser(world, rng)
            home = N.person(c, rng, 0.3)
            where = N.Roaming([(loc, 0.8), (home, 0.2)])

            def make(r, ts, i, lang=lang, ep=_ep(client)):
                m = "ghaym-4" if ts >= LAUNCH_MS and r.random() < 0.3 else "ghaym-3.5"
                return m, ep, (office_prompt, r.getrandbits(31), lang), "summary" if r.random() < 0.4 else "chat"
            run(world, rng, acct, loc=where, client=client, key=world.key_id() if api else None, profile="office", country=c,
                sessions_per_day=2.6, reqs_per_session=4.5, gap_s=120, make=make, active_p=0.85, history=0.5 if not api else 0)
    return out
