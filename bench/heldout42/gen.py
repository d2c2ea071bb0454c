"""Generate the held-out set: gzip JSON Lines events + labels.

PYTHONPATH=. python -m bench.heldout42.gen --seed 1 --days 2 --events OUT.jsonl.gz --labels OUT.labels.json
"""
from __future__ import annotations

import argparse
import sys
import time

import orjson

from bench.heldout42 import benign_a, benign_b, benign_c, campaigns_a, campaigns_b
from bench.heldout42.base import Ctx
from bench.heldout42.wire import gz, serialise
from bench.heldout42.world import World

POPULATIONS = [
    benign_a.matura_students, benign_a.school_nat, benign_a.campus, benign_a.families, benign_a.launch_tryers,
    benign_b.corp_offices, benign_b.app_backends, benign_b.eval_team, benign_b.developers, benign_b.rag_indexers,
    benign_b.agent_builders,
    benign_c.casual_chat, benign_c.vpn_users, benign_c.translators, benign_c.power_users,
    campaigns_a.hydra_ring, campaigns_a.template_sweep, campaigns_a.trickle_slices, campaigns_a.dormant_launch,
    campaigns_a.insider, campaigns_a.sim_farm,
    campaigns_b.agentic_harvest, campaigns_b.cot_elicitation, campaigns_b.embed_sweep, campaigns_b.reseller,
    campaigns_b.dev_mimic,
]


def generate(seed: int, days: int) -> tuple[list[tuple[bytes, str]], dict]:
    ctx = Ctx(seed, days, World(seed))
    for pop in POPULATIONS:
        pop(ctx)
    active = {e[2] for e in ctx.events}
    labels = {a: {"label": lab, "population": pop, "campaign": camp}
              for a, (lab, pop, camp) in sorted(ctx.labels.items()) if a in active}
    return serialise(ctx.events, seed), labels


def labels_bytes(labels: dict) -> bytes:
    return orjson.dumps(labels, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    args = ap.parse_args(argv)
    t0 = time.time()
    lines, labels = generate(args.seed, args.days)
    with open(args.events, "wb") as f:
        f.write(gz(lines))
    with open(args.labels, "wb") as f:
        f.write(labels_bytes(labels))
    kinds = {k: sum(1 for _, kk in lines if kk == k) for k in ("orig", "dup", "bad")}
    n_att = sum(1 for v in labels.values() if v["label"] == "attack")
    print(f"seed {args.seed}: {len(lines)} lines ({kinds['orig']} events, {kinds['dup']} redeliveries, "
          f"{kinds['bad']} malformed), {len(labels)} accounts ({n_att} attack) in {time.time() - t0:.1f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
