"""A stand-in for 'paraphrase every prompt with a small model' and for cheap
machine translation into Roman Urdu / Banglish code-mixing."""
from __future__ import annotations

import random
import re

SYN = [("How many", ["What number of", "How many", "Count how many", "Work out how many"]),
       ("how many", ["how many", "what number of", "the count of"]),
       ("What is", ["What's", "Tell me", "Can you find", "Determine"]),
       ("Find", ["Work out", "Determine", "Figure out", "Compute", "Find"]),
       ("find", ["work out", "determine", "figure out", "get"]),
       ("total", ["overall", "in all", "combined", "total"]),
       ("each", ["every", "each", "per"]),
       ("bought", ["purchased", "picked up", "got", "bought"]),
       ("Write a function", ["Implement a function", "Code up a routine", "Write some code", "Create a function"]),
       ("write a function", ["implement a function", "code a function", "build a helper"]),
       ("If", ["Suppose", "Given that", "Assuming", "If"]),
       ("then", ["after that", "then", "next"]),
       ("Calculate", ["Compute", "Work out", "Evaluate"]),
       ("Simplify", ["Reduce", "Simplify", "Rewrite in simplest form"])]
OPEN = ["", "", "", "My cousin's homework has this one: ", "Quick puzzle from a quiz night: ", "Stuck on a worksheet problem. ",
        "Been thinking about this for a while. ", "Here's one from a practice set I'm doing. ", "Not homework, just curious: ",
        "Preparing for an entry test and this came up. ", "Can you help with something? ", "Saw this in a forum thread — ",
        "Teacher gave us this: ", "I'm tutoring a kid and want to explain this properly: ", "ok so ", "hey, ",
        "Random question. ", "From an old textbook: ", "A friend challenged me with this. ", "Need a hand here: "]
CLOSE = ["", "", "How would you reason about it?", "Could you walk me through how you'd get there?", "I'd like to understand the logic, not just the number.",
         "Talk me through it.", "Please go slowly, I want to follow each part.", "What's your thought process?",
         "Explain like you're checking your own work as you go.", "Where do I even start? Take me through it.",
         "Lay out how you'd approach it and why.", "Show me how you'd think about this from scratch.",
         "Also mention any trap people fall into here.", "I want to see the whole route to the answer.",
         "Be thorough — I'll compare with my own attempt.", "Go through it carefully please."]


def _sub(rng: random.Random, text: str) -> str:
    for a, bs in SYN:
        if a in text and rng.random() < 0.6:
            text = re.sub(r"\b%s\b" % re.escape(a), rng.choice(bs), text, count=1)
    return text


def paraphrase(rng: random.Random, q: str) -> str:
    q = _sub(rng, q.strip())
    parts = re.split(r"(?<=[.!?])\s+", q)
    if len(parts) > 2 and rng.random() < 0.5:  # question first, setup after
        parts = [parts[-1], "Here's the setup:"] + parts[:-1]
    elif len(parts) > 2 and rng.random() < 0.3:
        i = rng.randrange(len(parts) - 1)
        parts[i], parts[i + 1] = parts[i + 1], parts[i]
    body = " ".join(parts)
    if rng.random() < 0.3:
        body = body[0].lower() + body[1:]
    if rng.random() < 0.2:
        body = body.rstrip("?.")
    o, c = rng.choice(OPEN), rng.choice(CLOSE)
    sep = rng.choice([" ", "\n", "\n\n", " — "])
    return (o + body + (sep + c if c else "")).strip()


RU = [("How many", "Kitne"), ("how many", "kitne"), ("What is", "Kya hai"), ("each", "har"), ("total", "kul"), (" and ", " aur "),
      ("Find", "Maloom karein"), ("If ", "Agar "), ("then", "phir"), ("money", "paise"), ("days", "din"), ("every", "har")]
BL = [("How many", "Koyta"), ("how many", "koyta"), ("What is", "Ki holo"), ("each", "proti"), ("total", "mot"), (" and ", " ar "),
      ("Find", "Ber koro"), ("If ", "Jodi "), ("then", "tarpor"), ("money", "taka"), ("days", "din"), ("every", "protiti")]


def code_mix(rng: random.Random, q: str, lg: str) -> str:
    table = RU if lg == "ru" else BL
    for a, b in table:
        if rng.random() < 0.8:
            q = re.sub(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(a), b, q)
    return q
