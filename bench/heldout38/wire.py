"""Events -> wire lines: two edges (main RFC 3339; legacy epoch-ms), arrival order with small
delays and ~1% late, byte-identical redeliveries, and malformed lines (counted by kind)."""
from __future__ import annotations

import gzip
import io

from datetime import datetime, timezone

import orjson

from .world import SEC, Window, hid, lognorm, rng

FIELDS = ("event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "status", "prompt_tokens",
          "completion_tokens", "prompt", "system_prompt", "ip", "asn", "user_agent", "device_id",
          "payment_fingerprint", "account_created_at")
LEGACY_ORDER = ("ts", "event_id", "account_id", "api_key_id", "org_id", "model", "endpoint", "status", "ip", "asn",
                "user_agent", "device_id", "prompt_tokens", "completion_tokens", "payment_fingerprint",
                "account_created_at", "system_prompt", "prompt")
EDGES = ("cgk-1", "cgk-2", "sub-1", "sin-1")
KINDS = ("bad_json", "missing_field", "wrong_type", "bad_timestamp")


def format_rfc3339_ms(ms: int) -> str:
    """epoch ms -> '2027-04-27T03:00:00.000Z' (the main edge's format)."""
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def render(ev: dict) -> dict:
    if ev["_legacy"]:
        e = ev["event_id"]
        out = {k: ev[k] for k in LEGACY_ORDER if ev.get(k) is not None}
        out["event_id"] = f"{e[:8]}-{e[8:12]}-{e[12:16]}-{e[16:20]}-{e[20:24]}"
        if "asn" in out:
            out["asn"] = f"AS{out['asn']}"
        out["edge"] = "sin-legacy-1"
        return out
    out = {k: ev[k] for k in FIELDS if ev.get(k) is not None}
    out["ts"] = format_rfc3339_ms(ev["ts"])
    out["account_created_at"] = format_rfc3339_ms(ev["account_created_at"])
    out["edge"] = EDGES[int(ev["event_id"][:2], 16) % len(EDGES)]
    return out


def dumps(obj: dict) -> bytes:
    return orjson.dumps(obj)


def _corrupt(r, rec: dict, kind: str, variant: int) -> bytes:
    d = dict(rec)
    if kind == "missing_field":
        d.pop(("account_id", "ts", "event_id", "prompt_tokens", "completion_tokens")[variant % 5], None)
        return dumps(d)
    if kind == "wrong_type":
        v = variant % 5
        if v == 0:
            d["prompt_tokens"] = "banyak"
        elif v == 1:
            d["completion_tokens"] = None
        elif v == 2:
            d["account_id"] = int(hid(d["account_id"], n=3), 16)
        elif v == 3:
            d["prompt_tokens"] = [d.get("prompt_tokens", 0)]
        else:
            d["status"] = "OK"
        return dumps(d)
    # bad_timestamp
    text = format_rfc3339_ms(rec["ts"]) if isinstance(rec["ts"], int) else rec["ts"]
    v = variant % 5
    d["ts"] = (text.replace("T", " ")[:19], f"{text[8:10]}/{text[5:7]}/{text[:4]} {text[11:19]}",
               text[:11] + "25:61:00Z", -1, "")[v]
    return dumps(d)


def _bad_json(r, line: bytes, variant: int) -> bytes:
    v = variant % 3
    if v == 0:
        return line[: max(10, int(len(line) * r.uniform(0.2, 0.9)))]     # torn write
    if v == 1:
        return line[:-1] + b',"status":NaN}'                              # non-JSON number
    return line.replace(b'"', b"'", 6)                                     # python repr-style quotes


def assemble(W: Window, events: list[dict]) -> tuple[list[bytes], dict]:
    """Returns the file's lines (arrival order) and a manifest: malformed line indices by kind,
    duplicate line indices, and the ids of events lost to corruption."""
    r = rng(W.seed, "wire")
    events = sorted(events, key=lambda e: (e["ts"], e["event_id"]))
    recs = []
    for ev in events:
        late = r.random() < 0.01
        delay = int(r.uniform(2, 90) * SEC) if late else int(lognorm(r, 350, 0.8, 20, 4000))
        rec = render(ev)
        recs.append([ev["ts"] + delay, ev["event_id"], 0, rec, dumps(rec)])
    n = len(recs)
    k_dup, k_bad = r.randint(30, 60), r.randint(30, 60)
    picks = r.sample(range(n), k_dup + k_bad)
    dups, bads = picks[:k_dup], sorted(picks[k_dup:])
    extra = []
    for j in sorted(dups):
        arr, eid, _, rec, line = recs[j]
        extra.append([arr + int(lognorm(r, 40, 1.3, 2, 900) * SEC), eid, 1, None, line, "dup"])
    lost, kinds = [], {}
    for v, j in enumerate(bads):
        kind = KINDS[v % 4]
        arr, eid, _, rec, line = recs[j]
        if kind == "bad_json":
            extra.append([arr - r.randrange(1, 800), eid, -1, None, _bad_json(r, line, v // 4), kind])
        else:
            recs[j][4] = _corrupt(r, rec, kind, v // 4)
            recs[j].append(kind)
            lost.append(eid)
    rows = [x + ([] if len(x) == 6 else ["ok"]) for x in recs] + extra
    rows.sort(key=lambda x: (x[0], x[1], x[2]))
    lines = [x[4] for x in rows]
    manifest = {"malformed": {}, "duplicates": [], "lost_event_ids": sorted(lost)}
    for idx, x in enumerate(rows):
        tag = x[5]
        if tag == "dup":
            manifest["duplicates"].append(idx)
        elif tag != "ok":
            manifest["malformed"].setdefault(tag, []).append(idx)
            kinds[tag] = kinds.get(tag, 0) + 1
    manifest["malformed_counts"] = {k: kinds.get(k, 0) for k in KINDS}
    return lines, manifest


def gzip_bytes(lines: list[bytes]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(b"\n".join(lines) + b"\n")
    return buf.getvalue()


def labels_bytes(labels: dict) -> bytes:
    return orjson.dumps(labels, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"
