#!/usr/bin/env python3
"""heldout10 traffic generator: labelled RequestEvent JSON Lines (gzip) + account labels.

usage: gen.py --seed N --days D --out FILE.jsonl.gz --labels FILE.labels.json [--scale S]
Standard library only; deterministic per (seed, days, scale)."""
from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attacks  # noqa: E402
import benign  # noqa: E402
import benign_orgs  # noqa: E402
from common import Ctx  # noqa: E402
from text import Corpora  # noqa: E402
from world import Out  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args(argv)
    if not 1 <= args.days <= 28:
        ap.error("--days must be 1..28")
    if not 0.05 <= args.scale <= 5:
        ap.error("--scale must be 0.05..5")
    t = time.time()
    out = Out(args.seed, args.days)
    X = Ctx(args.seed, args.days, args.scale, out, Corpora())
    for fn in benign.ALL + benign_orgs.ALL + attacks.ALL:
        fn(X)
    n_ev, n_acc = out.write(args.out, args.labels)
    print(f"wrote {n_ev} events, {n_acc} accounts in {time.time() - t:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
