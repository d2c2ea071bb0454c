"""Distillation campaigns built around task corpora: template-wrapped benchmarks, rationale
extraction, a release-day rush, a campaign inside Advent of Code traffic, a synchronised
cron swarm, a fake CI eval org, and a fake game studio."""

from __future__ import annotations

from .clients import EDITORS, REASONER, Client, chat_model, client
from .clock import DAY, HOUR, MIN, RELEASE, aoc_unlocks, utc_ms
from .harvest import (AOC_SHADOW, BROAD, EVAL_COT, EXPERT, FULL_REASONING, RATIONALE, SAGE_SYSTEM, SAGE_USER,
                      fake_answer, wrap)
from .phrasing_aoc import dev_prompt
from .randutil import chance, geometric, lognorm, pick
from .sessions import convo, machine_run
from .world import World

NORDIC = ["FI", "FI", "SE", "SE", "NO", "DK", "EE", "LV", "LT", "PL"]


def template_bench(w: World, n: int = 60) -> None:
    """Blatant: sign-ups in one afternoon, three cards, one rented datacentre block, a fixed
    'expert problem solver' wrapper (six paraphrases) around GSM8K/MATH/SVAMP, round the clock."""
    c = "template_bench"
    rng = w.rng(c)
    block = w.net.block(rng, "Hetzner Falkenstein", 40) + w.net.block(rng, "OVH", 20)
    cards = [w.new_card(rng) for _ in range(3)]
    day = utc_ms(2026, 11, 26, 13)
    for i in range(n):
        a = w.account(rng, c, c, cc=pick(rng, NORDIC), created=day + rng.randrange(2 * HOUR), card=cards[i % 3], tier="t1")
        addr = block[i % len(block)]
        cli = Client(pick(rng, ["httpx", "openai-py"]))
        for s in w.win.sessions(rng, 2, "flat", lognorm(rng, 4.2, .2)):
            items = [(wrap(rng, EXPERT, w.corp.task(rng)), "cot") for _ in range(rng.randrange(8, 20))]
            machine_run(w, a, rng, s, items, addr=addr, cli=cli, model=chat_model(rng, s, RELEASE, .5), pause_ms=(2000, 8000))


def cot_extract(w: World, n: int = 40) -> None:
    """Rationale extraction against the new reasoning model: question + 'completed response',
    asking to articulate the internal reasoning step by step. Unlinked cards, one EIP each."""
    c = "cot_extract"
    rng = w.rng(c)
    for _ in range(n):
        a = w.account(rng, c, c, cc=pick(rng, NORDIC), created=utc_ms(2026, 9, 1) + rng.randrange(60 * DAY),
                      card=w.new_card(rng), tier="t1")
        addr = w.net.host(rng, pick(rng, ["AWS eu-north-1", "AWS eu-north-1", "Microsoft Azure"]))
        cli = Client(pick(rng, ["openai-py", "openai-py", "httpx"]))
        for s in w.win.sessions(rng, 1, "office", lognorm(rng, 6, .3)):
            def prompt(k):
                q = w.corp.task(rng, ("math", "gsm8k"))
                return wrap(rng, RATIONALE, q, a=fake_answer(rng)), "cot"
            convo(w, a, rng, s, geometric(rng, 8), prompt, addr=addr, cli=cli,
                  model=lambda t: REASONER if t > RELEASE and chance(rng, .9) else "aurora-2", gap_s=(15, .5), multi=False)


def release_rush(w: World, n: int = 120) -> None:
    """Fresh accounts opened on launch morning, on mobile proxies in Poland and Lithuania, hammer
    aurora-r1 with hard problems and 'show your complete reasoning' for a few hours."""
    c = "release_rush"
    rng = w.rng(c)
    cards = [w.new_card(rng) for _ in range(45)]
    hard = [q for q in w.corp["math"] if len(q) > 250] + [q for q in w.corp.arena if len(q) < 1500]
    cli = Client(pick(rng, ["openai-js", "node-fetch"]))
    for _ in range(n):
        cc = pick(rng, ["PL", "PL", "LT", "LT", "LV"])
        a = w.account(rng, c, c, cc=cc, created=RELEASE - 2 * HOUR + rng.randrange(150 * MIN), card=pick(rng, cards), tier="t1")
        a.created = min(a.created, RELEASE + 20 * MIN)
        phone = w.net.phone(rng, cc)
        if a.created < RELEASE - 5 * MIN and chance(rng, .3):          # polling for the model before launch: 404s
            p = a.created + rng.randrange(MIN, 4 * MIN)
            while p < RELEASE:
                p += w.send(a, p, wrap(rng, FULL_REASONING, pick(rng, hard)), kind="reason", addr=phone.addr(rng), cli=cli,
                            model=REASONER, rng=rng) + rng.randrange(2 * MIN, 9 * MIN)
        t = max(a.created + 2 * MIN, RELEASE + int(lognorm(rng, 8 * MIN, .5)))
        budget = rng.randrange(40, 80)
        while budget > 0 and t < RELEASE + 7 * HOUR:
            k = min(budget, geometric(rng, 8))
            addr = phone.addr(rng)
            t = convo(w, a, rng, t, k, lambda i: (wrap(rng, FULL_REASONING, pick(rng, hard)), "reason"), addr=addr, cli=cli,
                      model=REASONER, gap_s=(8, .5), multi=False)
            budget -= k
            t += int(lognorm(rng, 6 * MIN, .6))
        if chance(rng, .2):
            for s in w.win.sessions(rng, a.tz, "ops", 4, not_before=RELEASE + DAY - 10 * HOUR):
                convo(w, a, rng, s, geometric(rng, 4), lambda i: (wrap(rng, FULL_REASONING, pick(rng, hard)), "reason"),
                      addr=phone.addr(rng), cli=cli, model=REASONER, gap_s=(10, .5), multi=False)


