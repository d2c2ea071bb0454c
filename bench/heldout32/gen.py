"""Generate the held-out set: python -m bench.heldout32.gen --seed S --days 2 --out F.jsonl.gz
--labels F.labels.json [--prompts DIR]. Deterministic per seed (no set iteration, no hashing)."""
from __future__ import annotations

import argparse
import sys
import time

from bench.heldout32 import (benign_households as bh, benign_learners as bl, benign_machines as bm,
                             benign_newcomers as bn, benign_orgs as bo, camp_fronts as cf, camp_pools as cp,
                             camp_quiet as cq)
from bench.heldout32.base import Ctx
from bench.heldout32.net import Net, check_prefixes
from bench.heldout32.text import Corpus
from bench.heldout32.wire import labels_bytes, maintenance, rate_limit, serialise, write_gz
from bench.heldout32.world import START, end_ms

POPULATIONS = [
    bh.consumer_app, bh.family_tablet, bh.derby_fans, bh.roaming_visitors,
    bl.yks_students, bl.campus_nat, bl.teachers, bl.tutoring_app,
    bn.launch_signups, bn.hackathon, bn.vpn_power_users,
    bo.corporate_teams, bo.translation_vendor, bo.labeling_vendor, bo.qa_paraphrasers, bo.marketplace_sellers,
    bm.eval_lab, bm.ci_evals, bm.agent_loops, bm.rag_pipeline, bm.retry_storms, bm.llm_router, bm.search_answers,
    cp.hydra, cp.launch_rush, cp.cron_pool, cp.ipv6_rotation, cp.reseller_relay,
    cq.aged_cot, cq.slow_drip, cq.antidetect_cover, cq.utc8_operators, cq.multilingual_vpn,
    cf.campus_vpn, cf.ci_lookalike, cf.startup_org, cf.translation_front, cf.fake_agent,
]


def build(seed: int, days: float, prompts: str):
    check_prefixes()
    cx = Ctx(seed, Corpus(prompts), Net(seed), START, end_ms(int(days)) if days == int(days) else START + int(days * 864e5))
    accounts, events, rows = [], [], []
    for fn in POPULATIONS:
        accts, evs = fn(cx)
        evs = [e for e in evs if cx.lo <= e["ts"] < cx.hi]
        active = {e["account_id"] for e in evs}
        accts = [a for a in accts if a["id"] in active]
        pop = accts[0]["pop"] if accts else fn.__name__
        rows.append((pop, accts[0]["label"] if accts else "?", len(accts), len(evs)))
        accounts += accts
        events += evs
    ids = [a["id"] for a in accounts]
    if len(ids) != len(set(ids)):
        raise SystemExit("account id collision")
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    limited = rate_limit(events)
    events = maintenance(events, seed)
    return accounts, events, rows, limited


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=float, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default="/work/shared/data/prompts")
    args = ap.parse_args(argv)
    t0 = time.time()
    accounts, events, rows, limited = build(args.seed, args.days, args.prompts)
    lines, wire = serialise(events, args.seed)
    write_gz(args.out, lines)
    with open(args.labels, "wb") as fh:
        fh.write(labels_bytes(accounts, {e["account_id"] for e in events}))
    for pop, label, na, ne in rows:
        print(f"{label:7s} {pop:34s} accounts={na:5d} events={ne:6d}")
    n_att = sum(r[2] for r in rows if r[1] == "attack")
    print(f"total accounts={len(accounts)} (attack {n_att}) events={len(events)} lines={len(lines)} "
          f"rate_limited={limited} duplicates={wire['duplicates']} malformed={wire['malformed']} "
          f"in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
