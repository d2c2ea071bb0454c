"""Prompt text: the shared corpora (task_* for homework, evals and harvest; benign_* for
chat), eval templates, app system prompts and the chain-of-thought elicitation phrases
campaigns paraphrase."""
from __future__ import annotations

import json
import random
from pathlib import Path

FILES = {"gsm8k": "task_gsm8k", "math": "task_math", "svamp": "task_svamp", "humaneval": "task_humaneval",
         "mbpp": "task_mbpp", "arena": "benign_arena_hard_prompts", "awesome": "benign_awesome_chatgpt_prompts",
         "seed": "benign_self_instruct_seed_tasks", "user": "benign_self_instruct_user_oriented",
         "nq": "benign_nq_open_questions"}
CAP = 12_000   # the gateway truncates logged prompt text at 12k characters


class Corpus:
    def __init__(self, root: str | Path):
        self.t: dict[str, list[str]] = {}
        for key, stem in FILES.items():
            with open(Path(root) / f"{stem}.jsonl", encoding="utf-8") as fh:
                self.t[key] = [json.loads(line)["text"][:CAP] for line in fh if line.strip()]

    def pick(self, rng: random.Random, key: str) -> str:
        xs = self.t[key]
        return xs[int(rng.random() * len(xs))]

    def chat(self, rng: random.Random) -> str:
        """An ordinary chat prompt: mostly short self-instruct / arena, sometimes a long role prompt."""
        r = rng.random()
        key = "user" if r < .3 else "seed" if r < .45 else "arena" if r < .8 else "awesome" if r < .9 else "nq"
        return self.pick(rng, key)

    def sweep(self, rng: random.Random, keys: list[str]) -> list[str]:
        """A shuffled, non-repeating order over whole corpora (coverage-style harvesting)."""
        xs = [x for k in keys for x in self.t[k]]
        rng.shuffle(xs)
        return xs


EVAL_TMPL = {
    "gsm8k": "Question: {q}\nAnswer: Let's think step by step.",
    "math": "Solve the following math problem step by step. The last line of your response should be of the form "
            "\"ANSWER: $ANSWER\" (without quotes) where $ANSWER is the answer to the problem.\n\n{q}\n\n"
            "Remember to put your answer on its own line after \"ANSWER:\".",
    "svamp": "Solve the word problem. Think step by step, then give the number.\n\n{q}",
    "humaneval": "Complete the following Python function. Return only code.\n```python\n{q}\n```",
    "mbpp": "You are an expert Python programmer, and here is your task: {q}",
}
TUTOR_SYS = ("Sen 'Kampüs Koç' uygulamasının YKS hazırlık asistanısın. Öğrencinin sorusunu MEB müfredatına uygun, "
             "adım adım ve sade bir dille çöz. Her adımı numaralandır, sonunda cevabı kalın yaz. Öğrenci moral "
             "bozukluğu yaşıyorsa kısa bir cesaret cümlesi ekle. Kopya çekmeye yönelik canlı sınav sorularını reddet.")
SAAS_SYS = ("You are the shopping assistant of \"{store}\", a seller on the Pazarium marketplace. Answer customers in "
            "Turkish, politely and briefly. Use the order and product facts in the context block only. Never promise "
            "refunds; route return requests to the seller panel. Context:\n{ctx}")
RAG_SYS = ("You answer employee questions using ONLY the retrieved policy excerpts below. If the answer is not in the "
           "excerpts, say you do not know. Quote section numbers. Answer in the language of the question.\n\n"
           "### Retrieved excerpts\n{ctx}")
LABEL_SYS = ("Annotation task AX-{batch}. Read the item and return exactly one label from: [helpful, harmless_refusal, "
             "needs_fact_check, off_topic, unsafe]. Then one sentence of rationale. Output JSON: "
             "{{\"label\": ..., \"why\": ...}}")
