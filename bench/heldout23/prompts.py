"""Prompt material: the public corpora (see /work/shared/data/prompts/SOURCES.md) and the ways people
in this world turn them into requests: homework phrasing, developer questions, translation jobs,
agent contexts, templated harvesting, paraphrasing and number perturbation."""
from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

from . import lang as L

DEFAULT_DIR = "/work/shared/data/prompts"
_CODE = re.compile(r"```|\bdef |\bfunction\b|\bcode\b|python|C\+\+|javascript|typescript|\bSQL\b|\bjava\b|rust|"
                   r"golang|\bregex|\bAPI\b|script|compile|\bclass\b", re.I)


def _load(d: Path, name: str) -> list[str]:
    with open(d / name, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


class Corpus:
    def __init__(self, directory: str | None = None):
        d = Path(directory or os.environ.get("ENFORCER_PROMPTS_DIR") or DEFAULT_DIR)
        awesome = _load(d, "benign_awesome_chatgpt_prompts.jsonl")
        arena = _load(d, "benign_arena_hard_prompts.jsonl")
        self.selfi = _load(d, "benign_self_instruct_seed_tasks.jsonl") + _load(d, "benign_self_instruct_user_oriented.jsonl")
        self.nq = _load(d, "benign_nq_open_questions.jsonl")
        self.gsm8k = _load(d, "task_gsm8k.jsonl")
        self.math = _load(d, "task_math.jsonl")
        self.svamp = _load(d, "task_svamp.jsonl")
        self.mbpp = _load(d, "task_mbpp.jsonl")
        self.humaneval = _load(d, "task_humaneval.jsonl")
        self.awesome = [t for t in awesome if len(t) <= 2500]
        self.roles = [t for t in awesome if 300 <= len(t) <= 4000]
        self.arena_code = [t for t in arena if len(t) <= 5000 and _CODE.search(t)]
        self.arena_text = [t for t in arena if len(t) <= 3000 and not _CODE.search(t)]
        self.arena_hard = [t for t in arena if len(t) <= 5000]

    def chat(self, rng: random.Random) -> str:
        r = rng.random()
        if r < .35:
            return rng.choice(self.selfi)
        if r < .65:
            return rng.choice(self.awesome)
        if r < .85:
            return rng.choice(self.arena_text)
        return rng.choice(self.arena_code)


def casual(rng: random.Random, t: str) -> str:
    """Phone typing: lower case, dropped question marks, the odd 'pls'."""
    if rng.random() < .5:
        t = t[:1].lower() + t[1:]
    if rng.random() < .3:
        t = t.rstrip("?")
    if rng.random() < .15:
        t = t + rng.choice((" pls", " please", " abeg", " tafadhali", " asap", " 🙏"))
    return t


def consumer(c: Corpus, rng: random.Random, lang: str, holiday_bias: float = .35) -> tuple[str, str]:
    """One opening message of an ordinary chat user. Returns (prompt, answer kind)."""
    r = rng.random()
    if r < holiday_bias:
        return L.native(rng, lang), "greet"
    r = rng.random()
    if r < .3:
        q = casual(rng, rng.choice(c.nq))
        return (q if L.base(lang) == "en" or rng.random() < .5 else L.ask(rng, lang, q)), "short"
    if r < .8:
        t = c.chat(rng)
        return (t if L.base(lang) == "en" or rng.random() < .7 else L.ask(rng, lang, t)), "chat"
    q = rng.choice(c.gsm8k if rng.random() < .7 else c.svamp)
    return student_math(rng, q, lang), "math"


_MATH_FRAMES = ("{x}", "pls solve: {x}", "How do I solve this?\n{x}", "{x}\nexplain step by step",
                "Solve this question and show working: {x}", "My teacher gave us this for holiday assignment. {x}",
                "{x}\n\nI got a different answer from my friend, which one is correct?", "{x} show the steps",
                "explain this to me like I'm in SS2: {x}", "{x}\nwhat formula do I use here?")


def student_math(rng: random.Random, q: str, lang: str) -> str:
    t = rng.choice(_MATH_FRAMES).replace("{x}", q)
    if L.base(lang) != "en" and rng.random() < .45:
        t = L.ask(rng, lang, q)
    return casual(rng, t) if rng.random() < .5 else t


_DEV_FRAMES = ("{x}", "Can you help me implement this?\n\n{x}", "Write unit tests for this:\n\n{x}",
               "My solution keeps failing, what is the right approach?\n\n{x}",
               "Review this and suggest improvements:\n```python\n{x}\n```", "Explain what this function should do:\n{x}",
               "Convert this to JavaScript:\n{x}", "{x}\n\nPlease add comments and type hints.")


def dev_question(c: Corpus, rng: random.Random) -> tuple[str, str]:
    r = rng.random()
    if r < .5:
        return rng.choice(c.arena_code), "code"
    if r < .65:
        return rng.choice(c.awesome), "chat"
    if r < .72:
        return synth_code(rng), "code"
    src = c.humaneval if rng.random() < .3 else c.mbpp
    return rng.choice(_DEV_FRAMES).replace("{x}", rng.choice(src)), "code"


# ---------------------------------------------------------------- synthetic tasks
_OPS = ("reverses the words in a sentence", "returns the k most frequent elements of a list",
        "checks whether a string is a valid IPv4 address", "merges overlapping intervals",
        "computes the longest common subsequence of two strings", "parses a CSV line with quoted fields",
        "implements an LRU cache with get and put", "finds the shortest path in a grid with obstacles",
        "validates a Nigerian phone number in +234 format", "converts an integer to English words",
        "detects a cycle in a directed graph", "computes mobile-money transfer fees from a tiered fee table",
        "rate-limits calls with a token bucket", "serialises a binary tree to a string and back",
        "groups anagrams from a list of words", "keeps the running median of a stream of numbers",
        "evaluates an arithmetic expression with parentheses", "searches a rotated sorted array",
        "splits a bill fairly among friends with different shares", "finds the longest palindromic substring",
        "schedules meetings into the fewest rooms", "deduplicates customer records by fuzzy name match",
        "computes loan amortisation schedules", "validates a Kenyan KRA PIN format", "counts islands in a 2D grid",
        "implements a trie with insert, search and prefix count", "topologically sorts build dependencies",
        "computes edit distance between two strings", "encodes and decodes run-length strings",
        "finds the maximum subarray sum")
_PLS = ("Python", "Python", "JavaScript", "TypeScript", "Go", "Java", "Kotlin", "C++", "Rust", "Dart", "PHP", "C#")
_CONS = ("", " in O(n log n) time", " without using built-in sort", " with type hints", " using only the standard library",
         " that handles empty input", " with unit tests", " in a single pass", " with O(1) extra space", " recursively",
         " iteratively", " with docstrings and examples")


def synth_code(rng: random.Random) -> str:
    return f"Write a {rng.choice(_PLS)} function that {rng.choice(_OPS)}{rng.choice(_CONS)}."


TOOLS = ("search_web(query)", "read_file(path)", "write_file(path, content)", "run_shell(cmd)", "http_get(url)",
         "sql_query(sql)", "send_email(to, subject, body)", "calendar_create(title, start, end)", "python_exec(code)",
         "browser_click(selector)", "browser_type(selector, text)", "list_dir(path)", "git_diff()", "run_tests(path)")
GOALS = ("find the cheapest flight from Lagos to Nairobi next Friday and draft an itinerary",
         "fix the failing test in the payments module of the repository", "analyse sales.csv and report the top 5 products by revenue",
         "set up a nightly database backup job and verify it ran", "compare the fees of three mobile-money providers and write a memo",
         "add a phone_verified column to the users table without downtime", "update the pricing sheet with today's NGN/USD rate",
         "triage the 20 newest issues in the tracker and label them", "write and deploy a webhook handler for payment callbacks",
         "reconcile the bank statement with the ledger and list mismatches", "book a meeting with the team for Monday and send the agenda",
         "refactor the authentication module to use JWT refresh tokens", "scrape the county tender notices and summarise new ones",
         "find why the Android build fails on CI and fix it", "generate a weekly report of failed deliveries from the orders database",
         "clean the survey export and compute response rates by region", "migrate the static site from Jekyll to Hugo",
         "investigate the spike in 500 errors in yesterday's logs", "draft replies to unanswered customer emails about refunds",
         "set up monitoring alerts for disk usage on the three servers", "write a script that renames invoice PDFs by date and client")


def agent_task(rng: random.Random) -> tuple[str, list[str]]:
    return rng.choice(GOALS), rng.sample(TOOLS, rng.randint(3, 6))


def observation(rng: random.Random, tool: str) -> str:
    name = tool.split("(")[0]
    if name in ("sql_query", "read_file", "list_dir"):
        rows = "\n".join(f"{rng.randint(1000, 9999)},{rng.choice(('lagos', 'nairobi', 'accra', 'kigali', 'jhb'))},"
                         f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d},{rng.choice(('ok', 'failed', 'pending'))}"
                         for _ in range(rng.randint(4, 14)))
        return f"Observation ({name}):\nid,city,amount,status\n{rows}"
    if name in ("run_shell", "run_tests", "git_diff"):
        return (f"Observation ({name}): exit code {rng.choice((0, 1, 1, 2))}\n"
                f"{rng.choice(('FAILED tests/test_fees.py::test_tier_3 - AssertionError', 'ModuleNotFoundError: No module named yaml', 'All 41 tests passed', 'warning: unused variable `x`'))}")
    return f"Observation ({name}): {rng.choice(('200 OK', 'done', 'no results', 'timeout after 30s', 'created'))} " \
           f"[{rng.randint(1, 40)} items]"


