"""Distillation campaigns run as account farms: a hydra proxy farm, a UA/IP rotator, slow
personas, taken-over aged accounts, multilingual probes on mobile proxies, campus mules."""

from __future__ import annotations

from .clients import BROWSERS, CLIENTS, JA4, PHONES, REASONER, Client, chat_model, client
from .clock import DAY, HOUR, MIN, RELEASE, SEC, local_hour, utc_ms
from .harvest import BOXED, CASUAL, CODE_EXPLAIN, FULL_REASONING, MULTI, wrap
from .phrasing_local import LANG, STEP, holiday, localise
from .randutil import chance, geometric, lognorm, pick
from .sessions import convo
from .world import World

NORDIC = ["FI", "FI", "FI", "SE", "SE", "NO", "DK", "EE", "LV", "LT", "PL", "PL"]


def hydra_proxy_farm(w: World, n: int = 300) -> None:
    """Hundreds of accounts behind a residential/mobile proxy network, a new exit most requests,
    browser UAs over a Chrome TLS stack (impersonation library), shared prepaid cards,
    batch sign-ups; harvest mixed with ordinary chat."""
    c = "hydra_proxy_farm"
    rng = w.rng(c)
    exits = w.net.resi_pool(rng, ["FI", "SE", "NO", "DK", "EE", "LV", "LT", "PL", "DE", "NL"], 2500, .35)
    cards = [w.new_card(rng) for _ in range(30)]
    batches = [utc_ms(2026, 11, 8) + rng.randrange(20 * DAY) for _ in range(15)]
    images = [Client("app-android", rng) for _ in range(12)]          # cloned emulator snapshots
    for i in range(n):
        cc = pick(rng, NORDIC)
        card = pick(rng, cards) if chance(rng, .6) else None
        a = w.account(rng, c, c, cc=cc, created=batches[i % 15] + rng.randrange(50 * MIN), card=card, tier="t1" if card else "free")
        if chance(rng, .25):
            cli = pick(rng, images)
        else:
            cli = client(rng, BROWSERS + PHONES[:3])
            cli.device = JA4["chromium"]                                # impersonation library over one TLS stack
        for s in w.win.sessions(rng, 3, "ops", lognorm(rng, 6, .3)):
            sticky = pick(rng, exits)

            def prompt(i):
                if chance(rng, .6):
                    q = w.corp.task(rng, ("gsm8k", "math", "mbpp", "svamp"))
                    return wrap(rng, CASUAL + FULL_REASONING, q), "cot"
                return (holiday(rng, LANG[cc]) if chance(rng, .2) else localise(rng, w.corp.chat(rng), LANG[cc], .4)), "chat"
            convo(w, a, rng, s, geometric(rng, 3.5), prompt, addr=lambda: pick(rng, exits) if chance(rng, .7) else sticky,
                  cli=cli, model=lambda t: chat_model(rng, t, RELEASE, .5), gap_s=(25, .6), multi=chance(rng, .3))


def ua_ip_rotator(w: World, n: int = 100) -> None:
    """Every request from a different VPN/datacentre exit with a different user agent and TLS
    stack; coding harvest with a detailed-explanation wrapper; a handful of cards."""
    c = "ua_ip_rotator"
    rng = w.rng(c)
    names = sorted(k for k in CLIENTS if not k.startswith("app") and k != "empty")
    hosts = ["OVH", "DigitalOcean", "Hetzner Falkenstein"]
    cards = [w.new_card(rng) for _ in range(8)]
    batches = [utc_ms(2026, 11, d) for d in (12, 15, 19)]
    for i in range(n):
        a = w.account(rng, c, c, cc=pick(rng, NORDIC), created=batches[i % 3] + rng.randrange(3 * HOUR), card=pick(rng, cards), tier="t1")
        for s in w.win.sessions(rng, 2, "flat", lognorm(rng, 26, .2)):
            for _ in range(geometric(rng, 1.3)):
                cli = Client(pick(rng, names), rng)
                cli.device = JA4[pick(rng, sorted(JA4))] if chance(rng, .5) else cli.device
                addr = w.net.vpn(rng) if chance(rng, .6) else w.net.host(rng, pick(rng, hosts))
                q = w.corp.code(rng)
                lat = w.send(a, s, wrap(rng, CODE_EXPLAIN, q), kind="code", addr=addr, cli=cli,
                             model=chat_model(rng, s, RELEASE, .4), rng=rng)
                s += lat + rng.randrange(2 * SEC, 30 * SEC)


