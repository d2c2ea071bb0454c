"""Generate the heldout17 traffic set.

    python -m bench.heldout17.gen --seed 1 --days 2 --out /tmp/h17/v1.jsonl.gz --labels /tmp/h17/v1.labels.json

Deterministic per (seed, days, scale): the gzip header carries no name and
mtime 0, so the same arguments give the same bytes.
"""
from __future__ import annotations

import argparse
import gzip
import os
import sys
import time

if __package__ in (None, ""):  # allow `python bench/heldout17/gen.py`
    sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
    __package__ = "bench.heldout17"

import orjson  # noqa: E402

from .benign import all_benign  # noqa: E402
from .campaigns import all_campaigns  # noqa: E402
from .core import Ctx  # noqa: E402


def build(seed: int, days: int, scale: float) -> Ctx:
    ctx = Ctx(seed, days, scale)
    all_benign(ctx)
    all_campaigns(ctx)
    ctx.events.sort(key=lambda e: (e[0], e[1]))
    return ctx


def write(ctx: Ctx, out: str, labels: str) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
            buf = []
            for _, _, ev in ctx.events:
                buf.append(orjson.dumps(ev))
                if len(buf) >= 5000:
                    gz.write(b"\n".join(buf) + b"\n")
                    buf = []
            if buf:
                gz.write(b"\n".join(buf) + b"\n")
    active = {a.id for a in ctx.accounts.values() if a.n > 0}
    doc = {aid: {"label": a.label, "population": a.pop, "campaign": a.campaign}
           for aid, a in sorted(ctx.accounts.items()) if aid in active}
    os.makedirs(os.path.dirname(os.path.abspath(labels)), exist_ok=True)
    with open(labels, "wb") as f:
        f.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args(argv)
    t = time.time()
    ctx = build(a.seed, a.days, a.scale)
    write(ctx, a.out, a.labels)
    n_acc = sum(1 for x in ctx.accounts.values() if x.n)
    n_att = sum(1 for x in ctx.accounts.values() if x.n and x.label == "attack")
    print(f"seed={a.seed} days={a.days} scale={a.scale}: {len(ctx.events)} events, {n_acc} accounts "
          f"({n_att} attack, {n_att / max(1, n_acc):.1%}), {time.time() - t:.1f}s -> {a.out}, {a.labels}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
