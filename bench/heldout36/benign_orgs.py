"""Benign organisations: relaying platforms, support bots, evaluation jobs, developers, companies."""

from __future__ import annotations

from .behave import Nets, activity, run_sessions
from .benign_people import _matura_mod
from .emit import Emitter
from .orgtext import KORKI_SYSTEM, SUPPORT, TUTOR_SYSTEM, support_msg
from .phrases import PL_MATURA, fill, native_chat, wrap
from .world import DAY, HEX, HOUR, LAUNCH, MIN, PL_CITIES, SDK, World

MOSTAI_UA = "MostAI-Gateway/2.3 (+https://most.ai/gateway)"


def shared_card(w: World, name: str) -> str:
    return w.entity("card", name, "pf_", 20, HEX)


def shared_org(w: World, name: str) -> str:
    return w.entity("org", name, "org_")


def stream(em: Emitter, a, cum, total: float, fn, net_pool, **kw) -> None:
    """A service account relaying end users: `total` requests spread over the users' daily cycle."""
    r = em.rng
    for _ in range(int(total)):
        t = em.clock.sample(r, cum)
        res = fn(r, t)
        extra = dict(kw)
        if len(res) == 4:
            extra.update(res[3])
        em.emit(a, t, res[0], lang=res[1], out=res[2], net=net_pool[r.randrange(len(net_pool))], **extra)


def edtech_relay(w, clock):
    """Lekcja+, a national e-learning platform: every pupil's message goes through its backend."""
    em = Emitter(w, clock, "edtech_relay")
    r, corp = em.rng, w.corpora
    org, card = shared_org(w, "lekcjaplus"), shared_card(w, "lekcjaplus")
    egress = w.pool("gcp", 6, "lekcjaplus")
    ua = "LekcjaPlus-backend/2027.18 wisla-python/1.8.2"
    cum = clock.cum("warsaw", "student", _matura_mod, key="matura")
    grades = ("4 SP", "6 SP", "8 SP", "1 LO", "2 LO", "3 LO", "4 LO", "4 LO", "4 LO")

    def pf(rng, t):
        sysp = TUTOR_SYSTEM.format(grade=rng.choice(grades))
        x = rng.random()
        if x < 0.4:
            q = wrap(rng, "pl", fill(rng, rng.choice(PL_MATURA)))
        elif x < 0.65:
            q = wrap(rng, "pl", corp.task(rng, {"gsm8k": 2, "svamp": 2, "math": 1})[1])
        elif x < 0.8:
            q = rng.choice(("nie rozumiem kroku 2", "a dlaczego tam jest minus?", "możesz prościej?", "dzięki, a następne?",
                            "sprawdź czy dobrze: wyszło mi x = 3", "ok a jak to zapisać na maturze żeby było na pełne punkty"))
        else:
            q = native_chat(rng, "pl")
        return q, "pl", (200, 900), {"system": sysp}
    for name, share, pace in (("prod-web", 0.45, "never"), ("prod-mobile", 0.4, "never"), ("teacher-tools", 0.1, "never"), ("staging", 0.05, "eager")):
        a = em.account(em.created_before(200, 600), "warsaw", org=org, pay=card, ua=ua, device=SDK["wisla-python"].fp, pace=pace,
                       base=(("wisla-2.5-mini", 80), ("wisla-2.5", 20)))
        stream(em, a, cum, 4300 * w.days * share, pf, egress, err=0.02)
    return em


