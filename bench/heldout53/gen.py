"""python -m bench.heldout53.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]

Writes the held-out "Long AI" traffic set. --stats prints counts only (never prompt text)."""
from __future__ import annotations

import argparse
import json
import sys

from bench.heldout53.world import render


def parse_args(argv=None, prog="gen"):
    ap = argparse.ArgumentParser(prog=f"bench.heldout53.{prog}")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=[1, 2], default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    if prog == "gen":
        ap.add_argument("--stats", action="store_true")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    gz, lab, _, stats = render(args.seed, args.days)
    with open(args.events, "wb") as fh:
        fh.write(gz)
    with open(args.labels, "wb") as fh:
        fh.write(lab)
    if args.stats:
        json.dump(stats, sys.stdout, indent=1, sort_keys=True)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
