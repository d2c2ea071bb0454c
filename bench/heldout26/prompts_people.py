"""Prompt builders for individuals: people at home, pupils and students,
teachers, release-day tryers and speakers of other languages. Each returns
(prompt, completion kind)."""
from __future__ import annotations

import random
import re

from bench.heldout26 import texts_lang as L
from bench.heldout26.texts_uk import SLOTS, casual, fill, themed

Prompt = tuple[str, str]


def chat_opening(rng: random.Random, c) -> Prompt:
    """What someone opens a chat with: mostly everyday UK January life, with
    tasks, quick factual questions and the odd pasted prompt."""
    r = rng.random()
    if r < .52:
        return casual(rng, themed(rng)), rng.choice(("chat", "chat", "short", "email"))
    if r < .62:
        return c.pick(rng, "chat_tasks"), "chat"
    if r < .74:
        return c.pick(rng, "arena_chat"), rng.choice(("chat", "long"))
    if r < .86:  # search-style questions typed into the chat box
        return c.pick(rng, "nq"), "short"
    if r < .91:
        return c.pick(rng, "pasted"), "long"
    if r < .95:
        return c.pick(rng, "arena_code"), "code"
    q = c.pick(rng, "gsm8k")
    return rng.choice(("my son's homework, how do you do this: {q}", "{q}", "quick one: {q}")).format(q=q), "cot_math"


# ------------------------------------------------------------------ students
_MATH_GROUPS = {
    "calculus": re.compile(r"deriv|integral|\\int|limit|\\lim|tangent|maximum|minimum", re.I),
    "probability": re.compile(r"probab|dice|die |coin|choose|ways|arrange|random", re.I),
    "geometry": re.compile(r"triangle|circle|angle|area|perimeter|polygon|radius|square", re.I),
    "number": re.compile(r"prime|divis|remainder|modulo|gcd|lcm|base \d|digit", re.I),
    "algebra": re.compile(r"solve|equation|polynomial|root|function|f\(x\)|inequal|\\sqrt", re.I),
}

MODULES = {
    # module -> (problem group or None, concept asks)
    "Calculus II": ("calculus", ("integration by parts", "the chain rule", "Taylor series", "improper integrals", "partial fractions")),
    "Probability and Statistics": ("probability", ("conditional probability", "Bayes' theorem", "the central limit theorem", "hypothesis testing", "the binomial distribution")),
    "Linear Algebra": ("algebra", ("eigenvalues", "the rank-nullity theorem", "change of basis", "determinants", "orthogonal projections")),
    "Discrete Mathematics": ("number", ("proof by induction", "modular arithmetic", "the pigeonhole principle", "graph colouring", "recurrence relations")),
    "Geometry and Mechanics": ("geometry", ("moments", "projectile motion", "vectors in 3D", "circular motion", "Newton's second law")),
    "Algorithms and Data Structures": (None, ("Dijkstra's algorithm", "dynamic programming", "red-black trees", "amortised analysis", "the master theorem")),
    "Programming in Python": (None, ("list comprehensions", "recursion", "classes and inheritance", "exceptions", "generators")),
    "Econometrics": (None, ("OLS assumptions", "heteroskedasticity", "instrumental variables", "R-squared", "multicollinearity")),
    "Operating Systems": (None, ("virtual memory", "deadlock", "semaphores vs mutexes", "page replacement", "process scheduling")),
}
CODE_MODULES = ("Algorithms and Data Structures", "Programming in Python", "Operating Systems")

_STUDENT_WRAP = (
    "{q}", "{q}", "{q}\n\nexplain step by step pls", "how do I do this? {q}",
    "{q}\nI got {n} but the mark scheme says something different, where did I go wrong?",
    "Can you walk me through this past paper question, exam is next week: {q}",
    "{q}\n\njust give me a hint, don't solve it yet", "{q} - can you show all the working, I need to understand the method",
    "revising for my {module} exam. {q}",
)
_CONCEPT_ASK = (
    "explain {c} like I'm revising the night before", "what's the intuition behind {c}?",
    "can you give me a simple example of {c}", "what are common exam questions on {c}?",
    "I still don't understand {c}. My lecturer's notes make no sense", "summarise {c} in 5 bullet points for my notes",
)
_STUDENT_FOLLOW = (
    "I don't get why you divided by 2 there", "ok that makes sense, can you give me a similar one to try",
    "wait why is the second step allowed?", "thanks!! what would the examiner want me to write for full marks",
    "can you check my answer: {n}", "is there a quicker method", "how many marks would that be worth roughly",
)


def student_pool(rng: random.Random, c, module: str) -> list[str]:
    """The problems one student works through: a handful from their own module."""
    group = MODULES[module][0]
    if group is None:
        src = c["mbpp"] + c["humaneval"] if module != "Operating Systems" else []
        return [src[rng.randrange(len(src))] for _ in range(25)] if src else []
    pat = _MATH_GROUPS[group]
    picks = []
    for _ in range(400):
        t = c.math_short[rng.randrange(len(c.math_short))]
        if pat.search(t):
            picks.append(t)
            if len(picks) >= 30:
                break
    return picks


def student_prompt(rng: random.Random, module: str, pool: list[str]) -> Prompt:
    concepts = MODULES[module][1]
    if not pool or rng.random() < .35:
        return casual(rng, rng.choice(_CONCEPT_ASK).format(c=rng.choice(concepts))), "explain"
    q = rng.choice(pool)  # the same past-paper question often comes back
    wrap = rng.choice(_STUDENT_WRAP)
    text = wrap.format(q=q, n=rng.randrange(2, 200), module=module)
    kind = "code" if module in CODE_MODULES else ("short" if "hint" in wrap else "cot_math")
    return text, kind


