"""Distillation campaigns, part 2: the launch-day blitz, the multilingual probe, the shell agency, the
paid crowd-worker ring and the synchronised agent-trajectory harvester."""
from __future__ import annotations

from . import apps as A
from . import net as N
from . import prompts as P
from .campaigns_a import Queue, batch_created
from .core import Ctx, lognorm, ntok, poisson, sessions
from .world import CITIES, HOUR, MIN, RELEASE, T0


def release_day_blitz(ctx: Ctx) -> None:
    """Dormant accounts (registered in batches months ago, silent since) plus fresh sign-ups on launch
    credits, all firing hard prompts with chain-of-thought requests at baobab-3 within the first hour."""
    rng = ctx.rng("camp:release_day_blitz")
    c = ctx.corpus
    if ctx.t1 <= RELEASE:
        return
    addrs: list[tuple[str, int]] = []
    for isp, k in (("aws_eu", 6), ("gcp_eu", 4)):
        addrs += N.Fixed.make(rng, isp, k).addrs
    q = Queue(rng, [("reason", c.arena_hard), ("math", c.math), ("code", c.humaneval), ("code", c.mbpp)])
    cards = [N.vcard(rng) for _ in range(6)]
    n_old, n_new = ctx.n(90), ctx.n(50)
    old_created = batch_created(rng, ["2026-07-14", "2026-08-22", "2026-10-09"], n_old, ctx)
    ua = ("OpenAI/Python 1.58.1", N.JA4["python"])
    suffix = "\n\nProvide your complete chain of thought, step by step, before the final answer."
    for i in range(n_old + n_new):
        start = RELEASE + int(rng.uniform(12, 50) * MIN)
        fresh = i >= n_old
        net = N.Fixed([addrs[rng.randrange(len(addrs))]], "cloud")
        a = ctx.account(rng, "release_day_blitz", CITIES["Nairobi" if rng.random() < .5 else "Lagos"], net, [ua],
                        camp="release_day_blitz", pay=None if fresh else cards[i % len(cards)],
                        created=start - rng.randint(3, 30) * MIN if fresh else old_created[i], max_tokens=8192,
                        old_model="baobab-3", new_model="baobab-3")
        if not fresh and rng.random() < .1:  # a keep-alive ping on day 1
            ctx.sink.add(rng, a, T0 + rng.randrange(20 * HOUR), "hi", kind="short", model="baobab-2-mini")
        ts = start
        for _ in range(rng.randint(35, 70)):
            dom, t = q.next()
            a.sess += 1
            ctx.sink.add(rng, a, ts, t + suffix, kind="cot")
            ts += int(rng.expovariate(1 / (6 * MIN))) + 5000


PROBE = {
    "sw": "Tafsiri swali hili kwa Kiswahili, kisha ulitatue hatua kwa hatua ukieleza kila hatua:\n\n{q}",
    "yo": "Túmọ̀ ìbéèrè yìí sí Yorùbá, lẹ́yìn náà yanjú rẹ̀ ní ìgbésẹ̀ ní ìgbésẹ̀ pẹ̀lú àlàyé:\n\n{q}",
    "ha": "Fassara wannan tambaya zuwa Hausa, sannan ka warware ta mataki-mataki tare da bayani:\n\n{q}",
    "am": "ይህንን ጥያቄ ወደ አማርኛ ተርጉመህ ደረጃ በደረጃ በማብራራት ፍታው፡\n\n{q}",
    "fr": "Traduis ce problème en français, puis résous-le étape par étape en expliquant ton raisonnement :\n\n{q}",
    "ar": "ترجم هذه المسألة إلى العربية ثم حلها خطوة بخطوة مع شرح كل خطوة:\n\n{q}",
    "zu": "Humusha lo mbuzo ube ngesiZulu, bese uwuxazulula isinyathelo ngesinyathelo uchaza:\n\n{q}",
    "rw": "Hindura iki kibazo mu Kinyarwanda, hanyuma ugikemure intambwe ku yindi usobanura:\n\n{q}",
}


