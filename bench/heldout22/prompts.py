"""Benign prompt builders. A builder is `f(seed, *args) -> (system_prompt, prompt)`
and is pure: the event buffer keeps `(f, seed, *args)` and the text is rendered
when the line is written, so 300k prompts never sit in memory at once.
"""
from __future__ import annotations

import random

from . import corpora as K
from . import lang_banks as L
from . import system_prompts as S


def tokens(text: str | None) -> int:
    """Rough token count: ~3.8 chars/token for Latin text and code, ~2.4 for Arabic script."""
    if not text:
        return 0
    n = len(text)
    ascii_n = len(text.encode("ascii", "ignore"))
    return int(ascii_n / 3.8 + (n - ascii_n) / 2.4) + 1


def _fill(rng: random.Random, tmpl: tuple) -> str:
    t, fill = tmpl
    if fill == L._DOC:
        doc = K.get(rng.choice(["self_instruct", "arena_other", "awesome_short"]), rng.getrandbits(30))
        return t.format(x=doc)
    return t.format(x=rng.choice(fill))


def chat(seed: int, lang: str):
    rng = random.Random(seed)
    if lang == "en" or rng.random() < 0.18:
        r = rng.random()
        if lang == "en" and r < 0.12:
            return None, _fill(rng, L.CHAT["en"][0])
        src = "nq" if r < 0.35 else "self_instruct" if r < 0.6 else "arena_other" if r < 0.85 else "awesome_short"
        text = K.get(src, rng.getrandbits(30))
        if (lang.startswith("ar") or lang in ("arabizi", "fr")) and rng.random() < 0.5:
            text = rng.choice(["اشرح لي بالعربي: ", "رد عليا بالعربي: ", "Réponds en français : ", "جاوب بالعربي "]) + text
        return None, text
    return None, _fill(rng, rng.choice(L.CHAT.get(lang, L.CHAT["ar_msa"])))


def homework(seed: int, lang: str, corpus: str, idx: int, bare_p: float = 0.25):
    rng = random.Random(seed)
    q = K.get(corpus, idx)
    if rng.random() < bare_p:
        return None, q
    bank = L.CODE_HELP if corpus in ("humaneval", "mbpp", "arena_code") else L.HOMEWORK
    return None, rng.choice(bank.get(lang, bank["en"])).format(q=q)


def tutor(seed: int, lang: str, corpus: str, idx: int):
    rng = random.Random(seed)
    q = K.get(corpus, idx)
    sysp = S.TUTOR[2] if lang == "fr" else S.TUTOR[0] if lang.startswith("ar") else S.TUTOR[1]
    if lang == "fr":
        asks = ["Rédige une correction détaillée de cet exercice pour des élèves de terminale :\n{q}",
                "Propose 4 exercices du même type avec leurs corrigés :\n{q}", "Explique la méthode en 5 étapes simples :\n{q}"]
    elif lang.startswith("ar"):
        asks = ["اكتب حلاً نموذجياً مفصلاً لهذه المسألة لطلاب الثانوية العامة:\n{q}",
                "ولّد 5 مسائل مشابهة لهذه المسألة مع الحلول:\n{q}", "اشرح فكرة الحل بطريقة تناسب طالباً ضعيفاً في الرياضيات:\n{q}",
                "صحح إجابة الطالب التالية وبيّن موضع الخطأ.\nالسؤال: {q}\nإجابة الطالب: {a}", "اعمل ورقة عمل من 6 أسئلة على نفس الفكرة:\n{q}"]
    else:
        asks = ["Write a worked solution a 14-year-old can follow:\n{q}", "Make a worksheet with 5 similar problems and an answer key:\n{q}",
                "Grade this student answer and explain the mistake.\nQuestion: {q}\nStudent: {a}", "What misconceptions do students have on this? {q}"]
    return sysp, rng.choice(asks).format(q=q, a=rng.choice(["42", "18", "x = 3", "I think it is 7.5", "120"]))


