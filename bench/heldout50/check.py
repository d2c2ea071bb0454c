"""python -m bench.heldout50.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json
Regenerates in memory and compares; validates every line with enforcer.contracts.parse_event."""
from __future__ import annotations

import argparse
import gzip
import sys

from . import wire
from .gen import build, parse_days


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout50.check")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=parse_days, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args(argv)
    from enforcer.contracts import InvalidEvent, parse_event
    from enforcer.labels import parse_labels
    errors = []
    rows, lab, _ = build(a.seed, a.days)
    raw = open(a.events, "rb").read()
    # gzip header: magic, deflate, no flags (no file name), mtime 0
    if raw[:4] != b"\x1f\x8b\x08\x00" or raw[4:8] != b"\x00\x00\x00\x00":
        errors.append(f"gzip header {raw[:10].hex()} is not deterministic (flags/mtime)")
    if raw != wire.gzip_bytes([r[1] for r in rows]):
        errors.append("compressed bytes differ from regeneration")
    got = gzip.decompress(raw).decode("utf-8").split("\n")
    if got and got[-1] == "":
        got.pop()
    if len(got) != len(rows):
        errors.append(f"line count {len(got)} != {len(rows)}")
    ok = bad_ok = 0
    for n, (line, (_t, want, malformed)) in enumerate(zip(got, rows), 1):
        if line != want:
            errors.append(f"line {n} differs")
            if len(errors) > 20:
                break
            continue
        try:
            parse_event(line)
            if malformed:
                errors.append(f"line {n}: intentionally malformed line was accepted")
            ok += 1
        except InvalidEvent as exc:
            if not malformed:
                errors.append(f"line {n}: well-formed line rejected: {exc.reason}")
            bad_ok += 1
    if open(a.labels, "rb").read() != lab:
        errors.append("labels differ from regeneration")
    labels = parse_labels(lab)
    n_c = sum(1 for v in labels.values() if v["label"] == "attack")
    for e in errors[:30]:
        print("ERROR", e, file=sys.stderr)
    print(f"seed {a.seed} days {a.days}: {len(rows)} lines, {ok} valid, {bad_ok} rejected as intended, "
          f"{len(labels)} labelled accounts ({n_c} campaign): {'OK' if not errors else 'FAIL'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
