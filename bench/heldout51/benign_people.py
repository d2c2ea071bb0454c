"""Benign populations, part 1: people (consumers, carrier CGNAT, exam students, teachers, families, VPN workers,
corporate cards, school labs, a bootcamp, launch-day explorers, new sign-ups, freelancers, developers testing,
coworking NATs). Each function fills one Pop.
"""
from __future__ import annotations

from . import corpora as C
from . import texts_everyday as TE
from . import texts_work as TW
from . import world as W
from .core import Pop, poisson
from .network import client, universities


def _mix_prompt(p: Pop, lang: str, nq: float = 0.15, maths: float = 0.04) -> tuple[str, tuple[int, int]]:
    r, x = p.rng, p.rng.random()
    if x < nq:
        return r.choice(C.load("nq")), (30, 180)
    if x < nq + maths:
        return r.choice(C.maths()), (200, 900)
    if x < 0.55:
        return TE.everyday(r, lang), (120, 700)
    return r.choice(C.chat()), (150, 1200)


def home_chat(p: Pop, n: int = 2000) -> None:
    r = p.rng
    for _ in range(n):
        kind = r.choices(["web", "ios", "android"], weights=[55, 20, 25])[0]
        a = p.acct(kind=kind, pay=r.random() < 0.4, keys=[] if r.random() < 0.85 else 1)
        prof = r.choice(["consumer", "consumer", "evening", "office"])
        for day in (0, 1):
            for ts in p.day_times(a, day, prof, r.uniform(0.4, 2.4), 3.2, 80):
                text, out = _mix_prompt(p, a.lang)
                p.ev(a, ts, text, out=out, model=W.chat_model(r, ts, adopt=0.12), key=True)


def mobile_cgnat(p: Pop, n: int = 1100) -> None:
    r = p.rng
    for _ in range(n):
        c = p.country()
        a = p.acct(c, kind=r.choice(["ios", "android"]), conn=p.net.mobile(r, c), keys=[], pay=r.random() < 0.3)
        for day in (0, 1):
            for start_ts in p.day_times(a, day, "consumer", r.uniform(0.5, 2.2), 1, 0):
                sip = a.conn.ip(r)  # one CGNAT mapping per session
                for ts in W.session(r, start_ts, max(1, poisson(r, 2.6)), 60):
                    text, out = _mix_prompt(p, a.lang, nq=0.3)
                    p.ev(a, ts, text, out=out, ip=sip, key=None)


STUDY_MIX = {"NL": 40, "BE": 45, "SE": 7, "DK": 4, "NO": 3, "LU": 1}


def exam_students(p: Pop, n: int = 900) -> None:
    r = p.rng
    for _ in range(n):
        c = p.country(STUDY_MIX)
        a = p.acct(c, kind=r.choice(["web", "web", "ios", "android"]), keys=[], pay=r.random() < 0.25,
                   created=W.aged_created(r, lo=W.SERVICE_START + 120 * W.DAY))
        unis = universities(c) or universities("NL")
        conns = [p.net.campus_conn(r.choice(unis)), a.conn, p.net.mobile(r, c)]
        for day in (0, 1):
            for start in p.day_times(a, day, "exam", r.uniform(0.8, 3.0), 1, 0):
                conn = r.choices(conns, weights=[45, 40, 15])[0]
                sip = conn.ip(r)
                prob = TE.problem(r, a.lang) if r.random() < 0.4 else r.choice(C.maths())
                turns = max(1, poisson(r, 4.5))
                ctx = 0
                for i, ts in enumerate(W.session(r, start, turns, 95, 0.9)):
                    msg = TE.student_msg(r, a.lang, prob) if i == 0 else TE.student_follow(r, a.lang)
                    rec = p.ev(a, ts, msg, out=(300, 1400) if i == 0 else (80, 700), ctx=ctx, ip=sip, key=None)
                    ctx += (rec["completion_tokens"] + rec["prompt_tokens"]) if rec else 0
                    if i % 2 == 1 and r.random() < 0.4:
                        prob = TE.problem(r, a.lang) if r.random() < 0.5 else r.choice(C.maths())
                        ctx = 0


def teachers(p: Pop, n: int = 70) -> None:
    r = p.rng
    for _ in range(n):
        c = p.country({"NL": 35, "BE": 30, "DK": 12, "SE": 12, "NO": 8, "IS": 3})
        a = p.acct(c, kind="web", pay=True, keys=[] if r.random() < 0.6 else 1)
        for day in (0, 1):
            for start in p.day_times(a, day, r.choice(["evening", "office"]), r.uniform(0.6, 1.6), 1, 0):
                items = r.randint(12, 45)
                source = [TE.problem(r, a.lang) for _ in range(items)] if r.random() < 0.5 else r.sample(C.maths(), items)
                for i, ts in enumerate(W.session(r, start, items, 35, 0.5)):
                    msg = TE.teacher_msg(r, a.lang, None if r.random() < 0.08 else source[i])
                    p.ev(a, ts, msg, out=(400, 1600), model=W.chat_model(r, ts, adopt=0.3, mini=0.1))


