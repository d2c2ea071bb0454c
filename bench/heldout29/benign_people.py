"""Benign people: office staff, consumers and families, students in exam period, VPN users,
power users, US/UK staff, translators, marketing agencies, public sector, a support outsourcer."""

from __future__ import annotations

from .clients import BROWSERS, PHONES, SDKS, Client, chat_model, client
from .clock import DAY, HOUR, MIN, RELEASE, local_hour, utc_ms
from .phrasing_local import LANG, LANG_NAME, STEP, STUCK, holiday, localise, office, texture
from .phrasing_work import SUPPORT_SYSTEM, TRANSLATE, chunks, marketing, public, support
from .randutil import chance, geometric, lognorm, pick
from .sessions import convo
from .world import World

NORDIC_MIX = ["FI"] * 30 + ["SE"] * 20 + ["NO"] * 10 + ["DK"] * 8 + ["EE"] * 7 + ["LV"] * 5 + ["LT"] * 6 + ["PL"] * 10 + ["UK"] * 2 + ["US-E"] * 2


def _day(w: World, ts: int) -> int:
    return 0 if ts < w.win.start + DAY else 1


def office_chat(w: World, n: int = 800) -> None:
    rng = w.rng("office_chat")
    for _ in range(n):
        co = w.places.company(rng)
        lang = "sv" if co.cc == "FI" and chance(rng, .1) else LANG[co.cc]
        card = co.card if co.org else (w.new_card(rng) if chance(rng, .4) else None)
        a = w.account(rng, "office_chat", cc=co.cc, created=w.old_created(rng), org=co.org, card=card,
                      tier=co.tier if co.org else "t1", zdr=co.zdr)
        cli = Client(co.browser) if chance(rng, .7) else (client(rng, SDKS) if chance(rng, .6) else client(rng, PHONES))
        home = w.net.home(rng, co.cc)
        wfh = rng.random() * .5
        r1 = rng.random() * .4
        for s in w.win.sessions(rng, a.tz, "office", lognorm(rng, 2.6, .5)):
            at_office = 7 <= local_hour(s, a.tz) < 17 and not chance(rng, wfh)
            addr = co.addr(rng) if at_office else home.addr(rng, _day(w, s))

            def prompt(i, lang=lang):
                r = rng.random()
                if r < .4:
                    return texture(rng, office(rng, lang)), "copy"
                if r < .75:
                    return texture(rng, localise(rng, w.corp.chat(rng), lang)), "chat"
                if r < .85:
                    return w.corp.code(rng), "code"
                if r < .95:
                    return holiday(rng, lang), "short"
                return w.corp.any(rng, "nq"), "short"
            convo(w, a, rng, s, geometric(rng, 3.5), prompt, addr=addr, cli=cli,
                  model=lambda t: chat_model(rng, t, RELEASE, r1), gap_s=(75, .9))


def consumer_chat(w: World, n: int = 950) -> None:
    rng = w.rng("consumer_chat")
    made = 0
    while made < n:
        cc = pick(rng, NORDIC_MIX)
        lang = LANG[cc]
        fam = rng.randrange(2, 5) if chance(rng, .08) else 1       # family sharing one card and one home line
        card = w.new_card(rng) if (fam > 1 or chance(rng, .5)) else None
        home = w.net.home(rng, cc, v6_share=.35)
        shared = None
        for _ in range(fam):
            made += 1
            dormant = chance(rng, .1)
            created = w.old_created(rng, hi=(2024, 6, 1)) if dormant else w.old_created(rng)
            a = w.account(rng, "consumer_chat", cc=cc, created=created, card=card, tier="t1" if card else "free")
            phone = w.net.phone(rng, cc)
            cli = client(rng, PHONES) if chance(rng, .5) else client(rng, BROWSERS)
            if shared is not None and chance(rng, .5):
                cli = shared                                            # the family iPad, signed in twice
            elif fam > 1 and cli.name.startswith("app"):
                shared = cli
            relay = cli.name == "safari-iphone" and chance(rng, .35)       # iCloud Private Relay
            prof = pick(rng, ["evening", "consumer", "consumer"])
            for s in w.win.sessions(rng, a.tz, prof, lognorm(rng, 1.8, .6)):
                if relay:
                    addr = lambda: w.net.relay(rng)
                elif cli.name in PHONES and chance(rng, .45):
                    addr = phone.addr(rng)
                else:
                    addr = home.addr(rng, _day(w, s))

                def prompt(i, lang=lang):
                    r = rng.random()
                    if r < .35:
                        return texture(rng, holiday(rng, lang)), "chat"
                    if r < .8:
                        return texture(rng, localise(rng, w.corp.chat(rng), lang, .6)), "chat"
                    if r < .9:
                        return w.corp.any(rng, "nq"), "short"
                    return w.corp.any(rng, "instruct"), "chat"
                convo(w, a, rng, s, geometric(rng, 2.5), prompt, addr=addr, cli=cli,
                      model=lambda t: chat_model(rng, t, RELEASE, .1), gap_s=(50, .9))


