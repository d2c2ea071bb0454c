#!/usr/bin/env python3
"""Validate a heldout6 trace and print per-population statistics.

    PYTHONPATH=/tmp/wt-h6 /work/main/.venv/bin/python check.py EVENTS.jsonl.gz LABELS.json
"""
from __future__ import annotations

import collections
import gzip
import json
import statistics
import sys

from enforcer.contracts import InvalidEvent, parse_event


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else 0


def main(events_path, labels_path):
    labels = json.load(open(labels_path, encoding="utf-8"))
    errors = []
    ids = set()
    last = -1
    per_acct = collections.Counter()
    days_of = collections.defaultdict(set)
    n = 0
    first_ts = None
    bad_order = 0
    fields_null = collections.Counter()
    tok = collections.defaultdict(int)
    opener = gzip.open if events_path.endswith(".gz") else open
    with opener(events_path, "rb") as f:
        for line in f:
            n += 1
            try:
                ev = parse_event(line)
            except InvalidEvent as exc:
                errors.append(f"line {n}: {exc.reason}")
                continue
            if first_ts is None:
                first_ts = ev.ts
            if ev.ts < last:
                bad_order += 1
            last = ev.ts
            if ev.event_id in ids:
                errors.append(f"line {n}: duplicate event_id")
            ids.add(ev.event_id)
            per_acct[ev.account_id] += 1
            days_of[ev.account_id].add((ev.ts - first_ts) // 86_400_000)
            tok[ev.account_id] += ev.prompt_tokens + ev.completion_tokens
            for k in ("model", "endpoint", "prompt", "system_prompt", "status", "org_id", "api_key_id", "ip", "asn",
                      "user_agent", "device_id", "payment_fingerprint", "account_created_at"):
                if getattr(ev, k) is None:
                    fields_null[k] += 1
    if bad_order:
        errors.append(f"{bad_order} events out of ts order")
    missing = [a for a in per_acct if a not in labels]
    extra = [a for a in labels if a not in per_acct]
    if missing:
        errors.append(f"{len(missing)} accounts with events but no label")
    if extra:
        errors.append(f"{len(extra)} labelled accounts without events")
    for a, v in labels.items():
        if v.get("label") not in ("attack", "benign"):
            errors.append(f"{a}: bad label")
            break
    span_days = max(1, round((last - first_ts) / 86_400_000)) if first_ts is not None else 1
    pops = collections.defaultdict(list)
    for a, v in labels.items():
        pops[(v["label"], v["population"])].append(a)
    print(f"{n} events, {len(per_acct)} accounts, span ~{span_days} d")
    print(f"{'label':7} {'population':22} {'accts':>6} {'events':>8} {'ev%':>6} {'med/d':>7} {'p90/d':>7} {'max/d':>7} {'tok/acct':>9}")
    tot_att_ev = 0
    for (lab, pop), accts in sorted(pops.items()):
        ev = [per_acct[a] for a in accts]
        rate = [per_acct[a] / max(1, len(days_of[a])) for a in accts]
        if lab == "attack":
            tot_att_ev += sum(ev)
        print(f"{lab:7} {pop:22} {len(accts):6d} {sum(ev):8d} {100 * sum(ev) / max(1, n):6.2f} "
              f"{statistics.median(rate):7.1f} {pct(rate, 0.9):7.1f} {max(rate):7.1f} "
              f"{int(statistics.median([tok[a] for a in accts])):9d}")
    natt = sum(1 for v in labels.values() if v["label"] == "attack")
    print(f"attack accounts {natt}/{len(labels)} = {100 * natt / max(1, len(labels)):.1f}%; "
          f"attack events {tot_att_ev}/{n} = {100 * tot_att_ev / max(1, n):.1f}%")
    print("null counts: " + ", ".join(f"{k}={v}" for k, v in sorted(fields_null.items())))
    if errors:
        print("ERRORS:")
        for e in errors[:30]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
