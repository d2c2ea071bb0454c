"""Benign university and school populations: O-Week / first week of semester 1."""
from __future__ import annotations

from . import networks as nw
from .core import EP_CHAT, LAUNCH_MS, START_MS, World, comp, created_between, per_day, sticky, times
from .people import client, conversation, home_and_mobile, human_traffic
from .texts import CLASS_TEMPLATES, COURSES, TEACHER_WRAP, TUTOR_SYSTEM, TUTOR_WRAP
from .world import BROWSER_UA, HOUR_MS, SDK_UA, ja4_for

_KIND_POOLS = {"math": ["math"], "code": ["mbpp", "humaneval"], "wordmath": ["gsm8k", "svamp"]}


def campus_nat(w: World, net: str, index: int) -> list[tuple[str, int]]:
    """A campus Wi-Fi NAT: a handful of public addresses for tens of thousands of students."""
    key = f"campus/{net}/{index}"
    if key not in w.shared:
        w.shared[key] = nw.pool(w.rng(key), net, 6, index=index)
    return w.shared[key]


def course_sets(w: World) -> list[dict]:
    """Each course has a problem set this week: the same few questions for every enrolled student."""
    if "courses" not in w.shared:
        r = w.rng("courses")
        out = []
        for code, city, net, idx, kind in COURSES:
            pool = [q for p in _KIND_POOLS[kind] for q in w.c[p]]
            out.append({"code": code, "city": city, "nat": campus_nat(w, net, idx), "kind": kind,
                        "qs": r.sample(pool, 14), "wk": 1 if code[0] != "3" else 2,
                        "templates": r.sample(CLASS_TEMPLATES, 3)})
        w.shared["courses"] = out
    return w.shared["courses"]


def uni_homework(w: World, n: int) -> None:
    """Students on campus Wi-Fi (and at home at night) doing this week's maths / coding problems."""
    r = w.rng("pop/uni_homework")
    courses = course_sets(w)
    for _ in range(n):
        c1 = r.choice(courses)
        mine = [c1] + [c for c in r.sample(courses, 2) if c["city"] == c1["city"] and c is not c1][:1]
        ua, dev = client(w, r, 0.3)
        home = home_and_mobile(w, r, c1["city"], 0.35)

        def net(rr, nat=c1["nat"], home=home):
            return rr.choice(nat) if rr.random() < 0.6 else home(rr)
        a = w.account("uni_homework", c1["city"], created_between(r, 2, 500), ua=ua, device=dev, net=net,
                      tier="free" if r.random() < 0.85 else "t1", h3_delay_h=r.uniform(0, 24), h3_share=0.6)
        if a.tier == "t1":
            a.pay = w.card()
        nreq = per_day(r, w.days, 8, 0.7)
        ts = times(w, r, a, "student", nreq, (2, 10), 100)
        chat = conversation(r, w.c, nreq, {"chat_short": 45, "nq": 20, "instr": 20, "chat": 15})
        for i, t in enumerate(ts):
            if r.random() < 0.55:
                c = r.choice(mine)
                k = r.randrange(len(c["qs"]))
                p = r.choice(c["templates"]).format(code=c["code"], wk=c["wk"], n=k + 1, q=c["qs"][k])
                w.emit(r, a, t, p, completion=comp(r, 480, 0.5))
            else:
                w.emit(r, a, t, chat[i], completion=comp(r, 300))


def oweek_hackathon(w: World, n: int) -> None:
    """'Build with harbour-3' O-Week hackathon: accounts made that morning on sponsored credits,
    one venue NAT, teams sharing a project system prompt, bursty after the launch."""
    r = w.rng("pop/oweek_hackathon")
    org, card = w.org(), w.card()
    nat = campus_nat(w, "aarnet", 1)
    i = 0
    while i < n:
        team = min(r.randint(3, 5), n - i)
        proj = r.choice(w.c["roles"])
        for _ in range(team):
            ua = r.choice(SDK_UA[:5])
            created = START_MS + int(r.uniform(8, 11.5) * HOUR_MS)
            a = w.account("oweek_hackathon", "sydney", created, tier="t1", org=org, pay=card, keys=[w.key()],
                          ua=ua, device=ja4_for(ua), net=sticky(nat, 0.8), endpoint=EP_CHAT,
                          h3_delay_h=0, h3_share=0.95, retry=0.8)
            ts = times(w, r, a, "student", per_day(r, w.days, 22, 0.6), (4, 25), 30, not_before=LAUNCH_MS)
            for t in ts:
                p = r.choice(w.c[r.choices(["code", "chat_short", "instr", "arena_short"], [35, 30, 20, 15])[0]])
                w.emit(r, a, t, p, system=proj if r.random() < 0.7 else None, completion=comp(r, 420))
            i += 1


