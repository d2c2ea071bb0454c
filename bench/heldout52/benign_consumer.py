"""Benign consumer populations: casual chat, mobile on CGNAT, search widget, VPN users, internet
cafés, post-launch newcomers, long conversations, retry storms, power users, homework."""
from __future__ import annotations

from . import corpora, network, texts_cee
from .world import (CHAT, DAY, EP_CHAT, EP_RESP, HOUR, LAUNCH, MIN, MINI, NEW, PROFILE_CONSUMER,
                    PROFILE_STUDENT, T0, TZ, Pop, chat_model, session)


def say(r, lang: str, p_local: float = 0.55) -> str:
    if lang != "en" and r.random() < p_local:
        return texts_cee.chat(r, lang)
    return corpora.chat(r)


def casual(pop: Pop, n: int, countries: list[str]) -> None:
    r = pop.rng
    for _ in range(n):
        a = pop.account(r.choice(countries))
        mobile = r.random() < 0.35
        network.outfit(r, a, "mobile" if mobile else "home", "mobile" if mobile else "browser")
        p_day = r.uniform(0.4, 0.9)
        for day in (0, 1):
            if r.random() > p_day:
                continue
            for _s in range(r.choice([1, 1, 1, 2, 2, 3])):
                start = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                for t in session(r, start, r.randint(1, 6), 25, 240):
                    pop.emit(a, t, chat_model(r, t, 0.35), EP_CHAT, say(r, a.lang), ctok=r.randint(80, 650))


def mobile_cgnat(pop: Pop, n: int) -> None:
    r = pop.rng
    for _ in range(n):
        a = pop.account()
        network.outfit(r, a, "mobile", "mobile")
        for day in (0, 1):
            if r.random() < 0.3:
                continue
            for _k in range(r.randint(1, 9)):
                t = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                q = say(r, a.lang, 0.7)
                pop.emit(a, t, chat_model(r, t, 0.2, 0.6), EP_CHAT, q[:400], ctok=r.randint(40, 400))


def search_widget(pop: Pop, n: int) -> None:
    """A browser extension 'Dunaj Search' that sends address-bar questions to the mini model."""
    r = pop.rng
    sys = "Answer the search query in at most three sentences. If unsure, say so."
    for _ in range(n):
        a = pop.account()
        network.outfit(r, a, r.choice(["home", "home", "mobile"]), "browser")
        a.ua = a.ua + " DunajSearch/1.7"
        per_day = r.randint(1, 14)
        for day in (0, 1):
            for _k in range(max(0, per_day + r.randint(-3, 3))):
                t = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                pop.emit(a, t, MINI, EP_CHAT, corpora.pick(r, "nq"), system=sys, ctok=r.randint(25, 110))


def vpn_users(pop: Pop, n: int) -> None:
    r = pop.rng
    for _ in range(n):
        a = pop.account()
        network.outfit(r, a, "vpn", r.choice(["browser", "sdk", "mobile"]))
        for day in (0, 1):
            for _s in range(r.randint(0, 3)):
                start = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                for t in session(r, start, r.randint(1, 8), 20, 300):
                    pop.emit(a, t, chat_model(r, t, 0.3), EP_CHAT, say(r, a.lang, 0.4))


def internet_cafe(pop: Pop, n_cafes: int, per_cafe: tuple[int, int]) -> None:
    """Cafés / library PCs / hostel kiosks: many accounts, one address, identical browsers."""
    r = pop.rng
    for c in range(n_cafes):
        country = r.choice(["RO", "MD", "BG", "RS", "HU", "CZ"])
        net = network.pick(r, "home", country)
        ip, (ua, dev) = net.sticky(r), network.client(r, "browser")
        for _ in range(r.randint(*per_cafe)):
            a = pop.account(country, age_days=(2, 400))
            a.net, a.ip, a.ua, a.device = net, ip, ua, dev
            for day in (0, 1):
                if r.random() < 0.45:
                    continue
                start = pop.when(day, TZ[country], PROFILE_STUDENT)
                for t in session(r, start, r.randint(2, 12), 30, 200):
                    q = say(r, a.lang, 0.5) if r.random() < 0.8 else texts_cee.hw(r, a.lang, corpora.pick(r, "svamp"))
                    pop.emit(a, t, chat_model(r, t, 0.3), EP_CHAT, q)


def newcomers(pop: Pop, n: int) -> None:
    """Accounts opened after the dunaj-3 launch announcement, trying the new model."""
    r = pop.rng
    for _ in range(n):
        created = LAUNCH + int(r.expovariate(1 / (4 * HOUR))) + r.randrange(20 * MIN)
        if created > T0 + 2 * DAY - 40 * MIN:
            created = LAUNCH + r.randrange(8 * HOUR)
        a = pop.account(created_ms=created)
        network.outfit(r, a, r.choice(["home", "mobile", "home"]), r.choice(["browser", "sdk", "mobile"]))
        start = created + r.randint(2, 40) * MIN
        for t in session(r, start, r.randint(2, 16), 15, 400):
            if r.random() < 0.3:
                q = corpora.task(r, ("gsm8k", "math", "humaneval", "mbpp"))[1]
                q = q if r.random() < 0.5 else "Let's see if the new model can do this: " + q
            else:
                q = say(r, a.lang, 0.5)
            pop.emit(a, t, NEW if r.random() < 0.85 else CHAT, EP_CHAT, q, ctok=r.randint(100, 900))


