"""Distillation campaigns: hydra (many short-lived accounts on shared
infrastructure), blatant (few very loud harvesters) and stealth (one operator,
every account with its own wording and infrastructure)."""
from __future__ import annotations

import random

from .corpora import expand
from .generator import DATACENTER, DAY, HOUR, REGIONS, Net
from .populations import COMP, home_net, sdk_ua, sessions

ATTACK_MODELS = (0.25, 0.0, 0.75)  # sonnet, haiku, opus: extraction targets the strongest model
_LEAD = ("{Solve|Work through|Answer} the following {problem|question}{.|:}",
         "Here is a {problem|task} {for you|to work on}{.|:}", "{Consider|Look at} the {problem|task} below{.|:}",
         "I {need|want} a {careful|rigorous|detailed} solution to this{.|:}", "", "")
_LABEL = ("Problem: ", "Question: ", "Task: ", "### Problem\n", "", "", "Q: ", "Input:\n")
_REASON = (
    "{Articulate|Spell out|Lay out|Write out} {your|the} {internal|complete|full} reasoning "
    "{step by step|step-by-step|one step at a time}.",
    "{Show|Present|Include} every {intermediate|single} step of your {thinking|reasoning|derivation}.",
    "{Think|Reason} {carefully|thoroughly|rigorously} {step by step|through each step} before "
    "{answering|giving the answer}.",
    "{Explain|Describe|Narrate} your {thought process|chain of reasoning|reasoning process} in "
    "{full|complete|exhaustive} detail.",
    "{Walk|Take} me through {the|your} {solution|reasoning} {step by step|in detail}, {justifying|explaining} "
    "each {step|inference}.",
    "Before {giving|stating} the {final answer|answer}, {reason|think} {out loud|aloud} {about every step|in detail}.",
    "{Make|Keep} your reasoning {explicit|fully visible}: {list|state} each {deduction|step} {as you make it|in order}.",
    "{Describe|Document} how you {arrive at|reach} the answer, {including|noting} {all|any} intermediate results.",
    "{Explain|Outline} your approach {first|before the final answer}, then {work through it|carry it out} "
    "{step by step|in full} and {justify|explain} {each step|every decision}.")
_EXTRA = (
    "{Be|Make the response} {as detailed as possible|thorough|exhaustive}.",
    "{Finish|End|Conclude} with the final answer {on its own line|after 'Final answer:'|in a separate sentence}.",
    "{Verify|Double-check|Check} your {result|answer} {at the end|before concluding}.",
    "Use {numbered|clearly labeled|explicit} steps.", "Do not skip any {reasoning|steps}, even {trivial|obvious} ones.",
    "{Aim for|Write} a {long|comprehensive|complete}, {textbook-quality|tutorial-style} {explanation|answer}.",
    "{Briefly mention|Also note} any alternative {approaches|methods}.",
    "{Consider|Address} edge cases {explicitly|where relevant}.")
_SYSTEM = ("{You are {an expert|a world-class|a meticulous|a patient|a rigorous} {tutor|problem solver|mathematician and "
           "programmer|teaching assistant|reasoning assistant}. {Always|Consistently} {show|explain|write out} your "
           "{complete|full|entire} reasoning {before|prior to} {the final answer|answering}{.| and never skip steps.| so "
           "a student can follow it.}|{Act as|You are} a {senior|careful|thorough} {STEM|math and coding|competition} "
           "{instructor|expert|coach}. For {every|each} {question|problem}, {give|provide} a {detailed|step-by-step|fully "
           "worked} {solution|derivation}{.|, then state the answer.| and explain why each step is valid.}}")


def make_template(rng: random.Random) -> str:
    """A reasoning-elicitation wrapper with '@Q' where the question goes; the
    fragment and synonym space is large enough that seeds rarely collide."""
    ask = " ".join([expand(rng.choice(_REASON), rng)] +
                   [expand(x, rng) for x in rng.sample(_EXTRA, rng.randint(0, 2))])
    body = rng.choice(_LABEL) + "@Q"
    parts = [expand(rng.choice(_LEAD), rng), body, ask] if rng.random() < 0.6 else [ask, body]
    return rng.choice(("\n\n", "\n", "\n\n---\n\n")).join(p for p in parts if p)


