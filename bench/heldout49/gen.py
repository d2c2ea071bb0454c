"""python -m bench.heldout49.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]"""
from __future__ import annotations

import argparse
import collections
import sys

from . import benign_orgs, benign_people, benign_pipes, campaigns_crude, campaigns_evasive, campaigns_mid
from .corpus import Corpus
from .networks import Networks
from .popkit import W
from .world import DAY, DAYS, START_MS, Ctx
from .wire import gzip_bytes, labels_bytes, render

POPULATIONS = [
    benign_people.students, benign_people.casual, benign_people.campus, benign_people.teachers, benign_people.freelancers,
    benign_people.families, benign_people.cyber_cafes, benign_people.diaspora, benign_people.power_users,
    benign_orgs.coding, benign_orgs.corporate_cards, benign_orgs.eval_jobs, benign_orgs.edtech, benign_orgs.app_backends,
    benign_pipes.bpo, benign_pipes.translation, benign_pipes.seo, benign_pipes.ci, benign_pipes.hackathon,
    campaigns_crude.cot_farm, campaigns_crude.code_cron, campaigns_mid.hydra, campaigns_evasive.aged_drip,
    campaigns_mid.launch_redirect, campaigns_mid.multilingual_probe, campaigns_evasive.paraphrased, campaigns_evasive.multiturn,
    campaigns_evasive.trojan_app, campaigns_evasive.sim_farm, campaigns_crude.stolen_card_churn, campaigns_crude.embedding_vacuum,
    campaigns_crude.batch_cover, campaigns_mid.coordinated,
]
_CORPUS = None


def build(seed: int, days: int = DAYS):
    """-> (lines, malformed flags, labels dict, ctx)."""
    global _CORPUS
    if not 1 <= days <= DAYS:
        raise SystemExit(f"--days must be 1..{DAYS}")
    if _CORPUS is None:
        _CORPUS = Corpus()
    ctx = Ctx(seed)
    w = W(ctx, Networks(ctx.rng("networks")), _CORPUS)
    for pop in POPULATIONS:
        pop(w)
    end = START_MS + DAYS * DAY
    events = sorted((e for e in ctx.events if START_MS <= e[0] < end), key=lambda e: (e[0], e[1]))
    lines, bad, present = render(events, seed, START_MS + days * DAY)
    return lines, bad, ctx.labels(present), ctx


def stats(lines, bad, labels, ctx) -> str:
    ev = collections.Counter()
    for line, b in zip(lines, bad):
        if not b:
            i = line.find('"account_id":"')
            aid = line[i + 14:line.index('"', i + 14)]
            ev[aid] += 1
    pops = collections.defaultdict(lambda: [0, 0, ""])
    for aid, lab in labels.items():
        key = lab["population"].split("-")[0] if lab["label"] == "benign" else lab["campaign"]
        pops[key][0] += 1
        pops[key][1] += ev[aid]
        pops[key][2] = lab["label"]
    out = ["%-40s %-8s %7s %8s" % ("population", "label", "accts", "events")]
    for k in sorted(pops, key=lambda k: (pops[k][2], k)):
        out.append("%-40s %-8s %7d %8d" % (k, pops[k][2], pops[k][0], pops[k][1]))
    n_c = sum(1 for v in labels.values() if v["label"] == "campaign")
    out.append("accounts %d (campaign %d = %.1f%%), lines %d, malformed %d, well-formed events %d" % (
        len(labels), n_c, 100.0 * n_c / max(1, len(labels)), len(lines), sum(bad), len(lines) - sum(bad)))
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.heldout49.gen")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=DAYS)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    lines, bad, labels, ctx = build(a.seed, a.days)
    with open(a.events, "wb") as fh:
        fh.write(gzip_bytes(lines))
    with open(a.labels, "wb") as fh:
        fh.write(labels_bytes(labels))
    if a.stats:
        print(stats(lines, bad, labels, ctx))
    return 0


if __name__ == "__main__":
    sys.exit(main())
