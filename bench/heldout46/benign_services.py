"""Benign server-side populations: an eval team, app backends with one system
prompt for thousands of end users, an agritech advisory bot, RAG/embedding
pipelines and a bank with zero data retention (no prompt fields)."""
from __future__ import annotations

import math
import random

from . import corpus as C
from .benign_people import CHAT
from .networks import SDKS, Kit, browser, fixed_ips
from .benign_work import office_kit
from .world import (CITIES, DAY, H, LAUNCH, MIN, T0, Sink, card, in_wassce_paper, org_id, pick_time,
                    run_sessions)

EMB = "/v1/embeddings"


# ---------------------------------------------------------------- eval team
EVAL_SYS = "You are a careful assistant. Solve the problem. Finish with a line 'Answer: <final answer>'."


def eval_team(sink: Sink) -> None:
    """An AI start-up's eval team re-runs a fixed benchmark template: GSM8K and
    MATH subsets and HumanEval, on baobab-1 Thursday night and on baobab-2 as
    soon as it launches (retrying through the launch-day 429s)."""
    rng = sink.rng
    org, pay = org_id("sahara-ai-evals"), card("sahara-ai-evals")
    accts = [sink.account(sink.created_ago(150, 700), "enterprise", org=org, pay=pay, nkeys=2) for _ in range(5)]
    kit = Kit("fixed", "Lagos", SDKS["httpx"], None, net="gcp_afs1", ips=fixed_ips("gcp_afs1", "sahara-ai-evals", 2))
    gsm, mth, he = C.pool("gsm8k")[-1319:], C.pool("math")[:500], C.pool("humaneval")
    runs = [(T0 + 19 * H, "baobab-1", gsm), (T0 + 22 * H, "baobab-1", mth), (LAUNCH + 25 * MIN, "baobab-2", he),
            (LAUNCH + 50 * MIN, "baobab-2", gsm), (LAUNCH + 5 * H, "baobab-2", mth), (T0 + 9 * H, "baobab-1-mini", he)]
    for r_i, (start, model, items) in enumerate(runs):
        acct = accts[r_i % len(accts)]
        workers = 6
        for w in range(workers):
            t = start + rng.randrange(5000)
            for k in range(w, len(items), workers):
                q = items[k]
                prompt = q + "\nLet's think step by step." if items is not he else "Complete the function.\n\n" + q
                for attempt in range(4):   # client retries with backoff
                    st = sink.add(acct, t, kit.client(rng, t), model, CHAT, prompt, EVAL_SYS,
                                  "cot" if items is not he else "code")
                    t += rng.randint(1500, 9000) * (1 if st == 200 else 2 ** (attempt + 2))
                    if st == 200:
                        break
    # smoke tests from laptops during the day
    for acct in accts:
        office = office_kit("Lagos", "sahara-ai-evals", "hub", *browser("safari_mac"))
        run_sessions(sink, acct, [office], 1, "dev", 3, (1, 6), 60,
                     lambda r, t: ("baobab-1", CHAT, C.pick(r, "arena"), None, "chat"))


# ---------------------------------------------------------------- app backends
APPS = [
    ("exam-prep-ng", "Lagos", "aws_afs1", 2200, "student",
     "You are Tutor Ade, a friendly WASSCE tutor for Nigerian secondary school students. Explain step by step, "
     "use simple English, and end with one practice question."),
    ("dukabot", "Nairobi", "azure_zan", 1200, "backend",
     "Wewe ni msaidizi wa duka la mtandaoni. Jibu kwa Kiswahili rahisi, toa bei kwa KSh, usiahidi punguzo."),
    ("nollyscript", "Lagos", "do", 450, "evening",
     "You help Nollywood writers. Produce synopses, loglines and scene beats. Keep cultural details accurate."),
    ("loanassist", "Lagos", "gcp_afs1", 800, "office",
     "You draft credit memos for loan officers of a microfinance bank. Summarise the applicant data into the memo template."),
    ("kasa-health", "Accra", "aws_euw1", 650, "backend",
     "You are a symptom-information assistant. You do not diagnose. Advise visiting a clinic for danger signs. "
     "Answer in the user's language (English or Twi)."),
]
LOAN = ["Applicant: trader, Balogun market, monthly sales {currency}{a}0,000, requests {currency}{b}00,000 for 6 months.",
        "Applicant: okada rider, Ikorodu, requests {currency}{a}0,000 to repair motorcycle, 2 previous loans repaid."]
