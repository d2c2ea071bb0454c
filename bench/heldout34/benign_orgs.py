"""Benign organisations: eval teams, SaaS relays, agencies, CI, zero-retention, bots, government, enterprise."""
from __future__ import annotations

from . import networks as nw
from .core import (EP_CHAT, LAUNCH_MS, START_MS, World, comp, created_between, per_day, rotating, sticky, times)
from .people import home_and_mobile, human_traffic
from .texts import (AGENCY_SYSTEM, CI_PROMPTS_N, CLIENTS, COPILOT_SYSTEM, EVAL_TEMPLATES, GOV_SYSTEM,
                    HEALTH_PROMPT, SAAS, VOICES)
from .world import (BROWSER_UA, EMBED_MODEL, EP_EMBED, EP_RESP, HOUR_MS, NEW_MODEL, SDK_UA, local_midnight, ja4_for)

GSM8K_TEST = 7473  # the corpus holds GSM8K train (7,473) then test (1,319)


def _bench_items(w: World, bench: str, n: int, offset: int = 0) -> list[str]:
    pool = w.c["gsm8k"][GSM8K_TEST:] if bench == "gsm8k" else w.c[bench]
    return [pool[(offset + i) % len(pool)] for i in range(n)]


def eval_teams(w: World, n_teams: int = 3) -> None:
    """Benchmark runs in dataset order with standard CoT templates: harbour-2.5 baselines in the
    morning, then the full suites on harbour-3 as soon as it launches."""
    r = w.rng("pop/eval_teams")
    teams = [("melbourne", "aws_syd", "t3", [(8.5, "gsm8k", "harbour-2.5", 600), (10.6, "gsm8k", NEW_MODEL, 1319),
                                            (13.0, "math", NEW_MODEL, 500), (33.0, "math", NEW_MODEL, 500)]),
             ("sydney", "gcp_syd", "t2", [(11.2, "math", NEW_MODEL, 500), (12.5, "humaneval", NEW_MODEL, 164),
                                          (15.0, "mbpp", NEW_MODEL, 500), (35.5, "gsm8k", NEW_MODEL, 1319)]),
             ("auckland", "reannz", "t2", [(31.0, "mbpp", "harbour-2.5", 300), (32.0, "mbpp", NEW_MODEL, 500),
                                           (34.0, "humaneval", NEW_MODEL, 164), (36.0, "math", "harbour-2.5", 400)])]
    for city, net, tier, runs in teams[:n_teams]:
        org, card = w.org(), w.card()
        egress = nw.pool(w.rng("pool/eval/" + city), net, 2)
        ua = r.choice(SDK_UA[:3])
        accts = [w.account("eval_teams", city, created_between(r, 90, 700), tier=tier, org=org, pay=card,
                           keys=[w.key()], ua=ua, device=ja4_for(ua), net=rotating(egress), endpoint=EP_CHAT,
                           retry=1.0) for _ in range(r.randint(3, 4))]
        for k, (start_h, bench, model, count) in enumerate(runs):
            a = accts[k % len(accts)]
            rate = r.uniform(2.5, 4.5) if tier == "t3" else r.uniform(5.2, 6.5)  # req/s, fixed concurrency
            t0 = START_MS + int(start_h * HOUR_MS) + r.randrange(600_000)
            for i, q in enumerate(_bench_items(w, bench, count, r.randrange(50) if bench == "math" else 0)):
                t = t0 + int(i * 1000 / rate) + r.randrange(400)
                mx = 512 if bench in ("humaneval", "mbpp") else 1024
                w.emit(r, a, t, EVAL_TEMPLATES[bench].format(q=q), model=model, completion=comp(r, 330, 0.5, mx))


def saas_relay(w: World, n: int = 0) -> None:
    """Apps relaying thousands of end users under one system prompt from a few NAT gateways."""
    r = w.rng("pop/saas_relay")
    for name, (system, pools, daily, city) in SAAS.items():
        pool = [q for p in pools.split("+") for q in w.c[p]]
        org, card = w.org(), w.card()
        nat = nw.pool(w.rng("pool/saas/" + name), "aws_syd", 3)
        ua = r.choice(["harbour-node/5.1.0 (Node 22.14.0; linux)", "harbour-python/2.3.1 (CPython 3.12.8; Linux)"])
        for env, share in (("prod", 1.0), ("staging", 0.03)):
            a = w.account("saas_relay", city, created_between(r, 120, 900), tier="t3", org=org, pay=card,
                          keys=[w.key()], ua=ua, device=ja4_for(ua), net=rotating(nat), endpoint=EP_CHAT,
                          models=["harbour-2.5-mini"], h3_delay_h=26 if env == "staging" else 99, h3_share=1.0)
            prof = "student" if name == "StudyNest" else "consumer"
            for t in times(w, r, a, prof, max(5, int(daily * share * w.days)), (1, 1), 1):
                w.emit(r, a, t, r.choice(pool), system=system, completion=comp(r, 380 if pools != "nq" else 90))


