"""Benign populations of the Carnaval-2026 Latin America world (21 of them).

Each function adds accounts and events to the Ctx. Counts are at --scale 1.0;
rates are requests per account per day unless noted.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from . import world as W
from .core import Ctx, created_before, lognorm, model_at, session_times
from .mix import choose, make
from .prompts import STEP, first_party_system, wrap

LANG = {"BR": "pt", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "UY": "es", "US": "en"}
LOC = {"BR": "pt_BR", "MX": "es_MX", "AR": "es_AR", "CO": "es_CO", "CL": "es_CL", "PE": "es_PE", "UY": "es_UY"}
HISP = [("MX", .38), ("CO", .2), ("AR", .17), ("CL", .13), ("PE", .12)]


@dataclass
class Dev:
    id: str
    ua: str
    client: str  # web | app | sdk
    conns: list  # [home] or [home, mobile]


def person(ctx: Ctx, rng: random.Random, key: str, cc: str, desktop_p: float = 0.55, app_p: float = 0.7,
           home: W.Conn | None = None) -> list[Dev]:
    home = home or W.HomeLine(W.NETS[W.pick(rng, W.FIXED_BY_CC[cc])], key + "|home", rng)
    mob = W.MobileLine(W.NETS[W.pick(rng, W.MOBILE_BY_CC[cc])], key + "|mob")
    devs = []
    if rng.random() < desktop_p:
        devs.append(Dev(ctx.device(key, "pc"), W.browser_ua(rng, 1.0), "web", [home]))
    if rng.random() < app_p:
        devs.append(Dev(ctx.device(key, "ph"), W.app_ua(rng, LOC.get(cc, "es_MX")), "app", [home, mob]))
    else:
        devs.append(Dev(ctx.device(key, "ph"), W.browser_ua(rng, 0.0), "web", [home, mob]))
    return devs


def pick_conn(rng: random.Random, dev: Dev, t: int, cc: str) -> W.Conn:
    if len(dev.conns) == 1:
        return dev.conns[0]
    lh = W.local_hour(t, cc)
    at_home = 0.75 if (lh >= 19 or lh < 8) else 0.35
    return dev.conns[0] if rng.random() < at_home else dev.conns[1]


def run(ctx: Ctx, rng: random.Random, a, devs: list[Dev], lang: str, clock: W.Clock, n_req: int, per_session: float,
        mix: list[tuple[str, float]], *, adopt: str = "app", system: str | None = None, gap_s: float = 75.0,
        sess_base: int = 0, sdk_endpoint: str = W.EP_CHAT, prompt_fn=None) -> None:
    for s, times in enumerate(session_times(rng, clock, n_req, per_session, gap_s)):
        dev = rng.choice(devs)
        conn = pick_conn(rng, dev, times[0], a.cc)
        sid = sess_base + s
        for t in times:
            ip, asn = conn.addr(t, dev.id, sid)
            if prompt_fn is not None:
                prompt, ck = prompt_fn(rng, t)
            else:
                prompt, ck = make(rng, ctx.corpus, choose(rng, mix), lang)
            first = dev.client in ("web", "app")
            ctx.emit(a, t, prompt=prompt, system=first_party_system(lang, t) if first else (system or ""),
                     model=model_at(rng, t, adopt=adopt if first else "api"),
                     endpoint=W.EP_RESP if first else sdk_endpoint, ip=ip, asn=asn, ua=dev.ua, device=dev.id,
                     ckind=ck, rng=rng)


def n_for(rng: random.Random, ctx: Ctx, rate: float, sd: float = 0.8, start: int | None = None) -> int:
    span = (ctx.end - max(ctx.start, start or ctx.start)) / W.DAY
    return W.poisson(rng, lognorm(rng, rate, sd) * max(0.0, span))


CONSUMER_MIX = [("chat", 50), ("nq", 18), ("school", 7), ("code", 6), ("email", 6), ("summary", 4), ("translate", 4),
                ("task", 5)]


def _consumer_payment(ctx: Ctx, rng: random.Random, cc: str, aid: str, prev: list[str]) -> str:
    if prev and rng.random() < 0.05:  # couples / parents paying for two accounts
        return rng.choice(prev[-20:])
    r = rng.random()
    if cc == "BR":
        m = "card" if r < 0.58 else "pix" if r < 0.93 else "boleto"
    elif cc == "MX":
        m = "card" if r < 0.7 else "mp" if r < 0.9 else "oxxo"
    else:
        m = "card" if r < 0.75 else "mp"
    return ctx.payment(m, aid)


# ---------------------------------------------------------------- 1, 2 consumers
def consumers(ctx: Ctx, pop: str, n: int, countries: list[tuple[str, float]], rate: float) -> None:
    rng = ctx.rng(pop)
    paid: list[str] = []
    for i in range(ctx.count(n)):
        cc = W.pick(rng, countries)
        aid_key = f"{pop}:{i}"
        a = ctx.account(pop, i, cc, created_before(rng, 10, 900))
        a.payment = _consumer_payment(ctx, rng, cc, a.id, paid)
        paid.append(a.payment)
        devs = person(ctx, rng, aid_key, cc)
        if rng.random() < 0.04:  # in-app browser of a social app (Android WebView UA)
            v = rng.choice([131, 132, 133])
            devs[-1].ua = W.WEBVIEW_AND.format(a=14, m=rng.choice(W.ANDROID_MODELS), b="UP1A.231005.007", v=v) + \
                " Instagram 367.0.0.45.92 Android"
        prof = "party" if (cc == "BR" and rng.random() < 0.3) else "consumer"
        run(ctx, rng, a, devs, LANG[cc], W.Clock(cc, prof, ctx.start, ctx.end), n_for(rng, ctx, rate), 3.0,
            CONSUMER_MIX)


# ---------------------------------------------------------------- 3 freelance devs
IDE_SYSTEM = ("You are an AI programming assistant inside the user's editor. Follow the user's requirements carefully. "
              "Think about the code before answering. Keep answers short and impersonal. Use Markdown code blocks "
              "with the language name. The active file is shown below when relevant.")


def devs(ctx: Ctx) -> None:
    pop = "devs-freelance"
    rng = ctx.rng(pop)
    agencies = [ctx.payment("card", pop, "agency", k) for k in range(12)]
    for i in range(ctx.count(300)):
        cc = W.pick(rng, [("BR", .5), ("MX", .15), ("AR", .15), ("CO", .1), ("CL", .1)])
        pay = rng.choice(agencies) if rng.random() < 0.12 else None
        a = ctx.account(pop, i, cc, created_before(rng, 30, 800), payment=pay, nkeys=2)
        if pay is None:
            a.payment = ctx.payment("card" if rng.random() < 0.8 else "pix" if cc == "BR" else "mp", a.id)
        key = f"{pop}:{i}"
        home = W.HomeLine(W.NETS[W.pick(rng, W.FIXED_BY_CC[cc])], key + "|home", rng)
        ide_ua = f"condor-vscode/1.9.{rng.choice([2, 3, 3])} VSCode/1.97.{rng.choice([0, 1, 2])} " + \
            W.SDK_NODE.format(v=rng.choice(W.NODE_VERS))
        ds = [Dev(ctx.device(key, "ide"), ide_ua, "sdk", [home]), Dev(ctx.device(key, "pc"), W.browser_ua(rng, 1.0), "web", [home])]
        if rng.random() < 0.4:
            sdk = W.sdk_ua(rng)
            ds.append(Dev(ctx.stack("macos-arm64", sdk), sdk, "sdk", [home]))
        mix = [("code", 60), ("chat", 20), ("nq", 6), ("summary", 5), ("email", 4), ("translate", 5)]
        run(ctx, rng, a, ds, LANG[cc], W.Clock(cc, "dev", ctx.start, ctx.end), n_for(rng, ctx, 14), 6.0, mix,
            system=IDE_SYSTEM, gap_s=60, adopt="api")


# ---------------------------------------------------------------- 4 students (maths)
def students(ctx: Ctx) -> None:
    pop = "estudantes-matematica"
    rng = ctx.rng(pop)
    parents: list[str] = []
    for i in range(ctx.count(420)):
        cc = W.pick(rng, [("BR", .5), ("MX", .2), ("CO", .12), ("AR", .1), ("PE", .08)])
        a = ctx.account(pop, i, cc, created_before(rng, 5, 500))
        if parents and rng.random() < 0.1:
            a.payment = rng.choice(parents)  # siblings on a parent's card
        else:
            a.payment = ctx.payment("pix" if cc == "BR" and rng.random() < 0.6 else "card", a.id, "parent")
            parents.append(a.payment)
        devs_ = person(ctx, rng, f"{pop}:{i}", cc, desktop_p=0.3, app_p=0.8)
        mix = [("step", 45), ("school", 20), ("math_step", 12), ("chat", 12), ("nq", 8), ("code", 3)]
        run(ctx, rng, a, devs_, LANG[cc], W.Clock(cc, "student", ctx.start, ctx.end), n_for(rng, ctx, 8, 0.7), 5.0,
            mix, gap_s=110)


# ---------------------------------------------------------------- 5 universities behind NAT
LAB_UA = W.CHROME_WIN.format(v=132)


def campus_sites(ctx: Ctx) -> dict[str, tuple[W.SiteNet, list[str], str]]:
    """The campus networks and lab PCs (shared with the campus-noturno campaign)."""
    return {
        "unam": (W.SiteNet(W.NETS["unam"], "unam-cu", nat=8, vlans=60), [ctx.device("lab", "unam", k) for k in range(48)], "MX"),
        "ufrj": (W.SiteNet(W.NETS["rnp"], "rnp-ufrj", nat=4, vlans=30), [ctx.device("lab", "ufrj", k) for k in range(30)], "BR"),
        "uba": (W.SiteNet(W.NETS["uba"], "uba-exactas", nat=2, vlans=20), [ctx.device("lab", "uba", k) for k in range(24)], "AR"),
    }


COURSES = [  # (campus, course, lang, pool, weekday slots as (local_day, start_hour, hours))
    ("unam", "Cálculo Diferencial", "es", "math", [(0, 8, 2), (1, 8, 2)]),
    ("unam", "Álgebra Superior", "es", "math", [(0, 10, 2), (1, 12, 2)]),
    ("unam", "Programación I", "es", "mbpp", [(0, 12, 2), (1, 16, 2)]),
    ("unam", "Estructuras de Datos", "es", "humaneval", [(0, 16, 2), (1, 10, 2)]),
    ("unam", "Probabilidad", "es", "gsm8k", [(0, 14, 2), (1, 14, 2)]),
    ("unam", "Matemáticas Discretas", "es", "math", [(0, 18, 2), (1, 18, 2)]),
    ("unam", "Métodos Numéricos", "es", "mbpp", [(1, 7, 2), (2, 7, 2)]),
    ("unam", "Aritmética para Docentes", "es", "svamp", [(0, 17, 2), (2, 9, 2)]),
    # Brazil and Argentina are on Carnival holiday Mon/Tue: summer courses resume Ash Wednesday afternoon
    ("ufrj", "Curso de Verão: Cálculo I", "pt", "math", [(2, 14, 3), (3, 9, 3)]),
    ("ufrj", "Curso de Verão: Python", "pt", "mbpp", [(2, 15, 3), (3, 14, 3)]),
    ("uba", "Curso de Verano: Análisis", "es", "math", [(2, 10, 3), (3, 10, 3)]),
]
ASSIGN = {
    "es": "Práctica {n} — {course}. Resuelve el siguiente ejercicio y justifica cada paso de tu respuesta.\n\n{q}",
    "pt": "Lista {n} — {course}. Resolva o exercício abaixo justificando cada passo.\n\n{q}",
}


def universities(ctx: Ctx) -> None:
    pop = "universidade-nat"
    rng = ctx.rng(pop)
    sites = campus_sites(ctx)
    C = ctx.corpus
    pools = {"math": C.math, "mbpp": C.mbpp, "humaneval": C.humaneval, "gsm8k": C.gsm8k, "svamp": C.svamp}
    edu_pay = {c: ctx.payment("invoice", pop, c) for c in sites}
    edu_org = {c: ctx.org(pop, c) for c in sites}
    sizes = {"unam": 30, "ufrj": 35, "uba": 40}
    i = 0
    for ci, (campus, course, lang, pool, slots) in enumerate(COURSES):
        site, labs, cc = sites[campus]
        pset = rng.sample(pools[pool], 25)  # the course's problem set: the same items for every student
        n_students = ctx.count(sizes[campus])
        for s in range(n_students):
            licensed = campus == "unam" and rng.random() < 0.6
            a = ctx.account(pop, i, cc, created_before(rng, 3, 600), org=edu_org[campus] if licensed else None,
                            payment=edu_pay[campus] if licensed else None)
            if not licensed:
                a.payment = ctx.payment("card" if rng.random() < 0.6 else ("pix" if cc == "BR" else "mp"), a.id)
            i += 1
            key = f"{pop}:{a.id}"
            own = W.browser_ua(rng, 0.7)
            laptop = Dev(ctx.device(key, "own"), own, "web", [site])
            home_devs = person(ctx, rng, key, cc, desktop_p=0.2, app_p=0.8)
            n_assign = 0
            for (lday, hour, hours) in slots:
                if lday >= ctx.days or rng.random() < 0.15:
                    continue
                start = W.T0 + lday * W.DAY + (hour - W.TZ[cc]) * W.HOUR
                in_lab = pool in ("mbpp", "humaneval") or rng.random() < 0.35
                dev = Dev(labs[rng.randrange(len(labs))], LAB_UA, "web", [site]) if in_lab else laptop
                t = start + rng.randrange(20 * W.MIN)
                for _ in range(rng.randint(4, 11)):
                    if t >= start + hours * W.HOUR:
                        break
                    q = rng.choice(pset)
                    prompt = ASSIGN[lang].format(n=3 + lday, course=course, q=q) if rng.random() < 0.6 else \
                        wrap(rng, STEP, lang, q)
                    ip, asn = site.addr(t, dev.id, ci * 10 + lday)
                    ctx.emit(a, t, prompt=prompt, system=first_party_system(lang, t), model=model_at(rng, t, adopt="app"),
                             endpoint=W.EP_RESP, ip=ip, asn=asn, ua=dev.ua, device=dev.id,
                             ckind="code" if pool in ("mbpp", "humaneval") else "step", rng=rng)
                    n_assign += 1
                    t += int(lognorm(rng, 6 * W.MIN, 0.6))
            # outside class: homework and life, from home and phone
            mix = [("step", 25), ("school", 15), ("chat", 35), ("nq", 10), ("code", 15)]
            run(ctx, rng, a, home_devs, lang, W.Clock(cc, "student", ctx.start, ctx.end),
                n_for(rng, ctx, 4, 0.8), 3.0, mix, sess_base=1000)
            # between classes, on the campus Wi-Fi (phone or own laptop), daytime on working days
            if rng.random() < 0.5:
                ph = home_devs[-1]
                run(ctx, rng, a, [Dev(ph.id, ph.ua, ph.client, [site]), laptop], lang, W.Clock(cc, "office", ctx.start, ctx.end),
                    W.poisson(rng, 1.5 * ctx.days), 2.0, mix, sess_base=2000)
    # graduate students and staff who keep working on campus through the holidays
    for campus, n in (("ufrj", 15), ("uba", 12), ("unam", 20)):
        site, labs, cc = sites[campus]
        for s in range(ctx.count(n)):
            a = ctx.account(pop, i, cc, created_before(rng, 60, 900), org=edu_org[campus] if campus == "unam" else None,
                            payment=edu_pay[campus] if campus == "unam" else None)
            if campus != "unam":
                a.payment = ctx.payment("card", a.id)
            i += 1
            key = f"{pop}:{a.id}"
            desk = Dev(ctx.device(key, "desk"), W.browser_ua(rng, 1.0), "web", [site])
            mix = [("code", 30), ("chat", 30), ("summary", 15), ("math_step", 10), ("translate", 10), ("nq", 5)]
            run(ctx, rng, a, [desk], LANG[cc], W.Clock(cc, "dev", ctx.start, ctx.end), n_for(rng, ctx, 10, 0.6), 4.0, mix,
                adopt="api")
            run(ctx, rng, a, person(ctx, rng, key, cc, desktop_p=0.3), LANG[cc], W.Clock(cc, "consumer", ctx.start, ctx.end),
                n_for(rng, ctx, 3), 2.0, CONSUMER_MIX, sess_base=500)


# ---------------------------------------------------------------- 6 EdTech app, one system prompt
APROVA_SYSTEM = ("Você é o Tutor Aprova+, um professor paciente que ajuda estudantes brasileiros a se preparar para o "
                 "ENEM e vestibulares. Explique passo a passo, com linguagem simples, mostrando cada conta. Ao final, "
                 "destaque a resposta e sugira um exercício parecido. Se o aluno pedir só a resposta, explique mesmo "
                 "assim. Nunca fale de assuntos fora dos estudos.")
APROVA_ESSAY = ("Você é corretor de redação do ENEM no Aprova+. Avalie o texto nas 5 competências do ENEM (0 a 200 cada), "
                "justifique cada nota em até 3 frases e devolva um JSON com as notas.")


def edtech(ctx: Ctx) -> None:
    pop = "cursinho-plataforma"
    rng = ctx.rng(pop)
    C = ctx.corpus
    org, pay = ctx.org(pop), ctx.payment("card", pop, "cnpj")
    host = W.CloudHost(W.NETS["aws_sa"], pop + "|natgw", n=2)
    ua = "condor-python/1.53.1"
    nodes = [ctx.stack("amazonlinux2023", ua)]
    accts = [ctx.account(pop, k, "BR", created_before(rng, 200, 420), org=org, payment=pay, nkeys=3) for k in range(4)]
    clock = W.Clock("BR", "student", ctx.start, ctx.end)
    per_day = [1300, 1100, 0, 60]  # prod-a, prod-b, essay grading (batch), staging
    for k, a in enumerate(accts):
        if k == 2:
            continue
        n = W.poisson(rng, per_day[k] * ctx.days * ctx.scale)
        for j in range(n):
            t = clock.sample(rng)
            r = rng.random()
            if r < 0.55:
                prompt = rng.choice(C.school)
                ck = "step"
            elif r < 0.7:
                prompt = wrap(rng, STEP, "pt", rng.choice(C.math))
                ck = "step"
            elif r < 0.88:
                prompt = wrap(rng, STEP, "pt", rng.choice(C.school))
                ck = "step"
            else:
                prompt, ck = make(rng, C, rng.choice(["nq", "chat", "task"]), "pt")
            ip, asn = host.addr(t, nodes[0], j)
            ctx.emit(a, t, prompt=prompt, system=APROVA_SYSTEM, model=model_at(rng, t, adopt="slow", mini=0.5),
                     endpoint=W.EP_CHAT, ip=ip, asn=asn, ua=ua, device=nodes[0], ckind=ck, key=a.keys[j % 3], rng=rng,
                     status=429 if rng.random() < 0.01 else None)
    # essay grading runs as nightly Batch jobs (events at execution time)
    a = accts[2]
    for d in range(ctx.days):
        sub = W.T0 + d * W.DAY + 5 * W.HOUR  # 02:00 BRT
        for j in range(W.poisson(rng, 320 * ctx.scale)):
            t = sub + int(rng.expovariate(1 / (2.5 * W.HOUR)))
            ip, asn = host.addr(sub, nodes[0], d)
            ctx.emit(a, t, prompt="Redação do aluno:\n\n" + rng.choice(C.longdocs), system=APROVA_ESSAY,
                     model="condor-3.5-mini", endpoint=W.EP_BATCH, ip=ip, asn=asn, ua=ua, device=nodes[0],
                     ckind="summary", key=a.keys[1], rng=rng)


# ---------------------------------------------------------------- 7 aggregators / resellers
AGG = [  # (company, cc, net, n_accounts, per_day, lang, system, ua, image)
    ("zapia", "BR", "aws_sa", 3, 720, "pt",
     "Você é a ZapIA, assistente no WhatsApp. Responda de forma curta e simpática, em no máximo 3 parágrafos, "
     "com emojis moderados. Não invente links.", "condor-node/4.70.0", "alpine-node20"),
    ("telebot-mx", "MX", "gcp_sa", 2, 560, "es",
     "Eres TeleBot, un asistente en Telegram. Responde en español neutro, breve y claro. Si el usuario manda una "
     "tarea escolar, ayúdalo a entenderla.", "condor-python/1.52.0", "debian12-py3.12"),
    ("ruteador-ar", "AR", "azure_br", 2, 640, "mix", None, "axios/1.7.9", "alpine-node20"),
]


def aggregators(ctx: Ctx) -> None:
    pop = "agregador-revenda"
    rng = ctx.rng(pop)
    C = ctx.corpus
    i = 0
    for comp, cc, net, na, per_day, lang, system, ua, image in AGG:
        org, pay = ctx.org(pop, comp), ctx.payment("card", pop, comp)
        host = W.CloudHost(W.NETS[net], f"{pop}|{comp}", n=3)
        dev = ctx.stack(image, ua)
        clock = W.Clock(cc, "consumer", ctx.start, ctx.end)
        for k in range(na):
            a = ctx.account(pop, i, cc, created_before(rng, 120, 500), org=org, payment=pay, nkeys=2)
            i += 1
            n = W.poisson(rng, per_day * ctx.days * ctx.scale * rng.uniform(0.8, 1.2))
            for j in range(n):
                t = clock.sample(rng)
                lg = rng.choice(["es", "en", "pt"]) if lang == "mix" else lang
                kind = choose(rng, [("chat", 45), ("nq", 25), ("school", 5), ("step", 2), ("code", 8 if lang != "mix" else 30),
                                    ("email", 5), ("translate", 5), ("task", 5)])
                prompt, ck = make(rng, C, kind, lg)
                sysp = system if system is not None else rng.choice(
                    ["", "You are a helpful assistant.", "Eres un asistente útil.", IDE_SYSTEM,
                     "You are a senior engineer. Answer with code first, then a short explanation."])
                ip, asn = host.addr(t, dev, j)
                ctx.emit(a, t, prompt=prompt, system=sysp, model=model_at(rng, t, adopt="api", mini=0.45),
                         endpoint=W.EP_CHAT, ip=ip, asn=asn, ua=ua, device=dev,
                         ckind="bot" if system and ck in ("chat", "nq") else ck, key=a.keys[j % 2], rng=rng,
                         status=429 if rng.random() < 0.008 else None)


# ---------------------------------------------------------------- 8 eval / benchmark teams
COT_EN = "Question: {q}\nLet's think step by step, then give the final answer after 'Answer:'."
ANS_ES = "Resuelve el problema y responde SOLO con el número final, sin explicación.\n\n{q}"
CODE_EVAL = "Complete the following Python function. Return only the code.\n\n{q}"


def evals(ctx: Ctx) -> None:
    pop = "eval-benchmark"
    rng = ctx.rng(pop)
    C = ctx.corpus
    teams = [  # (team, cc, conn, n_accts, ua, sweeps: (benchmark, template, ckind, k, model, start_offset_h))
        ("lab-ia-usp", "BR", W.SiteNet(W.NETS["rnp"], "rnp-icmc", nat=2, vlans=4), 5, "condor-python/1.54.0",
         [("gsm8k", COT_EN, "cot_eval", 1, "condor-4", 3.0), ("math", COT_EN, "cot_eval", 1, "condor-4", 9.0),
          ("gsm8k", COT_EN, "cot_eval", 1, "condor-3.5", -10.0)]),
        ("evals-startup-sp", "BR", W.CloudHost(W.NETS["gcp_sa"], "evals-sp", n=2), 8, "condor-python/1.54.0",
         [("humaneval", CODE_EVAL, "code", 5, "condor-4", 1.5), ("mbpp", CODE_EVAL, "code", 2, "condor-4", 6.0),
          ("humaneval", CODE_EVAL, "code", 5, "condor-4-mini", 20.0), ("mbpp", CODE_EVAL, "code", 1, "condor-3.5", -12.0)]),
        ("fintech-mx-ml", "MX", W.CloudHost(W.NETS["aws_sa"], "fintech-mx", n=1), 5, "condor-node/4.71.2",
         [("svamp", ANS_ES, "answer", 1, "condor-4", 5.0), ("gsm8k", ANS_ES, "answer", 1, "condor-4", 7.0),
          ("svamp", ANS_ES, "answer", 1, "condor-3.5", -6.0)]),
    ]
    pools = {"gsm8k": C.gsm8k, "math": C.math, "humaneval": C.humaneval, "mbpp": C.mbpp, "svamp": C.svamp}
    i = 0
    for team, cc, conn, na, ua, sweeps in teams:
        org, pay = ctx.org(pop, team), ctx.payment("invoice" if team == "lab-ia-usp" else "card", pop, team)
        dev = ctx.stack({"lab-ia-usp": "ubuntu-22.04", "evals-startup-sp": "debian12-py3.12"}.get(team, "alpine-node20"), ua)
        accts = [ctx.account(pop, i + k, cc, created_before(rng, 60, 700), org=org, payment=pay) for k in range(na)]
        i += na
        for sw, (bench, tmpl, ck, k, model, off) in enumerate(sweeps):
            items = pools[bench]
            n_items = min(len(items), int((1319 if bench == "gsm8k" else 1200 if bench == "math" else len(items)) * ctx.scale))
            runner = accts[sw % na]  # whoever launched the sweep
            t = W.RELEASE + int(off * W.HOUR) + rng.randrange(30 * W.MIN)
            rate_ms = rng.choice([700, 900, 1200])  # fixed concurrency -> near-constant spacing
            use_batch = team == "evals-startup-sp" and bench == "mbpp"
            for j in range(n_items):
                for s in range(k):
                    t += int(rate_ms * rng.uniform(0.5, 1.6))
                    tt = t if not use_batch else t + int(rng.expovariate(1 / (3 * W.HOUR)))
                    ip, asn = conn.addr(t, dev, sw)
                    ctx.emit(runner, tt, prompt=tmpl.format(q=items[j]), system="", model=model,
                             endpoint=W.EP_BATCH if use_batch else W.EP_CHAT, ip=ip, asn=asn, ua=ua, device=dev,
                             ckind=ck, rng=rng, status=429 if rng.random() < 0.02 else None)
        # engineers' own interactive use
        for a in accts:
            ds = person(ctx, rng, f"{pop}:{a.id}", cc, desktop_p=1.0, app_p=0.5)
            run(ctx, rng, a, ds, LANG[cc], W.Clock(cc, "dev", ctx.start, ctx.end), n_for(rng, ctx, 12), 4.0,
                [("code", 50), ("chat", 30), ("nq", 10), ("summary", 10)])


# ---------------------------------------------------------------- 9 CI runners
def ci(ctx: Ctx) -> None:
    pop = "ci-runners"
    rng = ctx.rng(pop)
    C = ctx.corpus
    i = 0
    for comp in range(ctx.count(10)):
        cc = rng.choice(["BR", "BR", "MX", "AR", "CO", "CL"])
        org, pay = ctx.org(pop, comp), ctx.payment("card", pop, comp)
        ua = rng.choice(W.PY_VERS)
        ua = f"condor-python/{ua}"
        dev = ctx.stack("gha-ubuntu-24.04", ua)  # the same for every company on this image + SDK
        conn = W.EphemeralCloud(W.NETS["azure_gha"], f"{pop}|{comp}")
        lang = LANG[cc]
        system = rng.choice(["Você é um classificador de tickets. Responda apenas com a categoria.",
                             "Eres un asistente de soporte de una fintech. Responde en español, breve.",
                             "You extract structured fields from invoices and return JSON.", IDE_SYSTEM])
        suite = []
        for _ in range(rng.randint(25, 60)):
            p, ck = make(rng, C, rng.choice(["nq", "task", "chat", "school"]), lang)
            suite.append((p, ck))
        accts = [ctx.account(pop, i + k, cc, created_before(rng, 90, 700), org=org, payment=pay) for k in range(3)]
        i += 3
        # CI on pushes during the working day, nightly at 02:00 local (+ queueing jitter)
        runs = []
        clock = W.Clock(cc, "office", ctx.start, ctx.end)
        for _ in range(W.poisson(rng, 7 * ctx.days)):
            runs.append((clock.sample(rng), rng.choice(accts[:2])))
        for d in range(ctx.days + 1):
            runs.append((W.T0 + d * W.DAY + (2 - W.TZ[cc]) * W.HOUR + rng.randrange(5_000, 40_000), accts[2]))
        for r, (t, a) in enumerate(runs):
            model = rng.choice(W.NEW_MODELS if t >= W.RELEASE and rng.random() < 0.5 else W.OLD_MODELS)
            for p, ck in suite:
                t += rng.randrange(300, 2500)
                ip, asn = conn.addr(t, dev, r)
                ctx.emit(a, t, prompt=p, system=system, model=model, endpoint=W.EP_CHAT, ip=ip, asn=asn, ua=ua,
                         device=dev, ckind="short" if ck != "step" else "step", rng=rng)


# ---------------------------------------------------------------- 10 translation / labelling shops
SHOPS = [  # (name, cc, net, staff, kind, lang)
    ("traducoes-curitiba", "BR", "ligga", 20, "translate", "pt"),
    ("agencia-babel", "AR", "telecom_ar", 22, "translate", "es"),
    ("lingualab-mvd", "UY", "antel", 16, "translate", "es"),
    ("localiza-cdmx", "MX", "telmex", 20, "translate", "es"),
    ("datalabel-medellin", "CO", "tigo_une", 24, "label", "es"),
    ("etiquetado-cordoba", "AR", "movistar_ar", 18, "label", "es"),
]
LABELS = {"es": "Clasifica la intención del usuario en una de: [consulta_saldo, reclamo, compra, soporte_tecnico, otro]. "
                "Responde solo la etiqueta.\n\nTexto: {q}",
          "pt": "Classifique a intenção do usuário em uma de: [consulta, reclamacao, compra, suporte, outro]. "
                "Responda só o rótulo.\n\nTexto: {q}"}


def shops(ctx: Ctx) -> None:
    pop = "traducao-rotulagem"
    rng = ctx.rng(pop)
    C = ctx.corpus
    i = 0
    for name, cc, net, staff, kind, lang in SHOPS:
        org, pay = ctx.org(pop, name), ctx.payment("card", pop, name)
        site = W.SiteNet(W.NETS[net], f"{pop}|{name}", nat=2, v6_share=0.3)
        guide = (f"Guia de estilo {name}: mantenha termos técnicos, não traduza nomes próprios, use o registro formal."
                 if lang == "pt" else f"Guía de estilo {name}: conserva términos técnicos, no traduzcas nombres propios, "
                 "registro formal, español neutro.")
        script_ua = "condor-python/1.52.0"
        script_dev = ctx.stack(rng.choice(["windows-11", "ubuntu-22.04"]), script_ua)
        for s in range(ctx.count(staff)):
            a = ctx.account(pop, i, cc, created_before(rng, 30, 900), org=org, payment=pay)
            i += 1
            pc = Dev(ctx.device(f"{pop}:{a.id}", "pc"), W.browser_ua(rng, 1.0), "web", [site])
            script = Dev(script_dev, script_ua, "sdk", [site])

            def pf(r: random.Random, t: int, kind=kind, lang=lang) -> tuple[str, str]:
                if kind == "translate":
                    tgt = r.choice(["português do Brasil", "inglês"] if lang == "pt" else ["inglés", "portugués", "español neutro"])
                    src = r.choice(C.longdocs if r.random() < 0.4 else C.chat)
                    return (f"Traduza para o {tgt}:\n\n{src}" if lang == "pt" else f"Traduce al {tgt}:\n\n{src}"), "translate"
                if r.random() < 0.8:
                    return LABELS[lang].format(q=r.choice(C.nq if r.random() < 0.5 else C.selfinst)), "label"
                return make(r, C, "chat", lang)
            run(ctx, rng, a, [pc, script] if rng.random() < 0.3 else [pc], lang, W.Clock(cc, "office", ctx.start, ctx.end),
                n_for(rng, ctx, 22, 0.5), 8.0, [], system=guide, prompt_fn=pf, gap_s=50, adopt="api")


# ---------------------------------------------------------------- 11 corporate cards
CORPS = [  # (name, cc, egress, staff)
    ("banco-sp", "BR", "zscaler", 40), ("varejo-sp", "BR", "zscaler", 30), ("agro-go", "BR", "vivo_fibra", 25),
    ("hospital-rj", "BR", "claro_net", 25), ("banco-mx", "MX", "zscaler", 40), ("retail-mty", "MX", "telmex", 30),
    ("telco-bog", "CO", "etb", 30), ("mineria-scl", "CL", "movistar_cl", 25), ("banco-lim", "PE", "movistar_pe", 30),
    ("seguros-ba", "AR", "zscaler", 25),
]


def corporates(ctx: Ctx) -> None:
    pop = "cartao-corporativo"
    rng = ctx.rng(pop)
    i = 0
    for name, cc, egress, staff in CORPS:
        org, pay = ctx.org(pop, name), ctx.payment("card", pop, name)
        if egress == "zscaler":  # the same gateway egress pool serves every Zscaler customer in the region
            site = W.SiteNet(W.NETS["zscaler"], "zscaler-gru", nat=24, v6_share=0.0)
        else:
            site = W.SiteNet(W.NETS[egress], f"{pop}|{name}", nat=2, v6_share=0.35)
        for s in range(ctx.count(staff)):
            a = ctx.account(pop, i, cc, created_before(rng, 20, 500), org=org,
                            payment=pay if rng.random() < 0.82 else None)
            i += 1
            lap = Dev(ctx.device(f"{pop}:{a.id}", "lap"), W.EDGE_WIN.format(v=132) if rng.random() < 0.5 else
                      W.CHROME_WIN.format(v=133), "web", [site])
            ds = [lap]
            if rng.random() < 0.4:
                ds.append(Dev(ctx.device(f"{pop}:{a.id}", "ph"), W.app_ua(rng, LOC[cc]), "app",
                              [W.MobileLine(W.NETS[W.pick(rng, W.MOBILE_BY_CC[cc])], f"{pop}:{a.id}|mob")]))
            mix = [("email", 22), ("summary", 18), ("chat", 30), ("translate", 12), ("nq", 8), ("code", 5), ("task", 5)]
            run(ctx, rng, a, ds, LANG[cc], W.Clock(cc, "office", ctx.start, ctx.end), n_for(rng, ctx, 12, 0.7), 3.0, mix)


# ---------------------------------------------------------------- 12 lan houses / cibercafés
def lanhouses(ctx: Ctx) -> None:
    pop = "lan-house"
    rng = ctx.rng(pop)
    sites = [("BR", "brisanet"), ("BR", "brisanet"), ("BR", "oi_fibra"), ("BR", "oi_fibra"), ("BR", "vivo_fibra"),
             ("BR", "claro_net"), ("BR", "algar"), ("BR", "brisanet"), ("PE", "movistar_pe"), ("PE", "movistar_pe"),
             ("MX", "telmex"), ("MX", "totalplay")]
    i = 0
    for k, (cc, net) in enumerate(sites):
        site = W.SiteNet(W.NETS[net], f"{pop}|{k}", nat=1, v6_share=0.15)
        pcs = [ctx.device(pop, k, "pc", p) for p in range(rng.randint(4, 8))]
        ua = W.CHROME_WIN.format(v=rng.choice([131, 132]))
        for c in range(ctx.count(160 / len(sites))):
            a = ctx.account(pop, i, cc, created_before(rng, 2, 400))
            a.payment = ctx.payment("boleto" if cc == "BR" and rng.random() < 0.2 else "pix" if cc == "BR" else "card", a.id)
            i += 1
            clock = W.Clock(cc, "consumer", ctx.start, ctx.end)
            for v in range(W.poisson(rng, 1.1 * ctx.days)):  # visits
                t = clock.sample(rng)
                lh = W.local_hour(t, cc)
                if lh < 8 or lh > 21:  # open 08-22
                    continue
                pc = rng.choice(pcs)
                for _ in range(rng.randint(1, 6)):
                    prompt, ck = make(rng, ctx.corpus, choose(rng, [("email", 30), ("chat", 25), ("school", 20),
                                                                   ("nq", 20), ("task", 5)]), LANG[cc])
                    ip, asn = site.addr(t, pc, v)
                    ctx.emit(a, t, prompt=prompt, system=first_party_system(LANG[cc], t), model=model_at(rng, t, adopt="app"),
                             endpoint=W.EP_RESP, ip=ip, asn=asn, ua=ua, device=pc, ckind=ck, rng=rng)
                    t += int(lognorm(rng, 2 * W.MIN))


# ---------------------------------------------------------------- 13 release-day sign-ups
def signups(ctx: Ctx) -> None:
    pop = "cadastro-lancamento"
    rng = ctx.rng(pop)
    C = ctx.corpus
    viral = [rng.choice(C.math) for _ in range(3)]  # problems a streamer showed on the launch live
    live = W.RELEASE + 7 * W.HOUR  # 20:00 BRT live stream
    for i in range(ctx.count(520)):
        cc = W.pick(rng, [("BR", .55), ("MX", .2), ("AR", .08), ("CO", .08), ("CL", .05), ("PE", .04)])
        spike = cc == "BR" and rng.random() < 0.45
        if spike:
            created = live + int(rng.expovariate(1 / (25 * W.MIN)))
        else:
            created = W.RELEASE + int(rng.expovariate(1 / (9 * W.HOUR)))
        if created >= ctx.end:
            created = W.RELEASE + rng.randrange(max(1, ctx.end - W.RELEASE))
        a = ctx.account(pop, i, cc, created)
        a.payment = ctx.payment("pix" if cc == "BR" and rng.random() < 0.5 else "card", a.id)
        ds = person(ctx, rng, f"{pop}:{i}", cc, desktop_p=0.5, app_p=0.6)
        lang = LANG[cc]
        t = created + rng.randrange(60_000, 10 * W.MIN)
        dev = rng.choice(ds)
        if spike and rng.random() < 0.7:
            q = rng.choice(viral)
            p = rng.choice(["Testando o condor-4: {q}", "{q}", "vi na live, resolve isso: {q}", "{q}\n\nresolve passo a passo"]).format(q=q)
            ip, asn = pick_conn(rng, dev, t, cc).addr(t, dev.id, 0)
            ctx.emit(a, t, prompt=p, system=first_party_system(lang, t), model="condor-4", endpoint=W.EP_RESP, ip=ip,
                     asn=asn, ua=dev.ua, device=dev.id, ckind="step", rng=rng)
        clock = W.Clock(cc, "consumer", min(ctx.end - 1, created + W.MIN), ctx.end)
        mix = [("chat", 40), ("code", 15), ("math_step", 10), ("school", 8), ("nq", 12), ("summary", 5), ("task", 10)]
        n = W.poisson(rng, lognorm(rng, 9, 0.6))
        run(ctx, rng, a, ds, lang, clock, n, 4.0, mix, adopt="eager", sess_base=1)


# ---------------------------------------------------------------- 14 shop bots from one SaaS vendor
LOJABOT = ("Você é o assistente virtual da loja {shop}, que vende {cat} pelo site e pelo Mercado Livre. Responda com "
           "cordialidade, em até 4 frases. Prazo de troca: {d} dias. Frete grátis acima de R$ {f}. Se não souber, "
           "ofereça falar com um atendente humano. Nunca prometa prazos de entrega.")
CATS = ["roupas fitness", "eletrônicos", "cosméticos", "artigos para pets", "peças de moto", "brinquedos",
        "material de construção", "suplementos", "calçados", "utilidades domésticas"]


def shopbots(ctx: Ctx) -> None:
    pop = "atendimento-bots"
    rng = ctx.rng(pop)
    C = ctx.corpus
    vendor_pay = ctx.payment("card", pop, "lojabot-reseller")
    host = W.CloudHost(W.NETS["locaweb"], pop + "|lojabot", n=3)
    ua = "lojabot-worker/2.3.1 condor-node/4.70.0"
    dev = ctx.stack("alpine-node20", ua)
    clock = W.Clock("BR", "consumer", ctx.start, ctx.end)
    for i in range(ctx.count(90)):
        a = ctx.account(pop, i, "BR", created_before(rng, 10, 300), payment=vendor_pay if rng.random() < 0.6 else None)
        if a.payment != vendor_pay:  # shops that pay LojaBot's bill themselves
            a.payment = ctx.payment("pix" if rng.random() < 0.5 else "card", a.id)
        shop = "Loja " + ctx.hid("shop", i, n=4).upper()
        system = LOJABOT.format(shop=shop, cat=rng.choice(CATS), d=rng.choice([7, 15, 30]), f=rng.choice([99, 149, 199]))
        for j in range(W.poisson(rng, lognorm(rng, 32, 0.8) * ctx.days)):
            t = clock.sample(rng)
            ip, asn = host.addr(t, dev, j)
            if rng.random() < 0.12:
                ctx.emit(a, t, prompt=rng.choice(C.selfinst), system="", model=W.EMBED_MODEL, endpoint=W.EP_EMBED,
                         ip=ip, asn=asn, ua=ua, device=dev, rng=rng)
                continue
            prompt, ck = make(rng, C, choose(rng, [("nq", 45), ("chat", 20), ("task", 35)]), "pt")
            ctx.emit(a, t, prompt=prompt, system=system, model=model_at(rng, t, adopt="slow", mini=0.8),
                     endpoint=W.EP_CHAT, ip=ip, asn=asn, ua=ua, device=dev, ckind="bot", rng=rng)


# ---------------------------------------------------------------- 15 newsrooms
def newsrooms(ctx: Ctx) -> None:
    pop = "redacao-jornalismo"
    rng = ctx.rng(pop)
    C = ctx.corpus
    rooms = [("folha-sp", "BR", "claro_net"), ("diario-cdmx", "MX", "telmex"), ("verifica-bog", "CO", "etb"),
             ("chequeo-ba", "AR", "telecom_ar")]
    i = 0
    for name, cc, net in rooms:
        org, pay = ctx.org(pop, name), ctx.payment("card", pop, name)
        site = W.SiteNet(W.NETS[net], f"{pop}|{name}", nat=2, v6_share=0.4)
        lang = LANG[cc]
        for s in range(ctx.count(15)):
            a = ctx.account(pop, i, cc, created_before(rng, 30, 600), org=org, payment=pay)
            i += 1
            ds = [Dev(ctx.device(f"{pop}:{a.id}", "lap"), W.browser_ua(rng, 1.0), "web", [site])] + \
                person(ctx, rng, f"{pop}:{a.id}", cc, desktop_p=0.0)

            def pf(r: random.Random, t: int, lang=lang) -> tuple[str, str]:
                x = r.random()
                if x < 0.45:
                    q = r.choice(C.nq)
                    return ((f"Checagem: {q}? Cite a fonte provável e o grau de certeza." if lang == "pt" else
                             f"Verificación: {q}? Indica la fuente probable y el grado de certeza.")), "short"
                if x < 0.75:
                    return make(r, C, "summary", lang)
                return make(r, C, "translate" if x < 0.9 else "chat", lang)
            run(ctx, rng, a, ds, lang, W.Clock(cc, "dev", ctx.start, ctx.end), n_for(rng, ctx, 14), 4.0, [], prompt_fn=pf)


# ---------------------------------------------------------------- 16 farms on Starlink
def agro(ctx: Ctx) -> None:
    pop = "agro-starlink"
    rng = ctx.rng(pop)
    for i in range(ctx.count(90)):
        cc = W.pick(rng, [("BR", .75), ("AR", .15), ("CL", .1)])
        a = ctx.account(pop, i, cc, created_before(rng, 30, 700))
        a.payment = ctx.payment("card", a.id)
        dish = W.HomeLine(W.NETS["starlink"], f"{pop}:{i}|dish", rng, epoch_h=10_000)
        dish.has_v6 = rng.random() < 0.6
        ds = person(ctx, rng, f"{pop}:{i}", cc, desktop_p=0.4, app_p=0.8, home=dish)
        for d in ds:
            d.conns = [dish]  # no mobile coverage on the farm
        mix = [("chat", 40), ("nq", 25), ("school", 10), ("email", 10), ("summary", 5), ("translate", 5), ("task", 5)]
        run(ctx, rng, a, ds, LANG[cc], W.Clock("BR" if cc == "BR" else cc, "farm", ctx.start, ctx.end),
            n_for(rng, ctx, 8), 3.0, mix)


# ---------------------------------------------------------------- 17 families sharing one device
def families(ctx: Ctx) -> None:
    pop = "familia-compartilhada"
    rng = ctx.rng(pop)
    i = 0
    for f in range(ctx.count(55)):
        cc = W.pick(rng, [("BR", .5), ("MX", .2), ("CO", .15), ("AR", .15)])
        home = W.HomeLine(W.NETS[W.pick(rng, W.FIXED_BY_CC[cc])], f"{pop}:{f}|home", rng)
        shared = Dev(ctx.device(pop, f, "tablet"), W.app_ua(rng, LOC[cc]) if rng.random() < 0.5 else W.browser_ua(rng, 1.0),
                     "app", [home])
        pay = ctx.payment("card" if rng.random() < 0.7 else ("pix" if cc == "BR" else "mp"), pop, f)
        for m in range(rng.randint(2, 4)):
            a = ctx.account(pop, i, cc, created_before(rng, 5, 500), payment=pay)
            i += 1
            kid = m >= 1 and rng.random() < 0.7
            ds = [shared]
            if not kid or rng.random() < 0.5:
                ds += person(ctx, rng, f"{pop}:{a.id}", cc, desktop_p=0.0, home=home)
            mix = ([("step", 35), ("school", 25), ("chat", 25), ("nq", 15)] if kid else CONSUMER_MIX)
            run(ctx, rng, a, ds, LANG[cc], W.Clock(cc, "student" if kid else "consumer", ctx.start, ctx.end),
                n_for(rng, ctx, 5), 3.0, mix)


# ---------------------------------------------------------------- 18 VPN users
def vpn_users(ctx: Ctx) -> None:
    pop = "vpn-privacidade"
    rng = ctx.rng(pop)
    for i in range(ctx.count(110)):
        cc = W.pick(rng, [("BR", .45), ("MX", .2), ("AR", .15), ("CO", .1), ("CL", .1)])
        a = ctx.account(pop, i, cc, created_before(rng, 10, 800))
        a.payment = ctx.payment("card" if rng.random() < 0.8 else "mp", a.id)
        nets = [W.NETS["cf_warp"]] if rng.random() < 0.5 else [W.NETS["m247"], W.NETS["datacamp"]]
        vpn = W.VpnExit(nets, f"{pop}:{i}|vpn")
        ds = [Dev(ctx.device(f"{pop}:{i}", "pc"), W.browser_ua(rng, 0.7), "web", [vpn])]
        run(ctx, rng, a, ds, LANG[cc], W.Clock(cc, "consumer", ctx.start, ctx.end), n_for(rng, ctx, 8), 3.0, CONSUMER_MIX)


# ---------------------------------------------------------------- 19 Carnival tourists
TRAVEL = ["¿Cómo se dice en portugués '{q}'?", "Traduce al portugués: {q}", "{q}", "{q}"]


def tourists(ctx: Ctx) -> None:
    pop = "turistas-carnaval"
    rng = ctx.rng(pop)
    C = ctx.corpus
    for i in range(ctx.count(90)):
        cc = W.pick(rng, [("AR", .55), ("CL", .28), ("UY", .17)])
        a = ctx.account(pop, i, cc, created_before(rng, 20, 700))
        a.payment = ctx.payment("card", a.id)
        key = f"{pop}:{i}"
        roam = W.MobileLine(W.NETS[W.pick(rng, W.MOBILE_BY_CC[cc])], key + "|roam")  # home-routed roaming
        esim = W.MobileLine(W.NETS[W.pick(rng, W.MOBILE_BY_CC["BR"])], key + "|esim")
        hotel = W.HomeLine(W.NETS[W.pick(rng, W.FIXED_BY_CC["BR"])], key + "|hotel", rng)
        ph = Dev(ctx.device(key, "ph"), W.app_ua(rng, LOC[cc]), "app", [hotel, roam if rng.random() < 0.6 else esim])

        def pf(r: random.Random, t: int) -> tuple[str, str]:
            x = r.random()
            if x < 0.25:
                return r.choice(TRAVEL).format(q=r.choice(C.selfinst)[:120]), "short"
            return make(r, C, choose(r, [("chat", 50), ("nq", 40), ("task", 10)]), "es")
        clock = W.Clock("BR", "party", ctx.start, ctx.end)
        for s, times in enumerate(session_times(rng, clock, n_for(rng, ctx, 6), 3.0)):
            conn = ph.conns[0] if rng.random() < 0.45 else ph.conns[1]
            for t in times:
                ip, asn = conn.addr(t, ph.id, s)
                p, ck = pf(rng, t)
                ctx.emit(a, t, prompt=p, system=first_party_system("es", t), model=model_at(rng, t, adopt="app"),
                         endpoint=W.EP_RESP, ip=ip, asn=asn, ua=ph.ua, device=ph.id, ckind=ck, rng=rng)


# ---------------------------------------------------------------- 20 BPO call centres
BPO_SYS = ("You are drafting replies for {client} customer support agents. Tone: friendly, concise, US English. Never "
           "promise refunds or dates. Sign as '{client} Support'. Program code {code}.")


def bpo(ctx: Ctx) -> None:
    pop = "bpo-callcenter"
    rng = ctx.rng(pop)
    C = ctx.corpus
    centres = [("bog", "CO", "etb", 70), ("mde", "CO", "tigo_une", 50), ("gdl", "MX", "telmex", 60), ("mty", "MX", "totalplay", 40)]
    shifts = [(6, 9), (14, 9), (22, 9)]
    i = 0
    for name, cc, net, agents in centres:
        org, pay = ctx.org(pop, name), ctx.payment("card", pop, name)
        site = W.SiteNet(W.NETS[net], f"{pop}|{name}", nat=2, v6_share=0.0)
        n_ag = ctx.count(agents)
        desks = [ctx.device(pop, name, "desk", d) for d in range(max(1, int(n_ag / 2.5)))]
        clients = [(f"Client{ctx.hid('cl', name, c, n=3).upper()}", ctx.hid("prog", name, c, n=6)) for c in range(3)]
        for s in range(n_ag):
            a = ctx.account(pop, i, cc, created_before(rng, 15, 400), org=org, payment=pay)
            i += 1
            sh_start, sh_len = shifts[s % 3]
            desk = desks[s % len(desks)]
            client, code = clients[s % 3]
            system = BPO_SYS.format(client=client, code=code)
            for d in range(-1, ctx.days):
                if rng.random() < 0.2:
                    continue
                start = W.T0 + d * W.DAY + (sh_start - W.TZ[cc]) * W.HOUR
                k = W.poisson(rng, 18)
                for j in range(k):
                    t = start + int((j + rng.random()) * sh_len * W.HOUR / max(1, k))
                    msg = rng.choice(C.nq if rng.random() < 0.5 else C.chat)
                    p = f"Customer message: {msg}\n\nDraft a reply."
                    ip, asn = site.addr(t, desk, d)
                    ctx.emit(a, t, prompt=p, system=system, model=model_at(rng, t, adopt="app"), endpoint=W.EP_RESP,
                             ip=ip, asn=asn, ua=LAB_UA, device=desk, ckind="reply", rng=rng)


# ---------------------------------------------------------------- 21 power users
def power(ctx: Ctx) -> None:
    pop = "power-users"
    rng = ctx.rng(pop)
    for i in range(ctx.count(50)):
        cc = W.pick(rng, [("BR", .5), ("MX", .2), ("AR", .15), ("CO", .1), ("CL", .05)])
        a = ctx.account(pop, i, cc, created_before(rng, 100, 900), nkeys=2)
        a.payment = ctx.payment("card", a.id)
        ds = person(ctx, rng, f"{pop}:{i}", cc, desktop_p=1.0, app_p=0.8)
        sdk = W.sdk_ua(rng)
        ds.append(Dev(ctx.stack(rng.choice(["ubuntu-22.04", "macos-arm64", "debian12-py3.12"]), sdk), sdk, "sdk", ds[0].conns))
        mix = [("chat", 35), ("code", 25), ("summary", 10), ("math_step", 5), ("nq", 10), ("translate", 5), ("email", 5),
               ("task", 5)]
        run(ctx, rng, a, ds, LANG[cc], W.Clock(cc, "dev", ctx.start, ctx.end), n_for(rng, ctx, 60, 0.5), 8.0, mix,
            system="You are a precise assistant. Prefer short answers.", gap_s=45, adopt="api")


def all_benign(ctx: Ctx) -> None:
    consumers(ctx, "consumidor-br", 1150, [("BR", 1.0)], 4.0)
    consumers(ctx, "consumidor-hispano", 900, HISP, 4.0)
    devs(ctx)
    students(ctx)
    universities(ctx)
    edtech(ctx)
    aggregators(ctx)
    evals(ctx)
    ci(ctx)
    shops(ctx)
    corporates(ctx)
    lanhouses(ctx)
    signups(ctx)
    shopbots(ctx)
    newsrooms(ctx)
    agro(ctx)
    families(ctx)
    vpn_users(ctx)
    tourists(ctx)
    bpo(ctx)
    power(ctx)
