"""CLI: generate the labelled "Ubuntu Cloud AI" traffic set.

  PYTHONPATH=. python -m bench.heldout30.gen --seed 1 --days 2 \
      --out /tmp/sets/ae1.jsonl.gz --labels /tmp/sets/ae1.labels.json

Deterministic per seed: every RNG is seeded from text ("{seed}/{name}"), no set
or hash order reaches the output, and gzip carries mtime=0 and no file name.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import Counter

import orjson

from . import benign_orgs, benign_people, campaigns_loud, campaigns_quiet, wire
from .corpora import DEFAULT_DIR, Corpora
from .traffic import World

BENIGN = [benign_people.home_chat, benign_people.matric_learners, benign_people.varsity_eduroam,
          benign_people.school_class_nat, benign_people.family_shared, benign_people.power_users,
          benign_people.diaspora_vpn, benign_people.translators, benign_people.release_tryers,
          benign_orgs.tutor_app, benign_orgs.bpo_callcentres, benign_orgs.retail_festive, benign_orgs.enterprise_proxy,
          benign_orgs.fintech_ci_evals, benign_orgs.pipelines, benign_orgs.uptime_monitors, benign_orgs.agent_loops,
          benign_orgs.ngo_and_zdr]
CAMPAIGNS = [campaigns_loud.hydra_mesh, campaigns_loud.card_ring, campaigns_loud.emulator_farm,
             campaigns_loud.bench_wrapper, campaigns_loud.cot_extract, campaigns_loud.multilingual_probe,
             campaigns_loud.release_rush, campaigns_quiet.aged_personas, campaigns_quiet.shed_burst,
             campaigns_quiet.matric_mimic, campaigns_quiet.tutor_front, campaigns_quiet.callcentre_front,
             campaigns_quiet.corporate_insider, campaigns_quiet.zdr_shell]


def build(seed: int, days: int, prompts: str) -> World:
    w = World(seed, days, Corpora(prompts))
    for make in BENIGN + CAMPAIGNS:
        make(w)
    return w


def labels_for(w: World, seen: set[str]) -> dict[str, dict]:
    return {a.id: {"label": "attack" if a.campaign else "benign", "population": a.population, "campaign": a.campaign}
            for a in w.accounts if a.id in seen}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2, choices=range(1, 8))
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_DIR)
    args = ap.parse_args(argv)
    t = time.monotonic()
    w = build(args.seed, args.days, args.prompts)
    lines, seen, counts = wire.publish(w.events, args.seed)
    wire.write_gz(args.out, lines)
    labels = labels_for(w, seen)
    with open(args.labels, "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))
    attack_ids = {a for a, v in labels.items() if v["label"] == "attack"}
    attack_events = sum(1 for e in w.events if e["account_id"] in attack_ids)
    pops = Counter(v["population"] for v in labels.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"seed={args.seed} lines={len(lines)} events={counts['events']} redelivered={counts['redelivered']} "
          f"broken={counts['broken']} accounts={len(labels)} attack_accounts={len(attack_ids)} "
          f"attack_events={attack_events} populations={len(pops)} runtime_s={time.monotonic() - t:.1f} "
          f"peak_rss_mb={peak:.0f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
