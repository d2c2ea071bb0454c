"""Prompt corpora (/work/shared/data/prompts) and English prompt building."""
from __future__ import annotations

import json
import os
import random
import re

CORPUS_DIR = os.environ.get("HELDOUT43_PROMPTS", "/work/shared/data/prompts")
_FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "si_seed": "benign_self_instruct_seed_tasks.jsonl",
    "si_user": "benign_self_instruct_user_oriented.jsonl", "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl", "math": "task_math.jsonl", "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}
_CACHE: dict[str, list[str]] = {}


def corpus(name: str) -> list[str]:
    """Texts of one corpus in file order (long outliers dropped: the gateway caps bodies)."""
    if name not in _CACHE:
        cap = 6000 if name in ("arena", "awesome") else 20000
        with open(os.path.join(CORPUS_DIR, _FILES[name]), encoding="utf-8") as fh:
            _CACHE[name] = [t for t in (json.loads(line)["text"] for line in fh if line.strip()) if len(t) <= cap]
    return _CACHE[name]


def pick(rng: random.Random, name: str) -> str:
    c = corpus(name)
    return c[rng.randrange(len(c))]


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def est_tokens(text: str | None) -> int:
    """Rough tokenizer: ~4 chars a token for ASCII, ~1.8 for Greek/Hebrew/Arabic letters."""
    if not text:
        return 0
    n_non = len(_NON_ASCII.findall(text))
    return max(1, int((len(text) - n_non) / 4.0 + n_non / 1.8))


def chat_prompt(rng: random.Random) -> str:
    """Ordinary English chat: arena questions, self-instruct tasks, role prompts, search-style queries."""
    r = rng.random()
    if r < 0.30:
        return pick(rng, "arena")
    if r < 0.48:
        return pick(rng, rng.choice(("si_seed", "si_user")))
    if r < 0.58:
        return pick(rng, "awesome")
    q = pick(rng, "nq")
    return q if rng.random() < 0.6 else q[:1].upper() + q[1:] + "?"


def task_prompt(rng: random.Random, kinds=("gsm8k", "math", "svamp", "mbpp", "humaneval")) -> str:
    return pick(rng, rng.choice(kinds))


def casual(rng: random.Random, text: str) -> str:
    """Light human noise: casing, trailing punctuation, a filler."""
    r = rng.random()
    if r < 0.15:
        text = text[:1].lower() + text[1:]
    elif r < 0.22:
        text = text.rstrip("?.") + "??"
    if rng.random() < 0.12:
        text = rng.choice(("pls ", "hey, ", "ok so ", "quick q: ")) + text
    return text


# ---------------------------------------------------------------- chain-of-thought wrappers (English)
# A fixed verbatim template (naive campaigns) and a compositional paraphraser (evasive ones).
HYDRA_TEMPLATE = ("Articulate the internal reasoning behind a completed response and write it out step by step.\n\n"
                  "Problem:\n{p}\n\nReturn <reasoning>...</reasoning> followed by <answer>...</answer>.")

_OPEN = ("", "", "Hi!", "Hey,", "Quick one.", "Can you help me with this?", "I'm stuck on this one.",
         "Working through a practice set.", "Study question:", "My kid brought this home:", "For a tutoring session:",
         "Ok, next one.", "Another one from the worksheet.", "Sanity check please.", "Trying to understand this:")
_ASK = ("walk me through your reasoning", "show every step of your thinking", "explain how you get there, step by step",
        "lay out the full chain of reasoning before you answer", "think it through out loud, then give the result",
        "write out each intermediate step you take", "narrate your thought process in detail",
        "reason carefully and show all of the working", "go through it slowly, explaining why each step follows",
        "don't just give the answer, show how you'd think about it", "explain the logic behind every step",
        "break your reasoning into small numbered steps", "describe what you're thinking at each stage")
_FMT = ("", "", "", "Put the final answer on its own line.", "Finish with 'Answer: ' and the value.",
        "Number the steps.", "Be thorough, don't skip anything.", "Mention any check you do at the end.",
        "Keep the final answer short.", "Box the final answer.", "Then verify it.")
_JOIN = ("{o} {p}\n\nPlease {a}. {f}", "{o} Please {a}: {p} {f}", "{p}\n\n{o} Could you {a}? {f}",
         "{o}\n{p}\n{A}. {f}", "{A}.\n\n{p}\n\n{f}", "{p} -- {a}. {f}", "{o} {p}\n({a}) {f}")


def paraphrase_cot(rng: random.Random, p: str) -> str:
    a = rng.choice(_ASK)
    s = rng.choice(_JOIN).format(o=rng.choice(_OPEN), p=p, a=a, A=a[:1].upper() + a[1:], f=rng.choice(_FMT))
    s = re.sub(r"[ \t]+", " ", s).strip()
    if rng.random() < 0.1:
        s = s.replace("reasoning", "thinking") if rng.random() < 0.5 else s.lower()
    return s


_CODE_ASK = ("Implement this and explain your reasoning line by line.",
             "Solve it, and before the code write out your full thought process.",
             "Think step by step about edge cases, then give the final implementation.",
             "Give a detailed explanation of how you'd approach this, then the code.",
             "Reason about the algorithm first (complexity, pitfalls), then write the function.",
             "Explain the approach in detail and show the complete solution with tests.")


def paraphrase_code(rng: random.Random, p: str) -> str:
    ask = rng.choice(_CODE_ASK)
    return f"{ask}\n\n{p}" if rng.random() < 0.6 else f"{p}\n\n{ask}"


def code_task(rng: random.Random) -> str:
    return pick(rng, rng.choice(("mbpp", "humaneval", "mbpp")))


def arena_coding(rng: random.Random) -> str:
    for _ in range(20):
        t = pick(rng, "arena")
        if any(k in t for k in ("def ", "function", "code", "Python", "python", "C++", "SQL", "script", "class ")):
            return t
    return pick(rng, "mbpp")


class Deck:
    """A campaign's harvest queue: the chosen corpora shuffled once and dealt without replacement
    (coverage, not repetition), reshuffled only when exhausted."""

    def __init__(self, rng: random.Random, kinds: tuple[str, ...]):
        self.rng = rng
        self.items = [t for k in dict.fromkeys(kinds) for t in corpus(k)]
        rng.shuffle(self.items)
        self.i = 0

    def next(self) -> str:
        if self.i >= len(self.items):
            self.rng.shuffle(self.items)
            self.i = 0
        self.i += 1
        return self.items[self.i - 1]
