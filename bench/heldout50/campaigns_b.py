"""Distillation campaigns, part B: designs built to slip past template, linkage and CoT-phrase detectors."""
from __future__ import annotations

from . import devices, domain as D, networks, phrases as P
from .benign_a import general_prompt, simple_user, student_prompt
from .benign_b import cloud_ips, tool_catalog
from .ctx import ct_for
from .world import (COUNTRIES, DAY, EP_CHAT, EP_RESP, HOUR, LAUNCH, MODEL_NEW, T0, poisson_count, session_times, wpick)

CAMP = "campaign"


def key_marketplace(ctx, n=45):
    """C05: API keys of real customers bought on a marketplace; the owner's own traffic continues,
    the buyer's harvest rides the same key from residential exits, asking for compact JSON answers."""
    rng = ctx.rng("c05")
    fmt = ["{q}\n\nRespond as JSON: {\"answer\": ..., \"derivation\": [short steps]}",
           "{q}\n\nOutput JSON with keys answer and working (list of strings).",
           "{q}\n\nDevuelve JSON {\"respuesta\": ..., \"pasos\": [...]}, sin texto adicional."]
    for _ in range(n):
        a = ctx.account(rng, "key_marketplace_victims", label=CAMP, campaign="C05_key_marketplace",
                        ua="sdk", age_days=(120, 1200), nkeys=rng.randint(1, 3), model=rng.choice(["lince-2", "lince-2-pro"]))
        simple_user(ctx, rng, a, rng.choice([3, 8, 15, 30]), "office", general_prompt)   # the real owner
        stolen = a.keys[-1]
        sold_at = T0 + int(rng.uniform(-1.0, 1.2) * DAY)
        ua = wpick(rng, devices.SDK_UA)
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(15, 30)), day, a.off, "flat", (30, 400), (1, 4),
                                   lo=max(sold_at, T0)):
                asn, ip = networks.residential_exit(rng, rng.choice(list(COUNTRIES)))
                q = ctx.corpus.pick(rng, rng.choice(["math", "gsm8k", "math"]))
                ctx.emit(a, rng, t, rng.choice(fmt).replace("{q}", q), ct=ct_for(rng, "json"), ip=ip, asn=asn, ua=ua,
                         device=devices.sdk_fingerprint(ua), key=stolen, model=MODEL_NEW if t > LAUNCH + 3 * HOUR else None)


def reseller_wrapper(ctx, n=4):
    """C06: a legitimate-looking homework app ("EstudIA Plus") whose backend mixes real student traffic with
    a systematic sweep of benchmark problems, all under the app's one system prompt."""
    rng = ctx.rng("c06")
    sys_p = ("Eres EstudIA Plus, un profesor particular para Bachillerato y ensino secundário. Explica paso a paso, "
             "con claridad, y al final propone un ejercicio similar.")
    org = ctx.uid(rng, "org_")
    card = ctx.uid(rng, "pf_", 64)
    ips = cloud_ips(rng, 4, 16509)
    for i in range(n):
        a = ctx.account(rng, "reseller_wrapper_app", label=CAMP, campaign="C06_reseller_wrapper", country="ES", net="none",
                        ua="lince-node/1.9.2 node/22.4.0", org=org, payment=card, age_days=(150, 400), nkeys=3, model="lince-2")
        a.asn, a.ip = ips[0]
        src = ["math", "gsm8k", "svamp", "math"][i]
        cur = rng.randrange(ctx.corpus.size(src))
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(450, 700)), day, a.off, "student", (1, 20), (1, 3)):
                if rng.random() < 0.4:
                    cur += 1
                    lang = rng.choice(["es", "es", "pt-PT", "ca"])
                    txt, kind = P.cot(rng, lang, ctx.corpus.item(src, cur)), "cot"
                else:
                    txt, kind = student_prompt(ctx, rng, rng.choice(["es", "es", "pt-PT", "ca", "gl"]))
                asn, ip = rng.choice(ips)
                ctx.emit(a, rng, t, txt, system=sys_p, ct=ct_for(rng, kind), ip=ip, asn=asn, key=rng.choice(a.keys),
                         model=MODEL_NEW if t > LAUNCH + 2 * HOUR else "lince-2")


