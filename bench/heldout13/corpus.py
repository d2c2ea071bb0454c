"""Prompt corpora and the text each population wraps around them."""
from __future__ import annotations

import json
import os
import random

DEFAULT_DIR = "/work/shared/data/prompts"
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "persona": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl", "math": "task_math.jsonl", "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}


class Corpus:
    def __init__(self, directory: str = DEFAULT_DIR):
        self.t: dict[str, list[str]] = {}
        for k, f in FILES.items():
            with open(os.path.join(directory, f), encoding="utf-8") as fh:
                self.t[k] = [json.loads(line)["text"] for line in fh if line.strip()]
        # personas short enough to be a system prompt
        self.t["persona_short"] = [p for p in self.t["persona"] if 120 < len(p) < 1600]
        self.t["chat"] = self.t["arena"] + self.t["seed"] + self.t["user"] + self.t["persona_short"][:300]

    def pick(self, kind: str, r: random.Random) -> str:
        lst = self.t[kind]
        return lst[r.randrange(len(lst))]

    def mixed(self, weights: dict[str, float], r: random.Random) -> tuple[str, str]:
        x = r.random() * sum(weights.values())
        for k, w in weights.items():
            x -= w
            if x <= 0:
                return k, self.pick(k, r)
        k = next(iter(weights))
        return k, self.pick(k, r)


TASK_KINDS = ("gsm8k", "math", "svamp", "mbpp", "humaneval")
CODE_KINDS = ("mbpp", "humaneval")

# Everyday requests in the world's languages (consumers write in their own language).
NATIVE = {
    "de": ["Kannst du mir eine kurze E-Mail an meinen Vermieter wegen {t} schreiben?",
           "Erklär mir bitte einfach, was {t} ist.", "Fasse diesen Text in drei Sätzen zusammen: {t}",
           "Was sind die Vor- und Nachteile von {t}?", "Wie formuliere ich höflich eine Absage wegen {t}?",
           "Schreib mir einen Einkaufszettel für {t}.", "Übersetze ins Englische: Ich komme wegen {t} später."],
    "nl": ["Kun je een korte mail schrijven over {t}?", "Leg eenvoudig uit wat {t} betekent.",
           "Wat zijn de voordelen van {t}?", "Vat dit samen in drie zinnen: {t}"],
    "fr": ["Peux-tu m'écrire un court message à propos de {t} ?", "Explique-moi simplement ce qu'est {t}.",
           "Quels sont les avantages et inconvénients de {t} ?", "Résume ce texte en trois phrases : {t}",
           "Aide-moi à rédiger une lettre de motivation pour {t}.", "Donne-moi des idées de repas avec {t}."],
    "es": ["¿Me puedes escribir un mensaje corto sobre {t}?", "Explícame de forma sencilla qué es {t}.",
           "¿Cuáles son las ventajas y desventajas de {t}?", "Resume este texto en tres frases: {t}",
           "Ayúdame a escribir una carta de presentación para {t}.", "Dame ideas de recetas con {t}."],
    "et": ["Selgita lihtsalt, mis on {t}.", "Kirjuta lühike e-kiri teemal {t}."],
    "lv": ["Paskaidro vienkārši, kas ir {t}.", "Uzraksti īsu e-pastu par {t}."],
    "lt": ["Paaiškink paprastai, kas yra {t}.", "Parašyk trumpą laišką apie {t}."],
}
TOPICS = ["die Nebenkostenabrechnung", "le télétravail", "la inflación", "een hypotheek", "Bitcoin",
          "la photosynthèse", "el cambio climático", "meinem Arbeitsvertrag", "un stage à Dakar",
          "la reforma de pensiones", "Kurzarbeit", "le Ramadan", "el Mundial 2026", "Vitamin D",
          "les impôts au Québec", "una beca en Lima", "de energierekening", "ein Elektroauto",
          "la démocratie", "machine learning", "mi currículum", "quinoa", "le manioc", "Skitouren"]


def native(lang: str, r: random.Random) -> str:
    bank = NATIVE.get(lang) or NATIVE["de"]
    return r.choice(bank).replace("{t}", r.choice(TOPICS))


# Students / learners asking for worked solutions, in their own words.
HOMEWORK = {
    "fr": ["explique étape par étape svp", "je comprends pas cet exercice, aide moi", "corrige mon exo :",
           "c'est pour demain, la réponse avec les étapes", "comment on fait ça ?", ""],
    "es": ["explícame paso a paso por favor", "no entiendo este ejercicio", "ayuda con mi tarea:",
           "es para mañana, con procedimiento", "¿cómo se resuelve?", ""],
    "de": ["kannst du mir das Schritt für Schritt erklären?", "Hausaufgabe, bitte mit Rechenweg:", ""],
    "en": ["can you explain step by step", "help with my homework:", "how do I solve this?", ""],
}


def homework(lang: str, problem: str, r: random.Random) -> str:
    h = r.choice(HOMEWORK.get(lang, HOMEWORK["en"]))
    if not h:
        return problem
    return (h + "\n" + problem) if r.random() < 0.6 else (problem + "\n\n" + h)


# "Did it get smarter?" prompts shared on social media after a release.
VIRAL = ["How many r's are in the word strawberry? Think step by step.",
         "Which is bigger, 9.11 or 9.9? Explain your reasoning.",
         "A man has a goat, a wolf and a cabbage and a boat that carries two things. He only needs the goat across. What does he do?",
         "Write a Python function that returns the nth prime, then explain its complexity.",
         "Solve: if 3x + 7 = 2x - 5, what is x? Show every step.",
         "Write a haiku about a kestrel hovering over a motorway.",
         "Wie viele Sonntage hatte das Jahr 2023? Denk Schritt für Schritt.",
         "Combien de fois la lettre « e » apparaît-elle dans « événement » ?",
         "¿Cuál pesa más, un kilo de plumas o un kilo de hierro? Razona tu respuesta.",
         "Prove that the square root of 2 is irrational.",
         "Draw an ASCII unicorn.", "What day of the week was 1 January 2000?"]

# Benchmarks use stock prompt templates (lm-eval style); eval teams keep one each.
EVAL_TEMPLATES = [
    "Solve the following math problem step by step. The last line of your response should be of the form "
    "\"ANSWER: $ANSWER\".\n\n{p}",
    "Question: {p}\nLet's think step by step.",
    "Complete the following Python function. Return only the code.\n\n{p}",
    "You are an expert Python programmer, and here is your task: {p}",
    "Problem:\n{p}\n\nSolution:",
]
