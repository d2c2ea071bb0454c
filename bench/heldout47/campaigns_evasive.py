"""Distillation campaigns, evasive: sleepers, a paraphrasing SIM farm, an insider in a benign
BPO org, a low-and-slow trickle, and a swarm imitating the phone-using maths students."""
from __future__ import annotations

from . import devices
from .benign_work import BPO_SYS
from .campaigns_crude import COT_SUFFIX, Campaign, harvest_model, harvest_prompt
from .corpus import paraphrase, pick, pick_mix, texts, wrap_local
from .habits import local_city, n_sessions, session_starts
from .networks import CITY_COUNTRY, Net, carrier_pool, home_net, ip_in, site_net, RESI_PROXY
from .population import card, org_id
from .world import CHAT, DAY, HOUR, LAUNCH, LITE, MIN, NEW, T0, lognorm, sample_ts


class Sleepers(Campaign):
    """Long-aged accounts with ordinary home lines, browsers and their own cards behave like the
    public on day 1, then wake on day 2 (loosely synchronised) into hours of steady naga-3
    reasoning harvest."""
    name = "sleepers"

    def generate(self):
        r = self.rng
        wake = T0 + DAY + int(r.uniform(1.5, 3) * HOUR)
        for k in range(self.n(60)):
            city = local_city(r)
            a = self.account(city, home_net(city, f"sleeper{self.seed}-{k}"), devices.browser(r, False), tier="t1",
                             age_days=r.uniform(180, 420))
            for s, t in enumerate(session_starts(r, r.randint(1, 2), "holiday", 7, "TH", day_w=(1, 0))):
                for ts in self.session_times(t, r.randint(1, 3), 90):
                    self.add(a, ts, CHAT, "chat", pick(r, r.choice(["user", "nq"])), session=s)
            t = wake + int(r.uniform(0, 50) * MIN)
            for j in range(int(lognorm(r, 90, 0.2))):
                kind, q = harvest_prompt(r, 0.8)
                self.add(a, t, NEW, kind, q, session=10 + j // 20)
                t += int(lognorm(r, 3.6 * MIN, 0.4))


class ParaphraseRotator(Campaign):
    """A SIM farm in Phnom Penh: real carrier CGNAT addresses, spoofed app install ids, human-like
    sessions; every MATH competition problem is paraphrased and wrapped in a rotating language."""
    name = "paraphrase_rotator"

    def generate(self):
        r = self.rng
        pools = [carrier_pool("mekongcell", "Phnom Penh"), carrier_pool("angkortel", "Phnom Penh")]
        src = texts("math")
        for k in range(self.n(50)):
            a = self.account("Phnom Penh", Net("cgnat", pools[k % 2]), devices.app(r, f"farm{self.seed}-{k}"), tier="t1",
                             age_days=r.uniform(15, 60))
            idx = r.randrange(len(src))
            for s, t in enumerate(session_starts(r, r.randint(6, 10), "evening", 7, "XX", day_w=(1, 1))):
                for ts in self.session_times(t, r.randint(8, 16), 55, 0.5):
                    q = paraphrase(r, src[idx % len(src)], 0.7)
                    idx += r.randint(1, 7)
                    lang = r.choice(["en", "en", "th", "km", "lo"])
                    q = wrap_local(r, lang, q) if lang != "en" else q + r.choice(COT_SUFFIX)
                    self.add(a, ts, NEW if ts >= LAUNCH and r.random() < 0.75 else CHAT, "math_cot", q, session=s)


class InsiderBPO(Campaign):
    """Insiders at the Bangkok BPO: same org, corporate card, office NAT and managed browser image
    as the legitimate agents, same system prompt; after hours they run a script that feeds hard
    reasoning and code prompts through their seats."""
    name = "insider_bpo"

    def generate(self):
        r = self.rng
        ua, build = devices.BROWSERS[3]
        fp = devices.ja4(build)
        org, pay = org_id(self.seed, "bpo", "bkk"), card("bpo", self.seed, "bkk")
        net = site_net("bkk-bizfibre", "bpo-bkk", 3)
        for k in range(self.n(5)):
            a = self.account("Bangkok", net, (ua, fp), tier="t1", org=org, payment=pay, age_days=r.uniform(60, 300))
            for d in range(2):
                t = T0 + d * DAY - 2 * HOUR + int(r.uniform(0, 40) * MIN)
                t = max(t, T0 + int(r.uniform(0, 30) * MIN))
                end = T0 + d * DAY + int(r.uniform(4, 5) * HOUR)
                while t < end:
                    kind, q = harvest_prompt(r, 0.8)
                    self.add(a, t, harvest_model(r, t, 0.7), kind, q, BPO_SYS["bkk"], session=d)
                    t += int(lognorm(r, 80_000, 0.3))


class Trickle(Campaign):
    """Low-and-slow: many independent-looking accounts (own residential line, own card, real
    browser, plausible age, various countries) each sending only ~7 hard prompts a day at human
    hours; the coordination is only visible in what they ask."""
    name = "trickle"

    def generate(self):
        r = self.rng
        hard = [t for t in texts("arena") if 300 < len(t) < 4000]
        math = [t for t in texts("math") if len(t) > 250]
        cities = ["Bangkok", "Phnom Penh", "Vientiane", "Los Angeles", "Melbourne", "Seoul", "Chiang Mai"]
        for k in range(self.n(160)):
            city = r.choice(cities)
            ip = ip_in(RESI_PROXY[k % len(RESI_PROXY)], "trickle", self.seed, k) if r.random() < 0.5 else None
            net = Net("fixed", [ip]) if ip else home_net(city, f"trickle{self.seed}-{k}")
            a = self.account(city, net, devices.browser(r, False), tier="t1", age_days=r.uniform(30, 300))
            for j in range(r.randint(10, 17)):
                ts = sample_ts(r, "evening", a.tz)
                q = r.choice(hard) if r.random() < 0.6 else r.choice(math) + r.choice(COT_SUFFIX)
                self.add(a, ts, harvest_model(r, ts, 0.95), "rationale", q, session=j)


class StudentMimic(Campaign):
    """Imitates the phone-using maths students: mobile proxies on the same carrier CGNAT pools,
    the official app UA with emulator install ids, Thai/Khmer/Lao 'step by step' wrappers, student
    hours - but it sweeps GSM8K and MATH in disjoint corpus slices, accounts come in three
    creation batches, and paid seats share a few wallets."""
    name = "student_mimic"

    def generate(self):
        r = self.rng
        src = texts("gsm8k") + texts("math")
        wallets = [card("mimic-wallet", self.seed, k) for k in range(5)]
        for k in range(self.n(120)):
            city = r.choice(["Bangkok", "Bangkok", "Chiang Mai", "Phnom Penh", "Vientiane"])
            c = CITY_COUNTRY[city]
            carrier = {"TH": ["siam-mobile", "chaophraya-mobile"], "KH": ["mekongcell"], "LA": ["laostar-mobile"]}[c]
            paid = r.random() < 0.45
            a = self.account(city, Net("cgnat", carrier_pool(r.choice(carrier), city)), devices.app(r, f"emu{self.seed}-{k}"),
                             tier="t1" if paid else "free", payment=wallets[k % 5] if paid else None,
                             age_days=[19.4, 14.2, 9.8][k % 3] + r.uniform(0, 0.3))
            lang = {"TH": "th", "KH": "km", "LA": "lo"}[c]
            idx = k * 110
            # free seats stay under the free tier's daily quota; paid seats work longer sessions
            n_s, per = ((4, 7), (7, 14)) if paid else ((3, 4), (4, 6))
            for s, t in enumerate(session_starts(r, r.randint(*n_s), "student", 7, c)):
                for ts in self.session_times(t, r.randint(*per), 100, 0.5):
                    q = wrap_local(r, lang, src[idx % len(src)])
                    idx += 1
                    model = (NEW if ts >= LAUNCH and r.random() < 0.7 else CHAT) if paid else LITE
                    self.add(a, ts, model, "math_cot", q, session=s)
