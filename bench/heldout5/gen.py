#!/usr/bin/env python3
"""heldout5: an independent traffic generator for LLM-API distillation detection.

Standard library only. Deterministic per --seed: every random draw comes from
random.Random instances seeded with integers derived from the seed; no hash()
of strings, no wall clock; gzip mtime is 0.

World: a model vendor ("Atlas") with a public API. The trace starts on a
Saturday (2026-11-07 00:00 UTC). A flagship model `atlas-2` is released at
+17 h (Sat 17:00 UTC) and a smaller `atlas-2-mini` at +40 h (Sun 16:00 UTC).
See README.md for field semantics and populations.
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import random
import sys
import time as _time  # only for reporting runtime on stderr, never in data

HERE = os.path.dirname(os.path.abspath(__file__))
PROMPT_DIR = os.environ.get("HELDOUT5_PROMPTS", "/work/shared/data/prompts")

T0 = 1794009600000  # 2026-11-07T00:00:00Z, a Saturday
H = 3_600_000
DAY = 24 * H
MIN = 60_000
REL1 = T0 + 17 * H  # atlas-2
REL2 = T0 + 40 * H  # atlas-2-mini

# --------------------------------------------------------------------------- corpora


def load_corpora():
    c = {}
    for name in ("benign_arena_hard_prompts", "benign_awesome_chatgpt_prompts", "benign_nq_open_questions",
                 "benign_self_instruct_seed_tasks", "benign_self_instruct_user_oriented", "task_gsm8k",
                 "task_humaneval", "task_math", "task_mbpp", "task_svamp"):
        path = os.path.join(PROMPT_DIR, name + ".jsonl")
        with open(path, encoding="utf-8") as f:
            c[name.split("_", 1)[1]] = [json.loads(line)["text"] for line in f if line.strip()]
    c["self_instruct"] = c.pop("self_instruct_seed_tasks") + c.pop("self_instruct_user_oriented")
    c["awesome"] = [t for t in c.pop("awesome_chatgpt_prompts") if len(t) < 6000]
    c["arena"] = c.pop("arena_hard_prompts")
    c["nq"] = c.pop("nq_open_questions")
    coding_kw = ("code", "function", "python", "c++", "java", "sql", "script", "program", "implement", "bug", "regex")
    c["arena_code"] = [t for t in c["arena"] if any(k in t.lower() for k in coding_kw)]
    return c


# Non-English prompts written for this generator (everyday questions).
NON_EN = [
    "¿Cuál es la diferencia entre un préstamo personal y una línea de crédito?",
    "Escríbeme un correo formal para pedir un aumento de sueldo.",
    "¿Me puedes recomendar un itinerario de 3 días en Lisboa?",
    "Resume en cinco puntos la historia de la Revolución Mexicana.",
    "Como faço para calcular juros compostos numa planilha?",
    "Escreva uma legenda divertida para uma foto de praia com amigos.",
    "Qual a melhor forma de estudar para o ENEM em dois meses?",
    "Erkläre mir bitte den Unterschied zwischen Miete und Pacht.",
    "Schreib eine kurze Geburtstagsnachricht für meine Kollegin.",
    "Wie kann ich meine Heizkosten im Winter senken?",
    "Peux-tu corriger les fautes dans ce paragraphe : « Je suis allé au marché hier et j'ai acheter des pommes. »",
    "Quelles sont les étapes pour créer une micro-entreprise en France ?",
    "请帮我写一段产品介绍，产品是一款便携式咖啡机。",
    "如何向五岁的孩子解释为什么天空是蓝色的？",
    "帮我把这句话翻译成英文：我们下周一开会讨论预算。",
    "推荐几本适合初学者的中国历史书。",
    "東京から京都まで一番安く行く方法を教えてください。",
    "丁寧なお断りのメールを書いてください。",
    "今晩の夕食に簡単なレシピを三つ提案してください。",
    "Как правильно составить резюме для первой работы?",
    "Объясни простыми словами, что такое инфляция.",
    "Напиши короткое поздравление с новосельем.",
    "मुझे एक छोटा सा भाषण लिखकर दो जो स्कूल के वार्षिक समारोह के लिए हो।",
    "घर पर योग शुरू करने के लिए कुछ आसान आसन बताइए।",
    "اكتب لي رسالة شكر لمعلمي بمناسبة نهاية العام الدراسي.",
    "ما هي أفضل طريقة لتعلم البرمجة من الصفر؟",
    "Türkiye'de yaz tatili için en güzel sahil kasabaları hangileri?",
    "Bana haftalık bir spor programı hazırlar mısın?",
    "Bagaimana cara membuat nasi goreng yang enak?",
    "Tolong buatkan caption Instagram untuk toko kue saya.",
    "한국어로 자기소개서 첫 문단을 써 주세요.",
    "서울에서 가볼 만한 조용한 카페를 추천해 줘.",
    "Hoe schrijf ik een goede sollicitatiebrief?",
    "Napisz krótki wiersz o jesieni.",
    "Come posso migliorare la mia pronuncia inglese?",
    "Viết giúp tôi một đoạn giới thiệu ngắn về bản thân.",
]

VIRAL = [
    "How many r's are in the word strawberry?",
    "Which is bigger, 9.11 or 9.9?",
    "A man and a goat are on one side of a river with a boat. How do they get across?",
    "What is the last digit of 7^2026?",
    "Write a poem about the new model release in the style of Shakespeare.",
    "Tell me something you can do now that the previous version couldn't.",
    "Solve: if it takes 5 machines 5 minutes to make 5 widgets, how long would 100 machines take to make 100 widgets?",
    "What's your knowledge cutoff?",
    "Draw an ASCII unicorn.",
    "Sally has 3 brothers. Each brother has 2 sisters. How many sisters does Sally have?",
    "Write a Python snake game in one file.",
    "Explain quantum computing like I'm five, then like I'm a PhD.",
    "Count the number of words in your answer to this question.",
    "Prove that there are infinitely many primes.",
    "Give me a riddle that you think most AIs get wrong, then answer it.",
    "Create an SVG of a pelican riding a bicycle.",
    "What day of the week was 1 January 1900?",
    "Are you smarter than the old model? Prove it.",
    "I have 3 apples, I ate 2 bananas yesterday. How many apples do I have?",
    "Think step by step: how many times does the letter e appear in 'nevertheless'?",
]

# --------------------------------------------------------------------------- infrastructure
# ASN -> list of /16 prefixes (fixed, not seeded). Invented but plausible-looking.
ASN_PREFIX = {
    # clouds
    16509: ["3.84", "18.204", "52.14", "54.160", "44.201"], 14618: ["34.224", "52.70"],
    396982: ["34.118", "35.188"], 15169: ["35.203"], 8075: ["20.81", "40.76", "52.168"],
    14061: ["159.203", "167.99"], 24940: ["65.108", "88.198", "95.217"], 16276: ["51.68", "146.59"],
    45102: ["47.88", "47.251"], 132203: ["43.135", "43.153"], 31898: ["129.146", "150.136"],
    # commercial VPN exits
    9009: ["89.187", "193.27"], 212238: ["156.146", "212.102"], 60781: ["5.79", "37.48"], 20473: ["45.76", "149.28"],
    # residential ISPs
    7922: ["73.15", "98.204", "24.6"], 20115: ["71.84", "97.93"], 7018: ["99.120", "108.214"], 701: ["108.28", "71.178"],
    2856: ["86.162", "81.156"], 3320: ["79.214", "91.58"], 3215: ["90.39", "86.246"], 3352: ["88.26", "83.39"],
    4134: ["113.90", "180.160"], 4766: ["121.134", "211.234"], 4713: ["153.211", "126.67"], 18881: ["177.33", "187.10"],
    12389: ["95.24", "178.66"], 6830: ["84.114", "212.186"], 812: ["99.224", "174.115"], 5089: ["82.41", "86.10"],
    # mobile carriers (IPv4 CGNAT + IPv6)
    21928: ["172.56", "172.58"], 6167: ["174.204", "174.229"], 3209: ["109.40", "176.0"], 55836: ["49.36", "157.48"],
    23693: ["114.125", "182.0"], 26615: ["177.76"], 45609: ["106.193"], 9299: ["112.204"],
    # universities
    32: ["171.64"], 3: ["18.29"], 25: ["128.32"], 239: ["128.100"], 559: ["129.132"], 4538: ["166.111"],
    # corporate egress (security proxy shared by many companies)
    53813: ["165.225", "136.226"],
}
IPV6_PREFIX = {21928: "2607:fb90", 55836: "2409:4040", 6167: "2600:1010", 9299: "2001:4454"}
CLOUD = [16509, 14618, 396982, 8075, 14061, 24940, 16276, 45102, 132203, 31898]
CLOUD_W = [10, 3, 6, 5, 3, 3, 2, 2, 1, 2]
VPN = [9009, 212238, 60781, 20473]
RESI_US = [7922, 20115, 7018, 701]
RESI = [7922, 20115, 7018, 701, 2856, 3320, 3215, 3352, 4134, 4766, 4713, 18881, 12389, 6830, 812, 5089]
RESI_W = [8, 5, 5, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1]
MOBILE = [21928, 6167, 3209, 55836, 23693, 26615, 45609, 9299]
MOBILE_W = [6, 5, 3, 6, 2, 2, 3, 2]
UNIS = [32, 3, 25, 239, 559, 4538]
# tz offset (hours) loosely associated with the ASN's country
ASN_TZ = {7922: -5, 20115: -6, 7018: -6, 701: -5, 2856: 0, 3320: 1, 3215: 1, 3352: 1, 4134: 8, 4766: 9, 4713: 9,
          18881: -3, 12389: 3, 6830: 1, 812: -5, 5089: 0, 21928: -6, 6167: -5, 3209: 1, 55836: 5, 23693: 7,
          26615: -3, 45609: 5, 9299: 8, 32: -8, 3: -5, 25: -8, 239: -5, 559: 1, 4538: 8}


def ip_in(rng, asn, v6=False):
    if v6 and asn in IPV6_PREFIX:
        return "%s:%x:%x:%x:%x:%x:%x" % (IPV6_PREFIX[asn], rng.getrandbits(16), rng.getrandbits(16),
                                         rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16),
                                         rng.getrandbits(16))
    p = rng.choice(ASN_PREFIX[asn])
    return "%s.%d.%d" % (p, rng.randrange(256), rng.randrange(1, 255))


# --------------------------------------------------------------------------- clients
SDK_PY = ["atlas-python/2.3.1 CPython/3.11.9 Linux/6.5", "atlas-python/2.3.1 CPython/3.12.4 Darwin/23.5",
          "atlas-python/2.2.0 CPython/3.10.12 Linux/5.15", "atlas-python/2.3.0 CPython/3.11.4 Windows/10"]
SDK_NODE = ["atlas-node/1.8.0 node/20.11.1 linux", "atlas-node/1.7.4 node/18.19.0 darwin", "atlas-node/1.8.0 bun/1.1.20"]
RAW = ["python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.4.0", "Go-http-client/2.0", "aiohttp/3.9.5",
       "axios/1.6.8", "okhttp/4.12.0"]
BROWSER = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
           "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"]
MOBILE_APP = ["AtlasChat-iOS/3.2.1 (iPhone; iOS 18.1) CFNetwork/1568", "AtlasChat-Android/3.2.0 (Pixel 8; Android 15) okhttp/4.12.0",
              "AtlasChat-Android/3.1.7 (SM-A546E; Android 14) okhttp/4.11.0", "AtlasChat-iOS/3.2.0 (iPhone; iOS 17.6)"]
IDE = ["AtlasCode-VSCode/1.12.3 vscode/1.95.2", "AtlasCode-VSCode/1.12.3 vscode/1.94.0", "AtlasCode-JetBrains/1.9.0 IntelliJ/2024.3"]
LANGCHAIN = ["langchain-atlas/0.2.4 atlas-python/2.3.1", "langchain-atlas/0.2.3 atlas-python/2.2.0"]
CREWAI = ["crewai/0.80.0 litellm/1.52.0 atlas-python/2.3.1"]
# Which UAs carry the per-install device cookie (official clients); raw HTTP sends none.
COOKIE_UA = set(SDK_PY + SDK_NODE + BROWSER + MOBILE_APP + IDE + LANGCHAIN + CREWAI + ["atlas-node/1.8.0 node/20.11.1 darwin"])

# --------------------------------------------------------------------------- system prompts
SYS_IDE = ("You are AtlasCode, an AI pair programmer embedded in the user's editor. You can read the open files and "
           "propose edits. Keep answers concise, prefer code over prose, and never invent APIs. When you propose an "
           "edit, show a unified diff. If the request is ambiguous, ask one clarifying question.")
SYS_LANGCHAIN = ("Answer the following questions as best you can. You have access to the following tools:\n\n"
                 "{tools}\n\nUse the following format:\n\nQuestion: the input question you must answer\nThought: you "
                 "should always think about what to do\nAction: the action to take, should be one of [{tool_names}]\n"
                 "Action Input: the input to the action\nObservation: the result of the action\n... (this Thought/"
                 "Action/Action Input/Observation can repeat N times)\nThought: I now know the final answer\nFinal "
                 "Answer: the final answer to the original input question\n\nBegin!")
SYS_CREW = ("You are {role}. {backstory}\nYour personal goal is: {goal}\nTo give my best complete final answer to the "
            "task respond using the exact following format:\n\nThought: I now can give a great answer\nFinal Answer: "
            "Your final answer must be the great and the most complete as possible, it must be outcome described.")
SYS_DEFAULT = "You are a helpful assistant."
SYS_TUTOR = ("You are Pip, a patient maths tutor for students aged 11-16 on the BrightSteps learning platform. Never just "
             "give the answer. Explain each step in simple words, check understanding with a short question, and "
             "use encouraging language. If the student is stuck, give a hint first.")
SYS_HACK = ("You are the assistant inside a hackathon starter app. Reply in JSON with keys 'answer' and 'suggestions' "
            "(a list of up to 3 follow-up ideas). Keep answers under 150 words.")
SYS_LUMEN = ("You are Lumen, a friendly writing and study assistant. Answer clearly, format with Markdown when useful, "
             "and keep a warm tone. Do not mention that you are built on another company's model.")
SUPPORT_APPS = [
    ("You are Nora, the virtual assistant for Kestrel Bank. Help customers with card, account and app questions. "
     "Never ask for full card numbers or passwords. Escalate fraud reports to a human agent. Answer in the customer's language.",
     ["I can't log into the app since the update", "How do I freeze my card?", "There is a payment of {amt} EUR I don't recognise",
      "What is the daily ATM limit?", "How long does a SEPA transfer take?", "My card was swallowed by the ATM on {street}",
      "Can I change my PIN online?", "Why was my transfer of {amt} declined?", "Quiero cerrar mi cuenta", "Wie bestelle ich eine neue Karte?"]),
    ("You are the support assistant for ParcelPeak deliveries. Look up nothing yourself; explain policies, help the "
     "customer describe the issue and collect the tracking number. Be brief and polite.",
     ["Where is my parcel {trk}?", "The driver left my package at the wrong address", "Can I change the delivery date for {trk}?",
      "My parcel arrived damaged, what now?", "How do I return an item?", "Do you deliver on Sundays?", "Tracking says delivered but nothing here",
      "I need to update my phone number for {trk}"]),
    ("You are Stay&Go's booking helper. Answer questions about reservations, cancellations and amenities for our "
     "hotels. Policies: free cancellation up to 48 h before arrival; breakfast 7-10 am; pets allowed in some rooms.",
     ["Can I cancel my booking for {date}?", "Is breakfast included?", "Can I bring my dog?", "What time is check-in?",
      "I need an invoice for booking {trk}", "Is there parking at the {city} hotel?", "Can I add a second guest?"]),
    ("You are ShopHelper for the Velvet & Oak furniture store. Help with orders, assembly questions and product "
     "dimensions. Recommend products only from the catalogue the user mentions.",
     ["Will the {item} fit through a 75cm door?", "Missing screws for my {item}", "When will order {trk} ship?",
      "Do you have the {item} in oak?", "How do I assemble the {item}?", "Can I get a discount for two {item}s?"]),
]
SLOT = {"amt": ["12.99", "49.00", "230.50", "7.20", "1,200.00", "89.90"], "street": ["Main St", "Rue de Lyon", "Hauptstraße"],
        "date": ["Nov 20", "Dec 3", "next Friday", "the 14th"], "city": ["Lisbon", "Berlin", "Austin", "Osaka"],
        "item": ["Oslo wardrobe", "Lund desk", "Brenna sofa", "Kivi bed frame"]}

# --------------------------------------------------------------------------- timing


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam < 30:
        L, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= rng.random()
            if p <= L:
                return k
            k += 1
    return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))


PROFILES = {
    "consumer": [2, 1.2, .7, .4, .3, .4, .8, 1.5, 2.5, 3, 3.2, 3.5, 3.8, 3.6, 3.5, 3.6, 3.8, 4, 4.4, 4.8, 5, 4.8, 4, 3],
    "work": [.2, .1, .1, .1, .1, .2, .6, 2, 4.5, 6, 6, 5.5, 4.5, 5.5, 6, 6, 5.5, 4, 2, 1.2, .9, .7, .5, .3],
    "student": [3, 2, 1.2, .6, .3, .2, .3, .8, 1.5, 2.5, 3, 3.2, 3, 3.3, 3.5, 3.8, 4, 4.2, 4.5, 5, 5.5, 5.8, 5.5, 4.5],
    "dev": [1, .6, .4, .3, .3, .4, .8, 1.5, 3, 4, 4.5, 4.5, 4, 4.5, 4.8, 4.8, 4.5, 4, 3.5, 3.5, 3.8, 3.5, 2.5, 1.5],
    "flat": [1] * 24,
}
WEEKEND_MULT = {"consumer": 1.15, "work": 0.12, "student": 0.8, "dev": 0.7, "flat": 1.0}


class Clock:
    def __init__(self, days):
        self.days = days
        self.end = T0 + days * DAY
        self._cache = {}

    def slots(self, profile, tz, boost=0.0, tau_h=8.0, weekend=None):
        """Per-hour weights over the trace. A normal weekday sums to 1."""
        key = (profile, tz, boost, tau_h, weekend)
        w = self._cache.get(key)
        if w is None:
            prof = PROFILES[profile]
            s = sum(prof)
            wm = WEEKEND_MULT[profile] if weekend is None else weekend
            w = []
            for i in range(self.days * 24):
                t = T0 + i * H
                lh = (i + tz) % 24
                wd = ((i + tz) // 24 + 5) % 7  # day 0 is Saturday (weekday index 5)
                x = prof[lh] / s * (wm if wd >= 5 else 1.0)
                if boost:
                    for rel, amp in ((REL1, 1.0), (REL2, 0.4)):
                        if t + H > rel:
                            x *= 1 + boost * amp * math.exp(-max(0, t - rel) / (tau_h * H))
                w.append(x)
            self._cache[key] = w
        return w


def day_factors(rng, days, p_active, sigma=0.5):
    return [(rng.lognormvariate(0, sigma) if rng.random() < p_active else 0.0) for _ in range(days)]


def gen_times(rng, clock, rate, profile, tz, p_active=0.8, sess_mean=4.0, gap_mean_s=60.0, boost=0.0,
              sigma=0.5, weekend=None, start=None, stop=None, extra_w=None):
    """Session-based request times. rate = requests per normal active weekday."""
    base = clock.slots(profile, tz, boost, 8.0, weekend)
    df = day_factors(rng, clock.days, p_active, sigma)
    w = [base[i] * df[i // 24] for i in range(len(base))]
    if extra_w is not None:
        w = [a * b for a, b in zip(w, extra_w)]
    if start is not None or stop is not None:
        lo = start if start is not None else T0
        hi = stop if stop is not None else clock.end
        w = [x if lo <= T0 + i * H + H // 2 < hi else 0.0 for i, x in enumerate(w)]
    tot = sum(w)
    n = poisson(rng, rate * tot)
    if n == 0 or tot <= 0:
        return []
    n_sess = max(1, int(round(n / max(1.0, rng.uniform(0.6, 1.4) * sess_mean))))
    idx = rng.choices(range(len(w)), weights=w, k=n_sess)
    starts = sorted(T0 + i * H + rng.randrange(H) for i in idx)
    counts = [1] * n_sess
    for _ in range(n - n_sess if n > n_sess else 0):
        counts[rng.randrange(n_sess)] += 1
    out = []
    for st, c in zip(starts, counts):
        t = st
        for _ in range(c):
            out.append(t)
            t += int(rng.expovariate(1.0 / gap_mean_s) * 1000) + 800
    lo = start if start is not None else T0
    return [t for t in out if lo <= t < clock.end]


# --------------------------------------------------------------------------- world


class World:
    def __init__(self, seed, days, scale, corpora):
        self.seed, self.days, self.scale, self.c = seed, days, scale, corpora
        self.clock = Clock(days)
        self.idrng = random.Random(seed * 7919 + 1)
        self.events = []
        self.labels = {}
        self.used_ids = set()
        self.cursor = {}  # campaign corpus cursors

    def rng(self, k):
        return random.Random(self.seed * 1_000_003 + k * 7_777)

    def n(self, base, minimum=1):
        return max(minimum, int(round(base * self.scale)))

    def hexid(self, prefix, bits=80):
        while True:
            s = "%s%0*x" % (prefix, bits // 4, self.idrng.getrandbits(bits))
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def account(self, label, population, campaign, created_at, org=None, pay=None, keys=1, rng=None):
        a = {"id": self.hexid("acct_"), "org": org, "pay": pay, "created": created_at,
             "keys": [self.hexid("key_", 48) for _ in range(keys)]}
        self.labels[a["id"]] = {"label": label, "population": population, "campaign": campaign}
        return a

    def created_before(self, rng, lo_days, hi_days, ref=T0):
        return ref - int(rng.uniform(lo_days, hi_days) * DAY) - rng.randrange(DAY)

    def pay(self):
        return self.hexid("pm_", 64)

    def device(self):
        return self.hexid("dev_", 64)

    def org(self):
        return self.hexid("org_", 64)

    def emit(self, rng, a, ts, prompt, *, system=None, model="atlas-1", endpoint="/v1/chat/completions", ip=None,
             asn=None, ua=None, device=None, kind="chat", err=0.02, p429=0.01, retry=0.7, key=None):
        if ts >= self.clock.end:
            return
        key = key if key is not None else (rng.choice(a["keys"]) if rng.random() > 0.01 else None)
        if ua not in COOKIE_UA:
            device = None
        pt = max(1, int((len(prompt) + (len(system) if system else 0)) / 3.8 * rng.uniform(0.9, 1.1)) + 7)
        ct = completion_tokens(rng, kind, pt)
        attempts = 0
        while True:
            r = rng.random()
            if r < p429:
                status = 429
            elif r < p429 + err * 0.45:
                status = rng.choice((500, 502, 503, 504))
            elif r < p429 + err * 0.8:
                status = 400
            elif r < p429 + err * 0.9:
                status = 413 if pt > 2000 else 422
            elif r < p429 + err:
                status = None  # gateway could not record the upstream status
            else:
                status = 200
            ok = status == 200 or (status is None and rng.random() < 0.7)
            e = {
                "event_id": self.hexid("evt_", 96),
                "ts": int(ts),
                "account_id": a["id"],
                "prompt_tokens": pt if status != 429 else 0 if rng.random() < 0.5 else pt,
                "completion_tokens": ct if ok else 0,
                "model": model if rng.random() > 0.002 else None,
                "endpoint": endpoint if rng.random() > 0.002 else None,
                "prompt": prompt if rng.random() > 0.003 else None,
                "system_prompt": system,
                "status": status,
                "org_id": a["org"],
                "api_key_id": key,
                "ip": ip,
                "asn": asn,
                "user_agent": ua,
                "device_id": device,
                "payment_fingerprint": a["pay"],
                "account_created_at": a["created"],
            }
            if asn is not None and rng.random() < 0.05:
                e["asn"] = "AS%d" % asn  # some feeds write ASNs as text
            self.events.append(e)
            attempts += 1
            if status in (429, 500, 502, 503, 504) and attempts < 3 and rng.random() < retry:
                ts += int(rng.uniform(0.5, 3.0) * (2 ** attempts) * 1000) + (int(rng.uniform(5, 40) * 1000) if status == 429 else 0)
                if ts >= self.clock.end:
                    return
                continue
            return


def completion_tokens(rng, kind, pt):
    med = {"chat": 260, "cot": 750, "code": 420, "short": 25, "agent": 160, "translate": 0, "probe": 2,
           "rational": 620, "support": 110, "json": 140, "embed": 0}[kind]
    if kind == "embed":
        return 0
    if kind == "probe":
        return rng.randint(1, 4)
    if kind == "translate":
        return max(5, int(pt * rng.uniform(0.9, 1.6)))
    return max(1, int(rng.lognormvariate(math.log(med), 0.55)))


def model_for(rng, ts, early=0.5, mini=0.25, old_mini=0.2):
    """Model choice: after each release a share of users switch (early adopters more)."""
    if ts >= REL1 and rng.random() < early * min(1.0, 0.35 + (ts - REL1) / (20 * H)):
        if ts >= REL2 and rng.random() < mini:
            return "atlas-2-mini"
        return "atlas-2"
    return "atlas-1-mini" if rng.random() < old_mini else "atlas-1"


def typo(rng, s, p=0.3):
    if rng.random() > p or len(s) < 10:
        return s
    i = rng.randrange(len(s) - 1)
    op = rng.random()
    if op < 0.4:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.7:
        return s[:i] + s[i + 1:]
    return s.lower()


def trunc(s, n=8000):
    return s if len(s) <= n else s[:n]


# --------------------------------------------------------------------------- benign populations


def casual_prompt(rng, c):
    r = rng.random()
    if r < 0.28:
        return trunc(rng.choice(c["arena"])), None, "chat"
    if r < 0.48:
        return rng.choice(c["self_instruct"]), None, "chat"
    if r < 0.62:
        return typo(rng, rng.choice(c["nq"]).capitalize() + rng.choice(["?", "", "?", " pls"])), None, "short"
    if r < 0.72:
        return trunc(rng.choice(c["awesome"])), None, "chat"
    if r < 0.82:
        return rng.choice(NON_EN), None, "chat"
    if r < 0.88:
        return rng.choice(c["gsm8k"]), None, "cot"
    if r < 0.93:
        return "Can you proofread this: " + rng.choice(c["self_instruct"])[:300], None, "chat"
    return rng.choice(c["arena"])[:500], trunc(rng.choice(c["awesome"]), 3000), "chat"


def pop_casual(w, k):
    rng = w.rng(k)
    c = w.c
    households = []
    for _ in range(w.n(1500)):
        pay = None
        if rng.random() < 0.55:
            if households and rng.random() < 0.08:
                pay = rng.choice(households)  # family members on one card
            else:
                pay = w.pay()
                households.append(pay)
        org = w.org() if rng.random() < 0.3 else None
        created = w.created_before(rng, 3, 900) if rng.random() > 0.04 else None
        a = w.account("benign", "casual_individuals", None, created, org, pay, keys=rng.choice((1, 1, 1, 2)))
        asn = rng.choices(RESI, RESI_W)[0]
        tz = ASN_TZ.get(asn, 0) + rng.choice((0, 0, 0, 1, -1))
        ips = [ip_in(rng, asn) for _ in range(rng.choice((1, 1, 2, 3)))]
        mobile_asn = rng.choices(MOBILE, MOBILE_W)[0]
        mobile_ip = ip_in(rng, mobile_asn, v6=rng.random() < 0.5)
        ua = rng.choices([rng.choice(SDK_PY), rng.choice(SDK_NODE), rng.choice(BROWSER), rng.choice(RAW)], [4, 2, 4, 2])[0]
        dev = w.device()
        rate = rng.lognormvariate(math.log(6), 0.9)
        early = rng.random()
        for t in gen_times(rng, w.clock, rate, "consumer", tz, p_active=rng.uniform(0.3, 0.9), sess_mean=3, gap_mean_s=90, boost=0.5):
            p, s, kind = casual_prompt(rng, c)
            if rng.random() < 0.12:  # on the phone
                ip, asn2 = mobile_ip, mobile_asn
            else:
                ip, asn2 = rng.choice(ips), asn
            ep = "/v1/responses" if rng.random() < 0.2 else "/v1/chat/completions"
            if rng.random() < 0.03:
                ep, kind, p = "/v1/embeddings", "embed", rng.choice(c["nq"])
                w.emit(rng, a, t, p, model="atlas-embed-1", endpoint=ep, ip=ip, asn=asn2, ua=ua, device=dev, kind=kind)
                continue
            w.emit(rng, a, t, p, system=s, model=model_for(rng, t, early), endpoint=ep, ip=ip, asn=asn2, ua=ua, device=dev, kind=kind)


STUDENT_ASKS = ["{q}", "{q}", "Can you help me with this question? {q}", "{q} Please explain step by step.",
                "{q}\nexplain how to solve it", "I got a different answer than my friend. {q}", "how do i solve this: {q}",
                "{q} Show all the steps, our teacher wants the working.", "Hint only please, don't give the answer: {q}",
                "{q}\n\nI think the answer is {g}, is that right?", "step by step pls {q}"]


def pop_students(w, k):
    rng = w.rng(k)
    c = w.c
    for u, uni in enumerate(UNIS):
        nat = [ip_in(rng, uni) for _ in range(rng.randint(3, 8))]
        # classes with shared assignments: every student in a class gets the same problem set
        classes = []
        for _ in range(rng.randint(2, 4)):
            src = rng.choice(("gsm8k", "math", "svamp"))
            classes.append([rng.choice(c[src]) for _ in range(rng.randint(8, 15))])
        lab_devices = [w.device() for _ in range(rng.randint(2, 5))]
        for _ in range(w.n(85)):
            a = w.account("benign", "students_campus", None, w.created_before(rng, 1, 400),
                          None, w.pay() if rng.random() < 0.15 else None)
            cls = rng.choice(classes)
            personal_dev = w.device()
            ua_own = rng.choice(BROWSER + SDK_PY[:2])
            home_asn = rng.choices(RESI, RESI_W)[0]
            home_ip = ip_in(rng, home_asn)
            rate = rng.lognormvariate(math.log(8), 0.8)
            for t in gen_times(rng, w.clock, rate, "student", ASN_TZ[uni], p_active=0.6, sess_mean=5, gap_mean_s=150):
                q = rng.choice(cls) if rng.random() < 0.6 else rng.choice(c[rng.choice(("gsm8k", "math", "svamp", "arena"))])
                p = typo(rng, rng.choice(STUDENT_ASKS).format(q=q, g=rng.randint(2, 400)), 0.25)
                if rng.random() < 0.2:  # at a lab machine
                    ip, asn, ua, dev = rng.choice(nat), uni, BROWSER[0], rng.choice(lab_devices)
                elif rng.random() < 0.6:
                    ip, asn, ua, dev = rng.choice(nat), uni, ua_own, personal_dev
                else:
                    ip, asn, ua, dev = home_ip, home_asn, ua_own, personal_dev
                w.emit(rng, a, t, p, model=model_for(rng, t, 0.3, old_mini=0.5), ip=ip, asn=asn, ua=ua, device=dev, kind="cot")


EVAL_TEMPLATES = [
    ("Solve the following math problem. Think step by step, then give the final answer in \\boxed{{}}.\n\nProblem: {q}", "cot"),
    ("Question: {q}\nLet's think step by step.", "cot"),
    ("Complete the following Python function. Return only the code in a single ```python block.\n\n{q}", "code"),
    ("You are an expert Python programmer, and here is your task: {q}", "code"),
    ("Answer the question. End with 'The answer is X'.\n\n{q}", "cot"),
]


def pop_eval_batch(w, k):
    """Model-evaluation teams at three companies: systematic full-benchmark runs, CoT templates, big bursts right
    after each release (they evaluate the new model), k8s pods built from one image (baked device cookie)."""
    rng = w.rng(k)
    c = w.c
    for team in range(3):
        org, pay = w.org(), w.pay()
        image_dev = w.device()
        asn = rng.choices(CLOUD, CLOUD_W)[0]
        pool = [ip_in(rng, asn) for _ in range(rng.randint(4, 12))]
        ua = rng.choice(SDK_PY + ["python-httpx/0.27.0"])
        for _ in range(rng.randint(1, 3) if w.scale >= 0.5 else 1):
            a = w.account("benign", "eval_batch_jobs", None, w.created_before(rng, 90, 700), org, pay, keys=3)
            runs = []
            # nightly regression run on the current model + a run on each new model within hours of release
            for d in range(w.days):
                runs.append((T0 + d * DAY + int(rng.uniform(1, 4) * H), "atlas-1", rng.randint(300, 900)))
            runs.append((REL1 + int(rng.uniform(0.5, 3) * H), "atlas-2", rng.randint(1500, 4000)))
            if REL2 < w.clock.end:
                runs.append((REL2 + int(rng.uniform(1, 5) * H), "atlas-2-mini", rng.randint(800, 2500)))
            for start, model, n in runs:
                n = int(n * min(1.0, w.scale))
                if start >= w.clock.end:
                    continue
                src = rng.choice(("gsm8k", "math", "humaneval", "mbpp", "svamp"))
                tpl, kind = EVAL_TEMPLATES[2 if src == "humaneval" else 3 if src == "mbpp" else rng.choice((0, 1, 4))]
                items = c[src]
                off = rng.randrange(len(items))
                t = start
                conc = rng.choice((4, 8, 16))
                for i in range(n):
                    q = items[(off + i) % len(items)]
                    t += int(rng.expovariate(conc / 2.5) * 1000) + 20
                    w.emit(rng, a, t, tpl.format(q=q), model=model, ip=rng.choice(pool), asn=asn, ua=ua, device=image_dev,
                           kind=kind, err=0.03, p429=0.04, retry=0.9)


def fill(rng, tpl):
    out = tpl
    for k2, v in SLOT.items():
        if "{" + k2 + "}" in out:
            out = out.replace("{" + k2 + "}", rng.choice(v))
    if "{trk}" in out:
        out = out.replace("{trk}", "%s%09d" % (rng.choice(("PP", "JD", "SG", "VO")), rng.randrange(10 ** 9)))
    return out


def pop_saas_bots(w, k):
    """Customer-support apps: one system prompt for thousands of end users, few accounts, heavy volume."""
    rng = w.rng(k)
    for sysp, asks in SUPPORT_APPS:
        org, pay = w.org(), w.pay()
        asn = rng.choices(CLOUD, CLOUD_W)[0]
        pool = [ip_in(rng, asn) for _ in range(rng.randint(2, 6))]
        dev = w.device()
        ua = rng.choice(SDK_NODE + SDK_PY)
        tz = rng.choice((-5, 0, 1, 1, 2))
        for _ in range(rng.randint(1, 2)):
            a = w.account("benign", "saas_support_bots", None, w.created_before(rng, 60, 800), org, pay, keys=2)
            rate = rng.uniform(500, 1600) * min(1.0, w.scale)
            for t in gen_times(rng, w.clock, rate, "consumer", tz, p_active=1.0, sess_mean=3, gap_mean_s=30, sigma=0.15):
                p = fill(rng, rng.choice(asks))
                if rng.random() < 0.4:
                    p = "Previous messages:\nCustomer: " + fill(rng, rng.choice(asks)) + "\nAssistant: (answered)\n\nCustomer: " + p
                p = typo(rng, p, 0.2)
                w.emit(rng, a, t, p, system=sysp, model="atlas-1-mini" if t < REL2 + 20 * H else "atlas-2-mini",
                       ip=rng.choice(pool), asn=asn, ua=ua, device=dev, kind="support", p429=0.02)


CODE_ASKS = ["{q}", "Why does this fail?\n{q}", "Refactor this for readability:\n{q}", "Write unit tests for:\n{q}",
             "Explain this code:\n{q}", "{q}\nUse type hints.", "Convert to TypeScript:\n{q}"]


def pop_enterprise(w, k):
    """Companies with many seats on one card, behind a shared security proxy (Zscaler-like egress shared by many
    companies), IDE plugin with the vendor's stock system prompt. Mostly weekday traffic (trace starts Saturday)."""
    rng = w.rng(k)
    c = w.c
    egress = [ip_in(rng, 53813) for _ in range(40)]
    for comp in range(3):
        org, pay = w.org(), w.pay()
        tz = rng.choice((-8, -5, 1, 5))
        my_egress = rng.sample(egress, 6)
        for _ in range(w.n(rng.randint(50, 110))):
            a = w.account("benign", "enterprise_seats", None, w.created_before(rng, 5, 500), org, pay)
            dev = w.device()
            ua = rng.choice(IDE)
            home_asn = rng.choices(RESI, RESI_W)[0]
            home_ip = ip_in(rng, home_asn)
            rate = rng.lognormvariate(math.log(25), 0.7)
            for t in gen_times(rng, w.clock, rate, "work", tz, p_active=0.85, sess_mean=6, gap_mean_s=120):
                src = rng.random()
                q = rng.choice(c["arena_code"]) if src < 0.5 else rng.choice(c["mbpp"]).split("\nYour code")[0] if src < 0.7 else rng.choice(c["self_instruct"])
                if rng.random() < 0.15:  # working from home without the VPN client
                    asn, ip = home_asn, home_ip
                else:
                    asn, ip = 53813, rng.choice(my_egress)
                w.emit(rng, a, t, trunc(rng.choice(CODE_ASKS).format(q=q)), system=SYS_IDE, model=model_for(rng, t, 0.4),
                       ip=ip, asn=asn, ua=ua, device=dev, kind="code")


