"""World 15 blind labelled traffic generator.

    python bench/heldout15/gen.py --seed 1 --days 2 --out q1.jsonl.gz --labels q1.labels.json [--scale 1.0]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import attacks_a  # noqa: E402
import attacks_b  # noqa: E402
import benign_orgs  # noqa: E402
import benign_people  # noqa: E402
from core import Ctx  # noqa: E402
from corpora import PROMPT_DIR, Corpora  # noqa: E402

FIELDS = ("ts", "event_id", "account_id", "prompt_tokens", "completion_tokens", "model", "endpoint", "prompt",
          "system_prompt", "status", "org_id", "api_key_id", "ip", "asn", "user_agent", "device_id",
          "payment_fingerprint", "account_created_at")

POPULATIONS = benign_people.ALL + benign_orgs.ALL + attacks_a.ALL + attacks_b.ALL


def build(seed: int, days: int, scale: float, prompts: str = PROMPT_DIR) -> Ctx:
    ctx = Ctx(seed, days, scale, Corpora(prompts))
    for fn in POPULATIONS:
        fn(ctx)
    ctx.rows.sort(key=lambda r: (r[0], r[1]))
    return ctx


def write(ctx: Ctx, out: str, labels: str) -> tuple[int, int]:
    active = set()
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=5) as fh:
        for r in ctx.rows:
            ev = dict(zip(FIELDS, r))
            active.add(ev["account_id"])
            fh.write(json.dumps(ev, ensure_ascii=False, separators=(",", ":")) + "\n")
    lab = {a.id: {"label": a.label, "population": a.population, "campaign": a.campaign}
           for a in ctx.accounts if a.id in active}
    with open(labels, "w", encoding="utf-8") as fh:
        json.dump(lab, fh, indent=0, sort_keys=True)
    return len(ctx.rows), len(lab)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--prompts", default=PROMPT_DIR, help="directory of the prompt corpora")
    args = ap.parse_args(argv)
    if args.days < 1:
        ap.error("--days must be >= 1")
    t = time.time()
    ctx = build(args.seed, args.days, args.scale, args.prompts)
    for p in (args.out, args.labels):
        d = os.path.dirname(os.path.abspath(p))
        os.makedirs(d, exist_ok=True)
    n_ev, n_acc = write(ctx, args.out, args.labels)
    print(f"seed={args.seed} days={args.days} scale={args.scale}: {n_ev} events, {n_acc} accounts "
          f"-> {args.out}, {args.labels} ({time.time() - t:.1f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
