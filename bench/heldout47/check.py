"""Validate a generated set: python -m bench.heldout47.check --seed S --days D --events P.jsonl.gz --labels P.labels.json

Regenerates the seed in memory and compares it with the file byte for byte, parses every line with
enforcer.contracts.parse_event (well-formed lines must parse, the intended malformed lines must be
rejected), checks that every account in the events is labelled, checks the gzip header, and prints
counts per population."""
from __future__ import annotations

import argparse
import collections
import gzip
import sys

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import load_labels

from .gen import BENIGN, CAMPAIGNS, build
from .wire import render


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout47.check")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2, choices=(1, 2))
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    args = ap.parse_args(argv)
    problems: list[str] = []

    raw = open(args.events, "rb").read()
    if raw[:3] != b"\x1f\x8b\x08" or raw[4:8] != b"\0\0\0\0" or raw[3] & 0x08:
        problems.append("gzip header: mtime must be 0 and no file name")
    lines = gzip.decompress(raw).split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()

    events, labels_built = build(args.seed, args.days)
    wire = render(events, args.seed)
    if wire.lines != lines:
        n = next((i for i, (a, b) in enumerate(zip(wire.lines, lines)) if a != b), min(len(lines), len(wire.lines)))
        problems.append(f"file differs from regeneration (first at line {n}; {len(lines)} vs {len(wire.lines)} lines)")
    malformed = set(wire.malformed)

    labels = load_labels(args.labels)
    if {k: (v["label"], v["population"]) for k, v in labels.items()} != {
            k: (v["label"], v["population"]) for k, v in labels_built.items()}:
        problems.append("labels file differs from regeneration")

    ok = bad_ok = rejected_good = 0
    accounts = set()
    per_pop_ev = collections.Counter()
    seen_ids = set()
    dups = 0
    last_ts = 0
    out_of_order = 0
    for i, line in enumerate(lines):
        try:
            ev = parse_event(line)
        except InvalidEvent as exc:
            if i not in malformed:
                rejected_good += 1
                if rejected_good <= 5:
                    problems.append(f"line {i + 1} rejected: {exc.reason}")
            continue
        if i in malformed:
            bad_ok += 1
            problems.append(f"line {i + 1} was meant to be malformed but parsed")
            continue
        ok += 1
        if ev.event_id in seen_ids:
            dups += 1
            continue
        seen_ids.add(ev.event_id)
        if ev.ts < last_ts:
            out_of_order += 1
        last_ts = max(last_ts, ev.ts)
        accounts.add(ev.account_id)
        lab = labels.get(ev.account_id)
        if lab is None:
            problems.append(f"unlabelled account {ev.account_id}")
        else:
            per_pop_ev[lab["population"]] += 1
    if out_of_order:
        problems.append(f"{out_of_order} events out of event-time order")

    per_pop_acc = collections.Counter(labels[a]["population"] for a in accounts if a in labels)
    kind = {v["population"]: v["label"] for v in labels.values()}
    print(f"{'population':26} {'label':7} {'accounts':>8} {'events':>8}")
    for pop in [c.name for c in BENIGN + CAMPAIGNS]:
        print(f"{pop:26} {kind.get(pop, '-'):7} {per_pop_acc[pop]:8d} {per_pop_ev[pop]:8d}")
    att_a = sum(1 for a in accounts if labels[a]["label"] == "attack")
    att_e = sum(n for p, n in per_pop_ev.items() if kind[p] == "attack")
    print(f"lines {len(lines)}  parsed {ok}  malformed (rejected as intended) {len(malformed)}  "
          f"redelivered (byte-identical, parsed) {dups}")
    print(f"labelled accounts {len(labels)}  accounts in events {len(accounts)}  attack accounts {att_a} "
          f"({att_a / max(1, len(accounts)):.1%})")
    print(f"unique events {len(seen_ids)}  attack events {att_e} ({att_e / max(1, len(seen_ids)):.1%})")
    if dups != len(wire.redelivered):
        problems.append(f"expected {len(wire.redelivered)} redeliveries, saw {dups}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
