"""Held-out world 20, "Monsoon results week" (written blind; see README.md).

    PYTHONPATH=. python -m bench.heldout20.gen --seed 1 --days 2 \
        --out /tmp/h20/v1.jsonl.gz --labels /tmp/h20/v1.labels.json

Timeline (IST = UTC+05:30; T0 = day 1 00:00 IST = 2026-05-12T18:30Z):

    day 1 (Wed 13 May)                         day 2 (Thu 14 May)
    00:00 ...... 11:00 ............. 19:30-23:00 | 00:00 .. 10:00 ...... 13:00 ...... 19:30-23:00
                 CBSE XII/X results   IPL match  |          vidya-3-pro  state-board  IPL match
                 (tutor apps, bots,   (consumer  |          launch       results      (dip)
                  students spike)      dip)      |          (evals, snipers, adopters)

Standard library only. Events are plain dicts written as gzip JSON Lines (mtime 0),
sorted by ts; labels are a JSON object keyed by account id.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import ipaddress
import json
import math
import os
import random
import re
import sys
import time
from bisect import bisect
from datetime import datetime, timezone
from itertools import accumulate
from pathlib import Path

CORPUS = Path(os.environ.get("H20_CORPUS", "/work/shared/data/prompts"))
SEC, MIN, HOUR = 1000, 60_000, 3_600_000
DAY = 24 * HOUR
IST = 330  # minutes east of UTC
T0 = int(datetime(2026, 5, 12, 18, 30, tzinfo=timezone.utc).timestamp() * 1000)

# ----------------------------------------------------------------------------- networks
# name: (asn, v4 prefixes, v6 prefixes). Plausible allocations for each operator.
ISP = {
    "jio": (55836, ["49.36.0.0/14", "157.32.0.0/12", "152.56.0.0/14"], ["2409:4000::/22"]),
    "airtel_m": (45609, ["106.192.0.0/11", "223.176.0.0/12"], ["2401:4900::/34"]),
    "vi": (38266, ["42.104.0.0/13", "27.56.0.0/13"], ["2402:3a80::/27"]),
    "airtel_bb": (24560, ["122.161.0.0/16", "182.64.0.0/12"], ["2401:4900:5000::/36"]),
    "jio_fiber": (55836, ["49.37.0.0/16", "49.43.0.0/16"], ["2405:201::/32"]),
    "act": (24309, ["49.207.0.0/16", "106.51.0.0/16"], ["2406:7400::/32"]),
    "bsnl": (9829, ["117.192.0.0/10", "59.88.0.0/13"], []),
    "hathway": (17488, ["103.231.0.0/16", "183.83.0.0/16"], []),
    "tata": (4755, ["14.140.0.0/14", "115.112.0.0/14"], []),
    "ernet": (2697, ["202.141.0.0/16", "203.110.240.0/20"], []),
    "nkn": (55824, ["14.139.0.0/16", "103.27.8.0/22"], []),
    "aws_bom": (16509, ["13.232.0.0/14", "3.108.0.0/15", "65.0.0.0/14"], ["2406:da1a::/32"]),
    "aws_sin": (16509, ["13.228.0.0/15", "54.169.0.0/16"], ["2406:da18::/32"]),
    "aws_iad": (14618, ["3.80.0.0/12", "54.152.0.0/16"], []),
    "azure_pnq": (8075, ["20.192.0.0/12", "52.172.0.0/15"], []),
    "azure_us": (8075, ["20.42.0.0/15", "40.76.0.0/14", "13.64.0.0/11"], []),
    "gcp_bom": (396982, ["34.93.0.0/16", "34.100.128.0/17"], ["2600:1900:40a0::/44"]),
    "gcp_any": (396982, ["34.64.0.0/11", "35.184.0.0/13"], []),
    "do_blr": (14061, ["139.59.0.0/16", "143.110.176.0/20", "64.227.128.0/18"], ["2400:6180:100::/40"]),
    "do_sgp": (14061, ["128.199.0.0/16", "159.89.192.0/18"], ["2400:6180::/40"]),
    "hetzner": (24940, ["65.108.0.0/15", "95.216.0.0/16"], ["2a01:4f9::/32"]),
    "ovh_sg": (16276, ["51.79.128.0/17", "139.99.0.0/16"], ["2402:1f00::/32"]),
    "vultr": (20473, ["45.32.0.0/16", "139.180.128.0/18"], ["2401:c080::/32"]),
    "oracle_hyd": (31898, ["144.24.0.0/16", "129.154.0.0/16"], []),
    "cloudflare": (13335, ["104.28.0.0/16", "172.69.0.0/16"], ["2a06:98c0::/29", "2a09:bac0::/29"]),
    "zscaler": (62044, ["165.225.104.0/22", "165.225.120.0/22", "147.161.160.0/20"], []),
    "starlink": (14593, ["98.97.0.0/16", "129.222.0.0/16"], ["2605:59c8::/32"]),
    "comcast": (7922, ["73.0.0.0/8", "98.192.0.0/10"], ["2601::/20"]),
    "etisalat": (5384, ["94.200.0.0/13", "86.96.0.0/13"], ["2001:8f8::/32"]),
    "bt": (2856, ["81.128.0.0/11", "86.128.0.0/10"], ["2a00:23c0::/26"]),
    "singnet": (3758, ["116.14.0.0/15", "220.255.0.0/16"], ["2406:3003::/32"]),
}
_NETS = {k: ([ipaddress.ip_network(p) for p in v4], [ipaddress.ip_network(p) for p in v6])
         for k, (_, v4, v6) in ISP.items()}
MOBILE_V6 = {"jio": 0.86, "airtel_m": 0.7, "vi": 0.45}


def v4(rng: random.Random, isp: str) -> str:
    net = rng.choice(_NETS[isp][0])
    return str(ipaddress.IPv4Address(int(net.network_address) + rng.randrange(1, net.num_addresses - 1)))


def v6_prefix64(rng: random.Random, isp: str) -> int:
    net = rng.choice(_NETS[isp][1])
    free = 64 - net.prefixlen
    return (int(net.network_address) >> 64) + rng.getrandbits(free)


def v6_in(p64: int, iid: int) -> str:
    return str(ipaddress.IPv6Address((p64 << 64) | (iid & 0xFFFFFFFFFFFFFFFF)))


def hkey(*parts) -> int:
    return int.from_bytes(hashlib.blake2b("/".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


class Net:
    """Where an account's requests come from; ip() -> (address, asn)."""

    def ip(self, rng: random.Random, t: int) -> tuple[str, int]:
        raise NotImplementedError


class Fixed(Net):
    def __init__(self, pairs):
        self.pairs = pairs

    def ip(self, rng, t):
        return self.pairs[0] if len(self.pairs) == 1 else rng.choice(self.pairs)


