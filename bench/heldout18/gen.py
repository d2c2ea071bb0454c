"""heldout18 generator: a Paris lab's API over the EU clock-change weekend.

    python -m bench.heldout18.gen --seed 1 --days 2 --out /tmp/h18/v1.jsonl.gz --labels /tmp/h18/v1.labels.json
"""
from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

import orjson

from . import benign_orgs, benign_people, campaigns_free, campaigns_paid
from .text import PROMPTS_DIR, Corpus
from .world import World

POPULATIONS = [
    benign_people.chat_web, benign_people.api_devs, benign_people.release_signups, benign_people.cybercafe,
    benign_people.research_grants, benign_orgs.bacprep_app, benign_orgs.revision_bootcamp, benign_orgs.eval_lab,
    benign_orgs.ci_regression, benign_orgs.bank_assistant, benign_orgs.bpo_casablanca, benign_orgs.translation_agency,
    benign_orgs.agency_paris,
]
CAMPAIGNS = [
    campaigns_paid.grant_farm, campaigns_paid.judge_harvest, campaigns_paid.ppp_arbitrage,
    campaigns_free.leaked_keys, campaigns_free.quota_sprint, campaigns_free.webchat_bots,
]


def build(seed: int, days: int, scale: float, prompts: Path = PROMPTS_DIR) -> World:
    w = World(seed, days, scale, Corpus(prompts))
    for fn in POPULATIONS + CAMPAIGNS:
        fn(w)
    return w


def write(w: World, out: Path, labels: Path) -> tuple[int, Counter]:
    out.parent.mkdir(parents=True, exist_ok=True)
    labels.parent.mkdir(parents=True, exist_ok=True)
    w.events.sort(key=lambda e: (e[0], e[1]["event_id"]))
    per_acct: Counter = Counter()
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf = []
        for _, ev in w.events:
            per_acct[ev["account_id"]] += 1
            buf.append(orjson.dumps(ev))
            if len(buf) >= 5000:
                gz.write(b"\n".join(buf) + b"\n")
                buf.clear()
        if buf:
            gz.write(b"\n".join(buf) + b"\n")
    w.labels = {a: lab for a, lab in w.labels.items() if per_acct[a]}  # label the accounts the traffic shows
    labels.write_bytes(orjson.dumps(w.labels, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n")
    return len(w.events), per_acct


def summary(w: World, per_acct: Counter) -> str:
    rows: dict[str, list[int]] = {}
    for acct, lab in w.labels.items():
        r = rows.setdefault(("A " if lab["label"] == "attack" else "B ") + lab["population"], [0, 0])
        r[0] += 1
        r[1] += per_acct.get(acct, 0)
    lines = [f"{'population':28} {'accounts':>8} {'events':>8}"]
    for k in sorted(rows):
        lines.append(f"{k:28} {rows[k][0]:8d} {rows[k][1]:8d}")
    n_acc = len(w.labels)
    att = [a for a, l in w.labels.items() if l["label"] == "attack"]
    ev_att = sum(per_acct.get(a, 0) for a in att)
    total = sum(per_acct.values())
    lines.append(f"total: {total} events, {n_acc} accounts, "
                 f"attack accounts {len(att)} ({100 * len(att) / n_acc:.1f}%), attack events {ev_att} "
                 f"({100 * ev_att / max(total, 1):.1f}%)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every population's size")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--labels", type=Path, required=True)
    ap.add_argument("--prompts", type=Path, default=PROMPTS_DIR)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.days < 1 or args.scale <= 0:
        ap.error("--days must be >= 1 and --scale > 0")
    t0 = time.time()
    w = build(args.seed, args.days, args.scale, args.prompts)
    n, per_acct = write(w, args.out, args.labels)
    if not args.quiet:
        print(summary(w, per_acct))
        print(f"wrote {n} events to {args.out} and {len(w.labels)} labels to {args.labels} in {time.time() - t0:.1f}s",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
