"""Prompt material: the shared corpora plus small hand-written banks (native-language
chat, legal clauses, tool output), and helpers to render diffs and documents."""
from __future__ import annotations

import json
import os

DEFAULT_DATA = "/work/shared/data/prompts"
FILES = {
    "nq": "benign_nq_open_questions.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl", "user": "benign_self_instruct_user_oriented.jsonl",
    "arena": "benign_arena_hard_prompts.jsonl", "gsm8k": "task_gsm8k.jsonl", "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl", "svamp": "task_svamp.jsonl",
}


class Corpus:
    def __init__(self, data_dir: str | None = None):
        d = data_dir or os.environ.get("HELDOUT14_PROMPTS", DEFAULT_DATA)
        self.t: dict[str, list[str]] = {}
        for k, fn in FILES.items():
            with open(os.path.join(d, fn), encoding="utf-8") as f:
                self.t[k] = [json.loads(line)["text"] for line in f if line.strip()]
        self.t["awesome"] = [x for x in self.t["awesome"] if len(x) <= 12000]
        self.t["si"] = self.t["seed"] + self.t["user"]
        self.t["arena_code"] = [x for x in self.t["arena"] if any(w in x for w in ("def ", "code", "function", "python", "SQL", "script", "```"))]
        self.t["arena_text"] = [x for x in self.t["arena"] if len(x) < 1500]

    def pick(self, rng, name: str) -> str:
        lst = self.t[name]
        return lst[rng.randrange(len(lst))]


def toks(s: str | None) -> int:
    if not s:
        return 0
    extra = len(s.encode("utf-8")) - len(s)
    return int((len(s) + 0.8 * extra) / 4) + 1


def clip(s: str) -> str:
    """The gateway publishes long texts as head + tail (the middle is elided)."""
    if len(s) <= 6000:
        return s
    return s[:4000] + " [...] " + s[-1500:]


# ---------------------------------------------------------------- native-language chat
NATIVE = {
    "ru": (["Как {a}?", "Объясни простыми словами, {b}.", "Помоги {a}, пожалуйста.", "Подскажи, {b}?",
            "Напиши короткий текст: {c}.", "Что лучше выбрать: {d}?", "Сделай план: {c}."],
           {"a": ["написать сопроводительное письмо на английском", "настроить nginx как reverse proxy", "выучить испанский за полгода",
                  "оформить ИП в Казахстане", "приготовить плов в казане", "перевести деньги за границу", "подготовиться к IELTS",
                  "сделать резюме для вакансии аналитика", "разобраться с налогами фрилансера", "ответить на жалобу клиента"],
            "b": ["что такое инфляция и почему растут цены", "как работает ипотека", "что такое квантовая запутанность",
                  "чем отличается TCP от UDP", "как устроены нейросети", "почему небо голубое", "зачем нужен Docker"],
            "c": ["поздравление коллеге с днём рождения", "пост для телеграм-канала о путешествиях", "отзыв о ресторане",
                  "объявление о продаже велосипеда", "тост на свадьбу друга", "поездка в Грузию на неделю"],
            "d": ["Python или Go для бэкенда", "iPhone или Pixel", "Тбилиси или Алматы для релокации", "аренда или ипотека"]}),
    "he": (["איך {a}?", "תסביר לי בבקשה {b}.", "תכתוב לי {c}.", "מה עדיף: {d}?"],
           {"a": ["לכתוב מכתב התפטרות מנומס", "להכין חלה לשבת", "להתכונן לראיון עבודה בהייטק", "לחסוך לדירה"],
            "b": ["מה זה ריבית פריים", "איך עובדת מערכת כיפת ברזל מבחינה פיזיקלית", "מה ההבדל בין React ל-Vue"],
            "c": ["ברכה ליום הולדת לסבתא", "פוסט ללינקדאין על סיום תואר", "מייל ללקוח על עיכוב במשלוח"],
            "d": ["תל אביב או חיפה", "לימודי מחשבים או הנדסת חשמל", "רכב חשמלי או היברידי"]}),
    "es": (["¿Cómo {a}?", "Explícame {b}.", "Escríbeme {c}.", "¿Qué es mejor: {d}?"],
           {"a": ["preparar un currículum para una empresa en Costa Rica", "ahorrar para la universidad", "empezar un negocio de café",
                  "aprender inglés rápido", "cuidar un huerto en temporada seca"],
            "b": ["qué es la inflación", "cómo funciona un préstamo hipotecario", "la fotosíntesis paso por paso", "qué es un API"],
            "c": ["un mensaje de cumpleaños para mi mamá", "una carta de reclamo a la aseguradora", "un post para Instagram de mi tienda"],
            "d": ["Android o iPhone", "estudiar medicina o ingeniería", "alquilar o comprar casa"]}),
    "af": (["Hoe {a}?", "Verduidelik asseblief {b}.", "Skryf vir my {c}."],
           {"a": ["maak ek 'n goeie braai", "begin ek 'n klein besigheid", "berei ek voor vir matriek eksamens"],
            "b": ["wat beurtkrag is", "hoe belasting werk", "wat fotosintese is"],
            "c": ["'n verjaarsdagboodskap vir my oupa", "'n brief aan die skoolhoof", "'n e-pos aan my verhuurder"]}),
    "zu": (["Ngicela ungichazele {b}.", "Ngingakwenza kanjani {a}?"],
           {"a": ["ukulungiselela izivivinyo", "ukuqala ibhizinisi elincane", "ukubhala i-CV"],
            "b": ["ukuthi i-inflation iyini", "ukuthi i-photosynthesis isebenza kanjani", "umlando weSoweto"]}),
    "kk": (["Қалай {a}?", "Түсіндіріп беріңізші: {b}."],
           {"a": ["түйіндеме жазуға болады", "ағылшын тілін тез үйренуге болады", "бизнес бастауға болады"],
            "b": ["инфляция деген не", "нейрондық желі қалай жұмыс істейді", "салық қалай есептеледі"]}),
    "ka": (["როგორ {a}?", "ამიხსენი {b}."],
           {"a": ["დავწერო CV", "ვისწავლო ინგლისური", "დავიწყო ბიზნესი"],
            "b": ["რა არის ინფლაცია", "როგორ მუშაობს ნეირონული ქსელი"]}),
}


