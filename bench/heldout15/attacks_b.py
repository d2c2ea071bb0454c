"""Attack campaigns, part B: lynx-cover, tatra-ring, kea-judge, tui-sleepers."""
from __future__ import annotations

from attacks_a import _model
from benign_people import lang
from core import Account, Ctx, opaque
from corpora import fake_solution
from harvest import item
from world import CHAT, DAY_MS, HOUR_MS, JA4, MIN_MS, NEW_MODEL, RESPONSES, UA


def lynx_cover(ctx: Ctx) -> None:
    """Hydra with cover traffic: bought aged accounts, prepaid gift cards, a fresh residential exit in
    the account's country for every request, and roughly half of all prompts ordinary chat."""
    rng = ctx.rng
    for _ in range(ctx.n(200)):
        reg = rng.choice(["se", "no", "dk", "fi", "pl", "pl", "cz", "hu"])
        ua = rng.choice(UA["browser"])
        a = Account(ctx, "lynx-cover", reg, ctx.age_days(200, 1500), label="attack", campaign="lynx-cover",
                    payment=opaque("giftcard_", ctx.seed, rng.getrandbits(40)), ua=ua, device=JA4["curl_imp"])
        cover = rng.uniform(0.4, 0.65)
        for t in ctx.times(ctx.daily(20, 0.45), reg, "consumer", per_session=4, gap_s=80):
            ip, asn = ctx.ip_in(ctx.region_net(reg, ("resid", "mobile")))
            if rng.random() < cover:
                p, k = ctx.C.chat(rng, lang(reg), 0.25)
                m = ctx.model_at(t, 0.4)
            else:
                p, k = item(rng, ctx.C, "balanced", "casual", 0.55)
                m = _model(ctx, t, 0.85)
            ctx.emit(a, t, p, model=m, endpoint=CHAT, ip=ip, asn=asn, out_kind=k)


