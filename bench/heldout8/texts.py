"""Prompt text for heldout8: the public corpora plus this world's own templates."""
from __future__ import annotations

import json
import random
from pathlib import Path

CORPUS_DIR = Path("/work/shared/data/prompts")
FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "selfinst": "benign_self_instruct_seed_tasks.jsonl",
    "userinst": "benign_self_instruct_user_oriented.jsonl",
    "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "math": "task_math.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}
MAX_CHARS = 9000


class Corpus:
    def __init__(self, root: Path = CORPUS_DIR):
        self.c: dict[str, list[str]] = {}
        for k, f in FILES.items():
            with open(root / f, encoding="utf-8") as fh:
                rows = [json.loads(line)["text"] for line in fh if line.strip()]
            self.c[k] = [r if len(r) <= MAX_CHARS else r[:MAX_CHARS] for r in rows]
        self.c["instr"] = self.c["selfinst"] + self.c["userinst"]
        self.c["awesome_short"] = [t for t in self.c["awesome"] if len(t) < 2500]
        self.c["arena_short"] = [t for t in self.c["arena"] if len(t) < 3000]
        self.c["code"] = self.c["mbpp"] + self.c["humaneval"]
        self.c["mathy"] = self.c["gsm8k"] + self.c["math"] + self.c["svamp"]

    def pick(self, rng: random.Random, kind: str) -> str:
        return rng.choice(self.c[kind])

    def __getitem__(self, k: str) -> list[str]:
        return self.c[k]


def chat_prompt(rng: random.Random, C: Corpus, mix=None) -> tuple[str, str, str | None]:
    """An ordinary person's request: (kind, prompt, system_prompt or None)."""
    mix = mix or [("arena", 28), ("instr", 18), ("nq", 22), ("awesome", 10), ("gsm8k", 5), ("math", 4),
                  ("code", 7), ("casual", 6)]
    kind = rng.choices([m[0] for m in mix], weights=[m[1] for m in mix])[0]
    system = None
    if kind == "awesome":
        t = C.pick(rng, "awesome_short")
        if rng.random() < 0.5:
            return kind, rng.choice(C["nq"]) if rng.random() < 0.5 else C.pick(rng, "instr"), t
        return kind, t, None
    if kind == "nq":
        q = C.pick(rng, "nq")
        r = rng.random()
        if r < 0.25:
            q = q[:1].upper() + q[1:] + "?"
        elif r < 0.35:
            q = rng.choice(["quick q: ", "hey, ", "", "can you tell me "]) + q
        return kind, q, None
    if kind in ("gsm8k", "math"):
        q = C.pick(rng, kind)
        r = rng.random()
        if r < 0.3:
            q = rng.choice(["help me with this: ", "my kid's homework, how do you do this?\n", "", "Solve: "]) + q
        elif r < 0.45:
            q += rng.choice([" Please explain.", " Show your working.", " step by step pls", ""])
        return kind, q, None
    if kind == "code":
        q = C.pick(rng, "code")
        if rng.random() < 0.5:
            q = rng.choice(["Write this in Python:\n", "Can you help me write a function for this?\n",
                            "", "solve in python, short answer please\n"]) + q
        return kind, q, None
    if kind == "casual":
        return kind, rng.choice(CASUAL), None
    return kind, C.pick(rng, kind), system


CASUAL = [
    "thanks!", "can you make it shorter?", "rewrite that more formally", "Now translate it to Spanish.",
    "that didn't work, I get a KeyError", "explain like I'm five", "give me 3 more options",
    "ok and what about the second one?", "make it funnier", "Can you put that in a table?",
    "shorter please, it's for a tweet", "what are the sources for that?", "continue",
    "Can you write the email again but friendlier?", "is that right? I thought it was different",
    "summarise the above in 5 bullet points", "now do the same for Q3 numbers",
]

# ---------------------------------------------------------------- Arabic / Hindi fragments
AR_WRAP = [
    "من فضلك أجب عن السؤال التالي: {q}",
    "أريد إجابة مختصرة: {q}",
    "اكتب لي {q}",
    "ترجم النص التالي إلى العربية:\n{q}",
    "{q}\n\nالرجاء الرد باللغة العربية.",
    "ساعدني في هذا الطلب من فضلك: {q}",
    "لخص لي النص التالي في نقاط:\n{q}",
]
AR_FREE = [
    "اكتب رسالة بريد إلكتروني لعميل يطلب خصمًا على الطلب القادم",
    "ما هي أفضل طريقة لتسويق مطعم جديد في دبي على إنستغرام؟",
    "اكتب وصفًا لمنتج عطر عود فاخر لمتجر إلكتروني",
    "كيف أحسب ضريبة القيمة المضافة 5% على فاتورة بمبلغ 12,400 درهم؟",
    "اقترح أسماء لشركة مقاولات صغيرة في الرياض",
    "اكتب سياسة الإرجاع والاستبدال لمتجر ملابس على الإنترنت",
    "ما الفرق بين الرخصة التجارية في المنطقة الحرة والبر الرئيسي في الإمارات؟",
    "صحح الأخطاء الإملائية في هذه الفقرة وأعد صياغتها بأسلوب رسمي",
    "اكتب منشورًا لتهنئة العملاء بمناسبة اقتراب شهر رمضان",
    "جدول عمل أسبوعي لفريق مبيعات من خمسة أشخاص",
]

HI_STEP = [
    "कृपया इस प्रश्न को चरण-दर-चरण हल करें और हर चरण का कारण लिखें:\n\n{q}",
    "नीचे दिए गए सवाल को पूरी विधि के साथ हल कीजिए:\n{q}",
    "{q}\n\nइसका उत्तर स्टेप बाय स्टेप समझाइए।",
]

# ---------------------------------------------------------------- viral release-day prompts
VIRAL = [
    "How many r's are in the word strawberry? Think carefully.",
    "A man has 3 sisters. Each sister has 2 brothers. How many brothers does the man have? Explain your reasoning.",
    "Which is bigger, 9.11 or 9.9? Explain step by step.",
    "Write a python program that draws a ball bouncing inside a rotating hexagon, with gravity and friction.",
    "I have 10 apples. I find 3 gold coins at the bottom of a river. The river runs near a big city that has something to do with what I can spend the coins on. I then lose 4 apples but gain a gold coin. Three birds run into my path and drop 6 apples each. I play an online game and win 6 gold coins but I have to share them equally with my 2 teammates. I buy apples for all the coins I have. The price of an apple is 0.5 coins. How many apples do I have? And where is the river?",
    "Write 10 sentences that end with the word 'apple'.",
    "A farmer needs to cross a river with a wolf, a goat and a cabbage. The boat fits the farmer and all three items. What is the fewest number of crossings?",
    "Solve this: if it takes 5 machines 5 minutes to make 5 widgets, how long would it take 100 machines to make 100 widgets? Show your reasoning.",
    "What's the newest thing you can do that the previous version couldn't? Be specific.",
    "Write a haiku about yourself, then explain each line.",
    "Create a single-file HTML/JS game of Snake with a score counter and increasing speed.",
    "Prove that there are infinitely many primes, then explain the proof to a 10 year old.",
]
