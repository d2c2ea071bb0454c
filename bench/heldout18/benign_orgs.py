"""Benign organisations: the hard look-alikes."""
from __future__ import annotations

import random

from .common import Client, converse, session_starts, turns
from .net import UAS, Home, asn, ja4, pick, v4
from .text import (AGENCY_SYSTEM, AGENCY_TASKS, AGENCY_TOPICS, BACPREP_LEVELS, BACPREP_SYSTEM, BANK_SYSTEM,
                   BOOTCAMP_SYSTEM, BPO_SYSTEM, EVAL_CODE, EVAL_GSM, EVAL_MATH, EVAL_MBPP, FOLLOWUPS, STUDY_FOLLOW,
                   STUDY_WRAP, TRANSLATE, bpo_message, lognorm, toks)
from .world import DAY, HOUR, MIN, SEC, World, local_hour, local_to_utc


def _shared(w: World, a, keys: list[str]) -> None:
    a.keys = keys


def bacprep_app(w: World) -> None:
    """A Maghreb baccalaureate-prep app: one system prompt, one invoice, one OVH backend,
    each student its own end-user account."""
    rng = w.rng("bacprep-app")
    org, pay, keys = w.uid("org_", 12), w.pay("invoice"), [w.uid("key_", 12) for _ in range(2)]
    ips = [v4(rng, "ovh") for _ in range(4)]
    ua, dev = "bacprep-api/3.8.1 brume-python/0.9.4", ja4("httpx")
    switch = w.release_paid + 5 * HOUR  # the app pins brume-3 once its own smoke tests pass
    for _ in range(w.n(900)):
        region = pick(rng, {"MA": 55, "DZ": 35, "TN": 10})
        country = {"MA": "Maroc", "DZ": "Algérie", "TN": "Tunisie"}[region]
        level, prog = rng.choice([x for x in BACPREP_LEVELS if x[1] == country])
        created = w.created_before(rng, 1, 60) if rng.random() < 0.6 else w.created_before(rng, 60, 420)
        a = w.account("bacprep-app", created, org=org, payment=pay, region=region)
        _shared(w, a, keys)
        system = BACPREP_SYSTEM.format(level=level, prog=prog)
        tz = {"MA": "casablanca", "DZ": "algiers", "TN": "tunis"}[region]
        srcs = {"math": 5, "gsm8k": 3, "svamp": 1} if "Maths" in level or "4ème" in level else {"gsm8k": 5, "svamp": 3, "math": 2}
        for t0 in session_starts(w, rng, tz, "study", min(rng.lognormvariate(0.3, 0.8), 6)):
            lang = "ar" if rng.random() < 0.4 else "fr"
            first = rng.choice(STUDY_WRAP[lang]).format(q=w.corpus.get(rng, pick(rng, srcs)))
            converse(w, rng, a, t0, turns(rng, first, STUDY_FOLLOW, 1.6), addr=(rng.choice(ips), 16276), ua=ua,
                     device=dev, endpoint="/v1/chat/completions", model="brume-3" if t0 >= switch else "brume-2-mini",
                     system=system, cmed=420, gap=(30, 300), key=rng.choice(keys))


BOOT_WRAP = ["Exercice {n} : {q}\nDétaille ton raisonnement étape par étape.", "Exo {n}\n{q}", "{q}",
             "Je bloque sur l'exercice {n} : {q}", "exercice {n} : {q} je comprends pas la question"]


