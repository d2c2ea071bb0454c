"""Wire format: two gateway builds, malformed copies, redeliveries, gzip."""
from __future__ import annotations

import gzip
import io
import random
from datetime import datetime, timezone

import orjson

from bench.heldout41 import world as W
from bench.heldout41.core import stable_frac

BUILD_A = "4.12.3"      # ISO-8601 timestamps, nulls omitted, integer ASN
BUILD_B = "5.0.0-rc2"   # epoch-ms timestamps, explicit nulls, "AS1234" text, extra fields
CANARY_AT = W.utc_ms(2026, 3, 22, 4)


def iso_ms(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def iso_s(ms: int) -> str:
    return datetime.fromtimestamp(ms // 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def pop_of(ev: dict) -> str:
    a = ev["acct"]
    if ev["asn"] in (16509, 396982, 24940, 14061, 16276, 49505, 9009, 212238, 207137):
        return "fra1"
    return "tbs1" if a.city.cc in ("AZ", "GE", "AM") else ("tas1" if a.city.cc == "UZ" else "ala1")


def build_of(ev: dict, pop: str) -> str:
    if pop == "tbs1":
        return BUILD_B
    if pop == "ala1" and ev["ts"] >= CANARY_AT and stable_frac("canary", ev["acct"].id) < 0.3:
        return BUILD_B
    return BUILD_A


def serialise(ev: dict) -> bytes:
    a = ev["acct"]
    pop = pop_of(ev)
    x = f"{ev['eid']:032x}"
    if build_of(ev, pop) == BUILD_A:
        d = {"event_id": "req_" + x[:24], "ts": iso_ms(ev["ts"]), "account_id": a.id}
        for k, v in (("org_id", a.org), ("api_key_id", ev["key"]), ("endpoint", ev["endpoint"]),
                     ("model", ev["model"]), ("status", ev["status"]), ("prompt_tokens", ev["pt"]),
                     ("completion_tokens", ev["ct"]), ("ip", ev["ip"]), ("asn", ev["asn"]),
                     ("user_agent", ev["ua"]), ("device_id", ev["device"]), ("payment_fingerprint", a.card),
                     ("account_created_at", iso_s(a.created)), ("system_prompt", ev["system"]),
                     ("prompt", ev["prompt"])):
            if v is not None:
                d[k] = v
        return orjson.dumps(d)
    lat = 180 + ev["ct"] * (9 + int(x[24:26], 16) % 12) + int(x[26:29], 16) % 400
    d = {"ts": ev["ts"], "event_id": f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}",
         "account_id": a.id, "org_id": a.org, "api_key_id": ev["key"], "account_created_at": a.created,
         "payment_fingerprint": a.card, "request": {"endpoint": ev["endpoint"], "stream": x[29] in "02468ace"},
         "endpoint": ev["endpoint"], "model": ev["model"], "status": ev["status"],
         "prompt_tokens": ev["pt"], "completion_tokens": ev["ct"],
         "usage": {"input": ev["pt"], "output": ev["ct"], "cached": 0},
         "ip": ev["ip"], "asn": f"AS{ev['asn']}", "geo": a.city.cc if ev["asn"] == a.net.asn else None,
         "user_agent": ev["ua"], "device_id": ev["device"], "system_prompt": ev["system"],
         "prompt": ev["prompt"], "latency_ms": lat if ev["status"] == 200 else 40 + lat % 300,
         "gw": {"build": BUILD_B, "pop": pop}}
    return orjson.dumps(d)


def corrupt(rng: random.Random, line: bytes) -> bytes:
    """A damaged copy of a good line that parse_event must reject."""
    kind = rng.randrange(4)
    if kind == 0:                                   # truncated in flight
        return line[: rng.randrange(12, max(13, len(line) - 2))]
    d = orjson.loads(line)
    if kind == 1:                                   # a required field dropped
        d.pop(rng.choice(("account_id", "ts", "prompt_tokens", "event_id", "completion_tokens")))
    elif kind == 2:                                 # unparseable or naive timestamp
        ms = d["ts"] if isinstance(d["ts"], int) else None
        d["ts"] = rng.choice(("2026-03-21 14:03:11", "21.03.2026 19:03:11", "", "NaN", "2026-03-21T14:03:11.120",
                              str(ms or "") + "ms", -1))
    else:                                           # wrong types
        k, v = rng.choice((("prompt_tokens", "n/a"), ("completion_tokens", -7), ("account_id", 40213977),
                           ("status", "OK"), ("asn", "unknown"), ("prompt_tokens", 12.5), ("account_id", None)))
        d[k] = v
    return orjson.dumps(d)


def gzip_bytes(lines: list[bytes]) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as g:
        for ln in lines:
            g.write(ln)
            g.write(b"\n")
    return buf.getvalue()
