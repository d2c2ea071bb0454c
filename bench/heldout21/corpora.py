"""The shared prompt corpora (English, public benchmarks and chat prompts), loaded
once. Texts longer than CAP characters are cut (a few role prompts run to 144k)."""
from __future__ import annotations

import json
import os
from pathlib import Path

DEFAULT_DIR = Path(os.environ.get("HELDOUT21_PROMPTS", "/work/shared/data/prompts"))
CAP = 6000
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
    def __init__(self, directory: Path = DEFAULT_DIR):
        self.dir = Path(directory)
        self._c: dict[str, list[str]] = {}

    def __getitem__(self, name: str) -> list[str]:
        if name not in self._c:
            out = []
            with open(self.dir / FILES[name], encoding="utf-8") as fh:
                for line in fh:
                    t = json.loads(line)["text"]
                    out.append(t if len(t) <= CAP else t[:CAP])
            self._c[name] = out
        return self._c[name]

    def benchmark_pool(self, names=("gsm8k", "math", "mbpp", "humaneval", "svamp")) -> list[tuple[str, int]]:
        """(corpus, index) for every item of the named benchmarks, in file order."""
        return [(n, i) for n in names for i in range(len(self[n]))]

    def text(self, ref: tuple[str, int]) -> str:
        return self[ref[0]][ref[1]]
