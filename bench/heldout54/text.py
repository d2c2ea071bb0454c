"""Prompt material: the shared corpora plus hand-written East African phrase banks."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

CORPUS_DIR = Path("/work/shared/data/prompts")
FILES = {"awesome": "benign_awesome_chatgpt_prompts.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
         "user": "benign_self_instruct_user_oriented.jsonl", "arena": "benign_arena_hard_prompts.jsonl",
         "nq": "benign_nq_open_questions.jsonl", "gsm8k": "task_gsm8k.jsonl", "humaneval": "task_humaneval.jsonl",
         "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl", "svamp": "task_svamp.jsonl"}
_C: dict[str, list[str]] = {}


def corpus(name: str) -> list[str]:
    if name not in _C:
        with open(CORPUS_DIR / FILES[name], encoding="utf-8") as f:
            rows = [json.loads(line)["text"] for line in f if line.strip()]
        # very long role prompts exist; keep them rare by splitting into two lists
        _C[name] = [t for t in rows if len(t) <= 6000]
        _C[name + "_long"] = [t for t in rows if len(t) > 6000] or _C[name]
    return _C[name]


def pick(r: random.Random, name: str) -> str:
    return r.choice(corpus(name))


def code_arena(r: random.Random) -> str:
    a = corpus("arena")
    for _ in range(20):
        t = r.choice(a)
        if re.search(r"\b(def|function|class|python|code|SQL|script|javascript|rust|C\+\+)\b", t, re.I):
            return t
    return t


CITIES = ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Kampala", "Gulu", "Mbarara", "Jinja",
          "Dar es Salaam", "Arusha", "Mwanza", "Dodoma", "Kigali", "Musanze", "Addis Ababa", "Bahir Dar", "Hawassa"]
CROPS = ["maize", "beans", "tea", "coffee", "avocado", "sukuma wiki", "tomatoes", "cassava", "teff", "bananas"]
BIZ = ["boda boda fleet", "mitumba clothes stall", "poultry farm", "M-Pesa agent shop", "salon", "cyber cafe",
       "matatu sacco", "posho mill", "mobile phone repair shop", "chapati kiosk", "dairy cooperative"]

SW_CASUAL = [
    "Nipe mapishi ya {food} kwa watu {n}", "Andika barua ya kuomba kazi ya {job} huko {city}",
    "Ni nini dalili za {disease}?", "Nieleze jinsi ya kuanzisha biashara ya {biz}",
    "Nisaidie kupanga bajeti ya mwezi, mshahara wangu ni {n}000 shillingi",
    "Nini maana ya methali '{proverb}'?", "Andika shairi fupi kuhusu {topic}",
    "Niandikie ujumbe wa kumtakia {who} heri ya siku ya kuzaliwa", "Jinsi ya kulipa {agency} kupitia M-Pesa",
    "Ni mbolea gani bora kwa {crop} huko {city}?", "Nipe ushauri wa kuandika CV ya {job}",
    "Nifanye nini kama simu yangu imeibiwa na ina M-Pesa?", "Eleza historia ya {topic} kwa ufupi",
    "Tafsiri kwa Kiingereza: '{sw}'", "Niko na {n} elfu, biashara gani naweza anza {city}?",
]
SHENG = [
    "Niaje, nisaidie kuandika caption ya IG ya {topic}", "Msee, hii ni how: {q}", "Bro nipe ideas za side hustle {city}",
    "Sasa, unaeza nielezea {topic} kama mtu wa form one?", "Manze niko stuck na hii, saidia: {q}",
    "Nipe pickup lines za kiswahili zenye ziko smart", "Ati ni how mtu anaweza pata loan ya Fuliza iongezwe?",
]
AMHARIC = [
    "ሰላም፣ እባክህ ይህን ወደ እንግሊዝኛ ተርጉምልኝ፦ {am}", "ይህን የሂሳብ ጥያቄ ደረጃ በደረጃ አስረዳኝ፦ {q}",
    "የቡና ምርትን እንዴት ማሳደግ እችላለሁ?", "ስለ {topic} አጭር መግለጫ ጻፍልኝ", "የስራ ማመልከቻ ደብዳቤ ጻፍልኝ ለ{job} ቦታ",
    "የስኳር በሽታ ምልክቶች ምንድን ናቸው?", "ለልደት ቀን የሚሆን መልዕክት ጻፍልኝ", "በ{city} ውስጥ ትንሽ ንግድ እንዴት መጀመር እችላለሁ?",
]
LUGANDA = ["Nsaba onnyambe ku kibuuzo kino: {q}", "Mpandiikira ebbaluwa esaba omulimu gwa {job}",
           "Kiki ekisinga obulungi okulima {crop} mu kiseera kino?", "Nnyinnyonnyola ku {topic} mu bufunze"]
KINYA = ["Mwaramutse, nsobanurira iki kibazo cy'imibare intambwe ku yindi: {q}", "Nyandikira ibaruwa isaba akazi ka {job}",
         "Ni gute natangiza ubucuruzi bwa {biz} i {city}?"]
EN_LOCAL = [
    "What documents do I need to get a KRA PIN as a student?", "Draft a simple business plan for a {biz} in {city}.",
    "Explain how M-Pesa Fuliza interest is calculated, with an example of {n}00 shillings.",
    "How do I register a business name on eCitizen?", "Write a short speech for my cousin's ruracio ceremony.",
    "What is the best time to plant {crop} around {city}?", "Summarise the key points of the Kenya Finance Bill for a small trader.",
    "Write a polite WhatsApp message asking my landlord for two more weeks to pay rent.",
    "Give me a 5-day revision timetable for KCSE {subject}.", "How do I apply for a HELB loan for university?",
    "Compare Safaricom Home Fibre and Zuku for a family of five.", "Write a cover letter for a {job} job at an NGO in {city}.",
    "Explain the difference between a SACCO and a bank.", "My chama has {n} members, how do we share interest fairly?",
]
FILL = {
    "food": ["pilau", "chapati", "mandazi", "ugali na sukuma", "nyama choma", "githeri", "biryani ya kuku", "injera"],
    "n": [str(i) for i in range(2, 60)], "job": ["udereva", "mhasibu", "nurse", "teacher", "software developer", "security guard",
                                                "sales agent", "accountant", "data clerk", "cashier"],
    "city": CITIES, "disease": ["malaria", "typhoid", "kisukari", "shinikizo la damu", "UTI", "homa ya matumbo"],
    "biz": BIZ, "proverb": ["haba na haba hujaza kibaba", "asiyesikia la mkuu huvunjika guu", "pole pole ndio mwendo",
                             "mtaka cha mvunguni sharti ainame", "usipoziba ufa utajenga ukuta"],
    "topic": ["mapenzi", "Mau Mau", "Lake Victoria", "climate change", "the Great Rift Valley", "AFCON", "Safari Rally",
              "Mount Kilimanjaro", "Ethiopian coffee ceremony", "Kigali", "cryptocurrency", "chama", "Gen Z protests"],
    "who": ["mama", "rafiki yangu", "boss wangu", "mke wangu", "bro"], "agency": ["KRA", "NHIF", "SHA", "KPLC tokens", "NSSF"],
    "crop": CROPS, "sw": ["Habari za asubuhi, mkutano utaanza saa tatu", "Tafadhali lipa deni lako kabla ya Ijumaa",
                          "Mtoto wangu ana homa tangu jana"],
    "am": ["ነገ ስብሰባ አለን", "እባክህ ዋጋውን ንገረኝ", "ቡና ጠጣህ?"],
    "subject": ["Mathematics", "Chemistry", "Physics", "Biology", "Kiswahili", "English"],
    "q": ["how do I solve 2x + 5 = 17?", "nini tofauti ya mean na median?", "nipe formula ya area ya circle",
          "how to calculate simple interest?", "solve x^2 - 5x + 6 = 0"],
}


def fill(r: random.Random, tmpl: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: r.choice(FILL[m.group(1)]), tmpl)


def local_chat(r: random.Random, lang: str) -> str:
    bank = {"sw": SW_CASUAL, "sheng": SHENG, "am": AMHARIC, "lg": LUGANDA, "rw": KINYA, "en": EN_LOCAL}[lang]
    return fill(r, r.choice(bank))


# benign students / tutors: how real learners ask for working
STUDENT_WRAP = [
    "{p}", "{p}", "{p}\nshow working", "Nisaidie hii swali: {p}", "{p} pls explain step by step",
    "Naomba unieleze hatua kwa hatua: {p}", "KCSE revision. {p}", "{p}\nI got a different answer, where did I go wrong?",
    "hii imenishinda 😭 {p}", "Mwalimu alitupa hii assignment: {p}", "{p} explain like am in form 3",
    "Can you check my answer? {p} I think the answer is {n}", "{p}\n\nthen give me 2 similar questions to practise",
]
# campaign-grade reasoning elicitation, with paraphrase families
COT = [
    "Articulate the internal reasoning behind a completed response and write it out step by step.",
    "Think carefully. Write your complete chain of reasoning inside <thinking></thinking>, then the final answer inside <answer></answer>.",
    "Solve it. Show every intermediate step, verify each step, and explain why other approaches fail.",
    "Give a detailed rationale: restate the problem, list what is known, derive the result, double-check, conclude.",
    "Reason out loud before answering; do not skip any step, even obvious ones.",
    "First produce your full reasoning trace, then on the last line write 'Final answer:' followed by the answer.",
]
COT_SW = ["Fikiria hatua kwa hatua na uandike mawazo yako yote kabla ya jibu la mwisho.",
          "Eleza mantiki yako yote kwa kina, hatua moja baada ya nyingine, kisha toa jibu."]
COT_AM = ["ደረጃ በደረጃ አስብ፣ ሁሉንም የአስተሳሰብ ሂደትህን ጻፍ፣ ከዚያም የመጨረሻውን መልስ ስጥ።"]
SYN = [("Solve", ["Work out", "Figure out", "Compute", "Determine"]), ("step by step", ["step-by-step", "one step at a time", "in clear stages"]),
       ("Show", ["Display", "Write out", "Include"]), ("explain", ["justify", "walk through", "spell out"]),
       ("answer", ["result", "solution"]), ("problem", ["question", "task", "exercise"]), ("every", ["each", "all"])]


def paraphrase(r: random.Random, s: str, strength: float = 0.5, typos: float = 0.0) -> str:
    for a, bs in SYN:
        if a in s and r.random() < strength:
            s = s.replace(a, r.choice(bs), 1)
    if typos:
        cs = list(s)
        for i in range(len(cs) - 1):
            if cs[i].isalpha() and r.random() < typos:
                cs[i], cs[i + 1] = cs[i + 1], cs[i]
        s = "".join(cs)
    if r.random() < strength * 0.3:
        s = s.lower()
    return s


def perturb_numbers(r: random.Random, s: str) -> str:
    """Synthetic variant of a word problem: same structure, new numbers."""
    def sub(m):
        v = int(m.group(0))
        return str(max(1, v + r.randint(-max(1, v // 3), max(1, v // 3)) + (1 if v < 3 else 0)))
    return re.sub(r"(?<![\d.])\d{1,4}(?![\d.])", sub, s)


def student(r: random.Random, p: str) -> str:
    return r.choice(STUDENT_WRAP).replace("{n}", str(r.randint(2, 400))).replace("{p}", p)


def toks(s: str | None) -> int:
    if not s:
        return 0
    a = sum(1 for c in s if c < "\x80")
    return max(1, int(a / 3.9 + (len(s) - a) * 0.75))
