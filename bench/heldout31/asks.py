"""What people ask, as (prompt, expected completion tokens): shared mixes used
by benign populations and by campaigns that blend in with them."""
from __future__ import annotations

import random

from bench.heldout31 import clock, phrasing as ph
from bench.heldout31.corpora import Corpora
from bench.heldout31.traffic import REASON2


def chat_model(rng: random.Random, ts: int, reason2: float = 0.1) -> str:
    x = rng.random()
    if ts >= clock.LAUNCH and x < reason2:
        return REASON2
    x = rng.random()
    return "formosa-chat-1" if x < 0.6 else "formosa-chat-1-mini" if x < 0.85 else "formosa-reason-1"


def everyday(c: Corpora, rng: random.Random, ja: float = 0.0) -> tuple[str, int]:
    """A home user's mix: chat, search-style questions, a bit of code and homework."""
    x = rng.random()
    if x < 0.45:
        return ph.chat(rng, c.pick(rng, "short_chat" if rng.random() < 0.7 else "chat"), ja), rng.randint(120, 700)
    if x < 0.78:
        q = c.pick(rng, "nq")
        return ph.chat(rng, q if rng.random() < 0.6 else q + "?", ja), rng.randint(60, 300)
    if x < 0.9:
        return ph.code_help(rng, c.pick(rng, "code")), rng.randint(250, 900)
    return ph.student_math(rng, c.pick(rng, "math_all")), rng.randint(250, 800)


def homework(c: Corpora, rng: random.Random, popular: list[str], p_popular: float = 0.6) -> tuple[str, int]:
    """Senior-high maths: mostly items from this week's worksheets (shared, repeated)."""
    if rng.random() < p_popular:
        q = popular[rng.randrange(len(popular))]
    else:
        src = rng.choices(("math", "gsm8k", "svamp"), (0.55, 0.33, 0.12))[0]
        q = c.pick(rng, src)
    return ph.student_math(rng, q), rng.randint(300, 1100)


def coursework(c: Corpora, rng: random.Random) -> tuple[str, int]:
    """Finals week at a university: code assignments (MBPP/HumanEval-shaped), maths, essays."""
    x = rng.random()
    if x < 0.22:
        return ph.code_help(rng, c.pick(rng, "mbpp")), rng.randint(200, 700)
    if x < 0.3:
        return ph.code_help(rng, c.pick(rng, "humaneval")), rng.randint(200, 700)
    if x < 0.5:
        return ph.code_help(rng, c.pick(rng, "code")), rng.randint(300, 1200)
    if x < 0.75:
        return ph.student_math(rng, c.pick(rng, "math")), rng.randint(300, 1200)
    return ph.chat(rng, c.pick(rng, "chat")), rng.randint(200, 900)


def work_code(c: Corpora, rng: random.Random) -> tuple[str, int]:
    x = rng.random()
    if x < 0.55:
        return ph.code_help(rng, c.pick(rng, "code")), rng.randint(250, 1100)
    if x < 0.7:
        return "Complete this function:\n" + c.pick(rng, "humaneval"), rng.randint(120, 500)
    if x < 0.85:
        t = c.pick(rng, "user")
        return rng.choice(["幫我把這段翻成英文 email：", "Translate to 日本語 for our Kumamoto site: ", "潤飾一下："]) + t, rng.randint(150, 500)
    return ph.chat(rng, c.pick(rng, "short_chat")), rng.randint(150, 600)
