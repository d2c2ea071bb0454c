"""Validate a generated heldout45 set (same args as gen).

PYTHONPATH=. python -m bench.heldout45.check --seed N --days 2 --events OUT.jsonl.gz --labels OUT.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import sys

import orjson

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import load_labels

from .world import DAY, T0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)

    labels = load_labels(args.labels)
    with gzip.open(args.events, "rb") as f:
        lines = f.read().splitlines()
    problems: list[str] = []
    seen: set[bytes] = set()
    rejected = dup = int_ts = unknown = disorder = 0
    last_ts = 0
    per_pop_events: collections.Counter = collections.Counter()
    active: dict[str, set] = collections.defaultdict(set)
    unlabelled: set[str] = set()
    for line in lines:
        if line in seen:
            dup += 1
            continue
        seen.add(line)
        try:
            ev = parse_event(line)
        except InvalidEvent:
            rejected += 1
            continue
        raw = orjson.loads(line)
        int_ts += isinstance(raw["ts"], int)
        unknown += "gw_pop" in raw
        if ev.ts < last_ts:
            disorder += 1
        last_ts = max(last_ts, ev.ts)
        if not T0 <= ev.ts < T0 + args.days * DAY:
            problems.append(f"event outside window: {ev.event_id}")
        lab = labels.get(ev.account_id)
        if lab is None:
            unlabelled.add(ev.account_id)
            continue
        per_pop_events[(lab["label"], lab["population"])] += 1
        active[(lab["label"], lab["population"])].add(ev.account_id)
    n = len(lines)
    parsed = n - dup - rejected
    if unlabelled:
        problems.append(f"{len(unlabelled)} accounts in events are not labelled")
    if disorder:
        problems.append(f"{disorder} events out of event-time order")
    if not 0.0002 <= rejected / n <= 0.001:
        problems.append(f"malformed share {rejected / n:.5f} outside 0.02-0.1%")
    if not 0.0002 <= dup / n <= 0.001:
        problems.append(f"redelivery share {dup / n:.5f} outside 0.02-0.1%")
    if not 0.02 <= int_ts / parsed <= 0.04:
        problems.append(f"integer-ts share {int_ts / parsed:.4f} outside 2-4%")
    if unknown != parsed:
        problems.append("some events lack the unknown field")

    pops = collections.Counter((v["label"], v["population"]) for v in labels.values())
    print(f"{args.events}: lines={n} parsed={parsed} malformed={rejected} ({rejected / n:.3%}) "
          f"redelivered={dup} ({dup / n:.3%}) int_ts={int_ts / parsed:.2%}")
    print(f"labels: {len(labels)} accounts, attack={sum(c for (l, _), c in pops.items() if l == 'attack')}, "
          f"benign={sum(c for (l, _), c in pops.items() if l == 'benign')}, active={sum(len(s) for s in active.values())}")
    for key in sorted(pops):
        print(f"  {key[0]:7s} {key[1]:26s} accounts={pops[key]:5d} active={len(active[key]):5d} events={per_pop_events[key]:6d}")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
