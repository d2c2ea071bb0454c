"""Benign populations of organisations and software: enterprise staff behind
corporate gateways, eval labs, app backends, dev teams with CI bots, agent builders."""
from __future__ import annotations

import random

from corpus import CODE_KINDS, EVAL_TEMPLATES, Corpus, homework, native
from emit import Emitter, api_model, lognorm, local_time, poisson, session_times, weekend
from world import (AS_AWS, AS_AZURE, AS_DO, AS_GCP, AS_HETZNER, AS_OVH, AS_SWITCH, DAY, HOUR, MIN,
                   NEW_MODEL, REGIONS, START_MS, Net, World, pick_ua)

CORPS = [("NL", "logistics"), ("CH", "insurance"), ("DE", "automotive"), ("EE", "fintech"),
         ("CO", "bank"), ("CI", "telco")]


def enterprise(w: World, em: Emitter, c: Corpus) -> None:
    """Staff of six enterprises. Each enterprise routes API use through an internal
    gateway (LiteLLM) that presents one mTLS client certificate, egresses from 2-3
    office NAT addresses and is billed on one invoice account."""
    r = random.Random("h13-enterprise-%d" % w.seed)
    w.corps = []
    for reg, sector in CORPS:
        asn = REGIONS[reg][2][0]
        corp = {"region": reg, "sector": sector, "org": w.hexid("org_", 6), "inv": w.hexid("inv:"),
                "mtls": w.hexid("mtls:"), "nat": [w.ip(asn, r) for _ in range(r.randint(2, 3))], "staff": []}
        w.corps.append(corp)
        for _ in range(w.n(r.randint(80, 150))):
            via_gw = r.random() < 0.7
            a = w.account("enterprise_staff", "benign", None, reg, START_MS - int(lognorm(r, 300, 0.8) * DAY),
                          Net("pool", list(corp["nat"])), org_id=corp["org"], payment=corp["inv"],
                          devices=[corp["mtls"] if via_gw else w.hexid("dbsc:")],
                          keys=[w.hexid("key_", 6) if via_gw else None],
                          ua="litellm/1.35.2" if via_gw else pick_ua("web", r))
            corp["staff"].append(a)
            heavy = r.random() < 0.08
            rate = lognorm(r, 60 if heavy else 12, 0.6)
            mix = {"chat": 3, "user": 2, "arena": 1.5, "mbpp": 0.6 if not heavy else 2, "math": 0.2}
            for day in range(-1, w.days + 1):
                if weekend(day) and r.random() < 0.9:
                    continue
                for _ in range(poisson(r, rate / 5)):
                    t0 = local_time(r, day, w.tz(reg), "office")
                    a.session += 1
                    for ts in session_times(r, t0, 1 + poisson(r, 4), 60):
                        p = native(w.lang(reg), r) if r.random() < 0.25 else c.mixed(mix, r)[1]
                        em.emit(a, ts, r, p, model=api_model(a, ts, w, r, 30.0 if via_gw else 3.0),
                                endpoint="/v1/responses" if via_gw else "/chat/conversation", out=(420, 0.7))


