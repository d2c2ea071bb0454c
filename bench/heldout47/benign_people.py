"""Benign populations of individual people: students, tourists, diaspora, the general public,
families, internet cafés, office workers, nomads, launch-day tryers."""
from __future__ import annotations

from . import devices
from .corpus import SONGKRAN, pick, pick_mix, wrap_local
from .habits import lang_for, local_city, model_for, n_sessions, session_starts
from .networks import CITY_COUNTRY, CITY_HOME, Net, home_net, mobile_net, pool, site_net
from .population import Population, card
from .world import CHAT, HOUR, LAUNCH, LITE, MIN, NEW, T0, lognorm, sample_ts

FOLLOWUPS = {
    "th": ["ทำไมต้องคูณสองคะ", "ข้อนี้ตอบเท่าไหร่ครับ", "อธิบายอีกทีได้ไหม ยังไม่เข้าใจ", "ขอโจทย์คล้าย ๆ กันอีกข้อ"],
    "km": ["ហេតុអ្វីត្រូវគុណនឹងពីរ?", "ចម្លើយចុងក្រោយប៉ុន្មាន?", "ពន្យល់ម្តងទៀតបានទេ"],
    "lo": ["ເປັນຫຍັງຕ້ອງຄູນສອງ", "ຄຳຕອບແມ່ນເທົ່າໃດ", "ອະທິບາຍອີກເທື່ອໄດ້ບໍ່"],
    "en": ["why do we multiply by 2 here?", "so what's the final answer?", "can you explain step 3 again?",
           "give me one more like this"],
}


class StudentsMath(Population):
    """Secondary/university students asking maths step by step, mostly on phones via carrier CGNAT."""
    name = "students_math_mobile"

    def generate(self):
        r = self.rng
        for _ in range(self.n(1100)):
            city = local_city(r)
            c = CITY_COUNTRY[city]
            mobile = r.random() < 0.85
            net = mobile_net(r, city) if mobile else home_net(city, len(self.accounts))
            client = devices.app(r, str(len(self.accounts))) if r.random() < 0.75 else devices.browser(r, True)
            free = r.random() < 0.7
            pay = None if free else ("own" if r.random() < 0.6 else card("wallet", self.seed, self.name, r.randrange(10**6)))
            a = self.account(city, net, client, tier="free" if free else "t1", payment=pay, age_days=r.uniform(5, 700))
            lang = lang_for(r, c, 0.2)
            for s, t in enumerate(session_starts(r, n_sessions(r, 3.0), "student", a.tz, c)):
                k = 1 + int(lognorm(r, 2.5, 0.6))
                for j, ts in enumerate(self.session_times(t, k, 110)):
                    if j and r.random() < 0.25:
                        self.add(a, ts, model_for(r, ts, a.tier), "chat", r.choice(FOLLOWUPS[lang]), session=s)
                        continue
                    _, q = pick_mix(r, {"gsm8k": 5, "svamp": 2, "math": 3})
                    self.add(a, ts, model_for(r, ts, a.tier, 0.3), "math_cot", wrap_local(r, lang, q), session=s)


class UniCoders(Population):
    """University CS students: programming exercises from home (campuses are quiet over Songkran)."""
    name = "uni_students_code"

    def generate(self):
        r = self.rng
        cities = ["Bangkok", "Chiang Mai", "Phnom Penh", "Vientiane"]
        for _ in range(self.n(450)):
            city = r.choices(cities, weights=[55, 20, 15, 10])[0]
            c = CITY_COUNTRY[city]
            uni = "thai-uninet" if c == "TH" else "cam-edu" if c == "KH" else "vientiane-net"
            net = site_net(uni, f"campus-{city}", 6) if r.random() < 0.25 else home_net(city, len(self.accounts))
            client = devices.browser(r, False) if r.random() < 0.8 else devices.sdk(r)
            free = r.random() < 0.5
            a = self.account(city, net, client, tier="free" if free else "t1", payment=None if free else "own",
                             age_days=r.uniform(30, 900))
            for s, t in enumerate(session_starts(r, n_sessions(r, 3.0), "evening", a.tz, c)):
                for ts in self.session_times(t, 2 + int(lognorm(r, 3, 0.5)), 95):
                    _, q = pick_mix(r, {"mbpp": 4, "humaneval": 2, "arena": 3, "seed": 1})
                    self.add(a, ts, model_for(r, ts, a.tier), "code", q, session=s)


