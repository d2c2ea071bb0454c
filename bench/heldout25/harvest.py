"""What distillation campaigns send: task-space sweeps (maths, code, agentic
tool use, instruction data), chain-of-thought elicitation, rationale
rewriting and multilingual probing, with different degrees of template
paraphrasing."""
from __future__ import annotations

import json
import random

from .corpus import Corpus, first_numbers, perturb_numbers

# --- fixed templates (a lazy operator) -------------------------------------
FIXED_MATH = [
    "Solve the following problem. Think step by step and show your complete reasoning before the final answer.\n\n"
    "Problem: {t}\n\nFormat: Reasoning: ... Final answer: ...",
    "Löse die folgende Aufgabe. Erläutere deine interne Begründung ausführlich Schritt für Schritt und gib "
    "erst am Ende das Ergebnis an.\n\nAufgabe: {t}",
]
FIXED_CODE = [
    "Implement the following. First explain your approach step by step, then give the full solution in Python, "
    "then list edge cases and tests.\n\n{t}",
    "Write a complete, well-commented solution. Walk through your reasoning before writing code.\n\nTask:\n{t}",
]

# --- paraphrase pieces (an operator hiding template similarity) ------------
OPEN_EN = ["", "", "Quick one: ", "Hi! ", "I'm stuck on this. ", "Could you help with this? ", "Here's a problem: ",
           "For my notes: ", "Question: ", "Please take a look. ", "Hey, ", "Got this one today. "]
OPEN_DE = ["", "", "Kurze Frage: ", "Hallo! ", "Ich hänge hier fest. ", "Kannst du mir helfen? ", "Folgende Aufgabe: ",
           "Für meine Unterlagen: ", "Moin, ", "Servus, ", "Grüezi, "]
ASK_EN = ["walk me through the solution", "work it out carefully", "solve it", "show how you'd get the answer",
          "reason it through", "figure this out", "go through it properly", "explain the solution path"]
ASK_DE = ["rechne das bitte durch", "erklär mir den Lösungsweg", "löse das", "zeig mir, wie man draufkommt",
          "geh das sauber durch", "leite das Ergebnis her"]
COT_EN = ["Think out loud and write down every intermediate step.", "Show all of your reasoning, not just the answer.",
          "Explain your thinking step by step, including anything you double-check.",
          "Please write out the full chain of reasoning before answering.",
          "Articulate the reasoning behind each step explicitly.",
          "Narrate how you think about it, then conclude.", "Don't skip steps; I want the whole derivation.",
          "Lay out your thought process in detail first."]
COT_DE = ["Schreib jeden Zwischenschritt auf.", "Zeig deine komplette Überlegung, nicht nur das Ergebnis.",
          "Denk laut nach und begründe jeden Schritt.", "Erläutere deinen Gedankengang ausführlich.",
          "Bitte die ganze Herleitung, keine Schritte überspringen.", "Beschreibe genau, wie du vorgehst und warum."]
FMT_EN = ["", "", "End with 'Answer:' and the result.", "Put the final result on its own line.",
          "Box the final answer.", "Final answer last, please."]
FMT_DE = ["", "", "Am Ende bitte 'Ergebnis:' und die Zahl.", "Das Endergebnis in eine eigene Zeile.", ""]


ASK_CODE_EN = ["implement this", "write a solution", "solve this in Python", "code this up", "write the function"]
COT_CODE_EN = ["Explain your approach step by step before the code.",
               "Describe your reasoning first, then give the full implementation.",
               "Walk me through the logic, then write the code with comments.",
               "Think through the edge cases out loud before coding."]
FMT_CODE_EN = ["", "", "Include tests.", "Full code please, no placeholders.", "Add complexity analysis."]
ASK_CODE_DE = ["implementier das", "schreib eine Lösung dafür", "lös das in Python", "programmier das bitte"]
COT_CODE_DE = ["Erklär zuerst Schritt für Schritt deinen Ansatz, dann den Code.",
               "Begründe jede Entscheidung und gib dann die vollständige Implementierung.",
               "Geh die Randfälle laut durch, bevor du programmierst."]
FMT_CODE_DE = ["", "", "Mit Tests bitte.", "Vollständiger Code, keine Platzhalter."]


def paraphrase(rng: random.Random, task: str, lang: str = "en", code: bool = False) -> str:
    if lang == "de":
        o, a, c, f = rng.choice(OPEN_DE), rng.choice(ASK_CODE_DE if code else ASK_DE), \
            rng.choice(COT_CODE_DE if code else COT_DE), rng.choice(FMT_CODE_DE if code else FMT_DE)
    else:
        o, a, c, f = rng.choice(OPEN_EN), rng.choice(ASK_CODE_EN if code else ASK_EN), \
            rng.choice(COT_CODE_EN if code else COT_EN), rng.choice(FMT_CODE_EN if code else FMT_EN)
    lead = (o + a[0].upper() + a[1:] if not o else o + a) + (":" if rng.random() < 0.5 else ".")
    order = rng.random()
    if order < 0.45:
        parts = [lead, task, c, f]
    elif order < 0.8:
        parts = [task, (a[0].upper() + a[1:]) + ". " + c, f]
    else:
        parts = [c, task, f]
    return "\n\n".join(p for p in parts if p).strip()


