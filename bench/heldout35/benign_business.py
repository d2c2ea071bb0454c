"""Benign business populations: Buen Fin shop assistants, a customer-service SaaS,
evaluation jobs, coding agents, enterprises, tutors, translators, a newsroom,
embedding pipelines, cron regression checks, and a reseller's end customers."""
from __future__ import annotations

import random

from bench.heldout35 import network as N
from bench.heldout35.actors import World, aged, created_days_ago, event, status_of
from bench.heldout35.benign_people import completion, consumer_prompt
from bench.heldout35.corpus import STORES, Corpora, news_article, shopper_message, spanish_chat
from bench.heldout35.world import (CITIES, HOUR, LAUNCH, MIN, START, Clock, daily_count, hexid, pick_model,
                                   session_times, window_end)


def _org(rng: random.Random, name: str) -> str:
    return f"org-{name}-{hexid(rng, 6)}"


def shop_assistants(world: World, C: Corpora, n: int) -> None:
    """Retailers' Buen Fin assistants: one account, one system prompt, thousands of shoppers."""
    pop = "ecommerce_buenfin_assistants"
    rng = world.rng(pop)
    for i in range(n):
        store = STORES[i % len(STORES)] if i < len(STORES) else f"Tienda {rng.choice(['Sol', 'Norte', 'Maya'])}"
        cloud = rng.choice(["aws", "gcp", "azure"])
        servers = N.pool(rng, cloud, rng.randrange(2, 7))
        a = world.new_account(rng, pop, None, created_days_ago(rng, 200, 900), "cdmx", org=_org(rng, "retail"),
                              payment=N.card(rng), devices=[N.device(rng) for _ in servers],
                              ua=N.sdk_ua(rng), keys=["key_" + hexid(rng, 12) for _ in range(2)])
        sysp = (f"Eres Abi, la asistente virtual de {store}. Ayudas a clientes con pedidos, devoluciones, existencias, "
                f"promociones de El Buen Fin 2027 (del 12 al 15 de noviembre) y meses sin intereses. Responde en español, "
                f"breve y amable. Nunca inventes precios; si no sabes, ofrece pasar con un asesor. Políticas: devoluciones "
                f"hasta 30 días, envío gratis en compras mayores a $499. Fecha de hoy: {{fecha}}.")
        per_day = rng.uniform(250, 900)
        clock = Clock.get(world.days, -6, "shopping", (1.0, 1.6))
        model = rng.choice(["tianguis-2.5-mini", "tianguis-2.5-mini", "tianguis-2.5"])
        switch = LAUNCH + rng.randrange(4 * HOUR, 40 * HOUR) if rng.random() < 0.3 else None
        for _ in range(int(per_day * world.days)):
            t = clock.sample(rng)
            day = "11 de noviembre de 2027" if t < START + 24 * HOUR else "12 de noviembre de 2027"
            k = rng.randrange(len(servers))
            m = "tianguis-3" if switch and t >= switch else model
            world.emit(event(rng, a, t, shopper_message(rng), system=sysp.replace("{fecha}", day), model=m,
                             ct=completion(rng, "short"), net=servers[k], device=a.devices[k],
                             status=status_of(rng, 0.01, 0.01)))


