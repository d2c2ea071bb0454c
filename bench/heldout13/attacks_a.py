"""Distillation campaigns, part A: sepa-batch, ci-cron, phone-farm, freetier-swarm."""
from __future__ import annotations

import random

from corpus import Corpus, native
from emit import Emitter, lognorm, poisson, session_times
from world import (AS_AZURE, AS_HETZNER, AS_OVH, DAY, HISPANIC, HOUR, MIN, NEW_MODEL, REGIONS, SEC, START_MS,
                   Net, World)

SEPA_WRAPPERS = [
    "Solve the problem below. Reason through it step by step, showing all intermediate work, then state the final "
    "answer on its own line.\n\nProblem: {p}",
    "Please write out your complete chain of reasoning before answering.\n\n{p}\n\nFinal answer format: \\boxed{{}}",
    "{p}\n\nWork through this carefully and explain every step of your reasoning in detail.",
]


def _shards(c: Corpus, kinds: tuple[str, ...], r: random.Random) -> list[str]:
    pool = [p for k in kinds for p in c.t[k]]
    r.shuffle(pool)
    return pool


def sepa_batch(w: World, em: Emitter, c: Corpus) -> None:
    """A harvesting shop paying with SEPA mandates on money-mule IBANs (4-6 accounts
    per mandate), submitting batch jobs of maths with fixed reasoning wrappers from
    six rented Hetzner/OVH servers; moves to kestrel-5 within the hour of release."""
    r = random.Random("h13-sepa-%d" % w.seed)
    servers = [w.ip(r.choice((AS_HETZNER, AS_OVH)), r) for _ in range(6)]
    pool = _shards(c, ("math", "gsm8k"), r)
    mandate, left = None, 0
    for i in range(w.n(70)):
        if left == 0:
            mandate, left = w.hexid("sepa:"), r.randint(4, 6)
        left -= 1
        a = w.account("sepa_batch", "attack", "sepa-batch", r.choice(("DE", "AT", "NL", "LT")),
                      START_MS - int(r.uniform(0.5, 6) * DAY), Net("fixed", [servers[i % 6]]),
                      payment=mandate, keys=[w.hexid("key_", 6)], ua="kestrel-python/2.3.1")
        wrap = SEPA_WRAPPERS[i % 3]
        switch = w.release + int(r.uniform(15, 70) * MIN)
        t = START_MS + r.randrange(3 * HOUR)
        while t < w.end:
            model = NEW_MODEL if t >= switch else "kestrel-4-reason"
            n = r.randint(15, 30) * (2 if model == NEW_MODEL else 1)
            for _ in range(n):
                p = pool[r.randrange(len(pool))]
                em.emit(a, t + r.randrange(35 * MIN), r, wrap.replace("{p}", p), model=model, endpoint="/v1/batch",
                        out=(1300, 0.45), max_out=16384)
            t += int(r.uniform(3, 5) * HOUR)


CI_SYSTEM = ("You are a senior software engineer acting as an autonomous coding agent. For each task: restate the "
             "problem, reason step by step about edge cases inside <reasoning></reasoning>, then output the full "
             "corrected implementation and explain why it passes the tests.")


def ci_cron(w: World, em: Emitter, c: Corpus) -> None:
    """Scheduled GitHub Actions workflows in throwaway GitHub organisations: each
    account has its own org and virtual card and is called hourly by cron from
    whatever Azure runner picks the job up (GitHub's cron fires 2-15 min late)."""
    r = random.Random("h13-cicron-%d" % w.seed)
    pool = _shards(c, ("mbpp", "humaneval", "mbpp"), r)
    for i in range(w.n(36)):
        sysp = CI_SYSTEM if r.random() < 0.5 else CI_SYSTEM.replace("senior software engineer", "staff engineer")
        a = w.account("ci_cron", "attack", "ci-cron", r.choice(("DE", "NL", "EE", "LV")),
                      START_MS - int(r.uniform(3, 12) * DAY), Net("rotate", [], (AS_AZURE,)),
                      org_id=w.hexid("org_", 6), payment=w.hexid("card:"), keys=[w.hexid("key_", 6)],
                      ua="kestrel-action/2.1.0 kestrel-node/1.9.0")
        minute = r.choice((0, 0, 17, 30, 45))
        switch = w.release + int(r.uniform(10, 40) * MIN)
        h = START_MS + minute * MIN
        while h < w.end:
            a.session += 1
            t0 = h + int(lognorm(r, 5, 0.5) * MIN)
            for ts in session_times(r, t0, r.randint(5, 10), 9, 0.4):
                p = "Task:\n" + pool[r.randrange(len(pool))] + "\n\nCurrent test run: FAILED (AssertionError)"
                em.emit(a, ts, r, p, system=sysp, model=NEW_MODEL if ts >= switch else "kestrel-4-reason",
                        endpoint="/v1/responses", out=(1100, 0.4), max_out=16384)
            h += HOUR