HEALTH = ["My child has had fever for 3 days, what should I do?", "Me ti apɔ a ɛnkɔ, ɛdeɛn na menyɛ?",
          "Is it safe to take malaria drugs and paracetamol together?", "Mepa wo kyɛw, me yafunu yɛ me ya"]


def _app_user_prompt(r: random.Random, app: str) -> tuple[str, str]:
    if app == "exam-prep-ng":
        x = r.random()
        if x < 0.45:
            return C.fill(r, r.choice(C.WASSCE_MATH), C.SLOTS), "math"
        if x < 0.75:
            return C.pick(r, r.choice(["gsm8k", "svamp"])), "math"
        return C.fill(r, r.choice(C.WASSCE_ENG), C.SLOTS), "essay"
    if app == "dukabot":
        return C.own_chat(r, "sw") if r.random() < 0.5 else C.fill(r, "Bei ya {crop} kilo 2 ni ngapi? Mnaleta {city}?", C.SLOTS), "support"
    if app == "nollyscript":
        return C.fill(r, "Write a logline and 5 scene beats for a Nollywood drama about {name}, a {job} in {city}.", C.SLOTS), "essay"
    if app == "loanassist":
        return C.fill(r, r.choice(LOAN), C.SLOTS), "summary"
    return r.choice(HEALTH), "support"


def app_backends(sink: Sink) -> None:
    rng = sink.rng
    for app, city, net, per_day, profile, sysp in APPS:
        tz = CITIES[city][0]
        org, pay = org_id(app), card(app)
        ips = fixed_ips(net, app, 4)
        for k in range(2 if per_day > 1000 else 1):      # prod + a second service account
            acct = sink.account(sink.created_ago(90, 800), "enterprise", org=org, pay=pay, nkeys=2)
            kit = Kit("fixed", city, SDKS["node" if k == 0 else "openai_node"], None, net=net, ips=ips)
            share = 0.8 if k == 0 else 0.2
            for day in range(sink.days):
                n = int(per_day * share * (0.9 + 0.2 * rng.random()))
                for _ in range(n):
                    t = pick_time(rng, day, tz, profile, sink.days)
                    if app == "exam-prep-ng" and in_wassce_paper(t, tz, 0.5):
                        continue                      # its users are in the exam hall
                    q, kind = _app_user_prompt(rng, app)
                    model = "baobab-1-mini" if rng.random() < 0.7 else "baobab-1"
                    sink.add(acct, t, kit.client(rng, t), model, CHAT, q, sysp, kind,
                             key=acct.keys[rng.random() < 0.1])


# ---------------------------------------------------------------- agritech bot
AGRI = {
    "ha": ["Ganyen {crop} na suna yin rawaya, me zan yi?", "Yaushe ya kamata in shuka {crop} a Kano?",
           "Wane taki ya fi dacewa da {crop}?"],
    "sw": ["Mahindi yangu yana madoa ya kahawia kwenye majani, nifanye nini?", "Ni lini wakati mzuri wa kupanda {crop} Kitui?",
           "Bei ya mbolea ya DAP imepanda, kuna mbadala?"],
    "tw": ["Me {crop} nhaban reyɛ kɔkɔɔ, ɛdeɛn na menyɛ?", "Bere bɛn na ɛsɛ sɛ medua {crop}?"],
    "pcm": ["My {crop} leaf dey turn yellow, wetin I go do?", "Which fertilizer good pass for {crop} for this rainy season?",
            "Insect don enter my {crop} farm, which chemical I fit use wey no go kill person?"],
    "en": ["Fall armyworm on my {crop}, how do I control it cheaply?", "How far apart should I plant {crop} seedlings?"],
}


def agritech_bot(sink: Sink) -> None:
    """WhatsApp/USSD relay for smallholder farmers: one account, one system prompt."""
    rng = sink.rng
    org, pay = org_id("shamba-signal"), card("shamba-signal")
    acct = sink.account(sink.created_ago(200, 600), "enterprise", org=org, pay=pay, nkeys=2)
    kit = Kit("fixed", "Nairobi", SDKS["py"], None, net="azure_zan", ips=fixed_ips("azure_zan", "shamba-signal", 2))
    sysp = ("You are Shamba Signal, an agronomy advisor for smallholder farmers in Nigeria, Ghana and Kenya. "
            "Answer in the farmer's language in under 80 words. Recommend only approved inputs. Suggest an extension officer when unsure.")
    langs, w = list(AGRI), [0.25, 0.3, 0.1, 0.2, 0.15]
    tzs = {"ha": 1, "sw": 3, "tw": 0, "pcm": 1, "en": 1}
    for day in range(sink.days):
        for _ in range(int(1400 * (0.9 + 0.2 * rng.random()))):
            lang = rng.choices(langs, weights=w)[0]
            t = pick_time(rng, day, tzs[lang], "farm", sink.days)
            q = C.fill(rng, rng.choice(AGRI[lang]), C.SLOTS)
            sink.add(acct, t, kit.client(rng, t), "baobab-1-mini", CHAT, q, sysp, "short")