def revision_bootcamp(w: World) -> None:
    """Toussaint revision courses: cohorts on one venue line and one organiser invoice, all
    students working the same exercise within minutes of each other."""
    rng = w.rng("revision-bootcamp")
    organisers = [("Prépa Intensive Rive Gauche", w.pay("invoice"), w.uid("org_", 12)),
                  ("Cap Concours", w.pay("invoice"), w.uid("org_", 12))]
    for ci in range(w.n(6)):
        name, pay, org = organisers[ci % 2]
        venue = Home(rng, rng.choice(["orange_fr", "sfr_fr", "bouygues_fr"]), v6=False)
        level = rng.choice(["MPSI", "PCSI", "Terminale spécialité maths", "Terminale maths expertes"])
        system = BOOTCAMP_SYSTEM.format(org=name, level=level)
        new = w.days >= 2 and rng.random() < 0.5  # starts Monday, accounts created at the welcome session
        created0 = local_to_utc("paris", 1, 8.5) if new else w.start - rng.choice([4, 6]) * DAY + 7 * HOUR
        students = []
        for s in range(rng.randint(24, 32)):
            a = w.account("revision-bootcamp", created0 + s * rng.randint(20, 90) * SEC + rng.randrange(1000), org=org, payment=pay, region="FR")
            students.append((a, Client(rng, "FR", mobile=False), Client(rng, "FR")))
        for d in range(w.days):
            if local_hour("paris", w.start + d * DAY + 12 * HOUR)[1] == 6:
                continue  # no class on Sunday
            for h0, h1 in ((9, 12), (14, 17)):
                t, end, n = local_to_utc("paris", d, h0) + 10 * MIN, local_to_utc("paris", d, h1) - 15 * MIN, 1
                while t < end:
                    item = w.corpus.get(rng, "math")
                    for a, laptop, _ in students:
                        if rng.random() < 0.85 and t > a.created:
                            first = rng.choice(BOOT_WRAP).format(n=n, q=item)
                            converse(w, rng, a, t + int(rng.lognormvariate(5.2, 0.6) * SEC),
                                     turns(rng, first, STUDY_FOLLOW, 1.2, 5), addr=(venue.ip(d), venue.asn),
                                     ua=laptop.ua, device=laptop.device, endpoint="/web/chat",
                                     model=w.model(rng, t, False, 0.7), system=system, cmed=520, gap=(40, 200))
                    t += rng.randint(18, 35) * MIN
                    n += 1
        for a, _, phone in students:  # evening homework from home
            for t0 in session_starts(w, rng, "paris", "study", 0.5, lo=a.created):
                first = rng.choice(BOOT_WRAP).format(n=rng.randint(1, 12), q=w.corpus.get(rng, "math"))
                converse(w, rng, a, t0, turns(rng, first, STUDY_FOLLOW, 1.0, 4), addr=phone.addr(w, rng, t0),
                         ua=phone.ua, device=phone.device, endpoint=phone.endpoint, model=w.model(rng, t0, False, 0.7),
                         system=system, cmed=500)


def eval_lab(w: World) -> None:
    """A Lisbon NLP lab on research credits: full benchmark sweeps of brume-3 and a brume-2
    baseline within hours of the release, pass@5 on HumanEval, retries on 503."""
    rng = w.rng("eval-lab")
    org, pay = w.uid("org_", 12), f"grant:rcp-{w.uid('', 12)}"
    cluster = [v4(rng, "rcts_pt") for _ in range(2)]
    ua, dev = "OpenAI/Python 1.54.3", ja4("httpx")
    members = [w.account("eval-lab", w.created_before(rng, 20, 300), org=org, payment=pay, region="PT") for _ in range(9)]
    c = w.corpus.c
    frac = min(1.0, w.scale)
    gsm = rng.sample(c["gsm8k"], int(1319 * frac))
    math5 = rng.sample(c["math"], int(500 * frac))
    mbpp = c["mbpp"][:int(500 * frac)]
    he = [q for q in c["humaneval"][:int(164 * frac)] for _ in range(5)]
    suites = [(EVAL_GSM, gsm, 260), (EVAL_MATH, math5, 520), (EVAL_CODE, he, 180), (EVAL_MBPP, mbpp, 160)]

    def sweep(a, t, model: str, items: list) -> None:
        for tpl, qs, cm in items:
            for q in qs:
                p = tpl.format(q=q)
                for _try in range(3):
                    got = w.emit(a, t, prompt=p, ptoks=toks(p) + 6, ctoks=lognorm(rng, cm, 0.5), model=model,
                                 endpoint="/v1/chat/completions", ip=rng.choice(cluster), asn=1930, ua=ua, device=dev,
                                 rng=rng)
                    t += int(rng.expovariate(1 / 1.3) * SEC)
                    if got:
                        break
                    t += rng.randint(5, 40) * SEC
            t += rng.randint(3, 20) * MIN

    sweep(members[0], local_to_utc("lisbon", 0, 20.5), "brume-2", [(EVAL_GSM, gsm[:100], 260)])  # Sunday smoke test
    if w.release_paid < w.end:
        t = w.release_paid + rng.randint(80, 150) * MIN
        sweep(members[1], t, "brume-3", suites)
        sweep(members[2], t + rng.randint(2, 9) * MIN, "brume-2", suites)
    for a in members[3:]:  # everyday interactive use
        cl = Client(rng, "PT", mobile=False, stack="httpx", isp="rcts_pt")
        for t0 in session_starts(w, rng, "lisbon", "work", 1.2):
            first = w.corpus.mix(rng, {"arena": 3, "seed": 1, "user": 1})[1]
            converse(w, rng, a, t0, [first], addr=cl.addr(w, rng, t0), ua=ua, device=dev,
                     endpoint="/v1/chat/completions", model=w.model(rng, t0, False, 0.8), system=None, cmed=400)