def tutor_subaccounts(w, clock):
    """Korki24 provisions one account per pupil under its org, in bulk, all behind its servers."""
    em = Emitter(w, clock, "tutor_subaccounts")
    r, corp = em.rng, w.corpora
    org, card = shared_org(w, "korki24"), shared_card(w, "korki24")
    egress = w.pool("aws", 3, "korki24")
    c = SDK["wisla-node"]
    cum = clock.cum("warsaw", "student", _matura_mod, key="matura")
    batches = [w.start - d * DAY - r.randrange(3 * HOUR) for d in (243, 118, 26)]
    for i in range(420):
        created = batches[min(i // 140, 2)] + r.randrange(40 * MIN)
        a = em.account(created, r.choice(PL_CITIES), org=org, pay=card, ua="Korki24/5.2 (server) " + c.ua, device=c.fp,
                       pace="slow", base=(("wisla-2.5", 100),))

        def pf(rng, t):
            if rng.random() < 0.6:
                return wrap(rng, "pl", fill(rng, rng.choice(PL_MATURA))), "pl", (300, 1000)
            return corp.pick(rng, "math") if rng.random() < 0.5 else corp.pick(rng, "gsm8k"), "en", (300, 1100)
        run_sessions(em, a, cum=cum, sessions=1.6 * activity(r) * w.days, per_session=3.5, gap_s=110, prompt_fn=pf,
                     net_fn=lambda rng, t: egress[rng.randrange(3)], system=KORKI_SYSTEM)
    return em


def support_bots(w, clock):
    """Customer-service apps: one system prompt, thousands of end users behind a handful of keys."""
    em = Emitter(w, clock, "support_bots")
    plan = (("courier", 2, 1800, "warsaw", "gcp"), ("marketplace", 2, 1500, "warsaw", "atman"), ("bank", 2, 700, "warsaw", "corp_bank"),
            ("telecom", 1, 400, "prague", "azure"), ("pharmacy", 1, 350, "krakow", "ovh"), ("airline", 2, 300, "vilnius", "aws"))
    for kind, n_acc, per_day, region, asn in plan:
        org, card = shared_org(w, kind), shared_card(w, kind)
        egress = w.pool(asn, 2, kind)
        c = SDK[em.rng.choice(("java", "wisla-python", "go", "wisla-node"))]
        sysp = SUPPORT[kind][0]
        lang = {"telecom": "cs", "airline": "en"}.get(kind, "pl")
        for _ in range(n_acc):
            a = em.account(em.created_before(60, 500), region, org=org, pay=card, ua=c.ua, device=c.fp, pace="never",
                           base=(("wisla-2.5-mini", 100),))
            cum = clock.cum(region, "consumer")
            stream(em, a, cum, per_day * w.days / n_acc, lambda rng, t, kind=kind, lang=lang: (support_msg(rng, kind), lang, (40, 220)),
                   egress, system=sysp)
    return em


def _bench_run(em, a, t0: int, items: list[str], fmt, conc: int, lat_s: float, net, system=None, model=None, out=(200, 700)):
    t = t0
    r = em.rng
    for i, q in enumerate(items):
        t += int(lat_s * 1000 / conc * r.uniform(0.6, 1.4))
        ok = em.emit(a, t, fmt.replace("{q}", q), lang="en", out=out, net=net, system=system, model=model, err=0.03)
        if not ok and t >= em.w.end:
            return


FEWSHOT = ("Q: There are 15 trees in the grove. Grove workers will plant trees today. After they are done, there will be 21 trees. "
           "How many trees did the grove workers plant today?\nA: There are 15 trees originally. Then there were 21 trees after some more "
           "were planted. So there must have been 21 - 15 = 6. The answer is 6.\n\n")


def batch_eval(w, clock):
    """Labs and companies running whole benchmarks, before and right after the launch."""
    em = Emitter(w, clock, "batch_eval")
    r, corp = em.rng, w.corpora
    R = corp.raw
    gsm = R["gsm8k"][-1319:]
    math500 = R["math"][::10]
    mbpp = R["mbpp"][:500]
    he = R["humaneval"]
    jobs = (
        ("ideas_lab", "gcp", [("wisla-2.5", 2.5), ("wisla-3", 15.5)], [(gsm, FEWSHOT + "Q: {q}\nA: Let's think step by step."), (math500, "Problem:\n{q}\nSolution: Let's think step by step and put the final answer in \\boxed{}."), (he, "Complete the following Python function.\n```python\n{q}\n```"), (mbpp, "You are an expert Python programmer, and here is your task: {q}")]),
        ("clarin_nlp", "pionier_waw", [("wisla-2.5", 6), ("wisla-3", 19)], [(gsm[:1000], "Rozwiąż zadanie. Podaj tok rozumowania krok po kroku, a na końcu napisz 'Odpowiedź:' i wynik.\n\n{q}")]),
        ("cz_vendor_eval", "hetzner", [("wisla-2.5", 30), ("wisla-3", 32), ("wisla-2.5-mini", 35)], [(he, "{q}"), (mbpp, "{q}")]),
        ("kyiv_uni", "uran", [("wisla-3", 33)], [(R["svamp"], "{q}\nLet's think step by step."), (gsm[:300], "{q}\nLet's think step by step.")]),
    )
    for name, asn, runs, suites in jobs:
        org, card = shared_org(w, name), shared_card(w, name)
        net = w.pool(asn, 1, name)[0]
        c = SDK[r.choice(("httpx", "openai-python", "aiohttp"))]
        accs = [em.account(em.created_before(30, 400), "warsaw", org=org, pay=card, ua=c.ua, device=c.fp, pace="never")
                for _ in range(len(suites))]
        for model, start_h in runs:
            for a, (items, fmt) in zip(accs, suites):
                _bench_run(em, a, w.start + int(start_h * HOUR) + r.randrange(20 * MIN), items, fmt, conc=r.choice((4, 8, 16)),
                           lat_s=r.uniform(4, 9), net=net, model=model, out=(150, 900))
    # a fintech's nightly regression suite: the same 300 prompts at 02:00 Budapest every night
    org, card = shared_org(w, "bp_fintech"), shared_card(w, "bp_fintech")
    suite = [fill(r, "Classify this card transaction as one of: groceries, travel, fuel, other. Merchant: {city} STACJA {n}{a}, amount {p}0 HUF")
             for _ in range(300)]
    for _ in range(2):
        a = em.account(em.created_before(100, 300), "budapest", org=org, pay=card, ua=SDK["java"].ua, device=SDK["java"].fp, pace="never")
        for d in range(w.days):
            _bench_run(em, a, clock.at_local("budapest", d, 2.0), suite, "{q}", conc=4, lat_s=1.5, net=w.pool("azure", 1, "bp")[0],
                       system="Reply with one word.", model="wisla-2.5-mini", out=(1, 3))
    return em


def embeddings(w, clock):
    em = Emitter(w, clock, "embeddings")
    r, corp = em.rng, w.corpora
    for i in range(36):
        region = r.choice(PL_CITIES + ("prague", "berlin", "budapest"))
        c = SDK[r.choice(("wisla-python", "langchain", "httpx"))]
        a = em.account(em.created_before(10, 500), region, org=shared_org(w, f"embed{i}"), pay=em.card(), ua=c.ua, device=c.fp, pace="never")
        net = w.pool(r.choice(("gcp", "aws", "ovh", "hetzner", "atman")), 1, f"embed{i}")[0]
        cum = clock.cum(region, r.choice(("flat", "office", "flat")))

        def pf(rng, t):
            src = rng.random()
            txt = corp.pick(rng, "docs")[:2000] if src < 0.4 else (corp.pick(rng, "nq") if src < 0.7 else corp.pick(rng, "chat")[:1500])
            return txt, "en", 0
        stream(em, a, cum, 110 * activity(r) * w.days, pf, [net], endpoint="/v1/embeddings", model="wisla-embed-2")
    return em


POP_ORGS_A = (edtech_relay, tutor_subaccounts, support_bots, batch_eval, embeddings)
