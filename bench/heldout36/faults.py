"""Transport faults: malformed lines (four kinds), byte-identical redeliveries, gateway buffering delays."""

from __future__ import annotations

import random

import orjson

from .world import rfc3339

KINDS = ("bad_json", "missing_field", "wrong_type", "bad_timestamp")


def arrival_delay(rng: random.Random) -> int:
    """Milliseconds between event time and arrival: usually under a second; 1.5% buffered by a gateway up to ~3 min."""
    if rng.random() < 0.015:
        return rng.randrange(5_000, 175_000)
    return rng.randrange(0, 900)


def malformed(rng: random.Random, base: list[dict], n_per_kind: int = 9) -> list[tuple[int, bytes, str]]:
    """Broken copies of real events: (arrival ms, line, kind). Every line must fail parse_event."""
    out = []
    for kind in KINDS:
        for k in range(n_per_kind):
            ev = dict(base[rng.randrange(len(base))])
            ev["event_id"] = ev["event_id"][:-6] + "".join(rng.choice("0123456789abcdef") for _ in range(6))
            ts = ev["ts"] if isinstance(ev["ts"], int) else None
            arrival = ev["_arrival"]
            ev.pop("_arrival")
            if kind == "bad_json":
                line = orjson.dumps(ev)
                v = k % 3
                if v == 0:
                    line = line[: rng.randrange(20, max(21, len(line) - 5))]  # truncated write
                elif v == 1:
                    line = line.replace(b'"account_id":', b"account_id:", 1)  # unquoted key
                else:
                    line = line[:-1] + b",}"  # trailing comma
            elif kind == "missing_field":
                ev.pop(("account_id", "ts", "event_id", "prompt_tokens", "completion_tokens")[k % 5])
                line = orjson.dumps(ev)
            elif kind == "wrong_type":
                v = k % 4
                if v == 0:
                    ev["prompt_tokens"] = "n/a"
                elif v == 1:
                    ev["completion_tokens"] = -ev.get("completion_tokens", 3) - 1
                elif v == 2:
                    ev["account_id"] = rng.randrange(10**6, 10**7)
                else:
                    ev["asn"] = "unknown"
                line = orjson.dumps(ev)
            else:
                text = rfc3339(ts) if ts is not None else ev["ts"]
                v = k % 4
                if v == 0:
                    ev["ts"] = text.replace("T", " ")[:19]  # naive local-looking time
                elif v == 1:
                    ev["ts"] = text[:11] + "25:61:00.000Z"
                elif v == 2:
                    ev["ts"] = text[8:10] + "/" + text[5:7] + "/" + text[:4] + " " + text[11:16]
                else:
                    ev["ts"] = -1
                line = orjson.dumps(ev)
            out.append((arrival + rng.randrange(0, 2000), line, kind))
    return out
