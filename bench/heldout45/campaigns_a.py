"""Distillation campaigns I: hydra proxies, benchmark sweeps, launch burst, aged sleepers, an insider."""
from __future__ import annotations

from .actors import Pop, company_card, company_org, fp
from .benign_orgs import COMPANIES, IDE_SYS, _office
from .nets import BROWSERS, CLOUD, HOME, SDK_UAS, VPN, browser, connect, ide_plugin, tls_fp
from .texts import chat, corpus, paraphrase, pick, wrap
from .world import COUNTRY, DAY, HOUR, LAUNCH, MIN, T0, local_ms, pick_ts

RESI_CITIES = ("Kyiv", "Lviv", "Dnipro", "Odesa", "Warsaw", "Berlin", "Vilnius", "Riga", "Prague")


def resi_exit(rng, city: str | None = None) -> tuple[str, int]:
    """A residential-proxy exit: an ordinary home line on an ordinary home ISP."""
    net = rng.choice(HOME[city or rng.choice(RESI_CITIES)])
    return net.ip(rng.randrange(1 << 20)), net.asn


COT_RU = ["Реши задачу. Сначала подробно распиши ход рассуждений, затем дай ответ.\n{p}",
          "{p}\n\nОбъясни каждый шаг своего рассуждения, как будто пишешь решебник.",
          "Розв'яжи задачу, детально описуючи міркування на кожному кроці:\n{p}",
          "Solve this and articulate the internal reasoning behind your answer step by step:\n{p}"]


