"""Benign individuals: mobile chat users on carrier CGNAT, students in the
Klausurenphase behind university NAT, coders with IDE plugins, freelancers,
hobbyists with self-hosted UIs, VPN users, families sharing a card, and the
release-day tryers who sign up and hammer foehn-3."""
from __future__ import annotations

import random

from . import prompts as P
from .corpus import Corpus
from .network import (Infra, browser, home_ip, install_id, ip_of, ja4, mobile_app, sdk)
from .traffic import (Sink, card, created_before, geometric, lognorm_int, model_at, new_account, session_times)
from .world import (CLOCK, D, EP_CHAT, EP_COMPL, EP_RESP, H, M, MODEL_MINI, MODEL_NEW, MODEL_OLD, RELEASE_MS, S, START_MS,
                    consumer_factor, day_start, local_hour, office_factor, poisson, rng_for)


def sessions(rng: random.Random, d: int, profile: str, lam: float, req_mean: float, gap_med: float,
             lo_h: float = 0, hi_h: float = 24) -> list[list[int]]:
    out = []
    for _ in range(poisson(rng, lam)):
        start = CLOCK.at(rng, d, profile, lo_h, hi_h)
        out.append(session_times(rng, start, geometric(rng, req_mean), gap_med))
    return out


def mobile_chat(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "mobile_chat")
    for _ in range(max(1, round(2100 * scale))):
        a = sink.register(new_account(rng, "mobile_chat", created_before(rng, 1, 900),
                                      payment=card(rng) if rng.random() < 0.3 else None))
        a.ua, a.device = mobile_app(rng), install_id(rng)
        carrier = rng.choice(list(infra.cgnat.by_asn))
        home = home_ip(rng)
        relay = "iPhone" in a.ua and rng.random() < 0.3
        paid = a.payment is not None
        activity = rng.choice([0.3, 0.5, 0.65, 0.85])
        for d in range(days):
            if rng.random() > activity * consumer_factor(d):
                continue
            for sess in sessions(rng, d, "mobile", 1.3, 2.6, 35):
                where = rng.random()
                ip = infra.relay.pick(rng) if relay else (infra.cgnat.pick(rng, carrier) if where < 0.55 else home)
                for i, ts in enumerate(sess):
                    m = model_at(rng, ts, 0.5 if paid else 0.15, 8, 0.0, MODEL_OLD if paid else MODEL_MINI)
                    sink.emit(rng, a, ts, P.casual(rng, cp), ip=ip, model=m, ctx=i * lognorm_int(rng, 180, 0.5))


def students(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "students")
    for _ in range(max(1, round(750 * scale))):
        fresh = rng.random() < 0.6
        a = sink.register(new_account(rng, "dfn_students", created_before(rng, 14, 80) if fresh else
                                      created_before(rng, 80, 1100),
                                      payment=card(rng) if rng.random() < 0.35 else None))
        uni_name, nat = rng.choice(infra.uni)
        a.ua = browser(rng) if rng.random() < 0.75 else mobile_app(rng)
        a.device = install_id(rng)
        major = rng.choices(["math", "cs", "other"], weights=[4, 4, 3])[0]
        wg = home_ip(rng)
        carrier = rng.choice(list(infra.cgnat.by_asn))
        intensity = rng.choice([0.8, 1.5, 2.2, 3.0])           # exam on Jan 8 or tomorrow?
        for d in range(days):
            if rng.random() < 0.2:
                continue
            for sess in sessions(rng, d, "student", intensity, 5, 70):
                h = local_hour(sess[0])
                r = rng.random()
                ip = rng.choice(nat) if (8 <= h < 20 and r < 0.6) else (wg if r < 0.9 else infra.cgnat.pick(rng, carrier))
                for i, ts in enumerate(sess):
                    text, kind = P.student(rng, cp, major)
                    m = model_at(rng, ts, 0.4, 6, 0.3)
                    sink.emit(rng, a, ts, text, ip=ip, model=m, kind=kind, ctx=i * lognorm_int(rng, 250, 0.5))


IDE_UAS = ["foehn-vscode/3.4.1 (VSCode 1.96.2; linux-x64)", "foehn-vscode/3.4.1 (VSCode 1.96.2; darwin-arm64)",
           "foehn-vscode/3.3.0 (VSCode 1.95.3; win32-x64)", "Foehn-JetBrains/1.2.7 (IntelliJ IDEA 2024.3)",
           "continue/0.9.246 (vscode)", "aider/0.69.1", "zed/0.167.1"]