def families(p: Pop, n_fam: int = 110) -> None:
    r = p.rng
    for _ in range(n_fam):
        c = p.country()
        conn = p.net.home(r, c)
        card = p.new_pay(r) if r.random() < 0.8 else None
        ipad = f"ios-{W.uuid4(r)}"
        for m in range(r.randint(2, 4)):
            shared = r.random() < 0.6
            a = p.acct(c, conn=conn, pay=card, kind="ios" if shared else r.choice(["web", "android"]),
                       device=ipad if shared else None, keys=[], org=True)
            kid = m > 0
            for day in (0, 1):
                for ts in p.day_times(a, day, "evening" if kid else "consumer", r.uniform(0.4, 1.5), 2.5, 70):
                    if kid and r.random() < 0.5:
                        text, out = (TE.problem(r, a.lang) if r.random() < 0.5 else r.choice(C.load("svamp"))), (200, 700)
                    else:
                        text, out = _mix_prompt(p, a.lang, nq=0.25)
                    p.ev(a, ts, text, out=out, key=None)


def vpn_workers(p: Pop, n: int = 220) -> None:
    r = p.rng
    for _ in range(n):
        a = p.acct(kind=r.choice(["web", "python", "web"]), pay=True,
                   conn=p.net.vpn_conn(r.choice(["mullvad", "mullvad", "m247", "datacamp"])), keys=2)
        for day in (0, 1):
            for start in p.day_times(a, day, "office", r.uniform(1, 3), 1, 0):
                sip = a.conn.ip(r)   # a new exit per VPN connect
                for ts in W.session(r, start, max(1, poisson(r, 3)), 120):
                    text = TW.office(r, a.lang) if r.random() < 0.6 else r.choice(C.chat())
                    p.ev(a, ts, text, out=(150, 900), ip=sip)


CORPS = [("NL", "nl", 300), ("DK", "da", 180), ("SE", "sv", 120)]


def corporate(p: Pop) -> None:
    r = p.rng
    for c, lang, n in CORPS:
        org, card = f"org-{W.token(r, 12)}", p.new_pay(r)
        ua, dev = client(r, "web")
        office_conn = p.net.home(r, c)    # head-office business line besides the cloud proxy
        for _ in range(n):
            a = p.acct(c, lang=lang if r.random() < 0.8 else "en", org=org, pay=card, keys=[],
                       conn=p.net.corp_proxy() if r.random() < 0.75 else office_conn)
            a.ua, a.dev = ua, dev     # managed browser build, identical TLS fingerprint
            for day in (0, 1):
                for ts in p.day_times(a, day, "office", r.uniform(0.5, 2.0), 2.6, 110):
                    text = TW.office(r, a.lang) if r.random() < 0.65 else r.choice(C.chat())
                    p.ev(a, ts, text, out=(120, 800), model=W.chat_model(r, ts, adopt=0.0, mini=0.2))


def school_labs(p: Pop) -> None:
    r = p.rng
    for c, lang, isp, n in [("IS", "is", "siminn", 60), ("IS", "is", "vodafone_is", 45), ("DK", "da", "tdc", 70),
                            ("DK", "da", "telia_dk", 55), ("NO", "no", "telenor_no", 40), ("SE", "sv", "telia_se", 30)]:
        nat = p.net.home(r, c, isp)
        nat.p6 = 0.0
        ua, dev = client(r, "web")
        lessons = [W.DAY0 + d * W.DAY + int(W.utc_hour_of(c, h) * W.HOUR) for d in (0, 1) for h in (8.25, 9.25, 10.5, 12.75, 13.75)]
        for _ in range(n):
            a = p.acct(c, lang=lang, conn=nat, keys=[], pay=None, created=W.aged_created(r, lo=W.DAY0 - 140 * W.DAY))
            a.ua, a.dev = ua, dev
            for lesson in r.sample(lessons, k=r.randint(1, 3)):
                for ts in W.session(r, lesson + r.randrange(5 * 60_000), r.randint(1, 4), 150):
                    text = TE.problem(r, lang) if r.random() < 0.3 else (TE.everyday(r, lang) if r.random() < 0.6
                                                                         else r.choice(C.load("nq")))
                    p.ev(a, ts, text, out=(100, 700), key=None)


