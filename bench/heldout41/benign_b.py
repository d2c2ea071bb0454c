"""Benign organisations: an edtech proxy, a university eval job, company staff, developers, launch tryers."""
from __future__ import annotations

import random

from bench.heldout41 import world as W
from bench.heldout41.core import EMBED, RESP, Acct, Ctx, sample_ts, session
from bench.heldout41.text import STEP, chat_text, corpus, local_prompt, zipf_pick

TUTOR = ("You are Ustaz, a patient maths tutor for school pupils in grades 5-11 in Kazakhstan and Uzbekistan. "
         "Answer in the language of the question. Never just give the answer: explain each step, check the "
         "pupil's reasoning, and end with one short practice question. Keep explanations under 250 words.")
BANK_SYS = ("You are the internal assistant of Steppe Bank JSC. Be concise and formal. Do not invent regulations; "
            "if unsure, say so and refer to the Compliance portal. Never include client personal data in answers. "
            "Default language: Russian unless the employee writes in another language.")
LOGI_SYS = ("You help employees of Silk Route Logistics (Tashkent) with emails, customs paperwork and spreadsheets. "
            "Reply in the employee's language. Use metric units and UZS unless told otherwise.")
FAMOUS = ("How many r's are in the word strawberry?", "Which is bigger, 9.11 or 9.9?",
          "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
          "Alice has 3 brothers and 2 sisters. How many sisters does Alice's brother have?",
          "Write a Python function that checks whether a string is a palindrome.",
          "Сколько будет 17 * 23? Объясни.", "What model are you and what is your knowledge cutoff?",
          "Prove that the square root of 2 is irrational.", "Write a haiku about Almaty in spring.",
          "Кто ты? Чем ты лучше talon-2?", "Solve x^2 - 5x + 6 = 0 step by step.",
          "If it takes 5 machines 5 minutes to make 5 widgets, how long would 100 machines take to make 100 widgets?")


def company(ctx: Ctx, key: str) -> dict:
    """Shared identity of a company (also used by the insider campaign)."""
    rng = ctx.rng(f"company:{key}")
    net = W.NETS[{"bank": "bank-office", "logi": "logistics-office"}[key]]
    return {"org": "org-" + W.b32id(rng, 10), "card": "pmfp_" + W.hexid(rng, 20), "net": net,
            "ips": [W.pool_ip(rng, net) for _ in range(2)], "system": {"bank": BANK_SYS, "logi": LOGI_SYS}[key],
            "city": W.CITIES["almaty" if key == "bank" else "tashkent"],
            "key_prefix": "key_" + W.hexid(rng, 4)}


def staff_account(ctx: Ctx, rng: random.Random, pop: str, co: dict, campaign=None) -> Acct:
    ua, dev = rng.choice(W.BROWSERS[:2] + W.BROWSERS[3:4]) if rng.random() < 0.8 else rng.choice(W.SDKS[:3])
    return ctx.account(rng, pop, campaign=campaign, city=co["city"], net=co["net"], ip=rng.choice(co["ips"]),
                       ua=ua, device=dev, org=co["org"], card=co["card"], system=co["system"], model="talon-2",
                       keys=[co["key_prefix"] + W.hexid(rng, 6)],
                       created=ctx.start - rng.randrange(40, 420) * W.DAY - rng.randrange(W.DAY))


