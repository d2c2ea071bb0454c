"""Validate a generated set against the wire contract and the labels format:
python -m bench.heldout32.check FILE.jsonl.gz FILE.labels.json

enforcer/contracts.py, timeutil.py and labels.py are loaded under a bare `enforcer` package
stub, so enforcer/__init__.py (and everything else in the package) never runs."""
from __future__ import annotations

import gzip
import sys
import types
from collections import Counter
from pathlib import Path

ENFORCER = Path(__file__).resolve().parents[2] / "enforcer"


def _load():
    stub = types.ModuleType("enforcer")
    stub.__path__ = [str(ENFORCER)]                  # submodules resolve from here; __init__ never runs
    sys.modules.setdefault("enforcer", stub)
    from enforcer import contracts, labels            # noqa: E402  (timeutil comes in through contracts)
    return contracts, labels


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    contracts, labels_mod = _load()
    labels = labels_mod.load_labels(args[1])
    lines = valid = 0
    bad: Counter[str] = Counter()
    first_line: dict[str, bytes] = {}
    redelivered = conflicting = back = 0
    seen_accounts: Counter[str] = Counter()
    max_ts = 0
    back_ms = 0
    lo, hi = None, None
    with gzip.open(args[0], "rb") as fh:
        for raw in fh:
            lines += 1
            line = raw.rstrip(b"\n")
            try:
                e = contracts.parse_event(line)
            except contracts.InvalidEvent as exc:
                bad[exc.reason.split(":")[0]] += 1
                continue
            valid += 1
            if e.event_id in first_line:
                redelivered += 1
                conflicting += first_line[e.event_id] != line
                continue
            first_line[e.event_id] = line
            seen_accounts[e.account_id] += 1
            if e.ts < max_ts:
                back += 1
                back_ms = max(back_ms, max_ts - e.ts)
            max_ts = max(max_ts, e.ts)
            lo = e.ts if lo is None else min(lo, e.ts)
            hi = e.ts if hi is None else max(hi, e.ts)
    unlabelled = [a for a in seen_accounts if a not in labels]
    silent = [a for a in labels if a not in seen_accounts]
    pops: Counter[tuple[str, str]] = Counter((v["label"], v["population"]) for v in labels.values())
    ev_by: Counter[tuple[str, str]] = Counter()
    for a, n in seen_accounts.items():
        if a in labels:
            ev_by[(labels[a]["label"], labels[a]["population"])] += n
    for (lab, pop), n in sorted(pops.items()):
        print(f"{lab:7s} {pop:34s} accounts={n:5d} events={ev_by[(lab, pop)]:6d}")
    print(f"lines={lines} valid={valid} unique_events={len(first_line)} redelivered={redelivered} "
          f"malformed={sum(bad.values())} {dict(sorted(bad.items()))}")
    print(f"accounts={len(seen_accounts)} attack={sum(1 for v in labels.values() if v['label'] == 'attack')} "
          f"ts {contracts.ms_to_text(lo or 0)} .. {contracts.ms_to_text(hi or 0)} "
          f"out_of_order={back} (max {back_ms / 1000:.1f}s back)")
    problems = []
    if unlabelled:
        problems.append(f"{len(unlabelled)} accounts have events but no label, e.g. {unlabelled[:3]}")
    if silent:
        problems.append(f"{len(silent)} labelled accounts have no valid event, e.g. {silent[:3]}")
    if conflicting:
        problems.append(f"{conflicting} redelivered event ids differ from their first delivery")
    if sum(bad.values()) > 0.0005 * lines:
        problems.append(f"too many malformed lines: {sum(bad.values())}")
    if back_ms > 60_000:
        problems.append(f"events arrive up to {back_ms / 1000:.0f}s out of order")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
