"""Ten distillation campaigns, each imitating one benign population
(`disguise`). See README.md for the story of each."""
from __future__ import annotations

import random

from . import botprompts as B
from . import harvest as HV
from . import prompts as P
from .corpus import Corpus
from .network import (CGNAT_ASNS, Infra, Pool, browser, home_ip, install_id, ip_of, ja4, mobile_app)
from .orgs import CAT_UA, P_EDGE
from .people import VIRAL, sessions
from .traffic import Account, Sink, card, created_before, lognorm_int, model_at, new_account, session_times
from .world import (CLOCK, EP_CHAT, EP_RESP, H, M, MODEL_NEW, MODEL_OLD, RELEASE_MS, S, day_start, hexid, poisson,
                    rng_for)


def _acct(rng: random.Random, sink: Sink, camp: str, disguise: str, created: int, **kw) -> Account:
    return sink.register(new_account(rng, camp, created, campaign=camp, disguise=disguise, **kw))


def _model(rng: random.Random, ts: int, p_new: float = 0.9, ramp_h: float = 1.0) -> str:
    return model_at(rng, ts, p_new, ramp_h, 0.0, MODEL_OLD)


def hydra_chorus(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Hydra: hundreds of app-impersonating accounts behind a 4G/5G and
    residential proxy farm, harvest mixed with ordinary chat, ~26 req/day."""
    camp, rng = "hydra_chorus", rng_for(seed, "hydra_chorus")
    farm = Pool(rng, [(a, 1) for a in CGNAT_ASNS], 160, cgnat=True)
    resi = Pool(rng, [(3320, 4), (3209, 3), (6805, 2), (8881, 1), (8447, 1)], 600)
    shared_devs = [install_id(rng) for _ in range(12)]
    waves = [created_before(rng, 8, 60) for _ in range(7)]
    cards: list[str | None] = []
    for i in range(max(1, round(340 * scale))):
        if i % 4 == 0:
            cards.append(card(rng) if rng.random() < 0.7 else None)
        a = _acct(rng, sink, camp, "mobile_chat", rng.choice(waves) + rng.randrange(0, 5400) * S, payment=cards[-1])
        a.ua = mobile_app(rng)
        a.device = rng.choice(shared_devs) if rng.random() < 0.25 else install_id(rng)
        per_day = lognorm_int(rng, 26, 0.35, 8, 80)
        harvest = rng.uniform(0.55, 0.8)
        for d in range(days):
            n_left = poisson(rng, per_day)
            while n_left > 0:
                start = CLOCK.at(rng, d, rng.choice(["flat", "mobile"]))
                k = min(n_left, rng.randrange(2, 9))
                n_left -= k
                ip = farm.pick(rng) if rng.random() < 0.6 else resi.pick(rng)
                for i2, ts in enumerate(session_times(rng, start, k, 22, 0.5)):
                    if rng.random() < harvest:
                        text, kind = HV.harvest_mix(rng, cp, {"math": 4, "code": 3, "rationale": 1, "arena": 2},
                                                    style="para", lang="mix", perturb=0.3)
                    else:
                        text, kind = P.casual(rng, cp), "chat"
                    sink.emit(rng, a, ts, text, ip=ip, model=_model(rng, ts, 0.85), kind=kind,
                              ctx=i2 * lognorm_int(rng, 150, 0.4))


def tutor_mill(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Fake homework-help start-ups sweeping GSM8K/MATH/SVAMP in dataset order,
    accounts partitioning the items, the tutor system prompt asking for every step."""
    camp, rng = "tutor_mill", rng_for(seed, "tutor_mill")
    system_t = ("Du bist {name}, ein Mathe-Tutor für Schülerinnen und Schüler. Gib immer die vollständige Lösung "
                "mit jedem einzelnen Zwischenschritt an und begründe ausführlich, warum jeder Schritt gilt. "
                "Schließe mit 'Ergebnis:' und der Zahl.")
    accts = []
    for name, n_acc, asn in [("Rechenprofi", 9, 24940), ("Lernwolke", 8, 197540), ("MatheMax", 7, 24940),
                             ("Pauker24", 6, 51167)]:
        org, pay = hexid(rng, "org_", 12), card(rng)
        ua = "%s-api/%d.%d foehnwerk-python/2.3.1" % (name.lower(), rng.randrange(1, 4), rng.randrange(20))
        ips = [ip_of(rng, asn) for _ in range(rng.randrange(2, 4))]
        created = created_before(rng, 20, 90)
        for _ in range(max(1, round(n_acc * scale))):
            a = _acct(rng, sink, camp, "tutoring_platform", created + rng.randrange(0, 3 * 86400) * S, org=org,
                      payment=pay)
            a.ua, a.device = ua, ja4(ua)
            accts.append((a, ips, system_t.format(name=name)))
    n = len(accts)
    for j, (a, ips, system) in enumerate(accts):
        cursor = {"gsm8k": j, "math": j, "svamp": j}
        per_day = lognorm_int(rng, 180, 0.25, 80, 400)
        for d in range(days):
            for ts in sorted(CLOCK.at(rng, d, rng.choice(["flat", "flat", "school"])) for _ in range(poisson(rng, per_day))):
                ds = rng.choices(["gsm8k", "math", "svamp"], weights=[5, 4, 1])[0]
                t = cp.item(ds, cursor[ds])
                cursor[ds] += n
                if rng.random() < 0.3:
                    t = HV.perturb_numbers(rng, t)
                text = rng.choice(B.PUPIL_WRAP).format(t=t) if rng.random() < 0.35 else t
                sink.emit(rng, a, ts, text, system=system, ip=rng.choice(ips), model=_model(rng, ts, 0.7, 3),
                          kind="cot")


def cron_coders(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Aged accounts run code harvesting as 'CI jobs' on hosted runners."""
    camp, rng = "cron_coders", rng_for(seed, "cron_coders")
    for _ in range(max(1, round(40 * scale))):
        a = _acct(rng, sink, camp, "ci_bots", created_before(rng, 300, 800), payment=card(rng))
        a.ua = rng.choice(["python-httpx/0.27.2", "foehnwerk-python/2.3.1", "OpenAI/Python 1.58.1"])
        a.device = ja4(a.ua)
        hosted = rng.random() < 0.7
        runner = ip_of(rng, rng.choice([24940, 16276]))
        period = rng.choice([15, 20, 20, 30]) * M
        offset = rng.randrange(0, period // M) * M
        style = rng.choice(["fixed", "para"])
        for d in range(days):
            t = day_start(d) + offset
            while t < day_start(d + 1):
                if rng.random() < 0.85:
                    ip = infra.gha.pick(rng) if hosted else runner
                    ts = t + rng.randrange(5 * S, 90 * S)
                    for _ in range(rng.randrange(1, 4)):
                        if rng.random() < 0.1:
                            text, kind = rng.choice(B.CI_SMOKE), "tiny"
                        else:
                            text, kind = HV.harvest_mix(rng, cp, {"code": 8, "math": 1, "arena": 1}, style=style)
                        sink.emit(rng, a, ts, text, ip=ip, model=_model(rng, ts, 0.8, 2), kind=kind)
                        ts += rng.randrange(2000, 40000)
                t += period


def toolsmith(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Agentic tool-use trajectory harvesting: a sweep over domains x goals x
    partial trajectories, each step asking for the full 'Thought'."""
    camp, rng = "toolsmith", rng_for(seed, "toolsmith")
    ips = [ip_of(rng, rng.choice([16509, 16509, 14061])) for _ in range(6)]
    cards = [card(rng) for _ in range(9)]
    domains = list(HV.AG_DOMAINS)
    for i in range(max(1, round(36 * scale))):
        a = _acct(rng, sink, camp, "agent_developers", created_before(rng, 20, 120), payment=cards[i % len(cards)],
                  nkeys=2)
        a.ua = rng.choice(["langchain-openai/0.2.14 OpenAI/Python 1.58.1", "openai-agents/0.0.4 OpenAI/Python 1.58.1",
                           "foehnwerk-python/2.3.1"])
        a.device = ja4(a.ua)
        variant = rng.randrange(3)
        ip = rng.choice(ips)
        for d in range(days):
            for sess in sessions(rng, d, rng.choice(["coder", "flat"]), 6, 15, 12):
                for ts in sess:
                    system, text = HV.agent_harvest(rng, rng.choice(domains), variant)
                    sink.emit(rng, a, ts, text, system=system, ip=ip, model=_model(rng, ts, 0.9, 1), kind="cot",
                              endpoint=EP_RESP if "agents" in a.ua else EP_CHAT, key=rng.choice(a.keys))


def release_rush(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Pre-positioned accounts that redirect harvesting to foehn-3 within
    minutes of its release."""
    camp, rng = "release_rush", rng_for(seed, "release_rush")
    exits = Pool(rng, [(9009, 3), (60068, 2), (51167, 2)], 28)
    cards: list[str] = []
    for i in range(max(1, round(110 * scale))):
        if i % 3 == 0:
            cards.append(card(rng))
        fresh = rng.random() < 0.55
        created = (created_before(rng, 1, 9, RELEASE_MS) if fresh else created_before(rng, 200, 700))
        a = _acct(rng, sink, camp, "release_tryers", created, payment=cards[-1])
        a.ua = browser(rng) if rng.random() < 0.5 else rng.choice(["OpenAI/Python 1.58.1", "foehnwerk-python/2.3.1"])
        a.device = install_id(rng) if "Mozilla" in a.ua else ja4(a.ua)
        ip = exits.pick(rng)
        for d in range(days):                         # warm-up: a few ordinary requests
            for _ in range(rng.choice([0, 0, 1, 2, 3])):
                ts = CLOCK.at(rng, d, "consumer")
                if ts >= RELEASE_MS or ts < a.created_ms:
                    continue
                sink.emit(rng, a, ts, P.casual(rng, cp), ip=ip, model=MODEL_OLD)
        if days < 2:
            continue
        start = RELEASE_MS + rng.randrange(2, 40) * M
        n = lognorm_int(rng, 150, 0.35, 50, 400)
        for ts in session_times(rng, start, n, 75, 0.6, 5):
            if ts >= day_start(days):
                break
            r = rng.random()
            if r < 0.08:
                text, kind = rng.choice(VIRAL), "chat"
            else:
                text, kind = HV.harvest_mix(rng, cp, {"arena": 3, "math": 3, "code": 2, "rationale": 1, "instr": 1},
                                            style="fixed")
            sink.emit(rng, a, ts, text, ip=ip, model=MODEL_NEW if rng.random() < 0.97 else MODEL_OLD, kind=kind,
                      hot=0.05)


def drip_aged(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Low and slow: aged accounts, one card and one sticky residential IP
    each, ~20 paraphrased harvest prompts a day, fired in scheduler waves."""
    camp, rng = "drip_aged", rng_for(seed, "drip_aged")
    accts = []
    for _ in range(max(1, round(220 * scale))):
        a = _acct(rng, sink, camp, "freelancers", created_before(rng, 300, 1100), payment=card(rng))
        a.ua, a.device = browser(rng), install_id(rng)
        accts.append([a, home_ip(rng), rng.uniform(0.12, 0.22)])
    for d in range(days):
        for st in accts:
            if rng.random() < 0.5:                    # sticky session re-assigned daily
                st[1] = home_ip(rng, [(st[1][1], 1)])
        wave = day_start(d) + 7 * H + rng.randrange(10 * M)
        while wave < day_start(d) + 23 * H:
            for a, ip, p in accts:
                if rng.random() < p:
                    ts = wave + rng.randrange(0, 150 * S)
                    for _ in range(1 if rng.random() < 0.75 else 2):
                        if rng.random() < 0.8:
                            text, kind = HV.harvest_mix(rng, cp, {"math": 4, "code": 3, "rationale": 2, "instr": 1},
                                                        style="para", lang="mix", perturb=0.5)
                        else:
                            text, kind = P.office(rng, cp) if rng.random() < 0.5 else (P.casual(rng, cp), "chat")
                        sink.emit(rng, a, ts, text, ip=ip, model=_model(rng, ts, 0.7, 4), kind=kind)
                        ts += rng.randrange(20 * S, 180 * S)
            wave += rng.randrange(8, 13) * M


def bridge_reseller(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """A shell 'reseller' whose sub-accounts are mostly multilingual harvest."""
    camp, rng = "bridge_reseller", rng_for(seed, "bridge_reseller")
    org, pay = hexid(rng, "org_", 12), card(rng)
    ips = [ip_of(rng, 16276) for _ in range(4)]
    ua = "litellm/1.55.8"
    langs = ["fr", "it", "es", "pl", "tr", "cs", "pt", "nl", "de"]
    for _ in range(max(1, round(80 * scale))):
        a = _acct(rng, sink, camp, "reseller_customers", created_before(rng, 10, 150), org=org, payment=pay)
        a.ua, a.device = ua, ja4(ua)
        for d in range(days):
            for sess in sessions(rng, d, rng.choice(["eu_work", "flat"]), 5, 9, 30):
                for ts in sess:
                    if rng.random() < 0.7:
                        text, kind = HV.harvest_mix(rng, cp, {"ml": 6, "code": 2, "math": 2}, style="fixed",
                                                    langs=langs)
                    else:
                        text, kind = P.office(rng, cp) if rng.random() < 0.5 else (P.casual(rng, cp), "chat")
                    sink.emit(rng, a, ts, text, ip=rng.choice(ips), model=_model(rng, ts, 0.6, 3), kind=kind)


def kanzlei_cover(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Hidden inside a consulting GmbH on a corporate card and Zscaler egress."""
    camp, rng = "kanzlei_cover", rng_for(seed, "kanzlei_cover")
    org, pay = hexid(rng, "org_", 12), card(rng)
    rollout = created_before(rng, 30, 70)
    egress = [infra.zscaler.pick(rng) for _ in range(2)]
    for _ in range(max(1, round(28 * scale))):
        a = _acct(rng, sink, camp, "mittelstand_staff", rollout + rng.randrange(0, 3600) * S, org=org, payment=pay)
        a.ua, a.device = P_EDGE, install_id(rng)
        for d in range(days):
            for sess in sessions(rng, d, "office", 5, 8, 35):
                for ts in sess:
                    if rng.random() < 0.75:
                        text, kind = HV.harvest_mix(rng, cp, {"math": 4, "code": 2, "rationale": 2, "instr": 1},
                                                    style="fixed", lang="de")
                    else:
                        text, kind = P.office(rng, cp)
                    sink.emit(rng, a, ts, text, ip=rng.choice(egress), model=_model(rng, ts, 0.6, 2), kind=kind)


def babel_sweep(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """Multilingual probing dressed as a translation agency; a few machines
    drive many accounts."""
    camp, rng = "babel_sweep", rng_for(seed, "babel_sweep")
    devices = [install_id(rng) for _ in range(6)]
    ips = [ip_of(rng, 8881), ip_of(rng, 8881), ip_of(rng, 8560), ip_of(rng, 8560)]
    cards = [card(rng) for _ in range(4)]
    langs = list(HV.ML_WRAP)
    for i in range(max(1, round(32 * scale))):
        a = _acct(rng, sink, camp, "translation_agency", created_before(rng, 30, 200), payment=cards[i % 4])
        cat = rng.random() < 0.5
        a.ua = CAT_UA if cat else browser(rng)
        a.device = devices[i % len(devices)]
        ip = ips[i % len(ips)]
        for d in range(days):
            for sess in sessions(rng, d, "eu_work", 5, 12, 25):
                for ts in sess:
                    if rng.random() < 0.85:
                        text, kind = HV.multilingual(rng, cp, langs)
                    else:
                        text, kind = P.translation(rng, cp), "translate"
                    sink.emit(rng, a, ts, text, ip=ip, model=_model(rng, ts, 0.7, 2), kind=kind)


def synth_forge(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    """A fake B2B SaaS: one bland assistant system prompt, cloud IPs,
    generating instruction/response data at SaaS-like volume."""
    camp, rng = "synth_forge", rng_for(seed, "synth_forge")
    org, pay = hexid(rng, "org_", 12), card(rng)
    ips = [ip_of(rng, 396982) for _ in range(3)]
    ua = "lexa-backend/1.3.0 foehnwerk-node/1.9.2"
    system = ("You are Lexa, the friendly assistant of Lexa Workspace. Always answer thoroughly, reason step by "
              "step, and end with a concise summary.")
    for _ in range(max(1, round(12 * scale))):
        a = _acct(rng, sink, camp, "saas_one_system_prompt", created_before(rng, 30, 120), org=org, payment=pay,
                  nkeys=2)
        a.ua, a.device = ua, ja4(ua)
        per_day = lognorm_int(rng, 340, 0.2, 150, 700)
        for d in range(days):
            for ts in sorted(CLOCK.at(rng, d, "eu_work") for _ in range(poisson(rng, per_day))):
                text, kind = HV.harvest_mix(rng, cp, {"instr": 5, "arena": 3, "math": 2}, style="fixed")
                sink.emit(rng, a, ts, text, system=system, ip=rng.choice(ips), model=_model(rng, ts, 0.8, 2),
                          kind=kind, key=rng.choice(a.keys))


BUILDERS = [hydra_chorus, tutor_mill, cron_coders, toolsmith, release_rush, drip_aged, bridge_reseller,
            kanzlei_cover, babel_sweep, synth_forge]
