"""The gateway's wire: JSON Lines in event-time order, gzip with mtime 0, mixed
timestamp forms, extra fields, rare malformed lines and redeliveries."""
from __future__ import annotations

import collections
import gzip

import orjson

from .world import hnum, iso

LIMIT_RPM = {"free": 12, "card": 60, "pix": 60, "corp": 600, "invoice": 600}
POPS_GW = ["gru1", "gru2", "gig1"]


def rate_limit(events: list[dict], tiers: dict[str, str]) -> int:
    """The gateway's per-account requests-per-minute limit, applied in time order."""
    recent: dict[str, collections.deque] = {}
    hits = 0
    for ev in events:
        q = recent.setdefault(ev["account_id"], collections.deque())
        ts = ev["ts"]
        while q and q[0] <= ts - 60_000:
            q.popleft()
        if len(q) >= LIMIT_RPM[tiers[ev["account_id"]]] and ev["status"] == 200:
            ev["status"], ev["completion_tokens"] = 429, 0
            hits += 1
        q.append(ts)
    return hits


def render(ev: dict, seed: int) -> dict:
    eid = ev["event_id"]
    out = {}
    for k, v in ev.items():
        if v is None:
            continue  # the gateway omits what it does not know (and ZDR prompts)
        if k == "ts":
            v = v if hnum(seed, "epoch", eid) % 100 < 3 else iso(v)
        elif k == "account_created_at":
            v = iso(v)
        out[k] = v
    out["gw_pop"] = POPS_GW[hnum(seed, "pop", ev["account_id"]) % 3]
    out["latency_ms"] = 180 + ev["completion_tokens"] * 9 + hnum(seed, "lat", eid) % 400
    return out


def corrupt(line: bytes, ev: dict, seed: int) -> bytes:
    kind = hnum(seed, "kind", ev["event_id"]) % 5
    if kind == 0:
        return line[: max(10, len(line) // 2)]  # truncated mid-record
    d = dict(ev)
    if kind == 1:
        d.pop("account_id")
    elif kind == 2:
        d.pop("prompt_tokens")
    elif kind == 3:
        d["prompt_tokens"] = "muitos"
    else:
        d["ts"] = "domingo 7/11 19:02"
    return orjson.dumps(d)


def write(events: list[dict], path: str, seed: int) -> dict:
    lines: list[bytes] = []
    pending: list[tuple[int, bytes]] = []
    malformed = dups = 0
    for i, ev in enumerate(events):
        d = render(ev, seed)
        line = orjson.dumps(d)
        h = hnum(seed, "wire", ev["event_id"]) % 20000
        if h < 10:
            line = corrupt(line, d, seed)
            malformed += 1
        elif h < 20:
            pending.append((i + 1 + h % 9 + (h % 7), line))
            pending.sort(key=lambda p: p[0])
            dups += 1
        lines.append(line)
        while pending and pending[0][0] <= i:
            lines.append(pending.pop(0)[1])
    lines.extend(p[1] for p in pending)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        for line in lines:
            gz.write(line + b"\n")
    return {"lines": len(lines), "malformed": malformed, "redelivered": dups}
