"""What the gateway's points of presence actually publish: per-PoP field formats, omitted vs null
optionals, unknown extra fields, clock skew, ~0.05% malformed lines and ~0.05% byte-identical
redeliveries a few lines later. Every wire decision is a blake2b function of (seed, event_id), so the
one-day file is (nearly) a prefix of the two-day file."""
from __future__ import annotations

import datetime as _dt
import json

from .world import digest, unit

POP_OF = {"MA": "cmn1", "DZ": "alg1", "TN": "alg1", "FR": "par1", "BE": "par1", "GB": "par1", "DE": "par1", "NL": "par1",
          "IE": "par1", "AE": "par1", "ES": "mad1", "CA": "yul1", "US": "yul1"}
SKEW_MS = {"cmn1": 0, "alg1": 35, "par1": -120, "mad1": 900, "yul1": 1800}
GW = {"cmn1": "atlas-gw/4.12.1", "alg1": "atlas-gw/4.12.1", "par1": "atlas-gw/4.13.0-rc2", "mad1": "atlas-gw/4.11.7",
      "yul1": "atlas-gw/4.11.7"}
CORE = ("event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "status", "prompt_tokens",
        "completion_tokens", "ip", "asn", "user_agent", "device_id", "payment_fingerprint", "account_created_at",
        "system_prompt", "prompt")
MALFORMED_RATE = 0.0005
REDELIVER_RATE = 0.0005
ERR = {400: "invalid_request", 403: "model_not_in_plan", 404: "model_not_found", 408: "timeout", 429: "rate_limited",
       499: "client_closed", 500: "internal_error", 502: "bad_gateway", 503: "overloaded", 529: "overloaded"}


def rfc3339(ms: int, frac: int = 3, suffix: str = "Z") -> str:
    d = _dt.datetime.fromtimestamp(ms // 1000, tz=_dt.timezone.utc)
    base = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac == 3:
        base += f".{ms % 1000:03d}"
    elif frac == 6:
        base += f".{ms % 1000:03d}000"
    return base + suffix


def wire_ts(seed: int, e: dict) -> tuple[int, str]:
    pop = POP_OF.get(e["_country"], "par1")
    j = int(unit(seed, "jit", e["event_id"]) * 7) - 3
    return e["ts"] + SKEW_MS[pop] + j, pop


def render(seed: int, e: dict, ts: int, pop: str) -> dict:
    """The JSON object one PoP publishes for event e."""
    o: dict = {}
    for k in CORE:
        o[k] = e.get(k)
    o["ts"] = ts
    u = unit(seed, "opt", e["event_id"])
    if pop == "cmn1":
        o["ts"] = rfc3339(ts)
        o["account_created_at"] = rfc3339(o["account_created_at"] // 1000 * 1000, 0) if o["account_created_at"] else None
        o = {k: v for k, v in o.items() if v is not None}
        o["pop"] = pop
        o["gw"] = GW[pop]
        o["latency_ms"] = e.get("_lat", 0)
    elif pop == "alg1":
        if o["asn"] is not None:
            o["asn"] = f"AS{o['asn']}"
        o["edge"] = pop
        o["duration_ms"] = e.get("_lat", 0)
        o["req_bytes"] = len((e.get("prompt") or "").encode()) + len((e.get("system_prompt") or "").encode()) + 180
    elif pop in ("par1", "mad1"):
        o["ts"] = round(ts / 1000.0, 3) if pop == "par1" else rfc3339(ts, 6)
        o.pop("account_created_at")
        if u < 0.1:
            o["device_id"] = None
        if o["org_id"] is None:
            del o["org_id"]
        o["pop"] = pop
        o["latency_ms"] = e.get("_lat", 0)
        o["tls"] = "TLSv1.3"
        o["stream"] = e["endpoint"] != "/v1/embeddings" and u < 0.7
    else:  # yul1: older gateway, sends account_created_at as epoch ms and no api_key_id
        o["ts"] = rfc3339(ts)
        o["api_key_id"] = None
        o = {k: v for k, v in o.items() if v is not None or k in ("prompt", "status")}
        o["region"] = "ca-east"
        o["upstream_ms"] = e.get("_lat", 0)
    if e.get("status") not in (200, None):
        o["error"] = {"type": e.get("_err") or ERR.get(e["status"], "error")}
    if e.get("_tries"):
        o["retry_attempt"] = e["_tries"]
    return o


def dumps(o: dict) -> str:
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def malform(seed: int, e: dict, line: str) -> str:
    d = digest(seed, "malform", e["event_id"], size=4)
    kind = d[0] % 6
    if kind == 0:  # truncated mid-record
        cut = 20 + (int.from_bytes(d[1:3], "big") % max(1, len(line) - 30))
        return line[:cut]
    o = json.loads(line)
    if kind == 1:
        o.pop(("account_id", "event_id", "ts", "prompt_tokens")[d[1] % 4], None)
    elif kind == 2:
        o["prompt_tokens"] = "n/a"
    elif kind == 3:
        o["ts"] = "yesterday 14:03"
    elif kind == 4:
        o["completion_tokens"] = -int(d[2]) - 1
    else:
        o["account_id"] = None
    return dumps(o)


def stage(seed: int, events: list[dict]) -> list[tuple]:
    """Render one population's events to (wire ts, event_id, utf-8 line, malformed?) and let the dicts go."""
    out = []
    for e in events:
        ts, pop = wire_ts(seed, e)
        line = dumps(render(seed, e, ts, pop))
        is_bad = unit(seed, "mal", e["event_id"]) < MALFORMED_RATE
        if is_bad:
            line = malform(seed, e, line)
        out.append((ts, e["event_id"], line.encode("utf-8"), is_bad))
    return out


def assemble(seed: int, staged: list[tuple]) -> tuple[list[bytes], list[bool], dict]:
    """Sort by (ts, event_id) and insert redeliveries a few lines later. -> (lines, malformed flags, counts)."""
    staged.sort(key=lambda x: (x[0], x[1]))
    lines: list[bytes] = []
    bad: list[bool] = []
    pending: dict[int, list] = {}
    n_mal = n_dup = 0
    for i, (ts, eid, line, is_bad) in enumerate(staged):
        n_mal += is_bad
        lines.append(line)
        bad.append(is_bad)
        if unit(seed, "dup", eid) < REDELIVER_RATE:
            later = i + 1 + int(unit(seed, "dupk", eid) * 25)
            pending.setdefault(later, []).append((line, is_bad))
            n_dup += 1
        for dl, db in pending.pop(i, []):
            lines.append(dl)
            bad.append(db)
    for k in sorted(pending):
        for dl, db in pending[k]:
            lines.append(dl)
            bad.append(db)
    staged.clear()
    return lines, bad, {"malformed": n_mal, "redelivered": n_dup}
