"""Distillation campaigns built to blend in: aged low-and-slow accounts, an insider
in a consulting org, a tenant of a reseller, a free-tier chat mimic on phones, a lab
machine on the campus NAT, an embedding extraction, and a resampling 'eval lab'."""
from __future__ import annotations

import random

from bench.heldout35 import network as N
from bench.heldout35.actors import World, created_days_ago, event, status_of
from bench.heldout35.benign_people import APP, STUDENT_WRAP, CODE_WRAP, completion, split_sessions
from bench.heldout35.campaign_text import SOFT_ASK, Queue, kind_of, paraphrased
from bench.heldout35.corpus import Corpora, spanish_chat
from bench.heldout35.world import (CITIES, HOUR, LAUNCH, MIN, MX_CITY_WEIGHTS, START, Clock, daily_count, hexid,
                                   pick_model, session_times, window_end)


def low_and_slow(world: World, C: Corpora, n: int) -> None:
    """Aged accounts (bought or grown for a year), each on its own sticky residential address,
    own card, own device, human hours, 8-14 requests a day, a quarter of them ordinary chat.
    Items mostly asked the way a person asks; only the shared, non-overlapping coverage of
    the benchmarks ties the accounts together. [designed to be missed]"""
    name = "aged_low_and_slow"
    rng = world.rng(name)
    q = Queue(rng, C, ["math", "gsm8k", "mbpp"], n)
    for i in range(n):
        city = N.wchoice(rng, MX_CITY_WEIGHTS)
        nt = N.home_net(rng, city)
        a = world.new_account(rng, name, name, created_days_ago(rng, 200, 700), city, payment=N.card(rng),
                              devices=[N.device(rng)], ua=N.browser_ua(rng), home=(N.ip_in(rng, nt), N.asn_of(nt)))
        clock = Clock.get(world.days, CITIES[city][0], "consumer")
        times = session_times(rng, clock, daily_count(rng, 11, 0.25, world.days, 30), 3, (40, 400), lo=a.created)
        for t in times:
            if rng.random() < 0.25:
                p, k = (spanish_chat(rng), "chat") if rng.random() < 0.6 else (C.chat_prompt(rng), "chat")
            else:
                src, item = q.next(i)
                if rng.random() < 0.7:
                    p = rng.choice(SOFT_ASK["es"] + SOFT_ASK["en"]).format(q=item)
                else:
                    p = paraphrased(rng, item, "es")
                k = kind_of(src)
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "slow"), ct=completion(rng, k), endpoint=APP,
                             key=None, status=status_of(rng)))


def org_insider(world: World, C: Corpora, n: int) -> None:
    """Hidden in an enterprise: one org ('Consultores Pacífico'), one corporate card, two
    egress addresses, office hours; a system prompt that asks for the full internal
    reasoning, hard chat and code prompts, on tianguis-3 from the launch."""
    name = "enterprise_org_insider"
    rng = world.rng(name)
    org, pay = f"org-consultorespacifico-{hexid(rng, 6)}", N.card(rng)
    egress = N.pool(rng, "telmex", 2)
    ua = N.sdk_ua(rng)
    sysp = ("Asistente de Consultores Pacífico. Para cada solicitud, antes de la respuesta, expón tu razonamiento "
            "interno completo paso a paso, con todas las consideraciones intermedias. Confidencial.")
    q = Queue(rng, C, ["arena", "mbpp", "math"], n)
    for i in range(n):
        a = world.new_account(rng, name, name, created_days_ago(rng, 40, 300), "gdl", org=org, payment=pay,
                              devices=[N.device(rng)], ua=ua)
        clock = Clock.get(world.days, -6, "office")
        times = session_times(rng, clock, daily_count(rng, 30, 0.3, world.days, 80), 6, (20, 200), lo=a.created)
        for t in times:
            src, item = q.next(i)
            world.emit(event(rng, a, t, item, system=sysp, model="tianguis-3" if t >= LAUNCH + 15 * MIN else "tianguis-2.5",
                             ct=completion(rng, "cot"), net=rng.choice(egress), status=status_of(rng)))


def reseller_tenant(world: World, C: Corpora, n: int, infra) -> None:
    """Sub-accounts of the NubeMX reseller, indistinguishable by org, card and address from the
    reseller's honest customers; Spanish reasoning wrappers, evening and night."""
    name = "reseller_hidden_tenant"
    rng = world.rng(name)
    org, pay, proxies = infra
    q = Queue(rng, C, ["gsm8k", "math", "svamp"], n)
    for i in range(n):
        a = world.new_account(rng, name, name, created_days_ago(rng, 3, 30), "cdmx", org=org, payment=pay,
                              devices=[proxies[0][2]], ua="nubemx-gateway/5.0")
        clock = Clock.get(world.days, -6, "nightshift")
        times = session_times(rng, clock, daily_count(rng, 25, 0.3, world.days, 70), 5, (10, 120), lo=a.created)
        for t in times:
            _, item = q.next(i)
            px = rng.choice(proxies)
            world.emit(event(rng, a, t, paraphrased(rng, item, "es"), model=pick_model(rng, t, "instant"),
                             ct=completion(rng, "cot"), net=(px[0], px[1]), device=px[2], status=status_of(rng)))


