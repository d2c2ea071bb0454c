"""Prompt corpora (from /work/shared/data/prompts), local-language wrappers,
system prompts of the world's apps, and token accounting."""
from __future__ import annotations

import json
import math
import os
import random

CORPUS_DIR = os.environ.get("H16_PROMPTS", "/work/shared/data/prompts")
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl",
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "math": "task_math.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}
_CACHE: dict[str, list[str]] = {}


def corpus(name: str) -> list[str]:
    if name not in _CACHE:
        out = []
        with open(os.path.join(CORPUS_DIR, FILES[name]), encoding="utf-8") as fh:
            for line in fh:
                t = json.loads(line)["text"]
                if name == "awesome" and len(t) > 6000:
                    continue  # keep role prompts a person would actually paste
                out.append(t)
        _CACHE[name] = out
    return _CACHE[name]


def pick(rng: random.Random, name: str) -> str:
    c = corpus(name)
    return c[rng.randrange(len(c))]


def pick_mix(rng: random.Random, mix: dict[str, float]) -> tuple[str, str]:
    r = rng.random() * sum(mix.values())
    for name, w in mix.items():
        r -= w
        if r <= 0:
            return name, pick(rng, name)
    name = next(iter(mix))
    return name, pick(rng, name)


CHAT_MIX = {"arena": 0.34, "awesome": 0.12, "nq": 0.30, "seed": 0.1, "user": 0.14}
MATH_MIX = {"gsm8k": 0.45, "math": 0.35, "svamp": 0.2}
CODE_MIX = {"mbpp": 0.5, "humaneval": 0.2, "arena": 0.3}

# ------------------------------------------------------------ wrappers
# How people in the region actually type around a pasted question.
ASK = {
    "en": ["{p}", "{p}", "{p}", "Can you help me with this? {p}", "{p}\n\nPlease explain.", "Quick question: {p}",
           "help: {p}", "{p} (answer briefly pls)"],
    "id": ["{p}", "Tolong jelaskan ya: {p}", "Kak, bantu jawab dong: {p}", "{p}\n\nJawab pakai bahasa Indonesia ya.",
           "Gimana caranya? {p}", "Mohon penjelasannya: {p}"],
    "tl": ["{p}", "Pa-help naman po: {p}", "Paano po ito? {p}", "{p}\n\nPaki-explain in Taglish po.",
           "Tanong lang po: {p}"],
    "vi": ["{p}", "Giúp mình câu này với: {p}", "{p}\n\nTrả lời bằng tiếng Việt nhé.", "Cho mình hỏi: {p}"],
    "th": ["{p}", "ช่วยหน่อยครับ: {p}", "{p}\n\nตอบเป็นภาษาไทยนะคะ", "สอบถามหน่อยค่ะ: {p}"],
    "ms": ["{p}", "Tolong bantu: {p}", "{p}\n\nSila jawab dalam Bahasa Melayu.", "Soalan: {p}"],
}
STEP = {
    "en": ["{p}\n\nShow your working.", "How do I solve this step by step?\n{p}", "{p}\nexplain step by step pls",
           "I don't get this one: {p}", "{p}", "Can you check my approach? {p}"],
    "id": ["Tolong jelaskan langkah demi langkah:\n{p}", "{p}\n\nCaranya gimana kak? Pakai langkah-langkah ya.",
           "Soal: {p}\nJawab dengan cara lengkap.", "{p}"],
    "tl": ["Pa-explain naman po step by step: {p}", "{p}\n\nAno po ang solution?", "{p}"],
    "vi": ["Giải chi tiết giúp mình bài này: {p}", "{p}\n\nGiải từng bước nhé.", "{p}"],
    "th": ["ช่วยอธิบายวิธีทำทีละขั้นตอน: {p}", "{p}\n\nวิธีทำคืออะไรครับ", "{p}"],
    "ms": ["Tolong terangkan langkah demi langkah: {p}", "{p}\n\nMacam mana nak kira?", "{p}"],
}
TRANSLATE = {
    "id": "Terjemahkan ke Bahasa Indonesia, pertahankan format aslinya:\n\n{p}",
    "tl": "Translate into Filipino (Tagalog). Keep the formatting and any placeholders unchanged:\n\n{p}",
    "vi": "Dịch sang tiếng Việt, giữ nguyên định dạng và các biến:\n\n{p}",
    "th": "แปลเป็นภาษาไทย โดยคงรูปแบบและตัวแปรไว้เหมือนเดิม:\n\n{p}",
    "ms": "Terjemahkan ke Bahasa Melayu. Kekalkan format dan pemegang tempat:\n\n{p}",
    "en": "Translate the following into natural English:\n\n{p}",
}

# ------------------------------------------------------------ system prompts
DEFAULT_SYS = ["You are a helpful assistant.", "You are a helpful assistant.", "You are a helpful assistant.",
               "You are a helpful, concise assistant.", "You are Kestrel, a helpful AI assistant.",
               "Answer the user's question accurately."]
APP_SYS = ("You are Kestrel, a helpful assistant in the Kestrel Chat app. Current date: {date}. "
           "Reply in the language the user writes in. Use Markdown sparingly on mobile.")


def sys_for(rng: random.Random) -> str:
    return rng.choice(DEFAULT_SYS)


# ------------------------------------------------------------ tokens
def tokens(text: str) -> int:
    """Rough BPE count: ~4 chars/token for ASCII prose, denser for code and LaTeX,
    ~1.3 chars/token for Thai and Vietnamese diacritics."""
    if not text:
        return 0
    ascii_n = sum(1 for ch in text if ord(ch) < 128)
    other = len(text) - ascii_n
    sym = sum(1 for ch in text if ch in "{}()[]\\$_^=<>:;#*/\n")
    return int(ascii_n / 4.0 + sym * 0.35 + other / 1.4) + 1


def prompt_tokens(system: str, prompt: str, extra: int = 0) -> int:
    return tokens(system) + tokens(prompt) + 8 + (4 if system else 0) + extra


# kind -> (median completion tokens, sigma, cap)
COMPLETION = {
    "chat": (320, 0.65, 4096), "qa": (110, 0.6, 1024), "math": (380, 0.5, 4096), "math_cot": (620, 0.45, 8192),
    "code": (420, 0.55, 4096), "label": (3, 0.6, 16), "short": (9, 0.5, 40), "translate": (0, 0.15, 8192),
    "tool": (110, 0.55, 1024), "copy": (280, 0.35, 1024), "summary": (160, 0.45, 800), "review": (350, 0.5, 2048),
    "judge": (230, 0.45, 1024), "eval": (300, 0.6, 2048), "creative": (650, 0.5, 4096),
}


def completion_tokens(rng: random.Random, kind: str, ptoks: int = 0, cap: int | None = None) -> int:
    med, sig, mx = COMPLETION[kind]
    if kind == "translate":
        v = ptoks * 1.25 * math.exp(rng.gauss(0, sig))
    else:
        v = med * math.exp(rng.gauss(0, sig))
    v = max(1, int(v))
    return min(v, cap or mx)