FARM_WRAPPERS = [
    "Resuelve paso a paso y explica tu razonamiento en cada paso:\n{p}",
    "Necesito la solución completa con todo el razonamiento detallado, por favor.\n\n{p}",
    "{p}\n\nPiensa en voz alta paso por paso antes de dar la respuesta final.",
    "Hola! me ayudas con esto? quiero entender cada paso del razonamiento\n{p}",
    "Explica detalladamente cómo llegar a la respuesta:\n\n{p}",
    "{p}\n(por favor muestra todo el procedimiento y por qué haces cada paso)",
    "Problema: {p}\nRazona paso a paso.",
    "Quiero aprender: {p}\nExplícame el razonamiento completo.",
]


def phone_farm(w: World, em: Emitter, c: Corpus) -> None:
    """A phone farm in Lima: 30 cheap Android phones on carrier SIMs, three app
    accounts per phone (one attestation key per phone, one prepaid card per phone),
    aged for weeks with light chit-chat, then driven by Appium round the clock on
    kestrel-5 from ~30 min after release."""
    r = random.Random("h13-farm-%d" % w.seed)
    pool = _shards(c, ("gsm8k", "math", "svamp", "mbpp"), r)
    nphones = max(1, w.n(90) // 3)
    for _ in range(nphones):
        reg = r.choice(("PE", "PE", "PE", "CO", "EC", "BO"))
        dev, card = w.hexid("att:"), w.hexid("card:")
        exits = w.cgnat(REGIONS[reg][3][0])
        accts = []
        for _ in range(3):
            a = w.account("phone_farm", "attack", "phone-farm", reg, START_MS - int(r.uniform(15, 40) * DAY),
                          Net("pool", [exits[r.randrange(len(exits))] for _ in range(4)]), payment=card,
                          devices=[dev], ua="KestrelApp/5.2.0 (Android 13; SM-A135F)")
            accts.append(a)
            for day in range(-1, w.days + 1):  # ageing traffic
                for _ in range(poisson(r, 3)):
                    ts = START_MS + day * DAY + (r.randrange(12, 27) * HOUR) % DAY + r.randrange(HOUR)
                    if ts < w.release:
                        p = native("es", r) if r.random() < 0.6 else c.pick("nq", r)
                        em.emit(a, ts, r, p, model="kestrel-4", endpoint="/chat/conversation",
                                key=None, out=(150, 0.6))
        t = w.release + int(r.uniform(20, 55) * MIN)
        k = 0
        while t < w.end:
            a = accts[k % 3]
            a.session += 1
            for ts in session_times(r, t, r.randint(6, 14), 75, 0.5):
                em.emit(a, ts, r, r.choice(FARM_WRAPPERS).replace("{p}", pool[r.randrange(len(pool))]),
                        model=NEW_MODEL, endpoint="/chat/conversation", key=None, out=(900, 0.5))
                t = ts
            k += 1
            t += int(lognorm(r, 12, 0.6) * MIN)


SWARM_WRAPPERS = [
    "Résous ce problème étape par étape en expliquant ton raisonnement :\n{p}",
    "Explique en détail chaque étape du raisonnement, puis donne la réponse.\n\n{p}",
    "Resuelve paso a paso, justificando cada paso:\n{p}",
    "{p}\n\nMuestra tu razonamiento completo antes de la respuesta final.",
    "Step-by-step reasoning required. {p}",
    "{p}\nDonne ton raisonnement complet, étape par étape.",
]


def freetier_swarm(w: World, em: Emitter, c: Corpus) -> None:
    """Free accounts signed up in waves after the release through a rotating
    residential proxy network, each used on the web app until its free daily
    quota (30 messages) answers 429, then dropped. Headless browsers mint a new
    software device-bound key per session."""
    r = random.Random("h13-swarm-%d" % w.seed)
    pool = _shards(c, ("gsm8k", "svamp", "math"), r)
    res_asns = tuple(asn for reg in HISPANIC + ("SN", "CI", "CM") for asn in REGIONS[reg][2])
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36"
    n = w.n(300)
    start = w.release + 30 * MIN
    span = max(HOUR, w.end - start - 2 * HOUR)
    waves = [start + int(span * k / 8) for k in range(8)]
    for i in range(n):
        created = waves[i % 8] + r.randrange(50 * MIN)
        a = w.account("freetier_swarm", "attack", "freetier-swarm", r.choice(("MX", "CO", "PE", "SN", "CI")),
                      created, Net("rotate", [], res_asns), payment=None, devices=[None], ua=ua)
        t = created + r.randrange(2, 15) * MIN
        sent = 0
        while sent < 30 and t < w.end:
            a.session += 1
            dev = w.hexid("dbsc:")
            for ts in session_times(r, t, r.randint(4, 10), 50, 0.5):
                sent += 1
                st = 429 if sent > 30 else None
                em.emit(a, ts, r, r.choice(SWARM_WRAPPERS).replace("{p}", pool[r.randrange(len(pool))]),
                        model=NEW_MODEL, endpoint="/chat/conversation", key=None, device=dev, status=st,
                        out=(850, 0.5))
                t = ts
            t += int(lognorm(r, 20, 0.7) * MIN)
        for _ in range(r.randint(0, 3)):  # a few more attempts that hit the quota
            t += int(lognorm(r, 40, 0.5) * SEC)
            em.emit(a, t, r, r.choice(SWARM_WRAPPERS).replace("{p}", pool[r.randrange(len(pool))]),
                    model=NEW_MODEL, endpoint="/chat/conversation", key=None, device=w.hexid("dbsc:"), status=429)