# ---------------------------------------------------------------- RAG pipelines
def _chunks(rng: random.Random, n: int) -> list[str]:
    out = []
    while len(out) < n:
        doc = C.pick(rng, rng.choice(["awesome", "arena", "si_user"]))
        for i in range(0, min(len(doc), 6000), 900):
            out.append(doc[i:i + 1000])
    return out[:n]


def rag_pipelines(sink: Sink) -> None:
    rng = sink.rng
    for name, city, net, nightly, queries in [("lexbase-legal", "Lagos", "aws_afs1", 900, 240),
                                              ("telco-kb", "Nairobi", "azure_zan", 1300, 380),
                                              ("archive-gh", "Accra", "gcp_afs1", 500, 90),
                                              ("insure-docs", "Lagos", "aws_euw1", 700, 160),
                                              ("unilib", "Ibadan", "hetzner", 300, 70)]:
        tz = CITIES[city][0]
        org, pay = org_id(name), card(name)
        acct = sink.account(sink.created_ago(60, 500), "enterprise", org=org, pay=pay, nkeys=2)
        kit = Kit("fixed", city, SDKS["langchain"], None, net=net, ips=fixed_ips(net, name, 2))
        for day in range(sink.days):
            t = T0 + day * DAY + (1 - tz) * H + rng.randrange(2 * H)      # nightly ingestion job ~01:00-03:00 local
            t = max(t, T0)
            for chunk in _chunks(rng, int(nightly * (0.7 + 0.6 * rng.random()))):
                sink.add(acct, t, kit.client(rng, t), "baobab-embed-1", EMB, chunk, None, "embed", key=acct.keys[1])
                t += rng.randint(150, 900)
            for _ in range(queries):
                t = pick_time(rng, day, tz, "office", sink.days)
                q = C.pick(rng, "nq")
                sink.add(acct, t, kit.client(rng, t), "baobab-embed-1", EMB, q, None, "embed")
                ctx = "\n\n".join(_chunks(rng, 4))
                sink.add(acct, t + rng.randint(300, 1500), kit.client(rng, t), "baobab-1", CHAT,
                         f"Context:\n{ctx}\n\nQuestion: {q}", "Answer only from the context. Cite the passage numbers.", "qa")


# ---------------------------------------------------------------- zero-data-retention bank
def bank_zdr(sink: Sink) -> None:
    """A bank under zero data retention: the gateway sends no prompt text."""
    rng = sink.rng
    org, pay = org_id("atlantic-trust-bank"), card("atlantic-trust-bank")
    azure = fixed_ips("azure_zan", "atlantic-trust-bank", 3)
    office = office_kit("Lagos", "atlantic-trust-bank", "office", *browser("edge_win_managed"))
    for k in range(22):
        svc = k < 4
        acct = sink.account(sink.created_ago(100, 900), "enterprise", org=org, pay=pay, nkeys=2)
        if svc:
            kit = Kit("fixed", "Lagos", SDKS["java"], None, net="azure_zan", ips=azure)
            for day in range(sink.days):
                for _ in range(int(700 * (0.8 + 0.4 * rng.random()))):
                    t = pick_time(rng, day, 1, "backend", sink.days)
                    pt = int(math.exp(rng.gauss(math.log(1400), 0.5)))
                    sink.add(acct, t, kit.client(rng, t), "baobab-1", CHAT, None, None, "summary", pt=pt)
        else:
            def prompt(r: random.Random, t: int) -> tuple:
                return "baobab-1", CHAT, None, None, "chat"
            run_sessions(sink, acct, [office], 1, "office", 4.0, (1, 6), 120, prompt)


POPULATIONS = [
    ("eval_team_benchmarks", eval_team), ("app_backends", app_backends), ("agritech_advisory_bot", agritech_bot),
    ("rag_embedding_pipelines", rag_pipelines), ("bank_zero_retention", bank_zdr),
]
