"""Turning a request into a contract event: token counts, status codes, the
edge that received it, and the field layout on the wire.

Two gateway fleets publish events. mxp1 (Milan) and mad1 (Madrid) write RFC
3339 text timestamps and omit absent optional fields; lis1 (Lisbon) is an older
build that writes epoch milliseconds, ASNs as "AS1234" text and explicit nulls.
Both are valid per enforcer/contracts.py; the edge is chosen by the network the
request came from, never by who sent it.
"""
from __future__ import annotations

import random
import re

from .clients import Account, Client
from .networks import NETS
from .world import World, rfc3339

_ASN_CC: dict[int, str] = {}
for _n in NETS.values():
    _ASN_CC.setdefault(_n.asn, _n.country)
_EDGE = {"PT": "lis1", "MA": "lis1", "ES": "mad1", "FR": "mad1"}

# Completion length by kind of answer: (median tokens, lognormal sigma).
CTOK = {
    "short": (55, 0.6), "chat": (190, 0.7), "essay": (1150, 0.35), "math": (520, 0.5), "cot": (1250, 0.45),
    "code": (430, 0.6), "quiz": (780, 0.35), "summary": (230, 0.5), "tool": (70, 0.5), "final": (170, 0.5),
    "latin": (420, 0.4), "list": (420, 0.5), "label": (14, 0.5), "email": (260, 0.4), "review": (380, 0.5),
    "plan": (650, 0.45), "rewrite": (900, 0.4),
}


# The model answers a request for step-by-step reasoning at length whoever
# asks: a maturando pasting a TikTok prompt gets as long an answer as a harvester.
_STEPWISE = re.compile(r"step by step|passo (?:dopo|per) passo|passo passo|paso a paso|passo a passo|pas a pas|ogni passaggio|"
                       r"cada paso|cada passo|each step|every step|βήμα|reasoning|ragionamento|razonamiento|raciocínio", re.I)
_UPGRADE = {"chat", "math", "list", "latin", "code", "summary", "quiz"}
# The consumer app wraps every conversation in its own hidden system prompt
# (not forwarded to the gateway as text, but counted in prompt_tokens).
APP_OVERHEAD = 412


def ntok(text: str | None) -> int:
    """Rough tokenizer: ~4 chars/token for ASCII, more tokens for accented and
    Greek text (multi-byte UTF-8)."""
    if not text:
        return 0
    n = len(text)
    extra = len(text.encode()) - n
    return max(1, int(n / 4.0 + extra * 0.3 + 0.5))


def ctok(rng: random.Random, kind: str, prompt_tokens: int = 0) -> int:
    if kind == "translate":
        return max(8, int(prompt_tokens * rng.uniform(1.0, 1.3)))
    if kind == "embed":
        return 0
    med, sig = CTOK[kind]
    return max(1, min(8192, int(med * rng.lognormvariate(0, sig))))


def status(rng: random.Random, p429: float = 0.004, p5xx: float = 0.003, p499: float = 0.003, p400: float = 0.002) -> int:
    x = rng.random()
    if x < p429:
        return 429
    x -= p429
    if x < p5xx:
        return 503 if rng.random() < 0.6 else 500
    x -= p5xx
    if x < p499:
        return 499  # client went away (closed the app mid-answer)
    x -= p499
    if x < p400:
        return 400
    return 200


class Sink:
    """Collects events in generation order; output.py sorts and writes them."""

    def __init__(self, world: World):
        self.world = world
        self.rows: list[tuple[int, int, dict]] = []  # (ts, seq, record without id)

    def emit(self, rng: random.Random, acct: Account, ts: int, client: Client, addr: tuple[str, int], *,
             model: str | None, endpoint: str | None, prompt: str | None, kind: str = "chat",
             system: str | None = None, history: int = 0, key: str | None = None, st: int | None = None,
             out_tokens: int | None = None, p429: float = 0.004, extra_prompt_tokens: int = 0) -> bool:
        w = self.world
        if not (w.start <= ts < w.end) or ts < acct.created:
            return False
        if kind in _UPGRADE and prompt and _STEPWISE.search(prompt):
            kind = "cot" if kind != "code" or rng.random() < 0.5 else kind
        if endpoint == "/app/v2/conversation":
            extra_prompt_tokens += APP_OVERHEAD
        ptok = ntok(prompt) + ntok(system) + history + extra_prompt_tokens + 7
        if st is None:
            st = status(rng, p429=p429)
        if st == 200:
            out = out_tokens if out_tokens is not None else ctok(rng, kind, ptok)
        else:
            out = 0
        if kind == "embed":
            out = 0
        ip, asn = addr
        edge = _EDGE.get(_ASN_CC.get(asn, "IT"), "mxp1")
        legacy = edge == "lis1"
        rec = {
            "ts": ts if legacy else rfc3339(ts),
            "account_id": acct.id,
            "org_id": acct.org,
            "api_key_id": key,
            "endpoint": endpoint,
            "model": model,
            "status": st,
            "prompt_tokens": ptok,
            "completion_tokens": out,
            "ip": ip,
            "asn": f"AS{asn}" if legacy else asn,
            "user_agent": client.ua_at(ts),
            "device_id": client.device,
            "payment_fingerprint": acct.payment,
            "account_created_at": rfc3339(acct.created),
            "system_prompt": system,
            "prompt": prompt,
            "edge": edge,
        }
        if not legacy:
            rec = {k: v for k, v in rec.items() if v is not None}
        self.rows.append((ts, len(self.rows), rec))
        return True