def tatra_ring(ctx: Ctx) -> None:
    """Sloppy: sign-ups in a row right after the release on three rented /24s, three cards for all,
    one Go client, one template, and a shared cron that fires every account within the same minute."""
    rng = ctx.rng
    subnets = [ctx.subnet("upcloud"), ctx.subnet("contabo"), ctx.subnet("vultr")]
    cards = [ctx.card() for _ in range(3)]
    period = 25 * MIN_MS
    t_signup = ctx.release + 5 * MIN_MS
    for i in range(ctx.n(90)):
        t_signup += rng.randint(40_000, 150_000)
        net = subnets[i % 3]
        ip = f"{net[0]}.{rng.randint(2, 250)}"
        a = Account(ctx, "tatra-ring", "pl", t_signup, label="attack", campaign="tatra-ring",
                    payment=cards[i % 3], ua="Go-http-client/2.0", device=JA4["go"])
        t = ctx.release + ((t_signup - ctx.release) // period + 1) * period
        while t < ctx.t1:
            src = rng.choices(["math", "gsm8k", "mbpp"], [4, 4, 2])[0]
            q = ctx.C.pick(rng, src)
            p = f"Q: {q}\nThink step by step and show all intermediate reasoning.\nA:"
            ctx.emit(a, t + rng.randint(0, 50_000), p, model=NEW_MODEL, endpoint=CHAT, ip=ip, asn=net[1],
                     out_kind="cot" if src != "mbpp" else "code", status=429 if rng.random() < 0.03 else None)
            t += period + rng.randint(-90_000, 90_000)


KEA_ASK = ["Act as a strict grader. Verify every step, explain in detail why each step is right or wrong, "
           "then write the corrected complete solution step by step and give a score from 1 to 10.",
           "Critique this solution line by line. For each line say whether it is valid and why. Then produce "
           "a fully correct worked solution with all reasoning shown.",
           "Is this solution correct? Identify the first error (if any), explain the reasoning behind the "
           "correct approach step by step, and give the right final answer."]
KEA_STARTUPS = [("gradient-labs-yvr", "oracle"), ("northshore-learn", "telus"), ("salish-ai", "oracle"),
                ("cedar-tutor", "shaw")]


def kea_judge(ctx: Ctx) -> None:
    """Judge/critique harvesting under four shell 'ed-tech start-ups' in Vancouver with invoiced contracts:
    problem + a flawed candidate solution, asking for a step-by-step critique and corrected solution."""
    rng = ctx.rng
    per = max(1, ctx.n(60) // len(KEA_STARTUPS))
    for name, net in KEA_STARTUPS:
        org = "org_" + opaque("", ctx.seed, "kea", name)[:12]
        inv = opaque("invoice_", ctx.seed, "kea", name)
        hosts = ctx.pool("kea:" + name, net, rng.randint(1, 3))
        born = ctx.age_days(15, 60)
        for _ in range(per):
            a = Account(ctx, "kea-judge", "bc", born + rng.randint(0, 8 * DAY_MS), label="attack", campaign="kea-judge",
                        org=org, payment=inv, ua=rng.choice(UA["requests"]), device=JA4["py_requests"])
            for t in ctx.times(ctx.daily(35, 0.3), "bc", "office", per_session=8, gap_s=45):
                src = rng.choice(["gsm8k", "math", "mbpp", "svamp"])
                prob = ctx.C.pick(rng, src)
                sol = fake_solution(rng, prob) if src != "mbpp" else \
                    "def solve(*args):\n    # student attempt\n    return sorted(args)[0]"
                p = f"Problem:\n{prob}\n\nCandidate solution:\n{sol}\n\n{rng.choice(KEA_ASK)}"
                ip, asn = rng.choice(hosts)
                ctx.emit(a, t, p, model=_model(ctx, t, 0.85), endpoint=CHAT, ip=ip, asn=asn, out_kind="grade")


def tui_sleepers(ctx: Ctx) -> None:
    """Self-aged sleepers in Australia and New Zealand: months of light ordinary use from a sticky home
    address, then within hours of the release each switches to harvesting the new model (and, sloppily,
    from the browser to a Python client). Ten accounts per card."""
    rng = ctx.rng
    cards = [ctx.card() for _ in range(8)]
    batches = [ctx.age_days(100, 400) for _ in range(8)]
    for i in range(ctx.n(80)):
        reg = rng.choice(["nz", "nz", "au", "au", "au"])
        net = rng.choice(["spark_nz", "one_nz"] if reg == "nz" else ["telstra", "tpg", "aussiebb", "optus"])
        home = ctx.ip_in(net)
        ua0, dev0 = ctx.ua_pick("browser")
        a = Account(ctx, "tui-sleepers", reg, batches[i % 8] + rng.randint(0, 5 * HOUR_MS), label="attack",
                    campaign="tui-sleepers", payment=cards[i % 8], ua=ua0, device=dev0)
        wake = ctx.release + rng.randint(30 * MIN_MS, 5 * HOUR_MS)
        for t in ctx.times(rng.randint(2, 8), reg, "consumer", per_session=2, hi=wake):
            p, k = ctx.C.chat(rng, "en", 0.2)
            ctx.emit(a, t, p, model=ctx.model_at(t, 0.2), endpoint=CHAT, ip=home[0], asn=home[1], out_kind=k)
        ua1 = rng.choice(UA["py_sdk"])
        n = int(rng.randint(25, 50) * (ctx.t1 - wake) / DAY_MS)
        for t in ctx.times(n, reg, "wide", per_session=10, gap_s=35, lo=wake):
            p, k = item(rng, ctx.C, "agentic", "plain", 0.6)
            ctx.emit(a, t, p, model=NEW_MODEL, endpoint=RESPONSES, ip=home[0], asn=home[1], out_kind=k,
                     ua=ua1, device=JA4["py_httpx"])


ALL = [lynx_cover, tatra_ring, kea_judge, tui_sleepers]
