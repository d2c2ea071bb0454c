"""The prompt corpora (see /work/shared/data/prompts/SOURCES.md), loaded in file order."""

from __future__ import annotations

import os
import random
from pathlib import Path

import orjson

DEFAULT_DIR = os.environ.get("HELDOUT29_PROMPTS", "/work/shared/data/prompts")

FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "math": "task_math.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}


class Corpus:
    def __init__(self, root: str | Path = DEFAULT_DIR):
        root = Path(root)
        self.all: dict[str, list[str]] = {}
        for key, name in FILES.items():
            with open(root / name, "rb") as fh:
                self.all[key] = [orjson.loads(line)["text"] for line in fh if line.strip()]
        self.awesome_short = [t for t in self.all["awesome"] if len(t) <= 2500]
        self.awesome_long = [t for t in self.all["awesome"] if 2500 < len(t) <= 20000]
        self.arena = [t for t in self.all["arena"] if len(t) <= 6000]
        self.arena_code = [t for t in self.arena if _codey(t)]
        self.instruct = self.all["seed"] + self.all["user"]
        self.nq = self.all["nq"]
        # questions with a short numeric feel, for "final answer" style wrappers
        self.math_easy = [t for t in self.all["math"] if len(t) <= 400]

    def __getitem__(self, key: str) -> list[str]:
        return self.all[key]

    def any(self, rng: random.Random, key: str) -> str:
        pool = self.all[key] if key in self.all else getattr(self, key)
        return pool[rng.randrange(len(pool))]

    def chat(self, rng: random.Random) -> str:
        """Ordinary chat: the mix an everyday user types."""
        r = rng.random()
        if r < 0.30:
            return self.any(rng, "nq")
        if r < 0.55:
            return self.any(rng, "instruct")
        if r < 0.80:
            return self.any(rng, "arena")
        return self.any(rng, "awesome_short")

    def code(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.6:
            return self.any(rng, "arena_code")
        if r < 0.85:
            return self.any(rng, "mbpp")
        return self.any(rng, "humaneval")

    def task(self, rng: random.Random, keys: tuple[str, ...] = ("gsm8k", "math", "svamp")) -> str:
        return self.any(rng, keys[rng.randrange(len(keys))])


def _codey(t: str) -> bool:
    low = t.lower()
    return any(k in low for k in ("python", "code", "function", "javascript", "c++", "sql", "rust",
                                  "script", "class ", "def ", "java", "implement", "program", "algorithm"))
