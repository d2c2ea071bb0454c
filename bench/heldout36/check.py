"""Check a generated set: byte identity with a fresh rebuild, every line against enforcer's contract,
the labels contract, timestamps, arrival order and redeliveries.

    PYTHONPATH=. python -m bench.heldout36.check --seed 1 --days 2 --out /tmp/sets/ak1.jsonl.gz --labels /tmp/sets/ak1.labels.json
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from .gen import DEFAULT_PROMPTS, build
from .world import DAY, LAUNCH, WINDOW_START

MAX_LATENESS_MS = 5 * 60_000


def check(seed: int, days: int, out: str, labels_path: str, prompts: str) -> list[str]:
    errors: list[str] = []
    gz, labels_bytes, stats = build(seed, days, prompts)
    with open(out, "rb") as fh:
        if fh.read() != gz:
            errors.append(f"{out}: not byte-identical to a rebuild with seed {seed}, days {days}")
    with open(labels_path, "rb") as fh:
        if fh.read() != labels_bytes:
            errors.append(f"{labels_path}: not byte-identical to a rebuild")
    bad_lines: dict[bytes, str] = stats["_malformed_lines"]

    lines = gzip.decompress(gz).split(b"\n")
    if lines[-1] != b"":
        errors.append("file does not end with a newline")
    lines = lines[:-1]
    end = WINDOW_START + days * DAY
    failed: Counter = Counter()
    seen: dict[str, bytes] = {}
    dups = 0
    accounts: dict[str, Counter] = {}
    created: dict[str, int] = {}
    max_ts, late, max_late = 0, 0, 0
    for n, line in enumerate(lines, 1):
        kind = bad_lines.get(line)
        try:
            ev = parse_event(line)
        except InvalidEvent as exc:
            if kind is None:
                errors.append(f"line {n}: unexpected parse failure: {exc.reason}")
            else:
                failed[kind] += 1
            continue
        if kind is not None:
            errors.append(f"line {n}: malformed line of kind {kind} parsed")
            continue
        if ev.event_id in seen:
            if seen[ev.event_id] != line:
                errors.append(f"line {n}: event_id reused by a different line")
            dups += 1
            continue
        seen[ev.event_id] = line
        if not WINDOW_START <= ev.ts < end:
            errors.append(f"line {n}: ts outside the window")
        if ev.account_created_at is None or ev.account_created_at >= ev.ts:
            errors.append(f"line {n}: account created at or after the event")
        if created.setdefault(ev.account_id, ev.account_created_at) != ev.account_created_at:
            errors.append(f"line {n}: account_created_at changes for {ev.account_id}")
        if ev.model == "wisla-3" and ev.ts < LAUNCH and ev.status == 200:
            errors.append(f"line {n}: wisla-3 served before the launch")
        if ev.ts < max_ts:
            late += 1
            max_late = max(max_late, max_ts - ev.ts)
        max_ts = max(max_ts, ev.ts)
        accounts.setdefault(ev.account_id, Counter())["events"] += 1
    if max_late > MAX_LATENESS_MS:
        errors.append(f"out-of-order arrival up to {max_late} ms (bound {MAX_LATENESS_MS})")
    if sum(failed.values()) != len(bad_lines):
        errors.append(f"{sum(failed.values())} malformed lines failed, expected {len(bad_lines)}")
    if dups != stats["duplicates"]:
        errors.append(f"{dups} redelivered lines, expected {stats['duplicates']}")

    labels = parse_labels(labels_bytes)
    for acc in accounts:
        if acc not in labels:
            errors.append(f"account {acc} has events but no label")
    for acc, lab in labels.items():
        if acc not in accounts:
            errors.append(f"label for {acc} without events")
        if (lab["label"] == "attack") != bool(lab["campaign"]):
            errors.append(f"label for {acc}: attack iff campaign violated")
    per = Counter()
    ev_per = Counter()
    for acc, c in accounts.items():
        kind = labels.get(acc, {}).get("label", "?")
        per[kind] += 1
        ev_per[kind] += c["events"]
    print(f"seed {seed} days {days}: {len(lines)} lines, {len(seen)} unique valid events "
          f"(benign {ev_per['benign']}, attack {ev_per['attack']}), accounts benign {per['benign']} attack {per['attack']} "
          f"({per['attack'] / max(1, len(accounts)):.1%}), campaigns {len({l['campaign'] for l in labels.values() if l['campaign']})}, "
          f"malformed {dict(sorted(failed.items()))}, redelivered {dups}, late arrivals {late} (max {max_late / 1000:.0f}s)")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="check a heldout36 set")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    errors = check(args.seed, args.days, args.out, args.labels, args.prompts)
    for e in errors[:50]:
        print("ERROR", e)
    print(f"{'FAIL' if errors else 'OK'}: {len(errors)} errors in {time.monotonic() - t0:.1f}s")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
