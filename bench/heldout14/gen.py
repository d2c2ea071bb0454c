#!/usr/bin/env python3
"""heldout14 traffic generator: labelled request events for Rookery's corvid API.

    gen.py --seed N --days D --out FILE.jsonl.gz --labels FILE.labels.json [--scale S] [--data DIR]

Standard library only; byte-for-byte deterministic per (seed, days, scale).
"""
from __future__ import annotations

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attacks_a  # noqa: E402
import attacks_b  # noqa: E402
import benign_orgs  # noqa: E402
import benign_people  # noqa: E402
import benign_work  # noqa: E402
from corpus import Corpus  # noqa: E402
from sink import Sink  # noqa: E402
from world import World  # noqa: E402

POPULATIONS = [
    ("consumers", benign_people.consumers),
    ("students", benign_people.students),
    ("power_users", benign_people.power_users),
    ("cis_vpn_users", benign_people.cis_vpn),
    ("release_comparers", benign_people.release_comparers),
    ("eval_lab", benign_orgs.eval_lab),
    ("app_backends", benign_orgs.app_backends),
    ("ci_review_bot", benign_orgs.ci_review_bot),
    ("legal_doc_qa", benign_orgs.legal_doc_qa),
    ("developers", benign_work.developers),
    ("corporate_nat", benign_work.corporate_nat),
    ("localisation_agency", benign_work.localisation_agency),
    ("launch_sprint", attacks_a.launch_sprint),
    ("polyglot", attacks_a.polyglot),
    ("night_school", attacks_a.night_school),
    ("key_bazaar", attacks_a.key_bazaar),
    ("long_reader", attacks_b.long_reader),
    ("mirror_review", attacks_b.mirror_review),
    ("sample_mill", attacks_b.sample_mill),
]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--days", type=float, default=2.0)
    p.add_argument("--out", required=True)
    p.add_argument("--labels", required=True)
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--data", default=None, help="prompt corpora directory (default /work/shared/data/prompts)")
    args = p.parse_args(argv)
    if args.days <= 0 or args.scale <= 0:
        p.error("--days and --scale must be positive")
    corpus = Corpus(args.data)
    world = World(args.seed, args.days, args.scale, corpus)
    sink = Sink(args.seed)
    sink.t_start, sink.t_end = world.t0, world.t1
    for name, fn in POPULATIONS:
        fn(world, sink, random.Random(f"{args.seed}:{name}"))
    sink.write(args.out, args.labels)
    n_att = sum(1 for v in sink.labels.values() if v["label"] == "attack")
    print(f"heldout14: seed={args.seed} days={args.days} scale={args.scale}: {len(sink.rows)} events, "
          f"{len(sink.labels)} accounts ({n_att} attack) -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
