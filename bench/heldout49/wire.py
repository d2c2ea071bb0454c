"""The wire: events as the gateway publishes them, with realistic
imperfections (edge-node clock skew, late arrival, mixed time formats, missing
optional fields, textual ASNs, IPv6, at-least-once duplicates) and a small
share of intentionally malformed lines."""
from __future__ import annotations

import datetime as _dt
import gzip
import io
import json
import random

from .world import START_MS, hexid

# edge nodes: (name, weight, clock skew ms, ts as int ms?, omits device/org?)
NODES = [("edge-khi-1", 24, 0, False, False), ("edge-lhe-2", 22, 0, False, False), ("edge-dac-1", 26, 0, False, False),
         ("edge-dxb-1", 6, 900, True, False), ("edge-lon-1", 10, 0, False, False), ("edge-isb-legacy", 3, -3200, True, True)]
_NW = [n[1] for n in NODES]
MALFORMED_SHARE = 0.0025
DUP_SHARE = 0.001


def rfc3339(ms: int, with_ms: bool = True) -> str:
    d = _dt.datetime(1970, 1, 1) + _dt.timedelta(milliseconds=ms)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (ms % 1000) if with_ms else "Z")


def _record(rng: random.Random, t: int, e: dict) -> tuple:
    node = rng.choices(NODES, _NW)[0]
    a = e["a"]
    ts_ms = t + node[2] + (rng.randint(-1500, 1500) if rng.random() < 0.01 else 0)
    r = rng.random()
    if node[3]:
        ts = ts_ms
    elif r < 0.004:
        ts = round(ts_ms / 1000, 3)  # a client library that sends Unix seconds
    elif r < 0.03:
        ts = rfc3339(ts_ms - ts_ms % 1000, with_ms=False)
    else:
        ts = rfc3339(ts_ms)
    rec = {"event_id": "evt_" + hexid(rng, 24), "ts": ts, "account_id": a.id}
    if a.org and not node[4]:
        rec["org_id"] = a.org
    rec["api_key_id"] = e["key"]
    rec["model"] = e["model"]
    rec["endpoint"] = e["endpoint"]
    if e["system"] is not None:
        rec["system_prompt"] = e["system"]
    if e["prompt"] is not None:
        rec["prompt"] = e["prompt"]
    rec["prompt_tokens"] = e["ptok"]
    rec["completion_tokens"] = e["ctok"]
    rec["status"] = e["status"]
    if rng.random() > 0.002:
        rec["ip"] = e["ip"]
    asn = e["asn"]
    rec["asn"] = ("AS%d" % asn) if rng.random() < 0.01 else (None if rng.random() < 0.006 else asn)
    if e["ua"] and rng.random() > 0.01:
        rec["user_agent"] = e["ua"]
    if not node[4]:
        rec["device_id"] = e["dev"]
    rec["payment_fingerprint"] = a.pay
    c = rng.random()
    rec["account_created_at"] = a.created if (node[3] or c < 0.1) else (None if c < 0.13 else rfc3339(a.created))
    rec["gw"] = node[0]
    arrival = t if rng.random() > 0.012 else t + rng.randint(800, 4500)  # late delivery
    return arrival, rec


def _malform(rng: random.Random, rec: dict) -> str:
    kind = rng.randrange(9)
    bad = dict(rec)
    if kind == 0:
        s = json.dumps(bad, ensure_ascii=False, separators=(",", ":"))
        return s[: rng.randint(10, max(11, len(s) - 2))]  # truncated write
    if kind == 1:
        bad["prompt_tokens"] = rng.choice(["n/a", "", "NaN tokens"])
    elif kind == 2:
        bad["completion_tokens"] = -rng.randint(1, 50)
    elif kind == 3:
        bad["ts"] = rng.choice(["yesterday", "23/03/2027 14:02", "", "not-a-date"])
    elif kind == 4:
        bad["account_id"] = rng.randint(1, 10**9)
    elif kind == 5:
        del bad[rng.choice(["account_id", "ts", "event_id", "prompt_tokens", "completion_tokens"])]
    elif kind == 6:
        bad["prompt_tokens"] = rng.randint(1, 900) + 0.5
    elif kind == 7:
        bad["ts"] = True
    else:
        return rng.choice(["null", "[]", "\"event\"", "{}"])
    return json.dumps(bad, ensure_ascii=False, separators=(",", ":"))


def render(events: list, seed: int, cutoff: int) -> tuple:
    """events sorted by true time -> (lines, malformed flags, accounts present). Only events before
    cutoff (true time) are kept, after all randomness is drawn, so day 1 is a prefix of the full world."""
    rng = random.Random(f"heldout49|{seed}|wire")
    rows = []
    for t, seq, e in events:
        arrival, rec = _record(rng, t, e)
        r = rng.random()
        if r < MALFORMED_SHARE:
            rows.append((arrival, seq, 0, t, e["a"].id, _malform(rng, rec), True))
            continue
        line = json.dumps(rec, ensure_ascii=False, separators=(",", ":"))
        rows.append((arrival, seq, 0, t, e["a"].id, line, False))
        if r > 1 - DUP_SHARE:  # at-least-once redelivery
            rows.append((arrival + rng.randint(50, 3000), seq, 1, t, e["a"].id, line, False))
    rows.sort(key=lambda x: (x[0], x[1], x[2]))
    kept = [x for x in rows if x[3] < cutoff]
    return [x[5] for x in kept], [x[6] for x in kept], {x[4] for x in kept}


def gzip_bytes(lines: list) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        for i in range(0, len(lines), 2000):
            gz.write(("\n".join(lines[i:i + 2000]) + "\n").encode("utf-8"))
    return buf.getvalue()


def labels_bytes(labels: dict) -> bytes:
    return (json.dumps(labels, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


assert rfc3339(START_MS) == "2027-03-23T00:00:00.000Z"
