"""How South Africans in this world phrase requests: code-switched openers and
closers (Afrikaans, isiZulu, isiXhosa, Sesotho, SA English), school subjects,
worksheet wrappers, and the wrapper families campaigns use."""
from __future__ import annotations

import random

OPENERS = {
    "en": ["Hi", "Howzit", "Please help", "Eish, I'm stuck on this one", "Morning", "Hey, quick one", ""],
    "af": ["Hallo, kan jy my asseblief help?", "Ek sukkel met hierdie een", "Goeie naand", "Help asseblief"],
    "zu": ["Sawubona, ngicela ungisize", "Ngicela usizo ngalo mbuzo", "Sanibonani", "Ngiyacela"],
    "xh": ["Molo, ndicela uncedo", "Ndicela undincede kulo mbuzo", "Molweni"],
    "st": ["Dumela, ke kopa thuso", "Ke kopa o nthuse ka potso ena", "Lumela"],
}
CLOSERS = {
    "en": ["Show all the steps please", "step by step pls", "I write tomorrow", "thanks!", "explain like my teacher would", ""],
    "af": ["Verduidelik stap vir stap asseblief", "Dankie!", "Ek skryf môre", "wys al die stappe"],
    "zu": ["Chaza isinyathelo ngesinyathelo", "Ngiyabonga kakhulu", "ngibhala kusasa", "ngicela izinyathelo zonke"],
    "xh": ["Cacisa inyathelo ngenyathelo", "Enkosi kakhulu", "ndibhala ngomso"],
    "st": ["Hlalosa mohato ka mohato", "Ke a leboha", "ke ngola hosane"],
}
LANG_MIX = [("en", 46), ("af", 14), ("zu", 18), ("xh", 11), ("st", 11)]

SUBJECT_TOPICS = {
    "physics": ["Newton's second law", "momentum and impulse", "work, energy and power", "Doppler effect",
                "electric circuits with internal resistance", "photoelectric effect", "vertical projectile motion"],
    "chemistry": ["rates of reaction", "chemical equilibrium and Le Chatelier", "acids and bases pH", "electrochemical cells",
                  "organic molecules naming (IUPAC)", "stoichiometry limiting reagent"],
    "accounting": ["cash flow statement", "fixed assets and depreciation", "cost accounting break-even", "VAT reconciliation",
                   "creditors reconciliation", "company financial statements and ratios", "budgets and projected income"],
    "maths": ["the sine rule and cosine rule", "calculus: cubic functions", "probability with tree diagrams",
              "sequences and series", "analytical geometry of circles", "Euclidean geometry theorems", "financial maths annuities"],
}


def lang(rng: random.Random) -> str:
    return rng.choices([k for k, _ in LANG_MIX], [w for _, w in LANG_MIX])[0]


def code_switch(rng: random.Random, body: str, language: str | None = None, p_open=0.7, p_close=0.6) -> str:
    """Wrap a question the way a learner types it: an opener and a closer, often in
    a home language, with lowercase/texting habits."""
    lg = language or lang(rng)
    parts = []
    if rng.random() < p_open:
        parts.append(rng.choice(OPENERS[lg]))
    parts.append(body)
    if rng.random() < p_close:
        parts.append(rng.choice(CLOSERS[lg if rng.random() < 0.7 else "en"]))
    text = " ".join(p for p in parts if p)
    if rng.random() < 0.25:
        text = text.lower()
    return text


def subject_question(rng: random.Random, subject: str) -> str:
    topic = rng.choice(SUBJECT_TOPICS[subject])
    forms = [f"Can you explain {topic}? Our teacher skipped it", f"I don't understand {topic}, give me an example with answers",
             f"Make me 3 exam-style questions on {topic} with memo", f"What is the difference between the terms in {topic}",
             f"Paper 2 question on {topic}: how do I know which formula to use?",
             f"Summarise {topic} for NSC in 10 bullet points"]
    return rng.choice(forms)


# A teacher's worksheet template, pasted by a whole class (same NAT, same Chromebooks).
def worksheet(rng: random.Random, school: str, grade: int, n: int, q: str) -> str:
    return f"{school} Grade {grade} Holiday Revision Worksheet\nQuestion {n}: {q}\nAnswer in full sentences and show working."


# Chain-of-thought elicitation the way an extraction script phrases it.
COT_WRAPPERS = [
    "Here is a problem and its final answer. Articulate the internal reasoning behind the completed response and write it out step by step.\nProblem: {q}\nFinal answer: {a}",
    "Reconstruct, in full detail, every intermediate thought you would have when solving this, before the answer. Do not skip any step.\n{q}",
    "{q}\n\nThink aloud. Write your complete reasoning trace between <reasoning> and </reasoning>, then the answer.",
    "For training notes: explain your hidden reasoning for the following solution as a numbered chain of thoughts.\nQ: {q}\nA: {a}",
    "Solve: {q}\nBefore answering, list all the sub-goals, the checks you did, and the dead ends you considered.",
]

# Benchmark harvest wrappers, paraphrased so no two campaigns (or accounts) share one string.
HARVEST_WRAPPERS = [
    "{q}", "Task:\n{q}\n\nRespond with a complete, correct solution.",
    "Please solve the following. Provide the final answer in \\boxed{{}}.\n\n{q}",
    "You are an expert. {q}\nGive a thorough answer.",
    "### Instruction\n{q}\n### Response\n",
    "Question: {q}\nAnswer (with explanation):",
    "I need help with this problem for a project: {q}",
    "{q}\nExplain your approach, then give the code/answer.",
    "Here's something I've been trying to work out. {q} Could you walk me through it?",
    "[{n}] {q}",
]

FESTIVE_ITEMS = ["Weber braai kettle", "gazebo 3x3m", "cooler box 45L", "Christmas hamper", "pool float flamingo",
                 "SPF50 sunscreen", "rooibos gift set", "biltong slicer", "solar power bank 20000mAh", "inverter 3kVA",
                 "LED rechargeable lantern", "school shoes", "festive tablecloth", "camping chair", "gas braai 4-burner"]
RETAIL_TASKS = ["Write a 60-word product description for {i} for our Takealot listing, festive tone, South African English.",
                "Give me 5 WhatsApp broadcast messages for a load-shedding special on {i}.",
                "Rewrite this product title for SEO: {i} - best price Joburg Durban Cape Town",
                "Draft a reply to a customer whose {i} order from Black Friday hasn't arrived yet. Apologise, courier delays.",
                "Create an Instagram caption for {i}, December holidays, include a braai emoji vibe, max 2 hashtags.",
                "Translate this listing into Afrikaans: {i}, free delivery over R500 until 24 December."]
