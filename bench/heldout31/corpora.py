"""The shared prompt corpora, loaded once and held as plain lists in file order
(so sampling with a seeded RNG is deterministic). Very long texts are kept out
of user turns: they only appear as role/system prompts, trimmed, as a gateway
would see a pasted role card.
"""
from __future__ import annotations

import random
from pathlib import Path

import orjson

DEFAULT_DIR = "/work/shared/data/prompts"
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


class Corpora:
    def __init__(self, root: str | Path = DEFAULT_DIR):
        root = Path(root)
        self.raw: dict[str, list[str]] = {}
        for name, fn in FILES.items():
            with open(root / fn, "rb") as f:
                self.raw[name] = [orjson.loads(line)["text"] for line in f if line.strip()]
        r = self.raw
        self.chat = [t for t in r["arena"] + r["seed"] + r["user"] + r["awesome"] if len(t) <= 2500]
        self.short_chat = [t for t in self.chat if len(t) <= 600]
        self.code = [t for t in r["arena"] if _looks_code(t) and len(t) <= 4000]
        self.roles = [t[:6000] for t in r["awesome"] if 300 <= len(t)]
        self.math_all = r["gsm8k"] + r["math"] + r["svamp"]
        self.bench = {k: r[k] for k in ("gsm8k", "math", "svamp", "mbpp", "humaneval")}

    def pick(self, rng: random.Random, name: str) -> str:
        pool = getattr(self, name) if hasattr(self, name) and name != "raw" else self.raw[name]
        return pool[rng.randrange(len(pool))]


def _looks_code(t: str) -> bool:
    low = t.lower()
    return any(k in low for k in ("python", "code", "function", "sql", "javascript", "c++", "rust", "```", "def ", "class "))


def popular(rng: random.Random, pool: list[str], n: int) -> list[str]:
    """A small 'homework of the week' subset: real users ask the same items again
    and again (copied from the same worksheet / textbook), unlike a sweep."""
    return [pool[rng.randrange(len(pool))] for _ in range(n)]