def cs_saas(world: World, C: Corpora, n: int) -> None:
    """A customer-service platform: one account per client business, all paid by the platform's
    card, all calling from the platform's servers with one prompt skeleton."""
    pop = "customer_service_saas"
    rng = world.rng(pop)
    org, pay = _org(rng, "atiendeya"), N.card(rng)
    servers = N.pool(rng, "aws", 8)
    dev = [N.device(rng) for _ in range(3)]
    for _ in range(n):
        biz = rng.choice(["Farmacia", "Ópticas", "Mueblería", "Zapatería", "Autopartes", "Gimnasio", "Veterinaria",
                          "Papelería", "Ferretería", "Hotel", "Dentista", "Aerolínea"]) + " " + rng.choice(
            ["del Centro", "La Esperanza", "Guadalupe", "Express", "Plus", "Azteca", "del Norte", "San Ángel"])
        a = world.new_account(rng, pop, None, created_days_ago(rng, 20, 600), rng.choice(["cdmx", "gdl", "mty"]),
                              org=org, payment=pay, devices=dev, ua="atiendeya-worker/3.2.0 python-httpx/0.27.2")
        sysp = (f"Eres el agente de atención de {biz}. Contesta solo sobre {biz}. Horario: lunes a sábado de 9 a 19 h. "
                "Si el cliente pide hablar con una persona, responde exactamente: TRANSFERIR. Usa un tono cordial.")
        per_day = rng.lognormvariate(0, 0.8) * 55
        clock = Clock.get(world.days, -6, "shopping", (1.0, 1.3))
        for _ in range(max(5, int(per_day * world.days))):
            t = clock.sample(rng, lo=a.created)
            msg = shopper_message(rng) if rng.random() < 0.6 else spanish_chat(rng)
            world.emit(event(rng, a, t, msg, system=sysp, model=pick_model(rng, t, "pinned", [("tianguis-2.5-mini", 1)]),
                             ct=completion(rng, "short"), net=rng.choice(servers), device=rng.choice(dev)))


COT_EVAL = {"gsm8k": "Q: {q}\nA: Let's think step by step.",
            "math": "Problem:\n{q}\n\nSolve the problem step by step and put the final answer in \\boxed{{}}.\nSolution:",
            "svamp": "Question: {q}\nAnswer: Let's think step by step.",
            "mbpp": "You are an expert Python programmer, and here is your task: {q}\n[BEGIN]\n",
            "humaneval": "{q}"}


def _benchmark_run(world: World, rng: random.Random, a, C: Corpora, bench: str, t0: int, model: str, rate_s: float,
                   limit: int, samples: int, net) -> int:
    items = C.by[bench][:limit]
    t = t0
    end = window_end(world.days)
    for q in items:
        for _ in range(samples):
            if t >= end:
                return t
            ep = "/v1/completions" if bench == "humaneval" else "/v1/chat/completions"
            world.emit(event(rng, a, t, COT_EVAL[bench].format(q=q), model=model, endpoint=ep,
                             ct=completion(rng, "code" if bench in ("mbpp", "humaneval") else "cot"), net=net,
                             status=status_of(rng, 0.01, 0.03)))
            t += int(rng.expovariate(1 / rate_s) * 1000) + 200
    return t


def eval_jobs(world: World, C: Corpora, pop: str, n: int, city: str, nets: list[str], org_name: str, after_launch: float) -> None:
    """Legitimate evaluation: whole benchmarks, in order, with the standard CoT templates,
    on the old and the new model; most runs start soon after the launch."""
    rng = world.rng(pop)
    org, pay = _org(rng, org_name), N.card(rng)
    for i in range(n):
        net = N.pool(rng, rng.choice(nets), 1)[0]
        a = world.new_account(rng, pop, None, created_days_ago(rng, 60, 700), city, org=org, payment=pay,
                              devices=[N.device(rng)], ua=N.sdk_ua(rng, rng.choice(["OpenAI/Python 1.5{m}.{p}", "litellm/1.5{m}.{p}"])))
        for _ in range(rng.choice([1, 1, 2])):
            bench = rng.choice(["gsm8k", "math", "mbpp", "humaneval", "svamp"])
            limit = {"gsm8k": 1319, "math": 500, "mbpp": 500, "humaneval": 164, "svamp": 1000}[bench]
            if rng.random() < after_launch:
                t0, model = LAUNCH + rng.randrange(20 * MIN, 30 * HOUR), "tianguis-3"
            else:
                t0, model = START + rng.randrange(0, 30 * HOUR), rng.choice(["tianguis-2.5", "tianguis-2.5-mini"])
            _benchmark_run(world, rng, a, C, bench, t0, model, rng.uniform(1.5, 6), limit, rng.choice([1, 1, 1, 2]), net)


