#!/usr/bin/env python3
"""Sanity checks for a heldout3 run: python check.py events.jsonl.gz labels.json

Checks schema types, ts order, unique event ids, labels coverage, and prints per-population
account/event counts and events per account per day. Exit code 1 on any hard failure.
"""
from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from datetime import datetime

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
STR_OPT = ("model", "endpoint", "prompt", "system_prompt", "org_id", "api_key_id", "ip", "user_agent", "device_id", "payment_fingerprint")
FIELDS = ("event_id", "ts", "account_id", "prompt_tokens", "completion_tokens", "asn", "status", "account_created_at") + STR_OPT


def ms(text: str) -> int:
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f%z").timestamp() * 1000)


def main(events_path: str, labels_path: str) -> int:
    labels = json.load(open(labels_path, encoding="utf-8"))
    errors: list[str] = []

    def err(msg: str) -> None:
        if len(errors) < 30:
            errors.append(msg)
        else:
            errors.append("...")

    ids: set[str] = set()
    last = None
    per_acct: Counter = Counter()
    first_ts, last_ts = None, None
    status = Counter()
    nulls = Counter()
    created_after = 0
    n = 0
    for line in gzip.open(events_path, "rt", encoding="utf-8"):
        n += 1
        ev = json.loads(line)
        for f in FIELDS:
            if f not in ev:
                err(f"line {n}: missing field {f}")
        if not isinstance(ev.get("event_id"), str) or not ev["event_id"]:
            err(f"line {n}: event_id")
        if ev["event_id"] in ids:
            err(f"line {n}: duplicate event_id")
        ids.add(ev["event_id"])
        if not isinstance(ev.get("account_id"), str) or not ev["account_id"]:
            err(f"line {n}: account_id")
        for f in ("prompt_tokens", "completion_tokens"):
            if not isinstance(ev.get(f), int) or isinstance(ev.get(f), bool) or ev[f] < 0:
                err(f"line {n}: {f}")
        for f in STR_OPT:
            v = ev.get(f)
            if v is None:
                nulls[f] += 1
            elif not isinstance(v, str):
                err(f"line {n}: {f} not str/null")
        for f in ("asn", "status"):
            v = ev.get(f)
            if v is None:
                nulls[f] += 1
            elif not isinstance(v, int) or isinstance(v, bool):
                err(f"line {n}: {f} not int/null")
        ts = ev.get("ts")
        if not isinstance(ts, str) or not TS_RE.match(ts):
            err(f"line {n}: ts format {ts!r}")
            continue
        t = ms(ts)
        if last is not None and t < last:
            err(f"line {n}: ts out of order")
        last = t
        first_ts = t if first_ts is None else first_ts
        last_ts = t
        ca = ev.get("account_created_at")
        if ca is None:
            nulls["account_created_at"] += 1
        elif not isinstance(ca, str) or not TS_RE.match(ca):
            err(f"line {n}: account_created_at format")
        elif ms(ca) > t:
            created_after += 1
        status[ev.get("status")] += 1
        per_acct[ev["account_id"]] += 1

    missing = [a for a in per_acct if a not in labels]
    extra = [a for a in labels if a not in per_acct]
    if missing:
        err(f"{len(missing)} accounts with events but no label")
    if extra:
        err(f"{len(extra)} labelled accounts without events")
    if created_after:
        err(f"{created_after} events before their account was created")
    for a, v in list(labels.items())[:100000]:
        if v.get("label") not in ("attack", "benign") or not v.get("population"):
            err(f"bad label for {a}")
            break

    days = max(1e-9, (last_ts - first_ts) / 86_400_000) if n else 1
    print(f"events={n} accounts={len(per_acct)} span_days={days:.2f} first={first_ts} last={last_ts}")
    by_pop: dict[tuple, list[int]] = defaultdict(list)
    for a, c in per_acct.items():
        lab = labels.get(a, {"label": "?", "population": "?"})
        by_pop[(lab["label"], lab["population"], lab.get("campaign"))].append(c)
    print(f"{'label':7} {'population':22} {'campaign':20} {'accts':>6} {'events':>8} {'ev/acct/day med':>15} {'p90':>7} {'max':>7}")
    tot = Counter()
    for key in sorted(by_pop, key=lambda k: (k[0], k[1])):
        cs = sorted(by_pop[key])
        tot[(key[0], "a")] += len(cs)
        tot[(key[0], "e")] += sum(cs)
        p90 = cs[int(0.9 * (len(cs) - 1))]
        print(f"{key[0]:7} {key[1]:22} {str(key[2]):20} {len(cs):6d} {sum(cs):8d} {statistics.median(cs) / days:15.1f} {p90 / days:7.1f} {cs[-1] / days:7.1f}")
    for lab in ("attack", "benign"):
        print(f"total {lab}: accounts={tot[(lab, 'a')]} events={tot[(lab, 'e')]}")
    att = tot[("attack", "a")] / max(1, len(per_acct))
    print(f"attack account share={att:.2f}")
    print("status:", dict(status.most_common()))
    print("null counts:", dict(nulls))
    if errors:
        print("FAIL:")
        for e in errors:
            print("  ", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