POLY_LANGS = [("ES", "es"), ("ES", "ca"), ("ES", "gl"), ("ES", "eu"), ("PT", "pt-PT"), ("MX", "es-MX"), ("AR", "es-AR"),
              ("CO", "es-CO"), ("AO", "pt-AO"), ("MZ", "pt-BR"), ("CV", "pt-PT"), ("PT", "en")]


def polyglot_split(ctx, n=72):
    """C07: one task space (parametrised word problems) cut into slices and rendered in a different language per
    account in six countries; each account looks like one person at home doing maths homework."""
    rng = ctx.rng("c07")
    pid = rng.randrange(10_000)
    for i in range(n):
        cc, lang = POLY_LANGS[i % len(POLY_LANGS)]
        a = ctx.account(rng, "polyglot_split", label=CAMP, campaign="C07_polyglot_split", country=cc, lang=lang,
                        ua=rng.choice(["browser", "mobile"]), age_days=(60, 700), model="lince-2")
        b = P.base(lang) if lang != "pt-BR" else "pt"
        wkey = lang if lang in D.WP else ("pt-PT" if b == "pt" else "es")
        items = D.WP_ITEMS.get(b if b != "br" else "pt", D.WP_ITEMS["es"])
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(12, 25)), day, a.off, "evening", (30, 300), (2, 6)):
                pid += 1
                r2 = ctx.rng("c07p", str(pid % 5000))      # the problem itself depends only on its id
                vals = {"p": r2.choice(D.WP_NAMES), "a": str(r2.randint(5, 90)), "b": str(r2.randint(2, 9)),
                        "c": str(r2.randint(3, 12)), "d": str(r2.randint(1, 30)), "it": r2.choice(items)}
                txt = D.WP[wkey]
                for k, v in vals.items():
                    txt = txt.replace("{" + k + "}", v)
                if rng.random() < 0.3:
                    txt = ctx.corpus.pick(rng, rng.choice(["svamp", "gsm8k"]))
                txt += " " + D.WP_SUFFIX.get(b if b in D.WP_SUFFIX else "pt", D.WP_SUFFIX["es"])
                ctx.emit(a, rng, t, txt, ct=ct_for(rng, "json"))


def structured_plan(ctx, n=35):
    """C08: 'structured output' backends: reasoning harvested as a JSON plan array, never asked for in words."""
    rng = ctx.rng("c08")
    sys_p = ("You are a JSON API. Reply with one JSON object and nothing else, matching "
             "{\"plan\": [string], \"checks\": [string], \"answer\": string}. Keep each plan item under 25 words.")
    for o in range(5):
        org, card = ctx.uid(rng, "org_"), ctx.uid(rng, "pf_", 64)
        ips = cloud_ips(rng, 2, rng.choice([15169, 8075]))
        for _ in range(n // 5):
            a = ctx.account(rng, "structured_plan_json", label=CAMP, campaign="C08_structured_plan", net="none",
                            ua=rng.choice(["lince-python/2.4.0 CPython/3.12.3", "OpenAI/Python 1.82.0"]), org=org, payment=card,
                            country=rng.choice(["ES", "PT", "MX"]), age_days=(40, 300), model="lince-2-pro")
            a.asn, a.ip = ips[0]
            for day in (0, 1):
                for t in session_times(rng, poisson_count(rng, rng.uniform(30, 50)), day, a.off, "office", (5, 90), (2, 8)):
                    q = ctx.corpus.pick(rng, wpick(rng, [("math", 45), ("mbpp", 25), ("arena_code", 15), ("gsm8k", 15)]))
                    asn, ip = rng.choice(ips)
                    ctx.emit(a, rng, t, q.split("\nYour code")[0], system=sys_p, ct=ct_for(rng, "json") * 3, ip=ip, asn=asn,
                             model=MODEL_NEW if t > LAUNCH + 5 * HOUR else None)


def tool_distill(ctx, n=24):
    """C09: function-calling distillation: a freshly sampled tool catalogue and request every call."""
    rng = ctx.rng("c09")
    for _ in range(n):
        a = ctx.account(rng, "tool_use_distill", label=CAMP, campaign="C09_tool_use_distill", net="none",
                        ua=rng.choice(["litellm/1.74.2", "n8n/1.98.0", "lince-node/1.9.2 node/22.4.0"]),
                        country=rng.choice(["ES", "PT", "MX", "AR"]), age_days=(30, 250), model="lince-2")
        a.org = ctx.uid(rng, "org_")
        ips = cloud_ips(rng, 2, rng.choice([14061, 16276, 16509]))
        a.asn, a.ip = ips[0]
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(40, 70)), day, a.off, "office", (1, 8), (2, 6)):
                txt = P.fill(rng, rng.choice(D.TOOL_ASKS))
                if rng.random() < 0.4:
                    txt = f"Tool result: {{\"status\": \"ok\", \"id\": \"{rng.randint(1000, 99999)}\"}}. " + txt
                asn, ip = rng.choice(ips)
                ctx.emit(a, rng, t, txt, system=tool_catalog(rng, rng.randint(3, 9)), ct=ct_for(rng, "tool"), ip=ip, asn=asn,
                         hist=rng.randint(0, 1500))


