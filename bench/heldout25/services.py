"""Benign machine clients: B2B SaaS apps with one system prompt for thousands
of end users, a multi-tenant shop-support SaaS, CI bots on cron, tutoring
backends, resellers/aggregators, night batch jobs, agent developers and
hotel concierge bots."""
from __future__ import annotations

import random

from . import botprompts as B
from . import prompts as P
from .corpus import Corpus
from .network import Infra, home_ip, ip_of, ja4
from .people import sessions
from .traffic import Sink, card, created_before, lognorm_int, model_at, new_account, session_times
from .world import (CLOCK, EP_BATCH, EP_CHAT, EP_RESP, H, M, MODEL_MINI, MODEL_OLD, S,
                    consumer_factor, day_start, hexid, office_factor, poisson, rng_for)


def _arrivals(rng: random.Random, d: int, profile: str, n: int, lo_h: float = 0, hi_h: float = 24) -> list[int]:
    return sorted(CLOCK.at(rng, d, profile, lo_h, hi_h) for _ in range(n))


def saas_legal(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Paragraphix: a contract-review SaaS, one system prompt, prod + staging keys."""
    rng = rng_for(seed, "saas_legal")
    org, pay = hexid(rng, "org_", 12), card(rng)
    ips = [ip_of(rng, 16509) for _ in range(3)]
    ua = "paragraphix-backend/4.12.0 foehnwerk-node/1.9.2"
    for env, per_day in [("prod", 1900), ("prod-eu2", 900), ("staging", 60)]:
        a = sink.register(new_account(rng, "saas_one_system_prompt", created_before(rng, 300, 500), org=org,
                                      payment=pay, nkeys=2))
        a.ua, a.device = ua, ja4(ua)
        for d in range(days):
            for ts in _arrivals(rng, d, "office", int(per_day * scale ** 0.5 * office_factor(d) / 0.8)):
                sink.emit(rng, a, ts, B.legal_user(rng), system=B.LEGAL_SYSTEM, ip=rng.choice(ips),
                          model=MODEL_OLD, kind="mail", key=rng.choice(a.keys))


def saas_shops(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """A shop-support SaaS that opens one provider account per merchant tenant:
    same system prompt template, same three cloud IPs, the vendor's card."""
    rng = rng_for(seed, "saas_shops")
    org, pay = hexid(rng, "org_", 12), card(rng)
    ips = [ip_of(rng, 16509) for _ in range(3)]
    ua = "shopassist-worker/2.3.1 OpenAI/NodeJS 4.77.0"
    for t in range(max(1, round(120 * scale))):
        shop = "%s %s" % (rng.choice(["Bergsport", "Tiroler", "Wohn", "Bio", "Spiel", "Kaffee", "Mode", "Technik",
                                      "Alpen", "Stadt", "Hanse", "Lichter"]),
                          rng.choice(["Shop", "Welt", "Markt", "Laden", "Kiste", "Stube", "Haus", "Depot"]))
        system = B.SHOP_SYSTEM.format(shop=shop)
        a = sink.register(new_account(rng, "saas_multitenant_shops", created_before(rng, 5, 400), org=org,
                                      payment=pay))
        a.ua, a.device = ua, ja4(ua)
        per_day = lognorm_int(rng, 28, 1.0, 2, 600)
        for d in range(days):
            for ts in _arrivals(rng, d, "consumer", poisson(rng, per_day * 1.2 * consumer_factor(d))):
                sink.emit(rng, a, ts, B.shop_user(rng), system=system, ip=rng.choice(ips), model=MODEL_MINI,
                          kind="short")


def ci_bots(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "ci_bots")
    for _ in range(max(1, round(50 * scale))):
        a = sink.register(new_account(rng, "ci_bots", created_before(rng, 60, 900), payment=card(rng)))
        a.ua = rng.choice(["python-httpx/0.27.2", "foehnwerk-python/2.3.1", "OpenAI/Python 1.58.1",
                           "node/22.12.0 foehnwerk-node/1.9.2", "curl/8.5.0"])
        a.device = ja4(a.ua)
        hosted = rng.random() < 0.6
        runner = ip_of(rng, rng.choice([24940, 16276, 8560]))
        kind = rng.choice(["smoke", "smoke", "review", "notes"])
        period = rng.choice([5, 10, 15, 15, 30, 60]) * M
        offset = rng.randrange(0, period // M) * M
        batch = rng.randrange(1, 4)
        fixed = rng.sample(B.CI_SMOKE, 3)
        if kind != "smoke":
            period, batch = rng.choice([20, 30, 60]) * M, rng.randrange(1, 3)
        for d in range(days):
            t = day_start(d) + offset
            while t < day_start(d + 1):
                busy = kind == "smoke" or rng.random() < (0.5 if 7 * H < t - day_start(d) < 19 * H else 0.1)
                if busy:
                    ip = infra.gha.pick(rng) if hosted else runner
                    ts = t + rng.randrange(5 * S, 70 * S)
                    for _ in range(batch):
                        text, k = B.ci_job(rng, kind, fixed)
                        sink.emit(rng, a, ts, text, ip=ip, model=MODEL_MINI if kind == "smoke" else MODEL_OLD, kind=k)
                        ts += rng.randrange(300, 4000)
                t += period


def tutoring(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Homework-help platforms relaying pupils' questions from hosted backends."""
    rng = rng_for(seed, "tutoring")
    for name, n_acc, per_day, asn in [("Lernfuchs", 5, 420, 24940), ("Mathebuddy", 4, 300, 8560),
                                      ("Schlaumeier", 3, 220, 16509), ("Hausi", 3, 160, 197540)]:
        org, pay = hexid(rng, "org_", 12), card(rng)
        ua = "%s-api/%d.%d foehnwerk-python/2.3.1" % (name.lower(), rng.randrange(1, 6), rng.randrange(20))
        ips = [ip_of(rng, asn) for _ in range(rng.randrange(2, 5))]
        system = B.TUTOR_SYSTEM.format(name=name)
        for _ in range(max(1, round(n_acc * scale))):
            a = sink.register(new_account(rng, "tutoring_platform", created_before(rng, 90, 700), org=org,
                                          payment=pay))
            a.ua, a.device = ua, ja4(ua)
            for d in range(days):
                for ts in _arrivals(rng, d, "school", poisson(rng, per_day)):
                    text, kind = B.pupil(rng, cp)
                    sink.emit(rng, a, ts, text, system=system, ip=rng.choice(ips), model=model_at(rng, ts, 0.0, 1, 0.6),
                              kind=kind, ctx=lognorm_int(rng, 200, 1.0, 0, 4000))


def resellers(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """KI-Marktplatz (DE) and a Swiss aggregator: many customers behind the
    reseller's gateway IPs, billed to the reseller's card."""
    rng = rng_for(seed, "resellers")
    for n_cust, asns, ua in [(180, [16276, 16276, 24940], "litellm/1.55.8"),
                             (40, [3303, 24940], "portkey-gateway/1.8.2")]:
        org, pay = hexid(rng, "org_", 12), card(rng)
        ips = [ip_of(rng, rng.choice(asns)) for _ in range(5)]
        for _ in range(max(1, round(n_cust * scale))):
            a = sink.register(new_account(rng, "reseller_customers", created_before(rng, 3, 500), org=org,
                                          payment=pay))
            a.ua, a.device = ua, ja4(ua)
            mix = rng.choice(["office", "code", "chat", "bot"])
            lam = rng.choice([0.5, 1, 2, 3])
            sys_bot = "Du bist der Assistent von %s. Antworte kurz und freundlich." % rng.choice(P.FIRMS)
            for d in range(days):
                for sess in sessions(rng, d, "eu_work" if mix != "chat" else "consumer", lam, 4, 40):
                    for ts in sess:
                        system = None
                        if mix == "office":
                            text, kind = P.office(rng, cp)
                        elif mix == "code":
                            text, kind = P.coding(rng, cp)
                        elif mix == "bot":
                            text, kind, system = B.shop_user(rng), "short", sys_bot
                        else:
                            text, kind = P.casual(rng, cp), "chat"
                        sink.emit(rng, a, ts, text, system=system, ip=rng.choice(ips),
                                  model=model_at(rng, ts, 0.4, 4, 0.3), kind=kind)


def batch_products(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "batch_products")
    for _ in range(max(1, round(6 * scale))):
        shop = "%s.%s" % (rng.choice(["alpenkauf", "winterzeit", "bergwelt", "heimelig", "schneeweiss", "lodenhaus"]),
                          rng.choice(["de", "at", "ch"]))
        a = sink.register(new_account(rng, "night_batch_jobs", created_before(rng, 60, 400), payment=card(rng)))
        a.ua = "python-requests/2.32.3"
        a.device = ja4(a.ua)
        ip = ip_of(rng, rng.choice([16509, 24940, 8560]))
        for d in range(days):
            start = day_start(d) + rng.randrange(60, 240) * M
            for ts in session_times(rng, start, lognorm_int(rng, 600, 0.4, 100, 2000), 4.0, 0.3, 1.0):
                sink.emit(rng, a, ts, B.product_text(rng, shop), ip=ip, model=MODEL_MINI, kind="gen", endpoint=EP_BATCH)


def agent_devs(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Developers building agents: tool schemas in the system prompt, the same
    task re-run again and again while debugging."""
    rng = rng_for(seed, "agent_devs")
    for _ in range(max(1, round(110 * scale))):
        a = sink.register(new_account(rng, "agent_developers", created_before(rng, 10, 500), payment=card(rng),
                                      nkeys=2))
        a.ua = rng.choice(["langchain-openai/0.2.14 OpenAI/Python 1.58.1", "openai-agents/0.0.4 OpenAI/Python 1.58.1",
                           "foehnwerk-python/2.3.1", "llama-index/0.12.8 python-httpx/0.27.2", "ai-sdk/4.0.18 node"])
        a.device = ja4(a.ua)
        domain = rng.choice(list(B.TOOLS))
        system = B.agent_system(rng, domain)
        ip = ip_of(rng, rng.choice([24940, 16509, 14061])) if rng.random() < 0.4 else home_ip(rng)
        for d in range(days):
            for sess in sessions(rng, d, "coder", 2.2, 8, 25):
                task = B.agent_task(rng, domain)
                for ts in sess:
                    if rng.random() < 0.35:
                        task = B.agent_task(rng, domain)
                    sink.emit(rng, a, ts, task, system=system, ip=ip, model=model_at(rng, ts, 0.6, 3, 0.2),
                              kind="agent", endpoint=EP_RESP if "openai-agents" in a.ua else EP_CHAT,
                              ctx=lognorm_int(rng, 600, 0.7), key=rng.choice(a.keys))


def hotel_bots(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """A WordPress concierge plugin: one account per hotel, shared-hosting IPs."""
    rng = rng_for(seed, "hotel_bots")
    ua = "WP-Foehn-Concierge/2.1.4 (WordPress/6.7.1)"
    for i in range(max(1, round(60 * scale))):
        hotel, place = B.HOTELS[i % len(B.HOTELS)]
        if i >= len(B.HOTELS):
            hotel = "%s %s" % (hotel.split()[0], rng.choice(["Tannenhof", "Bergblick", "Sonnhof", "Schneekristall",
                                                             "Gletscherblick", "Almrausch", "Enzian"]))
        a = sink.register(new_account(rng, "hotel_concierge_bots", created_before(rng, 20, 700), payment=card(rng)))
        a.ua, a.device = ua, ja4(ua)
        ip = ip_of(rng, rng.choice([8560, 8560, 24940, 8447, 3303]))
        system = B.HOTEL_SYSTEM.format(hotel=hotel, place=place)
        per_day = lognorm_int(rng, 25, 0.6, 3, 200)
        for d in range(days):
            for ts in _arrivals(rng, d, "guests", poisson(rng, per_day)):
                sink.emit(rng, a, ts, B.guest(rng), system=system, ip=ip, model=MODEL_MINI, kind="short")


BUILDERS = [saas_legal, saas_shops, ci_bots, tutoring, resellers, batch_products, agent_devs, hotel_bots]
