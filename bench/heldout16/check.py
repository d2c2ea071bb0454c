"""Parse every event with enforcer.contracts and print a population table.

    PYTHONPATH=/work/wt-h16 python bench/heldout16/check.py /tmp/h16/v1.jsonl.gz /tmp/h16/v1.labels.json
"""
from __future__ import annotations

import collections
import gzip
import json
import sys

from enforcer.contracts import RequestEvent, parse_event

FIELDS = list(RequestEvent.model_fields)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    events_path, labels_path = argv
    with open(labels_path, encoding="utf-8") as fh:
        labels = json.load(fh)
    ev = collections.Counter()
    accts: dict[str, set] = collections.defaultdict(set)
    toks = collections.Counter()
    bad = missing = unlabelled = unsorted = 0
    last = -1
    first_ts, last_ts = None, None
    seen = set()
    with gzip.open(events_path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            try:
                e = parse_event(line)
            except Exception as exc:  # noqa: BLE001
                bad += 1
                if bad <= 5:
                    print(f"line {n}: {exc}", file=sys.stderr)
                continue
            if any(getattr(e, f) is None for f in FIELDS):
                missing += 1
            if e.ts < last:
                unsorted += 1
            last = e.ts
            first_ts = e.ts if first_ts is None else first_ts
            last_ts = e.ts
            if e.event_id in seen:
                bad += 1
            seen.add(e.event_id)
            lab = labels.get(e.account_id)
            if lab is None:
                unlabelled += 1
                continue
            key = (lab["label"], lab["population"], lab.get("campaign") or "-")
            ev[key] += 1
            accts[key].add(e.account_id)
            toks[key] += e.prompt_tokens + e.completion_tokens
    days = max(1.0, (last_ts - first_ts) / 86_400_000) if first_ts is not None else 1.0
    print(f"{'label':7} {'population':30} {'campaign':28} {'accounts':>8} {'events':>8} {'req/acct/day':>12} {'tok/req':>8}")
    tot = collections.Counter()
    for key in sorted(ev, key=lambda k: (k[0] != "benign", k[2], -len(accts[k]))):
        na, ne = len(accts[key]), ev[key]
        print(f"{key[0]:7} {key[1]:30} {key[2]:28} {na:8d} {ne:8d} {ne / na / days:12.1f} {toks[key] / ne:8.0f}")
        tot[key[0] + "_a"] += na
        tot[key[0] + "_e"] += ne
    print(f"benign: {tot['benign_a']} accounts, {tot['benign_e']} events; attack: {tot['attack_a']} accounts, "
          f"{tot['attack_e']} events; total {len(seen)} events over {days:.2f} days")
    no_events = set(labels) - {a for s in accts.values() for a in s}
    print(f"parse errors/duplicate ids: {bad}; events with a null field: {missing}; unlabelled events: {unlabelled}; "
          f"out-of-order: {unsorted}; labelled accounts without events: {len(no_events)}")
    return 1 if (bad or missing or unlabelled or unsorted or no_events) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