class Tourists(Population):
    """Tourists and expats in Phuket, Chiang Mai, Bangkok, Siem Reap: roaming SIMs, hotel Wi-Fi,
    tourist SIMs; many accounts created during the trip."""
    name = "tourists_expats"

    def generate(self):
        r = self.rng
        hotels = {city: pool("andaman-link" if city == "Phuket" else "krung-fibre" if CITY_COUNTRY[city] == "TH"
                             else "penh-fibre", f"hotel-{city}", 30) for city in ["Phuket", "Chiang Mai", "Bangkok", "Siem Reap"]}
        for _ in range(self.n(650)):
            city = r.choices(["Phuket", "Chiang Mai", "Bangkok", "Siem Reap"], weights=[35, 25, 25, 15])[0]
            x = r.random()
            if x < 0.3:
                net = Net("cgnat", pool(r.choice(["eu-roam", "cn-roam"]), "roam", 200))
            elif x < 0.55:
                h = hotels[city]
                net = Net("pool", [h[r.randrange(len(h))]])
            else:
                net = mobile_net(r, city)
            client = devices.app(r, str(len(self.accounts))) if r.random() < 0.5 else devices.browser(r, True)
            free = r.random() < 0.4
            age = r.uniform(0.05, 9) if r.random() < 0.6 else r.uniform(30, 1200)
            a = self.account(city, net, client, tier="free" if free else "t1", payment=None if free else "own", age_days=age)
            for s, t in enumerate(session_starts(r, n_sessions(r, 2.4), "tourist", a.tz, "XX")):
                for ts in self.session_times(t, 1 + int(lognorm(r, 1.6, 0.6)), 80):
                    x = r.random()
                    if x < 0.35:
                        self.add(a, ts, model_for(r, ts, a.tier, 0.2), "chat", r.choice(SONGKRAN["en"]), session=s)
                    elif x < 0.6:
                        self.add(a, ts, model_for(r, ts, a.tier, 0.2), "qa", pick(r, "nq"), session=s)
                    elif x < 0.8:
                        msg = pick(r, "user", 600)
                        self.add(a, ts, model_for(r, ts, a.tier), "translate",
                                 f"Translate into {r.choice(['Thai', 'Thai', 'Khmer', 'English'])}: {msg}", session=s)
                    else:
                        self.add(a, ts, model_for(r, ts, a.tier), "chat", pick(r, "user"), session=s)


class Diaspora(Population):
    """Thai, Khmer and Lao diaspora in Los Angeles, Melbourne, Paris, Seoul: New Year greetings,
    translation for family, recipes - in their own time zones."""
    name = "diaspora_abroad"

    def generate(self):
        r = self.rng
        for _ in range(self.n(450)):
            city = r.choices(["Los Angeles", "Melbourne", "Paris", "Seoul"], weights=[35, 25, 20, 20])[0]
            net = home_net(city, len(self.accounts)) if r.random() < 0.7 else Net(
                "cgnat", pool(ASN_HOME_MOBILE[city], f"mob-{city}", 150))
            client = devices.browser(r, r.random() < 0.5) if r.random() < 0.6 else devices.app(r, str(len(self.accounts)))
            a = self.account(city, net, client, tier="t1" if r.random() < 0.6 else "free",
                             payment="own", age_days=r.uniform(20, 900))
            if a.tier == "free":
                a.payment = None
            lang = r.choice(["th", "th", "km", "lo"])
            for s, t in enumerate(session_starts(r, n_sessions(r, 2.6), "evening", a.tz, "XX")):
                for ts in self.session_times(t, 1 + int(lognorm(r, 2, 0.6)), 90):
                    x = r.random()
                    if x < 0.35:
                        self.add(a, ts, model_for(r, ts, a.tier), "chat", r.choice(SONGKRAN[lang]), session=s)
                    elif x < 0.6:
                        self.add(a, ts, model_for(r, ts, a.tier), "translate",
                                 f"Translate to {dict(th='Thai', km='Khmer', lo='Lao')[lang]} for my grandmother: "
                                 + pick(r, "user", 500), session=s)
                    else:
                        _, q = pick_mix(r, {"user": 3, "nq": 2, "awesome": 1}, 3000)
                        self.add(a, ts, model_for(r, ts, a.tier), "chat", q, session=s)


ASN_HOME_MOBILE = {"Los Angeles": "pacific-cable-us", "Melbourne": "southern-fibre-au", "Paris": "hexagone-box-fr",
                   "Seoul": "hanriver-kr"}


