"""From request records to published JSON Lines, as the gateway fleet delivers them: several gateway nodes
per PoP with different timestamp formats, delivery lag (slight out-of-order), at-least-once duplicates,
a few malformed lines, heartbeats. Its own generator: random.Random(f"{seed}|wire").
"""
from __future__ import annotations

import json
import random
import time

from . import world as W

# node: (weight within its PoP, ts format, sends account_created_at as, sends device_id)
NODES = {
    "ams": [("ams-gw-1", 34, "rfc_ms", "rfc", True), ("ams-gw-2", 34, "rfc_ms", "rfc", True),
            ("ams-gw-3", 22, "epoch_ms", "epoch", True), ("ams-gw-4", 10, "rfc_s", "rfc", True)],
    "sto": [("sto-gw-1", 40, "epoch_ms", "epoch", True), ("sto-gw-2", 40, "rfc_off", "rfc", True),
            ("sto-gw-3", 18, "rfc_ms", "rfc", True), ("sto-legacy", 2, "epoch_s", None, False)],
}
KEYS = ["event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "prompt", "system_prompt",
        "prompt_tokens", "completion_tokens", "status", "ip", "asn", "user_agent", "device_id",
        "payment_fingerprint", "account_created_at"]
MALFORMED = ["trunc", "neg_tokens", "null_completion", "no_account", "naive_ts", "int_account", "status_text",
             "empty_event_id", "float_tokens", "ts_words"]


def rfc(ms: int, frac: bool = True, offset_h: int | None = None) -> str:
    s, m = divmod(ms, 1000)
    if offset_h:
        s += offset_h * 3600
    base = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s))
    tail = "Z" if offset_h is None else f"{'+' if offset_h >= 0 else '-'}{abs(offset_h):02d}:00"
    return f"{base}.{m:03d}{tail}" if frac else f"{base}{tail}"


def _ts(ms: int, fmt: str):
    if fmt == "rfc_ms":
        return rfc(ms)
    if fmt == "rfc_s":
        return rfc(ms, frac=False)
    if fmt == "rfc_off":
        return rfc(ms, offset_h=1)
    if fmt == "epoch_s":
        return ms // 1000
    return ms


def _line(rec: dict, node: tuple) -> tuple[str, dict]:
    name, _, fmt, created_fmt, dev = node
    d = {k: rec[k] for k in KEYS}
    d["ts"] = _ts(rec["ts"], fmt)
    c = rec["account_created_at"]
    if created_fmt is None:
        del d["account_created_at"]
    elif created_fmt == "rfc":
        d["account_created_at"] = rfc(c, frac=False)
    if not dev:
        del d["device_id"]
    d["pop"] = name[:3]
    d["gw"] = name
    return json.dumps(d, ensure_ascii=False, separators=(",", ":")), d


def _malformed(r: random.Random, d: dict, kind: str, ms: int) -> str:
    d = dict(d)
    if kind == "trunc":
        s = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
        return s[: r.randrange(20, max(21, len(s) - 5))]
    if kind == "neg_tokens":
        d["completion_tokens"] = -1
    elif kind == "null_completion":
        d["completion_tokens"] = None
    elif kind == "no_account":
        del d["account_id"]
    elif kind == "naive_ts":
        d["ts"] = rfc(ms + 3_600_000)[:19]     # local wall-clock time without a zone
    elif kind == "int_account":
        d["account_id"] = int("".join(str(ord(ch) % 10) for ch in d["account_id"][5:14]))
    elif kind == "status_text":
        d["status"] = "OK"
    elif kind == "empty_event_id":
        d["event_id"] = ""
    elif kind == "float_tokens":
        d["prompt_tokens"] = d["prompt_tokens"] + 0.5
    elif kind == "ts_words":
        d["ts"] = "now"
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def publish(seed: int, records: list[dict], days: int) -> tuple[list[str], list[tuple[str, str] | None]]:
    """-> (lines, (account id, event id) per line or None when the line is intentionally malformed), sorted by
    publish time and cut at the end of day `days`."""
    r = random.Random(f"{seed}|wire")
    records = sorted(records, key=lambda x: (x["ts"], x["event_id"]))
    out: list[tuple[int, int, str, tuple[str, str] | None]] = []
    seq = 0
    for rec in records:
        pop = W.POP[rec["_c"]]
        node = r.choices(NODES[pop], weights=[n[1] for n in NODES[pop]])[0]
        line, d = _line(rec, node)
        x = r.random()
        lag = int(40 + 90 * r.expovariate(1.0)) if x > 0.015 else r.randrange(2_000, 95_000)
        pub = rec["ts"] + lag
        y = r.random()
        if y < 0.003:
            out.append((pub, seq, _malformed(r, d, r.choice(MALFORMED), rec["ts"]), None))
        else:
            out.append((pub, seq, line, (rec["account_id"], rec["event_id"])))
        seq += 1
        if 0.003 <= y < 0.0095:   # at-least-once redelivery
            if r.random() < 0.75:
                dup = line
            else:
                dup, _ = _line(rec, r.choice(NODES[pop]))
            out.append((pub + r.randrange(150, 45_000), seq, dup, (rec["account_id"], rec["event_id"])))
            seq += 1
    # node heartbeats that leak into the topic: JSON objects without the required request fields
    t = W.DAY0 + r.randrange(60_000)
    while t < W.END:
        for pop in ("ams", "sto"):
            hb = {"type": "heartbeat", "gw": f"{pop}-gw-1", "ts": rfc(t), "queue_depth": r.randrange(0, 400)}
            out.append((t, seq, json.dumps(hb, separators=(",", ":")), None))
            seq += 1
        t += 15 * 60_000 + r.randrange(-20_000, 20_000)
    cut = W.DAY0 + days * W.DAY
    out = sorted(o for o in out if o[0] < cut)
    return [o[2] for o in out], [o[3] for o in out]
