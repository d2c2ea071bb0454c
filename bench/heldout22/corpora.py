"""The shared prompt corpora (JSON Lines, `text` field), loaded once.

Names used by the builders: benign `awesome` (role prompts), `self_instruct`
(both self-instruct files), `arena` (Arena-Hard), `nq` (search-style
questions); task-like `gsm8k`, `math`, `svamp`, `humaneval`, `mbpp`.
"""
from __future__ import annotations

import json
import os

DEFAULT_DIR = "/work/shared/data/prompts"

_FILES = {
    "awesome": ["benign_awesome_chatgpt_prompts.jsonl"],
    "self_instruct": ["benign_self_instruct_seed_tasks.jsonl", "benign_self_instruct_user_oriented.jsonl"],
    "arena": ["benign_arena_hard_prompts.jsonl"],
    "nq": ["benign_nq_open_questions.jsonl"],
    "gsm8k": ["task_gsm8k.jsonl"],
    "math": ["task_math.jsonl"],
    "svamp": ["task_svamp.jsonl"],
    "humaneval": ["task_humaneval.jsonl"],
    "mbpp": ["task_mbpp.jsonl"],
}
# Longest text kept per corpus: very long role prompts (up to 144k chars) would not be sent as-is.
_MAX_CHARS = {"awesome": 6000, "arena": 9000}

C: dict[str, list[str]] = {}


def load(directory: str = DEFAULT_DIR) -> dict[str, list[str]]:
    C.clear()
    for name, files in _FILES.items():
        rows: list[str] = []
        for fn in files:
            with open(os.path.join(directory, fn), encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if line:
                        t = json.loads(line)["text"]
                        if len(t) <= _MAX_CHARS.get(name, 20000):
                            rows.append(t)
        if not rows:
            raise SystemExit(f"corpus {name} is empty in {directory}")
        C[name] = rows
    # Arena-Hard split by what it asks for: code-ish vs other.
    code_marks = ("```", "def ", "python", "function", "code", "script", "SQL", "javascript", "class ", "C++", "Rust")
    C["arena_code"] = [t for t in C["arena"] if any(m in t for m in code_marks)]
    C["arena_other"] = [t for t in C["arena"] if not any(m in t for m in code_marks)]
    C["awesome_short"] = [t for t in C["awesome"] if len(t) < 1500]
    return C


def get(name: str, i: int) -> str:
    rows = C[name]
    return rows[i % len(rows)]


def size(name: str) -> int:
    return len(C[name])
