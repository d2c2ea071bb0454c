"""Benign populations at work: developers, app backends, sellers on Black Friday
prep, support SaaS, RAG pipelines, an eval team, a law firm with zero data
retention, offices, an NLP lab, coding agents, content agencies."""
from __future__ import annotations

from . import texts as T
from .pop import CHAT, EMB, RESP, Pop, chat_model, p_leisure, p_server, p_work, window
from .world import HOUR, JA4, BROWSER_UA, LAUNCH, MIN, NETS, SDK_UA, T0, Person, hexid


def _egress(P: Pop, net, tag: str, ua: str, n: int = 3) -> dict:
    k = P.rng.randrange(n)
    return {"ip": net.ip("egress", tag, k), "asn": net.asn, "ua": ua, "device": None}


def _org(P: Pop, name: str) -> tuple[str, str | None]:
    return "org_" + hexid(P.seed, name, n=8), P.payment("corp", name)


def developers(P: Pop) -> None:
    rng = P.rng
    clouds = [NETS["AWS sa-east-1"], NETS["GCP southamerica-east1"], NETS["DigitalOcean"]]
    offices = [NETS["Empresarial Link/SP"], NETS["Empresarial Link/RJ"], NETS["Corporativa Telecom/BH"]]
    for i in range(560):
        a = P.account(P.created_mix(), rng.choice(["card", "card", "pix", "corp"]), keys=rng.randint(1, 3))
        me = Person(rng, a.id)
        ua = rng.choice(SDK_UA)
        office = rng.choice(offices)
        box = rng.choice(clouds) if rng.random() < 0.3 else None

        def where(ts):
            if box and rng.random() < 0.5:
                return {"ip": box.ip("devbox", a.id), "asn": box.asn, "ua": ua, "device": None}
            if 32 <= (ts - T0) / HOUR < 42 and rng.random() < 0.6:
                return {"ip": office.ip("office", i % 17), "asn": office.asn, "ua": ua, "device": None}
            ip, asn = me.home_at(ts)
            return {"ip": ip, "asn": asn, "ua": ua, "device": None}

        for s in P.sessions(rng.randint(2, 6), p_work, size=(2, 10), gap=(15, 300)):
            for j, ts in enumerate(s):
                q = T.fill(rng, rng.choice(T.DEV_WRAP), T.pick(rng, rng.choice(["mbpp", "humaneval", "arena", "arena", "user"])))
                P.emit(a, ts, model=chat_model(rng, a, ts, 0.35), prompt=q, net=where(ts), key=j % 3,
                       endpoint=RESP if rng.random() < 0.2 else CHAT, hist=j * rng.randint(200, 900))
        if rng.random() < 0.15:  # a quick script over a handful of inputs
            ts = P.times(1, p_work)[0]
            tpl = "Classifique o sentimento (positivo/negativo/neutro) desta avaliação: {q}"
            for _ in range(rng.randint(20, 80)):
                ts += rng.randint(400, 3000)
                P.emit(a, ts, model="ipe-3-mini", prompt=tpl.replace("{q}", T.pick(rng, "seed")), net=where(ts), comp=rng.randint(2, 12))


def eval_team(P: Pop) -> None:
    """A fintech ML team re-running its Portuguese multiple-choice eval: ipe-3 nightly
    on Sunday, then ipe-4 once the launch rush settles on Monday afternoon."""
    rng = P.rng
    org, pay = _org(P, "Nube Analytics")
    people = [P.account(P.created_aged(300, 900), "corp", org=org, pay=pay) for _ in range(5)]
    svc = P.account(P.created_aged(300, 600), "corp", org=org, pay=pay, keys=2)
    gcp = NETS["GCP southamerica-east1"]
    ua = "nube-evals/1.4 openai-python/2.3.0"
    items = [T.pick(rng, "math" if k % 3 else "gsm8k") for k in range(700)]
    for run, (start, model) in enumerate([(T0 - 1 * HOUR + 5 * HOUR, "ipe-3"), (LAUNCH + 4 * HOUR + 20 * MIN, "ipe-4"),
                                           (LAUNCH + 9 * HOUR, "ipe-3")]):
        ts = start
        for k, q in enumerate(items):
            ts += rng.randint(250, 1400)
            opts = " ".join(f"({c}) {rng.randint(1, 99)}" for c in "ABCDE")
            P.emit(svc, ts, model=model, system=T.SYS_EVAL, prompt=f"Questão {k + 1}: {q}\nAlternativas: {opts}",
                   net=_egress(P, gcp, "nube", ua, 2), key=run % 2, comp=rng.randint(150, 900))
    for a in people:
        me = Person(rng, a.id, "SP")
        for s in P.sessions(rng.randint(1, 4), p_work, size=(2, 8)):
            for ts in s:
                P.emit(a, ts, model=chat_model(rng, a, ts, 0.5), prompt=T.pick(rng, rng.choice(["arena", "humaneval"])),
                       net=me.via_browser(ts, (NETS["Empresarial Link/SP"].ip("nube"), 264400)))


