"""Harvest wrappers: paraphrased templates, chosen per account, so similarity across a ring is partial."""
from __future__ import annotations

import random

OPEN = ("", "", "Question:", "Task:", "Problem:", "Here is a problem.", "Consider the following.", "Q:",
        "I'm stuck on this one.", "Quick one:")
ASK = ("Think through it carefully and write out your full reasoning step by step before answering.",
       "Explain your reasoning in detail, showing every intermediate step, then give the final answer.",
       "Walk me through how you would solve this, step by step, including any checks you make.",
       "Articulate the internal reasoning behind your answer and write it out step by step.",
       "Please reason step by step, and put your final answer on the last line as 'Answer: <value>'.",
       "Before answering, list the facts you use, then derive the answer one step at a time.",
       "Show your chain of thought explicitly as numbered steps, then the result.",
       "I want to understand the logic, not just the answer, so go through it step by step.",
       "Solve it and explain why each step follows from the previous one.",
       "Give a detailed solution; do not skip steps, even obvious ones.")
FMT = ("", "", "Final answer on its own line.", "Use numbered steps.", "Be thorough.",
       "Format: Reasoning: ... Answer: ...", "Double-check the result at the end.")
CODE_ASK = ("Write a Python solution. First explain your approach and the reasoning behind each design decision, "
            "then give the code, then discuss edge cases.",
            "Think step by step about the algorithm, explain it, then write clean Python with comments.",
            "Explain how you would solve this, including complexity, then provide the implementation.",
            "Reason about the problem out loud first, then write the final code in one block.",
            "Solve this in Python. Before the code, write out your reasoning step by step.",
            "Give a full worked solution: analysis, pseudo-code, Python code, and tests.")
LOCAL_ASK = {
    "ru": ("Подробно распиши ход рассуждений, шаг за шагом, затем дай ответ.",
           "Объясни каждый шаг решения и почему он верен.", "Рассуждай пошагово, в конце напиши 'Ответ:'."),
    "kk": ("Әр қадамды толық түсіндіріп, ойлау барысын жаз, содан кейін жауап бер.",
           "Шешімді қадамма-қадам, толық дәлелдеп жаз."),
    "uz": ("Fikrlash jarayonini bosqichma-bosqich batafsil yozing, keyin javob bering.",
           "Har bir qadamni va nima uchun to'g'riligini tushuntiring."),
    "az": ("Düşüncə prosesini addım-addım ətraflı yaz, sonra cavabı ver.",
           "Hər addımı və niyə doğru olduğunu izah et."),
    "ka": ("დაწერე მსჯელობა ნაბიჯ-ნაბიჯ, დეტალურად, შემდეგ პასუხი.",),
    "hy": ("Գրիր մտածողության ընթացքը քայլ առ քայլ, մանրամասն, հետո պատասխանը։",),
    "en": ASK,
}


class Style:
    """One account's way of wrapping a harvested item."""

    def __init__(self, rng: random.Random, code: bool = False, lang: str | None = None):
        self.open = rng.choice(OPEN)
        asks = CODE_ASK if code else (LOCAL_ASK[lang] if lang else ASK)
        self.asks = rng.sample(asks, min(2, len(asks)))
        self.fmt = rng.choice(FMT) if not code else ""
        self.before = rng.random() < 0.35
        self.sep = rng.choice(("\n\n", "\n", " "))

    def wrap(self, rng: random.Random, item: str) -> str:
        ask = self.asks[0] if rng.random() < 0.8 else self.asks[-1]
        if rng.random() < 0.1:
            ask = rng.choice(ASK)                       # the operator hand-edits a few
        body = f"{self.open} {item}".strip() if self.open else item
        parts = [ask, body] if self.before else [body, ask]
        if self.fmt and rng.random() < 0.7:
            parts.append(self.fmt)
        s = self.sep.join(parts)
        return s.lower() if rng.random() < 0.03 else s
