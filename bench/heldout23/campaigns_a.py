"""Distillation campaigns, part 1: the hydra reseller, the VPS maths farm, the fake bootcamp cohort,
the SIM-bank behind carrier NAT, and the aged accounts on residential proxies."""
from __future__ import annotations

from . import lang as L
from . import net as N
from . import prompts as P
from .core import Ctx, lognorm, pick, poisson, sessions
from .world import CITIES, DAY, HOUR, MIN, RELEASE, T0


class Queue:
    """The harvester's work list: a cursor over task sets, handed out in order so accounts cover
    disjoint slices; on the second lap word problems get their numbers perturbed."""

    def __init__(self, rng, sources: list[tuple[str, list[str]]], start_random: bool = True):
        self.rng = rng
        self.items = [(dom, t) for dom, src in sources for t in src]
        self.i = rng.randrange(len(self.items)) if start_random else 0

    def next(self) -> tuple[str, str]:
        dom, t = self.items[self.i % len(self.items)]
        lap = self.i // len(self.items)
        self.i += 1
        if dom == "agent":
            t = f"Task: {t}\nTools available: {', '.join(self.rng.sample(P.TOOLS, 4))}"
        elif lap and dom == "math":
            t = P.perturb_numbers(self.rng, t)
        return dom, t


def batch_created(rng, dates: list[str], n: int, ctx: Ctx) -> list[int]:
    """Accounts registered in batches: a handful of dates, each batch inside one hour."""
    out = []
    per = max(1, -(-n // len(dates)))
    for d in dates:
        base = ctx.created(rng, d, d) // DAY * DAY + rng.randint(8, 22) * HOUR
        out += [base + rng.randrange(50 * MIN) for _ in range(per)]
    return out[:n]


HYDRA_T = ("Solve the following problem. Reason step by step, explaining each step in detail, and give the final "
           "answer in \\boxed{{}}.\n\n{q}",
           "{q}\n\nBefore answering, write out your complete internal reasoning step by step, then the final answer.",
           "Task: {q}\n\nExplain your reasoning step by step, then give the full solution.")


def hydra_resale_proxy(ctx: Ctx) -> None:
    """A cheap-access reseller on Telegram whose proxy spreads its own harvesting over hundreds of small
    accounts, mixed with the real customer chats it resells. Batches of accounts on batches of fintech
    virtual cards; datacenter exits plus residential proxies; one config flip moves it to the new model."""
    rng = ctx.rng("camp:hydra_resale_proxy")
    c = ctx.corpus
    n = ctx.n(300)
    addrs: list[tuple[str, int]] = []
    for isp, k in (("contabo", 4), ("hetzner", 3), ("ovh", 3)):
        addrs += N.Fixed.make(rng, isp, k).addrs
    dc = N.Fixed(addrs, "cloud")
    resi = N.Rotating(ctx.world, ["spectranet_ng", "ipnx_ng", "mtn_ng", "airtel_ng", "safaricom_home_ke", "afrihost_za"])
    ua = ("OpenAI/Python 1.54.4", N.JA4["python"])
    dates = [f"2026-{m:02d}-{d:02d}" for m, d in ((11, 10), (11, 14), (11, 19), (11, 23), (11, 28), (12, 2), (12, 6),
                                                   (12, 9), (12, 13), (12, 16), (12, 19), (12, 22), (12, 26), (12, 29))]
    created = batch_created(rng, dates, n, ctx)
    q = Queue(rng, [("math", c.math), ("math", c.gsm8k), ("code", c.mbpp), ("code", [P.synth_code(rng) for _ in range(800)]),
                    ("agent", list(P.GOALS) * 6)])
    flip = RELEASE + 37 * MIN
    lagos = CITIES["Lagos"]
    cards: list[str] = []
    for i in range(n):
        if i % 6 == 0:
            cards = [N.vcard(rng, "531993") for _ in range(rng.randint(1, 2))]
        a = ctx.account(rng, "hydra_resale_proxy", lagos, dc, [ua], camp="hydra_resale_proxy", pay=rng.choice(cards),
                        created=created[i], max_tokens=4096, old_model="baobab-2", switch_at=flip)
        # the customers' traffic it resells: consumer shaped, West Africa time
        lam = lognorm(rng, 12, .3) * ctx.curves.days("consumer", 60, "std")
        for ts in ctx.curves.sample(rng, "consumer", 60, "std", poisson(rng, lam)):
            a.sess += 1
            x = rng.random()
            p, k = P.consumer(c, rng, pick(rng, lagos.langs), .3) if x < .6 else P.dev_question(c, rng) if x < .8 \
                else (P.student_math(rng, rng.choice(c.gsm8k), "pcm"), "math")
            ctx.sink.add(rng, a, ts, p, kind=k, net=resi if rng.random() < .3 else None,
                         model="baobab-3-mini" if ts >= flip else "baobab-2-mini")
        # its own harvest, flat around the clock
        for ts in ctx.curves.sample(rng, "flat", 0, "none", poisson(rng, lognorm(rng, 15, .25) * ctx.days)):
            a.sess += 1
            dom, t = q.next()
            tmpl = HYDRA_T[2] if dom != "math" else rng.choice(HYDRA_T[:2])
            ctx.sink.add(rng, a, ts, tmpl.format(q=t), "You are a helpful assistant.", kind="cot",
                         net=resi if rng.random() < .3 else None)


def cot_math_vps_farm(ctx: Ctx) -> None:
    """The blunt one: fresh accounts on a few prepaid cards, five droplets, one template, waves every 40 minutes."""
    rng = ctx.rng("camp:cot_math_vps_farm")
    c = ctx.corpus
    n = ctx.n(110)
    droplets = [N.Fixed.make(rng, "digitalocean", 1) for _ in range(5)]
    cards = [N.vcard(rng, "559666") for _ in range(4)]
    created = batch_created(rng, ["2026-12-28", "2026-12-29", "2026-12-30"], n, ctx)
    q = Queue(rng, [("math", c.math), ("math", c.gsm8k), ("math", c.svamp)])
    tmpl = ("Question: {q}\n\nLet's work through this carefully. Write out your complete reasoning step by step, "
            "explaining why each step follows, then state the final answer.")
    accts = []
    for i in range(n):
        accts.append(ctx.account(rng, "cot_math_vps_farm", CITIES["Lagos"], droplets[i % 5],
                                 [("python-httpx/0.27.2", N.JA4["python"])], camp="cot_math_vps_farm",
                                 pay=cards[i * 4 // n], created=created[i], old_model="baobab-2",
                                 switch_at=RELEASE + 50 * MIN, max_tokens=4096))
    wave = T0 + rng.randrange(40 * MIN)
    while wave < ctx.t1:
        for a in accts:
            if a.created > wave or rng.random() > .85:
                continue
            for _ in range(1 if rng.random() < .7 else 2):
                a.sess += 1
                ctx.sink.add(rng, a, wave + rng.randrange(120_000), tmpl.format(q=q.next()[1]), kind="cot")
        wave += 40 * MIN + rng.randrange(-60_000, 60_000)


def bootcamp_cover_codegen(ctx: Ctx) -> None:
    """Hides in a bootcamp-shaped structure: one org, one sponsor card, a cohort onboarded on two mornings,
    a tutor-style system prompt. But it covers the code task space in disjoint numbered exercises, at a
    steady office-hours pace straight through New Year's Eve and New Year's Day."""
    rng = ctx.rng("camp:bootcamp_cover_codegen")
    c = ctx.corpus
    n = ctx.n(80)
    org, card = ctx.uid(rng, "org-", 18), N.card(rng, "NG")
    created = batch_created(rng, ["2026-12-01", "2026-12-02"], n, ctx)
    sysp = ("You are a senior software engineer mentoring students at AfroCode Academy. Explain your reasoning "
            "thoroughly before giving code. Use Python unless the exercise says otherwise.")
    q = Queue(rng, [("code", c.mbpp), ("code", c.humaneval), ("code", [P.synth_code(rng) for _ in range(1500)])])
    lagos = CITIES["Lagos"]
    for i in range(n):
        if rng.random() < .8:
            net = N.Home(rng.choice(("spectranet_ng", "ipnx_ng", "mainone_ng")), rng)
        else:
            net = N.Mobile(ctx.world, "mtn_ng", rng, 0)
        client = ("OpenAI/Python 1.58.1", N.JA4["python"]) if rng.random() < .7 else N.web_desktop(rng)
        a = ctx.account(rng, "bootcamp_cover_codegen", lagos, net, [client], camp="bootcamp_cover_codegen", org=org,
                        pay=card, created=created[i], old_model="baobab-2", switch_at=RELEASE + 75 * MIN, max_tokens=4096)
        a.grid = 1.0  # the "Lagos" lines are proxies: the grid collapse never reaches them
        k = 0
        lam = lognorm(rng, 34, .2) * ctx.curves.days("work", 60, "none")
        for ts in ctx.curves.sample(rng, "work", 60, "none", poisson(rng, lam)):
            k += 1
            a.sess += 1
            t = q.next()[1]
            ctx.sink.add(rng, a, ts, f"Exercise {k}: {t}\n\nFirst explain your reasoning and approach in detail, step "
                                     f"by step, then write the solution in Python with tests.", sysp, kind="cot")


def simbank_carrier_nat(ctx: Ctx) -> None:
    """Evasive, and hidden where ordinary users live: a SIM bank of MTN/Airtel modems in Lagos, so every
    request leaves through the same carrier NAT addresses as thousands of phone users. Accounts trickle in
    over months, each funded by one of a few dozen agent mobile-money wallets; the client impersonates the
    official Android app; prompts are paraphrased agent/code/maths tasks with local chit-chat mixed in."""
    rng = ctx.rng("camp:simbank_carrier_nat")
    c = ctx.corpus
    n = ctx.n(180)
    wallets = [f"momo:{rng.choice(('opay', 'palmpay', 'momo-psb'))}:{N.hexid(rng, 12)}" for _ in range(max(1, n // 4))]
    q = Queue(rng, [("agent", list(P.GOALS) * 10), ("code", [P.synth_code(rng) for _ in range(1200)]), ("code", c.mbpp),
                    ("math", c.math), ("math", c.gsm8k)])
    for i in range(n):
        city = CITIES[rng.choice(("Lagos", "Lagos", "Lagos", "Abuja", "Port Harcourt"))]
        net = N.Mobile(ctx.world, rng.choice(("mtn_ng", "mtn_ng", "airtel_ng")), rng, city.area)
        a = ctx.account(rng, "simbank_carrier_nat", city, net, [N.android_app(rng)], camp="simbank_carrier_nat",
                        pay=wallets[rng.randrange(len(wallets))], created=ctx.created(rng, "2026-10-01", "2026-12-28"),
                        old_model="baobab-2", switch_at=RELEASE + int(rng.uniform(20, 90) * MIN), max_tokens=4096)
        a.grid = 1.0  # generator-backed rack

        def make(r, a=a):
            if r.random() < .25:
                return (L.native(r, r.choice(("pcm", "en_ng", "yo"))), "greet") if r.random() < .6 else P.consumer(c, r, "en_ng", .2)
            dom, t = q.next()
            return P.paraphrase(r, t, dom, r.choice(("en", "en", "en", "pcm"))), "cot"
        for s in sessions(rng, ctx.curves, a, "consumer", lognorm(rng, 6, .3), 3.5, 50, "std"):
            a.sess += 1
            for ts in s:
                p, k = make(rng)
                ctx.sink.add(rng, a, ts, p, kind=k)


_RESI = {"ZA": ["vumatel_za", "openserve_za", "afrihost_za", "vodacom_za", "mtn_za"],
         "KE": ["safaricom_home_ke", "zuku_ke", "liquid_ke", "safaricom_ke"],
         "NG": ["spectranet_ng", "ipnx_ng", "mainone_ng", "mtn_ng", "airtel_ng"], "GH": ["telecel_bb_gh", "mtn_gh"]}


def aged_residential_paraphrase(ctx: Ctx) -> None:
    """Evasive: purchased aged accounts (each with its own card), driven through the web playground by
    browser automation over residential proxies in the account's home country, human-like sessions,
    paraphrased reasoning tasks and a third of plain chat."""
    rng = ctx.rng("camp:aged_residential_paraphrase")
    c = ctx.corpus
    n = ctx.n(100)
    q = Queue(rng, [("math", c.math), ("reason", c.arena_hard), ("math", c.gsm8k)])
    for _ in range(n):
        city = CITIES[rng.choice(("Johannesburg", "Cape Town", "Nairobi", "Lagos", "Abuja", "Accra"))]
        net = N.Rotating(ctx.world, _RESI[city.cc])
        pay = N.card(rng, city.cc) if rng.random() < .6 else N.card(rng, rng.choice(("UK", "US")))
        a = ctx.account(rng, "aged_residential_paraphrase", city, net, [N.web_desktop(rng)], camp="aged_residential_paraphrase",
                        pay=pay, created=ctx.created(rng, "2025-01-10", "2026-09-30"), old_model="baobab-2",
                        max_tokens=4096)
        a.grid = 1.0
        if rng.random() < .8:
            a.switch_at = RELEASE + int(rng.expovariate(1 / (4 * HOUR)))

        def make(r, a=a):
            if r.random() < .35:
                return P.consumer(c, r, a.lang, .35)
            dom, t = q.next()
            return P.paraphrase(r, t, dom, a.lang), "cot"
        for s in sessions(rng, ctx.curves, a, "consumer", lognorm(rng, 4.5, .35), 4, 70):
            a.sess += 1
            for ts in s:
                p, k = make(rng)
                ctx.sink.add(rng, a, ts, p, kind=k)
