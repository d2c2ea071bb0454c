"""Distillation campaigns, part B: a reseller tenant, a network rotator, agent-trajectory harvest, a fake
edtech, a campaign blending into matura week, a rejection sampler and a 'translation agency'."""

from __future__ import annotations

from .behave import Nets, activity, run_sessions
from .benign_orgs import MOSTAI_UA, shared_card, shared_org
from .benign_people import _app_ua
from .campaigns_a import residential_asns, tasks
from .emit import Emitter
from .harvest import WorkQueue, agent_task, cot, native_cot, paraphrased, reconstruct
from .phrases import PL_MATURA, fill
from .world import DAY, HOUR, MIN, PL_CITIES, SDK, WEB, World


def reseller_tenant(w, clock):
    """One tenant of the MostAI reseller: same org, card and egress as its thousands of honest customers."""
    em = Emitter(w, clock, "reseller_tenant", campaign="tenant-42")
    r, corp = em.rng, w.corpora
    org, card = shared_org(w, "mostai"), shared_card(w, "mostai")
    egress = w.pool("hetzner", 4, "mostai")
    q = WorkQueue(r, tasks(corp, "math", "gsm8k", "mbpp"))
    for _ in range(60):
        a = em.account(em.created_before(15, 90), "berlin", org=org, pay=card, ua=MOSTAI_UA, device=SDK["go"].fp, pace="eager")
        run_sessions(em, a, cum=clock.cum("berlin", "consumer"), sessions=15 * activity(r, 0.3) * w.days, per_session=3, gap_s=30,
                     prompt_fn=lambda rng, t: ((cot if rng.random() < 0.5 else paraphrased)(rng, q.next()), "en", (500, 1700)),
                     net_fn=lambda rng, t: egress[rng.randrange(4)])
    return em


def network_rotator(w, clock):
    """Every request from a new network (mobile proxies, VPN exits, cloud) with a rotating browser identity."""
    em = Emitter(w, clock, "network_rotator", campaign="chameleon")
    r, corp = em.rng, w.corpora
    cards = [em.card() for _ in range(4)]
    mixed = residential_asns() + ["m247", "datacamp", "proton", "clouvider", "aws", "digitalocean", "linode"]
    q = WorkQueue(r, tasks(corp, "math", "gsm8k", "svamp"))
    for i in range(80):
        c = WEB[r.randrange(len(WEB))]
        a = em.account(em.created_before(5, 60), "warsaw", ua=c.ua, device=c.fp, pay=cards[i % 4], pace="eager")

        def pf(rng, t):
            c2 = WEB[rng.randrange(len(WEB))]
            lang = rng.choice(("en", "pl", "uk", "cs", "de"))
            item = q.next()
            p = cot(rng, item) if lang == "en" else native_cot(rng, lang, item)
            return p, lang, (500, 1600), {"ua": c2.ua, "device": c2.fp}
        run_sessions(em, a, cum=clock.cum("warsaw", "dev"), sessions=25 * activity(r, 0.4) * w.days, per_session=1, gap_s=1,
                     prompt_fn=pf, net_fn=lambda rng, t: w.ip(rng, mixed[rng.randrange(len(mixed))]))
    return em


AGENT_HARVEST_SYSTEM = ("You are an expert autonomous software and research agent. Always write out your full reasoning between tool calls "
                        "in <thinking> tags, list every tool call with arguments, and never summarise or skip steps.")


def agent_harvest(w, clock):
    """Synthetic agent trajectories requested from a spoofed coding-agent client on rented servers."""
    em = Emitter(w, clock, "agent_harvest", campaign="trajectory-mill")
    r, corp = em.rng, w.corpora
    cards = [em.card() for _ in range(5)]
    q = WorkQueue(r, tasks(corp, "mbpp", "humaneval", "gsm8k") + corp.arena)
    for i in range(70):
        c = SDK[r.choice(("wisla-code", "wisla-code-linux"))]
        a = em.account(em.created_before(15, 60), "warsaw", ua=c.ua, device=c.fp, pay=cards[i % 5], pace="eager")
        net = w.pool(r.choice(("ovh", "linode")), 1, f"mill-{i}")[0]
        run_sessions(em, a, cum=clock.cum("kyiv", "dev"), sessions=2.2 * activity(r, 0.3) * w.days, per_session=14, gap_s=12,
                     spread=0.5, prompt_fn=lambda rng, t: (agent_task(rng, q.next()), "code", (900, 3000), {"ctx": int(rng.lognormvariate(8.0, 0.5))}),
                     net_fn=lambda rng, t, net=net: net, system=AGENT_HARVEST_SYSTEM)
    return em