AGENT_UAS = ["tianguis-code/0.9.{p} (cli)", "Cline/3.{m}.{p}", "aider/0.6{m}.{p}", "continue-vscode/0.9.{p}"]


def _agent_prompt(rng: random.Random, C: Corpora) -> tuple[str, str | None]:
    task = rng.choice(C.by["arena"]) if rng.random() < 0.4 else rng.choice(C.by["mbpp"] + C.by["humaneval"])
    fname = rng.choice(["src/app.py", "api/routes.ts", "utils/precios.py", "tests/test_carrito.py", "main.go", "README.md"])
    code = rng.choice(C.by["humaneval"])
    tool = rng.choice([
        f"<tool_result name=\"read_file\" path=\"{fname}\">\n{code}\n</tool_result>",
        f"<tool_result name=\"run_tests\">\nFAILED tests/test_carrito.py::test_descuento_buen_fin - AssertionError: "
        f"assert {rng.randrange(100, 999)} == {rng.randrange(100, 999)}\n{rng.randrange(1, 9)} failed, {rng.randrange(10, 90)} passed\n</tool_result>",
        f"<tool_result name=\"grep\">\n{fname}:{rng.randrange(1, 400)}:    total = subtotal * (1 - descuento)\n</tool_result>",
        f"<tool_result name=\"bash\">\n$ git status\nOn branch feature/buen-fin-{rng.randrange(1, 90)}\nChanges not staged for commit:\n  modified: {fname}\n</tool_result>",
    ])
    sysp = ("You are a coding agent working in the user's repository. Use the tools read_file, write_file, run_tests, "
            "grep and bash. Think before each tool call. Keep diffs minimal.")
    return f"Task: {task}\n\n{tool}\n\nContinue.", sysp


def coding_agents(world: World, C: Corpora, n: int) -> None:
    pop = "coding_agent_users"
    rng = world.rng(pop)
    for _ in range(n):
        city = N.wchoice(rng, [("cdmx", 40), ("gdl", 25), ("mty", 15), ("mad", 8), ("bog", 6), ("lax", 6)])
        net = N.home_net(rng, city)
        a = world.new_account(rng, pop, None, aged(rng), city, payment=N.card(rng), devices=[N.device(rng)],
                              ua=N.sdk_ua(rng, rng.choice(AGENT_UAS)), home=(N.ip_in(rng, net), N.asn_of(net)))
        clock = Clock.get(world.days, CITIES[city][0], "developer", launch_bump=0.8)
        times = session_times(rng, clock, daily_count(rng, 15, 1.0, world.days, 600), 25, (2, 40), lo=a.created)
        for t in times:
            p, sysp = _agent_prompt(rng, C)
            world.emit(event(rng, a, t, p, system=sysp, model=pick_model(rng, t, "fast"),
                             ct=completion(rng, "code"), status=status_of(rng, 0.02, 0.03)))


def enterprise(world: World, C: Corpora, pop: str, n: int, city: str, org_name: str, tasks: list[str],
               models: list[tuple[str, float]], median: float) -> None:
    """One org, one card, office hours in one city, egress through two corporate addresses,
    pinned to the models their compliance team approved."""
    rng = world.rng(pop)
    org, pay = _org(rng, org_name), N.card(rng)
    egress = N.pool(rng, rng.choice(["kio", "telmex"]), 2)
    ua = N.sdk_ua(rng)
    for _ in range(n):
        a = world.new_account(rng, pop, None, created_days_ago(rng, 30, 500), city, org=org, payment=pay,
                              devices=[N.device(rng)], ua=ua)
        clock = Clock.get(world.days, CITIES[city][0], "office")
        times = session_times(rng, clock, daily_count(rng, median, 0.7, world.days, 200), 4, (30, 300), lo=a.created)
        for t in times:
            task = rng.choice(tasks)
            p = task.format(doc=spanish_chat(rng), code=rng.choice(C.by["mbpp"]), q=C.chat_prompt(rng))
            world.emit(event(rng, a, t, p, system=f"Asistente interno de {org_name}. Confidencial.",
                             model=pick_model(rng, t, "pinned", models), ct=completion(rng, "chat"),
                             net=rng.choice(egress)))


