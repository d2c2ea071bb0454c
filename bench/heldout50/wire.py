"""From internal events to gateway JSON Lines: timestamp formats, clock skew, out-of-order arrival,
duplicate delivery, missing optional fields, and a few intentionally malformed records."""
from __future__ import annotations

import gzip
import io
import json
from datetime import datetime, timezone

from .world import DAY, HOUR, T0

NODES = ["mad-1", "mad-2", "lis-1"]
SKEW_NODE = "lis-1"            # NTP drift on one Lisbon gateway: 2.6 s slow, day 1 10:00-16:00Z
SKEW_FROM, SKEW_TO, SKEW_MS = T0 + 10 * HOUR, T0 + 16 * HOUR, -2600
ORDER = ["event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "system_prompt", "prompt",
         "prompt_tokens", "completion_tokens", "status", "ip", "asn", "user_agent", "device_id", "payment_fingerprint",
         "account_created_at"]


def rfc3339(ms: int, with_ms: bool = True) -> str:
    d = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (".%03dZ" % (ms % 1000) if with_ms else "Z")


def _record(ev: dict, rng) -> dict:
    node = NODES[rng.randrange(3)]
    t = ev["_t"]
    if node == SKEW_NODE and SKEW_FROM <= t < SKEW_TO:
        t += SKEW_MS
    elif rng.random() < 0.004:
        t += rng.randint(-4000, 4000)       # client-side clock of a forwarding proxy
    x = rng.random()
    if x < 0.90:
        ts = rfc3339(t)
    elif x < 0.95:
        ts = t                                 # epoch ms
    elif x < 0.98:
        ts = round(t / 1000, 3)                # epoch seconds with fraction (legacy gateway)
    else:
        ts = rfc3339(t - t % 1000, False)      # second precision
    out = {}
    for k in ORDER:
        v = ev[k] if k != "ts" else ts
        if k == "account_created_at" and v is not None:
            y = rng.random()
            if y < 0.05:
                continue                        # legacy node omits it
            v = rfc3339(v - v % 1000, False) if y < 0.88 else v
        if v is None and k in ("org_id", "system_prompt") and node != "mad-1":
            continue                            # other nodes omit nulls
        out[k] = v
    y = rng.random()
    if y < 0.015:
        out.pop("device_id", None)
    elif y < 0.025:
        out["user_agent"] = None
    elif y < 0.030:
        out["asn"] = None
    elif y < 0.033:
        out["ip"] = None
    elif y < 0.036 and isinstance(out.get("asn"), int):
        out["asn"] = f"AS{out['asn']}"          # IP-intel feed spelling
    out["gw_node"] = node
    out["latency_ms"] = int(rng.uniform(80, 9000) if out.get("completion_tokens") else rng.uniform(20, 300))
    return t, out


def _dump(rec) -> str:
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def _malform(rec: dict, rng) -> str:
    kind = rng.randrange(9)
    r = dict(rec)
    if kind == 0:
        s = _dump(r)
        return s[: rng.randrange(10, max(11, len(s) - 2))]
    if kind == 1:
        r["prompt_tokens"] = "n/a"
    elif kind == 2:
        r.pop("account_id")
    elif kind == 3:
        r["ts"] = "01/06/2027 " + rfc3339(T0)[11:19]
    elif kind == 4:
        r["completion_tokens"] = -rng.randint(1, 50)
    elif kind == 5:
        r["account_id"] = ""
    elif kind == 6:
        r["ts"] = None
    elif kind == 7:
        return json.dumps([r["event_id"], r["account_id"], r["prompt_tokens"]])
    else:
        r["prompt_tokens"] = r["prompt_tokens"] + 0.5
    return _dump(r)


def to_lines(events: list[dict], rng):
    """-> list of (true_ms, line_text, is_malformed)."""
    events.sort(key=lambda e: (e["_t"], e["event_id"]))
    out = []
    for ev in events:
        t, rec = _record(ev, rng)                     # t: event time as published (after skew)
        if rng.random() < 0.0025:
            out.append([t, _malform(rec, rng), True])
            continue
        line = _dump(rec)
        out.append([t, line, False])
        if rng.random() < 0.002:                      # at-least-once delivery: a redelivery a few lines later
            out.append([t + rng.randint(1, 3000), line, False])
    out.sort(key=lambda r: r[0])
    for i in range(len(out) - 6):
        if rng.random() < 0.003:                      # arrival out of order within seconds
            j = i + rng.randint(1, 5)
            if out[j][0] - out[i][0] < 5000:
                out[i], out[j] = out[j], out[i]
    return out


def gzip_bytes(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write("".join(s + "\n" for s in lines).encode("utf-8"))
    return buf.getvalue()


def day_cut(rows, days: int):
    end = T0 + days * DAY
    return [r for r in rows if r[0] < end]