def edtech_service(ctx: Ctx, name: str) -> None:
    rng = ctx.rng(name)
    org, card = "org-" + W.b32id(rng, 10), "pmfp_" + W.hexid(rng, 20)
    net = W.NETS["yandex-cloud"]
    ips = [W.own_ip(rng, net) for _ in range(4)]
    keys = ["key_" + W.hexid(rng, 10) for _ in range(3)]
    prod = ctx.account(rng, name, city=W.CITIES["almaty"], net=net, ip=ips[0], ua=W.SDKS[0][0], device=W.SDKS[0][1],
                       org=org, keys=keys, card=card, system=TUTOR, model="talon-2",
                       created=W.utc_ms(2025, 1, 14, 6, 12))
    pools = (corpus("gsm8k")[-1319:], corpus("svamp"), corpus("math")[:1500])
    for _ in range(14000):
        ts = sample_ts(ctx, rng, 5, "school")
        lang = rng.choices(("ru", "kk", "uz", "en"), weights=(4, 3, 3, 1))[0]
        q = zipf_pick(rng, rng.choice(pools), 0.8, 900)
        p = rng.choice(STEP[lang]).format(q=q) if rng.random() < 0.8 else rng.choice(
            ("не понял второй шаг", "түсінбедім, қайтадан", "tushunmadim, yana bir bor", "ok and the next?"))
        model = "talon-3" if ts >= W.LAUNCH + 20 * W.H and rng.random() < 0.5 else "talon-2"
        ctx.emit(rng, prod, ts, p, kind="cot", ip=rng.choice(ips), key=rng.choice(keys), hist=rng.randrange(0, 1800),
                 model=model, load=0.04 if W.LAUNCH <= ts < W.LAUNCH + 4 * W.H else 0.0)
    stage = ctx.account(rng, name, city=W.CITIES["almaty"], net=W.NETS["hetzner"], ua=W.SDKS[0][0],
                        device=W.SDKS[0][1], org=org, card=card, system=TUTOR, model="talon-2",
                        created=W.utc_ms(2025, 3, 2, 9, 40))
    for _ in range(3):
        t = sample_ts(ctx, rng, 5, "office")
        for ts in session(rng, t, rng.randrange(20, 60), gap=(2, 20)):
            q = corpus("gsm8k")[-1319:][rng.randrange(12)]
            ctx.emit(rng, stage, ts, rng.choice(STEP["ru"]).format(q=q), kind="cot",
                     model="talon-3" if ts >= W.LAUNCH and rng.random() < 0.7 else "talon-2")


EVAL_FMT = {
    "humaneval": "Complete the following Python function. Return only the code.\n\n{x}",
    "mbpp": "You are an expert Python programmer, and here is your task: {x}",
    "gsm8k": "Question: {x}\nAnswer: Let's think step by step.",
}


def uni_eval(ctx: Ctx, name: str) -> None:
    """NU lab: harness sweeps benchmarks in dataset order from a GPU VM; members chat from campus."""
    rng = ctx.rng(name)
    org = "org-" + W.b32id(rng, 10)
    vm = W.own_ip(rng, W.NETS["gcp"])
    bot = ctx.account(rng, name, city=W.CITIES["astana"], net=W.NETS["gcp"], ip=vm, ua="python-httpx/0.28.1",
                      device=W.SDKS[4][1], org=org, card="pmfp_" + W.hexid(rng, 20), model="talon-2",
                      created=W.utc_ms(2025, 9, 8, 4, 0), system="You are a helpful assistant.")
    runs = ((W.START + 10 * W.H + rng.randrange(W.H), "talon-2"), (W.LAUNCH + 16 * W.H, "talon-3"),
            (W.LAUNCH + 17 * W.H + rng.randrange(W.H), "talon-2-mini"))
    for t, model in runs:
        for bench, items in (("humaneval", corpus("humaneval")), ("mbpp", corpus("mbpp")),
                             ("gsm8k", corpus("gsm8k")[-1319:])):
            for x in items:
                t += rng.randrange(400, 2600)
                kind = "code" if bench != "gsm8k" else "eval"
                ev = ctx.emit(rng, bot, t, EVAL_FMT[bench].format(x=x), kind=kind, model=model)
                if ev and ev["status"] in (429, 500, 503, 504):      # harness retries after a back-off
                    t += rng.randrange(2000, 20000)
                    ctx.emit(rng, bot, t, ev["prompt"], kind=kind, model=model)
    for _ in range(6):
        ua, dev = rng.choice(W.BROWSERS)
        a = ctx.account(rng, name, city=W.CITIES["astana"], net=W.NETS["nu-astana"], ua=ua, device=dev, org=org)
        for _ in range(rng.randrange(1, 4)):
            for ts in session(rng, sample_ts(ctx, rng, 5, "dev"), rng.randrange(2, 12)):
                p = rng.choice(FAMOUS) if ts > W.LAUNCH and rng.random() < 0.3 else chat_text(rng)
                ctx.emit(rng, a, ts, p, model="talon-3" if ts > W.LAUNCH else "talon-2")


def corp_staff(ctx: Ctx, name: str) -> None:
    rng = ctx.rng(name)
    for key, n in (("bank", 90), ("logi", 45)):
        co = company(ctx, key)
        for _ in range(n):
            a = staff_account(ctx, rng, name, co)
            for _ in range(rng.choice((0, 1, 1, 2, 3))):    # holiday weekend: few are working
                for ts in session(rng, sample_ts(ctx, rng, 5, "office"), rng.randrange(1, 10), gap=(60, 900)):
                    p = chat_text(rng) if rng.random() < 0.6 else local_prompt(rng, a.lang, 0.2)
                    ctx.emit(rng, a, ts, p, hist=rng.choice((0, 0, 300, 900)))


