"""Prompt construction for harvesting: reasoning-elicitation wrappers in several
languages, a combinatorial paraphraser, and item queues that split a dataset
between the accounts of a campaign (so no two accounts ask the same item)."""
from __future__ import annotations

import random

from bench.heldout35.corpus import Corpora

COT_FIXED = {
    "es": "Articula el razonamiento interno detrás de una respuesta completa y escríbelo paso a paso. Después da la respuesta final.\n\n{q}",
    "en": "{q}\n\nArticulate the internal reasoning behind a completed response and write it out step by step, then state the final answer.",
    "pt": "{q}\n\nExplique todo o raciocínio interno passo a passo antes de dar a resposta final.",
}

_OPEN = {
    "es": ["Resuelve lo siguiente.", "Te paso un problema.", "Analiza este ejercicio.", "Considera el siguiente planteamiento.",
           "Tarea:", "Necesito una solución completa.", ""],
    "en": ["Solve the following.", "Here is a problem.", "Consider this task.", "Work through the problem below.",
           "Task:", "I need a complete solution.", ""],
    "pt": ["Resolva o seguinte.", "Aqui está um problema.", "Analise este exercício.", "Tarefa:", ""],
    "fr": ["Résous ce qui suit.", "Voici un problème.", "Tâche :", ""],
    "de": ["Löse Folgendes.", "Hier ist eine Aufgabe.", "Aufgabe:", ""],
    "it": ["Risolvi quanto segue.", "Ecco un problema.", "Compito:", ""],
    "ja": ["次の問題を解いてください。", "課題：", ""],
    "ko": ["다음 문제를 풀어 주세요.", "과제:", ""],
    "zh": ["请解决以下问题。", "任务：", ""],
}
_REASON = {
    "es": ["Muestra todo tu razonamiento", "Explica cada paso de tu pensamiento", "Desarrolla el razonamiento completo",
           "Piensa en voz alta y detalla cada inferencia", "Escribe la cadena de razonamiento completa",
           "Justifica cada paso intermedio"],
    "en": ["Show all of your reasoning", "Explain each step of your thinking", "Write out the full chain of reasoning",
           "Think aloud and detail every inference", "Justify every intermediate step", "Reason carefully and exhaustively"],
    "pt": ["Mostre todo o seu raciocínio", "Explique cada passo do seu pensamento", "Escreva a cadeia de raciocínio completa"],
    "fr": ["Montre tout ton raisonnement", "Explique chaque étape de ta réflexion"],
    "de": ["Zeige deinen gesamten Denkweg", "Erkläre jeden Schritt deines Denkens"],
    "it": ["Mostra tutto il tuo ragionamento", "Spiega ogni passaggio del tuo pensiero"],
    "ja": ["すべての推論過程を示してください", "各ステップの考え方を説明してください"],
    "ko": ["모든 추론 과정을 보여 주세요", "각 단계의 사고 과정을 설명해 주세요"],
    "zh": ["请展示完整的推理过程", "请逐步解释你的思考"],
}
_HOW = {
    "es": ["paso a paso", "en pasos numerados", "de forma detallada", "sin omitir nada", "antes de responder"],
    "en": ["step by step", "in numbered steps", "in detail", "without skipping anything", "before answering"],
    "pt": ["passo a passo", "em passos numerados", "em detalhe"],
    "fr": ["étape par étape", "en détail"], "de": ["Schritt für Schritt", "ausführlich"], "it": ["passo dopo passo", "in dettaglio"],
    "ja": ["ステップごとに", "詳しく"], "ko": ["단계별로", "자세히"], "zh": ["一步一步地", "详细地"],
}
_END = {
    "es": ["y termina con la respuesta final.", "; al final escribe 'Respuesta:' y el resultado.", ", y verifica el resultado.", "."],
    "en": ["and end with the final answer.", "; finish with 'Answer:' and the result.", ", then verify the result.", "."],
    "pt": ["e termine com a resposta final.", "."], "fr": ["et termine par la réponse finale.", "."],
    "de": ["und gib am Ende die Antwort an.", "."], "it": ["e concludi con la risposta finale.", "."],
    "ja": ["最後に答えを書いてください。", "。"], "ko": ["마지막에 답을 적어 주세요.", "."], "zh": ["最后给出答案。", "。"],
}


def paraphrased(rng: random.Random, q: str, lang: str = "es", q_first: float = 0.4) -> str:
    """One of several hundred wrappers per language: opener, reasoning request, manner, ending."""
    end = rng.choice(_END[lang])
    end = " " + end if end[:1].isalpha() else end
    instr = f"{rng.choice(_REASON[lang])} {rng.choice(_HOW[lang])}{end}"
    opener = rng.choice(_OPEN[lang])
    sep = rng.choice(["\n\n", "\n", " "])
    if rng.random() < q_first:
        return f"{q}{sep}{instr}"
    return (f"{opener}{sep}" if opener else "") + f"{q}{sep}{instr}" if rng.random() < 0.5 else (f"{opener} " if opener else "") + f"{instr}{sep}{q}"


SOFT_ASK = {  # how a person asks, with no reasoning request at all
    "es": ["{q}", "{q}", "oye, {q}", "¿me ayudas con esto? {q}", "{q} gracias", "una duda: {q}"],
    "en": ["{q}", "{q}", "quick question: {q}", "{q} thanks", "can you help with this? {q}"],
}


class Queue:
    """A campaign's dataset split between its accounts: account i gets every n-th item of a
    shuffled list, so coverage is shared and nothing is asked twice (unless resampled)."""

    def __init__(self, rng: random.Random, C: Corpora, sources: list[str], n_accounts: int):
        items = [(s, t) for s in sources for t in C.by[s]]
        rng.shuffle(items)
        self.parts = [items[i::n_accounts] for i in range(n_accounts)]
        self.pos = [0] * n_accounts

    def next(self, i: int) -> tuple[str, str]:
        part = self.parts[i % len(self.parts)]
        item = part[self.pos[i % len(self.parts)] % len(part)]
        self.pos[i % len(self.parts)] += 1
        return item


def kind_of(src: str) -> str:
    return "code" if src in ("mbpp", "humaneval") else "cot"
