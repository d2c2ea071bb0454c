"""Prompt corpora from /work/shared/data/prompts (see SOURCES.md there), cut to 6,000 characters."""
from __future__ import annotations

import os
import random

import orjson

ROOT = os.environ.get("H38_PROMPTS", "/work/shared/data/prompts")
MAX_CHARS = 6000
FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl",
    "useror": "benign_self_instruct_user_oriented.jsonl",
    "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "math": "task_math.jsonl",
    "svamp": "task_svamp.jsonl",
}
_CACHE: dict[str, list[str]] = {}


def texts(name: str) -> list[str]:
    if name not in _CACHE:
        with open(os.path.join(ROOT, FILES[name]), "rb") as fh:
            _CACHE[name] = [orjson.loads(line)["text"][:MAX_CHARS] for line in fh if line.strip()]
    return _CACHE[name]


def pick(r: random.Random, name: str) -> str:
    t = texts(name)
    return t[r.randrange(len(t))]


def pick_mix(r: random.Random, mix) -> tuple[str, str]:
    """mix: sequence of (corpus, weight). Returns (corpus, text)."""
    total = sum(w for _, w in mix)
    x = r.random() * total
    for name, w in mix:
        x -= w
        if x < 0:
            return name, pick(r, name)
    return mix[-1][0], pick(r, mix[-1][0])


def order(seed: int, name: str, salt: str) -> list[int]:
    """A fixed shuffled order of a corpus, for sweeps that walk a dataset without repeats."""
    idx = list(range(len(texts(name))))
    random.Random(f"{seed}/order/{name}/{salt}").shuffle(idx)
    return idx


CHAT_MIX = (("awesome", 22), ("seed", 10), ("useror", 14), ("arena", 30), ("nq", 24))
CHAT_MIX_NO_NQ = (("awesome", 25), ("seed", 12), ("useror", 18), ("arena", 45))
MATH_MIX = (("gsm8k", 45), ("math", 35), ("svamp", 20))
CODE_MIX = (("mbpp", 50), ("humaneval", 15), ("arena", 35))
