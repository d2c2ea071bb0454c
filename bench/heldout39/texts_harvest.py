"""The text of harvesting: chain-of-thought elicitation in each language
(blunt and subtle), wrappers and paraphrase banks around benchmark items,
trace-rewriting requests, agentic tool-use scenarios and translation pairs."""
from __future__ import annotations

import json
import random
import re

COT_BLUNT = {
    "en": ["Let's think step by step.", "Show your reasoning step by step before the final answer.", "Think step by step and show all work."],
    "it": ["Ragiona passo dopo passo.", "Mostra tutto il ragionamento passo per passo prima della risposta finale."],
    "es": ["Razona paso a paso.", "Muestra todo tu razonamiento paso a paso antes de la respuesta final."],
    "pt": ["Raciocina passo a passo.", "Mostra todo o raciocínio passo a passo antes da resposta final."],
    "ca": ["Raona pas a pas.", "Mostra tot el raonament pas a pas abans de la resposta final."],
    "el": ["Σκέψου βήμα προς βήμα.", "Δείξε όλο τον συλλογισμό σου βήμα βήμα πριν την τελική απάντηση."],
}
COT_SUBTLE = {
    "en": ["Before answering, write out everything you considered, even the parts that seem obvious.",
           "Walk me through how you'd get there, as if explaining to a colleague who will check each line.",
           "I need to understand the why behind each move, not just the result."],
    "it": ["Prima di rispondere, scrivi tutte le considerazioni che fai, anche quelle ovvie.",
           "Spiegami come ci arrivi, come se dovessi ricontrollare ogni riga.", "Mi interessa il perché di ogni passaggio, non solo il risultato."],
    "es": ["Antes de responder, escribe todo lo que vas considerando, aunque parezca obvio.",
           "Cuéntame cómo llegas ahí, como si un compañero fuera a revisar cada línea.", "Quiero entender el porqué de cada paso, no solo el resultado."],
    "pt": ["Antes de responder, escreve tudo o que estás a considerar, mesmo o que parecer óbvio.",
           "Explica o porquê de cada passo, não só o resultado.", "Guia-me pelo caminho até à resposta, linha a linha."],
    "ca": ["Abans de respondre, escriu tot el que vas considerant.", "Explica'm el perquè de cada pas, no només el resultat."],
    "el": ["Πριν απαντήσεις, γράψε όλα όσα σκέφτεσαι.", "Εξήγησέ μου το γιατί κάθε βήματος."],
}
ANCHOR_TRACE = "Articulate the internal reasoning behind a completed response and write it out step by step."


def cot(rng: random.Random, lang: str, subtle: float = 0.3) -> str:
    bank = COT_SUBTLE if rng.random() < subtle else COT_BLUNT
    return rng.choice(bank[lang])


# Mosaico's paraphrase bank: the same instruction said 24 ways in 5 languages,
# so no single wrapper repeats often.
PARAPHRASES = [
    "Solve the following problem. {c}\n\n{q}", "{q}\n\n{c} Put the final answer on its own line.",
    "Here is a problem I am stuck on:\n{q}\n{c}", "Can you work this out? {q} {c}",
    "Problem:\n{q}\n\nInstructions: {c} End with 'Answer:' and the result.", "{c}\n{q}",
    "Risolvi il seguente problema. {c}\n\n{q}", "{q}\n\n{c} Scrivi la risposta finale in fondo.",
    "Ho bisogno di una mano con questo: {q} {c}", "Esercizio:\n{q}\n{c}",
    "Resuelve el siguiente problema. {c}\n\n{q}", "{q}\n\n{c} Pon la respuesta final al final.",
    "Me ayudas con esto? {q} {c}", "Ejercicio:\n{q}\nIndicaciones: {c}",
    "Resolve o seguinte problema. {c}\n\n{q}", "{q}\n\n{c} Coloca a resposta final na última linha.",
    "Preciso de ajuda com isto: {q} {c}", "Problema:\n{q}\n{c}",
    "Resol el problema següent. {c}\n\n{q}", "{q}\n\n{c} Escriu la resposta final al final.",
    "Task: {q}\nRequirement: {c}", "Question ({n}/{m}): {q}\n{c}", "{q}\n---\n{c}", "Q: {q}\nA: {c}",
]
PARA_LANG = ["en"] * 6 + ["it"] * 4 + ["es"] * 4 + ["pt"] * 4 + ["ca"] * 2 + ["en"] * 4


