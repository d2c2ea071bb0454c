"""Eight distillation campaigns of the Carnaval-2026 world. Each mixes harvest
into ordinary-looking traffic and leaves a collective trace (documented per
campaign here and in README.md)."""
from __future__ import annotations

import random

from . import world as W
from .benign import LANG, Dev, campus_sites, pick_conn
from .core import Ctx, created_before, lognorm, model_at, session_times
from .mix import choose, make
from .prompts import CASUAL, first_party_system, wrap


def _acct(ctx: Ctx, camp: str, i: int, cc: str, created: int, **kw):
    return ctx.account(camp, i, cc, created, label="attack", campaign=camp, **kw)


def _poisson_times(rng: random.Random, start: int, end: int, per_day: float) -> list[int]:
    out, t = [], start
    if per_day <= 0:
        return out
    while True:
        t += int(rng.expovariate(per_day / W.DAY))
        if t >= end:
            return out
        out.append(t)


# ------------------------------------------------------------ C1 revenda-cinza
MESTREZAP = ("Você é o MestreZap, seu assistente no WhatsApp. Responda de forma curta e simpática, em português do "
             "Brasil, no máximo 3 parágrafos. Não envie links. Se for tarefa escolar, explique com calma.")
HARVEST_PT = ["Explique detalhadamente, passo a passo, como resolver: {q}",
              "Resolva mostrando todo o raciocínio, passo a passo:\n{q}",
              "{q}\n\nMostre cada etapa do raciocínio antes da resposta final.",
              "Me explica passo a passo? {q}"]


