"""Real prompt corpora from /work/shared/data/prompts (see its SOURCES.md)."""
from __future__ import annotations

import json
import os

CORPUS_DIR = os.environ.get("H50_PROMPTS", "/work/shared/data/prompts")
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
MAX_CHARS = 6000


def _cap(t: str) -> str:
    if len(t) <= MAX_CHARS:
        return t
    cut = t.rfind(" ", 0, MAX_CHARS)
    return t[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]


class Corpus:
    def __init__(self, root: str = CORPUS_DIR):
        self.sets: dict[str, list[str]] = {}
        for key, name in FILES.items():
            with open(os.path.join(root, name), encoding="utf-8") as f:
                self.sets[key] = [_cap(json.loads(line)["text"]) for line in f if line.strip()]
        # arena split: coding-ish vs general (deterministic keyword test)
        code_kw = ("def ", "code", "python", "function", "sql", "c++", "javascript", "script", "java", "rust", "```")
        self.sets["arena_code"] = [t for t in self.sets["arena"] if any(k in t.lower() for k in code_kw)]
        self.sets["arena_gen"] = [t for t in self.sets["arena"] if not any(k in t.lower() for k in code_kw)]
        self.sets["chat"] = self.sets["seed"] + self.sets["user"] + self.sets["arena_gen"]
        self.sets["roles"] = [t for t in self.sets["awesome"] if len(t) < 2500]

    def pick(self, rng, key: str) -> str:
        s = self.sets[key]
        return s[rng.randrange(len(s))]

    def size(self, key: str) -> int:
        return len(self.sets[key])

    def item(self, key: str, i: int) -> str:
        s = self.sets[key]
        return s[i % len(s)]
