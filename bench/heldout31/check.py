"""Sanity report for a heldout31 set: python -m bench.heldout31.check X.jsonl.gz X.labels.json

Loads enforcer/contracts.py (and timeutil.py) by file path under a bare
package stub, so enforcer/__init__.py and the detection code never run.
"""
from __future__ import annotations

import gzip
import importlib.util
import sys
import types
from collections import Counter
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[2]


def load_contracts():
    if "enforcer" not in sys.modules:
        pkg = types.ModuleType("enforcer")
        pkg.__path__ = []  # bare stub: submodules are loaded explicitly below
        sys.modules["enforcer"] = pkg
    for name in ("timeutil", "contracts"):
        full = f"enforcer.{name}"
        if full not in sys.modules:
            spec = importlib.util.spec_from_file_location(full, REPO / "enforcer" / f"{name}.py")
            mod = importlib.util.module_from_spec(spec)
            sys.modules[full] = mod
            spec.loader.exec_module(mod)
    return sys.modules["enforcer.contracts"]


def deliberate_defect(line: bytes) -> str | None:
    """Name the defect the generator plants, or None if the line looks intact."""
    try:
        o = orjson.loads(line)
    except orjson.JSONDecodeError:
        return "not_json"
    if not isinstance(o, dict):
        return "not_object"
    if not o.get("event_id") or not o.get("account_id"):
        return "missing_id"
    if any(isinstance(o.get(k), int) and o[k] < 0 for k in ("prompt_tokens", "completion_tokens")):
        return "negative_tokens"
    if isinstance(o.get("ts"), str) and not (o["ts"].endswith("Z") or o["ts"].endswith("+08:00")) or o.get("ts") in ("", "NaN"):
        return "bad_ts"
    if isinstance(o.get("ts"), str) and ("T25:" in o["ts"]):
        return "bad_ts"
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    contracts = load_contracts()
    labels = orjson.loads(Path(argv[1]).read_bytes())
    seen_lines: set[bytes] = set()
    n = broken = redelivered = unexpected = 0
    defects: Counter = Counter()
    accounts: set[str] = set()
    events_by_label: Counter = Counter()
    events_by_pop: Counter = Counter()
    unlabelled = 0
    ts_min, ts_max, disorder, prev = None, None, 0, 0
    with gzip.open(argv[0], "rb") as f:
        for raw in f:
            line = raw.rstrip(b"\n")
            n += 1
            if line in seen_lines:
                redelivered += 1
                continue
            seen_lines.add(line)
            try:
                ev = contracts.parse_event(line)
            except contracts.InvalidEvent:
                broken += 1
                kind = deliberate_defect(line)
                defects[kind or "UNEXPECTED"] += 1
                unexpected += kind is None
                continue
            accounts.add(ev.account_id)
            lab = labels.get(ev.account_id)
            if lab is None:
                unlabelled += 1
                continue
            events_by_label[lab["label"]] += 1
            events_by_pop[(lab["label"], lab["campaign"] or lab["population"])] += 1
            ts_min = ev.ts if ts_min is None else min(ts_min, ev.ts)
            ts_max = ev.ts if ts_max is None else max(ts_max, ev.ts)
            disorder = max(disorder, prev - ev.ts)
            prev = max(prev, ev.ts)
    accts_by_pop = Counter((v["label"], v["campaign"] or v["population"]) for v in labels.values())
    total = sum(events_by_label.values())
    print(f"lines              {n}")
    print(f"valid events       {total}")
    print(f"broken lines       {broken}  {dict(defects)}")
    print(f"redelivered lines  {redelivered}")
    print(f"max lateness (s)   {disorder / 1000:.1f}")
    print(f"event time span    {contracts.ms_to_text(ts_min)} .. {contracts.ms_to_text(ts_max)}")
    att = sum(1 for v in labels.values() if v["label"] == "attack")
    print(f"labelled accounts  {len(labels)}  attack {att} ({att / max(1, len(labels)):.1%})")
    print(f"events by label    {dict(events_by_label)}  attack share {events_by_label['attack'] / max(1, total):.1%}")
    print(f"{'label':7} {'population / campaign':22} {'accounts':>8} {'events':>8} {'ev/acct':>8}")
    for key in sorted(accts_by_pop):
        a, e = accts_by_pop[key], events_by_pop[key]
        print(f"{key[0]:7} {key[1]:22} {a:8d} {e:8d} {e / max(1, a):8.1f}")
    problems = []
    if unexpected:
        problems.append(f"{unexpected} lines failed to parse without a deliberate defect")
    if unlabelled:
        problems.append(f"{unlabelled} valid events have no label")
    missing = set(labels) - accounts
    if missing:
        problems.append(f"{len(missing)} labelled accounts never appear in a valid line")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
