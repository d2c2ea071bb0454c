"""How many accounts send the same prompt again to another model, by label, and among the accounts a
sweep's rules blocked: the evidence for (or against) sparing "evaluation runs" (a benchmark's items
sent to several models) from the harvest rules (BENCHMARKS.md "Measured in sessions 40 and 41, not changed").

    PYTHONPATH=. .venv/bin/python -m bench.cross_model_repeats --run /tmp/runs/crt [--sets /tmp/sets] [--share 0.1]

Per account, a request is a cross-model repeat when the same account already sent the same user text
(a 16-byte hash of it: the text is never kept) to a different model. An account is a repeater when at
least --share of its requests are. Reads every `<set>.jsonl.gz` of --sets that has a report in --run,
and that run's enforced challenges and suspensions.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
from collections import Counter, defaultdict
from pathlib import Path

import orjson

from bench.heldout_sweep import blocked, run_arguments, swept_sets


def repeat_shares(events: Path) -> dict[str, float]:
    """account -> share of its requests that repeat, verbatim, a prompt it sent to another model before."""
    seen: dict[str, dict[bytes, set[str]]] = defaultdict(dict)
    reqs: Counter[str] = Counter()
    reps: Counter[str] = Counter()
    with gzip.open(events, "rb") as f:
        for line in f:
            try:
                ev = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue  # the sets' deliberately malformed lines
            if not isinstance(ev, dict):
                continue  # valid JSON that is not an event: also one of the malformed lines
            acc, text, model = ev.get("account_id"), ev.get("prompt"), ev.get("model") or ""
            if not isinstance(acc, str) or not isinstance(text, str):
                continue
            reqs[acc] += 1
            h = hashlib.blake2b(text.encode(), digest_size=16).digest()
            models = seen[acc].setdefault(h, set())
            if models - {model}:
                reps[acc] += 1
            models.add(model)
    return {a: reps[a] / n for a, n in reqs.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    run_arguments(ap)
    ap.add_argument("--share", type=float, default=0.1)
    a = ap.parse_args(argv)
    total: Counter[str] = Counter()      # label -> accounts
    rep: Counter[str] = Counter()        # label -> repeaters
    blk: Counter[str] = Counter()        # label -> blocked
    blk_rep: Counter[str] = Counter()    # label -> blocked repeaters
    pops: Counter[tuple[str, str]] = Counter()  # (label, population) of blocked repeaters
    for name, events, labels, decisions in swept_sets(a.run, a.sets):
        shares, blocked_ = repeat_shares(events), blocked(decisions)
        for acc, lab in labels.items():
            kind = "campaign" if lab["label"] != "benign" else "benign"
            r = shares.get(acc, 0.0) >= a.share
            total[kind] += 1
            rep[kind] += r
            if acc in blocked_:
                blk[kind] += 1
                blk_rep[kind] += r
                if r:
                    pops[(kind, f"{name}/{lab['population']}")] += 1
    for kind in ("benign", "campaign"):
        n = total[kind] or 1
        print(f"{kind}: {rep[kind]:,} / {total[kind]:,} accounts repeat >= {a.share:.0%} across models "
              f"({rep[kind] / n:.1%}); blocked {blk[kind]:,}, of which repeaters {blk_rep[kind]:,}")
        for (k, p), v in pops.most_common():
            if k == kind and v >= 5:
                print(f"    {p}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
