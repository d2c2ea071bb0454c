"""Generate the held-out-21 stream: a Seoul LLM API provider over the Suneung
results release (Thu 3 Dec 2026 KST) and the hanbit-3 launch (Fri 4 Dec 10:00 KST).

    PYTHONPATH=. python -m bench.heldout21.gen --seed 1 --days 2 \\
        --out /tmp/h21/v1.jsonl.gz --labels /tmp/h21/v1.labels.json
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from . import campaigns, platforms, populations
from .accounts import World
from .corpora import DEFAULT_DIR, Corpora
from .emit import settle, write_events, write_labels
from .world import payment


def build(seed: int, days: int, prompts_dir: Path = DEFAULT_DIR) -> World:
    w = World(seed, days, Corpora(prompts_dir))
    r = w.rng("shared")
    w.shared["family_carrier"] = [payment(r, "carrier") for _ in range(320)]  # family plans: parents and kids share
    for builder in populations.BUILDERS + platforms.BUILDERS + campaigns.BUILDERS:
        builder(w)
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.heldout21.gen", description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", type=Path, required=True, help="gzip JSON Lines of RequestEvents, sorted by ts")
    ap.add_argument("--labels", type=Path, required=True, help="JSON object: account id -> label, population, campaign")
    ap.add_argument("--prompts-dir", type=Path, default=DEFAULT_DIR)
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    w = build(args.seed, args.days, args.prompts_dir)
    accounts = settle(w)
    counts = write_events(w, accounts, args.out)
    write_labels(accounts, args.labels)
    acc = Counter(a.population for a in accounts)
    kind = {a.population: a.label for a in accounts}
    print(f"{'population':24} {'label':7} {'accounts':>8} {'events':>8}", file=sys.stderr)
    for pop in sorted(acc, key=lambda p: (kind[p], p)):
        print(f"{pop:24} {kind[pop]:7} {acc[pop]:8d} {counts[pop]:8d}", file=sys.stderr)
    n_att = sum(1 for a in accounts if a.label == "attack")
    print(f"events {sum(counts.values())}  accounts {len(accounts)}  benign {len(accounts) - n_att}  attack {n_att}  "
          f"{time.monotonic() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
