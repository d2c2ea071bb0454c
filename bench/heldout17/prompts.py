"""Prompt text for heldout17. All user text comes from the shared corpora in
/work/shared/data/prompts; this module only adds Portuguese / Spanish / English
wrappers, system prompts, templates and token estimates around it."""
from __future__ import annotations

import os
import random
import re
from functools import lru_cache

import orjson

CORPUS_DIR = os.environ.get("H17_PROMPTS", "/work/shared/data/prompts")
_CODEY = re.compile(r"```|\bdef |\bfunction\b|\bpython\b|\bjavascript\b|\bSQL\b|\bcode\b|\bscript\b|\bC\+\+|\bjava\b|"
                    r"\brust\b|\bregex\b|\bAPI\b|\bclass\b|\bcompile", re.I)


def _load(name: str) -> list[str]:
    with open(os.path.join(CORPUS_DIR, name), "rb") as f:
        return [orjson.loads(line)["text"] for line in f if line.strip()]


class Corpus:
    def __init__(self) -> None:
        awesome = [t for t in _load("benign_awesome_chatgpt_prompts.jsonl") if len(t) <= 4000]
        arena = [t for t in _load("benign_arena_hard_prompts.jsonl") if len(t) <= 6000]
        si = _load("benign_self_instruct_seed_tasks.jsonl") + _load("benign_self_instruct_user_oriented.jsonl")
        self.arena_code = [t for t in arena if _CODEY.search(t)]
        self.arena_other = [t for t in arena if not _CODEY.search(t)]
        self.awesome = awesome
        self.selfinst = si
        self.chat = self.arena_other + awesome + si
        self.nq = _load("benign_nq_open_questions.jsonl")
        self.gsm8k = _load("task_gsm8k.jsonl")
        self.svamp = _load("task_svamp.jsonl")
        self.math = _load("task_math.jsonl")
        self.humaneval = _load("task_humaneval.jsonl")
        self.mbpp = _load("task_mbpp.jsonl")
        self.code = self.arena_code
        # "school" maths: GSM8K + SVAMP + the shorter MATH problems
        self.school = self.gsm8k + self.svamp + [m for m in self.math if len(m) < 220]
        self.longdocs = [t for t in arena + awesome if 600 <= len(t) <= 4000]


@lru_cache(maxsize=1)
def corpus() -> Corpus:
    return Corpus()


def toks(*texts: str | None) -> int:
    n = 0
    for t in texts:
        if t:
            # ~3.6 characters per token for mixed pt/es/en; maths/code slightly denser
            n += int(len(t) / 3.6) + 4
    return max(1, n)


# ------------------------------------------------------------------ wrappers
CASUAL = {
    "pt": ["{q}", "{q}", "{q}", "me ajuda com isso: {q}", "pode me explicar? {q}", "{q}\n\nresponde em português por favor",
           "Preciso de ajuda: {q}", "oi! {q}", "{q}\n(pode ser resumido)", "Boa tarde. {q}"],
    "es": ["{q}", "{q}", "{q}", "ayúdame con esto: {q}", "¿me puedes explicar? {q}", "{q}\n\nresponde en español porfa",
           "Necesito ayuda: {q}", "hola! {q}", "{q}\n(en pocas palabras)", "Buenas. {q}"],
    "en": ["{q}", "{q}", "{q}", "Quick question: {q}", "{q}\n\nKeep it short.", "Can you help with this? {q}"],
}
STEP = {
    "pt": ["Resolve passo a passo, por favor: {q}", "Me explica passo a passo como resolver: {q}",
           "Não entendi essa questão, pode resolver passo a passo? {q}", "Como faz essa? {q}\nMostra a conta",
           "{q}\n\nexplica o raciocínio passo a passo", "Tenho prova amanhã, me ajuda nessa: {q}",
           "Resolva e explique cada passo: {q}"],
    "es": ["Resuélvelo paso a paso por favor: {q}", "¿Cómo se resuelve esto? explícame paso a paso: {q}",
           "{q}\nno entiendo, explícame paso a paso", "Tengo tarea, ¿me ayudas? {q}",
           "Resuelve y explica cada paso: {q}", "{q}\n\n¿me muestras el procedimiento?"],
    "en": ["Solve step by step: {q}", "{q}\nLet's think step by step.", "Explain how to solve this: {q}"],
}
CODE = {
    "pt": ["{q}", "{q}", "Implementa isso em Python: {q}", "{q}\n\ntá dando erro, o que pode ser?",
           "Me explica esse código e melhora ele:\n{q}", "{q}\n\nquero testes também"],
    "es": ["{q}", "{q}", "Implementa esto en Python: {q}", "{q}\n\nme sale error, ¿qué puede ser?",
           "Explícame este código y mejóralo:\n{q}", "{q}\n\nagrega pruebas también"],
    "en": ["{q}", "{q}", "Complete this function:\n{q}", "{q}\n\nAdd unit tests."],
}


def wrap(rng: random.Random, table: dict, lang: str, q: str) -> str:
    return rng.choice(table[lang]).format(q=q)


def first_party_system(lang: str, t_ms: int) -> str:
    """The system prompt the first-party Condor web and mobile apps send for
    every chat (identical for millions of users apart from date and locale)."""
    from datetime import datetime, timezone
    d = datetime.fromtimestamp(t_ms / 1000, tz=timezone.utc).strftime("%Y-%m-%d")
    loc = {"pt": "pt-BR", "es": "es-419", "en": "en-US"}[lang]
    return (f"You are Condor, a helpful assistant made by Condor Labs. Knowledge cutoff: 2025-09. Current date: {d}. "
            f"The user's interface language is {loc}; answer in the user's language unless asked otherwise. "
            "Use Markdown for structure, LaTeX for maths.")


# -------------------------------------------------------------- completions
def completion(rng: random.Random, kind: str, ptoks: int = 0) -> int:
    """Completion token count for a kind of request (lognormal-ish, capped)."""
    mu, sd, cap = {
        "chat": (300, 0.65, 4096), "short": (90, 0.6, 1024), "nq": (70, 0.7, 800), "step": (520, 0.45, 4096),
        "code": (420, 0.55, 4096), "answer": (12, 0.6, 64), "translate": (max(40, int(ptoks * 1.15)), 0.2, 8192),
        "label": (8, 0.5, 40), "reply": (160, 0.5, 1024), "summary": (220, 0.45, 1500), "cot_eval": (380, 0.5, 2048),
        "dialogue": (900, 0.35, 4096), "json": (480, 0.4, 4096), "bundle": (3600, 0.35, 16384), "bot": (140, 0.6, 800),
    }[kind]
    v = int(mu * pow(2.718281828, rng.gauss(0, sd)))
    return max(1, min(cap, v))
