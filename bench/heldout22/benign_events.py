"""Benign people around the occasion: heavy power users (Ramadan campaigns and
scripts), launch-day signups (viral test prompts, conference Wi-Fi), translators
and subtitling agencies (a new episode of each series airs every night), and
an overnight Ramadan hackathon (many new accounts on one venue network)."""
from __future__ import annotations

import math

from . import clients as CL
from . import network as N
from . import prompts as P
from .benign_people import COUNTRY_MIX, LANG, _chat_model, _ep
from .sessions import age, completion, run
from .timing import day_bounds, sample
from .world import COUNTRY, CHAT, DAY_MS, HOUR_MS, LAUNCH_MS, MIN_MS, RESPONSES, pick


def power_users(world, n: int) -> None:
    rng = world.rng("power")
    for _ in range(n):
        c = pick(rng, {"AE": 30, "SA": 30, "EG": 25, "KW": 5, "QA": 5, "JO": 5})
        lang = pick(rng, LANG[c])
        kind = pick(rng, {"writer": 40, "coder": 35, "scripter": 25})
        acct = world.account("power_users", created=age(rng, world.t0, 400), country=c, pay=world.pay_fp(), rpm=300)
        loc = N.person(c, rng, 0.3)
        if kind == "scripter":
            client, key = CL.api_client(rng.choice(["py_openai", "node_openai", "n8n"]), rng), world.key_id()
            product = rng.choice(["عطر", "عباية", "تمور", "قهوة مختصة", "ساعة", "Ramadan hamper", "حلويات", "abaya"])
            tmpl = rng.choice(["اكتب وصفاً تسويقياً قصيراً لمنتج {p} رقم {n} بمناسبة رمضان، مع هاشتاقات.",
                               "Write 3 Instagram captions (Arabic + English) for product #{n}: {p}, Ramadan offer {d}% off.",
                               "اكتب إعلان سناب شات لـ{p} (منتج {n}) بلهجة سعودية، لا يتجاوز 25 كلمة."])
            for day in range(world.days):
                lo, hi = day_bounds(world, day)
                for _ in range(rng.choice([1, 1, 2])):
                    t = sample(world, rng, "night", c, "launch", lo, hi)
                    a, asn = loc.ip(rng)
                    for k in range(rng.randint(40, 220)):
                        t += rng.randint(2500, 9000)
                        prompt = tmpl.format(p=product, n=k + 1, d=rng.choice([10, 15, 20, 25, 30]))
                        m = "ghaym-4" if t >= LAUNCH_MS and rng.random() < 0.5 else "ghaym-3.5"
                        world.add(acct, t, m, CHAT, (P.fixed, 0, None, prompt), completion(rng, "short", m) + 60,
                                  a, asn, client.ua, client.device, key)
            continue
        client = CL.first_party(world, rng, 0.3) if rng.random() < 0.7 else CL.api_client("py_openai", rng)
        key = None if client.web else world.key_id()

        def make(r, ts, i, lang=lang, kind=kind, ep=_ep(client)):
            m = ("ghaym-4" if r.random() < 0.7 else "ghaym-4-think") if ts >= LAUNCH_MS and r.random() < 0.6 else \
                ("ghaym-r1" if r.random() < 0.15 else "ghaym-3.5")
            if kind == "coder" and r.random() < 0.7:
                return m, ep, (P.homework, r.getrandbits(31), "en", r.choice(["arena_code", "arena_code", "mbpp"]), r.getrandbits(30), 0.7), "code"
            if r.random() < 0.3:
                return m, ep, (P.fixed, 0, None, P.K.get("awesome_short", r.getrandbits(20))), "chat"
            return m, ep, (P.chat, r.getrandbits(31), lang), "chat"
        run(world, rng, acct, loc=loc, client=client, key=key, profile="night", country=c, sessions_per_day=4,
            reqs_per_session=14, gap_s=55, make=make, boost="launch", history=0.7 if client.web else 0.3)


