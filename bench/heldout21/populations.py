"""Benign people: students around the Suneung results, PC-bang customers,
university students, consumers, developers, office workers, the diaspora,
launch-day explorers and private tutors. Each builder adds its accounts to the
world and returns nothing; `fn(w, a, k, ts)` renders request k of account a."""
from __future__ import annotations

from .accounts import API, APP, BASE, LEGACY, MINI, NEW, PRO, Account, World, event
from .clock import (DAY, HOUR, MIN, P_CONSUMER, P_DEV, P_EUROPE, P_OFFICE, P_PCBANG, P_STUDENT, P_US_EAST, P_US_WEST, hourly,
                    poisson, sessions)
from .people import home_or_phone, on_pc, on_phone, pcbang_seat, person, short_math, u
from .templates import (ADMISSION_KO, ASSIGN_KO, CODE_KO, DIASPORA, DIASPORA_MSG, EVERYDAY_KO, FOLLOW_KO, GAME_KO, OFFICE_KO,
                        PARENT_MATH_KO, REPORT_KO, SCIENCE_KO, STEP_EN_STUDENT, STEP_KO, STUDENT_LIFE_KO, TUTOR_KO, VIRAL_LAUNCH,
                        fill)
from .world import BROWSERS_PC, SDK, consumer_payment, created_days_ago, payment, weighted

B = "benign"


def _consumer_model(w: World, a: Account, ts: int, adopt: float = 0.5) -> str:
    if a.pay is None:
        return MINI
    if w.clock.launched(ts) and u(a.st, ts, DAY, 21) < adopt:
        return NEW
    return BASE


def _en(w: World, rng) -> str:
    src = w.corpora["user"] if rng.random() < 0.5 else w.corpora["seed"]
    return rng.choice(src)[:400]


def _maybe_follow(a: Account, ts: int, p: float) -> str | None:
    st = a.st
    if st.get("last_math") and ts - st.get("last_ts", 0) < 8 * MIN and a.rng.random() < p:
        return fill(a.rng, a.rng.choice(FOLLOW_KO))
    return None


# ---------------------------------------------------------------- Suneung students
def suneung_students(w: World) -> None:
    rng, C, clock, net = w.rng("pop:suneung_students"), w.corpora, w.clock, w.net
    pool = short_math(C)
    fam = w.shared["family_carrier"]
    cum = hourly(clock, P_STUDENT, lambda h, d, hr: 2.4 if d == 0 and 9 <= hr < 14 else 1.0)
    for _c in range(rng.randrange(100, 112)):
        school = rng.choice(net.schools)
        sheet = [rng.choice(pool) for _ in range(rng.randrange(18, 30))]  # the class worksheet
        cafe = net.pick_pcbang(rng) if rng.random() < 0.45 else None
        study = rng.choice(net.study_cafes) if rng.random() < 0.5 else None
        for _s in range(rng.randrange(6, 13)):
            x = rng.random()
            if x < 0.7:
                created = created_days_ago(rng, clock.start, 30, 900)
            elif x < 0.92:
                created = created_days_ago(rng, clock.start, 0.5, 14)
            else:
                created = clock.results + rng.randrange(5 * HOUR)  # signed up when the scores came out
            pay = rng.choice(fam) if rng.random() < 0.16 else consumer_payment(rng, 0.8)
            a = Account(w, B, "suneung_students", None, created, pay)
            st = a.st = person(w, rng)
            st.update(school=school, sheet=sheet, pool=pool, phone=rng.uniform(0.55, 0.92),
                      cafe=cafe if cafe and rng.random() < 0.55 else None,
                      study=study if study and rng.random() < 0.5 else None)
            a.times = sessions(rng, clock, cum, poisson(rng, 2.1 * clock.days), rng.uniform(2.5, 6.5), (40, 300),
                               not_before=max(created, clock.start))
            a.fn = _student


