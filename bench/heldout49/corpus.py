"""The real prompt corpora in /work/shared/data/prompts (see SOURCES.md there).
Loaded in file order, so selection by a seeded Random is deterministic."""
from __future__ import annotations

import json
import os
import random

DEFAULT_DIR = os.environ.get("HELDOUT49_PROMPTS", "/work/shared/data/prompts")
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


class Corpus:
    def __init__(self, root: str = DEFAULT_DIR):
        self.t: dict[str, list[str]] = {}
        for key, name in FILES.items():
            out = []
            with open(os.path.join(root, name), encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if line:
                        text = json.loads(line)["text"]
                        if len(text) <= MAX_CHARS:
                            out.append(text)
            self.t[key] = out
        aw = self.t["awesome"]
        self.t["persona"] = [x for x in aw if 200 <= len(x) <= 2500]  # role/system-style prompts
        self.t["chat"] = self.t["seed"] + self.t["user"] + self.t["arena"] + [x for x in aw if len(x) < 1500]
        self.t["code"] = self.t["humaneval"] + self.t["mbpp"]
        self.t["mathall"] = self.t["gsm8k"] + self.t["math"] + self.t["svamp"]
        self.t["arena_code"] = [x for x in self.t["arena"] if any(k in x for k in ("def ", "code", "function", "SQL", "C++", "python", "Python", "```"))]

    def pick(self, rng: random.Random, key: str) -> str:
        return rng.choice(self.t[key])

    def slice(self, key: str, start: int, n: int) -> list[str]:
        xs = self.t[key]
        return [xs[(start + i) % len(xs)] for i in range(n)]
