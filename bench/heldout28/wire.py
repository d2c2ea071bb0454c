"""Serialise events the way a real gateway fleet would: mixed time formats, optional
fields sometimes missing, and a few broken lines (copies of neighbours)."""
from __future__ import annotations

import gzip
import random
from datetime import datetime, timedelta, timezone

import orjson

from enforcer.timeutil import format_rfc3339_ms

MNL = timezone(timedelta(hours=8))


def fmt_ts(r: random.Random, ms: int):
    x = r.random()
    if x < 0.78:
        return format_rfc3339_ms(ms)
    if x < 0.86:  # Manila edge writes local offset
        return datetime.fromtimestamp(ms / 1000, tz=MNL).isoformat(timespec="milliseconds")
    if x < 0.97:
        return ms
    return round(ms / 1000, 3)


def shape(r: random.Random, ev: dict) -> dict:
    out = {}
    for k, v in ev.items():
        if v is None:
            if k in ("system_prompt", "org_id", "payment_fingerprint") and r.random() < 0.3:
                out[k] = None
            continue
        out[k] = v
    out["ts"] = format_rfc3339_ms(ev["ts"])[:19] + "Z" if out.pop("_sec", False) else fmt_ts(r, ev["ts"])
    if ev.get("account_created_at") is not None:
        if r.random() < 0.04:
            del out["account_created_at"]
        else:
            out["account_created_at"] = format_rfc3339_ms(ev["account_created_at"])
    if "asn" in out:
        y = r.random()
        if y < 0.015:
            del out["asn"]
        elif y < 0.07:
            out["asn"] = f"AS{out['asn']}"
    if "device_id" in out and r.random() < 0.02:
        del out["device_id"]
    if r.random() < 0.004:
        out.pop("status", None)
    if r.random() < 0.01:
        out.pop("user_agent", None)
    return out


def broken(r: random.Random, line: bytes) -> bytes:
    d = orjson.loads(line)
    k = r.randrange(8)
    if k == 0:
        return line[: r.randrange(10, max(11, len(line) - 2))]
    if k == 1:
        d.pop("ts")
    elif k == 2:
        d["ts"] = r.choice(["yesterday", "2027-09-08 12:00:00", "", "NaN"])
    elif k == 3:
        d["prompt_tokens"] = r.choice([-1, "many", None])
    elif k == 4:
        d["account_id"] = r.choice(["", None, 12345])
    elif k == 5:
        return line[:-1] + b",}"
    elif k == 6:
        d.pop("account_id")
    else:
        d["completion_tokens"] = -r.randint(1, 500)
    return orjson.dumps(d)


def truncate_some(seed: int, events: list[dict]) -> None:
    """A few edge nodes log whole seconds only: truncate before sorting so the file stays in order."""
    r = random.Random(f"{seed}:sec")
    for ev in events:
        if r.random() < 0.03:
            ev["ts"] -= ev["ts"] % 1000
            ev["_sec"] = True


def write(path: str, seed: int, events: list[dict]) -> int:
    r = random.Random(f"{seed}:wire")
    n = 0
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf = []
        for ev in events:
            line = orjson.dumps(shape(r, ev))
            buf.append(line)
            if r.random() < 0.001:
                buf.append(broken(r, line))
            if len(buf) > 5000:
                gz.write(b"\n".join(buf) + b"\n")
                n += len(buf)
                buf = []
        if buf:
            gz.write(b"\n".join(buf) + b"\n")
            n += len(buf)
    return n
