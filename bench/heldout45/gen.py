"""Generate the heldout45 labelled traffic set.

PYTHONPATH=. python -m bench.heldout45.gen --seed N --days 2 --events OUT.jsonl.gz --labels OUT.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import collections
import sys

import orjson

from . import benign_orgs as bo
from . import benign_people as bp
from . import campaigns_a as ca
from . import campaigns_b as cb
from .actors import Pop
from .wire import write
from .world import BALTIC

B, A = "benign", "attack"
POPULATIONS = [
    ("nmt_candidates", B, bp.nmt_candidates),
    ("consumers_ukraine", B, lambda P: bp.consumers(P, 1300)),
    ("consumers_baltic", B, lambda P: bp.consumers(P, 700, BALTIC)),
    ("university_students", B, bp.university_students),
    ("diaspora_vpn", B, bp.diaspora_vpn),
    ("launch_tryers", B, bp.launch_tryers),
    ("ai_summer_school", B, bp.ai_summer_school),
    ("freelancers_cowork", B, bp.freelancers_cowork),
    ("browser_extension_byok", B, bp.browser_extension),
    ("reasoning_researchers", B, bp.reasoning_researchers),
    ("civic_tech", B, bp.civic_tech),
    ("outsourcing_engineers", B, bo.outsourcing_engineers),
    ("outsourcing_ci_agents", B, bo.outsourcing_ci_agents),
    ("eval_team", B, bo.eval_team),
    ("app_backends", B, bo.app_backends),
    ("tutors_online_schools", B, bo.tutors_online_schools),
    ("translation_agency", B, bo.translation_agency),
    ("news_media", B, bo.news_media),
    ("rag_pipelines", B, bo.rag_pipelines),
    ("bank_zdr", B, bo.bank_zdr),
    ("baltic_smb", B, bo.baltic_smb),
    ("hydra_proxy", A, ca.hydra_proxy),
    ("math_cot_sweep", A, ca.math_cot_sweep),
    ("code_bench_sweep", A, ca.code_bench_sweep),
    ("launch_burst", A, ca.launch_burst),
    ("aged_sleepers", A, ca.aged_sleepers),
    ("insider_night_shift", A, ca.insider_night_shift),
    ("reseller", A, cb.reseller),
    ("low_slow_sim_farm", A, cb.low_slow_sim_farm),
    ("paraphrase_rotators", A, cb.paraphrase_rotators),
    ("embedding_sweep", A, cb.embedding_sweep),
    ("agent_trajectory_harvest", A, cb.agent_trajectory_harvest),
    ("translation_pair_harvest", A, cb.translation_pair_harvest),
]


def generate(seed: int, days: int) -> tuple[list, dict, list[Pop]]:
    events: list = []
    labels: dict = {}
    pops = []
    for i, (name, label, fn) in enumerate(POPULATIONS):
        P = Pop(seed, name, label, days)
        fn(P)
        pops.append(P)
        events.extend((ts, i, n, ev) for ts, n, ev in P.events)
        for aid, lab in P.labels(name if label == A else None).items():
            if aid in labels:
                raise SystemExit(f"account id collision: {aid}")
            labels[aid] = lab
    return events, labels, pops


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    events, labels, pops = generate(args.seed, args.days)
    wire = write(args.events, events, args.seed)
    with open(args.labels, "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n")
    if args.stats:
        for P in pops:
            st = collections.Counter(ev["status"] for _, _, ev in P.events)
            active = len({ev["account_id"] for _, _, ev in P.events})
            print(f"{P.label:7s} {P.name:26s} accounts={len(P.accounts):5d} active={active:5d} "
                  f"events={len(P.events):6d} statuses={dict(sorted(st.items()))}", file=sys.stderr)
        n_att = sum(1 for v in labels.values() if v["label"] == A)
        print(f"accounts={len(labels)} (attack {n_att}) {wire}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