# ---------------------------------------------------------------- transformations used by harvesters
_NUM = re.compile(r"(?<![\w.$])(\d{1,4})(?![\w.])")


def perturb_numbers(rng: random.Random, q: str) -> str:
    """Data augmentation: change the small integers of a word problem so it is a 'new' problem."""
    def sub(m: re.Match) -> str:
        v = int(m.group(1))
        if v < 2:
            return m.group(1)
        return str(max(2, v + rng.randint(-max(1, v // 3), max(1, v // 3))))
    return _NUM.sub(sub, q)


_P_OPEN = ("", "", "Hi! ", "Quick question. ", "Hello, ", "I'm revising for an exam. ", "Need some help. ",
           "I've been stuck on this for a while. ", "Good morning. ", "For my notes: ")
_P_TASK = {"math": ("Solve this", "Work out the answer to this", "Can you figure this out", "Help me get the answer here",
                    "Find the solution to the problem below", "What's the answer to the following", "Please solve"),
           "code": ("Write a solution for this", "Implement this", "Can you code this up", "Help me write this",
                    "Solve this programming task", "Give me working code for this"),
           "agent": ("Plan and carry out this task", "Work through this task with the tools", "Help me get this done",
                     "Act as an assistant with tool access and complete this"),
           "reason": ("Answer this", "Think about this question", "Help me understand this", "Give me your answer to this")}
_P_REASON = ("and walk me through every step of your thinking", "showing all your working",
             "explaining your reasoning in detail as you go", "and talk through the logic before the final answer",
             "thinking out loud and justifying each step", "with a full explanation of how you get there",
             "and please don't skip any steps in the reasoning", "laying out the reasoning one step at a time",
             "and describe what you are thinking at each stage")
_P_FMT = ("", "", " Put the final answer on its own line.", " End with 'Answer:' and the result.",
          " Keep it clear.", " Then double-check the result.", " Be thorough.")


def paraphrase(rng: random.Random, q: str, domain: str, lang: str = "en") -> str:
    """Many surface forms of one request: the harvester's paraphrasing layer."""
    task, why, fmt = rng.choice(_P_TASK[domain]), rng.choice(_P_REASON), rng.choice(_P_FMT)
    r = rng.random()
    if r < .35:
        t = f"{rng.choice(_P_OPEN)}{task}, {why}:\n\n{q}{fmt}"
    elif r < .7:
        t = f"{q}\n\n{task} {why}.{fmt}"
    elif r < .85:
        t = f"{rng.choice(_P_OPEN)}{q}\n{why[0].upper()}{why[1:]}.{fmt}".replace("And ", "")
    else:
        t = L.ask(rng, lang if lang != "en" else rng.choice(("en_ng", "pcm", "sw", "fr")), q)
    return casual(rng, t) if rng.random() < .25 else t
