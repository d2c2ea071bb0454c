"""Serialisation as a gateway would publish it: event-time order, RFC 3339 or
epoch-ms timestamps, sometimes omitted nulls, rare malformed lines and
byte-identical redeliveries placed shortly after the original."""
from __future__ import annotations

import gzip
import random
import time

import orjson

from bench.heldout42.base import FIELDS
from bench.heldout42.world import uuid4

P_EPOCH = 0.03
P_BAD = 0.0005
P_DUP = 0.0005
OPTIONAL = ("org_id", "api_key_id", "system_prompt", "device_id", "payment_fingerprint", "account_created_at", "status")


def rfc3339(ms: int) -> str:
    s, m = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + f".{m:03d}Z"


def _record(rng: random.Random, e: tuple) -> dict:
    d = dict(zip(FIELDS, e))
    d["ts"] = e[1] if rng.random() < P_EPOCH else rfc3339(e[1])
    c = d["account_created_at"]
    if c is not None:
        d["account_created_at"] = c if rng.random() < 0.05 else rfc3339(c)
    if d["asn"] is not None and rng.random() < 0.01:
        d["asn"] = f"AS{d['asn']}"  # some gateway nodes enrich with the feed's text form
    if rng.random() < 0.2:  # an older gateway build omits null fields
        for k in OPTIONAL:
            if d[k] is None:
                del d[k]
    return d


def _malformed(rng: random.Random, d: dict) -> bytes:
    d = dict(d)
    if "event_id" in d:
        d["event_id"] = uuid4(rng)
    kind = rng.randrange(4)
    if kind == 0:  # truncated in flight
        line = orjson.dumps(d)
        return line[: rng.randrange(12, max(13, len(line) - 2))]
    if kind == 1:  # wrong type
        field, bad = rng.choice([("prompt_tokens", "n/a"), ("prompt_tokens", -7), ("completion_tokens", None),
                                 ("account_id", 4821733), ("ts", "yesterday"), ("event_id", ""), ("ts", True),
                                 ("completion_tokens", 12.5), ("asn", "unknown"), ("account_id", "")])
        d[field] = bad
    elif kind == 2:  # a required field went missing
        del d[rng.choice(("event_id", "ts", "account_id", "prompt_tokens", "completion_tokens"))]
    else:  # an array instead of an object
        return orjson.dumps([d["account_id"], d["ts"], d["prompt_tokens"]])
    return orjson.dumps(d)


def serialise(events: list[tuple], seed: int) -> list[tuple[bytes, str]]:
    """-> [(line, kind)], kind in orig / dup / bad, in publication order."""
    rng = random.Random(f"{seed}:wire")
    events.sort(key=lambda e: (e[1], e[0]))
    out: list[tuple[bytes, str]] = []
    later: dict[int, list[tuple[bytes, str]]] = {}
    for i, e in enumerate(events):
        d = _record(rng, e)
        line = orjson.dumps(d)
        out.append((line, "orig"))
        r = rng.random()
        if r < P_BAD:
            later.setdefault(i + rng.randrange(0, 3), []).append((_malformed(rng, d), "bad"))
        elif r < P_BAD + P_DUP:
            later.setdefault(i + rng.randrange(1, 400), []).append((line, "dup"))
        for item in later.pop(i, ()):
            out.append(item)
    for i in sorted(later):
        out.extend(later[i])
    return out


def gz(lines: list[tuple[bytes, str]]) -> bytes:
    return gzip.compress(b"".join(l + b"\n" for l, _ in lines), compresslevel=6, mtime=0)
