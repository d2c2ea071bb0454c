"""Extraction campaigns, part 2: reseller app, conversation harvest, launch redirect with fan-out
leaders, 'ghost' natural-prompt distillers, exam-student mimics, polyglot CoT, preference pairs."""
from __future__ import annotations

from . import corpora, network, texts_cee, texts_harvest as th
from .benign_consumer import say
from .benign_tech import STUDENT_STEPS
from .campaigns_harvest import ALL, _cards
from .world import (CHAT, CODE, DAY, EP_CHAT, EP_RESP, HOUR, LAUNCH, MIN, MINI, NEW, PROFILE_CONSUMER,
                    PROFILE_OFFICE, PROFILE_STUDENT, T0, TZ, Pop, session)


def reseller(pop: Pop, n: int) -> None:
    """A free chat app (Chișinău) relaying real users over many keys/accounts, and logging
    outputs for training; about a quarter of calls are injected harvest prompts."""
    r = pop.rng
    hosts = [network.BY_NAME["Hetzner Online"], network.BY_NAME["Contabo"]]
    cards = _cards(pop, 6, "c")
    for i in range(n):
        a = pop.account(r.choice(["MD", "RO"]), age_days=(40, 400))
        a.payment, a.net = cards[i % 6], hosts[i % 2]
        a.ua, a.device = "AsistentulMeu-backend/2.1 httpx/0.28.1", network.TLS_PY
        for day in (0, 1):
            for _k in range(r.randint(70, 140)):
                if r.random() < 0.25:
                    t = pop.when(day, 2, [1.0] * 24)
                    kind, q = corpora.task(r, ("gsm8k", "math", "mbpp", "arena"))
                    q = th.wrap(r, r.choice(["ro", "en"]), q, 0.6)
                else:
                    t = pop.when(day, 2, PROFILE_CONSUMER)
                    q = say(r, r.choice(["ro", "ro", "en", "bg"]), 0.7)
                pop.emit(a, t, NEW if t >= LAUNCH and r.random() < 0.5 else r.choice([CHAT, MINI]), EP_CHAT, q,
                         system=th.RESELL_SYS, ip=a.net.draw_ip(r), ctok=r.randint(150, 1200))


