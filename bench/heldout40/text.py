"""Prompt text: the shared corpora plus wrappers, paraphrases, typos and token estimates."""
from __future__ import annotations

import re
from pathlib import Path

import orjson

from . import phrases as P

CORPUS_DIR = Path("/work/shared/data/prompts")
FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "userinst": "benign_self_instruct_user_oriented.jsonl", "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "gsm8k": "task_gsm8k.jsonl", "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl", "svamp": "task_svamp.jsonl",
}
MAX_CHARS = 12_000
_C: dict[str, list[str]] = {}
_VAR = re.compile(r"\$\{[^}]{1,60}\}")
FILL = ["Urdu", "Bengali", "marketing", "my startup", "Karachi", "a fintech app", "English", "cricket", "5", "beginner"]


def corpus(name: str) -> list[str]:
    if name not in _C:
        out = []
        with open(CORPUS_DIR / FILES[name], "rb") as f:
            for line in f:
                if line.strip():
                    t = orjson.loads(line)["text"]
                    out.append(t[:MAX_CHARS])
        _C[name] = out
    return _C[name]


def load_all() -> None:
    for n in FILES:
        corpus(n)


def pick(rng, name: str) -> str:
    c = corpus(name)
    return c[rng.randrange(len(c))]


def chat_en(rng, search_share: float = 0.2) -> str:
    r = rng.random()
    if r < search_share:
        return pick(rng, "nq")
    r = rng.random()
    if r < 0.42:
        return pick(rng, "arena")
    if r < 0.70:
        t = pick(rng, "awesome")
        if rng.random() < 0.7:
            t = _VAR.sub(lambda m: rng.choice(FILL), t)
        return t
    return pick(rng, "userinst" if rng.random() < 0.6 else "seed")


def local(rng, lang: str) -> str:
    bank = P.LOCAL.get(lang) or P.LOCAL["en"]
    return bank[rng.randrange(len(bank))]


def lang_pick(rng, weights: dict[str, float]) -> str:
    r, acc = rng.random() * sum(weights.values()), 0.0
    for k, w in weights.items():
        acc += w
        if r < acc:
            return k
    return k


def everyday(rng, langs: dict[str, float], corpus_share: float = 0.55, search_share: float = 0.2) -> str:
    """What an ordinary user here types: corpus chat (often English) or local-life prompts."""
    lang = lang_pick(rng, langs)
    if lang == "en" and rng.random() < corpus_share:
        return typo(rng, chat_en(rng, search_share), 0.3)
    if lang != "en" and rng.random() < corpus_share * 0.35:
        t = chat_en(rng, search_share)
        if len(t) < 600:  # English text with a local-language ask around it
            w = {"ru": "{t}\nye urdu me samjhao", "ur": "{t}\nبراہ کرم اردو میں جواب دیں", "bn": "{t}\nবাংলায় উত্তর দাও",
                 "rb": "{t}\nbangla te bolo plz", "mx": "{t} (simple words me batao)"}[lang]
            return w.format(t=t)
    return typo(rng, local(rng, lang), 0.35)


def student(rng, q: str, lang: str, typo_p: float = 0.4) -> str:
    bank = P.STUDENT.get(lang) or P.STUDENT["en"]
    w = bank[rng.randrange(len(bank))]
    if rng.random() < 0.25:
        q = q.replace("$", "")  # pasted from a PDF or typed out
    return typo(rng, w.replace("{q}", q), typo_p) if len(q) < 500 else w.replace("{q}", q)


_SWAP = {"please": "plz", "you": "u", "your": "ur", "are": "r", "because": "bcz", "what": "wat", "the": "teh"}


def typo(rng, s: str, p: float) -> str:
    """Human noise: swapped/dropped/doubled letters, lower-case, lost punctuation, texting spellings."""
    if not s or rng.random() >= p:
        return s
    if len(s) > 1500:
        return s
    chars = list(s)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(6)
        i = rng.randrange(len(chars))
        if not chars[i].isascii() or not chars[i].isalpha():
            continue
        if op == 0 and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op == 1:
            chars[i] = ""
        elif op == 2:
            chars[i] = chars[i] * 2
    s = "".join(chars)
    r = rng.random()
    if r < 0.3:
        s = s.lower()
    elif r < 0.45:
        s = s.rstrip(".?!")
    elif r < 0.6:
        s = " ".join(_SWAP.get(w, w) for w in s.split(" "))
    return s


def tokens(rng, *texts: str | None) -> int:
    """Roughly 4 UTF-8 bytes per token (English ~4 chars, Urdu ~2x2 bytes, Bengali ~1.5x3 bytes)."""
    b = sum(len(t.encode("utf-8")) for t in texts if t)
    return max(1, int(b / 4 * rng.uniform(0.85, 1.15))) + 7 * sum(1 for t in texts if t)


def math_q(rng, mix=(("gsm8k", 0.45), ("math", 0.35), ("svamp", 0.2))) -> str:
    r, acc = rng.random(), 0.0
    for name, w in mix:
        acc += w
        if r < acc:
            return pick(rng, name)
    return pick(rng, mix[-1][0])


def code_q(rng) -> str:
    r = rng.random()
    if r < 0.35:
        return pick(rng, "mbpp")
    if r < 0.5:
        return pick(rng, "humaneval")
    return pick(rng, "arena")


def fill(rng, s: str) -> str:
    return (s.replace("{n}", str(rng.randint(2, 48))).replace("{c}", f"HX-{rng.randint(100000, 999999)}")
            .replace("{d}", str(rng.randint(12, 240))).replace("{date}", rng.choice(["April 28", "April 29", "4/27"])))
