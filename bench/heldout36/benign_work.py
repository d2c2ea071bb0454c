"""Benign work traffic: coding agents, software houses, newsrooms, researchers, a hackathon, enterprises,
translators and a legitimate reseller."""

from __future__ import annotations

from .behave import Nets, activity, run_sessions
from .benign_orgs import MOSTAI_UA, shared_card, shared_org, stream
from .emit import Emitter
from .orgtext import (AGENT_SYSTEM, ENTERPRISE_SYSTEMS, ENTERPRISE_USER, NEWSROOM, TRANSLATE, agent_turn)
from .phrases import MATURA_SHEET, fill, native_chat, wrap
from .world import DAY, HOUR, LAUNCH, MATURA_MATHS, MIN, PL_CITIES, SDK, World

AGENT_CLIENTS = ("wisla-code", "wisla-code-linux", "continue", "aider")


def _agent_pf(corp):
    def pf(rng, t):
        return agent_turn(rng, corp.pick(rng, "code")), "code", (150, 1400), {"ctx": int(rng.lognormvariate(9.2, 0.7))}
    return pf


def coding_agents(w, clock):
    """Developers running a coding agent: long bursts of tool results, one shared agent system prompt."""
    em = Emitter(w, clock, "coding_agents")
    r, corp = em.rng, w.corpora
    for _ in range(340):
        region = r.choice(PL_CITIES + ("prague", "brno", "kyiv", "berlin", "london", "budapest", "vilnius"))
        c = SDK[r.choice(AGENT_CLIENTS)]
        a = em.account(em.created_before(1, 500), region, ua=c.ua, device=c.fp, pace="fast", pay=em.card())
        nets = Nets.person(w, r, region, 0.1)
        run_sessions(em, a, cum=clock.cum(region, "dev"), sessions=1.1 * activity(r) * w.days, per_session=16, gap_s=14,
                     spread=0.7, prompt_fn=_agent_pf(corp), net_fn=lambda rng, t, nets=nets: nets.session(w, rng), system=AGENT_SYSTEM)
    return em


def software_houses(w, clock):
    """Outsourcing firms: many developers on one org and one card, one office egress, some shared team keys."""
    em = Emitter(w, clock, "software_houses")
    r, corp = em.rng, w.corpora
    firms = (("wroclaw", 70, "netia"), ("krakow", 60, "upc_pl"), ("krakow", 35, "orange_pl"), ("kyiv", 65, "volia"),
             ("brno", 45, "o2_cz"), ("warsaw", 35, "netia"))
    for i, (region, size, isp) in enumerate(firms):
        org, card = shared_org(w, f"softhouse-{i}"), shared_card(w, f"softhouse-{i}")
        office = w.pool(isp, 2, f"office-{i}")
        lang = {"kyiv": "uk", "brno": "cs"}.get(region, "pl")
        team_keys = [em.key() for _ in range(4)]
        for _ in range(size):
            c = SDK[r.choice(AGENT_CLIENTS + ("wisla-python", "wisla-node", "java"))]
            shared = r.random() < 0.35
            a = em.account(em.created_before(3, 700), region, org=org, pay=card, ua=c.ua, device=c.fp, pace="slow",
                           key=team_keys[r.randrange(4)] if shared else None)
            nets = Nets.person(w, r, region, 0.1)
            agent = c.ua.startswith(("wisla-code", "Continue", "aider"))

            def pf(rng, t, agent=agent, lang=lang):
                if agent and rng.random() < 0.7:
                    return _agent_pf(corp)(rng, t)
                x = rng.random()
                if x < 0.45:
                    return wrap(rng, "en" if rng.random() < 0.6 else lang, corp.pick(rng, "code"), code=True), "code", (250, 1200)
                if x < 0.8:
                    return corp.pick(rng, "arena"), "en", (300, 1500)
                return native_chat(rng, lang), lang, (150, 600)

            def net(rng, t, nets=nets, office=office):
                return office[rng.randrange(2)] if rng.random() < 0.75 else nets.session(w, rng)
            run_sessions(em, a, cum=clock.cum(region, "office"), sessions=1.6 * activity(r) * w.days, per_session=7, gap_s=45,
                         prompt_fn=pf, net_fn=net)
    return em


