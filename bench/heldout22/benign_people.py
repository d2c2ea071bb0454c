"""Benign individuals: chat users, students on campus NATs, tutors and teachers,
families sharing a card, internet-café customers, VPN/WARP users, power users,
launch-day signups, translators."""
from __future__ import annotations

from . import clients as CL
from . import network as N
from . import prompts as P
from .sessions import age, run
from .timing import sample
from .world import CHAT, DAY_MS, HOUR_MS, LAUNCH_MS, MIN_MS, RESPONSES, pick

COUNTRY_MIX = {"EG": 28, "SA": 24, "AE": 13, "MA": 7, "JO": 6, "KW": 4, "QA": 3, "OM": 3, "LB": 3, "TN": 3,
               "DZ": 2, "IQ": 3, "BH": 1}
LANG = {
    "EG": {"ar_eg": 55, "arabizi": 20, "en": 20, "ar_msa": 5}, "SA": {"ar_gulf": 50, "ar_msa": 24, "en": 22, "ur": 2, "id": 2},
    "AE": {"en": 46, "ar_gulf": 26, "ar_msa": 6, "ur": 8, "ar_lev": 4, "fr": 3, "ru": 4, "fa": 3, "tr": 1, "sw": 1},
    "KW": {"ar_gulf": 55, "ar_msa": 13, "en": 28, "ur": 2, "id": 2}, "QA": {"ar_gulf": 50, "ar_msa": 14, "en": 33, "sw": 1, "tr": 2},
    "BH": {"ar_gulf": 55, "en": 45}, "OM": {"ar_gulf": 55, "ar_msa": 15, "en": 30},
    "JO": {"ar_lev": 60, "en": 30, "ar_msa": 10}, "LB": {"ar_lev": 45, "en": 30, "fr": 25},
    "IQ": {"ar_msa": 48, "ar_gulf": 20, "en": 27, "fa": 3, "tr": 2}, "MA": {"fr": 40, "ar_ma": 35, "ar_msa": 10, "en": 15},
    "DZ": {"fr": 45, "ar_ma": 35, "en": 20}, "TN": {"fr": 45, "ar_ma": 30, "ar_msa": 10, "en": 15},
}


def _ep(client) -> str:
    return RESPONSES if client.web else CHAT


def _chat_model(r, ts, paid: bool) -> str:
    if ts >= LAUNCH_MS and r.random() < (0.45 if paid else 0.22):
        return "ghaym-4"
    if paid and r.random() < 0.07:
        return "ghaym-r1"
    return "ghaym-3.5" if paid else "ghaym-3.5-mini"


def consumer_chat(world, n: int) -> None:
    rng = world.rng("consumer_chat")
    for _ in range(n):
        c = pick(rng, COUNTRY_MIX)
        lang = pick(rng, LANG[c])
        paid = rng.random() < 0.38
        acct = world.account("consumer_chat", created=age(rng, world.t0, 260), country=c,
                             pay=world.pay_fp() if paid else None, rpm=60 if paid else 12)
        api = rng.random() < 0.06
        client = CL.api_client(rng.choice(["py_openai", "node_openai", "dart"]), rng) if api else CL.first_party(world, rng)

        def make(r, ts, i, lang=lang, paid=paid, ep=_ep(client)):
            return _chat_model(r, ts, paid), ep, (P.chat, r.getrandbits(31), lang), "chat"
        run(world, rng, acct, loc=N.person(c, rng), client=client, key=world.key_id() if api else None,
            profile="consumer", country=c, sessions_per_day=rng.uniform(0.8, 3.6), reqs_per_session=3.6, gap_s=75,
            make=make, boost="launch", history=0.0 if api else 0.85, active_p=0.72)


CAMPUSES = [  # name, country, NREN, NAT addresses, languages, students
    ("cairo", "EG", "eun", 10, {"ar_eg": 45, "arabizi": 25, "en": 30}, 130),
    ("ainshams", "EG", "eun", 6, {"ar_eg": 50, "arabizi": 20, "en": 30}, 85),
    ("jeddah", "SA", "kacst_sauren", 8, {"ar_gulf": 40, "en": 50, "ar_msa": 10}, 80),
    ("sharjah", "AE", "ankabut", 4, {"en": 70, "ar_gulf": 15, "ar_lev": 15}, 55),
    ("rabat", "MA", "marwan", 5, {"fr": 60, "ar_ma": 25, "en": 15}, 70),
    ("amman", "JO", "junet", 6, {"ar_lev": 45, "en": 55}, 60),
]


def campus_nat(world, name: str) -> N.Fixed:
    """The campus's NAT addresses (the same for anyone on that campus network)."""
    for n_, c, isp, nips, _, _ in CAMPUSES:
        if n_ == name:
            return N.Fixed(isp, world.rng("campus-nat", name), n=nips)
    raise KeyError(name)


