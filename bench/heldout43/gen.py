"""Generate the heldout43 traffic set (Greece / Cyprus / Israel, 10-11 June 2027, aegean-3 launch).

    PYTHONPATH=. python -m bench.heldout43.gen --seed 1 --days 2 --events OUT.jsonl.gz --labels OUT.labels.json
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import orjson

from . import benign_consumer as BC, benign_edu as BE, benign_work as BW, campaigns_a as CA, campaigns_b as CB
from .wire import MALFORMED, ORIGINAL, gzip_bytes, labels_bytes, serialise
from .world import Window

# Fixed order: every population draws from its own Random(f"{seed}:{name}") stream.
POPULATIONS = (
    BE.exam_students, BE.frontistiria, BE.families, BE.uni_labs,
    BW.tech_companies, BW.app_backends, BW.eval_team, BW.developers, BW.rag_indexers, BW.zdr_customers,
    BC.general_chat, BC.launch_tryers, BC.vpn_users, BC.translators,
    CA.hydra, CA.launch_burst, CA.embedding_sweep, CA.vpn_drip, CA.agentic_harvest,
    CB.aged_sleepers, CB.cot_gr_he, CB.insider, CB.reseller, CB.phone_farm,
)


def build(seed: int, days: int):
    """-> (wire lines, line kinds, labels, per-population stats)."""
    win = Window(days)
    events: list[dict] = []
    labels: dict[str, dict] = {}
    pops = []
    for make in POPULATIONS:
        p = make(seed, win)
        p.events = [ev for ev in p.events if win.lo <= ev["ts"] < win.hi]   # the capture window cuts runs
        for acct, lab in p.labels().items():
            if acct in labels:
                raise AssertionError(f"account id collision: {acct}")
            labels[acct] = lab
        events.extend(p.events)
        pops.append(p)
    lines, kinds = serialise(events, seed)
    valid: dict[str, int] = {}                      # account -> valid original events
    for line, kind in zip(lines, kinds):
        if kind == ORIGINAL:
            acct = orjson.loads(line)["account_id"]
            valid[acct] = valid.get(acct, 0) + 1
    labels = {a: labels[a] for a in valid}
    stats = []
    for p in pops:
        accts = [a.id for a in p.accounts if a.id in valid]
        stats.append((p.name, p.label, p.campaign, len(accts), sum(valid[a] for a in accts)))
    return lines, kinds, labels, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true", help="print a per-population table")
    args = ap.parse_args(argv)
    t = time.time()
    lines, kinds, labels, stats = build(args.seed, args.days)
    for path in (args.events, args.labels):
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(args.events, "wb") as fh:
        fh.write(gzip_bytes(lines))
    with open(args.labels, "wb") as fh:
        fh.write(labels_bytes(labels))
    n_bad = sum(k == MALFORMED for k in kinds)
    n_orig = sum(k == ORIGINAL for k in kinds)
    n_att = sum(v["label"] == "attack" for v in labels.values())
    att_ev = sum(s[4] for s in stats if s[1] == "attack")
    print(f"seed {args.seed}: {len(lines)} lines ({n_orig} originals, {n_bad} malformed, "
          f"{len(lines) - n_orig - n_bad} redeliveries), {len(labels)} accounts ({n_att} attack), "
          f"campaign events {att_ev}/{sum(s[4] for s in stats)}, {time.time() - t:.1f}s", file=sys.stderr)
    if args.stats:
        for name, label, camp, na, ne in stats:
            print(f"{name:30s} {label:7s} {camp or '-':16s} {na:6d} {ne:7d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
