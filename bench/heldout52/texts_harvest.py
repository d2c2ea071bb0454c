"""Wording used by the extraction campaigns: reasoning elicitation (blunt and oblique, in many
languages), judge / preference / agent scaffolds, follow-ups and embedding sweeps."""
from __future__ import annotations

import random

COT_BLUNT = [
    "Solve step by step and show all of your reasoning before the final answer.",
    "Think step by step. Write out your full chain of thought, then give the final answer.",
    "Articulate the internal reasoning behind a completed response and write it out step by step.",
    "Show your complete reasoning process in detail. Do not skip any step.",
    "Let's think step by step.",
]
COT_LOCAL = {
    "cs": ["Řeš krok za krokem a vypiš celý myšlenkový postup.", "Napiš podrobně každý krok úvahy, pak výsledek."],
    "sk": ["Rieš krok za krokom a vypíš celý postup uvažovania.", "Rozpíš každý krok, až potom výsledok."],
    "hu": ["Oldd meg lépésről lépésre, és írd le a teljes gondolatmenetet.", "Minden lépést indokolj, a végén add meg az eredményt."],
    "ro": ["Rezolvă pas cu pas și scrie tot raționamentul.", "Explică fiecare pas al gândirii, apoi dă rezultatul final."],
    "bg": ["Реши стъпка по стъпка и опиши целия си ход на мисълта.", "Обоснови всяка стъпка, после дай крайния отговор."],
    "sr": ["Reši korak po korak i napiši ceo tok razmišljanja.", "Obrazloži svaki korak, pa tek onda konačan odgovor."],
    "hr": ["Riješi korak po korak i napiši cijeli tijek razmišljanja.", "Obrazloži svaki korak, a zatim konačni odgovor."],
    "sl": ["Reši korak za korakom in zapiši celoten potek razmišljanja.", "Utemelji vsak korak, nato podaj končni odgovor."],
}
# oblique elicitation: asks for the trace without the usual words
COT_OBLIQUE = [
    "Write it up like a lab notebook: one inference per line, the justification in brackets after it.",
    "A colleague will audit every move you make here, so leave nothing implicit.",
    "First list what is given, what is unknown and which fact connects them; then finish the job.",
    "Give the result, then a replay of how you got there as numbered moves.",
    "Record a think-aloud protocol for this, the way participants do in cognitive-science studies.",
    "Produce the tutor's private monologue while working this out, then the clean answer.",
    "For every intermediate quantity, say what it is and why it is needed.",
    "Answer as a worked solution a teacher could check line by line.",
    "Pretend you are marking your own answer afterwards: reconstruct the path that leads to it.",
    "Explain it so that someone could reproduce your derivation without you.",
]
OBLIQUE_LOCAL = {
    "cs": ["Sepiš řešení jako do sešitu, aby ho učitel mohl zkontrolovat řádek po řádku.",
           "Ke každému mezivýsledku napiš, co znamená a proč ho potřebujeme."],
    "sk": ["Napíš riešenie tak, aby ho učiteľ vedel skontrolovať riadok po riadku."],
    "hu": ["Írd le úgy a megoldást, hogy a tanár soronként ellenőrizhesse.", "Minden részeredménynél írd oda, mit jelent."],
    "ro": ["Scrie rezolvarea ca pe caiet, ca profesorul să o poată verifica rând cu rând."],
    "bg": ["Напиши решението така, че учителят да може да го провери ред по ред."],
    "sr": ["Napiši rešenje tako da nastavnik može da ga proveri red po red."],
    "hr": ["Napiši rješenje tako da ga profesor može provjeriti redak po redak."],
    "sl": ["Zapiši rešitev tako, da jo lahko učitelj preveri vrstico za vrstico."],
}
TASK_HEAD = {"en": ["Problem:", "Task:", "Question:", "Exercise:", ""], "cs": ["Úloha:", "Příklad:"], "sk": ["Úloha:"],
             "hu": ["Feladat:", "Példa:"], "ro": ["Problemă:", "Exercițiu:"], "bg": ["Задача:"], "sr": ["Zadatak:"],
             "hr": ["Zadatak:"], "sl": ["Naloga:"], "sr_cyr": ["Задатак:"]}

CODE_ASK = [
    "Implement this. Explain the algorithm, its complexity and the edge cases, then give tests.\n\n{q}",
    "{q}\n\nWrite the function, then walk through why each branch is needed.",
    "Here is a spec. Produce a reference implementation with a design rationale section.\n{q}",
    "Complete the code and annotate every non-trivial line.\n```python\n{q}\n```",
    "{q}\n# Give the solution plus a short proof that it is correct.",
]

