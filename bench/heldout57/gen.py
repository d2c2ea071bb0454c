"""heldout57 generator: labelled held-out traffic for a francophone West African LLM API
(Tabaski 2027 + baobab-3 launch). Standard library only.

    PYTHONPATH=. python -m bench.heldout57.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import time

from . import world as W
from .core import Ctx
from .pops_benign import BENIGN
from .pops_campaign import CAMPAIGNS
from .text import Corpus, PROMPTS_DIR

POPULATIONS = BENIGN + CAMPAIGNS


def build(seed: str, prompts_dir: str = PROMPTS_DIR) -> Ctx:
    """The whole 2-day world for `seed` (never depends on --days)."""
    ctx = Ctx(str(seed), Corpus(prompts_dir))
    for fn in POPULATIONS:
        ctx.pop_order.append(fn.__name__)
        fn(ctx)
    ctx.events.sort(key=lambda e: (e[0], e[1]))
    return ctx


def select(ctx: Ctx, days: int):
    """Events of the first `days` days (by published_at) and the labels of accounts with a well-formed line."""
    if days not in (1, 2):
        raise SystemExit("--days must be 1 or 2")
    cutoff = W.W0 + days * W.DAY_MS
    evs = [e for e in ctx.events if e[0] < cutoff]
    seen: dict[str, None] = {}
    for e in evs:
        if e[4] is not None:
            seen[e[4]] = None
    labels = {}
    for aid in sorted(seen):
        a = ctx.accts[aid]
        labels[aid] = {"label": a.label, "population": a.pop, "campaign": a.campaign}
    return evs, labels


def events_gz(evs) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="", compresslevel=6) as gz:
        chunk = []
        for e in evs:
            chunk.append(e[2])
            if len(chunk) >= 4000:
                gz.write(("\n".join(chunk) + "\n").encode("utf-8"))
                chunk = []
        if chunk:
            gz.write(("\n".join(chunk) + "\n").encode("utf-8"))
    return buf.getvalue()


def labels_bytes(labels: dict) -> bytes:
    return (json.dumps(labels, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def stats(ctx: Ctx, evs, labels, out=sys.stderr) -> None:
    per_pop: dict[str, list] = {p: [0, 0, 0] for p in ctx.pop_order}  # accounts, lines, malformed
    acc_pop: dict[str, str] = {}
    for e in evs:
        if e[4] is not None:
            pop = ctx.accts[e[4]].pop
            per_pop[pop][1] += 1
            acc_pop[e[4]] = pop
    for aid, pop in acc_pop.items():
        per_pop[pop][0] += 1
    kinds: dict[str, int] = {}
    for e in evs:
        if e[3]:
            kinds[e[3]] = kinds.get(e[3], 0) + 1
    days = len({(e[0] - W.W0) // W.DAY_MS for e in evs[:1] + evs[-1:]})
    print("%-24s %7s %8s %9s %s" % ("population", "accts", "lines", "req/a/d", "label"), file=out)
    for p in ctx.pop_order:
        na, nl, _ = per_pop[p]
        lab = "campaign" if p.startswith("c_") else "benign"
        print("%-24s %7d %8d %9.1f %s" % (p, na, nl, nl / max(1, na) / max(1, days), lab), file=out)
    nb = sum(1 for v in labels.values() if v["label"] == "benign")
    print("accounts %d (benign %d, campaign %d); lines %d; malformed %d (%.3f%%) in %d kinds" % (
        len(labels), nb, len(labels) - nb, len(evs), sum(kinds.values()), 100.0 * sum(kinds.values()) / max(1, len(evs)),
        len(kinds)), file=out)
    print("malformed kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(kinds)), file=out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout57.gen")
    ap.add_argument("--seed", required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--prompts-dir", default=PROMPTS_DIR)
    args = ap.parse_args(argv)
    t0 = time.time()
    ctx = build(args.seed, args.prompts_dir)
    evs, labels = select(ctx, args.days)
    with open(args.events, "wb") as f:
        f.write(events_gz(evs))
    with open(args.labels, "wb") as f:
        f.write(labels_bytes(labels))
    if args.stats:
        stats(ctx, evs, labels)
        print("seconds %.1f" % (time.time() - t0), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