_FEWSHOT_GSM = ("Question: A baker made 24 ka'ak for iftar and sold 3 boxes of 6. How many are left?\n"
                "Answer: He sold 3 * 6 = 18. 24 - 18 = 6. The answer is 6.\n\n"
                "Question: Sara reads 12 pages a night. How many pages does she read in 15 nights?\n"
                "Answer: 12 * 15 = 180. The answer is 180.\n\n"
                "Question: A taxi costs 12 AED plus 2 AED per km. What does a 9 km ride cost?\n"
                "Answer: 2 * 9 = 18, 12 + 18 = 30. The answer is 30.\n\n")
_FEWSHOT_MATH = ("Problem:\nFind the domain of $\\frac{\\sqrt{x-2}}{\\sqrt{5-x}}$.\n\nSolution:\nWe need $x-2\\ge0$ and $5-x>0$, "
                 "so the domain is $\\boxed{[2,5)}$.\nFinal Answer: The final answer is $[2,5)$. I hope it is correct.\n\n")

EVAL_TMPL = {
    "gsm8k_fewshot": (None, _FEWSHOT_GSM + "Question: {q}\nAnswer:"),
    "gsm8k_cot": (None, "{q}\nLet's think step by step. At the end, write 'The answer is N'."),
    "math_fewshot": (None, _FEWSHOT_MATH + "Problem:\n{q}\n\nSolution:"),
    "math_boxed": ("Please reason step by step, and put your final answer within \\boxed{}.", "{q}"),
    "humaneval": ("Complete the following Python function. Return only the code.", "{q}"),
    "mbpp": (None, "You are an expert Python programmer, and here is your task: {q}\n[BEGIN]\n"),
    "ar_cot": ("أنت مساعد دقيق.", "السؤال: {q}\nفكّر خطوة بخطوة ثم اكتب الإجابة النهائية بعد كلمة «الإجابة:»"),
    "svamp_plain": (None, "{q}\nAnswer with a number only."),
}


def eval_item(seed: int, tmpl: str, corpus: str, idx: int):
    sysp, t = EVAL_TMPL[tmpl]
    return sysp, t.replace("{q}", K.get(corpus, idx))


def judge(seed: int, idx: int):
    rng = random.Random(seed)
    q = K.get(rng.choice(["arena", "self_instruct", "gsm8k"]), idx)
    a1, a2 = (K.get("self_instruct", rng.getrandbits(20)), K.get("arena_other", rng.getrandbits(20)))
    return ("Please act as an impartial judge and evaluate the quality of the responses provided by two AI assistants. "
            "Output your final verdict strictly as [[A]], [[B]] or [[C]] for a tie.",
            f"[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a1[:1200]}\n[The End of Assistant A's Answer]\n\n"
            f"[The Start of Assistant B's Answer]\n{a2[:1200]}\n[The End of Assistant B's Answer]")


def _contract(rng: random.Random) -> str:
    obligations = ["توريد المعدات المتفق عليها", "تسليم المشروع", "سداد الدفعة الثانية", "صيانة الأنظمة", "توفير الكوادر الفنية", "إخلاء العين المؤجرة"]
    lines = ["عقد " + rng.choice(["توريد", "مقاولة", "إيجار تجاري", "خدمات استشارية"]) + " — نسخة للمراجعة"]
    for n in range(1, rng.randint(6, 22)):
        lines.append(f"البند {n}: يلتزم الطرف {rng.choice(['الأول', 'الثاني'])} بـ{rng.choice(obligations)} خلال مدة لا تتجاوز "
                     f"{rng.choice([15, 30, 45, 60, 90])} يوماً من تاريخ التوقيع، وفي حال الإخلال يدفع غرامة قدرها "
                     f"{rng.choice([5, 10, 25, 50, 100])} ألف ريال عن كل {rng.choice(['يوم', 'أسبوع', 'مخالفة'])} تأخير.")
    return "\n".join(lines)