def eval_labs(w: World, em: Emitter, c: Corpus) -> None:
    """Benchmark teams (Zurich university lab, Berlin and Tallinn start-ups, a
    Montreal lab) that run GSM8K/MATH/HumanEval/MBPP with a fixed harness template,
    mostly through the batch endpoint, right after the release."""
    r = random.Random("h13-eval-%d" % w.seed)
    labs = [("CH", AS_SWITCH, AS_GCP, 8), ("DE", AS_AWS, AS_AWS, 7), ("EE", AS_HETZNER, AS_HETZNER, 5),
            ("QC", 376, AS_GCP, 5)]
    for reg, home_asn, cloud_asn, k in labs:
        org, pay = w.hexid("org_", 6), w.hexid("inv:" if r.random() < 0.5 else "card:")
        egress = [w.ip(cloud_asn, r) for _ in range(4)] + [w.ip(home_asn, r)]
        for _ in range(w.n(k)):
            created = START_MS - int(lognorm(r, 200, 1.0) * DAY) if r.random() < 0.7 else \
                START_MS + int(r.uniform(-3, 1) * DAY)  # interns get accounts for the launch
            a = w.account("eval_labs", "benign", None, reg, created, Net("fixed", [egress[r.randrange(5)]]),
                          org_id=org, payment=pay, keys=[w.hexid("key_", 6)],
                          ua=r.choice(("lm-eval/0.4.2 kestrel-python/2.3.1", "kestrel-python/2.3.1",
                                       "inspect-ai/0.3.40 kestrel-python/2.3.1")))
            # small sanity runs before the launch, then full runs on kestrel-5
            runs = [(START_MS + int(r.uniform(0.3, 0.9) * DAY), r.choice(("kestrel-4", "kestrel-4-reason")), 40)]
            for _ in range(r.randint(1, 2)):
                runs.append((w.release + int(lognorm(r, 4, 0.8) * HOUR), NEW_MODEL, r.choice((200, 400, 600, 1000))))
            for t, model, size in runs:
                bench = r.choice(("gsm8k", "math", "humaneval", "mbpp", "svamp"))
                tpl = EVAL_TEMPLATES[2 if bench == "humaneval" else (3 if bench == "mbpp" else r.choice((0, 1, 4)))]
                items = c.t[bench][: min(size, len(c.t[bench]))]
                batch = r.random() < 0.6
                samples = r.choice((1, 1, 3))
                t = max(t, created)
                for i, p in enumerate(items):
                    for _ in range(samples):
                        ts = t + (r.randrange(50 * MIN) if batch else int(i * samples * lognorm(r, 2.5, 0.3) * 1000))
                        em.emit(a, ts, r, tpl.replace("{p}", p), model=model,
                                endpoint="/v1/batch" if batch else "/v1/responses",
                                out=(600 if bench not in CODE_KINDS else 300, 0.5))


APPS = [
    ("MX", AS_AWS, "Eres MateFácil, un tutor de matemáticas paciente para estudiantes de secundaria. Explica cada "
     "solución paso a paso, con lenguaje sencillo, y al final escribe la respuesta en negritas.", "tutor", 3),
    ("DE", AS_HETZNER, "Du bist ein juristischer Assistent für Mietrecht. Antworte sachlich, nenne relevante "
     "Paragraphen des BGB und weise darauf hin, dass dies keine Rechtsberatung ist.", "chat", 2),
    ("BE", AS_OVH, "You are the customer support assistant of a Belgian parcel service. Answer in the customer's "
     "language, be brief, and never promise refunds.", "nq", 2),
    ("EE", AS_AWS, "You are a helpful assistant for Estonian e-residency applicants. Answer concisely.", "nq", 2),
    ("CI", AS_OVH, None, "persona", 3),  # companion-chat app: one persona system prompt per character
    ("NL", AS_AZURE, "You are a senior code reviewer. Review the following code for bugs, style and performance. "
     "Explain your reasoning step by step, then list concrete fixes.", "code", 3),
    ("CO", AS_GCP, "Eres un asistente de redacción para pymes colombianas. Escribe textos claros y profesionales.",
     "chat", 2),
    ("PE", AS_AWS, "Eres un profesor de programación. Resuelve el ejercicio en Python y explica tu razonamiento "
     "paso a paso antes del código.", "code", 2),
    ("CH", AS_GCP, "You answer questions about Swiss tax forms. Be exact; if unsure, say so.", "nq", 2),
    ("SN", AS_DO, "Tu es un tuteur de mathématiques pour le baccalauréat sénégalais. Explique étape par étape.",
     "tutor", 3),
    ("LT", AS_HETZNER, "Summarise the user's text into five bullet points.", "chat", 2),
    ("DE", AS_AWS, "You are a data-extraction function. Return only JSON with the fields asked for.", "chat", 4),
]


