"""Serialisation as two gateway builds, event ids, malformed lines and redeliveries.

Build A ("gw-khi 7.3", the Karachi edge until Fri 10:00 PKT): orjson, RFC 3339 text times, integer ASN,
absent optional fields omitted, raw UTF-8.
Build B ("gw 8.0", the Dhaka/Singapore edge, and Karachi after its upgrade): json.dumps with ASCII
escapes and spaces, integer epoch-ms `ts`, "AS<n>" text ASN, local-offset account_created_at,
explicit nulls, and extra fields the contract ignores (gw, latency_ms, stream).
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import orjson

from .world import TZ, pkt

KHI_UPGRADE = pkt(1, 10)
A_KEYS = ("event_id", "ts", "account_id", "api_key_id", "org_id", "model", "endpoint", "status", "prompt_tokens",
          "completion_tokens", "ip", "asn", "user_agent", "device_id", "payment_fingerprint", "account_created_at",
          "system_prompt", "prompt")
B_KEYS = ("event_id", "account_id", "ts", "model", "endpoint", "status", "prompt_tokens", "completion_tokens", "api_key_id",
          "org_id", "ip", "asn", "user_agent", "device_id", "payment_fingerprint", "account_created_at", "system_prompt", "prompt")


def rfc_z(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def rfc_local(ms: int, off_ms: int) -> str:
    tz = timezone(timedelta(milliseconds=off_ms))
    dt = datetime.fromtimestamp(ms // 1000, tz=tz)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}" + dt.strftime("%z")[:3] + ":" + dt.strftime("%z")[3:]


def build_of(rec: dict, ts: int) -> str:
    return "A" if rec["_edge"] == "pk" and ts < KHI_UPGRADE else "B"


def doc_a(ts: int, rec: dict, eid: str) -> dict:
    d = {"event_id": eid, "ts": rfc_z(ts)}
    for k in A_KEYS[2:]:
        v = rec[k]
        if v is not None:
            d[k] = rfc_z(v) if k == "account_created_at" else v
    return d


def doc_b(ts: int, rec: dict, eid: str, lat: int, stream: bool) -> dict:
    d = {"event_id": eid}
    for k in B_KEYS[1:]:
        v = ts if k == "ts" else rec[k]
        if k == "asn" and v is not None:
            v = f"AS{v}"
        elif k == "account_created_at" and v is not None:
            v = rfc_local(v, TZ[rec["_edge"]])
        d[k] = v
    d["gw"] = "dac-edge-2" if rec["_edge"] == "bd" else "khi-edge-1"
    d["latency_ms"], d["stream"] = lat, stream
    return d


def dump(build: str, d: dict) -> bytes:
    if build == "A":
        return orjson.dumps(d)
    return json.dumps(d, ensure_ascii=True, separators=(", ", ": ")).encode("ascii")


def eid(rng, build: str) -> str:
    if build == "A":
        return "evt_" + f"{rng.getrandbits(96):024x}"
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


MAL_KINDS = ("truncated", "missing_field", "bad_ts", "wrong_type", "negative_count")


def corrupt(rng, kind: str, build: str, d: dict) -> bytes:
    d = dict(d)
    if kind == "truncated":
        s = dump(build, d).decode("utf-8")
        return s[: int(len(s) * rng.uniform(0.2, 0.9))].encode("utf-8")
    if kind == "missing_field":
        del d[rng.choice(["event_id", "ts", "account_id", "prompt_tokens", "completion_tokens"])]
    elif kind == "bad_ts":
        d["ts"] = rng.choice(["2026-04-31T10:00:00Z", "30/04/2026 14:05:11", "2026-04-30T14:05:11", "", -1,
                              "1777557600 PKT", "2026-13-01T00:00:00Z", None])
    elif kind == "wrong_type":
        k, v = rng.choice([("prompt_tokens", "n/a"), ("completion_tokens", 12.5), ("account_id", 12345), ("status", "OK"),
                           ("asn", "unknown"), ("prompt_tokens", None), ("ts", True)])
        d[k] = v
    else:
        d[rng.choice(["prompt_tokens", "completion_tokens"])] = -rng.randint(1, 400)
    return dump(build, d)


def serialise(g) -> tuple[list[bytes], dict]:
    """Sorted events -> wire lines with malformed replacements and redeliveries; and what was done."""
    ev = sorted(g.ev, key=lambda e: (e[0], e[1]))
    counts: dict[str, int] = {}
    for _ts, _o, rec in ev:
        counts[rec["account_id"]] = counts.get(rec["account_id"], 0) + 1
    idr, lr = g.rng("event-ids"), g.rng("latency")
    lines, builds = [], {"A": 0, "B": 0}
    for ts, _o, rec in ev:
        b = build_of(rec, ts)
        builds[b] += 1
        e = eid(idr, b)
        if b == "A":
            lines.append((dump(b, doc_a(ts, rec, e)), b))
        else:
            lat = int(rec["completion_tokens"] * lr.uniform(8, 25) + lr.uniform(150, 900))
            lines.append((dump(b, doc_b(ts, rec, e, lat, lr.random() < 0.6)), b))
    mr = g.rng("malformed")
    cand = [i for i, (_t, _o, rec) in enumerate(ev) if counts[rec["account_id"]] >= 5]
    nmal = max(1, round(len(ev) * 0.0005))
    mal = sorted(mr.sample(cand, nmal))
    kinds = {}
    for j, i in enumerate(mal):
        kind = MAL_KINDS[j % len(MAL_KINDS)]
        raw, b = lines[i]
        d = orjson.loads(raw)
        lines[i] = (corrupt(mr, kind, b, d), b)
        kinds[i] = kind
    rr = g.rng("redeliveries")
    malset = set(mal)
    pool = [i for i in range(len(ev)) if i not in malset]
    nred = max(1, round(len(ev) * 0.0006))
    red = sorted(rr.sample(pool, nred))
    arr = [(ev[i][0], i, lines[i][0], kinds.get(i)) for i in range(len(ev))]
    for j, i in enumerate(red):
        arr.append((ev[i][0] + rr.randint(1_000, 240_000), len(ev) + j, lines[i][0], "redelivery"))
    arr.sort(key=lambda x: (x[0], x[1]))
    out = [x[2] for x in arr]
    info = {"malformed": [], "redelivered": [], "builds": builds, "unique_events": len(ev) - nmal}
    for n, x in enumerate(arr):
        if x[3] == "redelivery":
            info["redelivered"].append(n)
        elif x[3]:
            info["malformed"].append([n, x[3]])
    return out, info
