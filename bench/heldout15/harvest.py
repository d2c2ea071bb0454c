"""What distillers ask for: a task space of maths, code, reasoning, agentic and long-form items."""
from __future__ import annotations

import random

from corpora import Corpora, longform, perturb, tool_task

COT = {
    "plain": ["Think step by step.", "Show your reasoning step by step, then give the final answer.",
              "Explain each step of your reasoning before answering.", "Work through this carefully, step by step."],
    "academic": ["Provide a rigorous derivation, justifying each step, then state the result.",
                 "Reason it through in detail: list assumptions, intermediate results and the final answer.",
                 "Please write out your full chain of reasoning; I want to understand every step.",
                 "Before answering, articulate the internal reasoning you would use, step by step."],
    "casual": ["can you walk me through it step by step?", "pls show all the working", "explain how you got there",
               "show every step, I want to learn the method", "break it down for me step by step"],
    "nordic": ["Forklar trinn for trinn.", "Förklara steg för steg.", "Explain step by step, in English.",
               "Vis utregningen steg for steg."],
}
TASK_MIX = {  # maths, code, reasoning, agentic, long-form
    "balanced": [35, 25, 20, 10, 10],
    "stem": [50, 30, 15, 5, 0],
    "agentic": [10, 25, 15, 35, 15],
    "writing": [20, 10, 25, 5, 40],
}


def item(rng: random.Random, C: Corpora, mix: str = "balanced", cot: str = "plain", cot_p: float = 0.75,
         mutate: bool = False) -> tuple[str, str]:
    kind = rng.choices(["math", "code", "reason", "agent", "long"], TASK_MIX[mix])[0]
    if kind == "math":
        q, out = C.pick(rng, rng.choices(["math", "gsm8k", "svamp"], [5, 4, 1])[0]), "cot"
    elif kind == "code":
        q, out = C.pick(rng, rng.choice(["mbpp", "humaneval", "arena_code"])), "code"
    elif kind == "reason":
        q, out = C.pick(rng, rng.choice(["arena_other", "instr", "arena_short"])), "cot"
    elif kind == "agent":
        return tool_task(rng, C), "agent"
    else:
        return longform(rng, C), "long"
    if mutate:
        q = perturb(rng, q)
    if rng.random() < cot_p:
        phrase = rng.choice(COT[cot])
        q = f"{q}\n\n{phrase}" if rng.random() < 0.8 else f"{phrase}\n\n{q}"
    return q, out