def agency_shared_card(w: World, n: int) -> None:
    """Marketing agencies: one account per client brand, all on the agency card and office IP."""
    r = w.rng("pop/agency_shared_card")
    made = 0
    while made < n:
        city = r.choice(["sydney", "melbourne", "brisbane", "auckland"])
        org, card = w.org(), w.card()
        office = nw.pool(r, "spark" if city == "auckland" else r.choice(["telstra", "aussiebb"]), 1)[0]
        ua = r.choice(SDK_UA[3:5])
        for client in r.sample(CLIENTS, min(r.randint(6, 16), n - made)):
            a = w.account("agency_shared_card", city, created_between(r, 20, 700), tier="t1", org=org, pay=card,
                          keys=[w.key()], ua=ua, device=ja4_for(ua), net=lambda rr, o=office: o, endpoint=EP_CHAT)
            human_traffic(w, r, a, per_day(r, w.days, 9, 0.6), "office", per_session=(3, 10), gap=40,
                          system=AGENCY_SYSTEM.format(client=client, voice=r.choice(VOICES)),
                          mix={"instr": 60, "chat_short": 40}, median=280)
            made += 1


def ci_bots(w: World, n: int) -> None:
    """CI jobs: the same few smoke-test prompts on a cron, from rotating cloud runner addresses."""
    r = w.rng("pop/ci_bots")
    runners = nw.pool(w.rng("pool/runners"), "azure_aue", 120)
    aws = nw.pool(w.rng("pool/ci_aws"), "aws_syd", 40)
    for i in range(n):
        ua = r.choice(["python-requests/2.32.3", "harbour-python/2.3.1 (CPython 3.12.8; Linux)", "Go-http-client/2.0"])
        a = w.account("ci_bots", r.choice(["sydney", "melbourne", "auckland"]), created_between(r, 30, 900),
                      tier="t1", org=w.org(), pay=w.card(), keys=[w.key()], ua=ua, device=ja4_for(ua),
                      net=rotating(runners if r.random() < 0.7 else aws), endpoint=EP_CHAT, models=["harbour-2.5-mini"],
                      h3_delay_h=r.uniform(2, 30), h3_share=0.3)
        suite = [r.choice(w.c[p]) for p in r.choices(["instr", "code", "chat_short"], k=r.randint(3, CI_PROMPTS_N))]
        nightly = i % 10 == 0
        every = r.choice([30, 60, 60, 120, 240]) * 60_000
        t = START_MS + r.randrange(every)
        while t < w.end:
            for j, p in enumerate(suite):
                w.emit(r, a, t + j * r.randint(300, 2500), p, completion=comp(r, 60, 0.3, 256))
            t += every + r.randrange(-20_000, 20_000)
        if nightly:  # nightly regression over a fixed MBPP slice at 02:00 local
            for d in range(w.days):
                t0 = local_midnight(d, a.city) + 2 * HOUR_MS
                for j, q in enumerate(w.c["mbpp"][:120]):
                    w.emit(r, a, t0 + j * 1500, EVAL_TEMPLATES["mbpp"].format(q=q), completion=comp(r, 180, 0.4, 512))


def zdr_orgs(w: World, n: int) -> None:
    """Zero-data-retention customers (health, legal, finance): tokens and metadata, never text."""
    r = w.rng("pop/zdr_orgs")
    made = 0
    sectors = ["hospital network", "law firm", "bank", "insurer", "state health", "accounting firm", "law firm"]
    for k, sector in enumerate(sectors):
        size = n // len(sectors) + (1 if k < n % len(sectors) else 0)
        city = r.choice(["sydney", "melbourne", "brisbane", "perth", "auckland"])
        org, card = w.org(), w.card()
        egress = nw.pool(r, "zscaler" if sector in ("bank", "insurer") else ("spark" if city == "auckland"
                                                                            else "telstra"), 2)
        ua = r.choice(["ClinicalNotes/3.2 harbour-python/2.3.1", "harbour-node/5.1.0 (Node 22.14.0; linux)",
                       "harbour-python/2.2.0 (CPython 3.11.11; Linux)"])
        for _ in range(size):
            a = w.account("zdr_orgs", city, created_between(r, 60, 800), tier="ent", org=org, pay=card,
                          keys=[w.key()], ua=ua, device=ja4_for(ua), net=rotating(egress), endpoint=EP_CHAT,
                          zdr=True, h3_delay_h=99)
            human_traffic(w, r, a, per_day(r, w.days, 11, 0.6), "office", per_session=(2, 8), gap=120, median=350,
                          mix={"chat": 40, "arena": 20, "instr": 40})
            made += 1