def app_backends(w: World, em: Emitter, c: Corpus) -> None:
    """Apps that call the API from their servers with one system prompt for many end
    users: one org per app, accounts for prod / staging / workers."""
    r = random.Random("h13-apps-%d" % w.seed)
    for reg, asn, system, kind, k in APPS:
        org, pay = w.hexid("org_", 6), w.hexid(r.choice(("card:", "inv:", "sepa:")))
        egress = [w.ip(asn, r) for _ in range(r.randint(1, 4))]
        personas = c.t["persona_short"][r.randrange(600):][:40]
        mtls = w.hexid("mtls:") if r.random() < 0.4 else None
        for j in range(w.n(k)):
            a = w.account("app_backends", "benign", None, reg, START_MS - int(lognorm(r, 250, 0.7) * DAY),
                          Net("pool", egress), org_id=org, payment=pay, devices=[mtls],
                          keys=[w.hexid("key_", 6)], ua=pick_ua("sdk", r))
            rate = lognorm(r, 900 if j == 0 else 150, 0.6)
            lang = w.lang(reg)
            for day in range(-1, w.days + 1):
                for _ in range(poisson(r, rate)):
                    ts = local_time(r, day, w.tz(reg), "home")
                    a.session += 1
                    sysp = system
                    if kind == "tutor":
                        p = homework("es" if lang == "es" else "fr", c.pick(r.choice(("gsm8k", "svamp", "math")), r), r)
                    elif kind == "code":
                        p = c.pick(r.choice(("mbpp", "humaneval", "arena")), r)
                    elif kind == "persona":
                        sysp, p = personas[r.randrange(len(personas))], native("fr", r) if r.random() < 0.5 \
                            else c.pick("chat", r)
                    elif kind == "nq":
                        p = c.pick("nq", r) if r.random() < 0.6 else native(lang, r)
                    else:
                        p = c.pick("user", r) if r.random() < 0.5 else c.pick("chat", r)
                    em.emit(a, ts, r, p, system=sysp, model=api_model(a, ts, w, r, 20.0 if j == 0 else None),
                            endpoint="/v1/responses", out=(520 if kind in ("tutor", "code") else 300, 0.6))


def dev_teams(w: World, em: Emitter, c: Corpus) -> None:
    """Software teams: developers use an IDE plugin from home or office; each team
    also has a CI service account that reviews pushes from GitHub Actions runners
    (a fresh Azure address per run) and runs a nightly cron job."""
    r = random.Random("h13-devteams-%d" % w.seed)
    ci_sys = ("You are ReviewBot. You receive a diff or a function and its failing test output. Explain the root "
              "cause step by step and propose a minimal patch as a unified diff.")
    for _ in range(w.n(25)):
        reg = r.choice(("DE", "NL", "CH", "EE", "LT", "LV", "CO", "MX", "QC", "AT"))
        org, pay = w.hexid("org_", 6), w.hexid(r.choice(("card:", "sepa:", "inv:")))
        size = r.randint(3, 8)
        devs = []
        for _ in range(size):
            a = w.account("dev_teams", "benign", None, reg, START_MS - int(lognorm(r, 300, 0.8) * DAY),
                          w.home_net(reg, r), org_id=org, payment=pay, keys=[w.hexid("key_", 6)],
                          ua=r.choice(("kestrel-vscode/1.12.0", "kestrel-jetbrains/0.9.3", "kestrel-vscode/1.11.2")))
            devs.append(a)
        bot = w.account("dev_teams", "benign", None, reg, START_MS - int(lognorm(r, 200, 0.8) * DAY),
                        Net("rotate", [], (AS_AZURE,)), org_id=org, payment=pay, keys=[w.hexid("key_", 6)],
                        ua="kestrel-action/2.1.0 kestrel-node/1.9.0")
        for day in range(-1, w.days + 1):
            for a in devs:
                if weekend(day) and r.random() < 0.8:
                    continue
                for _ in range(poisson(r, 5)):
                    t0 = local_time(r, day, w.tz(reg), "office")
                    a.session += 1
                    for ts in session_times(r, t0, 1 + poisson(r, 3), 45):
                        kind, p = c.mixed({"mbpp": 2, "humaneval": 1, "arena": 3, "user": 0.5}, r)
                        em.emit(a, ts, r, p, model=api_model(a, ts, w, r, 6.0), endpoint="/v1/responses",
                                out=(450, 0.6))
            pushes = [local_time(r, day, w.tz(reg), "office") for _ in range(poisson(r, 2 if weekend(day) else 14))]
            pushes.append(START_MS + day * DAY + 2 * HOUR + r.randrange(5 * MIN))  # nightly cron
            for t0 in pushes:
                bot.session += 1
                for ts in session_times(r, t0, r.randint(2, 9), 6, 0.5):
                    p = "Failing test output and code:\n" + c.pick(r.choice(CODE_KINDS), r)
                    em.emit(bot, ts, r, p, system=ci_sys, model=api_model(bot, ts, w, r, 26.0),
                            endpoint="/v1/responses", out=(500, 0.5))