def newsrooms(w, clock):
    """Media desks: testing wisla-3 live during the press event, solving the matura sheet for the noon article."""
    em = Emitter(w, clock, "newsrooms")
    r, corp = em.rng, w.corpora

    def mod(day, hr, h):
        t = w.start + h * HOUR
        if LAUNCH - 15 * MIN <= t < LAUNCH + 3 * HOUR or MATURA_MATHS + 3 * HOUR <= t < MATURA_MATHS + 6 * HOUR:
            return 5.0
        return 1.0
    for name, region, size, asn in (("dziennik", "warsaw", 40, "atman"), ("zpravy", "prague", 22, "o2_cz"), ("novyny", "kyiv", 18, "volia")):
        org, card = shared_org(w, name), shared_card(w, name)
        office = w.pool(asn, 2, name)
        cum = clock.cum(region, "news", mod, key=f"news-{name}")
        for _ in range(size):
            c = w.web_client(r)
            a = em.account(em.created_before(5, 300), region, api=False, org=org, pay=card, ua=c.ua, device=c.fp, pace="eager")
            nets = Nets.person(w, r, region, 0.35)

            def pf(rng, t):
                if MATURA_MATHS + 3 * HOUR <= t < MATURA_MATHS + 6 * HOUR and rng.random() < 0.6:
                    return "Rozwiąż krok po kroku, do artykułu z rozwiązaniami matury: " + rng.choice(MATURA_SHEET), "pl", (500, 1400)
                tpl = rng.choice(NEWSROOM)
                return fill(rng, tpl.replace("{doc}", "DD")).replace("DD", corp.pick(rng, "docs")[:2500]), "pl", (200, 900)
            run_sessions(em, a, cum=cum, sessions=2.2 * activity(r) * w.days, per_session=4, gap_s=90, prompt_fn=pf,
                         net_fn=lambda rng, t, nets=nets, office=office: office[rng.randrange(2)] if rng.random() < 0.6 else nets.session(w, rng),
                         endpoint="/app/conversation")
    return em


PROBES = ("What is the capital of Lithuania?", "Explain why the sky is blue in two sentences.", "Is it safe to mix bleach and vinegar?",
          "Write a haiku about the Vistula river.", "Who was Maria Skłodowska-Curie?", "Solve: a train leaves at 9:40 and arrives at 13:05. How long is the trip?")
LANGS8 = ("Odpowiedz po polsku.", "Odpověz česky.", "Válaszolj magyarul.", "Відповідай українською.", "Atsakyk lietuviškai.",
          "Odpovedz po slovensky.", "Antworte auf Deutsch.", "Answer in English.")


def researchers(w, clock):
    """Academic groups: multilingual probing (one question in eight languages), long-context tests, safety sets."""
    em = Emitter(w, clock, "researchers")
    r, corp = em.rng, w.corpora
    for i in range(60):
        region = r.choice(("warsaw", "krakow", "prague", "budapest", "vilnius", "kyiv", "berlin"))
        uni = {"warsaw": "pionier_waw", "krakow": "cyfronet", "prague": "cesnet", "budapest": "kifu", "vilnius": "litnet",
               "kyiv": "uran", "berlin": "dfn"}[region]
        a = em.account(em.created_before(20, 700), region, ua=SDK["wisla-python"].ua, device=SDK["wisla-python"].fp, pace="eager",
                       pay=em.card(), org=shared_org(w, f"lab-{i // 4}"))
        net = w.pool(uni, 3, f"lab-{i // 4}")

        def pf(rng, t):
            x = rng.random()
            if x < 0.4:
                return rng.choice(PROBES) + " " + rng.choice(LANGS8), "pl", (40, 300)
            if x < 0.6:
                return "Summarise the following document in Polish:\n" + corp.pick(rng, "docs"), "en", (200, 600)
            return corp.pick(rng, "arena"), "en", (300, 1500)
        run_sessions(em, a, cum=clock.cum(region, "office"), sessions=2.0 * activity(r) * w.days, per_session=12, gap_s=8,
                     prompt_fn=pf, net_fn=lambda rng, t, net=net: net[rng.randrange(3)])
    return em


def hackathon(w, clock):
    """HackWisła 24h in Kraków (Wed 18:00 to Thu 18:00): fresh accounts, one voucher, one venue Wi-Fi."""
    em = Emitter(w, clock, "hackathon")
    r, corp = em.rng, w.corpora
    voucher = shared_card(w, "hackwisla-voucher")
    venue = w.pool("vectra", 2, "venue")
    kick = clock.at_local("krakow", 0, 18.0)

    def mod(day, hr, h):
        t = w.start + h * HOUR
        if t < kick or t > kick + 24 * HOUR:
            return 0.0
        return 4.0 if t < kick + 3 * HOUR or t > kick + 20 * HOUR else (0.4 if 3 <= hr < 8 else 1.5)
    cum = clock.cum("krakow", "flat", mod, key="hack")
    for team in range(40):
        org = shared_org(w, f"hack-team-{team}")
        c = SDK[r.choice(("wisla-python", "wisla-node", "wisla-code", "httpx"))]
        for _ in range(4):
            a = em.account(kick - r.randrange(10 * MIN, 150 * MIN), "krakow", org=org, pay=voucher, ua=c.ua, device=c.fp, pace="eager")
            nets = Nets.person(w, r, "krakow", 0.9)

            def pf(rng, t):
                x = rng.random()
                if x < 0.35:
                    return _agent_pf(corp)(rng, t)
                if x < 0.6:
                    return wrap(rng, "en", corp.pick(rng, "code"), code=True), "code", (250, 1200)
                if x < 0.8:
                    return corp.pick(rng, "short_chat"), "en", (200, 900)
                return native_chat(rng, "pl"), "pl", (150, 600)
            run_sessions(em, a, cum=cum, sessions=6 * activity(r, 0.5) * min(w.days, 1.6), per_session=6, gap_s=30, prompt_fn=pf,
                         net_fn=lambda rng, t, nets=nets: venue[rng.randrange(2)] if rng.random() < 0.8 else nets.session(w, rng))
    return em


