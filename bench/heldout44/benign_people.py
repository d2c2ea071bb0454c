"""Benign populations of people: ENEM candidates, cursinhos, universities,
consumers in Brazil, Portugal and Lusophone Africa, launch-day tryers."""
from __future__ import annotations

from . import texts as T
from .pop import Pop, chat_model, p_leisure, p_work, window
from .world import ENEM_END, HOUR, LAUNCH, MIN, NETS, SDK_UA, T0, Person, hexid

MATHS = ("math", "gsm8k", "svamp", "gsm8k")


def _q(P: Pop, kinds=MATHS) -> str:
    return T.pick(P.rng, P.rng.choice(kinds))


def _session(P: Pop, a, person: Person, ts_list, make, app: float = 0.7, model=None, net=None):
    rng = P.rng
    use_app = rng.random() < app
    for j, ts in enumerate(ts_list):
        n = net(ts) if net else (person.via_app(ts, rng) if use_app else person.via_browser(ts))
        P.emit(a, ts, model=model or chat_model(rng, a, ts), prompt=make(), net=n, hist=j * rng.randint(120, 600))


def enem_candidates(P: Pop) -> None:
    rng = P.rng
    for i in range(1600):
        free = rng.random() < 0.72
        created = P.created_aged(1, 75) if rng.random() < 0.25 else P.created_mix()
        a = P.account(created, "free" if free else "pix")
        me = Person(rng, a.id)
        skipped = rng.random() < 0.06  # missed the exam: no silence
        if rng.random() < 0.45:  # last revision in the morning
            for s in P.sessions(1, window(6.5, 11.7), size=(1, 4)):
                _session(P, a, me, s, lambda: rng.choice(T.ENEM_OWN))
        if skipped:
            for s in P.sessions(rng.randint(1, 3), p_leisure, size=(1, 4)):
                _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.GENERAL_BR), T.pick(rng, "nq")))
        elif rng.random() < 0.78:  # the surge after 18:30: questions about the paper
            prof = lambda d, h: (3.0 if 18.75 <= h < 20 else 2.0 if 20 <= h < 22 else 1.0 if 22 <= h < 24 else 0) if d == 0 else 0
            leaving = lambda ts: (  # on the way home from the exam site: the carrier's CGNAT
                {"ip": me.mobile_at(ts)[0], "asn": me.carrier.asn, "ua": me.app_ua, "device": me.install}
                if ts < ENEM_END + 80 * MIN else me.via_app(ts, rng))
            for s in P.sessions(rng.randint(1, 3), prof, size=(2, 6), gap=(30, 200)):
                _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.ENEM_AFTER), _q(P))
                         if rng.random() < 0.75 else rng.choice(T.ENEM_OWN), net=leaving if rng.random() < 0.8 else None)
        if rng.random() < 0.4:  # Monday: the unofficial answer keys
            for s in P.sessions(1, window(31, 47), size=(1, 4)):
                _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.ENEM_AFTER), _q(P)))


CURSINHOS = [("Cursinho Aprova", "SP"), ("Pre-Vest Popular Recife", "REC"), ("Cursinho Gaucho", "POA")]


def cursinho_teachers(P: Pop) -> None:
    """Maths teachers publish a commented answer key the night of the exam: long
    step-by-step solutions of every question, on the cursinho's shared corporate card."""
    rng = P.rng
    for name, city in CURSINHOS:
        org = "org_" + hexid(P.seed, name, n=8)
        pay = P.payment("corp", name)
        for t in range(20):
            a = P.account(P.created_aged(200, 1100), "corp", org=org, pay=pay)
            me = Person(rng, a.id, city)
            maths = t < 9
            if maths:  # 19:00 - 01:00 solving the paper
                start = T0 + 18 * HOUR + rng.randint(45, 120) * MIN
                ts = start
                for _ in range(rng.randint(18, 45)):
                    ts += rng.randint(90, 420) * 1000
                    P.emit(a, ts, model="ipe-3", prompt=T.fill(rng, rng.choice(T.TEACHER_WRAP), _q(P, ("math", "gsm8k"))),
                           net=me.via_browser(ts), comp=rng.randint(600, 2200))
            for s in P.sessions(rng.randint(1, 3), p_work, size=(3, 9), gap=(60, 400)):
                _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.TEACHER_WRAP), _q(P, MATHS + ("nq",))), app=0.0)


def cursinho_students(P: Pop) -> None:
    rng = P.rng
    offices = [NETS["Empresarial Link/SP"], NETS["Empresarial Link/SP"], NETS["Corporativa Telecom/BH"]]
    for i in range(480):
        a = P.account(P.created_mix(), "free" if rng.random() < 0.8 else "pix")
        c = i % 3
        me = Person(rng, a.id, CURSINHOS[c][1])
        site = offices[c]
        # Monday class hours: the whole class shares the cursinho's wifi NAT
        for s in P.sessions(rng.randint(1, 3), window(31.5, 41.5), size=(1, 5)):
            _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.STUDY_WRAP), _q(P)),
                     net=lambda ts: {"ip": site.ip("nat", CURSINHOS[c][0], ts // (6 * HOUR)), "asn": site.asn,
                                     "ua": me.app_ua, "device": me.install})
        if rng.random() < 0.6:  # they took the exam too
            for s in P.sessions(1, window(18.7, 23.9), size=(2, 5)):
                _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.ENEM_AFTER), _q(P)))