def launch_signups(world, n: int, venue_share: float = 0.12) -> None:
    rng = world.rng("launch_signups")
    venue = N.Fixed("stc", rng, n=2)  # exhibition-centre Wi-Fi in Riyadh
    end = world.t_end
    if end <= LAUNCH_MS:
        return
    for _ in range(n):
        at_venue = rng.random() < venue_share
        c = "SA" if at_venue else pick(rng, COUNTRY_MIX)
        lang = pick(rng, LANG[c])
        # Signups pile up after the keynote; a few came with the teaser the night before.
        if rng.random() < 0.08:
            created = LAUNCH_MS - int(rng.uniform(0.2, 14) * HOUR_MS)
        else:
            created = LAUNCH_MS + int(min(end - LAUNCH_MS - HOUR_MS, rng.expovariate(1 / (4.5 * HOUR_MS))))
        if at_venue:
            created = LAUNCH_MS + int(rng.uniform(-0.5, 3.0) * HOUR_MS)
        paid = rng.random() < 0.35
        acct = world.account("launch_signups", created=created, country=c, pay=world.pay_fp() if paid else None, rpm=20)
        r0 = rng.random()
        client = (CL.mobile_app(world, rng) if r0 < 0.5 else CL.browser(world, rng) if r0 < 0.85
                  else CL.api_client(rng.choice(["py_openai", "curl", "postman"]), rng))
        loc = venue if at_venue else N.person(c, rng)
        key = None if client.web else world.key_id()
        t = created + rng.randint(1, 15) * MIN_MS
        first = True
        for s in range(rng.choice([1, 1, 2, 2, 3])):
            if s > 0:
                t = sample(world, rng, "consumer", c, None, t + 20 * MIN_MS, end)
                loc = N.person(c, rng) if at_venue and rng.random() < 0.5 else loc
            a, asn = loc.ip(rng)
            for k in range(rng.randint(2, 9)):
                t += rng.randint(15, 200) * 1000
                m = "ghaym-4-think" if rng.random() < 0.35 else "ghaym-4"
                if first and created < LAUNCH_MS:
                    t = max(t, created + MIN_MS)
                first = False
                if rng.random() < 0.45:
                    spec, kind = (P.viral, 0, rng.randrange(6) if rng.random() < 0.7 else rng.randrange(100)), "chat"
                elif rng.random() < 0.35:
                    spec, kind = (P.homework, rng.getrandbits(31), lang, rng.choice(["math", "gsm8k", "arena_code", "humaneval"]), rng.getrandbits(30), 0.5), "homework"
                else:
                    spec, kind = (P.chat, rng.getrandbits(31), lang), "chat"
                world.add(acct, t, m, _ep(client), spec, completion(rng, kind, m), a, asn, client.ua, client.device, key)