def edtech_tutor_backend(P: Pop) -> None:
    """Estuda+: one system prompt, thousands of students behind one API account,
    peaking after the exam."""
    rng = P.rng
    org, pay = _org(P, "Estuda+")
    prod = P.account(P.created_aged(500, 900), "corp", org=org, pay=pay, keys=2)
    stg = P.account(P.created_aged(500, 900), "corp", org=org, pay=pay)
    aws = NETS["AWS sa-east-1"]
    ua = "estudamais-api/3.2 openai-python/2.3.0"
    prof = lambda d, h: p_leisure(d, h) + (6.0 if d == 0 and 18.6 <= h < 23 else 0.0) - (1.2 if d == 0 and 12 <= h < 18.5 else 0)
    for ts in P.times(11000, prof):
        q = T.fill(rng, rng.choice(T.ENEM_AFTER if (ts - T0) / HOUR > 18.5 else T.STUDY_WRAP),
                   T.pick(rng, rng.choice(["gsm8k", "math", "svamp"]))) if rng.random() < 0.8 else rng.choice(T.ENEM_OWN)
        P.emit(prod, ts, model="ipe-3-mini" if rng.random() < 0.7 else "ipe-3", system=T.SYS_TUTOR, prompt=q,
               net=_egress(P, aws, "estuda-prod", ua), key=rng.randrange(2), hist=rng.choice([0, 0, 300, 900]))
    for ts in P.times(300, p_work):
        P.emit(stg, ts, model=rng.choice(["ipe-3-mini", "ipe-4"]), system=T.SYS_TUTOR, prompt=T.pick(rng, "gsm8k"),
               net=_egress(P, aws, "estuda-stg", ua, 1))


def bank_assistant_backend(P: Pop) -> None:
    rng = P.rng
    org, pay = _org(P, "Banco Cerrado")
    prod = P.account(P.created_aged(700, 1300), "corp", org=org, pay=pay, keys=3)
    stg = P.account(P.created_aged(700, 1300), "corp", org=org, pay=pay)
    az = NETS["Azure Brazil South"]
    ua = "cerrado-bia/7.0 (azure-functions)"
    for ts in P.times(6500, p_server):
        P.emit(prod, ts, model="ipe-3", system=T.SYS_BANK, prompt=rng.choice(T.BANK_ASK), net=_egress(P, az, "bia", ua, 4),
               key=rng.randrange(3), hist=rng.choice([0, 200, 600]), comp=rng.randint(40, 220))
    for ts in P.times(250, p_work):
        P.emit(stg, ts, model="ipe-3", system=T.SYS_BANK, prompt=rng.choice(T.BANK_ASK), net=_egress(P, az, "bia-stg", ua, 1))


def ecommerce_sellers(P: Pop) -> None:
    rng = P.rng
    bf = lambda d, h: p_work(d, h) * 2 + (0.6 if d == 0 and 19 <= h < 23 else 0)
    for i in range(760):
        a = P.account(P.created_mix(), "pix" if rng.random() < 0.6 else "card")
        me = Person(rng, a.id)
        for s in P.sessions(rng.randint(1, 3), bf, size=(4, 14), gap=(25, 180)):
            for j, ts in enumerate(s):
                P.emit(a, ts, model=chat_model(rng, a, ts, 0.1), prompt=T.fill(rng, rng.choice(T.SELLER_ASK)),
                       net=me.via_browser(ts) if rng.random() < 0.8 else me.via_app(ts, rng), comp=rng.randint(120, 450))


def vitrine_seller_saas(P: Pop) -> None:
    """A marketplace plug-in that writes descriptions for thousands of sellers:
    identical template, varying product, batch bursts on Monday."""
    rng = P.rng
    org, pay = _org(P, "Vitrine AI")
    prod = P.account(P.created_aged(250, 500), "corp", org=org, pay=pay, keys=2)
    batch = P.account(P.created_aged(100, 200), "corp", org=org, pay=pay)
    oci = NETS["Oracle Vinhedo"]
    ua = "vitrine-worker/2.8 python-httpx/0.28.1"
    for ts in P.times(5000, lambda d, h: p_work(d, h) + 0.2):
        P.emit(prod, ts, model="ipe-3-mini", system=T.SYS_VITRINE, prompt=T.fill(rng, T.SELLER_ASK[0]),
               net=_egress(P, oci, "vitrine", ua), key=rng.randrange(2), comp=rng.randint(150, 260))
    for start in P.times(6, window(25, 46)):
        ts = start
        for _ in range(rng.randint(300, 700)):
            ts += rng.randint(300, 900)
            P.emit(batch, ts, model="ipe-3-mini", system=T.SYS_VITRINE, prompt=T.fill(rng, T.SELLER_ASK[1]),
                   net=_egress(P, oci, "vitrine-batch", ua, 2), comp=rng.randint(80, 180))


