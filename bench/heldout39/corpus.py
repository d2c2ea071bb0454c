"""The shared prompt corpora (see /work/shared/data/prompts/SOURCES.md),
loaded once and filtered into the pools the populations draw from."""
from __future__ import annotations

import random
import re
from pathlib import Path

import orjson

ROOT = Path("/work/shared/data/prompts")
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
_CODE = re.compile(r"\b(python|javascript|typescript|c\+\+|java|rust|sql|code|function|script|def |class |regex|"
                   r"bash|golang|react|api)\b", re.I)


class Corpus:
    def __init__(self, root: Path = ROOT):
        self.pools: dict[str, list[str]] = {}
        for name, fn in FILES.items():
            with open(root / fn, "rb") as f:
                self.pools[name] = [orjson.loads(line)["text"] for line in f if line.strip()]
        # Chat-style pools capped in length: a person pastes a long prompt now
        # and then, but 100k-character role sheets are not chat traffic.
        self.pools["awesome_s"] = [t for t in self.pools["awesome"] if len(t) <= 3500]
        self.pools["arena_s"] = [t for t in self.pools["arena"] if len(t) <= 4000]
        self.pools["arena_code"] = [t for t in self.pools["arena_s"] if _CODE.search(t)]
        self.pools["arena_other"] = [t for t in self.pools["arena_s"] if not _CODE.search(t)]
        self.pools["instr"] = self.pools["seed"] + self.pools["user"]
        self.pools["code"] = self.pools["humaneval"] + self.pools["mbpp"]
        self.pools["wordmath"] = self.pools["gsm8k"] + self.pools["svamp"]

    def pick(self, rng: random.Random, pool: str) -> str:
        p = self.pools[pool]
        return p[rng.randrange(len(p))]

    def size(self, pool: str) -> int:
        return len(self.pools[pool])

    def item(self, pool: str, i: int) -> str:
        p = self.pools[pool]
        return p[i % len(p)]


class Cursor:
    """Walks a pool in a shuffled order without repeats: how a harvester covers
    a benchmark (each item once) as opposed to people who hit popular items."""

    def __init__(self, corpus: Corpus, pool: str, rng: random.Random, start: float = 0.0):
        self.corpus, self.pool = corpus, pool
        self.order = list(range(corpus.size(pool)))
        rng.shuffle(self.order)
        self.i = int(start * len(self.order))

    def next(self) -> str:
        t = self.corpus.item(self.pool, self.order[self.i % len(self.order)])
        self.i += 1
        return t