def enterprise_pinned(w, clock):
    """Banks, insurers, public administration, utilities: pinned models, corporate proxies, office hours."""
    em = Emitter(w, clock, "enterprise_pinned")
    r, corp = em.rng, w.corpora
    orgs = (("bank_nadwislanski", "corp_bank", 50), ("ubezpieczenia", "azure", 40), ("urzad", "gov_pl", 45), ("energa_dystr", "corp_energy", 45),
            ("pharma_cz", "azure", 30))
    for name, asn, size in orgs:
        org, card = shared_org(w, name), shared_card(w, name)
        proxy = w.pool(asn, 3, name)
        sysp = r.choice(ENTERPRISE_SYSTEMS)
        c = SDK[r.choice(("java", "wisla-python", "litellm"))]
        base = r.choice(((("wisla-2.5", 100),), (("wisla-2", 100),), (("wisla-2.5-mini", 70), ("wisla-2.5", 30))))
        for _ in range(size):
            a = em.account(em.created_before(30, 700), "warsaw" if asn != "azure" else r.choice(("warsaw", "prague")), org=org, pay=card,
                           ua=c.ua, device=c.fp, pace="never", base=base)

            def pf(rng, t):
                tpl = rng.choice(ENTERPRISE_USER)
                return fill(rng, tpl.replace("{doc}", "DD")).replace("DD", corp.pick(rng, "docs")[:1800]), "pl", (40, 400)
            run_sessions(em, a, cum=clock.cum(a.region, "office"), sessions=2.5 * activity(r) * w.days, per_session=5, gap_s=60,
                         prompt_fn=pf, net_fn=lambda rng, t, proxy=proxy: proxy[rng.randrange(3)], system=sysp)
    return em


def translators(w, clock):
    em = Emitter(w, clock, "translators")
    r, corp = em.rng, w.corpora
    agency_org, agency_card = shared_org(w, "lingua_vistula"), shared_card(w, "lingua_vistula")
    office = w.pool("orange_pl", 1, "lingua")
    for i in range(110):
        agency = i < 25
        region = "krakow" if agency else r.choice(PL_CITIES + ("kyiv", "prague", "berlin"))
        c = w.web_client(r) if r.random() < 0.6 else SDK["wisla-python"]
        a = em.account(em.created_before(10, 700), region, org=agency_org if agency else None, pay=agency_card if agency else em.card(),
                       ua=c.ua, device=c.fp, pace="slow")
        nets = Nets.person(w, r, region, 0.1)

        def pf(rng, t):
            return rng.choice(TRANSLATE).replace("{doc}", corp.pick(rng, "docs")[:9000]), "en", (800, 3000)
        run_sessions(em, a, cum=clock.cum(region, "office"), sessions=2.2 * activity(r) * w.days, per_session=5, gap_s=240, prompt_fn=pf,
                     net_fn=lambda rng, t, nets=nets, agency=agency: office[0] if agency and rng.random() < 0.8 else nets.session(w, rng))
    return em


def reseller_legit(w, clock):
    """MostAI, an aggregator reselling many providers: thousands of unrelated customers behind five keys."""
    em = Emitter(w, clock, "reseller_legit")
    r, corp = em.rng, w.corpora
    org, card = shared_org(w, "mostai"), shared_card(w, "mostai")
    egress = w.pool("hetzner", 4, "mostai")

    def pf(rng, t):
        x = rng.random()
        if x < 0.5:
            return corp.pick(rng, "chat"), "en", (200, 1000)
        if x < 0.65:
            return corp.task(rng, {"gsm8k": 1, "math": 1, "mbpp": 1, "humaneval": 1})[1], "en", (250, 1100)
        if x < 0.8:
            return corp.pick(rng, "nq"), "en", (50, 250)
        return native_chat(rng, rng.choice(("pl", "cs", "uk", "de", "hu"))), "pl", (150, 600)
    for k, per_day in enumerate((900, 700, 500, 300, 150)):
        a = em.account(em.created_before(90, 400), "berlin", org=org, pay=card, ua=MOSTAI_UA, device=SDK["go"].fp, pace="eager")
        stream(em, a, clock.cum("berlin", "consumer"), per_day * w.days, pf, egress, err=0.02)
    return em


POP_WORK = (coding_agents, software_houses, newsrooms, researchers, hackathon, enterprise_pinned, translators, reseller_legit)
