#!/usr/bin/env python3
"""heldout13 traffic generator: the Kestrel API around the kestrel-5 launch.

    gen.py --seed N --days D --out FILE.jsonl.gz --labels FILE.labels.json [--scale S]

Standard library only; the same arguments give the same bytes.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attacks_a  # noqa: E402
import attacks_b  # noqa: E402
import benign_people  # noqa: E402
import benign_systems  # noqa: E402
from corpus import DEFAULT_DIR, Corpus  # noqa: E402
from emit import Emitter  # noqa: E402
from world import World  # noqa: E402

BENIGN = [benign_people.consumers, benign_people.hispanic_mobile, benign_people.students,
          benign_people.power_users, benign_people.comparers, benign_people.privacy_users,
          benign_systems.enterprise, benign_systems.eval_labs, benign_systems.app_backends,
          benign_systems.dev_teams, benign_systems.agent_builders]
ATTACKS = [attacks_a.sepa_batch, attacks_a.ci_cron, attacks_a.phone_farm, attacks_a.freetier_swarm,
           attacks_b.aged_market, attacks_b.persona_mill, attacks_b.insider_nat]


def generate(seed: int, days: int, scale: float, prompts: str = DEFAULT_DIR):
    w = World(seed, days, scale)
    c = Corpus(prompts)
    em = Emitter(w)
    for fn in BENIGN + ATTACKS:
        fn(w, em, c)
    em.rows.sort(key=lambda x: (x[0], x[1], x[2]))
    ids = random.Random("h13-eventids-%d" % seed)
    seen: set[str] = set()
    for row in em.rows:
        while True:
            eid = "req_%016x" % ids.getrandbits(64)
            if eid not in seen:
                break
        seen.add(eid)
        row[3]["event_id"] = eid
    return w, em.rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--prompts", default=DEFAULT_DIR, help="prompt corpora directory")
    args = ap.parse_args(argv)
    if args.days < 1:
        ap.error("--days must be >= 1")
    w, rows = generate(args.seed, args.days, args.scale, args.prompts)
    active: set[str] = set()
    with open(args.out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                                    compresslevel=6) as gz:
        buf = []
        for _, acct, _, ev in rows:
            active.add(acct)
            buf.append(json.dumps(ev, ensure_ascii=False, separators=(",", ":")))
            if len(buf) >= 5000:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf = []
        if buf:
            gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    labels = {a.account_id: {"label": a.label, "population": a.population, "campaign": a.campaign}
              for a in w.accounts if a.account_id in active}
    labels = dict(sorted(labels.items()))
    with open(args.labels, "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=0, sort_keys=False)
        fh.write("\n")
    n_att = sum(1 for v in labels.values() if v["label"] == "attack")
    print(f"heldout13 seed={args.seed} days={args.days} scale={args.scale}: {len(rows)} events, "
          f"{len(labels)} accounts ({n_att} attack)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
