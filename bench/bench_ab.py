"""A/B of the engine of two source trees, in one process, on the same events.

Both trees' `enforcer` packages are imported side by side (the module cache
is swapped between the two imports) and each processes the same parsed
events in alternating chunks, so a shared, noisy machine slows both alike:
the CPU-time ratio is what to read, not the absolute figures. Both must
issue the same number of decisions (checked). Rounds alternate which side
runs first; `--swap` imports the B tree first (the tree imported second ran
~3% slower on identical code here: run both orders and average the ratios).

    git worktree add /tmp/base <commit>          # the "before" tree
    .venv/bin/python bench/bench_ab.py /tmp/base . --events e7.jsonl --limit 40000 --rounds 4
    .venv/bin/python bench/bench_ab.py /tmp/base . --events e7.jsonl --limit 40000 --rounds 4 --swap
"""

from __future__ import annotations

import argparse
import gc
import importlib
import itertools
import statistics
import sys
import time


def load(tree: str, lines: list[bytes]):
    """(engine factory, parsed events) from `tree`'s own enforcer package."""
    for m in [m for m in sys.modules if m == "enforcer" or m.startswith("enforcer.")]:
        del sys.modules[m]
    sys.path.insert(0, tree)
    try:
        contracts = importlib.import_module("enforcer.contracts")
        engine = importlib.import_module("enforcer.core.engine")
        loader = importlib.import_module("enforcer.rules.loader")
    finally:
        sys.path.remove(tree)
    rules = loader.load_rules(f"{tree}/rules")
    return (lambda: engine.Engine(rules, engine.EngineConfig())), [contracts.parse_event(x) for x in lines]


def gc_thresholds(tree: str) -> tuple[int, ...]:
    sys.path.insert(0, tree)
    try:
        return importlib.import_module("enforcer.gctune").THRESHOLDS
    finally:
        sys.path.remove(tree)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("a", help="source tree A (the baseline)")
    ap.add_argument("b", help="source tree B")
    ap.add_argument("--events", required=True, help="JSON Lines, plain (enforcer simulate --out x.jsonl)")
    ap.add_argument("--limit", type=int, default=40_000)
    ap.add_argument("--chunk", type=int, default=1_000, help="events per turn")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--gc", choices=("tuned", "off"), default="tuned", help="tuned: as `enforcer backtest`")
    ap.add_argument("--swap", action="store_true", help="import tree B first")
    ap.add_argument("--decisions-may-differ", action="store_true",
                    help="B adds or changes rules on purpose (e.g. a new shadow rule): report both counts")
    args = ap.parse_args()
    with open(args.events, "rb") as f:
        lines = [x for x in itertools.islice(f, args.limit)]
    order = [("B", args.b), ("A", args.a)] if args.swap else [("A", args.a), ("B", args.b)]
    sides = {name: load(tree, lines) for name, tree in order}
    thresholds = gc_thresholds(args.b)
    clock = time.process_time
    n = len(lines)
    ratios = []
    for r in range(args.rounds):
        engines = {k: make() for k, (make, _) in sides.items()}
        spent = dict.fromkeys(sides, 0.0)
        issued = dict.fromkeys(sides, 0)
        gc.collect()
        if args.gc == "off":
            gc.disable()
        else:
            gc.freeze()
            gc.set_threshold(*thresholds)
        turn = ["A", "B"] if r % 2 == 0 else ["B", "A"]
        for i in range(0, n, args.chunk):
            for k in turn:
                eng, evs = engines[k], sides[k][1]
                t = clock()
                for ev in evs[i:i + args.chunk]:
                    issued[k] += len(eng.process(ev).decisions)
                spent[k] += clock() - t
            turn.reverse()
        gc.enable()
        gc.unfreeze()
        if issued["A"] != issued["B"] and not args.decisions_may_differ:
            raise SystemExit(f"different decision counts: {issued}")
        ratios.append(spent["A"] / spent["B"])
        counts = (f"{issued['A']} decisions each" if issued["A"] == issued["B"]
                  else f"decisions A {issued['A']}, B {issued['B']}")
        print(f"round {r}: A {spent['A'] / n * 1e6:.1f} us/event  B {spent['B'] / n * 1e6:.1f} us/event  "
              f"A/B {ratios[-1]:.3f}  ({counts})", flush=True)
        del engines
    print(f"A/B CPU time: median {statistics.median(ratios):.3f}, {min(ratios):.3f}-{max(ratios):.3f} "
          f"over {args.rounds} rounds of {n:,} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
