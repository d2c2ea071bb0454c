"""Prompt corpora (from /work/shared/data/prompts) and generic text tools:
wrappers, typos, casual rephrasing, chain-of-thought phrases."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import orjson

PROMPT_DIR = Path("/work/shared/data/prompts")
MAX_CHARS = 8000


def _load(name: str) -> list[str]:
    out = []
    with open(PROMPT_DIR / f"{name}.jsonl", "rb") as fh:
        for line in fh:
            line = line.strip()
            if line:
                t = orjson.loads(line)["text"]
                out.append(t[:MAX_CHARS])
    return out


@dataclass
class Corpora:
    arena: list[str]
    awesome: list[str]
    nq: list[str]
    seed: list[str]
    user: list[str]
    gsm8k: list[str]
    humaneval: list[str]
    math: list[str]
    mbpp: list[str]
    svamp: list[str]

    @classmethod
    def load(cls) -> "Corpora":
        return cls(
            arena=_load("benign_arena_hard_prompts"),
            awesome=[t for t in _load("benign_awesome_chatgpt_prompts") if len(t) < 6000],
            nq=_load("benign_nq_open_questions"),
            seed=_load("benign_self_instruct_seed_tasks"),
            user=_load("benign_self_instruct_user_oriented"),
            gsm8k=_load("task_gsm8k"),
            humaneval=_load("task_humaneval"),
            math=_load("task_math"),
            mbpp=_load("task_mbpp"),
            svamp=_load("task_svamp"),
        )

    def chat(self, rng: random.Random) -> str:
        """A general-purpose benign chat prompt."""
        r = rng.random()
        if r < 0.35:
            return rng.choice(self.arena)
        if r < 0.55:
            return casual_question(rng, rng.choice(self.nq))
        if r < 0.75:
            return rng.choice(self.user)
        if r < 0.88:
            return rng.choice(self.seed)
        return rng.choice(self.awesome)

    def mathq(self, rng: random.Random) -> str:
        return rng.choice(rng.choice((self.gsm8k, self.math, self.math, self.svamp)))

    def codeq(self, rng: random.Random) -> str:
        return rng.choice(rng.choice((self.humaneval, self.mbpp, self.mbpp)))


def casual_question(rng: random.Random, q: str) -> str:
    """NQ search-style query -> something a person types into a chat box."""
    r = rng.random()
    if r < 0.35:
        return q
    if r < 0.6:
        return q[0].upper() + q[1:] + "?"
    if r < 0.8:
        return rng.choice(("quick question: ", "hey, ", "do you know ", "random but ", "settle a debate: ")) + q + "?"
    return q + rng.choice(("", "? thx", "?? my friend says otherwise", " (short answer please)"))


_NEIGH = dict(zip("qwertyuiopasdfghjklzxcvbnm", "wqrtyuiopoasdfghjkllzxcvbnm"[1:] + "n"))


def typo(rng: random.Random, s: str, rate: float = 0.02) -> str:
    """Human-like typos: swapped, dropped or fat-fingered letters, on prose only."""
    if rate <= 0 or len(s) > 3000:
        return s
    chars = list(s)
    i = 0
    out = []
    while i < len(chars):
        c = chars[i]
        if c.isalpha() and rng.random() < rate:
            k = rng.random()
            if k < 0.35 and i + 1 < len(chars) and chars[i + 1].isalpha():
                out.extend((chars[i + 1], c))
                i += 2
                continue
            if k < 0.6:
                i += 1
                continue
            if k < 0.85:
                out.append(_NEIGH.get(c.lower(), c))
                i += 1
                continue
            out.extend((c, c))
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


STUDENT_MATH_EN = [
    "{q}", "{q}\n\ncan you explain step by step? i have my final tomorrow",
    "I don't get this one from the practice exam: {q}",
    "{q}\nPlease show all the steps, I want to understand the method not just the answer.",
    "how do i solve this?? {q}", "Can you check my approach? The question is: {q}",
    "{q} -- explain like i'm a first year", "Exam review question:\n{q}\nWhat is the trick here?",
    "{q}\nI got a different answer than the key, can you walk me through it?",
    "Help! {q}",
]
STUDENT_CODE_EN = [
    "{q}", "My prof gave us this for review, how would you write it?\n\n{q}",
    "{q}\n\nexplain the solution line by line pls", "Why does my solution time out? The task:\n{q}",
    "Can you give me a hint (not the full answer) for this:\n{q}", "{q}\nAlso what is the time complexity?",
]
COT_PHRASES_EN = [
    "Think step by step.", "Let's think step by step.",
    "Show your full reasoning before giving the final answer.",
    "Articulate the internal reasoning behind your answer and write it out step by step.",
    "Write out your complete chain of thought, every intermediate step, then the answer.",
    "Before answering, reason through the problem in detail and show each step of your thinking.",
    "Explain your reasoning process exhaustively, including any dead ends, then state the answer.",
    "Give a detailed step-by-step derivation; do not skip any step.",
]
COT_PHRASES_FR = [
    "Réfléchis étape par étape.",
    "Détaille tout ton raisonnement, étape par étape, avant de donner la réponse finale.",
    "Explique ton raisonnement interne au complet et écris chaque étape intermédiaire.",
    "Montre toute ta démarche, sans sauter d'étape, puis donne la réponse.",
    "Rédige ta chaîne de raisonnement complète avant de conclure.",
]
