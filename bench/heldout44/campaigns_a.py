"""Distillation campaigns, part one: hydra proxies, the launch-day burst, a crude
template sweep, aged sleepers, an insider, a reseller and a low-and-slow trickle."""
from __future__ import annotations

import random

from . import texts as T
from .pop import Pop, p_flat, p_leisure
from .world import BROWSER_UA, DAY, HOUR, JA4, LAUNCH, MIN, NETS, T0, hnum, hexid

HOMES = [n for n in NETS.values() if n.kind == "home" and n.country == "BR"]
HARVEST = ("math", "gsm8k", "mbpp", "humaneval", "math", "arena")

OPEN = ["", "", "Olá! ", "Preciso de ajuda: ", "Oi, tudo bem? ", "Uma dúvida: ", "Por favor, ", "Tarefa: ", "Bom dia. "]
ASK = ["resolva", "resolve", "me ajuda a resolver", "calcule", "encontre a solução de", "analise e resolva", "faça"]
WHAT = ["este problema", "a questão abaixo", "isto", "o exercício", "o seguinte"]
STEP = ["mostrando cada passo", "explicando detalhadamente o raciocínio", "com todas as etapas", "etapa por etapa",
        "justificando cada passagem", "pensando em voz alta"]
CLOSE = ["", "", " Obrigado!", " Valeu.", " Responda em português.", " Seja rigoroso.", " Confira no final.", " :)"]


def paraphrase(rng: random.Random, q: str, cot: float = 0.6) -> str:
    """What an LLM paraphraser in front of a harvest queue produces: no fixed template."""
    head = f"{rng.choice(OPEN)}{rng.choice(ASK)} {rng.choice(WHAT)}"
    if rng.random() < cot:
        head += ", " + rng.choice(STEP)
    head = head[0].upper() + head[1:]
    body = f"{head}:\n{q}" if rng.random() < 0.7 else f"{q}\n\n{head}."
    if rng.random() < cot * 0.5:
        body += "\n" + rng.choice(T.COT)
    return body + rng.choice(CLOSE)


def resi(tag: str, sticky: object, ua: str, device: str | None) -> dict:
    """A residential-proxy exit: someone's home line on an ordinary BR ISP."""
    net = HOMES[hnum("resi", tag, sticky) % len(HOMES)]
    return {"ip": net.ip("resi", tag, sticky), "asn": net.asn, "ua": ua, "device": device}


def harvest_q(rng: random.Random, kinds=HARVEST) -> str:
    return T.pick(rng, rng.choice(kinds))


