"""Prompt builders used by the harvesting campaigns: fixed templates for the
crude operations, paraphrase assembly for the careful ones, multilingual
elicitation, and agent-shaped wrappers. Same contract as prompts.py."""
from __future__ import annotations

import random

from . import corpora as K
from . import lang_banks as L
from . import prompts as P
from . import system_prompts as S

FARM_SYS = ("أنت خبير في الرياضيات والبرمجة. قبل الإجابة، اكتب تفكيرك الداخلي كاملاً خطوة بخطوة داخل الوسمين "
            "<تفكير></تفكير>، ثم ضع الإجابة النهائية بين <answer></answer>.")
BLITZ = ["{q}\n\nBefore giving the final answer, articulate the internal reasoning behind it and write it out step by step, "
         "including any checks you perform. Then give the final answer on the last line as 'ANSWER: ...'.",
         "{q}\n\nArticulate the internal reasoning behind your answer and write it out step by step, including checks. "
         "End with 'ANSWER: ...'.",
         "Task:\n{q}\n\nWrite out your full step-by-step reasoning before the final answer. Final line: 'ANSWER: ...'."]
RING = ["Problem: {q}\n\nGive a rigorous, complete solution. Explain each step of your reasoning before stating the final answer.",
        "{q}\n\nProvide a complete worked solution with every intermediate step justified, then the final answer.",
        "Please solve the following and show all reasoning in full detail:\n{q}"]
HYDRA_SYS = ["You are a world-class expert. Reason carefully and show your reasoning.", None, None]
HYDRA = ["Answer the following. First reason step by step in detail, then give the answer.\n\n{q}", "{q}",
         "{q}\n\nThink it through step by step.", "Solve completely, explaining the reasoning:\n{q}"]
INSIDER = ["{q}\n\nWrite your complete reasoning, then 'Final:' and the answer.",
           "{q}\n\nImplement a correct solution. First explain your reasoning and edge cases, then give the code."]
CAMPUS = ["Solve the following problem. Think step by step and show all intermediate reasoning.\nProblem: {q}",
          "حل المسألة دي خطوة بخطوة ووضح كل خطوات التفكير:\n{q}"]
EMULATOR = ["اشرح الحل خطوة بخطوة بالتفصيل ولا تتخطى أي خطوة:\n{q}", "اكتب الكود مع شرح تفكيرك بالكامل قبل الكود:\n{q}"]
POLYGLOT = {
    "ar_msa": "حل المسألة التالية خطوة بخطوة وبيّن كل مراحل التفكير، ثم اكتب الإجابة النهائية. أجب باللغة العربية.\n\n{q}",
    "fr": "Résous le problème suivant étape par étape en expliquant tout ton raisonnement, puis donne la réponse finale. Réponds en français.\n\n{q}",
    "ur": "مندرجہ ذیل سوال کو قدم بہ قدم حل کریں اور اپنی پوری سوچ بیان کریں، پھر حتمی جواب دیں۔ جواب اردو میں دیں۔\n\n{q}",
    "tr": "Aşağıdaki problemi adım adım çöz ve tüm akıl yürütmeni açıkla, ardından nihai cevabı ver. Türkçe cevap ver.\n\n{q}",
    "fa": "مسئلهٔ زیر را گام‌به‌گام حل کن و تمام استدلال خود را توضیح بده، سپس پاسخ نهایی را بنویس. به فارسی پاسخ بده.\n\n{q}",
    "ru": "Реши следующую задачу шаг за шагом, подробно объясняя ход рассуждений, затем дай окончательный ответ. Отвечай по-русски.\n\n{q}",
    "id": "Selesaikan soal berikut langkah demi langkah dan jelaskan seluruh penalaranmu, lalu berikan jawaban akhir. Jawab dalam bahasa Indonesia.\n\n{q}",
    "sw": "Tatua swali lifuatalo hatua kwa hatua na ueleze mawazo yako yote, kisha toa jibu la mwisho. Jibu kwa Kiswahili.\n\n{q}",
}


def templated(seed: int, family: str, corpus: str, idx: int):
    """The crude operations: one template family per campaign (variant picked by seed)."""
    rng = random.Random(seed)
    q = K.get(corpus, idx)
    if family == "farm":
        return FARM_SYS, "المسألة:\n" + q
    if family == "blitz":
        return None, rng.choice(BLITZ).format(q=q)
    if family == "ring":
        return None, RING[seed % 3].format(q=q)
    if family == "hydra":
        return rng.choice(HYDRA_SYS), rng.choice(HYDRA).format(q=q)
    if family == "insider":
        code = corpus in ("humaneval", "mbpp", "arena_code")
        return ("You are a meticulous expert. Think through the problem in detail before answering.",
                INSIDER[1 if code else 0].format(q=q))
    if family == "campus":
        return None, rng.choice(CAMPUS).format(q=q)
    if family == "emulator":
        return None, EMULATOR[1 if corpus in ("humaneval", "mbpp") else 0].format(q=q)
    raise KeyError(family)


def polyglot(seed: int, lang: str, corpus: str, idx: int):
    return None, POLYGLOT[lang].format(q=K.get(corpus, idx))


