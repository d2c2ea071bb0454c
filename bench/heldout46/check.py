"""Validate a generated set with the enforcer's own parsers.

PYTHONPATH=. python -m bench.heldout46.check --seed N --days 2 --events OUT.jsonl.gz --labels OUT.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter

import orjson

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import load_labels

from .world import DAY, T0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)

    labels = load_labels(args.labels)
    seen: set[bytes] = set()
    lines = bad = dup = int_ts = extra = 0
    reasons: Counter = Counter()
    ev_pop: Counter = Counter()
    acct_seen: dict[str, None] = {}
    unlabelled: list[str] = []
    out_of_order = 0
    last_ts = 0
    lo, hi = T0, T0 + args.days * DAY
    with gzip.open(args.events, "rb") as f:
        for raw in f:
            line = raw.rstrip(b"\n")
            lines += 1
            if line in seen:
                dup += 1
                continue
            seen.add(line)
            try:
                ev = parse_event(line)
            except InvalidEvent as exc:
                bad += 1
                reasons[exc.reason.split(":")[0]] += 1
                continue
            doc = orjson.loads(line)
            int_ts += isinstance(doc["ts"], int)
            extra += "edge_pop" in doc
            if not lo <= ev.ts < hi:
                print(f"event outside the window: {ev.event_id}", file=sys.stderr)
                return 1
            out_of_order += ev.ts < last_ts
            last_ts = max(last_ts, ev.ts)
            lab = labels.get(ev.account_id)
            if lab is None:
                unlabelled.append(ev.account_id)
                continue
            ev_pop[(lab["label"], lab["population"])] += 1
            acct_seen[ev.account_id] = None

    good = lines - bad - dup
    acc_pop = Counter((labels[a]["label"], labels[a]["population"]) for a in acct_seen)
    all_pop = Counter((v["label"], v["population"]) for v in labels.values())
    print(f"lines {lines}, parsed {good}, malformed {bad} ({bad / lines:.3%}), redelivered {dup} ({dup / lines:.3%}), "
          f"integer ts {int_ts / good:.2%}, unknown field on {extra / good:.1%}, out-of-order {out_of_order}")
    print(f"malformed reasons: {dict(reasons)}")
    print(f"labels: {len(labels)} accounts ({sum(1 for v in labels.values() if v['label'] == 'attack')} attack); "
          f"{len(acct_seen)} seen in events; unlabelled in events: {len(set(unlabelled))}")
    print(f"{'label':7} {'population':34} {'accounts':>8} {'active':>7} {'events':>8}")
    for key in sorted(all_pop, key=lambda k: (k[0] != "benign", k[1])):
        print(f"{key[0]:7} {key[1]:34} {all_pop[key]:8d} {acc_pop[key]:7d} {ev_pop[key]:8d}")
    att_ev = sum(n for (lab, _), n in ev_pop.items() if lab == "attack")
    print(f"attack share: events {att_ev / good:.1%}")
    ok = (not unlabelled and out_of_order == 0 and 0 < bad / lines < 0.002 and 0 < dup / lines < 0.002
          and 0.015 < int_ts / good < 0.045 and extra == good)
    print("CHECK", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