def support_saas(P: Pop) -> None:
    rng = P.rng
    org, pay = _org(P, "AtendeJa")
    gcp = NETS["GCP southamerica-east1"]
    ua = "atendeja-bot/5.1 openai-node/5.12.2"
    for i in range(30):
        loja = T.LOJAS[i % len(T.LOJAS)] + ("" if i < len(T.LOJAS) else f" {['Norte', 'Sul', 'Centro', 'Express'][i % 4]}")
        a = P.account(P.created_aged(60, 700), "corp", org=org, pay=pay)
        sys = T.SYS_SUPPORT.replace("{loja}", loja)
        for ts in P.times(rng.randint(60, 400), lambda d, h: p_server(d, h) + p_work(d, h)):
            P.emit(a, ts, model="ipe-3-mini", system=sys, prompt=T.fill(rng, rng.choice(T.SUPPORT_TICKETS)),
                   net=_egress(P, gcp, "atendeja", ua, 3), hist=rng.randint(300, 2500), comp=rng.randint(60, 250))


def rag_pipelines(P: Pop) -> None:
    rng = P.rng
    clouds = [NETS["AWS sa-east-1"], NETS["GCP southamerica-east1"], NETS["Azure Brazil South"], NETS["Oracle Vinhedo"]]
    for i in range(20):
        org, pay = _org(P, f"rag-co-{i}")
        a = P.account(P.created_aged(90, 800), "corp", org=org, pay=pay, keys=2)
        cloud = clouds[i % 4]
        ua = rng.choice(["llama-index/0.14.2", "langchain-openai/0.3.28", "haystack-ai/2.18.0", "openai-python/2.3.0"])
        start = T0 + rng.randint(0, 5) * HOUR + rng.randint(0, 59) * MIN  # Sunday-night reindex
        ts = start
        for _ in range(rng.randint(120, 450)):
            ts += rng.randint(200, 2500)
            chunk = T.pick(rng, rng.choice(["awesome", "arena", "user"]))[:2000]
            P.emit(a, ts, model="ipe-embed-2", endpoint=EMB, prompt=chunk, net=_egress(P, cloud, f"rag{i}", ua), key=1)
        for ts in P.times(rng.randint(40, 200), lambda d, h: p_work(d, h) + 0.1):
            q = T.pick(rng, "nq")
            P.emit(a, ts, model="ipe-embed-2", endpoint=EMB, prompt=q, net=_egress(P, cloud, f"rag{i}", ua))
            P.emit(a, ts + rng.randint(150, 600), model="ipe-3", prompt=q, system="Responda usando apenas o contexto.",
                   hist=rng.randint(1500, 6000), net=_egress(P, cloud, f"rag{i}", ua))


def law_firm_zdr(P: Pop) -> None:
    """Zero data retention: the gateway never sees the text, only token counts."""
    rng = P.rng
    org, pay = _org(P, "Mattos Ribeiro Advogados")
    office = NETS["Empresarial Link/SP"]
    for i in range(35):
        a = P.account(P.created_aged(150, 600), "corp", org=org, pay=pay)
        for s in P.sessions(rng.randint(1, 4), p_work, size=(2, 12), gap=(60, 900)):
            for ts in s:
                P.emit(a, ts, model="ipe-4" if ts >= LAUNCH and rng.random() < 0.3 else "ipe-3",
                       net={"ip": office.ip("mra", rng.randrange(2)), "asn": office.asn, "ua": BROWSER_UA["edge"], "device": JA4["edge"]},
                       hist=rng.randint(2000, 28000), comp=rng.randint(300, 1800))