def app(seed: int, name: str):
    rng = random.Random(seed)
    sysp = S.APPS[name]
    if name == "darrisni":
        c = rng.choice(["gsm8k", "gsm8k", "svamp", "math"])
        return sysp, homework(seed, rng.choice(["ar_eg", "ar_eg", "arabizi", "en"]), c, rng.getrandbits(30), 0.35)[1]
    if name == "souq_nakhla":
        lang = rng.choice(["ar_gulf", "ar_gulf", "ar_msa", "en"])
        q = rng.choice(L.SUPPORT_Q[lang])
        return sysp, q + (f" رقم الطلب {rng.randint(10**7, 10**8)}" if rng.random() < 0.4 else "")
    if name == "listing_writer":
        R = L.REAL_ESTATE
        beds = rng.choice(R["beds"])
        return sysp, (f"type: {rng.choice(R['type'])}\nbedrooms: {beds}\nlocation: {rng.choice(R['area'])}\n"
                      f"size_sqft: {rng.randint(450, 6500)}\nprice_aed: {rng.randint(6, 180) * 50_000:,}\n"
                      f"features: {', '.join(rng.sample(R['feature'], 3))}\npermit: {rng.randint(10**9, 10**10)}")
    if name == "rafiq_ramadan":
        r = rng.random()
        if r < 0.5:
            return sysp, rng.choice(["أعطني وصفة ", "طريقة عمل ", "Recipe: ", "ابي وصفة "]) + rng.choice(L.RECIPES)
        if r < 0.75:
            return sysp, rng.choice(L.ISLAMIC_Q)
        return sysp, rng.choice(["نشاط رمضاني لطفل عمره 6 سنوات", "فكرة فانوس من الورق للأطفال", "تذكير لطيف بصلاة التراويح",
                                 "اقتراح جدول يومي للعائلة في رمضان"])
    if name == "bank_kw":
        return sysp, rng.choice(L.BANK_Q)
    if name == "legal_sum":
        return sysp, _contract(rng)
    if name == "hire_screen":
        title = rng.choice(L.JOB_TITLES)
        cv = K.get("self_instruct", rng.getrandbits(20))
        return sysp, (f"JOB DESCRIPTION:\n{title} — Cairo/New Capital, {rng.randint(1, 8)}+ years.\n\nCV:\n"
                      f"Name: {rng.choice(['Ahmed', 'Mona', 'Youssef', 'Salma', 'Omar', 'Nour'])} {rng.choice(['Hassan', 'Adel', 'Fathy', 'Samir'])}\n"
                      f"Experience: {rng.randint(0, 12)} years\nSkills: {', '.join(rng.sample(['Excel', 'SQL', 'Python', 'SAP', 'Power BI', 'Arabic', 'English', 'AutoCAD', 'Sales'], 4))}\n"
                      f"Summary: {cv[:600]}")
    if name == "news_tr":
        topic = rng.choice(L.NEWS_TOPICS)
        body = " ".join(rng.choice(L.SUBTITLE_LINES) for _ in range(rng.randint(2, 5)))
        return sysp, f"عمّان — أعلنت الجهات المختصة اليوم تفاصيل جديدة بشأن {topic}. وقال مصدر مطلع إن {body}"
    if name == "code_review":
        code = K.get(rng.choice(["humaneval", "mbpp"]), rng.getrandbits(20))
        plus = "\n".join("+" + ln for ln in code.splitlines()[:60])
        return sysp, f"diff --git a/src/utils.py b/src/utils.py\n@@ -{rng.randint(1, 300)},7 +{rng.randint(1, 300)},{rng.randint(8, 60)} @@\n{plus}"
    if name == "telco_om":
        return sysp, rng.choice(L.TELCO_Q)
    if name == "fatwa_qa":
        return sysp, rng.choice(L.ISLAMIC_Q)
    if name == "review_cls":
        return sysp, rng.choice(["المنتج ممتاز والتوصيل سريع", "Delivery was late but the dates were fresh", "سيء جداً ما أنصح فيه",
                                 "عادي، السعر مناسب", "The abaya fabric is lovely, size runs small", "الخدمة زفت والمندوب ما رد"]) + rng.choice(["", "!", " 👍", "."])
    if name == "kids_story":
        return sysp, (f"اسم البطل: {rng.choice(['سلمى', 'يوسف', 'ليان', 'عمر', 'جود', 'حمد'])}. الموضوع: "
                      f"{rng.choice(['الصدق', 'مساعدة الجيران في رمضان', 'الفانوس الضائع', 'أول يوم صيام', 'مشاركة الإفطار'])}")
    raise KeyError(name)


