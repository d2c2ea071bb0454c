"""Distillation campaigns that run many accounts: a hydra proxy swarm, a crude
template sweep, chain-of-thought code elicitation, a launch-day burst, aged
sleepers that wake together, and a paraphrasing harvest on Kenyan proxies."""
from __future__ import annotations

import random

from . import corpus as C
from .benign_people import CHAT
from .networks import APP_VERSIONS, SDKS, Kit, browser, fixed_ips
from .world import (CITIES, DAY, H, LAUNCH, MIN, T0, Sink, card, digest, lognormal_gap, momo, pick_time,
                    run_sessions)

COT = ["Think step by step and show all of your reasoning before the final answer.",
       "Articulate the internal reasoning behind a completed response and write it out step by step.",
       "Write out your full chain of thought, then give the final answer.",
       "Explain every intermediate step as if teaching; do not skip any step.",
       "First reason carefully in detail, then answer. Show the reasoning."]


def harvest(rng: random.Random, sources: dict[str, float], cot: float = 0.8, lang: str = "en") -> tuple[str, str]:
    src = rng.choices(list(sources), weights=list(sources.values()))[0]
    q = C.pick(rng, src)
    if lang != "en":
        q = C.wrap(rng, lang, q)
    if rng.random() < cot:
        q = q + "\n\n" + rng.choice(COT)
    return q, ("code" if src in ("mbpp", "humaneval") else "cot")


def model_after(rng: random.Random, t: int, p2: float) -> str:
    return "baobab-2" if t >= LAUNCH and rng.random() < p2 else "baobab-1"


def wave_created(sink: Sink, waves: list[float], i: int) -> int:
    """Accounts made in batches: a few hours' window per wave."""
    d = waves[i % len(waves)]
    return int(T0 - d * DAY + sink.rng.randrange(4 * H)) // 1000 * 1000


# ---------------------------------------------------------------- A. hydra proxy swarm
def hydra_proxy_swarm(sink: Sink) -> None:
    rng = sink.rng
    nets = ["ng_mob_a", "ng_mob_b", "ng_mob_c", "ng_fib_a", "ng_fib_b"]
    for i in range(320):
        pay = card(sink.seed, sink.name, "vcard", i % 12)         # 12 virtual dollar cards
        acct = sink.account(wave_created(sink, [51.2, 34.6, 20.3], i), "payg", pay=pay)
        model = "Pixel 4" if i % 2 else rng.choice(["TECNO KI7", "Infinix X6833B", "itel A70"])
        ua = f"BaobabChat/{rng.choice(APP_VERSIONS)} (Android 11; {model})"
        kit = Kit("proxy", "Lagos", ua, "inst-" + digest(sink.seed, sink.name, i, n=10), proxy_nets=nets)
        lang = rng.choice(["en", "en", "pcm", "yo", "ha"])

        def prompt(r: random.Random, t: int, lang=lang) -> tuple:
            if r.random() < 0.58:
                q, kind = harvest(r, {"gsm8k": 3, "math": 3, "mbpp": 1, "arena": 1}, 0.7, lang if r.random() < 0.3 else "en")
            else:
                q, kind = C.everyday(r, "NG")
            return model_after(r, t, 0.7), CHAT, q, None, kind

        run_sessions(sink, acct, [kit], 1, "consumer", 4.0, (3, 10), 45, prompt, per_request_client=i % 5 < 3)


# ---------------------------------------------------------------- B. template sweep (crude)
SWEEP_SYS = "You are a meticulous mathematics tutor. Reason step by step inside <reasoning> tags, then give the final answer after ####."


def template_sweep_math(sink: Sink) -> None:
    rng = sink.rng
    ips = fixed_ips("hetzner", "sweep-box", 3)
    kit = Kit("fixed", "Lagos", SDKS["requests"], None, net="hetzner", ips=ips)
    gsm = C.pool("gsm8k")
    for i in range(10):
        acct = sink.account(int(T0 - 2.3 * DAY + i * 4 * MIN), "payg", pay=card(sink.seed, sink.name, i % 2))
        k = i * 600                               # each account walks its own contiguous slice
        t = T0 + rng.randrange(H)
        while t < T0 + sink.days * DAY:
            q = f"Problem {k + 1}: {gsm[k % len(gsm)]}\n\nSolve step by step and show all reasoning."
            sink.add(acct, t, kit.client(rng, t), "baobab-1", CHAT, q, SWEEP_SYS, "cot")
            k += 1
            t += int(rng.gauss(265_000, 40_000))


# ---------------------------------------------------------------- C. CoT code elicitation, operated from UTC+8
def cot_code_elicitation(sink: Sink) -> None:
    rng = sink.rng
    for i in range(30):
        acct = sink.account(sink.created_ago(60, 150), "payg", pay=card(sink.seed, sink.name, i % 4), nkeys=2)
        net = "do" if i % 3 else "aws_euw1"
        kit = Kit("fixed", "Lagos", SDKS["openai_py"], None, net=net, ips=fixed_ips(net, f"{sink.name}{i % 6}", 2))

        def prompt(r: random.Random, t: int) -> tuple:
            q, kind = harvest(r, {"humaneval": 2, "mbpp": 3, "arena": 2}, 0.95)
            return model_after(r, t, 0.8), "/v1/responses" if r.random() < 0.5 else CHAT, q, None, kind

        run_sessions(sink, acct, [kit], 8, "office", 6.0, (8, 22), 25, prompt)


