"""Core benchmark: the detection engine over simulated traffic, in one process.

Prints events/s (parse + engine, and engine alone), per-event latency
percentiles, and state bytes per account. Figures go to BENCHMARKS.md.

    .venv/bin/python bench/bench_core.py [--days 2.5] [--scale 1] [--seed 7]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from enforcer.contracts import parse_event  # noqa: E402
from enforcer.core.engine import Engine, EngineConfig  # noqa: E402
from enforcer.rules.loader import load_rules  # noqa: E402
from enforcer.sim import SimConfig, generate  # noqa: E402


def pct(xs: list[float], p: float) -> float:
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=float, default=2.5)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rules", default=str(ROOT / "rules"))
    ap.add_argument("--naive-events", type=int, default=60_000, help="events for the naive-pipeline comparison")
    args = ap.parse_args()

    t = time.perf_counter()
    events_iter, _ = generate(SimConfig(seed=args.seed, days=args.days, scale=args.scale))
    raw = [orjson.dumps(e) for e in events_iter]
    print(f"simulated {len(raw):,} events in {time.perf_counter() - t:.1f}s")
    rules = load_rules(args.rules)
    print(f"rules: {len(rules.rules)} from {args.rules}")

    # 1) parse + engine, as `enforcer backtest` does.
    eng = Engine(rules, EngineConfig())
    gc.collect()
    t = time.perf_counter()
    for line in raw:
        eng.process(parse_event(line))
    full = time.perf_counter() - t

    # 2) engine alone, on pre-parsed events, with per-event latency.
    parsed = [parse_event(line) for line in raw]
    eng = Engine(rules, EngineConfig())
    lat = []
    clock = time.perf_counter_ns
    t = time.perf_counter()
    for ev in parsed:
        t0 = clock()
        eng.process(ev)
        lat.append(clock() - t0)
    core = time.perf_counter() - t
    lat.sort()

    # 2b) the straightforward pipeline of the same libraries, same events.
    from naive_pipeline import NaivePipeline

    sub = parsed[: args.naive_events]
    eng_sub = Engine(rules, EngineConfig())
    t = time.perf_counter()
    for ev in sub:
        eng_sub.process(ev)
    core_sub = time.perf_counter() - t
    naive = NaivePipeline(rules)
    t = time.perf_counter()
    for ev in sub:
        naive.process(ev)
    naive_s = time.perf_counter() - t

    # 3) memory: retained bytes after a full run, measured by tracemalloc.
    del eng
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    eng = Engine(rules, EngineConfig(idle_ms=10**15))  # keep every account: the worst case
    for ev in parsed:
        eng.process(ev)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    n_acc = len(eng.accounts)

    n = len(raw)
    print(f"parse+engine : {n / full:>10,.0f} events/s  ({full:.2f}s)")
    print(f"engine only  : {n / core:>10,.0f} events/s  ({core:.2f}s)")
    print(f"per event    : p50 {pct(lat, 50) / 1e3:.1f} us  p95 {pct(lat, 95) / 1e3:.1f} us  "
          f"p99 {pct(lat, 99) / 1e3:.1f} us  max {lat[-1] / 1e3:.0f} us")
    m = len(sub)
    print(f"vs naive     : core {m / core_sub:,.0f} events/s, straightforward pipeline of the same libraries "
          f"{m / naive_s:,.0f} events/s on the first {m:,} events: core/naive = {naive_s / core_sub:.2f}x")
    print(f"groups       : {len(eng.groups):,} groups, {len(eng.groups.pending):,} pending keys, "
          f"{eng.groups.nbytes() / max(1, len(eng.groups)):,.0f} bytes/group (estimate)")
    print(f"state        : {n_acc:,} accounts, {held / n_acc:,.0f} bytes/account (tracemalloc, incl. decisions book); "
          f"estimate {eng.accounts.nbytes() / n_acc:,.0f} bytes/account")
    return 0


if __name__ == "__main__":
    sys.exit(main())
