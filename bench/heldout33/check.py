"""Validate a generated set against the wire contract and the labels format.

    PYTHONPATH=. .venv/bin/python -m bench.heldout33.check /tmp/sets/ah1.jsonl.gz /tmp/sets/ah1.labels.json --seed 1

Only `enforcer/contracts.py` (and the `timeutil.py` it imports) and
`enforcer/labels.py` are loaded, under a bare `enforcer` package stub, so
`enforcer/__init__.py` and every other module stay unexecuted. With --seed the
set is rebuilt in memory, which tells deliberately malformed lines apart from
generator bugs and confirms the file is byte-for-byte what the seed gives.
"""
from __future__ import annotations

import argparse
import gzip
import importlib
import sys
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _enforcer_modules():
    stub = types.ModuleType("enforcer")
    stub.__path__ = [str(ROOT / "enforcer")]
    sys.modules.setdefault("enforcer", stub)
    return importlib.import_module("enforcer.contracts"), importlib.import_module("enforcer.labels")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("labels")
    ap.add_argument("--seed", type=int, required=True, help="the seed the set was generated with")
    ap.add_argument("--days", type=float, default=2.0)
    ap.add_argument("--prompts", default="/work/shared/data/prompts")
    args = ap.parse_args(argv)
    contracts, labels_mod = _enforcer_modules()
    labels = labels_mod.load_labels(args.labels)

    with gzip.open(args.events, "rb") as fh:
        raw_lines = fh.read().split(b"\n")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    invalid, reasons = [], Counter()
    seen: set[str] = set()
    per_acct: Counter = Counter()
    status: Counter = Counter()
    redeliveries = out_of_order = unlabelled = before_creation = 0
    max_ts = max_lag = 0
    for n, raw in enumerate(raw_lines):
        try:
            ev = contracts.parse_event(raw)
        except contracts.InvalidEvent as exc:
            invalid.append(n)
            reasons[exc.reason.split(":")[0]] += 1
            continue
        if ev.event_id in seen:
            redeliveries += 1
            continue
        seen.add(ev.event_id)
        if ev.ts < max_ts:
            out_of_order += 1
            max_lag = max(max_lag, max_ts - ev.ts)
        max_ts = max(max_ts, ev.ts)
        per_acct[ev.account_id] += 1
        status[ev.status] += 1
        if ev.account_id not in labels:
            unlabelled += 1
        if ev.account_created_at is not None and ev.ts < ev.account_created_at:
            before_creation += 1  # a request from an account that does not exist yet: a generator bug

    bugs = list(invalid)
    deliberate: list[int] = []
    if args.seed is not None:
        from bench.heldout33.gen import build
        ordered, exp_labels = build(args.seed, args.days, args.prompts)
        same = len(ordered) == len(raw_lines) and all(a == b for (a, _), b in zip(ordered, raw_lines))
        print(f"rebuild from seed {args.seed}: {'identical' if same else 'DIFFERENT'}")
        expected = {i for i, (_, kind) in enumerate(ordered) if kind == "malformed"}
        deliberate = [i for i in invalid if i in expected]
        bugs = [i for i in invalid if i not in expected]
        missed = sorted(expected - set(invalid))
        if missed:
            print(f"ERROR: {len(missed)} injected malformed lines validated anyway: {missed[:10]}")
            bugs += missed
        if not same:
            bugs.append(-1)
    print(f"lines={len(raw_lines)} valid_events={len(seen)} redeliveries={redeliveries} "
          f"malformed_deliberate={len(deliberate)} malformed_unexplained={len(bugs)} "
          f"out_of_order={out_of_order} max_lag_ms={max_lag}")
    print("malformed reasons:", dict(sorted(reasons.items())))
    print("status:", dict(sorted(status.items(), key=lambda kv: str(kv[0]))))

    idle = [a for a in labels if a not in per_acct]
    pops: dict[str, list[int]] = {}
    for acct, lab in labels.items():
        row = pops.setdefault(f"{lab['label']:6s} {lab['population']}", [0, 0])
        row[0] += 1
        row[1] += per_acct.get(acct, 0)
    attack_accts = sum(1 for v in labels.values() if v["label"] == "attack")
    attack_events = sum(per_acct[a] for a, v in labels.items() if v["label"] == "attack")
    print(f"accounts={len(labels)} attack_accounts={attack_accts} ({100 * attack_accts / max(1, len(labels)):.1f}%) "
          f"attack_events={attack_events} ({100 * attack_events / max(1, len(seen)):.1f}%) "
          f"unlabelled_events={unlabelled} labelled_without_events={len(idle)} before_creation={before_creation}")
    for name, (na, ne) in sorted(pops.items()):
        print(f"  {name:40s} accounts={na:5d} events={ne:7d}")
    ok = not bugs and unlabelled == 0 and not idle and before_creation == 0
    print("CHECK", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
