"""Benign populations of individuals: chat users by country, matura candidates, students, families, VPN users."""

from __future__ import annotations

from .behave import Nets, activity, run_sessions
from .emit import Emitter
from .phrases import CZ_MATURITA, MATURA_SHEET, PL_MATURA, fill, native_chat, wrap
from .world import DAY, HOUR, LAUNCH, MATURA_MATHS, MIN, PL_CITIES, SDK, World

REPLY_IN = {"pl": "\nOdpowiedz po polsku.", "cs": "\nOdpověz česky.", "sk": "\nOdpovedz po slovensky.", "hu": "\nVálaszolj magyarul.",
            "uk": "\nВідповідай українською.", "lt": "\nAtsakyk lietuviškai.", "de": "\nAntworte auf Deutsch.", "en": ""}
APP_ENDPOINT = "/app/conversation"


def _client(w: World, r, app: bool):
    if app:
        return w.app_client(r)
    c = w.web_client(r)
    return c.ua, c.fp


def _chat_prompt(corp, lang: str, native: float = 0.45):
    def pf(rng, t):
        x = rng.random()
        if x < native:
            return native_chat(rng, lang), lang, (150, 600)
        if x < native + 0.28:
            return corp.pick(rng, "short_chat"), "en", (200, 800)
        if x < native + 0.40:
            return corp.pick(rng, "nq"), "en", (60, 250)
        return corp.pick(rng, "short_chat") + REPLY_IN[lang], lang, (200, 700)
    return pf


def _app_ua(a, base_ua: str):
    """The mobile app shipped 3.5.0 (wisla-3 support) at the launch; users update when they switch."""
    def kw(t):
        if a.adopt_at is not None and t >= a.adopt_at and base_ua.startswith("WislaAI/3.4.2"):
            return {"ua": base_ua.replace("3.4.2", "3.5.0", 1)}
        return {}
    return kw


def consumers(w: World, clock, pop: str, n: int, regions: tuple, langs: dict, p_app: float = 0.55,
              newcomer: float = 0.04, per_day: float = 1.1) -> Emitter:
    em = Emitter(w, clock, pop)
    r, corp = em.rng, w.corpora
    for _ in range(n):
        region = r.choice(regions)
        lang = r.choices(list(langs), weights=list(langs.values()))[0]
        if r.random() < newcomer:
            created = LAUNCH + int(r.expovariate(1 / 5) * HOUR)
        else:
            created = em.created_before(1, 720)
        app = r.random() < p_app
        ua, dev = _client(w, r, app)
        a = em.account(created, region, api=False, pace="fast" if app else "slow", ua=ua, device=dev,
                       pay=em.card() if r.random() < 0.3 else None)
        nets = Nets.person(w, r, region, 0.6 if app else 0.12)
        base = _chat_prompt(corp, lang)
        uakw = _app_ua(a, ua)

        def pf(rng, t, base=base, uakw=uakw):
            p = base(rng, t)
            return (*p, uakw(t))
        run_sessions(em, a, cum=clock.cum(region, "consumer"), sessions=per_day * activity(r) * w.days, per_session=2.6,
                     gap_s=75, prompt_fn=pf, net_fn=lambda rng, t, nets=nets: nets.session(w, rng), endpoint=APP_ENDPOINT)
    return em


def consumers_pl(w, clock):
    return consumers(w, clock, "consumers_pl", 1050, PL_CITIES, {"pl": 85, "en": 10, "uk": 5})


def consumers_cz_sk(w, clock):
    return consumers(w, clock, "consumers_cz_sk", 480, ("prague", "prague", "brno", "bratislava"), {"cs": 70, "sk": 20, "en": 10})


def consumers_hu(w, clock):
    return consumers(w, clock, "consumers_hu", 230, ("budapest",), {"hu": 85, "en": 15})