def multilingual_reasoning_probe(ctx: Ctx) -> None:
    """Builds a multilingual reasoning set: every word problem is sent in several languages by different
    accounts (one item, many languages, many accounts), round the clock from VPN exits, on a batch of
    prepaid cards of one issuer."""
    rng = ctx.rng("camp:multilingual_reasoning_probe")
    c = ctx.corpus
    n = ctx.n(80)
    cards = [N.vcard(rng, "485953") for _ in range(max(1, n // 7))]
    exits = N.Fixed.make(rng, "m247_vpn", 3).addrs + N.Fixed.make(rng, "datacamp_vpn", 3).addrs + \
        N.Fixed.make(rng, "liquid_cloud_ke", 1).addrs
    created = batch_created(rng, ["2026-12-20", "2026-12-22", "2026-12-24", "2026-12-26"], n, ctx)
    accts = []
    for i in range(n):
        net = N.Fixed(rng.sample(exits, rng.randint(1, 2)), "cloud")
        accts.append(ctx.account(rng, "multilingual_reasoning_probe", CITIES["Nairobi"], net, [N.sdk(rng, "go")],
                                 camp="multilingual_reasoning_probe", pay=cards[i % len(cards)], created=created[i],
                                 old_model="baobab-2", switch_at=RELEASE + 160 * MIN, max_tokens=4096))
    langs = list(PROBE)
    items = c.gsm8k + c.svamp
    pos = rng.randrange(len(items))
    total = sum(poisson(rng, lognorm(rng, 28, .15) * ctx.days) for _ in range(n))
    for ts in ctx.curves.sample(rng, "flat", 0, "none", total // 6):
        item = items[pos % len(items)]
        pos += 1
        for j, lg in enumerate(rng.sample(langs, 6)):
            a = accts[(pos * 7 + j * 13) % n]
            a.sess += 1
            ctx.sink.add(rng, a, ts + j * rng.randint(2000, 90_000), PROBE[lg].format(q=item), kind="cot")


def shell_agency_subaccounts(ctx: Ctx) -> None:
    """Hides inside an agency: one org, one company card, a client-bot system prompt per sub-account, one
    cloud server. The 'end users' of a pharmacy bot or a school helpdesk ask olympiad maths, code and
    agent tasks, all day including the holiday, and every bot asks for full step-by-step reasoning."""
    rng = ctx.rng("camp:shell_agency_subaccounts")
    c = ctx.corpus
    n = ctx.n(60)
    org, card = ctx.uid(rng, "org-", 18), N.card(rng, "ZA")
    server = N.Fixed.make(rng, "azure_za", 2)
    client = N.sdk(rng, "node")
    q = Queue(rng, [("math", c.math), ("code", c.mbpp), ("reason", c.arena_hard), ("agent", list(P.GOALS) * 8),
                    ("code", c.humaneval)])
    city = CITIES["Johannesburg"]
    for _ in range(n):
        sysp, _biz = A.client_bot(rng)
        sysp += "\n\nInternal QA note: always include your full step-by-step reasoning before the final answer."
        a = ctx.account(rng, "shell_agency_subaccounts", city, server, [client], camp="shell_agency_subaccounts", org=org,
                        pay=card, created=ctx.created(rng, "2026-11-01", "2026-12-20"), old_model="baobab-2-mini",
                        new_model="baobab-3", switch_at=RELEASE + 90 * MIN, max_tokens=4096)
        lam = lognorm(rng, 40, .25) * ctx.curves.days("smb", city.tz, "none")
        for ts in ctx.curves.sample(rng, "smb", city.tz, "none", poisson(rng, lam)):
            a.sess += 1
            t = q.next()[1]
            ctx.sink.add(rng, a, ts, f"Customer question: {t}" if rng.random() < .3 else t, sysp, kind="cot")


_RING = "Answer this question. Before answering, write out your internal reasoning in full, step by step, as if explaining to a student."


def crowdworker_ring(ctx: Ctx) -> None:
    """Human click-farm: students on break paid per row by a coordinator, pasting rows of a shared sheet
    into the web playground on their own phones (carrier NAT, their own devices), topped up from a few
    coordinator wallets. Human timing, evening and night shifts, the odd edit and typo."""
    rng = ctx.rng("camp:crowdworker_ring")
    c = ctx.corpus
    n = ctx.n(110)
    wallets = {"NG": [f"momo:opay:{N.hexid(rng, 12)}" for _ in range(3)], "KE": [f"momo:mpesa:{N.hexid(rng, 12)}" for _ in range(2)],
               "GH": [f"momo:mtn-momo:{N.hexid(rng, 12)}" for _ in range(2)]}
    created = batch_created(rng, ["2026-12-05", "2026-12-06", "2026-12-12", "2026-12-13", "2026-12-19", "2026-12-20"], n, ctx)
    q = Queue(rng, [("math", c.gsm8k), ("math", c.math), ("reason", c.arena_hard)])
    row = rng.randint(2, 400)
    for i in range(n):
        city = CITIES[rng.choice(("Lagos", "Ibadan", "Enugu", "Lagos", "Nairobi", "Nairobi", "Accra"))]
        a = ctx.phone_user(rng, "crowdworker_ring", city, app_share=0.0, camp="crowdworker_ring",
                           pay=rng.choice(wallets[city.cc]), created=created[i], max_tokens=4096)
        a.old_model, a.new_model = "baobab-2", "baobab-3"
        a.switch_at = RELEASE + 5 * HOUR + int(rng.expovariate(1 / (40 * MIN)))
        sloppy = rng.random()
        for s in sessions(rng, ctx.curves, a, "night", lognorm(rng, 2.4, .3), 10, 150, "study"):
            a.sess += 1
            for ts in s:
                row += 1
                t = q.next()[1]
                p = f"{_RING}\n\n{t}" if rng.random() < .75 else f"{t}\n\n{_RING}"
                if rng.random() < .2:
                    p = f"Row {row}: {p}"
                if rng.random() < sloppy * .5:
                    p = P.casual(rng, p)
                ctx.sink.add(rng, a, ts, p, kind="cot")


def agentic_trajectory_sync(ctx: Ctx) -> None:
    """Agent trajectories on a cron: every :00 and :30 a share of the accounts each run one multi-step
    tool-use episode with a <thinking> block before every call. One registration day, two cards, three
    Hetzner boxes, one client build."""
    rng = ctx.rng("camp:agentic_trajectory_sync")
    n = ctx.n(50)
    created = batch_created(rng, ["2026-12-18"], n, ctx)
    cards = [N.vcard(rng) for _ in range(2)]
    boxes = N.Fixed.make(rng, "hetzner", 3)
    tools = list(P.TOOLS[:8])
    sysp = A.agent_system(rng, "Worker", tools) + "\nBefore each tool call, write your complete reasoning in a <thinking> block."
    verbs = ("Investigate", "Fix", "Automate", "Audit", "Document", "Migrate", "Benchmark", "Refactor")
    objs = ("the billing service", "the nightly ETL", "the mobile API", "the customer database", "the CI pipeline",
            "the payments webhook", "the search index", "the reporting dashboard")
    goals = [f"{v} {o} and report what you changed" for v in verbs for o in objs] + [g[0].upper() + g[1:] for g in P.GOALS]
    gi = rng.randrange(len(goals))
    accts = [ctx.account(rng, "agentic_trajectory_sync", CITIES["Lagos"], boxes, [("python-httpx/0.27.0", N.JA4["python"])],
                         camp="agentic_trajectory_sync", pay=cards[i % 2], created=created[i], old_model="baobab-2",
                         switch_at=RELEASE + 30 * MIN, max_tokens=4096, queued=True) for i in range(n)]
    slot = T0
    while slot < ctx.t1:
        for a in accts:
            if rng.random() > .2:
                continue
            a.sess += 1
            gi += 1
            msg = f"Task: {goals[gi % len(goals)]}"
            ts, hist = slot + rng.randrange(20_000), 0
            for _ in range(rng.randint(4, 8)):
                t = ctx.sink.add(rng, a, ts, msg, sysp, kind="agent", extra=hist)
                if t is None:
                    break
                hist += ntok(msg) + ctx.sink.last_c
                msg = P.observation(rng, rng.choice(tools))
                ts = t + int(1000 * lognorm(rng, 5, .4))
        slot += 30 * MIN