def pop_mobile(w, k):
    """Consumer chat-app users on carrier CGNAT: many unrelated users share a few public IPv4 addresses."""
    rng = w.rng(k)
    c = w.c
    cgnat = {m: [ip_in(rng, m) for _ in range(rng.randint(10, 30))] for m in MOBILE}
    for _ in range(w.n(600)):
        m = rng.choices(MOBILE, MOBILE_W)[0]
        a = w.account("benign", "mobile_app_users", None, w.created_before(rng, 1, 600), None,
                      w.pay() if rng.random() < 0.25 else None)
        ua = rng.choice(MOBILE_APP)
        dev = w.device()
        v6 = m in IPV6_PREFIX and rng.random() < 0.5
        v6_ips = [ip_in(rng, m, v6=True) for _ in range(2)]
        rate = rng.lognormvariate(math.log(5), 0.8)
        for t in gen_times(rng, w.clock, rate, "consumer", ASN_TZ[m], p_active=0.6, sess_mean=3, gap_mean_s=60, boost=0.3):
            r = rng.random()
            p = (rng.choice(NON_EN) if r < 0.3 else rng.choice(c["nq"]) if r < 0.55 else
                 rng.choice(c["self_instruct"]) if r < 0.8 else trunc(rng.choice(c["awesome"]), 2500))
            ip = rng.choice(v6_ips) if v6 else rng.choice(cgnat[m])
            w.emit(rng, a, t, typo(rng, p, 0.15), model=model_for(rng, t, 0.6, 0.5, 0.6), ip=ip, asn=m, ua=ua,
                   device=dev, kind="chat", err=0.04)


