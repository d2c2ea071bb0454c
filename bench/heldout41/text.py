"""Corpora (read at run time), token estimates and small phrase banks."""
from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import orjson

CORPUS_DIR = Path("/work/shared/data/prompts")
FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl",
    "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "math": "task_math.jsonl",
    "svamp": "task_svamp.jsonl",
}
MAX_CHARS = 7000


@lru_cache(maxsize=None)
def corpus(name: str) -> tuple[str, ...]:
    """Texts in file order (dataset order matters for sweeps), long ones dropped."""
    out = []
    with open(CORPUS_DIR / FILES[name], "rb") as f:
        for line in f:
            t = orjson.loads(line)["text"]
            if len(t) <= MAX_CHARS:
                out.append(t)
    return tuple(out)


def chat_text(rng: random.Random) -> str:
    """A general benign chat prompt drawn from the chat-style corpora."""
    src = rng.choices(("awesome", "seed", "user", "arena", "nq"), weights=(2, 1, 2, 4, 3))[0]
    return rng.choice(corpus(src))


def zipf_pick(rng: random.Random, items, s: float = 1.1, top: int = 400):
    """Popular items repeat: index drawn with a Zipf-like law over the first `top`."""
    n = min(top, len(items))
    w = _zipf_cum(n, s)
    return items[rng.choices(range(n), cum_weights=w)[0]]


@lru_cache(maxsize=None)
def _zipf_cum(n: int, s: float) -> tuple[float, ...]:
    acc, out = 0.0, []
    for i in range(1, n + 1):
        acc += 1.0 / i ** s
        out.append(acc)
    return tuple(out)


def ntok(text: str | None) -> int:
    """Rough BPE-like count: Latin ~3.8 chars/token, Cyrillic ~2.3, Georgian/Armenian ~1.3."""
    if not text:
        return 0
    latin = cyr = cau = other = 0
    for ch in text:
        o = ord(ch)
        if o < 128:
            latin += 1
        elif 0x400 <= o < 0x530:
            cyr += 1
        elif 0x530 <= o < 0x590 or 0x10A0 <= o < 0x1100:
            cau += 1
        else:
            other += 1
    return max(1, round(latin / 3.8 + cyr / 2.3 + cau / 1.3 + other / 2.0))


# --- phrase banks -------------------------------------------------------------
GREET = {
    "kk": ("Наурыз мейрамы құтты болсын! Отбасыма арналған қысқа тілек жазып берші.",
           "Наурыз көже қалай пісіріледі? Жеті дәмнің тізімін айтшы.",
           "Әжеме Наурызға арнап төрт шумақ өлең жазып берші.",
           "Ұлыстың ұлы күні құтты болсын! Әріптестерге қысқа құттықтау керек.",
           "Бауырсақ жұмсақ болу үшін қамырға не қосу керек?"),
    "uz": ("Navro'z muborak! Oilam uchun chiroyli tabrik yozib bering.",
           "Sumalak qanday pishiriladi? Bosqichma-bosqich tushuntiring.",
           "Navro'z haqida bolalar uchun qisqa she'r yozing.",
           "Ko'k somsa uchun qaysi ko'katlar yaxshi?",
           "Navro'z dasturxoniga nimalar qo'yiladi, ro'yxat qilib bering."),
    "ru": ("Поздравь коллег с Наурызом, коротко и тепло, без пафоса.",
           "Рецепт наурыз-коже на большую семью, человек на 15.",
           "Почему сумаляк мешают всю ночь и сколько его варить?",
           "Придумай тост на праздник Наурыз для дедушки.",
           "Что подарить маме на Наурыз, если бюджет 20 тысяч тенге?"),
    "az": ("Novruz bayramınız mübarək! Ailəm üçün təbrik mətni yaz.",
           "Şəkərbura necə hazırlanır? Addım-addım izah et.",
           "Səməni necə göyərdilir, neçə gün lazımdır?",
           "Çərşənbə axşamları haqqında uşaqlar üçün qısa hekayə yaz.",
           "Paxlava üçün xəmir necə nazik açılır?"),
    "ka": ("დამიწერე მოკლე და თბილი მილოცვა ოჯახისთვის.",
           "როგორ მოვამზადო აჭარული ხაჭაპური? ნაბიჯ-ნაბიჯ ამიხსენი.",
           "რა ვაჩუქო დედას, ბიუჯეტი 100 ლარია?",
           "ნოვრუზის დღესასწაული ქვემო ქართლში: მოკლედ მომიყევი ისტორია."),
    "hy": ("Ինչպե՞ս պատրաստել գաթա։ Քայլ առ քայլ բացատրիր։",
           "Գրիր կարճ շնորհավորանք ընտանիքիս համար։",
           "Ի՞նչ նվիրել մայրիկիս, բյուջեն 20000 դրամ է։",
           "Ինչպե՞ս պատրաստել ժենգյալով հաց։"),
    "en": ("Write a short Nowruz greeting for my international colleagues.",
           "What is sumalak and why do people stir it all night?",
           "Give me a simple recipe for Nauryz kozhe with seven ingredients.",
           "Suggest five family games for a holiday gathering with kids and grandparents.",
           "How do I say 'happy Nowruz' in Kazakh, Uzbek and Azerbaijani?"),
}

