"""python -m bench.heldout50.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from . import benign_a as A, benign_b as B, benign_c as C, campaigns_a as X, campaigns_b as Y, wire
from .corpus import Corpus
from .ctx import Ctx

BENIGN = [A.casual, A.mobile_cgnat, A.families, A.students, A.teachers, A.campus_nat, A.power_users, A.new_signups,
          A.launch_explorers, B.coding_agents, B.eval_harness, B.app_backends, B.professionals, C.support_automation,
          C.annotation_judges, C.rag_indexing, C.agent_platforms, C.trust_safety]
CAMPAIGNS = [X.farm_crude, X.proxy_cot_es, X.hydra, X.slow_drip_pt, Y.key_marketplace, Y.reseller_wrapper,
             Y.polyglot_split, Y.structured_plan, Y.tool_distill, Y.refusal_mapping, Y.judge_harvest, X.launch_rush,
             X.stolen_cards, X.embedding_extraction, Y.socratic]
_CORPUS = None


def build(seed: int, days: int):
    """-> (rows [(true_ms, line, malformed)], labels_bytes, ctx)."""
    global _CORPUS
    if _CORPUS is None:
        _CORPUS = Corpus()
    ctx = Ctx(seed, _CORPUS)
    for fn in BENIGN + CAMPAIGNS:
        fn(ctx)
    rows = wire.day_cut(wire.to_lines(ctx.events, ctx.rng("wire")), days)
    seen = set()
    for _t, line, bad in rows:
        if not bad:
            i = line.find('"account_id":"')
            seen.add(line[i + 14: line.index('"', i + 14)])
    labels = {}
    for aid in sorted(seen):
        a = ctx.accounts[aid]
        labels[aid] = {"label": a.label, "population": a.population, "campaign": a.campaign}
    lab = json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"
    return rows, lab, ctx


def parse_days(v: str) -> int:
    return int(float(v))


def stats(rows, labels_bytes, out=sys.stderr):
    labels = json.loads(labels_bytes)
    ev = Counter()
    mal = 0
    for _t, line, bad in rows:
        if bad:
            mal += 1
            continue
        i = line.find('"account_id":"')
        ev[labels[line[i + 14: line.index('"', i + 14)]]["population"]] += 1
    acc = Counter(v["population"] for v in labels.values())
    camp = {v["population"]: v["campaign"] for v in labels.values()}
    print(f"{'population':34} {'campaign':28} {'accts':>6} {'events':>7}", file=out)
    for p in sorted(acc, key=lambda p: (camp[p] is not None, p)):
        print(f"{p:34} {camp[p] or '-':28} {acc[p]:6d} {ev[p]:7d}", file=out)
    nc = sum(1 for v in labels.values() if v["label"] == "campaign")
    print(f"accounts {len(labels)} (campaign {nc}, {100 * nc / max(1, len(labels)):.1f}%), lines {len(rows)}, "
          f"malformed {mal}, campaign events {sum(ev[p] for p in acc if camp[p])}", file=out)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="bench.heldout50.gen")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=parse_days, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    if a.days not in (1, 2):
        ap.error("--days must be 1 or 2")
    rows, lab, _ = build(a.seed, a.days)
    with open(a.events, "wb") as f:
        f.write(wire.gzip_bytes([r[1] for r in rows]))
    with open(a.labels, "wb") as f:
        f.write(lab)
    if a.stats:
        stats(rows, lab)
    return 0


if __name__ == "__main__":
    sys.exit(main())