def ci_regression(w: World) -> None:
    """A Paris freight-software company: six service accounts on one corporate card, a
    fixed prompt suite at temperature 0 from GitHub Actions runners."""
    rng = w.rng("ci-regression")
    org, pay = w.uid("org_", 12), w.pay("card")
    accts = [w.account("ci-regression", w.created_before(rng, 100, 500), org=org, payment=pay, region="FR") for _ in range(w.n(6))]
    suite = rng.sample(w.corpus.c["user"], 32)
    lens = [rng.randint(40, 400) for _ in suite]
    system = "You are the document-parsing engine of Tilde Freight. Output strict JSON matching the schema in the request."
    ua, dev = "tilde-ci/1.0 OpenAI/JS 4.67.3", ja4("undici")
    runs = [(local_to_utc("paris", d, 3.0), rng.choice(accts), "brume-2") for d in range(w.days)]  # nightly
    for d in range(w.days):
        weekday = local_hour("paris", w.start + d * DAY + 12 * HOUR)[1] < 5
        for _ in range(rng.randint(10, 25) if weekday else rng.randint(0, 2)):
            ts = w.sample_ts(rng, "paris", "work", w.start + d * DAY, w.start + (d + 1) * DAY)
            if ts:
                runs.append((ts, rng.choice(accts), "brume-3" if ts > w.release_paid and rng.random() < 0.3 else "brume-2"))
    for t, a, model in runs:
        ip = v4(rng, "azure_gha")
        for p, n in zip(suite, lens):
            w.emit(a, t, prompt=p, ptoks=toks(p) + toks(system) + 9, ctoks=n + rng.randint(-2, 2), model=model,
                   endpoint="/v1/chat/completions", ip=ip, asn=8075, ua=ua, device=dev, system=system, rng=rng)
            t += rng.randint(700, 3000)


def bank_assistant(w: World) -> None:
    """A French bank's enterprise workspace: SSO-provisioned seats created in one bulk
    run, one invoice, every employee behind the Zscaler egress (one JA4)."""
    rng = w.rng("bank-assistant")
    org, pay = w.uid("org_", 12), w.pay("invoice")
    ips = [v4(rng, "zscaler") for _ in range(24)]
    dev = ja4("zscaler")
    bulk = w.start - 41 * DAY + 6 * HOUR
    enable3 = w.release_paid + 5 * HOUR
    for i in range(w.n(420)):
        created = bulk + rng.randrange(40 * MIN) if rng.random() < 0.8 else w.created_before(rng, 1, 40)
        a = w.account("bank-assistant", created, org=org, payment=pay, region="FR")
        ua = rng.choice([UAS["chrome"][0], UAS["chrome"][3], UAS["chrome"][3]])
        for t0 in session_starts(w, rng, "paris", "work", min(rng.lognormvariate(0.9, 0.6), 8)):
            first = rng.choice(["{p}", "Peux-tu reformuler ceci : {p}", "{p}\nEn français, ton professionnel."]).format(
                p=w.corpus.mix(rng, {"user": 40, "seed": 20, "arena": 15, "awesome_short": 8, "nq": 10})[1])
            converse(w, rng, a, t0, turns(rng, first, FOLLOWUPS["fr"], 1.0, 6), addr=(rng.choice(ips), 22616), ua=ua,
                     device=dev, endpoint="/web/chat", model="brume-3" if t0 > enable3 and rng.random() < 0.6 else "brume-2",
                     system=BANK_SYSTEM, cmed=300)


