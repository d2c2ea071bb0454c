"""The public prompt corpora (see /work/shared/data/prompts/SOURCES.md), loaded
once and filtered by length so that one event stays a realistic request size."""
from __future__ import annotations

import random
from pathlib import Path

import orjson

DEFAULT_DIR = "/work/shared/data/prompts"
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl",
    "roles": "benign_awesome_chatgpt_prompts.jsonl",
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


class Corpora:
    def __init__(self, directory: str = DEFAULT_DIR):
        self.texts: dict[str, list[str]] = {}
        for key, name in FILES.items():
            rows = (orjson.loads(line) for line in Path(directory, name).read_bytes().splitlines() if line.strip())
            self.texts[key] = [r["text"] for r in rows if 0 < len(r["text"]) <= MAX_CHARS]
        # Short role prompts make plausible app system prompts; long ones are pasted by power users.
        self.short_roles = [t for t in self.texts["roles"] if len(t) < 900]
        self.chat = self.texts["arena"] + self.texts["seed"] + self.texts["user"] + self.short_roles
        self.math_by_level = _math_sections(self.texts["math"])

    def pick(self, rng: random.Random, key: str) -> str:
        return rng.choice(self.texts[key])

    def chat_prompt(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.22:
            return rng.choice(self.texts["nq"])
        return rng.choice(self.chat)


def _math_sections(texts: list[str]) -> dict[str, list[str]]:
    """Rough topic buckets for MATH problems (by keywords), so a sweep can go topic by topic."""
    buckets: dict[str, list[str]] = {"geometry": [], "probability": [], "algebra": [], "number_theory": [], "other": []}
    for t in texts:
        low = t.lower()
        if any(w in low for w in ("triangle", "circle", "angle", "area", "polygon")):
            buckets["geometry"].append(t)
        elif any(w in low for w in ("probability", "how many ways", "dice", "coins")):
            buckets["probability"].append(t)
        elif any(w in low for w in ("remainder", "divisor", "prime", "modulo", "base ")):
            buckets["number_theory"].append(t)
        elif "$" in t:
            buckets["algebra"].append(t)
        else:
            buckets["other"].append(t)
    return buckets