def refusal_mapping(ctx, n=20):
    """C10: mapping the safety boundary (category x framing x language grid), hidden in ordinary chat."""
    rng = ctx.rng("c10")
    for _ in range(n):
        a = ctx.account(rng, "refusal_mapping", label=CAMP, campaign="C10_refusal_mapping", ua="browser",
                        country=rng.choice(["ES", "PT", "MX", "AR", "CO"]), age_days=(60, 500), model="lince-2")
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(10, 20)), day, a.off, "consumer", (20, 200), (1, 4)):
                if rng.random() < 0.35:
                    txt, kind = general_prompt(ctx, rng, a.lang)
                else:
                    b = rng.choice(["es", "pt", "en"])
                    txt, kind = rng.choice(D.BORDER_FRAME) + P.fill(rng, rng.choice(D.BORDER[b]), {"x": D.BORDER_X}), "refusal"
                ctx.emit(a, rng, t, txt, ct=ct_for(rng, kind), model=MODEL_NEW if t > LAUNCH + 8 * HOUR else None)


def judge_harvest(ctx, n=12):
    """C11: reward-model distillation dressed as an academic LLM-as-judge annotation project."""
    rng = ctx.rng("c11")
    org = ctx.uid(rng, "org_")
    C = ctx.corpus
    for _ in range(n):
        a = ctx.account(rng, "judge_preference_harvest", label=CAMP, campaign="C11_judge_harvest", net="none", ua="sdk",
                        org=org, country=rng.choice(["ES", "AR"]), age_days=(30, 200), model="lince-2-pro")
        asn = rng.choice([16276, 24940])
        a.asn, a.ip = asn, networks.v4(rng, asn)
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(150, 250)), day, a.off, "office", (0.5, 5), (40, 200)):
                if rng.random() < 0.3:
                    txt = "Puntúa de 1 a 10 la siguiente respuesta y justifica en una frase.\n\nPregunta: " + C.pick(rng, "arena")[:800] + \
                          "\n\nRespuesta: " + C.pick(rng, "chat")[:600]
                else:
                    tm = rng.choice([D.JUDGE, D.JUDGE_EN])
                    txt = tm.replace("{q}", C.pick(rng, "arena")[:900]).replace("{a}", C.pick(rng, "chat")[:600]).replace(
                        "{b}", C.pick(rng, "roles")[:600])
                ctx.emit(a, rng, t, txt, ct=ct_for(rng, "short"), model=MODEL_NEW if t > LAUNCH + 4 * HOUR else None)


def socratic(ctx, n=22):
    """C15: step-by-step elicitation spread over turns: the problem, then short 'why? next step?' follow-ups."""
    rng = ctx.rng("c15")
    for _ in range(n):
        a = ctx.account(rng, "socratic_multiturn", label=CAMP, campaign="C15_socratic_multiturn", ua=rng.choice(["browser", "mobile"]),
                        country=rng.choice(["ES", "PT", "MX", "CO", "AO"]), age_days=(20, 400), model="lince-2")
        b = "pt" if P.base(a.lang) in ("pt", "br") else ("en" if a.lang == "en" else "es")
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(6, 10)), day, a.off, "evening", (60, 60), (1, 1)):
                q = ctx.corpus.pick(rng, rng.choice(["math", "gsm8k"]))
                hist = 0
                ev = ctx.emit(a, rng, t, q, ct=ct_for(rng, "chat"))
                for _k in range(rng.randint(3, 6)):
                    hist += (ev.get("prompt_tokens", 0) if ev else 0) + 200
                    t += int(rng.uniform(15, 120) * 1000)
                    ev = ctx.emit(a, rng, t, rng.choice(P.FOLLOWUP[b]), ct=ct_for(rng, "chat"), hist=hist)
