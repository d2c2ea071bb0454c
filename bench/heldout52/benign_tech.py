"""Benign technical populations that look most like extraction: exam-season students, batch
evaluation jobs, coding agents, research sweeps, a synthetic-data team and RAG indexers."""
from __future__ import annotations

from . import corpora, network, texts_cee, texts_harvest
from .world import (CHAT, CODE, DAY, EMBED, EP_CHAT, EP_EMB, EP_RESP, HOUR, LAUNCH, MIN, MINI, NEW,
                    PROFILE_OFFICE, PROFILE_STUDENT, T0, T_END, TZ, Pop, chat_model, h, session)

STUDENT_STEPS = {"cs": "Vysvětli to krok za krokem, prosím, zítra to píšu.", "sk": "Vysvetli mi to krok po kroku.",
                 "hu": "Lépésről lépésre magyarázd el, kérlek.", "ro": "Explică-mi pas cu pas, te rog.",
                 "bg": "Обясни ми стъпка по стъпка.", "sr": "Objasni mi korak po korak.", "sr_cyr": "Објасни ми корак по корак.",
                 "hr": "Objasni mi korak po korak.", "sl": "Razloži mi korak za korakom.", "en": "Explain step by step please."}


def exam_students(pop: Pop, n: int) -> None:
    """University exam season: maths and programming, often 'step by step', evenings and nights."""
    r = pop.rng
    for _ in range(n):
        a = pop.account(age_days=(3, 600))
        network.outfit(r, a, "uni" if r.random() < 0.55 else r.choice(["home", "mobile"]), r.choice(["browser", "browser", "ide"]))
        subject = r.choice(["math", "math", "code", "mixed"])
        for day in (0, 1):
            if r.random() < 0.2:
                continue
            for _s in range(r.randint(1, 3)):
                start = pop.when(day, TZ[a.country], PROFILE_STUDENT)
                for t in session(r, start, r.randint(3, 12), 45, 500):
                    kind = r.choice(["math", "gsm8k"]) if subject == "math" else (
                        r.choice(["mbpp", "humaneval"]) if subject == "code" else r.choice(["math", "mbpp", "gsm8k"]))
                    q = corpora.pick(r, kind)
                    if kind in ("mbpp", "humaneval"):
                        q = texts_cee.code(r, a.lang, q)
                    else:
                        q = texts_cee.hw(r, a.lang, q)
                    if r.random() < 0.35:
                        q += "\n" + STUDENT_STEPS.get(a.lang, STUDENT_STEPS["en"])
                    if r.random() < 0.15:
                        q = "a co tohle? " + q if a.lang == "cs" else "and this one? " + q
                    pop.emit(a, t, chat_model(r, t, 0.35, 0.3), EP_CHAT, q, ctok=r.randint(150, 1100))


EVAL_TPL = ["Answer the following question. Think step by step, then finish with 'Answer: <answer>'.\n\n{q}",
            "Solve the problem. Put the final answer in \\boxed{{}}.\n\nProblem: {q}",
            "Complete the following Python function. Return only code.\n\n{q}",
            "{q}\nAnswer with a single number."]


def eval_batch(pop: Pop, n: int) -> None:
    """CI-style evaluation jobs from cloud runners: fixed template, fixed corpus order, bursts."""
    r = pop.rng
    for i in range(n):
        a = pop.account(r.choice(["CZ", "HU", "RO", "SK"]), age_days=(150, 900), lang="en")
        network.outfit(r, a, "cloud", "sdk")
        a.org = "org_" + h(pop.seed, "evalorg", i % 3, n=10)
        tpl = EVAL_TPL[i % len(EVAL_TPL)]
        corpus = ["gsm8k", "math", "humaneval", "svamp", "mbpp"][i % 5]
        items = corpora.load(corpus)
        off = r.randrange(len(items))
        jobs = [(T0 + r.randrange(DAY - 6 * HOUR), r.choice([CHAT, MINI]))] + [(T0 + DAY + r.randrange(2 * HOUR), CHAT)]
        jobs.append((LAUNCH + r.randint(15, 90) * MIN, NEW))  # everybody evaluates the new model
        for start, model in jobs:
            k = r.randint(150, 450)
            conc = r.choice([4, 8, 16])
            for j in range(k):
                t = start + int(j / conc * r.uniform(1.5, 6.0) * 1000)
                q = items[(off + j) % len(items)]
                pop.emit(a, t, model, EP_CHAT, tpl.replace("{q}", q), ctok=r.randint(120, 700), status=200 if r.random() > 0.01 else 429)