VPN_EXITS = {}


def vpn_pool(w):
    if not VPN_EXITS.get(w.seed):
        rng = w.rng(999)
        VPN_EXITS[w.seed] = [(a, ip_in(rng, a)) for a in VPN for _ in range(20)]
    return VPN_EXITS[w.seed]


def pop_vpn(w, k):
    """Privacy-conscious users behind commercial VPNs: exit changes per session, exits shared with strangers."""
    rng = w.rng(k)
    c = w.c
    exits = vpn_pool(w)
    for _ in range(w.n(220)):
        a = w.account("benign", "vpn_users", None, w.created_before(rng, 2, 700), None, w.pay() if rng.random() < 0.6 else None)
        ua = rng.choice(BROWSER + SDK_PY + RAW[:2])
        dev = w.device() if rng.random() < 0.7 else None  # some clear cookies: treat as no cookie
        tz = rng.choice((-8, -5, 0, 1, 2, 3, 8))
        rate = rng.lognormvariate(math.log(7), 0.8)
        cur = rng.choice(exits)
        last = 0
        for t in gen_times(rng, w.clock, rate, "consumer", tz, p_active=0.6, sess_mean=4, gap_mean_s=80, boost=0.4):
            if t - last > 20 * MIN:
                cur = rng.choice(exits)
                if dev is None and rng.random() < 0.5:
                    pass
            last = t
            p, s, kind = casual_prompt(rng, c)
            w.emit(rng, a, t, p, system=s, model=model_for(rng, t, 0.5), ip=cur[1], asn=cur[0], ua=ua,
                   device=dev if dev else (w.device() if ua in COOKIE_UA else None), kind=kind)