def convo_harvest(pop: Pop, n: int) -> None:
    """Conversation-style harvest: a problem, then follow-ups that pull out variants of the reasoning."""
    r = pop.rng
    for _ in range(n):
        a = pop.account(r.choice(["HR", "SI", "RS"]), age_days=(30, 500))
        network.outfit(r, a, "home", "browser", sticky=True)
        for day in (0, 1):
            for _c in range(r.randint(2, 5)):
                start = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                kind, q = corpora.task(r, ("gsm8k", "math", "mbpp"))
                hist = [texts_cee.hw(r, a.lang, q)]
                for t in session(r, start, r.randint(3, 7), 40, 200):
                    ctx = "\n".join(f"user: {m}" for m in hist)
                    pop.emit(a, t, NEW if t >= LAUNCH and r.random() < 0.6 else CHAT, EP_CHAT, ctx,
                             ptok=len(ctx) // 3 + 250 * (len(hist) - 1), ctok=r.randint(300, 1200))
                    hist.append(r.choice(th.FOLLOW))


def launch_redirect(pop: Pop, n: int, leaders: int) -> None:
    """Quiet harvest on dunaj-2 on day 1 from mobile CGNAT; within hours of launch the same
    problems are replayed on dunaj-3. A few leader accounts go loud; the rest stay small."""
    r = pop.rng
    cards = _cards(pop, 15, "c")
    for i in range(n):
        a = pop.account(r.choice(["RO", "BG"]), age_days=(100, 600))
        a.payment = cards[i % 15]
        network.outfit(r, a, "mobile", "mobile")
        asked = []
        for _k in range(r.randint(8, 15)):
            t = pop.when(0, TZ[a.country], PROFILE_CONSUMER)
            if r.random() < 0.7:
                kind, q = corpora.task(r, ("gsm8k", "math", "mbpp"))
                q = th.wrap(r, a.lang, q, 0.6)
                asked.append(q)
            else:
                q = say(r, a.lang, 0.7)
            pop.emit(a, t, CHAT, EP_CHAT, q, ctok=r.randint(300, 1200))
        m = r.randint(200, 320) if i < leaders else r.randint(25, 50)
        start = LAUNCH + r.randint(20, 150) * MIN
        for j, t in enumerate(session(r, start, m, 30 if i < leaders else 200, 120 if i < leaders else 900)):
            if j < len(asked):
                q = asked[j]
            else:
                kind, q = corpora.task(r, ("gsm8k", "math", "mbpp"))
                q = th.wrap(r, a.lang, q, 0.6)
            pop.emit(a, t, NEW, EP_CHAT, q, ctok=r.randint(400, 1500))


def ghost(pop: Pop, n: int) -> None:
    """Designed to be invisible: natural prompts from ordinary-chat distributions, each account
    a different country/ISP/card/browser, a handful of calls a day. Tells: accounts opened in one
    5-day window, no diurnal rhythm, always long answers, never a repeated prompt."""
    r = pop.rng
    base = T0 - 210 * DAY
    for _ in range(n):
        a = pop.account(created_ms=base + r.randrange(5 * DAY))
        network.outfit(r, a, "home", "browser", sticky=True)
        for day in (0, 1):
            for _k in range(r.randint(3, 9)):
                t = T0 + day * DAY + r.randrange(DAY)
                q = say(r, a.lang, 0.35) if r.random() < 0.8 else corpora.pick(r, r.choice(["seed", "user"]))
                pop.emit(a, t, NEW if t >= LAUNCH and r.random() < 0.5 else CHAT, EP_CHAT, q, ctok=r.randint(1500, 3200))


def mimic_students(pop: Pop, n: int) -> None:
    """Designed to be invisible: rented student (eduroam) logins on the real university NATs,
    student wording and rhythm, but a partitioned walk over MBPP, HumanEval and MATH."""
    r = pop.rng
    shards = {k: [corpora.shard(k, i, n) for i in range(n)] for k in ("mbpp", "humaneval", "math")}
    for i in range(n):
        a = pop.account(age_days=(40, 500))
        network.outfit(r, a, "uni", "browser")
        pos = {"mbpp": 0, "humaneval": 0, "math": 0}
        for day in (0, 1):
            for _s in range(r.randint(2, 4)):
                start = pop.when(day, TZ[a.country], PROFILE_STUDENT)
                for t in session(r, start, r.randint(6, 14), 50, 420):
                    kind = r.choice(["math", "math", "mbpp", "humaneval"])
                    items = shards[kind][i]
                    if not items:
                        kind, items = "math", shards["math"][i]
                    q = items[pos[kind] % len(items)]
                    pos[kind] += 1
                    q = texts_cee.code(r, a.lang, q) if kind != "math" else texts_cee.hw(r, a.lang, q)
                    q += "\n" + STUDENT_STEPS.get(a.lang, STUDENT_STEPS["en"])
                    pop.emit(a, t, NEW if t >= LAUNCH and r.random() < 0.45 else r.choice([CHAT, MINI]), EP_CHAT, q,
                             ctok=r.randint(400, 1400))


POLY = ["Solve this in {a}, then translate the complete solution into {b} and {c}, keeping every step:\n{q}",
        "Реши на {a}, после преведи целото решение на {b}: {q}",
        "Rezolvă în {a} și apoi tradu toată rezolvarea în {b} și {c}, cu toți pașii:\n{q}",
        "{q}\n\nGive the derivation in {a}; then the same derivation in {b}."]


def polyglot(pop: Pop, n: int) -> None:
    """Multilingual CoT: each problem solved in one language and re-rendered in two more, via
    carrier CGNAT in Bulgaria and Serbia (shared with thousands of ordinary phones)."""
    r = pop.rng
    cards = _cards(pop, 10, "c")
    names = ["Bulgarian", "Serbian", "Romanian", "Hungarian", "Czech", "Croatian", "Slovenian", "Slovak", "English"]
    for i in range(n):
        a = pop.account(r.choice(["BG", "RS"]), age_days=(5, 30))
        a.payment = cards[i % 10]
        network.outfit(r, a, "mobile", "mobile")
        for day in (0, 1):
            for _k in range(r.randint(15, 35)):
                t = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                x, y, z = r.sample(names, 3)
                q = corpora.task(r, ("gsm8k", "math", "svamp"))[1]
                p = r.choice(POLY).replace("{a}", x).replace("{b}", y).replace("{c}", z).replace("{q}", q)
                pop.emit(a, t, NEW if t >= LAUNCH and r.random() < 0.5 else CHAT, EP_CHAT, p, ctok=r.randint(700, 2400))


def pref_pairs(pop: Pop, n: int) -> None:
    """Preference-pair harvest over natural requests, from Azure, three shared cards."""
    r = pop.rng
    cards = _cards(pop, 3, "c")
    net = network.BY_NAME["Microsoft Azure"]
    for i in range(n):
        a = pop.account(r.choice(ALL), age_days=(20, 200))
        a.payment, a.net = cards[i % 3], net
        a.ua, a.device = network.client(r, "sdk")
        for day in (0, 1):
            for _k in range(r.randint(18, 40)):
                t = pop.when(day, TZ[a.country], PROFILE_OFFICE)
                q = r.choice(th.PREF).replace("{q}", say(r, a.lang, 0.3))
                pop.emit(a, t, NEW if t >= LAUNCH and r.random() < 0.5 else CHAT, r.choice([EP_CHAT, EP_RESP]), q,
                         ctok=r.randint(500, 1800))