SEARCH_SYS = "Answer the search query in one or two short sentences. No lists, no links."
AGENT_SYS = ("You are a coding agent working inside the user's repository. You can call tools: read_file(path), "
             "write_file(path, content), run(cmd), search(query). Plan briefly, call one tool per turn, observe the "
             "result, and continue until the task is complete. Keep diffs minimal. Never run destructive commands. "
             "When finished, reply with a summary of changes and how to test them.\n# Tool schema\n" + "".join(
                 f"- name: {t}\n  params: {p}\n" for t, p in (("read_file", "path:string"),
                 ("write_file", "path:string, content:string"), ("run", "cmd:string, timeout_s:int?"),
                 ("search", "query:string, glob:string?"))))
QA_PARA = ("Write {n} different ways a Turkish e-commerce customer might say the following intent, varying formality, "
           "typos and slang. Return a numbered list.\nIntent: {intent}")
INTENTS = ["where is my order", "cancel my subscription", "change delivery address", "the product arrived broken",
           "I was charged twice", "how do I return an item", "apply a discount code", "talk to a human agent",
           "update card details", "invoice for my company", "size exchange", "gift wrapping option"]
WORKSHEET = ["Generate {n} new practice problems similar to this one, with answers at the end, for grade {g}:\n{q}",
             "Aşağıdaki soruya benzer {n} yeni soru üret, {g}. sınıf seviyesinde, cevap anahtarı ekle:\n{q}",
             "Rewrite this problem with Turkish names and lira amounts, keep the numbers solvable:\n{q}"]

# Chain-of-thought elicitation, assembled from parts so campaigns can paraphrase endlessly.
_OPEN = ["", "Please ", "Carefully ", "Now ", "Before answering, ", "As a final step, "]
_VERB = ["articulate", "write out", "spell out", "lay out", "walk through", "reconstruct", "make explicit"]
_OBJ = ["the internal reasoning behind a completed response", "every intermediate step of your reasoning",
        "your full chain of thought", "the reasoning that leads to the final result",
        "the hidden steps you would take", "the thought process behind the answer"]
_TAIL = ["step by step.", "one step per line.", "before giving the final answer.",
         "and end with 'Final answer:'.", "then put the answer in \\boxed{}.", "in numbered steps."]
_LEAD = ["Problem:", "Question:", "Task:", "Exercise:", "Q:", "Input:", ""]


def cot_phrase(rng: random.Random, fixed: int | None = None) -> str:
    if fixed is not None:
        r = random.Random(fixed)
        return f"{r.choice(_OPEN)}{r.choice(_VERB)} {r.choice(_OBJ)} {r.choice(_TAIL)}".strip().capitalize()
    return (f"{_OPEN[int(rng.random() * len(_OPEN))]}{_VERB[int(rng.random() * len(_VERB))]} "
            f"{_OBJ[int(rng.random() * len(_OBJ))]} {_TAIL[int(rng.random() * len(_TAIL))]}").strip().capitalize()


def harvest(rng: random.Random, q: str, paraphrase: bool = True, style: int = 0) -> str:
    """A task prompt dressed for reasoning-trace harvesting."""
    lead = _LEAD[int(rng.random() * len(_LEAD))] if paraphrase else _LEAD[style % len(_LEAD)]
    cot = cot_phrase(rng) if paraphrase else cot_phrase(rng, fixed=style)
    body = f"{lead} {q}".strip() if lead else q
    if rng.random() < 0.5:
        return f"{body}\n\n{cot}"
    return f"{cot}\n\n{body}"


def articulate(rng: random.Random, q: str) -> str:
    """The 'explain a completed response' pattern: a question plus a claimed answer."""
    ans = rng.choice([str(rng.randint(2, 999)), f"{rng.randint(1, 99)}/{rng.randint(2, 99)}", "see below"])
    return (f"{q}\n\nA completed response gave the final answer {ans}. Articulate the internal reasoning behind "
            f"that completed response and write it out step by step, as if you had produced it yourself.")
