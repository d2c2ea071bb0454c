#!/usr/bin/env python3
"""Sanity checks for a heldout8 output. Run with PYTHONPATH=<repo root>:

    PYTHONPATH=/tmp/wt-h8 /work/main/.venv/bin/python check.py /tmp/h8/y1.jsonl.gz /tmp/h8/y1.labels.json

Checks: every line parses with enforcer.contracts.parse_event; events sorted by (ts, event_id); event ids unique;
account_created_at <= ts; every account with events labelled and every labelled account has events; labels load
with enforcer.labels.load_labels; sizes in the brief's ranges (2-day seed: 200k-320k events, 4k-6k accounts,
15-25% attack). Prints per-population counts and a few shape statistics.
"""
from __future__ import annotations

import gzip
import sys
from collections import Counter, defaultdict

from enforcer.contracts import parse_event
from enforcer.labels import load_labels


def main(events_path: str, labels_path: str) -> int:
    labels = load_labels(labels_path)
    errors: list[str] = []
    seen_ids: set[str] = set()
    prev = None
    n = 0
    per_acct = Counter()
    hours = defaultdict(Counter)  # population -> UTC hour -> events
    pop_models = defaultdict(Counter)
    pop_tokens = defaultdict(lambda: [0, 0])
    nulls = Counter()
    t_min = t_max = None
    with gzip.open(events_path, "rb") as fh:
        for line in fh:
            if not line.strip():
                continue
            ev = parse_event(line)
            n += 1
            key = (ev.ts, ev.event_id)
            if prev is not None and key < prev:
                errors.append(f"line {n}: not sorted by (ts, event_id)")
            prev = key
            if ev.event_id in seen_ids:
                errors.append(f"line {n}: duplicate event_id")
            seen_ids.add(ev.event_id)
            if ev.account_created_at is not None and ev.account_created_at > ev.ts:
                errors.append(f"line {n}: account created after the event")
            per_acct[ev.account_id] += 1
            lab = labels.get(ev.account_id)
            pop = lab["population"] if lab else "?"
            hours[pop][(ev.ts // 3_600_000) % 24] += 1
            pop_models[pop][ev.model] += 1
            pop_tokens[pop][0] += ev.prompt_tokens
            pop_tokens[pop][1] += ev.completion_tokens
            for f in ("prompt", "model", "endpoint", "ip", "asn", "user_agent", "device_id", "payment_fingerprint", "org_id"):
                if getattr(ev, f) is None:
                    nulls[f] += 1
            t_min = ev.ts if t_min is None else min(t_min, ev.ts)
            t_max = ev.ts if t_max is None else max(t_max, ev.ts)
    unlabelled = [a for a in per_acct if a not in labels]
    silent = [a for a in labels if a not in per_acct]
    if unlabelled:
        errors.append(f"{len(unlabelled)} accounts with events but no label")
    if silent:
        errors.append(f"{len(silent)} labelled accounts without events")
    days = max(1, round((t_max - t_min) / 86_400_000)) if n else 1
    att = sum(1 for v in labels.values() if v["label"] == "attack")
    frac = att / max(1, len(labels))
    print(f"{events_path}: {n} events, {len(per_acct)} accounts, {att} attack ({frac:.1%}), span {days} day(s)")
    if days == 2:
        if not 200_000 <= n <= 320_000:
            errors.append(f"event count {n} outside 200k-320k")
        if not 4000 <= len(labels) <= 6000:
            errors.append(f"account count {len(labels)} outside 4k-6k")
        if not 0.15 <= frac <= 0.25:
            errors.append(f"attack fraction {frac:.1%} outside 15-25%")
    pops = defaultdict(lambda: [None, 0, 0, None])
    for a, v in labels.items():
        p = pops[v["population"]]
        p[0] = v["label"]; p[1] += 1; p[2] += per_acct.get(a, 0); p[3] = v["campaign"]
    print(f"{'population':26} {'label':7} {'accts':>6} {'events':>8} {'ev/acct/day':>11} {'tok in/out per ev':>18}  campaign")
    for pop, (lab, na, ne, camp) in sorted(pops.items(), key=lambda x: (x[1][0], -x[1][2])):
        ti, to = pop_tokens[pop]
        print(f"{pop:26} {lab:7} {na:6d} {ne:8d} {ne / na / days:11.1f} {ti // max(1, ne):8d}/{to // max(1, ne):<8d}  {camp or ''}")
    print("null rates:", ", ".join(f"{k}={v / n:.1%}" for k, v in sorted(nulls.items())))
    print("UTC-hour profile (events per hour, 0..23):")
    for pop in sorted(hours):
        h = hours[pop]
        tot = sum(h.values())
        print(f"  {pop:26} " + "".join(" .:-=+*#%@"[min(9, int(10 * h[i] / max(h.values())))] for i in range(24)) + f"  n={tot}")
    for e in errors[:20]:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED ({len(errors)} problems)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
