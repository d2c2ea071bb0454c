"""Write one seed: gzip JSON Lines of request events and a labels JSON.

    PYTHONPATH=. python -m bench.heldout38.gen --seed 1 --days 2 \
        --events /tmp/sets/am1.jsonl.gz --labels /tmp/sets/am1.labels.json
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time

from .pipeline import build
from .wire import gzip_bytes, labels_bytes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2, choices=(1, 2))
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true", help="print per-population counts")
    a = ap.parse_args(argv)
    t0 = time.time()
    W, lines, labels, manifest, stats = build(a.seed, a.days)
    blob, lab = gzip_bytes(lines), labels_bytes(labels)
    with open(a.events, "wb") as fh:
        fh.write(blob)
    with open(a.labels, "wb") as fh:
        fh.write(lab)
    n_attack = sum(1 for v in labels.values() if v["label"] == "attack")
    camp_ev = sum(s["events"] for s in stats.values() if s["label"] == "attack")
    ev = sum(s["events"] for s in stats.values())
    print(f"seed={a.seed} days={a.days} lines={len(lines)} events={ev} campaign_events={camp_ev} "
          f"accounts={len(labels)} attack_accounts={n_attack} duplicates={len(manifest['duplicates'])} "
          f"malformed={manifest['malformed_counts']} seconds={time.time() - t0:.1f}")
    print(f"md5 {a.events} {hashlib.md5(blob).hexdigest()}")
    print(f"md5 {a.labels} {hashlib.md5(lab).hexdigest()}")
    if a.stats:
        for name, s in stats.items():
            print(f"  {s['label']:6} {name:24} accounts={s['accounts']:5} events={s['events']:6} "
                  f"per_acct_day={s['per_acct_day']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