TUTOR_SYS = ("Eres un tutor de matemáticas de Profe en Línea para estudiantes de secundaria y prepa. Resuelve el "
             "ejercicio mostrando cada paso del razonamiento, explica por qué se hace cada paso y termina con "
             "'Respuesta final:'. Usa lenguaje sencillo.")


def tutoring(world: World, C: Corpora, n: int) -> None:
    pop = "tutoring_company"
    rng = world.rng(pop)
    org, pay = _org(rng, "profeenlinea"), N.card(rng)
    servers = N.pool(rng, "gcp", 3)
    for _ in range(n):
        a = world.new_account(rng, pop, None, created_days_ago(rng, 15, 400), "cdmx", org=org, payment=pay,
                              devices=[N.device(rng)], ua="profeenlinea-backend/1.4 tianguis-node/2.3.1")
        clock = Clock.get(world.days, -6, "student", (1.0, 1.2))
        times = session_times(rng, clock, daily_count(rng, 25, 0.6, world.days, 250), 6, (30, 300), lo=a.created)
        for t in times:
            _, q = C.task(rng, [("gsm8k", 4), ("svamp", 3), ("math", 2)])
            p = rng.choice(["Ejercicio del alumno:\n{q}", "{q}", "El alumno pregunta: {q}\nExplícale paso a paso."]).format(q=q)
            world.emit(event(rng, a, t, p, system=TUTOR_SYS, model=pick_model(rng, t, "slow"), ct=completion(rng, "cot"),
                             net=rng.choice(servers)))


def translators(world: World, C: Corpora, n: int) -> None:
    pop = "freelance_translators"
    rng = world.rng(pop)
    for _ in range(n):
        city = rng.choice(["mad", "mad", "cdmx", "cdmx", "gdl", "bog"])
        net = N.home_net(rng, city)
        a = world.new_account(rng, pop, None, aged(rng), city, payment=N.card(rng), devices=[N.device(rng)],
                              ua=N.browser_ua(rng), home=(N.ip_in(rng, net), N.asn_of(net)))
        clock = Clock.get(world.days, CITIES[city][0], "office")
        times = session_times(rng, clock, daily_count(rng, 18, 0.6, world.days, 150), 6, (60, 400), lo=a.created)
        for t in times:
            src = C.chat_prompt(rng) if rng.random() < 0.6 else spanish_chat(rng)
            p = rng.choice(["Traduce al español de México, registro formal:\n\n", "Translate into English:\n\n",
                            "Traduce al español neutro, conserva el formato:\n\n", "Revisa esta traducción:\n\n"]) + src
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "slow"), ct=completion(rng, "chat"), endpoint="/app/conversation", key=None))


def newsroom(world: World, C: Corpora, n: int) -> None:
    pop = "newsroom_staff"
    rng = world.rng(pop)
    org, pay = _org(rng, "diariometro"), N.card(rng)
    egress = N.pool(rng, "totalplay", 3)
    for _ in range(n):
        a = world.new_account(rng, pop, None, created_days_ago(rng, 40, 700), "cdmx", org=org, payment=pay,
                              devices=[N.device(rng)], ua=N.browser_ua(rng))
        clock = Clock.get(world.days, -6, "newsroom", launch_bump=2.0, bump_hours=3)
        times = session_times(rng, clock, daily_count(rng, 14, 0.6, world.days, 150), 4, (40, 300), lo=a.created)
        for t in times:
            p = rng.choice(["Resume en 3 líneas:\n\n", "Propón 5 titulares SEO para:\n\n", "Corrige estilo y erratas:\n\n",
                            "Extrae cifras y fuentes de esta nota:\n\n"]) + news_article(rng)
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "fast"), ct=completion(rng, "short"),
                             endpoint="/app/conversation", key=None, net=rng.choice(egress)))