def _student(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, clock, C = a.st, a.rng, w.clock, w.corpora
    hour, day = clock.kst_hour(ts), clock.day_of(ts)
    if day == 0 and 8 <= hour < 13 and u(st, ts, k=1) < 0.7:
        _, _, ua, dev, ep = on_phone(w, st, ts, True)
        ip, asn = st["school"]  # results handed out at school; phones on the school wifi
    elif st["cafe"] and 13 <= hour < 22 and u(st, ts, 3 * HOUR, 2) < 0.35:
        ip, asn, ua, dev, ep = pcbang_seat(w, st, st["cafe"], ts)
    elif st["study"] and (hour >= 18 or hour < 1) and u(st, ts, 3 * HOUR, 3) < 0.4:
        _, _, ua, dev, ep = on_phone(w, st, ts, True)
        ip, asn = st["study"]  # study-cafe wifi
    else:
        ip, asn, ua, dev, ep = home_or_phone(w, st, ts, st["phone"])
    prompt, kind, is_math = _maybe_follow(a, ts, 0.3), "solve", True
    if prompt is None:
        x = rng.random()
        adm = 0.4 if (day == 0 and 9 <= hour < 15) else 0.14
        if x < adm:
            prompt, kind, is_math = fill(rng, rng.choice(ADMISSION_KO)), "chat", False
        elif x < adm + 0.42:
            ref = rng.choice(st["sheet"]) if rng.random() < 0.6 else rng.choice(st["pool"])
            tmpl = rng.choice(STEP_KO) if rng.random() < 0.8 else rng.choice(STEP_EN_STUDENT)
            prompt, kind = fill(rng, tmpl, q=C.text(ref)), "cot"
        elif x < adm + 0.54:
            prompt = fill(rng, rng.choice(SCIENCE_KO))
        elif x < adm + 0.66:
            prompt, kind, is_math = fill(rng, rng.choice(STUDENT_LIFE_KO if rng.random() < 0.6 else GAME_KO)), "chat", False
        elif x < adm + 0.76:
            prompt, kind, is_math = rng.choice(C["nq"]), "short", False
        else:
            prompt, kind, is_math = fill(rng, rng.choice(REPORT_KO), en=_en(w, rng)), "essay", False
    st["last_math"], st["last_ts"] = is_math, ts
    return event(a, ts, model=_consumer_model(w, a, ts, 0.6), endpoint=ep, prompt=prompt, kind=kind,
                 ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- PC-bang customers
def pcbang_gamers(w: World) -> None:
    rng, clock, net = w.rng("pop:pcbang_gamers"), w.clock, w.net
    adult = hourly(clock, P_PCBANG)
    teen = hourly(clock, P_PCBANG, lambda h, d, hr: 1.0 if 10 <= hr < 22 else 0.0)  # youth curfew at 22:00
    for _ in range(rng.randrange(360, 400)):
        is_teen = rng.random() < 0.45
        a = Account(w, B, "pcbang_gamers", None, created_days_ago(rng, clock.start, 10, 1200), consumer_payment(rng, 0.75))
        st = a.st = person(w, rng)
        cafe = net.pick_pcbang(rng)
        st.update(cafes=[cafe, net.pick_pcbang(rng) if rng.random() < 0.3 else cafe], teen=is_teen)
        a.times = sessions(rng, clock, teen if is_teen else adult, poisson(rng, 1.2 * clock.days), rng.uniform(3, 7), (120, 1200))
        a.fn = _gamer


def _gamer(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    if u(st, ts, 3 * HOUR, 1) < 0.85:
        ip, asn, ua, dev, ep = pcbang_seat(w, st, st["cafes"][int(u(st, ts, DAY, 2) * 2)], ts)
    else:
        ip, asn, ua, dev, ep = home_or_phone(w, st, ts, 0.8)
    x, kind = rng.random(), "chat"
    if x < 0.45:
        prompt = fill(rng, rng.choice(GAME_KO))
    elif x < 0.65:
        prompt = fill(rng, rng.choice(EVERYDAY_KO))
    elif x < 0.75 and st["teen"]:
        prompt, kind = fill(rng, rng.choice(STEP_KO), q=rng.choice(C["gsm8k"])), "cot"
    elif x < 0.87:
        prompt, kind = rng.choice(C["nq"]), "short"
    elif x < 0.93:
        prompt = rng.choice(C["awesome"])
    else:
        prompt, kind = fill(rng, rng.choice(REPORT_KO), en=_en(w, rng)), "essay"
    return event(a, ts, model=_consumer_model(w, a, ts, 0.3), endpoint=ep, prompt=prompt, kind=kind,
                 ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- university students (final-exam season)
def university_students(w: World) -> None:
    rng, C, clock, net = w.rng("pop:university_students"), w.corpora, w.clock, w.net
    coding = [("mbpp", i) for i in range(len(C["mbpp"]))]
    calc = [("math", i) for i, t in enumerate(C["math"]) if len(t) < 500]
    arena_code = [i for i, t in enumerate(C["arena"]) if any(s in t for s in ("def ", "python", "Python", "C++", "function"))]
    courses = []
    for ci in range(len(net.campuses)):
        for _ in range(3):
            src = coding if rng.random() < 0.6 else calc
            courses.append((ci, [rng.choice(src) for _ in range(rng.randrange(6, 11))]))
    prof = [(a + b) / 2 for a, b in zip(P_STUDENT, P_DEV)]
    cum = hourly(clock, prof)
    for _ in range(rng.randrange(400, 440)):
        ci = rng.randrange(len(net.campuses))
        mine = [c[1] for c in courses if c[0] == ci]
        a = Account(w, B, "university_students", None, created_days_ago(rng, clock.start, 20, 1400), consumer_payment(rng, 0.5))
        st = a.st = person(w, rng)
        st.update(campus=net.campuses[ci], courses=rng.sample(mine, 2), dorm=rng.random() < 0.35, sdk=rng.random() < 0.15,
                  calc=calc, arena_code=arena_code, nat=rng.randrange(16))
        a.times = sessions(rng, clock, cum, poisson(rng, 1.8 * clock.days), rng.uniform(3, 7), (30, 420))
        a.fn = _undergrad


def _undergrad(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    hour, camp = w.clock.kst_hour(ts), st["campus"]
    x, on_campus = u(st, ts, k=1), True
    if 9 <= hour < 19 and x < 0.55:
        ip, asn, ua, dev, ep = on_pc(st, (camp["nat"][(st["nat"] + int(u(st, ts, k=4) * 3)) % len(camp["nat"])], camp["asn"]))
    elif st["dorm"] and x < 0.8:
        ip, asn, ua, dev, ep = on_pc(st, (camp["dorm"][st["nat"] % len(camp["dorm"])], camp["asn"]))
    else:
        ip, asn, ua, dev, ep = home_or_phone(w, st, ts, 0.45)
        on_campus = False
    model, endpoint = _consumer_model(w, a, ts, 0.5), ep
    if st["sdk"] and on_campus and u(st, ts, k=5) < 0.5:
        ua, dev = SDK["py311"]
        endpoint, model = API, (NEW if w.clock.launched(ts) and u(st, ts, DAY, 6) < 0.5 else BASE)
    y, kind = rng.random(), "code"
    if y < 0.3:
        ref = rng.choice(rng.choice(st["courses"]))
        q = C.text(ref)
        prompt = fill(rng, rng.choice(ASSIGN_KO), q=q) if ref[0] == "mbpp" else fill(rng, rng.choice(STEP_KO), q=q)
        kind = "code" if ref[0] == "mbpp" else "cot"
    elif y < 0.45:
        prompt = fill(rng, rng.choice(CODE_KO), code=rng.choice(C["humaneval"]))
    elif y < 0.55:
        prompt = C["arena"][rng.choice(st["arena_code"])]
    elif y < 0.73:
        prompt, kind = fill(rng, rng.choice(REPORT_KO), en=_en(w, rng)), "essay"
    elif y < 0.83:
        prompt, kind = fill(rng, rng.choice(STEP_KO), q=C.text(rng.choice(st["calc"]))), "cot"
    elif y < 0.92:
        prompt, kind = rng.choice(C["arena"]), "chat"
    else:
        prompt, kind = fill(rng, rng.choice(EVERYDAY_KO)), "chat"
    return event(a, ts, model=model, endpoint=endpoint, prompt=prompt, kind=kind, ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- consumers (incl. parents on results day)
def consumer_chat(w: World) -> None:
    rng, clock = w.rng("pop:consumer_chat"), w.clock
    fam = w.shared["family_carrier"]
    cum = hourly(clock, P_CONSUMER)
    for _ in range(rng.randrange(860, 940)):
        pay = rng.choice(fam) if rng.random() < 0.14 else consumer_payment(rng, 0.5)
        a = Account(w, B, "consumer_chat", None, created_days_ago(rng, clock.start, 3, 1500), pay)
        a.st = person(w, rng)
        a.st["phone"] = rng.uniform(0.5, 0.95)
        a.st["parent"] = rng.random() < 0.3
        a.times = sessions(rng, clock, cum, poisson(rng, 2.0 * clock.days), rng.uniform(2, 5), (30, 500))
        a.fn = _consumer


def _consumer(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C, clock = a.st, a.rng, w.corpora, w.clock
    ip, asn, ua, dev, ep = home_or_phone(w, st, ts, st["phone"])
    hour, day = clock.kst_hour(ts), clock.day_of(ts)
    adm = 0.2 if st["parent"] and day == 0 and 9 <= hour < 20 else 0.02
    x, kind = rng.random(), "chat"
    if x < adm:
        prompt = fill(rng, rng.choice(ADMISSION_KO))
    elif x < adm + 0.42:
        prompt = fill(rng, rng.choice(EVERYDAY_KO))
    elif x < adm + 0.52:
        prompt, kind = rng.choice(C["nq"]), "short"
    elif x < adm + 0.6:
        prompt = rng.choice(C["awesome"])
    elif x < adm + 0.7:
        prompt = rng.choice(C["user"] if rng.random() < 0.6 else C["seed"])
    elif x < adm + 0.77 and st["parent"]:
        prompt, kind = fill(rng, rng.choice(PARENT_MATH_KO), q=rng.choice(C["svamp"] if rng.random() < 0.5 else C["gsm8k"])), "cot"
    elif x < adm + 0.87:
        prompt, kind = fill(rng, rng.choice(OFFICE_KO)), "summary"
    else:
        prompt = rng.choice(C["arena"])
    return event(a, ts, model=_consumer_model(w, a, ts, 0.45), endpoint=ep, prompt=prompt, kind=kind,
                 ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- IDE coding assistant users
def coding_assistants(w: World) -> None:
    rng, C, clock, net = w.rng("pop:coding_assistants"), w.corpora, w.clock, w.net
    teams = []
    for ci in rng.sample(range(len(net.companies)), 45):
        org = w.ids.org() if rng.random() < 0.7 else None
        teams.append((net.companies[ci], org, payment(rng, "invoice") if org else None))
    arena_code = [i for i, t in enumerate(C["arena"]) if any(s in t for s in ("def ", "```", "class ", "function", "SQL", "Rust", "C++"))]
    cum = hourly(clock, P_DEV)
    for _ in range(rng.randrange(450, 500)):
        team = rng.choice(teams) if rng.random() < 0.72 else None
        org, pay = (team[1], team[2]) if team and team[1] else (None, payment(rng, "card"))
        a = Account(w, B, "coding_assistants", None, created_days_ago(rng, clock.start, 15, 1000), pay, org=org)
        st = a.st = person(w, rng)
        st.update(team=team, stack=rng.choice(["vscode", "vscode", "vscode_mac", "jetbrains"]), arena_code=arena_code,
                  adopt=rng.random())
        a.times = sessions(rng, clock, cum, poisson(rng, 2.2 * clock.days), rng.uniform(6, 12), (4, 90))
        a.fn = _coder


def _coder(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C, clock = a.st, a.rng, w.corpora, w.clock
    hour = clock.kst_hour(ts)
    if st["team"] and 8 <= hour < 20:
        comp = st["team"][0]
        ip, asn = comp["ips"][int(u(st, ts, k=1) * len(comp["ips"]))], comp["asn"]
    else:
        ip, asn = st["home"]
    ua, dev = SDK[st["stack"]]
    if rng.random() < 0.65:
        src = C["humaneval"] if rng.random() < 0.4 else C["mbpp"]
        code = rng.choice(src)
        cut = rng.randrange(max(1, len(code) // 3), len(code) + 1)
        return event(a, ts, model=MINI, endpoint=LEGACY, prompt=code[:cut], kind="fim", ip=ip, asn=asn, ua=ua, device=dev)
    model = NEW if clock.launched(ts) and st["adopt"] < 0.45 else PRO
    if rng.random() < 0.6:
        prompt = fill(rng, rng.choice(CODE_KO), code=rng.choice(C["humaneval"] if rng.random() < 0.5 else C["mbpp"]))
    else:
        prompt = C["arena"][rng.choice(st["arena_code"])]
    return event(a, ts, model=model, endpoint=API, prompt=prompt, kind="code", ip=ip, asn=asn, ua=ua, device=dev,
                 system="You are Hanbit Code, a coding assistant inside the user's IDE. Be concise; reply in the user's language.")


# ---------------------------------------------------------------- enterprise copilots
def enterprise_copilots(w: World) -> None:
    rng, C, clock, net = w.rng("pop:enterprise_copilots"), w.corpora, w.clock, w.net
    cum = hourly(clock, P_OFFICE)
    for ci in rng.sample(range(len(net.companies)), 12):
        comp, org, pay = net.companies[ci], w.ids.org(), payment(rng, "invoice")
        gateway = rng.random() < 0.25  # an internal gateway calls the API for everyone
        ua_web = rng.choice([BROWSERS_PC[0][0], BROWSERS_PC[2][0]])  # managed Chrome or Edge on company laptops
        created0 = created_days_ago(rng, clock.start, 60, 700)
        for _ in range(rng.randrange(10, 36)):
            a = Account(w, B, "enterprise_copilots", None, created0 + rng.randrange(30 * DAY), pay, org=org)
            st = a.st = person(w, rng)
            st.update(comp=comp, gateway=gateway, web_ua=ua_web, adopt=rng.random() < 0.3)
            a.times = sessions(rng, clock, cum, poisson(rng, 3.0 * clock.days), rng.uniform(2, 5), (60, 600))
            a.fn = _office


def _office(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C, clock = a.st, a.rng, w.corpora, w.clock
    comp = st["comp"]
    hour = clock.kst_hour(ts)
    if 8 <= hour < 20 or comp["zscaler"] or u(st, ts, k=1) < 0.5:
        ip, asn = comp["ips"][int(u(st, ts, k=2) * len(comp["ips"]))], comp["asn"]  # office or VPN egress
    else:
        ip, asn = st["home"]
    if st["gateway"]:
        ua, dev = SDK["java"]
        ep = API
    else:
        ua, dev, ep = st["web_ua"], st["cookie"], APP
    x, kind = rng.random(), "summary"
    if x < 0.6:
        prompt = fill(rng, rng.choice(OFFICE_KO))
    elif x < 0.7:
        prompt, kind = rng.choice(C["arena"]), "chat"
    elif x < 0.8:
        prompt, kind = rng.choice(C["user"]), "chat"
    elif x < 0.86:
        prompt, kind = fill(rng, rng.choice(CODE_KO), code=rng.choice(C["mbpp"])), "code"
    elif x < 0.92:
        prompt, kind = fill(rng, rng.choice(EVERYDAY_KO)), "chat"
    else:
        prompt, kind = "다음을 영어로 번역해줘:\n" + fill(rng, "{doc}"), "translate"
    model = NEW if clock.launched(ts) and st["adopt"] else PRO
    return event(a, ts, model=model, endpoint=ep, prompt=prompt, kind=kind, ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- overseas Koreans and students abroad
REGIONS = [("us_west", ["comcast", "charter", "verizon"], P_US_WEST, 0.35),
           ("us_east", ["comcast", "verizon", "charter"], P_US_EAST, 0.25),
           ("ca", ["rogers"], P_US_EAST, 0.1), ("au", ["telstra"], P_CONSUMER, 0.1), ("jp", ["ntt"], P_CONSUMER, 0.1),
           ("de", ["dtag"], P_EUROPE, 0.1)]


def diaspora_users(w: World) -> None:
    rng, clock, net = w.rng("pop:diaspora_users"), w.clock, w.net
    for _ in range(rng.randrange(185, 215)):
        region = weighted(rng, [(r, r[3]) for r in REGIONS])
        pay = payment(rng, "card") if rng.random() < 0.7 else payment(rng, "toss") if rng.random() < 0.5 else None
        a = Account(w, B, "diaspora_users", None, created_days_ago(rng, clock.start, 5, 1300), pay)
        st = a.st = person(w, rng)
        st["home"] = net.overseas_ip(rng, rng.choice(region[1]))
        st["student"] = rng.random() < 0.3
        a.times = sessions(rng, clock, hourly(clock, region[2]), poisson(rng, 1.2 * clock.days), rng.uniform(2, 5), (40, 600))
        a.fn = _diaspora


def _diaspora(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn, ua, dev, ep = on_pc(st) if u(st, ts) < 0.5 else (st["home"][0], st["home"][1], st["app_ua"], st["app"], APP)
    x, kind = rng.random(), "chat"
    if x < 0.3:
        prompt = fill(rng, rng.choice(DIASPORA), en=rng.choice(DIASPORA_MSG))
    elif x < 0.45:
        prompt, kind = rng.choice(C["nq"]), "short"
    elif x < 0.65:
        prompt = rng.choice(C["arena"])
    elif x < 0.8 and st["student"]:
        prompt, kind = fill(rng, rng.choice(STEP_EN_STUDENT), q=rng.choice(C["math"] if rng.random() < 0.5 else C["gsm8k"])), "cot"
    else:
        prompt = fill(rng, rng.choice(EVERYDAY_KO))
    return event(a, ts, model=_consumer_model(w, a, ts, 0.5), endpoint=ep, prompt=prompt, kind=kind, ip=ip, asn=asn, ua=ua, device=dev)


# ---------------------------------------------------------------- launch-day explorers
def launch_explorers(w: World) -> None:
    rng, C, clock, net = w.rng("pop:launch_explorers"), w.corpora, w.clock, w.net
    blog = [C["math"][i] for i in rng.sample(range(len(C["math"])), 6)] + [C["humaneval"][i] for i in rng.sample(range(164), 3)]
    w.shared["launch_blog"] = blog
    after = hourly(clock, P_DEV, lambda h, d, hr: (0.0 if d < 1 or (d == 1 and hr < 10) else 3.5 if d == 1 and hr < 15 else 1.0))
    before = hourly(clock, P_DEV, lambda h, d, hr: 1.0 if d == 0 else 0.0)
    for _ in range(rng.randrange(360, 400)):
        new = rng.random() < 0.45
        created = (clock.launch + rng.randrange(-30 * MIN, 9 * HOUR)) if new else created_days_ago(rng, clock.start, 10, 900)
        pay = payment(rng, "card") if rng.random() < 0.6 else payment(rng, "kakaopay") if rng.random() < 0.5 else None
        a = Account(w, B, "launch_explorers", None, created, pay)
        st = a.st = person(w, rng)
        st.update(client=rng.random(), blog=blog, office=rng.choice(net.companies) if rng.random() < 0.4 else None)
        t = sessions(rng, clock, after, poisson(rng, 2.2), rng.uniform(4, 9), (20, 240), not_before=max(created, clock.launch))
        if not new:
            t += sessions(rng, clock, before, poisson(rng, 0.8), rng.uniform(2, 4), (30, 300))
        a.times = t
        a.fn = _explorer


def _explorer(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C, clock = a.st, a.rng, w.corpora, w.clock
    if st["office"] and 9 <= clock.kst_hour(ts) < 19:
        comp = st["office"]
        ip, asn = comp["ips"][0], comp["asn"]
    else:
        ip, asn = st["home"] if u(st, ts) < 0.6 else w.net.mobile_ip(st["carrier"], st["v6"], st["dev"], ts)
    c = st["client"]
    if c < 0.55:
        ua, dev, ep = st["web_ua"], st["cookie"], "/app/playground"
    elif c < 0.9:
        (ua, dev), ep = SDK["py2" if clock.launched(ts) else "py312"], API
    else:
        (ua, dev), ep = SDK["curl"], API
    again = st.pop("again", None)
    if again and ts - again[2] < 5 * MIN:  # same prompt, other model: a side-by-side comparison
        return event(a, ts, model=PRO, endpoint=ep, prompt=again[0], kind=again[1], ip=ip, asn=asn, ua=ua, device=dev)
    x, kind = rng.random(), "chat"
    if x < 0.3:
        prompt = rng.choice(VIRAL_LAUNCH)
    elif x < 0.5:
        prompt, kind = (rng.choice(["hanbit-3 블로그에 나온 문제 직접 돌려봄. 풀이 과정 보여줘\n{q}", "{q}", "{q}\nShow your reasoning."])
                        .format(q=rng.choice(st["blog"])), "cot")
    elif x < 0.75:
        prompt = rng.choice(C["arena"])
    elif x < 0.85:
        prompt = rng.choice(C["awesome"])
    else:
        prompt, kind = fill(rng, rng.choice(STEP_KO), q=rng.choice(C["math"])), "cot"
    model = NEW if clock.launched(ts) else PRO
    if model == NEW and rng.random() < 0.25:
        st["again"] = (prompt, kind, ts)
    return event(a, ts, model=model, endpoint=ep, prompt=prompt, kind=kind, ip=ip, asn=asn, ua=ua, device=dev, p429=0.03)


# ---------------------------------------------------------------- private tutors (gwaoe teachers)
def private_tutors(w: World) -> None:
    rng, C, clock = w.rng("pop:private_tutors"), w.corpora, w.clock
    pool = short_math(C, 700)
    prof = [2.5, 1.5, .6, .2, .1, .1, .2, .5, 1, 1.5, 2, 2, 2, 2.5, 3, 2.5, 2, 1.5, 1.5, 2, 3, 4, 4.5, 3.5]
    cum = hourly(clock, prof)
    for _ in range(rng.randrange(80, 100)):
        a = Account(w, B, "private_tutors", None, created_days_ago(rng, clock.start, 30, 1000),
                    payment(rng, "card" if rng.random() < 0.6 else "kakaopay"))
        a.st = person(w, rng)
        a.st.update(pool=pool, adopt=rng.random() < 0.5)
        a.times = sessions(rng, clock, cum, poisson(rng, 1.6 * clock.days), rng.uniform(4, 8), (60, 500))
        a.fn = _tutor


def _tutor(w: World, a: Account, k: int, ts: int) -> dict:
    st, rng, C = a.st, a.rng, w.corpora
    ip, asn, ua, dev, ep = home_or_phone(w, st, ts, 0.2)
    prompt = fill(rng, rng.choice(TUTOR_KO), q=C.text(rng.choice(st["pool"])))
    model = NEW if w.clock.launched(ts) and st["adopt"] else PRO
    return event(a, ts, model=model, endpoint=ep, prompt=prompt, kind="worksheet", ip=ip, asn=asn, ua=ua, device=dev)


BUILDERS = [suneung_students, pcbang_gamers, university_students, consumer_chat, coding_assistants, enterprise_copilots,
            diaspora_users, launch_explorers, private_tutors]
