"""Wire output: event-time order, mixed ts encodings, unknown fields, malformed lines, redeliveries, gzip mtime=0."""
from __future__ import annotations

import gzip
import random
from datetime import datetime, timezone

import orjson

GW_POPS = ("fra1", "fra1", "waw1", "waw1", "kbp1", "rix1")
ORDER = ("event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "prompt", "system_prompt",
         "status", "ip", "asn", "user_agent", "device_id", "payment_fingerprint", "account_created_at",
         "prompt_tokens", "completion_tokens")


def iso(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms % 1000:03d}Z"


def encode(ev: dict, rng: random.Random) -> dict:
    out: dict = {}
    for k in ORDER:
        v = ev.get(k)
        if v is None:
            continue
        if k == "ts":
            v = v if rng.random() < 0.03 else iso(v)
        elif k == "account_created_at":
            v = v if rng.random() < 0.02 else iso(v)
        out[k] = v
    out["gw_pop"] = rng.choice(GW_POPS)  # unknown to the schema: must be ignored
    if rng.random() < 0.5:
        out["upstream_latency_ms"] = int(rng.lognormvariate(6.5, 0.8))
    return out


def corrupt(rec: dict, rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:  # truncated in flight
        raw = orjson.dumps(rec)
        return raw[: rng.randrange(10, max(11, len(raw) - 5))]
    rec = dict(rec)
    if kind == 1:
        rec.pop(rng.choice(("account_id", "prompt_tokens", "event_id", "ts")), None)
    elif kind == 2:
        rec["prompt_tokens"] = rng.choice(("n/a", [12], {"n": 3}, -7))
    else:
        rec["ts"] = rng.choice(("yesterday", "20/07/2027 14:03", True))
    return orjson.dumps(rec)


def write(path: str, events: list[tuple[int, int, int, dict]], seed: int) -> dict:
    """events: (ts, pop index, n, event). Returns wire counts."""
    rng = random.Random(f"{seed}:wire")
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    lines: list[bytes] = []
    pending: list[tuple[int, bytes]] = []
    malformed = redelivered = 0
    for _, _, _, ev in events:
        rec = encode(ev, rng)
        if rng.random() < 0.0005:
            line = corrupt(rec, rng)
            malformed += 1
        else:
            line = orjson.dumps(rec)
            if rng.random() < 0.0005:
                pending.append((len(lines) + rng.randint(2, 25), line))
        lines.append(line)
        while pending and pending[0][0] <= len(lines):
            lines.append(pending.pop(0)[1])
            redelivered += 1
    for _, line in pending:
        lines.append(line)
        redelivered += 1
    with open(path, "wb") as f, gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=6) as gz:
        gz.write(b"\n".join(lines) + b"\n")
    return {"lines": len(lines), "events": len(events), "malformed": malformed, "redelivered": redelivered}
