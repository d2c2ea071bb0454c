"""python -m bench.heldout49.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json

Regenerates the set in memory and compares it with the files: gzip header
(no name, mtime 0), every line, labels byte for byte; every well-formed line
must parse with enforcer.contracts.parse_event and every intentionally
malformed line must be rejected; labels must load with enforcer.labels.
Exit 0 if all holds, 1 otherwise."""
from __future__ import annotations

import argparse
import gzip
import struct
import sys

from .gen import build
from .wire import labels_bytes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.heldout49.check")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args(argv)
    from enforcer.contracts import InvalidEvent, parse_event
    from enforcer.labels import parse_labels

    errors = []
    lines, bad, labels, _ctx = build(a.seed, a.days)
    raw = open(a.events, "rb").read()
    if len(raw) < 10 or raw[:3] != b"\x1f\x8b\x08":
        errors.append("not a gzip (deflate) file")
    else:
        flags, mtime = raw[3], struct.unpack("<I", raw[4:8])[0]
        if flags & 0x08:
            errors.append("gzip header carries a file name")
        if mtime != 0:
            errors.append(f"gzip header mtime {mtime} != 0")
    got = gzip.decompress(raw).decode("utf-8").split("\n")
    if got and got[-1] == "":
        got.pop()
    if len(got) != len(lines):
        errors.append(f"line count {len(got)} != regenerated {len(lines)}")
    for i, (x, y) in enumerate(zip(got, lines)):
        if x != y:
            errors.append(f"line {i + 1} differs from regeneration")
            break
    lab = open(a.labels, "rb").read()
    if lab != labels_bytes(labels):
        errors.append("labels differ from regeneration")
    parsed = parse_labels(lab)
    if len(parsed) != len(labels):
        errors.append("enforcer.labels.parse_labels lost accounts")
    ok_bad = ok_good = 0
    prev = last = None
    inversions = 0
    for i, (line, is_bad) in enumerate(zip(lines, bad)):
        try:
            ev = parse_event(line)
        except InvalidEvent as exc:
            if is_bad:
                ok_bad += 1
            else:
                errors.append(f"line {i + 1}: well-formed line rejected: {exc.reason}")
            continue
        if is_bad:
            errors.append(f"line {i + 1}: intentionally malformed line was accepted")
            continue
        ok_good += 1
        if ev.account_id not in labels:
            errors.append(f"line {i + 1}: account without a label")
        if prev is not None and ev.ts < prev - 15_000:
            errors.append(f"line {i + 1}: ts goes back more than 15 s")
        inversions += last is not None and ev.ts < last
        prev = ev.ts if prev is None else max(prev, ev.ts)
        last = ev.ts
    for e in errors[:20]:
        print("FAIL:", e)
    print(f"seed {a.seed} days {a.days}: {len(lines)} lines, {ok_good} well-formed parsed, {ok_bad}/{sum(bad)} malformed "
          f"rejected, {inversions} adjacent ts inversions, {len(labels)} labelled accounts -> {'OK' if not errors else 'MISMATCH'}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
