"""Benign populations of the exam season: maturandi, PAU re-sitters,
university students on campus, a university NLP lab running evals behind the
campus egress, a teachers' cooperative, an edtech app and a hackathon."""
from __future__ import annotations

from .clients import aged, browser, card, personal_card, phone, recent_skew, sdk, sepa
from .networks import NETS, Home, Mixed, Nat, cloud_vm, pick_net
from .population import Ctx, activity, person_conn, run_chat
from .rhythm import batch_run, curve_fn, human_sessions, launch_boost, maturando_weight, poisson, sample_times
from .tasks import AUTHORS_IT
from .texts_es import pau, tiktok_es, uni_es
from .texts_it import maturando, teacher_quiz, tiktok_it, uni_it
from .texts_life import followup
from .texts_work import EDTECH_SYSTEM
from .world import CEST, EP_CHAT, HOUR, M_MINI, M_NEW, M_PRO, M_STD, MIN, WEST, local_day_hour, local_ms

def uscito(w) -> tuple[str, str]:
    """The prima prova author and theme everyone talks about after the exam."""
    r = w.rng("uscito")
    return r.choice(AUTHORS_IT)[0], r.choice(["la memoria", "la natura", "il tempo", "la guerra", "l'identità"])


KINDS = [("classico", .14), ("scientifico", .30), ("linguistico", .12), ("tecnico", .32), ("umane", .12)]


def maturandi(ctx: Ctx, n: int = 1500) -> None:
    w, rng = ctx.world, ctx.rng("maturandi")
    greek_year = w.seed % 2 == 0
    usc = uscito(w)
    schools = []
    for i in range(70):
        kind = rng.choices([k for k, _ in KINDS], [p for _, p in KINDS])[0]
        schools.append((kind, Nat(rng, NETS[rng.choice(["it_tim_bb", "it_fastweb_bb", "it_voda_bb"])], rng.choice([1, 1, 2]))))
    for i in range(n):
        kind, school_nat = schools[min(69, int(rng.paretovariate(1.2)) - 1 + rng.randrange(0, 40)) % 70]
        end1 = 16.5 if kind == "tecnico" else 14.5
        paid = rng.random() < 0.3
        pay = card(rng, "postepay" if rng.random() < 0.45 else "hype") if paid and rng.random() < 0.6 else personal_card(rng, "IT") if paid else None
        created = aged(rng, w, 1, 50) if rng.random() < 0.6 else recent_skew(rng, w, 700)
        acct = ctx.reg.account("maturandi_phone", created, payment=pay, cc="IT")
        client = phone(rng, w, acct.id)
        conn, home, mob = person_conn(rng, w, "IT", CEST, home_share=0.5)

        def where(r, ts, conn=conn, nat=school_nat):
            d, h = local_day_hour(ts, CEST)
            if d in (0, 1) and (7.7 <= h < 8.4 or 14.5 <= h < 15.0) and r.random() < 0.5:
                return nat  # school Wi-Fi around the exam
            return conn
        place = Mixed(where)

        def wfn(ms, end1=end1):
            d, h = local_day_hour(ms, CEST)
            return maturando_weight(d, h, 14.5 if d == 0 else end1) * launch_boost(w, ms, 0.3, 4)
        sessions = human_sessions(rng, wfn, w.start, w.end, poisson(rng, activity(rng, 4.2, 0.7)), 2.8, 55)
        run_chat(ctx, rng, acct, client, place, sessions,
                 lambda r, ts, k=kind: maturando(r, w, ts, k, greek_year, usc), lang="it",
                 followup_fn=followup, p_follow=0.3)


