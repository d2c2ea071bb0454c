#!/usr/bin/env python3
"""heldout7: an independent, labelled traffic generator for testing a detector of
LLM-API distillation campaigns. Standard library only.

    gen.py --seed 1 --days 2 --out events.jsonl.gz --labels labels.json [--scale 1.0]

Writes gzip JSON Lines (gzip mtime 0) sorted by ts, and a labels file
{account_id: {"label", "population", "campaign"}}. Byte-deterministic per seed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from attack import ATTACKS  # noqa: E402
from benign import BENIGN  # noqa: E402
from core import Ctx  # noqa: E402


def generate(seed: int, days: int, scale: float) -> Ctx:
    ctx = Ctx(seed, days, scale)
    for name, cls in BENIGN + ATTACKS:
        cls(ctx, name).run()
    ctx.events.sort(key=lambda e: (e[0], e[1]))
    return ctx


def write(ctx: Ctx, out: str, labels_path: str) -> None:
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf = []
        for _, _, ev in ctx.events:
            buf.append(dumps(ev))
            if len(buf) >= 4096:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf.clear()
        if buf:
            gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    labels = {a.id: {"label": a.label, "population": a.pop, "campaign": a.campaign}
              for a in ctx.accounts if a.nev > 0}
    with open(labels_path, "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, indent=0, sort_keys=False)
        fh.write("\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True, help="events, gzip JSON Lines")
    ap.add_argument("--labels", required=True, help="labels JSON")
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies the number of accounts of every population")
    args = ap.parse_args(argv)
    if args.days < 1:
        ap.error("--days must be >= 1")
    if args.scale <= 0:
        ap.error("--scale must be > 0")
    t = time.perf_counter()
    ctx = generate(args.seed, args.days, args.scale)
    write(ctx, args.out, args.labels)
    n_acc = sum(1 for a in ctx.accounts if a.nev > 0)
    n_att = sum(1 for a in ctx.accounts if a.nev > 0 and a.label == "attack")
    print(f"seed={args.seed} days={args.days} scale={args.scale}: {len(ctx.events)} events, {n_acc} accounts "
          f"({n_att} attack), {time.perf_counter() - t:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