def math_task(rng: random.Random, cp: Corpus, perturb: float = 0.0) -> str:
    t = cp.pick(rng, rng.choice(["gsm8k", "gsm8k", "math", "math", "svamp"]))
    return perturb_numbers(rng, t) if rng.random() < perturb else t


def code_task(rng: random.Random, cp: Corpus) -> str:
    return cp.pick(rng, rng.choice(["mbpp", "mbpp", "humaneval", "arena_code"]))


def rationale(rng: random.Random, cp: Corpus) -> str:
    """Ask to reconstruct the reasoning behind a given completed answer."""
    t = math_task(rng, cp, 0.3)
    nums = first_numbers(t) or [rng.randrange(2, 99)]
    ans = sum(nums) if rng.random() < 0.5 else nums[0] * max(1, nums[-1])
    lead = rng.choice([
        "Below is a problem and a completed response. Articulate the internal reasoning behind the response and "
        "write it out step by step, as if you had produced it yourself.",
        "Here is a question with its final answer. Reconstruct the full step-by-step reasoning that leads to it.",
        "Gegeben sind Aufgabe und fertige Antwort. Formuliere die innere Begründung, die zu dieser Antwort führt, "
        "Schritt für Schritt aus.",
    ])
    return "%s\n\nProblem: %s\n\nResponse: The answer is %d." % (lead, t, ans)


# --- multilingual probing ------------------------------------------------
ML_WRAP = {
    "fr": "Résous le problème suivant étape par étape et explique ton raisonnement en français :\n\n{t}",
    "it": "Risolvi il seguente problema passo dopo passo, spiegando il ragionamento in italiano:\n\n{t}",
    "es": "Resuelve el siguiente problema paso a paso y explica tu razonamiento en español:\n\n{t}",
    "pl": "Rozwiąż poniższe zadanie krok po kroku i wyjaśnij swoje rozumowanie po polsku:\n\n{t}",
    "tr": "Aşağıdaki problemi adım adım çöz ve düşünce sürecini Türkçe açıkla:\n\n{t}",
    "cs": "Vyřeš následující úlohu krok za krokem a vysvětli svůj postup česky:\n\n{t}",
    "pt": "Resolva o problema a seguir passo a passo e explique seu raciocínio em português:\n\n{t}",
    "nl": "Los het volgende probleem stap voor stap op en leg je redenering uit in het Nederlands:\n\n{t}",
    "ru": "Реши следующую задачу шаг за шагом и объясни ход рассуждений по-русски:\n\n{t}",
    "zh": "请一步一步地解决下面的问题，并用中文详细解释你的推理过程：\n\n{t}",
    "ar": "حلّ المسألة التالية خطوة بخطوة واشرح طريقة تفكيرك باللغة العربية:\n\n{t}",
    "uk": "Розв'яжи задачу крок за кроком і поясни свої міркування українською:\n\n{t}",
    "de": "Übersetze die folgende Aufgabe ins Deutsche und löse sie dann ausführlich mit allen Zwischenschritten:\n\n{t}",
}
ML_CODE = {
    "fr": "Écris une solution complète et commentée en français, en expliquant chaque étape :\n\n{t}",
    "es": "Escribe una solución completa con comentarios en español y explica cada paso:\n\n{t}",
    "pl": "Napisz pełne rozwiązanie z komentarzami po polsku i wyjaśnij każdy krok:\n\n{t}",
    "zh": "请写出完整的解决方案，用中文注释并逐步解释：\n\n{t}",
    "tr": "Türkçe yorumlarla eksiksiz bir çözüm yaz ve her adımı açıkla:\n\n{t}",
}


def multilingual(rng: random.Random, cp: Corpus, langs: list[str]) -> tuple[str, str]:
    lang = rng.choice(langs)
    if lang in ML_CODE and rng.random() < 0.3:
        return ML_CODE[lang].format(t=code_task(rng, cp)), "code"
    return ML_WRAP[lang].format(t=math_task(rng, cp, 0.2)), "cot"


# --- agentic trajectories ------------------------------------------------
AG_DOMAINS = {
    "travel": ["search_flights", "search_trains", "get_fare_rules", "book", "send_confirmation"],
    "devops": ["kubectl_get", "kubectl_logs", "read_file", "apply_patch", "run_tests", "open_pr"],
    "finance": ["get_transactions", "categorize", "fx_rate", "create_invoice", "send_email"],
    "retail": ["search_catalog", "check_stock", "create_order", "refund", "update_address"],
    "research": ["web_search", "open_url", "extract_table", "python", "write_report"],
    "sql": ["list_tables", "describe_table", "run_sql", "plot", "export_csv"],
    "support": ["lookup_user", "get_tickets", "reset_password", "escalate", "reply"],
}
AG_GOALS = ["{who} needs {what} by {when}; handle it end to end.",
            "Resolve ticket #{n}: {what}.",
            "Goal: {what}. Constraints: budget {b} EUR, deadline {when}.",
            "User request: '{what}'. Plan, call tools as needed, and finish with a summary."]
