"""Sanity report for a generated set: every line through the request-event contract
(enforcer/contracts.py only; the enforcer package __init__ is not executed), label coverage,
per-population volume, disorder, duplicates. Not a detector: it never looks for campaigns.

    PYTHONPATH=. python -m bench.heldout29.check FILE.jsonl.gz FILE.labels.json
"""

from __future__ import annotations

import gzip
import sys
import types
from collections import Counter
from pathlib import Path

import orjson


def _contracts():
    root = Path(__file__).resolve().parents[2] / "enforcer"
    if "enforcer" not in sys.modules:
        pkg = types.ModuleType("enforcer")
        pkg.__path__ = [str(root)]
        sys.modules["enforcer"] = pkg
    from enforcer import contracts
    return contracts


def main(path: str, labels_path: str) -> int:
    c = _contracts()
    labels = orjson.loads(Path(labels_path).read_bytes())
    bad, reasons = 0, Counter()
    ev_pop, acc_seen, ids = Counter(), set(), Counter()
    status, models, v6, disorder_max, run_max, n = Counter(), Counter(), 0, 0, 0, 0
    with gzip.open(path, "rb") as fh:
        for raw in fh:
            n += 1
            try:
                e = c.parse_event(raw)
            except c.InvalidEvent as exc:
                bad += 1
                reasons[exc.reason.split(":")[0]] += 1
                continue
            ids[e.event_id] += 1
            lab = labels.get(e.account_id)
            if lab is None:
                reasons["UNLABELLED " + e.account_id] += 1
                continue
            acc_seen.add(e.account_id)
            ev_pop[(lab["label"], lab["population"])] += 1
            status[e.status] += 1
            models[e.model] += 1
            v6 += bool(e.ip and ":" in e.ip and not e.ip.startswith("::ffff:"))
            run_max = max(run_max, e.ts)
            disorder_max = max(disorder_max, run_max - e.ts)
    acc_pop = Counter((v["label"], v["population"]) for v in labels.values())
    print(f"lines={n} invalid={bad} ({bad / n:.4%}) valid={n - bad} dup_ids={sum(v - 1 for v in ids.values())}")
    print(f"labelled accounts={len(labels)} seen={len(acc_seen)} missing={len(set(labels) - acc_seen)}")
    print(f"max disorder={disorder_max / 1000:.1f}s ipv6={v6 / max(1, n - bad):.3f}")
    print("invalid reasons:", dict(reasons.most_common(15)))
    print("status:", dict(status.most_common()))
    print("models:", dict(models.most_common()))
    tot_a = sum(v for (l, _), v in ev_pop.items() if l == "attack")
    print(f"attack events={tot_a} ({tot_a / max(1, n - bad):.3f}); attack accounts="
          f"{sum(v for (l, _), v in acc_pop.items() if l == 'attack')}")
    for key in sorted(acc_pop):
        print(f"  {key[0]:7s} {key[1]:22s} accounts={acc_pop[key]:5d} events={ev_pop[key]:6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