AGENT_SYSTEMS = [
    "Answer the following questions as best you can. You have access to the following tools:\n\n{tools}\n\nUse the "
    "following format:\n\nQuestion: the input question you must answer\nThought: you should always think about what "
    "to do\nAction: the action to take, should be one of [{names}]\nAction Input: the input to the action\n"
    "Observation: the result of the action\n... (this Thought/Action/Action Input/Observation can repeat N times)\n"
    "Thought: I now know the final answer\nFinal Answer: the final answer to the original input question",
    "You are a helpful assistant with access to tools. Think step by step. When you need information, call a tool "
    "using JSON. Tools: {tools}",
    "You are an autonomous workflow agent inside n8n. Decide the next node to run. Available: {names}.",
]
TOOLS = ["web_search", "calculator", "python_repl", "sql_query", "send_email", "read_file", "http_get", "calendar"]


def agent_builders(w: World, em: Emitter, c: Corpus) -> None:
    """Developers building agents with stock framework prompts: loops of 5-30
    calls within a minute or two, from laptops or small VPSs."""
    r = random.Random("h13-agents-%d" % w.seed)
    for _ in range(w.n(150)):
        reg = r.choice(("DE", "NL", "EE", "LV", "CO", "MX", "PE", "SN", "QC", "CH", "BE"))
        vps = r.random() < 0.45
        net = Net("fixed", [w.ip(r.choice((AS_DO, AS_HETZNER, AS_OVH, AS_AWS)), r)]) if vps else w.home_net(reg, r)
        tools = r.sample(TOOLS, r.randint(2, 5))
        sysp = r.choice(AGENT_SYSTEMS).replace("{tools}", "\n".join(t + ": ..." for t in tools)) \
            .replace("{names}", ", ".join(tools))
        a = w.account("agent_builders", "benign", None, reg, START_MS - int(lognorm(r, 90, 1.2) * DAY), net,
                      payment=w.hexid("card:") if r.random() < 0.9 else None, keys=[w.hexid("key_", 6)],
                      ua=r.choice(("langchain-kestrel/0.2.4", "crewai/0.28 kestrel-python/2.3.1", "n8n/1.34.2",
                                   "kestrel-python/2.3.1")))
        rate = lognorm(r, 2.5, 0.8)
        for day in range(-1, w.days + 1):
            for _ in range(poisson(r, rate)):
                t0 = local_time(r, day, w.tz(reg), "owl" if vps else "home")
                a.session += 1
                task = c.pick(r.choice(("nq", "gsm8k", "arena", "user")), r)
                ctx = 0
                for k, ts in enumerate(session_times(r, t0, r.randint(3, 30), 3, 0.6)):
                    p = task if k == 0 else "Observation: " + c.pick("nq", r)
                    em.emit(a, ts, r, p, system=sysp, model=api_model(a, ts, w, r, 12.0), endpoint="/v1/responses",
                            out=(160, 0.7), ctx=ctx)
                    ctx += 120 + len(p) // 4
