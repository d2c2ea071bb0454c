"""Prompt corpora (loaded from /work/shared/data/prompts) and wrappers in six languages."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import orjson

CORPUS_DIR = Path("/work/shared/data/prompts")
FILES = {"awesome": "benign_awesome_chatgpt_prompts", "seed": "benign_self_instruct_seed_tasks",
         "user": "benign_self_instruct_user_oriented", "arena": "benign_arena_hard_prompts",
         "nq": "benign_nq_open_questions", "gsm8k": "task_gsm8k", "humaneval": "task_humaneval",
         "mbpp": "task_mbpp", "math": "task_math", "svamp": "task_svamp"}
MAX_CHARS = 6000


@lru_cache(maxsize=None)
def corpus(name: str) -> tuple[str, ...]:
    rows = (CORPUS_DIR / f"{FILES[name]}.jsonl").read_bytes().splitlines()
    return tuple(orjson.loads(r)["text"][:MAX_CHARS] for r in rows if r.strip())


def pick(rng, *names: str) -> str:
    name = names[rng.randrange(len(names))] if len(names) > 1 else names[0]
    c = corpus(name)
    return c[rng.randrange(len(c))]


def chat(rng) -> str:
    """An ordinary user prompt: mostly arena/self-instruct, some search-style, a few persona prompts."""
    r = rng.random()
    if r < 0.38:
        return pick(rng, "arena")
    if r < 0.62:
        return pick(rng, "seed", "user")
    if r < 0.85:
        return pick(rng, "nq")
    return pick(rng, "awesome")


# --- wrappers: how people in the region phrase requests ---------------------------------------
WRAP = {
    "uk": ["{p}", "Допоможи, будь ласка: {p}", "Поясни простими словами:\n{p}", "{p}\n\nВідповідай українською.",
           "Мені треба на роботу, коротко: {p}", "Привіт! {p}", "{p}\nДякую!"],
    "ru": ["{p}", "Помоги, пожалуйста: {p}", "{p}\n\nОтвечай по-русски.", "Объясни простыми словами: {p}"],
    "lt": ["{p}", "Paaiškink paprastai: {p}", "{p}\n\nAtsakyk lietuviškai.", "Sveiki, gal galite padėti? {p}"],
    "lv": ["{p}", "Lūdzu, paskaidro: {p}", "{p}\n\nAtbildi latviski.", "Sveiki! {p}"],
    "et": ["{p}", "Palun selgita: {p}", "{p}\n\nVasta eesti keeles.", "Tere! {p}"],
    "en": ["{p}", "{p}", "Quick question: {p}", "{p}\nThanks!", "Can you help with this? {p}"],
}
LANG_OF_CITY = {"Kyiv": ("uk", "uk", "ru", "en"), "Lviv": ("uk", "uk", "uk", "en"), "Kharkiv": ("uk", "ru", "ru", "en"),
                "Dnipro": ("uk", "ru", "en"), "Odesa": ("uk", "ru", "ru", "en"), "Vilnius": ("lt", "lt", "en", "ru"),
                "Riga": ("lv", "lv", "ru", "en"), "Tallinn": ("et", "et", "ru", "en"), "Warsaw": ("uk", "uk", "en"),
                "Berlin": ("uk", "en", "ru"), "Prague": ("uk", "en", "uk")}


def wrap(rng, lang: str, p: str) -> str:
    return rng.choice(WRAP[lang]).format(p=p)


# --- NMT revision texts (own) --------------------------------------------------------------------
NMT_MATH = ["Готуюся до НМТ з математики. Розв'яжи задачу і поясни кожен крок:\n{p}",
            "НМТ завтра( Поясни, як розв'язувати такі задачі:\n{p}", "{p}\nЯка відповідь і чому?",
            "Перевір мій розв'язок, будь ласка. Задача: {p}", "Розв'яжи коротко, як на НМТ: {p}"]
NMT_UKR = ["У якому рядку всі слова треба писати з апострофом: {a}?", "Як правильно: «{a}» чи «{b}»? Поясни правило.",
           "Визнач, яка частина мови виділене слово у реченні: «{s}»", "Розбери речення за членами речення: «{s}»",
           "Яке правило вживання м'якого знака в слові «{a}»?", "Наголос у слові «{a}» — де він падає?",
           "Склади план твору-роздуму на тему «{t}» для НМТ", "Поясни різницю між складнопідрядним і складносурядним реченням на прикладі: «{s}»",
           "Перевір аргументи для есе на тему «{t}»", "Чи потрібна кома в реченні: «{s}»?"]
UK_WORDS = ["пір'я", "бур'ян", "здоров'я", "подвір'я", "святковий", "різдвяний", "черговий", "кілометр", "цінник",
            "фольга", "мільйон", "середовище", "читання", "ознака", "завдання", "перекотиполе", "громадянин"]
UK_SENTS = ["Літній вечір тихо опускався на місто, і ліхтарі засвічувалися один за одним.",
            "Хоч світла не було, ми все одно готувалися до іспиту при свічці.", "Учні, які добре підготувалися, спокійно чекали початку тесту.",
            "Коли почалася тривога, всі спустилися в укриття.", "Дніпро широкий і глибокий, а береги його зелені.",
            "Мама сказала, що повернеться пізно, бо в метро зупинили поїзди.", "Мова — це жива душа народу."]
UK_TOPICS = ["Чи завжди варто говорити правду?", "Роль книжки в житті сучасної людини", "Що таке справжня дружба",
             "Чи потрібно людині вміти чекати?", "Вплив технологій на молодь", "Відповідальність за свій вибір"]


def nmt_ukr(rng) -> str:
    t = rng.choice(NMT_UKR)
    return t.format(a=rng.choice(UK_WORDS), b=rng.choice(UK_WORDS), s=rng.choice(UK_SENTS), t=rng.choice(UK_TOPICS))


# --- a light paraphraser (numbers, names, openers) for evasive campaigns ----------------------
NAMES = ["Oksana", "Taras", "Rūta", "Jānis", "Kadri", "Mykola", "Ieva", "Andrii", "Liis", "Dmytro", "Aistė", "Olena"]


def paraphrase(rng, p: str) -> str:
    p = re.sub(r"\b(\d{1,3})\b", lambda m: str(max(1, int(m.group(1)) + rng.choice((-2, -1, 1, 2, 3)))), p)
    p = re.sub(r"\b(Natalia|Weng|Betty|James|John|Mark|Tom|Mary|Jane|Sam|Janet|Sarah|Tim)\b",
               lambda m: rng.choice(NAMES), p)
    if rng.random() < 0.5:
        p = rng.choice(["Consider this: ", "Here is one for you. ", "Problem: ", "Try this — ", ""]) + p
    return p


def est_tokens(text: str | None) -> int:
    if not text:
        return 0
    cyr = sum(1 for ch in text[:400] if "\u0400" <= ch <= "\u04ff")
    ratio = 2.6 if cyr > 80 else 3.8
    return max(1, int(len(text) / ratio))


TRANS_LANGS = ("Ukrainian", "Lithuanian", "Latvian", "Estonian", "Russian")