class _Questions:
    """Task questions in a per-operator shuffled order: an extractor wants
    coverage, so repeats only happen once the pool is exhausted."""

    def __init__(self, rng: random.Random, corpora, p_code: float):
        self.rng, self.p_code = rng, p_code
        self.pools = [list(corpora.maths), list(corpora.code)]
        self.pos = [0, 0]
        for p in self.pools:
            rng.shuffle(p)

    def next(self) -> str:
        k = int(self.rng.random() < self.p_code)
        q = self.pools[k][self.pos[k] % len(self.pools[k])]
        self.pos[k] += 1
        return q


def _attack_prompt(world, rng, qs, templates, filler):
    if rng.random() < filler:
        kind, text = world.corpora.benign(rng)
        return text, COMP[kind], (1, 4096)
    median = world.cfg.attack_answer_median
    return rng.choice(templates).replace("@Q", qs.next()), (median, 0.38), (int(min(300, median / 4)), 3500)


def _hydra_campaign(world, rng: random.Random) -> None:
    c, net = world.corpora, world.net
    cid = world.hexid(rng, "hydra-", 24)
    templates = [make_template(rng) for _ in range(rng.randint(3, 6))]
    system = expand(_SYSTEM, rng) if rng.random() < 0.5 else None
    ua, filler = sdk_ua(rng), rng.uniform(0.15, 0.25)
    hosts = [world.hexid(rng, "", 64) for _ in range(rng.randint(3, 8))]
    qs = _Questions(rng, c, rng.uniform(0.05, 0.2))  # the code pool is small; keep repeats rare
    # Residential proxy pool: the same consumer ISPs real users sit on.
    asns = rng.sample(sorted({a for r in REGIONS for a in r[2]}), rng.randint(4, 7))
    proxies = [(net.subnet(rng, a), a) for a in (rng.choice(asns) for _ in range(rng.randint(150, 400)))]
    if world.cfg.hydra_datacenter:  # knob: a few rented server subnets, from draws of their own
        drng = world.rng(f"hydra-dc:{cid}")
        proxies = [(net.subnet(drng, a), a) for a in (drng.choice(DATACENTER) for _ in range(drng.randint(2, 6)))]
    # Plan account lives per slot; slots switch on according to the release ramp.
    plan = []
    for _ in range(world.n(210)):
        t, first = world.activation(rng.random()), True
        while t < world.t1:
            # The reported campaign averaged ~1,150 requests per account (28.8M over
            # 25k accounts) at ~26/day: accounts live for weeks unless suspended.
            # Lives of 1.5-12 days keep replacements visible in a 2-day run.
            life = int(rng.uniform(1.5, 12.0) * DAY)
            start = t - rng.randint(0, life) if first and t == world.t0 else t
            plan.append((start, life))
            t, first = start + life + rng.randint(0, 3 * HOUR), False
    # Accounts are bought/registered in batches a few hours to days ahead of use.
    every, batch_fill = int(rng.uniform(4, 10) * HOUR), {}
    dated = []
    for start, life in plan:
        b = (start - int(rng.uniform(2, 72) * HOUR) - world.t0) // every
        batch_fill[b] = batch_fill.get(b, 0) + 1
        created = min(start - HOUR, world.t0 + b * every + batch_fill[b] * rng.randint(20, 90) * 1000)
        dated.append((created, start, life))
    dated.sort()
    card, left = None, 0
    shared, aged = world.cfg.hydra_shared_infra, world.cfg.hydra_aged
    for created, start, life in dated:
        if left == 0:  # one stolen/prepaid card funds a group of accounts
            card, left = world.hexid(rng, "", 64), rng.randint(10, 40)
        left -= 1
        host = rng.choice(hosts)
        if aged:  # knob: accounts bought months to years old (an extra draw only then)
            created = start - int(rng.uniform(60, 700) * DAY)
        acct = world.account(rng, "hydra", label="attack", campaign=cid, created_ms=created, ua=ua,
                             payment=card if shared else True, devices=[host] if shared else None,
                             model_w=ATTACK_MODELS, adopt=0.9)
        rate, cap = rng.uniform(10, 60), rng.randint(300, 1500)
        gap = DAY / rate
        t, n, ip = start + int(rng.random() * gap), 0, None
        while t < min(start + life, world.t1) and n < cap:
            if ip is None or rng.random() < 0.8:
                sub, asn = rng.choice(proxies)
                ip = net.ip(rng, asn, sub)
            prompt, out, clip = _attack_prompt(world, rng, qs, templates, filler)
            world.send(rng, acct, t, prompt, ip=ip, asn=asn, system=system, out=out, clip=clip, p429=0.01)
            t, n = t + int(gap * rng.gammavariate(6, 1 / 6)), n + 1


