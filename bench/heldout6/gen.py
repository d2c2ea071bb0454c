#!/usr/bin/env python3
"""heldout6 traffic generator (standard library only). See README.md.

    python gen.py --seed 1 --days 2 --out s1.jsonl.gz --labels s1.labels.json [--scale 1]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Gen  # noqa: E402
from populations import POPULATIONS  # noqa: E402

def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    g = Gen(a.seed, a.days, a.scale)
    for pop in POPULATIONS:
        pop(g)
    lab = g.write_all(a.out, a.labels)
    na = sum(1 for v in lab.values() if v["label"] == "attack")
    print(f"heldout6 seed={a.seed} days={a.days} scale={a.scale}: {len(g.events)} events, {len(lab)} accounts "
          f"({na} attack), {time.perf_counter() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
