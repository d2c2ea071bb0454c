#!/usr/bin/env python3
"""heldout8 traffic generator: labelled RequestEvent JSON Lines for a blind detector test.

usage: gen.py --seed N --days D --out FILE.jsonl.gz --labels FILE.labels.json [--scale S]
Standard library only; deterministic for a seed (gzip mtime 0).
"""
from __future__ import annotations

import argparse
import gzip
import heapq
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attack  # noqa: E402
import benign  # noqa: E402
from texts import Corpus  # noqa: E402
from world import Ids, Sink  # noqa: E402


class Ctx:
    def __init__(self, seed: int, days: int, scale: float):
        self.seed = seed
        self.days = days
        self.scale = scale
        self.ids = Ids(random.Random(f"{seed}:ids"))
        self.C = Corpus()
        self.sinks: list[Sink] = []

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")

    def sink(self, name: str) -> Sink:
        s = Sink(random.Random(f"{self.seed}:{name}:events"), self.days)
        self.sinks.append(s)
        return s

    def n(self, base: int) -> int:
        return max(1, int(round(base * self.scale)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args(argv)
    if args.days < 1:
        ap.error("--days must be >= 1")
    t_start = time.time()
    ctx = Ctx(args.seed, args.days, args.scale)
    accounts = []
    for fn in benign.ALL + attack.ALL:
        accounts += fn(ctx)
    labels = {}
    for a in accounts:
        if a.get("n", 0) > 0:
            labels[a["id"]] = {"label": a["label"], "population": a["population"], "campaign": a["campaign"]}
    for s in ctx.sinks:
        s.rows.sort()
    n = 0
    with open(args.out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=5) as gz:
            buf = []
            for _, _, line in heapq.merge(*(s.rows for s in ctx.sinks)):
                buf.append(line)
                n += 1
                if len(buf) >= 20000:
                    gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                    buf = []
            if buf:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    with open(args.labels, "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, indent=0, sort_keys=False)
        fh.write("\n")
    att = sum(1 for v in labels.values() if v["label"] == "attack")
    print(f"seed={args.seed} days={args.days} scale={args.scale}: {n} events, {len(labels)} accounts "
          f"({att} attack, {att / max(1, len(labels)):.1%}) in {time.time() - t_start:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