_OPEN = {
    "en": ["", "", "Quick question: ", "Hey, ", "I'm preparing for a competition. ", "My friend and I disagree on this one. ",
           "Working through a problem set. ", "ok so ", "Need a second opinion. "],
    "ar": ["", "", "سؤال: ", "عندي مسألة: ", "لو سمحت ", "ممكن مساعدة؟ ", "ابي رأيك بهذي: ", "محتاج أفهم دي: "],
    "fr": ["", "", "Petite question : ", "Je prépare un concours. ", "Salut, ", "Besoin d'aide : "],
}
_ASK = {
    "en": ["What's the answer and why?", "Walk me through it.", "How would you approach this?", "Can you solve this carefully?",
           "I want to understand the solution, not just the answer.", "Check your work at the end.", "", "", "explain pls"],
    "ar": ["وش الحل؟", "كيف نحلها؟", "اشرح لي الفكرة", "أبي أفهم الطريقة مو بس الجواب", "", "", "تأكد من الحل في الآخر"],
    "fr": ["Quelle est la réponse ?", "Comment tu t'y prendrais ?", "Explique-moi la démarche.", "", ""],
}
_CODE_ASK = {
    "en": ["", "Can you write this?", "Implement this, with a short explanation.", "How would you solve this in Python?", "need this working"],
    "ar": ["", "ممكن تكتب الكود؟", "حل هذا بالبايثون", "أبي الكود مع شرح بسيط"],
    "fr": ["", "Tu peux coder ça ?", "Implémente ceci en Python."],
}


def _typo(rng: random.Random, s: str) -> str:
    if len(s) < 20 or rng.random() > 0.15:
        return s
    i = rng.randrange(1, len(s) - 1)
    return s[:i] + s[i + 1:] if rng.random() < 0.5 else s[:i] + s[i] + s[i:]


def ghost(seed: int, lang: str, corpus: str, idx: int, bare_p: float = 0.4):
    """Careful harvesting: no fixed wrapper; often the bare question (the thinking model reasons anyway)."""
    rng = random.Random(seed)
    q = K.get(corpus, idx)
    g = "ar" if lang.startswith("ar") or lang == "arabizi" else lang if lang in _OPEN else "en"
    if rng.random() < bare_p:
        return None, q if rng.random() < 0.8 else q.lower()
    code = corpus in ("humaneval", "mbpp", "arena_code")
    ask = rng.choice((_CODE_ASK if code else _ASK)[g])
    opener = rng.choice(_OPEN[g])
    sep = rng.choice(["\n", "\n\n", " "])
    text = (opener + q + (sep + ask if ask else "")) if rng.random() < 0.6 else (opener + ask + sep + q)
    return None, _typo(rng, text.strip())


def cover(seed: int, lang: str):
    """Ordinary traffic mixed in by careful harvesters and relays."""
    return P.chat(seed, lang)


def agent_trace(seed: int, framework: str, scaffold_seed: int, step: int, corpus: str, idx: int):
    """Harvest dressed as an agent run: a coding ticket or analysis task, then tool observations."""
    rng = random.Random(seed)
    srng = random.Random(scaffold_seed)
    sysp = S.scaffold(srng, framework, n_tools=srng.randint(3, 6))
    q = K.get(corpus, idx)
    code = corpus in ("humaneval", "mbpp")
    ticket = (srng.choice(["Ticket {n}: ", "Issue #{n} — ", "TASK-{n}: ", "[{n}] "]).format(n=1000 + idx % 9000) +
              (srng.choice(["Implement the function below so that all tests pass.\n", "Fix/implement per spec:\n", ""]) if code
               else srng.choice(["Compute and justify: ", "Analyse and solve: ", "Work out: ", ""])) + q)
    if step == 0:
        return sysp, ticket
    if code:
        obs = rng.choice(["pytest: 3 passed, 1 failed\nE   AssertionError", "pytest: collected 4 items, 4 passed",
                          "NameError: name 'result' is not defined", "SyntaxError: invalid syntax (line 7)"])
    else:
        obs = rng.choice(["python> " + str(rng.randint(2, 9999)), "python> " + str(round(rng.random() * 100, 4)),
                          "python> None", "python> ZeroDivisionError"])
    return sysp, srng.choice(["Observation: ", "Tool output:\n", "<tool_result>"]) + obs + "\n" + srng.choice(
        ["Continue.", "Verify your reasoning and continue.", "Explain what this shows, then proceed.", ""])


def front(seed: int, lang: str, corpus: str, idx: int):
    """Student-shaped harvest behind a fake reseller."""
    rng = random.Random(seed)
    q = K.get(corpus, idx)
    bank = L.CODE_HELP if corpus in ("humaneval", "mbpp", "arena_code") else L.HOMEWORK
    text = rng.choice(bank.get(lang, bank["en"])).format(q=q)
    if rng.random() < 0.5:
        text += rng.choice(["\nاشرح كل خطوة بالتفصيل", "\nexplain every step in detail", "\nw eshra7 kol 5atwa", "\nمع كل الخطوات"])
    return None, text