def native(rng, lang: str) -> str:
    tpls, fill = NATIVE[lang]
    t = rng.choice(tpls)
    for k, v in fill.items():
        if "{" + k + "}" in t:
            t = t.replace("{" + k + "}", rng.choice(v))
    return t


LANG_NAME = {"ru": "Russian", "kk": "Kazakh", "uz": "Uzbek", "ky": "Kyrgyz", "hy": "Armenian", "ka": "Georgian",
             "az": "Azerbaijani", "uk": "Ukrainian", "be": "Belarusian", "tg": "Tajik", "he": "Hebrew", "ar": "Arabic",
             "tr": "Turkish", "de": "German"}
LANG_RU = {"ru": "русский", "kk": "казахский", "uz": "узбекский", "ky": "киргизский", "hy": "армянский", "ka": "грузинский",
           "az": "азербайджанский", "uk": "украинский", "be": "белорусский", "tg": "таджикский", "he": "иврит", "ar": "арабский",
           "tr": "турецкий", "de": "немецкий"}

# ---------------------------------------------------------------- code diffs
BODIES = [
    "    result = []\n    for i, x in enumerate({a}):\n        if {cond}:\n            result.append(x)\n    return result\n",
    "    seen = set()\n    for x in {a}:\n        if x in seen:\n            return True\n        seen.add(x)\n    return False\n",
    "    total = 0\n    for i in range(len({a})):\n        total += {a}[i] * i\n    return total\n",
    "    if not {a}:\n        return None\n    best = {a}[0]\n    for x in {a}[1:]:\n        if x > best:\n            best = x\n    return best\n",
    "    out = {{}}\n    for x in {a}:\n        out[x] = out.get(x, 0) + 1\n    return sorted(out.items(), key=lambda kv: -kv[1])\n",
    "    lo, hi = 0, len({a}) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if {a}[mid] < target:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return lo\n",
]
CONDS = ["x % 2 == 0", "i > 0 and x != {a}[i - 1]", "x is not None", "len(str(x)) > 1", "x >= 0"]
MODULES = ["utils", "core/parse", "api/handlers", "lib/numeric", "services/billing", "jobs/cleanup", "app/models", "pkg/strings"]


def render_diff(rng, corpus) -> str:
    """A pull-request hunk built around a HumanEval signature or an MBPP task."""
    mod = rng.choice(MODULES)
    a = rng.choice(["numbers", "items", "values", "arr", "xs", "data"])
    body = rng.choice(BODIES).replace("{cond}", rng.choice(CONDS)).replace("{a}", a)
    if rng.random() < 0.5:
        head = corpus.pick(rng, "humaneval").rstrip() + "\n"
    else:
        task = corpus.pick(rng, "mbpp")
        desc, _, tests = task.partition("\nYour code should pass these tests:")
        head = f'def solve({a}, target=None):\n    """{desc.strip()[:300]}"""\n'
        body += "\n\n# tests\n" + tests.strip() + "\n"
    lines = (head + body).splitlines()
    start = rng.randrange(1, 240)
    hunk = "\n".join("+" + ln for ln in lines)
    return (f"diff --git a/src/{mod}.py b/src/{mod}.py\nindex {rng.getrandbits(28):07x}..{rng.getrandbits(28):07x} 100644\n"
            f"--- a/src/{mod}.py\n+++ b/src/{mod}.py\n@@ -{start},0 +{start},{len(lines)} @@\n{hunk}\n")


