"""The real prompt corpora (/work/shared/data/prompts), loaded whole and split into pools."""
from __future__ import annotations

from pathlib import Path

import orjson

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
    def __init__(self, directory: str | Path):
        d = Path(directory)
        self.pools: dict[str, list[str]] = {}
        for name, fname in FILES.items():
            texts = []
            for line in (d / fname).read_bytes().splitlines():
                if line.strip():
                    texts.append(orjson.loads(line)["text"])
            self.pools[name] = texts
        p = self.pools
        # Derived pools (lists, fixed order).
        p["chat"] = p["arena"] + p["seed"] + p["user"] + [t for t in p["awesome"] if len(t) < 3000]
        p["chat_short"] = [t for t in p["chat"] if len(t) < 600]
        p["code"] = p["mbpp"] + p["humaneval"] + [t for t in p["arena"] if _codey(t)]
        p["wordmath"] = p["gsm8k"] + p["svamp"]
        p["roles"] = [t for t in p["awesome"] if 200 < len(t) < 2500]
        p["instr"] = p["seed"] + p["user"]
        p["arena_short"] = [t for t in p["arena"] if len(t) < 1500]

    def __getitem__(self, name: str) -> list[str]:
        return self.pools[name]


def _codey(t: str) -> bool:
    low = t.lower()
    return any(k in low for k in ("python", "function", "code", "javascript", "sql", "c++", "rust", "script"))