def students_campus(world, scale: float = 1.0) -> None:
    rng = world.rng("students")
    for name, c, isp, nips, langs, n in CAMPUSES:
        nat = campus_nat(world, name)
        courses = []
        for _ in range(rng.randint(3, 4)):
            kind = rng.choice(["gsm8k", "math", "math", "svamp", "mbpp", "humaneval"])
            items = [rng.randrange(100000) for _ in range(rng.randint(8, 12))]
            deadline_day = rng.randrange(world.days)
            courses.append((kind, items, deadline_day))
        for _ in range(int(n * scale)):
            lang = pick(rng, langs)
            acct = world.account("students_campus", created=age(rng, world.t0, 160), country=c, rpm=12,
                                 pay=world.pay_fp() if rng.random() < 0.12 else None)
            mine = rng.sample(courses, k=rng.choice([1, 1, 2]))
            r0 = rng.random()
            client = (CL.browser(world, rng) if r0 < 0.6 else CL.mobile_app(world, rng) if r0 < 0.9
                      else CL.api_client("py_openai", rng))
            loc = N.Roaming([(nat, 0.45), (N.person(c, rng, 0.7), 0.55)])

            def make(r, ts, i, lang=lang, mine=mine, ep=_ep(client)):
                x = r.random()
                think = r.random() < 0.2
                model = ("ghaym-4-think" if ts >= LAUNCH_MS and r.random() < 0.3 else "ghaym-r1") if think else "ghaym-3.5-mini"
                if x < 0.55:
                    kind, items, _ = r.choice(mine)
                    return model, ep, (P.homework, r.getrandbits(31), lang, kind, r.choice(items), 0.3), "homework"
                if x < 0.75:
                    corpus = r.choice(["gsm8k", "math", "mbpp", "arena_code"])
                    return model, ep, (P.homework, r.getrandbits(31), lang, corpus, r.getrandbits(30), 0.2), "homework"
                return _chat_model(r, ts, False), ep, (P.chat, r.getrandbits(31), lang), "chat"
            extra = {d: 1.8 for _, _, d in mine}
            run(world, rng, acct, loc=loc, client=client, key=world.key_id() if not client.web else None,
                profile="student", country=c, sessions_per_day=1.8, reqs_per_session=5, gap_s=100, make=make,
                boost="launch", history=0.6 if client.web else 0.0, active_p=0.8, extra_days=extra)


def tutors(world, n_teachers: int) -> None:
    rng = world.rng("tutors")
    # Egyptian tutoring centres: one shared account per centre, several tutors on two or three PCs.
    for _ in range(8):
        acct = world.account("tutors_teachers", created=age(rng, world.t0, 300), country="EG", pay=world.pay_fp(), rpm=120)
        office = N.Fixed("we_tedata", rng, n=1)
        pcs = [CL.browser(world, rng) for _ in range(rng.randint(2, 3))]
        for pc in pcs:
            def make(r, ts, i):
                m = "ghaym-4" if ts >= LAUNCH_MS and r.random() < 0.35 else "ghaym-3.5"
                return m, RESPONSES, (P.tutor, r.getrandbits(31), "ar_eg", r.choice(["gsm8k", "math", "svamp"]), r.getrandbits(30)), "cot"
            run(world, rng, acct, loc=office, client=pc, key=None, profile="night", country="EG",
                sessions_per_day=2.2, reqs_per_session=7, gap_s=110, make=make, boost="launch", history=0.3)
    for _ in range(n_teachers):
        c = pick(rng, {"JO": 20, "SA": 20, "MA": 15, "EG": 15, "AE": 15, "KW": 5, "OM": 5, "TN": 5})
        lang = "fr" if c in ("MA", "TN") and rng.random() < 0.7 else "en" if rng.random() < 0.25 else pick(rng, LANG[c])
        acct = world.account("tutors_teachers", created=age(rng, world.t0, 300), country=c, pay=world.pay_fp(), rpm=60)
        client = CL.browser(world, rng) if rng.random() < 0.8 else CL.api_client("py_openai", rng)

        def make(r, ts, i, lang=lang, ep=_ep(client)):
            m = "ghaym-4" if ts >= LAUNCH_MS and r.random() < 0.3 else "ghaym-r1" if r.random() < 0.15 else "ghaym-3.5"
            return m, ep, (P.tutor, r.getrandbits(31), lang, r.choice(["gsm8k", "math", "math", "svamp", "mbpp"]), r.getrandbits(30)), "cot"
        run(world, rng, acct, loc=N.person(c, rng, 0.3), client=client, key=None if client.web else world.key_id(),
            profile="consumer", country=c, sessions_per_day=1.8, reqs_per_session=7, gap_s=140, make=make, boost="launch",
            history=0.3 if client.web else 0, active_p=0.85)


