"""From clean events to the bytes on the wire: gateway rate limits (429), the Bosphorus
maintenance window (503 + failover retries to Ankara), per-edge serialisation quirks,
publish lag (out-of-order within seconds), redeliveries and a few malformed records."""
from __future__ import annotations

import gzip
import random
from collections import deque

import orjson

from bench.heldout32.clients import event_id
from bench.heldout32.world import MAINT, rfc3339

RPM = {"free": 10, "t1": 60, "t2": 500, "t3": 3000, "ent": 30_000}


def rate_limit(events: list[dict]) -> int:
    """Sliding 60 s request limit per API key (or per account for app traffic), by tier."""
    by_key: dict[str, list[dict]] = {}
    for e in events:
        by_key.setdefault(e["api_key_id"] or e["account_id"], []).append(e)
    n = 0
    for k in sorted(by_key):
        win: deque[int] = deque()
        for e in sorted(by_key[k], key=lambda x: (x["ts"], x["event_id"])):
            while win and win[0] <= e["ts"] - 60_000:
                win.popleft()
            win.append(e["ts"])
            if len(win) > RPM[e["_tier"]] and e["status"] == 200:
                e["status"], e["completion_tokens"] = 429, 0
                n += 1
    return n


def maintenance(events: list[dict], seed: int) -> list[dict]:
    """During the ist-1 window a share of requests fail with 503; clients retry via ank-1."""
    rng = random.Random(f"{seed}/maint")
    out = []
    for e in events:
        out.append(e)
        if MAINT[0] <= e["ts"] < MAINT[1] and e["_edge"] == "ist-1" and rng.random() < .4:
            retry = dict(e)
            e["status"], e["completion_tokens"] = 503, 0
            if rng.random() < .8:
                retry.update(event_id=event_id(rng), ts=e["ts"] + int(rng.uniform(2, 45) * 1000), _edge="ank-1")
                out.append(retry)
    return out


def _render(e: dict) -> bytes:
    edge = e["_edge"]
    d = {k: v for k, v in e.items() if not k.startswith("_")}
    if e["endpoint"] == "/v1/batches":
        d["ts"] = round(e["ts"] / 1000, 3)          # the legacy batch worker publishes Unix seconds
    elif edge == "izm-1":
        pass                                          # izm-1 publishes epoch milliseconds
    elif edge == "fra-1":
        d["ts"] = rfc3339(e["ts"]).replace("Z", "+00:00")
        d["asn"] = f"AS{e['asn']}" if e["asn"] is not None else None
    else:
        d["ts"] = rfc3339(e["ts"])
    if e["account_created_at"] is not None and edge != "izm-1":
        d["account_created_at"] = rfc3339(e["account_created_at"])
    if edge in ("ist-1", "ank-1"):
        d = {k: v for k, v in d.items() if v is not None}   # these edges omit empty fields
    d["edge"] = edge
    return orjson.dumps(d)


MALFORMED = [
    lambda line, rng: line[: max(20, int(len(line) * rng.uniform(.2, .8)))],            # truncated write
    lambda line, rng: line.replace(b'"prompt_tokens":', b'"prompt_tokens":-', 1),       # negative count
    lambda line, rng: line.replace(b'"account_id"', b'"acct"', 1),                        # renamed field
    lambda line, rng: b'{"event_id":"' + line[14:30] + b'","ts":"2027-02-03 11:04:05","account_id":"x",'
                      b'"prompt_tokens":3,"completion_tokens":1}',                          # naive timestamp
    lambda line, rng: line.replace(b'"completion_tokens":', b'"completion_tokens":"n/a","_ct":', 1),
]


def serialise(events: list[dict], seed: int) -> tuple[list[bytes], dict[str, int]]:
    rng = random.Random(f"{seed}/wire")
    rows: list[tuple[int, str, int, bytes]] = []
    dups = bad = 0
    for e in events:
        lag = int(rng.expovariate(1 / 150)) + (int(rng.uniform(1000, 9000)) if rng.random() < .01 else 0)
        line = _render(e)
        rows.append((e["ts"] + lag, e["event_id"], 0, line))
        if rng.random() < .0025:                                  # broker redelivery
            rows.append((e["ts"] + lag + int(rng.uniform(500, 40_000)), e["event_id"], 1, line))
            dups += 1
        if rng.random() < .00012:                                 # a broken record from a buggy producer
            f = MALFORMED[bad % len(MALFORMED)]
            rows.append((e["ts"] + lag + 1, e["event_id"], 2, f(line, rng)))
            bad += 1
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return [r[3] for r in rows], {"duplicates": dups, "malformed": bad}


def write_gz(path: str, lines: list[bytes]) -> None:
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        for line in lines:
            gz.write(line + b"\n")


def labels_bytes(accounts: list[dict], seen: set[str]) -> bytes:
    rows = []
    for a in sorted(accounts, key=lambda a: a["id"]):
        if a["id"] in seen:
            camp = a["pop"] if a["label"] == "attack" else None
            rows.append(orjson.dumps(a["id"]).decode() + ": " + orjson.dumps(
                {"label": a["label"], "population": a["pop"], "campaign": camp}).decode())
    return ("{\n" + ",\n".join(rows) + "\n}\n").encode()