AG_WHAT = ["rebook a cancelled connection", "a refund for a duplicate charge", "a root cause for failing pods",
           "a monthly spend report by category", "the cheapest fare with a flexible ticket",
           "a fix for a flaky integration test", "a CSV of overdue invoices", "a competitor price comparison",
           "an address change on an open order", "restoring access to a locked account"]


def agent_harvest(rng: random.Random, domain: str, system_variant: int) -> tuple[str, str]:
    tools = AG_DOMAINS[domain]
    spec = [{"name": t, "description": "%s tool" % t.replace("_", " "),
             "parameters": {"type": "object", "properties": {"arg": {"type": "string"}}}} for t in tools]
    sys_lead = ["You are an autonomous agent. Before every tool call, write a detailed 'Thought:' explaining your "
                "reasoning, then 'Action:' with JSON, then wait for 'Observation:'.",
                "You are a tool-using assistant. Reason step by step in a 'Thought' section before each action. "
                "Output actions as JSON.",
                "Act as an expert agent. Always explain your full reasoning before choosing a tool."][system_variant % 3]
    system = sys_lead + "\nAvailable tools:\n" + json.dumps(spec, separators=(",", ":"))
    goal = rng.choice(AG_GOALS).format(who=rng.choice(["A customer", "The CFO", "An on-call engineer", "A traveller"]),
                                       what=rng.choice(AG_WHAT), when=rng.choice(["tonight", "Friday", "23 Dec"]),
                                       n=rng.randrange(1000, 99999), b=rng.randrange(50, 5000))
    steps = rng.randrange(0, 5)
    lines = ["Task: " + goal]
    for k in range(steps):
        t = rng.choice(tools)
        lines.append("Thought: (step %d)\nAction: {\"tool\": \"%s\", \"arg\": \"%s\"}\nObservation: %s" % (
            k + 1, t, rng.choice(["id=%d" % rng.randrange(10 ** 5), "query", "last_30d", "default"]),
            rng.choice(["{\"status\": \"ok\", \"items\": %d}" % rng.randrange(0, 40), "Error: timeout",
                        "{\"result\": \"partial\"}", "[]", "{\"price\": %d.%02d}" % (rng.randrange(20, 900), rng.randrange(100))])))
    lines.append(rng.choice(["Continue with the next Thought and Action.",
                             "Write the next step, with your complete reasoning.",
                             "What should the agent do next? Explain why in detail, then give the action."]))
    return system, "\n\n".join(lines)


# --- instruction-data generation ------------------------------------------
def selfinstruct(rng: random.Random, cp: Corpus) -> tuple[str, str]:
    seed = cp.pick(rng, rng.choice(["instruct", "instruct", "arena_short"]))
    lead = rng.choice([
        "Give an expert-quality answer to the task below. Explain your reasoning step by step, then the answer.",
        "Respond to the following as helpfully as possible. Be thorough and show your reasoning.",
        "Answer the user request below. Afterwards, write two harder variants of the request and answer them too.",
        "Produce the ideal assistant response to this prompt, with detailed reasoning:",
    ])
    return lead + "\n\n" + seed, "long"


def arena_cot(rng: random.Random, cp: Corpus) -> tuple[str, str]:
    t = cp.pick(rng, rng.choice(["arena_short", "arena_code", "math_short"]))
    return t + "\n\n" + rng.choice(COT_EN + ["", "Think carefully."]), "long"


def harvest_mix(rng: random.Random, cp: Corpus, weights: dict[str, float], *, style: str = "fixed",
                lang: str = "en", perturb: float = 0.0, langs: list[str] | None = None) -> tuple[str, str]:
    """One harvest prompt; style 'fixed' (few templates), or 'para' (paraphrased)."""
    kinds = list(weights)
    k = rng.choices(kinds, weights=[weights[x] for x in kinds])[0]
    if k == "math":
        t = math_task(rng, cp, perturb)
        if style == "para":
            return paraphrase(rng, t, lang if lang != "mix" else rng.choice(["en", "de"])), "cot"
        return rng.choice(FIXED_MATH[:1] if lang == "en" else FIXED_MATH).format(t=t), "cot"
    if k == "code":
        t = code_task(rng, cp)
        if style == "para":
            return paraphrase(rng, t, lang if lang != "mix" else rng.choice(["en", "de"]), code=True), "code"
        return rng.choice(FIXED_CODE).format(t=t), "code"
    if k == "rationale":
        return rationale(rng, cp), "cot"
    if k == "ml":
        return multilingual(rng, cp, langs or list(ML_WRAP))
    if k == "instr":
        return selfinstruct(rng, cp)
    return arena_cot(rng, cp)
