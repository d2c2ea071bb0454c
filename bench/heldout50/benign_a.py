"""Benign populations, part A: people (consumers, mobile, families, students, teachers, campus NATs,
power users, new sign-ups, launch explorers)."""
from __future__ import annotations

from . import devices, networks, phrases as P
from .ctx import ct_for
from .world import (DAY, EP_CHAT, EP_RESP, HOUR, LAUNCH, MODEL_NEW, MODEL_NEW_MINI, T0, poisson_count,
                    session_times, wpick)

WRAP = {"es": "Contesta en español: ", "pt": "Responde em português: ", "br": "Responde em português: ",
        "ca": "Respon en català: ", "gl": "Responde en galego: ", "eu": "Erantzun euskaraz: ", "en": ""}


def general_prompt(ctx, rng, lang: str) -> tuple[str, str]:
    c = ctx.corpus
    r = rng.random()
    b = P.base(lang)
    if b == "en":
        if r < 0.35:
            return c.pick(rng, "nq"), "short"
        if r < 0.85:
            return c.pick(rng, "chat"), "chat"
        return P.consumer_prompt(rng, lang), "chat"
    if r < 0.58:
        return P.consumer_prompt(rng, lang), "chat"
    if r < 0.80:
        w = WRAP[b] if rng.random() < 0.5 else ""
        return w + c.pick(rng, "chat"), "chat"
    if r < 0.90:
        return c.pick(rng, "nq"), "short"
    if r < 0.95:
        return c.pick(rng, "roles"), "long"
    return P.consumer_prompt(rng, lang) + " " + c.pick(rng, "nq"), "chat"   # code-switched


def student_prompt(ctx, rng, lang: str) -> tuple[str, str]:
    c = ctx.corpus
    r = rng.random()
    if r < 0.45:
        q = P.syllabus(rng, lang)
        return (P.cot(rng, lang, q) if rng.random() < 0.5 else q), "cot"
    if r < 0.70:
        return P.cot(rng, lang, c.pick(rng, "math")), "cot"
    if r < 0.76:
        return P.cot(rng, lang, c.pick(rng, "gsm8k")), "cot"
    if r < 0.90:
        return P.consumer_prompt(rng, lang), "chat"
    return c.pick(rng, "chat"), "chat"


def model_at(rng, a, t: int) -> str:
    at = a.extra.get("adopt_at")
    if at is not None and t >= at:
        return a.extra.get("new_model", MODEL_NEW)
    return a.model


def set_adoption(rng, a, p: float, mean_h: float = 10.0):
    if rng.random() < p:
        a.extra["adopt_at"] = LAUNCH + int(rng.expovariate(1 / mean_h) * HOUR)
        a.extra["new_model"] = MODEL_NEW if rng.random() < 0.7 else MODEL_NEW_MINI


def simple_user(ctx, rng, a, mean, profile, prompt_fn, gap=(15, 200), per=(1, 6), day_mult=(1.0, 1.0),
                netfn=None, lo=None, endpoint=EP_CHAT):
    for day in (0, 1):
        n = poisson_count(rng, mean * day_mult[day])
        for t in session_times(rng, n, day, a.off, profile, gap, per, lo):
            text, kind = prompt_fn(ctx, rng, a.lang)
            ip = asn = None
            if netfn:
                asn, ip = netfn(rng, t)
            ctx.emit(a, rng, t, text, model=model_at(rng, a, t), ct=ct_for(rng, kind), ip=ip, asn=asn,
                     endpoint=endpoint, key=rng.choice(a.keys), status=200 if rng.random() > 0.006 else 429)


def casual(ctx, n=2500):
    rng = ctx.rng("casual")
    for _ in range(n):
        mob = rng.random() < 0.3
        a = ctx.account(rng, "casual_consumers", payment="free" if rng.random() < 0.55 else "own",
                        ua="mobile" if mob else "browser", model=rng.choice(["lince-2-mini", "lince-2"]))
        set_adoption(rng, a, 0.12, 14)
        simple_user(ctx, rng, a, rng.choice([0.6, 1.2, 2.0, 3.5, 6.0]), "consumer", general_prompt)


