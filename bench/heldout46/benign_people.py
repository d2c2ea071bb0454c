"""Benign populations of individuals: WASSCE candidates, teachers, students,
everyday users, cyber cafes, diaspora, launch-day tryers, creators, churches."""
from __future__ import annotations

import random

from . import corpus as C
from .networks import BIZ_BY_COUNTRY, FIBRE_BY_CITY, Kit, app_device, browser, fixed_ips, person_kits
from .world import (CITIES, DAY, H, LAUNCH, MIN, T0, Sink, card, in_wassce_paper, local_day, local_hour,
                    lognormal_gap, momo, org_id, run_sessions)

CHAT = "/v1/chat/completions"


def chat_model(rng: random.Random, t: int, tier: str, p2: float = 0.25) -> str:
    if tier == "free":
        return "baobab-1-mini"
    if t >= LAUNCH and rng.random() < p2:
        return "baobab-2"
    return "baobab-1" if rng.random() < 0.7 else "baobab-1-mini"


def pick_city(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def consumer_pay(sink: Sink, who: str, p_free: float, p_momo: float, family: int = 0) -> tuple[str, str | None]:
    r = sink.rng.random()
    if r < p_free:
        return "free", None
    if r < p_free + p_momo:
        # families top up several children's balances from one mobile-money wallet
        return "payg", momo(sink.seed, sink.name, "family", family) if family else momo(sink.seed, who)
    return "payg", card(sink.seed, who)


# ---------------------------------------------------------------- WASSCE candidates
def _wassce(sink: Sink, n: int, cities: dict[str, float]) -> None:
    rng = sink.rng
    for i in range(n):
        city = pick_city(rng, cities)
        tz, country = CITIES[city]
        who = f"{sink.name}:{i}"
        tier, pay = consumer_pay(sink, who, 0.72, 0.22, family=i // 3 if rng.random() < 0.4 else 0)
        fresh = rng.random() < 0.1
        acct = sink.account(sink.created_ago(0.5, 6) if fresh else sink.created_ago(20, 700), tier, pay=pay)
        kits = person_kits(rng, city, who, phone_app=0.7, laptop_tether=0.08, home=0.05)
        lang = C.lang_for(rng, country)

        def prompt(r: random.Random, t: int, tier=tier, lang=lang, tz=tz) -> tuple:
            d, h = local_day(t, tz), local_hour(t, tz)
            english_first = d == 0 and h < 13 or d < 0
            after_maths = d >= 1 and h >= 13
            x = r.random()
            if after_maths and x < 0.6:
                q = C.fill(r, "Explain {subject} topic for WASSCE: " + r.choice(["photosynthesis", "demand and supply",
                           "separation of powers", "Newton's laws", "mole concept", "themes in the set novel"]), C.SLOTS)
                kind = "chat"
            elif (english_first and x < 0.7) or (not english_first and x < 0.15):
                q, kind = C.fill(r, r.choice(C.WASSCE_ENG), C.SLOTS), "essay"
            elif x < 0.55:
                q, kind = C.fill(r, r.choice(C.WASSCE_MATH), C.SLOTS), "math"
            else:
                q, kind = C.pick(r, r.choice(["gsm8k", "svamp", "math", "gsm8k"])), "math"
            if lang != "en" and r.random() < 0.6:
                q = C.wrap(r, lang, q)
            return chat_model(r, t, tier, 0.1), CHAT, q, None, kind

        run_sessions(sink, acct, kits, tz, "student", [1.6, 1.0], (2, 10), 40, prompt,
                     blocked=lambda t, tz=tz: in_wassce_paper(t, tz))


def wassce_ng(sink: Sink) -> None:
    _wassce(sink, 1450, {"Lagos": 0.45, "Ibadan": 0.3, "Abuja": 0.25})


def wassce_gh(sink: Sink) -> None:
    _wassce(sink, 500, {"Accra": 0.6, "Kumasi": 0.4})


# ---------------------------------------------------------------- lesson centres
WORKSHEET = [
    "Generate {n} WASSCE-style objective questions on {mtopic} with options A-D and the answer key.",
    "Prepare a 40-minute lesson note on {mtopic} for SS3 students, with 3 worked examples.",
    "Generate {n} WASSCE-style questions on {etopic} with answers and short explanations.",
    "Solve and show full working I can write on the board for my students: {q}",
    "Mark this student's answer out of 10 and give feedback: {q}",
]


def lesson_centres(sink: Sink) -> None:
    rng = sink.rng
    for c in range(20):
        city = pick_city(rng, {"Lagos": 0.4, "Ibadan": 0.2, "Abuja": 0.15, "Accra": 0.15, "Kumasi": 0.1})
        tz, country = CITIES[city]
        centre = f"{sink.name}:centre{c}"
        org = org_id(centre)
        pay = card(centre) if rng.random() < 0.6 else momo(centre)
        nat = Kit("fixed", city, *browser("chrome_win"), net=FIBRE_BY_CITY[city],
                  ips=fixed_ips(FIBRE_BY_CITY[city], centre, 1), who=centre)
        for j in range(rng.randint(3, 9)):
            who = f"{centre}:{j}"
            acct = sink.account(sink.created_ago(30, 900), "team", org=org, pay=pay)
            kits = [nat] + person_kits(rng, city, who, phone_app=0.3, laptop_tether=0.3, home=0.1)

            def prompt(r: random.Random, t: int) -> tuple:
                src = C.pick(r, r.choice(["gsm8k", "math", "svamp"]))
                q = C.fill(r, r.choice(WORKSHEET), {**C.SLOTS, "n": [10, 15, 20, 25, 30], "q": [src]})
                kind = "worksheet" if q.startswith(("Generate", "Prepare")) else "math"
                return chat_model(r, t, "team", 0.3), CHAT, q, None, kind

            run_sessions(sink, acct, kits, tz, "office", 3.0, (2, 9), 90, prompt, kit_weights=[0.7] + [0.3] * (len(kits) - 1))


# ---------------------------------------------------------------- university students
UNIS = [("uni_unilag", "Lagos", 280), ("uni_ui", "Ibadan", 200), ("uni_knust", "Kumasi", 170),
        ("uni_ug", "Accra", 120), ("uni_uon", "Nairobi", 130)]


def uni_students(sink: Sink) -> None:
    rng = sink.rng
    for net, city, n in UNIS:
        tz, country = CITIES[city]
        nat_ips = fixed_ips(net, "campus-nat", 6)     # campus NAT: a handful of addresses for everyone
        for i in range(n):
            who = f"{sink.name}:{net}:{i}"
            tier, pay = consumer_pay(sink, who, 0.5, 0.2)
            acct = sink.account(sink.created_ago(15, 1100), tier, pay=pay)
            b = rng.choice(["chrome_win", "chrome_win", "chrome_android", "safari_mac", "firefox_linux"])
            kits = [Kit("fixed", city, *browser(b), net=net, ips=nat_ips, who=who)] + person_kits(rng, city, who, 0.5, 0.2, 0.05)
            lang = C.lang_for(rng, country)

            def prompt(r: random.Random, t: int, tier=tier, lang=lang, country=country) -> tuple:
                x = r.random()
                if x < 0.25:
                    return chat_model(r, t, tier), CHAT, C.pick(r, "arena"), None, "chat"
                if x < 0.42:
                    q = C.pick(r, r.choice(["mbpp", "humaneval"]))
                    return chat_model(r, t, tier), CHAT, r.choice(["", "My assignment: ", "Help me fix/complete this:\n"]) + q, None, "code"
                if x < 0.52:
                    return chat_model(r, t, tier), CHAT, C.pick(r, "math"), None, "math"
                q, kind = C.everyday(r, country)
                return chat_model(r, t, tier), CHAT, q, None, kind

            run_sessions(sink, acct, kits, tz, "student", 1.4, (2, 10), 60, prompt)


# ---------------------------------------------------------------- everyday users
def everyday_consumers(sink: Sink) -> None:
    rng = sink.rng
    cities = {"Lagos": 0.3, "Abuja": 0.1, "Ibadan": 0.08, "Accra": 0.15, "Kumasi": 0.05, "Nairobi": 0.22, "Mombasa": 0.1}
    for i in range(1300):
        city = pick_city(rng, cities)
        tz, country = CITIES[city]
        who = f"{sink.name}:{i}"
        tier, pay = consumer_pay(sink, who, 0.6, 0.25 if country != "GH" else 0.3)
        acct = sink.account(sink.created_ago(3, 1200), tier, pay=pay)
        kits = person_kits(rng, city, who)
        heavy = rng.random() < 0.08

        def prompt(r: random.Random, t: int, tier=tier, country=country) -> tuple:
            q, kind = C.everyday(r, country)
            return chat_model(r, t, tier), CHAT, q, None, kind

        run_sessions(sink, acct, kits, tz, "consumer", 4.0 if heavy else 1.2, (1, 8), 50, prompt)


# ---------------------------------------------------------------- cyber cafes
CAFE = [
    "Write a CV for a {job} with 2 years experience, I finished from polytechnic in {city}.",
    "Write an application letter for the post of {job} at a company in {city}.",
    "How do I check my WAEC result online and what is a scratch card PIN?",
    "Write a visa invitation letter for my {rel} to visit me in London for 3 weeks.",
    "Write an affidavit for change of name after marriage.",
    "Type this in proper English for me: me and my brother we want to register business name for CAC.",
    "Write a cover letter for a scholarship application to study Nursing.",
    "JAMB CAPS admission status meaning, what should I do next?",
]


def cyber_cafes(sink: Sink) -> None:
    rng = sink.rng
    spots = ["Lagos"] * 12 + ["Ibadan"] * 5 + ["Abuja"] * 4 + ["Accra"] * 4 + ["Kumasi"] * 2 + ["Nairobi"] * 3
    for c, city in enumerate(spots):
        tz, country = CITIES[city]
        cafe = f"{sink.name}:cafe{c}"
        net = "ng_cafe" if country == "NG" and rng.random() < 0.6 else FIBRE_BY_CITY[city]
        kit = Kit("fixed", city, *browser("chrome_old_win"), net=net, ips=fixed_ips(net, cafe, 1), who=cafe)
        open_ = lambda t, tz=tz: not (8 <= local_hour(t, tz) < 21)

        def prompt(r: random.Random, t: int, tier: str = "free", country=country) -> tuple:
            if r.random() < 0.65:
                return chat_model(r, t, tier), CHAT, C.fill(r, r.choice(CAFE), C.SLOTS), None, "essay"
            q, kind = C.everyday(r, country)
            return chat_model(r, t, tier), CHAT, q, None, kind

        attendant = sink.account(sink.created_ago(60, 800), "payg", pay=card(cafe))
        run_sessions(sink, attendant, [kit], tz, "office", 9.0, (2, 7), 120,
                     lambda r, t: prompt(r, t, "payg"), blocked=open_)
        for j in range(rng.randint(8, 18)):
            acct = sink.account(sink.created_ago(0.2, 400), "free")
            run_sessions(sink, acct, [kit], tz, "office", 0.8, (1, 5), 80, prompt, blocked=open_)


# ---------------------------------------------------------------- diaspora
DIASPORA = [
    "Help me write a letter to the Home Office explaining a gap in my employment history.",
    "How do I send money to Nigeria cheaply? Compare options, I am in {place}.",
    "Jollof rice recipe for 20 people for my daughter's naming ceremony.",
    "Translate this into Yoruba for my mother: 'We are coming home for Christmas, we miss you.'",
    "Explain the NHS 111 service to my uncle who just arrived in the UK.",
    "Draft a WhatsApp message in Pidgin to my old classmates about our 20-year reunion in {city}.",
    "What documents do I need to renew my Nigerian passport in {place}?",
]


def diaspora(sink: Sink) -> None:
    rng = sink.rng
    for i in range(350):
        city = "London" if i < 200 else "Houston"
        tz, country = CITIES[city]
        who = f"{sink.name}:{i}"
        acct = sink.account(sink.created_ago(20, 1300), "payg", pay=card(sink.seed, who))
        net = FIBRE_BY_CITY[city] if rng.random() < 0.6 else ("uk_sky" if city == "London" else "us_att")
        ua, dev = app_device(rng, who) if rng.random() < 0.5 else browser(rng.choice(["safari_ios", "chrome_win", "safari_mac"]))
        kits = [Kit("home", city, ua, dev, net=net, who=who)]

        def prompt(r: random.Random, t: int, country=country, city=city) -> tuple:
            if r.random() < 0.35:
                return chat_model(r, t, "payg"), CHAT, C.fill(r, r.choice(DIASPORA), {**C.SLOTS, "place": [city]}), None, "essay"
            q, kind = C.everyday(r, country)
            return chat_model(r, t, "payg"), CHAT, q, None, kind

        run_sessions(sink, acct, kits, tz, "evening", 1.4, (1, 7), 60, prompt)


# ---------------------------------------------------------------- launch-day tryers
LAUNCH_Q = ["What can baobab-2 do that baobab-1 cannot?", "Write a short poem in Pidgin about NEPA taking light.",
            "Are you baobab-2? What is your knowledge cutoff?", "Explain quantum computing to a Lagos danfo driver.",
            "Tell me a joke in Swahili and explain it.", "Which is better for coding, you or baobab-1? Be honest."]


def launch_tryers(sink: Sink) -> None:
    rng = sink.rng
    cities = {"Lagos": 0.45, "Abuja": 0.1, "Accra": 0.15, "Nairobi": 0.25, "Kumasi": 0.05}
    for i in range(720):
        city = pick_city(rng, cities)
        tz, country = CITIES[city]
        who = f"{sink.name}:{i}"
        new = rng.random() < 0.12
        start = LAUNCH - int(rng.random() < 0.06) * rng.randint(2, 25) * MIN + int(rng.expovariate(1 / (2.5 * H)))
        created = (start - rng.randint(60_000, 900_000)) // 1000 * 1000 if new else sink.created_ago(10, 900)
        acct = sink.account(created, "payg", pay=card(sink.seed, who) if rng.random() < 0.7 else momo(sink.seed, who))
        dev_user = rng.random() < 0.35
        kit = (Kit("mobile", city, C_SDK(rng), None, who=who) if dev_user else person_kits(rng, city, who, 0.5, 0.4, 0.2)[0])
        t = start
        for s in range(rng.randint(1, 3)):
            for _ in range(rng.randint(2, 9)):
                x = rng.random()
                if x < 0.3:
                    q, kind = rng.choice(LAUNCH_Q), "chat"
                elif x < 0.55:
                    q, kind = C.pick(rng, rng.choice(["gsm8k", "math", "humaneval"])), "math"
                elif x < 0.8:
                    q, kind = C.pick(rng, "arena"), "chat"
                else:
                    q, kind = C.everyday(rng, country)
                cli = kit.client(rng, t)
                st = sink.add(acct, t, cli, "baobab-2", "/v1/responses" if dev_user and rng.random() < 0.5 else CHAT, q, None, kind)
                tries = 0
                while st in (404, 429, 503) and tries < 3:        # impatient retries, then fall back
                    t += rng.randint(5_000, 90_000)
                    st = sink.add(acct, t, cli, "baobab-2", CHAT, q, None, kind)
                    tries += 1
                if st != 200 and rng.random() < 0.5:
                    sink.add(acct, t + 3000, cli, "baobab-1", CHAT, q, None, kind)
                t += lognormal_gap(rng, 70)
            t += rng.randint(40 * MIN, 5 * H)


def C_SDK(rng: random.Random) -> str:
    from .networks import SDKS
    return SDKS[rng.choice(["py", "openai_py", "node", "curl", "openai_node"])]


# ---------------------------------------------------------------- creators, churches
SW_CAPTION = ["Niandikie caption ya Instagram kuhusu {crop} safi sokoni Gikomba, iwe na Sheng kidogo.",
              "Andika script ya TikTok ya sekunde 30 kuhusu maisha ya Nairobi na matatu.",
              "Nipe hashtags 15 za biashara ya nguo za mitumba Mombasa.",
              "Andika ujumbe wa shukrani kwa followers 10k wangu, kwa Kiswahili na Kiingereza."]
CHURCH = ["Prepare a sermon outline on {verse} for Sunday service, with 3 points and applications.",
          "Write our NGO's monthly newsletter about the {crop} farmers' cooperative training in {city}.",
          "Draft a grant proposal summary for a girls' education project in {city}, budget $25,000.",
          "Translate this announcement into {lang}: 'Choir rehearsal holds on Saturday by 4pm.'",
          "Write a thank-you letter to our donors after the borehole project in {city}."]


def swahili_creators(sink: Sink) -> None:
    rng = sink.rng
    for i in range(200):
        city = "Nairobi" if rng.random() < 0.75 else "Mombasa"
        who = f"{sink.name}:{i}"
        tier, pay = consumer_pay(sink, who, 0.4, 0.5)
        acct = sink.account(sink.created_ago(10, 700), tier, pay=pay)
        kits = person_kits(rng, city, who, phone_app=0.85, laptop_tether=0.1, home=0.15)

        def prompt(r: random.Random, t: int, tier=tier) -> tuple:
            if r.random() < 0.7:
                return chat_model(r, t, tier), CHAT, C.fill(r, r.choice(SW_CAPTION), C.SLOTS), None, "short"
            return chat_model(r, t, tier), CHAT, C.own_chat(r, "sw"), None, "chat"

        run_sessions(sink, acct, kits, 3, "evening", 2.0, (1, 8), 45, prompt)


def church_ngo(sink: Sink) -> None:
    rng = sink.rng
    for o in range(22):
        city = pick_city(rng, {"Lagos": 0.3, "Abuja": 0.2, "Ibadan": 0.15, "Accra": 0.15, "Nairobi": 0.2})
        tz, country = CITIES[city]
        name = f"{sink.name}:org{o}"
        org, pay = org_id(name), card(name)
        office = Kit("fixed", city, *browser("chrome_win"), net=BIZ_BY_COUNTRY[country], ips=fixed_ips(BIZ_BY_COUNTRY[country], name, 2), who=name)
        for j in range(rng.randint(2, 12)):
            acct = sink.account(sink.created_ago(30, 1000), "team", org=org, pay=pay)
            kits = [office] + person_kits(rng, city, f"{name}:{j}", 0.5, 0.2, 0.1)
            langs = {"NG": ["Yoruba", "Hausa", "Igbo"], "GH": ["Twi", "Ga"], "KE": ["Swahili"]}[country]

            def prompt(r: random.Random, t: int, langs=langs) -> tuple:
                q = C.fill(r, r.choice(CHURCH), {**C.SLOTS, "lang": langs, "verse": ["Psalm 23", "John 3:16", "Ruth 1", "James 2:14-26"]})
                return chat_model(r, t, "team"), CHAT, q, None, "essay"

            run_sessions(sink, acct, kits, tz, "office", 1.0, (1, 6), 120, prompt, kit_weights=[0.6] + [0.4] * (len(kits) - 1))


POPULATIONS = [
    ("wassce_candidates_ng", wassce_ng), ("wassce_candidates_gh", wassce_gh), ("lesson_centre_teachers", lesson_centres),
    ("university_students", uni_students), ("everyday_consumers", everyday_consumers), ("cyber_cafe_users", cyber_cafes),
    ("diaspora_users", diaspora), ("launch_day_tryers", launch_tryers), ("swahili_creators", swahili_creators),
    ("church_ngo_comms", church_ngo),
]
