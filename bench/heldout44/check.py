"""Validate a generated set against the wire contract and the labels format.

PYTHONPATH=. python -m bench.heldout44.check --seed N --days 2 --events OUT.jsonl.gz --labels OUT.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import sys

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
    problems: list[str] = []
    lines = bad = dup_lines = 0
    seen: dict[bytes, int] = {}
    ev_per_acct: collections.Counter = collections.Counter()
    last_ts = 0
    disorder = 0
    with gzip.open(args.events, "rb") as fh:
        raw = fh.read()
    for n, line in enumerate(raw.splitlines(), 1):
        lines += 1
        if line in seen:
            dup_lines += 1
            if n - seen[line] > 40:
                problems.append(f"line {n}: redelivery {n - seen[line]} lines after the original")
            continue
        seen[line] = n
        try:
            ev = parse_event(line)
        except InvalidEvent:
            bad += 1
            continue
        if not T0 <= ev.ts < T0 + args.days * DAY:
            problems.append(f"line {n}: ts outside the window")
        if ev.ts < last_ts - 60_000:
            disorder += 1
        last_ts = max(last_ts, ev.ts)
        ev_per_acct[ev.account_id] += 1
        if ev.account_id not in labels:
            problems.append(f"line {n}: account {ev.account_id} not labelled")
    unused = [a for a in labels if a not in ev_per_acct]
    pops: dict[str, list[int]] = {}
    for acct, lab in labels.items():
        row = pops.setdefault(f"{lab['label']:6s} {lab['population']}", [0, 0])
        row[0] += 1
        row[1] += ev_per_acct.get(acct, 0)
    md5 = hashlib.md5(open(args.events, "rb").read()).hexdigest()
    print(f"{args.events}: {lines} lines, {bad} malformed ({100 * bad / lines:.3f}%), "
          f"{dup_lines} redelivered ({100 * dup_lines / lines:.3f}%), {len(ev_per_acct)} accounts with events, "
          f"{len(labels)} labelled, {len(unused)} labelled without events, {disorder} out-of-order")
    attack = sum(1 for v in labels.values() if v["label"] == "attack")
    print(f"labels: {attack} attack, {len(labels) - attack} benign; events md5 {md5} "
          f"(regenerate with the same seed and compare: identical output is the determinism check)")
    if args.stats:
        for k in sorted(pops):
            print(f"  {k:32s} accounts {pops[k][0]:5d} events {pops[k][1]:6d}")
    if bad == 0 or dup_lines == 0:
        problems.append("expected some malformed lines and redeliveries")
    if not 0.0002 < bad / lines < 0.002 or not 0.0002 < dup_lines / lines < 0.002:
        problems.append("malformed or redelivery share outside 0.02-0.2%")
    for p in problems[:20]:
        print("PROBLEM", p, file=sys.stderr)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
