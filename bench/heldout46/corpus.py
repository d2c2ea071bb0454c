"""Prompt corpora (real public prompts, loaded from /work/shared/data/prompts)
and our own texts in English, Nigerian Pidgin, Yoruba, Hausa, Twi and Swahili."""
from __future__ import annotations

import random
import re
from pathlib import Path

import orjson

DIR = Path("/work/shared/data/prompts")
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "si_seed": "benign_self_instruct_seed_tasks.jsonl",
    "si_user": "benign_self_instruct_user_oriented.jsonl", "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl", "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl",
    "svamp": "task_svamp.jsonl",
}
_CACHE: dict[str, list[str]] = {}


def pool(name: str) -> list[str]:
    if name not in _CACHE:
        rows = [orjson.loads(line)["text"] for line in (DIR / FILES[name]).read_bytes().splitlines() if line.strip()]
        _CACHE[name] = [t[:24_000] for t in rows]
    return _CACHE[name]


def pick(rng: random.Random, name: str) -> str:
    p = pool(name)
    return p[rng.randrange(len(p))]


def mix(rng: random.Random, weights: dict[str, float]) -> str:
    return pick(rng, rng.choices(list(weights), weights=list(weights.values()))[0])


def short_awesome(rng: random.Random, limit: int = 3000) -> str:
    for _ in range(8):
        t = pick(rng, "awesome")
        if len(t) <= limit:
            return t
    return t[:limit]


# ---------------------------------------------------------------- languages
WRAPS = {
    "en": ["{q}", "{q}", "Please help me with this: {q}", "{q}\nExplain simply.", "Quick one: {q}"],
    "pcm": ["Abeg help me solve this one: {q}", "Oga, how I go take do this question? {q}",
            "Make you explain am well well, I no understand: {q}", "{q}\nAbeg show me the working, e dey urgent",
            "Wetin be the answer to this? {q}"],
    "yo": ["Jọ̀wọ́, ṣàlàyé èyí fún mi: {q}", "Ẹ jọ̀ọ́ ẹ ràn mí lọ́wọ́ pẹ̀lú ìbéèrè yìí: {q}",
           "{q}\nṢàlàyé ní èdè Yorùbá tó rọrùn.", "Báwo ni mo ṣe lè yanjú èyí? {q}"],
    "ha": ["Don Allah ka taimake ni da wannan tambaya: {q}", "Ka bayyana mini wannan a sauƙaƙe: {q}",
           "{q}\nKa amsa da Hausa.", "Yaya zan warware wannan? {q}"],
    "tw": ["Mepa wo kyɛw, boa me ma menhu eyi: {q}", "Kyerɛ me sɛnea mɛyɛ eyi: {q}",
           "{q}\nKyerɛkyerɛ mu wɔ Twi mu.", "Ɛdeɛn ne mmuaeɛ no? {q}"],
    "sw": ["Tafadhali nisaidie kutatua swali hili: {q}", "Nieleze hatua kwa hatua: {q}",
           "{q}\nJibu kwa Kiswahili tafadhali.", "Naomba msaada na hili: {q}"],
}


def wrap(rng: random.Random, lang: str, q: str) -> str:
    return rng.choice(WRAPS[lang]).format(q=q)


COUNTRY_LANGS = {"NG": (["en", "pcm", "yo", "ha"], [0.62, 0.26, 0.07, 0.05]),
                 "GH": (["en", "tw"], [0.86, 0.14]), "KE": (["en", "sw"], [0.7, 0.3]),
                 "UK": (["en", "pcm", "yo"], [0.85, 0.1, 0.05]), "US": (["en", "pcm", "yo"], [0.88, 0.08, 0.04])}


def lang_for(rng: random.Random, country: str) -> str:
    langs, w = COUNTRY_LANGS[country]
    return rng.choices(langs, weights=w)[0]


# ---------------------------------------------------------------- own texts
def fill(rng: random.Random, template: str, slots: dict[str, list]) -> str:
    chosen: dict[str, str] = {}

    def one(m: re.Match) -> str:
        k = m.group(1)
        if k not in chosen:
            chosen[k] = str(rng.choice(slots[k])) if k in slots else str(rng.randint(2, 99))
        return chosen[k]
    return re.sub(r"\{(\w+)\}", one, template)


