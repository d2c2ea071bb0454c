"""Benign populations of people: phone-first chat users, shared phones, cyber cafes, students on
break, the diaspora, small sellers, faith media teams, newsrooms, translators, launch-day sign-ups."""
from __future__ import annotations

from . import lang as L
from . import net as N
from . import prompts as P
from .core import Ctx, City, lognorm, ntok, pick, poisson, sessions, switch_time
from .world import ABROAD, CITIES, MIN, RELEASE


def chat(ctx: Ctx, rng, a, profile: str, per_day: float, mean_reqs: float, gap: float = 60.0, *, bias: float = .3,
         make=None, system=None, hol=None, follow_p: float = .55, net=None, client=None) -> None:
    """A human chatting: sessions along the local curve, follow-ups carry the conversation history."""
    c = ctx.corpus
    make = make or (lambda r: P.consumer(c, r, a.lang, bias))
    broke_at = a.meta.get("broke_at")
    for s in sessions(rng, ctx.curves, a, profile, per_day, mean_reqs, gap, hol):
        a.sess += 1
        hist = 0
        p, kind = make(rng)
        for i, ts in enumerate(s):
            if i:
                if rng.random() < follow_p:
                    p = L.follow(rng, a.lang)
                else:
                    p, kind = make(rng)
                    hist = 0
            status = 402 if broke_at is not None and ts >= broke_at else None  # prepaid balance ran out
            t = ctx.sink.add(rng, a, ts, p, system, kind=kind, extra=hist, net=net, client=client, status=status)
            if status == 402:
                break
            if t is not None:
                hist += ntok(p) + ctx.sink.last_c


def _pay(ctx: Ctx, rng, cc: str, recent: list[str]) -> str:
    if recent and rng.random() < .12:  # a family wallet or an agent's card funding several people
        return rng.choice(recent[-6:])
    r = rng.random()
    p = N.momo(rng, cc) if r < .58 else N.vcard(rng) if r < .82 else N.card(rng, cc)
    recent.append(p)
    return p


def mobile_chat_consumers(ctx: Ctx) -> None:
    rng = ctx.rng("mobile_chat_consumers")
    recent: dict[str, list[str]] = {}
    for _ in range(ctx.n(1100)):
        city = ctx.city(rng)
        a = ctx.phone_user(rng, "mobile_chat_consumers", city, created=ctx.created(rng, "2024-05-01", "2026-12-29"),
                           pay=_pay(ctx, rng, city.cc, recent.setdefault(city.cc, [])), max_tokens=2048)
        if rng.random() < .04:
            a.meta["broke_at"] = ctx.t0 + rng.randrange(ctx.t1 - ctx.t0)
        hol = "greet" if rng.random() < .3 and city.holiday == "std" else None
        chat(ctx, rng, a, "consumer", lognorm(rng, 2.0, .8), 3.0, 65, bias=.3, hol=hol)


def shared_phone_households(ctx: Ctx) -> None:
    """One phone, one family wallet, two to four people (or one account passed around)."""
    rng = ctx.rng("shared_phone_households")
    c = ctx.corpus
    for _ in range(ctx.n(85)):
        city = ctx.city(rng)
        mob = ctx.mobile(rng, city)
        client = N.android_app(rng)
        wallet = N.momo(rng, city.cc)
        created = ctx.created(rng, "2024-09-01", "2026-12-20")
        roles = rng.sample(("parent", "teen", "adult", "grandparent"), rng.randint(2, 4))
        one_account = rng.random() < .25
        acct = None
        for role in roles:
            if acct is None or not one_account:
                acct = ctx.account(rng, "shared_phone_households", city, mob, [client], pay=wallet, created=created
                                   + rng.randrange(0, 200 * 86_400_000 if not one_account else 1),
                                   old_model="baobab-2-mini", new_model="baobab-3-mini",
                                   switch_at=RELEASE + rng.randint(15, 50) * MIN, max_tokens=2048)
                created = min(created, ctx.t0 - 86_400_000)
            lang = pick(rng, city.langs)
            if role == "teen":
                make = lambda r, lang=lang: (P.student_math(r, r.choice(c.gsm8k + c.svamp), lang), "math") \
                    if r.random() < .6 else P.consumer(c, r, lang, .2)
                chat(ctx, rng, acct, "student", 1.2, 3.0, 80, make=make, hol="study")
            elif role == "parent":
                make = lambda r, lang=lang: (L.native(r, lang), "greet") if r.random() < .6 else P.consumer(c, r, lang, .3)
                chat(ctx, rng, acct, "smb", 1.0, 2.5, 90, make=make)
            else:
                chat(ctx, rng, acct, "consumer", .8, 2.5, 90, bias=.4)