def hydra(world) -> None:
    for k in range(world.n(2)):
        _hydra_campaign(world, world.rng(f"hydra:{k}"))


def blatant(world) -> None:
    rng, c, net = world.rng("blatant"), world.corpora, world.net
    left = world.n(rng.randint(6, 10))
    while left > 0:  # operators run 1-4 accounts each from a rented server or two
        size = min(left, rng.randint(1, 4))
        left -= size
        cid, dc = world.hexid(rng, "blatant-", 24), rng.choice(DATACENTER)
        sub = net.subnet(rng, dc)
        ips = [net.ip(rng, dc, sub) for _ in range(rng.randint(1, 2))]
        card, dev = world.hexid(rng, "", 64), world.hexid(rng, "", 64)
        ua = rng.choice((f"python-httpx/0.{rng.randint(24, 28)}.0", f"aiohttp/3.{rng.randint(8, 11)}.{rng.randint(0, 5)}",
                         sdk_ua(rng)))
        templates = [make_template(rng) for _ in range(rng.randint(1, 2))]
        qs = _Questions(rng, c, rng.uniform(0.1, 0.6))
        for _ in range(size):
            acct = world.account(rng, "blatant", label="attack", campaign=cid, ua=ua, payment=card, devices=[dev],
                                 created_ms=world.t0 - int(rng.uniform(0.2, 4) * DAY), model_w=ATTACK_MODELS, adopt=0.95)
            gap = DAY / rng.uniform(1500, 4000)
            t = world.activation(rng.random()) + int(rng.random() * gap)
            while t < world.t1:
                prompt, out, clip = _attack_prompt(world, rng, qs, templates, 0.02)
                world.send(rng, acct, t, prompt, ip=rng.choice(ips), asn=dc, out=out, clip=clip, p429=0.06)
                t += int(gap * rng.gammavariate(2, 0.5))


def stealth(world) -> None:
    rng, c = world.rng("stealth"), world.corpora
    cid, seen = world.hexid(rng, "stealth-", 24), set()
    qs = _Questions(rng, c, 0.15)  # one shared cursor: accounts split the dataset, no overlap
    for _ in range(world.n(150)):
        template = make_template(rng)
        while template in seen:
            template = make_template(rng)
        seen.add(template)
        region = Net.region(rng)
        home = home_net(world, rng, region, v6=0.1)  # a static residential (ISP) proxy per account
        acct = world.account(rng, "stealth", label="attack", campaign=cid, ua=sdk_ua(rng),
                             created_ms=world.t0 - int(rng.uniform(3, 40) * DAY), tz=region[0] + rng.uniform(-2, 2),
                             model_w=ATTACK_MODELS, adopt=0.8)
        system = None
        if rng.random() < 0.3:
            while system is None or system in seen:  # a shared system prompt would link accounts
                system = expand(_SYSTEM, rng)
            seen.add(system)
        filler = rng.uniform(0.05, 0.15)

        def request(t, i, ctx, acct=acct, home=home, template=template, system=system, filler=filler):
            prompt, out, clip = _attack_prompt(world, rng, qs, [template], filler)
            return world.send(rng, acct, t, prompt, ip=home[0], asn=home[1], system=system, out=out, clip=clip)
        sessions(world, rng, acct, rng.uniform(15, 50), "loose", request, weekend=0.9, gap=60.0, mean_len=5.0,
                 lo=world.activation(rng.random()))


ALL = [hydra, blatant, stealth]
