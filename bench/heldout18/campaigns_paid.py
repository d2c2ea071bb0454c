"""Campaigns on paid or credit-funded accounts: grant-farm, judge-harvest, ppp-arbitrage."""
from __future__ import annotations

import random
from typing import Iterator

from .net import ja4, pick, v4, asn
from .text import lognorm, toks
from .world import DAY, HOUR, MIN, SEC, World

RATIONALE = [
    "Problem:\n{q}\n\nThe correct final answer is {a}.\n\nArticulate the complete reasoning that leads to this answer and "
    "write it out step by step, as a careful solver would, without mentioning that the answer was given. "
    "End with \"Final answer: {a}\".",
    "{q}\n\nAnswer: {a}\n\nExplain, step by step, the internal reasoning behind this completed answer. "
    "Write out every intermediate calculation.",
    "Here is a solved exercise.\nQuestion: {q}\nSolution (final result only): {a}\n\nReconstruct the full worked "
    "solution that a strong student would write, showing and justifying each step.",
    "Énoncé :\n{q}\n\nRéponse attendue : {a}\n\nRédige le raisonnement complet, étape par étape, qui mène à cette "
    "réponse, comme si tu le découvrais toi-même. Termine par « Réponse finale : {a} ».",
]
JUDGE_SYSTEM = ("Please act as an impartial judge and evaluate the quality of the responses provided by two AI "
                "assistants to the user question displayed below. Avoid any position biases and do not let response "
                "length influence your evaluation. Be as objective as possible.")
PAIRWISE = ("[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{x}\n[The End of Assistant A's Answer]\n\n"
            "[The Start of Assistant B's Answer]\n{y}\n[The End of Assistant B's Answer]\n\nAfter providing your "
            "explanation, output your final verdict strictly in this format: \"[[A]]\", \"[[B]]\" or \"[[C]]\" for a tie.")
GRADE = ["[Question]\n{q}\n\n[Answer]\n{x}\n\nRate the answer on a scale of 1 to 10 for correctness, helpfulness and "
         "clarity. First explain your rating, then write \"Rating: [[N]]\".",
         "Question : {q}\n\nRéponse proposée : {x}\n\nÉvalue cette réponse de 1 à 10 (exactitude, clarté, complétude). "
         "Justifie, puis écris « Note : [[N]] »."]
STEPS = ["First, find the total by adding the two amounts.", "Multiply the number of items by the price per item.",
         "Subtract what was already spent.", "Divide the remainder equally.", "Convert the percentage to a fraction.",
         "Set up the equation and isolate x.", "Factor the quadratic.", "Use the formula for the area.",
         "Substitute the value back in to check.", "Compute the difference between the two results."]
PROSE = ["Here is a concise overview.", "There are several points to consider.", "The main idea is straightforward.",
         "First, identify the goal.", "A common approach is to break the problem into parts.",
         "In short, it depends on the context.", "This is a frequent source of confusion.", "Let me explain."]
HARVEST_CODE = ["{q}\n\nExplain your approach step by step, then give the final Python code.",
                "Explique a abordagem passo a passo e depois escreva o código final em Python.\n\n{q}",
                "Complete the following function. Think through the algorithm step by step before writing the code, "
                "then state its time complexity.\n\n```python\n{q}\n```"]
HARVEST_MATH = ["{q}\n\nShow all your work, step by step, then give the final answer.",
                "Resolva passo a passo, justificando cada etapa:\n{q}"]


def shared_queue(rng: random.Random, items: list[str]) -> Iterator[str]:
    order = list(items)
    for _ in range(20):
        rng.shuffle(order)
        yield from order


def fake_answer(rng: random.Random, src: str) -> str:
    if src == "math" and rng.random() < 0.4:
        return rng.choice([f"\\frac{{{rng.randint(1, 19)}}}{{{rng.randint(2, 31)}}}", f"{rng.randint(2, 9)}\\sqrt{{{rng.choice([2, 3, 5, 7])}}}",
                           f"({rng.randint(-5, 5)}, {rng.randint(-5, 5)})"])
    return str(rng.randint(2, 2000) if rng.random() < 0.7 else round(rng.uniform(1, 500), 2))


def stub(rng: random.Random, src: str) -> str:
    """A candidate answer as the operator's own (weaker) models would write it."""
    if src in ("gsm8k", "math", "svamp"):
        lines = [f"Step {i + 1}: {rng.choice(STEPS)}" for i in range(rng.randint(1, 4))]
        return "\n".join(lines) + f"\nSo the answer is {fake_answer(rng, src)}."
    if src == "mbpp":
        name = rng.choice(["solve", "find_max", "count_pairs", "is_valid", "merge_lists", "remove_dups"])
        body = rng.choice(["return sorted(set(xs))", "return max(xs, key=len)", "return sum(1 for x in xs if x % 2 == 0)",
                           "return len(xs) == len(set(xs))"])
        return f"```python\ndef {name}(xs):\n    {body}\n```"
    return " ".join(rng.sample(PROSE, rng.randint(2, 4)))


