#!/usr/bin/env python3
"""Validate a heldout10 output: every line through the contract's parse_event, order, unique ids,
account creation before each event, labels = accounts exactly. Prints one row per population.

usage: PYTHONPATH=/work/wt-h10 python check.py EVENTS.jsonl.gz LABELS.json"""
from __future__ import annotations

import collections
import gzip
import json
import sys

from enforcer.contracts import InvalidEvent, RequestEvent, parse_event

FIELDS = set(RequestEvent.model_fields)


def main(events_path: str, labels_path: str) -> int:
    with open(labels_path) as f:
        labels = json.load(f)
    errors: list[str] = []
    seen_ids: set[str] = set()
    per_acct: collections.Counter = collections.Counter()
    first_ts, last_ts, prev = None, None, None
    n = 0
    opener = gzip.open if events_path.endswith(".gz") else open
    with opener(events_path, "rb") as f:
        for n, line in enumerate(f, 1):
            try:
                ev = parse_event(line)
            except InvalidEvent as exc:
                errors.append(f"line {n}: invalid event: {exc.reason}")
                if len(errors) > 20:
                    break
                continue
            missing_fields = FIELDS - set(json.loads(line))
            if missing_fields:
                errors.append(f"line {n}: fields missing: {sorted(missing_fields)}")
            key = (ev.ts, ev.event_id)
            if prev is not None and key < prev:
                errors.append(f"line {n}: out of order")
            prev = key
            if ev.event_id in seen_ids:
                errors.append(f"line {n}: duplicate event_id")
            seen_ids.add(ev.event_id)
            if ev.account_created_at is None or ev.account_created_at > ev.ts:
                errors.append(f"line {n}: event before account creation")
            per_acct[ev.account_id] += 1
            first_ts = ev.ts if first_ts is None else first_ts
            last_ts = ev.ts
            if len(errors) > 20:
                break
    missing = set(per_acct) - set(labels)
    extra = set(labels) - set(per_acct)
    if missing:
        errors.append(f"{len(missing)} accounts with events have no label")
    if extra:
        errors.append(f"{len(extra)} labelled accounts have no events")
    for aid, v in labels.items():
        if v.get("label") not in ("attack", "benign"):
            errors.append(f"{aid}: bad label")
        if (v.get("label") == "attack") != (v.get("campaign") is not None):
            errors.append(f"{aid}: campaign must be set exactly for attacks")
    days = max(1e-9, ((last_ts or 0) - (first_ts or 0)) / 86_400_000)
    rows = collections.defaultdict(lambda: [0, 0, "", ""])
    for aid, c in per_acct.items():
        v = labels.get(aid, {"label": "?", "population": "?", "campaign": None})
        r = rows[v["population"]]
        r[0] += 1
        r[1] += c
        r[2], r[3] = v["label"], v.get("campaign") or "-"
    print(f"{'population':28} {'label':7} {'campaign':10} {'accounts':>8} {'events':>8} {'ev/acct/day':>11}")
    for pop, (a, e, lab, camp) in sorted(rows.items(), key=lambda kv: (kv[1][2], kv[0])):
        print(f"{pop:28} {lab:7} {camp:10} {a:8d} {e:8d} {e / a / days:11.1f}")
    att = sum(r[0] for r in rows.values() if r[2] == "attack")
    atte = sum(r[1] for r in rows.values() if r[2] == "attack")
    print(f"{'TOTAL':28} {'':7} {'':10} {len(per_acct):8d} {n:8d}   attack accounts {att / max(1, len(per_acct)):.1%}, "
          f"attack events {atte / max(1, n):.1%}, span {days:.2f} d")
    for e in errors[:20]:
        print("ERROR", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
