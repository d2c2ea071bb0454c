"""Deliberately broken records and gateway redeliveries, made from real lines.

Kinds: bad_json (truncated or mangled text), missing_field (a required field dropped),
wrong_type (a number that is not a number, a list for an id), bad_timestamp (no UTC
offset, or not a date at all)."""
from __future__ import annotations

import random

import orjson

KINDS = ("bad_json", "missing_field", "wrong_type", "bad_timestamp")


def _break(rng: random.Random, kind: str, line: bytes) -> bytes:
    ev = orjson.loads(line)
    if kind == "bad_json":
        k = rng.randrange(3)
        if k == 0:
            return line[: rng.randrange(20, max(21, len(line) - 5))]
        if k == 1:
            return line.replace(b'"account_id":', b"'account_id':", 1)
        return line[:-1] + b",}"
    if kind == "missing_field":
        field = rng.choice(["account_id", "ts", "prompt_tokens", "completion_tokens", "event_id"])
        ev.pop(field, None)
    elif kind == "wrong_type":
        k = rng.randrange(4)
        if k == 0:
            ev["prompt_tokens"] = rng.choice(["n/a", "", "12k"])
        elif k == 1:
            ev["completion_tokens"] = -rng.randrange(1, 500)
        elif k == 2:
            ev["account_id"] = [ev["account_id"]]
        else:
            ev["prompt_tokens"] = ev.get("prompt_tokens", 0) + 0.5
    else:
        k = rng.randrange(3)
        if k == 0:
            ts = ev["ts"] if isinstance(ev["ts"], str) else "2027-11-11T12:00:00.000Z"
            ev["ts"] = ts.replace("T", " ").rstrip("Z")
        elif k == 1:
            ev["ts"] = rng.choice(["yesterday", "11/11/2027 10:32", "NaN"])
        else:
            ev["ts"] = True
    return orjson.dumps(ev)


def corrupt(rng: random.Random, lines: list[tuple[int, bytes]], n: int) -> list[tuple[int, bytes, str]]:
    """n broken copies of random lines, each arriving shortly after its source."""
    out = []
    for j in range(n):
        kind = KINDS[j % len(KINDS)]
        arr, line = lines[rng.randrange(len(lines))]
        out.append((arr + rng.randrange(1, 3000), _break(rng, kind, line), kind))
    return out


def redeliver(rng: random.Random, lines: list[tuple[int, bytes]], n: int) -> list[tuple[int, bytes]]:
    """At-least-once delivery: the same record, byte for byte, seconds to minutes later."""
    return [(arr + rng.randrange(500, 180_000), line) for arr, line in (lines[rng.randrange(len(lines))] for _ in range(n))]
