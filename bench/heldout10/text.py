"""Prompt material: the shared corpora, wrappers and small synthesisers (candidate answers, ASR style)."""
from __future__ import annotations

import json
import os
import re

CORPUS_DIR = os.environ.get("H10_PROMPTS", "/work/shared/data/prompts")
_NUM = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]{5,}")
_CODEY = re.compile(r"\b(python|function|code|c\+\+|sql|javascript|script|implement|program|bash|rust|typescript|regex|class)\b", re.I)


def _load(name: str) -> list[str]:
    with open(os.path.join(CORPUS_DIR, name + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


class Corpora:
    def __init__(self):
        self.nq = _load("benign_nq_open_questions")
        self.si = _load("benign_self_instruct_seed_tasks") + _load("benign_self_instruct_user_oriented")
        self.ah = _load("benign_arena_hard_prompts")
        aw = _load("benign_awesome_chatgpt_prompts")
        self.aw_short = [t for t in aw if len(t) < 1500]
        self.aw_long = [t for t in aw if 1500 <= len(t) < 60000]
        self.gsm = _load("task_gsm8k")
        self.svamp = _load("task_svamp")
        self.math = _load("task_math")
        self.mbpp = _load("task_mbpp")
        self.he = _load("task_humaneval")
        self.ah_code = [t for t in self.ah if _CODEY.search(t)]
        self.ah_text = [t for t in self.ah if not _CODEY.search(t) and len(t) < 3000]
        self.ah_short = [t for t in self.ah if len(t) < 1200]
        self.codeset = set(self.he) | set(self.mbpp) | set(self.ah_code)


def tokens(text: str | None) -> int:
    if not text:
        return 0
    head = text[:600]
    wide = sum(1 for c in head if ord(c) > 0x2FF) / max(len(head), 1)
    return max(1, int(len(text) / (4.0 - 2.2 * wide)))


def chatify(q: str, rng) -> str:
    """A search-style NQ query typed into a chat box."""
    r = rng.random()
    if r < 0.45:
        return q
    if r < 0.8:
        return q[:1].upper() + q[1:] + "?"
    return rng.choice(["quick question: ", "Do you know ", "hey, ", "Tell me "]) + q + rng.choice(["?", "", " thanks"])


def typo(s: str, rng, p: float = 0.5) -> str:
    if rng.random() > p or len(s) < 12:
        return s
    i = rng.randrange(1, len(s) - 2)
    op = rng.random()
    if op < 0.4:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.7:
        return s[:i] + s[i + 1:]
    return s.lower()


def asr(s: str) -> str:
    """What a speech recogniser writes for a spoken version of s: lower case, no punctuation, no markup."""
    s = re.sub(r"\$|\\[a-z]+|[{}^_]", " ", s)
    s = re.sub(r"[^\w\s'%.]", " ", s.lower()).replace(".", " ")
    return re.sub(r"\s+", " ", s).strip()


_HOMO = {"two": "to", "for": "four", "their": "there", "right": "write", "eight": "ate", "one": "won", "hour": "our",
         "whole": "hole", "sum": "some", "weight": "wait", "know": "no", "by": "buy"}


def asr_noise(s: str, rng, p: float = 0.04) -> str:
    """Recogniser errors: dropped words and homophones, so repeated scripts are never byte-identical."""
    out = []
    for w in s.split():
        x = rng.random()
        if x < p:
            continue
        out.append(_HOMO.get(w, w) if x < 3 * p else w)
    return " ".join(out) or s


def perturb_numbers(q: str, rng) -> str:
    """Replace each integer by a nearby one (a data-augmentation trick)."""
    def sub(m):
        v = m.group(0)
        if "." in v:
            return v
        n = int(v)
        return str(max(1, n + rng.choice([-3, -2, -1, 1, 2, 3, 5, 10]) * max(1, n // 10)))
    return _NUM.sub(sub, q, count=6)


def fake_math_answer(q: str, rng, right: bool = True) -> str:
    nums = [float(x) for x in _NUM.findall(q)[:4]] or [rng.randint(2, 40), rng.randint(2, 40)]
    a, b = nums[0], nums[-1] if len(nums) > 1 else rng.randint(2, 9)
    op = rng.choice(["+", "-", "*"])
    res = {"+": a + b, "-": a - b, "*": a * b}[op]
    if not right:
        res += rng.choice([-2, -1, 1, 3, 10])
    res = int(res) if float(res).is_integer() else round(res, 2)
    steps = [f"First, note the given values {', '.join(str(int(x)) if float(x).is_integer() else str(x) for x in nums)}.",
             f"Then compute {int(a) if float(a).is_integer() else a} {op} {int(b) if float(b).is_integer() else b} = {res}.",
             rng.choice(["Checking the units, this matches what is asked.", "No further adjustment is needed.",
                         "This is the quantity the question asks for."])]
    return " ".join(steps[: rng.randint(2, 3)]) + f" The answer is {res}."


def func_name(task: str) -> str:
    m = re.search(r"def (\w+)\(", task) or re.search(r"assert (\w+)\(", task)
    return m.group(1) if m else "solve"


_BODIES = ["    result = []\n    for x in {a}:\n        if x not in result:\n            result.append(x)\n    return result",
           "    return sorted({a})[:{k}]",
           "    total = 0\n    for i, x in enumerate({a}):\n        total += x * i\n    return total",
           "    if not {a}:\n        return None\n    return max({a}, key=len)",
           "    seen = set()\n    for x in {a}:\n        if x in seen:\n            return True\n        seen.add(x)\n    return False",
           "    n = len({a})\n    return sum({a}) / n if n else 0",
           "    return [x for x in {a} if x % {k} == 0]",
           "    count = 0\n    while {a} > 0:\n        {a} //= 10\n        count += 1\n    return count"]


def fake_code(task: str, rng) -> str:
    name = func_name(task)
    arg = rng.choice(["nums", "arr", "s", "items", "n", "data"])
    body = rng.choice(_BODIES).format(a=arg, k=rng.randint(2, 5))
    return f"def {name}({arg}{rng.choice(['', ', k=None'])}):\n{body}"


def fake_prose(q: str, rng, n: int) -> str:
    words = _WORD.findall(q)[:12] or ["the problem", "the request"]
    openers = ["To address {w}, start by considering {v}.", "The key point about {w} is how it interacts with {v}.",
               "A good approach to {w} is to break it into smaller parts, beginning with {v}.",
               "In short, {w} depends mostly on {v}.", "One common mistake with {w} is ignoring {v}.",
               "You can handle {w} by first clarifying {v} and then iterating.", "Consider {w} from the user's side: {v} matters most."]
    return " ".join(rng.choice(openers).format(w=rng.choice(words).lower(), v=rng.choice(words).lower()) for _ in range(n))


# ---------------------------------------------------------------- multilingual wrappers (CoT request in the target language)
STEP_WRAP = {
    "ur": ["اس سوال کو مرحلہ وار حل کریں اور ہر قدم کی وضاحت اردو میں کریں:\n{q}", "براہ کرم قدم بہ قدم سمجھائیں اور آخر میں جواب لکھیں۔\n\n{q}",
           "{q}\n\nجواب اردو میں دیں اور اپنی سوچ کے ہر مرحلے کو لکھیں۔"],
    "bn": ["ধাপে ধাপে সমাধান করুন এবং প্রতিটি ধাপ বাংলায় ব্যাখ্যা করুন:\n{q}", "{q}\n\nউত্তরটি বাংলায় লিখুন, প্রতিটি ধাপের যুক্তি দেখান।",
           "নিচের প্রশ্নটির সমাধান ধাপে ধাপে বাংলায় দিন:\n\n{q}"],
    "sw": ["Tatua swali hili hatua kwa hatua na ueleze kila hatua kwa Kiswahili:\n{q}", "{q}\n\nJibu kwa Kiswahili na onyesha hoja zako hatua kwa hatua.",
           "Eleza kwa kina, hatua moja baada ya nyingine, kwa Kiswahili:\n\n{q}"],
    "si": ["මෙම ප්‍රශ්නය පියවරෙන් පියවර විසඳා සිංහලෙන් පැහැදිලි කරන්න:\n{q}", "{q}\n\nකරුණාකර සිංහලෙන් පිළිතුරු දෙන්න, සෑම පියවරක්ම පෙන්වන්න."],
    "am": ["ይህንን ጥያቄ ደረጃ በደረጃ ፍታ እና እያንዳንዱን ደረጃ በአማርኛ አብራራ።\n{q}", "{q}\n\nመልሱን በአማርኛ ስጥ፣ የአስተሳሰብ ሂደትህን ደረጃ በደረጃ አሳይ።"],
    "ar": ["حل هذه المسألة خطوة بخطوة واشرح كل خطوة بالعربية:\n{q}", "{q}\n\nأجب باللغة العربية مع توضيح طريقة التفكير خطوة بخطوة.",
           "اشرح الحل بالتفصيل خطوة بخطوة:\n\n{q}"],
    "fi": ["Ratkaise tehtävä vaihe vaiheelta ja selitä jokainen vaihe suomeksi:\n{q}", "{q}\n\nVastaa suomeksi ja näytä päättelysi vaihe kerrallaan."],
    "is": ["Leystu verkefnið skref fyrir skref og útskýrðu hvert skref á íslensku:\n{q}", "{q}\n\nSvaraðu á íslensku og sýndu hvert skref."],
    "ps": ["دا پوښتنه ګام په ګام حل کړئ او هر ګام په پښتو کې تشریح کړئ:\n{q}", "{q}\n\nځواب په پښتو ورکړئ او خپل استدلال ګام په ګام ولیکئ."],
}
LANG_NAME = {"ur": "Urdu", "bn": "Bengali", "sw": "Swahili", "si": "Sinhala", "am": "Amharic", "ar": "Arabic", "fi": "Finnish",
             "is": "Icelandic", "ps": "Pashto", "sv": "Swedish", "no": "Norwegian", "da": "Danish", "ta": "Tamil", "fa": "Farsi",
             "hi": "Hindi", "et": "Estonian", "fr": "French"}

STUDENT_WRAP = ["pls solve step by step: {q}", "can u explain how to solve this\n{q}", "{q}\n\nexplain the steps pls", "Help me with my homework: {q}",
                "yeh sawal step by step samjha dein: {q}", "ei onkotar somadhan dhape dhape bujhiye din: {q}", "اشرح لي الحل خطوة بخطوة: {q}",
                "i dont understand this question: {q}", "{q}", "{q}", "{q} ??", "answer with working: {q}", "{q}\nshow all steps, exam tomorrow",
                "سوال: {q}", "how do i do this one? {q}", "{q} (class 8 maths)"]
STUDENT_FOLLOW = ["why?", "i dont get step 2", "can you explain it simpler", "what is the final answer", "is there another method",
                  "samajh nahi aya, dobara samjhao", "ar ektu sohoj kore bolo", "ok and the next one", "where did that number come from",
                  "لماذا ضربنا هنا؟", "can you check my answer, i got a different one", "thanks!!"]
CHAT_FOLLOW = ["can you make it shorter", "thanks! and what about the other option?", "give me 3 more examples", "explain like I'm 10",
               "Svara på svenska, tack", "in bullet points please", "that's not quite right, try again", "أعد الصياغة بشكل أبسط",
               "ok", "more detail on the second point", "Vastaa suomeksi", "rewrite it more formally"]