def consumers_lt_ua(w, clock):
    return consumers(w, clock, "consumers_lt_ua", 330, ("vilnius", "kyiv", "kyiv"), {"uk": 55, "lt": 30, "en": 15}, p_app=0.65)


def intl_users(w, clock):
    return consumers(w, clock, "intl_users", 280, ("london", "berlin", "newyork"), {"en": 75, "de": 15, "pl": 10}, p_app=0.35,
                     newcomer=0.08)


def _matura_mod(day: int, hr: int, h: int) -> float:
    if day == 0:  # Wednesday: cramming the evening before maths
        return 3.2 if hr >= 18 else (1.0 if hr >= 9 else 0.6)
    if day == 1:
        if hr in (0, 1):
            return 2.5
        if 6 <= hr < 9:
            return 1.6
        if 9 <= hr < 12:
            return 0.02  # in the exam room, phones handed in
        if 12 <= hr < 17:
            return 2.6  # comparing answers
        return 0.9  # English is on Friday
    return 1.0


def matura_pl(w, clock):
    em = Emitter(w, clock, "matura_pl")
    r, corp = em.rng, w.corpora
    cum = clock.cum("warsaw", "student", _matura_mod, key="matura")
    for _ in range(820):
        region = r.choice(PL_CITIES)
        created = em.created_before(1, 45) if r.random() < 0.4 else em.created_before(45, 500)
        app = r.random() < 0.7
        ua, dev = _client(w, r, app)
        a = em.account(created, region, api=False, pace="fast", ua=ua, device=dev)
        nets = Nets.person(w, r, region, 0.55)
        school = w.pool("nask_ose", 90, "schools")[r.randrange(90)]
        uakw = _app_ua(a, ua)

        def pf(rng, t, uakw=uakw):
            after = t >= MATURA_MATHS + 3 * HOUR and t < MATURA_MATHS + 10 * HOUR
            x = rng.random()
            if after and x < 0.55:
                q = rng.choice(MATURA_SHEET)
                p = wrap(rng, "pl", q) if rng.random() < 0.6 else q
                return p, "pl", (250, 900), uakw(t)
            if x < 0.45:
                return wrap(rng, "pl", fill(rng, rng.choice(PL_MATURA))), "pl", (300, 1100), uakw(t)
            if x < 0.65:
                _, q = corp.task(rng, {"gsm8k": 3, "math": 3, "svamp": 1})
                return wrap(rng, "pl", q), "pl", (300, 1000), uakw(t)
            if x < 0.8 and t > MATURA_MATHS + 6 * HOUR:
                return rng.choice(("Napisz rozprawkę po angielsku: ", "Sprawdź moje wypracowanie z angielskiego: ")) + corp.pick(rng, "short_chat")[:400], "en", (300, 800), uakw(t)
            return native_chat(rng, "pl"), "pl", (150, 600), uakw(t)

        def net(rng, t, nets=nets, school=school):
            if t < w.start + 14 * HOUR and rng.random() < 0.25:
                return school  # consultations at school on Wednesday morning
            return nets.session(w, rng)
        run_sessions(em, a, cum=cum, sessions=4.0 * activity(r, 0.6) * w.days / 2, per_session=4.5, gap_s=95,
                     prompt_fn=pf, net_fn=net, endpoint=APP_ENDPOINT)
    return em


