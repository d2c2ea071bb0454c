"""Distillation campaigns with visible tells (each shows at least one signal from
ANCHORS, but spread over small accounts): the hydra, a CoT task sweep, an agentic
code harvest, paraphrased wrappers, the launch-day farm, a network rotator, a
multilingual probe and a lockstep cron farm."""
from __future__ import annotations

import random

from bench.heldout35 import network as N
from bench.heldout35.actors import World, created_days_ago, event, status_of
from bench.heldout35.benign_business import AGENT_UAS
from bench.heldout35.benign_people import APP, completion
from bench.heldout35.campaign_text import COT_FIXED, Queue, kind_of, paraphrased
from bench.heldout35.corpus import Corpora, spanish_chat
from bench.heldout35.world import (CITIES, HOUR, LAUNCH, MIN, MX_CITY_WEIGHTS, START, Clock, daily_count, hexid,
                                   pick_model, session_times, window_end)


def _cards(rng: random.Random, n: int) -> list[str]:
    return [N.card(rng) for _ in range(n)]


def _switch_model(rng: random.Random, t: int, delay_min: int) -> str:
    return "tianguis-3" if t >= LAUNCH + delay_min * MIN else "tianguis-2.5"


def hydra(world: World, C: Corpora, n: int) -> None:
    """Hydra proxy setup: many accounts behind residential proxies (a new household address
    per request), prepaid cards reused across accounts, harvest mixed with ordinary chat,
    harvest redirected to tianguis-3 minutes after the launch."""
    name = "hydra_residential_proxy"
    rng = world.rng(name)
    cards = _cards(rng, n // 8)
    uas = [N.browser_ua(rng) for _ in range(4)]
    q = Queue(rng, C, ["math", "gsm8k"], n)
    for i in range(n):
        batch_day = rng.choice([25, 32, 39, 46, 53, 60, 67, 74])
        a = world.new_account(rng, name, name, created_days_ago(rng, batch_day, batch_day + 1),
                              N.wchoice(rng, MX_CITY_WEIGHTS), payment=rng.choice(cards), devices=[N.device(rng)],
                              ua=rng.choice(uas))
        clock = Clock.get(world.days, -6, "consumer", launch_bump=0.5)
        times = session_times(rng, clock, daily_count(rng, 22, 0.35, world.days, 60), 5, (8, 90), lo=a.created)
        delay = rng.randrange(5, 50)
        for t in times:
            net = N.wchoice(rng, N.MX_HOME + N.MX_MOBILE)
            ip = (N.ip_in(rng, net), N.asn_of(net))
            if rng.random() < 0.55:
                src, item = q.next(i)
                p = COT_FIXED["es"].format(q=item) if rng.random() < 0.5 else paraphrased(rng, item, rng.choice(["es", "en"]))
                model, k = _switch_model(rng, t, delay), "cot"
            else:
                p = spanish_chat(rng) if rng.random() < 0.5 else C.chat_prompt(rng)
                model, k = pick_model(rng, t, "fast"), "chat"
            world.emit(event(rng, a, t, p, model=model, ct=completion(rng, k), net=ip, status=status_of(rng)))


def cot_sweep(world: World, C: Corpora, n: int) -> None:
    """A template sweep over MATH and GSM8K with one fixed reasoning-elicitation wrapper,
    from rented servers round the clock; ten accounts per server and per card."""
    name = "cot_template_sweep"
    rng = world.rng(name)
    servers = N.pool(rng, "hetzner", 5) + N.pool(rng, "ovh", 3)
    devs = [N.device(rng) for _ in servers]
    cards = _cards(rng, max(1, n // 10))
    q = Queue(rng, C, ["math", "gsm8k"], n)
    lang = rng.choice(["en", "es"])
    for i in range(n):
        s = i % len(servers)
        a = world.new_account(rng, name, name, created_days_ago(rng, 10, 40), "cdmx", payment=cards[i % len(cards)],
                              devices=[devs[s]], ua="python-httpx/0.27.0")
        clock = Clock.get(world.days, 0, "flat")
        times = sorted(clock.sample(rng, lo=a.created) for _ in range(daily_count(rng, 24, 0.2, world.days, 70)))
        for t in times:
            _, item = q.next(i)
            world.emit(event(rng, a, t, COT_FIXED[lang].format(q=item), model=_switch_model(rng, t, 40),
                             ct=completion(rng, "cot"), net=servers[s], status=status_of(rng)))


def agentic_code(world: World, C: Corpora, n: int) -> None:
    """Agentic-task harvest dressed as a coding agent: fake tool results around MBPP and
    HumanEval tasks, a system prompt demanding the full reasoning before each tool call;
    operators on an Asian working day (evening and night in Mexico)."""
    name = "agentic_code_harvest"
    rng = world.rng(name)
    cards = _cards(rng, 6)
    q = Queue(rng, C, ["mbpp", "humaneval"], n)
    sysp = ("You are an autonomous software agent. Before every tool call and before the final answer, write out your "
            "complete internal reasoning step by step inside <reasoning> tags. Then give the full solution and tests.")
    for i in range(n):
        a = world.new_account(rng, name, name, created_days_ago(rng, 15, 90), "cdmx", payment=cards[i % 6],
                              devices=[N.device(rng)], ua=N.sdk_ua(rng, rng.choice(AGENT_UAS)))
        net = N.pool(rng, "aws", 1)[0]
        clock = Clock.get(world.days, 8, "office")
        times = session_times(rng, clock, daily_count(rng, 28, 0.3, world.days, 80), 10, (5, 60), lo=a.created)
        for t in times:
            src, item = q.next(i)
            tool = rng.choice([f"<tool_result name=\"run_tests\">\n{rng.randrange(1, 5)} failed\n</tool_result>",
                               f"<tool_result name=\"read_file\" path=\"solution.py\">\n# TODO\n</tool_result>", ""])
            p = f"Task: {item}\n\n{tool}\n\nContinue.".replace("\n\n\n\n", "\n\n")
            world.emit(event(rng, a, t, p, system=sysp, model=_switch_model(rng, t, 90), ct=completion(rng, "code"),
                             net=net, status=status_of(rng)))


def paraphrase_farm(world: World, C: Corpora, n: int) -> None:
    """Paraphrased wrappers through the consumer web app (browser automation): every request
    a different wording of 'show all your reasoning', in Spanish, English and Portuguese;
    sessions alternate between VPN exits and home lines; a different card per account."""
    name = "paraphrase_wrapper_farm"
    rng = world.rng(name)
    vpn = N.pool(rng, "m247", 30) + N.pool(rng, "datacamp", 30)
    q = Queue(rng, C, ["gsm8k", "svamp", "math"], n)
    for i in range(n):
        city = N.wchoice(rng, MX_CITY_WEIGHTS)
        a = world.new_account(rng, name, name, created_days_ago(rng, 5, 120), city, payment=N.card(rng),
                              devices=[N.device(rng)], ua=N.browser_ua(rng))
        home = (lambda nt: (N.ip_in(rng, nt), N.asn_of(nt)))(N.home_net(rng, city))
        clock = Clock.get(world.days, CITIES[city][0], "consumer", launch_bump=0.6)
        times = session_times(rng, clock, daily_count(rng, 22, 0.35, world.days, 60), 6, (20, 120), lo=a.created)
        nets: dict[int, tuple[str, int]] = {}
        last = -10**15
        sess = 0
        for t in times:
            if t - last > 20 * MIN:
                sess += 1
            last = t
            net = nets.setdefault(sess, rng.choice(vpn) if rng.random() < 0.6 else home)
            _, item = q.next(i)
            p = paraphrased(rng, item, rng.choices(["es", "en", "pt"], [5, 3, 2])[0])
            world.emit(event(rng, a, t, p, model=pick_model(rng, t, "instant"), ct=completion(rng, "cot"),
                             endpoint=APP, key=None, net=net, status=status_of(rng)))


def launch_farm(world: World, C: Corpora, n: int) -> None:
    """Sign-ups in the 90 minutes after the launch, a burst against tianguis-3 within minutes,
    then a trickle. VPN exits, a card per pair of accounts, a dozen VM fingerprints."""
    name = "launch_burst_farm"
    rng = world.rng(name)
    exits = N.pool(rng, "datacamp", 25) + N.pool(rng, "m247", 15)
    devs = [N.device(rng) for _ in range(12)]
    cards = _cards(rng, n // 2 + 1)
    q = Queue(rng, C, ["math", "humaneval", "arena"], n)
    end = window_end(world.days)
    for i in range(n):
        created = LAUNCH + rng.randrange(2 * MIN, 90 * MIN)
        a = world.new_account(rng, name, name, created, rng.choice(["cdmx", "bog", "lim"]), payment=cards[i // 2],
                              devices=[rng.choice(devs)], ua=N.sdk_ua(rng, "OpenAI/Python 1.5{m}.{p}"))
        t = created + rng.randrange(MIN, 25 * MIN)
        times = []
        for _ in range(rng.randrange(20, 45)):
            times.append(t)
            t += int(rng.uniform(20, 600) * 1000)
        clock = Clock.get(world.days, -5, "flat")
        times += [clock.sample(rng, lo=t) for _ in range(rng.randrange(0, 6) * world.days)]
        for t in sorted(x for x in times if x < end):
            _, item = q.next(i)
            p = paraphrased(rng, item, "en", q_first=0.7)
            world.emit(event(rng, a, t, p, model="tianguis-3", ct=completion(rng, "cot"), net=rng.choice(exits),
                             status=status_of(rng, 0.01, 0.04)))


def rotator(world: World, C: Corpora, n: int) -> None:
    """Every request from a different address and network: clouds, VPNs, a mobile carrier.
    Code tasks with Portuguese or Spanish requests for the full reasoning."""
    name = "network_rotator"
    rng = world.rng(name)
    nets = ["aws", "gcp", "azure", "digitalocean", "alibaba", "m247", "telcel", "oracle"]
    cards = _cards(rng, n // 5)
    q = Queue(rng, C, ["mbpp", "humaneval"], n)
    wraps = ["{q}\n\nExplique o raciocínio passo a passo e depois escreva o código final.",
             "{q}\n\nExplica tu razonamiento completo paso a paso y después escribe el código final.",
             "Pense passo a passo em voz alta. Depois, solução completa:\n{q}"]
    for i in range(n):
        a = world.new_account(rng, name, name, created_days_ago(rng, 30, 200), rng.choice(["lim", "bog"]),
                              payment=rng.choice(cards), devices=[N.device(rng)], ua=N.sdk_ua(rng))
        clock = Clock.get(world.days, -5, "flat")
        for t in sorted(clock.sample(rng, lo=a.created) for _ in range(daily_count(rng, 20, 0.3, world.days, 60))):
            nt = rng.choice(nets)
            _, item = q.next(i)
            world.emit(event(rng, a, t, rng.choice(wraps).format(q=item), model=_switch_model(rng, t, 180),
                             ct=completion(rng, "code"), net=(N.ip_in(rng, nt), N.asn_of(nt)), status=status_of(rng)))


def multilingual(world: World, C: Corpora, n: int) -> None:
    """The same benchmark items asked in many languages, one language per account."""
    name = "multilingual_probe"
    rng = world.rng(name)
    langs = ["fr", "de", "it", "ja", "ko", "zh", "pt", "en"]
    cards = _cards(rng, 10)
    servers = N.pool(rng, "alibaba", 6) + N.pool(rng, "oracle", 4)
    q = Queue(rng, C, ["math", "gsm8k"], max(1, n // len(langs)))
    for i in range(n):
        lang = langs[i % len(langs)]
        a = world.new_account(rng, name, name, created_days_ago(rng, 60, 300), "mad", payment=cards[i % 10],
                              devices=[N.device(rng)], ua=N.sdk_ua(rng))
        net = rng.choice(servers)
        clock = Clock.get(world.days, 8, "office")
        times = session_times(rng, clock, daily_count(rng, 18, 0.3, world.days, 50), 6, (10, 90), lo=a.created)
        for t in times:
            _, item = q.next(i // len(langs))
            world.emit(event(rng, a, t, paraphrased(rng, item, lang), model=_switch_model(rng, t, 300),
                             ct=completion(rng, "cot"), net=net, status=status_of(rng)))


def lockstep(world: World, C: Corpora, n: int) -> None:
    """A scheduler fires all accounts together at :00, :20 and :40 (a few seconds of jitter),
    one container image, three cards."""
    name = "lockstep_cron_farm"
    rng = world.rng(name)
    dev = N.device(rng)
    cards = _cards(rng, 3)
    servers = N.pool(rng, "gcp", 4)
    q = Queue(rng, C, ["humaneval", "mbpp"], n)
    accts = []
    for i in range(n):
        accts.append(world.new_account(rng, name, name, created_days_ago(rng, 3, 10), "hou", payment=cards[i % 3],
                                       devices=[dev], ua="python-requests/2.31.0"))
    t = START
    while t < window_end(world.days):
        for i, a in enumerate(accts):
            if rng.random() < 0.35:
                ts = t + rng.randrange(0, 4000)
                _, item = q.next(i)
                world.emit(event(rng, a, ts, f"{item}\n\nLet's think step by step.", model=_switch_model(rng, ts, 20),
                                 ct=completion(rng, "code"), net=servers[i % 4], status=status_of(rng)))
        t += 20 * MIN
