"""Serialisation to the gateway's wire form: event-time order, mixed timestamp encodings,
a few malformed lines and a few at-least-once redeliveries."""
from __future__ import annotations

import gzip
import io
import random

import orjson

from .world import iso_ms

EPOCH_TS_SHARE = 0.03      # integer epoch-ms timestamps (an older gateway build)
ASN_TEXT_SHARE = 0.02      # "AS16509" instead of 16509 (one edge region's enrichment)
MALFORMED_SHARE = 0.0005
REDELIVERY_SHARE = 0.0005

ORIGINAL, MALFORMED, REDELIVERY = "original", "malformed", "redelivery"


def _encode(ev: dict, rng: random.Random) -> bytes:
    out = dict(ev)
    out["ts"] = ev["ts"] if rng.random() < EPOCH_TS_SHARE else iso_ms(ev["ts"])
    if out.get("asn") is not None and rng.random() < ASN_TEXT_SHARE:
        out["asn"] = f"AS{out['asn']}"
    return orjson.dumps(out)


def _break(ev: dict, line: bytes, rng: random.Random) -> bytes:
    """A line parse_event must reject: truncated, a required field missing, or a wrong type."""
    kind = rng.randrange(6)
    if kind == 0:
        return line[: rng.randrange(10, max(11, len(line) - 2))]
    bad = dict(ev)
    bad["ts"] = iso_ms(ev["ts"])
    if kind == 1:
        del bad[rng.choice(("event_id", "account_id", "prompt_tokens", "completion_tokens", "ts"))]
    elif kind == 2:
        bad["prompt_tokens"] = rng.choice(("n/a", None, [ev["prompt_tokens"]], -ev["prompt_tokens"] - 1))
    elif kind == 3:
        bad["ts"] = rng.choice(("yesterday", "10/06/2027 14:02", None, {"ms": ev["ts"]}))
    elif kind == 4:
        bad["account_id"] = rng.choice(("", None, {"id": ev["account_id"]}))
    else:
        bad["completion_tokens"] = rng.choice((-1, "many", 2.5, "∞"))
    return orjson.dumps(bad)


def serialise(events: list[dict], seed: int) -> tuple[list[bytes], list[str]]:
    """Events (any order) -> wire lines and each line's kind."""
    rng = random.Random(f"{seed}:wire")
    events = sorted(events, key=lambda e: (e["ts"], e["event_id"]))
    lines: list[bytes] = []
    kinds: list[str] = []
    pending: list[tuple[int, bytes]] = []          # (insert after this many more lines, bytes)
    for ev in events:
        line = _encode(ev, rng)
        if rng.random() < MALFORMED_SHARE:
            lines.append(_break(ev, line, rng))
            kinds.append(MALFORMED)
        else:
            lines.append(line)
            kinds.append(ORIGINAL)
            if rng.random() < REDELIVERY_SHARE:
                pending.append((rng.randrange(1, 60), line))
        still = []
        for left, copy in pending:
            if left <= 0:
                lines.append(copy)
                kinds.append(REDELIVERY)
            else:
                still.append((left - 1, copy))
        pending = still
    for _, copy in pending:
        lines.append(copy)
        kinds.append(REDELIVERY)
    return lines, kinds


def gzip_bytes(lines: list[bytes]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        for line in lines:
            gz.write(line)
            gz.write(b"\n")
    return buf.getvalue()


def labels_bytes(labels: dict[str, dict]) -> bytes:
    return orjson.dumps({k: labels[k] for k in sorted(labels)}, option=orjson.OPT_INDENT_2) + b"\n"
