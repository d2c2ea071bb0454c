#!/usr/bin/env python3
"""Independent held-out traffic generator (distillation campaigns vs legitimate heavy users).
Usage: python gen.py --seed N --days D --out events.jsonl.gz --labels labels.json [--scale S]"""
import argparse, gzip, json, math, os, random, re, sys, time
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import banks as B
try:
    import orjson
    def dumps(o): return orjson.dumps(o)
except ImportError:
    def dumps(o): return json.dumps(o, ensure_ascii=False).encode()

_REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# The public corpora the rest of the repository uses (../shared/data/prompts beside the checkout).
PROMPT_DIR = os.environ.get("ENFORCER_PROMPTS_DIR") or os.path.join(os.path.dirname(_REPO), "shared", "data", "prompts")
START_MS = int(datetime(2026, 11, 2, tzinfo=timezone.utc).timestamp() * 1000)  # a Monday
H = 3600_000; M = 60_000; S = 1000; D = 86400_000
RELEASE_MS = START_MS + 16 * H  # new model "atlas-3" released on day 1 at 16:00 UTC

def iso(ms):
    ms = int(ms)
    return datetime.fromtimestamp(ms // 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (ms % 1000)

# ------------------------------------------------------------------ network table (synthetic prefixes, real-ish ASN numbers)
ASNS = {
    # residential broadband
    7922: ("res", "US", [(73, 0), (98, 200), (24, 1)]), 7018: ("res", "US", [(99, 10), (107, 77)]), 701: ("res", "US", [(71, 100), (108, 2)]),
    20115: ("res", "US", [(47, 150), (97, 90)]), 3320: ("res", "DE", [(79, 200), (91, 40)]), 3215: ("res", "FR", [(90, 10), (86, 200)]),
    2856: ("res", "GB", [(81, 150), (86, 130)]), 5089: ("res", "GB", [(82, 30)]), 4134: ("res", "CN", [(113, 64), (180, 110), (59, 40)]),
    4837: ("res", "CN", [(123, 112), (112, 224)]), 12389: ("res", "RU", [(95, 24), (178, 64)]), 28573: ("res", "BR", [(177, 40), (189, 100)]),
    17676: ("res", "JP", [(126, 10), (219, 100)]), 4766: ("res", "KR", [(121, 130), (211, 200)]), 7552: ("res", "VN", [(27, 64), (116, 96)]),
    9299: ("res", "PH", [(112, 198)]), 55836: ("res", "IN", [(49, 36), (157, 32)]), 1221: ("res", "AU", [(101, 160)]), 812: ("res", "CA", [(99, 230)]),
    6830: ("res", "PL", [(89, 64)]), 3269: ("res", "IT", [(79, 20)]), 12479: ("res", "ES", [(88, 26)]), 9121: ("res", "TR", [(88, 240)]),
    17974: ("res", "ID", [(36, 64)]), 8452: ("res", "EG", [(41, 40)]), 8151: ("res", "MX", [(187, 140)]),
    # mobile carriers (CGNAT: few public IPs, heavily shared)
    21928: ("mob", "US", [(172, 56)]), 22394: ("mob", "US", [(174, 200)]), 9808: ("mob", "CN", [(117, 136), (223, 104)]), 45609: ("mob", "IN", [(106, 200)]),
    26615: ("mob", "BR", [(179, 240)]), 24608: ("mob", "ID", [(114, 124)]), 31213: ("mob", "RU", [(176, 59)]),
    # hosting / cloud
    16509: ("dc", "US", [(3, 80), (52, 14), (54, 160)]), 15169: ("dc", "US", [(34, 120), (35, 200)]), 8075: ("dc", "US", [(20, 40), (40, 112)]),
    14061: ("dc", "US", [(164, 90), (167, 71)]), 24940: ("dc", "DE", [(88, 198), (95, 216)]), 16276: ("dc", "FR", [(51, 68), (145, 239)]),
    20473: ("dc", "US", [(45, 76), (149, 28)]), 63949: ("dc", "US", [(172, 104)]), 45102: ("dc", "SG", [(47, 74), (8, 219)]),
    132203: ("dc", "CN", [(43, 130), (101, 33)]), 9009: ("vpn", "GB", [(185, 107), (89, 187)]), 60068: ("vpn", "NL", [(185, 236)]),
    212238: ("vpn", "US", [(138, 199)]),
    # education / business
    786: ("edu", "GB", [(129, 67)]), 2152: ("edu", "US", [(130, 65)]), 3356: ("biz", "US", [(4, 16)]), 6461: ("biz", "US", [(64, 125)]),
}
RES_BY_CC = {}
for a, (k, cc, _) in ASNS.items():
    if k == "res": RES_BY_CC.setdefault(cc, []).append(a)
RES_ALL = [a for a, v in ASNS.items() if v[0] == "res"]
MOB_ALL = [a for a, v in ASNS.items() if v[0] == "mob"]
DC_ALL = [a for a, v in ASNS.items() if v[0] == "dc"]
VPN_ALL = [a for a, v in ASNS.items() if v[0] == "vpn"]

CGNAT = {}
def ip_for(R, asn, v6p=0.0):
    k, cc, pre = ASNS[asn]
    if k == "mob" and R.random() < 0.9:  # carrier-grade NAT: a small pool of public IPs shared by many subscribers
        pool = CGNAT.get(asn)
        if pool is None:
            pool = CGNAT[asn] = ["%d.%d.%d.%d" % (pre[0][0], pre[0][1] + i // 50, R.randrange(256), R.randrange(1, 255)) for i in range(60)]
        return R.choice(pool)
    if R.random() < v6p:
        return "2%03x:%x:%x:%x::%x" % (asn % 0xfff, R.randrange(0x100, 0xffff), R.randrange(0xffff), R.randrange(0xffff), R.randrange(1, 0xffff))
    a, b = R.choice(pre)
    return "%d.%d.%d.%d" % (a, (b + R.randrange(0, 8)) % 256, R.randrange(256), R.randrange(1, 255))

TZ_BY_CC = {"US": [-8, -7, -6, -5, -5], "CA": [-5, -8], "MX": [-6], "BR": [-3], "GB": [0], "DE": [1], "FR": [1], "PL": [1], "IT": [1], "ES": [1],
            "RU": [3], "TR": [3], "EG": [2], "IN": [5], "CN": [8], "SG": [8], "VN": [7], "ID": [7], "PH": [8], "JP": [9], "KR": [9], "AU": [10], "NL": [1]}
LANG_CC = {"zh": "CN", "es": "ES", "ja": "JP", "de": "DE", "fr": "FR", "pt": "BR", "ru": "RU", "ko": "KR", "vi": "VN", "id": "ID", "tr": "TR", "ar": "EG", "en": "US"}

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:13{f}.0) Gecko/20100101 Firefox/13{f}.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
]
SDKS = ["atlas-python/1.42.0", "atlas-python/1.41.3", "atlas-python/1.38.2", "atlas-node/4.12.1", "atlas-node/4.9.0", "python-httpx/0.27.2",
        "python-requests/2.32.3", "aiohttp/3.10.5", "curl/8.5.0", "Go-http-client/2.0", "okhttp/4.12.0", "QuillKit/0.9.4 (python)", "PostmanRuntime/7.42.0"]

def browser_ua(R):
    return R.choice(BROWSERS).replace("{v}", str(R.randint(126, 131))).replace("{f}", str(R.randint(0, 3)))

# ------------------------------------------------------------------ diurnal profiles (local hour weights)
PROF = {
    "human": [.25, .12, .07, .05, .05, .08, .2, .45, .7, .9, 1, 1, .9, .95, 1, 1, .95, .9, .85, .9, .95, .85, .6, .4],
    "work": [.02, .01, .01, .01, .01, .03, .1, .4, .9, 1, 1, .95, .7, .95, 1, 1, .9, .6, .3, .15, .1, .08, .05, .03],
    "student": [.3, .15, .05, .03, .02, .03, .1, .3, .4, .5, .5, .5, .5, .6, .7, .9, 1, 1, .9, 1, 1, .95, .8, .55],
    "night_owl": [.7, .6, .45, .3, .2, .1, .1, .15, .3, .5, .6, .7, .7, .7, .8, .8, .8, .9, .9, 1, 1, 1, .95, .85],
    "flat": [1] * 24,
}
CUM = {k: [sum(v[:i + 1]) / sum(v) for i in range(24)] for k, v in PROF.items()}

def pick_hour(R, prof):
    x = R.random(); c = CUM[prof]
    for i, y in enumerate(c):
        if x <= y: return i
    return 23

def local_time(R, day, prof, tz):
    """random instant on UTC-day `day` whose LOCAL hour follows profile; wraps inside the day."""
    h = pick_hour(R, prof)
    off = ((h - tz) % 24) * H + R.randrange(H)
    return START_MS + day * D + off

def expand(R, tpl):
    return re.sub(r"\[\[(.*?)\]\]", lambda m: R.choice(m.group(1).split("|")), tpl, flags=re.S)

def fill(R, tpl, table):
    def f(m):
        k = m.group(1)
        v = table.get(k)
        if v is None:
            return str(R.randint(10000, 99999)) if k == "o" else (str(R.randint(2, 40)) if k in ("n", "m", "k", "ans") else m.group(0))
        return R.choice(v)
    return re.sub(r"\{(\w+)\}", f, tpl)

def wrap(tpl, q):
    return tpl.replace("<Q>", q)

def tok_est(s):
    if not s: return 0
    na = sum(1 for ch in s if ord(ch) > 0x2FF)
    return int((len(s) - na) / 3.9 + na * 0.95) + 1

def lognorm(R, median, sigma, lo=1, hi=16000):
    return int(min(hi, max(lo, R.lognormvariate(math.log(median), sigma))))

# ------------------------------------------------------------------ corpora
class Corpus:
    def __init__(self, R):
        self.d = {}
        for fn in sorted(os.listdir(PROMPT_DIR)):
            if fn.endswith(".jsonl"):
                with open(os.path.join(PROMPT_DIR, fn)) as f:
                    self.d[fn[:-6]] = [json.loads(l)["text"] for l in f if l.strip()]
        self.R = R
        a = self.d["benign_awesome_chatgpt_prompts"]
        self.awesome_short = [t for t in a if len(t) < 6000]
        self.awesome_long = [t for t in a if len(t) >= 6000]
        # "popular homework" subset: students hit a Zipf-ish head of problems
        self.homework = self.d["task_gsm8k"][:600] + self.d["task_svamp"][:300] + self.d["task_math"][:400]

    def get(self, name):
        return self.R.choice(self.d[name])

    def nq(self):
        q = self.R.choice(self.d["benign_nq_open_questions"])
        r = self.R.random()
        if r < 0.4: return q
        if r < 0.8: return q[0].upper() + q[1:] + "?"
        return "quick question: " + q + "?"

    def casual(self):
        return fill(self.R, self.R.choice(B.CASUAL_EN), B.FILL)

    def chat(self, code_frac=0.08):
        r = self.R.random()
        if r < 0.26: return self.casual()
        if r < 0.48: return self.nq()
        if r < 0.66: return self.get("benign_arena_hard_prompts")
        if r < 0.78: return self.get("benign_self_instruct_user_oriented")
        if r < 0.84: return self.get("benign_self_instruct_seed_tasks")
        if r < 0.84 + code_frac: return fill(self.R, self.R.choice(B.DEV_OWN), B.DEV_FILL)
        if self.R.random() < 0.03 and self.awesome_long: return self.R.choice(self.awesome_long)
        return self.R.choice(self.awesome_short)

    def homework_q(self):
        R = self.R
        if R.random() < 0.6:
            i = int(len(self.homework) * (R.random() ** 2.2))
            return self.homework[i]
        return self.get(R.choice(["task_gsm8k", "task_svamp", "task_math", "task_math"]))

    def code_q(self):
        return self.get(self.R.choice(["task_humaneval", "task_mbpp", "task_mbpp"]))

    def nonen(self, lang):
        tpls, tab = B.NONEN[lang]
        return fill(self.R, self.R.choice(tpls), tab)

class Cursor:
    """systematic, non-repeating sweep through a task space (campaign coverage)."""
    def __init__(self, R, corpus, names):
        self.items = [(n, t) for n in names for t in corpus.d[n]]
        R.shuffle(self.items); self.i = R.randrange(len(self.items))
    def next(self):
        self.i = (self.i + 1) % len(self.items)
        return self.items[self.i]

# ------------------------------------------------------------------ generator
class Gen:
    def __init__(self, seed, days, scale):
        self.R = random.Random(seed)
        self.days = days; self.scale = scale
        self.end_ms = START_MS + days * D
        self.C = Corpus(random.Random(seed * 7 + 1))
        self.ev = []; self.labels = {}
        self.used_ids = set()

    def hid(self, pre, n=12):
        while True:
            s = pre + "%0*x" % (n, self.R.getrandbits(4 * n))
            if s not in self.used_ids:
                self.used_ids.add(s); return s

    def n(self, base):
        return max(1, int(round(base * self.scale)))

    def account(self, pop, label, campaign=None, *, created_ms, org=None, cards=None, devices=None, ua=None, asn=None,
                ip=None, tz=0, lang="en", endpoint="/v1/messages", nkeys=1, model_pref=None, ipv6=0.0):
        a = dict(id=self.hid("acct_"), pop=pop, created=int(created_ms), org=org, cards=cards or [None], devices=devices or [None],
                 ua=ua, asn=asn, ip=ip, tz=tz, lang=lang, endpoint=endpoint, keys=[self.hid("key_", 16) for _ in range(nkeys)],
                 model_pref=model_pref or {"atlas-2": 0.7, "atlas-2-mini": 0.3}, ipv6=ipv6, ctx=0)
        self.labels[a["id"]] = {"label": label, "population": pop, "campaign": campaign}
        return a

    def model_for(self, a, ts, adopt=0.35):
        R = self.R
        if ts >= RELEASE_MS and R.random() < adopt:
            return "atlas-3"
        x = R.random(); c = 0
        for m, p in a["model_pref"].items():
            c += p
            if x <= c: return m
        return "atlas-2"

    def emit(self, a, ts, prompt, comp, *, system=None, ctx=0, model=None, ip=None, asn=None, device=None, ua=None, status=None, adopt=0.35, card=None, endpoint=None):
        if ts < START_MS or ts >= self.end_ms: return
        if ts < a["created"]: return
        R = self.R
        model = model or self.model_for(a, ts, adopt)
        if model == "atlas-3" and ts < RELEASE_MS: model = "atlas-2"
        if status is None:
            x = R.random()
            status = 200 if x > 0.012 else (400 if x < 0.004 else (500 if x < 0.006 else 429))
            if ts >= RELEASE_MS and ts < RELEASE_MS + 6 * H and model == "atlas-3" and R.random() < 0.03: status = 529
        if status != 200: comp = 0 if status != 500 else R.randint(0, 40)
        pt = tok_est(prompt) + tok_est(system) + ctx + R.randint(3, 12)
        if asn is None: asn = a["asn"]
        if ip is None: ip = a["ip"] if a["ip"] else ip_for(R, asn, a["ipv6"])
        e = {"event_id": None, "ts": int(ts), "account_id": a["id"], "prompt_tokens": int(pt), "completion_tokens": int(max(0, comp)),
             "model": model, "endpoint": endpoint or a["endpoint"], "status": status, "org_id": a["org"], "api_key_id": R.choice(a["keys"]),
             "ip": ip, "asn": asn, "user_agent": ua or a["ua"], "device_id": device if device is not None else R.choice(a["devices"]),
             "account_created_at": iso(a["created"]), "payment_fingerprint": card if card is not None else a["cards"][0],
             "prompt": prompt, "system_prompt": system}
        self.ev.append(e)

    # --------------------------------------------------------------- shared human session driver
    def human_sessions(self, a, per_day, prof, make, *, sess_len=3.0, gap_med=90, follow=None, cont=0.0):
        """per_day: mean requests/day. make(i, first) -> (prompt, comp, system) ; follow -> follow-up prompt maker."""
        R = self.R
        for day in range(self.days):
            if R.random() < cont: continue  # inactive day
            target = max(0, int(R.gauss(per_day, per_day * 0.35) + 0.5))
            done = 0
            while done < target:
                t = local_time(R, day, prof, a["tz"])
                k = min(target - done, max(1, int(R.expovariate(1 / sess_len)) + 1))
                ctx = 0; last_comp = 0
                for i in range(k):
                    if i > 0 and follow and R.random() < 0.45:
                        p, comp, sysm = follow(), lognorm(R, 220, 0.7), None
                        ctx += last_comp + 40
                    else:
                        p, comp, sysm = make(i)
                        ctx = 0 if R.random() < 0.7 else ctx + last_comp
                    self.emit(a, t, p, comp, system=sysm, ctx=ctx)
                    last_comp = comp
                    t += int(R.lognormvariate(math.log(gap_med * S), 0.8) + comp * 25)
                done += k

    # =============================================================== BENIGN populations
    def pop_chat(self):
        R, C = self.R, self.C
        n = self.n(1700)
        households = []
        for i in range(n):
            cc = R.choice(["US"] * 6 + ["GB", "CA", "AU", "DE", "FR", "IN", "PH", "BR", "MX", "PL", "IT", "ES"])
            kind = R.random()
            if kind < 0.18:
                asn = R.choice([a for a in MOB_ALL if ASNS[a][1] == cc] or MOB_ALL); ip = None  # CGNAT: random from small pool
            elif kind < 0.24:
                asn = R.choice(VPN_ALL); ip = ip_for(R, asn)
            else:
                asn = R.choice(RES_BY_CC.get(cc) or RES_ALL); ip = ip_for(R, asn, 0.25)
            age = int(math.exp(R.uniform(math.log(1), math.log(1100))) * D)
            card = self.hid("pm_") if R.random() < 0.45 else None
            dev = [self.hid("dv_", 16)]
            if R.random() < 0.3: dev.append(self.hid("dv_", 16))
            ua = browser_ua(R) if R.random() < 0.75 else R.choice(SDKS[:6])
            # households: 6% join an existing household (share card, IP, sometimes device)
            if households and R.random() < 0.06:
                h = R.choice(households); card, asn, ip = h["cards"][0], h["asn"], h["ip"]
                if R.random() < 0.3: dev = h["devices"][:1]
            a = self.account("chat_casual", "benign", created_ms=START_MS - age, cards=[card], devices=dev, ua=ua, asn=asn, ip=ip,
                             tz=R.choice(TZ_BY_CC[cc]), ipv6=0.2)
            if a["ip"] and ASNS[asn][0] == "res": households.append(a)
            if asn in MOB_ALL: a["ip"] = None; a["cgnat"] = True
            vol = R.choice([0.5, 1, 2, 3, 4, 6, 9, 14])
            self.human_sessions(a, vol, R.choice(["human", "human", "night_owl", "work"]),
                                lambda i: (C.chat(), lognorm(R, 380, 0.75, 5, 4000), None),
                                follow=lambda: fill(R, R.choice(B.FOLLOWUP_EN), B.FILL), cont=R.choice([0, 0.3, 0.5]))
        # benign new signups right after release (curious users)
        for i in range(self.n(140)):
            cc = R.choice(["US", "US", "GB", "IN", "DE", "BR", "JP", "KR"])
            created = RELEASE_MS + int(R.expovariate(1 / (5 * H)))
            asn = R.choice(RES_BY_CC.get(cc) or RES_ALL)
            a = self.account("chat_new_signup", "benign", created_ms=created, cards=[self.hid("pm_") if R.random() < 0.3 else None],
                             devices=[self.hid("dv_", 16)], ua=browser_ua(R), asn=asn, ip=ip_for(R, asn, 0.2), tz=R.choice(TZ_BY_CC[cc]),
                             model_pref={"atlas-2": 0.2, "atlas-2-mini": 0.8})
            t = created + R.randrange(2 * M, 40 * M)
            for j in range(R.randint(2, 25)):
                p = C.chat() if R.random() < 0.7 else (C.homework_q() + (" explain step by step" if R.random() < 0.4 else ""))
                self.emit(a, t, p, lognorm(R, 450, 0.8), adopt=0.9)
                t += int(R.lognormvariate(math.log(70 * S), 1.0))
                if R.random() < 0.08: t += R.randrange(2 * H, 14 * H)

    def pop_nonenglish(self):
        R, C = self.R, self.C
        langs = ["zh"] * 5 + ["es"] * 4 + ["ja"] * 3 + ["pt"] * 3 + ["de"] * 2 + ["fr"] * 2 + ["ru"] * 2 + ["ko"] * 2 + ["vi", "id", "tr", "ar"]
        for i in range(self.n(420)):
            lang = R.choice(langs); cc = LANG_CC[lang]
            if lang == "es" and R.random() < 0.5: cc = "MX"
            asn = R.choice((RES_BY_CC.get(cc) or RES_ALL) + [a for a in MOB_ALL if ASNS[a][1] == cc])
            a = self.account("chat_non_english", "benign", created_ms=START_MS - int(math.exp(R.uniform(0, 6.9)) * D),
                             cards=[self.hid("pm_") if R.random() < 0.35 else None], devices=[self.hid("dv_", 16)],
                             ua=browser_ua(R) if R.random() < 0.8 else R.choice(SDKS), asn=asn,
                             ip=None if asn in MOB_ALL else ip_for(R, asn, 0.2), tz=R.choice(TZ_BY_CC[cc]), lang=lang)
            def mk(i, lang=lang):
                x = R.random()
                if x < 0.6: p = C.nonen(lang)
                elif x < 0.8: p = wrap(R.choice(B.NONEN_WRAP[lang]), R.choice([C.chat(), C.homework_q(), C.nq()]))
                else: p = C.chat()
                return p, lognorm(R, 420, 0.7), None
            self.human_sessions(a, R.choice([1, 2, 3, 5, 8, 12]), "human", mk, follow=lambda lang=lang: C.nonen(lang), cont=0.3)

    def pop_power(self):
        R, C = self.R, self.C
        for i in range(self.n(120)):
            cc = R.choice(["US", "US", "US", "GB", "DE", "CA", "IN", "AU", "JP"])
            asn = R.choice(RES_BY_CC.get(cc) or RES_ALL)
            sysm = R.choice(B.POWER_SYS) if R.random() < 0.35 else None
            a = self.account("power_user", "benign", created_ms=START_MS - R.randint(60, 1000) * D, cards=[self.hid("pm_")],
                             devices=[self.hid("dv_", 16) for _ in range(R.randint(1, 3))], ua=R.choice([browser_ua(R), R.choice(SDKS)]),
                             asn=asn, ip=ip_for(R, asn, 0.3), tz=R.choice(TZ_BY_CC[cc]), model_pref={"atlas-2": 0.9, "atlas-2-mini": 0.1})
            def mk(i, sysm=sysm):
                x = R.random()
                if x < 0.55: p = C.chat(0.2)
                elif x < 0.75: p = wrap(R.choice(B.DEV_WRAP), C.code_q())
                elif x < 0.85: p = C.homework_q() + R.choice(["", "", " think carefully", " step by step please"])
                else: p = C.get("benign_arena_hard_prompts")
                return p, lognorm(R, 600, 0.8, 5, 8000), sysm
            self.human_sessions(a, R.uniform(40, 150), R.choice(["human", "night_owl", "work"]), mk, sess_len=12, gap_med=60,
                                follow=lambda: fill(R, R.choice(B.FOLLOWUP_EN), B.FILL))

    def pop_dev(self):
        R, C = self.R, self.C
        for i in range(self.n(340)):
            cc = R.choice(["US"] * 4 + ["IN", "IN", "DE", "GB", "PL", "BR", "CN", "VN", "CA", "FR", "KR", "JP"])
            home = R.random() < 0.6
            asn = R.choice(RES_BY_CC.get(cc) or RES_ALL) if home else R.choice(DC_ALL + [3356, 6461])
            uses_agent = R.random() < 0.3
            a = self.account("developer", "benign", created_ms=START_MS - R.randint(5, 900) * D, org=self.hid("org_") if R.random() < 0.25 else None,
                             cards=[self.hid("pm_")], devices=[self.hid("dv_", 16) for _ in range(R.randint(1, 2))],
                             ua=R.choice(SDKS[:9]) if R.random() < 0.7 else browser_ua(R), asn=asn, ip=ip_for(R, asn, 0.25),
                             tz=R.choice(TZ_BY_CC[cc]), nkeys=R.randint(1, 4), endpoint=R.choice(["/v1/messages", "/v1/chat/completions"]),
                             model_pref={"atlas-2": 0.6, "atlas-2-mini": 0.4})
            def mk(i):
                x = R.random()
                if x < 0.45: p = fill(R, R.choice(B.DEV_OWN), B.DEV_FILL)
                elif x < 0.75: p = wrap(R.choice(B.DEV_WRAP), C.code_q())
                elif x < 0.9: p = C.get("benign_arena_hard_prompts")
                else: p = C.chat()
                return p, lognorm(R, 520, 0.8), None
            self.human_sessions(a, R.choice([5, 10, 20, 35, 60]), "work", mk, sess_len=5, gap_med=120,
                                follow=lambda: R.choice(["that didn't work, same error", "can you add error handling", "now make it async",
                                                         "what about python 3.8", "thanks", "explain line 3"]), cont=0.15)
            if uses_agent:  # coding-agent loops with a shared popular tool system prompt
                for day in range(self.days):
                    for s in range(R.randint(0, 4)):
                        t = local_time(R, day, "work", a["tz"]); ctx = R.randint(1500, 4000)
                        for step in range(R.randint(3, 18)):
                            p = fill(R, B.AGENT_TOOL_TURNS[0] if step == 0 else R.choice(B.AGENT_TOOL_TURNS[1:]), dict(B.DEV_FILL, ask=B.AGENT_ASKS))
                            comp = lognorm(R, 300, 0.7)
                            self.emit(a, t, p, comp, system=B.AGENT_TOOL_SYS, ctx=ctx, ua="tern-cli/0.14.2", endpoint="/v1/messages")
                            ctx += comp + R.randint(50, 1500); t += R.randint(2, 25) * S + comp * 20

    def pop_students(self):
        R, C = self.R, self.C
        for i in range(self.n(430)):
            cc = R.choice(["US"] * 4 + ["IN", "IN", "GB", "PH", "CA", "AU", "BR", "ID", "EG", "VN"])
            asn = R.choice((RES_BY_CC.get(cc) or RES_ALL) + [a for a in MOB_ALL if ASNS[a][1] == cc])
            a = self.account("student_math", "benign", created_ms=START_MS - int(R.triangular(3, 400, 60)) * D,
                             cards=[self.hid("pm_") if R.random() < 0.2 else None], devices=[self.hid("dv_", 16)],
                             ua=browser_ua(R), asn=asn, ip=None if asn in MOB_ALL else ip_for(R, asn, 0.2), tz=R.choice(TZ_BY_CC[cc]),
                             model_pref={"atlas-2-mini": 0.6, "atlas-2": 0.4})
            def mk(i):
                if R.random() < 0.8:
                    p = fill(R, wrap(R.choice(B.STUDENT_WRAP), C.homework_q()), {})
                    if R.random() < 0.15: p = p.lower()
                    return p, lognorm(R, 520, 0.6), None
                return C.chat(), lognorm(R, 350, 0.7), None
            self.human_sessions(a, R.choice([2, 4, 6, 10, 15, 25, 40]), "student", mk, sess_len=6, gap_med=150,
                                follow=lambda: fill(R, R.choice(B.STUDENT_FOLLOW), {}), cont=0.25)

    def pop_class_nat(self):
        """University classes behind one NAT; lab sessions; same assignment for everyone; lab PCs shared."""
        R, C = self.R, self.C
        for cname, size, src, asn, tz, teacher_tpl in [("calc", 70, "task_math", 2152, -5, "Explain step by step, then give the final answer: <Q>"),
                                                       ("prog", 48, "task_mbpp", 786, 0, "Solve this exercise in Python and explain your reasoning: <Q>")]:
            nat_ips = [ip_for(R, asn) for _ in range(2)]
            lab_devs = [self.hid("dv_", 16) for _ in range(30)]
            org = self.hid("org_")
            enrol = START_MS - R.randint(45, 70) * D
            assignment = R.sample(self.C.d[src], 14)
            ua = browser_ua(R)
            for s in range(self.n(size)):
                a = self.account("class_nat", "benign", created_ms=enrol + R.randrange(0, 2 * D), org=org, devices=lab_devs,
                                 ua=ua if R.random() < 0.8 else browser_ua(R), asn=asn, ip=None, tz=tz)
                home_asn = R.choice(RES_BY_CC.get(ASNS[asn][1]) or RES_ALL); home_ip = ip_for(R, home_asn); home_dev = self.hid("dv_", 16)
                for day in range(self.days):
                    # lab session at 10:00 local (both days for calc; day 1 for prog)
                    if cname == "calc" or day == 1:
                        t = START_MS + day * D + ((10 - tz) % 24) * H + R.randrange(0, 25 * M)
                        for q in R.sample(assignment, R.randint(3, 9)):
                            p = wrap(teacher_tpl, q) if R.random() < 0.55 else fill(R, wrap(R.choice(B.STUDENT_WRAP), q), {})
                            self.emit(a, t, p, lognorm(R, 600, 0.5), ip=R.choice(nat_ips), device=R.choice(lab_devs))
                            t += R.randint(60, 600) * S
                    # evening homework from home
                    if R.random() < 0.5:
                        t = local_time(R, day, "student", tz)
                        for q in R.sample(assignment, R.randint(1, 5)):
                            self.emit(a, t, fill(R, wrap(R.choice(B.STUDENT_WRAP), q), {}), lognorm(R, 550, 0.6), ip=home_ip, asn=home_asn, device=home_dev)
                            t += R.randint(60, 900) * S

    def pop_company(self):
        R, C = self.R, self.C
        for cname, size, cc, asn in [("acme", 95, "US", 3356), ("nordwerk", 35, "DE", 3320)]:
            org = self.hid("org_"); card = self.hid("pm_"); tz = TZ_BY_CC[cc][0]
            office = [ip_for(R, asn) for _ in range(3)]
            onboard = START_MS - R.randint(200, 500) * D
            for e in range(self.n(size)):
                created = onboard + R.randrange(0, 3 * D) if R.random() < 0.7 else START_MS - R.randint(1, 180) * D
                a = self.account("company_shared_card", "benign", created_ms=created, org=org, cards=[card], devices=[self.hid("dv_", 16)],
                                 ua=browser_ua(R) if R.random() < 0.7 else "atlas-python/1.41.3", asn=asn, ip=R.choice(office), tz=tz,
                                 model_pref={"atlas-2": 0.8, "atlas-2-mini": 0.2})
                def mk(i):
                    x = R.random()
                    if x < 0.4: p = C.chat(0.25)
                    elif x < 0.6: p = fill(R, R.choice(B.CASUAL_EN[1:3] + B.CASUAL_EN[6:7] + B.CASUAL_EN[20:23]), B.FILL)
                    elif x < 0.8: p = C.get("benign_self_instruct_user_oriented")
                    else: p = wrap(R.choice(B.DEV_WRAP), C.code_q())
                    return p, lognorm(R, 450, 0.7), None
                self.human_sessions(a, R.choice([3, 6, 10, 20, 30]), "work", mk, follow=lambda: fill(R, R.choice(B.FOLLOWUP_EN), B.FILL), cont=0.1)

    def pop_eval(self):
        """eval teams: few accounts, org card, cloud IPs, batch jobs of full benchmark suites with fixed templates."""
        R, C = self.R, self.C
        for team in range(max(1, self.n(3))):
            org = self.hid("org_"); card = self.hid("pm_"); asn = R.choice([16509, 15169, 8075])
            ips = [ip_for(R, asn) for _ in range(R.randint(2, 6))]
            accts = [self.account("eval_team_batch", "benign", created_ms=START_MS - R.randint(150, 900) * D, org=org, cards=[card],
                                  devices=[self.hid("dv_", 16)], ua=R.choice(["atlas-python/1.42.0", "aiohttp/3.10.5", "python-httpx/0.27.2"]),
                                  asn=asn, ip=None, tz=R.choice([-8, -5, 0, 1]), endpoint=R.choice(["/v1/messages", "/v1/completions"]), nkeys=2)
                     for _ in range(R.randint(2, 5))]
            for day in range(self.days):
                jobs = R.randint(1, 4)
                # after release, eval teams immediately benchmark the new model (benign release burst)
                if RELEASE_MS >= START_MS + day * D and RELEASE_MS < START_MS + (day + 1) * D: jobs += 2
                for j in range(jobs):
                    a = R.choice(accts)
                    tname = R.choice(list(B.EVAL_TEMPLATES)); tpl, src, (clo, chi) = B.EVAL_TEMPLATES[tname]
                    fewshot = B.FEWSHOT if tname == "gsm8k_cot" and R.random() < 0.5 else ""
                    start = local_time(R, day, "work", a["tz"])
                    model = R.choice(["atlas-2", "atlas-2-mini"])
                    if start >= RELEASE_MS and R.random() < 0.7: model = "atlas-3"
                    items = C.d[src][: R.choice([164, 300, 500, 1000])]
                    conc = R.choice([4, 8, 16, 32]); lanes = [start + R.randrange(2000) for _ in range(conc)]
                    ip = R.choice(ips)
                    for q in items:
                        li = min(range(conc), key=lambda k: lanes[k]); t = lanes[li]
                        comp = R.randint(clo, chi) if R.random() < 0.9 else lognorm(R, chi, 0.5)
                        st = 429 if R.random() < 0.02 else None
                        self.emit(a, t, fewshot + wrap(tpl, q), comp, model=model, ip=ip, status=st)
                        lanes[li] = t + 400 + comp * R.randint(12, 30) + (R.randint(2000, 8000) if st else 0)

    def pop_apps(self):
        R, C = self.R, self.C
        for name, sysm, kind, daily in B.APPS:
            org = self.hid("org_"); card = self.hid("pm_"); asn = R.choice(DC_ALL[:6])
            ips = [ip_for(R, asn) for _ in range(R.randint(2, 8))]
            accts = [self.account("app_backend", "benign", created_ms=START_MS - R.randint(90, 700) * D, org=org, cards=[card],
                                  devices=[self.hid("dv_", 16)], ua=R.choice(["atlas-node/4.12.1", "atlas-python/1.42.0", "okhttp/4.12.0", "Go-http-client/2.0"]),
                                  asn=asn, ip=None, tz=0, nkeys=R.randint(1, 3)) for _ in range(R.randint(1, 3))]
            user_tz = {"ja_chat": 9, "translate": 1}.get(kind, -5)
            for day in range(self.days):
                for k in range(int(daily * self.scale * R.uniform(0.8, 1.2))):
                    a = accts[0] if R.random() < 0.85 else R.choice(accts)
                    t = local_time(R, day, "human" if kind != "math" else "student", user_tz)
                    if kind == "support":
                        p = fill(R, R.choice(B.SUPPORT_MSGS), B.SUPPORT_FILL); p = "<order id=\"%d\" status=\"%s\"/>\n%s" % (R.randint(10**6, 10**7), R.choice(["shipped", "processing", "delivered"]), p); comp = lognorm(R, 90, 0.4)
                    elif kind == "math":
                        p = fill(R, wrap(R.choice(B.STUDENT_WRAP), C.homework_q()), {}); comp = lognorm(R, 550, 0.5)
                    elif kind == "write":
                        p = "Improve this:\n\n" + C.chat(); comp = lognorm(R, 300, 0.6)
                    elif kind == "code":
                        p = wrap(R.choice(B.DEV_WRAP), C.code_q()) if R.random() < 0.5 else fill(R, R.choice(B.DEV_OWN), B.DEV_FILL); comp = lognorm(R, 350, 0.6)
                    elif kind == "translate":
                        lang = R.choice(list(B.NONEN)); p = "Translate to %s:\n%s" % (R.choice(["English", "Spanish", "German", "Japanese"]), C.nonen(lang) if R.random() < 0.6 else C.chat()); comp = lognorm(R, 120, 0.6)
                    else:
                        p = C.nonen("ja"); comp = lognorm(R, 380, 0.6)
                    self.emit(a, t, p, comp, system=sysm, ip=R.choice(ips), ctx=R.choice([0, 0, 0, R.randint(100, 2500)]), adopt=0.1)

    def pop_framework(self):
        R, C = self.R, self.C
        for i in range(self.n(150)):
            cc = R.choice(["US", "US", "IN", "DE", "GB", "BR", "CN", "FR"])
            asn = R.choice(RES_BY_CC.get(cc) or RES_ALL) if R.random() < 0.5 else R.choice(DC_ALL)
            sysm = R.choice(B.FRAMEWORK_SYS)
            a = self.account("framework_default_sys", "benign", created_ms=START_MS - R.randint(2, 600) * D, cards=[self.hid("pm_")],
                             devices=[self.hid("dv_", 16)], ua=R.choice(["QuillKit/0.9.4 (python)", "QuillKit/0.9.1 (python)", "atlas-python/1.42.0"]),
                             asn=asn, ip=ip_for(R, asn), tz=R.choice(TZ_BY_CC[cc]), model_pref={"atlas-2-mini": 0.7, "atlas-2": 0.3})
            def mk(i, sysm=sysm):
                p = C.chat(0.15)
                if "context" in sysm: p = "Context:\n" + C.get("benign_self_instruct_seed_tasks") + "\n\nQuestion: " + C.nq()
                return p, lognorm(R, 250, 0.7), sysm
            self.human_sessions(a, R.choice([3, 8, 15, 30, 80]), R.choice(["work", "flat", "human"]), mk, sess_len=8, gap_med=20, cont=0.3)

    # =============================================================== ATTACK populations
    def cot_task(self, cur):
        src, q = cur.next()
        return src, q

    def comp_cot(self, src):
        med = {"task_math": 1300, "task_gsm8k": 700, "task_svamp": 450, "task_humaneval": 1100, "task_mbpp": 900}.get(src, 900)
        return lognorm(self.R, med, 0.45, 50, 8000)

    def camp_crimson(self):
        """hydra on residential proxies; cards shared ~20 accts; device pool; accounts made in batches; EN+ZH maths CoT; samples each item 1-3x."""
        R, C = self.R, self.C
        n = self.n(450)
        cards = [self.hid("pm_") for _ in range(max(1, n // 20))]
        devs = [self.hid("dv_", 16) for _ in range(max(2, n // 12))]
        uas = [browser_ua(R) for _ in range(4)]
        batches = [START_MS - R.randint(2, 26) * D + R.randrange(D) for _ in range(max(1, n // 35))]
        accts = []
        for i in range(n):
            b = R.choice(batches)
            accts.append(self.account("hydra_resi_sharedinfra", "attack", "crimson", created_ms=b + R.randrange(0, 50 * M),
                                      cards=[R.choice(cards)], devices=R.sample(devs, 2), ua=R.choice(uas), asn=None, ip=None,
                                      tz=8, model_pref={"atlas-2": 0.95, "atlas-2-mini": 0.05}))
        cur = Cursor(R, C, ["task_math", "task_gsm8k", "task_math", "task_svamp"])
        # campaign scheduler: a global item stream spread over 24h (slight China-evening bias), boosted 2.5x after release
        for day in range(self.days):
            base = int(n * R.uniform(12, 17))
            for k in range(base):
                t = local_time(R, day, R.choice(["flat", "flat", "human"]), 8)
                if t >= RELEASE_MS and t < RELEASE_MS + 30 * H and R.random() < 0.6:  # release rush: redirect + extra
                    for _ in range(2):
                        self._crimson_one(accts, cur, RELEASE_MS + int(R.expovariate(1 / (7 * H))), C)
                self._crimson_one(accts, cur, t, C)

    def _crimson_one(self, accts, cur, t, C):
        R = self.R
        src, q = cur.next()
        for rep in range(R.choice([1, 1, 2, 3])):
            a = R.choice(accts)
            if R.random() < 0.05:
                self.emit(a, t, C.chat(), lognorm(R, 350, 0.7), asn=(asn := R.choice(RES_ALL)), ip=ip_for(R, asn, 0.15)); continue
            p = fill(R, expand(R, R.choice(B.C1_WRAPS)), {})
            asn = R.choice(RES_BY_CC["CN"] + RES_BY_CC["US"] + RES_ALL) if R.random() < 0.9 else R.choice(MOB_ALL)
            self.emit(a, t + rep * R.randint(1, 90) * S, p.replace("<Q>", q) if "<Q>" in p else wrap(p, q), self.comp_cot(src),
                      asn=asn, ip=ip_for(R, asn, 0.15), adopt=0.9)

    def camp_slate(self):
        """bought aged accounts, each own card/device, rotating datacenter proxy pool; mimics a human day; 30-55% ordinary chat mixed in."""
        R, C = self.R, self.C
        n = self.n(350)
        pool = [(asn, ip_for(R, asn)) for asn in R.sample(DC_ALL, 5) for _ in range(80)] + [(a, ip_for(R, a)) for a in VPN_ALL for _ in range(20)]
        cur = Cursor(R, C, ["task_math", "task_gsm8k", "task_mbpp", "task_humaneval", "benign_arena_hard_prompts"])
        ua = "atlas-python/1.41.3"
        for i in range(n):
            cc = R.choice(["US", "GB", "DE", "BR", "IN", "RU", "ES", "MX"])
            a = self.account("hydra_aged_dcproxy_mixed", "attack", "slate", created_ms=START_MS - R.randint(200, 1500) * D,
                             cards=[self.hid("pm_")], devices=[self.hid("dv_", 16)], ua=ua if R.random() < 0.8 else R.choice(SDKS[:3]),
                             asn=None, ip=None, tz=R.choice(TZ_BY_CC[cc]), nkeys=R.randint(1, 2), model_pref={"atlas-2": 0.85, "atlas-2-mini": 0.15})
            mix = R.uniform(0.3, 0.55)
            lang_bias = {"RU": 2, "ES": 3, "MX": 3, "BR": 4}.get(cc)
            for day in range(self.days):
                target = int(R.uniform(14, 45) * (1.6 if day >= 1 else 1.0))
                done = 0
                while done < target:
                    t = local_time(R, day, "human", a["tz"])
                    asn, ip = R.choice(pool)  # sticky per session
                    k = min(target - done, R.randint(3, 10))
                    for j in range(k):
                        if R.random() < mix:
                            p, comp = C.chat(), lognorm(R, 380, 0.75)
                        else:
                            src, q = cur.next()
                            w = B.C2_WRAPS[lang_bias] if lang_bias and R.random() < 0.5 else R.choice(B.C2_WRAPS[:2] + B.C2_WRAPS[5:] + B.C2_WRAPS)
                            p, comp = wrap(expand(R, w), q), self.comp_cot(src)
                        self.emit(a, t, p, comp, asn=asn, ip=ip, adopt=0.8)
                        t += int(R.uniform(20, 45) * S + comp * R.uniform(8, 14))
                    done += k

    def camp_forge(self):
        """code/agentic harvest: small 'orgs' (3-6 accts) each with one virtual card; cloud workers; agent loops 24/7."""
        R, C = self.R, self.C
        n = self.n(200)
        cur = Cursor(R, C, ["task_humaneval", "task_mbpp", "task_mbpp"])
        workers = [(asn, ip_for(R, asn), self.hid("dv_", 16)) for asn in R.sample(DC_ALL, 4) for _ in range(max(2, n // 25))]
        accts = []
        while len(accts) < n:
            org = self.hid("org_"); card = self.hid("pm_"); osys = expand(R, R.choice(B.C3_SYS)); created = START_MS - R.randint(8, 60) * D
            for _ in range(R.randint(3, 6)):
                a = self.account("code_agentic_harvest", "attack", "forge", created_ms=created + R.randrange(0, 2 * D), org=org, cards=[card],
                                 ua=R.choice(["atlas-python/1.42.0", "atlas-python/1.40.1", "python-httpx/0.27.2"]),
                                 endpoint=R.choice(["/v1/messages", "/v1/responses"]), nkeys=R.randint(1, 3),
                                 model_pref={"atlas-2": 1.0})
                a["sys"] = osys; accts.append(a)
        for a in accts:
            w = R.choice(workers)
            for day in range(self.days):
                tasks = int(R.uniform(8, 20) * (1.5 if day >= 1 else 1))
                for k in range(tasks):
                    t = START_MS + day * D + R.randrange(D)
                    if R.random() < 0.5:
                        src, q = cur.next(); u = wrap(expand(R, R.choice(B.C3_USER[:2])), q)
                    else:
                        src = "task_humaneval"; u = fill(R, expand(R, B.C3_USER[2]), dict(B.C3_FILL, agent_task=B.C3_AGENT_TASKS))
                        u = fill(R, u, B.C3_FILL)
                    ctx = 0
                    for step in range(R.randint(1, 7)):
                        comp = self.comp_cot(src)
                        self.emit(a, t, u, comp, system=a["sys"], ctx=ctx, asn=w[0], ip=w[1], device=w[2], adopt=0.85)
                        ctx += comp + tok_est(u)
                        u = fill(R, expand(R, R.choice(B.C3_TOOLRES)), {"err": B.DEV_FILL["err"]})
                        t += R.randint(3, 20) * S + comp * 15

    def camp_tide(self):
        """low-and-slow multilingual; free tier; emulator device farm; mobile CGNAT; synchronized waves every ~20 min."""
        R, C = self.R, self.C
        n = self.n(250)
        devs = [self.hid("dv_", 16) for _ in range(30)]
        langs = list(B.C4_WRAPS)
        accts = []
        for i in range(n):
            lang = R.choice(langs)
            a = self.account("lowslow_multilingual_waves", "attack", "tide", created_ms=START_MS - R.randint(5, 120) * D,
                             cards=[None], devices=[R.choice(devs)], ua=R.choice(BROWSERS[5:6]).replace("{v}", "130"), asn=None, ip=None,
                             tz=R.choice(TZ_BY_CC[LANG_CC[lang]]), lang=lang, model_pref={"atlas-2-mini": 0.5, "atlas-2": 0.5})
            accts.append(a)
        cur = Cursor(R, C, ["task_gsm8k", "task_svamp", "task_math"])
        t = START_MS + R.randrange(20 * M)
        while t < self.end_ms:
            wave = R.sample(accts, min(len(accts), R.randint(6, 14)))
            for a in wave:
                src, q = cur.next()
                asn = R.choice([x for x in MOB_ALL + RES_ALL if ASNS[x][1] == LANG_CC[a["lang"]]] or MOB_ALL)
                self.emit(a, t + R.randrange(0, 40 * S), wrap(expand(R, B.C4_WRAPS[a["lang"]]), q), self.comp_cot(src),
                          asn=asn, ip=ip_for(R, asn, 0.1), adopt=0.6)
            t += R.randint(6, 10) * M

    def camp_surge(self):
        """fresh accounts created within hours of the release; prepaid cards 1 per ~5; residential proxies; heavy then throttled."""
        R, C = self.R, self.C
        n = self.n(150)
        cards = [self.hid("pm_") for _ in range(max(1, n // 5))]
        ua = "atlas-node/4.9.0"
        cur = Cursor(R, C, ["task_gsm8k", "task_math", "task_mbpp", "benign_arena_hard_prompts", "task_humaneval"])
        for i in range(n):
            created = RELEASE_MS + int(R.uniform(0.3, 5) * H)
            a = self.account("release_rush_fresh", "attack", "surge", created_ms=created, cards=[R.choice(cards)], devices=[self.hid("dv_", 16)],
                             ua=ua, asn=None, ip=None, tz=0, endpoint="/v1/chat/completions")
            t = created + R.randint(1, 20) * M
            budget = R.randint(60, 160)
            asn = R.choice(RES_BY_CC["US"] + RES_BY_CC["GB"] + RES_BY_CC["CA"])
            for j in range(budget):
                src, q = cur.next()
                st = 429 if j > 80 and R.random() < 0.3 else None
                self.emit(a, t, wrap(expand(R, R.choice(B.C5_WRAPS)), q), self.comp_cot(src), model="atlas-3", asn=asn, ip=ip_for(R, asn), status=st)
                t += int(R.uniform(25, 200) * S) + (R.randint(5, 20) * M if st else 0)

    def camp_solo(self):
        """stealth single harvesters: own wrapper, own card/device/home IP, tens/day, human-ish timing with late nights."""
        R, C = self.R, self.C
        for h in range(max(2, self.n(30))):
            camp = "solo-%02d" % (h + 1)
            wr = (R.choice(B.SOLO_OPEN) + " " + R.choice(B.SOLO_ASK) + R.choice([":\n\n<Q>", ".\n\n<Q>", ":\n<Q>\n"]) + " " + R.choice(B.SOLO_CLOSE)).strip()
            if R.random() < 0.4: wr = "<Q>\n\n" + R.choice(B.SOLO_ASK) + ". " + R.choice(B.SOLO_CLOSE)
            focus = R.choice([["task_math"], ["task_gsm8k", "task_svamp"], ["task_mbpp", "task_humaneval"], ["task_math", "task_gsm8k"], ["benign_arena_hard_prompts"]])
            cur = Cursor(R, C, focus)
            cc = R.choice(["US", "CN", "IN", "DE", "KR", "RU", "BR", "VN", "GB"])
            asn = R.choice(RES_BY_CC.get(cc) or RES_ALL); home = ip_for(R, asn, 0.3)
            mix = R.choice([0, 0, 0.1, 0.25])
            for k in range(R.choice([1, 1, 1, 2])):
                a = self.account("stealth_solo", "attack", camp, created_ms=START_MS - R.randint(20, 900) * D, cards=[self.hid("pm_")],
                                 devices=[self.hid("dv_", 16)], ua=R.choice([browser_ua(R), R.choice(SDKS[:6])]), asn=asn, ip=home,
                                 tz=R.choice(TZ_BY_CC[cc]), model_pref={"atlas-2": 1.0})
                def mk(i, cur=cur, wr=wr, mix=mix):
                    if R.random() < mix: return C.chat(), lognorm(R, 350, 0.7), None
                    src, q = cur.next()
                    return wrap(wr, q), self.comp_cot(src), None
                self.human_sessions(a, R.uniform(15, 55), R.choice(["night_owl", "human", "flat"]), mk, sess_len=8, gap_med=45)

    # ---------------------------------------------------------------
    def run(self):
        for f in [self.pop_chat, self.pop_nonenglish, self.pop_power, self.pop_dev, self.pop_students, self.pop_class_nat, self.pop_company,
                  self.pop_eval, self.pop_apps, self.pop_framework, self.camp_crimson, self.camp_slate, self.camp_forge, self.camp_tide,
                  self.camp_surge, self.camp_solo]:
            f()
        self.ev.sort(key=lambda e: (e["ts"], e["account_id"]))
        active = set()
        for e in self.ev:
            e["event_id"] = self.hid("evt_", 20)
            e["ts"] = iso(e["ts"])
            active.add(e["account_id"])
        self.labels = {k: v for k, v in self.labels.items() if k in active}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1); ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True); ap.add_argument("--labels", required=True); ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args()
    t0 = time.time()
    CGNAT.clear()
    g = Gen(a.seed, a.days, a.scale); g.run()
    op = gzip.open(a.out, "wb", compresslevel=3) if a.out.endswith(".gz") else open(a.out, "wb")
    with op as f:
        for e in g.ev:
            f.write(dumps(e)); f.write(b"\n")
    with open(a.labels, "w") as f:
        json.dump(g.labels, f, indent=0, sort_keys=True)
    print("events=%d accounts=%d secs=%.1f" % (len(g.ev), len(g.labels), time.time() - t0), file=sys.stderr)

if __name__ == "__main__":
    main()
