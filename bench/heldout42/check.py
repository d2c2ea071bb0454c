"""Check a generated set: byte-identical regeneration, wire contract, labels.

PYTHONPATH=. python -m bench.heldout42.check --seed 1 --days 2 --events OUT.jsonl.gz --labels OUT.labels.json [--stats]
Exit 1 on any error.
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import LabelsError, parse_labels

from bench.heldout42.gen import generate, labels_bytes
from bench.heldout42.wire import gz

DUP_WINDOW = 1000  # a redelivery comes at most this many lines after its original


def check(seed: int, days: int, events_path: str, labels_path: str, stats: bool = False) -> list[str]:
    errs: list[str] = []
    lines, labels = generate(seed, days)
    raw_gz = open(events_path, "rb").read()
    raw_labels = open(labels_path, "rb").read()
    if raw_gz != gz(lines):
        errs.append("events file differs from the regeneration")
    if raw_labels != labels_bytes(labels):
        errs.append("labels file differs from the regeneration")
    body = gzip.decompress(raw_gz)
    if not body.endswith(b"\n"):
        errs.append("events file does not end with a newline")
    file_lines = body[:-1].split(b"\n")
    if len(file_lines) != len(lines):
        errs.append(f"{len(file_lines)} lines in the file, {len(lines)} regenerated")
    seen: dict[str, tuple[int, bytes]] = {}
    last_ts = -1
    n_orig = n_dup = n_bad = 0
    acct_events: Counter[str] = Counter()
    for i, line in enumerate(file_lines):
        kind = lines[i][1] if i < len(lines) else "?"
        try:
            ev = parse_event(line)
        except InvalidEvent:
            n_bad += 1
            if kind != "bad":
                errs.append(f"line {i + 1}: rejected by parse_event but generated as {kind}")
            continue
        if kind == "bad":
            errs.append(f"line {i + 1}: generated malformed but parse_event accepted it")
            continue
        if ev.event_id in seen:
            j, first = seen[ev.event_id]
            n_dup += 1
            if first != line:
                errs.append(f"line {i + 1}: event id of line {j + 1} reused by a different line")
            elif i - j > DUP_WINDOW:
                errs.append(f"line {i + 1}: redelivery {i - j} lines after its original")
            if kind != "dup":
                errs.append(f"line {i + 1}: repeated event id but generated as {kind}")
            continue
        if kind != "orig":
            errs.append(f"line {i + 1}: first occurrence but generated as {kind}")
        n_orig += 1
        seen[ev.event_id] = (i, line)
        if ev.ts < last_ts:
            errs.append(f"line {i + 1}: original out of event-time order")
        last_ts = ev.ts
        acct_events[ev.account_id] += 1
        if ev.account_created_at is not None and ev.account_created_at > ev.ts:
            errs.append(f"line {i + 1}: event before its account was created")
    want = Counter(k for _, k in lines)
    if (n_orig, n_dup, n_bad) != (want["orig"], want["dup"], want["bad"]):
        errs.append(f"counts orig/dup/bad {n_orig}/{n_dup}/{n_bad} != generated {want['orig']}/{want['dup']}/{want['bad']}")
    try:
        parsed = parse_labels(raw_labels)
    except LabelsError as exc:
        errs.append(f"labels: {exc}")
        parsed = {}
    if sorted(parsed) != sorted(acct_events):
        errs.append(f"labelled accounts ({len(parsed)}) != accounts with valid events ({len(acct_events)})")
    for a, v in sorted(parsed.items()):
        if (v["label"] == "attack") != bool(v["campaign"]):
            errs.append(f"label of {a}: attack iff campaign id")
    print(f"seed {seed}: {len(file_lines)} lines = {n_orig} events + {n_dup} redeliveries + {n_bad} malformed; "
          f"{len(parsed)} accounts, {sum(v['label'] == 'attack' for v in parsed.values())} attack", file=sys.stderr)
    if stats:
        per: dict[str, list] = {}
        for a, v in sorted(parsed.items()):
            p = per.setdefault(v["population"], [v["label"], 0, 0, set()])
            p[1] += 1
            p[2] += acct_events[a]
            if v["campaign"]:
                p[3].add(v["campaign"])
        for pop, (lab, na, ne, camps) in per.items():
            print(f"| {pop} | {lab} | {na} | {ne} | {', '.join(sorted(camps))} |")
    return errs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    errs = check(args.seed, args.days, args.events, args.labels, args.stats)
    for e in errs[:50]:
        print("ERROR:", e, file=sys.stderr)
    if errs:
        print(f"{len(errs)} errors", file=sys.stderr)
        return 1
    print("OK", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
