"""Wire output: gateway rate limits, event-time order, JSON Lines with a mix of
timestamp forms, an unknown extra field, rare malformed lines and byte-identical
redeliveries, gzip with mtime=0."""
from __future__ import annotations

import gzip
import time
from collections import deque

import orjson

from .world import H, MIN, rng_for

# requests per minute / per UTC day a tier may make before the gateway answers 429
LIMITS = {"free": (10, 120), "payg": (60, 4000), "team": (200, 20000), "enterprise": (5000, 10**9)}
EDGE = {"NG": "los1", "GH": "acc1", "KE": "nbo1", "UK": "lhr1", "US": "iah1"}


def apply_rate_limits(events: list[dict]) -> None:
    """Events must be in time order. Over-limit requests become 429s."""
    minute: dict[str, deque] = {}
    daily: dict[tuple[str, int], int] = {}
    for e in events:
        per_min, per_day = LIMITS[e["tier"]]
        q = minute.setdefault(e["account_id"], deque())
        while q and q[0] <= e["t"] - MIN:
            q.popleft()
        dkey = (e["account_id"], e["t"] // (24 * H))
        used = daily.get(dkey, 0)
        if len(q) >= per_min or used >= per_day:
            e["status"], e["completion_tokens"] = 429, 0
        else:
            q.append(e["t"])
            daily[dkey] = used + 1


def iso_ms(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + f".{ms % 1000:03d}Z"


def edge_pop(e: dict) -> str:
    ip = e.get("ip") or ""
    first = ip.split(".")[0]
    return {"102": "los1", "105": "los1", "197": "los1", "154": "acc1", "41": "nbo1", "196": "los1",
            "86": "lhr1", "90": "lhr1", "73": "iah1", "99": "iah1"}.get(first, "jnb1")


def record(e: dict, int_ts: bool) -> dict:
    out = {"event_id": e["event_id"], "ts": e["t"] if int_ts else iso_ms(e["t"]), "account_id": e["account_id"],
           "org_id": e["org_id"], "api_key_id": e["api_key_id"], "model": e["model"], "endpoint": e["endpoint"]}
    if e["prompt"] is not None:              # zero-data-retention traffic carries no text fields at all
        out["prompt"] = e["prompt"]
    if e["system_prompt"] is not None:
        out["system_prompt"] = e["system_prompt"]
    out.update(prompt_tokens=e["prompt_tokens"], completion_tokens=e["completion_tokens"], status=e["status"],
               ip=e["ip"], asn=e["asn"], user_agent=e["user_agent"], device_id=e["device_id"],
               payment_fingerprint=e["payment_fingerprint"], account_created_at=iso_ms(e["account_created_at"]),
               edge_pop=edge_pop(e))
    return out


def corrupt(rng, line: bytes) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:                                       # truncated in flight
        return line[: max(10, len(line) // rng.randint(2, 5))]
    doc = orjson.loads(line)
    if kind == 1:
        doc.pop(rng.choice(["account_id", "event_id", "prompt_tokens", "ts"]))
    elif kind == 2:
        doc["completion_tokens"] = rng.choice(["n/a", [12], {"total": 40}])
    else:
        doc["ts"] = rng.choice([True, "yesterday", None])
    return orjson.dumps(doc)


def write(path: str, events: list[dict], seed: int) -> dict[str, int]:
    rng = rng_for(seed, "wire")
    stats = {"lines": 0, "events": len(events), "malformed": 0, "redelivered": 0, "int_ts": 0}
    pending: list[tuple[int, bytes]] = []
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        for i, e in enumerate(events):
            int_ts = rng.random() < 0.03
            stats["int_ts"] += int_ts
            line = orjson.dumps(record(e, int_ts))
            if rng.random() < 0.0005:
                line = corrupt(rng, line)
                stats["malformed"] += 1
            elif rng.random() < 0.0005:
                pending.append((i + rng.randint(1, 30), line))
            gz.write(line + b"\n")
            stats["lines"] += 1
            while pending and pending[0][0] <= i:
                gz.write(pending.pop(0)[1] + b"\n")
                stats["lines"] += 1
                stats["redelivered"] += 1
            pending.sort(key=lambda p: p[0])
        for _, line in pending:
            gz.write(line + b"\n")
            stats["lines"] += 1
            stats["redelivered"] += 1
    return stats