def maturita_cz(w, clock):
    em = Emitter(w, clock, "maturita_cz")
    r, corp = em.rng, w.corpora

    def mod(day, hr, h):  # didactic test in maths on Wednesday 8:00-10:00; English on Thursday
        if day == 0 and 8 <= hr < 10:
            return 0.05
        if day == 0 and 10 <= hr < 15:
            return 2.0
        return 1.0
    cum = clock.cum("prague", "student", mod, key="maturita")
    for _ in range(220):
        region = r.choice(("prague", "brno", "brno"))
        app = r.random() < 0.6
        ua, dev = _client(w, r, app)
        a = em.account(em.created_before(1, 400), region, api=False, pace="fast", ua=ua, device=dev)
        nets = Nets.person(w, r, region, 0.5)

        def pf(rng, t):
            x = rng.random()
            if x < 0.4:
                return wrap(rng, "cs", fill(rng, rng.choice(CZ_MATURITA))), "cs", (300, 1000)
            if x < 0.6:
                return wrap(rng, "cs", corp.task(rng, {"gsm8k": 1, "math": 2})[1]), "cs", (300, 1000)
            return native_chat(rng, "cs"), "cs", (150, 600)
        run_sessions(em, a, cum=cum, sessions=2.2 * activity(r) * w.days, per_session=4, gap_s=100, prompt_fn=pf,
                     net_fn=lambda rng, t, nets=nets: nets.session(w, rng), endpoint=APP_ENDPOINT)
    return em


UNIS = {"warsaw": "pionier_waw", "krakow": "cyfronet", "wroclaw": "wask", "gdansk": "task_gda", "prague": "cesnet",
        "brno": "cesnet", "budapest": "kifu"}