def bootcamp(p: Pop) -> None:
    r = p.rng
    for c, n in [("NL", 48), ("BE", 42)]:
        room = r.choice(p.net.cowork[c])
        lab_start = [W.DAY0 + d * W.DAY + int(W.utc_hour_of(c, h) * W.HOUR) for d in (0, 1) for h in (9.5, 11, 14, 15.5)]
        for _ in range(n):
            a = p.acct(c, lang="nl", conn=room, kind="web", pay=True, keys=[],
                       created=W.aged_created(r, lo=W.DAY0 - 20 * W.DAY, hi=W.DAY0 - 2 * W.DAY))
            for k, t0 in enumerate(lab_start):
                if r.random() < 0.85:
                    ex = TW.BOOTCAMP[(k + (t0 // W.DAY)) % len(TW.BOOTCAMP)]
                    for ts in W.session(r, t0 + r.randrange(8 * 60_000), r.randint(1, 5), 140):
                        text = TE.fill(r, r.choice(TW.BOOTCAMP_WRAP), {"x": [ex]}) if r.random() < 0.7 else TE.student_follow(r, "nl")
                        p.ev(a, ts, text, out=(200, 900), key=None)


def launch_explorers(p: Pop, n: int = 450) -> None:
    r = p.rng
    for _ in range(n):
        a = p.acct(kind=r.choice(["web", "python", "web", "ios"]), pay=True, keys=2)
        for ts in p.day_times(a, 0, "consumer", 0.8, 2, 60):
            text, out = _mix_prompt(p, a.lang)
            p.ev(a, ts, text, out=out)
        t = W.LAUNCH + int(r.expovariate(1 / (50 * 60_000)))
        for s in range(r.randint(1, 3)):
            for ts in W.session(r, t, max(2, poisson(r, 6)), 45):
                text = r.choice(TW.LAUNCH_PROBES) if r.random() < 0.45 else _mix_prompt(p, a.lang, maths=0.15)[0]
                p.ev(a, ts, text, out=(150, 1500), model=W.M_NEW if r.random() < 0.85 else W.M_CHAT)
            t += int(r.uniform(0.5, 5) * W.HOUR)


def new_signups(p: Pop, n: int = 550) -> None:
    r = p.rng
    for i in range(n):
        after = i < n * 0.8
        lo = W.LAUNCH if after else W.DAY0
        created = lo + int(r.expovariate(1 / (3 * W.HOUR))) if after else lo + r.randrange(2 * W.DAY - 6 * W.HOUR)
        if created >= W.END - 10 * 60_000:
            created = lo + r.randrange(W.END - lo - 20 * 60_000)
        a = p.acct(created=created, kind=r.choice(["web", "web", "ios", "android", "python"]),
                   pay=r.random() < 0.2, keys=[] if r.random() < 0.6 else 1)
        t, used = created + r.randrange(30_000, 20 * 60_000), 0
        for ts in W.session(r, t, max(1, poisson(r, 7)), 50):
            used += 1
            status = 429 if (a.pay is None and used > 6 and r.random() < 0.7) else None
            text = r.choice(TW.LAUNCH_PROBES) if r.random() < 0.35 else _mix_prompt(p, a.lang)[0]
            p.ev(a, ts, text, status=status, model=W.M_NEW if ts >= W.LAUNCH and r.random() < 0.8 else None)


def freelancers(p: Pop, n: int = 25) -> None:
    r = p.rng
    for _ in range(n):
        c = p.country({"NL": 40, "BE": 25, "DK": 15, "SE": 20})
        conn = p.net.home(r, c)
        ua, dev = client(r, "web")
        for _k in range(r.randint(2, 4)):     # one account per client, client's card, same laptop
            a = p.acct(c, conn=conn, pay=True, keys=1)
            a.ua, a.dev = ua, dev
            for day in (0, 1):
                for ts in p.day_times(a, day, "office", r.uniform(0.5, 1.5), 4, 90):
                    text = TW.seo(r, a.lang[:2]) if r.random() < 0.3 else TW.office(r, a.lang)
                    p.ev(a, ts, text, out=(300, 2200))


def dev_testers(p: Pop, n: int = 320) -> None:
    r = p.rng
    for _ in range(n):
        kind = r.choice(["curl", "python", "node", "go", "python_old", "requests", "java"])
        c = p.country()
        a = p.acct(c, kind=kind, keys=r.randint(1, 4), pay=r.random() < 0.5,
                   conn=p.net.home(r, c) if r.random() < 0.6 else p.net.cloud(r, r.choice(sorted(W_CLOUD)), 2))
        for day in (0, 1):
            for ts in p.day_times(a, day, "office", r.uniform(0.3, 1.5), 4, 25, sigma=1.2):
                status = r.choice([400, 401, 404, 422]) if r.random() < 0.12 else None
                model = r.choice([W.M_CHAT, W.M_MINI, W.M_CODE]) if ts < W.LAUNCH or r.random() < 0.6 else W.M_NEW
                p.ev(a, ts, r.choice(TW.DEV_TESTS), out=(3, 60), status=status, model=model)


W_CLOUD = {"aws_dub", "aws_arn", "gcp_ams", "hetzner_hel", "do_ams", "azure_ams", "ovh", "scaleway", "upcloud"}


def coworking(p: Pop, n: int = 200) -> None:
    r = p.rng
    for _ in range(n):
        c = p.country({"NL": 45, "BE": 20, "DK": 10, "SE": 15, "NO": 10})
        a = p.acct(c, conn=r.choice(p.net.cowork[c]), kind=r.choice(["web", "python", "node"]), pay=True, keys=2)
        for day in (0, 1):
            for ts in p.day_times(a, day, "office", r.uniform(0.6, 2.0), 3.5, 90):
                x = r.random()
                text = TW.office(r, a.lang) if x < 0.35 else (r.choice(C.code()) if x < 0.55 else r.choice(C.chat()))
                p.ev(a, ts, text, out=(150, 1200))
