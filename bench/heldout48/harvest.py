"""Prompt machinery shared by the distillation campaigns: systematic coverage of a task space,
chain-of-thought elicitation in crude and in varied phrasings, and taxonomy-built synthetic tasks."""
from __future__ import annotations

from . import corpus, phrases

# The phrase reported for a real campaign, and a crude farm's fixed variants.
COT_FIXED = ("Articulate the internal reasoning behind a completed response and write it out step by step.\n\n"
             "Problem: {q}\n\nReasoning:")
COT_CRUDE = ["Solve the following problem. Think step by step and show all intermediate reasoning before the final answer.\n\n{q}",
             "{q}\n\nLet's reason step by step. Write out your complete chain of thought, then 'Final answer:'."]

# Evasive: assembled from parts, in several languages, so no two prompts share a fixed template.
_PRE = {
    "en": ["", "Hey, ", "Quick one: ", "I'm stuck on this. ", "For my notes: ", "Could you help? ", "Okay so "],
    "fr": ["", "Salut, ", "Petite question : ", "Je bloque là-dessus. ", "Pour mes fiches : ", "Tu peux m'aider ? "],
    "dar_lat": ["", "salam ", "3afak ", "khoya ", "wach t9der "],
    "es": ["", "Hola, ", "Una duda: ", "Para mis apuntes: "],
    "ar": ["", "من فضلك ", "سؤال: "],
}
_POST = {
    "en": ["Explain how you get there.", "Walk me through your thinking.", "I want to understand each step, not just the answer.",
           "How would you reason about it?", "Show the working.", "Go slowly and justify each move.",
           "What's the logic behind the answer?", "Explain it like you're writing the solution manual.",
           "Lay out your thought process in order.", "Don't skip steps please."],
    "fr": ["Explique comment tu y arrives.", "Détaille ton raisonnement.", "Je veux comprendre chaque étape.",
           "Justifie chaque passage.", "Fais comme un corrigé de manuel.", "Ne saute aucune étape stp."],
    "dar_lat": ["fsser liya kifach wselti.", "bghit nfhem kol step.", "chr7 b tafsil."],
    "es": ["Explica cómo llegas al resultado.", "Detalla tu razonamiento.", "Paso a paso, por favor."],
    "ar": ["اشرح كيف وصلت إلى الجواب.", "فصل طريقة التفكير خطوة بخطوة."],
}


def cot_varied(rng, q: str, lang: str = "en") -> str:
    pre = rng.choice(_PRE.get(lang, _PRE["en"]))
    post = rng.choice(_POST.get(lang, _POST["en"]))
    q = corpus.paraphrase(rng, q, 0.7)
    r = rng.random()
    if r < 0.4:
        return f"{pre}{q} {post}"
    if r < 0.7:
        return f"{pre}{post}\n{q}"
    return f"{q}\n\n{pre}{post}".strip()


class Coverage:
    """Walks a benchmark in a fixed stride so a ring of accounts jointly covers it without repeats."""

    def __init__(self, src: str, start: int, stride: int = 1):
        self.src, self.pos, self.stride = src, start, stride

    def next(self, limit: int = 2500) -> str:
        t = corpus.item(self.src, self.pos, limit)
        self.pos += self.stride
        return t


DOMAINS = ["algebra", "geometry", "probability", "number theory", "calculus", "physics kinematics", "electric circuits",
           "chemistry equilibria", "organic chemistry", "Python string processing", "SQL joins", "graph algorithms",
           "dynamic programming", "regular expressions", "unit conversion", "personal finance", "logic puzzles",
           "Moroccan history", "French grammar", "Arabic morphology", "contract law", "medical triage", "tax computation"]
SKILLS = ["multi-step arithmetic", "proof by induction", "case analysis", "edge-case handling", "estimation",
          "working backwards", "constraint satisfaction", "counterexample search", "unit tracking", "recursion"]
FORMATS = ["word problem", "multiple-choice question with 4 options", "short-answer question", "coding exercise with tests",
           "true/false question with justification", "fill-in-the-blank exercise"]
LEVELS = ["beginner", "intermediate", "advanced", "olympiad-level", "university exam"]


def grid_task(i: int) -> str:
    """The i-th cell of a domain x skill x format x level grid: template-built synthetic tasks."""
    d = DOMAINS[i % len(DOMAINS)]
    s = SKILLS[(i // len(DOMAINS)) % len(SKILLS)]
    f = FORMATS[(i // (len(DOMAINS) * len(SKILLS))) % len(FORMATS)]
    lv = LEVELS[(i // 7) % len(LEVELS)]
    return (f"Create a {lv} {f} in {d} that requires {s}. Then solve it completely, showing every intermediate step "
            f"of your reasoning, and give the final answer on the last line.")


def task_item(rng, mix=(("gsm8k", 3), ("math", 3), ("mbpp", 2), ("humaneval", 1), ("svamp", 1), ("arena", 1))) -> tuple[str, str]:
    srcs, w = zip(*mix)
    src = rng.choices(srcs, w)[0]
    q = corpus.pick(rng, src, 2500)
    kind = "code" if src in ("mbpp", "humaneval") else ("chat" if src == "arena" else "math_cot")
    return q, kind


def localise(rng, q: str, lang: str) -> str:
    if lang == "en":
        return q
    return phrases.frame(rng, phrases.STEPS, lang, q)
