"""Request kinds shared by populations: corpus text + wrapper -> (prompt, completion kind)."""
from __future__ import annotations

import random

from .prompts import CASUAL, CODE, STEP, Corpus, wrap

SUMMARY = {"pt": "Resuma o texto abaixo em 5 tópicos:\n\n{q}", "es": "Resume el siguiente texto en 5 puntos:\n\n{q}",
           "en": "Summarize the following in five bullet points:\n\n{q}"}
EMAIL = {"pt": "Escreva um e-mail profissional curto sobre isto: {q}", "es": "Redacta un correo profesional breve sobre esto: {q}",
         "en": "Write a short professional email about this: {q}"}
TRANSLATE = {"pt": "Traduza para o inglês:\n\n{q}", "es": "Traduce al inglés:\n\n{q}", "en": "Translate into Spanish:\n\n{q}"}


def make(rng: random.Random, C: Corpus, kind: str, lang: str) -> tuple[str, str]:
    if kind == "chat":
        return wrap(rng, CASUAL, lang, rng.choice(C.chat)), "chat"
    if kind == "nq":
        return wrap(rng, CASUAL, lang, rng.choice(C.nq)), "nq"
    if kind == "school":  # maths homework asked casually
        return wrap(rng, CASUAL, lang, rng.choice(C.school)), "step"
    if kind == "step":  # explicit step-by-step request
        return wrap(rng, STEP, lang, rng.choice(C.school)), "step"
    if kind == "math_step":
        return wrap(rng, STEP, lang, rng.choice(C.math)), "step"
    if kind == "code":
        src = rng.random()
        q = rng.choice(C.code if src < 0.6 else C.mbpp if src < 0.85 else C.humaneval)
        return wrap(rng, CODE, lang, q), "code"
    if kind == "summary":
        return SUMMARY[lang].format(q=rng.choice(C.longdocs)), "summary"
    if kind == "email":
        return EMAIL[lang].format(q=rng.choice(C.selfinst)), "reply"
    if kind == "translate":
        return TRANSLATE[lang].format(q=rng.choice(C.chat)), "translate"
    if kind == "task":  # self-instruct style one-off tasks
        return rng.choice(C.selfinst), "short"
    raise ValueError(kind)


def choose(rng: random.Random, mix: list[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]