# ---------------------------------------------------------------- tool output for coding agents
TOOL_OUT = [
    "Command `pytest -q tests/test_{m}.py` exited 1:\n{f} failed, {p} passed in {s}s\nFAILED tests/test_{m}.py::test_{t} - AssertionError: assert {x} == {y}",
    "Command `npm run build` exited 2:\nsrc/{m}.ts({x},{y}): error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.",
    "File src/{m}.py ({x} lines) read. Lines {y}-{z} shown above.",
    "Command `git diff --stat` exited 0:\n src/{m}.py | {x} +++++----\n 1 file changed, {y} insertions(+), {z} deletions(-)",
    "Command `ruff check .` exited 1:\nsrc/{m}.py:{x}:{y}: F841 Local variable `tmp` is assigned to but never used\nFound {f} errors.",
    "Command `go test ./...` exited 1:\n--- FAIL: Test{T} ({s}s)\n    {m}_test.go:{x}: got {y}, want {z}",
]
AGENT_ASKS = ["fix the failing test", "add input validation to the {m} handler", "refactor {m} to remove the global state",
              "why is this slow? profile and speed up {m}", "write unit tests for {m}", "migrate {m} to async",
              "add retries with backoff to the http client in {m}", "update the README for the {m} module"]


def tool_output(rng) -> str:
    t = rng.choice(TOOL_OUT)
    m = rng.choice(["parser", "billing", "auth", "cache", "router", "export", "ingest"])
    return t.format(m=m, f=rng.randint(1, 6), p=rng.randint(5, 300), s=round(rng.uniform(0.2, 40), 2), t=rng.choice(["roundtrip", "empty", "unicode", "limits"]),
                    x=rng.randint(1, 400), y=rng.randint(1, 90), z=rng.randint(1, 90), T=rng.choice(["Parse", "Merge", "Quota"]))


def agent_ask(rng) -> str:
    return rng.choice(AGENT_ASKS).replace("{m}", rng.choice(["parser", "billing", "auth", "cache", "router", "export"]))


# ---------------------------------------------------------------- legal documents
PARTIES = ["Harrow & Vale Ltd", "Kestrel Freight plc", "Blue Gum Mining (Pty) Ltd", "Negev Solar Systems Ltd",
           "Ardmore Biologics DAC", "Caribee Telecom Ltd", "Thornbury Estates LLP", "Galil Medical Devices Ltd"]
CLAUSES = [
    "Either party may terminate this Agreement on {n} days' written notice to the other party.",
    "The Supplier's aggregate liability under or in connection with this Agreement shall not exceed {m} per cent of the Charges paid in the twelve months preceding the claim.",
    "Neither party shall be liable for any indirect or consequential loss, loss of profit or loss of goodwill.",
    "The Customer shall pay each undisputed invoice within {n} days of receipt. Late payments bear interest at {m} per cent above the Bank of England base rate.",
    "The Supplier shall indemnify the Customer against all losses arising from any claim that the Deliverables infringe third-party Intellectual Property Rights.",
    "All Confidential Information shall be kept secret for a period of {n} years after termination.",
    "This Agreement is governed by the laws of {law} and the parties submit to the exclusive jurisdiction of its courts.",
    "The Supplier shall maintain professional indemnity insurance of not less than GBP {m} million for {n} years.",
    "Any dispute shall first be referred to senior executives, then to mediation under the CEDR Model Procedure.",
    "The Customer may audit the Supplier's records on {n} business days' notice, not more than once per Contract Year.",
    "Personal Data shall be processed only on documented instructions and in accordance with the UK GDPR.",
    "Force majeure shall not excuse payment obligations; if it continues for {n} days either party may terminate.",
]


def legal_doc(rng, n_clauses: int) -> str:
    p1, p2 = rng.sample(PARTIES, 2)
    law = rng.choice(["England and Wales", "Ireland", "the State of Israel", "South Africa"])
    parts = [f"MASTER SERVICES AGREEMENT\n\nBetween {p1} (the \"Supplier\") and {p2} (the \"Customer\").\n"]
    for i in range(1, n_clauses + 1):
        c = rng.choice(CLAUSES).format(n=rng.choice([14, 30, 45, 60, 90]), m=rng.choice([50, 100, 125, 150, 200, 5, 10]), law=law)
        parts.append(f"{i // 4 + 1}.{i % 4 + 1} {c}")
    return "\n".join(parts)


def report_doc(rng, corpus, n_parts: int) -> str:
    """A long 'internal report' assembled from essay-like prompts and answers-to-be."""
    parts = [f"TECHNICAL REPORT {rng.randrange(100, 999)}-{rng.randrange(10, 99)}\n"]
    for i in range(1, n_parts + 1):
        src = corpus.pick(rng, "arena") if rng.random() < 0.6 else corpus.pick(rng, "awesome")
        parts.append(f"\nSection {i}.\n{src}")
    return "\n".join(parts)
