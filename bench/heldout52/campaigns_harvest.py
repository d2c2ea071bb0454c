"""Extraction campaigns, part 1: loud scraper, launch rush, hydra proxy farm, sticky aged accounts,
sharded MATH walk, agent-trajectory harvest, judge-label harvest, embedding sweep."""
from __future__ import annotations

from . import corpora, network, texts_cee, texts_harvest as th
from .benign_consumer import say
from .world import (CHAT, CODE, DAY, EMBED, EP_CHAT, EP_EMB, EP_RESP, HOUR, LAUNCH, MIN, MINI, NEW,
                    PROFILE_CONSUMER, PROFILE_FLAT, PROFILE_OFFICE, T0, T_END, TZ, Pop, h, session)

ALL = ["CZ", "SK", "HU", "RO", "MD", "BG", "RS", "HR", "SI"]


def _cards(pop: Pop, k: int, tag: str) -> list[str]:
    return ["pm_" + h(pop.seed, pop.name, tag, i, n=16) for i in range(k)]


def loud_scraper(pop: Pop, n: int) -> None:
    """Crude: a few accounts on one hosting ASN, flat 24 h, one template, blunt CoT, big volume."""
    r = pop.rng
    sysp = "You are a meticulous expert. Always show your complete reasoning inside <think></think> before answering."
    card = _cards(pop, 2, "c")
    net = network.BY_NAME["Hetzner Online"]
    for i in range(n):
        a = pop.account("CZ", age_days=(3, 12), lang="en")
        a.net, a.payment = net, card[i % 2]
        a.ua, a.device = "python-requests/2.32.3", network.TLS_PY
        a.ip = net.sticky(r)
        for day in (0, 1):
            for _k in range(r.randint(350, 600)):
                t = pop.when(day, 0, PROFILE_FLAT)
                kind, q = corpora.task(r, ("gsm8k", "math"))
                model = NEW if t >= LAUNCH and r.random() < 0.7 else CHAT
                pop.emit(a, t, model, EP_CHAT, f"{q}\n\n{th.COT_BLUNT[0]}", system=sysp, ctok=r.randint(500, 1600),
                         status=200 if r.random() > 0.04 else 429)


def launch_rush(pop: Pop, n: int) -> None:
    """Crude: fresh accounts opened minutes after the launch, one card, one droplet image, hammer dunaj-3."""
    r = pop.rng
    card = _cards(pop, 1, "c")[0]
    net = network.BY_NAME["DigitalOcean"]
    ua, dev = "dunaj-python/1.9.2", network.TLS_PY
    for i in range(n):
        created = LAUNCH + r.randint(2, 40) * MIN
        a = pop.account(r.choice(["RO", "BG", "MD"]), created_ms=created, lang="en")
        a.net, a.payment, a.ua, a.device, a.ip = net, card, ua, dev, net.sticky(r)
        start = created + r.randint(1, 6) * MIN
        for t in session(r, start, r.randint(100, 240), 20, 110):
            kind, q = corpora.task(r, ("math", "gsm8k", "mbpp", "humaneval"), [3, 2, 2, 1])
            q = r.choice(th.CODE_ASK).replace("{q}", q) if kind in ("mbpp", "humaneval") else th.wrap(r, "en", q, 0.2)
            pop.emit(a, t, NEW, EP_CHAT, q, ctok=r.randint(600, 2200))


