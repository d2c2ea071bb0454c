"""Prompt corpora and the wrappers, mutations and tool catalogues built on them."""
from __future__ import annotations

import json
import os
import random

CORPUS_DIR = os.environ.get("H11_PROMPTS", "/work/shared/data/prompts")
FILES = {
    "awesome": "benign_awesome_chatgpt_prompts.jsonl", "seed": "benign_self_instruct_seed_tasks.jsonl",
    "user": "benign_self_instruct_user_oriented.jsonl", "arena": "benign_arena_hard_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl", "gsm8k": "task_gsm8k.jsonl", "humaneval": "task_humaneval.jsonl",
    "math": "task_math.jsonl", "mbpp": "task_mbpp.jsonl", "svamp": "task_svamp.jsonl",
}
MAX_CHARS = 3000


def _cut(t: str) -> str:
    if len(t) <= MAX_CHARS:
        return t
    cut = t[:MAX_CHARS]
    return cut[: cut.rfind(" ")] if " " in cut[-200:] else cut


def load() -> dict[str, list[str]]:
    out = {}
    for k, f in FILES.items():
        with open(os.path.join(CORPUS_DIR, f), encoding="utf-8") as fh:
            out[k] = [_cut(json.loads(line)["text"]) for line in fh if line.strip()]
    out["chat"] = out["awesome"] + out["seed"] + out["user"] + out["arena"]
    out["mathy"] = out["gsm8k"] + out["svamp"] + out["math"]
    out["code"] = out["humaneval"] + out["mbpp"]
    return out


def tok(text: str | None) -> int:
    if not text:
        return 0
    wide = sum(1 for ch in text[:400] if ord(ch) > 0x2E80)
    frac = wide / min(len(text), 400)
    return max(1, int(len(text) * (frac / 1.3 + (1 - frac) / 3.9)))


LOCAL = {
    "pt": ["Pode me ajudar com isso? {p}", "Responda em português, por favor.\n\n{p}", "{p}\n\n(responde em pt-br)"],
    "es": ["¿Me ayudas con esto? {p}", "Responde en español: {p}", "{p}\n\nContesta en español, porfa."],
    "pl": ["Odpowiedz po polsku: {p}", "{p}\n\nProszę o odpowiedź po polsku."],
    "cs": ["Odpověz česky: {p}"], "ro": ["Răspunde în română: {p}"], "uk": ["Відповідай українською: {p}"],
    "fr": ["Réponds en français : {p}", "{p}\n\nMerci de répondre en français."],
    "ja": ["{p}\n\n日本語で答えてください。", "次の内容について教えてください：{p}"],
    "ko": ["{p}\n\n한국어로 답해 주세요.", "다음 질문에 답해 주세요: {p}"],
    "en": ["{p}"],
}


def casual(r: random.Random, p: str, lang: str = "en", local: float = 0.15) -> str:
    x = r.random()
    if x < local and lang != "en":
        return r.choice(LOCAL[lang]).format(p=p)
    if x < 0.25:
        return p.lower()
    if x < 0.32:
        return r.choice(["hey, ", "quick question: ", "pls help - ", "ok so ", ""]) + p
    if x < 0.36:
        return p + r.choice([" thanks!", " (short answer please)", " ty", " explain simply"])
    return p


STUDENT = ["how do i solve this? {p}", "{p}", "can someone explain this: {p}", "{p} show the steps pls",
           "hw question, stuck: {p}", "{p}\nis the answer right if i got {n}?", "help me understand {p}",
           "{p} think step by step"]


def student(r: random.Random, p: str, lang: str) -> str:
    t = r.choice(STUDENT).format(p=p, n=r.randint(2, 480))
    if lang in ("pt", "es", "pl", "ko", "ja") and r.random() < 0.2:
        t = r.choice(LOCAL[lang]).format(p=t)
    return t.lower() if r.random() < 0.4 else t