class CasualPublic(Population):
    """The general public: questions, greetings, small tasks, many in Thai/Khmer/Lao."""
    name = "casual_public"

    def generate(self):
        r = self.rng
        for _ in range(self.n(1200)):
            city = local_city(r)
            c = CITY_COUNTRY[city]
            net = mobile_net(r, city) if r.random() < 0.55 else home_net(city, len(self.accounts))
            client = devices.app(r, str(len(self.accounts))) if r.random() < 0.5 else devices.browser(r, r.random() < 0.6)
            free = r.random() < 0.65
            a = self.account(city, net, client, tier="free" if free else "t1", payment=None if free else "own",
                             age_days=r.uniform(1, 1000))
            lang = lang_for(r, c, 0.3)
            for s, t in enumerate(session_starts(r, n_sessions(r, 2.4), "holiday", a.tz, c)):
                for ts in self.session_times(t, 1 + int(lognorm(r, 1.8, 0.6)), 75):
                    x = r.random()
                    if x < 0.15:
                        self.add(a, ts, model_for(r, ts, a.tier), "chat", r.choice(SONGKRAN[lang]), session=s)
                        continue
                    name, q = pick_mix(r, {"nq": 4, "user": 2.5, "seed": 1, "awesome": 1, "arena": 1.5}, 4000)
                    kind = "qa" if name == "nq" else "chat"
                    self.add(a, ts, model_for(r, ts, a.tier), kind, wrap_local(r, lang, q) if r.random() < 0.5 else q,
                             session=s)


class FamilyWallet(Population):
    """Families sharing one mobile-wallet payment instrument (parents + kids), many back in their
    home province for the holiday on the grandparents' mobile network."""
    name = "family_wallet"

    def generate(self):
        r = self.rng
        for f in range(self.n(130)):
            city = local_city(r)
            c = CITY_COUNTRY[city]
            wallet = card("family-wallet", self.seed, f)
            house = home_net(city, f"fam{f}")
            upcountry = r.random() < 0.5
            for m in range(r.randint(2, 5)):
                kid = m >= 2 or r.random() < 0.2
                net = mobile_net(r, city) if (upcountry or r.random() < 0.3) else house
                a = self.account(city, net, devices.app(r, f"{f}-{m}"), tier="t1", payment=wallet,
                                 age_days=r.uniform(10, 600))
                lang = lang_for(r, c, 0.1)
                for s, t in enumerate(session_starts(r, n_sessions(r, 2.4), "student" if kid else "holiday", a.tz, c)):
                    for ts in self.session_times(t, 1 + int(lognorm(r, 1.8, 0.5)), 100):
                        if kid:
                            _, q = pick_mix(r, {"gsm8k": 3, "svamp": 2, "nq": 1})
                            self.add(a, ts, model_for(r, ts, "t1", 0.2), "math_cot", wrap_local(r, lang, q), session=s)
                        else:
                            q = r.choice(SONGKRAN[lang]) if r.random() < 0.4 else wrap_local(r, lang, pick(r, "user"))
                            self.add(a, ts, model_for(r, ts, "t1", 0.15), "chat", q, session=s)


class InternetCafe(Population):
    """Internet/game cafés: one public IP per café, every PC on the same browser build (same TLS
    fingerprint), free accounts, short sessions."""
    name = "internet_cafe"

    def generate(self):
        r = self.rng
        cities = ["Phnom Penh", "Siem Reap", "Vientiane", "Bangkok"]
        ua, build = devices.BROWSERS[3]
        fp = devices.ja4(build)
        for cafe in range(self.n(25)):
            city = r.choice(cities)
            c = CITY_COUNTRY[city]
            net = site_net({"KH": "penh-fibre", "LA": "vientiane-net", "TH": "krung-fibre"}[c], f"cafe{cafe}", 1)
            for _ in range(r.randint(7, 13)):
                a = self.account(city, net, (ua, fp), tier="free", payment=None, age_days=r.uniform(1, 400))
                lang = lang_for(r, c, 0.25)
                for s, t in enumerate(session_starts(r, n_sessions(r, 2.0), "evening", 7, c)):
                    for ts in self.session_times(t, 1 + int(lognorm(r, 2, 0.5)), 60):
                        name, q = pick_mix(r, {"nq": 3, "user": 2, "gsm8k": 1, "svamp": 1})
                        self.add(a, ts, LITE, "qa" if name == "nq" else "chat", wrap_local(r, lang, q), session=s)