def paraphrased(rng: random.Random, q: str) -> str:
    i = rng.randrange(len(PARAPHRASES))
    return PARAPHRASES[i].format(q=q, c=cot(rng, PARA_LANG[i], 0.5), n=rng.randint(1, 500), m=500)


VENTAGLIO_WRAP = ("Sei un tutor esperto. Risolvi il seguente problema e spiega ogni passaggio del ragionamento prima della risposta finale.\n\n"
                  "Problema: {q}\n\nFormato richiesto:\nRagionamento: <tutti i passaggi>\nRisposta: <solo il risultato>")


def fake_trace(rng: random.Random, q: str, lang: str) -> str:
    """A terse worked solution like a model's, built from the numbers in q:
    the input Eco asks to expand into a full step-by-step trace."""
    nums = re.findall(r"\d+(?:\.\d+)?", q)[:5] or [str(rng.randint(2, 40))]
    step = {"en": "Step", "pt": "Passo", "es": "Paso", "it": "Passo"}[lang]
    lines = [f"{step} {i + 1}: {n} {rng.choice(['+', '-', '*', '/'])} {rng.choice(nums)} = {rng.randint(1, 999)}" for i, n in enumerate(nums)]
    return "\n".join(lines + [f"Answer: {rng.randint(1, 999)}"])


ECO_T = {
    "en": ["Rewrite the following solution so that every intermediate step is made explicit and justified. Do not skip any step.\n\nProblem: {q}\n\nSolution:\n{t}",
           ANCHOR_TRACE + "\n\nQuestion: {q}\n\nResponse:\n{t}",
           "The answer below is correct but too terse. Expand it into a complete chain of reasoning a student could follow.\n\nQ: {q}\n{t}"],
    "pt": ["Reescreve a seguinte resolução tornando explícito e justificado cada passo intermédio. Não saltes nenhum passo.\n\nProblema: {q}\n\nResolução:\n{t}",
           "A resposta abaixo está certa mas é demasiado curta. Transforma-a num raciocínio completo, passo a passo.\n\nPergunta: {q}\n{t}"],
    "es": ["Reescribe la siguiente solución haciendo explícito cada paso intermedio, sin omitir ninguno.\n\nProblema: {q}\n\nSolución:\n{t}"],
}


def eco(rng: random.Random, q: str, lang: str) -> str:
    return rng.choice(ECO_T[lang]).format(q=q, t=fake_trace(rng, q, lang))


TOOLSETS = [
    ("weather", ["get_forecast(city, date)", "get_alerts(region)"]), ("travel", ["search_flights(from, to, date)", "book_flight(offer_id)", "get_seatmap(flight)"]),
    ("sql", ["list_tables()", "describe_table(name)", "run_query(sql)"]), ("files", ["list_dir(path)", "read_file(path)", "write_file(path, content)", "run_tests()"]),
    ("crm", ["find_customer(email)", "get_invoices(customer_id)", "issue_refund(invoice_id, amount)"]), ("calendar", ["list_events(day)", "create_event(title, start, end)", "invite(event_id, email)"]),
    ("shop", ["search_products(q)", "add_to_cart(sku, qty)", "checkout(cart_id)"]), ("git", ["git_status()", "git_diff()", "git_commit(message)", "open_pr(title)"]),
    ("bank", ["get_balance(account)", "list_transactions(account, since)", "transfer(from, to, amount)"]), ("maps", ["geocode(address)", "route(from, to, mode)"]),
    ("hr", ["get_employee(id)", "list_leave(id)", "approve_leave(request_id)"]), ("support", ["get_ticket(id)", "search_kb(q)", "reply_ticket(id, text)"]),
]
GOALS = ["Plan and execute the task end to end", "Find the cheapest option and book it", "Diagnose why the last run failed and fix it",
         "Produce a weekly summary report", "Resolve the customer's complaint", "Reconcile the numbers and flag anomalies"]


