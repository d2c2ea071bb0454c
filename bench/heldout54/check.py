"""Regenerate a seed and verify the written files byte for byte, plus parse, labels, window and lag checks.

python -m bench.heldout54.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json   (exit 1 on any failure)
"""
from __future__ import annotations

import gzip
import sys

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from . import world as W
from .gen import args, build, encode

LAG_MS = 10 * 60 * 1000


def main(argv=None) -> int:
    a = args(argv)
    fails: list[str] = []
    lines, bad, labels, _pops = build(a.seed, a.days)
    ev, lab = encode(lines, labels)
    got_ev = open(a.events, "rb").read()
    got_lab = open(a.labels, "rb").read()
    if got_ev != ev:
        fails.append("events file differs from regeneration (%d vs %d bytes)" % (len(got_ev), len(ev)))
    if got_lab != lab:
        fails.append("labels file differs from regeneration")
    if got_ev[:4] != b"\x1f\x8b\x08\x00" or got_ev[4:8] != b"\x00\x00\x00\x00":
        fails.append("gzip header: need deflate, no FNAME/flags, mtime 0")
    file_lines = gzip.decompress(got_ev).split(b"\n")
    if file_lines and file_lines[-1] == b"":
        file_lines.pop()
    if len(file_lines) != len(lines):
        fails.append("line count %d != regenerated %d" % (len(file_lines), len(lines)))
    end = W.W0 + a.days * W.DAY
    accounts: set[str] = set()
    max_ts = 0
    n_ok = n_bad = 0
    for i, (raw, is_bad) in enumerate(zip(file_lines, bad)):
        try:
            e = parse_event(raw)
        except InvalidEvent:
            if not is_bad:
                fails.append("line %d: well-formed line rejected" % (i + 1))
            n_bad += 1
            continue
        if is_bad:
            fails.append("line %d: intended-malformed line was accepted" % (i + 1))
            continue
        n_ok += 1
        accounts.add(e.account_id)
        if not W.W0 <= e.ts < end:
            fails.append("line %d: ts outside the window" % (i + 1))
        if max_ts - e.ts > LAG_MS:
            fails.append("line %d: event time lags the stream by more than 10 minutes" % (i + 1))
        max_ts = max(max_ts, e.ts)
        if len(fails) > 20:
            break
    try:
        parsed = parse_labels(got_lab)
    except Exception as exc:  # noqa: BLE001 - report any loader failure
        parsed = {}
        fails.append("labels do not load: %s" % exc)
    if set(parsed) != accounts:
        fails.append("label coverage: %d labelled vs %d accounts with well-formed lines" % (len(parsed), len(accounts)))
    for f in fails[:20]:
        print("FAIL", f)
    print("%s: %d lines (%d well-formed, %d malformed), %d labelled accounts" % (
        "OK" if not fails else "MISMATCH", len(file_lines), n_ok, n_bad, len(parsed)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