def hydra(pop: Pop, n: int) -> None:
    """Hydra proxy farm: aged accounts, a fresh residential exit per request (never reused),
    card pool, a scheduler tick every 15 min, ~55% harvest mixed with ordinary chat."""
    r = pop.rng
    cards = _cards(pop, 35, "card")
    for i in range(n):
        a = pop.account(r.choice(ALL), age_days=(60, 700))
        a.payment = cards[r.randrange(len(cards))]
        a.ua = r.choice(network.UA_BROWSER)
        a.device = network.TLS_PY if r.random() < 0.8 else network.TLS_CHROME
        per_day = r.randint(16, 32)
        for day in (0, 1):
            ticks = sorted(r.sample(range(96), min(96, per_day // 2 + 1)))
            k = 0
            for tick in ticks:
                t0 = T0 + day * DAY + tick * 15 * MIN + r.randint(0, 40_000)
                for t in session(r, t0, r.choice([1, 2, 2, 3]), 4, 30):
                    if k >= per_day:
                        break
                    k += 1
                    ip, net = network.resi_exit(r, ALL)
                    if r.random() < 0.55:
                        kind, q = corpora.task(r, ("gsm8k", "math", "mbpp", "humaneval", "arena"), [3, 3, 2, 1, 2])
                        q = th.wrap(r, a.lang if r.random() < 0.6 else "en", q, 0.5)
                    else:
                        q = say(r, a.lang, 0.6)
                    model = NEW if t >= LAUNCH and r.random() < 0.6 else r.choice([CHAT, CHAT, MINI])
                    pop.emit(a, t, model, EP_CHAT, q, ip=ip, net=net, ctok=r.randint(200, 1500))


def sticky_aged(pop: Pop, n: int) -> None:
    """Bought aged accounts, each on one sticky residential address in CZ/SK/HU, local-language
    oblique elicitation over maths and code, no cover traffic, office-hours pace."""
    r = pop.rng
    for _ in range(n):
        a = pop.account(r.choice(["CZ", "SK", "HU"]), age_days=(300, 1000))
        network.outfit(r, a, "home", "browser", sticky=True)
        for day in (0, 1):
            for _k in range(r.randint(12, 30)):
                t = pop.when(day, TZ[a.country], PROFILE_OFFICE)
                kind, q = corpora.task(r, ("math", "gsm8k", "mbpp"), [4, 2, 2])
                q = th.wrap(r, a.lang, q, 0.75) if kind != "mbpp" else texts_cee.code(r, a.lang, q) + "\n" + th.cot(r, a.lang, 0.8)
                pop.emit(a, t, NEW if t >= LAUNCH and r.random() < 0.5 else CHAT, EP_CHAT, q, ctok=r.randint(400, 1600))


SHARD_TPL = ["{q}", "Úloha: {q}", "Feladat: {q}", "Problemă: {q}", "Задача: {q}", "Could you work through this? {q}",
             "{q} (I want to understand it, not just the number)", "Reši: {q}", "Spočítej: {q}", "Work it out: {q}",
             "Nézd meg ezt: {q}", "Rezolvă: {q}"]


def shard_math(pop: Pop, n: int) -> None:
    """MATH striped across accounts (no problem asked twice), paraphrased templates, VPN exits,
    bursts straddling the top of the hour (fixed-window counters see half a burst each)."""
    r = pop.rng
    vpns = network.nets("vpn")
    cards = _cards(pop, 12, "c")
    for i in range(n):
        a = pop.account(r.choice(ALL), age_days=(30, 400))
        a.payment = cards[i % len(cards)]
        a.net = vpns[i % len(vpns)]
        a.ua, a.device = network.client(r, "sdk")
        items = corpora.shard("math", i, n)
        j = 0
        for day in (0, 1):
            hours = r.sample(range(1, 24), r.randint(3, 6))
            for hr in hours:
                top = T0 + day * DAY + hr * HOUR
                for t in sorted(top + r.randint(-110, 110) * 1000 for _ in range(r.randint(4, 8))):
                    q = r.choice(SHARD_TPL).replace("{q}", items[j % len(items)])
                    j += 1
                    if r.random() < 0.5:
                        q += " " + r.choice(th.COT_OBLIQUE)
                    pop.emit(a, t, NEW if t >= LAUNCH else CHAT, EP_CHAT, q, ctok=r.randint(500, 1800))


def agent_traj(pop: Pop, n: int) -> None:
    """Agent trajectories: spoofs an IDE plugin, enumerates goals, feeds fabricated tool results."""
    r = pop.rng
    cards = _cards(pop, 8, "c")
    for i in range(n):
        a = pop.account(r.choice(["RO", "BG", "MD", "RS"]), age_days=(20, 300))
        a.payment = cards[i % len(cards)]
        network.outfit(r, a, "home", "ide", sticky=True)
        g = i
        for day in (0, 1):
            for _s in range(r.randint(2, 5)):
                start = pop.when(day, TZ[a.country], PROFILE_OFFICE)
                goal = th.AGENT_GOALS[g % len(th.AGENT_GOALS)]
                g += 7
                for j, t in enumerate(session(r, start, r.randint(6, 14), 3, 25)):
                    q = f"Goal: {goal}" if j == 0 else f"Goal: {goal}\n{r.choice(th.AGENT_OBS)}\nStep {j + 1}. Think about the options before choosing."
                    model = NEW if t >= LAUNCH and r.random() < 0.75 else r.choice([CODE, CHAT])
                    pop.emit(a, t, model, EP_RESP, q, system=th.AGENT_SYS, ctok=r.randint(150, 900))


def judge_labels(pop: Pop, n: int) -> None:
    """Verifier/judge labels: (problem, candidate) pairs graded with rationales, from rented VPS."""
    r = pop.rng
    cards = _cards(pop, 4, "c")
    for i in range(n):
        a = pop.account(r.choice(ALL), age_days=(10, 250))
        a.payment = cards[i % 4]
        network.outfit(r, a, "cloud", "sdk", sticky=True)
        for day in (0, 1):
            for _k in range(r.randint(22, 45)):
                t = pop.when(day, TZ[a.country], PROFILE_CONSUMER)
                kind, q = corpora.task(r, ("gsm8k", "math", "mbpp", "humaneval", "svamp"))
                p = r.choice(th.JUDGE).replace("{q}", q).replace("{a}", th.fake_answer(r, kind))
                pop.emit(a, t, NEW if t >= LAUNCH and r.random() < 0.4 else CHAT, EP_CHAT, p, ctok=r.randint(150, 700))


def embed_sweep(pop: Pop, n: int) -> None:
    """Embedding harvest: a systematic sweep over vocabulary x modifier x language, numbered."""
    r = pop.rng
    langs = sorted(th.WORDS)
    for i in range(n):
        a = pop.account(r.choice(ALL), age_days=(15, 300))
        network.outfit(r, a, r.choice(["cloud", "home"]), "sdk", sticky=True)
        a.ua = r.choice(["llama-index-llms-dunaj/0.2.1", "dunaj-python/1.9.2", "langchain-dunaj/0.3.4"])
        c = i * 997
        for day in (0, 1):
            start = T0 + day * DAY + r.randrange(DAY - 3 * HOUR)
            for t in session(r, start, r.randint(50, 110), 0.5, 8):
                c += 1
                lang = langs[c % len(langs)]
                words = th.WORDS[lang]
                w1, w2 = words[(c // 7) % len(words)], words[(c // 131) % len(words)]
                mod = th.MODS[(c // 3) % len(th.MODS)]
                text = f"{mod}{w1} {w2}" if c % 3 else f"{c}. {mod}{w1}; {w2}; {words[c % len(words)]}"
                if c % 11 == 0:
                    text = corpora.pick(r, "nq")
                pop.emit(a, t, EMBED, EP_EMB, text, ctok=0)
