"""Benign populations, part B: organisations and automated workloads."""
from __future__ import annotations

import json

from . import devices, domain as D, networks, phrases as P
from .benign_a import general_prompt, model_at, set_adoption, simple_user, student_prompt
from .ctx import ct_for
from .world import (DAY, EP_CHAT, EP_EMBED, EP_RESP, HOUR, LAUNCH, MODEL_CODE, MODEL_EMBED, MODEL_NEW, T0,
                    poisson_count, session_times, wpick)

AGENT_SYS = {
    "cli": "You are lince-code, an interactive CLI coding agent. You can read and edit files using the tools provided. "
           "Always run the tests after editing. Keep answers concise. Never commit secrets. When unsure, ask.\n"
           "Tools: read_file(path), write_file(path, content), run(cmd), search(pattern).",
    "ide": "Eres el asistente de código de Tabulae IDE. Responde con diffs unificados cuando modifiques código y explica "
           "brevemente el cambio en el idioma del usuario.",
    "cont": "You are a helpful coding assistant integrated in VS Code. Use the provided file context. Prefer minimal diffs.",
}
DEV_ASKS = ["arregla este error: TypeError: cannot read properties of undefined (reading '{x}')",
            "añade tests para la función {x}", "refactoriza {x} para que no use variables globales",
            "porque é que este teste falha? AssertionError em test_{x}", "write a migration adding column {x} to users",
            "optimiza esta consulta SQL que tarda 4s sobre la tabla {x}", "convierte este script a async"]
DEV_X = ["parseFactura", "total_iva", "nif_valido", "calcular_irs", "fetchPedidos", "cp_to_provincia", "orders", "clientes"]


def tool_catalog(rng, k: int) -> str:
    tools = []
    for _ in range(k):
        d, v = rng.choice(D.TOOL_DOMAINS), rng.choice(D.TOOL_VERBS)
        args = sorted(set(rng.sample(D.TOOL_ARGS, rng.randint(1, 4))))
        tools.append({"type": "function", "function": {"name": f"{v}_{d}", "description": f"{v} {d.replace('_', ' ')}",
                      "parameters": {"type": "object", "properties": {x: {"type": "string"} for x in args}, "required": args[:1]}}})
    return "You can call the following tools. Reply with a tool call when needed.\n" + json.dumps(tools, ensure_ascii=False, sort_keys=True)


def cloud_ips(rng, k=3, asn=None):
    asn = asn or rng.choice([16509, 16509, 15169, 8075])
    return [(asn, networks.v4(rng, asn)) for _ in range(k)]


def pick_net(pool):
    return lambda r, t: pool[r.randrange(len(pool))]


def coding_agents(ctx, n=170):
    rng = ctx.rng("coding")
    for _ in range(n):
        tool = wpick(rng, [("cli", 45), ("ide", 35), ("cont", 20)])
        a = ctx.account(rng, "coding_agents", ua=devices.AGENT_UA[tool], model=MODEL_CODE, nkeys=2)
        set_adoption(rng, a, 0.45, 8)
        sys_p = AGENT_SYS[tool]

        def cp(c, r, lang):
            x = r.random()
            if x < 0.35:
                return c.corpus.pick(r, "arena_code"), "code"
            if x < 0.5:
                return "Complete this function:\n" + c.corpus.pick(r, "humaneval"), "code"
            if x < 0.62:
                return c.corpus.pick(r, "mbpp").split("\nYour code")[0], "code"
            return P.fill(r, r.choice(DEV_ASKS), {"x": DEV_X}), "code"
        for day in (0, 1):
            nn = poisson_count(rng, rng.choice([20, 40, 60, 100]))
            for t in session_times(rng, nn, day, a.off, "office", (3, 40), (8, 40)):
                txt, kind = cp(ctx, rng, a.lang)
                ctx.emit(a, rng, t, txt, system=sys_p, model=model_at(rng, a, t), ct=ct_for(rng, kind),
                         hist=rng.randint(800, 30000), key=rng.choice(a.keys))