NAMES = ["Chinedu", "Aisha", "Tunde", "Kofi", "Ama", "Wanjiru", "Otieno", "Ngozi", "Musa", "Efua",
         "Kwame", "Fatima", "Emeka", "Akinyi", "Yaw", "Bisi", "Halima", "Kiprop", "Adwoa", "Segun"]
SLOTS = {
    "name": NAMES, "city": ["Lagos", "Abuja", "Ibadan", "Accra", "Kumasi", "Nairobi", "Mombasa", "Kano", "Tamale"],
    "rel": ["uncle", "cousin", "pen pal", "elder sister", "friend in the village", "former teacher"],
    "essay": ["the effects of frequent power outages on students", "why youths should go into farming",
              "the dangers of examination malpractice", "the role of social media in your community",
              "how your school celebrated its inter-house sports", "the importance of reading culture"],
    "idiom": ["to bury the hatchet", "a storm in a teacup", "to burn the midnight oil", "to let the cat out of the bag",
              "at the eleventh hour", "to turn over a new leaf"],
    "etopic": ["concord", "reported speech", "question tags", "lexis and structure", "summary writing", "vowel sounds /ɪ/ and /iː/"],
    "mtopic": ["logarithms", "quadratic equations", "simultaneous equations", "sequence and series", "circle theorems",
               "probability", "bearings", "mensuration", "variation", "sets and Venn diagrams", "trigonometry"],
    "subject": ["Biology", "Chemistry", "Economics", "Government", "Literature-in-English", "Physics", "Civic Education"],
    "currency": ["₦", "GH₵", "KSh"],
    "crop": ["maize", "cassava", "cocoa", "yam", "tomato", "sorghum", "beans", "plantain"],
    "job": ["customer service officer", "accounts assistant", "sales representative", "graduate trainee",
            "data entry clerk", "driver", "primary school teacher", "nurse"],
}

WASSCE_MATH = [
    "Solve the simultaneous equations 2x + 3y = {a} and x - y = {b}.",
    "Find the {a}th term of the arithmetic progression 3, 7, 11, ...",
    "Simplify log10 {a} + log10 {b} - log10 2 without tables.",
    "A trader bought goods for {currency}{a}00 and sold them for {currency}{b}00. Find the percentage gain or loss.",
    "The angle of elevation of the top of a tower from a point {a} m away is 30 degrees. Find the height of the tower.",
    "Solve the quadratic equation x^2 - {a}x + {b} = 0.",
    "A bag contains {a} red and {b} blue balls. Two are picked without replacement. Find the probability both are red.",
    "Y varies inversely as the square of X. If Y = {a} when X = 2, find Y when X = 4.",
    "In a class of {a} students, {b} offer Physics and some offer Chemistry. Draw a Venn diagram and find how many offer both.",
    "A ship sails {a} km on a bearing of 060 degrees then {b} km on a bearing of 150 degrees. Find its distance from the start.",
    "WASSCE {a} past question on {mtopic}: please explain how to answer it step by step",
]
WASSCE_ENG = [
    "Write a letter to your {rel} in {city} telling them about {essay}. (WASSCE English Paper 2, about 450 words)",
    "What is the meaning of the idiom '{idiom}'? Use it in a sentence.",
    "Explain {etopic} with examples, WAEC style.",
    "Write an article for your school magazine on {essay}.",
    "Give me 10 objective questions on {etopic} with answers, like WAEC Paper 1.",
    "Summarise this for me in 3 sentences: {essay} is a big problem in {city} because",
]
PCM_CHAT = [
    "Abeg how I fit take start small business with {currency}50,000 for {city}?",
    "Wetin be the difference between {etopic} and normal English, I dey confused",
    "Na which subject better pass between {subject} and Economics for person wey wan read Law?",
    "Abeg write better caption for my {crop} business for WhatsApp status",
    "How I go take reply my landlord wey wan increase rent anyhow? Write am polite",
    "Light don go again o, how I fit save my phone battery make e reach morning?",
]
SW_CHAT = [
    "Nisaidie kuandika barua ya kuomba kazi ya {job} huko {city}.",
    "Eleza tofauti kati ya M-Pesa na akaunti ya benki kwa mfanyabiashara mdogo.",
    "Andika maneno ya kuvutia ya tangazo la duka langu la {crop} mtandaoni.",
    "Nipe mpango wa kusoma kwa wiki mbili kabla ya mtihani wa {subject}.",
    "Tafsiri kwa Kiingereza: 'Tutakutana kesho saa tatu asubuhi ofisini.'",
]
TW_CHAT = [
    "Mepa wo kyɛw, kyerɛw nkrataa ma me sɛ mepɛ adwuma sɛ {job} wɔ {city}.",
    "Ɛdeɛn na ɛsɛ sɛ meyɛ na me {crop} afuo no anyɛ yie?",
    "Kyerɛkyerɛ {mtopic} mu ma me te sɛ WASSCE abofra.",
]
YO_CHAT = [
    "Kọ ìwé ìkíni ọjọ́ ìbí fún màmá mi ní èdè Yorùbá.",
    "Báwo ni mo ṣe lè bẹ̀rẹ̀ iṣẹ́ oko {crop} ní {city}?",
    "Ṣàlàyé ìtumọ̀ òwe yìí: 'Àgbà kì í wà lọ́jà kí orí ọmọ títun wọ́.'",
]
HA_CHAT = [
    "Ka rubuta mini wasiƙar neman aiki na {job} a {city}.",
    "Yaya zan kula da gonar {crop} lokacin damina?",
    "Ka bayyana mini yadda ake lissafin riba a kasuwanci.",
]
OWN_BY_LANG = {"pcm": PCM_CHAT, "sw": SW_CHAT, "tw": TW_CHAT, "yo": YO_CHAT, "ha": HA_CHAT}