def coders(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "coders")
    for _ in range(max(1, round(230 * scale))):
        a = sink.register(new_account(rng, "coding_power_users", created_before(rng, 30, 700), payment=card(rng),
                                      nkeys=rng.randrange(1, 4)))
        a.ua, a.device = rng.choice(IDE_UAS), install_id(rng)
        home = home_ip(rng)
        office = (ip_of(rng, rng.choice([8881, 24940, 3320, 53813])) if rng.random() < 0.45 else None)
        lam = rng.choice([1.5, 2.5, 3.5, 5])
        for d in range(days):
            if rng.random() < 0.1:
                continue
            for sess in sessions(rng, d, "coder", lam, 7, 30):
                h = local_hour(sess[0])
                ip = office if (office and 8.5 <= h < 18 and rng.random() < 0.8) else home
                for ts in sess:
                    text, kind = P.coding(rng, cp)
                    m = model_at(rng, ts, 0.7, 2, 0.1)
                    ep = EP_COMPL if rng.random() < 0.12 else EP_CHAT
                    sink.emit(rng, a, ts, text, ip=ip, model=m, kind=kind, endpoint=ep,
                              key=rng.choice(a.keys), ctx=lognorm_int(rng, 2400, 0.8, 0, 60000))


def freelancers(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "freelancers")
    for _ in range(max(1, round(250 * scale))):
        a = sink.register(new_account(rng, "freelancers", created_before(rng, 20, 800), payment=card(rng)))
        a.ua, a.device = browser(rng), install_id(rng)
        home = home_ip(rng)
        lam = rng.choice([1.5, 2.5, 3.5])
        for d in range(days):
            if rng.random() < 0.25:
                continue
            if rng.random() < 0.3:                      # dynamic DSL address re-assigned overnight
                home = home_ip(rng, [(home[1], 1)])
            for sess in sessions(rng, d, "eu_work", lam * office_factor(d) / 0.8, 4, 60):
                for ts in sess:
                    r = rng.random()
                    if r < 0.4:
                        text, kind = P.office(rng, cp)
                    elif r < 0.55:
                        text, kind = P.translation(rng, cp), "translate"
                    elif r < 0.7:
                        text, kind = P.coding(rng, cp)
                    else:
                        text, kind = P.casual(rng, cp), "chat"
                    sink.emit(rng, a, ts, text, ip=home, model=model_at(rng, ts, 0.35, 8, 0.15), kind=kind)


SELFHOSTED = ["Python/3.11 aiohttp/3.11.10", "LibreChat/0.7.6", "python-httpx/0.27.2", "OpenAI/Python 1.58.1",
              "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"]


def hobbyists(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "hobbyists")
    for _ in range(max(1, round(200 * scale))):
        a = sink.register(new_account(rng, "hobbyists_selfhosted", created_before(rng, 10, 1000),
                                      payment=card(rng) if rng.random() < 0.8 else None))
        a.ua = rng.choice(SELFHOSTED)
        a.device = ja4(a.ua)
        ip = ip_of(rng, rng.choice([24940, 24940, 197540, 51167, 16276])) if rng.random() < 0.55 else home_ip(rng)
        for d in range(days):
            if rng.random() < 0.35:
                continue
            for sess in sessions(rng, d, "consumer", 1.6, 5, 45):
                for i, ts in enumerate(sess):
                    r = rng.random()
                    text, kind = (P.casual(rng, cp), "chat") if r < 0.5 else (P.coding(rng, cp) if r < 0.75 else
                                                                           (cp.pick(rng, "arena_short"), "long"))
                    sink.emit(rng, a, ts, text, ip=ip, model=model_at(rng, ts, 0.8, 1, 0.2), kind=kind,
                              ctx=i * lognorm_int(rng, 300, 0.6))


def vpn_users(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "vpn_users")
    for _ in range(max(1, round(160 * scale))):
        a = sink.register(new_account(rng, "vpn_privacy_users", created_before(rng, 5, 700),
                                      payment=card(rng) if rng.random() < 0.6 else None))
        a.ua = browser(rng)
        a.device = install_id(rng) if rng.random() < 0.6 else ja4(a.ua)      # some block the app id
        for d in range(days):
            if rng.random() < 0.4:
                continue
            for sess in sessions(rng, d, "consumer", 1.4, 3, 50):
                ip = infra.vpn.pick(rng)
                for ts in sess:
                    sink.emit(rng, a, ts, P.casual(rng, cp), ip=ip, model=model_at(rng, ts, 0.4, 6, 0.3))