COURSES = [("calculus", ("math",)), ("discrete maths", ("math",)), ("statistics", ("gsm8k", "svamp")),
           ("programming 1", ("mbpp",)), ("algorithms", ("humaneval", "mbpp")), ("math for economists", ("gsm8k", "math"))]


def students_exam(w: World, n: int = 500) -> None:
    rng = w.rng("students_exam")
    sets: dict[tuple[str, int], list[str]] = {}
    for camp in w.places.campuses:
        for ci, (_, keys) in enumerate(COURSES):
            key = keys[rng.randrange(len(keys))]
            pool = w.corp[key]
            start = rng.randrange(len(pool) - 60)
            sets[(camp.key, ci)] = pool[start:start + rng.randrange(25, 60)]
    for _ in range(n):
        camp = w.places.campus(rng)
        cc, lang = camp.cc, LANG[camp.cc]
        courses = rng.sample(range(len(COURSES)), 2)
        r = rng.random()
        created = (utc_ms(2026, 8, 15) + rng.randrange(100 * DAY)) if r < .45 else w.old_created(rng, lo=(2023, 9, 1))
        new_today = chance(rng, .05)
        a = w.account(rng, "students_exam", cc=cc, created=created, card=w.new_card(rng) if chance(rng, .2) else None,
                      tier="free" if chance(rng, .7) else "t1")
        home, phone = w.net.home(rng, cc, .4), w.net.phone(rng, cc)
        cli = client(rng, BROWSERS) if chance(rng, .7) else (client(rng, PHONES) if chance(rng, .6) else client(rng, SDKS))
        exam_day = rng.randrange(2)
        sess = w.win.sessions(rng, a.tz, "student", lognorm(rng, 2.6, .5), day_factor=[1, 1.4 if exam_day == 0 else 1, 1.4 if exam_day else 1, 1])
        if new_today and sess:
            a.created = sess[0] - rng.randrange(2 * MIN, 40 * MIN)
        for s in sess:
            h = local_hour(s, a.tz)
            if 8 <= h < 18 and chance(rng, .6):
                addr = lambda: camp.wifi(rng)
            elif chance(rng, .3):
                addr = phone.addr(rng)
            else:
                addr = home.addr(rng, _day(w, s))
            probs = sets[(camp.key, pick(rng, courses))]

            def prompt(i, lang=lang, probs=probs):
                r = rng.random()
                if r < .55:
                    q = pick(rng, probs)
                    style = rng.random()
                    if style < .3:
                        return q, "cot"
                    if style < .65:
                        return f"{STEP[pick(rng, [lang, 'en'])]}: {q}", "cot"
                    if style < .85:
                        return f"{pick(rng, STUCK[lang])} {q}", "cot"
                    return f"{q}\n\nIs the answer {rng.randrange(2, 200)}? {STEP[lang]}.", "cot"
                if r < .8:
                    return texture(rng, localise(rng, w.corp.chat(rng), lang, .6)), "chat"
                if r < .9:
                    return w.corp.code(rng), "code"
                return w.corp.any(rng, "instruct"), "chat"
            convo(w, a, rng, s, geometric(rng, 5), prompt, addr=addr, cli=cli,
                  model=lambda t: chat_model(rng, t, RELEASE, .3), gap_s=(150, .8))


