"""The shared prompt corpora (see /work/shared/data/prompts/SOURCES.md), loaded
once, in file order, with length-filtered views."""
from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

DEFAULT_DIR = os.environ.get("HELDOUT25_PROMPTS", "/work/shared/data/prompts")

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

_CODE_HINT = re.compile(r"```|\bdef |\bclass |#include|function\s*\(|\bSQL\b|\bpython\b|\bjava\b|\bC\+\+|"
                        r"\brust\b|\bjavascript\b|\btypescript\b|\bcode\b|\bscript\b", re.I)


class Corpus:
    def __init__(self, root: str | Path = DEFAULT_DIR):
        root = Path(root)
        self.sets: dict[str, list[str]] = {}
        for name, fn in FILES.items():
            with open(root / fn, encoding="utf-8") as fh:
                self.sets[name] = [json.loads(line)["text"] for line in fh if line.strip()]
        a = self.sets["arena"]
        self.sets["arena_code"] = [t for t in a if _CODE_HINT.search(t) and len(t) < 6000]
        self.sets["arena_text"] = [t for t in a if not _CODE_HINT.search(t) and len(t) < 4000]
        self.sets["arena_short"] = [t for t in a if len(t) < 3000]
        self.sets["awesome_short"] = [t for t in self.sets["awesome"] if len(t) < 1500]
        self.sets["awesome_mid"] = [t for t in self.sets["awesome"] if len(t) < 5000]
        self.sets["instruct"] = self.sets["seed"] + self.sets["user"]
        self.sets["math_short"] = [t for t in self.sets["math"] if len(t) < 700]

    def pick(self, rng: random.Random, name: str) -> str:
        s = self.sets[name]
        return s[rng.randrange(len(s))]

    def item(self, name: str, i: int) -> str:
        s = self.sets[name]
        return s[i % len(s)]

    def size(self, name: str) -> int:
        return len(self.sets[name])


_INT = re.compile(r"(?<![\\\w.$])(\d{1,5})(?![\w.]\d)")


def perturb_numbers(rng: random.Random, text: str, p: float = 0.8) -> str:
    """Harvester-style augmentation: the same word problem with new numbers."""

    def sub(m: re.Match) -> str:
        n = int(m.group(1))
        if rng.random() > p or n in (0, 1):
            return m.group(1)
        lo, hi = max(2, int(n * 0.5)), max(3, int(n * 1.6) + 1)
        return str(rng.randrange(lo, hi))

    return _INT.sub(sub, text)


def first_numbers(text: str, k: int = 3) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", text)[:k]]
