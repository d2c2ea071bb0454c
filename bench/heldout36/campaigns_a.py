"""Distillation campaigns, part A: hydra proxies, template sweeps, a synchronised code farm, the launch rush,
paraphrased multilingual wrappers, aged low-and-slow accounts, and a campaign inside a software house."""

from __future__ import annotations

from .behave import Nets, activity, run_sessions
from .benign_orgs import shared_card, shared_org
from .emit import Emitter
from .harvest import COT, HOW, WorkQueue, agent_task, cot, native_cot, paraphrased
from .phrases import native_chat
from .world import ASNS, DAY, HOUR, LAUNCH, MIN, PL_CITIES, REGIONS, SDK, World

RESIDENTIAL_REGIONS = PL_CITIES + ("prague", "brno", "budapest", "bratislava", "kyiv", "vilnius")


def residential_asns() -> list[str]:
    out = []
    for reg in RESIDENTIAL_REGIONS:
        for a in REGIONS[reg].fixed + REGIONS[reg].mobile:
            if a not in out:
                out.append(a)
    return out


def tasks(corp, *names: str) -> list[str]:
    return [t for n in names for t in corp.raw[n]]


def hydra_proxy(w, clock):
    """Hydra: 300 keys behind a residential proxy network; harvest mixed with ordinary chat as cover."""
    em = Emitter(w, clock, "hydra_proxy", campaign="hydra-vistula")
    r, corp = em.rng, w.corpora
    cards = [em.card() for _ in range(15)]
    q = WorkQueue(r, tasks(corp, "gsm8k", "math", "mbpp", "humaneval"))
    resid = residential_asns()
    for i in range(300):
        region = r.choice(RESIDENTIAL_REGIONS)
        c = w.web_client(r)
        a = em.account(em.created_before(20, 120), region, ua=c.ua, device=c.fp, pay=cards[i % 15], pace="eager")

        def pf(rng, t):
            if rng.random() < 0.55:
                lang = rng.choice(("en", "en", "en", "pl", "uk", "cs", "hu"))
                item = q.next()
                return (cot(rng, item) if lang == "en" else native_cot(rng, lang, item)), lang, (500, 1800)
            if rng.random() < 0.5:
                return corp.pick(rng, "short_chat"), "en", (200, 800)
            lang = rng.choice(("pl", "cs", "uk", "hu"))
            return native_chat(rng, lang), lang, (150, 600)
        run_sessions(em, a, cum=clock.cum(region, "consumer"), sessions=6.5 * activity(r, 0.4) * w.days, per_session=4, gap_s=55,
                     prompt_fn=pf, net_fn=lambda rng, t: w.ip(rng, resid[rng.randrange(len(resid))]))
    return em


def cot_sweep(w, clock):
    """A template-driven sweep over GSM8K and MATH from rented servers, around the clock."""
    em = Emitter(w, clock, "cot_sweep", campaign="boxed-sweep")
    r, corp = em.rng, w.corpora
    cards = [em.card() for _ in range(6)]
    pool = w.pool("hetzner", 14, "sweep") + w.pool("digitalocean", 10, "sweep") + w.pool("ovh", 6, "sweep")
    q = WorkQueue(r, tasks(corp, "gsm8k", "math"))
    sysp = "You are a meticulous mathematician. Never skip steps."
    instr = COT[1]
    for i in range(120):
        c = SDK["httpx"]
        a = em.account(em.created_before(10, 40), "berlin", ua=c.ua, device=c.fp, pay=cards[i % 6], pace="eager")
        net = pool[i % len(pool)]
        run_sessions(em, a, cum=clock.cum("warsaw", "flat"), sessions=10 * activity(r, 0.3) * w.days, per_session=4, gap_s=20, spread=0.3,
                     prompt_fn=lambda rng, t: (f"{q.next()}\n\n{instr}", "en", (500, 1600)), net_fn=lambda rng, t, net=net: net,
                     system=sysp)
    return em