TOOLSETS = [
    "search: useful for when you need to answer questions about current events\ncalculator: useful for when you need to answer questions about math",
    "wikipedia: A wrapper around Wikipedia. Input should be a search query.\npython_repl: A Python shell. Use this to execute python commands.",
    "sql_db_query: Input to this tool is a detailed and correct SQL query, output is a result from the database.\nsql_db_schema: Input is a comma-separated list of tables, output is the schema.",
]
CREW_ROLES = [("Senior Research Analyst", "You work at a leading tech think tank.", "Uncover cutting-edge developments"),
              ("Tech Content Strategist", "You are a renowned content strategist.", "Craft compelling content"),
              ("Customer Support Representative", "You work at a SaaS company.", "Resolve customer questions")]


def agent_system(rng, which):
    if which == "lc":
        ts = rng.choice(TOOLSETS)
        names = ", ".join(x.split(":")[0] for x in ts.split("\n"))
        return SYS_LANGCHAIN.replace("{tools}", ts).replace("{tool_names}", names), rng.choice(LANGCHAIN)
    if which == "crew":
        r, b, g = rng.choice(CREW_ROLES)
        return SYS_CREW.replace("{role}", r).replace("{backstory}", b).replace("{goal}", g), rng.choice(CREWAI)
    return SYS_DEFAULT, rng.choice(SDK_PY)