def bpo_casablanca(w: World) -> None:
    """A Casablanca customer-care centre drafting replies for a French ISP: one template,
    one site NAT, one invoice, agents on Paris-time shifts seven days a week."""
    rng = w.rng("bpo-casablanca")
    org, pay = w.uid("org_", 12), w.pay("invoice")
    ips = [v4(rng, "iam_ma") for _ in range(3)]
    ua, dev = UAS["chrome"][1], ja4("chrome")
    waves = [w.start - d * DAY + 8 * HOUR for d in (190, 96, 23)]
    for i in range(w.n(150)):
        a = w.account("bpo-casablanca", rng.choice(waves) + rng.randrange(3 * HOUR), org=org, payment=pay, region="MA")
        for d in range(w.days):
            sunday = local_hour("paris", w.start + d * DAY + 12 * HOUR)[1] == 6
            if rng.random() > (0.35 if sunday else 0.9):
                continue
            h0 = 9 if sunday else rng.choice([8, 13])
            t, end = local_to_utc("paris", d, h0) + rng.randrange(10 * MIN), local_to_utc("paris", d, h0 + 8)
            brk = t + rng.randint(3 * 60, 5 * 60) * MIN
            while t < end:
                p = bpo_message(rng)
                w.emit(a, t, prompt=p, ptoks=toks(p) + toks(BPO_SYSTEM) + 9, ctoks=lognorm(rng, 160, 0.35),
                       model="brume-2-mini", endpoint="/v1/chat/completions", ip=rng.choice(ips), asn=6713, ua=ua,
                       device=dev, system=BPO_SYSTEM, rng=rng)
                t += int(rng.lognormvariate(5.9, 0.5) * SEC)
                if brk <= t < brk + 30 * MIN:
                    t = brk + 30 * MIN


def translation_agency(w: World) -> None:
    """A Lisbon-Maputo translation agency pushing batches through /v1/batches on one SEPA mandate."""
    rng = w.rng("translation-agency")
    org, pay = w.uid("org_", 12), w.pay("sepa")
    lis, mpm = Home(rng, "nos_pt", v6=False), Home(rng, "tdm_mz", v6=False)
    ua, dev = "OpenAI/Python 1.52.2", ja4("httpx")
    paras = [p for src in ("user", "seed", "awesome_short") for t in w.corpus.c[src] for p in t.split("\n\n") if 40 < len(p) < 1200]
    for i in range(w.n(10)):
        office, tz = (mpm, "maputo") if i % 3 == 2 else (lis, "lisbon")
        a = w.account("translation-agency", w.created_before(rng, 60, 700), org=org, payment=pay, region="PT")
        for _ in range(rng.randint(1, 4)):
            sub = w.sample_ts(rng, tz, "work")
            if sub is None:
                continue
            tpl, done = rng.choice(TRANSLATE), []
            for _s in range(rng.randint(40, 300)):
                t = rng.choice(paras)
                p = tpl.format(t=t)
                done.append((sub + rng.randint(2 * 60, 45 * 60) * SEC, p, toks(t)))
            for ts, p, n in sorted(done):
                w.emit(a, ts, prompt=p, ptoks=toks(p) + 5, ctoks=int(n * rng.uniform(1.0, 1.4)) + 3, model="brume-2-mini",
                       endpoint="/v1/batches", ip=office.ip(w.day_of(sub)), asn=office.asn, ua=ua, device=dev, rng=rng)


def agency_paris(w: World) -> None:
    """A Paris content agency running its clients' accounts from one office and one tool."""
    rng = w.rng("agency-paris")
    office = Home(rng, "free_fr", v6=True)
    ua, dev = "ricochet-studio/2.3 brume-node/0.6.1", ja4("undici")
    sectors = ["BTP", "cosmétique", "assurance", "e-commerce", "formation", "immobilier", "télécoms", "agroalimentaire"]
    for i in range(w.n(30)):
        a = w.account("agency-paris", w.created_before(rng, 30, 600), payment=w.pay("card"), region="FR")
        system = AGENCY_SYSTEM.format(client=f"Client-{i:02d}", sector=rng.choice(sectors),
                                      tone=rng.choice(["chaleureux", "expert", "sobre", "dynamique"]))
        starts = session_starts(w, rng, "paris", "work", 2.5)
        if rng.random() < 0.6:
            starts.append(local_to_utc("paris", 0, 18.0) + rng.randrange(20 * MIN))  # Sunday planning run
        for t0 in starts:
            ts = t0
            for _ in range(rng.randint(1, 6)):
                p = rng.choice(AGENCY_TASKS).format(t=rng.choice(AGENCY_TOPICS), p=w.corpus.get(rng, "user")[:600])
                c = w.emit(a, ts, prompt=p, ptoks=toks(p) + toks(system) + 8, ctoks=lognorm(rng, 380, 0.5),
                           model=w.model(rng, ts, False, 0.4), endpoint="/v1/chat/completions",
                           ip=office.ip(w.day_of(ts)), asn=office.asn, ua=ua, device=dev, system=system, rng=rng)
                ts += int(c * 15 + rng.uniform(20, 400) * SEC)
