"""The public prompt corpora (see /work/shared/data/prompts/SOURCES.md), loaded in file order."""

from __future__ import annotations

import random
from pathlib import Path

import orjson

FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl",
    "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "math": "task_math.jsonl",
    "svamp": "task_svamp.jsonl",
}
MAX_CHAT = 6000  # longer corpus prompts only go to translators/summarisers as documents


class Corpora:
    def __init__(self, directory: str | Path):
        d = Path(directory)
        self.raw: dict[str, list[str]] = {}
        for name, fn in FILES.items():
            texts = []
            with open(d / fn, "rb") as fh:
                for line in fh:
                    line = line.strip()
                    if line:
                        texts.append(orjson.loads(line)["text"])
            self.raw[name] = texts
        self.chat = [t for n in ("awesome", "seed", "user", "arena") for t in self.raw[n] if len(t) <= MAX_CHAT]
        self.short_chat = [t for t in self.chat if len(t) <= 900]
        self.arena = [t for t in self.raw["arena"] if len(t) <= MAX_CHAT]
        self.docs = [t for t in self.raw["awesome"] + self.raw["arena"] if 1500 <= len(t) <= 14000]
        self.roles = [t for t in self.raw["awesome"] if 300 <= len(t) <= 3000]
        self.code = self.raw["humaneval"] + self.raw["mbpp"]
        self.maths = self.raw["gsm8k"] + self.raw["svamp"] + self.raw["math"]

    def pick(self, rng: random.Random, name: str) -> str:
        pool = getattr(self, name) if hasattr(self, name) and name != "raw" else self.raw[name]
        return pool[rng.randrange(len(pool))]

    def task(self, rng: random.Random, mix: dict[str, float]) -> tuple[str, str]:
        """(corpus name, text) from a weighted mix of task corpora."""
        names = list(mix)
        name = rng.choices(names, weights=[mix[n] for n in names])[0]
        pool = self.raw[name]
        return name, pool[rng.randrange(len(pool))]