CAMPUSES = {"SP": ["RNP/USP", "RNP/UNICAMP", "Mackenzie Net/SP"], "RJ": ["RNP/UFRJ"], "BH": ["RNP/UFMG"],
            "REC": ["RNP/UFPE"], "POA": ["RNP/UFRGS"]}


def university_students(P: Pop) -> None:
    rng = P.rng
    for i in range(1000):
        a = P.account(P.created_mix(), "free" if rng.random() < 0.55 else "card")
        me = Person(rng, a.id)
        campus = NETS[rng.choice(CAMPUSES[me.city])]
        coder = rng.random() < 0.45

        def ask():
            if coder and rng.random() < 0.6:
                return T.fill(rng, rng.choice(T.DEV_WRAP), T.pick(rng, rng.choice(["mbpp", "humaneval", "arena"])))
            return T.fill(rng, rng.choice(T.STUDY_WRAP + T.GENERAL_BR), T.pick(rng, rng.choice(["math", "arena", "user", "nq"])))

        def on_campus(ts):  # Monday 8-18 on the campus NAT, else home / phone
            if 32 <= (ts - T0) / HOUR < 42 and rng.random() < 0.8:
                nat = (campus.ip("nat", rng.randrange(8)), campus.asn)
                if rng.random() < 0.5:
                    return {"ip": nat[0], "asn": nat[1], "ua": me.app_ua, "device": me.install}
                return me.via_browser(ts, nat)
            return me.via_app(ts, rng) if rng.random() < 0.5 else me.via_browser(ts)

        for s in P.sessions(rng.randint(1, 2), p_leisure, size=(1, 5)):
            _session(P, a, me, s, ask, net=on_campus)
        for s in P.sessions(rng.randint(1, 3), window(31, 47), size=(2, 7)):
            _session(P, a, me, s, ask, net=on_campus)


def general_consumers(P: Pop) -> None:
    rng = P.rng
    for i in range(1200):
        a = P.account(P.created_mix(), "free" if rng.random() < 0.6 else rng.choice(["card", "pix"]))
        me = Person(rng, a.id)
        for s in P.sessions(rng.randint(1, 3), p_leisure, size=(1, 5)):
            _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.GENERAL_BR),
                                                 T.pick(rng, rng.choice(["nq", "seed", "user", "awesome", "arena"]))))


def lisbon_users(P: Pop) -> None:
    rng = P.rng
    for i in range(320):
        a = P.account(P.created_mix(), "free" if rng.random() < 0.5 else "card")
        me = Person(rng, a.id, country="PT")
        for s in P.sessions(rng.randint(1, 3), p_leisure, size=(1, 6), tz=0):
            _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.GENERAL_PT),
                                                 T.pick(rng, rng.choice(["seed", "user", "arena", "nq"]))), app=0.5)


def lusophone_africa(P: Pop) -> None:
    rng = P.rng
    for i in range(240):
        cc = "AO" if i % 3 else "MZ"
        a = P.account(P.created_mix(), "free" if rng.random() < 0.85 else "card")
        me = Person(rng, a.id, country=cc)
        for s in P.sessions(rng.randint(1, 2), p_leisure, size=(1, 5), tz=me.tz):
            # phones only, on the carrier: no fixed line at home
            _session(P, a, me, s, lambda: T.fill(rng, rng.choice(T.GENERAL_AFR), T.pick(rng, rng.choice(["seed", "nq", "user"]))),
                     net=lambda ts: {"ip": me.carrier.ip("cgnat", a.id, ts // (20 * MIN)), "asn": me.carrier.asn,
                                     "ua": me.app_ua, "device": me.install})


def release_day_tryers(P: Pop) -> None:
    """Enthusiasts and devs who try ipe-4 the moment it ships: some poll before
    10:00 (404s), most hit 429/503 and retry fast."""
    rng = P.rng
    for i in range(650):
        a = P.account(P.created_mix(), rng.choice(["card", "card", "pix"]))
        me = Person(rng, a.id)
        sdk = rng.random() < 0.5
        ua = rng.choice(SDK_UA)
        start = LAUNCH + int(rng.expovariate(1 / (70 * MIN)))
        if rng.random() < 0.22:
            start = LAUNCH - rng.randint(2, 25) * MIN
        ts = start
        for _ in range(rng.randint(2, 14)):
            net = me.via_browser(ts, me.home_at(ts) if rng.random() < 0.4 else (me.mobile_at(ts) if rng.random() < 0.2 else None))
            if sdk:
                net = {"ip": net["ip"], "asn": net["asn"], "ua": ua, "device": None}
            P.emit(a, ts, model="ipe-4", prompt=T.fill(rng, rng.choice(T.DEV_WRAP + T.GENERAL_BR),
                                                       T.pick(rng, rng.choice(["arena", "arena", "humaneval", "user"]))),
                   net=net)
            ts += rng.randint(3, 240) * 1000 if rng.random() < 0.5 else rng.randint(4, 40) * MIN
        if rng.random() < 0.3:
            for s in P.sessions(1, p_work, size=(1, 4)):
                _session(P, a, me, s, lambda: T.pick(rng, "arena"), app=0.0)
