"""python -m bench.heldout56.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]"""
from __future__ import annotations

import argparse
import collections
import json
import sys

from . import engine as E
from . import pops_benign, pops_business, pops_campaign
from . import world as W


def simulate(seed: str):
    pops = pops_benign.build(seed) + pops_business.build(seed) + pops_campaign.build(seed)
    events, labels = [], {}
    for pop in pops:
        rng = W.rng_for(seed, "ident", pop["name"])
        accts = [pop["make"](rng, i) for i in range(pop["n"])]
        E.assemble(seed, pop, accts, labels, events)
    return events, labels


def produce(seed, days: int):
    """Returns (gzip bytes, labels bytes, labels dict, malformed line indexes)."""
    seed = str(seed)
    if not 1 <= days <= W.N_DAYS:
        raise SystemExit(f"--days must be 1..{W.N_DAYS}")
    events, labels = simulate(seed)
    gz, good, bad = E.render(seed, events, days)
    lab = {a: labels[a] for a in sorted(good)}
    text = json.dumps(lab, ensure_ascii=False, indent=1) + "\n"
    return gz, text.encode("utf-8"), lab, bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout56.gen")
    ap.add_argument("--seed", required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    gz, lb, lab, bad = produce(a.seed, a.days)
    with open(a.events, "wb") as f:
        f.write(gz)
    with open(a.labels, "wb") as f:
        f.write(lb)
    if a.stats:
        import gzip
        lines = gzip.decompress(gz).split(b"\n")[:-1]
        badset, n_acct, n_ev = set(bad), collections.Counter(), collections.Counter()
        for p in lab.values():
            n_acct[p["population"]] += 1
        for j, ln in enumerate(lines):
            if j not in badset:
                n_ev[lab[json.loads(ln)["account_id"]]["population"]] += 1
        camp = sum(1 for p in lab.values() if p["label"] == "campaign")
        print(f"lines {len(lines)} malformed {len(bad)} ({100 * len(bad) / max(1, len(lines)):.2f}%) accounts {len(lab)} "
              f"campaign {camp} ({100 * camp / max(1, len(lab)):.1f}%) gz {len(gz) / 1e6:.1f} MB", file=sys.stderr)
        for p in sorted(n_acct):
            print(f"  {p:24s} accts {n_acct[p]:5d} lines {n_ev[p]:7d} per-acct/day {n_ev[p] / n_acct[p] / a.days:7.1f}",
                  file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
