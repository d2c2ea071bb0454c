"""Labelled synthetic traffic: Nauryz/Novruz weekend 2026 and the talon-3 launch.

python -m bench.heldout41.gen --seed 1 --days 2 --events OUT.jsonl.gz --labels OUT.labels.json
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

import orjson

from bench.heldout41 import wire
from bench.heldout41.core import Ctx
from bench.heldout41.populations import POPULATIONS

BAD_RATE = 0.0005
DUP_RATE = 0.0006


@dataclass
class Built:
    lines: list          # bytes per output line, in file order
    kinds: list          # "ok" | "bad" | "dup"
    dup_of: dict         # line index -> index of the line it copies
    labels: dict
    events_gz: bytes
    labels_json: bytes
    stats: dict


def build(seed: int, days: int) -> Built:
    ctx = Ctx(seed, days)
    for name, fn in POPULATIONS:
        fn(ctx, name)
    evs = sorted(ctx.events, key=lambda e: (e["ts"], e["eid"]))
    lines = [wire.serialise(e) for e in evs]
    kinds = ["ok"] * len(lines)

    rng = ctx.rng("wire:malformed")
    eligible = [i for i, e in enumerate(evs) if e["acct"].n >= 3]
    hit: dict[str, int] = {}
    target = round(len(lines) * BAD_RATE)
    rng.shuffle(eligible)
    for i in eligible:
        aid = evs[i]["acct"].id
        if len(hit) >= target or hit.get(aid):
            continue
        hit[aid] = 1
        lines[i] = wire.corrupt(rng, lines[i])
        kinds[i] = "bad"

    rng = ctx.rng("wire:redeliver")
    good = [i for i in range(len(lines)) if kinds[i] == "ok"]
    rows = [(e["ts"], 0, i, i) for i, e in enumerate(evs)]
    for i in sorted(rng.sample(good, round(len(lines) * DUP_RATE))):
        rows.append((evs[i]["ts"] + rng.randrange(1000, 240_001), 1, len(rows), i))
    rows.sort()
    out_lines, out_kinds, pos, dup_of = [], [], {}, {}
    for _, is_dup, key, src in rows:
        if is_dup:
            dup_of[len(out_lines)] = pos[src]
            out_kinds.append("dup")
        else:
            pos[src] = len(out_lines)
            out_kinds.append(kinds[src])
        out_lines.append(lines[src])

    labels = {}
    for a in sorted(ctx.accounts, key=lambda a: a.id):
        if a.n:
            labels[a.id] = {"label": "campaign" if a.campaign else "benign", "population": a.pop,
                            "campaign": a.campaign}
    pops: dict[str, list] = {}
    for a in ctx.accounts:
        if a.n:
            p = pops.setdefault(a.pop, [0, 0])
            p[0] += 1
            p[1] += a.n
    stats = {"lines": len(out_lines), "malformed": out_kinds.count("bad"), "redeliveries": out_kinds.count("dup"),
             "accounts": len(labels), "campaign_accounts": sum(1 for v in labels.values() if v["campaign"]),
             "populations": {k: pops[k] for k in sorted(pops)}}
    return Built(out_lines, out_kinds, dup_of, labels, wire.gzip_bytes(out_lines),
                 orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n", stats)


def args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="bench.heldout41.gen", description=__doc__.splitlines()[0])
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--days", type=int, default=2, choices=(1, 2))
    p.add_argument("--events", required=True, help="output .jsonl.gz")
    p.add_argument("--labels", required=True, help="output labels .json")
    p.add_argument("--stats", action="store_true", help="print per-population counts")
    return p.parse_args(argv)


def main(argv=None) -> int:
    a = args(argv)
    b = build(a.seed, a.days)
    with open(a.events, "wb") as f:
        f.write(b.events_gz)
    with open(a.labels, "wb") as f:
        f.write(b.labels_json)
    s = dict(b.stats)
    pops = s.pop("populations")
    print(orjson.dumps(s).decode())
    if a.stats:
        for k, (n_acc, n_ev) in pops.items():
            print(f"  {k:24s} {n_acc:6d} accounts {n_ev:8d} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