def slow_personas(w: World, n: int = 80) -> None:
    """Bought aged accounts, each a believable persona: one home line, one browser, local daily
    rhythm, tens of requests a day, half of them walking a private slice of MATH in order."""
    c = "slow_personas"
    rng = w.rng(c)
    math = w.corp["math"]
    order = list(range(n))
    rng.shuffle(order)
    for i in range(n):
        cc = pick(rng, NORDIC)
        lang = LANG[cc]
        a = w.account(rng, c, c, cc=cc, created=w.old_created(rng, lo=(2023, 1, 1), hi=(2025, 6, 1)),
                      card=w.new_card(rng) if chance(rng, .4) else None, tier="t1" if chance(rng, .6) else "free")
        home = w.net.home(rng, cc, .3)
        cli = client(rng, BROWSERS)
        lo = order[i] * 55
        cursor = [lo]
        prof = pick(rng, ["consumer", "office", "student", "evening"])
        for s in w.win.sessions(rng, a.tz, prof, lognorm(rng, 5, .3)):
            def prompt(k, lang=lang):
                if chance(rng, .45):
                    q = math[cursor[0] % len(math)]
                    cursor[0] += 1
                    return wrap(rng, CASUAL, q), "cot"
                return (holiday(rng, lang) if chance(rng, .25) else localise(rng, w.corp.chat(rng), lang, .5)), "chat"
            convo(w, a, rng, s, geometric(rng, 4), prompt, addr=home.addr(rng, 0 if s < w.win.start + DAY else 1),
                  cli=cli, model=lambda t: chat_model(rng, t, RELEASE, .3), gap_s=(80, .8))


def aged_takeover(w: World, n: int = 70) -> None:
    """Old accounts from many countries (original cards and sign-up dates) taken over and
    reactivated together on 1 December by one python client behind Swedish residential proxies."""
    c = "aged_takeover"
    rng = w.rng(c)
    exits = w.net.resi_pool(rng, ["SE"], 220, .0)
    cli = Client("requests")
    wake = utc_ms(2026, 12, 1, 9)
    for _ in range(n):
        cc = pick(rng, NORDIC + ["UK", "US-E", "DE"])
        a = w.account(rng, c, c, cc=cc, created=w.old_created(rng, lo=(2022, 6, 1), hi=(2024, 12, 1), recent_bias=1.0),
                      card=w.new_card(rng) if chance(rng, .7) else None, tier="t1")
        t = wake + int(rng.gauss(0, 12 * MIN))
        day_exit = [pick(rng, exits), pick(rng, exits)]
        while t < w.win.end:
            items = rng.randrange(10, 25)
            d = 0 if t < w.win.start + DAY else 1

            def prompt(k):
                if chance(rng, .5):
                    return w.corp.any(rng, "arena"), "chat"
                return BOXED.format(q=w.corp.any(rng, "math")), "cot"
            convo(w, a, rng, t, items, prompt, addr=day_exit[d], cli=cli,
                  model=lambda x: REASONER if x > RELEASE and chance(rng, .6) else "aurora-2", gap_s=(20, .5), multi=False)
            t += int(lognorm(rng, 4.5 * HOUR, .5))


def multilingual_probe(w: World, n: int = 50) -> None:
    """Reasoning harvest asked in Finnish, Estonian, Latvian, Lithuanian, Polish, Swedish, over
    mobile proxies (real CGNAT addresses), a few shared cards."""
    c = "multilingual_probe"
    rng = w.rng(c)
    cards = [w.new_card(rng) for _ in range(10)]
    cli = Client("openai-py")
    for _ in range(n):
        cc = pick(rng, ["EE", "LV", "LT", "FI", "PL", "SE"])
        lang = LANG[cc]
        a = w.account(rng, c, c, cc=cc, created=utc_ms(2026, 11, 1) + rng.randrange(25 * DAY), card=pick(rng, cards), tier="t1")
        phone = w.net.phone(rng, cc)
        for s in w.win.sessions(rng, a.tz, "ops", lognorm(rng, 6, .3)):
            def prompt(k, lang=lang):
                q = w.corp.task(rng, ("gsm8k", "svamp", "math")) if chance(rng, .8) else w.corp.any(rng, "instruct")
                return wrap(rng, MULTI[lang], q), "cot"
            convo(w, a, rng, s, geometric(rng, 6), prompt, addr=lambda: phone.addr(rng), cli=cli,
                  model=lambda t: chat_model(rng, t, RELEASE, .4), gap_s=(30, .6), multi=False)


def campus_mules(w: World, n: int = 60) -> None:
    """Students paid to run a harvesting script on their own student accounts: campus Wi-Fi by day,
    home at night, the same step-by-step phrasing as their classmates, a request every 15-25 min."""
    c = "campus_mules"
    rng = w.rng(c)
    cli = Client("requests")
    for _ in range(n):
        camp = w.places.campus(rng)
        lang = LANG[camp.cc]
        a = w.account(rng, c, c, cc=camp.cc, created=utc_ms(2026, 8, 20) + rng.randrange(90 * DAY), tier="free")
        home = w.net.home(rng, camp.cc, .4)
        t = w.win.start + rng.randrange(10 * HOUR)
        while t < w.win.end:
            h = local_hour(t, a.tz)
            if 9 <= h < 17:
                addr = camp.wifi(rng)
            elif 4 <= h < 9 and chance(rng, .8):
                t += rng.randrange(20 * MIN, 60 * MIN)          # laptop asleep
                continue
            else:
                addr = home.addr(rng, 0 if t < w.win.start + DAY else 1)
            q = w.corp.task(rng, ("math", "gsm8k"))
            style = rng.random()
            p = f"{STEP[lang]}: {q}" if style < .5 else (f"{q}\n\n{STEP[lang]}." if style < .8 else f"{q}\n\n{STEP['en']}.")
            w.send(a, t, p, kind="cot", addr=addr, cli=cli, model=chat_model(rng, t, RELEASE, .5), rng=rng)
            t += rng.randrange(15 * MIN, 25 * MIN)
