"""CLI: python -m bench.heldout27.gen --seed N --days D --out F.jsonl.gz --labels F.labels.json"""

from __future__ import annotations

import argparse
import sys
import time

from . import benign_people as bp
from . import benign_services as bs
from . import campaigns_farms as cf
from . import campaigns_stealth as cs
from .corpora import Corpora
from .output import summary, write, write_labels
from .traffic import Sim


def build(seed: int, days: int) -> Sim:
    sim = Sim(seed, days, Corpora.load())
    nat = bp.campus_nat(sim.sub("campus_nat"))
    # --- benign: individuals
    bp.casual_en(sim, 1300)
    bp.casual_fr(sim, 520)
    bp.students_univ(sim, 950, nat)
    bp.cegep_students(sim, 300, nat)
    bp.translators(sim, 120)
    bp.researchers(sim, 110)
    bp.accountants(sim, 220)
    bp.ide_developers(sim, 240)
    bp.small_business(sim, 160)
    bp.launch_tryers(sim, 450)
    # --- benign: services and teams
    bs.tax_app(sim)
    bs.homework_app_fr(sim)
    bs.support_app(sim)
    bs.sports_desk(sim)
    bs.rag_enterprise(sim, 12)
    bs.moderation_pipeline(sim, 5)
    bs.ml_eval_teams(sim, 7)
    bs.ci_bots(sim, 25)
    bs.agent_developers(sim, 140)
    bs.corporate_orgs(sim, 32)
    # --- distillation campaigns
    cf.hydra_proxy_farm(sim, 400)
    cf.template_bench_wrap(sim, 55)
    cf.card_ring(sim, 40)
    cf.resi_proxy_rotation(sim, 80)
    cf.release_night_burst(sim, 120)
    cf.fake_eval_harness(sim, 20)
    cs.app_blend(sim, 8)
    cs.slow_persona_harvest(sim, 250)
    cs.cot_trace_harvest(sim, 70)
    cs.agent_trajectory_harvest(sim, 36)
    cs.french_translated_bench(sim, 90)
    cs.campus_nat_ring(sim, 30, nat)
    return sim


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout27.gen", description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if not 1 <= args.days <= 14:
        ap.error("--days must be between 1 and 14")
    t = time.time()
    sim = build(args.seed, args.days)
    active = {ev["account_id"] for _, _, ev in sim.events}
    labels = {a: v for a, v in sim.reg.labels().items() if a in active}
    n, bad = write(sim.events, args.out, args.seed)
    write_labels(labels, args.labels)
    if not args.quiet:
        print(summary(sim.events, labels, args.days))
        print(f"wrote {n} events + {bad} malformed lines to {args.out}; {len(labels)} accounts to {args.labels} "
              f"in {time.time() - t:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