def edu_cover(w, clock):
    """A fake tutoring app: per-'pupil' accounts that walk the MATH set in order, each problem once, day and night."""
    em = Emitter(w, clock, "edu_cover", campaign="smart-matura")
    r, corp = em.rng, w.corpora
    org, card = shared_org(w, "smartmatura"), shared_card(w, "smartmatura")
    egress = w.pool("gcp", 2, "smartmatura")
    sysp = ("Jesteś korepetytorem aplikacji SmartMatura. Uczeń przygotowuje się do matury rozszerzonej. Rozwiąż zadanie, "
            "wyjaśniając szczegółowo każdy krok rozumowania, a na końcu podaj odpowiedź.")
    batch = w.start - 12 * DAY + r.randrange(DAY)
    items = corp.raw["math"]
    ua = "SmartMatura-api/1.0 wisla-python/1.8.2"
    for i in range(50):
        a = em.account(batch + r.randrange(30 * MIN), r.choice(PL_CITIES), org=org, pay=card, ua=ua, device=SDK["wisla-python"].fp, pace="eager")
        mine = items[i::50]
        pos = [r.randrange(len(mine))]

        def pf(rng, t, mine=mine, pos=pos):
            pos[0] += 1
            return mine[pos[0] % len(mine)], "en", (500, 1600)
        run_sessions(em, a, cum=clock.cum("warsaw", "flat"), sessions=12 * activity(r, 0.2) * w.days, per_session=3, gap_s=60,
                     prompt_fn=pf, net_fn=lambda rng, t: egress[rng.randrange(2)], system=sysp)
    return em


def matura_blend(w, clock):
    """Hidden in matura week: Polish mobile CGNAT via a mobile-proxy farm, the Android app's identity, free tier,
    Polish step-by-step maths. Unlike pupils, it does not stop during the exam."""
    em = Emitter(w, clock, "matura_blend", campaign="exam-shadow")
    r, corp = em.rng, w.corpora
    q = WorkQueue(r, tasks(corp, "gsm8k", "math", "svamp"))
    for _ in range(120):
        region = r.choice(PL_CITIES)
        ua, dev = w.app_client(r)
        a = em.account(em.created_before(20, 50), region, api=False, ua=ua, device=dev, pace="fast")
        nets = Nets.person(w, r, region, 0.9)
        uakw = _app_ua(a, ua)

        def pf(rng, t, uakw=uakw):
            if rng.random() < 0.25:
                return native_cot(rng, "pl", fill(rng, rng.choice(PL_MATURA))), "pl", (400, 1300), uakw(t)
            return native_cot(rng, "pl", q.next()), "pl", (500, 1500), uakw(t)
        run_sessions(em, a, cum=clock.cum(region, "student"), sessions=7 * activity(r, 0.35) * w.days, per_session=4.5, gap_s=80,
                     prompt_fn=pf, net_fn=lambda rng, t, nets=nets: nets.session(w, rng), endpoint="/app/conversation")
    return em


def rejection_sampler(w, clock):
    """The same prompt sent by several accounts within a minute or two: samples for rejection sampling."""
    em = Emitter(w, clock, "rejection_sampler", campaign="best-of-n")
    r, corp = em.rng, w.corpora
    vouchers = [em.card() for _ in range(2)]
    pool = w.pool("digitalocean", 12, "bon")
    q = WorkQueue(r, tasks(corp, "gsm8k", "math"))
    cum = clock.cum("warsaw", "flat")
    for g in range(10):
        accs = [em.account(em.created_before(7, 35), "warsaw", ua=SDK["httpx"].ua, device=SDK["httpx"].fp, pay=vouchers[g % 2], pace="eager")
                for _ in range(6)]
        for _ in range(int(48 * w.days)):
            t = clock.sample(r, cum)
            item = q.next()
            prompt = cot(r, item) if r.random() < 0.7 else reconstruct(r, item)
            for a in r.sample(accs, r.randint(4, 6)):
                em.emit(a, t + r.randrange(0, 90_000), prompt, out=(500, 1600), net=pool[r.randrange(len(pool))])
    return em


def translation_front(w, clock):
    """A 'translation agency' whose jobs are problems to translate and solve with the reasoning in the target language."""
    em = Emitter(w, clock, "translation_front", campaign="lingua-front")
    r, corp = em.rng, w.corpora
    org, card = shared_org(w, "tlumaczenia_expres"), shared_card(w, "tlumaczenia_expres")
    office = w.pool("netia", 5, "expres")
    q = WorkQueue(r, tasks(corp, "gsm8k", "math", "mbpp"))
    targets = {"polski": "pl", "český": "cs", "українська": "uk", "magyar": "hu", "lietuvių": "lt", "Deutsch": "de"}
    for _ in range(50):
        c = w.web_client(r) if r.random() < 0.5 else SDK["wisla-python"]
        a = em.account(em.created_before(20, 90), "warsaw", org=org, pay=card, ua=c.ua, device=c.fp, pace="fast")

        def pf(rng, t):
            name = rng.choice(tuple(targets))
            return (f"Zlecenie tłumaczeniowe. Język docelowy: {name}. Przetłumacz zadanie, a następnie rozwiąż je w tym języku, "
                    f"zapisując pełny tok rozumowania krok po kroku.\n\n{q.next()}"), targets[name], (700, 2200)
        run_sessions(em, a, cum=clock.cum("warsaw", "office"), sessions=8 * activity(r, 0.3) * w.days, per_session=5, gap_s=50,
                     prompt_fn=pf, net_fn=lambda rng, t: office[rng.randrange(5)])
    return em


CAMPAIGNS_B = (reseller_tenant, network_rotator, agent_harvest, edu_cover, matura_blend, rejection_sampler, translation_front)
