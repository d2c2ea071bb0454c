"""Generate the heldout58 traffic set.

PYTHONPATH=. python -m bench.heldout58.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time

from .core import Gateway, rng_for
from .pops_benign import (b_app_backends, b_batch_eval, b_bpo, b_casual, b_coding_agents, b_cybercafe, b_diaspora, b_family,
                          b_remittance, b_service_bots, b_students, b_translation, b_tutoring, b_university, b_vpn)
from .pops_benign2 import BENIGN2
from .pops_campaign import CAMPAIGNS
from .text import Corpus
from .world import Clock, World

BENIGN = [b_casual, b_diaspora, b_students, b_tutoring, b_app_backends, b_batch_eval, b_coding_agents, b_translation, b_bpo,
          b_university, b_family, b_cybercafe, b_vpn, b_remittance, b_service_bots] + BENIGN2


class Env:
    def __init__(self, seed):
        self.seed = seed
        self.G = Gateway(seed)
        self.world = World(rng_for(seed, "world"))
        self.clock = Clock()
        self.corpus = Corpus()
        self.bpo_orgs = []


def build(seed):
    env = Env(seed)
    for fn in BENIGN + CAMPAIGNS:  # fixed order; each population has its own string-seeded RNG
        fn(env)
    return env


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    t0 = time.time()
    env = build(a.seed)  # the world is always built for 2 days; --days 1 writes the prefix
    kept, labels = env.G.write(a.events, a.labels, a.days)
    if a.stats:
        G = env.G
        nb = sum(1 for v in labels.values() if v["label"] == "benign")
        pops = {}
        for v in labels.values():
            pops[v["population"]] = pops.get(v["population"], 0) + 1
        print(f"seed={a.seed} days={a.days} lines={kept} accounts={len(labels)} benign={nb} campaign={len(labels) - nb} "
              f"malformed_total={G.n_malformed} redelivered={G.n_dup}")
        for p in sorted(G.pop_counts):
            print(f"  {p:28s} accounts={pops.get(p, 0):6d} events={G.pop_counts[p]:7d}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"time={time.time() - t0:.1f}s peak_rss={rss:.0f}MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
