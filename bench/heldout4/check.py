#!/usr/bin/env python3
"""Sanity checks for gen.py output. Standard library only.

Usage: python check.py events.jsonl.gz labels.json [--quiet]
Exits non-zero on a schema/ordering/id/label error. Prints per-population account and
event counts, events per account per day (median / p90 / max), share of attack accounts,
and a few field-coverage figures.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
from collections import Counter, defaultdict

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
STR_REQ = ("event_id", "account_id")
INT_REQ = ("prompt_tokens", "completion_tokens")
STR_OPT = ("model", "endpoint", "prompt", "system_prompt", "org_id", "api_key_id", "ip", "user_agent", "device_id",
           "payment_fingerprint")
FIELDS = set(STR_REQ + INT_REQ + STR_OPT + ("ts", "status", "asn", "account_created_at"))


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else 0


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("labels")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    labels = json.load(open(a.labels))
    errors = []

    def err(msg):
        if len(errors) < 20:
            errors.append(msg)

    ids = set()
    last = ""
    n = 0
    per_acc_day = defaultdict(Counter)
    acc_events = Counter()
    status = Counter()
    nulls = Counter()
    models = Counter()
    pop_models = defaultdict(Counter)
    for s in ("prompt", "ip", "asn", "user_agent", "device_id", "payment_fingerprint", "org_id", "account_created_at", "system_prompt"):
        nulls[s] = 0
    with gzip.open(a.events, "rt", encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                e = json.loads(line)
            except json.JSONDecodeError:
                err(f"line {ln}: not JSON")
                continue
            missing = FIELDS - set(e)
            if missing:
                err(f"line {ln}: missing fields {sorted(missing)}")
            for k in STR_REQ:
                if not isinstance(e.get(k), str) or not e[k] or len(e[k]) > 512:
                    err(f"line {ln}: {k} must be a non-empty string <=512")
            for k in INT_REQ:
                if not isinstance(e.get(k), int) or isinstance(e.get(k), bool) or e[k] < 0:
                    err(f"line {ln}: {k} must be an int >= 0")
            for k in STR_OPT:
                if e.get(k) is not None and not isinstance(e[k], str):
                    err(f"line {ln}: {k} must be string or null")
            for k in ("status", "asn"):
                if e.get(k) is not None and (not isinstance(e[k], int) or isinstance(e[k], bool)):
                    err(f"line {ln}: {k} must be int or null")
            ts = e.get("ts")
            if not isinstance(ts, str) or not TS_RE.match(ts):
                err(f"line {ln}: bad ts {ts!r}")
                continue
            if ts < last:
                err(f"line {ln}: ts out of order ({ts} < {last})")
            last = ts
            ca = e.get("account_created_at")
            if ca is not None and (not isinstance(ca, str) or not TS_RE.match(ca)):
                err(f"line {ln}: bad account_created_at")
            if ca is not None and ca > ts:
                err(f"line {ln}: event before account creation")
            if e["event_id"] in ids:
                err(f"line {ln}: duplicate event_id")
            ids.add(e["event_id"])
            acc = e["account_id"]
            if acc not in labels:
                err(f"line {ln}: account {acc} has no label")
            per_acc_day[acc][ts[:10]] += 1
            acc_events[acc] += 1
            status[e.get("status")] += 1
            models[e.get("model")] += 1
            pop_models[labels.get(acc, {}).get("population")][e.get("model")] += 1
            for k in nulls:
                if e.get(k) is None:
                    nulls[k] += 1
    for acc, v in labels.items():
        if v.get("label") not in ("attack", "benign"):
            err(f"label for {acc} is {v.get('label')!r}")
        if acc not in acc_events:
            err(f"labelled account {acc} has no events")

    pops = defaultdict(list)
    for acc, v in labels.items():
        pops[(v["label"], v["population"], v.get("campaign"))].append(acc)
    days = sorted({d for c in per_acc_day.values() for d in c})
    if not a.quiet:
        print(f"events={n} accounts={len(labels)} days={days}")
        print(f"{'label':7} {'population':28} {'campaign':9} {'accts':>6} {'events':>8} {'ev%':>5}  per-acct-day med/p90/max")
        for key in sorted(pops, key=lambda k: (k[0], k[1])):
            accs = pops[key]
            ev = sum(acc_events[x] for x in accs)
            pad = [c for x in accs for c in per_acc_day[x].values()]
            print(f"{key[0]:7} {key[1]:28} {str(key[2]):9} {len(accs):6d} {ev:8d} {100 * ev / max(1, n):5.1f}  "
                  f"{statistics.median(pad):.0f}/{pct(pad, .9)}/{max(pad)}")
        att = sum(len(v) for k, v in pops.items() if k[0] == "attack")
        att_ev = sum(acc_events[x] for k, v in pops.items() if k[0] == "attack" for x in v)
        print(f"attack accounts: {att} ({100 * att / max(1, len(labels)):.1f}%), attack events: {att_ev} ({100 * att_ev / max(1, n):.1f}%)")
        print("status:", dict(status.most_common()))
        print("models:", dict(models.most_common()))
        print("null share:", {k: round(v / max(1, n), 4) for k, v in nulls.items()})
    if errors:
        print("ERRORS:", *errors, sep="\n  ", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
