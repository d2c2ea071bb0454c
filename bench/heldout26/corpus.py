"""The public prompt corpora (see /work/shared/data/prompts/SOURCES.md).

Benign users draw from these the way real people do (a benchmark question
pasted into a chat, a role prompt copied from a list); campaigns draw from the
task-like sets systematically. Loaded once, in file order, so draws are stable.
"""
from __future__ import annotations

import os
import random
import re
from pathlib import Path

import orjson

DEFAULT_DIR = "/work/shared/data/prompts"

FILES = {
    "gsm8k": "task_gsm8k.jsonl", "math": "task_math.jsonl", "svamp": "task_svamp.jsonl",
    "humaneval": "task_humaneval.jsonl", "mbpp": "task_mbpp.jsonl", "arena": "benign_arena_hard_prompts.jsonl",
    "awesome": "benign_awesome_chatgpt_prompts.jsonl", "nq": "benign_nq_open_questions.jsonl",
    "seed": "benign_self_instruct_seed_tasks.jsonl", "user": "benign_self_instruct_user_oriented.jsonl",
}

_CODE_HINT = re.compile(r"```|\bdef |\bfunction\b|\bpython\b|\bSQL\b|\bjavascript\b|\bcode\b|\bscript\b|\bC\+\+|\bRust\b", re.I)
_NUM = re.compile(r"(?<![\w.$])(\d{1,4})(?![\w.])")


class Corpus:
    def __init__(self, directory: str | None = None):
        d = Path(directory or os.environ.get("HELDOUT26_PROMPTS") or DEFAULT_DIR)
        self.sets: dict[str, list[str]] = {}
        for name, fname in FILES.items():
            with open(d / fname, "rb") as fh:
                self.sets[name] = [orjson.loads(line)["text"] for line in fh if line.strip()]
        arena = self.sets["arena"]
        self.arena_code = [t for t in arena if _CODE_HINT.search(t) and len(t) < 9000]
        self.arena_chat = [t for t in arena if not _CODE_HINT.search(t) and len(t) < 6000]
        # role prompts people paste as a system prompt in their chat app
        aw = self.sets["awesome"]
        self.personas = [t for t in aw if 80 < len(t) < 5000 and re.match(r"(?i)\s*(i want you to act|act as|you are)", t)]
        self.pasted = [t for t in aw if 40 < len(t) < 7000]
        self.chat_tasks = self.sets["seed"] + self.sets["user"]
        # MATH problems short enough to be homework, and the harder tail
        self.math_short = [t for t in self.sets["math"] if len(t) < 260]
        self.math_long = [t for t in self.sets["math"] if len(t) >= 260]

    def __getitem__(self, name: str) -> list[str]:
        return self.sets[name]

    def pick(self, rng: random.Random, name: str) -> str:
        s = self.sets[name] if name in self.sets else getattr(self, name)
        return s[rng.randrange(len(s))]


def perturb_numbers(rng: random.Random, text: str, share: float = 1.0) -> str:
    """Swap the small integers of a word problem for nearby ones, so the same
    template yields a 'new' question (a harvester's trick to defeat dedup)."""

    def swap(m: re.Match) -> str:
        n = int(m.group(1))
        if rng.random() > share or 1900 <= n <= 2100:
            return m.group(1)
        if n < 10:
            return str(max(2, n + rng.choice((-2, -1, 1, 2, 3))))
        return str(max(2, int(n * rng.uniform(.6, 1.6))))

    return _NUM.sub(swap, text)


def numbers_in(text: str) -> list[int]:
    return [int(x) for x in _NUM.findall(text)]
