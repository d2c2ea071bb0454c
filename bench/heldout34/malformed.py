"""Deliberately broken lines of many kinds, as a real gateway topic accumulates them."""
from __future__ import annotations

import random

import orjson

KINDS = ["truncated", "missing_account_id", "negative_tokens", "naive_ts", "garbage_ts", "empty_account_id",
         "tokens_as_text", "log_line", "json_array", "missing_event_id", "ts_microseconds", "null_completion",
         "account_id_too_long", "bad_utf8", "blank_line", "two_records_one_line", "asn_unknown",
         "fractional_tokens"]


def _make(kind: str, r: random.Random, line: bytes, other: bytes) -> bytes:
    rec = orjson.loads(line)
    if kind == "truncated":
        return line[: r.randint(20, max(21, len(line) - 5))]
    if kind == "missing_account_id":
        rec.pop("account_id")
    elif kind == "negative_tokens":
        rec["prompt_tokens"] = -r.randint(1, 400)
    elif kind == "naive_ts":
        rec["ts"] = "2027-02-23T%02d:%02d:%02d.%03d" % (r.randrange(24), r.randrange(60), r.randrange(60),
                                                       r.randrange(1000))
    elif kind == "garbage_ts":
        rec["ts"] = r.choice(["yesterday", "NaN", "23/02/2027 10:14:05 AM", ""])
    elif kind == "empty_account_id":
        rec["account_id"] = ""
    elif kind == "tokens_as_text":
        rec["prompt_tokens"] = r.choice(["n/a", "unknown", "12k"])
    elif kind == "log_line":
        return (b"2027-02-23T0%d:%02d:11.%03dZ WARN gateway-producer: retrying batch %d (broker request timed out)"
                % (r.randrange(10), r.randrange(60), r.randrange(1000), r.randrange(10**6)))
    elif kind == "json_array":
        return b"[" + line + b"]"
    elif kind == "missing_event_id":
        rec.pop("event_id")
    elif kind == "ts_microseconds":
        rec["ts"] = 1_803_400_000_000_000 + r.randrange(10**9)
    elif kind == "null_completion":
        rec["completion_tokens"] = None
    elif kind == "account_id_too_long":
        rec["account_id"] = rec["account_id"] + "x" * 600
    elif kind == "bad_utf8":
        return line[:-1] + b', "note": "\xff\xfe\xc3"}'
    elif kind == "blank_line":
        return r.choice([b"", b"   ", b"\t"])
    elif kind == "two_records_one_line":
        return line + other
    elif kind == "asn_unknown":
        rec["asn"] = "unknown"
    elif kind == "fractional_tokens":
        rec["completion_tokens"] = r.randint(10, 900) + 0.5
    return orjson.dumps(rec)


def malformed(r: random.Random, lines: list[tuple[int, int, bytes]], per_kind: int = 2) -> list[tuple[str, int, bytes]]:
    """(kind, arrival, bytes) for per_kind broken lines of each kind, placed among real lines."""
    out = []
    for kind in KINDS:
        for _ in range(per_kind):
            a, _, line = lines[r.randrange(len(lines))]
            _, _, other = lines[r.randrange(len(lines))]
            out.append((kind, a + r.randint(1, 5000), _make(kind, r, line, other)))
    return out