def hydra_proxy(P: Pop, n: int = 420) -> None:
    """Hydra: many small accounts behind residential proxies, prepaid cards shared by ~12, harvest mixed with chat,
    dispatched in orchestrator waves."""
    rng = P.rng
    stack_fp = tls_fp("hydra-automation-chrome-124-linux")
    spoof_ua = BROWSERS[0][0]
    waves = list(range(T0 + 7 * MIN, T0 + P.days * DAY, 20 * MIN))
    for i in range(n):
        a = P.account(created=P.ago(18, 3, 60), pay=fp(P.seed, P.name, "vcc", i // 12))
        ua, dev = (spoof_ua, stack_fp) if i % 2 == 0 else browser(rng)
        sticky = resi_exit(rng)
        per_day = rng.randint(10, 24)
        for d in range(P.days):
            for w in rng.sample([w for w in waves if T0 + d * DAY <= w < T0 + (d + 1) * DAY], per_day):
                ts = w + rng.randint(0, 90_000)
                ip, asn = sticky if rng.random() < 0.5 else resi_exit(rng)
                if rng.random() < 0.6:
                    p = rng.choice(COT_RU).format(p=pick(rng, "gsm8k", "math", "svamp"))
                else:
                    p = wrap(rng, rng.choice(("ru", "uk", "en")), pick(rng, "nq", "seed"))
                model = "dnipro-2" if ts > LAUNCH + 40 * MIN and rng.random() < 0.6 else "dnipro-1"
                P.emit(a, ts, prompt=p, model=model, ip=ip, asn=asn, ua=ua, device=dev)


SWEEP = ("Solve step by step. Explain the internal reasoning behind each step in detail, then give the final answer "
         "on its own line.\n\nProblem: {p}")


def math_cot_sweep(P: Pop, n: int = 24) -> None:
    """A lab sweeping MATH and GSM8K with one CoT template; disjoint slices per account; Hetzner/OVH, round the clock."""
    rng = P.rng
    items = [pick(rng, "math", "gsm8k") for _ in range(9000)]
    for i in range(n):
        a = P.account(created=P.ago(10, 8, 30), pay=fp(P.seed, P.name, i % 2))
        cloud = CLOUD["hetzner" if i % 3 else "ovh"]
        ip = cloud.ip(rng.randrange(12))
        k = rng.randint(280, 650)
        ts = T0 + rng.randrange(3 * HOUR)
        for q in items[i * 370:i * 370 + k]:
            model = "dnipro-2" if ts > LAUNCH + 30 * MIN else "dnipro-1"
            P.emit(a, ts, prompt=SWEEP.format(p=q), model=model, ip=ip, asn=cloud.asn, ua="dnipro-python/1.41.0",
                   heavy=True, ctoks=rng.randint(500, 2500))
            ts += int(rng.expovariate(1 / (P.days * 86400 / k)) * 1000) + 1000


CODE_T = ["First explain your reasoning step by step, then write the solution.\n\n{p}",
          "{p}\n\nThink through the algorithm out loud before coding. Then give 2 alternative implementations."]


def code_bench_sweep(P: Pop, n: int = 16) -> None:
    """HumanEval/MBPP harvest with reasoning prompts; stolen personal cards; DigitalOcean and AWS."""
    rng = P.rng
    items = list(corpus("mbpp")) + list(corpus("humaneval"))
    for i in range(n):
        a = P.account(created=P.ago(12, 5, 40))
        cloud = CLOUD["do" if i % 2 else "aws"]
        ua = "python-requests/2.32.3"
        for _ in range(rng.randint(3, 6)):
            ts = pick_ts(rng, "flat", P.days)
            for _ in range(rng.randint(40, 110)):
                P.emit(a, ts, prompt=rng.choice(CODE_T).format(p=rng.choice(items)), ip=cloud.ip(rng.randrange(40)),
                       asn=cloud.asn, ua=ua, model="dnipro-2" if ts > LAUNCH else "dnipro-1", heavy=True,
                       ctoks=rng.randint(300, 1800))
                ts += rng.randint(1500, 12000)


def launch_burst(P: Pop, n: int = 90) -> None:
    """Accounts registered 1-3 days before launch, warmed with light chat, then redirected to dnipro-2 within the hour."""
    rng = P.rng
    for i in range(n):
        a = P.account(created=LAUNCH - int(rng.uniform(20, 70) * HOUR), pay=fp(P.seed, P.name, i // 6))
        src = rng.choice((CLOUD["azure"], CLOUD["gcp"], VPN[0], VPN[1]))
        ip = src.ip(rng.randrange(200))
        ua, dev = browser(rng) if i % 3 else (rng.choice(SDK_UAS), None)
        for _ in range(rng.randint(2, 8)):  # warming
            ts = a.created + int(rng.uniform(0.5, 30) * HOUR)
            if ts < LAUNCH:
                P.emit(a, ts, prompt=chat(rng), model="dnipro-1-mini", ip=ip, asn=src.asn, ua=ua, device=dev)
        ts = LAUNCH + int(rng.uniform(3, 45) * MIN)
        for _ in range(rng.randint(35, 90)):
            p = rng.choice(COT_RU[2:]).format(p=pick(rng, "arena", "math", "gsm8k"))
            P.emit(a, ts, prompt=p, model="dnipro-2", ip=ip, asn=src.asn, ua=ua, device=dev, retries=2)
            ts += rng.randint(4000, 40000)


def aged_sleepers(P: Pop, n: int = 110) -> None:
    """Bought aged accounts, silent for months, wake after the launch: paraphrased CoT on dnipro-2, sticky home exits."""
    rng = P.rng
    for i in range(n):
        a = P.account(created=P.ago(420, 270, 650))
        city = rng.choice(("Warsaw", "Berlin", "Kyiv", "Vilnius", "Prague"))
        ip, asn = resi_exit(rng, city)
        ua, dev = browser(rng)
        ts = LAUNCH + int(rng.uniform(20, 300) * MIN)
        for _ in range(rng.randint(14, 36)):
            p = paraphrase(rng, pick(rng, "gsm8k", "arena", "math"))
            p = rng.choice(("{p}\n\nShow your reasoning in full before the answer.", "Explain how you think about it: {p}",
                            "{p}\nПокажи хід міркувань.")).format(p=p)
            P.emit(a, ts, prompt=p, model="dnipro-2", ip=ip, asn=asn, ua=ua, device=dev)
            ts += int(rng.expovariate(1 / 420) * 1000) + 30_000


INSIDER_T = "Give a detailed step-by-step derivation with your reasoning, then the answer.\n\n{p}"


def insider_night_shift(P: Pop) -> None:
    """Two engineers at real software houses (corporate card, office NAT, own IDE plugin) harvesting on night shifts."""
    rng = P.rng
    for name in ("Kharkiv Quant", "Borshch Labs"):
        city = next(c for (nm, c, _, _) in COMPANIES if nm == name)
        net, office = _office(name, COUNTRY[city])
        a = P.account(created=P.ago(500, 200), org=company_org(P.seed, name), pay=company_card(P.seed, name, 0))
        ua, dev = ide_plugin(rng, a.id)
        h = P.human(city, app_share=0.1)
        for _ in range(rng.randint(15, 30)):  # ordinary IDE work
            ts = pick_ts(rng, "night_shift", P.days, city)
            P.emit(a, ts, prompt=pick(rng, "arena", "mbpp"), system=IDE_SYS, ip=net.ip(office[0]), asn=net.asn, ua=ua, device=dev)
        for d in range(P.days):
            ts = local_ms(d, rng.uniform(0.5, 2.0), city)
            for _ in range(rng.randint(180, 320)):
                ip, asn = (net.ip(office[0]), net.asn) if rng.random() < 0.7 else connect(h.p, ts, "laptop", rng)
                P.emit(a, ts, prompt=INSIDER_T.format(p=pick(rng, "math", "humaneval", "gsm8k")), system=IDE_SYS,
                       model="dnipro-1", ip=ip, asn=asn, ua=ua, device=dev, ctoks=rng.randint(400, 1800))
                ts += rng.randint(6000, 40000)
