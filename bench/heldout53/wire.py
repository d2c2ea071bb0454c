"""Gateway PoPs and their serialisation quirks, delivery delays, duplicates and malformed lines.

Every line gets a publish time; the output is sorted by it. Event time never lags the newest event
time already published by more than MAX_LAG (10 minutes minus a margin)."""
from __future__ import annotations

import hashlib
import json
import random
from datetime import datetime, timedelta, timezone

from bench.heldout53.engine import DAY, HOUR, MIN, START

MAX_DELAY = 9 * MIN + 30_000
ORDER = ["event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "prompt_tokens",
         "completion_tokens", "status", "ip", "asn", "user_agent", "device_id", "payment_fingerprint",
         "account_created_at", "system_prompt", "prompt"]
# pop -> (ts format, asn format, keep nulls, ensure_ascii, separators, created format, sort keys)
POPS = {
    "hkg1": ("rfc_ms", "int", True, False, (",", ":"), "rfc_s", False),
    "hkg2": ("ms", "text", False, True, (", ", ": "), "ms", False),
    "sha1": ("rfc_cst", "int", True, False, (",", ":"), "rfc_cst", False),
    "sin1": ("sec_float", "text", False, False, (",", ":"), "ms", True),
    "nrt1": ("sec_int", "int", False, True, (",", ":"), None, False),
    "sjc1": ("rfc_us", "int", True, True, (", ", ": "), "rfc_s", False),
}
REGION_POPS = {"cn": [("hkg1", 45), ("hkg2", 30), ("sha1", 25)], "hk": [("hkg1", 60), ("hkg2", 40)],
               "mo": [("hkg1", 100)], "sg": [("sin1", 100)], "jp": [("nrt1", 100)], "us": [("sjc1", 100)]}
_UTC, _CST = timezone.utc, timezone(timedelta(hours=8))


def pop_for(ip: str | None, region: str) -> str:
    """Anycast routing: stable per client address."""
    choices = REGION_POPS.get(region, REGION_POPS["hk"])
    x = int(hashlib.sha1((ip or "-").encode()).hexdigest()[:8], 16) % 100
    for name, w in choices:
        if x < w:
            return name
        x -= w
    return choices[-1][0]


def _time(ms: int, fmt: str):
    if fmt == "ms":
        return ms
    if fmt == "sec_float":
        return round(ms / 1000, 3)
    if fmt == "sec_int":
        return ms // 1000
    dt = datetime.fromtimestamp(ms / 1000, _CST if fmt == "rfc_cst" else _UTC)
    if fmt == "rfc_ms":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"
    if fmt == "rfc_us":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}000Z"
    if fmt == "rfc_cst":
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}+08:00"
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")  # rfc_s


def serialise(rec: dict, pop: str, extra: dict | None = None) -> str:
    tsf, asnf, keep, ascii_, seps, cf, sort = POPS[pop]
    out = {}
    for k in ORDER:
        v = rec[k]
        if k == "ts":
            v = _time(v, tsf)
        elif k == "asn" and v is not None and asnf == "text":
            v = f"AS{v}"
        elif k == "account_created_at":
            if cf is None:
                continue
            v = None if v is None else _time(v, cf)
        if v is None and not keep:
            continue
        out[k] = v
    if extra:
        out.update(extra)
    s = json.dumps(out, ensure_ascii=ascii_, separators=seps, sort_keys=sort)
    if not ascii_:  # keep JSON Lines splittable by any reader
        s = s.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")
    return s


def _delay(r: random.Random, pop: str, ts: int) -> int:
    if pop == "sin1":  # batched flush every 30 s
        d = (30_000 - (ts % 30_000)) + r.randrange(400)
    elif pop == "sha1":
        d = int(r.uniform(800, 5000))
    else:
        d = int(r.lognormvariate(5.5, 0.8))
    if pop == "hkg2" and START + DAY + 14 * HOUR <= ts < START + DAY + 14 * HOUR + 25 * MIN:
        d += int(r.uniform(1, 8) * MIN)  # day-2 afternoon (CST) consumer backlog at hkg2
    if r.random() < 0.002:
        d += int(r.uniform(1, 8) * MIN)  # producer retry after a broker timeout
    return min(d, MAX_DELAY)


def _malformed(r: random.Random, rec: dict, pop: str) -> str:
    kind = r.randrange(10)
    bad = dict(rec)
    if kind == 0:
        s = serialise(rec, pop)
        return s[: r.randrange(10, len(s) - 1)]  # truncated write
    if kind == 1:
        return serialise(rec, pop) + serialise(rec, "hkg1")  # two records glued together
    if kind == 2:
        return r.choice(["<html><body><h1>502 Bad Gateway</h1></body></html>", "upstream connect error or disconnect/reset",
                         '{"error": "kafka produce timeout"', "\x1b[31mERR\x1b[0m flush failed"])
    if kind == 3:
        del bad["prompt_tokens"]
        bad["prompt_tokens"] = None
    elif kind == 4:
        bad["completion_tokens"] = -1
    elif kind == 5:
        bad["account_id"] = ""
    elif kind == 6:
        bad["asn"] = "ASN" + str(rec["asn"] or 4134)
    elif kind == 7:
        bad["prompt_tokens"] = "n/a"
    elif kind == 8:
        s = serialise(rec, "hkg1")
        return s.replace('"ts":"', '"ts":"x', 1) if '"ts":"' in s else s[:-1]
    else:
        bad["ts"] = datetime.fromtimestamp(rec["ts"] / 1000, _CST).strftime("%d/%m/%Y %H:%M:%S")
        return json.dumps({k: bad[k] for k in ORDER}, ensure_ascii=False)
    bad["ts"] = rec["ts"]
    return json.dumps({k: bad[k] for k in ORDER}, ensure_ascii=True)


def deliver(seed: int, records: list[dict]) -> list[tuple[int, int, str, bool, dict]]:
    """records sorted by (ts, event_id) -> lines (publish_ms, order, text, malformed, record)."""
    r = random.Random(f"{seed}|wire")
    lines = []
    for i, rec in enumerate(records):
        pop = pop_for(rec["ip"], rec["_region"])
        extra = {"pop": pop, "edge_rtt_ms": r.randrange(3, 180)} if pop == "sin1" else None
        pub = rec["ts"] + _delay(r, pop, rec["ts"])
        lines.append((pub, 3 * i, serialise(rec, pop, extra), False, rec))
        x = r.random()
        if x < 0.006:  # at-least-once delivery: republished, sometimes by the failover PoP
            other = r.choice(list(POPS)) if r.random() < 0.2 else pop
            dup = min(pub + int(r.uniform(50, 120_000)), rec["ts"] + MAX_DELAY)
            lines.append((dup, 3 * i + 1, serialise(rec, other, extra if other == pop else None), False, rec))
        elif x < 0.0102:
            lines.append((pub + r.randrange(5, 2000), 3 * i + 2, _malformed(r, rec, pop), True, rec))
    lines.sort(key=lambda t: (t[0], t[1]))
    return lines
