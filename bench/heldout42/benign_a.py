"""Benign: school-age and home users (matura students, a school NAT, campuses,
families, launch-day tryers)."""
from __future__ import annotations

from bench.heldout42 import phrases as P
from bench.heldout42.base import Commuter, Ctx, Home, Mobile, Rotating, day_of, local_hour, weekend
from bench.heldout42.people import card, chat_model, client, consumer, created
from bench.heldout42.text import chat, corpus, follow, pick, wrap
from bench.heldout42.world import DAY, HOUR, LAUNCH, MIN, MODEL_NEW, START, browser, ja4, uuid4

STUDY, CODE = P.STUDY, P.CODE


def _study_q(rng, popular):
    r = rng.random()
    if r < 0.35:
        return rng.choice(P.MATURA)
    if r < 0.6:
        return rng.choice(popular)
    return pick(rng, rng.choice(("math", "math", "gsm8k", "svamp")))


def matura_students(ctx: Ctx):
    """Polish students in matura week: same popular problems, 'krok po kroku', evenings."""
    rng = ctx.rng("matura_students")
    popular = [pick(rng, "math") for _ in range(60)]
    for _ in range(1100):
        a = consumer(ctx, rng, "matura_students", cc="PL", app_p=0.62, pay_p=0.08, age=(3, 700))
        daily, used = {}, 0
        for _s in range(rng.choice((1, 1, 2, 2, 3, 4, 5))):
            t = ctx.when(rng, "student", "PL", day_w=(1.2, 1))
            for ts in ctx.session(rng, t, rng.randrange(2, 11), 25, 400):
                r = rng.random()
                if r < 0.5:
                    q = wrap(rng, STUDY, "pl" if rng.random() < 0.9 else "en", _study_q(rng, popular))
                elif r < 0.62 and used:
                    q = follow(rng, "pl")
                elif r < 0.77:
                    q = rng.choice(P.MATURA_TALK)
                else:
                    q = chat(rng, "pl", local=0.55)
                used += 1
                d = (ts - START) // DAY
                daily[d] = daily.get(d, 0) + 1
                st = 429 if not a.x["paid"] and daily[d] > 45 else None
                ctx.emit(rng, a, ts, q, model=chat_model(rng, a, ts, 0.2), status=st, out_toks=int(rng.uniform(250, 1100)))