CASUAL = {
    "kk": ("Телефоным тез отырып қалады, не істеуге болады?", "Алматыдан Шымкентке пойызбен қанша уақыт жүреді?",
           "Мына мәтінді қысқартып берші:", "Ағылшын тілін тез үйренудің жолы қандай?"),
    "uz": ("Telefonim tez zaryadsizlanadi, nima qilsam bo'ladi?", "Toshkentdan Samarqandga poyezdda qancha vaqt?",
           "Ingliz tilini tez o'rganish uchun maslahat bering.", "Rezyume uchun qisqa 'men haqimda' yozing."),
    "ru": ("Как вернуть деньги за билет Air Astana?", "Напиши резюме для стажировки аналитиком.",
           "Объясни простыми словами, что такое инфляция.", "Почему ноутбук греется и шумит?",
           "Составь план тренировок на неделю для новичка."),
    "az": ("Telefonum tez boşalır, nə edim?", "İngilis dilini tez öyrənmək üçün məsləhət ver.",
           "CV üçün qısa 'haqqımda' bölməsi yaz.", "Bakıdan Qəbələyə necə getmək olar?"),
    "ka": ("როგორ ვისწავლო ინგლისური სწრაფად?", "დამიწერე მოკლე რეზიუმე სტაჟირებისთვის.",
           "რატომ ცხელდება ლეპტოპი?"),
    "hy": ("Ինչպե՞ս արագ սովորել անգլերեն։", "Գրիր կարճ ռեզյումե պրակտիկայի համար։",
           "Ինչու՞ է նոութբուքս տաքանում։"),
    "en": ("How do I renew a Kazakh passport from abroad?", "Explain inflation like I'm 12.",
           "Plan a 3-day trip to Samarkand on a budget.", "Why is my laptop fan always loud?"),
}

STEP = {   # students asking for worked solutions
    "en": ("Solve step by step: {q}", "Can you explain how to solve this step by step?\n{q}",
           "{q}\nShow all the steps please, exam tomorrow", "{q}", "help me with this one {q}"),
    "ru": ("Реши пошагово: {q}", "Объясни решение по шагам, пожалуйста:\n{q}", "{q}\nРаспиши подробно, не понимаю",
           "Помоги с задачей: {q}"),
    "kk": ("Қадамма-қадам шешіп берші: {q}", "{q}\nТүсіндіріп берші, ертең емтихан.", "Есепті шығаруға көмектес: {q}"),
    "uz": ("Qadam-baqadam yechib bering: {q}", "{q}\nIltimos, batafsil tushuntiring.", "Masalani yechishga yordam bering: {q}"),
    "az": ("Addım-addım həll et: {q}", "{q}\nZəhmət olmasa ətraflı izah et.", "Bu məsələni həll etməyə kömək et: {q}"),
    "ka": ("ნაბიჯ-ნაბიჯ ამოხსენი: {q}", "{q}\nდეტალურად ამიხსენი, გთხოვ."),
    "hy": ("Լուծիր քայլ առ քայլ: {q}", "{q}\nԽնդրում եմ, մանրամասն բացատրիր։"),
}

LANG_NAME = {"kk": "Kazakh", "uz": "Uzbek", "ru": "Russian", "az": "Azerbaijani", "ka": "Georgian",
             "hy": "Armenian", "en": "English"}


def local_prompt(rng: random.Random, lang: str, holiday: float = 0.35) -> str:
    """Short local-language chat: greetings/recipes on the holiday, else everyday questions."""
    if rng.random() < holiday:
        return rng.choice(GREET[lang])
    s = rng.choice(CASUAL[lang])
    if s.endswith(":"):
        s = s + "\n" + rng.choice(corpus("nq")).capitalize() + "."
    return s


def vary(rng: random.Random, s: str) -> str:
    """Small human noise: casing, trailing punctuation, a stray 'pls'."""
    r = rng.random()
    if r < 0.15:
        s = s[:1].lower() + s[1:]
    elif r < 0.25:
        s = s.rstrip(".?!")
    elif r < 0.30:
        s = s + " pls"
    return s