def tool_system(name: str, tools: list[str]) -> str:
    return (f"You are an autonomous agent with access to the '{name}' tools: " + json.dumps(tools) +
            ". Call tools with JSON {\"tool\": name, \"args\": {...}}. After each tool result decide the next step.")


def rete(rng: random.Random, idx: int, step: int) -> tuple[str, str, str]:
    """(system, prompt, kind) for item idx of Rete's coverage grid: every
    toolset x goal x variant, each with a request for the full trajectory."""
    name, tools = TOOLSETS[idx % len(TOOLSETS)]
    goal = GOALS[(idx // len(TOOLSETS)) % len(GOALS)]
    sysmsg = tool_system(name, tools)
    if step == 0:
        return sysmsg, (f"{goal} (case #{idx}). Before every tool call, write your thoughts about what you know, what you still need and why "
                        "this tool is the right next step. Then give the tool call."), "plan"
    res = {"tool": tools[step % len(tools)].split("(")[0], "result": {"ok": True, "items": rng.randint(0, 12), "note": f"case {idx} step {step}"}}
    return sysmsg, "Tool result: " + json.dumps(res) + "\nContinue. Explain your reasoning in full before the next call.", "plan"


SENT = ["The museum opens at nine and closes at six on weekdays.", "We could not find the keys anywhere in the house.",
        "If it rains tomorrow, the match will be postponed.", "She has been working at the hospital for ten years.",
        "The contract must be signed by both parties before Friday.", "Turn left after the bridge and follow the river.",
        "I would rather take the night train than fly.", "The results will be published on the university website.",
        "Please keep your ticket until the end of the journey.", "The committee rejected the proposal without discussion."]
LANGNAME = {"it": "Italian", "es": "Spanish", "ca": "Catalan", "pt": "European Portuguese", "el": "Greek", "en": "English"}
PAIRS = [("en", "ca"), ("en", "pt"), ("es", "pt"), ("it", "es"), ("en", "el"), ("it", "pt"), ("es", "ca"), ("en", "it")]


def ponte(rng: random.Random, idx: int, corpus) -> tuple[str, str]:
    src, dst = PAIRS[idx % len(PAIRS)]
    text = corpus.item("instr", idx // len(PAIRS)) if idx % 3 else SENT[idx % len(SENT)] + " " + corpus.item("nq", idx).capitalize() + "?"
    if rng.random() < 0.5:
        return (f"Translate from {LANGNAME[src] if src != 'en' else 'English'} into {LANGNAME[dst]}. Then explain each translation choice "
                f"step by step (word order, idioms, register).\n\n{text}"), "rewrite"
    return f"Translate into {LANGNAME[dst]}:\n{text}", "translate"


_EMB_PREFIX = ["query: ", "passage: ", "", "Represent this sentence for retrieval: "]


def embed_batch(rng: random.Random, corpus, state: list[int], n: int) -> str:
    """Texts enumerated systematically: every NQ question under four prefixes,
    then again with one word dropped at a moving position."""
    out = []
    size = corpus.size("nq")
    for _ in range(n):
        i = state[0]
        state[0] += 1
        words = corpus.item("nq", (i // 4) % size).split()
        cycle = i // (4 * size)
        if cycle and len(words) > 3:
            del words[cycle % len(words)]
        out.append(_EMB_PREFIX[i % 4] + " ".join(words))
    return "\n".join(out)