_CAFE_TASKS = ("Write a CV for a {job} with 3 years experience", "Write a cover letter for a {job} job at a bank",
               "Write a letter to the embassy requesting a visa appointment", "How do I register for JAMB 2027?",
               "Write a business proposal for a {biz}", "Summarise the causes of the First World War for my assignment",
               "Write an application letter for NYSC redeployment", "Explain photosynthesis for my exam",
               "Type a formal complaint letter to my landlord", "Write a eulogy for my grandmother")


def cyber_cafe_patrons(ctx: Ctx) -> None:
    """Cafes: one static line, PCs whose browser profile resets nightly, a house account the attendant uses
    for walk-in customers, and patrons logging into their own accounts."""
    rng = ctx.rng("cyber_cafe_patrons")
    c = ctx.corpus
    sites = (("Lagos", 6), ("Ibadan", 2), ("Kano", 3), ("Accra", 3), ("Kampala", 3), ("Nairobi", 2),
             ("Addis Ababa", 2), ("Kinshasa", 1), ("Douala", 1))
    for name, k in sites:
        city = CITIES[name]
        for _ in range(max(1, round(k * ctx.scale))):
            isp = pick(rng, city.home)
            site = N.Fixed.make(rng, isp, rng.choice((1, 1, 2)), kind="cafe")
            if N.ISPS[isp][1] == "mobile":
                site = N.Fixed([(rng.choice(ctx.world.pools[isp]), N.ISPS[isp][0])], "cafe")
            pcs = rng.randint(6, 14)
            old = rng.random() < .35
            grid = 0.95 if rng.random() < .5 else 0.0  # half the cafes run a generator
            pc_ids = {(pc, d): "web-" + N.hexid(rng) for pc in range(pcs) for d in range(ctx.days)}
            ua = N.web_desktop(rng, old)[0]

            def pc_client(r, ts):
                return ua, pc_ids[(r.randrange(pcs), min(ctx.days - 1, (ts - ctx.t0) // 86_400_000))]

            def task(r, lang):
                if r.random() < .5:
                    return L.fill(r, r.choice(_CAFE_TASKS)), "long"
                return P.consumer(c, r, lang, .15)

            house = ctx.account(rng, "cyber_cafe_patrons", city, site, [(ua, "web-")], pay=N.card(rng, city.cc),
                                created=ctx.created(rng, "2025-01-01", "2026-10-01"), max_tokens=4096)
            house.grid = grid
            for s in sessions(rng, ctx.curves, house, "smb", 14, 4, 120):
                house.sess += 1
                cl = pc_client(rng, s[0])
                lang = pick(rng, city.langs)  # a different walk-in customer each time
                for ts in s:
                    p, kind = task(rng, lang)
                    ctx.sink.add(rng, house, ts, p, kind=kind, client=cl)
            for _ in range(rng.randint(8, 16)):
                a = ctx.account(rng, "cyber_cafe_patrons", city, site, [(ua, "web-")], pay=N.momo(rng, city.cc),
                                created=ctx.created(rng, "2025-06-01", "2026-12-30"), max_tokens=2048)
                a.grid = grid
                phone = ctx.mobile(rng, city) if rng.random() < .4 else None
                for s in sessions(rng, ctx.curves, a, "smb", .6, 6, 150):
                    a.sess += 1
                    cl = pc_client(rng, s[0])
                    for ts in s:
                        p, kind = task(rng, a.lang)
                        ctx.sink.add(rng, a, ts, p, kind=kind, client=cl)
                if phone is not None:
                    chat(ctx, rng, a, "consumer", .7, 2, 70, net=phone, client=N.web_mobile(rng))


UNIS = (("UNILAG", "Lagos"), ("UI", "Ibadan"), ("BUK", "Kano"), ("UNN", "Enugu"), ("UniAbuja", "Abuja"),
        ("KNUST", "Kumasi"), ("Legon", "Accra"), ("UoN", "Nairobi"), ("Makerere", "Kampala"), ("UDSM", "Dar es Salaam"),
        ("AAU", "Addis Ababa"), ("Wits", "Johannesburg"), ("UCT", "Cape Town"), ("UKZN", "Durban"), ("UR", "Kigali"),
        ("UCAD", "Dakar"))


def university_students(ctx: Ctx) -> None:
    """On exam break at home; January resits. Lots of maths 'explain step by step', much of it the same
    past questions passed around class WhatsApp groups."""
    rng = ctx.rng("university_students")
    c = ctx.corpus
    pools = {u: [rng.choice(c.math if rng.random() < .5 else c.gsm8k) for _ in range(60)] for u, _ in UNIS}
    for _ in range(ctx.n(500)):
        uni, cname = rng.choice(UNIS)
        city = CITIES[cname]
        a = ctx.phone_user(rng, "university_students", city, app_share=.4, pay=N.momo(rng, city.cc) if rng.random() < .55
                           else N.vcard(rng), created=ctx.created(rng, "2025-02-01", "2026-12-28"), max_tokens=4096)
        if rng.random() < .2:
            a.clients = [N.web_desktop(rng)]
        if rng.random() < .1:
            a.net = N.Home(rng.choice(("tenet_za", "kenet_ke", "ngren_ng", "renu_ug")), rng, 24)
            a.net.kind = "campus"
        pool = pools[uni]
        cram = rng.random() < .08  # resit in two weeks: dozens of past questions a day

        def make(r, a=a, pool=pool, cram=cram):
            x = r.random()
            if x < (.85 if cram else .45):
                q = r.choice(pool) if r.random() < .4 else r.choice(c.math if r.random() < .5 else c.gsm8k)
                return P.student_math(r, q, a.lang), "math"
            if x < .6:
                return P.dev_question(c, r)
            if x < .85:
                return (r.choice(c.selfi) if r.random() < .5 else P.casual(r, r.choice(c.nq))), "chat"
            return L.native(r, a.lang), "greet"
        chat(ctx, rng, a, "student", lognorm(rng, 1.4, .7) * (4 if cram else 1), 5, 85, make=make, hol="study",
             follow_p=.35)


_DIASPORA = ("How do I send money to {home} cheapest this week?", "Write a new year message to my family back home",
             "My mum wants to start a {biz} back home, help me write a simple plan",
             "Explain UK self assessment tax deadline 31 January", "How do I renew my {home} passport from abroad?",
             "Write a toast for our Naija new year party in Houston", "Plan a 10 day trip home for January on a budget",
             "What documents does my brother need for a student visa to Canada?")
_ORIGINS = (("Lagos", 45), ("Accra", 15), ("Nairobi", 18), ("Addis Ababa", 10), ("Abuja", 6), ("Kampala", 6))


def diaspora_and_family(ctx: Ctx) -> None:
    """Abroad (or home for Detty December) on a foreign card; some also pay for relatives back home."""
    rng = ctx.rng("diaspora_and_family")
    c = ctx.corpus
    for _ in range(ctx.n(165)):
        origin = CITIES[pick(rng, _ORIGINS)]
        where = rng.choice(tuple(ABROAD))
        tz, cc, mob_isp, home_isp = ABROAD[where]
        card = N.card(rng, cc)
        visiting = origin.cc in ("NG", "GH") and rng.random() < .45
        if visiting:
            city = origin
            net = ctx.mobile(rng, origin)
        else:
            city = City(where, cc, tz, origin.langs, ((mob_isp, 1.0),), ((home_isp, 1.0),), 0)
            net = N.Home(home_isp, rng) if rng.random() < .6 else N.Mobile(ctx.world, mob_isp, rng)
        client = N.android_app(rng) if rng.random() < .4 else N.ios_app(rng) if rng.random() < .4 else N.web_desktop(rng)
        a = ctx.account(rng, "diaspora_and_family", city, net, [client], pay=card,
                        created=ctx.created(rng, "2024-03-01", "2026-12-15"), old_model="baobab-2", max_tokens=4096)
        home = {"NG": "Nigeria", "GH": "Ghana", "KE": "Kenya", "ET": "Ethiopia", "UG": "Uganda"}[origin.cc]

        def make(r, a=a, home=home):
            if r.random() < .35:
                return L.fill(r, r.choice(_DIASPORA)).replace("{home}", home), "chat"
            return P.consumer(c, r, a.lang, .4)
        chat(ctx, rng, a, "consumer", lognorm(rng, 1.3, .7), 3, 60, make=make)
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):  # relatives on the same card
            fam = ctx.phone_user(rng, "diaspora_and_family", origin, pay=card,
                                 created=ctx.created(rng, "2025-01-01", "2026-12-24"), max_tokens=2048)
            chat(ctx, rng, fam, "consumer", lognorm(rng, 1.0, .7), 2.5, 70, bias=.45)


_SELL = ("Write an Instagram caption for my {product} business, new year promo {pct}% off",
         "Write a WhatsApp broadcast telling my customers we are open on January 1st",
         "Write a price list message for {product}", "Reply politely to a customer who says my price is too high",
         "Give me 10 hashtags for {product}", "Write a TikTok script to advertise {product}",
         "Write a thank you message to my customers for buying from me in 2026", "Write a delivery policy for my {product} shop",
         "How do I calculate profit on {product} if I buy at {money} and sell at double?")


def smb_sellers(ctx: Ctx) -> None:
    rng = ctx.rng("smb_sellers")
    recent: dict[str, list[str]] = {}
    for _ in range(ctx.n(250)):
        city = ctx.city(rng)
        a = ctx.phone_user(rng, "smb_sellers", city, app_share=.5, pay=_pay(ctx, rng, city.cc, recent.setdefault(city.cc, [])),
                           created=ctx.created(rng, "2025-01-01", "2026-12-27"), max_tokens=1024)

        def make(r, a=a):
            if r.random() < .7:
                t = L.fill(r, r.choice(_SELL)).replace("{pct}", r.choice(("10", "15", "20", "25", "30", "50")))
                return (t if r.random() < .6 else L.ask(r, a.lang, t)), "desc"
            return P.consumer(ctx.corpus, r, a.lang, .4)
        chat(ctx, rng, a, "smb", lognorm(rng, 2.2, .6), 3, 70, make=make, hol="greet" if city.holiday == "std" else None)


_CHURCH = ("Write 21 prayer points for crossover night 2027", "Write the order of service for our watch night service",
           "Sermon outline on '{theme}' with three points and scriptures", "Write an announcement for new year thanksgiving service",
           "Write a welcome speech for first timers at our crossover service", "Give me a New Year's Day devotional on {theme}",
           "Write a short drama script for the youth about {theme}")
_MOSQUE = ("Write a Friday khutbah in English and Hausa about gratitude and planning for the new year",
           "Andika hotuba fupi ya Ijumaa kuhusu kushukuru neema za Mungu", "Rédige une courte khutba sur la patience",
           "اكتب خطبة جمعة عن محاسبة النفس في نهاية العام", "Summarise the etiquette of visiting the sick in Islam")
_ORTHO = ("የገና በዓል ስብከት ረቂቅ ጻፍልኝ", "Write an announcement for the Genna (Ethiopian Christmas) service on January 7",
          "ለጾመ ነቢያት መጨረሻ የሚሆን አጭር ትምህርት ጻፍ")
_THEMES = ("new beginnings", "faithfulness", "overflowing grace", "divine turnaround", "peace in the storm", "gratitude")


def faith_media(ctx: Ctx) -> None:
    rng = ctx.rng("faith_media")
    places = (("Lagos", "church"), ("Port Harcourt", "church"), ("Accra", "church"), ("Nairobi", "church"),
              ("Kampala", "church"), ("Johannesburg", "church"), ("Kano", "mosque"), ("Mombasa", "mosque"),
              ("Dakar", "mosque"), ("Port Sudan", "mosque"), ("Addis Ababa", "orthodox"))
    for _ in range(ctx.n(100)):
        cname, kind = rng.choice(places)
        city = CITIES[cname]
        pool = {"church": _CHURCH, "mosque": _MOSQUE, "orthodox": _ORTHO}[kind]
        a = ctx.phone_user(rng, "faith_media", city, app_share=.3, pay=N.momo(rng, city.cc) if rng.random() < .6
                           else N.card(rng, city.cc), created=ctx.created(rng, "2025-01-01", "2026-12-20"), max_tokens=2048)
        if rng.random() < .3:  # the media team shares one account across two or three devices
            a.clients += [N.web_desktop(rng), N.android_app(rng)]

        def make(r, a=a, pool=pool):
            if r.random() < .75:
                return r.choice(pool).replace("{theme}", r.choice(_THEMES)), "list"
            return P.consumer(ctx.corpus, r, a.lang, .3)
        for s in sessions(rng, ctx.curves, a, "smb", lognorm(rng, 2.2, .5), 3, 90,
                          "greet" if kind == "church" else None):
            a.sess += 1
            cl = rng.choice(a.clients)
            for ts in s:
                p, k = make(rng)
                ctx.sink.add(rng, a, ts, p, kind=k, client=cl)


_NEWS = ("Write a 150-word explainer for our readers: {q}", "Fact-check this and tell me what sources to look at: {q}",
         "Write 5 headline options for a story about {topic} in 2026", "Turn our story on {topic} into a thread of 6 posts",
         "Write a 2026 year-in-review intro for {topic}", "Translate this for our wire, English please:\n\n{x}",
         "Write a YouTube video description about {topic}", "Give me 10 interview questions for a guest on {topic}")
_TOPICS = ("Nigerian tech startups", "Kenyan politics", "Afrobeats", "the naira exchange rate", "African football",
           "load-shedding in South Africa", "mobile money", "Ghana's economy", "Amapiano", "AI in Africa")


def newsroom_creators(ctx: Ctx) -> None:
    rng = ctx.rng("newsroom_creators")
    c = ctx.corpus
    for _ in range(ctx.n(70)):
        city = CITIES[rng.choice(("Lagos", "Nairobi", "Johannesburg", "Accra", "Kigali", "Dakar", "Abuja", "Kampala"))]
        net = ctx.home(rng, city) if rng.random() < .6 else ctx.mobile(rng, city)
        a = ctx.account(rng, "newsroom_creators", city, net, [N.web_desktop(rng) if rng.random() < .7 else N.sdk(rng, "py")],
                        pay=N.card(rng, city.cc), created=ctx.created(rng, "2024-06-01", "2026-11-30"), old_model="baobab-2",
                        switch_at=switch_time(rng, .6, 1.5), fallback=ctx.mobile(rng, city), max_tokens=4096)

        def make(r):
            t = r.choice(_NEWS).replace("{topic}", r.choice(_TOPICS)).replace("{q}", r.choice(c.nq))
            return t.replace("{x}", L.native(r, r.choice(("fr", "sw", "yo", "ha", "am", "zu")))), "long"
        chat(ctx, rng, a, "work", lognorm(rng, 2.5, .5), 3, 120, make=make, hol="devhol", follow_p=.4)


_LAUNCH = ("What's new in baobab-3?", "Are you better than ChatGPT?", "Do you speak {lang}?", "Tell me a joke in {lang}",
           "Write a poem about Lagos traffic", "Who are you and who made you?", "What can you do that baobab-2 couldn't?",
           "Solve this: {m}", "Write a Python function to check if a number is prime", "Explain quantum computing simply")


def release_day_signups(ctx: Ctx) -> None:
    """New accounts on launch credits (no payment instrument yet) trying the new model a few times."""
    rng = ctx.rng("release_day_signups")
    c = ctx.corpus
    if ctx.t1 <= RELEASE:
        return
    for _ in range(ctx.n(300)):
        city = ctx.city(rng)
        first = RELEASE + int(rng.expovariate(1 / (5 * 3_600_000)))
        if first >= ctx.t1:
            continue
        a = ctx.phone_user(rng, "release_day_signups", city, pay=None if rng.random() < .8 else N.momo(rng, city.cc),
                           created=first - rng.randint(1, 15) * MIN, max_tokens=2048)
        if rng.random() < .35:
            a.clients, a.net = [N.web_desktop(rng)], ctx.home(rng, city)
        a.switch_at = a.created
        n = 1 + poisson(rng, 3)
        t = first
        for i in range(n):
            p = L.fill(rng, rng.choice(_LAUNCH)).replace("{m}", rng.choice(c.math)) if rng.random() < .6 \
                else P.consumer(c, rng, a.lang, .3)[0]
            ctx.sink.add(rng, a, t, p, kind="chat")
            t += int(1000 * lognorm(rng, 70, .8)) if rng.random() < .8 else int(rng.expovariate(1 / (3 * 3_600_000)))


def translators(ctx: Ctx) -> None:
    rng = ctx.rng("translators")
    c = ctx.corpus
    spots = (("Douala", "fr"), ("Kigali", "fr"), ("Kinshasa", "fr"), ("Abidjan", "fr"), ("Dakar", "fr"),
             ("Addis Ababa", "am"), ("Nairobi", "sw"), ("Dar es Salaam", "sw"), ("Ibadan", "yo"), ("Lagos", "yo"),
             ("Kano", "ha"), ("Durban", "zu"), ("Cape Town", "af"), ("Port Sudan", "ar"), ("Kigali", "rw"))
    for _ in range(ctx.n(150)):
        cname, tl = rng.choice(spots)
        city = CITIES[cname]
        r0 = rng.random()
        client = N.web_desktop(rng) if r0 < .5 else N.sdk(rng, "py") if r0 < .8 else N.android_app(rng)
        a = ctx.account(rng, "translators", city, ctx.home(rng, city) if rng.random() < .6 else ctx.mobile(rng, city),
                        [client], pay=N.card(rng, city.cc) if rng.random() < .5 else N.momo(rng, city.cc),
                        created=ctx.created(rng, "2024-04-01", "2026-12-10"), fallback=ctx.mobile(rng, city),
                        max_tokens=4096, lang=tl)
        name = L.NAMES.get(tl, "French")
        frame = rng.choice((f"Translate the following into {name}:\n\n{{x}}", f"Translate to {name}, keep the tone:\n{{x}}",
                            f"{name} translation please:\n\n{{x}}", f"Translate into English:\n\n{{x}}"))

        def make(r, frame=frame, tl=tl):
            if r.random() < .15:
                return P.consumer(c, r, tl, .2)
            src = r.choice((c.selfi, c.awesome, c.arena_text, c.nq))
            x = r.choice(src) if "English" not in frame else L.native(r, tl)
            if r.random() < .15:
                x = f"1\n00:00:01,200 --> 00:00:03,900\n{x[:120]}\n\n2\n00:00:04,100 --> 00:00:06,000\n{r.choice(c.nq)}"
            return frame.replace("{x}", x), "translate"
        chat(ctx, rng, a, "work", lognorm(rng, 2.2, .6), 6, 45, make=make, hol="devhol", follow_p=.1)
