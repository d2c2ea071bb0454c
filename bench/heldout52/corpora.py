"""Prompt corpora from /work/shared/data/prompts (see SOURCES.md there). Loaded once, in file order."""
from __future__ import annotations

import json
import os
import random

ROOT = os.environ.get("H52_PROMPTS", "/work/shared/data/prompts")
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
MAX_CHARS = 6000
_cache: dict[str, list[str]] = {}


def load(name: str) -> list[str]:
    if name not in _cache:
        out = []
        with open(os.path.join(ROOT, FILES[name]), encoding="utf-8") as f:
            for line in f:
                t = json.loads(line)["text"]
                if len(t) > MAX_CHARS:
                    cut = t.rfind(" ", 0, MAX_CHARS)
                    t = t[: cut if cut > 0 else MAX_CHARS]
                out.append(t)
        _cache[name] = out
    return _cache[name]


def pick(r: random.Random, name: str) -> str:
    items = load(name)
    return items[r.randrange(len(items))]


def chat(r: random.Random) -> str:
    """A general benign chat prompt (English corpora)."""
    name = r.choices(["arena", "user", "seed", "awesome", "nq"], [45, 18, 10, 12, 15])[0]
    return pick(r, name)


def task(r: random.Random, kinds=("gsm8k", "math", "mbpp", "humaneval", "svamp"), w=None) -> tuple[str, str]:
    name = r.choices(list(kinds), w)[0] if w else r.choice(list(kinds))
    return name, pick(r, name)


def shard(name: str, k: int, n: int) -> list[str]:
    """Disjoint slice k of n of a corpus (striped)."""
    items = load(name)
    return items[k::n]
