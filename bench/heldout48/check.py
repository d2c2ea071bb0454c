"""Regenerate in memory and compare with the files on disk, line by line; check every well-formed line
parses with enforcer.contracts.parse_event and every intentionally malformed line does not; check the
labels parse with enforcer.labels.parse_labels.

python -m bench.heldout48.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json
"""
from __future__ import annotations

import argparse
import gzip
import sys

from .gen import build, labels_bytes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.heldout48.check")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2, choices=(1, 2))
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args(argv)
    errors = 0

    with open(a.events, "rb") as f:
        head = f.read(10)
    if head[:2] != b"\x1f\x8b" or head[4:8] != b"\0\0\0\0" or head[3] & 0x08:
        print("gzip header: expected mtime 0 and no file name", file=sys.stderr)
        errors += 1
    lines, bad, labels, st = build(a.seed, a.days)
    n_disk = 0
    with gzip.open(a.events, "rb") as g:
        for i, x in enumerate(g):
            n_disk += 1
            if i >= len(lines) or x.rstrip(b"\n") != lines[i]:
                print(f"line {i + 1} differs", file=sys.stderr)
                errors += 1
                if errors > 10:
                    break
    if n_disk != len(lines):
        print(f"line count differs: disk {n_disk} vs regenerated {len(lines)}", file=sys.stderr)
        errors += 1
    if open(a.labels, "rb").read() != labels_bytes(labels):
        print("labels differ", file=sys.stderr)
        errors += 1

    from enforcer.contracts import InvalidEvent, parse_event
    from enforcer.labels import parse_labels

    ok = mal = 0
    for i, (line, is_bad) in enumerate(zip(lines, bad)):
        try:
            parse_event(line)
            parsed = True
        except InvalidEvent:
            parsed = False
        if parsed == is_bad:
            print(f"line {i + 1}: {'malformed line parsed' if is_bad else 'well-formed line rejected'}", file=sys.stderr)
            errors += 1
        ok += parsed
        mal += not parsed
    lab = parse_labels(labels_bytes(labels))
    n_att = sum(1 for v in lab.values() if v["label"] == "attack")
    if len(lab) != len(labels) or n_att != st["campaign_accounts"]:
        print("labels do not round-trip through enforcer.labels", file=sys.stderr)
        errors += 1
    print(f"seed={a.seed} days={a.days} lines={len(lines)} parsed={ok} malformed={mal} "
          f"accounts={len(labels)} campaign_accounts={n_att} errors={errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
