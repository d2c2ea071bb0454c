"""python -m bench.heldout53.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json

Regenerates the set and checks the files byte for byte, then validates every line with
enforcer.contracts.parse_event and the labels with enforcer.labels.parse_labels. Exit 1 on any mismatch."""
from __future__ import annotations

import gzip
import sys

from bench.heldout53.engine import DAY, LAUNCH, START
from bench.heldout53.gen import parse_args
from bench.heldout53.world import render

MAX_LAG = 10 * 60_000


def main(argv=None) -> int:
    from enforcer.contracts import InvalidEvent, parse_event
    from enforcer.labels import parse_labels

    args = parse_args(argv, prog="check")
    problems: list[str] = []
    gz, lab, flags, _ = render(args.seed, args.days)
    with open(args.events, "rb") as fh:
        got_gz = fh.read()
    with open(args.labels, "rb") as fh:
        got_lab = fh.read()
    if got_gz != gz:
        problems.append("events file differs from regeneration")
    if got_lab != lab:
        problems.append("labels file differs from regeneration")
    if got_gz[3] & 0x08 or got_gz[4:8] != b"\0\0\0\0":
        problems.append("gzip header has a file name or a non-zero mtime")
    lines = gzip.decompress(got_gz).split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if len(lines) != len(flags):
        problems.append(f"line count {len(lines)} != expected {len(flags)}")
    accounts, max_ts, bad_lines = set(), None, 0
    end = START + args.days * DAY
    for n, (raw, malformed) in enumerate(zip(lines, flags), 1):
        try:
            ev = parse_event(raw)
        except InvalidEvent:
            if not malformed:
                problems.append(f"line {n}: well-formed line rejected")
            bad_lines += 1
            continue
        if malformed:
            problems.append(f"line {n}: intended-malformed line accepted")
            continue
        accounts.add(ev.account_id)
        if not START <= ev.ts < end:
            problems.append(f"line {n}: ts outside window")
        if ev.model == "long-r2" and ev.ts < LAUNCH:
            problems.append(f"line {n}: long-r2 before launch")
        if max_ts is not None and ev.ts < max_ts - MAX_LAG:
            problems.append(f"line {n}: out of order by more than 10 minutes")
        max_ts = ev.ts if max_ts is None else max(max_ts, ev.ts)
    try:
        labels = parse_labels(got_lab)
    except Exception as exc:  # LabelsError or decode error
        problems.append(f"labels do not parse: {type(exc).__name__}")
        labels = {}
    if set(labels) != accounts:
        problems.append(f"labels cover {len(labels)} accounts, well-formed lines have {len(accounts)}")
    for p in problems[:30]:
        print("FAIL", p)
    if problems:
        print(f"FAIL {len(problems)} problem(s)")
        return 1
    print(f"OK seed={args.seed} days={args.days} lines={len(lines)} malformed={bad_lines} accounts={len(accounts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