class Mobile(Net):
    """Indian mobile: a fresh /64 per attach (every few hours) or a shared CGNAT v4."""

    def __init__(self, w: "World", isp: str, key: int):
        self.w, self.isp, self.key, self.asn = w, isp, key, ISP[isp][0]
        self.period = (3 + key % 5) * HOUR

    def ip(self, rng, t):
        if rng.random() < MOBILE_V6[self.isp]:
            b = hkey(self.w.seed, self.key, (t + self.key % HOUR) // self.period)
            r = random.Random(b)
            return v6_in(v6_prefix64(r, self.isp), r.getrandbits(64)), self.asn
        return rng.choice(self.w.cgnat(self.isp)), self.asn


class Home(Net):
    """Home broadband: a stable v4 (or a CGNAT one) plus a delegated /56."""

    def __init__(self, rng, isp: str):
        self.asn = ISP[isp][0]
        self.v4 = v4(rng, isp)
        self.p64 = v6_prefix64(rng, isp) if _NETS[isp][1] else None
        self.iids = [rng.getrandbits(64) for _ in range(2)]
        self.v6share = rng.uniform(0.4, 0.8)

    def ip(self, rng, t):
        if self.p64 is not None and rng.random() < self.v6share:
            return v6_in(self.p64, self.iids[(t // DAY) % 2]), self.asn
        return self.v4, self.asn


class Rotating(Net):
    """A new address per request (or per sticky window) from a set of operators."""

    def __init__(self, w, isps, v6share=0.0, sticky_ms=0, key=0, p48=None):
        self.w, self.isps, self.v6share, self.sticky, self.key, self.p48 = w, isps, v6share, sticky_ms, key, p48

    def ip(self, rng, t):
        r = random.Random(hkey(self.w.seed, self.key, t // self.sticky)) if self.sticky else rng
        isp = r.choice(self.isps)
        if self.p48 is not None:
            return v6_in((self.p48 << 16) | r.getrandbits(16), r.getrandbits(64)), ISP[isp][0]
        if _NETS[isp][1] and r.random() < self.v6share:
            return v6_in(v6_prefix64(r, isp), r.getrandbits(64)), ISP[isp][0]
        if isp in MOBILE_V6:  # a proxy exit on a phone sits behind the same CGNAT as everyone else
            return r.choice(self.w.cgnat(isp)), ISP[isp][0]
        return v4(r, isp), ISP[isp][0]


class Mix(Net):
    def __init__(self, parts):  # [(weight, Net)]
        self.cum = list(accumulate(p for p, _ in parts))
        self.nets = [n for _, n in parts]

    def ip(self, rng, t):
        return self.nets[bisect(self.cum, rng.random() * self.cum[-1])].ip(rng, t)


# ----------------------------------------------------------------------------- clients
def ja4(stack: str) -> str:
    h = hashlib.sha256(stack.encode()).hexdigest()
    return f"t13d{15 + len(stack) % 5}{10 + len(stack) % 7}h2_{h[:12]}_{h[12:24]}"


UA = {
    "openai_py": ["OpenAI/Python 1.54.4", "OpenAI/Python 1.58.1", "OpenAI/Python 1.66.3", "OpenAI/Python 1.75.0"],
    "vidya_py": ["vidya-python/0.9.2 CPython/3.11.9", "vidya-python/0.9.4 CPython/3.12.3", "vidya-python/0.8.7 CPython/3.10.12"],
    "node": ["OpenAI/JS 4.67.3", "OpenAI/JS 4.77.0", "vidya-js/0.6.1 node/20.11.1"],
    "requests": ["python-requests/2.31.0", "python-requests/2.32.3"],
    "langchain": ["langchain-openai/0.2.9 OpenAI/Python 1.54.4"],
    "browser": ["Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"],
    "android_app": ["VidyaChat/2.14.0 (Android 14; okhttp/4.12.0)", "VidyaChat/2.13.2 (Android 13; okhttp/4.12.0)"],
    "curl": ["curl/8.5.0", "curl/7.81.0"],
    "vscode": ["vidya-code/1.6.2 vscode/1.89.1", "vidya-code/1.6.0 vscode/1.88.0"],
}
STACK = {"openai_py": "httpx", "vidya_py": "httpx", "node": "undici", "requests": "urllib3", "langchain": "httpx",
         "android_app": "okhttp", "curl": "curl", "vscode": "undici"}


class Client:
    """A user agent and what the gateway logs as device_id: the TLS (JA4-style)
    fingerprint for API clients, an install cookie for the web/mobile app."""

    __slots__ = ("ua", "dev")

    def __init__(self, ua, dev):
        self.ua, self.dev = ua, dev


def sdk_client(rng, kinds=("openai_py", "vidya_py", "node", "requests", "langchain", "curl"),
               weights=(40, 25, 15, 10, 6, 4)) -> Client:
    k = rng.choices(kinds, weights)[0]
    return Client(rng.choice(UA[k]), ja4(STACK[k]))


def app_client(w, rng, kind="browser") -> Client:
    return Client(rng.choice(UA[kind]), w.hexid("dev_", 16, rng))


# ----------------------------------------------------------------------------- corpora & text
def _fill(text: str) -> str:
    return re.sub(r"\$\{([^}:|]+)(?::([^}|]*))?[^}]*\}", lambda m: (m.group(2) or m.group(1)).strip(), text)


class Corpus:
    def __init__(self, root: Path):
        self.p = {}
        for f in sorted(root.glob("*.jsonl")):
            name = f.stem.split("_", 1)[1]
            with f.open(encoding="utf-8") as fh:
                self.p[name] = [json.loads(line)["text"] for line in fh if line.strip()]
        for k in ("arena_hard_prompts", "awesome_chatgpt_prompts"):
            self.p[k] = [_fill(t)[:8000] for t in self.p[k]]
        self.p["arena"] = self.p.pop("arena_hard_prompts")
        self.p["awesome"] = self.p.pop("awesome_chatgpt_prompts")
        self.p["nq"] = self.p.pop("nq_open_questions")
        self.p["seed"] = self.p.pop("self_instruct_seed_tasks")
        self.p["user"] = self.p.pop("self_instruct_user_oriented")
        self.p["roles"] = [t for t in self.p["awesome"] if len(t) < 2500]
        self.p["code_arena"] = [t for t in self.p["arena"] if re.search(r"\b(code|python|function|sql|javascript|c\+\+|program)\b", t, re.I)]
        self.p["gsm8k_test"] = self.p["gsm8k"][-1319:]
        self.p["mbpp_test"] = self.p["mbpp"][10:510]
        self.p["math500"] = self.p["math"][::10]

    def __getitem__(self, k):
        return self.p[k]


def toks(s: str | None) -> int:
    if not s:
        return 0
    return (len(s) + 3) // 4 if s.isascii() else len(s.encode("utf-8")) // 3 + 1


class Cursor:
    """Walks a pool without replacement (systematic coverage), wrapping around."""

    def __init__(self, items, rng=None):
        self.items = list(items)
        if rng is not None:
            rng.shuffle(self.items)
        self.i = 0

    def next(self):
        x = self.items[self.i % len(self.items)]
        self.i += 1
        return x


CHAT_WRAP = ["{q}", "{q}", "{q}", "{q}\n\nKeep it short.", "Can you help me with this? {q}", "{q} Please explain simply.",
             "{q}\n\nthanks", "I need help. {q}"]
NQ_WRAP = ["{q}", "{q}?", "quick question: {q}", "{Q}?", "do you know {q}", "tell me {q}"]
STUDENT_MATH = ["{q}", "Solve: {q}", "explain step by step {q}", "bhai ye samjha do step by step pls: {q}",
                "Can you explain how to solve this? I don't get it.\n{q}", "{q}\nShow your working.",
                "give only a hint, not the full answer: {q}", "what's the answer to this? {q}",
                "{q}\n\nmera answer match nahi ho raha, steps batao", "Sir please solve this question with steps: {q}",
                "{q} (JEE mains practice) explain the concept used", "Check my method: I got a different answer. {q}"]
STUDENT_CODE = ["{q}", "my code is failing for this, explain the approach first: {q}", "write python code for:\n{q}",
                "lab assignment, please explain the logic too:\n{q}", "{q}\n\nwhy does my loop give wrong output for this"]
FOLLOWUPS = ["can you make it shorter?", "explain again in simple words", "thanks! now give an example",
             "translate that to Hindi", "ok and what about the second part?", "why?", "can you put it in a table",
             "that's wrong, check again", "continue", "isko hindi me samjhao", "give me 5 more like this",
             "what is the time complexity?", "now write it in Java", "can you cite a source?"]
RESULT_Q = [
    "my roll number is {roll} and the result is not showing on the website, what should I do",
    "How do I apply for re-evaluation of {subj} marks? what is the last date",
    "compartment exam ka form kab bharna hai {board} {year}",
    "{pct}% aaye hai, {course} me admission milega kya {city} me?",
    "मेरा रिजल्ट कब आएगा? रोल नंबर {roll}",
    "Is {pct} percent good for {course}? which colleges in {city} should I try",
    "how to download marksheet from digilocker for {board}",
    "{subj} me {m} marks aaye, passing marks kitne hai?",
    "result server down hai kya? {board} site not opening",
    "what is the difference between re-evaluation and verification of marks in {board}",
    "I got {pct}% in class 12 {stream}, parents are upset. what career options do I have",
    "{board} topper {year} list kaha milegi",
    "मुझे {subj} में {m} अंक मिले हैं, क्या मैं पास हूँ?",
    "can I take admission in {course} with {pct}% in {stream}?",
]
FILL = {"subj": ["Physics", "Chemistry", "Maths", "Biology", "English", "Accountancy", "Economics", "Hindi", "Computer Science"],
        "board": ["CBSE", "Maharashtra HSC", "Karnataka PUC", "UP Board", "TN HSE", "ICSE"],
        "course": ["B.Tech CSE", "BBA", "B.Com (Hons)", "BSc Nursing", "BCA", "MBBS", "BA LLB", "B.Pharm"],
        "city": ["Pune", "Delhi", "Lucknow", "Indore", "Bengaluru", "Jaipur", "Kota", "Patna", "Chennai", "Nagpur"],
        "stream": ["PCM", "PCB", "Commerce", "Arts"], "year": ["2026"]}


def fill_result(rng) -> str:
    t = rng.choice(RESULT_Q)
    return t.format(roll=rng.randrange(10_000_000, 29_999_999), pct=rng.randrange(48, 99), m=rng.randrange(18, 99),
                    **{k: rng.choice(v) for k, v in FILL.items()})


def wrap(rng, templates, q: str) -> str:
    return rng.choice(templates).replace("{Q}", q[:1].upper() + q[1:]).replace("{q}", q)


BUSINESS = ["jewellery store", "dental clinic", "coaching centre", "travel agency", "sweet shop", "real-estate broker",
            "chartered accountant firm", "pharmacy", "garment exporter", "grocery delivery app", "two-wheeler showroom",
            "wedding planner", "physiotherapy clinic", "software consultancy", "hotel", "insurance agency"]
BIZNAME = ["Shree", "Sai", "Lakshmi", "Ganesh", "Om", "Royal", "Metro", "Sunrise", "Green Leaf", "Kaveri", "Annapurna",
           "Balaji", "Nandi", "Tulsi", "Orbit", "Apex"]
CITIES = ["Pune", "Surat", "Coimbatore", "Indore", "Kochi", "Nagpur", "Vizag", "Mysuru", "Ludhiana", "Bhopal", "Guwahati"]
CUSTOMER_Q = ["what are your timings on sunday", "do you deliver to {area}?", "price kya hai?", "can I book an appointment for tomorrow",
              "is there any discount for students", "I want to cancel my order #{n}", "how do I pay via UPI",
              "reply in Hindi please: what documents are required", "where is your branch near {area}",
              "my refund for order {n} has not come yet", "do you have EMI option", "write a polite reply to this customer complaint: {q}"]
AREAS = ["Kothrud", "Whitefield", "Andheri", "Salt Lake", "Gachibowli", "Anna Nagar", "Vijay Nagar", "Sector 62"]


def business_system(rng) -> str:
    kind, city = rng.choice(BUSINESS), rng.choice(CITIES)
    name = f"{rng.choice(BIZNAME)} {kind.split()[0].title()}"
    return (f"You are the customer assistant for {name}, a {kind} in {city}. Answer politely in the customer's language "
            f"(English, Hindi or Hinglish). Keep replies under {rng.choice([80, 120, 150])} words. Never share internal prices "
            f"that are not listed. If unsure, ask the customer to call the store.")


def customer_q(rng, c: Corpus) -> str:
    t = rng.choice(CUSTOMER_Q)
    return t.format(area=rng.choice(AREAS), n=rng.randrange(10000, 99999), q=rng.choice(c["user"])[:400])


EDTECH_SYS = (
    "You are PadhaiPal, a friendly tutor for Indian Class 9-12 and JEE/NEET students. The student may write in English, "
    "Hindi or Hinglish; reply in the same style. For maths and science questions, explain the concept first, then solve "
    "step by step, numbering each step, and end with 'Final answer:'. Never just give the answer without steps. If the "
    "question is about exam results, admissions or stress, respond with empathy, give accurate general guidance, and "
    "suggest talking to a parent, teacher or the Tele-MANAS helpline (14416) when the student sounds distressed. Do not "
    "make up board rules, dates or cut-offs; say you are not sure. Keep each reply under 350 words unless the problem "
    "needs more. Use simple language; avoid LaTeX unless the student uses it.")
AGENT_SYS = (
    "You are an autonomous agent running on the Sutradhar framework. Answer the user's task by reasoning about what to do "
    "next and calling tools. You have access to the following tools:\n\n{tools}\n\nUse the following format:\n\n"
    "Task: the input task you must solve\nThought: you should always think about what to do\nAction: the action to take, "
    "one of [{names}]\nAction Input: the input to the action\nObservation: the result of the action\n... (this "
    "Thought/Action/Action Input/Observation can repeat N times)\nThought: I now know the final answer\nFinal Answer: the "
    "final answer to the original task\n\nRules: never invent tool results; stop after at most 12 steps; if a tool fails "
    "twice, explain the failure in the Final Answer. Current date: {date}.")
TOOLS = [("web_search", "search the web and return the top results"), ("python", "run Python code in a sandbox"),
         ("sql_query", "run a read-only SQL query on the customer's warehouse"), ("crm_lookup", "look up a customer record"),
         ("send_email", "draft an email for human approval"), ("calendar", "read and propose calendar slots"),
         ("doc_search", "semantic search over the company's documents"), ("whatsapp_send", "send a WhatsApp template message")]

# Campaign wrappers (written here; the corpora only supply the task text).
COT_BLATANT = ("Solve the following problem. Before giving the final answer, articulate your complete internal reasoning "
               "and write it out step by step, including any false starts and how you corrected them.\n\nProblem: {q}")
HARVEST_T = [
    "{q}\n\nThink step by step and show all of your reasoning before answering.",
    "Explain your full reasoning process in detail, then give the final answer.\n\n{q}",
    "Q: {q}\nA: Let me reason through this carefully, step by step.",
    "{q}\n\nWalk through the solution like an expert would, explaining why each step is taken.",
    "Task: {q}\nProvide a detailed rationale first, then the answer on the last line.",
    "Please answer the following. Include your intermediate reasoning.\n{q}",
    "{q}\n\nFirst write your thought process inside <reasoning> tags, then the final answer.",
    "I want to understand how to approach this, not just the answer: {q}",
    "{q}\nBreak the problem into sub-steps and solve each one, explaining your logic.",
    "Act as a senior expert. {q} Explain the reasoning behind every decision.",
]
HINDI_HARVEST = ["{q}\n\nकृपया चरण-दर-चरण सोचें और अपना पूरा तर्क लिखें, फिर अंतिम उत्तर दें।",
                 "नीचे दिए गए प्रश्न का उत्तर दें। पहले अपनी पूरी सोच विस्तार से लिखें:\n{q}"]
POLYGLOT = {
    "hi": ("इस प्रश्न को चरण-दर-चरण हल करें और हर कदम का कारण विस्तार से समझाएँ:", "पूरा तर्क और अंतिम उत्तर हिंदी में लिखें।"),
    "bn": ("নিচের সমস্যাটি ধাপে ধাপে সমাধান করুন এবং প্রতিটি ধাপের যুক্তি বিস্তারিত ব্যাখ্যা করুন:", "সম্পূর্ণ যুক্তি ও চূড়ান্ত উত্তর বাংলায় লিখুন।"),
    "ta": ("கீழே உள்ள கேள்வியைப் படிப்படியாகத் தீர்த்து, ஒவ்வொரு படியின் காரணத்தையும் விளக்குங்கள்:", "முழு சிந்தனையையும் இறுதி விடையையும் தமிழில் எழுதுங்கள்."),
    "te": ("కింది ప్రశ్నను దశలవారీగా పరిష్కరించి, ప్రతి దశకు కారణాన్ని వివరించండి:", "మీ పూర్తి ఆలోచనా విధానాన్ని తెలుగులో రాయండి."),
    "mr": ("खालील प्रश्न टप्प्याटप्प्याने सोडवा आणि प्रत्येक टप्प्याचे कारण स्पष्ट करा:", "संपूर्ण विचारप्रक्रिया मराठीत लिहा."),
    "id": ("Selesaikan soal berikut langkah demi langkah dan jelaskan alasan di setiap langkah:", "Tuliskan seluruh penalaran Anda dalam bahasa Indonesia."),
    "vi": ("Hãy giải bài toán sau từng bước và giải thích lý do của mỗi bước:", "Viết toàn bộ lập luận bằng tiếng Việt."),
    "ar": ("حل المسألة التالية خطوة بخطوة واشرح سبب كل خطوة بالتفصيل:", "اكتب كل خطوات تفكيرك والإجابة النهائية بالعربية."),
    "sw": ("Tatua swali lifuatalo hatua kwa hatua na ueleze sababu ya kila hatua:", "Andika hoja zako zote kwa Kiswahili."),
}
LANGS = {"hi": "Hindi", "bn": "Bengali", "ta": "Tamil", "te": "Telugu", "mr": "Marathi", "gu": "Gujarati", "kn": "Kannada", "ml": "Malayalam"}
PARA = {  # low-and-slow paraphrase grammar
    "open": ["", "", "Hi! ", "Quick one: ", "Hey, ", "I'm preparing for JEE. ", "Could you help me with this? ", "Homework question: ",
             "Working through a problem set. ", "Stuck on this one. ", "For my revision notes: ", "ok so "],
    "ask": ["Work through the following problem", "Please solve this", "Solve the problem below", "Can you figure this out",
            "Take a look at this question", "Help me answer this", "Go through this one", "Try this problem"],
    "why": ["and walk me through your full thought process before the final answer.",
            ", explaining each step of your reasoning in detail.",
            ". I want to see every intermediate step and why you took it.",
            ", showing the complete chain of reasoning, not just the result.",
            "; narrate your reasoning as you go.",
            ". Lay out your thinking carefully and verify each step.",
            ", then double-check your work and explain any corrections.",
            ". Explain it the way a teacher would, step by step."],
    "fmt": ["", "", " Put the final answer at the end.", " End with 'Final answer:'.", " Use LaTeX where helpful.", " Be thorough."],
}


def paraphrase(rng, q: str) -> str:
    ask = rng.choice(PARA["ask"]) + rng.choice(PARA["why"]) + rng.choice(PARA["fmt"])
    s = (rng.choice(PARA["open"]) + ask + "\n\n" + q) if rng.random() < 0.6 else (q + "\n\n" + ask)
    r = rng.random()
    if r < 0.15:
        s = s.lower()
    elif r < 0.25:
        s = s.replace(", ", " ").replace(". ", " ")
    return s


# ----------------------------------------------------------------------------- time
def profile(ws):
    return list(accumulate(ws))


P = {
    "consumer": profile([2, 1, .6, .4, .3, .4, .8, 1.5, 2.5, 3.5, 4, 4.2, 4.5, 4.3, 4, 4, 4.2, 4.5, 5, 5, 4.5, 5, 4.5, 3.5]),
    "student": profile([4, 3, 1.5, .6, .3, .3, .6, 1.5, 3, 4, 4.5, 4.5, 4, 3.5, 3.5, 4, 4.5, 5, 5, 5, 5, 5.5, 6, 5.5]),
    "office": profile([.2, .1, .1, .1, .1, .2, .4, 1, 3, 5, 6, 6, 5, 4, 5.5, 6, 6, 5.5, 4, 2.5, 1.5, 1, .6, .3]),
    "evening_app": profile([2, 1, .5, .3, .2, .3, 1, 2.5, 3, 3, 3, 3, 3, 3, 3.5, 4, 5, 6, 6.5, 6.5, 6, 6, 5, 3.5]),
    "shifts": profile([0, 0, 0, 0, 0, 0, 0, 3, 4, 4, 4, 4, 3, 4, 4, 4, 4, 4, 4, 3, 4, 4, 3, .5]),
    "flat": profile([1] * 24),
    "mimic": profile([1.5, 1.2, 1, 1, 1, 1, 1.2, 1.6, 2, 2.4, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.4, 2.2, 1.8]),
}


def local_time(rng, cum, day: int, tz_min: int = IST) -> int:
    h = bisect(cum, rng.random() * cum[-1])
    return T0 + day * DAY + h * HOUR + int(rng.random() * HOUR) - (tz_min - IST) * MIN


def in_ipl(t: int) -> bool:
    m = ((t - T0) % DAY) / MIN
    return 19.5 * 60 <= m < 23 * 60


def lognorm(rng, median, sigma, lo=1, hi=10**9):
    return int(min(hi, max(lo, round(median * math.exp(rng.gauss(0, sigma))))))


# ----------------------------------------------------------------------------- world
class Acct:
    __slots__ = ("id", "org", "keys", "pay", "created", "client", "clients", "net", "pop", "camp", "tz", "k")

    def __init__(self, id, org, keys, pay, created, client, net, pop, camp=None, tz=IST):
        self.id, self.org, self.keys, self.pay, self.created = id, org, keys, pay, created
        self.client, self.clients, self.net, self.pop, self.camp, self.tz = client, None, net, pop, camp, tz
        self.k = 0.0


class World:
    def __init__(self, seed: int, days: int, corpus: Corpus):
        self.seed, self.days, self.c = seed, days, corpus
        self.t_end = T0 + days * DAY
        self.launch = T0 + (DAY if days >= 2 else 0) + 10 * HOUR
        self.results = [t for t in (T0 + 11 * HOUR, T0 + DAY + 13 * HOUR) if t < self.t_end]
        self.ev: list[tuple] = []
        self.accts: list[Acct] = []
        self._ids: set[str] = set()
        self._cgnat: dict[str, list[str]] = {}
        self.idrng = self.sub("ids")

    def sub(self, name: str) -> random.Random:
        return random.Random(f"heldout20/{self.seed}/{name}")

    def hexid(self, prefix, n, rng=None) -> str:
        r = rng or self.idrng
        while True:
            s = prefix + format(r.getrandbits(4 * n), f"0{n}x")
            if s not in self._ids:
                self._ids.add(s)
                return s

    def cgnat(self, isp) -> list[str]:
        if isp not in self._cgnat:
            r = self.sub(f"cgnat/{isp}")
            self._cgnat[isp] = [v4(r, isp) for _ in range(2500)]
        return self._cgnat[isp]

    def acct(self, rng, pop, *, org=None, pay=None, created_days=(30, 700), client=None, net=None, camp=None,
             tz=IST, keys=1, created=None, personal_org=0.7) -> Acct:
        aid = self.hexid("acct_", 16)
        if org is None and rng.random() < personal_org:
            org = self.hexid("org_", 12)
        if created is None:
            created = T0 - int(rng.uniform(*created_days) * DAY) + rng.randrange(DAY)
        a = Acct(aid, org, [self.hexid("key_", 12) for _ in range(keys)], pay, created, client, net, pop, camp, tz)
        self.accts.append(a)
        return a

    def pay(self, kind: str) -> str:
        return self.hexid({"card": "card_", "upi": "upi_", "voucher": "vchr_", "aws": "mkt_aws_", "azure": "mkt_azure_",
                           "invoice": "inv_gst_"}[kind], 16)

    def model(self, rng, t, weights, adopt=0.0, ramp_h=4.0):
        if t >= self.launch and adopt and rng.random() < adopt * min(1.0, 0.25 + (t - self.launch) / (ramp_h * HOUR)):
            return "vidya-3-pro"
        return rng.choices(list(weights), list(weights.values()))[0]

    def emit(self, rng, a: Acct, t: int, prompt, system, model, ctok, *, extra_ptok=0, endpoint="/v1/chat/completions",
             status=200, client=None, key=None):
        if not (T0 <= t < self.t_end) or t < a.created:
            return
        cl = client or a.client
        ip, asn = a.net.ip(rng, t)
        ptok = toks(prompt) + toks(system) + extra_ptok + (7 if system else 4)
        if status != 200:
            ctok = 0
        self.ev.append((t, a.id, model, endpoint, prompt, system, ptok, ctok, status, ip, asn, cl.ua, cl.dev,
                        key or a.keys[0], a.org, a.pay, a.created))


def status_of(rng, p429=0.004, p5xx=0.002, p400=0.003, p499=0.002) -> int:
    r = rng.random()
    if r < p429:
        return 429
    r -= p429
    if r < p5xx:
        return rng.choice((500, 502, 503))
    r -= p5xx
    if r < p400:
        return 400
    r -= p400
    return 499 if r < p499 else 200


def sessions(rng, w: World, n: int, cum, day: int, tz: int, turns: float, gap_s: float, ipl=False, starts=None):
    """n request times on a local day, grouped into sessions of ~turns requests."""
    out = []
    while len(out) < n:
        if starts:
            t = starts.pop()
        else:
            t = local_time(rng, cum, day, tz)
            if ipl and in_ipl(t) and rng.random() < 0.4:
                continue
        k = min(n - len(out), 1 + int(rng.expovariate(1 / max(0.01, turns - 1))))
        for i in range(k):
            out.append((t, i))
            t += int(gap_s * SEC * math.exp(rng.gauss(0, 0.8)))
    return out


# ----------------------------------------------------------------------------- benign: chat-like users
def pick(c: Corpus, pool: str, templates=None):
    items = c[pool]
    if templates is None:
        return lambda rng: rng.choice(items)
    return lambda rng: wrap(rng, templates, rng.choice(items))


def chat_traffic(w: World, rng, accts, *, rate, cum, turns, gap, mix, models, adopt, ctok, sys_p=0.3, sys_pick=None,
                 followup=0.3, ipl=True, results_boost=0.0, launch_boost=0.0, endpoints=None, errs=None):
    cum_mix = list(accumulate(m[0] for m in mix))
    eps = endpoints or {"/v1/chat/completions": 1}
    ep_k, ep_w = list(eps), list(eps.values())
    for a in accts:
        sys_txt = (sys_pick(rng) if sys_pick else rng.choice(["You are a helpful assistant.", "You are a helpful assistant. Answer concisely.",
                                                                rng.choice(w.c["roles"])])) if rng.random() < sys_p else None
        a_rate = lognorm(rng, rate[0], rate[1], 1, rate[2])
        a_models = models if rng.random() < 0.8 else {m: 1 for m in models}
        for day in range(w.days):
            n = max(0, int(round(a_rate * rng.uniform(0.4, 1.6)))) if rng.random() < 0.85 else 0
            starts = []
            for r in w.results:
                if results_boost and T0 + day * DAY <= r < T0 + (day + 1) * DAY and rng.random() < results_boost:
                    starts.append(r + int(rng.expovariate(1 / (1.5 * HOUR))))
                    n += rng.randrange(2, 8)
            if launch_boost and T0 + day * DAY <= w.launch < T0 + (day + 1) * DAY and rng.random() < launch_boost:
                starts.append(w.launch + int(rng.expovariate(1 / (2 * HOUR))))
                n += rng.randrange(3, 15)
            if not n:
                continue
            hist = 0
            for t, i in sessions(rng, w, n, cum, day, a.tz, turns, gap, ipl, starts):
                cl = rng.choice(a.clients) if a.clients else None
                if i > 0 and rng.random() < followup:
                    prompt = rng.choice(FOLLOWUPS)
                else:
                    f = mix[bisect(cum_mix, rng.random() * cum_mix[-1])][1]
                    prompt, hist = f(rng), 0
                model = w.model(rng, t, a_models, adopt)
                c = lognorm(rng, ctok[0], ctok[1], 1, ctok[2])
                if model in ("vidya-2-reason", "vidya-3-pro"):
                    c = min(c * rng.randint(2, 4), 16000)
                ep = rng.choices(ep_k, ep_w)[0]
                if ep == "/v1/embeddings":
                    model, c = "vidya-embed-2", 0
                w.emit(rng, a, t, prompt, sys_txt, model, c, extra_ptok=hist, endpoint=ep,
                       status=status_of(rng, **(errs or {})), client=cl)
                hist += toks(prompt) + c


def indie_chat(w: World, n: int):
    rng, c = w.sub("indie"), w.c
    accts = []
    for _ in range(n):
        if rng.random() < 0.55:
            isp = rng.choices(["jio", "airtel_m", "vi"], [50, 35, 15])[0]
            net = Mobile(w, isp, rng.getrandbits(40))
        else:
            net = Home(rng, rng.choices(["act", "airtel_bb", "jio_fiber", "hathway", "bsnl"], [25, 30, 25, 10, 10])[0])
        pay = None if rng.random() < 0.12 else w.pay(rng.choices(["upi", "card"], [55, 45])[0])
        cl = sdk_client(rng) if rng.random() < 0.6 else app_client(w, rng, rng.choice(["browser", "android_app"]))
        a = w.acct(rng, "indie_chat", pay=pay, client=cl, net=net, created_days=(1, 900))
        if rng.random() < 0.3:  # SDK users also open the playground
            a.clients = [cl, app_client(w, rng)]
        accts.append(a)
    mix = [(30, pick(c, "arena")), (12, pick(c, "seed", CHAT_WRAP)), (10, pick(c, "user", CHAT_WRAP)), (18, pick(c, "nq", NQ_WRAP)),
           (10, pick(c, "awesome")), (6, pick(c, "gsm8k", STUDENT_MATH)), (8, pick(c, "mbpp", STUDENT_CODE)), (6, pick(c, "code_arena"))]
    chat_traffic(w, rng, accts, rate=(6, 0.9, 150), cum=P["consumer"], turns=3, gap=70, mix=mix,
                 models={"vidya-2-mini": 50, "vidya-2": 40, "vidya-2-reason": 10}, adopt=0.3, ctok=(320, 0.8, 4096),
                 sys_p=0.35, launch_boost=0.25, endpoints={"/v1/chat/completions": 85, "/v1/responses": 12, "/v1/embeddings": 3})


def family_upi(w: World, n: int):
    """Households sharing one UPI autopay mandate and one home connection; kids do homework."""
    rng, c = w.sub("family"), w.c
    accts = []
    while len(accts) < n:
        home, pay = Home(rng, rng.choice(["jio_fiber", "airtel_bb", "act", "bsnl"])), w.pay("upi")
        for _ in range(rng.choice([2, 2, 3, 3, 4])):
            cl = app_client(w, rng, rng.choice(["browser", "android_app"]))
            mob = Mobile(w, rng.choice(["jio", "airtel_m"]), rng.getrandbits(40))
            accts.append(w.acct(rng, "family_upi", pay=pay, client=cl, net=Mix([(3, home), (1, mob)]), created_days=(5, 500)))
    mix = [(30, pick(c, "gsm8k", STUDENT_MATH)), (15, pick(c, "svamp", STUDENT_MATH)), (20, pick(c, "nq", NQ_WRAP)),
           (20, pick(c, "user", CHAT_WRAP)), (10, pick(c, "arena")), (5, fill_result)]
    chat_traffic(w, rng, accts, rate=(5, 0.8, 60), cum=P["consumer"], turns=3, gap=90, mix=mix,
                 models={"vidya-2-mini": 80, "vidya-2": 20}, adopt=0.05, ctok=(380, 0.7, 2048), sys_p=0.05, results_boost=0.5)


def students(w: World, n: int):
    """College students behind campus NATs (few v4 addresses for thousands), or on hostel mobile data.
    Classmates send the same assignment problems within hours of each other."""
    rng, c = w.sub("students"), w.c
    campuses = []
    for _ in range(14):
        isp = rng.choice(["ernet", "nkn", "nkn", "act", "bsnl"])
        campuses.append(Fixed([(v4(rng, isp), ISP[isp][0]) for _ in range(rng.randint(2, 8))]))
    assignments = [[rng.choice(c["math"]) for _ in range(rng.randint(6, 15))] for _ in range(len(campuses))]
    accts, campus_of = [], {}
    for _ in range(n):
        ci = rng.randrange(len(campuses))
        net = Mix([(7, campuses[ci]), (3, Mobile(w, rng.choice(["jio", "airtel_m", "vi"]), rng.getrandbits(40)))])
        cl = app_client(w, rng) if rng.random() < 0.55 else sdk_client(rng)
        pay = None if rng.random() < 0.6 else w.pay("upi")
        a = w.acct(rng, "students", pay=pay, client=cl, net=net, created_days=(0.5, 240))
        campus_of[a.id] = ci
        accts.append(a)
    by_campus: dict[int, list] = {}
    for a in accts:
        by_campus.setdefault(campus_of[a.id], []).append(a)
    mix = [(30, pick(c, "math", STUDENT_MATH)), (12, pick(c, "gsm8k", STUDENT_MATH)), (12, pick(c, "mbpp", STUDENT_CODE)),
           (6, pick(c, "humaneval", STUDENT_CODE)), (15, pick(c, "arena")), (12, pick(c, "nq", NQ_WRAP)), (5, fill_result),
           (8, pick(c, "seed", CHAT_WRAP))]
    chat_traffic(w, rng, accts, rate=(9, 0.9, 120), cum=P["student"], turns=4, gap=100, mix=mix,
                 models={"vidya-2-mini": 60, "vidya-2": 25, "vidya-2-reason": 15}, adopt=0.2, ctok=(450, 0.7, 4096),
                 sys_p=0.1, results_boost=0.35, launch_boost=0.15)
    # shared assignments: a class asks the same problems on the evening before a deadline
    for ci, members in by_campus.items():
        day = rng.randrange(w.days)
        deadline = T0 + day * DAY + rng.choice([20, 21, 22, 23]) * HOUR
        for a in rng.sample(members, k=max(1, int(len(members) * rng.uniform(0.2, 0.5)))):
            t = deadline - int(rng.uniform(0.2, 6) * HOUR)
            for q in assignments[ci]:
                if rng.random() < 0.7:
                    w.emit(rng, a, t, wrap(rng, STUDENT_MATH, q), None, rng.choice(["vidya-2-mini", "vidya-2"]),
                           lognorm(rng, 500, 0.5, 50, 3000), status=status_of(rng))
                    t += int(rng.uniform(40, 400) * SEC)


def diaspora(w: World, n: int):
    rng, c = w.sub("diaspora"), w.c
    zones = [("comcast", -240, "card"), ("comcast", -420, "card"), ("etisalat", 240, "card"), ("bt", 60, "card"), ("singnet", 480, "card")]
    accts = []
    for _ in range(n):
        isp, tz, p = rng.choice(zones)
        cl = sdk_client(rng) if rng.random() < 0.5 else app_client(w, rng)
        accts.append(w.acct(rng, "diaspora", pay=w.pay(p), client=cl, net=Home(rng, isp), tz=tz, created_days=(10, 800)))
    mix = [(35, pick(c, "arena")), (20, pick(c, "user", CHAT_WRAP)), (15, pick(c, "nq", NQ_WRAP)), (15, pick(c, "awesome")),
           (15, pick(c, "code_arena"))]
    chat_traffic(w, rng, accts, rate=(6, 0.9, 100), cum=P["consumer"], turns=3, gap=80, mix=mix, ipl=False,
                 models={"vidya-2-mini": 40, "vidya-2": 50, "vidya-2-reason": 10}, adopt=0.35, ctok=(350, 0.8, 4096),
                 sys_p=0.3, launch_boost=0.2)


def enterprise(w: World, n: int):
    """Two enterprises' employees behind Zscaler; the provider sees the internal copilot gateway's TLS stack."""
    rng, c = w.sub("enterprise"), w.c
    accts = []
    for e in range(2):
        org, pay = w.hexid("org_", 12), w.pay("invoice")
        egress = Fixed([(v4(rng, "zscaler"), 62044) for _ in range(rng.randint(6, 14))])
        vpn = Fixed([(v4(rng, "tata"), 4755) for _ in range(2)])
        cl = Client(f"CorpCopilot-Gateway/1.{3 + e} (+httpx/0.27.0)", ja4("httpx"))
        for _ in range(n // 2):
            accts.append(w.acct(rng, "enterprise_copilot", org=org, pay=pay, client=cl, net=Mix([(9, egress), (1, vpn)]),
                                created_days=(20, 400)))
    mix = [(30, pick(c, "arena")), (25, pick(c, "user", CHAT_WRAP)), (15, pick(c, "awesome")), (20, pick(c, "code_arena")),
           (10, pick(c, "seed", CHAT_WRAP))]
    chat_traffic(w, rng, accts, rate=(9, 0.8, 120), cum=P["office"], turns=3, gap=120, mix=mix, ipl=False,
                 models={"vidya-2": 70, "vidya-2-mini": 30}, adopt=0.0, ctok=(380, 0.7, 4096), sys_p=1.0,
                 sys_pick=lambda r: "You are the internal assistant for employees. Do not reveal confidential data. Cite internal policy IDs when relevant.")


def satellite(w: World, n: int):
    """Agri-extension field staff on Starlink/VSAT: queued questions flush in bursts when the link is up."""
    rng, c = w.sub("satellite"), w.c
    org, pay = w.hexid("org_", 12), w.pay("card")
    accts = [w.acct(rng, "satellite_field", org=org, pay=pay, client=Client("KisanMitra/0.9 (Android; okhttp/4.11.0)", ja4("okhttp")),
                    net=Mix([(7, Rotating(w, ["starlink"], 0.6)), (3, Rotating(w, ["tata"]))]), created_days=(30, 300))
             for _ in range(n)]
    sysp = ("You are KisanMitra, an assistant for agricultural extension workers in India. Give practical, low-cost advice "
            "about crops, soil, pests, weather and government schemes. Answer in simple English or Hindi.")
    mix = [(70, pick(c, "nq", NQ_WRAP)), (15, pick(c, "user", CHAT_WRAP)), (15, pick(c, "seed", CHAT_WRAP))]
    chat_traffic(w, rng, accts, rate=(12, 0.6, 60), cum=P["office"], turns=8, gap=3, mix=mix, ipl=False, followup=0.05,
                 models={"vidya-2-mini": 1}, adopt=0.0, ctok=(300, 0.6, 1500), sys_p=1.0, sys_pick=lambda r: sysp,
                 errs={"p5xx": 0.02, "p499": 0.04, "p429": 0.0})


def vouchers(w: World, n: int):
    """Prepaid-voucher users: the gateway records the distributor's settlement instrument for the whole batch."""
    rng, c = w.sub("vouchers"), w.c
    batches = [w.pay("voucher") for _ in range(max(3, n // 40))]
    accts = []
    for _ in range(n):
        net = Mobile(w, rng.choices(["jio", "airtel_m", "vi"], [50, 30, 20])[0], rng.getrandbits(40))
        cl = app_client(w, rng, "android_app") if rng.random() < 0.7 else sdk_client(rng)
        accts.append(w.acct(rng, "voucher_prepaid", pay=rng.choice(batches), client=cl, net=net, created_days=(1, 200)))
    mix = [(30, pick(c, "user", CHAT_WRAP)), (25, pick(c, "nq", NQ_WRAP)), (20, pick(c, "arena")), (10, pick(c, "awesome")),
           (10, pick(c, "gsm8k", STUDENT_MATH)), (5, fill_result)]
    chat_traffic(w, rng, accts, rate=(5, 0.8, 80), cum=P["consumer"], turns=3, gap=80, mix=mix,
                 models={"vidya-2-mini": 85, "vidya-2": 15}, adopt=0.05, ctok=(300, 0.7, 2048), sys_p=0.1, results_boost=0.2)


def cyber_cafe(w: World, n: int):
    """Cafes in tier-2/3 towns: one static IP, a few shared PCs (device cookies), many customers' accounts."""
    rng, c = w.sub("cafe"), w.c
    accts = []
    while len(accts) < n:
        isp = rng.choice(["bsnl", "hathway", "act", "bsnl"])
        ip = Fixed([(v4(rng, isp), ISP[isp][0])])
        pcs = [app_client(w, rng, "browser") for _ in range(rng.randint(3, 8))]
        batch = w.pay("voucher")
        for _ in range(rng.randint(5, 22)):
            pay = rng.choices([batch, w.pay("upi"), None], [6, 3, 1])[0]
            a = w.acct(rng, "cyber_cafe", pay=pay, client=pcs[0], net=ip, created_days=(0.2, 300))
            a.clients = pcs
            accts.append(a)
    mix = [(30, pick(c, "user", CHAT_WRAP)), (25, fill_result), (20, pick(c, "roles")), (15, pick(c, "nq", NQ_WRAP)),
           (10, lambda r: "write a job application letter for the post of " + r.choice(["clerk", "data entry operator", "teacher", "driver", "nurse"]))]
    chat_traffic(w, rng, accts, rate=(4, 0.6, 25), cum=P["office"], turns=4, gap=60, mix=mix, ipl=False,
                 models={"vidya-2-mini": 1}, adopt=0.0, ctok=(400, 0.6, 2048), sys_p=0.0, results_boost=0.6)


def power_devs(w: World, n: int):
    """Heavy individual developers (IDE plugin: FIM completions + chat) and long-form content writers."""
    rng, c = w.sub("power"), w.c
    ide, writers = [], []
    fim, briefs = c["humaneval"] + c["mbpp"], c["user"] + c["seed"]
    for i in range(n):
        net = Home(rng, rng.choice(["act", "airtel_bb", "jio_fiber"])) if rng.random() < 0.7 else Mobile(w, "jio", rng.getrandbits(40))
        if i % 5 == 4:
            writers.append(w.acct(rng, "power_users", pay=w.pay("card"), client=sdk_client(rng), net=net, created_days=(60, 700)))
        else:
            a = w.acct(rng, "power_users", pay=w.pay("card"), client=Client(rng.choice(UA["vscode"]), ja4("undici")), net=net,
                       created_days=(30, 700), keys=2)
            ide.append(a)
    for a in ide:
        for day in range(w.days):
            n_req = lognorm(rng, 260, 0.7, 40, 2000)
            for t, i in sessions(rng, w, n_req, P["office"] if rng.random() < .6 else P["student"], day, IST, 25, 25, False):
                if rng.random() < 0.75:
                    q = rng.choice(fim) if rng.random() < 0.5 else rng.choice(c["code_arena"])
                    w.emit(rng, a, t, q[: rng.randint(80, 1500)], None, "vidya-code-2", lognorm(rng, 40, 0.9, 1, 400),
                           endpoint="/v1/completions", extra_ptok=rng.randint(200, 3000), status=status_of(rng, p499=0.05))
                else:
                    q = rng.choice(c["code_arena"]) if rng.random() < 0.6 else wrap(rng, STUDENT_CODE, rng.choice(c["mbpp"]))
                    w.emit(rng, a, t, q, "You are an expert pair programmer inside VS Code.", w.model(rng, t, {"vidya-2": 1}, 0.5),
                           lognorm(rng, 600, 0.7, 20, 8000), extra_ptok=rng.randint(0, 6000), status=status_of(rng), key=a.keys[1])
    for a in writers:
        sysp = rng.choice(w.c["roles"])
        for day in range(w.days):
            for t, i in sessions(rng, w, lognorm(rng, 140, 0.6, 30, 600), P["office"], day, IST, 12, 60, False):
                q = rng.choice(briefs) + "\n\nWrite about 1500 words, with headings."
                w.emit(rng, a, t, q, sysp, w.model(rng, t, {"vidya-2": 1}, 0.3), lognorm(rng, 1800, 0.35, 200, 4096),
                       status=status_of(rng))


# ----------------------------------------------------------------------------- benign: organisations
def edtech_app(w: World):
    """PadhaiPal: one system prompt for a million students, pinned models, evening peak, results-day surge."""
    rng, c = w.sub("edtech"), w.c
    org, pay = w.hexid("org_", 12), w.pay("aws")
    net = Fixed([(v4(rng, "aws_bom"), 16509) for _ in range(4)])
    cl = Client("PadhaiPal-backend/3.2 aiohttp/3.9.5", ja4("aiohttp"))
    prod = [w.acct(rng, "edtech_tutor_app", org=org, pay=pay, client=cl, net=net, created_days=(300, 500), keys=2) for _ in range(2)]
    staging = w.acct(rng, "edtech_tutor_app", org=org, pay=pay, client=cl, net=net, created_days=(300, 500))
    rotate_at = T0 + (w.days - 1) * DAY + rng.randrange(2, 20) * HOUR
    variants = [EDTECH_SYS + f"\n\nStudent grade: {g}. Preferred language: {l}." for g in (9, 10, 11, 12) for l in ("English", "Hinglish", "Hindi")]
    pools = [(35, "math"), (25, "gsm8k"), (10, "svamp"), (12, "nq"), (6, "arena")]
    cum = list(accumulate(p for p, _ in pools))
    daily = int(rng.uniform(10000, 13000))
    for day in range(w.days):
        times = [local_time(rng, P["evening_app"], day) for _ in range(daily)]
        for r in w.results:
            if T0 + day * DAY <= r < T0 + (day + 1) * DAY:
                times += [r + int(rng.expovariate(1 / (3 * HOUR))) for _ in range(int(daily * 0.35))]
        for t in times:
            a = prod[0] if rng.random() < 0.58 else prod[1]
            after_result = any(0 <= t - r < 8 * HOUR for r in w.results)
            if after_result and rng.random() < 0.3:
                q = fill_result(rng)
            elif rng.random() < 0.07:
                q = rng.choice(FOLLOWUPS)
            else:
                pool = pools[bisect(cum, rng.random() * cum[-1])][1]
                q = wrap(rng, STUDENT_MATH if pool != "nq" else NQ_WRAP, rng.choice(c[pool]))
            peak = 17 <= ((t - T0) % DAY) // HOUR <= 22 or after_result
            w.emit(rng, a, t, q, rng.choice(variants), "vidya-2-mini" if rng.random() < 0.8 else "vidya-2",
                   lognorm(rng, 420, 0.5, 30, 1200), extra_ptok=rng.choice([0, 0, 0, 300, 900]),
                   status=status_of(rng, p429=0.04 if peak else 0.003), key=a.keys[0] if t < rotate_at else a.keys[1])
        for t, i in sessions(rng, w, 150, P["office"], day, IST, 30, 4, False):  # staging regression suite
            w.emit(rng, staging, t, wrap(rng, STUDENT_MATH, c["gsm8k"][i % 40]), variants[0], "vidya-2-mini",
                   lognorm(rng, 400, 0.2, 50, 1200), status=status_of(rng))


def helpdesk_bots(w: World):
    """Dev agencies' WhatsApp bots for boards/colleges: one system prompt each, surge after each results release."""
    rng, c = w.sub("helpdesk"), w.c
    boards = ["CBSE", "Maharashtra HSC", "Karnataka PUC", "UP Board", "a private university"]
    smalltalk = ["hi", "hello", "thank you", "ok", "result", "hii sir"] + c["nq"][:200]
    for bi, board in enumerate(boards):
        isp = rng.choice(["gcp_bom", "do_blr", "aws_bom"])
        net, org, pay = Fixed([(v4(rng, isp), ISP[isp][0]) for _ in range(2)]), w.hexid("org_", 12), w.pay("card")
        cl = Client("python-httpx/0.27.0", ja4("httpx"))
        accts = [w.acct(rng, "results_helpdesk_bots", org=org, pay=pay, client=cl, net=net, created_days=(3, 90))
                 for _ in range(rng.choice([1, 2]))]
        sysp = (f"You are the results helpdesk assistant for {board} students on WhatsApp. Answer questions about results, "
                "re-evaluation, supplementary exams, marksheets and admissions. Use the FAQ context provided. Reply in the "
                "user's language (English, Hindi or Hinglish) in under 80 words. Never guess a student's marks.")
        rel = w.results[0] if bi in (0, 4) or len(w.results) == 1 else w.results[-1]
        times = []
        for day in range(w.days):
            times += [local_time(rng, P["consumer"], day) for _ in range(int(rng.uniform(150, 400)))]
        times += [rel + int(rng.expovariate(1 / (2.5 * HOUR))) for _ in range(int(rng.uniform(1500, 4500)))]
        for t in times:
            a = rng.choice(accts)
            q = fill_result(rng) if rng.random() < 0.75 else rng.choice(smalltalk)
            if rng.random() < 0.3:
                w.emit(rng, a, t, q, None, "vidya-embed-2", 0, endpoint="/v1/embeddings")
            w.emit(rng, a, t + rng.randrange(200, 900), q, sysp, "vidya-2-mini", lognorm(rng, 90, 0.5, 5, 300),
                   extra_ptok=rng.randint(200, 700), status=status_of(rng, p429=0.01))


def eval_labs(w: World):
    """Benchmark sweeps: a university lab, a startup and a public leaderboard; the latter two hit vidya-3-pro at launch."""
    rng, c = w.sub("evals"), w.c
    gsm = lambda q: f"Question: {q}\nLet's think step by step. At the end, write 'The answer is <number>'."
    mth = lambda q: f"Problem:\n{q}\n\nSolve the problem step by step and put your final answer within \\boxed{{}}."
    hev = lambda q: f"Complete the following Python function. Return only code.\n```python\n{q}\n```"
    mbp = lambda q: f"You are an expert Python programmer, and here is your task: {q}"
    chat = lambda q: q
    specs = [  # (name, isp, pay kind, accounts, runs[(day_or_launch, start_h, model, [(pool, fmt, reps)], rps)])
        ("lab", "nkn", "invoice", 2, [(0, 14, "vidya-2", [("gsm8k_test", gsm, 1)], 0.6),
                                      ("L", 6, "vidya-3-pro", [("gsm8k_test", gsm, 1), ("math500", mth, 1)], 0.5)]),
        ("startup", "gcp_bom", "card", 2, [(0, 11, "vidya-2", [("arena", chat, 1)], 1.0),
                                           ("L", 1.5, "vidya-3-pro", [("arena", chat, 1), ("seed", chat, 1)], 1.5)]),
        ("leaderboard", "aws_iad", "card", 3, [("L", 0.7, "vidya-3-pro", [("gsm8k_test", gsm, 1), ("math", mth, 1),
                                                                        ("humaneval", hev, 5), ("mbpp_test", mbp, 1)], 2.5),
                                             (0, 2, "vidya-2-mini", [("humaneval", hev, 5)], 2.0)]),
    ]
    for name, isp, pk, k, runs in specs:
        org, pay = w.hexid("org_", 12), w.pay(pk)
        net = Fixed([(v4(rng, isp), ISP[isp][0]) for _ in range(2)])
        cl = Client(rng.choice(["lm-eval-harness/0.4.5 OpenAI/Python 1.54.4", "OpenAI/Python 1.66.3", "simple-evals/0.3 httpx/0.27.0"]), ja4("httpx"))
        accts = [w.acct(rng, "eval_sweeps", org=org, pay=pay, client=cl, net=net, created_days=(60, 600)) for _ in range(k)]
        for when, h, model, suite, rps in runs:
            t = (w.launch if when == "L" else T0 + when * DAY) + int(h * HOUR)
            a = rng.choice(accts)
            ep = "/v1/batch/chat" if name == "leaderboard" and when == "L" else "/v1/chat/completions"
            for pool, fmt, reps in suite:
                items = c[pool][:500] if pool == "arena" else c[pool]
                for q in items:
                    for _ in range(reps):
                        t += int(rng.expovariate(rps) * SEC)
                        st = status_of(rng, p429=0.03 if rps > 1 else 0.005, p5xx=0.005)
                        w.emit(rng, a, t, fmt(q), None if pool != "arena" else "You are a helpful assistant.", model,
                               lognorm(rng, 380 if fmt is not chat else 650, 0.5, 20, 4096) * (3 if "3-pro" in model else 1),
                               endpoint=ep, status=st)
                        if st == 429:  # client retries the same item
                            t += int(rng.uniform(2, 20) * SEC)
                            w.emit(rng, a, t, fmt(q), None, model, lognorm(rng, 380, 0.5, 20, 4096), endpoint=ep)


def reseller(w: World, n: int):
    """BharatConnect: white-label reseller. Every sub-account shares the reseller's org, marketplace billing,
    egress IPs and SDK fingerprint; each SMB brings its own system prompt."""
    rng, c = w.sub("reseller"), w.c
    w.rs_org, w.rs_pay = w.hexid("org_", 12), w.pay("azure")
    w.rs_net = Fixed([(v4(rng, "azure_pnq"), 8075) for _ in range(6)])
    w.rs_client = Client("BharatConnect-Proxy/2.4 (+httpx/0.27.0)", ja4("httpx"))
    accts = [w.acct(rng, "reseller_smb", org=w.rs_org, pay=w.rs_pay, client=w.rs_client, net=w.rs_net, created_days=(2, 420))
             for _ in range(n)]
    for a in accts:
        sysp, rate = business_system(rng), lognorm(rng, 28, 1.0, 2, 600)
        for day in range(w.days):
            for t, i in sessions(rng, w, max(1, int(rate * rng.uniform(0.5, 1.5))), P["office"], day, IST, 3, 40, False):
                r = rng.random()
                q = customer_q(rng, c) if r < 0.6 else rng.choice(c["user"]) if r < 0.85 else rng.choice(c["nq"])
                if rng.random() < 0.15:
                    w.emit(rng, a, t - 300, q, None, "vidya-embed-2", 0, endpoint="/v1/embeddings")
                w.emit(rng, a, t, q, sysp, "vidya-2-mini" if rng.random() < 0.85 else "vidya-2", lognorm(rng, 140, 0.6, 5, 1000),
                       extra_ptok=rng.choice([0, 0, 400]), status=status_of(rng))


def agent_platform(w: World, n: int):
    """Sutradhar hosted agents: one ReAct system prompt, fast loops of short tool-call completions."""
    rng, c = w.sub("agents"), w.c
    w.ag_client = Client("sutradhar-agent/1.8 langchain-core/0.2.38", ja4("httpx"))
    net = Fixed([(v4(rng, "aws_bom"), 16509) for _ in range(10)] + [(v4(rng, "aws_sin"), 16509) for _ in range(6)])
    w.ag_sys = []
    for _ in range(12):
        tl = rng.sample(TOOLS, rng.randint(3, 6))
        w.ag_sys.append(AGENT_SYS.replace("{tools}", "\n".join(f"{a}: {b}" for a, b in tl))
                        .replace("{names}", ", ".join(a for a, _ in tl)).replace("{date}", "2026-05-13"))
    tasks, observations = c["arena"] + c["user"], c["nq"] + c["seed"]
    for _ in range(n):
        a = w.acct(rng, "agent_platform", pay=w.pay("card"), client=w.ag_client, net=net, created_days=(10, 500), personal_org=1.0)
        sysp = rng.choice(w.ag_sys)
        runs_rate = lognorm(rng, 22, 1.0, 2, 400)
        for day in range(w.days):
            for _r in range(max(1, int(runs_rate * rng.uniform(0.5, 1.5)))):
                t = local_time(rng, P["office"], day)
                task = rng.choice(tasks)
                model = w.model(rng, t, {"vidya-2": 70, "vidya-2-mini": 30}, adopt=0.45)
                hist = 0
                steps = rng.randint(2, 12)
                for s in range(steps):
                    if s == 0:
                        p = f"Task: {task}\nThought:"
                    else:
                        obs = rng.choice(observations)[:600]
                        p = f"Observation: {obs}\nThought:"
                    final = s == steps - 1
                    ct = lognorm(rng, 450 if final else 70, 0.6, 5, 3000)
                    w.emit(rng, a, t, p, sysp, model, ct, extra_ptok=hist, status=status_of(rng, p429=0.01))
                    hist += toks(p) + ct
                    t += int(rng.uniform(0.8, 6) * SEC) + ct * 15


def ci_jobs(w: World):
    """IT-services firms: cron-driven prompt regression suites, identical prompts across team accounts, fired on the hour."""
    rng, c = w.sub("ci"), w.c
    for f in range(6):
        org, pay = w.hexid("org_", 12), w.pay("card")
        suite = [rng.choice(c["humaneval"] + c["mbpp"] + c["user"]) for _ in range(rng.randint(20, 70))]
        sysp = "You are a code reviewer. Answer with a unified diff or 'LGTM'." if f % 2 else None
        self_hosted = Fixed([(v4(rng, "tata"), 4755)])
        cl = Client("python-httpx/0.27.0 pytest/8.2.1", ja4("httpx"))
        minute = rng.choice([0, 0, 0, 30])
        models = ["vidya-2-mini"] + (["vidya-2"] if f % 3 == 0 else [])
        for _ in range(rng.randint(3, 6)):
            net = Rotating(w, ["azure_us"]) if rng.random() < 0.6 else self_hosted
            a = w.acct(rng, "ci_regression", org=org, pay=pay, client=cl, net=net, created_days=(30, 600))
            period = rng.choice([3, 4, 6, 6, 12])
            sub = suite[: rng.randint(len(suite) // 2, len(suite))]
            starts = [T0 + h * HOUR + minute * MIN for h in range(0, 24 * w.days, period)]
            starts += [local_time(rng, P["office"], d) for d in range(w.days) for _ in range(rng.randint(0, 5))]
            for s in starts:
                ms = models + (["vidya-3-pro"] if s >= w.launch + 2 * HOUR and f in (1, 4) else [])
                for m in ms:
                    t = s + rng.randrange(5, 40) * SEC
                    for q in sub:
                        t += int(rng.uniform(0.3, 2.5) * SEC)
                        w.emit(rng, a, t, q, sysp, m, 60 + hkey("ci", q, m) % 500, status=status_of(rng))


def translation_vendor(w: World):
    """Localisation vendors: English documents into Indian languages; Indic completions are token-heavy."""
    rng, c = w.sub("translation"), w.c
    docs = [t for t in c["awesome"] + c["user"] + c["arena"] if 80 < len(t) < 3000]
    for v in range(2):
        org, pay = w.hexid("org_", 12), w.pay("card")
        isp = rng.choice(["tata", "airtel_bb"])
        net = Fixed([(v4(rng, isp), ISP[isp][0]) for _ in range(3)])
        cl = Client(rng.choice(["OpenAI/Python 1.58.1", "LocaliseFlow/4.0 python-requests/2.31.0"]), ja4("httpx" if v == 0 else "urllib3"))
        langs = rng.sample(list(LANGS), 5)
        for k in range(rng.randint(5, 7)):
            a = w.acct(rng, "translation_vendor", org=org, pay=pay, client=cl, net=net, created_days=(90, 900))
            batch = k == 0
            for day in range(w.days):
                for _ in range(int(rng.uniform(500, 1300))):
                    t = local_time(rng, P["flat"] if batch else P["office"], day)
                    lang = LANGS[rng.choice(langs)]
                    text = rng.choice(docs)
                    if rng.random() < 0.1:
                        p = f"निम्नलिखित {lang} अनुवाद की गुणवत्ता जाँचें और गलतियाँ सूचीबद्ध करें। स्रोत:\n{text[:800]}"
                        ct = lognorm(rng, 150, 0.5, 10, 800)
                    else:
                        p = f"Translate the following text into {lang}. Preserve formatting, placeholders and markdown.\n\n{text}"
                        ct = int(toks(text) * rng.uniform(1.8, 3.0))
                    w.emit(rng, a, t, p, f"You are a professional translator. Use a formal register for {lang}. Follow the client glossary.",
                           "vidya-2", min(ct, 8000), status=status_of(rng))


def labelling_bpo(w: World):
    """Data-labelling vendors: many annotators, one corporate proxy and card, the same few task templates, tiny outputs."""
    rng, c = w.sub("labelling"), w.c
    tasks = [("Classify the sentiment of the following text as positive, negative or neutral. Reply in JSON {{\"label\": ...}}.\n\nText: {x}", "user"),
             ("Does the following question need arithmetic to answer? Reply yes or no.\n\n{x}", "gsm8k"),
             ("Assign one intent label from [billing, delivery, refund, product_info, other] to this customer message:\n{x}", "user"),
             ("Is this search query about a person, place, event, or other? One word.\n\nQuery: {x}", "nq"),
             ("Rate the difficulty of this problem from 1 (easy) to 5 (very hard). Reply with a digit only.\n\n{x}", "math"),
             ("Which programming concept does this task mainly test? Reply in at most 5 words.\n\n{x}", "mbpp")]
    for v in range(2):
        org, pay = w.hexid("org_", 12), w.pay("invoice")
        isp = rng.choice(["tata", "airtel_bb"])
        net = Fixed([(v4(rng, isp), ISP[isp][0]) for _ in range(3)])
        cl = Client("LabelDesk/5.1 (python-requests/2.31.0)", ja4("urllib3"))
        proj = rng.sample(tasks, 3)
        for _ in range(int(rng.uniform(35, 65))):
            a = w.acct(rng, "labelling_bpo", org=org, pay=pay, client=cl, net=net, created_days=(5, 400))
            shift = (7, 15) if rng.random() < 0.5 else (15, 23)
            for day in range(w.days):
                t = T0 + day * DAY + shift[0] * HOUR + rng.randrange(0, 40) * MIN
                end = T0 + day * DAY + shift[1] * HOUR
                while t < end:
                    tpl, pool = rng.choice(proj)
                    w.emit(rng, a, t, tpl.replace("{x}", rng.choice(c[pool])), None, "vidya-2-mini", lognorm(rng, 8, 0.8, 1, 80),
                           status=status_of(rng))
                    t += int(rng.lognormvariate(math.log(140), 0.7) * SEC)
                    if rng.random() < 0.01:
                        t += 45 * MIN  # lunch / tea break


# ----------------------------------------------------------------------------- campaigns
def campaign_accts(w, rng, n, pop, camp, *, pay, client, net, created, org=None, personal_org=0.7):
    return [w.acct(rng, pop, pay=pay(i), client=client(i), net=net(i), camp=camp, org=org, created=created(i),
                   personal_org=personal_org) for i in range(n)]


def harvest(w, rng, a, times, prompt_fn, sys_txt, model_fn, ctok, endpoint="/v1/chat/completions", errs=None):
    for t in times:
        p, s = prompt_fn(rng, t)
        m = model_fn(rng, t)
        c = lognorm(rng, ctok[0], ctok[1], 1, ctok[2])
        if m in ("vidya-2-reason", "vidya-3-pro"):
            c = min(16000, int(c * rng.uniform(1.5, 3)))
        w.emit(rng, a, t, p, s if s is not None else sys_txt, m, c, endpoint=endpoint, status=status_of(rng, **(errs or {})))


def c_blatant(w: World, n: int):
    """farm-hetzner: one template, one system prompt, 2 cards, one VPS range, python-requests; every account fires
    on a shared 10-minute tick; sweeps GSM8K then MATH in order; switches to vidya-3-pro minutes after launch."""
    rng, c = w.sub("c_blatant"), w.c
    born = T0 - 9 * DAY + rng.randrange(0, 20) * HOUR
    cards = [w.pay("card") for _ in range(2)]
    p24 = [f"65.108.{rng.randrange(0, 255)}.", f"95.216.{rng.randrange(0, 255)}."]
    accts = campaign_accts(w, rng, n, "c_blatant_cot_farm", "farm-hetzner", pay=lambda i: cards[i % 2],
                           client=lambda i: Client("python-requests/2.31.0", ja4("urllib3")),
                           net=lambda i: Fixed([(p24[i % 2] + str(10 + i % 200), 24940)]),
                           created=lambda i: born + rng.randrange(0, 2 * HOUR))
    cur = Cursor(c["gsm8k"] + c["math"])
    sysp = "You are an expert problem solver. Always show every reasoning step in full detail."
    switch = w.launch + rng.randrange(5, 30) * MIN
    for tick in range(T0, w.t_end, 10 * MIN):
        for a in accts:
            if rng.random() < 0.75:
                for j in range(rng.choice([1, 1, 2])):
                    t = tick + rng.randrange(0, 20 * SEC) + j * 7 * SEC
                    m = "vidya-3-pro" if t >= switch else "vidya-2-reason"
                    w.emit(rng, a, t, COT_BLATANT.replace("{q}", cur.next()), sysp, m, lognorm(rng, 2400, 0.3, 300, 8192),
                           status=status_of(rng, p429=0.06))


def c_hydra(w: World, n: int):
    """hydra-resi: many accounts behind a residential proxy pool of Indian mobile/broadband IPs; 40% cover traffic;
    one card per 6-10 accounts; common SDK fingerprints; harvest spread over 10 templates and Hindi variants."""
    rng, c = w.sub("c_hydra"), w.c
    cards, waves = [], [T0 - d * DAY for d in (41, 26, 12)]
    for i in range(n):
        if i % rng.randint(6, 10) == 0 or not cards:
            cards.append(w.pay(rng.choice(["card", "card", "upi"])))
    proxy_isps = ["jio", "jio", "airtel_m", "vi", "act", "airtel_bb", "jio_fiber", "bsnl", "hathway"]
    accts = campaign_accts(w, rng, n, "c_hydra_resi_proxy", "hydra-resi", pay=lambda i: cards[i * len(cards) // n],
                           client=lambda i: sdk_client(rng, ("openai_py", "vidya_py", "node", "requests"), (45, 25, 20, 10)),
                           net=lambda i: Rotating(w, proxy_isps, 0.55, sticky_ms=10 * MIN, key=rng.getrandbits(40)),
                           created=lambda i: rng.choice(waves) + int(rng.uniform(0, 3) * DAY))
    pools = c["arena"] + c["math"] + c["mbpp"] + c["gsm8k"][:3000]
    cur = Cursor(pools, rng)
    cover = [c["nq"], c["user"], c["seed"], c["roles"]]

    def prompt(r, t):
        if r.random() < 0.4:
            pl = r.choice(cover)
            return (wrap(r, NQ_WRAP, r.choice(pl)) if pl is c["nq"] else r.choice(pl)), None
        tpl = HINDI_HARVEST if r.random() < 0.15 else HARVEST_T
        return wrap(r, tpl, cur.next()), None

    for a in accts:
        ep = rng.choices(["/v1/chat/completions", "/v1/responses"], [80, 20])[0]
        for day in range(w.days):
            times = [t for t, _ in sessions(rng, w, int(rng.uniform(20, 36)), P["mimic"], day, IST, 3, 45)]
            harvest(w, rng, a, times, prompt, "You are a helpful assistant." if rng.random() < 0.5 else None,
                    lambda r, t: w.model(r, t, {"vidya-2": 70, "vidya-2-reason": 30}, adopt=0.7, ramp_h=1),
                    (1100, 0.5, 4096), endpoint=ep)


def c_reseller_laundered(w: World, n: int):
    """via-reseller: sub-accounts bought from the white-label reseller; identical org/payment/egress/TLS to its SMB
    customers; SMB-style system prompts; code-task harvest with reasoning requests in business hours."""
    rng, c = w.sub("c_reseller"), w.c
    batches = [T0 - d * DAY for d in (55, 31, 8)]
    accts = campaign_accts(w, rng, n, "c_reseller_laundered", "via-reseller", org=w.rs_org, pay=lambda i: w.rs_pay,
                           client=lambda i: w.rs_client, net=lambda i: w.rs_net,
                           created=lambda i: batches[i % 3] + rng.randrange(0, 6 * HOUR))
    cur = Cursor(c["mbpp"] + c["humaneval"] + c["code_arena"], rng)
    asks = ["\n\nExplain your reasoning step by step, then give the final code.", "\n\nFirst describe the approach and why it works, then write the code.",
            "\n\nThink through edge cases in detail before writing the solution.", "\n\nGive a detailed explanation followed by a complete implementation."]
    for a in accts:
        sysp = business_system(rng)
        for day in range(w.days):
            times = [t for t, _ in sessions(rng, w, int(rng.uniform(35, 65)), P["office"], day, IST, 4, 50)]
            harvest(w, rng, a, times, lambda r, t: (cur.next() + r.choice(asks), None), sysp,
                    lambda r, t: w.model(r, t, {"vidya-2": 80, "vidya-2-mini": 20}, adopt=0.5, ramp_h=6), (1300, 0.4, 4096))


def c_lowslow(w: World, n: int):
    """sleeper-paraphrase: aged, individually clean consumer-looking accounts on home/mobile lines; 4-12 requests a
    day; every prompt paraphrased from a grammar; MATH covered without replacement across the ring."""
    rng, c = w.sub("c_lowslow"), w.c

    def net(i):
        if rng.random() < 0.5:
            return Mobile(w, rng.choice(["jio", "airtel_m", "vi"]), rng.getrandbits(40))
        return Home(rng, rng.choice(["act", "airtel_bb", "jio_fiber", "hathway"]))

    accts = campaign_accts(w, rng, n, "c_lowslow_paraphrase", "sleeper-paraphrase",
                           pay=lambda i: w.pay(rng.choice(["upi", "card"])) if rng.random() < 0.9 else None,
                           client=lambda i: sdk_client(rng) if rng.random() < 0.7 else app_client(w, rng), net=net,
                           created=lambda i: T0 - int(rng.uniform(60, 420) * DAY))
    cur = Cursor(c["math"] + c["gsm8k"][:2000], rng)
    for a in accts:
        ep = rng.choices(["/v1/chat/completions", "/v1/responses"], [85, 15])[0]
        for day in range(w.days):
            k = rng.randint(4, 12)
            if day == w.days - 1 and w.days > 1:
                k += rng.randint(0, 4)
            times = [t for t, _ in sessions(rng, w, k, P["consumer"], day, IST, 1.5, 120, True)]
            harvest(w, rng, a, times,
                    lambda r, t: (paraphrase(r, cur.next()) if r.random() < 0.9 else wrap(r, NQ_WRAP, r.choice(c["nq"])), None), None,
                    lambda r, t: w.model(r, t, {"vidya-2-reason": 60, "vidya-2": 40}, adopt=0.8, ramp_h=8), (1000, 0.5, 4096),
                    endpoint=ep)


def c_polyglot(w: World, n: int):
    """polyglot-vps: non-English reasoning requests wrapping English problems, Singapore VPS /48s (one /64 each),
    a ring of 9 cards, headless-browser or Go TLS stacks."""
    rng, c = w.sub("c_polyglot"), w.c
    cards = [w.pay("card") for _ in range(9)]
    provs = ["vultr", "ovh_sg", "do_sgp"]
    p48s = {p: (v6_prefix64(rng, p) >> 16) for p in provs}
    clients = [Client("Go-http-client/2.0", ja4("go")),
               Client("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36", ja4("chrome-headless"))]

    def net(i):
        p = provs[i % 3]
        return Rotating(w, [p], key=rng.getrandbits(40), sticky_ms=DAY, p48=p48s[p])

    accts = campaign_accts(w, rng, n, "c_polyglot_cot", "polyglot-vps", pay=lambda i: rng.choice(cards), client=lambda i: clients[i % 2],
                           net=net, created=lambda i: T0 - int(rng.uniform(3, 35) * DAY))
    pool = Cursor(c["gsm8k"] + c["math"] + c["svamp"] + c["code_arena"], rng)
    for a in accts:
        langs = rng.sample(list(POLYGLOT), 3)
        for day in range(w.days):
            times = [t for t, _ in sessions(rng, w, int(rng.uniform(28, 50)), P["flat"], day, IST, 5, 20)]

            def prompt(r, t):
                head, tail = POLYGLOT[r.choice(langs)]
                return f"{head}\n\n{pool.next()}\n\n{tail}", None

            harvest(w, rng, a, times, prompt, None,
                    lambda r, t: w.model(r, t, {"vidya-2": 1}, adopt=0.85, ramp_h=2), (1500, 0.45, 6000))


def c_agent_mimic(w: World, n: int):
    """agent-mimic: copies the agent platform's public system prompt and user agent, rotates Cloudflare Workers
    egress per request; 1-2 'steps' per task, each a long reasoning dump."""
    rng, c = w.sub("c_agent"), w.c
    accts = campaign_accts(w, rng, n, "c_agent_mimic", "agent-mimic", pay=lambda i: w.pay("card"), client=lambda i: w.ag_client,
                           net=lambda i: Rotating(w, ["cloudflare"], 0.7), created=lambda i: T0 - int(rng.uniform(4, 60) * DAY),
                           personal_org=1.0)
    cur = Cursor(c["arena"] + c["humaneval"] + c["math"][:1500], rng)
    ask = "\n\nBefore acting, think step by step and write your complete reasoning inside <thinking></thinking>, then give the Final Answer."
    for a in accts:
        sysp = rng.choice(w.ag_sys)
        for day in range(w.days):
            times = []
            for t, _ in sessions(rng, w, int(rng.uniform(25, 55)), P["office"], day, IST, 1.3, 30):
                times.append(t)
            harvest(w, rng, a, times, lambda r, t: (f"Task: {cur.next()}{ask}\nThought:", None), sysp,
                    lambda r, t: w.model(r, t, {"vidya-2": 1}, adopt=0.6, ramp_h=3), (1600, 0.4, 4096))


def c_snipers(w: World, n: int):
    """launch-snipers: silent until vidya-3-pro ships, then each account fires 40-90 reasoning requests starting
    minutes after launch; distinct virtual cards, browser-like TLS, rotating cloud egress."""
    rng, c = w.sub("c_snipers"), w.c
    browsers = [ja4(f"chrome-{v}") for v in range(8)]
    accts = campaign_accts(w, rng, n, "c_release_snipers", "launch-snipers", pay=lambda i: w.pay("card"),
                           client=lambda i: Client(rng.choice(UA["browser"]), rng.choice(browsers)),
                           net=lambda i: Rotating(w, ["gcp_any", "aws_sin", "oracle_hyd", "azure_us", "ovh_sg"], 0.2,
                                                  sticky_ms=30 * MIN, key=rng.getrandbits(40)),
                           created=lambda i: T0 - int(rng.uniform(5, 20) * DAY))
    cur = Cursor(c["arena"] + c["math"] + c["humaneval"] + c["mbpp"], rng)
    for a in accts:
        t = w.launch + int(rng.lognormvariate(math.log(40), 0.6) * MIN)
        times = []
        for _ in range(rng.randint(40, 90)):
            times.append(t)
            t += int(rng.lognormvariate(math.log(6 if t < w.launch + 4 * HOUR else 25), 0.8) * MIN)
        harvest(w, rng, a, times, lambda r, t: (paraphrase(r, cur.next()) if r.random() < 0.5 else wrap(r, HARVEST_T, cur.next()), None),
                None, lambda r, t: "vidya-3-pro", (1400, 0.4, 8192))


def c_edtech_front(w: World, n: int):
    """guruji-front: a shell edtech org (one tutor system prompt, AWS Mumbai, marketplace billing) sweeping MATH
    in dataset order across its accounts, flat around the clock."""
    rng, c = w.sub("c_edfront"), w.c
    org, pay = w.hexid("org_", 12), w.pay("aws")
    net = Fixed([(v4(rng, "aws_bom"), 16509) for _ in range(3)])
    accts = campaign_accts(w, rng, n, "c_edtech_front", "guruji-front", org=org, pay=lambda i: pay,
                           client=lambda i: Client("GuruJi-api/1.0 aiohttp/3.9.5", ja4("aiohttp")), net=lambda i: net,
                           created=lambda i: T0 - int(rng.uniform(15, 25) * DAY))
    sysp = ("You are GuruJi, a patient tutor for Class 11-12 and JEE aspirants. Explain every solution completely, step by step, "
            "justifying each step, and state the final answer in \\boxed{}.")
    cur = Cursor(c["math"] + c["gsm8k_test"])
    for a in accts:
        for day in range(w.days):
            times = [local_time(rng, P["flat"], day) for _ in range(int(rng.uniform(45, 70)))]
            harvest(w, rng, a, sorted(times), lambda r, t: (wrap(r, ["{q}", "Solve: {q}", "Explain step by step: {q}"], cur.next()), None),
                    sysp, lambda r, t: w.model(r, t, {"vidya-2": 1}, adopt=0.6, ramp_h=6), (900, 0.4, 4096))


# ----------------------------------------------------------------------------- assembly
BENIGN = [("indie_chat", indie_chat, 1400), ("family_upi", family_upi, 160), ("students", students, 650),
          ("diaspora", diaspora, 220), ("enterprise", enterprise, 460), ("satellite", satellite, 35),
          ("vouchers", vouchers, 330), ("cyber_cafe", cyber_cafe, 320), ("power_users", power_devs, 45),
          ("reseller", reseller, 280), ("agents", agent_platform, 45)]
ORGS = [edtech_app, helpdesk_bots, eval_labs, ci_jobs, translation_vendor, labelling_bpo]
CAMPAIGNS = [(c_blatant, 55), (c_hydra, 380), (c_reseller_laundered, 75), (c_lowslow, 260), (c_polyglot, 110),
             (c_agent_mimic, 90), (c_snipers, 140), (c_edtech_front, 36)]


def build(seed: int, days: int) -> World:
    w = World(seed, days, Corpus(CORPUS))
    size = w.sub("sizes")
    for _, fn, n in BENIGN:
        fn(w, int(n * size.uniform(0.85, 1.15)))
    for fn in ORGS:
        fn(w)
    for fn, n in CAMPAIGNS:
        fn(w, int(n * size.uniform(0.8, 1.2)))
    return w


def rfc3339(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def write(w: World, out: Path, labels: Path) -> tuple[int, int]:
    w.ev.sort(key=lambda e: e[0])
    idr = random.Random(f"heldout20/{w.seed}/event-ids")
    created_txt: dict[int, str] = {}
    out.parent.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=5) as gz:
        buf = []
        for (t, aid, model, ep, prompt, system, ptok, ctok, status, ip, asn, ua, dev, key, org, pay, created) in w.ev:
            seen.add(aid)
            ct = created_txt.get(created) or created_txt.setdefault(created, rfc3339(created))
            d = {"event_id": "evt_" + format(idr.getrandbits(80), "020x"), "ts": t, "account_id": aid,
                 "prompt_tokens": ptok, "completion_tokens": ctok, "model": model, "endpoint": ep, "prompt": prompt,
                 "system_prompt": system, "status": status, "org_id": org, "api_key_id": key, "ip": ip, "asn": asn,
                 "user_agent": ua, "device_id": dev, "payment_fingerprint": pay, "account_created_at": ct}
            buf.append(dumps(d))
            if len(buf) >= 4096:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf = []
        if buf:
            gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    lab = {a.id: {"label": "attack" if a.camp else "benign", "population": a.pop, "campaign": a.camp}
           for a in w.accts if a.id in seen}
    labels.parent.mkdir(parents=True, exist_ok=True)
    labels.write_text(json.dumps(lab, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return len(w.ev), len(lab)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--labels", type=Path, required=True)
    args = ap.parse_args(argv)
    if args.days < 1:
        ap.error("--days must be >= 1")
    t0 = time.time()
    w = build(args.seed, args.days)
    n_ev, n_acc = write(w, args.out, args.labels)
    n_att = sum(1 for a in w.accts if a.camp)
    print(f"heldout20 seed={args.seed} days={args.days}: {n_ev} events, {n_acc} accounts "
          f"({n_att} campaign accounts created) in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