def aoc_shadow(w: World, n: int = 50) -> None:
    """Aged developer accounts that show up at the puzzle unlock like everyone, then walk MBPP
    and HumanEval in order with 'explain step by step, then code', from editor plugins."""
    c = "aoc_shadow"
    rng = w.rng(c)
    tasks = w.corp["mbpp"] + w.corp["humaneval"]
    shop = w.places.company(rng, "FI", big=True)
    for i in range(n):
        cc = pick(rng, ["FI", "FI", "SE", "EE"])
        a = w.account(rng, c, c, cc=cc, created=w.old_created(rng, lo=(2024, 1, 1), hi=(2025, 10, 1)),
                      card=w.new_card(rng) if chance(rng, .5) else None, tier="t1")
        addr = w.net.host(rng, "GCP europe-north1") if chance(rng, .4) else shop.addr(rng)
        cli = client(rng, EDITORS[:6])
        cursor = [i * (len(tasks) // n)]
        for d, unlock in enumerate(aoc_unlocks(w.win.days)):
            t = unlock + int(lognorm(rng, 4 * MIN, .7))
            t = convo(w, a, rng, t, geometric(rng, 2), lambda k, d=d: (dev_prompt(rng, d, 1 + (k > 0)), "code"), addr=addr, cli=cli,
                      model=lambda x: chat_model(rng, x, RELEASE, .3), gap_s=(90, .6))
        for s in w.win.sessions(rng, a.tz, "dev", lognorm(rng, 7, .3)):
            def prompt(k):
                q = tasks[cursor[0] % len(tasks)]
                cursor[0] += 1
                return wrap(rng, AOC_SHADOW, q), "code"
            convo(w, a, rng, s, geometric(rng, 4), prompt, addr=addr, cli=cli, model=lambda x: chat_model(rng, x, RELEASE, .4),
                  gap_s=(70, .6), multi=False)


def sync_cron(w: World, n: int = 45) -> None:
    """Unlinked accounts (own cards, own cloud IPs, months apart) that fire on the same 20-minute
    cron boundary within seconds: broad general-knowledge harvest, not a narrow topic."""
    c = "sync_cron"
    rng = w.rng(c)
    accts = []
    for _ in range(n):
        a = w.account(rng, c, c, cc=pick(rng, NORDIC), created=utc_ms(2026, 9, 1) + rng.randrange(80 * DAY),
                      card=w.new_card(rng), tier="t1")
        accts.append((a, w.net.host(rng, "GCP europe-north1"), Client(pick(rng, ["requests", "requests", "httpx"]))))
    t = w.win.start - w.win.start % (20 * MIN)
    while t < w.win.end:
        for a, addr, cli in accts:
            if chance(rng, .9):
                ts = t + rng.randrange(0, 2500)
                if ts < w.win.start:
                    continue
                q = w.corp.any(rng, "nq") if chance(rng, .7) else w.corp.any(rng, "instruct")
                w.send(a, ts, wrap(rng, BROAD, q), kind="chat", addr=addr, cli=cli, model="aurora-2", rng=rng)
        t += 20 * MIN


def ci_masquerade(w: World, n: int = 6) -> None:
    """A 'startup' org whose service accounts look like a CI eval pipeline (same harness, same
    template as real eval suites) but walk GSM8K train in order and never repeat an item."""
    c = "ci_masquerade"
    rng = w.rng(c)
    org, card = w.new_org(rng), w.new_card(rng)
    runners = [w.net.host(rng, "AWS eu-north-1") for _ in range(2)]
    cli = Client("lm-eval")
    gsm = w.corp["gsm8k"][:7473]
    for i in range(n):
        a = w.account(rng, c, c, cc="EE", created=utc_ms(2026, 10, 14) + rng.randrange(3 * DAY), org=org, card=card, tier="t3")
        cursor = i * (len(gsm) // n)
        for s in w.win.sessions(rng, 2, "flat", lognorm(rng, 4.5, .2)):
            size = rng.randrange(80, 140)
            items = [(EVAL_COT.format(q=gsm[(cursor + j) % len(gsm)]), "cot") for j in range(size)]
            cursor += size
            addr = pick(rng, runners) if chance(rng, .6) else w.net.host(rng, "Microsoft Azure")
            machine_run(w, a, rng, s, items, addr=addr, cli=cli, model=REASONER if s > RELEASE else "aurora-2", concurrency=8)


def npc_front(w: World, n: int = 15) -> None:
    """A 'game studio' with one system prompt, like the real studios, whose NPC 'player questions'
    are harvested maths and hard prompts with full step-by-step reasoning requested."""
    c = "npc_front"
    rng = w.rng(c)
    org, cards = w.new_org(rng), [w.new_card(rng) for _ in range(2)]
    hosts = [w.net.host(rng, "Hetzner Helsinki") for _ in range(3)]
    for i in range(n):
        a = w.account(rng, c, c, cc="FI", created=utc_ms(2026, 10, 2) + rng.randrange(40 * DAY), org=org, card=cards[i % 2], tier="t2")
        cli = Client(pick(rng, ["httpx", "go"]))
        for s in w.win.sessions(rng, a.tz, "ops", 2.2):
            items = []
            for _ in range(rng.randrange(40, 90)):
                q = w.corp.task(rng, ("math", "gsm8k")) if chance(rng, .75) else w.corp.any(rng, "arena")
                items.append((wrap(rng, SAGE_USER, q), "reason"))
            machine_run(w, a, rng, s, items, addr=pick(rng, hosts), cli=cli, model=chat_model(rng, s, RELEASE, .5),
                        concurrency=3, system=SAGE_SYSTEM)
