"""Small shared helpers for populations."""
from __future__ import annotations

import math

from corpus import native, toks
from world import NEW, OLD, RELEASE, SWIFT

FOLLOWUPS = ["make it shorter", "can you give me another example?", "thanks! now as bullet points", "that's not right, try again",
             "explain the second part in more detail", "more formal please", "why?", "ok and what about the edge cases?",
             "can you rewrite it for a 12 year old", "great, now a version for LinkedIn", "what would you change?"]
HOMEWORK = ["", "how do i solve this? ", "Can someone explain this question: ", "help pls ", "I don't get this one - ",
            "explain step by step: ", "how do you do this question ", "stuck on this for an hour: "]
HOMEWORK_TAIL = ["", "", " thanks", " I got a different answer", " show the working please", " (grade 11 maths)",
                 " is there a quicker way?", " my teacher's answer is different"]


def lognorm(rng, median: float, sigma: float, lo: int = 1, hi: int = 16000) -> int:
    return max(lo, min(hi, int(median * math.exp(rng.gauss(0.0, sigma)))))


def pick_model(rng, ts: int, adopt: float, swift: float = 0.08) -> str:
    if ts >= RELEASE and rng.random() < adopt:
        return NEW
    return SWIFT if rng.random() < swift else OLD


def chat_text(rng, C, a, native_p: float = 0.3) -> tuple[str, int]:
    """An ordinary chat request: (text, typical completion tokens)."""
    langs = [x for x in a.langs if x != "en"]
    if langs and rng.random() < native_p:
        return native(rng, rng.choice(langs)), lognorm(rng, 320, 0.6)
    r = rng.random()
    if r < 0.30:
        return C.pick(rng, "nq"), lognorm(rng, 140, 0.6)
    if r < 0.55:
        return C.pick(rng, "si"), lognorm(rng, 260, 0.7)
    if r < 0.70:
        return C.pick(rng, "arena_text"), lognorm(rng, 520, 0.6)
    if r < 0.80:
        return C.pick(rng, "awesome"), lognorm(rng, 450, 0.7)
    if r < 0.88:
        q = C.pick(rng, rng.choice(["gsm8k", "svamp", "math"]))
        return rng.choice(HOMEWORK) + q + rng.choice(HOMEWORK_TAIL), lognorm(rng, 420, 0.5)
    return C.pick(rng, "nq").capitalize() + "?", lognorm(rng, 160, 0.6)


def status_for(rng, prepaid: bool, p499: float = 0.012) -> int:
    r = rng.random()
    if r < p499:
        return 499
    if r < p499 + 0.004:
        return 429
    if prepaid and r < p499 + 0.007:
        return 402
    return 200


class Convo:
    """Tracks a running conversation so follow-ups carry their history as prompt tokens."""

    def __init__(self):
        self.last = -10 ** 15
        self.hist = 0

    def step(self, rng, ts: int, text: str, ct: int, follow_p: float = 0.3, gap_ms: int = 300_000):
        if ts - self.last < gap_ms and rng.random() < follow_p:
            text, extra = rng.choice(FOLLOWUPS), self.hist
        else:
            extra, self.hist = 0, 0
        self.hist += toks(text) + ct
        self.last = ts
        return text, extra
