"""Validate a heldout17 output against the enforcer contract and its labels.

    PYTHONPATH=. python -m bench.heldout17.check /tmp/h17/v1.jsonl.gz /tmp/h17/v1.labels.json

Checks: every line parses as enforcer.contracts.RequestEvent (wire parsing),
every optional field is filled, event ids are unique, events are sorted by ts,
the labels file loads with enforcer.labels and covers exactly the accounts that
have events, each account has one population. Prints per-population counts.
"""
from __future__ import annotations

import gzip
import statistics
import sys
from collections import Counter, defaultdict

from enforcer.contracts import RequestEvent, parse_event
from enforcer.labels import load_labels

FIELDS = [f for f in RequestEvent.model_fields]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    events_path, labels_path = argv
    labels = load_labels(labels_path)
    errors: list[str] = []
    n = 0
    last_ts = -1
    ids: set[str] = set()
    per_acct: Counter = Counter()
    missing: Counter = Counter()
    pop_ev: Counter = Counter()
    pop_tok: defaultdict = defaultdict(lambda: [0, 0])
    ipv6 = 0
    asns: Counter = Counter()
    with gzip.open(events_path, "rb") as f:
        for line in f:
            n += 1
            try:
                ev = parse_event(line)
            except Exception as exc:  # InvalidEvent
                errors.append(f"line {n}: {getattr(exc, 'reason', exc)}")
                continue
            if ev.ts < last_ts:
                errors.append(f"line {n}: not sorted by ts")
            last_ts = ev.ts
            if ev.event_id in ids:
                errors.append(f"line {n}: duplicate event_id")
            ids.add(ev.event_id)
            for k in FIELDS:
                if getattr(ev, k) is None:
                    missing[k] += 1
            per_acct[ev.account_id] += 1
            lab = labels.get(ev.account_id)
            pop = lab["population"] if lab else "?"
            pop_ev[pop] += 1
            pop_tok[pop][0] += ev.prompt_tokens
            pop_tok[pop][1] += ev.completion_tokens
            if ev.ip and ":" in ev.ip:
                ipv6 += 1
            asns[ev.asn] += 1
    unlabelled = [a for a in per_acct if a not in labels]
    extra = [a for a in labels if a not in per_acct]
    if unlabelled:
        errors.append(f"{len(unlabelled)} accounts with events have no label (e.g. {unlabelled[0]})")
    if extra:
        errors.append(f"{len(extra)} labelled accounts have no events (e.g. {extra[0]})")
    if missing:
        errors.append(f"unfilled fields: {dict(missing)}")
    pops: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, str] = {}
    camps: dict[str, set] = defaultdict(set)
    for a, lab in labels.items():
        pops[lab["population"]].append(a)
        kinds[lab["population"]] = lab["label"]
        camps[lab["population"]].add(lab["campaign"])
    for p, c in camps.items():
        if kinds[p] == "benign" and c != {None}:
            errors.append(f"benign population {p} has a campaign")
        if kinds[p] == "attack" and (None in c or len(c) != 1):
            errors.append(f"attack population {p} lacks a single campaign")

    n_acc = len(per_acct)
    n_att = sum(1 for a in per_acct if labels.get(a, {}).get("label") == "attack")
    ev_att = sum(c for a, c in per_acct.items() if labels.get(a, {}).get("label") == "attack")
    print(f"{events_path}: {n} events, {n_acc} accounts; attack accounts {n_att} ({n_att / max(1, n_acc):.1%}), "
          f"attack events {ev_att} ({ev_att / max(1, n):.1%}); IPv6 share {ipv6 / max(1, n):.1%}; {len(asns)} ASNs")
    print(f"{'population':24s} {'label':6s} {'accts':>6s} {'events':>7s} {'ev/acct':>8s} {'median':>7s} "
          f"{'max':>6s} {'p_tok/ev':>8s} {'c_tok/ev':>8s}")
    for p in sorted(pops, key=lambda p: (kinds[p], p)):
        accs = [per_acct[a] for a in pops[p]]
        e = pop_ev[p]
        print(f"{p:24s} {kinds[p]:6s} {len(accs):6d} {e:7d} {e / max(1, len(accs)):8.1f} "
              f"{statistics.median(accs) if accs else 0:7.0f} {max(accs) if accs else 0:6d} "
              f"{pop_tok[p][0] / max(1, e):8.0f} {pop_tok[p][1] / max(1, e):8.0f}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors[:20]:
            print("  " + e)
        return 1
    print("OK: all events valid, sorted, unique ids, every field filled, labels cover every account")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