EVAL_TEMPLATES = [("gsm8k", "Question: {q}\nAnswer: Let's think step by step."),
                  ("gsm8k", "Resuelve el siguiente problema. Razona paso a paso y termina con «La respuesta es X».\n\n{q}"),
                  ("math", "Problem:\n{q}\n\nSolution: Please reason step by step, and put your final answer within \\boxed{{}}."),
                  ("humaneval", "Complete the following Python function. Return only code.\n\n{q}"),
                  ("mbpp", "You are an expert Python programmer, and here is your task: {q}"),
                  ("svamp", "Responde solo con el número.\n{q}"), ("arena", "{q}")]


def eval_harness(ctx, n=16):
    rng = ctx.rng("evals")
    for _ in range(n):
        a = ctx.account(rng, "batch_eval_jobs", net="none", ua=rng.choice(["python-httpx/0.28.1", "lince-python/2.4.0 CPython/3.12.3"]),
                        country=wpick(rng, [("ES", 60), ("PT", 30), ("AR", 10)]), org=None, model="lince-2-pro")
        a.org = ctx.uid(rng, "org_")
        a.asn, a.ip = cloud_ips(rng, 1)[0]
        for _r in range(rng.randint(1, 3)):
            bench, tmpl = rng.choice(EVAL_TEMPLATES)
            size = ctx.corpus.size(bench)
            k = min(size, rng.randint(150, 650))
            off = rng.randrange(size)
            model = MODEL_NEW if rng.random() < 0.5 else rng.choice(["lince-2", "lince-2-pro", "lince-2-mini"])
            lo = LAUNCH + int(rng.uniform(0.5, 20) * HOUR) if model == MODEL_NEW else T0
            t = lo + int(rng.random() * (T0 + 2 * DAY - lo - 4 * HOUR))
            for i in range(k):
                t += int(rng.expovariate(1 / 0.9) * 1000) + 50
                q = ctx.corpus.item(bench, off + i)
                kind = "cot" if bench in ("gsm8k", "math") else ("short" if bench == "svamp" else "code")
                ctx.emit(a, rng, t, tmpl.replace("{q}", q).replace("{{}}", "{}"), model=model, ct=ct_for(rng, kind),
                         status=200 if rng.random() > 0.01 else 429)


def app_backends(ctx):
    rng = ctx.rng("apps")
    for name, (sys_p, style) in D.APPS.items():
        org = ctx.uid(rng, "org_")
        card = ctx.uid(rng, "pf_", 64)
        ips = cloud_ips(rng, rng.randint(2, 4))
        for env, mean in (("prod", rng.choice([200, 350, 550, 800])), ("staging", 12)):
            if env == "staging" and rng.random() < 0.5:
                continue
            a = ctx.account(rng, "app_single_system_prompt", net="none", ua="lince-node/1.9.2 node/22.4.0",
                            org=org, payment=card, country="PT" if name in ("viajes", "explica", "rrhh", "tienda") else "ES",
                            model="lince-2-mini", nkeys=3)
            a.asn, a.ip = ips[0]
            set_adoption(rng, a, 0.25, 20)

            def ap(c, r, lang, style=style):
                if style == "student":
                    return student_prompt(c, r, "pt-PT" if name == "explica" else "es")
                if r.random() < 0.15:
                    return general_prompt(c, r, lang)
                return P.fill(r, r.choice(D.APP_USER[style]), {"syl": [P.syllabus(r, "es")]}), "chat"
            for day in (0, 1):
                for t in session_times(rng, poisson_count(rng, mean), day, a.off, "consumer", (1, 30), (1, 3)):
                    txt, kind = ap(ctx, rng, a.lang)
                    asn, ip = ips[rng.randrange(len(ips))]
                    ctx.emit(a, rng, t, txt, system=sys_p, model=model_at(rng, a, t), ct=ct_for(rng, kind), ip=ip,
                             asn=asn, key=rng.choice(a.keys), hist=rng.choice([0, 0, 120, 400, 900]))


def org_members(ctx, rng, pop, count, country, net_pool, prompt_fn, mean, profile="office", card=None, org=None,
                ua="browser", per=(2, 10), gap=(20, 300)):
    org = org or ctx.uid(rng, "org_")
    card = card or ctx.uid(rng, "pf_", 64)
    for _ in range(count):
        a = ctx.account(rng, pop, country=country, org=org, payment=card, net="none", ua=ua)
        a.asn, a.ip = net_pool[0]
        simple_user(ctx, rng, a, mean * rng.uniform(0.4, 1.6), profile, prompt_fn, netfn=pick_net(net_pool), per=per, gap=gap)