def uni_students(w, clock):
    em = Emitter(w, clock, "uni_students")
    r, corp = em.rng, w.corpora
    for _ in range(440):
        region = r.choice(tuple(UNIS))
        lang = {"prague": "cs", "brno": "cs", "budapest": "hu"}.get(region, "pl")
        api = r.random() < 0.4
        if api:
            c = SDK[r.choice(("wisla-python", "openai-python", "httpx", "wisla-node"))]
            ua, dev = c.ua, c.fp
        else:
            ua, dev = _client(w, r, False)
        a = em.account(em.created_before(1, 600), region, api=api, pace="fast", ua=ua, device=dev,
                       pay=em.card() if r.random() < 0.35 else None)
        nets = Nets.person(w, r, region, 0.3)
        nat = w.pool(UNIS[region], 4, f"nat-{region}")

        def pf(rng, t, lang=lang):
            x = rng.random()
            if x < 0.35:
                return wrap(rng, lang if rng.random() < 0.5 else "en", corp.pick(rng, "code"), code=True), "code", (250, 1200)
            if x < 0.55:
                return wrap(rng, lang, corp.pick(rng, "math")), lang, (300, 1400)
            if x < 0.8:
                return corp.pick(rng, "chat"), "en", (200, 900)
            return native_chat(rng, lang), lang, (150, 600)

        def net(rng, t, nets=nets, nat=nat, region=region):
            day, hr = clock.local((t - w.start) // HOUR, 2)
            if 8 <= hr < 17 and rng.random() < 0.55:
                return nat[rng.randrange(len(nat))]
            return nets.session(w, rng)
        run_sessions(em, a, cum=clock.cum(region, "student"), sessions=2.0 * activity(r) * w.days, per_session=4.5,
                     gap_s=120, prompt_fn=pf, net_fn=net, endpoint="/v1/chat/completions" if api else APP_ENDPOINT)
    return em


def school_pupils(w, clock):
    """Younger pupils: a computer-science lesson sends the teacher's task from one school NAT at once."""
    em = Emitter(w, clock, "school_pupils")
    r, corp = em.rng, w.corpora
    schools = w.pool("nask_ose", 90, "schools")
    for cls in range(14):
        school = schools[r.randrange(len(schools))]
        region = r.choice(PL_CITIES)
        lesson = clock.at_local(region, 0, r.choice((8.0, 8.92, 9.83, 10.83, 11.83, 12.75)))
        task = corp.pick(r, "mbpp") if r.random() < 0.5 else fill(r, r.choice(PL_MATURA))
        web = w.web_client(r)
        for _ in range(r.randint(16, 24)):
            a = em.account(em.created_before(2, 300), region, api=False, pace="slow", ua=web.ua, device=web.fp)
            nets = Nets.person(w, r, region, 0.7)
            t = lesson + r.randrange(3 * MIN, 12 * MIN)
            for k in range(r.randint(2, 6)):  # the task, then follow-ups
                p = task if k == 0 else wrap(r, "pl", task if r.random() < 0.3 else corp.pick(r, "short_chat")[:300])
                em.emit(a, t, p, lang="pl", out=(200, 800), net=school, endpoint=APP_ENDPOINT)
                t += r.randrange(40_000, 300_000)

            def pf(rng, t):
                return (native_chat(rng, "pl"), "pl", (150, 500)) if rng.random() < 0.6 else (wrap(rng, "pl", fill(rng, rng.choice(PL_MATURA))), "pl", (300, 900))
            run_sessions(em, a, cum=clock.cum(region, "evening"), sessions=0.8 * w.days, per_session=2, gap_s=60,
                         prompt_fn=pf, net_fn=lambda rng, t, nets=nets: nets.session(w, rng), endpoint=APP_ENDPOINT)
    return em


def families(w, clock):
    """Households sharing a card, a home line and sometimes one tablet."""
    em = Emitter(w, clock, "families")
    r, corp = em.rng, w.corpora
    n = 0
    while n < 300:
        region = r.choice(PL_CITIES + ("prague", "kyiv", "budapest"))
        lang = {"prague": "cs", "kyiv": "uk", "budapest": "hu"}.get(region, "pl")
        card = em.card()
        nets = Nets.person(w, r, region, 0.3)
        shared_ua, shared_dev = w.app_client(r)
        size = r.choice((2, 2, 3, 3, 4))
        for m in range(size):
            kid = m >= 2 or (m == 1 and r.random() < 0.3)
            tablet = r.random() < 0.4
            ua, dev = (shared_ua, shared_dev) if tablet else _client(w, r, r.random() < 0.6)
            a = em.account(em.created_before(1, 500), region, api=False, pace="slow", ua=ua, device=dev, pay=card)

            def pf(rng, t, kid=kid, lang=lang):
                if kid and rng.random() < 0.6:
                    return wrap(rng, lang, corp.task(rng, {"gsm8k": 3, "svamp": 3})[1]), lang, (200, 700)
                return native_chat(rng, lang), lang, (150, 600)
            run_sessions(em, a, cum=clock.cum(region, "evening" if kid else "consumer"), sessions=1.2 * activity(r) * w.days,
                         per_session=3, gap_s=80, prompt_fn=pf, net_fn=lambda rng, t, nets=nets: nets.session(w, rng),
                         endpoint=APP_ENDPOINT)
            n += 1
    return em


def vpn_users(w, clock):
    """Privacy-minded users and people abroad: commercial VPN exits shared by many customers."""
    em = Emitter(w, clock, "vpn_users")
    r, corp = em.rng, w.corpora
    exits = [x for p in ("m247", "datacamp", "proton", "clouvider") for x in w.pool(p, 40, "exits")]
    for _ in range(230):
        region = r.choice(("warsaw", "kyiv", "kyiv", "berlin", "krakow", "london", "vilnius"))
        lang = {"kyiv": "uk", "berlin": "de", "london": "en", "vilnius": "lt"}.get(region, "pl")
        api = r.random() < 0.25
        c = SDK["wisla-python"] if api else w.web_client(r)
        a = em.account(em.created_before(1, 600), region, api=api, pace="fast", ua=c.ua, device=c.fp,
                       pay=em.card() if r.random() < 0.5 else None)
        mine = [exits[r.randrange(len(exits))] for _ in range(3)]
        run_sessions(em, a, cum=clock.cum(region, "consumer"), sessions=1.5 * activity(r) * w.days, per_session=3.5,
                     gap_s=90, prompt_fn=_chat_prompt(corp, lang, 0.35),
                     net_fn=lambda rng, t, mine=mine: mine[rng.randrange(3)] if rng.random() < 0.7 else exits[rng.randrange(len(exits))],
                     endpoint="/v1/chat/completions" if api else APP_ENDPOINT)
    return em


def launch_tinkerers(w, clock):
    """Enthusiasts who try wisla-3 the minute it is out, many on brand-new accounts, with benchmark-style puzzles."""
    em = Emitter(w, clock, "launch_tinkerers")
    r, corp = em.rng, w.corpora

    def mod(day, hr, h):
        t = w.start + h * HOUR
        if LAUNCH <= t < LAUNCH + 4 * HOUR:
            return 7.0
        if LAUNCH + 4 * HOUR <= t < LAUNCH + 10 * HOUR:
            return 3.0
        return 0.6
    cum = clock.cum("warsaw", "dev", mod, key="launch")
    for _ in range(380):
        region = r.choice(PL_CITIES + ("prague", "berlin", "london", "kyiv", "budapest"))
        new = r.random() < 0.45
        created = LAUNCH + int(r.expovariate(1 / 2.5) * HOUR) + r.randrange(5 * MIN) if new else em.created_before(1, 400)
        api = r.random() < 0.6
        c = SDK[r.choice(("wisla-python", "curl", "wisla-node", "openai-python", "httpx"))] if api else w.web_client(r)
        a = em.account(created, region, api=api, pace="eager", ua=c.ua, device=c.fp, pay=em.card() if api else None)
        nets = Nets.person(w, r, region, 0.2)
        if api and not new and r.random() < 0.2:  # tried the model name before it existed
            t0 = LAUNCH - r.randrange(1, 20) * MIN
            for k in range(r.randint(1, 3)):
                em.emit(a, t0 + k * 40_000, "hello wisla-3", model="wisla-3", status=404, net=nets.home)

        def pf(rng, t):
            x = rng.random()
            if x < 0.45:
                return corp.pick(rng, "arena"), "en", (300, 1500)
            if x < 0.7:
                name, q = corp.task(rng, {"math": 3, "humaneval": 2, "gsm8k": 1})
                pre = rng.choice(("", "Let's see if wisla-3 can do this: ", "Think step by step. ", "Sprawdźmy nowy model: "))
                return pre + q, "en", (400, 1800)
            if x < 0.82:
                return native_chat(rng, "pl"), "pl", (200, 700)
            return corp.pick(rng, "short_chat"), "en", (200, 900)
        run_sessions(em, a, cum=cum, sessions=3.0 * activity(r) * min(w.days, 1.5), per_session=6, gap_s=50,
                     prompt_fn=pf, net_fn=lambda rng, t, nets=nets: nets.session(w, rng),
                     endpoint="/v1/chat/completions" if api else APP_ENDPOINT)
    return em


def teachers(w, clock):
    from .phrases import TEACHER
    em = Emitter(w, clock, "teachers")
    r, corp = em.rng, w.corpora
    for _ in range(140):
        region = r.choice(PL_CITIES)
        c = w.web_client(r)
        a = em.account(em.created_before(5, 500), region, api=False, pace="slow", ua=c.ua, device=c.fp,
                       pay=em.card() if r.random() < 0.4 else None)
        nets = Nets.person(w, r, region, 0.1)

        def pf(rng, t):
            tpl = rng.choice(TEACHER)
            txt = fill(rng, tpl.replace("{q}", "QQ").replace("{doc}", "DD"))
            txt = txt.replace("QQ", corp.pick(rng, "gsm8k")).replace("DD", corp.pick(rng, "docs")[:3000])
            return txt, "pl", (700, 2500)
        run_sessions(em, a, cum=clock.cum(region, "evening"), sessions=1.3 * activity(r) * w.days, per_session=3,
                     gap_s=200, prompt_fn=pf, net_fn=lambda rng, t, nets=nets: nets.session(w, rng), endpoint=APP_ENDPOINT)
    return em


POPULATIONS = (consumers_pl, consumers_cz_sk, consumers_hu, consumers_lt_ua, intl_users, matura_pl, maturita_cz,
               uni_students, school_pupils, families, vpn_users, launch_tinkerers, teachers)
