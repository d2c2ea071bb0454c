"""What distillation campaigns send: reasoning-eliciting wrappers, paraphrases, multilingual variants,
reasoning reconstruction and agent trajectories, and a no-repeat work queue shared by a farm."""

from __future__ import annotations

import random

COT = (
    "Articulate the internal reasoning behind a completed response and write it out step by step.",
    "Before giving the final answer, write out your complete chain of reasoning, step by step, without skipping any step.",
    "Show all intermediate reasoning. Number each step. End with 'Final answer:' followed by the answer.",
    "Think carefully and explain every step of your reasoning in detail, then give the answer.",
    "Reason through the problem out loud, checking each step, and only then state the result.",
)
# combinatorial paraphrases: the same request in thousands of surface forms
OPENERS = ("", "Please ", "Could you ", "I need you to ", "Kindly ", "Hey, ", "Task: ", "For my notes, ", "Quick one: ", "Help me out: ")
VERBS = ("work through", "solve", "go through", "tackle", "figure out", "break down", "walk me through", "handle")
HOW = ("showing every step of your thinking", "explaining your reasoning as you go", "with a detailed derivation",
       "laying out the logic line by line", "with all intermediate steps written out", "narrating your thought process",
       "justifying each transition", "as a careful step-by-step argument")
TAIL = ("", " Finish with the final answer on its own line.", " Box the final answer.", " Then double-check the result.",
        " Keep the reasoning complete even if it is long.", " End with: ANSWER = ...")
SHAPES = ("{o}{v} the following, {h}.{t}\n\n{q}", "{q}\n\n{o}{v} this {h}.{t}", "[{h}]\n{q}\n{t}", "{o}{v} it {h}:\n{q}{t}")
NATIVE_COT = {
    "pl": ("Rozwiąż krok po kroku i opisz dokładnie cały tok rozumowania: {q}", "{q}\nPokaż pełne rozumowanie, każdy krok osobno, na końcu odpowiedź.",
           "Wyjaśnij szczegółowo, jak dojść do wyniku, nie pomijaj żadnego kroku.\n{q}"),
    "cs": ("Vyřeš krok za krokem a podrobně popiš celý postup uvažování: {q}", "{q}\nUkaž celé odůvodnění, každý krok zvlášť."),
    "sk": ("Vyrieš krok za krokom a podrobne opíš celý postup: {q}",),
    "hu": ("Oldd meg lépésről lépésre, és írd le részletesen a teljes gondolatmenetet: {q}", "{q}\nMutasd be minden lépés indoklását."),
    "uk": ("Розв'яжи крок за кроком і детально опиши весь хід міркувань: {q}", "{q}\nПокажи повне міркування, кожен крок окремо."),
    "lt": ("Išspręsk žingsnis po žingsnio ir išsamiai aprašyk visą samprotavimą: {q}",),
    "de": ("Löse Schritt für Schritt und schreibe den vollständigen Gedankengang auf: {q}", "{q}\nBegründe jeden Schritt ausführlich."),
}
RECONSTRUCT = (
    "Here is a problem and its final answer. Articulate the internal reasoning that leads to this answer and write it out step by step.\n\nProblem: {q}\nAnswer: {ans}",
    "The answer below is correct. Reconstruct the full solution path that produces it, step by step.\n{q}\n=> {ans}",
)
AGENT_TASK = (
    "You are an autonomous agent with tools: web_search(query), python(code), read_url(url). Task: {q}\n"
    "Produce the complete trajectory: for every step write Thought, Action (tool call with JSON arguments) and Observation, then Final Answer.",
    "Simulate an expert agent solving this with tools (bash, python, editor). Write the full plan, every tool call, expected outputs "
    "and your reasoning between calls. Task:\n{q}",
    "<task>{q}</task>\nRespond as the agent: think, call tools, reflect on results, iterate until done. Include all intermediate reasoning.",
)


def cot(rng: random.Random, q: str) -> str:
    c = rng.choice(COT)
    return f"{q}\n\n{c}" if rng.random() < 0.6 else f"{c}\n\n{q}"


def paraphrased(rng: random.Random, q: str) -> str:
    o = rng.choice(OPENERS)
    v = rng.choice(VERBS)
    if not o or o.endswith(": "):
        v = v[0].upper() + v[1:]
    return rng.choice(SHAPES).format(o=o, v=v, h=rng.choice(HOW), t=rng.choice(TAIL), q=q)


def native_cot(rng: random.Random, lang: str, q: str) -> str:
    return rng.choice(NATIVE_COT[lang]).replace("{q}", q)


def reconstruct(rng: random.Random, q: str) -> str:
    return rng.choice(RECONSTRUCT).replace("{q}", q).replace("{ans}", str(rng.randint(2, 400)))


def agent_task(rng: random.Random, q: str) -> str:
    return rng.choice(AGENT_TASK).replace("{q}", q)


class WorkQueue:
    """The farm's shared list of items, handed out in shuffled order without repeats (then recycled)."""

    def __init__(self, rng: random.Random, items: list[str]):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0

    def next(self) -> str:
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v