def translators(world, n_freelance: int) -> None:
    rng = world.rng("translators")
    for office_isp, c in (("we_tedata", "EG"), ("du", "AE"), ("orange_jo", "JO")):
        org, card = world.org_id(), world.pay_fp()
        office = N.Fixed(office_isp, rng, n=2)
        script = CL.api_client("py_openai", rng)
        for j in range(3):
            acct = world.account("translators", created=age(rng, world.t0, 500), country=c, pay=card, org=org, rpm=500)
            key = world.key_id()
            if j == 0:  # the subtitle pipeline: tonight's episodes, after they air
                for day in range(world.days):
                    lo, hi = day_bounds(world, day)
                    t = lo + int((21.5 + rng.uniform(0, 1.5) - COUNTRY[c][0]) * HOUR_MS)  # after tonight's episodes
                    a, asn = office.ip(rng)
                    for k in range(rng.randint(120, 320)):
                        t += rng.randint(3000, 14000)
                        m = "ghaym-3.5"
                        world.add(acct, t, m, CHAT, (P.translate, rng.getrandbits(31), "srt"), completion(rng, "translate", m),
                                  a, asn, script.ua, script.device, key)
                continue
            client = CL.browser(world, rng)

            def make(r, ts, i):
                return "ghaym-3.5", RESPONSES, (P.translate, r.getrandbits(31), r.choice(["en", "srt", "fr"])), "translate"
            run(world, rng, acct, loc=office, client=client, key=None, profile="office", country=c,
                sessions_per_day=3, reqs_per_session=8, gap_s=120, make=make)
    for _ in range(n_freelance):
        c = pick(rng, {"EG": 35, "JO": 15, "LB": 10, "MA": 15, "AE": 15, "TN": 10})
        acct = world.account("translators", created=age(rng, world.t0, 350), country=c, pay=world.pay_fp(), rpm=60)
        r0 = rng.random()
        client = (CL.browser(world, rng) if r0 < 0.5 else CL.api_client("cat_tool", rng) if r0 < 0.8
                  else CL.api_client("py_openai", rng))
        kind = "fr" if c in ("MA", "TN", "LB") and rng.random() < 0.6 else "en"

        def make(r, ts, i, kind=kind, ep=_ep(client)):
            m = "ghaym-4" if ts >= LAUNCH_MS and r.random() < 0.25 else "ghaym-3.5"
            return m, ep, (P.translate, r.getrandbits(31), kind), "translate"
        run(world, rng, acct, loc=N.person(c, rng, 0.2), client=client, key=None if client.web else world.key_id(),
            profile="dev", country=c, sessions_per_day=1.8, reqs_per_session=6, gap_s=150, make=make, active_p=0.85)


def hackathon(world, n: int) -> None:
    """An overnight Ramadan hackathon in Cairo (day 1 20:00 to day 2 16:00 local): participants sign up
    at registration with promo credits, on the venue Wi-Fi, from the organisers' starter notebook."""
    rng = world.rng("hackathon")
    venue = N.Fixed("we_tedata", rng, n=2)
    d0 = world.t0
    reg_lo, reg_hi = d0 + 18 * HOUR_MS, d0 + 20 * HOUR_MS  # 20:00-22:00 Cairo
    end = d0 + DAY_MS + 14 * HOUR_MS
    starter = CL.api_client("py_openai", rng, ua="OpenAI/Python 1.61.0")
    teams = [f"Team {i + 1}" for i in range(n // 4 + 1)]
    for i in range(n):
        team = teams[i // 4]
        created = rng.randint(reg_lo, reg_hi)
        acct = world.account("hackathon", created=created, country="EG", rpm=30)
        own = CL.browser(world, rng)
        key = world.key_id()
        sysp = P.S.HACKATHON.format(name=f"{team} — {rng.choice(['Zakat Calc', 'Iftar Finder', 'Quran Tutor', 'Souq Bot', 'Mawaqit+', 'Arabic OCR'])}")
        t = created + rng.randint(5, 40) * MIN_MS
        while t < end:
            a, asn = venue.ip(rng)
            cl = starter if rng.random() < 0.7 else own
            for k in range(rng.randint(2, 9)):
                t += rng.randint(15, 150) * 1000
                m = "ghaym-4" if t >= LAUNCH_MS and rng.random() < 0.6 else "ghaym-3.5"
                r = rng.random()
                if r < 0.15:
                    spec, kind = (P.fixed, 0, sysp, rng.choice(["hello", "test", "مرحبا", "ping", "say hi in arabic"])), "short"
                elif r < 0.6:
                    spec, kind = (P.homework, rng.getrandbits(31), "en", "arena_code", rng.getrandbits(30), 0.8), "code"
                else:
                    spec, kind = (P.chat, rng.getrandbits(31), rng.choice(["ar_eg", "en", "arabizi"])), "chat"
                world.add(acct, t, m, CHAT if cl is starter else RESPONSES, spec, completion(rng, kind, m), a, asn,
                          cl.ua, cl.device, key if cl is starter else None)
            t += int(rng.expovariate(1 / 70) * MIN_MS) + 10 * MIN_MS
            if 3 <= ((t // HOUR_MS) + 2) % 24 < 9 and rng.random() < 0.6:  # some sleep after suhoor
                t += int(rng.uniform(3, 6) * HOUR_MS)