def selectividad(ctx: Ctx, n: int = 450) -> None:
    w, rng = ctx.world, ctx.rng("selectividad")
    for i in range(n):
        lang = "ca" if rng.random() < 0.22 else "es"
        tz = WEST if rng.random() < 0.05 else CEST  # Canarias
        paid = rng.random() < 0.25
        acct = ctx.reg.account("pau_students_es", aged(rng, w, 1, 120) if rng.random() < .5 else recent_skew(rng, w, 600),
                               payment=card(rng, "imagin") if paid and rng.random() < .4 else personal_card(rng, "ES") if paid else None, cc="ES")
        client = phone(rng, w, acct.id) if rng.random() < 0.7 else browser(rng, w, acct.id)
        conn, _, _ = person_conn(rng, w, "ES", tz, 0.6)
        base = curve_fn("uni_es", tz)
        sessions = human_sessions(rng, lambda ms: base(ms) * launch_boost(w, ms, 0.3, 4), w.start, w.end,
                                  poisson(rng, activity(rng, 4.5, 0.7)), 3.0, 60)
        run_chat(ctx, rng, acct, client, conn, sessions, lambda r, ts, l=lang: pau(r, l), lang=lang,
                 followup_fn=followup, p_follow=0.25)


CAMPUS_ES = [("rediris", "es", 3, 0), ("rediris", "es", 2, 1), ("csuc", "ca", 3, 0), ("csuc", "ca", 2, 1), ("rediris", "es", 2, 2)]


def campus_es(ctx: Ctx, n: int = 450) -> None:
    w, rng = ctx.world, ctx.rng("campus_es")
    campuses = [(Nat(rng, NETS[k], m, prefix=p), l) for k, l, m, p in CAMPUS_ES]
    for i in range(n):
        nat, main = campuses[rng.randrange(len(campuses))]
        lang = main if rng.random() < 0.6 else "es"
        paid = rng.random() < 0.35
        acct = ctx.reg.account("uni_students_es", recent_skew(rng, w, 900), payment=personal_card(rng, "ES") if paid else None, cc="ES")
        client = browser(rng, w, acct.id) if rng.random() < 0.65 else phone(rng, w, acct.id)
        away, _, _ = person_conn(rng, w, "ES", CEST, 0.7)

        def where(r, ts, nat=nat, away=away):
            h = local_day_hour(ts, CEST)[1]
            return nat if (9 <= h < 14 or 16 <= h < 19.5) and r.random() < 0.65 else away
        sessions = human_sessions(rng, curve_fn("uni_es", CEST), w.start, w.end, poisson(rng, activity(rng, 4.0, 0.7)), 3.0, 70)
        run_chat(ctx, rng, acct, client, Mixed(where), sessions, lambda r, ts, l=lang: uni_es(r, l, ctx.corpus), lang="es",
                 followup_fn=followup, p_follow=0.3)


def campus_it(ctx: Ctx, torino: Nat, n: int = 250) -> None:
    w, rng = ctx.world, ctx.rng("campus_it")
    nats = [torino, Nat(rng, NETS["garr"], 2, prefix=2), Nat(rng, NETS["garr"], 1, prefix=3)]
    for i in range(n):
        nat = nats[rng.choices([0, 1, 2], [.45, .35, .2])[0]]
        paid = rng.random() < 0.35
        acct = ctx.reg.account("uni_students_it", recent_skew(rng, w, 900), payment=personal_card(rng, "IT") if paid else None)
        client = browser(rng, w, acct.id) if rng.random() < 0.6 else phone(rng, w, acct.id)
        away, _, _ = person_conn(rng, w, "IT", CEST, 0.7)

        def where(r, ts, nat=nat, away=away):
            h = local_day_hour(ts, CEST)[1]
            return nat if 9 <= h < 18.5 and r.random() < 0.6 else away
        sessions = human_sessions(rng, curve_fn("uni_it", CEST), w.start, w.end, poisson(rng, activity(rng, 4.0, 0.7)), 3.0, 70)
        run_chat(ctx, rng, acct, client, Mixed(where), sessions, lambda r, ts: uni_it(r), lang="it", followup_fn=followup)


NLP_T = {"gsm": "Risolvi il seguente problema di matematica. Ragiona passo per passo e termina con 'Risposta finale: <numero>'.\n\nProblema: {q}",
         "math": "Solve the following problem. Think step by step, then put the final answer in \\boxed{{}}.\n\n{q}",
         "code": "Complete the following Python function. Reason about the specification first, then write the code.\n\n{q}"}