def mobile_cgnat(ctx, n=700):
    rng = ctx.rng("cgnat")
    pools = {cc: networks.pool(rng, cc, "mobile", 48) for cc in ("ES", "PT", "MX", "AR", "CO", "AO", "MZ")}
    for _ in range(n):
        a = ctx.account(rng, "mobile_cgnat", net="none", ua="mobile", payment="free" if rng.random() < 0.5 else "own",
                        model="lince-2-mini")
        p = pools.get(a.country if a.country in pools else ("ES" if a.country == "IC" else "PT"), pools["PT"])
        fn = (lambda pool: (lambda r, t: pool[r.randrange(len(pool))]))(p)
        a.asn, a.ip = p[0]
        simple_user(ctx, rng, a, rng.choice([1.0, 2.5, 4.0, 7.0]), "consumer", general_prompt, netfn=fn)


def families(ctx, households=230):
    rng = ctx.rng("families")
    for _ in range(households):
        cc = wpick(rng, [("ES", 45), ("PT", 30), ("MX", 10), ("AR", 5), ("CO", 5), ("AO", 5)])
        asn, ip4, ip6 = networks.home(rng, cc)
        dev = devices.install_id(rng)
        ua = wpick(rng, devices.BROWSER_UA)
        card = ctx.uid(rng, "pf_", 64)
        for k in range(rng.randint(2, 4)):
            teen = k > 0 and rng.random() < 0.6
            a = ctx.account(rng, "families_shared_device", country=cc, payment=card if rng.random() < 0.85 else "own")
            a.asn, a.ip, a.ip6, a.device, a.ua = asn, ip4, ip6, dev, ua
            if teen:
                simple_user(ctx, rng, a, rng.choice([3, 6, 10]), "student", student_prompt)
            else:
                simple_user(ctx, rng, a, rng.choice([1, 2, 4]), "consumer", general_prompt)