def own_chat(rng: random.Random, lang: str) -> str:
    return fill(rng, rng.choice(OWN_BY_LANG[lang]), SLOTS)


def everyday(rng: random.Random, country: str) -> tuple[str, str]:
    """An ordinary person's prompt: (text, kind)."""
    lang = lang_for(rng, country)
    r = rng.random()
    if lang != "en" and r < 0.45:
        return own_chat(rng, lang), "chat"
    if r < 0.55:
        return wrap(rng, lang, pick(rng, "nq")), "qa"
    if r < 0.8:
        return wrap(rng, lang, pick(rng, rng.choice(["si_user", "si_seed"]))), "chat"
    if r < 0.93:
        return short_awesome(rng), "essay"
    return pick(rng, "arena"), "chat"


# ---------------------------------------------------------------- paraphrase (campaign use)
_SYN = [("How many", "What is the total number of"), ("altogether", "in total"), ("bought", "purchased"),
        ("each", "every single"), ("has", "owns"), ("How much", "What amount"), ("sold", "got rid of")]


def paraphrase(rng: random.Random, text: str) -> str:
    """Cheap surface rewrite of a word problem: rename people, nudge numbers,
    swap phrases, sometimes move the question first."""
    names = {}
    for w in _names_in(text):
        names.setdefault(w, rng.choice(NAMES))
    out = re.sub(r"\b[A-Z][a-z]{2,}\b", lambda m: names.get(m.group(0), m.group(0)), text)
    out = re.sub(r"(?<![\d,.])(\d{1,3})(?![\d,.])", lambda m: str(max(1, int(m.group(1)) + rng.choice([-2, -1, 1, 2, 3]))), out)
    for a, b in _SYN:
        if a in out and rng.random() < 0.5:
            out = out.replace(a, b)
    sents = re.split(r"(?<=[.?!])\s+", out)
    if len(sents) > 2 and rng.random() < 0.4:
        out = " ".join([sents[-1]] + sents[:-1])
    return out


def _names_in(text: str) -> list[str]:
    words = re.findall(r"\b[A-Z][a-z]{2,}\b", text)
    return [w for w in words if w not in ("The", "If", "How", "What", "She", "They", "Each", "There", "After", "Then", "When",
                                    "His", "Her", "In", "On", "At", "For", "This", "One", "Two", "Every")]