class OfficeWorkers(Population):
    """Office workers: e-mails, reports, summaries. Thai offices are closed for Songkran (skeleton
    staff); Cambodian and Lao offices work on day 1 and close on day 2. Some work from home."""
    name = "office_workers"

    def generate(self):
        r = self.rng
        for co in range(self.n(95)):
            city = local_city(r)
            c = CITY_COUNTRY[city]
            site = site_net({"TH": "bkk-bizfibre", "KH": "penh-fibre", "LA": "vientiane-net"}[c], f"office{co}", 2)
            team = r.random() < 0.35
            org = f"org_{co:03d}{self.seed}" if team else None
            shared = card("corp", self.seed, self.name, co) if team else None
            for w in range(r.randint(4, 14)):
                net = site if r.random() < 0.7 else home_net(city, f"{co}-{w}")
                a = self.account(city, net, devices.browser(r, False), tier="t1", org=org,
                                 payment=shared or "own", age_days=r.uniform(10, 700))
                lang = lang_for(r, c, 0.45)
                for s, t in enumerate(session_starts(r, n_sessions(r, 3.2), "office", a.tz, c, work=True)):
                    for ts in self.session_times(t, 1 + int(lognorm(r, 2.2, 0.5)), 120):
                        name, q = pick_mix(r, {"user": 4, "seed": 2, "awesome": 1.5, "arena": 1.5, "nq": 1}, 5000)
                        kind = r.choice(["chat", "summary", "long"]) if name != "nq" else "qa"
                        self.add(a, ts, model_for(r, ts, "t1", 0.25), kind, wrap_local(r, lang, q), session=s)


class CoworkingNomads(Population):
    """Digital nomads in Chiang Mai/Bangkok/Phuket co-working spaces: shared space IPs, cards from
    many countries, coding and writing."""
    name = "coworking_nomads"

    def generate(self):
        r = self.rng
        spaces = [(city, site_net(CITY_HOME[city], f"cowork-{city}-{k}", 2))
                  for city in ["Chiang Mai", "Chiang Mai", "Bangkok", "Phuket"] for k in range(3)]
        for _ in range(self.n(280)):
            city, site = spaces[r.randrange(len(spaces))]
            net = site if r.random() < 0.6 else home_net(city, len(self.accounts))
            client = devices.browser(r, False) if r.random() < 0.65 else devices.sdk(r)
            a = self.account(city, net, client, tier=r.choice(["t1", "t1", "t2"]), age_days=r.uniform(30, 900))
            for s, t in enumerate(session_starts(r, n_sessions(r, 3.5), r.choice(["office", "evening"]), 7, "XX")):
                for ts in self.session_times(t, 2 + int(lognorm(r, 3, 0.5)), 80):
                    name, q = pick_mix(r, {"arena": 3.5, "mbpp": 1.5, "humaneval": 1, "awesome": 2, "user": 2}, 5000)
                    kind = "code" if name in ("mbpp", "humaneval") else r.choice(["chat", "code", "long"])
                    self.add(a, ts, model_for(r, ts, a.tier, 0.45), kind, q, session=s)


class LaunchTryers(Population):
    """People trying naga-3 on launch day: some poll before launch (404), most arrive within hours,
    retry through the overload (503/529) with backoff, then compare with naga-chat-2."""
    name = "launch_tryers"

    def generate(self):
        r = self.rng
        for _ in range(self.n(850)):
            abroad = r.random() < 0.2
            city = r.choice(["Los Angeles", "Melbourne", "Paris", "Seoul"]) if abroad else local_city(r)
            mobile = r.random() < 0.35
            net = home_net(city, len(self.accounts)) if (abroad or not mobile) else mobile_net(r, city)
            client = devices.browser(r, mobile) if r.random() < 0.7 else devices.sdk(r)
            free = r.random() < 0.2
            a = self.account(city, net, client, tier="free" if free else "t1", payment=None if free else "own",
                             age_days=r.uniform(0.2, 800) if r.random() < 0.85 else r.uniform(0.01, 0.4))
            if r.random() < 0.1:  # eager pollers before launch
                t = LAUNCH - int(r.uniform(10, 45) * MIN)
                while t < LAUNCH + 5 * MIN:
                    self.add(a, t, NEW, "chat", "hello, are you naga-3?", session=0)
                    t += int(r.uniform(2, 8) * MIN)
            t = LAUNCH + int(lognorm(r, 55 * MIN, 1.0)) if r.random() < 0.8 else sample_ts(r, "evening", a.tz, (0.3, 1))
            prompts = [pick_mix(r, {"arena": 4, "awesome": 1.5, "math": 1.5, "humaneval": 1, "nq": 1}, 4000)
                       for _ in range(2 + int(lognorm(r, 4, 0.6)))]
            s = 1
            for name, q in prompts:
                kind = {"math": "math_cot", "humaneval": "code", "nq": "qa"}.get(name, "chat")
                for attempt in range(7):
                    ev = self.add(a, t, NEW, kind, q, session=s)
                    t += int(lognorm(r, 9000 * (attempt + 1), 0.5))
                    if ev["status"] not in (503, 529, 429):
                        break
                if r.random() < 0.3:
                    self.add(a, t, CHAT, kind, q, session=s)
                t += int(lognorm(r, 80_000, 0.7))
                if r.random() < 0.08:
                    t += int(r.uniform(4, 20) * HOUR)
                    s += 1
                if t >= T0 + 2 * 24 * HOUR:
                    break
