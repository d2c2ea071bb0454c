#!/usr/bin/env python3
"""Validate a heldout13 traffic file against the event contract and its labels.

    PYTHONPATH=/tmp/wt-h13 python check.py FILE.jsonl.gz FILE.labels.json [--days D]

Parses every line with enforcer.contracts.parse_event, checks ts order, unique
event ids and that labels cover exactly the accounts with events, then prints
a per-population table.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict

from enforcer.contracts import parse_event


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("labels")
    ap.add_argument("--days", type=float, default=None, help="window length (default: from the data)")
    args = ap.parse_args(argv)
    with open(args.labels, encoding="utf-8") as fh:
        labels = json.load(fh)
    errors: list[str] = []
    ids: set[str] = set()
    last = -1
    first_ts = None
    per_acct: dict[str, int] = defaultdict(int)
    n = 0
    opener = gzip.open if args.events.endswith(".gz") else open
    with opener(args.events, "rb") as fh:
        for lineno, line in enumerate(fh, 1):
            try:
                ev = parse_event(line)
            except Exception as exc:  # InvalidEvent
                errors.append(f"line {lineno}: {getattr(exc, 'reason', exc)}")
                continue
            n += 1
            if ev.ts < last:
                errors.append(f"line {lineno}: ts goes backwards")
            last = ev.ts
            first_ts = ev.ts if first_ts is None else first_ts
            if ev.event_id in ids:
                errors.append(f"line {lineno}: duplicate event_id")
            ids.add(ev.event_id)
            per_acct[ev.account_id] += 1
            if len(errors) > 20:
                break
    missing = [a for a in per_acct if a not in labels]
    extra = [a for a in labels if a not in per_acct]
    if missing:
        errors.append(f"{len(missing)} accounts with events have no label, e.g. {missing[:3]}")
    if extra:
        errors.append(f"{len(extra)} labelled accounts have no events, e.g. {extra[:3]}")
    for a, v in labels.items():
        if v.get("label") not in ("attack", "benign"):
            errors.append(f"{a}: bad label {v.get('label')!r}")
        if v.get("label") == "attack" and not v.get("campaign"):
            errors.append(f"{a}: attack without campaign")
    days = args.days or max(1.0, round((last - first_ts) / 86_400_000)) if n else 1.0
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for a, cnt in per_acct.items():
        v = labels.get(a, {"label": "?", "population": "?"})
        row = table[(v["label"], v["population"])]
        row[0] += 1
        row[1] += cnt
    print(f"{'label':7} {'population':18} {'accounts':>8} {'events':>8} {'ev/acct/day':>11}")
    tot = {"attack": [0, 0], "benign": [0, 0]}
    for (lab, pop), (na, ne) in sorted(table.items()):
        print(f"{lab:7} {pop:18} {na:8d} {ne:8d} {ne / na / days:11.1f}")
        if lab in tot:
            tot[lab][0] += na
            tot[lab][1] += ne
    na = sum(v[0] for v in tot.values())
    print(f"total: {n} events, {na} accounts, attack accounts {tot['attack'][0]} "
          f"({100 * tot['attack'][0] / max(1, na):.1f}%), attack events {tot['attack'][1]} "
          f"({100 * tot['attack'][1] / max(1, n):.1f}%), days {days}")
    if errors:
        print("ERRORS:", file=sys.stderr)
        for e in errors[:25]:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
