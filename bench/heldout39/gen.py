"""Generate one labelled held-out set.

    PYTHONPATH=. python -m bench.heldout39.gen --seed 1 --days 2 \
        --events /tmp/sets/an1.jsonl.gz --labels /tmp/sets/an1.labels.json
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import orjson

from .output import build


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True, help="output .jsonl.gz")
    ap.add_argument("--labels", required=True, help="output labels .json")
    ap.add_argument("--manifest", help="optional: write the malformed/redelivery manifest here")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    events, labels, manifest = build(args.seed, args.days)
    Path(args.events).write_bytes(events)
    Path(args.labels).write_bytes(labels)
    if args.manifest:
        m = {k: v for k, v in manifest.items() if k != "created"}
        Path(args.manifest).write_bytes(orjson.dumps(m, option=orjson.OPT_INDENT_2))
    lab = orjson.loads(labels)
    camp = Counter(v["campaign"] for v in lab.values() if v["campaign"])
    print(f"seed={args.seed} days={args.days} lines={manifest['lines']} events={manifest['events']} "
          f"malformed={len(manifest['malformed'])} redeliveries={len(manifest['redeliveries'])}")
    print(f"accounts={len(lab)} attack={sum(camp.values())} campaigns={len(camp)} seconds={time.monotonic() - t0:.1f}")
    for c, n in sorted(camp.items()):
        print(f"  {c:12s} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
