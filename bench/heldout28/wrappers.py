"""Campaign wrappers: paraphrase grammars that turn a task into a harvest prompt."""
from __future__ import annotations

import random

OPEN = ["", "", "Hi! ", "Quick question. ", "For my study notes: ", "I'm reviewing this one. ", "Help please - "]
COT = ["Solve the following and explain every step of your reasoning.",
       "Work through this carefully, writing out each intermediate step before giving the final answer.",
       "Show your full chain of reasoning, step by step, then state the answer.",
       "Walk me through how you would think about this, including any checks you make along the way.",
       "Give a detailed, numbered derivation and the final result.",
       "Explain the reasoning behind the answer as if teaching it, one step at a time.",
       "Before answering, articulate your internal reasoning and write it out step by step.",
       "Think it through out loud: what is given, what is asked, each step, then verify."]
TAIL = ["", "", " Put the final answer at the end.", " End with 'Answer:'.", " Be thorough.", " Don't skip steps.",
        " Double-check the arithmetic."]
CODE = ["Write a reference Python solution and explain the algorithm step by step, then list edge cases.",
        "Implement this. First describe your plan, then the code, then why it passes the tests.",
        "Code review exercise: produce a clean solution with comments explaining each decision.",
        "Solve in Python. Explain your reasoning before the code and analyse complexity after it.",
        "I need a well-documented solution plus a walkthrough of how you arrived at it."]
TL = ["Pakisagot po nang step by step at ipaliwanag bawat hakbang: {q}", "{q}\n\nPaki-explain po yung buong solution, wag po i-skip yung steps.",
      "Paano po ito sagutin? Isulat po ang reasoning bago ang final answer. {q}", "pa-solve naman po tapos explain kung bakit: {q}",
      "{q}\nPwede po ba detalyadong paliwanag? Salamat po!", "Gawin mo ito step by step, tapos sabihin ang sagot sa dulo: {q}",
      "Help po sa review namin. Ipakita po lahat ng solution: {q}"]
ID = ["Tolong selesaikan soal ini dan jelaskan setiap langkah penalarannya: {q}", "{q}\n\nTuliskan cara berpikirnya langkah demi langkah ya.",
      "Bagaimana cara mengerjakan ini? Jelaskan alasannya secara rinci. {q}", "Kerjakan dengan lengkap, jangan lewati langkah: {q}"]
VI = ["Hãy giải bài toán sau và trình bày từng bước suy luận: {q}", "{q}\n\nGiải thích chi tiết quá trình suy nghĩ trước khi đưa ra đáp án.",
      "Bạn hãy viết ra toàn bộ lập luận của mình từng bước một cho bài này: {q}", "Trình bày lời giải đầy đủ, kiểm tra lại kết quả: {q}",
      "Giúp mình bài này nhé, giải thích kỹ từng bước: {q}"]
BPO = ["Trainee question from the floor, please show the full working: {q}", "Client escalation - need a worked solution we can paste: {q}",
       "For the knowledge base article, solve step by step: {q}", "QA calibration item: {q}\nExplain the reasoning in detail."]
SYS_TEACH = ["You are a meticulous mathematics teacher. Always show complete reasoning before the final answer.",
             "You are an expert tutor. Derive every result step by step and state the final answer clearly.",
             "You are a careful problem solver. Write your thought process in numbered steps, then give the answer.",
             "Act as a competition coach: full derivations, no skipped steps, final answer boxed."]
SYS_AGENT = ["You are an autonomous software agent. Tools: read_file, write_file, run_tests, search_docs. Reason before each action.",
             "You are a coding agent with tools (read_file(path), write_file(path, content), run_tests(cmd)). Think step by step, then emit one tool call.",
             "Agent mode. Available tools: shell, editor, tests. Explain your plan, then act. Output FINAL when the task is complete."]


def english(r: random.Random, q: str, src: str) -> str:
    if src in ("mbpp", "humaneval"):
        ins = r.choice(CODE)
        return f"{ins}\n\n{q}" if r.random() < 0.6 else f"{q}\n\n{ins}"
    ins = r.choice(COT) + r.choice(TAIL)
    return f"{r.choice(OPEN)}{ins}\n\n{q}" if r.random() < 0.55 else f"{r.choice(OPEN)}{q}\n\n{ins}"


def local(r: random.Random, q: str, lang: str) -> str:
    return r.choice({"tl": TL, "id": ID, "vi": VI, "bpo": BPO}[lang]).format(q=q)
