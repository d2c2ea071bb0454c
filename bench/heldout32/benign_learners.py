"""Benign learning traffic: YKS candidates on the semester break, university students
behind campus NATs in make-up exam week, teachers writing worksheets, and a tutoring app
that sends one system prompt for all of its end users."""
from __future__ import annotations

from bench.heldout32 import lang
from bench.heldout32.base import Ctx, Home, Phone, choice, lognorm, session_ip, wpick
from bench.heldout32.clients import account, app, browser, created, org, payment, sdk, web_id
from bench.heldout32.events import ev, model_for
from bench.heldout32.net import CAMPUSES, ip_in
from bench.heldout32.text import EVAL_TMPL, TUTOR_SYS, WORKSHEET
from bench.heldout32.world import H, MOCK_KEY, sample_times, sessions

APP = "/app/conversation"


def mock_exam(cx: Ctx) -> list[str]:
    """The nationwide online mock exam (deneme) whose questions everyone asks about after 17:00 Wednesday."""
    r = cx.rng("mockexam")
    return [cx.corpus.pick(r, "math" if i % 3 else "gsm8k") for i in range(40)]


def _homework(cx: Ctx, rng) -> str:
    return cx.corpus.pick(rng, wpick(rng, [("math", 45), ("gsm8k", 35), ("svamp", 20)]))


def yks_students(cx: Ctx):
    """High-schoolers preparing for YKS: step-by-step maths in Turkish, shared dershane packets,
    a wave of identical mock-exam questions, mostly from phones behind carrier CGNAT."""
    pop = "b_yks_students_mobile"
    rng = cx.rng(pop)
    mock = mock_exam(cx)
    packets = [[_homework(cx, rng) for _ in range(25)] for _ in range(30)]
    accts, evs = [], []
    for i in range(650):
        a = account(rng, pop, False, created_ms=created(rng, 1, 20) if rng.random() < .4 else created(rng, 20, 500),
                    keys=0, city=wpick(rng, [("ist", 50), ("ank", 20), ("izm", 15), ("other", 15)]),
                    tier="t1" if rng.random() < .12 else "free")
        a["pay"] = payment(rng) if a["tier"] == "t1" else None
        on_app = rng.random() < .8
        a["ua"], a["dev"] = app(rng) if on_app else (browser(rng), web_id(rng))
        phone, home, packet = Phone(rng), Home(cx, rng), packets[i % 30]
        times = sessions(rng, lognorm(rng, 5 * cx.days, .9, hi=260), "student", cx.lo, cx.hi, 5, 100, derby=True)
        if rng.random() < .45 and MOCK_KEY < cx.hi:
            times += sample_times(rng, rng.randint(1, 6), "student", MOCK_KEY, min(cx.hi, MOCK_KEY + 7 * H))
        last: dict = {}
        for t in sorted(times):
            ip, asn = session_ip(cx, rng, t, last, lambda: phone.ip(cx, rng) if rng.random() < .75 else home.ip(rng))
            r = rng.random()
            if MOCK_KEY <= t < MOCK_KEY + 7 * H and r < .5:
                q = choice(rng, mock)
                p = q if rng.random() < .4 else lang.tr_homework(rng, q)
            elif r < .8:
                p = lang.tr_homework(rng, choice(rng, packet) if rng.random() < .35 else _homework(cx, rng))
            else:
                p = lang.tr_chat(rng)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="cot", model=model_for(rng, t, "app"), endpoint=APP))
        accts.append(a)
    return accts, evs