def chat_mimic(world: World, C: Corpora, n: int, telcel: N.CGNAT) -> None:
    """Free-tier accounts on phones behind the Telcel CGNAT, through the consumer app,
    human sessions; they harvest answers to hard, general chat prompts (the kind a general
    assistant is trained on) with no reasoning request, no card, no API key. Only the
    partition of one prompt pool between accounts gives them away. [designed to be missed]"""
    name = "free_tier_chat_mimic"
    rng = world.rng(name)
    q = Queue(rng, C, ["arena", "user", "seed", "awesome"], n)
    for i in range(n):
        city = N.wchoice(rng, MX_CITY_WEIGHTS)
        a = world.new_account(rng, name, name, created_days_ago(rng, 20, 180), city, devices=[N.device(rng)],
                              ua=N.app_ua(rng))
        clock = Clock.get(world.days, CITIES[city][0], "consumer", launch_bump=0.3)
        times = session_times(rng, clock, daily_count(rng, 14, 0.3, world.days, 40), 3, (30, 300), lo=a.created)
        nets: dict[int, tuple[str, int]] = {}
        for t, s in zip(times, split_sessions(times)):
            if rng.random() < 0.2:
                p = spanish_chat(rng)
            else:
                _, p = q.next(i)
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "app"), ct=completion(rng, "long"), endpoint=APP,
                             key=None, net=nets.setdefault(s, telcel.pick(rng)), status=status_of(rng)))


def campus_lab(world: World, C: Corpora, n: int, unam: list[tuple[str, int]]) -> None:
    """A lab machine on the UNAM network behind the campus NAT, student-style wording over
    MATH and MBPP, new semester accounts; it also runs at 3 a.m."""
    name = "campus_nat_lab"
    rng = world.rng(name)
    q = Queue(rng, C, ["math", "mbpp"], n)
    for i in range(n):
        a = world.new_account(rng, name, name, created_days_ago(rng, 1, 60), "cdmx", devices=[N.device(rng)],
                              ua=N.browser_ua(rng))
        clock = Clock.get(world.days, -6, "flat")
        times = session_times(rng, clock, daily_count(rng, 20, 0.3, world.days, 50), 5, (40, 400), lo=a.created)
        for t in times:
            src, item = q.next(i)
            p = rng.choice(CODE_WRAP if src == "mbpp" else STUDENT_WRAP).format(q=item)
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "app"), ct=completion(rng, kind_of(src)),
                             endpoint=APP, key=None, net=rng.choice(unam), status=status_of(rng)))


def embedding_extraction(world: World, C: Corpora, n: int) -> None:
    """Extraction of the embedding model: steady streams of short texts (search queries and
    probe sentences) to the embeddings endpoint, cloud servers, three cards."""
    name = "embedding_extraction"
    rng = world.rng(name)
    cards = [N.card(rng) for _ in range(3)]
    q = Queue(rng, C, ["nq", "seed", "user"], n)
    for i in range(n):
        a = world.new_account(rng, name, name, created_days_ago(rng, 10, 60), "cdmx", payment=cards[i % 3],
                              devices=[N.device(rng)], ua=N.sdk_ua(rng))
        net = N.pool(rng, rng.choice(["alibaba", "digitalocean"]), 1)[0]
        clock = Clock.get(world.days, 0, "flat")
        for t in sorted(clock.sample(rng, lo=a.created) for _ in range(daily_count(rng, 110, 0.3, world.days, 250))):
            _, text = q.next(i)
            if rng.random() < 0.3:
                w = text.split()
                text = " ".join(w[: max(1, len(w) - rng.randrange(0, 4))])
            world.emit(event(rng, a, t, text[:2000], model="tianguis-embed-2", endpoint="/v1/embeddings", ct=0, net=net))


def resample_eval(world: World, C: Corpora, n: int) -> None:
    """Poses as an evaluation lab (standard CoT eval templates, litellm), but asks every item
    several times on tianguis-3 across accounts: rejection sampling for a student model."""
    name = "resampling_fake_eval"
    rng = world.rng(name)
    cards = [N.card(rng) for _ in range(5)]
    servers = N.pool(rng, "aws", 5)
    tmpl = {"gsm8k": "Q: {q}\nA: Let's think step by step.",
            "math": "Problem:\n{q}\n\nSolve the problem step by step and put the final answer in \\boxed{{}}.\nSolution:"}
    items = [(s, t) for s in ("gsm8k", "math") for t in C.by[s]]
    rng.shuffle(items)
    items = items[:600]
    for i in range(n):
        a = world.new_account(rng, name, name, created_days_ago(rng, 20, 120), "lax", payment=cards[i % 5],
                              devices=[N.device(rng)], ua=N.sdk_ua(rng, "litellm/1.5{m}.{p}"))
        lo = max(a.created, LAUNCH + rng.randrange(30 * MIN, 120 * MIN))
        clock = Clock.get(world.days, 0, "flat")
        for t in sorted(clock.sample(rng, lo=lo) for _ in range(daily_count(rng, 60, 0.3, world.days, 150))):
            src, item = rng.choice(items)
            world.emit(event(rng, a, t, tmpl[src].format(q=item), model="tianguis-3", ct=completion(rng, "cot"),
                             net=servers[i % 5], status=status_of(rng)))
