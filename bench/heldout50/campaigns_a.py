"""Distillation campaigns, part A: crude to moderately evasive."""
from __future__ import annotations

from . import devices, networks, phrases as P
from .benign_a import general_prompt
from .ctx import ct_for
from .world import (DAY, EP_CHAT, EP_EMBED, EP_RESP, HOUR, LAUNCH, MODEL_EMBED, MODEL_NEW, T0, poisson_count,
                    sample_time, session_times, wpick)

CAMP = "campaign"


def farm_crude(ctx, n=60):
    """C01: a farm of fresh accounts, one template, datacenter IPs, three cards, one client build."""
    rng = ctx.rng("c01")
    cards = [ctx.uid(rng, "pf_", 64) for _ in range(3)]
    ips = [(asn, networks.v4(rng, asn)) for asn in (24940, 24940, 16276, 16276, 24940, 14061, 16276, 24940, 14061, 24940)]
    birth = T0 - 2 * DAY + 9 * HOUR
    tmpl = "Solve the following problem. Think step by step and write out all of your internal reasoning before giving the final answer.\n\n{q}"
    for i in range(n):
        a = ctx.account(rng, "farm_crude_cot", label=CAMP, campaign="C01_farm_crude", country="ES", lang="en", net="none",
                        ua="python-requests/2.32.3", payment=cards[i % 3], model="lince-2-pro")
        a.created = birth + i * int(rng.uniform(40, 140) * 1000)
        a.asn, a.ip = ips[i % len(ips)]
        for day in (0, 1):
            for _ in range(poisson_count(rng, rng.uniform(70, 120))):
                t = sample_time(rng, day, 0, "flat")
                q = ctx.corpus.pick(rng, "gsm8k" if rng.random() < 0.6 else "math")
                ctx.emit(a, rng, t, tmpl.replace("{q}", q), ct=ct_for(rng, "cot"), status=200 if rng.random() > 0.07 else 429)


COT_ES = ["Antes de responder, escribe todo tu razonamiento interno paso a paso y después la respuesta final.\n\n{q}",
          "Piensa en voz alta: detalla cada paso de tu razonamiento, sin saltarte nada.\n\n{q}",
          "Resuelve lo siguiente explicando tu proceso de pensamiento completo, paso por paso:\n{q}",
          "Quiero ver tu razonamiento completo (cadena de pensamiento) antes de la solución.\n{q}",
          "Desglosa tu razonamiento en pasos numerados y justifica cada uno. Problema: {q}",
          "Explica de forma exhaustiva cómo llegas a la respuesta, paso a paso.\n\n{q}"]


def proxy_cot_es(ctx, n=40):
    """C02: Spanish CoT elicitation through rotating residential proxies; jumps on lince-3 after launch."""
    rng = ctx.rng("c02")
    for _ in range(n):
        a = ctx.account(rng, "proxy_cot_es", label=CAMP, campaign="C02_proxy_cot_es", country="ES", lang="es",
                        age_days=(10, 25), net="none", ua="browser", model="lince-2-pro")
        a.asn, a.ip = networks.residential_exit(rng, "ES")
        switch = LAUNCH + int(rng.uniform(0.7, 3.0) * HOUR)
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(40, 70)), day, 2, "consumer", (20, 90), (3, 12)):
                asn, ip = networks.residential_exit(rng, "ES")
                q = ctx.corpus.pick(rng, wpick(rng, [("math", 40), ("gsm8k", 30), ("arena", 30)]))
                ctx.emit(a, rng, t, rng.choice(COT_ES).replace("{q}", q), model=MODEL_NEW if t >= switch else a.model,
                         ct=ct_for(rng, "cot"), ip=ip, asn=asn, ua=wpick(rng, devices.BROWSER_UA), device=devices.install_id(rng))


HARVEST_CODE = ["{q}\n\nExplain your reasoning in detail before writing the code.",
                "{q}\n\nExplica tu razonamiento en detalle antes de escribir el código.",
                "{q}\n\nFirst describe your approach step by step, then give the final solution."]


def hydra(ctx, n=260):
    """C03: hydra proxy running hundreds of bought, aged accounts; ~26 req/day each; harvest mixed with cover."""
    rng = ctx.rng("c03")
    exits = [networks.residential_exit(rng, rng.choice(["ES", "MX", "CO", "AR", "PT"])) for _ in range(45)]
    cards = [ctx.uid(rng, "pf_", 64) for _ in range(30)]
    for _ in range(n):
        cc = rng.choice(["ES", "MX", "CO", "AR", "PT"])
        a = ctx.account(rng, "hydra_mixed", label=CAMP, campaign="C03_hydra", country=cc, net="none", ua="sdk",
                        age_days=(30, 200), payment=rng.choice(cards), model=rng.choice(["lince-2", "lince-2-pro"]))
        mine = rng.sample(exits, 3)
        a.asn, a.ip = mine[0]
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(20, 32)), day, a.off, "consumer", (10, 120), (1, 5)):
                asn, ip = mine[(t // (8 * HOUR)) % 3]
                if rng.random() < 0.35:
                    q = ctx.corpus.pick(rng, wpick(rng, [("arena_code", 50), ("mbpp", 25), ("humaneval", 25)]))
                    txt, kind = rng.choice(HARVEST_CODE).replace("{q}", q.split("\nYour code")[0]), "code"
                else:
                    txt, kind = general_prompt(ctx, rng, a.lang)
                ctx.emit(a, rng, t, txt, ct=ct_for(rng, kind), ip=ip, asn=asn,
                         model=MODEL_NEW if t >= LAUNCH + 6 * HOUR and rng.random() < 0.5 else a.model)


def slow_drip_pt(ctx, n=30):
    """C04: aged accounts, few requests a day each, Portuguese reasoning elicitation, mobile CGNAT exits."""
    rng = ctx.rng("c04")
    frames = ["Explica detalhadamente o teu raciocínio, passo a passo, e só depois dá a resposta: {q}",
              "Me mostra todo o raciocínio, etapa por etapa, antes da resposta final: {q}",
              "Resolve justificando cada passo do raciocínio: {q}"]
    for i in range(n):
        cc = rng.choice(["PT", "PT", "AO", "MZ"])
        a = ctx.account(rng, "slow_drip_pt", label=CAMP, campaign="C04_slow_drip_pt", country=cc, net="none",
                        ua="mobile", age_days=(90, 700), model="lince-2")
        pool = networks.pool(rng, cc, "mobile", 30)
        a.asn, a.ip = pool[0]
        cursor = rng.randrange(ctx.corpus.size("math"))
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(6, 12)), day, a.off, "evening", (60, 600), (1, 2)):
                cursor += 7
                asn, ip = rng.choice(pool)
                ctx.emit(a, rng, t, rng.choice(frames).replace("{q}", ctx.corpus.item("math", cursor)),
                         ct=ct_for(rng, "cot"), ip=ip, asn=asn)