def student_follow(rng: random.Random) -> Prompt:
    return rng.choice(_STUDENT_FOLLOW).format(n=rng.randrange(2, 99)), rng.choice(("explain", "short", "cot_math"))


# ------------------------------------------------------------------ pupils (GCSE / A-level mocks, UCAS)
_PUPIL = (
    "Explain {topic} simply, I'm in year 11 and my mock is on {day}",
    "give me 5 GCSE questions on {topic} with answers at the end",
    "Give me a quote analysis for {text} that would get a grade 9",
    "Help me improve the opening of my UCAS personal statement for {course}. It's due next week",
    "what's the difference between mitosis and meiosis, simple version",
    "make a revision timetable for my mocks, I have {subject}, maths, English and {subject}",
    "How do I revise for {subject} when I've left it really late",
    "Summarise the causes of the First World War for GCSE history",
)


def pupil_prompt(rng: random.Random, c) -> Prompt:
    r = rng.random()
    if r < .45:
        q = c.pick(rng, rng.choice(("gsm8k", "svamp", "svamp")))
        w = rng.choice(("{q}", "how do i work this out: {q}", "{q} show working", "{q}\n\nstep by step please i have my mock tomorrow",
                        "can you check this, I got {n}: {q}"))
        return casual(rng, w.format(q=q, n=rng.randrange(2, 500))), "cot_math"
    if r < .55:
        return c.pick(rng, "math_short"), "cot_math"
    return casual(rng, fill(rng, rng.choice(_PUPIL))), rng.choice(("explain", "chat", "long"))


# ------------------------------------------------------------------ teachers
_TEACHER = (
    "Create 10 GCSE Foundation questions on {topic} with a mark scheme",
    "Write a worked solution suitable for a Year 11 set 3 for this question: {q}",
    "Differentiate this worksheet for students with SEN: {q}",
    "Write a letter to parents about Year 11 mocks starting on Monday 11 January",
    "Give me a starter activity on {topic} for a 50 minute lesson",
    "Write three exam-style questions on {text} with indicative content",
    "Mark this answer out of 6 using AQA-style levels and give feedback: {q}",
    "Plan a revision lesson on {topic} for Year 13 the week before mocks",
    "Rewrite these instructions for a Year 7 reading age: {q}",
    "Create a knowledge organiser for {subject} topic: {topic}",
)


def teacher_prompt(rng: random.Random, c) -> Prompt:
    q = c.pick(rng, rng.choice(("gsm8k", "svamp", "math_short")))
    return fill(rng, rng.choice(_TEACHER)).replace("{q}", q), rng.choice(("long", "explain", "cot_math"))


# ------------------------------------------------------------------ release-day tryers
_TRYER = (
    "How many r's are in the word strawberry?", "Which is bigger, 9.11 or 9.9?",
    "Write a snake game in Python I can run in the terminal", "What model are you and what's your knowledge cutoff?",
    "Alice has 3 brothers and each brother has 2 sisters. How many sisters does Alice have?",
    "Explain quantum computing to a ten year old", "Write a sonnet about London in January",
    "What's new in meridian-3 compared to 2.5?", "Tell me a joke only a British person would get",
    "Solve this and show your reasoning: a bat and a ball cost £1.10 in total. The bat costs £1 more than the ball. How much does the ball cost?",
    "Write an SVG of a pelican riding a bicycle", "Is meridian-3 better than the old one at maths? test yourself",
    "Give me a 3 day itinerary for Edinburgh", "What's the capital of Australia? Careful",
    "Write a haiku about Monday mornings",
)


def tryer_prompt(rng: random.Random, c) -> Prompt:
    r = rng.random()
    if r < .45:
        return rng.choice(_TRYER), rng.choice(("short", "chat", "code"))
    if r < .65:
        return c.pick(rng, "arena"), rng.choice(("chat", "code", "long"))
    if r < .8:
        q = c.pick(rng, rng.choice(("math", "math_long")))
        return rng.choice(("let's see if you can do this: {q}", "{q}", "Olympiad level test: {q}")).format(q=q), "cot_math"
    if r < .9:
        return c.pick(rng, "humaneval"), "code"
    return themed(rng), "chat"


# ------------------------------------------------------------------ other languages
def lang_prompt(rng: random.Random, c, lang: str) -> Prompt:
    name, everyday, homework, _ = L.LANGS[lang]
    r = rng.random()
    if homework and r < .18:
        return rng.choice(homework).format(q=c.pick(rng, rng.choice(("gsm8k", "svamp")))), "cot_math"
    if r < .7:
        t = rng.choice(everyday)
        return t.format(en=rng.choice(L.LETTERS_EN), word=rng.choice(L.WORDS)), rng.choice(("translate", "chat", "short"))
    if r < .85:  # asking in English for help with the language or the system
        return fill(rng, rng.choice((
            f"translate this into {name}: " + rng.choice(L.LETTERS_EN),
            f"How do I say 'happy new year, see you at the {{city}} meet-up' in {name}?",
            f"Write a short {name} message to my grandparents thanking them for Christmas",
            f"Is there an NHS interpreter service for {name} speakers at GP appointments?",
        ))), "translate"
    return casual(rng, themed(rng)), "chat"


SLOTS_DAY = SLOTS["day"]
