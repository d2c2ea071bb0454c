"""Prompt building: the public corpora (SOURCES.md) plus the wrappers in phrases.py."""
from __future__ import annotations

import random
from pathlib import Path

import orjson

from bench.heldout42 import phrases as P

DATA = Path("/work/shared/data/prompts")
FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "gsm8k": "task_gsm8k.jsonl", "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl", "svamp": "task_svamp.jsonl",
}
MAXC = 9000  # a gateway keeps at most this much user text per event
_C: dict[str, list[str]] = {}


def corpus(name: str) -> list[str]:
    if name not in _C:
        with open(DATA / FILES[name], "rb") as f:
            _C[name] = [orjson.loads(line)["text"][:MAXC] for line in f if line.strip()]
    return _C[name]


def pick(rng: random.Random, name: str) -> str:
    c = corpus(name)
    return c[rng.randrange(len(c))]


def toks(s: str | None) -> int:
    if not s:
        return 0
    extra = len(s.encode()) - len(s)  # diacritics cost tokens
    return max(1, (len(s) + extra) * 10 // 38)


def wrap(rng: random.Random, table: dict, lang: str, q: str, a: str = "") -> str:
    tpl = rng.choice(table[lang])
    return tpl.replace("{q}", q).replace("{a}", a).replace("{{}}", "{}")


def local_chat(rng: random.Random, lang: str) -> str:
    tpl = rng.choice(P.LOCAL[lang])
    s = P.SLOTS[lang]
    return tpl.format(who=rng.choice(s["who"]), topic=rng.choice(s["topic"]), dish=rng.choice(s["dish"]),
                      city=rng.choice(s["city"]), occ=rng.choice(s["occ"]), n=rng.randrange(2, 9))


_CHAT_SRC = (("awesome", 22), ("seed", 8), ("user", 10), ("arena", 22), ("nq", 14), ("local", 24))
_CS, _CW = [s for s, _ in _CHAT_SRC], [w for _, w in _CHAT_SRC]


def chat(rng: random.Random, lang: str = "en", local: float | None = None) -> str:
    """An ordinary chat request; non-English speakers mostly write locally, sometimes in English."""
    src = rng.choices(_CS, weights=_CW)[0]
    if local is not None:
        src = "local" if rng.random() < local else rng.choices(_CS[:-1], weights=_CW[:-1])[0]
    if src == "local":
        return local_chat(rng, lang if lang in P.LOCAL else "pl")
    q = pick(rng, src)
    if src == "nq" and rng.random() < 0.5:
        q = q[0].upper() + q[1:] + "?"
    return q


def follow(rng: random.Random, lang: str) -> str:
    return rng.choice(P.FOLLOW.get(lang, P.FOLLOW["en"]))


def answer_stub(rng: random.Random, q: str) -> str:
    """A 'completed response' pasted back for chain-of-thought reconstruction."""
    r = rng.random()
    if r < 0.5:
        return str(rng.choice([rng.randrange(2, 500), round(rng.uniform(0.5, 99), 2), f"{rng.randrange(1, 20)}/{rng.randrange(2, 30)}"]))
    if r < 0.8:
        return f"\\boxed{{{rng.randrange(1, 1000)}}}"
    return "def solution(*args):\n    " + rng.choice(["return sorted(set(args[0]))", "return sum(x for x in args[0] if x % 2)",
                                                     "return args[0][::-1]", "return max(args[0], default=None)"])


LANG_OF = {"PL": "pl", "CZ": "cs", "RO": "ro"}

SYS = {
    "corp_pl": ("Jesteś wewnętrznym asystentem firmy Mazowsze Software sp. z o.o. Odpowiadasz po polsku, zwięźle i "
                "rzeczowo. Przestrzegasz polityki bezpieczeństwa informacji: nie ujawniaj danych klientów, haseł ani "
                "kluczy. Gdy pytanie dotyczy kodu, stosuj nasze standardy (Python 3.12, typowanie, testy pytest). "
                "Jeśli nie znasz odpowiedzi, powiedz to wprost i wskaż zespół, który może pomóc."),
    "corp_cz": ("Jste interní asistent společnosti Vltava Bank a.s. Odpovídejte česky, věcně a v souladu s interními "
                "předpisy banky. Nikdy neuvádějte osobní údaje klientů. U regulatorních dotazů odkazujte na oddělení "
                "compliance."),
    "edtech_ro": ("Ești TemaUșoară, un asistent prietenos pentru elevii de gimnaziu și liceu din România. Explici pas cu "
                  "pas, pe înțelesul elevului, fără să dai doar răspunsul final. Răspunzi în limba în care ți se scrie. "
                  "Nu discuți subiecte nepotrivite pentru minori."),
    "shop_cz": ("Jsi zákaznický asistent e-shopu Kuchyně & Spol. Odpovídáš na dotazy k objednávkám, dopravě, reklamacím "
                "a produktům. Buď stručný a zdvořilý. Pokud zákazník uvede číslo objednávky, ověř jej nástrojem "
                "order_lookup. Nikdy nevymýšlej ceny."),
    "translate": ("You are a professional translator. Translate the user's text faithfully, keep formatting, "
                  "terminology and tone. Output only the translation."),
    "eval": "You are a helpful assistant.",
    "agent": ("You are an autonomous software agent. You can call tools by replying with a JSON object "
              "{\"tool\": name, \"args\": {...}}. Tools: read_file(path), write_file(path, content), run(cmd), "
              "search(query), browse(url), finish(summary). Think before each action. Keep going until the task is "
              "done, then call finish."),
}


def agent_tools(rng: random.Random, n: int) -> str:
    """A tool schema block as agent frameworks put in the system prompt."""
    names = ["get_weather", "query_db", "send_email", "create_ticket", "search_docs", "run_sql", "fetch_url",
             "calendar_lookup", "invoice_status", "translate_text", "geocode", "shell"]
    out = []
    for name in rng.sample(names, n):
        out.append(orjson.dumps({"type": "function", "function": {"name": name, "description": f"{name.replace('_', ' ')} tool",
                    "parameters": {"type": "object", "properties": {"q": {"type": "string"}, "limit": {"type": "integer"}},
                                   "required": ["q"]}}}).decode())
    return "\n".join(out)


def tool_result(rng: random.Random, step: int) -> str:
    kind = rng.choice(["run", "read_file", "search", "query_db"])
    if kind == "run":
        body = rng.choice(["===== 12 passed, 1 failed in 0.84s =====\nFAILED tests/test_core.py::test_edge - AssertionError",
                           "Traceback (most recent call last):\n  File \"main.py\", line 41, in <module>\nKeyError: 'id'",
                           "exit code 0", "ModuleNotFoundError: No module named 'numpy'"])
    elif kind == "read_file":
        body = "\n".join(f"{i + 1:4d}  " + rng.choice(["def load(path):", "    return json.load(f)", "class Store:",
                                                        "    pass", "import os", "# TODO: handle errors"]) for i in range(rng.randrange(6, 30)))
    elif kind == "search":
        body = "\n".join(f"[{i}] result snippet {rng.randrange(10**5)}" for i in range(rng.randrange(3, 8)))
    else:
        body = "\n".join(f"{rng.randrange(1000, 9999)} | {rng.choice(['open', 'closed', 'pending'])} | {rng.randrange(1, 500)}.00"
                         for _ in range(rng.randrange(2, 12)))
    return f"[tool:{kind} step={step}]\n{body}"
