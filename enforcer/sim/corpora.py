"""Prompt corpora (real public prompts) and a tiny wording grammar.

The simulator never invents question content: benign and attack traffic both
draw from the same real corpora, so content alone cannot give the label away.
"""
from __future__ import annotations

import os
import random
import re
from pathlib import Path

import orjson

FILES = {
    "arena": "benign_arena_hard_prompts.jsonl",
    "awesome": "benign_awesome_chatgpt_prompts.jsonl",
    "nq": "benign_nq_open_questions.jsonl",
    "seed_tasks": "benign_self_instruct_seed_tasks.jsonl",
    "user_oriented": "benign_self_instruct_user_oriented.jsonl",
    "gsm8k": "task_gsm8k.jsonl",
    "humaneval": "task_humaneval.jsonl",
    "math": "task_math.jsonl",
    "mbpp": "task_mbpp.jsonl",
    "svamp": "task_svamp.jsonl",
}
SAMPLE_DIR = Path(__file__).with_name("sample_prompts")
# A few corpus rows exceed 100k chars; people rarely paste that much into one
# request and keeping them would only bloat the output.
MAX_USER_CHARS = 8000


def default_prompts_dir() -> Path:
    env = os.environ.get("ENFORCER_PROMPTS_DIR")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[2]
    shared = repo.parent / "shared" / "data" / "prompts"
    if shared.is_dir() and any(shared.glob("*.jsonl")):
        return shared
    return SAMPLE_DIR


def _read(path: Path) -> list[str]:
    with path.open("rb") as fh:
        return [orjson.loads(line)["text"] for line in fh if line.strip()]


class Corpora:
    """Named prompt pools; every list is in file order so runs are reproducible."""

    def __init__(self, by_name: dict[str, list[str]], origin: str = "?"):
        self.by_name = by_name
        self.origin = origin

        def pool(*names: str, cap: int = MAX_USER_CHARS) -> list[str]:
            return [t for n in names for t in by_name.get(n, ()) if len(t) <= cap]

        self.chat = pool("arena", "awesome", "seed_tasks", "user_oriented")
        self.search = pool("nq")
        self.word_problems = pool("gsm8k", "svamp")
        self.maths = pool("gsm8k", "svamp", "math")
        self.code = pool("mbpp", "humaneval")
        # Role prompts long enough to be an app's system prompt but not absurd.
        self.long_system = [t for t in pool("awesome", cap=2600) if len(t) >= 1200] or sorted(
            self.chat, key=len)[-5:]
        missing = [k for k in ("chat", "search", "maths", "code") if not getattr(self, k)]
        if missing:
            raise ValueError(f"prompt corpora in {origin} lack: {', '.join(missing)}")

    @classmethod
    def load(cls, directory: str | Path | None = None) -> "Corpora":
        d = Path(directory) if directory else default_prompts_dir()
        if not d.is_dir():
            raise FileNotFoundError(f"prompts dir not found: {d}")
        texts = {name: _read(d / fn) for name, fn in FILES.items() if (d / fn).is_file()}
        return cls(texts, origin=str(d))

    def benign(self, rng: random.Random) -> tuple[str, str]:
        """A user prompt as (kind, text). Chat dominates; search-style queries and
        the odd raw homework/coding question are part of normal usage too."""
        r = rng.random()
        if r < 0.66:
            return "chat", rng.choice(self.chat)
        if r < 0.88:
            return "search", rng.choice(self.search)
        if r < 0.95:
            return "maths", rng.choice(self.maths)
        return "code", rng.choice(self.code)


_ALT = re.compile(r"\{([^{}]*)\}")


def expand(pattern: str, rng: random.Random) -> str:
    """Resolve `{a|b|c}` alternatives (nestable, innermost first). Question
    text is substituted afterwards, so its own braces are never touched."""
    while True:
        m = _ALT.search(pattern)
        if m is None:
            return pattern
        pattern = pattern[: m.start()] + rng.choice(m.group(1).split("|")) + pattern[m.end():]