def office_workers(P: Pop) -> None:
    rng = P.rng
    firms = [("Logistica Anhanguera", "Empresarial Link/SP"), ("Seguradora Guanabara", "Empresarial Link/RJ"),
             ("Mineradora Serra Azul", "Corporativa Telecom/BH"), ("Agencia Capibaribe", "Empresarial Link/SP")]
    for i in range(340):
        name, netname = firms[i % 4]
        org, pay = _org(P, name)
        a = P.account(P.created_aged(30, 700), "corp", org=org, pay=pay)
        me = Person(rng, a.id)
        net = NETS[netname]
        for s in P.sessions(rng.randint(1, 3), p_work, size=(1, 6)):
            for j, ts in enumerate(s):
                q = T.fill(rng, rng.choice(["Reescreva este e-mail de forma mais profissional: {q}", "{q}", "Resuma: {q}",
                                            "Monte uma planilha com fórmulas para: {q}"]), T.pick(rng, rng.choice(["user", "seed"])))
                at_work = 32 <= (ts - T0) / HOUR < 42
                P.emit(a, ts, model=chat_model(rng, a, ts, 0.15), prompt=q, hist=j * 300,
                       net=me.via_browser(ts, (net.ip(name, rng.randrange(3)), net.asn) if at_work else None))


def nlp_lab(P: Pop) -> None:
    """A university NLP lab benchmarks ipe-4 against ipe-3 on Portuguese maths the day it ships."""
    rng = P.rng
    org, pay = _org(P, "Lab PLN UFMG")
    campus = NETS["RNP/UFMG"]
    items = [T.pick(rng, rng.choice(["gsm8k", "math", "svamp"])) for _ in range(450)]
    for i in range(8):
        a = P.account(P.created_aged(100, 900), "invoice", org=org, pay=pay)
        ua = rng.choice(["openai-python/2.3.0", "vllm-bench/0.6", "lm-eval-harness/0.4.9"])
        if i < 3:
            ts = LAUNCH + rng.randint(30, 240) * MIN
            part = items[i * 150:(i + 1) * 150]
            for model in ("ipe-4", "ipe-3"):
                for q in part:
                    ts += rng.randint(1500, 9000)
                    P.emit(a, ts, model=model, prompt="Resolva a questão, pensando passo a passo, e dê a resposta final.\n\n" + q,
                           net={"ip": campus.ip("nat", rng.randrange(8)), "asn": campus.asn, "ua": ua, "device": None},
                           comp=rng.randint(300, 1400))
        for ts in P.times(rng.randint(10, 60), p_work):
            P.emit(a, ts, model=chat_model(rng, a, ts, 0.4), prompt=T.pick(rng, "arena"),
                   net={"ip": campus.ip("nat", rng.randrange(8)), "asn": campus.asn, "ua": ua, "device": None})


def agent_devs(P: Pop) -> None:
    rng = P.rng
    for i in range(110):
        a = P.account(P.created_mix(), rng.choice(["card", "corp"]), keys=2)
        me = Person(rng, a.id)
        ua = rng.choice(["opencode/0.9.1", "aider/0.86.1", "continue/1.2.0", "openai-agents/0.4.2"])
        for start in P.times(rng.randint(1, 4), p_work):
            ts, hist = start, rng.randint(1500, 4000)
            task = T.fill(rng, rng.choice(T.DEV_WRAP), T.pick(rng, rng.choice(["mbpp", "humaneval", "arena"])))
            model = "ipe-4" if ts >= LAUNCH and rng.random() < 0.5 else "ipe-3"
            for step in range(rng.randint(6, 35)):
                ip, asn = me.home_at(ts)
                P.emit(a, ts, model=model, endpoint=RESP, system=T.SYS_AGENT,
                       prompt=task if step == 0 else f"Tool result (run_tests): {rng.randint(0, 12)} failed, {rng.randint(3, 40)} passed",
                       hist=hist, net={"ip": ip, "asn": asn, "ua": ua, "device": None}, comp=rng.randint(80, 900))
                hist += rng.randint(300, 2500)
                ts += rng.randint(4, 60) * 1000


def content_agency(P: Pop) -> None:
    rng = P.rng
    agencies = [("Agencia Jabuticaba", "Empresarial Link/SP"), ("Studio Pampa", "Empresarial Link/SP"),
                ("Criativa Recife", "Empresarial Link/RJ")]
    for i in range(60):
        name, netname = agencies[i % 3]
        org, pay = _org(P, name)
        a = P.account(P.created_aged(60, 900), "corp", org=org, pay=pay)
        me = Person(rng, a.id)
        net = NETS[netname]
        for s in P.sessions(rng.randint(2, 5), p_work, size=(4, 12), gap=(30, 240)):
            for ts in s:
                P.emit(a, ts, model=chat_model(rng, a, ts, 0.2), prompt=T.fill(rng, rng.choice(T.SELLER_ASK)),
                       net=me.via_browser(ts, (net.ip(name, rng.randrange(2)), net.asn)), comp=rng.randint(150, 500))
