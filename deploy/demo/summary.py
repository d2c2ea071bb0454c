"""The live demo's closing summary (called by deploy/demo/run-demo).

Reads what the demo wrote: the stream's decisions (dumped from the enforce and
shadow topics), `enforcer backtest`'s decisions and report on the same events,
the simulator's labels, and the worker's /metrics; prints events, decisions by
rule/action/mode, stream-vs-backtest decision ids, and detection figures.
"""

from __future__ import annotations

import argparse
import math
import sys
import urllib.request
from collections import Counter
from pathlib import Path

import orjson

BLOCKING = {"challenge", "suspend"}


def rows(path: Path) -> list[dict]:
    out = []
    for line in path.read_bytes().splitlines():
        if line.strip():
            r = orjson.loads(line)
            if not r.get("tombstone"):
                out.append(r)
    return out


def metrics(url: str) -> dict[str, list[tuple[dict, float]]]:
    from prometheus_client.parser import text_string_to_metric_families

    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            text = resp.read().decode()
    except OSError as exc:
        print(f"(worker metrics unavailable: {exc})")
        return {}
    out: dict[str, list[tuple[dict, float]]] = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            out.setdefault(s.name, []).append((s.labels, s.value))
    return out


def quantile(buckets: list[tuple[float, float]], q: float) -> float:
    """Upper bound of the histogram bucket holding quantile q (cumulative buckets)."""
    buckets = sorted(buckets)
    total = buckets[-1][1] if buckets else 0
    for le, count in buckets:
        if total and count >= q * total:
            return le
    return math.nan


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True, type=Path)
    ap.add_argument("--metrics-url", required=True)
    ap.add_argument("--produced", type=int, required=True)
    ap.add_argument("--produce-seconds", type=float, required=True)
    ap.add_argument("--rate", required=True)
    ap.add_argument("--days", required=True)
    args = ap.parse_args()
    d = args.dir

    stream = rows(d / "stream-decisions.jsonl") + rows(d / "stream-decisions-shadow.jsonl")
    backtest = rows(d / "backtest-decisions.jsonl")
    labels = orjson.loads((d / "labels.json").read_bytes())
    m = metrics(args.metrics_url)

    print()
    print("== enforcer live demo: summary ==")
    print(f"traffic    {args.produced:,} simulator events ({args.days} days of traffic) produced at {args.rate}/s "
          f"in {args.produce_seconds:.0f}s")
    if m:
        res = {lbl["result"]: int(v) for lbl, v in m.get("enforcer_events_total", [])}
        print(f"worker     {sum(res.values()):,} records consumed: " + ", ".join(f"{k} {v:,}" for k, v in sorted(res.items()))
              + f"; dead-lettered {int(sum(v for _, v in m.get('enforcer_dlq_records_total', []))):,}")
        buckets = [(float(lbl["le"]), v) for lbl, v in m.get("enforcer_event_to_decision_seconds_bucket", [])]
        if buckets and buckets[-1][1]:
            print(f"latency    event-to-decision (the worker's histogram, request append -> decision delivered): "
                  f"p50 <= {quantile(buckets, 0.5) * 1000:g} ms, p99 <= {quantile(buckets, 0.99) * 1000:g} ms")

    by = Counter((r["rule"], r["action"], r["mode"]) for r in stream)
    modes = Counter(r["mode"] for r in stream)
    print(f"decisions  {len(stream):,} from the stream ({modes['enforce']:,} enforce, {modes['shadow']:,} shadow; "
          f"lifts included)")
    print(f"  {'rule':<38} {'action':<10} {'mode':<8} {'count':>6}")
    for (rule, action, mode), n in sorted(by.items()):
        print(f"  {rule:<38} {action:<10} {mode:<8} {n:>6}")

    s_ids = {r["decision_id"]: r for r in stream}
    b_ids = {r["decision_id"]: r for r in backtest}
    only_s = Counter(r["rule"] for i, r in s_ids.items() if i not in b_ids)
    only_b = Counter(r["rule"] for i, r in b_ids.items() if i not in s_ids)
    both = len(s_ids.keys() & b_ids.keys())
    print(f"compare    the stream against `enforcer backtest` on the same file and rules: {both:,} decision ids in "
          f"both, {sum(only_s.values()):,} only in the stream, {sum(only_b.values()):,} only in the backtest")
    for rule in sorted(only_s.keys() | only_b.keys()):
        print(f"  {rule:<38} only in stream {only_s[rule]:>5}   only in backtest {only_b[rule]:>5}")
    if only_s or only_b:
        print("  (ids are content-derived: they differ where the stream's hop between its account and group "
              "stages changes which request crosses a group threshold, which of two racing group rules fires "
              "first, or when a wrapper or a cluster id is known; README \"Live stream\")")

    attack = {a for a, v in labels.items() if v.get("label") == "attack"}
    benign = {a for a, v in labels.items() if v.get("label") != "attack"}
    blocked = {r["account_id"] for r in stream if r["mode"] == "enforce" and r["action"] in BLOCKING}
    print("detection  stream decisions against the simulator's labels (enforce mode; blocked = challenged or "
          "suspended):")
    print(f"  attack accounts blocked  {len(blocked & attack):>5} of {len(attack):<5} "
          f"({len(blocked & attack) / max(1, len(attack)):.1%} recall)")
    print(f"  benign accounts blocked  {len(blocked & benign):>5} of {len(benign):<5} "
          f"({len(blocked & benign) / max(1, len(benign)):.2%})")
    report = d / "backtest.txt"
    if report.exists():
        lines = report.read_text().splitlines()
        recall = [x for x in lines if x.startswith("recall:")]
        if recall:
            print(f"  backtest (full report in {report}): {recall[-1]}")
    print(f"files      {d}/ (events, labels, stream and backtest decisions, worker.log)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