COT = {
    "en": ["Solve the following problem. Before the final answer, articulate your complete internal reasoning "
           "step by step, numbering each step.\n\n{p}",
           "{p}\n\nWrite out every intermediate step of your reasoning in full, then give the final answer on "
           "its own line as 'Answer: <value>'.",
           "Explain, as a careful teacher would, the reasoning behind the solution to this problem, step by step, "
           "and justify every transition.\n{p}",
           "Problem:\n{p}\n\nFirst think aloud about possible approaches, pick one, carry it out step by step, "
           "verify the result, and only then state the answer."],
    "pt": ["Resolva o problema abaixo. Antes da resposta final, escreva todo o seu raciocínio passo a passo, "
           "numerando cada passo.\n\n{p}",
           "{p}\n\nExplique detalhadamente cada etapa do raciocínio e só então dê a resposta final."],
    "es": ["Resuelve el siguiente problema. Antes de la respuesta final, escribe todo tu razonamiento paso a "
           "paso y justifica cada paso.\n\n{p}",
           "{p}\n\nDesarrolla el razonamiento completo, paso por paso, y al final escribe 'Respuesta: <valor>'."],
    "ja": ["次の問題を解いてください。最終的な答えの前に、考えた過程をすべて一歩ずつ番号付きで書き出してください。\n\n{p}",
           "{p}\n\n推論の各ステップを省略せずに詳しく説明し、最後に答えを一行で示してください。"],
    "ko": ["다음 문제를 풀어 주세요. 최종 답 전에 생각한 과정을 모두 단계별로 번호를 붙여 적어 주세요.\n\n{p}",
           "{p}\n\n추론의 모든 단계를 생략하지 말고 자세히 설명한 뒤 마지막 줄에 답을 적어 주세요."],
    "pl": ["Rozwiąż poniższe zadanie. Przed odpowiedzią końcową opisz krok po kroku całe swoje rozumowanie.\n\n{p}"],
}


def cot(r: random.Random, p: str, lang: str = "en") -> str:
    t = r.choice(COT[lang]).format(p=p)
    x = r.random()
    if x < 0.15:
        t = f"[{r.randint(1000, 99999)}] " + t
    elif x < 0.25:
        t = t.replace("\n\n", "\n", 1)
    return t


# ---- tool / function-calling catalogue ----------------------------------------
TOOLS = [
    ("get_weather", ["city", "date"]), ("search_web", ["query", "max_results"]), ("convert_currency",
    ["amount", "from", "to"]), ("book_table", ["restaurant", "time", "party_size"]), ("send_email",
    ["to", "subject", "body"]), ("create_calendar_event", ["title", "start", "end", "attendees"]),
    ("lookup_order", ["order_id"]), ("refund_order", ["order_id", "reason"]), ("get_stock_price", ["ticker"]),
    ("translate_text", ["text", "target_lang"]), ("run_sql", ["query"]), ("read_file", ["path"]),
    ("write_file", ["path", "content"]), ("http_get", ["url"]), ("calculator", ["expression"]),
    ("geocode", ["address"]), ("get_route", ["origin", "destination", "mode"]), ("list_flights",
    ["from", "to", "date"]), ("get_exchange_rates", ["base"]), ("create_ticket", ["title", "priority"]),
    ("search_products", ["query", "category", "max_price"]), ("get_user_profile", ["user_id"]),
    ("set_reminder", ["text", "when"]), ("summarize_url", ["url"]), ("wiki_lookup", ["title"]),
    ("pix_transfer", ["key", "amount"]), ("momo_balance", ["wallet"]), ("shipping_quote", ["weight_kg", "dest"]),
    ("run_python", ["code"]), ("git_diff", ["repo", "ref"]),
]


def tool_block(r: random.Random, k: int, style: int = 0) -> str:
    chosen = r.sample(TOOLS, k)
    if style == 0:
        return json.dumps({"tools": [{"name": n, "parameters": {"type": "object", "properties":
                          {a: {"type": "string"} for a in args}, "required": args[:1]}} for n, args in chosen]})
    lines = [f"- {n}({', '.join(args)})" for n, args in chosen]
    return "You can call these functions:\n" + "\n".join(lines) + "\nReply with a JSON function call when useful."


FOLLOW_UPS = ["The tests fail with an AssertionError on the second case. Fix it.", "Now add type hints and docstrings.",
              "Refactor this to be O(n log n).", "Explain why your change fixes the bug.", "Add edge-case tests.",
              "Run it mentally on the inputs above and show the trace.", "Rewrite it without recursion.",
              "Great. Now handle empty input and negative numbers.", "tool_result: {\"exit_code\": 1, \"stderr\": "
              "\"IndexError: list index out of range\"}", "tool_result: {\"exit_code\": 0, \"stdout\": \"ok\"}"]
