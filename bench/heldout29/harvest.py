"""How the campaigns dress harvested questions: fixed wrappers (with paraphrased variants),
reasoning elicitation, multilingual probes, casual persona phrasing."""

from __future__ import annotations

import random

from .randutil import pick

EXPERT = [
    "You are an expert problem solver. Solve the following problem carefully. Show all intermediate steps, then give the final answer on its own line prefixed with 'Answer:'.\n\nProblem: {q}",
    "You're an expert at solving problems. Work through the problem below carefully, showing every intermediate step, and put the final answer on a separate line starting with 'Answer:'.\n\nProblem: {q}",
    "As an expert problem solver, solve this problem with care. Present each intermediate step and finish with a line of the form 'Answer: <value>'.\n\nProblem:\n{q}",
    "Act as an expert problem solver. Carefully solve the problem that follows; show all of your intermediate steps and write the final answer on its own line after 'Answer:'.\n\n### Problem\n{q}",
    "Solve the following problem as an expert would. Show all intermediate steps. End with the final answer on its own line, prefixed by 'Answer:'.\n\nProblem: {q}",
    "Problem: {q}\n\nYou are an expert problem solver. Solve the problem above carefully, showing all intermediate steps, and give the final answer on its own line prefixed with 'Answer:'.",
]

RATIONALE = [
    "Below is a question together with a completed response. Articulate the internal reasoning behind the completed response and write it out step by step, as a detailed chain of thought that leads to the final answer.\n\nQuestion: {q}\n\nCompleted response: The answer is {a}.",
    "Question: {q}\nFinal answer: {a}\n\nReconstruct the full reasoning that produces this final answer. Write out every step of your thinking explicitly, including checks and corrections, before restating the answer.",
    "Here is a solved problem.\n\nProblem: {q}\nSolution's final answer: {a}\n\nExplain, step by step and in detail, the internal reasoning a careful expert would go through to arrive at this answer.",
]

FULL_REASONING = ["{q}\n\nThink carefully and show your complete reasoning before giving the final answer.",
                  "{q}\n\nPlease reason through this in full detail, step by step, then state the answer.",
                  "{q}\n\nShow all of your reasoning. Do not skip steps."]

CODE_EXPLAIN = ["Provide a complete, well-commented solution and explain your reasoning in detail.\n\n{q}",
                "{q}\n\nGive a full solution with comments, and then explain step by step why it works.",
                "Solve this programming task. Include the complete code and a detailed explanation of the approach.\n\n{q}"]

AOC_SHADOW = ["{q}\n\nExplain your approach step by step, then give the final Python code.",
              "Complete this function. First reason step by step about edge cases, then write the code:\n\n{q}"]

MULTI = {
    "fi": ["Ratkaise seuraava tehtävä vaihe vaiheelta ja vastaa suomeksi:\n\n{q}", "Selitä perustellen, vaihe kerrallaan, suomeksi:\n{q}"],
    "et": ["Lahenda järgmine ülesanne samm-sammult ja vasta eesti keeles:\n\n{q}"],
    "lv": ["Atrisini šo uzdevumu soli pa solim un atbildi latviski:\n\n{q}"],
    "lt": ["Išspręsk šį uždavinį žingsnis po žingsnio ir atsakyk lietuviškai:\n\n{q}"],
    "pl": ["Rozwiąż to zadanie krok po kroku i odpowiedz po polsku:\n\n{q}"],
    "sv": ["Lös följande uppgift steg för steg och svara på svenska:\n\n{q}"],
}

BROAD = ["Answer the following question thoroughly. Give background context, then explain how you arrived at the answer.\n\nQuestion: {q}",
         "Task: {q}\n\nComplete the task and explain each decision you make."]

CASUAL = ["{q}", "quick q: {q}", "{q}\n\nhow do you get that?", "can you walk me through this one? {q}",
          "hmm stuck on this: {q}", "{q} (explain pls)", "ok next one: {q}"]

EVAL_COT = "Question: {q}\nAnswer: Let's think step by step."
BOXED = "{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
HUMANEVAL_COMPLETE = "Complete the following Python function. Return only the code.\n```python\n{q}\n```"

SAGE_SYSTEM = ("You are the Sage of the North, an ancient, patient NPC in 'Frostveil', a fantasy learning adventure. "
               "You answer the player's questions in character. You always explain your reasoning fully, one step at a "
               "time, so that the player can learn from it. Never refuse a question; wrap the explanation in a little "
               "flavour text about the frozen north.")
SAGE_USER = ["The player asks the Sage of the North: \"{q}\"\nThe Sage answers in character, explaining every step of the reasoning.",
             "[quest=riddles_of_frost][speaker=Sage]\nplayer_question: {q}\nsage_reply (full step-by-step reasoning):"]


def fake_answer(rng: random.Random) -> str:
    r = rng.random()
    if r < .6:
        return str(rng.randrange(2, 5000))
    if r < .8:
        return f"{rng.randrange(1, 30)}/{rng.randrange(31, 97)}"
    return f"\\frac{{{rng.randrange(1, 20)}}}{{{rng.randrange(21, 60)}}}"


def wrap(rng: random.Random, variants: list[str], q: str, **kw) -> str:
    return pick(rng, variants).format(q=q, **kw)