def vpn_privacy(w: World, n: int = 120) -> None:
    rng = w.rng("vpn_privacy")
    providers = sorted(w.net.vpn_exits)
    for _ in range(n):
        cc = pick(rng, NORDIC_MIX)
        prov = pick(rng, providers, [4 if "Mullvad" in p else 3 if "Proton" in p else 2 for p in providers])
        a = w.account(rng, "vpn_privacy", cc=cc, created=w.old_created(rng),
                      card=w.new_card(rng) if chance(rng, .6) else None, tier="t1")
        cli = Client(pick(rng, ["firefox-win", "firefox-linux", "firefox-linux", "chrome-linux", "openai-py", "curl"]))
        hop = chance(rng, .15)
        for s in w.win.sessions(rng, a.tz, "consumer", lognorm(rng, 1.8, .5)):
            exit_ = w.net.vpn(rng, prov)
            addr = (lambda: w.net.vpn(rng, prov)) if hop else exit_
            convo(w, a, rng, s, geometric(rng, 3), lambda i: (localise(rng, w.corp.chat(rng) if chance(rng, .7) else w.corp.code(rng), LANG[cc], .3), "chat"),
                  addr=addr, cli=cli, model=lambda t: chat_model(rng, t, RELEASE, .2), gap_s=(70, .9))


def power_users(w: World, n: int = 40) -> None:
    rng = w.rng("power_users")
    for _ in range(n):
        cc = pick(rng, NORDIC_MIX)
        a = w.account(rng, "power_users", cc=cc, created=w.old_created(rng, hi=(2026, 6, 1)), card=w.new_card(rng), tier="t2")
        home = w.net.home(rng, cc, .5)
        co = w.places.company(rng, cc)
        clis = [client(rng, BROWSERS), client(rng, SDKS)]
        for s in w.win.sessions(rng, a.tz, pick(rng, ["dev", "consumer", "office"]), lognorm(rng, 12, .4)):
            addr = co.addr(rng) if 8 <= local_hour(s, a.tz) < 17 and chance(rng, .5) else home.addr(rng, _day(w, s))

            def prompt(i):
                r = rng.random()
                if r < .15:
                    return w.corp.any(rng, "awesome_long"), "chat"
                if r < .45:
                    return w.corp.any(rng, "arena"), "chat"
                if r < .7:
                    return w.corp.code(rng), "code"
                if r < .85:
                    return w.corp.task(rng, ("math", "gsm8k")), "cot"
                return w.corp.chat(rng), "chat"
            convo(w, a, rng, s, geometric(rng, 6), prompt, addr=addr, cli=pick(rng, clis),
                  model=lambda t: chat_model(rng, t, RELEASE, .5), gap_s=(45, .8))


def us_uk_enterprise(w: World, n: int = 150) -> None:
    rng = w.rng("us_uk_enterprise")
    firms = []
    for i in range(12):
        cc = pick(rng, ["UK", "UK", "US-E", "US-E", "US-W"])
        isp = w.net.isp(rng, cc)
        egress = [w.net.swg[rng.randrange(len(w.net.swg))] for _ in range(2)] if chance(rng, .4) else [(isp.v4_host(rng), isp.asn)]
        firms.append((cc, egress, w.new_org(rng), w.new_card(rng), pick(rng, ["edge-win", "chrome-mac"])))
    for _ in range(n):
        cc, egress, org, card, br = pick(rng, firms)
        a = w.account(rng, "us_uk_enterprise", cc=cc, created=w.old_created(rng), org=org, card=card, tier="ent")
        cli = Client(br) if chance(rng, .7) else client(rng, SDKS)
        home = w.net.home(rng, cc)
        for s in w.win.sessions(rng, a.tz, "office", lognorm(rng, 2.5, .5)):
            addr = pick(rng, egress) if chance(rng, .7) else home.addr(rng)
            convo(w, a, rng, s, geometric(rng, 3), lambda i: (office(rng, "en") if chance(rng, .4) else w.corp.chat(rng), "copy"),
                  addr=addr, cli=cli, model=lambda t: chat_model(rng, t, RELEASE, .25), gap_s=(80, .9))


