"""Prompt corpora (shared JSON Lines files), token estimates and the
paraphraser one campaign uses against near-duplicate matching."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl", "math": "task_math.jsonl", "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}
MAX_CHARS = 6000  # a few awesome-prompts rows are 100k+ characters; a chat UI would not send them


class Prompts:
    def __init__(self, root: str | Path):
        self.by: dict[str, list[str]] = {}
        for name, fname in FILES.items():
            texts = []
            with open(Path(root) / fname, encoding="utf-8") as fh:
                for line in fh:
                    t = json.loads(line)["text"]
                    if len(t) <= MAX_CHARS:
                        texts.append(t)
            self.by[name] = texts

    def pick(self, rng: random.Random, name: str) -> str:
        return rng.choice(self.by[name])

    def chat(self, rng: random.Random) -> str:
        """An ordinary English chat prompt, weighted like a chat product sees them."""
        r = rng.random()
        name = "arena" if r < 0.35 else "nq" if r < 0.6 else "user" if r < 0.75 else "seed" if r < 0.85 else "awesome"
        return self.pick(rng, name)

    def task(self, rng: random.Random, kinds=("gsm8k", "math", "svamp", "mbpp", "humaneval")) -> str:
        return self.pick(rng, rng.choice(kinds))


_NONASCII = re.compile(r"[^\x00-\x7f]")


def tokens(text: str | None) -> int:
    """Rough BPE estimate: ~4 chars per token for English; Vietnamese diacritics
    and CJK cost noticeably more."""
    if not text:
        return 0
    extra = len(_NONASCII.findall(text))
    return max(1, int((len(text) + 1.5 * extra) / 4))


def completion(rng: random.Random, mean: float, sigma: float = 0.6, cap: int = 8000) -> int:
    mu = max(1.0, mean)
    import math
    return max(1, min(cap, int(rng.lognormvariate(math.log(mu) - sigma * sigma / 2, sigma))))


# --- paraphrasing -------------------------------------------------------------
_SWAPS = [("How many", "What is the number of"), ("how many", "what number of"), ("Find", "Determine"),
          ("find", "work out"), ("What is", "Compute"), ("each", "every"), ("total", "overall"),
          ("bought", "purchased"), ("has", "owns"), ("If", "Suppose"), ("gives", "hands"),
          ("Calculate", "Evaluate"), ("altogether", "in all"), ("costs", "is priced at"),
          ("Write a function", "Implement a routine"), ("write a function", "create a function")]
_OPENERS = ["", "Quick one: ", "Hey, ", "Need help. ", "Câu này: ", "Bài tập: ", "Okay so ", "Pls: ",
            "For my homework - ", "Mình hỏi chút: "]
_CLOSERS = ["", " Thanks!", " Cảm ơn.", " (detailed please)", " Explain why.", " Giải thích kỹ nhé.",
            " Show the steps.", " ty", " - need it for tomorrow"]


def paraphrase(rng: random.Random, text: str) -> str:
    """Surface rewrite: synonym swaps, shuffled sentence order for multi-sentence
    word problems, random openers/closers and the odd typo, so two requests for
    the same item share few shingles."""
    out = text
    for a, b in _SWAPS:
        if a in out and rng.random() < 0.6:
            out = out.replace(a, b, 1)
    parts = re.split(r"(?<=[.!?])\s+", out)
    if 3 <= len(parts) <= 8 and rng.random() < 0.5:
        body, last = parts[:-1], parts[-1]
        i = rng.randrange(len(body))
        j = rng.randrange(len(body))
        body[i], body[j] = body[j], body[i]
        out = " ".join(body + [last])
    if rng.random() < 0.3 and len(out) > 20:
        k = rng.randrange(1, len(out) - 1)
        if out[k].isalpha():
            out = out[:k] + out[k + 1] + out[k] + out[k + 2:]
    return rng.choice(_OPENERS) + out + rng.choice(_CLOSERS)