def campus_nat(cx: Ctx):
    """University students: many accounts per campus NAT address, course problem sets asked
    verbatim by a whole class, an edu org with one university card for a third of them."""
    pop = "b_university_campus_nat"
    rng = cx.rng(pop)
    unis = list(CAMPUSES)
    edu = {u: (org(rng), payment(rng)) for u in unis}
    courses = [[cx.corpus.pick(rng, choice(rng, ["mbpp", "humaneval", "math"])) for _ in range(15)] for _ in range(12)]
    accts, evs = [], []
    for i in range(450):
        u = unis[i % len(unis)]
        member = rng.random() < .33
        a = account(rng, pop, False, created_ms=created(rng, 5, 1200), city=CAMPUSES[u][1],
                    org_id=edu[u][0] if member else None, pay=edu[u][1] if member else None,
                    tier="t2" if member else "free", keys=1 if member else 0)
        api = member and rng.random() < .5
        a["ua"], a["dev"] = sdk(rng, "py") if api else (browser(rng), web_id(rng))
        phone, home, course = Phone(rng), Home(cx, rng), courses[i % 12]
        last: dict = {}
        for t in sessions(rng, lognorm(rng, 5 * cx.days, .8, hi=250), "campus", cx.lo, cx.hi, 4, 120, derby=True):
            on_campus = 7 <= ((t // H) + 3) % 24 <= 19 and rng.random() < .8
            ip, asn = session_ip(cx, rng, t, last, lambda: cx.net.campus_ip(rng, u) if on_campus
                                 else (home.ip(rng) if rng.random() < .6 else phone.ip(cx, rng)))
            r = rng.random()
            if r < .3:
                q, kind = choice(rng, course), "code"
            elif r < .55:
                q, kind = cx.corpus.pick(rng, "math"), "cot"
                q = q + "\nExplain step by step." if rng.random() < .5 else lang.tr_homework(rng, q)
            elif r < .75:
                q, kind = cx.corpus.pick(rng, "arena"), "chat"
            else:
                q, kind = (lang.tr_chat(rng) if rng.random() < .5 else cx.corpus.chat(rng)), "chat"
            evs.append(ev(rng, a, t, q, ip=ip, asn=asn, kind=kind, model=model_for(rng, t, "ramp"),
                          endpoint="/v1/chat/completions" if api else APP, city=CAMPUSES[u][1]))
        accts.append(a)
    return accts, evs


def teachers(cx: Ctx):
    """Teachers on the break generating practice sheets from textbook problems (MEBNET at school)."""
    pop = "b_teachers_worksheet_gen"
    rng = cx.rng(pop)
    accts, evs = [], []
    schools = [ip_in(rng, "mebnet") for _ in range(55)]
    for i in range(150):
        paid = rng.random() < .3
        a = account(rng, pop, False, created_ms=created(rng, 30, 800), keys=0, tier="t1" if paid else "free",
                    pay=payment(rng) if paid else None, city=wpick(rng, [("ist", 4), ("ank", 3), ("izm", 2)]),
                    ua=browser(rng), dev=web_id(rng))
        home, school = Home(cx, rng), schools[i % 55]
        for t in sessions(rng, lognorm(rng, 5 * cx.days, .6, hi=90), "office", cx.lo, cx.hi, 4, 150):
            ip, asn = school if rng.random() < .3 else home.ip(rng)
            q = cx.corpus.pick(rng, wpick(rng, [("gsm8k", 4), ("svamp", 3), ("math", 2)]))
            p = choice(rng, WORKSHEET).replace("{n}", str(rng.randint(5, 20))).replace(
                "{g}", str(rng.randint(5, 12))).replace("{q}", q)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, kind="list", model=model_for(rng, t, "app"), endpoint=APP))
        accts.append(a)
    return accts, evs


def tutoring_app(cx: Ctx):
    """'Kampus Koc': one app account relays every student's question under one system prompt."""
    pop = "b_tutoring_app_one_sysprompt"
    rng = cx.rng(pop)
    mock = mock_exam(cx)
    servers = [ip_in(rng, "radore") for _ in range(4)]
    accts, evs = [], []
    for per_day, tier in ((1700, "t3"), (160, "t2"), (400, "t3")):
        a = account(rng, pop, False, created_ms=created(rng, 200, 700), tier=tier, org_id=org(rng),
                    pay=payment(rng), keys=2, city="ist")
        a["ua"], a["dev"] = sdk(rng, "node")
        for t in sample_times(rng, int(per_day * cx.days), "student", cx.lo, cx.hi, derby=True):
            after = MOCK_KEY <= t < MOCK_KEY + 7 * H
            q = choice(rng, mock) if after and rng.random() < .4 else _homework(cx, rng)
            p = lang.tr_homework(rng, q) if rng.random() < .6 else (q if rng.random() < .5 else
                                                                     EVAL_TMPL["svamp"].replace("{q}", q))
            ip, asn = choice(rng, servers)
            evs.append(ev(rng, a, t, p, ip=ip, asn=asn, system=TUTOR_SYS, kind="cot", model=model_for(rng, t, "mini")))
        accts.append(a)
    return accts, evs
