"""Wire imperfections and serialisation: timestamp formats, null-omitting gateway PoP, unknown
extra fields, malformed lines (~0.05%) and byte-identical redeliveries (~0.05%), gzip output."""
from __future__ import annotations

import gzip
import random
from dataclasses import dataclass, field

import orjson

from .world import dint, iso, iso_offset

MALFORMED_P = 0.0005
REDELIVER_P = 0.0005
REQUIRED = ("event_id", "ts", "account_id", "prompt_tokens", "completion_tokens")


@dataclass
class Wire:
    lines: list = field(default_factory=list)
    malformed: list = field(default_factory=list)    # line indices meant to be rejected
    redelivered: list = field(default_factory=list)  # line indices that repeat an earlier line
    kinds: dict = field(default_factory=dict)


def _created(ev: dict):
    v = ev["account_created_at"]
    if v is None:
        return None
    return v if dint("created-fmt", ev["account_id"]) % 11 == 0 else iso(v)


def shape(ev: dict, rng: random.Random) -> dict:
    d = dict(ev)
    x = rng.random()
    if x < 0.022:
        d["ts"] = ev["ts"]                      # epoch milliseconds
    elif x < 0.032:
        d["ts"] = round(ev["ts"] / 1000, 3)      # epoch seconds with fraction
    elif x < 0.052:
        d["ts"] = iso_offset(ev["ts"])          # RFC 3339 with +07:00 (Bangkok PoP local time)
    else:
        d["ts"] = iso(ev["ts"])
    d["account_created_at"] = _created(ev)
    pop = "bkk1" if ev["ip"] and dint("pop", ev["ip"]) % 3 else "sin1"
    d["gw_pop"] = pop                           # unknown extra field
    if rng.random() < 0.25:
        d["x_upstream_ms"] = int(rng.lognormvariate(6.5, 0.8))
    if pop == "bkk1":                           # this PoP omits null fields
        d = {k: v for k, v in d.items() if v is not None}
    return d


def corrupt(d: dict, line: bytes, rng: random.Random) -> tuple[bytes, str]:
    k = rng.randrange(4)
    if k == 0:
        return line[: rng.randrange(8, max(9, len(line) - 2))], "truncated"
    if k == 1:
        d = dict(d)
        del d[rng.choice(REQUIRED)]
        return orjson.dumps(d), "missing_field"
    d = dict(d)
    if k == 2:
        d["prompt_tokens"] = rng.choice(["12k", "n/a", [12]])
    else:
        d["ts"] = rng.choice(["13/04/2027 10:00", "yesterday", {"ms": 1}])
    return orjson.dumps(d), "wrong_type"


def render(events: list[dict], seed: int) -> Wire:
    rng = random.Random(f"{seed}:wire")
    w = Wire()
    pending: list[tuple[int, bytes]] = []
    for ev in events:
        d = shape(ev, rng)
        line = orjson.dumps(d)
        if rng.random() < MALFORMED_P:
            line, kind = corrupt(d, line, rng)
            w.malformed.append(len(w.lines))
            w.kinds[kind] = w.kinds.get(kind, 0) + 1
        elif rng.random() < REDELIVER_P:
            pending.append((len(w.lines) + rng.randint(1, 25), line))
            pending.sort(key=lambda p: p[0])
        w.lines.append(line)
        while pending and pending[0][0] <= len(w.lines):
            w.redelivered.append(len(w.lines))
            w.lines.append(pending.pop(0)[1])
    for _, line in pending:
        w.redelivered.append(len(w.lines))
        w.lines.append(line)
    return w


def write_gz(path: str, lines: list[bytes]) -> None:
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
            for i in range(0, len(lines), 4096):
                gz.write(b"".join(line + b"\n" for line in lines[i:i + 4096]))
