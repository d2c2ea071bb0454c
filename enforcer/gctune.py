"""Garbage-collector settings for the long-running adapters (worker, backtest).

The engine holds hundreds of thousands of long-lived containers (window
buckets, sketches, books) and allocates a few short-lived ones per event. With
CPython's default thresholds (700, 10, 10) the collector keeps re-scanning the
long-lived state: measured 15-25% of per-event time on simulated traffic
(bench/bench_core.py, BENCHMARKS.md), and the full collections are the latency
spikes of the stream. Freezing what was loaded at start and collecting the
young generation less often keeps cycles collected (nothing here relies on
them) while scanning far less. `ENFORCER_GC=default` keeps CPython's settings.
"""

from __future__ import annotations

import gc
import os

THRESHOLDS = (50_000, 20, 10)


def tune_gc() -> bool:
    """Apply the settings unless ENFORCER_GC=default; True when applied."""
    if os.environ.get("ENFORCER_GC", "tuned").strip().lower() == "default":
        return False
    gc.collect()
    gc.freeze()  # rules, compiled CEL programs, imported modules: never garbage
    gc.set_threshold(*THRESHOLDS)
    return True
