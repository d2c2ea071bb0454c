"""Rebuild a set in memory and verify it against the files on disk.

    PYTHONPATH=. python -m bench.heldout37.check --seed 1 --days 2 \
        --out /tmp/sets/al1.jsonl.gz --labels /tmp/sets/al1.labels.json
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from bench.heldout37 import world as W
from bench.heldout37.gen import DEFAULT_PROMPTS, build, gzip_bytes


def check(seed: int, days: int, out: str, labels_path: str, prompts: str) -> list[str]:
    errors: list[str] = []
    data, lab, info = build(seed, days, prompts)
    disk_gz = open(out, "rb").read()
    if gzip_bytes(data) != disk_gz:
        errors.append("gzip file is not byte-identical to the rebuild")
    if gzip.decompress(disk_gz) != data:
        errors.append("decompressed lines differ from the rebuild")
    if open(labels_path, "rb").read() != lab:
        errors.append("labels file is not byte-identical to the rebuild")
    labels = parse_labels(lab)
    bad = info["malformed"]
    lo, hi = W.START_MS, W.START_MS + days * W.DAY
    failed, seen, dups, per_acct = Counter(), {}, 0, Counter()
    for n, line in enumerate(data.splitlines(), 1):
        try:
            ev = parse_event(line)
        except InvalidEvent as exc:
            if line in bad:
                failed[bad[line]] += 1
            else:
                errors.append(f"line {n}: unexpected parse failure: {exc.reason}")
            continue
        if line in bad:
            errors.append(f"line {n}: malformed ({bad[line]}) line parsed")
            continue
        if ev.event_id in seen:
            if seen[ev.event_id] != line:
                errors.append(f"line {n}: event_id reused with a different payload")
            dups += 1
            continue
        seen[ev.event_id] = line
        per_acct[ev.account_id] += 1
        if not lo <= ev.ts < hi:
            errors.append(f"line {n}: ts outside the window")
        if ev.account_created_at is None or ev.account_created_at > ev.ts:
            errors.append(f"line {n}: event before account creation")
        lab_e = labels.get(ev.account_id)
        if lab_e is None:
            errors.append(f"line {n}: account {ev.account_id} has no label")
    for aid, e in labels.items():
        if aid not in per_acct:
            errors.append(f"label for {aid} without events")
        if (e["label"] == "attack") != bool(e["campaign"]):
            errors.append(f"{aid}: attack label and campaign disagree")
    if sum(failed.values()) != len(bad):
        errors.append(f"{len(bad)} malformed lines built, {sum(failed.values())} failed to parse")
    kinds = Counter(e["label"] for e in labels.values())
    camps = len({e["campaign"] for e in labels.values() if e["campaign"]})
    print(f"seed {seed} days {days}: {len(seen)} events, {dups} redelivered duplicates, malformed by kind "
          f"{dict(sorted(failed.items()))}; accounts benign {kinds['benign']} attack {kinds['attack']} "
          f"in {camps} campaigns; {len(errors)} errors", file=sys.stderr)
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    args = ap.parse_args(argv)
    errors = check(args.seed, args.days, args.out, args.labels, args.prompts)
    for e in errors[:30]:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
