"""`simulate` subcommand: write synthetic request events and account labels."""
from __future__ import annotations

import argparse
import sys

from enforcer.sim.corpora import default_prompts_dir
from enforcer.sim.generator import SimConfig, parse_time, write


def register(sub) -> None:
    p = sub.add_parser("simulate", help="generate labelled synthetic API traffic",
                       description="Generate request events (JSON Lines, ts-sorted) and account labels.")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", default="-", help="events JSONL path; .gz => gzip; - => stdout")
    p.add_argument("--labels", default=None, help="labels JSON path")
    p.add_argument("--days", type=float, default=2.0)
    p.add_argument("--scale", type=float, default=1.0, help="multiplies population sizes")
    p.add_argument("--start", type=parse_time, default="2026-11-02T00:00:00Z", help="RFC 3339")
    p.add_argument("--prompts-dir", default=None,
                   help="default: $ENFORCER_PROMPTS_DIR, else ../shared/data/prompts, else the packaged sample")
    p.add_argument("--no-stealth", action="store_true", help="leave out the stealth campaign")
    p.add_argument("--release-at", type=parse_time, default=None,
                   help="RFC 3339 model release; campaigns ramp up right after it")
    p.add_argument("--attack-answer-median", type=float, default=1200.0,
                   help="median completion tokens of a campaign's harvesting request (sensitivity knob)")
    p.add_argument("--benign-answer-scale", type=float, default=1.0,
                   help="multiplies every benign population's answer lengths (sensitivity knob)")
    p.add_argument("--hydra-own-infra", action="store_true",
                   help="hydra accounts get their own card and device (sensitivity knob)")
    p.add_argument("--hydra-aged", action="store_true",
                   help="hydra accounts are bought aged: created 60-700 days before use (sensitivity knob)")
    p.add_argument("--hydra-datacenter", action="store_true",
                   help="hydra campaigns run from a few datacenter /24s, not a residential proxy pool "
                        "(sensitivity knob)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        cfg = SimConfig(seed=args.seed, days=args.days, scale=args.scale, start=args.start,
                        prompts_dir=args.prompts_dir or default_prompts_dir(),
                        stealth=not args.no_stealth, release_at=args.release_at,
                        attack_answer_median=args.attack_answer_median,
                        benign_answer_scale=args.benign_answer_scale,
                        hydra_shared_infra=not args.hydra_own_infra, hydra_aged=args.hydra_aged,
                        hydra_datacenter=args.hydra_datacenter)
        s = write(cfg, args.out, args.labels)
    except (OSError, ValueError) as exc:
        print(f"simulate: error: {exc}", file=sys.stderr)
        return 1
    pops = " ".join(f"{k}={v}" for k, v in sorted(s["accounts"].items()))
    print(f"simulate: {s['events']} events; accounts {pops}; {s['seconds']}s", file=sys.stderr)
    return 0
