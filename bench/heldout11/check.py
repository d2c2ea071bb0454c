"""Validate a heldout11 output pair and print a table per population.

usage: PYTHONPATH=<repo> check.py EVENTS.jsonl.gz LABELS.json
"""
from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict

from enforcer.contracts import RequestEvent, parse_event

DAY_MS = 86_400_000


def main(events_path: str, labels_path: str) -> int:
    labels = json.load(open(labels_path, encoding="utf-8"))
    fields = set(RequestEvent.model_fields)
    seen_ids: set[str] = set()
    prev = None
    ev_n: dict[str, int] = defaultdict(int)
    t_min = t_max = None
    errors = 0
    with gzip.open(events_path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            raw = json.loads(line)
            missing = fields - raw.keys()
            if missing:
                errors += 1
                print(f"line {n}: missing fields {sorted(missing)}")
            e = parse_event(line)
            key = (e.ts, e.event_id)
            if prev is not None and key < prev:
                errors += 1
                print(f"line {n}: out of order")
            prev = key
            if e.event_id in seen_ids:
                errors += 1
                print(f"line {n}: duplicate event_id")
            seen_ids.add(e.event_id)
            ev_n[e.account_id] += 1
            t_min = e.ts if t_min is None else min(t_min, e.ts)
            t_max = e.ts if t_max is None else max(t_max, e.ts)
    if set(ev_n) != set(labels):
        errors += 1
        print(f"labels/accounts mismatch: {len(set(ev_n) - set(labels))} unlabelled, "
              f"{len(set(labels) - set(ev_n))} labelled without events")
    for a, v in labels.items():
        if v.get("label") not in ("attack", "benign") or (v["label"] == "attack") != bool(v.get("campaign")):
            errors += 1
            print(f"bad label for {a}: {v}")
    days = max(1e-9, (t_max - t_min) / DAY_MS) if t_min is not None else 1
    rows: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for a, v in labels.items():
        r = rows[(v["label"], v["population"], v.get("campaign") or "-")]
        r[0] += 1
        r[1] += ev_n.get(a, 0)
    print(f"{'label':7} {'population':28} {'campaign':18} {'accounts':>8} {'events':>8} {'ev/acct/day':>11}")
    tot = {"attack": [0, 0], "benign": [0, 0]}
    for (lab, pop, camp), (na, ne) in sorted(rows.items()):
        tot[lab][0] += na
        tot[lab][1] += ne
        print(f"{lab:7} {pop:28} {camp:18} {na:8d} {ne:8d} {ne / na / days:11.1f}")
    for lab, (na, ne) in tot.items():
        print(f"{lab:7} {'TOTAL':28} {'':18} {na:8d} {ne:8d} {ne / max(na, 1) / days:11.1f}")
    print(f"events={len(seen_ids)} accounts={len(labels)} span_days={days:.2f} errors={errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