OBS = ["Observation: 42", "Observation: No results found.", "Observation: [('alice', 3), ('bob', 5)]",
       "Observation: The page says the population was 8.3 million in 2023.", "Observation: Traceback (most recent call last): KeyError: 'id'",
       "Observation: 3.14159", "Observation: Table 'orders' has columns id, customer_id, total, created_at"]


def pop_agent_devs(w, k):
    """Developers running agent frameworks with stock system prompts; bursty agent loops; mostly cloud/home."""
    rng = w.rng(k)
    c = w.c
    for _ in range(w.n(300)):
        a = w.account("benign", "agent_framework_devs", None, w.created_before(rng, 3, 500), w.org() if rng.random() < 0.4 else None,
                      w.pay() if rng.random() < 0.8 else None)
        which = rng.choices(("lc", "crew", "plain"), (5, 2, 3))[0]
        sysp, ua = agent_system(rng, which)
        dev = w.device()
        home = rng.random() < 0.6
        asn = rng.choices(RESI, RESI_W)[0] if home else rng.choices(CLOUD, CLOUD_W)[0]
        ips = [ip_in(rng, asn) for _ in range(2)]
        tz = ASN_TZ.get(asn, rng.choice((-8, -5, 1, 8)))
        rate = rng.lognormvariate(math.log(30), 0.9)
        q = None
        step = 0
        for t in gen_times(rng, w.clock, rate, "dev", tz, p_active=0.5, sess_mean=12, gap_mean_s=8, boost=0.5):
            if q is None or step > rng.randint(2, 8):
                q = rng.choice(c["nq"] + c["self_instruct"]) if rng.random() < 0.7 else rng.choice(c["arena"])[:600]
                step = 0
                hist = ""
            step += 1
            if which == "lc":
                p = "Question: %s\n%sThought:" % (q, hist)
                hist += "Thought: I should look this up.\nAction: %s\nAction Input: %s\n%s\n" % (
                    rng.choice(("search", "wikipedia", "python_repl", "sql_db_query")), q[:60], rng.choice(OBS))
            elif which == "crew":
                p = "Current Task: %s\n\nThis is the expected criteria for your final answer: a complete answer.\nBegin! This is VERY important to you, use the tools available and give your best Final Answer, your job depends on it!\n\nThought:" % q
            else:
                p = q
            w.emit(rng, a, t, trunc(p), system=sysp, model=model_for(rng, t, 0.7, 0.4), ip=rng.choice(ips), asn=asn, ua=ua,
                   device=dev, kind="agent", err=0.03, p429=0.02)


