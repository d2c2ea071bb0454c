"""Held-out traffic generator 28: "Tala", an LLM API in Manila and Singapore.

    python -m bench.heldout28.gen --seed 1 --days 2 --out ac1.jsonl.gz --labels ac1.labels.json
"""
from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

import orjson

from . import benign_people, benign_work, campaigns, wire
from .world import T0, World


def generate(seed: int, days: int) -> World:
    w = World(seed, days)
    benign_work.build(w)
    benign_people.build(w)
    campaigns.build(w)
    return w


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args(argv)
    t0 = time.time()
    w = generate(a.seed, a.days)
    evs = [e for ts, e in w.events if T0 <= ts < w.end]
    wire.truncate_some(a.seed, evs)
    evs.sort(key=lambda e: (e["ts"], e["event_id"]))
    active = {e["account_id"] for e in evs}
    labels = {k: v for k, v in sorted(w.labels.items()) if k in active}
    for p in (a.out, a.labels):
        Path(p).parent.mkdir(parents=True, exist_ok=True)
    lines = wire.write(a.out, a.seed, evs)
    Path(a.labels).write_bytes(orjson.dumps(labels, option=orjson.OPT_INDENT_2))
    per_pop_acc = collections.Counter(v["population"] for v in labels.values())
    per_pop_ev = collections.Counter(w.labels[e["account_id"]]["population"] for e in evs)
    kind = {v["population"]: v["label"] for v in labels.values()}
    n_att = sum(1 for v in labels.values() if v["label"] == "attack")
    print(f"seed {a.seed}, {a.days} days: {len(evs)} events ({lines} lines), {len(labels)} accounts "
          f"({n_att} attack, {n_att / max(1, len(labels)):.1%}), {time.time() - t0:.1f}s")
    for pop in sorted(per_pop_acc, key=lambda p: (kind[p], p)):
        print(f"  {kind[pop]:6s} {pop:28s} accounts {per_pop_acc[pop]:5d}  events {per_pop_ev[pop]:6d}")


if __name__ == "__main__":
    main()