# ---------------------------------------------------------------- D. launch-day burst
def launch_day_burst(sink: Sink) -> None:
    rng = sink.rng
    ips = fixed_ips("aws_afs1", "burst-fleet", 24)
    for i in range(90):
        acct = sink.account(sink.created_ago(20, 60), "payg", pay=card(sink.seed, sink.name, i % 15))
        kit = Kit("fixed", "Lagos", SDKS["httpx"], None, net="aws_afs1", ips=ips)
        # Thursday: a little warm-up traffic on baobab-1
        run_sessions(sink, acct, [kit], 1, "dev", [2.0, 0.5], (2, 5), 60,
                     lambda r, t: ("baobab-1", CHAT, C.everyday(r, "NG")[0], None, "chat"))
        if i < 10:   # pollers hitting the unreleased model
            t = LAUNCH - rng.randint(20, 35) * MIN
            while t < LAUNCH + 2 * MIN:
                sink.add(acct, t, kit.client(rng, t), "baobab-2", CHAT, "ping", None, "short")
                t += rng.randint(50_000, 95_000)
        t = LAUNCH + rng.randint(90_000, 6 * MIN)
        end = LAUNCH + rng.randint(5 * H, 8 * H)
        while t < end:
            q, kind = harvest(rng, {"math": 3, "gsm8k": 2, "arena": 2, "humaneval": 1}, 0.85)
            for attempt in range(4):
                st = sink.add(acct, t, kit.client(rng, t), "baobab-2", CHAT, q, None, kind)
                if st == 200:
                    break
                t += rng.randint(1500, 4000)
            t += int(rng.expovariate(1 / 190_000)) + 20_000


# ---------------------------------------------------------------- E. aged sleepers waking together
def sleeper_awakening(sink: Sink) -> None:
    rng = sink.rng
    wake = T0 + DAY + 17 * H + rng.randrange(20 * MIN)         # Friday ~18:00 Lagos
    for i in range(70):
        city = rng.choice(["Lagos", "Ibadan", "Abuja", "Accra", "Nairobi"])
        tz, country = CITIES[city]
        acct = sink.account(sink.created_ago(250, 600), "payg", pay=momo(sink.seed, sink.name, i))
        ua = f"BaobabChat/3.4.1 (Android 12; {rng.choice(['TECNO CK8n', 'Redmi 12C', 'Samsung SM-A057F'])})"
        kit = Kit("mobile", city, ua, "inst-" + digest(sink.seed, sink.name, i, n=10), who=f"{sink.name}{i}")
        run_sessions(sink, acct, [kit], tz, "consumer", [1.2, 0.3], (1, 4), 60,
                     lambda r, t, c=country: ("baobab-1", CHAT, C.everyday(r, c)[0], None, "chat"))
        lang = {"NG": rng.choice(["yo", "ha", "pcm"]), "GH": "tw", "KE": "sw"}[country]
        t = wake + rng.randrange(25 * MIN)
        for _ in range(rng.randint(45, 75)):
            q, kind = harvest(rng, {"math": 3, "gsm8k": 2, "svamp": 1}, 0.9, lang if rng.random() < 0.7 else "en")
            sink.add(acct, t, kit.client(rng, t), "baobab-2", CHAT, q, None, kind)
            t += lognormal_gap(rng, 150, 0.5)


# ---------------------------------------------------------------- F. paraphrase harvest on Kenyan proxies
def paraphrase_harvest(sink: Sink) -> None:
    rng = sink.rng
    nets = ["ke_mob_a", "ke_mob_b", "ke_fib_a"]
    for i in range(100):
        acct = sink.account(sink.created_ago(10, 90), "payg", pay=momo(sink.seed, sink.name, i // 4))
        kit = Kit("proxy", "Nairobi", *browser("chrome_win"), proxy_nets=nets)

        def prompt(r: random.Random, t: int) -> tuple:
            if r.random() < 0.2:
                return "baobab-1-mini", CHAT, C.own_chat(r, "sw"), None, "chat"
            q = C.paraphrase(r, C.pick(r, r.choice(["gsm8k", "gsm8k", "svamp"])))
            if r.random() < 0.3:
                q = C.wrap(r, "sw", q)
            if r.random() < 0.6:
                q += " " + r.choice(["Eleza hatua zote.", "Show the working.", "Explain how you got it, step by step."])
            return model_after(r, t, 0.6), CHAT, q, None, "cot"

        run_sessions(sink, acct, [kit], 3, "evening", 3.0, (4, 14), 70, prompt)


CAMPAIGNS = [
    ("hydra_proxy_swarm", hydra_proxy_swarm), ("template_sweep_math", template_sweep_math),
    ("cot_code_elicitation", cot_code_elicitation), ("launch_day_burst", launch_day_burst),
    ("sleeper_awakening", sleeper_awakening), ("paraphrase_harvest_ke", paraphrase_harvest),
]