def school_nat(ctx: Ctx):
    """A Kraków lyceum: managed Chromebooks behind two NAT addresses, whole classes
    on the same assignment in the same 45 minutes; a few at home in the evening."""
    rng = ctx.rng("school_nat")
    net = ctx.world.nets["Kraków Academic Network"]
    nat = [(net.host(rng), net.asn) for _ in range(2)]
    ua = "Mozilla/5.0 (X11; CrOS x86_64 16181.61.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Safari/537.36"
    dev = ja4("chromeos-managed-148")
    lessons = [(8 * 60 + 55, "math"), (9 * 60 + 50, "code"), (11 * 60 + 45, "math"), (12 * 60 + 50, "code")]
    classes = []
    for c in range(5):
        kids = []
        for _ in range(rng.randrange(24, 32)):
            a = ctx.account(rng, "school_nat", None, created=created(rng, 30, 600), ua=ua, dev=dev,
                            loc=Rotating(nat, sticky_ms=30 * MIN, salt=rng.randrange(999)), cc="PL")
            a.x["home"] = Home(rng, rng.choice(ctx.world.home["PL"]))
            kids.append(a)
        classes.append(kids)
    teacher_tasks = {"math": rng.sample(P.MATURA, 5), "code": [pick(rng, "mbpp") for _ in range(3)]}
    for c, kids in enumerate(classes):
        start_min, subj = lessons[c % 4]
        t0 = START + start_min * MIN + (c // 4) * 55 * MIN  # Friday, Warsaw time
        for a in kids:
            t = t0 + rng.randrange(2 * MIN, 12 * MIN)
            for ts in ctx.session(rng, t, rng.randrange(3, 9), 30, 300):
                if ts > t0 + 45 * MIN:
                    break
                task = rng.choice(teacher_tasks[subj])
                q = wrap(rng, STUDY if subj == "math" else {"pl": CODE["pl"]}, "pl", task) if rng.random() < 0.85 else follow(rng, "pl")
                ctx.emit(rng, a, ts, q, model="vistula-1-mini")
            if rng.random() < 0.45:  # homework in the evening
                t = ctx.when(rng, "student", "PL")
                for ts in ctx.session(rng, t, rng.randrange(1, 6), 30, 600):
                    q = wrap(rng, STUDY, "pl", rng.choice(teacher_tasks["math"])) if rng.random() < 0.5 else chat(rng, "pl", 0.5)
                    ctx.emit(rng, a, ts, q, model=chat_model(rng, a, ts, 0.15), where=a.x["home"].at(rng, ts))


def campus(ctx: Ctx):
    """Universities in Warsaw, Brno and Cluj: eduroam NAT by day, home at night;
    programming and maths homework, in Polish, Czech, Romanian and English."""
    rng = ctx.rng("campus")
    unis = [("Warsaw Research and Education Net", "PL", "pl", 110), ("Brno Campus Network", "CZ", "cs", 100),
            ("Cluj University Network", "RO", "ro", 90)]
    for net_name, cc, lang, n in unis:
        net = ctx.world.nets[net_name]
        nat = [(net.host(rng), net.asn) for _ in range(6)]
        for _ in range(n):
            a = consumer(ctx, rng, "campus", cc=cc, app_p=0.25, pay_p=0.3, age=(30, 1400))
            eduroam = Rotating(nat, sticky_ms=2 * HOUR, salt=rng.randrange(1 << 20))
            for _s in range(rng.randrange(1, 6)):
                t = ctx.when(rng, "dev", cc)
                on_campus = rng.random() < 0.55 and not weekend(day_of(t)) and 8 <= local_hour(t, cc) < 18
                for ts in ctx.session(rng, t, rng.randrange(2, 12), 30, 600):
                    r = rng.random()
                    if r < 0.35:
                        q = wrap(rng, CODE, lang if rng.random() < 0.5 else "en", pick(rng, rng.choice(("mbpp", "humaneval"))))
                    elif r < 0.55:
                        q = wrap(rng, STUDY, lang if rng.random() < 0.6 else "en", pick(rng, "math"))
                    elif r < 0.68:
                        q = follow(rng, lang)
                    else:
                        q = chat(rng, lang, local=0.35) if rng.random() < 0.5 else pick(rng, "arena")
                    where = eduroam.at(rng, ts) if on_campus else None
                    ctx.emit(rng, a, ts, q, model=chat_model(rng, a, ts, 0.3), where=where)


def families(ctx: Ctx):
    """Households sharing one card, one home line and a family tablet."""
    rng = ctx.rng("families")
    for _ in range(125):
        cc = rng.choices(("PL", "CZ", "RO"), weights=(6, 2, 2))[0]
        lang = {"PL": "pl", "CZ": "cs", "RO": "ro"}[cc]
        home = Home(rng, rng.choice(ctx.world.home[cc]))
        fam_card = card(rng) if rng.random() < 0.85 else None
        tablet_ua, tablet = browser(rng) if rng.random() < 0.3 else ("VistulaChat/4.12.1 (iPad; iPadOS 20.4; Scale/2.00)",
                                                                   "ios-" + uuid4(rng).upper())
        for m in range(rng.choice((2, 2, 3, 3, 4))):
            kid = m >= 2 or (m == 1 and rng.random() < 0.3)
            if rng.random() < 0.55:
                ua, dev, loc = tablet_ua, tablet, home
            else:
                ua, dev, _ = client(ctx, rng, cc)
                loc = home if rng.random() < 0.6 else Commuter(home, Mobile(rng, rng.choice(ctx.world.mobile[cc])), cc)
            a = ctx.account(rng, "families", None, pay=fam_card, created=created(rng, 10, 1000), ua=ua, dev=dev, loc=loc, cc=cc)
            a.x["paid"] = fam_card is not None
            for _s in range(rng.randrange(1, 5)):
                t = ctx.when(rng, "student" if kid else "home", cc)
                for ts in ctx.session(rng, t, rng.randrange(1, 8), 20, 300):
                    if kid and rng.random() < 0.6:
                        q = wrap(rng, STUDY, lang, pick(rng, rng.choice(("gsm8k", "svamp"))))
                    else:
                        q = chat(rng, lang, local=0.6) if rng.random() < 0.85 else follow(rng, lang)
                    ctx.emit(rng, a, ts, q, model=chat_model(rng, a, ts, 0.15))


def launch_tryers(ctx: Ctx):
    """Existing users who come to poke vistula-2 at launch with famous questions."""
    rng = ctx.rng("launch_tryers")
    gsm, he, mth = corpus("gsm8k"), corpus("humaneval"), corpus("math")
    famous = P.LAUNCH_QS + gsm[-1319:-1314] + he[:3] + mth[:4]
    for _ in range(700):
        a = consumer(ctx, rng, "launch_tryers", app_p=0.45, pay_p=0.5, age=(40, 1000))
        if rng.random() < 0.15:  # signed up on launch day, ahead of the announcement
            a.created = LAUNCH - rng.randrange(55 * MIN, 8 * HOUR)
        lang = {"PL": "pl", "CZ": "cs", "RO": "ro"}[a.cc]
        if rng.random() < 0.22:  # too early: the model is not there yet
            t = LAUNCH - rng.randrange(1, 50) * MIN
            for ts in ctx.session(rng, t, rng.randrange(1, 4), 15, 120):
                ctx.emit(rng, a, ts, rng.choice(famous), model=MODEL_NEW)
        t = LAUNCH + int(rng.expovariate(1 / (2.5 * HOUR))) if rng.random() < 0.75 else ctx.when(rng, "home", a.cc)
        if t < LAUNCH:
            t = LAUNCH + rng.randrange(DAY)
        for ts in ctx.session(rng, t, rng.randrange(3, 16), 20, 240):
            q = rng.choice(famous) if rng.random() < 0.55 else chat(rng, lang, local=0.4)
            st = ctx.emit(rng, a, ts, q, model=MODEL_NEW if rng.random() < 0.9 else "vistula-1")
            if st == 503 and rng.random() < 0.7:  # hits send again by hand
                ctx.emit(rng, a, ts + rng.randrange(8000, 90000), q, model=MODEL_NEW)
