"""Validate a heldout18 output: every event through enforcer.contracts.parse_event,
the labels through enforcer.labels, and their agreement.

    python -m bench.heldout18.check /tmp/h18/v1.jsonl.gz /tmp/h18/v1.labels.json
"""
from __future__ import annotations

import argparse
import gzip
import ipaddress
import sys
from collections import Counter

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import load_labels


def check(events_path: str, labels_path: str) -> list[str]:
    errors: list[str] = []
    labels = load_labels(labels_path)
    seen: Counter = Counter()
    ids: set[str] = set()
    last = -1
    n = 0
    with gzip.open(events_path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            try:
                ev = parse_event(line)
            except InvalidEvent as exc:
                errors.append(f"line {n}: {exc.reason}")
                if len(errors) > 20:
                    break
                continue
            if ev.event_id in ids:
                errors.append(f"line {n}: duplicate event_id")
            ids.add(ev.event_id)
            if ev.ts < last:
                errors.append(f"line {n}: out of order")
            last = ev.ts
            if ev.account_created_at is not None and ev.account_created_at > ev.ts:
                errors.append(f"line {n}: account created after the request")
            if ev.ip is not None:
                try:
                    ipaddress.ip_address(ev.ip)
                except ValueError:
                    errors.append(f"line {n}: bad ip")
            seen[ev.account_id] += 1
    missing = [a for a in seen if a not in labels]
    extra = [a for a in labels if a not in seen]
    if missing:
        errors.append(f"{len(missing)} accounts in the events have no label (e.g. {missing[0]})")
    if extra:
        errors.append(f"{len(extra)} labelled accounts have no events (e.g. {extra[0]})")
    for acct, lab in labels.items():
        if (lab["label"] == "attack") != bool(lab.get("campaign")):
            errors.append(f"{acct}: attack label and campaign disagree")
    att = sum(1 for lab in labels.values() if lab["label"] == "attack")
    print(f"{n} events, {len(seen)} accounts, {att} attack ({100 * att / max(len(labels), 1):.1f}%), "
          f"{len(errors)} problems")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("events")
    ap.add_argument("labels")
    args = ap.parse_args(argv)
    errors = check(args.events, args.labels)
    for e in errors[:20]:
        print("  " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