def families(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    rng = rng_for(seed, "families")
    from .botprompts import pupil
    for _ in range(max(1, round(25 * scale))):
        pay, home, created = card(rng), home_ip(rng), created_before(rng, 30, 600)
        members = []
        for k in range(rng.randrange(2, 5)):
            a = sink.register(new_account(rng, "families_shared_card", min(created + k * rng.randrange(0, 40 * 86400) * S, START_MS - D),
                                          payment=pay))
            a.ua = browser(rng) if rng.random() < 0.5 else mobile_app(rng)
            a.device = install_id(rng)
            members.append((a, k > 0 and rng.random() < 0.8))        # kids
        for d in range(days):
            for a, kid in members:
                for sess in sessions(rng, d, "school" if kid else "consumer", 1.2, 4, 60):
                    for ts in sess:
                        text, kind = pupil(rng, cp) if kid and rng.random() < 0.7 else (P.casual(rng, cp), "chat")
                        sink.emit(rng, a, ts, text, ip=home, model=model_at(rng, ts, 0.2, 8, 0.5), kind=kind)


VIRAL = ["How many r's are in the word strawberry?",
         "Ein Schläger und ein Ball kosten zusammen 1,10 €. Der Schläger kostet 1 € mehr als der Ball. Wie viel kostet der Ball?",
         "Schreib ein Gedicht über Weihnachten in Bayern im Stil von Goethe.",
         "Which is bigger, 9.11 or 9.9?",
         "Was kann foehn-3 besser als foehn-2?",
         "Write a complete snake game in Python in one file.",
         "Sally has 3 brothers. Each brother has 2 sisters. How many sisters does Sally have?",
         "Zeichne ein Einhorn als SVG.",
         "Erklär mir Quantenverschränkung in genau drei Sätzen.",
         "Ein Bauer hat 17 Schafe. Alle bis auf 9 sterben. Wie viele bleiben übrig?",
         "Wer bist du und welches Modell steckt dahinter?",
         "Write a haiku about a model release on the 22nd of December."]


def tryer_prompt(rng: random.Random, cp: Corpus) -> tuple[str, str]:
    r = rng.random()
    if r < 0.16:
        return rng.choice(VIRAL), "chat"
    if r < 0.44:
        return cp.pick(rng, "arena_short"), "long"
    if r < 0.54:
        return cp.pick(rng, rng.choice(["math_short", "gsm8k"])), "cot"
    if r < 0.68:
        return P.coding(rng, cp)
    if r < 0.78:
        return cp.pick(rng, "instruct"), "chat"
    return P.casual(rng, cp), "chat"


def release_tryers(seed: int, sink: Sink, cp: Corpus, infra: Infra, days: int, scale: float) -> None:
    if days < 2:
        return
    rng = rng_for(seed, "release_tryers")
    for _ in range(max(1, round(450 * scale))):
        if rng.random() < 0.45:
            signup = RELEASE_MS + int(rng.expovariate(1 / (50 * M)))
        else:
            signup = CLOCK.at(rng, 1, "consumer", 10.2, 24)
        signup = min(signup, day_start(2) - 20 * M)
        a = sink.register(new_account(rng, "release_tryers", signup - signup % S,
                                      payment=card(rng) if rng.random() < 0.7 else None))
        r = rng.random()
        a.ua = browser(rng) if r < 0.6 else (sdk(rng) if r < 0.9 else mobile_app(rng))
        a.device = ja4(a.ua) if "Mozilla" not in a.ua and "Foehn" not in a.ua else install_id(rng)
        ip = home_ip(rng) if rng.random() < 0.7 else (infra.cgnat.pick(rng) if rng.random() < 0.6 else
                                                      ip_of(rng, rng.choice([53813, 8881, 24940])))
        first = signup + rng.randrange(40 * S, 9 * M)
        n = lognorm_int(rng, 28, 0.6, 6, 160)
        plan = [session_times(rng, first, n, 40)]
        if rng.random() < 0.35:
            later = first + rng.randrange(3 * H, 9 * H)
            if later < day_start(2):
                plan.append(session_times(rng, later, geometric(rng, 12), 50))
        for sess in plan:
            for ts in sess:
                text, kind = tryer_prompt(rng, cp)
                m = MODEL_NEW if rng.random() < 0.9 else MODEL_OLD
                sink.emit(rng, a, ts, text, ip=ip, model=m, kind=kind, hot=0.02,
                          endpoint=EP_RESP if "python" in a.ua.lower() and rng.random() < 0.5 else EP_CHAT)


BUILDERS = [mobile_chat, students, coders, freelancers, hobbyists, vpn_users, families, release_tryers]
