#!/usr/bin/env python3
"""Validate a heldout14 output pair and print a per-population table.

    PYTHONPATH=/tmp/wt-h14 /work/main/.venv/bin/python check.py FILE.jsonl.gz FILE.labels.json
"""
from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict

from enforcer.contracts import parse_event
from enforcer.labels import load_labels


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    events_path, labels_path = argv
    labels = load_labels(labels_path)
    raw = json.load(open(labels_path, encoding="utf-8"))
    problems: list[str] = []
    ids: set[str] = set()
    prev = -1
    n = 0
    t_min = t_max = None
    acc_events: dict[str, int] = defaultdict(int)
    with gzip.open(events_path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            ev = parse_event(line)  # raises InvalidEvent on a bad line
            n += 1
            if ev.ts < prev:
                problems.append(f"line {n}: ts goes backwards")
            prev = ev.ts
            if ev.event_id in ids:
                problems.append(f"line {n}: duplicate event_id")
            ids.add(ev.event_id)
            acc_events[ev.account_id] += 1
            t_min = ev.ts if t_min is None else min(t_min, ev.ts)
            t_max = ev.ts if t_max is None else max(t_max, ev.ts)
    with_events, labelled = set(acc_events), set(labels)
    if with_events - labelled:
        problems.append(f"{len(with_events - labelled)} accounts with events have no label")
    if labelled - with_events:
        problems.append(f"{len(labelled - with_events)} labelled accounts have no events")
    for acct, v in raw.items():
        if v.get("label") == "attack" and not v.get("campaign"):
            problems.append(f"{acct}: attack without campaign")
        if v.get("label") == "benign" and v.get("campaign") is not None:
            problems.append(f"{acct}: benign with campaign")
    days = max((t_max - t_min) / 86_400_000, 1e-9) if n else 1.0
    pops: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for acct, cnt in acc_events.items():
        lab = labels.get(acct, {"label": "?", "population": "?"})
        key = (lab["label"], lab["population"])
        pops[key][0] += 1
        pops[key][1] += cnt
    print(f"{'label':7} {'population':22} {'accounts':>8} {'events':>8} {'ev/acct/day':>11}")
    for (lab, pop), (na, ne) in sorted(pops.items()):
        print(f"{lab:7} {pop:22} {na:8d} {ne:8d} {ne / na / days:11.1f}")
    att = sum(v[0] for k, v in pops.items() if k[0] == "attack")
    att_ev = sum(v[1] for k, v in pops.items() if k[0] == "attack")
    print(f"total: {n} events, {len(with_events)} accounts, {att} attack accounts "
          f"({100 * att / max(1, len(with_events)):.1f}%), {att_ev} attack events ({100 * att_ev / max(1, n):.1f}%), "
          f"span {days:.2f} days")
    if problems:
        for p in problems[:20]:
            print("PROBLEM:", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
