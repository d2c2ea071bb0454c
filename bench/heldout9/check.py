#!/usr/bin/env python3
"""Sanity-check a heldout9 output. Run with PYTHONPATH=<worktree root>.

usage: check.py FILE.jsonl.gz FILE.labels.json
"""
from __future__ import annotations

import collections
import gzip
import sys

from enforcer.contracts import parse_event
from enforcer.labels import load_labels


def main(argv: list[str]) -> int:
    events_path, labels_path = argv[1], argv[2]
    labels = load_labels(labels_path)
    problems: list[str] = []
    seen: set[str] = set()
    last = (-1, "")
    per_acct: collections.Counter = collections.Counter()
    n = 0
    t_min = t_max = None
    with gzip.open(events_path, "rb") as f:
        for line in f:
            ev = parse_event(line)
            n += 1
            key = (ev.ts, ev.event_id)
            if key < last:
                problems.append(f"line {n}: not sorted by (ts, event_id)")
            last = key
            if ev.event_id in seen:
                problems.append(f"line {n}: duplicate event_id")
            seen.add(ev.event_id)
            per_acct[ev.account_id] += 1
            if ev.account_created_at is not None and ev.account_created_at > ev.ts:
                problems.append(f"line {n}: account created after the event")
            t_min = ev.ts if t_min is None else min(t_min, ev.ts)
            t_max = ev.ts if t_max is None else max(t_max, ev.ts)
            if len(problems) > 20:
                break
    with open(events_path, "rb") as f:
        if f.read(10)[4:8] != b"\0\0\0\0":
            problems.append("gzip header mtime is not 0")
    unlabelled = set(per_acct) - set(labels)
    unused = set(labels) - set(per_acct)
    if unlabelled:
        problems.append(f"{len(unlabelled)} accounts with events but no label")
    if unused:
        problems.append(f"{len(unused)} labelled accounts without events")
    pops: dict[tuple[str, str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    for a, v in labels.items():
        p = pops[(v["label"], v["population"], str(v["campaign"]))]
        p[0] += 1
        p[1] += per_acct.get(a, 0)
    days = max(1e-9, (t_max - t_min) / 86_400_000) if n else 1
    print(f"{n} events, {len(per_acct)} accounts, span {days:.2f} days")
    print(f"{'label':7} {'population':22} {'campaign':12} {'accts':>6} {'events':>8} {'ev/acct/day':>11}")
    for (lab, pop, camp), (na, ne) in sorted(pops.items()):
        print(f"{lab:7} {pop:22} {camp:12} {na:6d} {ne:8d} {ne / max(1, na) / days:11.1f}")
    att = sum(1 for v in labels.values() if v["label"] == "attack")
    att_ev = sum(c for a, c in per_acct.items() if labels.get(a, {}).get("label") == "attack")
    print(f"attack accounts {att} ({100 * att / max(1, len(labels)):.1f}%), attack events {att_ev} ({100 * att_ev / max(1, n):.1f}%)")
    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
