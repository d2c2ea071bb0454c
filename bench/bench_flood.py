"""A flood of single-request accounts (each with its own card, device and IP,
the CrowdSec #2683 shape) through the engine with its default caps: prints
peak RSS and state sizes as the flood grows, to show the plateau.

    .venv/bin/python bench/bench_flood.py [--accounts 1000000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from enforcer.contracts import RequestEvent  # noqa: E402
from enforcer.core.engine import Engine, EngineConfig  # noqa: E402
from enforcer.rules.loader import load_rules  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--accounts", type=int, default=1_000_000)
    ap.add_argument("--max-subjects", type=int, default=None, help="override the account cap")
    args = ap.parse_args()
    cfg = EngineConfig() if args.max_subjects is None else EngineConfig(max_subjects=args.max_subjects)
    eng = Engine(load_rules(ROOT / "rules"), cfg)
    t0 = 1_800_000_000_000
    print(f"caps: accounts {cfg.max_subjects:,}, groups {cfg.collective.max_groups:,}, "
          f"pending keys {cfg.collective.max_pending:,}; RSS at start {rss_mb():.0f} MB")
    start = time.perf_counter()
    step = max(1, args.accounts // 10)
    for i in range(args.accounts):
        eng.process(RequestEvent(
            event_id=f"f{i}", ts=t0 + i * 10, account_id=f"flood-{i:08d}", prompt_tokens=12, completion_tokens=30,
            prompt=f"hello there number {i} how are you today", ip=f"{11 + (i >> 24) % 200}.{(i >> 16) & 255}."
            f"{(i >> 8) & 255}.{i & 255}", asn=64512 + i % 1000, user_agent="curl/8.5.0",
            payment_fingerprint=f"card-{i}", device_id=f"dev-{i}", account_created_at=t0 - 3_600_000,
        ))
        if (i + 1) % step == 0:
            print(f"{i + 1:>10,} accounts: RSS {rss_mb():7.0f} MB  accounts held {len(eng.accounts):>8,}  "
                  f"groups {len(eng.groups):>7,}  pending {len(eng.groups.pending):>8,}  "
                  f"{(i + 1) / (time.perf_counter() - start):,.0f} events/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