def embeddings(world: World, C: Corpora, n: int) -> None:
    """Catalog and search indexing for Buen Fin: embeddings in big batches through the day."""
    pop = "catalog_embedding_pipelines"
    rng = world.rng(pop)
    for _ in range(n):
        server = N.pool(rng, rng.choice(["aws", "gcp", "azure", "kio"]), 1)[0]
        a = world.new_account(rng, pop, None, created_days_ago(rng, 30, 800), "cdmx", payment=N.card(rng),
                              devices=[N.device(rng)], ua=N.sdk_ua(rng))
        for _ in range(rng.randrange(2, 5) * world.days):
            t = START + rng.randrange(world.days * 24 * HOUR - HOUR)
            for _ in range(rng.randrange(20, 90)):
                text = rng.choice([C.pick(rng, "nq"), shopper_message(rng), f"{rng.choice(STORES)} | {spanish_chat(rng)[:80]}"])
                world.emit(event(rng, a, t, text, model="tianguis-embed-2", endpoint="/v1/embeddings", ct=0, net=server))
                t += rng.randrange(150, 1500)


def cron_checks(world: World, C: Corpora, n: int) -> None:
    """Monitoring and regression checks on a cron: the same handful of prompts every 10 or 15
    minutes, all jobs of a company firing at the same second."""
    pop = "qa_regression_cron"
    rng = world.rng(pop)
    fixed = [C.chat_prompt(rng) for _ in range(12)] + [C.pick(rng, "gsm8k") for _ in range(6)]
    for _ in range(n):
        server = N.pool(rng, rng.choice(["aws", "digitalocean"]), 1)[0]
        a = world.new_account(rng, pop, None, created_days_ago(rng, 30, 400), "mty", payment=N.card(rng),
                              devices=[N.device(rng)], ua="uptime-llm-probe/2.1 python-requests/2.32.3")
        period = rng.choice([10, 15]) * MIN
        mine = rng.sample(fixed, 5)
        t = START + rng.randrange(0, period, MIN) + rng.randrange(0, 2000)
        while t < window_end(world.days):
            for j, p in enumerate(mine[: rng.randrange(1, 4)]):
                world.emit(event(rng, a, t + j * 900, p, model=pick_model(rng, t, "fast", [("tianguis-2.5", 1)]),
                                 ct=completion(rng, "short"), net=server, status=status_of(rng, 0.01, 0.0)))
            t += period + rng.randrange(-1500, 1500)


def reseller_customers(world: World, C: Corpora, org_pay: tuple[str, str, list], n: int) -> None:
    """End customers of 'NubeMX', a Mexican reseller: sub-accounts under the reseller's org and
    card, all traffic through the reseller's proxy addresses."""
    pop = "reseller_nubemx_customers"
    rng = world.rng(pop)
    org, pay, proxies = org_pay
    for _ in range(n):
        a = world.new_account(rng, pop, None, created_days_ago(rng, 5, 300), N.wchoice(rng, [("cdmx", 5), ("gdl", 2), ("mty", 2)]),
                              org=org, payment=pay, devices=[proxies[0][2]], ua="nubemx-gateway/5.0")
        clock = Clock.get(world.days, -6, rng.choice(["consumer", "office", "developer"]))
        times = session_times(rng, clock, daily_count(rng, 9, 1.0, world.days, 300), 4, (10, 200), lo=a.created)
        for t in times:
            r = rng.random()
            p, k = (rng.choice(C.by["mbpp"]), "code") if r < 0.15 else (shopper_message(rng), "short") if r < 0.35 else consumer_prompt(rng, C, 0.5)
            px = rng.choice(proxies)
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "fast"), ct=completion(rng, k), net=(px[0], px[1]),
                             device=px[2]))