def long_convos(pop: Pop, n: int) -> None:
    r = pop.rng
    for _ in range(n):
        a = pop.account()
        network.outfit(r, a, r.choice(["home", "home", "mobile", "corp"]), "browser")
        for day in (0, 1):
            if r.random() < 0.35:
                continue
            start = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
            hist: list[str] = []
            model = chat_model(r, start, 0.4, 0.1)
            for t in session(r, start, r.randint(5, 25), 40, 420):
                msg = say(r, a.lang, 0.6) if not hist or r.random() < 0.3 else r.choice(
                    ["Díky, a co dál?", "Can you expand the second point?", "Mulțumesc! Și dacă...?", "A konkrétně?",
                     "Hmm, that doesn't sound right.", "Ок, а ако е обратно?", "Super, zkrať to na polovinu.",
                     "És ha ezt táblázatban kérem?", "Može li kraće?", "Lahko to napišeš bolj formalno?"])
                hist.append(msg)
                ctx = "\n".join(f"user: {m}" for m in hist[-12:])
                pop.emit(a, t, model, EP_CHAT, ctx, ptok=min(30000, 60 * len(hist) + len(ctx) // 4),
                         ctok=r.randint(80, 700))


def retry_storms(pop: Pop, n: int) -> None:
    """Users whose client retries on 429/5xx, sometimes aggressively, with the same prompt."""
    r = pop.rng
    for _ in range(n):
        a = pop.account()
        network.outfit(r, a, r.choice(["home", "mobile", "cloud"]), r.choice(["sdk", "browser"]))
        for day in (0, 1):
            for _s in range(r.randint(1, 3)):
                start = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                t = start
                for _k in range(r.randint(1, 4)):
                    q = say(r, a.lang)
                    model = chat_model(r, t, 0.5)
                    tries = 1 + (r.randint(1, 7) if r.random() < 0.35 else 0)
                    for i in range(tries):
                        st = r.choice([429, 429, 500, 503, 502]) if i < tries - 1 else (200 if r.random() < 0.9 else 429)
                        pop.emit(a, t, model, EP_CHAT, q, status=st)
                        t += int((2 ** i) * 1000 * r.uniform(0.5, 1.5)) if r.random() < 0.7 else r.randint(200, 900)
                    t += r.randint(30, 300) * 1000


def power_users(pop: Pop, n: int) -> None:
    r = pop.rng
    for _ in range(n):
        a = pop.account(age_days=(90, 900))
        network.outfit(r, a, r.choice(["home", "home", "corp", "vpn"]), r.choice(["browser", "sdk"]))
        per_day = r.randint(30, 130)
        for day in (0, 1):
            m = per_day + r.randint(-20, 20)
            while m > 0:
                start = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                k = min(m, r.randint(5, 30))
                m -= k
                for t in session(r, start, k, 15, 200):
                    u = r.random()
                    if u < 0.25:
                        q = corpora.task(r, ("math", "mbpp", "humaneval", "gsm8k"))[1]
                    elif u < 0.4:
                        q = texts_cee.code(r, a.lang, corpora.pick(r, "arena"))
                    else:
                        q = say(r, a.lang, 0.35)
                    pop.emit(a, t, chat_model(r, t, 0.55, 0.15) if r.random() > 0.15 else "dunaj-coder-2",
                             EP_RESP if r.random() < 0.3 else EP_CHAT, q, ctok=r.randint(150, 1400))


def homework(pop: Pop, n: int) -> None:
    r = pop.rng
    for _ in range(n):
        a = pop.account(r.choice(["RO", "MD", "BG", "RS", "HR", "CZ", "HU", "SK"]), age_days=(5, 500))
        network.outfit(r, a, r.choice(["mobile", "home"]), r.choice(["mobile", "browser"]))
        for day in (0, 1):
            if r.random() < 0.25:
                continue
            start = pop.when(day, TZ[a.country], [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 3, 6, 8, 8, 8, 9, 10, 9, 6, 3, 1])
            for t in session(r, start, r.randint(2, 18), 40, 400):
                q = corpora.pick(r, r.choice(["svamp", "gsm8k", "gsm8k"]))
                q = texts_cee.hw(r, a.lang, q) if r.random() < 0.75 else q
                pop.emit(a, t, r.choice([MINI, CHAT]), EP_CHAT, q, ctok=r.randint(90, 500))
