"""Serialisation: gateway-style JSON Lines (mixed timestamp encodings, omitted
nulls, ~0.1% malformed lines), gzip output, labels file and a summary."""

from __future__ import annotations

import gzip
import random
from collections import Counter

import orjson

from .identity import hexid
from .world import DAY

MALFORMED_RATE = 0.001


def rfc3339(ms: int) -> str:
    from datetime import datetime, timezone
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def wire(ev: dict, rng: random.Random) -> dict:
    """One gateway region (Montréal) still sends epoch milliseconds; nulls are omitted."""
    out = {k: v for k, v in ev.items() if v is not None}
    if rng.random() >= 0.12:
        out["ts"] = rfc3339(ev["ts"])
    if ev.get("account_created_at") is not None:
        out["account_created_at"] = rfc3339(ev["account_created_at"])
    if ev.get("asn") is not None and rng.random() < 0.05:
        out["asn"] = f"AS{ev['asn']}"  # an IP-intel enrichment stage writes the text form
    return out


def malformed(ev: dict, rng: random.Random) -> bytes:
    bad = dict(ev)
    bad["event_id"] = "evt_" + hexid(rng, 20)
    k = rng.randrange(6)
    if k == 0:
        line = orjson.dumps(wire(bad, rng))
        return line[: max(10, len(line) // rng.randint(2, 5))]  # truncated write
    if k == 1:
        bad.pop("account_id")
    elif k == 2:
        bad["prompt_tokens"] = -rng.randint(1, 500)
    elif k == 3:
        bad["ts"] = rng.choice(("yesterday", "2027-04-19 25:61:00", "", "NaN"))
        return orjson.dumps({k2: v for k2, v in bad.items() if v is not None})
    elif k == 4:
        bad["completion_tokens"] = rng.choice(("n/a", None, "12k"))
    else:
        return b'{"event_id": "' + bad["event_id"].encode() + b'", "ts": ' + str(bad["ts"]).encode() + b"}"
    return orjson.dumps(wire(bad, rng))


def write(events: list[tuple[int, int, dict]], path: str, seed: int) -> tuple[int, int]:
    rng = random.Random(f"heldout27:{seed}:wire")
    events.sort(key=lambda e: (e[0], e[1]))
    n_bad = 0
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        buf = []
        for _, _, ev in events:
            buf.append(orjson.dumps(wire(ev, rng)))
            if rng.random() < MALFORMED_RATE:
                buf.append(malformed(ev, rng))
                n_bad += 1
            if len(buf) >= 5000:
                gz.write(b"\n".join(buf) + b"\n")
                buf = []
        if buf:
            gz.write(b"\n".join(buf) + b"\n")
    return len(events), n_bad


def write_labels(labels: dict, path: str) -> None:
    with open(path, "wb") as fh:
        fh.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))


def summary(events: list[tuple[int, int, dict]], labels: dict, days: int) -> str:
    ev_by_pop: Counter = Counter()
    acc_by_pop: Counter = Counter()
    for a, v in labels.items():
        acc_by_pop[(v["label"], v["population"], v["campaign"])] += 1
    pop_of = {a: (v["label"], v["population"], v["campaign"]) for a, v in labels.items()}
    for _, _, ev in events:
        ev_by_pop[pop_of[ev["account_id"]]] += 1
    lines = [f"{'label':7} {'population':28} {'campaign':18} {'accounts':>8} {'events':>8} {'ev/acct/day':>11}"]
    for key in sorted(acc_by_pop):
        n_a, n_e = acc_by_pop[key], ev_by_pop[key]
        lines.append(f"{key[0]:7} {key[1]:28} {str(key[2]):18} {n_a:8d} {n_e:8d} {n_e / n_a / days:11.1f}")
    tot_a = Counter(v["label"] for v in labels.values())
    tot_e = Counter(k[0] for k in ev_by_pop.elements())
    lines.append(f"totals: accounts {len(labels)} (attack {tot_a['attack']}, benign {tot_a['benign']}); "
                 f"events {len(events)} (attack {tot_e['attack']}, benign {tot_e['benign']})")
    return "\n".join(lines)


__all__ = ["write", "write_labels", "summary", "DAY"]
