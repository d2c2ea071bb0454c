"""python -m bench.heldout52.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json

Regenerates the set and compares bytes; parses every line with enforcer.contracts.parse_event
(well-formed must parse, malformed must be rejected); checks labels, launch gating, the time
window and bounded out-of-order delivery. Exit 1 on any mismatch."""
from __future__ import annotations

import gzip
import sys

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import LabelsError, parse_labels

from . import wire
from .gen import args, produce
from .world import DAY, LAUNCH, NEW, T0

MAX_DISORDER_MS = 10 * 60_000


def main(argv=None) -> int:
    a = args(argv, "Check a heldout52 traffic set against a regeneration.")
    errors: list[str] = []
    _pops, lines, flags, labels = produce(a.seed, a.days)
    raw = open(a.events, "rb").read()
    if raw != wire.gz(lines):
        errors.append("compressed events differ from regeneration")
    try:
        content = gzip.decompress(raw)
    except OSError as exc:
        print(f"FAIL: events not gzip: {exc}")
        return 1
    if raw[3] & 0x08 or raw[4:8] != b"\0\0\0\0":
        errors.append("gzip header carries a file name or a non-zero mtime")
    file_lines = content.split(b"\n")
    if file_lines and file_lines[-1] == b"":
        file_lines.pop()
    if file_lines != lines:
        errors.append(f"decompressed lines differ from regeneration ({len(file_lines)} vs {len(lines)})")
    lab_raw = open(a.labels, "rb").read()
    if lab_raw != wire.labels_bytes(labels):
        errors.append("labels file differs from regeneration")
    try:
        file_labels = parse_labels(lab_raw)
    except LabelsError as exc:
        errors.append(f"labels do not load: {exc}")
        file_labels = {}
    end = T0 + a.days * DAY
    seen_acct, max_ts, n_bad, n_ok = set(), 0, 0, 0
    for i, line in enumerate(file_lines):
        bad = flags[i] if i < len(flags) else None
        try:
            ev = parse_event(line)
        except InvalidEvent:
            n_bad += 1
            if bad is False:
                errors.append(f"line {i + 1}: well-formed line rejected")
            continue
        n_ok += 1
        if bad:
            errors.append(f"line {i + 1}: malformed line accepted")
        seen_acct.add(ev.account_id)
        if not T0 <= ev.ts < end:
            errors.append(f"line {i + 1}: ts outside the window")
        if ev.model == NEW and ev.ts < LAUNCH:
            errors.append(f"line {i + 1}: {NEW} before launch")
        if ev.ts < max_ts - MAX_DISORDER_MS:
            errors.append(f"line {i + 1}: ts {max_ts - ev.ts} ms behind the stream")
        max_ts = max(max_ts, ev.ts)
    if seen_acct != set(file_labels):
        errors.append(f"labels cover {len(file_labels)} accounts, well-formed lines name {len(seen_acct)} "
                      f"({len(seen_acct - set(file_labels))} unlabelled, {len(set(file_labels) - seen_acct)} extra)")
    for acct, v in file_labels.items():
        if (v["label"] == "attack") != str(v["population"]).startswith("c_"):
            errors.append(f"{acct}: label and population disagree")
            break
    for e in errors[:20]:
        print("FAIL:", e)
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    print(f"OK seed={a.seed} days={a.days}: {len(file_lines)} lines ({n_ok} parsed, {n_bad} rejected as intended), "
          f"{len(file_labels)} labelled accounts, "
          f"{sum(1 for v in file_labels.values() if v['label'] == 'attack')} campaign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