def pop_tourists(w, k):
    """New sign-ups after the release: trying the same viral prompts, step-by-step riddles, a few benchmark problems."""
    rng = w.rng(k)
    c = w.c
    for _ in range(w.n(500)):
        created = REL1 + int(rng.expovariate(1 / (10 * H)))
        if created >= w.clock.end - H:
            created = REL1 + rng.randrange(int(min(20 * H, w.clock.end - REL1 - H)))
        a = w.account("benign", "release_newcomers", None, created, None, w.pay() if rng.random() < 0.3 else None)
        asn = rng.choices(RESI + MOBILE, RESI_W + MOBILE_W)[0]
        mob = asn in MOBILE
        ip = ip_in(rng, asn, v6=mob and rng.random() < 0.5)
        ua = rng.choice(MOBILE_APP if mob else BROWSER + SDK_PY[:1] + ["curl/8.4.0"])
        dev = w.device()
        rate = rng.lognormvariate(math.log(12), 0.8)
        for t in gen_times(rng, w.clock, rate, "consumer", ASN_TZ.get(asn, 0), p_active=0.9, sess_mean=5, gap_mean_s=50,
                           start=created + rng.randrange(30 * MIN), weekend=1.0):
            r = rng.random()
            p = (rng.choice(VIRAL) if r < 0.45 else rng.choice(c["math"]) + rng.choice(("", " Think step by step.")) if r < 0.6
                 else rng.choice(NON_EN) if r < 0.7 else casual_prompt(rng, c)[0])
            m = "atlas-2" if rng.random() < 0.8 else ("atlas-2-mini" if t >= REL2 else "atlas-1")
            w.emit(rng, a, t, p, model=m, ip=ip, asn=asn, ua=ua, device=dev, kind="cot" if r < 0.6 else "chat", p429=0.05)


RESEARCH_TPL = [
    "Q: {q}\nA: Let's think step by step.",
    "{q}\n\nFirst write your reasoning inside <reasoning></reasoning> tags, then give the final answer inside <answer></answer> tags.",
    "Here is a problem and a proposed final answer.\nProblem: {q}\nProposed answer: {a}\nExplain, step by step, the reasoning that leads to this answer. If the answer is wrong, say so.",
    "{q}\n\nAnswer directly without explanation.",
]


def pop_research(w, k):
    """University groups studying chain-of-thought faithfulness: templated CoT and rationalisation prompts over maths
    benchmarks, several student accounts on one grant card, campus network, runs that sweep a dataset."""
    rng = w.rng(k)
    c = w.c
    for lab in range(2):
        uni = rng.choice(UNIS)
        org, pay = w.org(), w.pay()
        nat = [ip_in(rng, uni) for _ in range(3)]
        gpu_asn = rng.choices(CLOUD, CLOUD_W)[0]
        gpu_ip = ip_in(rng, gpu_asn)
        for _ in range(w.n(rng.randint(6, 12))):
            a = w.account("benign", "research_lab_cot", None, w.created_before(rng, 30, 400), org, pay)
            ua = rng.choice(SDK_PY + RAW[:2])
            dev = w.device()
            rate = rng.lognormvariate(math.log(220), 0.6)
            src = rng.choice(("gsm8k", "math", "svamp"))
            items = c[src]
            off = rng.randrange(len(items))
            i = 0
            tpl = rng.choice(RESEARCH_TPL)
            for t in gen_times(rng, w.clock, rate, "dev", ASN_TZ[uni], p_active=0.6, sess_mean=60, gap_mean_s=3, boost=0.8):
                if rng.random() < 0.01:
                    tpl = rng.choice(RESEARCH_TPL)
                q = items[(off + i) % len(items)]
                i += 1
                if rng.random() < 0.3:
                    ip, asn = gpu_ip, gpu_asn
                else:
                    ip, asn = rng.choice(nat), uni
                w.emit(rng, a, t, tpl.format(q=q, a=rng.randint(1, 500)), model=model_for(rng, t, 0.8, 0.5), ip=ip, asn=asn,
                       ua=ua, device=dev, kind="cot", p429=0.03)


LANGS = ["German", "French", "Spanish", "Japanese", "Simplified Chinese", "Brazilian Portuguese", "Korean", "Arabic", "Italian", "Polish"]


def pop_localisation(w, k):
    rng = w.rng(k)
    c = w.c
    org, pay = w.org(), w.pay()
    asn = 3215
    office = [ip_in(rng, asn) for _ in range(2)]
    for _ in range(w.n(15)):
        a = w.account("benign", "localisation_agency", None, w.created_before(rng, 20, 600), org, pay)
        ua, dev = rng.choice(BROWSER + SDK_PY), w.device()
        rate = rng.lognormvariate(math.log(120), 0.5)
        for t in gen_times(rng, w.clock, rate, "work", 1, p_active=0.9, sess_mean=20, gap_mean_s=40, weekend=0.25):
            src = rng.choice(c["self_instruct"] + c["awesome"][:200])[:1200]
            lang = rng.choice(LANGS)
            p = rng.choice(("Translate the following text into {l}. Keep the formatting and placeholders like ${{x}} unchanged.\n\n{s}",
                            "Übersetze bitte ins {l}:\n{s}", "Traduire en {l}, ton neutre :\n{s}",
                            "Review this {l} translation for fluency and fix mistakes:\n{s}")).format(l=lang, s=src)
            w.emit(rng, a, t, p, model=model_for(rng, t, 0.3), ip=rng.choice(office), asn=asn, ua=ua, device=dev, kind="translate")


def pop_tutoring(w, k):
    rng = w.rng(k)
    c = w.c
    org, pay = w.org(), w.pay()
    asn = rng.choices(CLOUD, CLOUD_W)[0]
    pool = [ip_in(rng, asn) for _ in range(4)]
    dev = w.device()
    for _ in range(2):
        a = w.account("benign", "tutoring_platform", None, w.created_before(rng, 100, 500), org, pay, keys=2)
        rate = rng.uniform(1200, 2200) * min(1.0, w.scale)
        for t in gen_times(rng, w.clock, rate, "student", 0, p_active=1.0, sess_mean=3, gap_mean_s=20, sigma=0.1, weekend=0.7):
            q = rng.choice(c[rng.choice(("gsm8k", "svamp", "svamp", "math"))])
            p = rng.choice(("{q}", "I don't get this one: {q}", "{q}\nwhy?", "is it {g}? {q}", "can you explain the second step again",
                            "{q} I tried dividing first")).format(q=q, g=rng.randint(1, 99))
            w.emit(rng, a, t, typo(rng, p, 0.3), system=SYS_TUTOR, model="atlas-1-mini", ip=rng.choice(pool), asn=asn,
                   ua="atlas-node/1.8.0 node/20.11.1 linux", device=dev, kind="cot", p429=0.02)


def pop_hackathon(w, k):
    """A weekend hackathon (Berlin, UTC+1): ~150 accounts created the same morning with promo credits, venue Wi-Fi,
    the starter kit's system prompt, team apps with their own prompt templates, synchronised hacking hours."""
    rng = w.rng(k)
    c = w.c
    venue = [ip_in(rng, 3320) for _ in range(2)]
    kit_ua = "atlas-node/1.8.0 node/20.11.1 darwin"
    teams = []
    for _ in range(w.n(40)):
        topic = rng.choice(("recipe", "travel", "study", "fitness", "finance", "music", "code review", "job interview"))
        teams.append("[%s app] user input: {x}\nRespond for the %s use case." % (topic, topic))
    for _ in range(w.n(150)):
        created = T0 + 7 * H + rng.randrange(2 * H)  # 08:00-10:00 Berlin
        a = w.account("benign", "hackathon_cohort", None, created, None, None)
        team = rng.choice(teams)
        dev = w.device()
        hot = rng.choice(MOBILE[2:3] + [3320])
        hot_ip = ip_in(rng, hot)
        extra = [1.0 if (T0 + 9 * H <= T0 + i * H < T0 + 23 * H) or (T0 + 32 * H <= T0 + i * H < T0 + 38 * H) else 0.02
                 for i in range(w.days * 24)]
        for t in gen_times(rng, w.clock, rng.uniform(40, 90), "flat", 1, p_active=1.0, sess_mean=8, gap_mean_s=25,
                           start=created, extra_w=extra, weekend=1.0):
            r = rng.random()
            x = rng.choice(c["self_instruct"] + c["nq"][:300])[:400]
            p = team.replace("{x}", x) if r < 0.6 else rng.choice(c["arena_code"])[:1500] if r < 0.8 else x
            if rng.random() < 0.85:
                ip, asn = rng.choice(venue), 3320
            else:
                ip, asn = hot_ip, hot
            w.emit(rng, a, t, p, system=SYS_HACK, model="atlas-2" if t >= REL1 and rng.random() < 0.7 else "atlas-1-mini",
                   ip=ip, asn=asn, ua=kit_ua, device=dev, kind="json", p429=0.04)