def translators(w: World, n: int = 120) -> None:
    rng = w.rng("translators")
    agencies = [(w.places.company(rng, cc), w.new_org(rng), w.new_card(rng)) for cc in ("FI", "EE", "PL")]
    docs = w.corp.awesome_long + [t for t in w.corp.arena if len(t) > 1500]
    for _ in range(n):
        ag = pick(rng, agencies) if chance(rng, .4) else None
        cc = ag[0].cc if ag else pick(rng, NORDIC_MIX)
        a = w.account(rng, "translators", cc=cc, created=w.old_created(rng), org=ag[1] if ag else None,
                      card=ag[2] if ag else w.new_card(rng), tier="t2")
        home = w.net.home(rng, cc)
        cli = Client(pick(rng, ["dotnet", "java", "openai-py", "chrome-win", "firefox-win"]))
        tmpl = pick(rng, TRANSLATE)
        target = LANG_NAME[LANG[cc]] if LANG[cc] != "en" else "Finnish"
        for s in w.win.sessions(rng, a.tz, "office", lognorm(rng, 1.6, .5)):
            parts = chunks(pick(rng, docs))
            addr = ag[0].addr(rng) if ag else home.addr(rng, _day(w, s))
            convo(w, a, rng, s, len(parts), lambda i, parts=parts: (tmpl.format(lang=target, chunk=parts[i]), "translate"),
                  addr=addr, cli=cli, model=lambda t: pick(rng, ["aurora-2", "aurora-2", "aurora-1.5"]), gap_s=(40, .7), multi=False)


def marketing_agencies(w: World, n: int = 60) -> None:
    rng = w.rng("marketing_agencies")
    agencies = [(w.places.company(rng, cc, big=True), w.new_org(rng), w.new_card(rng), i % 3)
                for i, cc in enumerate(["FI", "FI", "SE", "SE", "EE", "PL"])]
    for _ in range(n):
        co, org, card, style = pick(rng, agencies)
        a = w.account(rng, "marketing_agencies", cc=co.cc, created=w.old_created(rng), org=org, card=card, tier="t2")
        cli = Client(co.browser) if chance(rng, .8) else client(rng, SDKS)
        for s in w.win.sessions(rng, a.tz, "office", lognorm(rng, 2.5, .4)):
            convo(w, a, rng, s, geometric(rng, 8), lambda i: (marketing(rng, style), "copy"), addr=co.addr(rng), cli=cli,
                  model="aurora-2", gap_s=(25, .8), multi=False)


def public_sector(w: World, n: int = 250) -> None:
    rng = w.rng("public_sector")
    for ag in range(2):
        org, card = w.new_org(rng), w.new_card(rng)
        isp = w.net.by_name["Telia Finland"]
        egress = [(isp.v4_host(rng), isp.asn) for _ in range(2 + ag)]
        batch = utc_ms(2026, 9, 1, 8, tz_h=3) + ag * 9 * DAY          # SSO bulk provisioning
        cli = Client("edge-win")
        for _ in range(n // 2):
            a = w.account(rng, "public_sector", cc="FI", created=batch + rng.randrange(40 * MIN), org=org, card=card,
                          tier="ent", zdr=ag == 1)
            lang = "sv" if chance(rng, .12) else "fi"
            for s in w.win.sessions(rng, a.tz, "office", lognorm(rng, 2.0, .6)):
                if not 7 <= local_hour(s, a.tz) < 17:
                    continue

                def prompt(i, lang=lang):
                    r = rng.random()
                    if r < .6:
                        return public(rng, lang), "summary"
                    if r < .85:
                        return office(rng, lang), "copy"
                    return localise(rng, w.corp.chat(rng), lang, .7), "chat"
                convo(w, a, rng, s, geometric(rng, 2.5), prompt, addr=pick(rng, egress), cli=cli, model="aurora-2", gap_s=(90, .8))


def support_outsourcer(w: World, n: int = 80) -> None:
    rng = w.rng("support_outsourcer")
    org, card = w.new_org(rng), w.new_card(rng)
    batch = utc_ms(2026, 5, 12, 7, tz_h=3)
    offices = []
    for name in ("Telia Lietuva", "Tet"):
        isp = w.net.by_name[name]
        offices.append([(isp.v4_host(rng), isp.asn) for _ in range(2)])
    cli = Client("deskflow")
    for i in range(n):
        office_ips = offices[i % 2]
        a = w.account(rng, "support_outsourcer", cc="LT" if i % 2 == 0 else "LV", created=batch + rng.randrange(3 * HOUR),
                      org=org, card=card, tier="t2")
        for s in w.win.sessions(rng, a.tz, "shifts", lognorm(rng, 32, .25)):
            convo(w, a, rng, s, geometric(rng, 1.4), lambda i: (support(rng), "reply"), addr=pick(rng, office_ips), cli=cli,
                  model="aurora-2-mini", system=SUPPORT_SYSTEM, gap_s=(45, .6), multi=False)