def agent_step(seed: int, framework: str, scaffold_seed: int, step: int, task: str):
    rng = random.Random(seed)
    sysp = S.scaffold(random.Random(scaffold_seed), framework)
    if step == 0:
        return sysp, task
    obs = rng.choice(["Observation: ", "Tool result:\n", "```json\n", "<tool_output>\n"])
    payload = rng.choice([K.get("nq", rng.getrandbits(20)), K.get("self_instruct", rng.getrandbits(20))[:500],
                          '{"rows": %d, "status": "ok"}' % rng.randint(0, 900), "Traceback (most recent call last):\n  ...\nKeyError: 'id'"])
    return sysp, f"{obs}{payload}\n\nContinue with the task: {task[:200]}"


def ide(seed: int, kind: str, langs: str):
    rng = random.Random(seed)
    code = K.get(rng.choice(["humaneval", "mbpp", "arena_code"]), rng.getrandbits(30))
    if kind == "fim":
        cut = rng.randint(len(code) // 3, max(len(code) // 3 + 1, len(code) - 1))
        return None, f"<fim_prefix>{code[:cut]}<fim_suffix>{code[cut:cut + rng.randint(0, 300)]}<fim_middle>"
    sysp = S.IDE.format(os=rng.choice(["darwin", "win32", "linux"]), langs=langs)
    ask = rng.choice(["Explain this code", "Refactor this to be more readable", "Write unit tests for this", "Why is this slow?",
                      "اشرح الكود ده", "Add type hints and docstrings", "Fix the bug in this function", "{q}"])
    return sysp, (ask + "\n\n" + code) if "{q}" not in ask else code


def translate(seed: int, kind: str):
    rng = random.Random(seed)
    if kind == "srt":
        start = rng.randint(0, 2500)
        lines = []
        for i in range(rng.randint(8, 40)):
            t = start + i * 3
            lines.append(f"{i + 1}\n00:{t // 60 % 60:02d}:{t % 60:02d},{rng.randint(0, 999):03d} --> 00:{(t + 2) // 60 % 60:02d}:{(t + 2) % 60:02d},000\n{rng.choice(L.SUBTITLE_LINES)}")
        return S.TRANSLATOR[2], "\n\n".join(lines)
    if kind == "fr":
        return S.TRANSLATOR[1], K.get(rng.choice(["self_instruct", "arena_other"]), rng.getrandbits(20))
    return S.TRANSLATOR[0], rng.choice([K.get("awesome_short", rng.getrandbits(20)), K.get("self_instruct", rng.getrandbits(20)),
                                        " ".join(rng.choice(L.SUBTITLE_LINES) for _ in range(rng.randint(3, 12)))])


def research(seed: int, task: str):
    rng = random.Random(seed)
    if task == "dialect":
        return ("Label the Arabic dialect of the sentence as one of: EGY, GLF, LEV, MGR, MSA. Output the label only.",
                rng.choice(L.DIALECT_SENTENCES))
    if task == "synth":
        return (None, f"اكتب {rng.choice([5, 10, 20])} صياغات مختلفة باللهجة {rng.choice(['المصرية', 'الخليجية', 'الشامية', 'المغربية'])} "
                      f"للجملة التالية مع الحفاظ على المعنى:\n{rng.choice(L.DIALECT_SENTENCES)}")
    if task == "judge":
        return judge(seed, rng.getrandbits(20))
    if task == "qa_gen":
        return (None, "Generate 3 question-answer pairs in Arabic from this passage. Return JSON.\n\n" + K.get("awesome_short", rng.getrandbits(20))[:1500])
    c = rng.choice(["gsm8k", "math"])
    return eval_item(seed, rng.choice(["ar_cot", "gsm8k_cot", "math_boxed"]), c, rng.getrandbits(30))


def embed(seed: int, src: str):
    rng = random.Random(seed)
    if src == "gov":
        return None, rng.choice(["خدمة تجديد رخصة القيادة", "إصدار سجل تجاري", "تسجيل مولود جديد", "طلب تأشيرة زيارة عائلية",
                                 "الاستعلام عن المخالفات المرورية", "نقل كفالة عامل", "حجز موعد في الأحوال المدنية"]) + " " + K.get("nq", rng.getrandbits(20))
    return None, K.get("nq", rng.getrandbits(20))


def fixed(seed: int, system: str | None, prompt: str):
    return system, prompt


def viral(seed: int, idx: int):
    return None, L.VIRAL[idx % len(L.VIRAL)]