def pop_probes(w, k):
    """Uptime/latency monitors: fixed tiny prompt every few minutes against several models, around the clock."""
    rng = w.rng(k)
    for _ in range(w.n(6)):
        a = w.account("benign", "uptime_monitors", None, w.created_before(rng, 30, 700), w.org(), w.pay())
        asn = rng.choices(CLOUD, CLOUD_W)[0]
        ip = ip_in(rng, asn)
        period = rng.choice((120, 300, 300, 600)) * 1000
        prompt = rng.choice(("ping", "Reply with the single word: pong", "Say OK.", "1+1="))
        ua = rng.choice(RAW[:4])
        t = T0 + rng.randrange(period)
        models = ["atlas-1", "atlas-1-mini"]
        while t < w.clock.end:
            if t >= REL1 and "atlas-2" not in models and rng.random() < 0.02:
                models.append("atlas-2")
            for m in models:
                w.emit(rng, a, t + rng.randrange(2000), prompt, model=m, ip=ip, asn=asn, ua=ua, kind="probe", err=0.03, retry=0.0)
            t += period + rng.randrange(-3000, 3000)


# --------------------------------------------------------------------------- attack campaigns

# Swarm wrapper grammar: combinatorial, so no two accounts share a fixed template.
OPEN = ["", "", "", "hey, ", "Quick question: ", "Hi! ", "ok so ", "Can you help? ", "I'm stuck on this. ", "hello - ",
        "Need a hand with something. ", "Working on practice problems. ", "For my notes: "]
ASK = ["{q}", "{q}", "Solve this: {q}", "Could you work out the following? {q}", "{q}\n\nWhat do you get?",
       "Here's the problem:\n{q}", "Problem -> {q}", "Try this one.\n\n{q}", "{q} Thanks!"]
WHY = ["", "", "", " Show your work.", " Walk me through it.", " How did you get there?", " Explain your steps.",
       " I want to understand the method, not just the result.", " Break it down for me.", " Be thorough.",
       " Explain like a teacher would.", " Include the intermediate results."]
CODE_ASK = ["{q}", "{q}\nplease include a short explanation of the approach", "Can you write this? {q}",
            "{q}\n\nAlso mention time complexity.", "Implement: {q}", "{q} Comment the code."]


def next_items(w, name, src, n):
    cur = w.cursor.setdefault(name, {})
    items = w.c[src]
    i = cur.get(src, 0)
    cur[src] = i + n
    return [items[(i + j) % len(items)] for j in range(n)]


def swarm_prompt(rng, q, src):
    if src in ("mbpp", "humaneval", "arena_code"):
        if src == "mbpp" and rng.random() < 0.5:
            q = q.split("\nYour code should")[0]
        return rng.choice(OPEN) + rng.choice(CODE_ASK).format(q=q), "code"
    p = rng.choice(OPEN) + rng.choice(ASK).format(q=q) + rng.choice(WHY)
    if rng.random() < 0.3:
        p = p.lower() if rng.random() < 0.5 else p.replace("  ", " ")
    return typo(rng, p, 0.15), "cot"


def camp_long_tail_swarm(w, k):
    """Many accounts, each at ordinary consumer volume and rhythm. Each account is a separate 'person': own card
    (bought card data) or free tier, own residential ISP address that stays put, own device cookie, one of the
    popular clients. The prompts are the campaign's work queue sharded across accounts (disjoint slices of maths
    and coding benchmarks) in combinatorial human-sounding wrappers, plus a little camouflage chat. Accounts were
    registered in a few batches weeks before the trace; after the release they move to the new model at once."""
    rng = w.rng(k)
    c = w.c
    batches = [T0 - int(rng.uniform(20, 70) * DAY) for _ in range(4)]
    for _ in range(w.n(900)):
        created = rng.choice(batches) + int(rng.uniform(0, 3) * DAY)
        a = w.account("attack", "long_tail_swarm", "long_tail_swarm", created, w.org() if rng.random() < 0.25 else None,
                      w.pay() if rng.random() < 0.6 else None,
                      keys=rng.choice((1, 1, 2)))
        asn = rng.choices(RESI, RESI_W)[0]
        ip = ip_in(rng, asn)
        tz = ASN_TZ.get(asn, 0)
        ua = rng.choices([rng.choice(SDK_PY), rng.choice(SDK_NODE), rng.choice(BROWSER), rng.choice(RAW)], [4, 2, 4, 2])[0]
        dev = w.device()
        rate = rng.lognormvariate(math.log(8), 0.7)
        ts = gen_times(rng, w.clock, rate, "consumer", tz, p_active=rng.uniform(0.5, 0.9), sess_mean=4, gap_mean_s=75, boost=0.6)
        src = rng.choices(("gsm8k", "math", "mbpp", "humaneval", "arena_code"), (30, 30, 18, 6, 16))[0]
        queue = next_items(w, "swarm", src, len(ts))
        for t, q in zip(ts, queue):
            if rng.random() < 0.1:
                p, kind = rng.choice(c["nq"] + NON_EN).capitalize(), "short"
            else:
                p, kind = swarm_prompt(rng, trunc(q, 4000), src)
            m = "atlas-2" if t >= REL1 + int(rng.uniform(1, 3) * H) else ("atlas-1" if rng.random() < 0.9 else "atlas-1-mini")
            w.emit(rng, a, t, p, model=m, endpoint="/v1/responses" if rng.random() < 0.2 else "/v1/chat/completions",
                   ip=ip, asn=asn, ua=ua, device=dev, kind=kind)


HARVEST_LUMEN = [
    "{q}\n\nBefore answering, write out your complete reasoning step by step. Then give the final answer on its own line starting with 'Answer:'.",
    "{q}\n\nThink through this carefully and show every step of your reasoning before the final answer.",
    "Solve the task below. First explain your reasoning in detail, step by step, then give the solution.\n\n{q}",
]


def camp_reseller(w, k):
    """An 'AI writing assistant' app (Lumen) that resells the API. Its genuine end users' chat flows through its
    accounts, and the operator blends a harvest stream (CoT-eliciting coverage of maths/code) into the same accounts,
    same system prompt, same servers. All the org's accounts are labelled attack: the operator controls them and
    every one carries harvest (15-60 % of requests)."""
    rng = w.rng(k)
    c = w.c
    org, pay = w.org(), w.pay()
    asn = 24940
    pool = [ip_in(rng, asn) for _ in range(5)]
    dev = w.device()
    ua = "atlas-node/1.8.0 node/20.11.1 linux"
    for _ in range(rng.randint(5, 7)):
        a = w.account("attack", "reseller_blend", "reseller_blend", w.created_before(rng, 200, 420), org, pay, keys=2)
        share = rng.uniform(0.15, 0.6)
        rate = rng.uniform(700, 1500) * min(1.0, w.scale)
        for t in gen_times(rng, w.clock, rate, "consumer", 0, p_active=1.0, sess_mean=3, gap_mean_s=20, sigma=0.2, boost=0.6):
            if rng.random() < share:
                src = rng.choices(("math", "gsm8k", "mbpp", "arena_code"), (35, 25, 20, 20))[0]
                q = next_items(w, "reseller", src, 1)[0]
                p, kind = rng.choice(HARVEST_LUMEN).format(q=trunc(q, 4000)), "cot"
                m = "atlas-2" if t >= REL1 + 2 * H else "atlas-1"
            else:
                p, _s, kind = casual_prompt(rng, c)
                m = "atlas-1-mini" if rng.random() < 0.7 else "atlas-1"
            w.emit(rng, a, t, p, system=SYS_LUMEN, model=m, ip=rng.choice(pool), asn=asn, ua=ua, device=dev, kind=kind, p429=0.03)


AGENT_TASK = ["{q}", "Task: {q}\nWork in the repository. Before every edit, explain what you are going to change and why.",
              "{q}\n\nPlan first: list the steps you will take and your reasoning for each, then implement.",
              "Implement the following and explain your design decisions step by step:\n{q}"]


def camp_shell_org(w, k):
    """A registered 'software consultancy' on a Team plan: seats on one corporate card, the vendor's IDE plugin and its
    stock system prompt, a corporate egress on a cloud VM. The seats systematically walk coding benchmarks and
    agent-style tasks, asking for plans and reasons before edits (agentic trajectories). Works 7 days a week."""
    rng = w.rng(k)
    c = w.c
    org, pay = w.org(), w.pay()
    asn = 16509
    egress = [ip_in(rng, asn) for _ in range(2)]
    dates = [w.created_before(rng, 40, 60), w.created_before(rng, 10, 20)]
    for _ in range(w.n(45)):
        a = w.account("attack", "shell_consultancy", "shell_consultancy", rng.choice(dates) + rng.randrange(3 * H), org, pay)
        dev, ua = w.device(), rng.choice(IDE)
        rate = rng.lognormvariate(math.log(40), 0.35)
        ts = gen_times(rng, w.clock, rate, "work", 2, p_active=0.95, sess_mean=6, gap_mean_s=70, weekend=0.9, boost=0.3)
        for t in ts:
            src = rng.choices(("mbpp", "humaneval", "arena_code", "self_instruct"), (40, 15, 35, 10))[0]
            q = next_items(w, "shell", src, 1)[0]
            if src == "mbpp":
                q = q.split("\nYour code should")[0]
            p = rng.choice(AGENT_TASK).format(q=trunc(q, 4000))
            if rng.random() < 0.3:
                p += "\n\n" + rng.choice(OBS).replace("Observation", "Terminal output")
            w.emit(rng, a, t, p, system=SYS_IDE, model="atlas-2" if t >= REL1 + 4 * H else "atlas-1", ip=rng.choice(egress),
                   asn=asn, ua=ua, device=dev, kind="code")