def academic_staff(w: World, n: int) -> None:
    """Researchers and lecturers on AARNet / REANNZ staff networks, some via the API."""
    r = w.rng("pop/academic_staff")
    courses = course_sets(w)
    for _ in range(n):
        c = r.choice(courses)
        api = r.random() < 0.4
        ua = r.choice(SDK_UA[:5]) if api else r.choice(BROWSER_UA)
        staff = nw.pool(r, "reannz" if c["city"] == "auckland" else "aarnet", 1,
                        index=0 if c["city"] == "auckland" else COURSES[courses.index(c)][3])
        a = w.account("academic_staff", c["city"], created_between(r, 30, 1000), tier="t1" if api else "free",
                      ua=ua, device=ja4_for(ua) if api else w.dev(), keys=[w.key()] if api else [],
                      net=home_and_mobile(w, r, c["city"], 0.3, home=staff[0]), endpoint=EP_CHAT if api else "/app/chat",
                      pay=w.card() if api else None, h3_delay_h=r.uniform(0, 10), h3_share=0.7)
        human_traffic(w, r, a, per_day(r, w.days, 9, 0.7), "office", median=450,
                      mix={"arena": 30, "chat": 30, "code": 15, "math": 10, "instr": 15})
        # lecturers preparing this week's tutorial solutions
        if r.random() < 0.3:
            for t in times(w, r, a, "office", r.randint(3, 10), (3, 10), 60):
                w.emit(r, a, t, "Write a model solution for the tutorial:\n\n" + r.choice(c["qs"]),
                       completion=comp(r, 700, 0.4))


def teachers_quizgen(w: World, n: int) -> None:
    """School teachers in the first weeks of term building worksheets from word problems."""
    r = w.rng("pop/teachers_quizgen")
    for _ in range(n):
        city = r.choice(["sydney", "melbourne", "brisbane", "perth", "auckland"])
        ua, dev = client(w, r, 0.1)
        a = w.account("teachers_quizgen", city, created_between(r, 10, 600), ua=ua, device=dev,
                      net=home_and_mobile(w, r, city, 0.15), tier=r.choice(["free", "t1"]))
        if a.tier == "t1":
            a.pay = w.card()
        yr = r.randint(5, 10)
        ts = times(w, r, a, "consumer", per_day(r, w.days, 7, 0.6), (3, 12), 150)
        for t in ts:
            if r.random() < 0.7:
                q = r.choice(w.c[r.choice(["gsm8k", "svamp", "gsm8k"])])
                w.emit(r, a, t, r.choice(TEACHER_WRAP).format(yr=yr, q=q), completion=comp(r, 800, 0.4))
            else:
                w.emit(r, a, t, r.choice(w.c["instr"]), completion=comp(r, 350))


def tutoring_company(w: World, n: int) -> None:
    """BrightPath Tutoring: tutors on one company card and office NAT, worked solutions step by step."""
    r = w.rng("pop/tutoring_company")
    org, card = w.org(), w.card()
    office = nw.pool(w.rng("pool/brightpath"), "vocus", 1)[0]
    for _ in range(n):
        home = home_and_mobile(w, r, "sydney", 0.2)
        a = w.account("tutoring_company", "sydney", created_between(r, 20, 400), tier="t2", org=org, pay=card,
                      ua=r.choice(BROWSER_UA), device=w.dev(), keys=[],
                      net=lambda rr, h=home: office if rr.random() < 0.5 else h(rr), h3_delay_h=r.uniform(1, 12),
                      h3_share=0.7)
        ts = times(w, r, a, "consumer", per_day(r, w.days, 22, 0.5), (4, 14), 90)
        for t in ts:
            q = r.choice(w.c[r.choice(["math", "math", "gsm8k"])])
            w.emit(r, a, t, r.choice(TUTOR_WRAP).format(q=q), system=TUTOR_SYSTEM, completion=comp(r, 900, 0.4))