NLP_POOL = {"gsm": "gsm8k", "math": "math", "code": "humaneval"}


def nlp_lab(ctx: Ctx, torino: Nat) -> None:
    """Benchmark runs from one lab server behind the Torino campus NAT: heavy,
    templated, step-by-step, and re-run on levante-3 right after the launch."""
    w, rng = ctx.world, ctx.rng("nlp_lab")
    org, pay = ctx.reg.org("unito-nlp"), sepa(rng)
    client = sdk("OpenAI/Python 1.35.10")
    people = [ctx.reg.account("uni_nlp_lab", aged(rng, w, 200, 700), org=org, payment=pay, nkeys=2) for _ in range(3)]
    runs = []
    for d in range(w.days):
        for _ in range(rng.randint(2, 3)):
            runs.append((local_ms(d, rng.uniform(9.5, 19), CEST), rng.choice(["gsm", "math", "code"]), rng.choice([M_STD, M_PRO])))
    for k in range(3):
        runs.append((w.launch + int(rng.uniform(0.7, 3.5) * HOUR), ["gsm", "math", "code"][k], M_NEW))
    for j, (start, task, model) in enumerate(runs):
        acct = people[j % 3]
        n_items = {"gsm": 1319, "math": 1000, "code": 164 * 3}[task]
        times = batch_run(rng, start, n_items, rng.choice([4, 8, 8, 16]), 7.5 if task != "code" else 5.0)
        key = acct.keys[j % 2]
        for i, ts in enumerate(times):
            q = ctx.corpus.item(NLP_POOL[task], i)
            ctx.sink.emit(rng, acct, ts, client, torino.addr(rng, ts), model=model, endpoint=EP_CHAT,
                          prompt=NLP_T[task].format(q=q), kind="math" if task != "code" else "code", key=key, p429=0.02)
    for acct in people:  # the researchers also poke at the playground
        laptop = browser(rng, w, acct.id)
        sessions = human_sessions(rng, curve_fn("uni_it", CEST), w.start, w.end, 6, 4, 50)
        run_chat(ctx, rng, acct, laptop, torino, sessions, lambda r, ts: (ctx.corpus.pick(r, "math") + "\nThink step by step.", "math"),
                 model_fn=lambda r, ts: M_NEW if w.after_launch(ts) and r.random() < .6 else M_PRO)


def teachers(ctx: Ctx, n: int = 35) -> None:
    w, rng = ctx.world, ctx.rng("teachers")
    org, pay = ctx.reg.org("coop-docenti-insieme"), sepa(rng)
    for i in range(n):
        acct = ctx.reg.account("teachers_coop", aged(rng, w, 30, 500), org=org, payment=pay, nkeys=0)
        client = browser(rng, w, acct.id)
        home = Home(rng, pick_net(rng, "IT", "broadband"), w.start, w.end)

        def wfn(ms):
            d, h = local_day_hour(ms, CEST)
            return 0.05 if 8 <= h < 14 else 1.0 if 15 <= h < 19 or 21 <= h < 23.5 else 0.3  # mornings at the exams
        sessions = human_sessions(rng, wfn, w.start, w.end, poisson(rng, activity(rng, 4, 0.5)), 4, 90)
        run_chat(ctx, rng, acct, client, home, sessions, lambda r, ts: teacher_quiz(r), followup_fn=followup, p_follow=0.25)