RATIONAL = [
    ("en", "Problem: {q}\nFinal answer: {a}\n\nArticulate the internal reasoning behind this completed answer and write it out step by step, as a careful solver would think it."),
    ("en", "Below is a question and its correct answer. Reconstruct the full chain of thought that leads from the question to the answer.\n\nQuestion: {q}\nAnswer: {a}"),
    ("zh", "题目：{q}\n答案：{a}\n\n请详细写出得到这个答案的完整思考过程，一步一步推理。"),
    ("zh", "请一步一步地思考并解答下面的问题，给出详细的推理过程。\n\n{q}"),
    ("ru", "Задача: {q}\nОтвет: {a}\n\nПодробно, шаг за шагом, опиши ход рассуждений, который приводит к этому ответу."),
    ("es", "Problema: {q}\nRespuesta final: {a}\n\nExplica paso a paso el razonamiento interno que lleva a esta respuesta."),
    ("ko", "문제: {q}\n정답: {a}\n\n이 정답에 도달하는 사고 과정을 단계별로 자세히 써 주세요."),
]


def camp_release_sprinter(w, k):
    """Aged accounts bought in bulk, nearly dormant until the flagship release, then a 12-22 h sprint on the new model
    only: rationalisation prompts ('given the answer, write the reasoning') in several languages. Requests leave from
    serverless functions on many clouds (new IP almost every request), raw HTTP client (no device cookie). Prepaid
    virtual cards, each loaded onto 3-5 accounts."""
    rng = w.rng(k)
    c = w.c
    cards = []
    for i in range(w.n(260)):
        if not cards or rng.random() < 0.28:
            cards.append(w.pay())
        a = w.account("attack", "release_sprinter", "release_sprinter", w.created_before(rng, 90, 400), None, cards[-1])
        ua = rng.choice(("python-httpx/0.27.0", "aiohttp/3.9.5", "Go-http-client/2.0", "atlas-python/2.3.1 CPython/3.11.9 Linux/6.5"))
        dev = w.device()  # only used if the official SDK is spoofed (fresh container each run -> fresh cookie per day)
        # warm-up: a couple of innocuous requests before the release
        for t in gen_times(rng, w.clock, 1.5, "consumer", rng.choice((-5, 1, 8)), p_active=0.5, stop=REL1):
            asn = rng.choices(RESI, RESI_W)[0]
            w.emit(rng, a, t, rng.choice(c["nq"]).capitalize() + "?", model="atlas-1-mini", ip=ip_in(rng, asn), asn=asn,
                   ua=rng.choice(BROWSER), device=w.device(), kind="short")
        start = REL1 + int(rng.uniform(0.5, 6) * H)
        stop = start + int(rng.uniform(12, 22) * H)
        n = poisson(rng, rng.uniform(50, 130) * (stop - start) / DAY)
        t = start
        gap = (stop - start) / max(1, n)
        asn_pref = rng.choices(CLOUD, CLOUD_W, k=2)
        for _ in range(n):
            t += int(rng.expovariate(1 / gap))
            if t >= stop:
                break
            src = rng.choice(("math", "gsm8k", "gsm8k", "svamp"))
            q = next_items(w, "sprint", src, 1)[0]
            lang, tpl = rng.choice(RATIONAL)
            asn = rng.choice(asn_pref) if rng.random() < 0.7 else rng.choices(CLOUD, CLOUD_W)[0]
            ans = rng.choice((str(rng.randint(1, 999)), "%d/%d" % (rng.randint(1, 30), rng.randint(2, 40)), str(round(rng.uniform(0, 100), 2))))
            m = "atlas-2" if t < REL2 + H or rng.random() < 0.7 else "atlas-2-mini"
            w.emit(rng, a, t, tpl.format(q=q, a=ans), model=m, ip=ip_in(rng, asn), asn=asn, ua=ua, device=dev,
                   kind="rational", p429=0.05, retry=0.95)


GRID_SKILL = ["plan", "debug", "research and summarise", "write a SQL query for", "build a spreadsheet model of",
              "design an API for", "draft a test plan for", "estimate the cost of", "compare vendors for", "automate"]
GRID_DOMAIN = ["a dental clinic's appointment system", "a logistics company's route planning", "a bakery's inventory",
               "a university course registration", "an e-commerce returns process", "a city bike-share network",
               "a hospital shift roster", "a small law firm's document intake", "a solar installer's quoting",
               "a podcast's publishing workflow", "a farm's irrigation schedule", "a gym's membership churn"]


def camp_vpn_agent_miner(w, k):
    """Agent-trajectory miner that borrows benign camouflage: stock LangChain/CrewAI prompts, commercial VPN exits
    shared with ordinary VPN users, the device cookie reset each session (looks like a cleared browser/container).
    Content walks a skill x domain grid and benchmark tasks so the union covers the task space."""
    rng = w.rng(k)
    c = w.c
    exits = vpn_pool(w)
    grid = [(s, d) for s in GRID_SKILL for d in GRID_DOMAIN]
    rng.shuffle(grid)
    gi = 0
    for _ in range(w.n(120)):
        a = w.account("attack", "vpn_agent_miner", "vpn_agent_miner", w.created_before(rng, 30, 200), None,
                      w.pay() if rng.random() < 0.5 else None)
        which = rng.choice(("lc", "lc", "crew"))
        sysp, ua = agent_system(rng, which)
        rate = rng.lognormvariate(math.log(45), 0.4)
        cur, dev, last = rng.choice(exits), w.device(), 0
        step, q, hist = 99, None, ""
        for t in gen_times(rng, w.clock, rate, "dev", rng.choice((-5, 0, 3, 8)), p_active=0.85, sess_mean=10, gap_mean_s=10, boost=0.5):
            if t - last > 15 * MIN:
                cur, dev = rng.choice(exits), w.device()
            last = t
            if step >= rng.randint(3, 7):
                if rng.random() < 0.6:
                    s, d = grid[gi % len(grid)]
                    gi += 1
                    q = "%s %s" % (s[0].upper() + s[1:], d)
                else:
                    q = next_items(w, "vpnminer", rng.choice(("gsm8k", "mbpp", "self_instruct")), 1)[0][:800]
                step, hist = 0, ""
            step += 1
            if which == "lc":
                p = "Question: %s\n%sThought:" % (q, hist)
                hist += "Thought: Let me reason about this carefully, step by step.\nAction: %s\nAction Input: %s\n%s\n" % (
                    rng.choice(("search", "python_repl", "sql_db_query", "calculator")), q[:60], rng.choice(OBS))
            else:
                p = ("Current Task: %s\n\nThis is the expected criteria for your final answer: a complete answer with the "
                     "full reasoning behind every decision.\nBegin! This is VERY important to you, use the tools available "
                     "and give your best Final Answer, your job depends on it!\n\nThought:" % q)
            w.emit(rng, a, t, trunc(p), system=sysp, model="atlas-2" if t >= REL1 + H else "atlas-1", ip=cur[1], asn=cur[0],
                   ua=ua, device=dev, kind="agent", p429=0.02)


POPULATIONS = [pop_casual, pop_students, pop_eval_batch, pop_saas_bots, pop_enterprise, pop_mobile, pop_vpn,
               pop_agent_devs, pop_tourists, pop_research, pop_localisation, pop_tutoring, pop_hackathon, pop_probes,
               camp_long_tail_swarm, camp_reseller, camp_shell_org, camp_release_sprinter, camp_vpn_agent_miner]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    args = ap.parse_args(argv)
    if args.days < 1:
        ap.error("--days must be >= 1")
    t_start = _time.perf_counter()
    w = World(args.seed, args.days, args.scale, load_corpora())
    for k, fn in enumerate(POPULATIONS, 1):
        fn(w, k)
    w.events.sort(key=lambda e: (e["ts"], e["event_id"]))
    active = {e["account_id"] for e in w.events}
    labels = {a: v for a, v in w.labels.items() if a in active}
    with open(args.out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
            buf = []
            for e in w.events:
                buf.append(json.dumps(e, ensure_ascii=False, separators=(",", ":")))
                if len(buf) >= 5000:
                    gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                    buf = []
            if buf:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    with open(args.labels, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(labels.items())), f, indent=0, sort_keys=True)
        f.write("\n")
    n_att = sum(1 for v in labels.values() if v["label"] == "attack")
    ev_att = sum(1 for e in w.events if labels[e["account_id"]]["label"] == "attack")
    print("events=%d accounts=%d attack_accounts=%d (%.1f%%) attack_events=%d (%.1f%%) in %.1fs" % (
        len(w.events), len(labels), n_att, 100 * n_att / max(1, len(labels)), ev_att, 100 * ev_att / max(1, len(w.events)),
        _time.perf_counter() - t_start), file=sys.stderr)


if __name__ == "__main__":
    main()
