"""Check a heldout12 output: every line parses with the contract, order, unique ids, labels == accounts.

Usage: PYTHONPATH=<repo> check.py EVENTS.jsonl.gz LABELS.json
"""
from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict

from enforcer.contracts import parse_event


def main(events_path: str, labels_path: str) -> int:
    labels = json.load(open(labels_path))
    errors, prev, ids = 0, None, set()
    acc_ev: dict[str, int] = defaultdict(int)
    t_min = t_max = None
    with gzip.open(events_path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            e = parse_event(line)
            key = (e.ts, e.event_id)
            if prev is not None and key < prev:
                errors += 1
                print(f"line {n}: out of order")
            prev = key
            if e.event_id in ids:
                errors += 1
                print(f"line {n}: duplicate id")
            ids.add(e.event_id)
            acc_ev[e.account_id] += 1
            if e.prompt and len(e.prompt) > 2000:
                errors += 1
                print(f"line {n}: prompt over 2000 chars")
            t_min = e.ts if t_min is None else min(t_min, e.ts)
            t_max = e.ts if t_max is None else max(t_max, e.ts)
    if set(acc_ev) != set(labels):
        errors += 1
        print(f"labels/accounts mismatch: {len(set(acc_ev) - set(labels))} unlabelled, "
              f"{len(set(labels) - set(acc_ev))} labelled without events")
    days = max(1.0, round((t_max - t_min) / 86_400_000)) if t_min is not None else 1.0
    pops: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for a, v in labels.items():
        pops[(v["label"], v["population"], v.get("campaign") or "-")].append(acc_ev.get(a, 0))
    print(f"{'label':7} {'population':18} {'campaign':15} {'accounts':>8} {'events':>8} {'ev/acct/day':>11}")
    for (lab, pop, camp), counts in sorted(pops.items()):
        print(f"{lab:7} {pop:18} {camp:15} {len(counts):8d} {sum(counts):8d} {sum(counts) / len(counts) / days:11.1f}")
    tot = sum(acc_ev.values())
    print(f"total: {tot} events, {len(acc_ev)} accounts, {days:.0f} days; errors: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
