"""Generate the held-out set.

PYTHONPATH=. python -m bench.heldout46.gen --seed N --days 2 --events OUT.jsonl.gz --labels OUT.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter

import orjson

from . import benign_people, benign_services, benign_work, campaigns_covert, campaigns_swarm
from .wire import apply_rate_limits, write
from .world import Sink

BENIGN = benign_people.POPULATIONS + benign_work.POPULATIONS + benign_services.POPULATIONS
ATTACK = campaigns_swarm.CAMPAIGNS + campaigns_covert.CAMPAIGNS


def build(seed: int, days: int) -> tuple[list[dict], dict[str, dict], list[Sink]]:
    sinks = []
    for name, fn in BENIGN:
        s = Sink(seed, name, "benign", days)
        fn(s)
        sinks.append(s)
    for name, fn in ATTACK:
        s = Sink(seed, name, "attack", days, campaign=name)
        fn(s)
        sinks.append(s)
    labels: dict[str, dict] = {}
    for s in sinks:
        for a in s.accounts:
            labels[a.id] = {"label": a.label, "population": a.pop, "campaign": a.campaign}
    events = [e for s in sinks for e in s.events]
    events.sort(key=lambda e: (e["t"], e["pop"], e["seq"]))
    apply_rate_limits(events)
    return events, labels, sinks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2, choices=[1, 2])
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    events, labels, sinks = build(args.seed, args.days)
    wstats = write(args.events, events, args.seed)
    with open(args.labels, "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n")
    if args.stats:
        per = Counter(e["pop"] for e in events)
        print(f"{'population':34} {'label':7} {'accounts':>8} {'events':>8}")
        for s in sinks:
            print(f"{s.name:34} {s.label:7} {len(s.accounts):8d} {per[s.name]:8d}")
        att = sum(len(s.accounts) for s in sinks if s.label == "attack")
        print(f"accounts {len(labels)} (attack {att}), events {len(events)}, "
              f"statuses {dict(sorted(Counter(e['status'] for e in events).items()))}")
        print(f"wire: {wstats}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
