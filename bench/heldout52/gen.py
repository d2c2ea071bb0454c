"""python -m bench.heldout52.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]"""
from __future__ import annotations

import argparse
import collections
import os
import sys

from . import populations, wire


def parse_days(s: str) -> int:
    try:
        v = float(s.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"--days must be 1 or 2, got {s!r}") from None
    if v not in (1.0, 2.0):
        raise argparse.ArgumentTypeError(f"--days must be 1 or 2, got {s!r}")
    return int(v)


def parse_seed(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        v = float(s)
        if v != int(v):
            raise argparse.ArgumentTypeError(f"--seed must be an integer, got {s!r}") from None
        return int(v)


def args(argv, desc: str):
    ap = argparse.ArgumentParser(description=desc)
    ap.add_argument("--seed", type=parse_seed, required=True)
    ap.add_argument("--days", type=parse_days, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    return ap.parse_args(argv)


def produce(seed: int, days: int):
    pops = populations.build(seed)
    lines, flags, labels = wire.render(pops, seed, days)
    return pops, lines, flags, labels


def write_atomic(path: str, data: bytes) -> None:
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def stats(pops, lines, flags, labels) -> str:
    per = collections.Counter(v["population"] for v in labels.values())
    ev = collections.Counter()
    acct_pop = {a: v["population"] for a, v in labels.items()}
    uniq = set()
    for line, bad in zip(lines, flags):
        if bad:
            continue
        a = line.split(b'"account_id"', 1)[1].split(b'"', 2)[1].decode()
        ev[acct_pop[a]] += 1
        uniq.add(line)
    out = [f"lines {len(lines)}  malformed {sum(flags)}  unique well-formed {len(uniq)}  accounts {len(labels)}  "
           f"campaign accounts {sum(1 for v in labels.values() if v['label'] == 'campaign')}"]
    for p in pops:
        out.append(f"  {p.name:24s} {p.label:8s} accounts {per[p.name]:5d}  lines {ev[p.name]:6d}")
    return "\n".join(out)


def main(argv=None) -> int:
    a = args(argv, "Generate the Dunaj AI held-out traffic set (heldout52).")
    pops, lines, flags, labels = produce(a.seed, a.days)
    write_atomic(a.events, wire.gz(lines))
    write_atomic(a.labels, wire.labels_bytes(labels))
    if a.stats:
        print(stats(pops, lines, flags, labels), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