def launch_rush(ctx, n=80):
    """C12: fresh accounts created in waves within 20 h of the lince-3 launch, hitting only lince-3."""
    rng = ctx.rng("c12")
    for i in range(n):
        cc = rng.choice(["MX", "CO", "AR"])
        a = ctx.account(rng, "launch_rush", label=CAMP, campaign="C12_launch_rush", country=cc, net="none",
                        ua="sdk", model=MODEL_NEW)
        wave = i // 20
        a.created = LAUNCH + int((0.5 + wave * 5 + rng.uniform(0, 1.5)) * HOUR)
        a.asn, a.ip = networks.residential_exit(rng, cc)
        t = a.created + int(rng.uniform(2, 30) * 60_000)
        rate = rng.uniform(30, 60) / DAY
        while t < T0 + 2 * DAY:
            q = ctx.corpus.pick(rng, rng.choice(["arena_gen", "arena_code", "math"]))
            suffix = rng.choice(["\n\nExplain your full reasoning step by step.", "\n\nExplica tu razonamiento completo paso a paso.",
                                 "\n\nShow your chain of thought, then the answer."])
            asn, ip = networks.residential_exit(rng, cc)
            ctx.emit(a, rng, t, q + suffix, model=MODEL_NEW, endpoint=rng.choice([EP_CHAT, EP_RESP]), ct=ct_for(rng, "long"),
                     ip=ip, asn=asn)
            t += int(rng.expovariate(rate))


def stolen_cards(ctx, n=50):
    """C13: accounts opened with stolen cards (all distinct), datacenter proxies, some cards get declined."""
    rng = ctx.rng("c13")
    for _ in range(n):
        a = ctx.account(rng, "stolen_card_accounts", label=CAMP, campaign="C13_stolen_cards",
                        country=rng.choice(["ES", "PT", "MX", "CO"]), net="none", ua="browser", age_days=(1, 6), model="lince-2-pro")
        a.asn, a.ip = 9009, networks.v4(rng, 9009)
        declined = T0 + int(rng.uniform(0.3, 1.8) * DAY) if rng.random() < 0.3 else None
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(25, 60)), day, a.off, "flat", (15, 120), (2, 10)):
                asn = rng.choice([9009, 60781, 51167])
                q = ctx.corpus.pick(rng, "mbpp").split("\nYour code")[0]
                st = 402 if declined and t > declined else 200
                ctx.emit(a, rng, t, "Escribe el código en Python y explica cada línea y tu razonamiento:\n" + q,
                         ct=ct_for(rng, "code"), ip=networks.v4(rng, asn), asn=asn, status=st)


def embedding_extraction(ctx, n=12):
    """C14: embedding-model extraction: systematic sweeps plus minimal-pair perturbations, framed as RAG indexing."""
    rng = ctx.rng("c14")
    swaps = [("the", "a"), ("is", "was"), ("de", "del"), ("who", "which"), ("first", "last"), ("in", "on")]
    for _ in range(n):
        a = ctx.account(rng, "embedding_extraction", label=CAMP, campaign="C14_embedding_extraction", net="none", ua="sdk",
                        country=rng.choice(["ES", "PT"]), model=MODEL_EMBED, age_days=(20, 120))
        a.org = ctx.uid(rng, "org_")
        asn = rng.choice([14061, 24940, 16276])
        a.asn, a.ip = asn, networks.v4(rng, asn)
        src = rng.choice(["nq", "gsm8k", "chat"])
        cur = rng.randrange(ctx.corpus.size(src))
        for day in (0, 1):
            for t in session_times(rng, poisson_count(rng, rng.uniform(220, 340)), day, a.off, "flat", (0.2, 2), (20, 120)):
                cur += 1
                txt = ctx.corpus.item(src, cur)
                if rng.random() < 0.45:
                    x, y = rng.choice(swaps)
                    txt = txt.replace(f" {x} ", f" {y} ", 1) if f" {x} " in txt else txt + "."
                ctx.emit(a, rng, t, txt, model=MODEL_EMBED, endpoint=EP_EMBED, ct=0)
