"""Sanity report for a generated set: contract validity (enforcer.contracts.parse_event),
label coverage, volume per population, wire texture (ts/asn forms, lateness, redeliveries).

  PYTHONPATH=. python -m bench.heldout30.check /tmp/sets/ae1.jsonl.gz /tmp/sets/ae1.labels.json

The contracts module is loaded from its file path under a bare `enforcer`
package stub, so enforcer/__init__.py (and the rest of enforcer) is never imported.
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
        pkg.__path__ = [str(REPO / "enforcer")]   # submodules resolve; __init__.py is not run
        sys.modules["enforcer"] = pkg
    spec = importlib.util.spec_from_file_location("enforcer.contracts", REPO / "enforcer" / "contracts.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["enforcer.contracts"] = mod
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print(__doc__)
        return 2
    contracts = load_contracts()
    labels = orjson.loads(Path(args[1]).read_bytes())
    lines = valid = 0
    reasons: Counter = Counter()
    ids: Counter = Counter()
    per_acct: Counter = Counter()
    ts_forms: Counter = Counter()
    asn_forms: Counter = Counter()
    max_ts = late_max = late_60 = 0
    first = last = None
    with gzip.open(args[0], "rb") as f:
        for raw in f:
            lines += 1
            try:
                ev = contracts.parse_event(raw)
            except contracts.InvalidEvent as exc:
                reasons[exc.reason.split(":")[0]] += 1
                continue
            valid += 1
            ids[ev.event_id] += 1
            if ids[ev.event_id] > 1:
                continue
            per_acct[ev.account_id] += 1
            obj = orjson.loads(raw)
            ts_forms[type(obj["ts"]).__name__ + ("+02:00" if str(obj["ts"]).endswith("+02:00") else "")] += 1
            asn_forms[type(obj.get("asn")).__name__ if "asn" in obj else "absent"] += 1
            late = max_ts - ev.ts
            late_max = max(late_max, late)
            late_60 += late > 60_000
            max_ts = max(max_ts, ev.ts)
            first = ev.ts if first is None else min(first, ev.ts)
            last = ev.ts if last is None else max(last, ev.ts)
    dup = sum(c - 1 for c in ids.values())
    missing = [a for a in per_acct if a not in labels]
    extra = [a for a in labels if a not in per_acct]
    print(f"lines={lines} valid={valid} invalid={lines - valid} ({(lines - valid) / lines:.3%}) redelivered={dup}")
    print("invalid reasons:", dict(reasons.most_common()))
    print(f"ts forms: {dict(ts_forms)}  asn forms: {dict(asn_forms)}")
    print(f"event time span: {contracts.ms_to_text(first)} .. {contracts.ms_to_text(last)}; "
          f"max lateness {late_max / 1000:.0f}s, lines >60s late: {late_60}")
    print(f"labels: {len(labels)} accounts; in valid events: {len(per_acct)}; unlabelled: {len(missing)}; "
          f"labelled but absent: {len(extra)}")
    pops: dict[str, list] = {}
    for a, n in per_acct.items():
        lab = labels.get(a, {"population": "?", "label": "?"})
        p = pops.setdefault(lab["population"], [lab["label"], 0, 0])
        p[1] += 1
        p[2] += n
    att = [p for p in pops.values() if p[0] == "attack"]
    print(f"attack accounts {sum(p[1] for p in att)} ({sum(p[1] for p in att) / len(per_acct):.1%}), "
          f"attack events {sum(p[2] for p in att)} ({sum(p[2] for p in att) / max(1, sum(per_acct.values())):.1%})")
    print(f"{'population':24s} {'label':7s} {'accounts':>8s} {'events':>8s} {'ev/acct':>8s}")
    for name, (lab, na, ne) in sorted(pops.items(), key=lambda kv: (kv[1][0], -kv[1][2])):
        print(f"{name:24s} {lab:7s} {na:8d} {ne:8d} {ne / na:8.1f}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
