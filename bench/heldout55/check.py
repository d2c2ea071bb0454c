"""heldout55 checker: python -m bench.heldout55.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json

Regenerates the set and compares byte for byte, then validates the files on their own. Exit 1 on any problem."""
from __future__ import annotations

import argparse
import gzip
import json
import sys

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from .gen import MAX_LAG, build, gz_bytes, labels_bytes
from .world import DAY, START


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    args = ap.parse_args(argv)
    errors = []
    raw = open(args.events, "rb").read()
    lab_raw = open(args.labels, "rb").read()
    lines, bad, labels, _ = build(args.seed, args.days)
    if gz_bytes(lines) != raw:
        errors.append("events file differs from regeneration")
    if labels_bytes(labels) != lab_raw:
        errors.append("labels file differs from regeneration")
    # gzip header: magic, deflate, no flags (no file name), mtime 0
    if raw[:4] != b"\x1f\x8b\x08\x00" or raw[4:8] != b"\x00\x00\x00\x00":
        errors.append("gzip header is not 1f8b0800 with mtime 0")
    text = gzip.decompress(raw).decode("utf-8").split("\n")
    if text and text[-1] == "":
        text.pop()
    if len(text) != len(lines):
        errors.append(f"line count {len(text)} != regenerated {len(lines)}")
    try:
        lab = parse_labels(lab_raw)
    except Exception as exc:  # noqa: BLE001
        lab = {}
        errors.append(f"labels do not load: {type(exc).__name__}")
    end = START + args.days * DAY
    accounts, last_pub, n_bad = set(), 0, 0
    for i, line in enumerate(text):
        intended_bad = bad[i] if i < len(bad) else False
        try:
            ev = parse_event(line)
        except InvalidEvent:
            if not intended_bad:
                errors.append(f"line {i + 1}: well-formed line rejected")
            n_bad += 1
            continue
        if intended_bad:
            errors.append(f"line {i + 1}: intended-malformed line was accepted")
            continue
        accounts.add(ev.account_id)
        pub = parse_event(json.dumps({"event_id": "x", "account_id": "x", "prompt_tokens": 0, "completion_tokens": 0,
                                      "ts": json.loads(line)["published_at"]})).ts
        if not (START <= ev.ts < end and START <= pub < end):
            errors.append(f"line {i + 1}: time outside window")
        if not (0 <= pub - ev.ts <= MAX_LAG):
            errors.append(f"line {i + 1}: publish lag {pub - ev.ts} ms outside [0, 10 min]")
        if pub < last_pub:
            errors.append(f"line {i + 1}: not sorted by publish time")
        last_pub = pub
        if len(errors) > 20:
            break
    if set(lab) != accounts:
        errors.append(f"label coverage: {len(set(lab) - accounts)} extra, {len(accounts - set(lab))} missing")
    for e in errors[:20]:
        print("FAIL", e)
    if errors:
        return 1
    print(f"OK seed={args.seed} days={args.days} lines={len(text)} malformed={n_bad} accounts={len(accounts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