def edtech(ctx: Ctx, total: int = 28000) -> None:
    """Studiamo!: one system prompt, thousands of end users, four service
    accounts under one org, backend in AWS Milan."""
    w, rng = ctx.world, ctx.rng("edtech")
    org, pay = ctx.reg.org("studiamo"), card(rng, "amex_it", 1)
    client = sdk("levante-node/2.1.0", " Studiamo-backend/3.4.1")
    accts = [ctx.reg.account("edtech_app", aged(rng, w, 300, 800), org=org, payment=pay, nkeys=3) for _ in range(4)]
    shares = [0.46, 0.38, 0.1, 0.06]
    usc = uscito(w)
    for j, acct in enumerate(accts):
        vms = [cloud_vm(rng, "aws") for _ in range(3)]
        canary = w.launch + int(rng.uniform(4, 7) * HOUR)

        def wfn(ms):
            d, h = local_day_hour(ms, CEST)
            return 0.6 * maturando_weight(d, h, 14.5) + 0.4 * curve_fn("consumer_it", CEST)(ms)
        times = sample_times(rng, int(total * shares[j] * w.days / 2), wfn, w.start, w.end)
        for ts in times:
            es = rng.random() < 0.15
            p, kind = (pau(rng, "es") if es else maturando(rng, w, ts, rng.choice(["scientifico", "classico", "tecnico"]), w.seed % 2 == 0, usc)) \
                if rng.random() < 0.8 else ((tiktok_es(rng) if es else tiktok_it(rng, "scientifico", False)), "math")
            model = M_NEW if j == 1 and ts >= canary and rng.random() < 0.25 else M_MINI
            hist = int(rng.expovariate(1 / 350)) if rng.random() < 0.55 else 0
            ctx.sink.emit(rng, acct, ts, client, rng.choice(vms).addr(rng, ts), model=model, endpoint=EP_CHAT, prompt=p, kind=kind,
                          system=EDTECH_SYSTEM, history=hist, key=acct.key(rng), p429=0.008)


HACK_SYSTEM = "You are the helpful assistant of team {t} at HackTheMed 2027. Answer briefly. The challenge: build a tool that helps Mediterranean cities adapt to heatwaves."


def hackathon(ctx: Ctx, n: int = 70) -> None:
    """HackTheMed at a Milan campus: accounts opened at the kickoff with promo
    credits, one venue network, all night long, similar starter prompts."""
    w, rng = ctx.world, ctx.rng("hackathon")
    kickoff = local_ms(0, 18, CEST)
    venue = Nat(rng, NETS["garr"], 2, prefix=1)  # the Milan campus
    teams = [ctx.reg.org(f"hackthemed-team-{t}") for t in range(15)]
    for i in range(n):
        t = i % 15
        acct = ctx.reg.account("hackathon_venue", kickoff + int(rng.uniform(-40, 70) * MIN), org=teams[t], nkeys=1, cc="IT")
        laptop = browser(rng, w, acct.id)
        app = sdk(rng.choice(["levante-python/2.4.1", "levante-node/2.1.0"]))

        def wfn(ms):
            if ms < acct.created or ms > kickoff + 24 * HOUR:
                return 0.0
            h = local_day_hour(ms, CEST)[1]
            return 0.25 if 4 <= h < 8 else 1.0
        sessions = human_sessions(rng, wfn, w.start, w.end, poisson(rng, 22), 3.5, 40)
        run_chat(ctx, rng, acct, laptop, venue, sessions,
                 lambda r, ts: (r.choice([ctx.corpus.pick(r, "arena_code"), "come leggo un file GeoJSON con i quartieri di Milano in Python?",
                                          "idee per una app sulle ondate di calore, 5 feature", "fix this error: CORS policy blocked in my Flask API"]), "code"),
                 model_fn=lambda r, ts: M_NEW if w.after_launch(ts) and r.random() < .5 else M_STD)
        for ts in sample_times(rng, poisson(rng, 45), wfn, w.start, w.end):  # their prototype calling the API
            ctx.sink.emit(rng, acct, ts, app, venue.addr(rng, ts), model=M_MINI, endpoint=EP_CHAT,
                          prompt=rng.choice(["Which neighbourhoods of Milan are hottest in July?", "Suggest 3 cool places near Piazza Leonardo da Vinci",
                                             "Give me a heat risk score from 1 to 10 for: elderly person, 4th floor, no AC"]),
                          system=HACK_SYSTEM.format(t=t), kind="short", key=acct.keys[0])