def hydra_proxy(P: Pop) -> None:
    """280 small accounts behind residential proxies, ~27 requests a day each,
    40% ordinary cover chat, shared Pix funding sources, batch sign-ups."""
    rng = P.rng
    for b in range(14):
        born = P.created_aged(10, 40)
        pay = P.payment("pix", f"hydra-cpf-{b}")
        for k in range(20):
            a = P.account(born + rng.randint(0, 50) * MIN, "pix", pay=pay)
            switch = LAUNCH + rng.randint(40, 180) * MIN
            for ts in P.times(rng.randint(40, 62), lambda d, h: p_leisure(d, h) + 0.5):
                net = resi("hydra", (a.id, ts // (10 * MIN)), BROWSER_UA["chrome"], JA4["headless"])
                if rng.random() < 0.4:
                    q = T.fill(rng, rng.choice(T.GENERAL_BR), T.pick(rng, rng.choice(["nq", "seed", "user"])))
                    P.emit(a, ts, model="ipe-3-mini", prompt=q, net=net)
                else:
                    q = T.fill(rng, rng.choice(T.STUDY_WRAP), harvest_q(rng)) + "\n" + rng.choice(T.COT)
                    P.emit(a, ts, model="ipe-4" if ts >= switch else "ipe-3", prompt=q, net=net, comp=rng.randint(700, 2600))


def launch_day_burst(P: Pop) -> None:
    """Fresh accounts registered the night before, polling ipe-4 from 09:40 and
    saturating it from 10:00 from one cloud region."""
    rng = P.rng
    aws = NETS["AWS sa-east-1"]
    for i in range(24):
        a = P.account(T0 + 20 * HOUR + rng.randint(0, 180) * MIN, "card", pay=P.payment("card", f"vcc-{i % 3}"))
        ua = "openai-python/2.3.0"
        net = {"ip": aws.ip("burst", i % 6), "asn": aws.asn, "ua": ua, "device": None}
        ts = LAUNCH - 12 * MIN + rng.randint(0, 180) * 1000
        while ts < LAUNCH:
            P.emit(a, ts, model="ipe-4", prompt="ping", net=net)
            ts += rng.randint(25, 35) * 1000
        stop = LAUNCH + rng.randint(4, 9) * HOUR
        while ts < stop:
            q = harvest_q(rng, ("arena", "humaneval", "math", "mbpp")) + "\n\n" + rng.choice(T.COT)
            P.emit(a, ts, model="ipe-4", prompt=q, net=net, comp=rng.randint(900, 3000))
            ts += rng.randint(8, 40) * 1000 if ts < LAUNCH + HOUR else rng.randint(40, 160) * 1000


def template_sweep_math(P: Pop) -> None:
    """Crude: one Portuguese template over MATH in file order, from rented servers."""
    rng = P.rng
    hosts = [NETS["Hetzner"], NETS["OVH"]]
    items = T.corpus("math")
    cursor = rng.randrange(len(items))
    tpl = "Resolva o problema a seguir. " + T.COT[0] + "\n\nProblema: {q}\n\nResposta final em \\boxed{{}}."
    for i in range(10):
        a = P.account(P.created_aged(3, 10), "card", pay=P.payment("card", f"sweep-{i % 2}"))
        h = hosts[i % 2]
        net = {"ip": h.ip("sweep", i), "asn": h.asn, "ua": "python-requests/2.32.5", "device": None}
        ts = T0 + rng.randint(1, 8) * HOUR
        for _ in range(rng.randint(550, 800)):
            q = items[cursor % len(items)]
            cursor += 1
            P.emit(a, ts, model="ipe-3", prompt=tpl.replace("{q}", q), net=net, comp=rng.randint(600, 2000))
            ts += rng.randint(2, 6) * 60_000 if rng.random() < 0.1 else rng.randint(20, 90) * 1000


def aged_sleepers(P: Pop) -> None:
    """Accounts opened years ago and left dormant, woken for the ipe-4 release."""
    rng = P.rng
    vpns = [NETS["M247 VPN"], NETS["Datacamp VPN"]]
    for i in range(60):
        a = P.account(P.created_aged(400, 900), "card")
        ua = rng.choice([BROWSER_UA["chrome"], BROWSER_UA["safari"], "openai-python/2.3.0"])
        dev = JA4["chrome"] if "Chrome" in ua else JA4["safari"] if "Safari" in ua else None
        ts = LAUNCH + rng.randint(20, 360) * MIN
        for _ in range(rng.randint(40, 90)):
            if rng.random() < 0.5:
                v = vpns[i % 2]
                net = {"ip": v.ip("sleep", i, ts // HOUR), "asn": v.asn, "ua": ua, "device": dev}
            else:
                net = resi("sleeper", (i, ts // (30 * MIN)), ua, dev)
            P.emit(a, ts, model="ipe-4", prompt=paraphrase(rng, harvest_q(rng), 0.5), net=net, comp=rng.randint(500, 2400))
            ts += int(rng.expovariate(1 / 240) * 1000) + 20_000


def insider_edtech(P: Pop) -> None:
    """Three employee accounts inside the Estuda+ org harvest ipe-4 on Monday night,
    dressed in the product's own system prompt, from the office and staging egress."""
    rng = P.rng
    org, pay = "org_" + hexid(P.seed, "Estuda+", n=8), P.payment("corp", "Estuda+")
    office, aws = NETS["Empresarial Link/SP"], NETS["AWS sa-east-1"]
    for i in range(3):
        a = P.account(P.created_aged(200, 700), "corp", org=org, pay=pay, keys=2)
        ts = T0 + DAY + 19 * HOUR + rng.randint(0, 90) * MIN
        for _ in range(rng.randint(350, 600)):
            if rng.random() < 0.5:
                net = {"ip": office.ip("estuda-office"), "asn": office.asn, "ua": "openai-python/2.3.0", "device": None}
            else:
                net = {"ip": aws.ip("egress", "estuda-stg", 0), "asn": aws.asn, "ua": "estudamais-api/3.2 openai-python/2.3.0", "device": None}
            q = T.fill(rng, rng.choice(T.STUDY_WRAP), harvest_q(rng, ("math", "gsm8k", "mbpp"))) + " " + rng.choice(T.COT[:3])
            P.emit(a, ts, model="ipe-4", system=T.SYS_TUTOR, prompt=q, net=net, key=rng.randrange(2), comp=rng.randint(700, 2400))
            ts += rng.randint(15, 70) * 1000


def reseller(P: Pop) -> None:
    """A cut-price resale API: relays its customers' traffic (their own system
    prompts) from a VPS, logging every answer to sell as a dataset."""
    rng = P.rng
    hosts = [NETS["Oracle Vinhedo"], NETS["DigitalOcean"]]
    for i in range(8):
        a = P.account(P.created_aged(20, 120), "pix", pay=P.payment("pix", f"resale-{i % 2}"), keys=3)
        h = hosts[i % 2]
        for ts in P.times(rng.randint(900, 1400), lambda d, h_: p_flat(d, h_) + 0.5 * p_leisure(d, h_)):
            sys = T.pick(rng, "awesome")[:1500] if rng.random() < 0.35 else "Você é um assistente útil."
            q = T.pick(rng, rng.choice(["arena", "user", "seed", "nq", "math", "humaneval"]))
            model = "ipe-4" if ts >= LAUNCH and rng.random() < 0.6 else rng.choice(["ipe-3", "ipe-3-mini"])
            P.emit(a, ts, model=model, system=sys, prompt=q, key=rng.randrange(3), hist=rng.choice([0, 0, 400, 1500]),
                   net={"ip": h.ip("resale", i, rng.randrange(2)), "asn": h.asn, "ua": "litellm/1.77.3", "device": None})


def low_slow_trickle(P: Pop) -> None:
    """Many cards, one steady home exit per account, a handful of paraphrased
    requests a day: every account looks like a quiet hobbyist."""
    rng = P.rng
    for i in range(140):
        a = P.account(P.created_aged(30, 200), "card")
        browser = rng.choice(["chrome", "chrome", "edge", "firefox"])
        for ts in P.times(rng.randint(9, 24), p_leisure):
            net = resi("trickle", a.id, BROWSER_UA[browser], JA4[browser])
            P.emit(a, ts, model="ipe-4" if ts >= LAUNCH + HOUR else "ipe-3",
                   prompt=paraphrase(rng, harvest_q(rng, ("math", "gsm8k", "mbpp", "humaneval")), 0.7), net=net,
                   comp=rng.randint(500, 2200))
