"""The real prompt corpora of /work/shared/data/prompts (see SOURCES.md there), loaded in file order.

Campaign and benign populations draw from the same public corpora (that is what real harvesters and real
evaluators both do); each population shuffles its own copy with its own generator.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache

DIR = os.environ.get("H51_PROMPTS_DIR", "/work/shared/data/prompts")
FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "gsm8k": "task_gsm8k.jsonl", "humaneval": "task_humaneval.jsonl",
    "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl", "svamp": "task_svamp.jsonl",
}


@lru_cache(maxsize=None)
def load(name: str, max_chars: int = 6000) -> tuple[str, ...]:
    out = []
    with open(os.path.join(DIR, FILES[name]), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                text = json.loads(line)["text"]
                if len(text) <= max_chars:
                    out.append(text)
    return tuple(out)


def chat() -> tuple[str, ...]:
    """Chat-style prompts: arena-hard, self-instruct, awesome-chatgpt-prompts (short enough to paste)."""
    return load("arena", 4000) + load("seed") + load("user") + load("awesome", 2500)


def maths() -> tuple[str, ...]:
    return load("gsm8k") + load("math", 1500) + load("svamp")


def code() -> tuple[str, ...]:
    return load("humaneval") + load("mbpp", 2000)