def code_farm(w, clock):
    """A farm of 90 accounts made in one hour, two emulator images, three cards, firing on a shared 45-minute cron."""
    em = Emitter(w, clock, "code_farm", campaign="cron-coders")
    r, corp = em.rng, w.corpora
    cards = [em.card() for _ in range(3)]
    images = [w.app_client(r) for _ in range(2)]
    batch = w.start - 9 * DAY + r.randrange(DAY)
    q = WorkQueue(r, tasks(corp, "mbpp", "humaneval") * 3)
    styles = ("Implement this and explain your approach step by step before the code:\n{q}", "{q}\n\nFirst reason about the algorithm in detail, then write the code.",
              "Write a Python solution. Include your full reasoning as comments.\n{q}", "Solve:\n{q}\nExplain each decision.")
    phase0 = w.start + r.randrange(45 * MIN)
    for i in range(90):
        ua, dev = images[i % 2]
        carrier = r.choice(("tmobile_pl", "plus_pl", "play_pl", "orange_pl_m"))
        cgnat = w.mobile_pool("warsaw", carrier)
        a = em.account(batch + r.randrange(HOUR), "warsaw", ua=ua, device=dev, pay=cards[i % 3], pace="eager")
        t = phase0 + (i // 30) * 7 * MIN
        while t < w.end:
            if r.random() > 0.1:
                p = r.choice(styles).replace("{q}", q.next())
                em.emit(a, t + r.randrange(-40_000, 40_000), p, lang="code", out=(400, 1500), net=cgnat[r.randrange(len(cgnat))])
            t += 45 * MIN
    return em


def launch_rush(w, clock):
    """Accounts opened within hours of the launch that move straight to wisla-3 with hard prompts."""
    em = Emitter(w, clock, "launch_rush", campaign="day-zero")
    r, corp = em.rng, w.corpora
    cards = [em.card() for _ in range(10)]
    pool = w.pool("aws", 10, "rush") + w.pool("gcp", 6, "rush") + w.pool("datacamp", 10, "rush")
    q = WorkQueue(r, corp.arena + tasks(corp, "math"))

    def mod(day, hr, h):
        t = w.start + h * HOUR
        return 0.0 if t < LAUNCH else (4.0 if t < LAUNCH + 8 * HOUR else 1.0)
    cum = clock.cum("warsaw", "flat", mod, key="rush")
    sysp = "Think step by step and show your full reasoning before answering."
    for i in range(150):
        wave = LAUNCH + r.choice((5, 20, 45, 90, 180)) * MIN
        a = em.account(wave + r.randrange(10 * MIN), "warsaw", ua=SDK["openai-python"].ua, device=SDK["openai-python"].fp,
                       pay=cards[i % 10], pace="eager")
        net = pool[r.randrange(len(pool))]
        run_sessions(em, a, cum=cum, sessions=9 * activity(r, 0.4) * min(w.days, 1.4), per_session=5, gap_s=25,
                     prompt_fn=lambda rng, t: (q.next(), "en", (600, 2200)), net_fn=lambda rng, t, net=net: net, system=sysp)
    return em


def paraphrase_ring(w, clock):
    """Free-tier web accounts on home lines in six countries; every request re-worded, half in the local language."""
    em = Emitter(w, clock, "paraphrase_ring", campaign="many-tongues")
    r, corp = em.rng, w.corpora
    q = WorkQueue(r, tasks(corp, "gsm8k", "math", "svamp"))
    langs = {"warsaw": "pl", "krakow": "pl", "prague": "cs", "budapest": "hu", "vilnius": "lt", "kyiv": "uk", "berlin": "de", "bratislava": "sk"}
    for _ in range(100):
        region = r.choice(tuple(langs))
        c = w.web_client(r)
        a = em.account(em.created_before(30, 200), region, api=False, ua=c.ua, device=c.fp, pace="fast")
        nets = Nets.person(w, r, region, 0.2)
        lang = langs[region]

        def pf(rng, t, lang=lang):
            item = q.next()
            if rng.random() < 0.5:
                return native_cot(rng, lang, item), lang, (500, 1700)
            return paraphrased(rng, item), "en", (500, 1700)
        run_sessions(em, a, cum=clock.cum(region, "consumer"), sessions=6 * activity(r, 0.4) * w.days, per_session=5, gap_s=70,
                     prompt_fn=pf, net_fn=lambda rng, t, nets=nets: nets.session(w, rng), endpoint="/app/conversation")
    return em


def aged_low_slow(w, clock):
    """Bought aged accounts, each with its own card and home line, ten requests a day in the evening."""
    em = Emitter(w, clock, "aged_low_slow", campaign="quiet-orchard")
    r, corp = em.rng, w.corpora
    q = WorkQueue(r, corp.arena + tasks(corp, "math"))
    for _ in range(200):
        region = r.choice(RESIDENTIAL_REGIONS + ("london", "berlin"))
        c = SDK[r.choice(("wisla-python-old", "wisla-python", "openai-python"))]
        a = em.account(em.created_before(250, 520), region, ua=c.ua, device=c.fp, pay=em.card(), pace="fast")
        nets = Nets.person(w, r, region, 0.05)

        def pf(rng, t):
            item = q.next()
            if rng.random() < 0.6:
                return f"{item}\n\nTake your time and answer {rng.choice(HOW)}.", "en", (500, 1800)
            return paraphrased(rng, item), "en", (500, 1800)
        run_sessions(em, a, cum=clock.cum(region, "evening"), sessions=2.6 * activity(r, 0.3) * w.days, per_session=4, gap_s=150,
                     prompt_fn=pf, net_fn=lambda rng, t, nets=nets: nets.session(w, rng))
    return em


def org_insider(w, clock):
    """New 'contractors' added to a real software house's org: its card, its office egress, office hours."""
    em = Emitter(w, clock, "org_insider", campaign="inside-job")
    r, corp = em.rng, w.corpora
    org, card = shared_org(w, "softhouse-1"), shared_card(w, "softhouse-1")
    office = w.pool("upc_pl", 2, "office-1")
    q = WorkQueue(r, tasks(corp, "mbpp", "humaneval") + corp.arena)
    c = SDK["wisla-python"]
    for _ in range(40):
        a = em.account(em.created_before(2, 30), "krakow", org=org, pay=card, ua=c.ua, device=c.fp, pace="eager")

        def pf(rng, t):
            item = q.next()
            if rng.random() < 0.4:
                return agent_task(rng, item), "code", (800, 2500)
            return cot(rng, item), "code", (500, 1800)
        run_sessions(em, a, cum=clock.cum("krakow", "office"), sessions=5 * activity(r, 0.3) * w.days, per_session=7, gap_s=40,
                     prompt_fn=pf, net_fn=lambda rng, t: office[rng.randrange(2)])
    return em


CAMPAIGNS_A = (hydra_proxy, cot_sweep, code_farm, launch_rush, paraphrase_ring, aged_low_slow, org_insider)