def students(ctx, n_es=780, n_pt=320):
    rng = ctx.rng("students")
    schools = {cc: networks.pool(rng, cc, "univ" if cc == "ES" else "home", 10) for cc in ("ES", "PT", "AO")}
    for i in range(n_es + n_pt):
        cc = "ES" if i < n_es else wpick(rng, [("PT", 85), ("AO", 10), ("CV", 5)])
        a = ctx.account(rng, "students_pau_exames", country=cc, ua="mobile" if rng.random() < 0.55 else "browser",
                        payment="free" if rng.random() < 0.7 else "own", age_days=(5, 400), model="lince-2-mini")
        if cc == "ES" and a.lang == "en":
            a.lang = "es"
        pool = schools.get(cc)
        fn = None
        if pool and rng.random() < 0.35:   # school/campus Wi-Fi during the day, home otherwise
            fn = (lambda p, acct: (lambda r, t: p[r.randrange(len(p))] if 8 <= ((t // HOUR) + acct.off) % 24 < 14
                                   else (acct.asn, acct.ip)))(pool, a)
        exam = 1.6 if cc == "ES" else 1.0
        simple_user(ctx, rng, a, rng.choice([3, 6, 10, 16]) * exam, "student", student_prompt,
                    gap=(30, 400), per=(2, 9), netfn=fn)


def teachers(ctx, n=150):
    rng = ctx.rng("teachers")
    topics = ["derivadas", "integrales", "probabilidad", "matrices", "geometría en el espacio", "funções", "estatística",
              "comentario de texto", "Segunda República", "Os Lusíadas"]

    def tp(ctx_, r, lang):
        b = P.base(lang)
        top = r.choice(topics)
        if r.random() < 0.5:
            s = {"pt": f"Cria {r.randint(5, 12)} exercícios tipo exame nacional sobre {top}, com resolução detalhada passo a passo.",
                 "ca": f"Crea {r.randint(5, 12)} exercicis tipus PAU sobre {top} amb la solució pas a pas."}
            return s.get(b, f"Genera {r.randint(5, 12)} ejercicios tipo PAU de {top} con solución detallada paso a paso."), "long"
        if r.random() < 0.5:
            return f"Corrige esta respuesta de un alumno y pon nota sobre 10 según la rúbrica: {P.syllabus(r, lang)}", "chat"
        return P.cot(r, lang, ctx_.corpus.pick(r, "math")), "cot"
    for _ in range(n):
        a = ctx.account(rng, "teachers", country=wpick(rng, [("ES", 65), ("PT", 30), ("AO", 5)]), ua="browser")
        simple_user(ctx, rng, a, rng.choice([5, 10, 18]), "office", tp, per=(2, 8))


def campus_nat(ctx, n=520):
    rng = ctx.rng("campus")
    unis = [("ES", 6), ("PT", 4), ("MX", 3), ("AR", 2)]
    nats = []
    for cc, k in unis:
        for _ in range(k):
            nats.append((cc, networks.pool(rng, cc, "univ", rng.randint(2, 5))))
    for _ in range(n):
        cc, pool = rng.choice(nats)
        research = rng.random() < 0.35
        a = ctx.account(rng, "university_shared_nat", country=cc, net="none", ua="sdk" if research else "browser",
                        payment="own" if research else "free", model="lince-2" if research else "lince-2-mini")
        a.asn, a.ip = pool[0]
        if research:
            set_adoption(rng, a, 0.35, 6)
        fn = (lambda p: (lambda r, t: p[r.randrange(len(p))]))(pool)
        pf = (lambda c, r, lang: (c.corpus.pick(r, "arena"), "code") if r.random() < 0.6 else general_prompt(c, r, lang))
        simple_user(ctx, rng, a, rng.choice([2, 5, 10]) * (2 if research else 1), "office" if research else "student",
                    pf if research else student_prompt, netfn=fn)


def power_users(ctx, n=240):
    rng = ctx.rng("power")

    def pp(c, r, lang):
        x = r.random()
        if x < 0.35:
            return c.corpus.pick(r, "arena"), "code"
        if x < 0.5:
            return c.corpus.pick(r, "roles"), "long"
        return general_prompt(c, r, lang)
    for _ in range(n):
        a = ctx.account(rng, "power_users", ua=rng.choice(["browser", "sdk", "mobile"]), model="lince-2-pro", nkeys=2)
        set_adoption(rng, a, 0.6, 4)
        simple_user(ctx, rng, a, rng.choice([18, 30, 45, 60]), rng.choice(["consumer", "office", "evening"]), pp,
                    gap=(8, 120), per=(5, 25))


def new_signups(ctx, n=320):
    rng = ctx.rng("signups")
    for _ in range(n):
        a = ctx.account(rng, "new_signups", ua=rng.choice(["browser", "mobile", "sdk"]),
                        payment="free" if rng.random() < 0.6 else "own", model=rng.choice(["lince-2-mini", "lince-2"]))
        after = rng.random() < 0.6   # the launch brings sign-ups
        lo = LAUNCH if after else T0
        a.created = lo + int(rng.random() * (T0 + 2 * DAY - lo - 3 * HOUR))
        if after:
            a.model = MODEL_NEW
        simple_user(ctx, rng, a, rng.choice([2, 4, 8]), "consumer", general_prompt, lo=a.created + 60_000)


def launch_explorers(ctx, n=160):
    """Developers who benchmark the new model by hand right after launch: bursts of diverse prompts."""
    rng = ctx.rng("explorers")
    for _ in range(n):
        a = ctx.account(rng, "launch_explorers", ua="sdk", model="lince-2-pro", nkeys=2)
        simple_user(ctx, rng, a, rng.choice([2, 5, 10]), "office", general_prompt)
        start = LAUNCH + int(rng.expovariate(1 / 5.0) * HOUR)
        t = start
        for _ in range(rng.randint(10, 60)):
            t += int(rng.uniform(4, 90) * 1000)
            src = wpick(rng, [("arena", 50), ("chat", 20), ("math", 10), ("humaneval", 10), ("roles", 10)])
            txt = ctx.corpus.pick(rng, src)
            if rng.random() < 0.2:
                txt = P.cot(rng, a.lang, txt)
            ctx.emit(a, rng, t, txt, model=MODEL_NEW, endpoint=rng.choice([EP_CHAT, EP_RESP]), ct=ct_for(rng, "code"),
                     key=a.keys[1])
