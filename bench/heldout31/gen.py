"""Generate one heldout31 set: python -m bench.heldout31.gen --seed 1 --days 2 --out X.jsonl.gz --labels X.labels.json"""
from __future__ import annotations

import argparse
import sys
import time

import orjson

from bench.heldout31 import benign_machines as bm, benign_orgs as bo, benign_people as bp
from bench.heldout31 import campaigns_loud as cl, campaigns_quiet as cq
from bench.heldout31.corpora import DEFAULT_DIR, Corpora
from bench.heldout31.networks import nat_set
from bench.heldout31.traffic import Ctx


def build(ctx: Ctx) -> None:
    """Order matters only for determinism: every population draws from its own
    named RNG, ids and gateway noise from shared ones, always in this order."""
    ctx.konbini_nats = nat_set(ctx.rng("konbini-nats"), "fet", 8) + nat_set(ctx.rng("konbini-nats2"), "hinet", 6)
    fab = bo.fab_setup(ctx)
    # benign
    bp.home_chat(ctx, 1500)
    bp.gsat_crammers(ctx, 800)
    bp.uni_finals(ctx, 500)
    bp.cram_school(ctx, 2, 35)
    bp.families(ctx, 150)
    bp.power_vpn(ctx, 120)
    bp.overseas(ctx, 200)
    bp.konbini_wifi(ctx, 400)
    bp.jp_travellers(ctx, 80)
    bp.launch_tryers(ctx, 300)
    bo.fab_engineers(ctx, 350, fab)
    bo.bpo_center(ctx, 150)
    bo.translation_teams(ctx, 3, 8)
    bo.zdr_orgs(ctx, 4, 10)
    bo.academic_cot_lab(ctx, 20)
    bm.tutoring_app(ctx, 4, 1800)
    bm.ci_eval(ctx)
    bm.agent_loops(ctx, 60)
    bm.embeddings(ctx, 5)
    bm.uptime_monitors(ctx)
    bm.ecommerce_bots(ctx, 6)
    # campaigns
    cl.hydra_mesh(ctx, 260)
    cl.card_ring(ctx, 60)
    cl.phone_farm(ctx, 80)
    cl.bench_shard(ctx, 70)
    cl.cot_extract(ctx, 50)
    cl.multilingual_probe(ctx, 60)
    cl.release_rush(ctx, 85, 5)
    cq.aged_personas(ctx, 45)
    cq.app_front(ctx, 3, 450)
    cq.insider_contractor(ctx, 6, fab)
    cq.gsat_mimic(ctx, 70)
    cq.zdr_cloak(ctx, 12)
    cq.agent_disguise(ctx, 10)
    cq.konbini_drip(ctx, 40)
    cq.relay_reseller(ctx, 8, 200)


def labels(ctx: Ctx) -> dict:
    out = {}
    for aid in sorted(ctx.active):
        a = ctx.accounts[aid]
        out[aid] = {"label": a.label, "population": a.population, "campaign": a.campaign}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_DIR)
    args = ap.parse_args(argv)
    if not 1 <= args.days <= 2:
        ap.error("the heldout31 world covers Thu 14 - Fri 15 Jan 2027: --days 1 or 2")
    t0 = time.monotonic()
    ctx = Ctx(args.seed, args.days, Corpora(args.prompts))
    build(ctx)
    n = ctx.wire.write(args.out)
    lab = labels(ctx)
    with open(args.labels, "wb") as f:
        f.write(orjson.dumps(lab, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    s = ctx.stats
    attack_accts = sum(1 for v in lab.values() if v["label"] == "attack")
    print(f"seed={args.seed} lines={n} events={s.events} attack_events={s.by_label['attack']} "
          f"({s.by_label['attack'] / max(1, s.events):.1%}) accounts={len(lab)} attack_accounts={attack_accts} "
          f"({attack_accts / max(1, len(lab)):.1%}) broken={ctx.wire.broken} redelivered={ctx.wire.redelivered} "
          f"statuses={dict(sorted(s.statuses.items()))} secs={time.monotonic() - t0:.1f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