def coding_agents(pop: Pop, n: int) -> None:
    """IDE plugins: bursts of tool-calling turns on /v1/responses with file context."""
    r = pop.rng
    sysp = ("You are Dunaj Code, an AI pair programmer inside the user's IDE. Use tools: read_file, edit_file, "
            "run_terminal, search_repo. Keep edits minimal.")
    for _ in range(n):
        a = pop.account(age_days=(10, 700))
        network.outfit(r, a, r.choice(["home", "corp", "home", "uni"]), "ide")
        for day in (0, 1):
            if r.random() < 0.25:
                continue
            for _s in range(r.randint(1, 3)):
                start = pop.when(day, TZ[a.country], PROFILE_OFFICE)
                task = corpora.pick(r, r.choice(["arena", "mbpp", "humaneval"]))[:1500]
                for j, t in enumerate(session(r, start, r.randint(3, 25), 2, 40)):
                    if j == 0:
                        q = task
                    else:
                        q = (f"{r.choice(texts_harvest.AGENT_OBS)}\n<file path=\"src/{r.choice(['app', 'core', 'api', 'utils'])}.py\">\n"
                             f"{corpora.pick(r, 'humaneval')[:600]}\n</file>\nContinue.")
                    model = CODE if r.random() < 0.8 else (NEW if t >= LAUNCH and r.random() < 0.5 else CHAT)
                    pop.emit(a, t, model, EP_RESP, q, system=sysp, ctok=r.randint(40, 900))


def research_sweeps(pop: Pop, n: int) -> None:
    """University groups sweeping benchmarks over every model, the new one within hours of launch."""
    r = pop.rng
    for i in range(n):
        a = pop.account(age_days=(100, 900), lang="en")
        network.outfit(r, a, "uni", "sdk")
        shots = "\n\n".join(f"Q: {corpora.pick(r, 'gsm8k')}\nA: Let's think step by step. ... The answer is {r.randint(2, 99)}."
                            for _ in range(r.randint(0, 3)))
        corpus = r.choice(["gsm8k", "math", "svamp", "mbpp"])
        items = corpora.load(corpus)
        models = [CHAT, MINI, CODE] + ([NEW] if r.random() < 0.8 else [])
        for model in models:
            start = (LAUNCH + r.randint(30, 600) * MIN) if model == NEW else (T0 + r.randrange(int(1.6 * DAY)))
            sub = r.sample(range(len(items)), r.randint(80, 250))
            for j, idx in enumerate(sub):
                t = start + j * r.randint(1500, 9000)
                q = f"{shots}\n\nQ: {items[idx]}\nA: Let's think step by step." if shots else items[idx]
                pop.emit(a, t, model, EP_CHAT, q, ctok=r.randint(100, 600))


def synth_data(pop: Pop, n: int) -> None:
    """An in-house synthetic-data team on an enterprise contract that allows it."""
    r = pop.rng
    org, card = "org_" + h(pop.seed, "lingvo", n=10), "pm_" + h(pop.seed, "lingvo-card", n=16)
    topics = ["returning shoes", "a delayed train", "a broken fridge", "a wrong invoice", "a lost parcel", "changing a flight",
              "a mobile data plan", "a dentist appointment", "a gym membership", "a bank card blocked abroad"]
    for i in range(n):
        a = pop.account("CZ", age_days=(300, 500), lang="en")
        a.org, a.payment = org, card
        network.outfit(r, a, "cloud", "sdk")
        for day in (0, 1):
            for _k in range(r.randint(200, 450)):
                t = pop.when(day, 1, PROFILE_OFFICE)
                lang = r.choice(list(texts_cee.LANG_NAMES))
                q = (f"Generate {r.randint(3, 8)} realistic customer-support dialogues in {texts_cee.LANG_NAMES[lang]} about "
                     f"{r.choice(topics)}. Vary tone and length. Output JSON lines with fields role and text.")
                pop.emit(a, t, r.choice([CHAT, CHAT, MINI]), EP_CHAT, q, ctok=r.randint(600, 2500))


def rag_indexing(pop: Pop, n: int) -> None:
    """Document indexing: long runs of embeddings calls, then some retrieval-augmented questions."""
    r = pop.rng
    for _ in range(n):
        a = pop.account(age_days=(30, 700))
        network.outfit(r, a, r.choice(["cloud", "cloud", "corp"]), "sdk")
        a.ua = r.choice(["llama-index-llms-dunaj/0.2.1", "langchain-dunaj/0.3.4", "dunaj-python/1.9.2", "haystack/2.9"])
        for day in (0, 1):
            if r.random() < 0.3:
                continue
            start = T0 + day * DAY + r.randrange(DAY - 4 * HOUR)
            doc = corpora.pick(r, r.choice(["awesome", "arena"]))
            for j, t in enumerate(session(r, start, r.randint(60, 400), 0.2, 3)):
                if j % 40 == 0:
                    doc = corpora.pick(r, r.choice(["awesome", "arena", "user"]))
                off = (j * 500) % max(1, len(doc))
                pop.emit(a, t, EMBED, EP_EMB, doc[off:off + 1200] or doc[:1200], ctok=0)
            for _k in range(r.randint(0, 30)):
                t = pop.when(day, TZ[a.country], PROFILE_OFFICE)
                ctx = corpora.pick(r, "awesome")[:1500]
                pop.emit(a, t, chat_model(r, t, 0.2), EP_CHAT, f"Context:\n{ctx}\n\nQuestion: {corpora.pick(r, 'nq')}?")
