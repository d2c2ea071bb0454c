"""Prompt corpora from /work/shared/data/prompts, loaded once, in file order (deterministic)."""
from __future__ import annotations

import json
from pathlib import Path

CORPUS_DIR = Path("/work/shared/data/prompts")
MAX_CHARS = 6000

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

_CACHE: dict[str, list[str]] = {}


def texts(name: str) -> list[str]:
    """All texts of one corpus, at most MAX_CHARS long, in file order."""
    if name not in _CACHE:
        out = []
        with open(CORPUS_DIR / FILES[name], encoding="utf-8") as fh:
            for line in fh:
                t = json.loads(line)["text"]
                if len(t) <= MAX_CHARS:
                    out.append(t)
        _CACHE[name] = out
    return _CACHE[name]


def chat_mix() -> list[str]:
    """General chat-style prompts (no search queries)."""
    return texts("arena") + texts("user") + texts("seed") + texts("awesome")


def short_chat() -> list[str]:
    return [t for t in chat_mix() if len(t) < 900]


def paragraphs() -> list[str]:
    """Longer English passages to stand in for documents (translation, RAG chunks)."""
    return [t for t in texts("awesome") + texts("arena") if 300 <= len(t) <= 3000]
