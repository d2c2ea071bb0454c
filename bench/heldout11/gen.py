"""heldout11 traffic generator: gzip JSON Lines of RequestEvents plus labels.

usage: gen.py --seed N --days D --out FILE.jsonl.gz --labels FILE.labels.json [--scale S]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import benign_a  # noqa: E402
import benign_b  # noqa: E402
import campaigns  # noqa: E402
from prompts import load  # noqa: E402
from world import FIELDS, Ctx  # noqa: E402


def build(seed: int, days: int, scale: float) -> Ctx:
    ctx = Ctx(seed, days, scale, load())
    for fn in benign_a.ALL + benign_b.ALL + campaigns.ALL:
        fn(ctx)
    return ctx


def write(ctx: Ctx, out: str, labels: str) -> int:
    ctx.events.sort(key=lambda e: (e[0], e[1]))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=6) as gz:
        buf = []
        for e in ctx.events:
            buf.append(json.dumps(dict(zip(FIELDS, e)), ensure_ascii=False, separators=(",", ":")))
            if len(buf) >= 20000:
                gz.write(("\n".join(buf) + "\n").encode())
                buf = []
        if buf:
            gz.write(("\n".join(buf) + "\n").encode())
    with open(labels, "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(ctx.labels.items())), fh, indent=0, sort_keys=True)
    return len(ctx.events)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    ctx = build(a.seed, a.days, a.scale)
    n = write(ctx, a.out, a.labels)
    print(f"seed={a.seed} days={a.days} events={n} accounts={len(ctx.labels)} "
          f"attack_accounts={sum(v['label'] == 'attack' for v in ctx.labels.values())} "
          f"secs={time.perf_counter() - t0:.1f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