def family_shared(world, n_families: int) -> None:
    rng = world.rng("family")
    for _ in range(n_families):
        c = pick(rng, {"SA": 30, "AE": 20, "KW": 12, "QA": 8, "EG": 15, "JO": 8, "BH": 7})
        home = N.Home(c, rng)
        card = world.pay_fp()
        ipad = CL.mobile_app(world, rng, android=False)
        members = rng.randint(2, 4)
        for m in range(members):
            kid = m > 0
            acct = world.account("family_shared", created=age(rng, world.t0, 120 if kid else 400), country=c, pay=card, rpm=60)
            client = ipad if kid and rng.random() < 0.5 else CL.first_party(world, rng)
            lang = pick(rng, LANG[c])
            loc = N.Roaming([(home, 0.8), (N.Mobile(c, rng), 0.2)])

            def make(r, ts, i, lang=lang, kid=kid, ep=_ep(client)):
                if kid and r.random() < 0.65:
                    return "ghaym-3.5", ep, (P.homework, r.getrandbits(31), lang, r.choice(["svamp", "gsm8k", "mbpp"]), r.getrandbits(30), 0.3), "homework"
                return _chat_model(r, ts, True), ep, (P.chat, r.getrandbits(31), lang), "chat"
            run(world, rng, acct, loc=loc, client=client, key=None, profile="student" if kid else "consumer", country=c,
                sessions_per_day=1.8, reqs_per_session=4.5, gap_s=80, make=make, boost="launch", history=0.8, active_p=0.75)


CAFES = [("EG", "we_tedata", 14), ("EG", "we_tedata", 10), ("EG", "we_tedata", 8), ("MA", "iam", 12), ("MA", "iam", 9), ("JO", "orange_jo", 8)]


def internet_cafe(world, per_cafe: int) -> None:
    rng = world.rng("cafe")
    for c, isp, pcs in CAFES:
        ip = N.Fixed(isp, rng, n=1)
        ua = CL._weighted(CL.BROWSERS[:2], rng)
        devices = [world.device() for _ in range(pcs)]
        for _ in range(per_cafe):
            lang = pick(rng, LANG[c])
            visit = sample(world, rng, "consumer", c)
            new = rng.random() < 0.3
            created = visit - rng.randrange(2, 8) * MIN_MS if new else age(rng, world.t0, 150)
            acct = world.account("internet_cafe", created=created, country=c, rpm=12)
            for v in range(rng.choice([1, 1, 1, 2])):
                t = visit if v == 0 else sample(world, rng, "consumer", c, lo=visit + HOUR_MS)
                pc = CL.Client(ua, rng.choice(devices), web=True)
                ctx = 0
                for k in range(rng.randint(3, 10)):
                    t += rng.randint(40, 240) * 1000
                    r = rng.random()
                    spec = ((P.homework, rng.getrandbits(31), lang, rng.choice(["gsm8k", "svamp", "math"]), rng.getrandbits(30), 0.2)
                            if r < 0.25 else (P.translate, rng.getrandbits(31), "fr" if c == "MA" else "en") if r < 0.4
                            else (P.chat, rng.getrandbits(31), lang))
                    comp = int(300 * (0.5 + rng.random() * 1.5))
                    a, asn = ip.ip(rng)
                    world.add(acct, t, "ghaym-3.5-mini", RESPONSES, spec, comp, a, asn, pc.ua, pc.device, None, ctx)
                    ctx += comp


VPN_MIX = {"cloudflare_warp": 40, "m247": 20, "datacamp": 15, "proton": 15, "packethub": 10}


def vpn_users(world, n: int) -> None:
    rng = world.rng("vpn")
    pools = {k: N.Pool(k) for k in VPN_MIX}
    for _ in range(n):
        c = pick(rng, {"AE": 55, "QA": 10, "EG": 15, "SA": 10, "OM": 5, "KW": 5})
        lang = pick(rng, LANG[c])
        paid = rng.random() < 0.55
        acct = world.account("vpn_users", created=age(rng, world.t0, 300), country=c, pay=world.pay_fp() if paid else None,
                             rpm=60 if paid else 12)
        loc = N.Roaming([(pools[pick(rng, VPN_MIX)], 0.7), (N.person(c, rng), 0.3)])
        api = rng.random() < 0.2
        client = CL.api_client(rng.choice(["py_openai", "node_openai", "curl"]), rng) if api else CL.first_party(world, rng, 0.35)

        def make(r, ts, i, lang=lang, paid=paid, ep=_ep(client)):
            if r.random() < 0.25:
                return _chat_model(r, ts, paid), ep, (P.homework, r.getrandbits(31), lang, "arena_code", r.getrandbits(30), 0.6), "code"
            return _chat_model(r, ts, paid), ep, (P.chat, r.getrandbits(31), lang), "chat"
        run(world, rng, acct, loc=loc, client=client, key=world.key_id() if api else None, profile="consumer", country=c,
            sessions_per_day=2.0, reqs_per_session=3.8, gap_s=80, make=make, boost="launch", history=0 if api else 0.8, active_p=0.7)
