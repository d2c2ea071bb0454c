"""Gateway wire format and its imperfections: per-PoP serialisation (time spellings, key order,
nulls, extra fields), delivery lag, duplicate deliveries and malformed lines."""
from __future__ import annotations

import gzip
import io
import json
import random
import time

from .world import DAY, POPS, T0, h

POP_OFFSET = {"otp1": 2 * 3_600_000}
CANON = ["event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "prompt", "system_prompt",
         "prompt_tokens", "completion_tokens", "status", "ip", "asn", "user_agent", "device_id",
         "payment_fingerprint", "account_created_at"]
GARBAGE = [b"upstream connect error or disconnect/reset before headers. reset reason: connection termination",
           b'{"type":"heartbeat","pop":"prg1","seq":%d}', b"\x1f\x8b\x08\x00", b"null", b'"ok"', b"{}",
           b'{"event_id":"hb-%d","kind":"keepalive"}']


def rfc(ms: int, frac: bool = True, offset_ms: int = 0) -> str:
    s = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime((ms + offset_ms) // 1000))
    if frac:
        s += f".{(ms + offset_ms) % 1000:03d}"
    if offset_ms:
        return s + f"+{offset_ms // 3_600_000:02d}:00"
    return s + "Z"


def serialise(e: dict, pop: str, r: random.Random) -> bytes:
    ts = e["_ts"]
    d = {k: (ts if k == "ts" else e[k]) for k in CANON}
    created = d["account_created_at"]
    if pop == "prg1":
        d["ts"] = rfc(ts)
        d["account_created_at"] = rfc(created, False)
        d.update(pop="prg1", gw="envoy-1.32.3" if ts < T0 + DAY + 6 * 3_600_000 else "envoy-1.33.0", latency_ms=r.randint(180, 9000))
        return json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()
    if pop == "bud1":
        d["asn"] = f"AS{d['asn']}" if d["asn"] is not None else None
        d = {k: v for k, v in sorted(d.items()) if v is not None}
        d["edge"] = {"pop": "bud1", "tls": "1.3", "h2": True}
        return json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()
    if pop == "otp1":
        d["ts"] = rfc(ts, True, POP_OFFSET["otp1"])
        d["account_created_at"] = rfc(created, False) if r.random() < 0.7 else None
        d.update(pop="otp1", region="ro-buc-1", stream=r.random() < 0.6)
        return json.dumps(d, ensure_ascii=True).encode()
    if pop == "sof1":
        d["ts"] = round(ts / 1000, 3)
        d.update(pop="sof1", cache="MISS", upstream="gpu-pool-b")
        return json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()
    if pop == "zag1":
        d["ts"] = ts // 1000
        d = {k: v for k, v in d.items() if v is not None}
        d["x_pop"] = "zag1"
        return json.dumps(d, ensure_ascii=False, separators=(", ", ": ")).encode()
    d["ts"] = rfc(ts, False)  # beg1: second precision
    d["account_created_at"] = rfc(created)
    d.update(pop="beg1", trace_id=h("trace", e["event_id"], n=16))
    return json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()


def corrupt(line: bytes, e: dict, r: random.Random) -> bytes:
    k = r.randrange(12)
    d = json.loads(line)
    if k == 0:
        return line[: r.randint(10, max(11, len(line) - 2))]
    if k == 1:
        d.pop("account_id")
    elif k == 2:
        d["prompt_tokens"] = -r.randint(1, 500)
    elif k == 3:
        d["ts"] = time.strftime("%d.%m.%Y %H:%M:%S", time.gmtime(e["_ts"] // 1000))
    elif k == 4:
        d["account_id"] = ""
    elif k == 5:
        d["completion_tokens"] = None
    elif k == 6:
        d.pop("event_id")
    elif k == 7:
        d["ts"] = str(e["_ts"])
    elif k == 8:
        d["prompt_tokens"] = d.get("prompt_tokens", 1) + 0.5
    elif k == 9:
        return json.dumps([d], ensure_ascii=False).encode()
    elif k == 10:
        d["ts"] = True
    else:
        d["ts"] = e["_ts"] * 1000  # microseconds: beyond year 3000 as ms
    return json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode()


def render(pops, seed: int, days: int):
    """-> (lines, malformed flags, labels) for the first `days` days of publish time."""
    r = random.Random(f"{seed}|wire")
    events = []
    for p in pops:
        for e in p.events:
            events.append((e["_ts"], e["event_id"], e, p))
    events.sort(key=lambda x: (x[0], x[1]))
    out = []  # (publish_ms, seq, line, malformed, account, pop)
    seq = 0
    for ts, _eid, e, p in events:
        popname = POPS[e["_country"]] if r.random() < 0.93 else r.choice(["prg1", "bud1", "otp1"])
        line = serialise(e, popname, r)
        u = r.random()
        lag = r.randint(40, 900) if u < 0.8 else (r.randint(1000, 20000) if u < 0.97 else r.randint(20000, 240000))
        bad = r.random() < 0.0035
        if bad:
            line = corrupt(line, e, r)
        seq += 1
        out.append((ts + lag, seq, line, bad, None if bad else e["account_id"], p))
        if r.random() < 0.005:
            seq += 1
            out.append((ts + lag + r.randint(200, 90000), seq, line, bad, None if bad else e["account_id"], p))
        if r.random() < 0.0008:
            seq += 1
            g = r.choice(GARBAGE)
            out.append((ts + lag + 1, seq, g % seq if b"%d" in g else g, True, None, None))
    out.sort(key=lambda x: (x[0], x[1]))
    end = T0 + days * DAY
    lines, flags, labels = [], [], {}
    for pub, _s, line, bad, acct, p in out:
        if pub >= end:
            continue
        lines.append(line)
        flags.append(bad)
        if acct is not None and acct not in labels:
            labels[acct] = {"label": p.label, "population": p.name, "campaign": p.campaign}
    return lines, flags, dict(sorted(labels.items()))


def gz(lines: list[bytes]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as f:
        f.write(b"".join(l + b"\n" for l in lines))
    return buf.getvalue()


def labels_bytes(labels: dict) -> bytes:
    rows = [f"{json.dumps(a)}: {json.dumps(v, sort_keys=True)}" for a, v in labels.items()]
    return ("{\n" + ",\n".join(rows) + "\n}\n").encode()
