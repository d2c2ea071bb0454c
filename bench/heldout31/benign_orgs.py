"""Benign organisations of people: fab engineers, BPO seats, translators,
zero-data-retention enterprises, a university CoT research lab."""
from __future__ import annotations

from bench.heldout31 import asks, clock, phrasing as ph
from bench.heldout31.clients import CORP_IMAGE_UA, CORP_PROXY_JA4, STACKS, Client, browser, client
from bench.heldout31.networks import Choice, Fixed, addr, nat_set
from bench.heldout31.people import card, person
from bench.heldout31.traffic import Ctx, req, session_times

FAB_NIGHT = (19.5, 7.5)


def fab_setup(ctx: Ctx) -> dict:
    """The fab's shared infrastructure, also used by the insider campaign."""
    rng = ctx.rng("fab-infra")
    return {"proxies": nat_set(rng, "ncic", 3), "org": ctx.hexid("org_", 10), "pay": card(ctx),
            "rollout": clock.local_ms(2026, 11, 16, 9)}


def fab_client(rng, plugin: bool) -> Client:
    ua = STACKS["vscode_plugin"].uas[0] if plugin else CORP_IMAGE_UA
    return Client(STACKS["edge_win"], ua, CORP_PROXY_JA4)


def shift_times(rng, night: bool, d: int, n: int) -> list[int]:
    """Requests inside a 12-hour shift, bunched after the 07:30/19:30 handover."""
    start = clock.day_start(d) + int((19.5 if night else 7.5) * clock.HOUR)
    out = []
    for _ in range(n):
        off = rng.uniform(0, 1.6) if rng.random() < 0.35 else rng.uniform(0, 12)
        out.append(start + int(off * clock.HOUR))
    if night:  # Wednesday's night crew is still on until 07:30 Thursday
        out += [clock.day_start(d) + int(rng.uniform(0, 7.5) * clock.HOUR) for _ in range(n // 3)] if d == 0 else []
    return out


def fab_engineers(ctx: Ctx, n: int, infra: dict) -> None:
    rng, c = ctx.rng("fab"), ctx.c
    for i in range(n):
        prox = infra["proxies"][i % 3:] + infra["proxies"][: i % 3]
        a = person(ctx, rng, "fab_engineers", created=infra["rollout"] + rng.randrange(5 * clock.DAY),
                   client=fab_client(rng, rng.random() < 0.4), net=Choice(prox, 15 * clock.MIN), edge="hsz2",
                   payment=infra["pay"], org=infra["org"], rpm=60)
        night = rng.random() < 0.5
        reqs = []
        for d in range(ctx.days):
            if rng.random() < 0.85:
                for ts in shift_times(rng, night, d, rng.randint(6, 26)):
                    p, out = asks.work_code(c, rng)
                    reqs.append(req(ts, p, out, "formosa-code-1" if rng.random() < 0.6 else "formosa-chat-1"))
        ctx.commit(a, reqs)


def bpo_center(ctx: Ctx, seats: int) -> None:
    """A Kaohsiung customer-service centre: seat accounts on two shifts behind two
    NAT addresses, one browser image, one system prompt per client brand."""
    rng, c = ctx.rng("bpo"), ctx.c
    nat = nat_set(rng, "tfn", 2)
    image = client(rng, "chrome_win")
    org, pay = ctx.hexid("org_", 10), card(ctx)
    for i in range(seats):
        brand = ph.BRANDS[i % len(ph.BRANDS)]
        a = person(ctx, rng, "bpo_center", created=clock.local_ms(2026, 10, 1) + rng.randrange(4 * clock.DAY), client=image,
                   net=Choice(nat[i % 2:] + nat[: i % 2], 30 * clock.MIN), edge="khh3", payment=pay, org=org, rpm=30)
        late = i % 3 == 0
        system = ph.CS_SYSTEM.format(brand=brand)
        reqs = []
        for d in range(ctx.days):
            if rng.random() > 0.85:
                continue
            start = clock.day_start(d) + (16 if late else 8) * clock.HOUR
            for _ in range(rng.randint(12, 30)):
                ts = start + rng.randrange(9 * clock.HOUR)
                text = c.pick(rng, rng.choice(("user", "seed", "nq", "short_chat")))
                reqs.append(req(ts, ph.cs_turn(rng, text), rng.randint(80, 260), "formosa-chat-1-mini", system=system))
        ctx.commit(a, reqs)


def translation_teams(ctx: Ctx, teams: int, size: int) -> None:
    rng, c = ctx.rng("translate"), ctx.c
    for k in range(teams):
        tmpl = ph.TRANSLATE_TEMPLATES[k % len(ph.TRANSLATE_TEMPLATES)]
        office, org, pay = Fixed(addr(rng, "tfn")), ctx.hexid("org_", 10), card(ctx)
        for _ in range(size):
            a = person(ctx, rng, "translation_teams", created=clock.days_ago(rng.uniform(60, 500)), client=browser(rng),
                       net=office, edge="tpe1", payment=pay, org=org, rpm=60)
            reqs = []
            for d in range(ctx.days):
                for ts in session_times(rng, "office", d, rng.randint(2, 6), (2, 8), (40, 300)):
                    t = c.pick(rng, rng.choice(("user", "seed", "short_chat")))
                    reqs.append(req(ts, tmpl.format(t=t), int(len(t) / 3) + 40, "formosa-chat-1"))
            ctx.commit(a, reqs)


def zdr_orgs(ctx: Ctx, orgs: int, size: int) -> None:
    """Banks, hospitals, law firms with zero data retention: the gateway never
    sees their text, only token counts, addresses and timing."""
    rng = ctx.rng("zdr")
    for _ in range(orgs):
        org, pay = ctx.hexid("org_", 10), card(ctx)
        egress = nat_set(rng, rng.choice(("azure_hk", "tfn", "hinet")), 2)
        sdk = client(rng, rng.choice(("py_openai", "node_openai")))
        for _ in range(size):
            cl = sdk if rng.random() < 0.6 else browser(rng)
            a = person(ctx, rng, "zdr_orgs", created=clock.days_ago(rng.uniform(40, 600)), client=cl, net=Choice(egress),
                       edge=rng.choice(("hsz2", "tpe1")), payment=pay, org=org, rpm=120)
            reqs = []
            for d in range(ctx.days):
                for ts in session_times(rng, "office", d, rng.randint(2, 7), (1, 8), (10, 200)):
                    reqs.append(req(ts, None, int(rng.lognormvariate(5.5, 0.8)), asks.chat_model(rng, ts, 0.1),
                                    ptok=int(rng.lognormvariate(6.0, 0.9)) + 20))
            ctx.commit(a, reqs)


def academic_cot_lab(ctx: Ctx, n: int) -> None:
    """An NLP lab measuring chain-of-thought faithfulness for a paper: scripted
    runs over GSM8K/MATH with "explain your reasoning step by step" suffixes."""
    rng, c = ctx.rng("lab"), ctx.c
    nat = nat_set(rng, "tanet", 2)
    org, pay = ctx.hexid("org_", 10), card(ctx)
    suffixes = ["Let's think step by step.", "Explain your reasoning step by step before answering.",
                "請逐步推理，最後一行寫出答案。", "Show your reasoning, then give the final answer as 'Answer: x'."]
    for _ in range(n):
        a = person(ctx, rng, "academic_cot_lab", created=clock.days_ago(rng.uniform(30, 400)), client=client(rng, "py_openai"),
                   net=Choice(nat), edge="tpe1", payment=pay, org=org, rpm=60)
        src, suf = rng.choice(("gsm8k", "math", "svamp")), rng.choice(suffixes)
        reqs = []
        for d in range(ctx.days):
            for _ in range(rng.randint(0, 3)):
                t = clock.draw(rng, "uni", d)
                for _ in range(rng.randint(15, 50)):
                    reqs.append(req(t, f"{c.pick(rng, src)}\n\n{suf}", rng.randint(250, 1100), rng.choice(
                        ("formosa-chat-1", "formosa-reason-1", "formosa-chat-1-mini"))))
                    t += rng.randint(3, 20) * 1000
        ctx.commit(a, reqs)
