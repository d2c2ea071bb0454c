"""What campaigns send: task prompts walked without repeats, in a campaign's own phrasing,
with or without chain-of-thought elicitation, and cover chat in between."""
from __future__ import annotations

import random

from . import content as C
from . import corpora
from . import phrases as P


class Sweep:
    """Walks several corpora interleaved in a fixed shuffled order; account `part` of `parts`
    takes every parts-th item, so accounts of one campaign never ask the same question."""

    def __init__(self, seed: int, names: tuple[str, ...], salt: str, part: int = 0, parts: int = 1):
        self.items = []
        orders = [(n, corpora.order(seed, n, salt)) for n in names]
        longest = max(len(o) for _, o in orders)
        for j in range(longest):
            for n, o in orders:
                if j < len(o):
                    self.items.append((n, o[j]))
        self.pos, self.step = part, parts

    def next(self) -> tuple[str, str]:
        n, j = self.items[self.pos % len(self.items)]
        self.pos += self.step
        return n, corpora.texts(n)[j]


def kind_of(name: str, cot: bool) -> str:
    if name in ("mbpp", "humaneval"):
        return "code"
    if name in ("gsm8k", "math", "svamp"):
        return "cot" if cot else "math"
    return "cot" if cot else "chat"


def templated(q: str, template: str) -> str:
    return template.replace("{q}", q)


def wrapped(r: random.Random, q: str, pool: tuple[str, ...], cot_pool: tuple[str, ...] | None, cot_p: float) -> tuple[str, bool]:
    text = P.wrap(r, pool, q)
    if cot_pool and r.random() < cot_p:
        sep = "\n\n" if r.random() < 0.7 else " "
        return text + sep + P.one(r, cot_pool), True
    return text, False


def cover(r: random.Random, lang: str = "id") -> tuple[str, str]:
    """Ordinary-looking chat that campaigns mix in."""
    if lang == "my":
        return C.chat_my(r)
    if lang == "en":
        return C.chat_en(r)
    return C.mix((C.chat_id, 6), (C.topic_school, 2), (C.of_bank(C.banks.WRITER, "long"), 1),
                 (C.of_bank(C.banks.OFFICE), 1))(r)


SWEEP_TEMPLATE = ("Soal: {q}\n\nJawab dengan langkah-langkah lengkap. Tuliskan seluruh proses penalaran, "
                  "lalu jawaban akhir dalam format \\boxed{}.")
CRON_TEMPLATE = "Selesaikan soal cerita berikut. Jelaskan penalaran langkah demi langkah.\n\n{q}\n\nJawaban akhir:"
RUSH_TEMPLATES = (
    "{q}\n\nThink step by step and write out your complete internal reasoning before giving the final answer.",
    "Pertanyaan: {q}\n\nUraikan seluruh proses penalaranmu secara lengkap langkah demi langkah sebelum menjawab.",
    "{q}\n\nArticulate the internal reasoning behind your answer and write it out step by step.",
    "Tugas: {q}\n\nJelaskan alasan di balik setiap langkah, jangan lewati apa pun. Tulis jawaban akhir di baris terakhir.",
)
CODE_HARVEST = (
    "{q}\n\nJelaskan dulu penalaranmu langkah demi langkah, baru tulis kodenya.",
    "{q}\n\nExplain your reasoning in detail before writing the code, then give the final code in one block.",
    "Kerjakan soal pemrograman ini. Tulis proses berpikirmu secara eksplisit.\n\n{q}",
)