def revenda_cinza(ctx: Ctx) -> None:
    """A real WhatsApp-bot reseller that also sells 'capacity' to a data buyer:
    harvest rides inside its pooled API accounts, same system prompt, same
    servers, same card as its genuine end-user traffic."""
    camp = "revenda-cinza"
    rng = ctx.rng(camp)
    C = ctx.corpus
    org, pay = ctx.org(camp), ctx.payment("card", camp, "cnpj")
    host = W.CloudHost(W.NETS["aws_sa"], camp + "|natgw", n=2)
    ua = "condor-node/4.71.2"
    dev = ctx.stack("alpine-node20", ua)
    accts = [_acct(ctx, camp, k, "BR", created_before(rng, 150, 300), org=org, payment=pay, nkeys=2)
             for k in range(max(2, ctx.count(6)))]
    clock = W.Clock("BR", "consumer", ctx.start, ctx.end)
    for a in accts:  # genuine end users
        for j in range(W.poisson(rng, 450 * ctx.days * rng.uniform(0.85, 1.15))):
            t = clock.sample(rng)
            kind = choose(rng, [("chat", 45), ("nq", 28), ("school", 6), ("step", 2), ("code", 4), ("email", 5),
                                ("task", 10)])
            prompt, ck = make(rng, C, kind, "pt")
            ip, asn = host.addr(t, dev, j)
            ctx.emit(a, t, prompt=prompt, system=MESTREZAP, model=model_at(rng, t, adopt="api", mini=0.45),
                     endpoint=W.EP_CHAT, ip=ip, asn=asn, ua=ua, device=dev, ckind="bot" if ck in ("chat", "nq") else ck,
                     key=a.keys[j % 2], rng=rng, status=429 if rng.random() < 0.008 else None)
    # the buyer's queue: corpus order, round-robin over accounts, flat day and night, ramps after release
    items = C.math + C.gsm8k
    cur = rng.randrange(len(C.math) // 2)
    times = _poisson_times(rng, ctx.start, min(W.RELEASE, ctx.end), 60 * len(accts)) + \
        _poisson_times(rng, max(W.RELEASE + 40 * W.MIN, ctx.start), ctx.end, 200 * len(accts))
    for j, t in enumerate(times):
        a = accts[j % len(accts)]
        q = items[cur % len(items)]
        cur += 1
        ip, asn = host.addr(t, dev, j)
        ctx.emit(a, t, prompt=rng.choice(HARVEST_PT).format(q=q), system=MESTREZAP,
                 model="condor-4" if t >= W.RELEASE else "condor-3.5", endpoint=W.EP_CHAT, ip=ip, asn=asn, ua=ua,
                 device=dev, ckind="step", key=a.keys[j % 2], rng=rng, status=429 if rng.random() < 0.008 else None)


# ------------------------------------------------------------ C2 tunel-v6
CODE_HARVEST = {
    "es": ["Implementa la siguiente función. Antes del código, explica tu razonamiento paso a paso:\n\n{q}",
           "Resuelve en Python y explica paso a paso la lógica:\n{q}",
           "{q}\n\nPiensa paso a paso, luego escribe la solución completa y comenta cada decisión."],
    "pt": ["Implemente a função abaixo. Explique o raciocínio passo a passo antes do código:\n\n{q}",
           "{q}\n\nPense passo a passo e depois escreva a solução completa comentada."],
}


def tunel_v6(ctx: Ctx) -> None:
    """Accounts that speak only IPv6 through Hurricane Electric tunnel-broker
    /48s: every request from a fresh /64, browser-like UAs and per-account
    client fingerprints, one prepaid virtual card per account."""
    camp = "tunel-v6"
    rng = ctx.rng(camp)
    C = ctx.corpus
    he = W.NETS["he_tunnel"]
    p48s = [he.v6_prefix(48, camp, k) for k in range(3)]
    batches = [W.T0 - d * W.DAY - rng.randrange(W.DAY) for d in (12, 9, 7, 4, 2)]
    uas = [W.CHROME_WIN.format(v=v) for v in (131, 132, 133)] + [W.CHROME_MAC.format(v=v) for v in (132, 133)] + \
        [W.EDGE_WIN.format(v=132), W.FIREFOX_WIN.format(v=135), W.CHROME_AND.format(v=133)]
    pool = C.humaneval + C.mbpp + C.arena_code
    for i in range(ctx.count(110)):
        cc = "BR" if i % 3 else "CO"
        lang = LANG[cc]
        a = _acct(ctx, camp, i, cc, batches[i % 5] + rng.randrange(2 * W.HOUR))
        a.payment = ctx.payment("card", camp, "virtual", i)
        dev = ctx.device(camp, i)
        ua = rng.choice(uas)
        p48 = p48s[i % 3]
        start = W.RELEASE + int(rng.uniform(2, 5) * W.HOUR)
        if start >= ctx.end:
            continue
        clock = W.Clock("BR", "consumer", start, ctx.end)
        n = W.poisson(rng, lognorm(rng, 22, 0.3) * (ctx.end - start) / W.DAY)
        for s, times in enumerate(session_times(rng, clock, n, 5.0, gap_s=40)):
            for t in times:
                ip = W.v6(p48, 48, camp, i, t, sub=rng.randrange(1 << 16))
                if rng.random() < 0.75:
                    prompt, ck = rng.choice(CODE_HARVEST[lang]).format(q=rng.choice(pool)), "code"
                else:
                    prompt, ck = wrap(rng, CASUAL, lang, rng.choice(C.nq)), "nq"
                ctx.emit(a, t, prompt=prompt, system=first_party_system(lang, t), model="condor-4", endpoint=W.EP_RESP,
                         ip=ip, asn=he.asn, ua=ua, device=dev, ckind=ck, rng=rng)


# ------------------------------------------------------------ C3 lote-enem
BUNDLE_HEAD = [
    "Resolva cada questão abaixo mostrando todo o raciocínio, e no final de cada uma escreva 'Resposta: <valor>'.",
    "Simulado de revisão. Para cada questão, faça a resolução completa com todas as contas e termine com 'Resposta:'.",
    "Preciso do gabarito comentado: resolva uma por uma, explicando o raciocínio, e feche cada uma com 'Resposta:'.",
]


def lote_enem(ctx: Ctx) -> None:
    """Batch packing: 8-20 problems per request, so each account makes only a
    handful of requests a day. 16 operators run 4 accounts each from their own
    home line and laptop; every account paid by a different mule's Pix."""
    camp = "lote-enem"
    rng = ctx.rng(camp)
    C = ctx.corpus
    items = C.gsm8k + C.math + C.svamp
    order = list(range(len(items)))
    rng.shuffle(order)
    cur = 0
    i = 0
    for o in range(ctx.count(16)):
        net = W.NETS[W.pick(rng, [("vivo_fibra", .3), ("claro_net", .3), ("oi_fibra", .2), ("brisanet", .2)])]
        home = W.HomeLine(net, f"{camp}|op{o}", rng)
        dev = ctx.device(camp, "op", o)
        ua = W.browser_ua(rng, 1.0)
        base = W.T0 - int(rng.uniform(20, 60) * W.DAY)
        head = rng.choice(BUNDLE_HEAD)
        for k in range(4):
            a = _acct(ctx, camp, i, "BR", base + rng.randrange(3 * W.HOUR))
            a.payment = ctx.payment("pix", camp, "laranja", i)
            i += 1
            clock = W.Clock("BR", "consumer", ctx.start, ctx.end)
            n = W.poisson(rng, lognorm(rng, 6, 0.3) * ctx.days)
            for s, times in enumerate(session_times(rng, clock, n, 2.5, gap_s=240)):
                for t in times:
                    m = rng.randint(8, 20)
                    qs = [items[order[(cur + j) % len(order)]] for j in range(m)]
                    cur += m
                    body = "\n\n".join(f"Questão {j + 1}) {q}" for j, q in enumerate(qs))
                    prompt = f"{head}\n\n{body}"
                    ip, asn = home.addr(t, dev, s)
                    model = "condor-4" if t >= W.RELEASE else "condor-3.5"
                    ctx.emit(a, t, prompt=prompt, system=first_party_system("pt", t), model=model, endpoint=W.EP_RESP,
                             ip=ip, asn=asn, ua=ua, device=dev, ckind="bundle", rng=rng,
                             ctoks=min(16384, int(m * lognorm(rng, 260, 0.25))))
            for c in range(W.poisson(rng, 1.2 * ctx.days)):  # a little ordinary use on each account
                t = clock.sample(rng)
                prompt, ck = make(rng, C, choose(rng, [("chat", 50), ("nq", 50)]), "pt")
                ip, asn = home.addr(t, dev, 100 + c)
                ctx.emit(a, t, prompt=prompt, system=first_party_system("pt", t), model=model_at(rng, t, adopt="app"),
                         endpoint=W.EP_RESP, ip=ip, asn=asn, ua=ua, device=dev, ckind=ck, rng=rng)


# ------------------------------------------------------------ C4 cursinho-socratico
TUTOR = [
    "Escreva um diálogo entre um professor de cursinho e um aluno do ENEM em que o professor conduz o aluno, com "
    "perguntas, até a solução deste problema. Inclua todas as contas no diálogo.\n\nProblema: {q}",
    "Finja que você é meu professor particular. Me guie pela solução desse exercício fazendo perguntas e respondendo "
    "você mesmo, até chegar no resultado final:\n{q}",
    "Como um professor explicaria essa questão para um aluno que tem dificuldade? Quero a explicação completa, com "
    "cada conta feita.\n{q}",
    "Monte uma aula curta sobre este problema: primeiro o conceito, depois a resolução completa com os cálculos, por "
    "fim a resposta.\n{q}",
    "Explique para uma criança de 12 anos como chegar na resposta, sem pular nenhuma conta: {q}",
]
WAVES_BRT = (12.0, 18.5, 21.0)


def cursinho_socratico(ctx: Ctx) -> None:
    """Crowdsourced gig workers ('renda extra' app): real people, own phones,
    own lines, own Pix. The gig app's WebView pushes tutoring-dialogue tasks
    (reasoning without step-by-step phrases) in waves at fixed times."""
    camp = "cursinho-socratico"
    rng = ctx.rng(camp)
    C = ctx.corpus
    items = C.math + C.gsm8k
    order = list(range(len(items)))
    rng.shuffle(order)
    cur = 0
    waves = []
    for d in range(-1, ctx.days + 1):
        for hbrt in WAVES_BRT:
            w = W.T0 + d * W.DAY + int((hbrt + 3) * W.HOUR)
            if ctx.start - W.HOUR <= w < ctx.end:
                waves.append(w)
    for i in range(ctx.count(150)):
        aged = rng.random() < 0.4
        a = _acct(ctx, camp, i, "BR", created_before(rng, 60, 700) if aged else created_before(rng, 3, 20))
        a.payment = ctx.payment("pix", camp, "worker", i)
        key = f"{camp}:{i}"
        home = W.HomeLine(W.NETS[W.pick(rng, W.FIXED_BY_CC["BR"])], key + "|home", rng)
        mob = W.MobileLine(W.NETS[W.pick(rng, W.MOBILE_BY_CC["BR"])], key + "|mob")
        av = rng.choice([12, 13, 14, 14, 15])
        wv = Dev(ctx.device(key, "gigapp"), W.WEBVIEW_AND.format(a=av, m=rng.choice(W.ANDROID_MODELS),
                 b=rng.choice(["TP1A.220624.014", "UP1A.231005.007", "AP2A.240905.003"]), v=rng.choice([132, 133])),
                 "web", [home, mob])
        app = Dev(ctx.device(key, "app"), W.app_ua(rng, "pt_BR"), "app", [home, mob])
        part = rng.uniform(0.35, 0.8)
        cohort = (i % 2) * 25 * W.MIN  # the app notifies two worker cohorts 25 minutes apart
        sid = 0
        for w in waves:
            if rng.random() > part:
                continue
            t = w + cohort + int(lognorm(rng, 22 * W.MIN, 0.9))
            conn = pick_conn(rng, wv, t, "BR")
            sid += 1
            for _ in range(rng.randint(2, 6)):
                q = items[order[cur % len(order)]]
                cur += 1
                ip, asn = conn.addr(t, wv.id, sid)
                ctx.emit(a, t, prompt=rng.choice(TUTOR).format(q=q), system=first_party_system("pt", t),
                         model="condor-4" if t >= W.RELEASE else "condor-3.5", endpoint=W.EP_RESP, ip=ip, asn=asn,
                         ua=wv.ua, device=wv.id, ckind="dialogue", rng=rng)
                t += int(lognorm(rng, 100_000, 0.5))
        # the worker's own everyday use, in the official app
        clock = W.Clock("BR", "consumer", ctx.start, ctx.end)
        for s, times in enumerate(session_times(rng, clock, W.poisson(rng, 1.5 * ctx.days), 2.0)):
            conn = pick_conn(rng, app, times[0], "BR")
            for t in times:
                prompt, ck = make(rng, C, choose(rng, [("chat", 50), ("nq", 35), ("task", 15)]), "pt")
                ip, asn = conn.addr(t, app.id, 1000 + s)
                ctx.emit(a, t, prompt=prompt, system=first_party_system("pt", t), model=model_at(rng, t, adopt="app"),
                         endpoint=W.EP_RESP, ip=ip, asn=asn, ua=app.ua, device=app.id, ckind=ck, rng=rng)


# ------------------------------------------------------------ C5 fila-batch
BATCH_SYS = {
    "en": "You are an expert competition mathematician and programmer. Reason through the problem carefully and show "
          "all intermediate reasoning before the final answer. Put the final answer in \\boxed{}.",
    "es": "Eres un experto en matemáticas de competencia y programación. Razona el problema con cuidado, muestra todo "
          "el razonamiento intermedio y pon la respuesta final en \\boxed{}.",
}


def fila_batch(ctx: Ctx) -> None:
    """Harvest submitted through the asynchronous Batch endpoint: event times are
    set by the provider's batch scheduler, not by the client. Six shell
    'AI startups' (orgs) with five seats each; corpus split into disjoint
    slices per org; every item sampled twice."""
    camp = "fila-batch"
    rng = ctx.rng(camp)
    C = ctx.corpus
    items = C.math + C.gsm8k + C.mbpp
    order = list(range(len(items)))
    rng.shuffle(order)
    n_orgs = max(1, ctx.count(6))
    slice_len = len(order) // n_orgs
    ua = "condor-python/1.54.0"
    dev = ctx.stack("debian12-py3.12", ua)  # shared with every client on that image + SDK build
    i = 0
    for o in range(n_orgs):
        org, pay = ctx.org(camp, o), ctx.payment("card", camp, o)
        lang = "es" if o in (1, 4) else "en"
        host = W.CloudHost(W.NETS["gcp_sa" if o % 2 == 0 else "azure_br"], f"{camp}|{o}", n=1)
        created = W.T0 - int(rng.uniform(14, 35) * W.DAY)
        cursor = o * slice_len
        for k in range(5):
            a = _acct(ctx, camp, i, "BR" if lang == "en" else "MX", created + rng.randrange(2 * W.DAY), org=org, payment=pay)
            i += 1
            sub = W.RELEASE + int(rng.uniform(0.5, 3) * W.HOUR)
            j = 0
            while sub < ctx.end:
                n_items = rng.randint(20, 40)
                for _ in range(n_items):
                    q = items[order[cursor % len(order)]]
                    cursor += 1
                    is_code = "assert " in q
                    for s in range(2):
                        t = sub + int(min(24 * W.HOUR, rng.expovariate(1 / (3.5 * W.HOUR)))) + rng.randrange(60_000)
                        ip, asn = host.addr(sub, dev, j)
                        ctx.emit(a, t, prompt=("Problem:\n" + q) if not is_code else q, system=BATCH_SYS[lang],
                                 model="condor-4", endpoint=W.EP_BATCH, ip=ip, asn=asn, ua=ua, device=dev,
                                 ckind="code" if is_code else "cot_eval", rng=rng)
                j += 1
                sub += int(rng.uniform(12, 18) * W.HOUR)


# ------------------------------------------------------------ C6 campus-noturno
NIGHT_WRAP = {"es": ["Resuelve detalladamente, justificando cada paso:\n\n{q}",
                     "{q}\n\nDesarrolla la solución completa paso a paso."],
              "pt": ["Resolva detalhadamente, justificando cada passo:\n\n{q}",
                     "{q}\n\nDesenvolva a solução completa passo a passo."]}


def campus_noturno(ctx: Ctx) -> None:
    """Personal accounts driven by scripts on campus lab PCs overnight (22:00-06:00
    local), behind the same NAT and on the same PCs that students use by day,
    during a week when two of the three campuses are on holiday."""
    camp = "campus-noturno"
    rng = ctx.rng(camp)
    C = ctx.corpus
    sites = campus_sites(ctx)
    hard = [m for m in C.math if len(m) > 160]
    plan = [("unam", 25), ("ufrj", 20), ("uba", 15)]
    i = 0
    for campus, n in plan:
        site, labs, cc = sites[campus]
        lang = LANG[cc]
        pcs = labs[-8:]
        for k in range(ctx.count(n)):
            a = _acct(ctx, camp, i, cc, created_before(rng, 30, 400))
            a.payment = ctx.payment("card" if rng.random() < 0.6 else "mp", camp, i)
            i += 1
            pc = pcs[k % len(pcs)]
            for night in range(-1, ctx.days):
                if rng.random() > 0.85:
                    continue
                n0 = W.T0 + night * W.DAY + (22 - W.TZ[cc]) * W.HOUR
                ts = sorted(n0 + rng.randrange(8 * W.HOUR) for _ in range(W.poisson(rng, 24)))
                for t in ts:
                    if rng.random() < 0.7:
                        prompt, ck = rng.choice(NIGHT_WRAP[lang]).format(q=rng.choice(hard)), "step"
                    else:
                        prompt, ck = rng.choice(NIGHT_WRAP[lang]).format(q=rng.choice(C.mbpp)), "code"
                    ip, asn = site.addr(t, pc, night)
                    ctx.emit(a, t, prompt=prompt, system=first_party_system(lang, t),
                             model="condor-4" if t >= W.RELEASE else "condor-3.5", endpoint=W.EP_RESP, ip=ip,
                             asn=asn, ua=W.CHROME_WIN.format(v=132), device=pc, ckind=ck, rng=rng)


# ------------------------------------------------------------ C7 particao-json
OPEN = {"pt": ["Oi!", "Preciso de ajuda com um exercício.", "Considere o problema a seguir.", "Tarefa:", ""],
        "es": ["Hola.", "Necesito ayuda con un ejercicio.", "Considera el siguiente problema.", "Tarea:", ""],
        "en": ["Hi.", "I need help with an exercise.", "Consider the following problem.", "Task:", ""]}
INSTR = {"pt": ["Resolva com cuidado.", "Encontre a resposta correta.", "Analise e resolva.", "Mostre como chegar ao resultado."],
         "es": ["Resuélvelo con cuidado.", "Encuentra la respuesta correcta.", "Analiza y resuelve.", "Muestra cómo llegar al resultado."],
         "en": ["Solve it carefully.", "Find the correct answer.", "Analyse and solve.", "Show how to reach the result."]}
JSON_SPEC = {
    "pt": 'Responda apenas com um objeto JSON no formato {{"raciocinio": "...", "resposta_final": "..."}}{x}',
    "es": 'Responde solo con un objeto JSON con la forma {{"raciocinio": "...", "resposta_final": "..."}}{x}',
    "en": 'Reply with a JSON object only, shaped {{"raciocinio": "...", "resposta_final": "..."}}{x}',
}
JSON_TAIL = {"pt": [".", ", sem texto fora do JSON.", " (o raciocinio deve ser completo)."],
             "es": [".", ", sin texto fuera del JSON.", " (el raciocinio debe ser completo)."],
             "en": [".", ", no text outside the JSON.", " (make the raciocinio complete)."]}


def particao_json(ctx: Ctx) -> None:
    """100 accounts on Oracle Cloud free-tier VMs (4 per VM, 4 regions), each with
    its own mutated wording and language, taking a strided slice of the
    corpus (account k gets items k, k+100, ...), all demanding the same JSON
    output schema because one parser consumes everything."""
    camp = "particao-json"
    rng = ctx.rng(camp)
    C = ctx.corpus
    items = C.math + C.gsm8k
    n = ctx.count(100)
    vms = []
    for v in range(max(1, n // 4)):
        ua = rng.choice([f"condor-python/{x}" for x in W.PY_VERS] + ["python-httpx/0.27.2"])
        vms.append((W.CloudHost(W.NETS["oci"], f"{camp}|vm{v}", n=1), ua, ctx.stack("ubuntu-22.04", ua)))
    for k in range(n):
        host, ua, dev = vms[k % len(vms)]
        a = _acct(ctx, camp, k, rng.choice(["BR", "CL", "MX"]), created_before(rng, 5, 30))
        a.payment = ctx.payment("mp", camp, "virtual", k)
        lang = W.pick(rng, [("pt", .45), ("es", .4), ("en", .15)])
        op, ins, tail = rng.choice(OPEN[lang]), rng.choice(INSTR[lang]), rng.choice(JSON_TAIL[lang])
        layout = rng.randrange(3)
        mine = items[k::n]
        start_h = rng.uniform(0, 24)
        rate = lognorm(rng, 22, 0.25)
        times = []
        for d in range(-1, ctx.days):
            w0 = W.T0 + d * W.DAY + int(start_h * W.HOUR)
            r = rate * (0.5 if w0 + 14 * W.HOUR < W.RELEASE else 1.0)
            times += _poisson_times(rng, w0, w0 + 14 * W.HOUR, r * 24 / 14)
        for j, t in enumerate(sorted(times)):
            q = mine[j % len(mine)]
            spec = JSON_SPEC[lang].format(x=tail)
            body = [f"{op}\n{q}\n\n{ins} {spec}", f"{ins}\n\n{q}\n\n{spec}", f"{spec}\n{op} {ins}\n\n{q}"][layout]
            ip, asn = host.addr(t, dev, j)
            ctx.emit(a, t, prompt=body.strip(), system="", model="condor-4" if t >= W.RELEASE else "condor-3.5",
                     endpoint=W.EP_CHAT, ip=ip, asn=asn, ua=ua, device=dev, ckind="json", rng=rng)


# ------------------------------------------------------------ C8 espera-lancamento
ES_COT = ["Razona paso a paso y luego da la respuesta final:\n\n{q}", "{q}\n\nPiensa paso a paso antes de responder.",
          "Explica tu razonamiento paso a paso:\n{q}", "{q}"]


def espera_lancamento(ctx: Ctx) -> None:
    """A warm pool in Mexico: accounts made weeks earlier and paid with OXXO cash
    vouchers trickle a few Spanish questions a day, then flip to condor-4
    harvest within hours of the release. 20 operators each cycle their ten
    accounts through one phone hotspot or home line per work session."""
    camp = "espera-lancamento"
    rng = ctx.rng(camp)
    C = ctx.corpus
    pool = [("arena", C.arena_other + C.arena_code), ("math", C.math), ("gsm8k", C.gsm8k)]
    i = 0
    for o in range(ctx.count(20)):
        hotspot = W.MobileLine(W.NETS["telcel"], f"{camp}|op{o}|hot")
        home = W.HomeLine(W.NETS[W.pick(rng, [("telmex", .6), ("totalplay", .4)])], f"{camp}|op{o}|home", rng)
        base = W.T0 - int(rng.uniform(21, 56) * W.DAY)
        accts = []
        for k in range(10):
            a = _acct(ctx, camp, i, "MX", base + rng.randrange(6 * W.HOUR))
            a.payment = ctx.payment("oxxo", camp, i)
            i += 1
            accts.append((a, ctx.device(camp, "profile", a.id), W.browser_ua(rng, 0.7)))
        # warming: a few Spanish questions a day, each on its own
        sid = 0
        clock = W.Clock("MX", "consumer", ctx.start, ctx.end)
        for a, dev, ua in accts:
            for t in range(W.poisson(rng, 3 * ctx.days)):
                t = clock.sample(rng)
                if t >= W.RELEASE:
                    continue
                sid += 1
                conn = hotspot if rng.random() < 0.6 else home
                prompt, ck = make(rng, C, choose(rng, [("nq", 60), ("chat", 40)]), "es")
                ip, asn = conn.addr(t, dev, sid)
                ctx.emit(a, t, prompt=prompt, system=first_party_system("es", t), model=rng.choice(W.OLD_MODELS),
                         endpoint=W.EP_RESP, ip=ip, asn=asn, ua=ua, device=dev, ckind=ck, rng=rng)
        # after the release: work sessions cycling through the ten accounts
        t0 = W.RELEASE + int(rng.uniform(1, 4) * W.HOUR)
        hours = (rng.uniform(8, 11), rng.uniform(13, 17), rng.uniform(19, 23))  # this operator's shifts
        day = 0
        while True:
            local = [W.T0 + day * W.DAY + int((h - W.TZ["MX"]) * W.HOUR) + rng.randrange(40 * W.MIN) for h in hours]
            starts = [t0] + [s for s in local if s > t0 + 3 * W.HOUR] if day == 0 else local
            if not starts or min(starts) >= ctx.end:
                break
            for s0 in starts:
                sid += 1
                conn = hotspot if rng.random() < 0.6 else home
                t = s0
                for a, dev, ua in accts:
                    for _ in range(rng.randint(6, 10)):
                        if rng.random() < 0.15:
                            prompt, ck = make(rng, C, "nq", "es")
                        else:
                            name, src = rng.choice(pool)
                            prompt = rng.choice(ES_COT).format(q=rng.choice(src))
                            ck = "step" if name != "arena" else "chat"
                        ip, asn = conn.addr(t, dev, sid)
                        ctx.emit(a, t, prompt=prompt, system=first_party_system("es", t), model="condor-4",
                                 endpoint=W.EP_RESP, ip=ip, asn=asn, ua=ua, device=dev, ckind=ck, rng=rng)
                        t += int(lognorm(rng, 55_000, 0.4))
                    t += int(lognorm(rng, 100_000, 0.4))
            day += 1


def all_campaigns(ctx: Ctx) -> None:
    revenda_cinza(ctx)
    tunel_v6(ctx)
    lote_enem(ctx)
    cursinho_socratico(ctx)
    fila_batch(ctx)
    campus_noturno(ctx)
    particao_json(ctx)
    espera_lancamento(ctx)
