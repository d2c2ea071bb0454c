"""Validate a world-15 output against the enforcer contracts and print a population table.

    python bench/heldout15/check.py FILE.jsonl.gz FILE.labels.json
"""
from __future__ import annotations

import gzip
import os
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from enforcer.contracts import InvalidEvent, parse_event  # noqa: E402
from enforcer.labels import load_labels  # noqa: E402

REQUIRED = ("model", "endpoint", "prompt", "status", "org_id", "api_key_id", "ip", "asn", "user_agent",
            "payment_fingerprint", "account_created_at")


def q(vals: list[int], p: float) -> int:
    s = sorted(vals)
    return s[min(len(s) - 1, int(p * (len(s) - 1) + 0.5))]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    events, labels_path = argv
    labels = load_labels(labels_path)
    errors = 0
    last = -1
    unsorted = 0
    per_acct: Counter = Counter()
    missing: Counter = Counter()
    too_young = 0
    n = 0
    with gzip.open(events, "rb") as fh:
        for line in fh:
            n += 1
            try:
                ev = parse_event(line)
            except InvalidEvent as exc:
                errors += 1
                if errors <= 5:
                    print(f"line {n}: invalid: {exc.reason}", file=sys.stderr)
                continue
            if ev.ts < last:
                unsorted += 1
            last = ev.ts
            per_acct[ev.account_id] += 1
            for f in REQUIRED:
                if getattr(ev, f) is None:
                    missing[f] += 1
            if ev.account_created_at is not None and ev.account_created_at > ev.ts:
                too_young += 1
    active = set(per_acct)
    unlabelled = active - set(labels)
    idle = set(labels) - active
    bad_campaign = [a for a, v in labels.items() if (v["label"] == "attack") != bool(v.get("campaign"))]

    pops: dict[tuple[str, str], list[int]] = defaultdict(list)
    for acct, cnt in per_acct.items():
        v = labels.get(acct, {"label": "?", "population": "?", "campaign": None})
        pops[(v["label"], v.get("campaign") or v["population"])].append(cnt)
    print(f"{'label':7} {'population/campaign':22} {'accounts':>8} {'requests':>9} {'p10':>5} {'p50':>5} {'p90':>6} {'max':>6}")
    tot: Counter = Counter()
    for (lab, pop), v in sorted(pops.items()):
        tot[lab + "_a"] += len(v)
        tot[lab + "_r"] += sum(v)
        print(f"{lab:7} {pop:22} {len(v):8d} {sum(v):9d} {q(v, .1):5d} {q(v, .5):5d} {q(v, .9):6d} {max(v):6d}")
    print(f"benign accounts {tot['benign_a']}, requests {tot['benign_r']}; "
          f"attack accounts {tot['attack_a']}, requests {tot['attack_r']}; events {n}")
    print("fields missing (count of events):", dict(missing) or "none (device_id may be null by design)")
    problems = {"invalid events": errors, "out-of-order events": unsorted, "events before account creation": too_young,
                "accounts with events but no label": len(unlabelled), "labelled accounts with no events": len(idle),
                "attack/campaign mismatches": len(bad_campaign)}
    for k, v in problems.items():
        print(f"{k}: {v}")
    ok = not any(problems.values())
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
