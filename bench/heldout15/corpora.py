"""Prompt corpora (read-only JSON Lines in /work/shared/data/prompts) and text composition."""
from __future__ import annotations

import json
import os
import random
import re

PROMPT_DIR = os.environ.get("H15_PROMPTS", "/work/shared/data/prompts")
FILES = {
    "arena": "benign_arena_hard_prompts.jsonl", "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl", "math": "task_math.jsonl", "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}

CODE_HINT = re.compile(r"\b(python|function|code|sql|javascript|class|def |regex|bash|c\+\+|rust|api)\b", re.I)

LOCAL_WRAP = {
    "sv": ["Kan du förklara: {q}?", "Snabb fråga: {q}", "Vet du {q}?"],
    "nb": ["Kan du forklare {q}?", "Et raskt spørsmål: {q}"],
    "da": ["Kan du forklare: {q}?", "Hurtigt spørgsmål: {q}"],
    "fi": ["Voitko selittää: {q}?", "Nopea kysymys: {q}"],
    "pl": ["Wyjaśnij proszę: {q}", "Szybkie pytanie: {q}?", "Czy wiesz, {q}?"],
    "cs": ["Můžeš mi vysvětlit: {q}?", "Rychlá otázka: {q}"],
    "hu": ["Elmagyaráznád: {q}?", "Gyors kérdés: {q}"],
    "sw": ["Tafadhali nieleze: {q}", "Swali la haraka: {q}?", "Naomba msaada: {q}"],
    "am": ["እባክህ አስረዳኝ: {q}", "Please explain simply: {q}"],
    "ur": ["Mujhe batao: {q}", "Yeh samjhao please: {q}?"],
    "bn": ["Amake bolo: {q}", "Ektu bujhiye dao: {q}"],
    "si": ["Mata kiyanna: {q}", "Please explain: {q}"],
    "en": ["{q}?", "{q}", "quick q: {q}"],
}
LOCAL_TASKS = {
    "sv": ["Skriv ett kort mejl till min hyresvärd om att elementet inte fungerar.",
           "Sammanfatta den här texten i tre punkter:", "Ge mig ett recept på kanelbullar utan ägg."],
    "nb": ["Skriv en kort søknad til en deltidsjobb i butikk.", "Hva er forskjellen på bokmål og nynorsk?"],
    "da": ["Skriv en venlig påmindelse til forældregruppen om fredagsbaren.", "Forklar momsregler for freelancere kort."],
    "fi": ["Kirjoita lyhyt kiitosviesti kollegalle.", "Mitä eroa on ALV:lla ja tuloverolla?"],
    "pl": ["Napisz krótki e-mail do szefa z prośbą o dzień wolny.", "Jak obliczyć składkę ZUS dla JDG?",
           "Przetłumacz na angielski: Dziękuję za szybką odpowiedź."],
    "cs": ["Napiš krátký motivační dopis na pozici junior analytika.", "Jak funguje přiznání k dani z příjmů?"],
    "hu": ["Írj egy rövid születésnapi köszöntőt a nagymamámnak.", "Mi a különbség a KATA és az átalányadó között?"],
    "sw": ["Niandikie barua fupi ya kuomba kazi ya ualimu.", "Eleza jinsi ya kuanzisha biashara ndogo Nairobi.",
           "Tafsiri kwa Kiingereza: Asante kwa msaada wako."],
    "am": ["Write a short wedding invitation in Amharic and English."],
    "ur": ["Ek chhoti si application likho chutti ke liye.", "Urdu mein ek sher likho barish par."],
    "bn": ["Ekta chhoto cover letter likhe dao bank job er jonno.", "Write a Bangla poem about monsoon, with English translation."],
    "si": ["Write a short speech for my sister's wedding in Sinhala and English."],
    "en": ["Help me plan a weekend itinerary for Rotorua with kids.", "Write a polite email chasing an unpaid invoice.",
           "What's a good beginner strength routine for 3 days a week?"],
}


class Corpora:
    def __init__(self, directory: str = PROMPT_DIR):
        self.t: dict[str, list[str]] = {}
        for key, fn in FILES.items():
            with open(os.path.join(directory, fn), encoding="utf-8") as fh:
                self.t[key] = [json.loads(line)["text"] for line in fh if line.strip()]
        self.awesome_short = [x for x in self.t["awesome"] if 80 <= len(x) <= 1800]
        self.personas = [x for x in self.t["awesome"] if 150 <= len(x) <= 5000]
        self.arena_code = [x for x in self.t["arena"] if CODE_HINT.search(x)]
        self.arena_other = [x for x in self.t["arena"] if not CODE_HINT.search(x)]
        self.arena_short = [x for x in self.t["arena"] if len(x) <= 2500]
        self.instr = self.t["seed"] + self.t["user"]

    def pick(self, rng: random.Random, key: str) -> str:
        src = getattr(self, key, None)
        return rng.choice(src if isinstance(src, list) else self.t[key])

    # ------------------------------------------------------------- benign chat
    def chat(self, rng: random.Random, lang: str = "en", local_p: float = 0.15) -> tuple[str, str]:
        r = rng.random()
        if r < local_p:
            if rng.random() < 0.5:
                return rng.choice(LOCAL_TASKS.get(lang, LOCAL_TASKS["en"])), "chat"
            return rng.choice(LOCAL_WRAP.get(lang, LOCAL_WRAP["en"])).format(q=self.pick(rng, "nq")), "search"
        r = rng.random()
        if r < 0.30:
            return self.pick(rng, "nq"), "search"
        if r < 0.58:
            return self.pick(rng, "arena_short"), "chat"
        if r < 0.83:
            return self.pick(rng, "instr"), "chat"
        return self.pick(rng, "awesome_short"), "chat"

    def code(self, rng: random.Random) -> tuple[str, str]:
        r = rng.random()
        if r < 0.55:
            return self.pick(rng, "arena_code"), "code"
        if r < 0.8:
            return self.pick(rng, "mbpp"), "code"
        if r < 0.9:
            return "Fix this:\n" + self.pick(rng, "humaneval"), "code"
        return self.pick(rng, "instr"), "chat"

    def homework(self, rng: random.Random, lang: str = "en") -> tuple[str, str]:
        """Maths as students actually paste it: raw, sometimes with a short plea."""
        src = rng.choices(["gsm8k", "math", "svamp"], [5, 4, 2])[0]
        q = self.pick(rng, src)
        r = rng.random()
        if r < 0.45:
            return q, "cot"
        if r < 0.65:
            return rng.choice(["how do i solve this ", "pls help: ", "can you explain step by step? ",
                               "I got a different answer, check? ", "explain like im 12: "]) + q, "cot"
        if r < 0.8:
            return q + rng.choice(["\n\nshow steps", "\n\nwhy?", " (exam tomorrow)", "\nanswer only"]), "cot"
        if r < 0.9 and lang != "en":
            return rng.choice(LOCAL_WRAP.get(lang, LOCAL_WRAP["en"])).format(q=q), "cot"
        return self.pick(rng, "nq"), "search"


# ------------------------------------------------------------------ composition helpers
NUM = re.compile(r"(?<![\w.])(\d+)(?![\w.])")
NAMES = ["Amina", "Oskar", "Wanjiru", "Tomasz", "Freja", "Ayesha", "Liam", "Aroha", "Bence", "Tariq",
         "Mette", "Kofi", "Zofia", "Hamid", "Ingrid", "Nadia", "Jakub", "Chloe", "Ravi", "Eero"]
NAME = re.compile(r"\b(Natalia|Weng|James|John|Mark|Mary|Tom|Jack|Sarah|Betty|Julie|Joy|Tina|Randy|Mike|Anna|Emily|Jane)\b")


def perturb(rng: random.Random, text: str) -> str:
    """Change numbers (keep magnitude) and names so the item is new but equally hard."""
    def num(m):
        v = int(m.group(1))
        if v <= 1:
            return m.group(1)
        lo, hi = max(2, int(v * 0.6)), max(3, int(v * 1.5))
        return str(rng.randint(lo, hi))
    out = NUM.sub(num, text)
    return NAME.sub(lambda m: rng.choice(NAMES), out)


def fake_solution(rng: random.Random, problem: str) -> str:
    """A student-style worked answer (sometimes with a slip) for grading prompts."""
    nums = [int(x) for x in NUM.findall(problem)][:4] or [rng.randint(2, 40), rng.randint(2, 40)]
    steps, acc = [], nums[0]
    for i, v in enumerate(nums[1:], 1):
        op = rng.choice(["+", "-", "*"])
        new = acc + v if op == "+" else acc - v if op == "-" else acc * v
        if rng.random() < 0.25:
            new += rng.choice([-2, -1, 1, 10])
        steps.append(f"Step {i}: {acc} {op} {v} = {new}")
        acc = new
    if not steps:
        steps.append(f"Step 1: the answer is {acc}")
    return "\n".join(steps) + f"\nFinal answer: {acc}"


TOOLS = ["search(query: str) -> list[str]", "calculator(expression: str) -> float", "python(code: str) -> str",
         "calendar.create(title, start, end)", "http_get(url: str) -> str", "sql(query: str) -> rows",
         "files.read(path)", "files.write(path, content)", "email.send(to, subject, body)"]


def tool_task(rng: random.Random, C: Corpora) -> str:
    tools = rng.sample(TOOLS, rng.randint(2, 5))
    goal = rng.choice([C.pick(rng, "nq"), C.pick(rng, "instr"), C.pick(rng, "gsm8k")])
    return ("You can call these tools:\n" + "\n".join(f"- {t}" for t in tools) +
            f"\n\nTask: {goal}\n\nWrite your plan, then every tool call you would make with its arguments, "
            "the observation you expect, and your reasoning after each observation, until the final answer.")


LONGFORM = ["Write a {n}-word essay on: {t}", "Write a detailed {n}-word report about: {t}",
            "Draft a {n}-word blog post with headings on: {t}", "Write a short story ({n} words) inspired by: {t}",
            "Explain in depth ({n} words, with examples) the following: {t}"]


def longform(rng: random.Random, C: Corpora) -> str:
    t = rng.choice([C.pick(rng, "nq"), C.pick(rng, "instr"), C.pick(rng, "arena_other")])[:600]
    return rng.choice(LONGFORM).format(n=rng.choice([800, 1000, 1200, 1500, 2000]), t=t)