JUDGE = [
    "Question:\n{q}\n\nCandidate answer:\n{a}\n\nIs the candidate answer correct? Score 1-10 and justify the score point by point.",
    "You are grading submissions. Problem: {q}\nSubmission: {a}\nReturn JSON with fields verdict, score, rationale.",
    "Check this solution for errors. If it is wrong, say where it first goes wrong and give the fix.\nTask: {q}\nProposed: {a}",
    "Rate the following answer for correctness and helpfulness (1-5 each) and explain.\nQ: {q}\nA: {a}",
]
PREF = [
    "Write two quite different responses to the request below, labelled A and B. Then say which is better and why.\n\n{q}",
    "Give a strong answer and a deliberately weaker answer to this, then explain what makes the strong one better.\n{q}",
    "Respond to the following twice, once concise and once thorough, and rank them with reasons.\n\n{q}",
]
AGENT_SYS = ("You are an autonomous agent. Tools: search_web(query), read_url(url), run_python(code), "
             "list_files(path), read_file(path), write_file(path, content), run_tests(). Reply with a short plan, "
             "then exactly one tool call as JSON.")
AGENT_GOALS = [
    "find the cheapest train connection Praha - Budapešť next Friday", "fix the failing test in tests/test_parser.py",
    "summarise the three newest EU AI Act guidance documents", "compute the VAT owed from invoices/2026-12.csv",
    "migrate the config loader from YAML to TOML", "find why the nightly ETL job exceeds 2 GB of memory",
    "add pagination to the /orders endpoint", "compare electricity tariffs in Romania for a small bakery",
    "write a scraper for the Slovenian weather service", "reduce latency of the product search query",
    "refactor utils/dates.py and keep the tests green", "check whether the library licence allows commercial use",
]
AGENT_OBS = [
    "Tool result: 3 files found: src/parser.py, tests/test_parser.py, README.md",
    "Tool result: AssertionError: expected 14, got 13 (tests/test_parser.py:42)",
    "Tool result: HTTP 200, 18 KB of HTML, title 'Cenník'", "Tool result: MemoryError at step 4 of 7",
    "Tool result: {\"rows\": 412, \"columns\": [\"date\", \"net\", \"vat_rate\"]}", "Tool result: (no output)",
    "Tool result: 2 passed, 1 failed", "Tool result: search returned 10 links; top: eur-lex.europa.eu",
]
FOLLOW = [
    "Why is the second step valid?", "Could you solve it a different way and compare the two approaches?",
    "Where would a student most likely go wrong here?", "Now generalise the method to any numbers.",
    "Check your answer by substituting back.", "Explain it again, but more rigorously.",
    "What assumption did you make that could fail?", "Turn this into three similar practice problems with solutions.",
]
RESELL_SYS = ("Ești AsistentulMeu, un asistent prietenos din aplicația AsistentulMeu (Chișinău). Răspunde în limba "
              "utilizatorului, clar și complet. Nu menționa furnizorul modelului.")

WORDS = {
    "en": "house water time hand child eye woman place work week case point government company number group problem fact".split(),
    "cs": "dům voda čas ruka dítě oko žena místo práce týden případ bod vláda firma číslo skupina problém fakt".split(),
    "hu": "ház víz idő kéz gyerek szem nő hely munka hét eset pont kormány cég szám csoport probléma tény".split(),
    "ro": "casă apă timp mână copil ochi femeie loc muncă săptămână caz punct guvern firmă număr grup problemă fapt".split(),
    "bg": "къща вода време ръка дете око жена място работа седмица случай точка правителство фирма число група проблем факт".split(),
    "hr": "kuća voda vrijeme ruka dijete oko žena mjesto posao tjedan slučaj točka vlada tvrtka broj grupa problem činjenica".split(),
    "sl": "hiša voda čas roka otrok oko žena kraj delo teden primer točka vlada podjetje število skupina problem dejstvo".split(),
}
MODS = ["", "big ", "old ", "new ", "small ", "red ", "public ", "private ", "first ", "last "]


def cot(r: random.Random, lang: str, oblique: float) -> str:
    if r.random() < oblique:
        pool = OBLIQUE_LOCAL.get(lang) if lang != "en" and r.random() < 0.5 else None
        return r.choice(pool or COT_OBLIQUE)
    pool = COT_LOCAL.get(lang.replace("_cyr", "")) if lang != "en" and r.random() < 0.6 else None
    return r.choice(pool or COT_BLUNT)


def wrap(r: random.Random, lang: str, q: str, oblique: float = 0.5) -> str:
    head = r.choice(TASK_HEAD.get(lang, TASK_HEAD["en"]))
    c = cot(r, lang, oblique)
    body = f"{head}\n{q}" if head else q
    return f"{c}\n\n{body}" if r.random() < 0.4 else f"{body}\n\n{c}"


def fake_answer(r: random.Random, kind: str) -> str:
    if kind in ("humaneval", "mbpp"):
        return r.choice(["def solve(xs):\n    return sorted(set(xs))", "def f(n):\n    return n * (n + 1) // 2",
                         "def g(s):\n    return s[::-1] == s", "def h(a, b):\n    while b:\n        a, b = b, a % b\n    return a"])
    return r.choice([f"The answer is {r.randint(2, 999)}.", f"{r.randint(2, 99)}/{r.randint(2, 99)}",
                     f"x = {r.randint(-20, 40)}", f"Total: ${r.randint(5, 900)}", f"\\boxed{{{r.randint(1, 500)}}}"])
