"""Prompt corpora from /work/shared/data/prompts (benign chat + task benchmarks), loaded once and
sampled by the population RNGs; plus light paraphrasing so no two wrappers are forced identical.
"""
from __future__ import annotations

import json
import os
import re

DIR = os.environ.get("H48_PROMPTS", "/work/shared/data/prompts")
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl",
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "si_seed": "benign_self_instruct_seed_tasks.jsonl",
    "si_user": "benign_self_instruct_user_oriented.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "math": "task_math.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}
_CACHE: dict[str, list[str]] = {}
_VAR = re.compile(r"\$\{([^}]{1,40})\}")


def load(name: str) -> list[str]:
    if name not in _CACHE:
        out = []
        with open(os.path.join(DIR, FILES[name]), encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line:
                    out.append(json.loads(line)["text"])
        _CACHE[name] = out
    return _CACHE[name]


def cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def fill_vars(text: str, rng) -> str:
    """awesome-chatgpt prompts carry ${Variable:default} placeholders; users fill them in."""
    def rep(m):
        inner = m.group(1)
        if ":" in inner:
            return inner.split(":", 1)[1]
        return rng.choice(["français", "Casablanca", "mon entreprise", "English", "the topic", "Maroc", "2027"])
    return _VAR.sub(rep, text)


def pick(rng, name: str, limit: int = 3000) -> str:
    items = load(name)
    t = items[rng.randrange(len(items))]
    if name == "awesome":
        t = fill_vars(t, rng)
    return cap(t, limit)


def item(name: str, idx: int, limit: int = 3000) -> str:
    items = load(name)
    return cap(items[idx % len(items)], limit)


def size(name: str) -> int:
    return len(load(name))


def chat_pick(rng, limit: int = 2500) -> str:
    """A general chat-style prompt: arena / self-instruct / awesome / search-style NQ."""
    src = rng.choices(["arena", "si_user", "si_seed", "awesome", "nq"], [34, 14, 8, 14, 30])[0]
    t = pick(rng, src, limit)
    if src == "nq":
        t = nq_style(rng, t)
    return t


def nq_style(rng, q: str) -> str:
    r = rng.random()
    if r < 0.45:
        return q
    if r < 0.8:
        return q[:1].upper() + q[1:] + "?"
    return q + " ?"


_SYN = [("Calculate", ["Compute", "Work out", "Find", "Determine"]), ("Find", ["Determine", "Compute", "Work out", "Get"]),
        ("What is", ["What's", "Tell me", "Give me"]), ("How many", ["What number of", "How much"]),
        ("Write a function", ["Implement a function", "Code a function", "Create a function", "Write a Python function"]),
        ("Explain", ["Describe", "Clarify", "Walk through"]), ("Calculer", ["Déterminer", "Trouver", "Évaluer"]),
        ("Montrer que", ["Démontrer que", "Prouver que", "Justifier que"]), ("total", ["overall", "in all", "altogether"])]


def paraphrase(rng, text: str, strength: float = 0.5) -> str:
    """Light surface rewriting: synonyms, casing, punctuation, filler. Used by evasive designs
    and by benign users copying an exercise in their own words."""
    t = text
    for a, subs in _SYN:
        if a in t and rng.random() < strength:
            t = t.replace(a, rng.choice(subs), 1)
    if rng.random() < strength * 0.4:
        t = t[:1].lower() + t[1:]
    if rng.random() < strength * 0.3 and t.endswith("?"):
        t = t[:-1]
    if rng.random() < strength * 0.3:
        t = re.sub(r"\s+", " ", t)
    if rng.random() < strength * 0.25:
        t = t.replace(", ", " , ", 1)
    return t


def numbers_jitter(rng, text: str, p: float = 0.6) -> str:
    """Re-number a word problem (templated variants of benchmark items)."""
    def rep(m):
        if rng.random() > p:
            return m.group(0)
        v = int(m.group(0))
        if v < 2:
            return m.group(0)
        return str(max(2, v + rng.randint(-max(1, v // 3), max(1, v // 3))))
    return re.sub(r"(?<![\w.$\\])\d{1,4}(?![\w.])", rep, text)