def professionals(ctx):
    rng = ctx.rng("pros")
    C = ctx.corpus

    def tr(c, r, lang):
        t = r.choice(P.SNIPPETS) if r.random() < 0.3 else c.corpus.pick(r, "chat")
        return r.choice(D.TRANSLATE).replace("{t}", t), "translate"

    def lw(c, r, lang):
        return P.fill(r, r.choice(D.LEGAL), {"c": D.CLAUSES}), "long"

    def tx(c, r, lang):
        return P.fill(r, r.choice(D.TAX)), "chat"

    def seo(c, r, lang):
        return P.fill(r, r.choice(D.SEO), {"k": D.SEO_KW}), "long"

    def office(c, r, lang):
        x = r.random()
        if x < 0.2:
            return f"Fórmula de Excel para {r.choice(['sumar por mes', 'buscar el NIF en otra hoja', 'contar duplicados', 'calcular el IVA'])}", "chat"
        if x < 0.35:
            return tr(c, r, lang)
        return general_prompt(c, r, lang)
    for i in range(8):   # translation / localisation agencies
        cc = rng.choice(["ES", "PT", "ES"])
        org_members(ctx, rng, "translation_agencies", rng.randint(2, 6), cc, [networks.home(rng, cc)[:2]], tr, 70,
                    ua="sdk", per=(10, 40), gap=(2, 12))
    for i in range(6):   # law firms
        cc = rng.choice(["ES", "ES", "PT"])
        org_members(ctx, rng, "law_firms", rng.randint(4, 10), cc, [networks.home(rng, cc)[:2] for _ in range(2)], lw, 18)
    for i in range(10):  # gestorias / contabilistas: Renta 2026 and IRS campaigns close on 30 June
        cc = rng.choice(["ES", "PT"])
        org_members(ctx, rng, "tax_advisors", rng.randint(3, 10), cc, [networks.home(rng, cc)[:2]], tx, 15)
    for i in range(12):  # SEO / content agencies
        cc = rng.choice(["ES", "MX", "CO", "PT", "AR"])
        org_members(ctx, rng, "content_seo_agencies", rng.randint(4, 10), cc, [networks.home(rng, cc)[:2]], seo, 14, ua="sdk")
    # a consultancy and a bank: one corporate card, corporate egress
    org_members(ctx, rng, "corporate_shared_card", 140, "ES", networks.pool(rng, "ES", "corp", 3), office, 12)
    org_members(ctx, rng, "corporate_shared_card", 90, "PT", networks.pool(rng, "PT", "corp", 3), office, 10)
    # remote workers of 45 unrelated small companies behind the same cloud-VPN egress nodes
    vpn = networks.pool(rng, "ES", "vpn", 10) + networks.pool(rng, "PT", "vpn", 6)
    for i in range(45):
        cc = rng.choice(["ES", "PT", "MX", "AR", "CO"])
        org_members(ctx, rng, "remote_vpn_workers", rng.randint(2, 9), cc, vpn, office, 10)
    # newsrooms preparing the UEFA final weekend; NGOs in AO/MZ/CV translating health leaflets
    def sport(c, r, lang):
        return P.fill(r, r.choice(["Escribe la previa de la final de la Champions en {city} en 400 palabras",
                                   "Titulares alternativos para: {txt}", "Crónica breve del partido: {txt}",
                                   "Dados de {n} jogadores, escreve uma análise tática"])), "long"
    for i in range(5):
        cc = rng.choice(["ES", "PT", "AR", "MX"])
        org_members(ctx, rng, "sports_newsrooms", rng.randint(3, 7), cc, [networks.home(rng, cc)[:2]], sport, 15)

    def ngo(c, r, lang):
        return r.choice(["Adapta este folheto sobre malária para linguagem simples: ", "Traduz para português simples: ",
                         "Resume para a rádio comunitária: "]) + r.choice(P.SNIPPETS + [c.corpus.pick(r, "chat")]), "translate"
    for cc in ("AO", "MZ", "CV", "AO", "MZ"):
        org_members(ctx, rng, "ngo_health_lusophone_africa", rng.randint(4, 10), cc,
                    networks.pool(rng, cc, "mobile", 4), ngo, 6, profile="office")