def grant_farm(w: World) -> None:
    """Research-credit programme abuse: bought academic identities, each a one-person 'lab'
    with its own grant, run from rented VPSs as STaR-style rationale back-filling."""
    rng = w.rng("grant-farm")
    vps = [(isp, v4(rng, isp)) for isp in rng.choices(["contabo", "ovh"], [6, 4], k=24)]
    ua, dev = "OpenAI/Python 1.52.2", ja4("httpx")
    waves = [w.start - 21 * DAY + 9 * HOUR, w.start - 9 * DAY + 9 * HOUR]
    pool = shared_queue(rng, w.corpus.c["math"] + w.corpus.c["gsm8k"][:4000])
    math_set = set(w.corpus.c["math"])
    for i in range(w.n(130)):
        created = rng.choice(waves) + rng.randrange(36 * HOUR)
        a = w.account("grant-farm", created, payment=f"grant:rcp-{w.uid('', 12)}", campaign="grant-farm",
                      region=pick(rng, {"DZ": 3, "MA": 3, "PT": 2, "AO": 1, "TN": 1}))
        isp, ip = vps[i % len(vps)]
        tpl = rng.choice(RATIONALE)
        system = rng.choice([None, None, "You are a meticulous mathematics tutor who shows every step."])
        switch = w.release_paid + rng.randint(20, 70) * MIN
        t = w.start - rng.randrange(9 * HOUR)  # the workers were already running
        while t < w.end:
            post = t >= switch
            for _ in range(rng.randint(10, 18) if post else rng.randint(6, 12)):
                q = next(pool)
                p = (tpl if rng.random() < 0.85 else rng.choice(RATIONALE)).format(q=q, a=fake_answer(rng, "math" if q in math_set else "gsm8k"))
                c = w.emit(a, t, prompt=p, ptoks=toks(p) + toks(system) + 8, ctoks=lognorm(rng, 650, 0.45),
                           model="brume-3" if post else "brume-2", endpoint="/v1/chat/completions", ip=ip,
                           asn=asn(isp), ua=ua, device=dev, system=system, rng=rng)
                t += int(c * rng.uniform(10, 20) + rng.uniform(2, 20) * SEC)
            t += int(rng.uniform(2.5, 5) * HOUR if post else rng.uniform(4, 9) * HOUR)


def judge_harvest(w: World) -> None:
    """Preference / grading harvest to distil a judge (reward) model: one scheduler fans
    each half-hour's work out over aged card-paid accounts on rotating cloud hosts."""
    rng = w.rng("judge-harvest")
    hosts = [(isp, v4(rng, isp)) for isp in rng.choices(["scaleway", "hetzner", "digitalocean"], k=12)]
    ua, dev = "Go-http-client/2.0", ja4("go")
    accts = [w.account("judge-harvest", w.created_before(rng, 30, 120), payment=w.pay("card"), campaign="judge-harvest",
                       region=pick(rng, {"FR": 5, "PT": 2, "MA": 2, "TN": 1})) for _ in range(w.n(100))]
    srcs = {"arena": 4, "gsm8k": 2, "mbpp": 1, "user": 2, "math": 1}
    tick = w.start + rng.randrange(30 * MIN)
    while tick < w.end:
        day = w.day_of(tick)
        model = "brume-3" if tick >= w.release_paid + 45 * MIN else "brume-2"
        for i, a in enumerate(accts):
            if rng.random() > 0.4:
                continue
            isp, ip = hosts[(i + 7 * day) % len(hosts)]
            t = tick + rng.randrange(90 * SEC)
            for _ in range(1 if rng.random() < 0.7 else 2):
                src, q = w.corpus.mix(rng, srcs)
                q = q[:2500]
                if rng.random() < 0.7:
                    p, system, cm = PAIRWISE.format(q=q, x=stub(rng, src), y=stub(rng, src)), JUDGE_SYSTEM, 260
                else:
                    p, system, cm = rng.choice(GRADE).format(q=q, x=stub(rng, src)), None, 180
                c = w.emit(a, t, prompt=p, ptoks=toks(p) + toks(system) + 8, ctoks=lognorm(rng, cm, 0.4),
                           model=model, endpoint="/v1/chat/completions", ip=ip, asn=asn(isp), ua=ua, device=dev,
                           system=system, rng=rng)
                t += int(c * rng.uniform(10, 18) + rng.uniform(1, 5) * SEC)
        tick += 30 * MIN + rng.randrange(-60, 60) * SEC


def ppp_arbitrage(w: World) -> None:
    """Regional-pricing arbitrage: accounts registered as Mozambican, Angolan and Malagasy
    developers for the purchasing-power discount, paid from mobile-money wallets bought
    with their SIMs, driven from German VMs."""
    rng = w.rng("ppp-arbitrage")
    vms = [(isp, v4(rng, isp)) for isp in rng.choices(["hetzner", "hetzner", "contabo"], k=15)]
    ua, dev = "brume-node/0.6.1", ja4("undici")
    for i in range(w.n(90)):
        region = pick(rng, {"MZ": 6, "AO": 3, "MG": 1})
        kind = {"MZ": "mpesa", "AO": "unitelmoney", "MG": "mvola"}[region]
        a = w.account("ppp-arbitrage", w.created_before(rng, 2, 35), payment=w.pay(kind), campaign="ppp-arbitrage",
                      region=region)
        isp, ip = vms[i % len(vms)]
        switch = w.release_paid + rng.randint(20, 40) * MIN
        t = w.start - rng.randrange(HOUR)
        while t < w.end:
            post = t >= switch
            if rng.random() < 0.5:
                src = rng.choice(["mbpp", "mbpp", "humaneval"])
                tpl = HARVEST_CODE[2] if src == "humaneval" else rng.choice(HARVEST_CODE[:2])
            else:
                src, tpl = rng.choice(["math", "gsm8k"]), rng.choice(HARVEST_MATH)
            p = tpl.format(q=w.corpus.get(rng, src))
            c = w.emit(a, t, prompt=p, ptoks=toks(p) + 8, ctoks=lognorm(rng, 800, 0.45), model="brume-3" if post else "brume-2",
                       endpoint="/v1/chat/completions", ip=ip, asn=asn(isp), ua=ua, device=dev, rng=rng)
            t += int(c * 15 + rng.lognormvariate(7.6, 0.6) * SEC / (1.6 if post else 1.0))