def repetitive_bots(w: World, n: int) -> None:
    """Health checks every few minutes, support bots with a dozen canned prompts, a radio trivia bot."""
    r = w.rng("pop/repetitive_bots")
    for i in range(n):
        ua = r.choice(["python-requests/2.32.3", "curl/8.11.1", "Go-http-client/2.0"])
        kind = ["health", "support", "support", "trivia"][i % 4]
        egress = nw.pool(r, r.choice(["aws_syd", "vultr_syd", "linode_syd"]), 1)
        a = w.account("repetitive_bots", r.choice(["sydney", "auckland", "brisbane"]), created_between(r, 60, 900),
                      tier="t1", org=w.org(), pay=w.card(), keys=[w.key()], ua=ua, device=ja4_for(ua),
                      net=rotating(egress), endpoint=EP_CHAT, models=["harbour-2.5-mini"], h3_share=0)
        if kind == "health":
            every = r.choice([120_000, 300_000])
            t = START_MS + r.randrange(every)
            while t < w.end:
                w.emit(r, a, t + r.randrange(1500), HEALTH_PROMPT, completion=1)
                t += every
            continue
        canned = [r.choice(w.c["chat_short"] if kind == "support" else w.c["nq"]) for _ in range(12)]
        system = r.choice(w.c["roles"])
        for t in times(w, r, a, "consumer", per_day(r, w.days, 350, 0.3), (1, 3), 20):
            w.emit(r, a, t, r.choice(canned[:4] if r.random() < 0.7 else canned), system=system,
                   completion=comp(r, 120, 0.3))


def gov_proxy(w: World, n: int) -> None:
    """Two government agencies behind their secure internet gateways: one NAT, one locked-down browser."""
    r = w.rng("pop/gov_proxy")
    edge = [u for u in BROWSER_UA if "Edg/" in u][0]
    for k, (city, net, share) in enumerate((("sydney", "macquarie_gov", 0.7), ("auckland", "one_nz", 0.3))):
        org, card = w.org(), w.card()
        gw = nw.pool(w.rng(f"pool/gov{k}"), net, 2)
        for _ in range(int(n * share)):
            a = w.account("gov_proxy", city, created_between(r, 20, 400), tier="ent", org=org, pay=card, ua=edge,
                          device=w.dev(), net=rotating(gw), h3_delay_h=99)
            human_traffic(w, r, a, per_day(r, w.days, 5, 0.6), "office", system=GOV_SYSTEM,
                          mix={"instr": 40, "chat_short": 30, "roles": 15, "nq": 15})


def enterprise_copilot(w: World, n: int) -> None:
    """Staff of four companies on an internal copilot, egressing through shared Zscaler nodes."""
    r = w.rng("pop/enterprise_copilot")
    zs = nw.pool(w.rng("pool/zscaler"), "zscaler", 24)
    cos = [("Meridian Bank", "sydney"), ("Southern Telco", "melbourne"), ("Ironstone Resources", "perth"),
           ("Kea Retail Group", "auckland")]
    w.shared["enterprises"] = []
    for k, (co, city) in enumerate(cos):
        org, card = w.org(), w.card()
        system = COPILOT_SYSTEM.format(co=co)
        w.shared["enterprises"].append({"org": org, "card": card, "city": city, "system": system, "zs": zs})
        for _ in range(n // len(cos)):
            a = w.account("enterprise_copilot", city, created_between(r, 30, 600), tier="ent", org=org, pay=card,
                          ua=r.choice(BROWSER_UA[:5]), device=w.dev(), net=sticky(zs, 0.5), h3_delay_h=99)
            human_traffic(w, r, a, per_day(r, w.days, 8, 0.6), "office", system=system, median=380,
                          mix={"instr": 30, "chat": 25, "code": 20, "chat_short": 25})


def startup_devs(w: World, n: int) -> None:
    """Small product teams building on the API: chat, responses and embeddings from cloud and home."""
    r = w.rng("pop/startup_devs")
    made = 0
    while made < n:
        city = r.choice(["sydney", "sydney", "melbourne", "brisbane", "auckland", "perth"])
        org, card = w.org(), w.card()
        cloud = nw.pool(r, r.choice(["aws_syd", "gcp_syd", "azure_aue"]), 2)
        product = r.choice(w.c["roles"])
        for _ in range(min(r.randint(2, 6), n - made)):
            ua = r.choice(SDK_UA)
            home = home_and_mobile(w, r, city, 0.1)
            a = w.account("startup_devs", city, created_between(r, 15, 700), tier=r.choice(["t1", "t2"]), org=org,
                          pay=card, keys=[w.key(), w.key()], ua=ua, device=ja4_for(ua),
                          net=lambda rr, c=cloud, h=home: rr.choice(c) if rr.random() < 0.6 else h(rr),
                          endpoint=r.choice([EP_CHAT, EP_RESP]), h3_delay_h=r.uniform(0, 20), h3_share=0.5, retry=0.7)
            for t in times(w, r, a, "dev", per_day(r, w.days, 18, 0.7), (3, 20), 20):
                x = r.random()
                if x < 0.2:
                    w.emit(r, a, t, r.choice(w.c["chat"]), model=EMBED_MODEL, endpoint=EP_EMBED, completion=0)
                else:
                    w.emit(r, a, t, r.choice(w.c[r.choice(["chat_short", "instr", "code", "nq"])]),
                           system=product if x < 0.7 else None, completion=comp(r, 300))
            made += 1