def developers(ctx: Ctx, name: str, n: int = 350) -> None:
    rng = ctx.rng(name)
    clouds = ("aws", "gcp", "hetzner", "digitalocean", "yandex-cloud", "ovh")
    for _ in range(n):
        city = W.pick_city(rng)
        cloud = rng.random() < 0.6
        net = W.NETS[rng.choice(clouds)] if cloud else rng.choice(W.BROADBAND_BY_CC[city.cc])
        ua, dev = rng.choice(W.SDKS)
        sysp = rng.choice((None, "You are a helpful assistant.", "Return valid JSON only.",
                           f"You are the support bot of a small {rng.choice(('shop', 'clinic', 'hostel'))} in "
                           f"{city.name.title()}. Answer briefly."))
        a = ctx.account(rng, name, city=city, net=net, ua=ua, device=dev, system=sysp,
                        card="pmfp_" + W.hexid(rng, 20) if rng.random() < 0.7 else None, model=rng.choice(
                            ("talon-2-mini", "talon-2")), keys=["key_" + W.hexid(rng, 10) for _ in range(2)])
        fixed = chat_text(rng)
        for _ in range(rng.randrange(2, 8)):
            t = sample_ts(ctx, rng, city.tz, "dev")
            burst = rng.random() < 0.25
            for ts in session(rng, t, rng.randrange(3, 40 if burst else 15), gap=(1, 8) if burst else (20, 600)):
                r = rng.random()
                if r < 0.3:
                    p = fixed                                   # the same test prompt, again
                elif r < 0.4:
                    p = rng.choice(("ping", "Say hello", "test", "Reply with OK"))
                elif r < 0.55:
                    p = rng.choice(corpus("nq"))
                    ctx.emit(rng, a, ts, p, endpoint=EMBED)
                    continue
                else:
                    p = chat_text(rng)
                model = "talon-3" if ts > W.LAUNCH - 2 * W.H and rng.random() < 0.4 else None
                ctx.emit(rng, a, ts, p, kind="code" if rng.random() < 0.4 else "chat", model=model,
                         key=rng.choice(a.keys), endpoint=RESP if "httpx" in ua else "/v1/chat/completions",
                         load=0.1 if burst else 0.0)


def launch_tryers(ctx: Ctx, name: str, n: int = 520) -> None:
    """Sign up after the launch announcement and poke talon-3 with the usual riddles and benchmarks."""
    rng = ctx.rng(name)
    for _ in range(n):
        city = W.pick_city(rng)
        signup = W.LAUNCH + int(rng.expovariate(1 / (7 * W.H))) + rng.randrange(10 * W.MIN)
        if signup >= ctx.end - W.H:
            continue
        ua, dev = (rng.choice(W.BROWSERS) if rng.random() < 0.6 else W.app_client(rng))
        a = ctx.account(rng, name, city=city, ua=ua, device=dev, created=signup, model="talon-3",
                        card="pmfp_" + W.hexid(rng, 20) if rng.random() < 0.35 else None)
        t = signup + rng.randrange(30_000, 20 * W.MIN)
        for k in range(rng.choice((1, 1, 2))):
            for ts in session(rng, t, rng.randrange(2, 14), gap=(15, 300)):
                r = rng.random()
                if r < 0.35:
                    p, kind = rng.choice(FAMOUS), "cot"
                elif r < 0.55:
                    p, kind = rng.choice(corpus(rng.choice(("gsm8k", "math", "humaneval")))), "cot"
                elif r < 0.75:
                    p, kind = chat_text(rng), "chat"
                else:
                    p, kind = local_prompt(rng, a.lang, 0.3), "short"
                ctx.emit(rng, a, ts, p, kind=kind, model="talon-3" if rng.random() < 0.85 else "talon-2")
            t = sample_ts(ctx, rng, city.tz, "casual", after=t + 2 * W.H)


POPS = (("edtech_service", edtech_service), ("uni_eval", uni_eval), ("corp_staff", corp_staff),
        ("developers", developers), ("launch_tryers", launch_tryers))
