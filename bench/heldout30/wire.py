"""From events to the bytes four gateway edges would publish.

Each edge serialises differently (the contract accepts all of it):
  jnb     RFC 3339 ms 'Z' text, integer ASN, absent fields omitted, uuid event ids
  cpt     integer epoch ms, "AS123" ASN text, every field present (explicit nulls)
  mob     float epoch seconds, integer ASN, extra fields (gw, rtt_ms, app_build),
          account_created_at with a +02:00 offset, batches flushed every 20-110 s
  legacy  RFC 3339 seconds with +02:00 offset, "AS123", extra tracing fields

Publish order = event time + edge delay, so lines arrive out of order by up to
~2 minutes. ~0.05% of events are redelivered (same bytes again) and ~0.1% of
lines are broken (truncated, bad time, negative tokens, missing ids, log noise).
"""
from __future__ import annotations

import gzip
import random
import uuid
from datetime import datetime, timedelta, timezone

import orjson

from .timefmt import rfc3339_ms, rfc3339_offset

FIELDS = ("model", "endpoint", "prompt", "system_prompt", "status", "org_id", "api_key_id", "ip", "asn",
          "user_agent", "device_id", "payment_fingerprint")
REDELIVER = 0.0005
BROKEN = 0.001


def _serialise(rng: random.Random, e: dict) -> tuple[dict, int]:
    """(wire object, publish delay ms) for one event on its edge."""
    edge, ts = e["_edge"], e["ts"]
    if edge == "cpt":
        obj = {"ts": ts, "event_id": f"cpt-{rng.getrandbits(80):020x}", "account_id": e["account_id"]}
        for k in FIELDS:
            obj[k] = e[k]
        obj["asn"] = f"AS{e['asn']}" if e["asn"] is not None else None
        obj.update(prompt_tokens=e["prompt_tokens"], completion_tokens=e["completion_tokens"],
                   account_created_at=e["account_created_at"])
        delay = rng.randrange(100, 900) if rng.random() > 0.01 else rng.randrange(5000, 60000)
        return obj, delay
    obj = {"event_id": None, "account_id": e["account_id"]}
    if edge == "mob":
        obj["event_id"] = f"m{rng.getrandbits(96):024x}"
        obj["ts"] = round(ts / 1000, 3)
        obj["account_created_at"] = rfc3339_offset(e["account_created_at"], seconds_only=True)
        delay = rng.randrange(20_000, 110_000) if rng.random() < 0.3 else rng.randrange(200, 2500)
    elif edge == "legacy":
        obj["event_id"] = f"leg_{rng.getrandbits(64):016x}"
        obj["ts"] = rfc3339_offset(ts, seconds_only=True)
        obj["account_created_at"] = rfc3339_ms(e["account_created_at"])
        delay = rng.randrange(1000, 8000) if rng.random() > 0.02 else rng.randrange(30_000, 118_000)
    else:
        obj["event_id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        obj["ts"] = rfc3339_ms(ts)
        obj["account_created_at"] = rfc3339_ms(e["account_created_at"])
        delay = rng.randrange(50, 600)
    for k in FIELDS:
        v = e[k]
        if v is not None:
            obj[k] = v
        elif edge == "legacy" and k in ("prompt", "system_prompt", "payment_fingerprint"):
            obj[k] = None
    if edge == "legacy" and obj.get("asn") is not None:
        obj["asn"] = f"AS{obj['asn']}"
    obj["prompt_tokens"], obj["completion_tokens"] = e["prompt_tokens"], e["completion_tokens"]
    if edge == "mob":
        obj.update(gw=f"mob-gw-{rng.randrange(1, 4)}", rtt_ms=rng.randrange(40, 900), app_build=e["user_agent"][14:19])
    elif edge == "legacy":
        obj.update(x_request_id=f"{rng.getrandbits(64):016x}", upstream="ubuntu-gw-legacy/1.9.4")
    return obj, delay


def _broken(rng: random.Random, obj: dict, ts: int) -> bytes:
    kind = rng.randrange(6)
    bad = dict(obj)
    if kind == 0:
        line = orjson.dumps(bad)
        return line[: rng.randrange(10, max(11, len(line) - 2))]
    if kind == 1:
        naive = datetime(1970, 1, 1) + timedelta(milliseconds=ts + 2 * 3_600_000)
        bad["ts"] = rng.choice([naive.strftime("%Y-%m-%d %H:%M:%S"), naive.strftime("%d/%m/%Y %H:%M"),
                                "NaN", ts * 1000, "", -1])
    elif kind == 2:
        bad[rng.choice(["prompt_tokens", "completion_tokens"])] = -rng.randrange(1, 500)
    elif kind == 3:
        bad.pop(rng.choice(["event_id", "account_id"]), None)
        if rng.random() < 0.3:
            bad["account_id"] = ""
    else:
        stamp = datetime.fromtimestamp(ts / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        return rng.choice([
            f"{stamp} WARN edge=jnb-edge-a upstream_reset peer=10.40.{rng.randrange(256)}.{rng.randrange(256)}:8443",
            f"{stamp} INFO kafka-producer flushed batch size={rng.randrange(50, 900)}",
            "Traceback (most recent call last):", "-- MARK --",
            f"{stamp} ERROR serializer: UnicodeEncodeError in field 'prompt'"]).encode()
    return orjson.dumps(bad)


def publish(events: list[dict], seed: int) -> tuple[list, set[str], dict[str, int]]:
    """Records in publish order (wire dicts, or raw bytes for broken lines), the
    accounts with at least one valid line, and counts. Serialisation to bytes is
    left to write_gz so that only one line's bytes are alive at a time."""
    rng = random.Random(f"{seed}/wire")
    out: list[tuple[int, int, dict | bytes]] = []
    seen: set[str] = set()
    redelivered = 0
    for seq, e in enumerate(events):
        obj, delay = _serialise(rng, e)
        pub = e["ts"] + delay
        out.append((pub, seq, obj))
        seen.add(e["account_id"])
        if rng.random() < REDELIVER:
            out.append((pub + rng.randrange(1000, 90_000), seq, obj))   # same object -> same bytes
            redelivered += 1
    n_broken = round(len(out) * BROKEN)
    for i in range(n_broken):
        e = events[rng.randrange(len(events))]
        obj, delay = _serialise(rng, e)
        out.append((e["ts"] + delay + rng.randrange(0, 5000), len(events) + i, _broken(rng, obj, e["ts"])))
    out.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in out], seen, {"events": len(events), "redelivered": redelivered, "broken": n_broken}


def write_gz(path: str, records: list) -> None:
    """gzip with mtime=0 and no file name, so a regenerated file is byte-identical."""
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf: list[bytes] = []
        for rec in records:
            buf.append(rec if isinstance(rec, bytes) else orjson.dumps(rec))
            if len(buf) >= 2048:
                gz.write(b"\n".join(buf) + b"\n")
                buf = []
        if buf:
            gz.write(b"\n".join(buf) + b"\n")
