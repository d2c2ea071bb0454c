"""heldout57 checker: regenerate, compare byte for byte, and validate with enforcer's own parsers.

    PYTHONPATH=. python -m bench.heldout57.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json

Exit 0 when everything matches, 1 otherwise. Prints counts only (never prompt text).
"""
from __future__ import annotations

import argparse
import calendar
import gzip
import json
import sys
import time

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from . import world as W
from .gen import build, events_gz, labels_bytes, select
from .text import PROMPTS_DIR


def _pub_ms(s) -> int | None:
    # strict: YYYY-MM-DDTHH:MM:SS.mmmZ
    if not isinstance(s, str) or len(s) != 24 or s[10] != "T" or s[19] != "." or s[23] != "Z":
        return None
    try:
        secs = calendar.timegm(time.strptime(s[:19], "%Y-%m-%dT%H:%M:%S"))
        return secs * 1000 + int(s[20:23])
    except ValueError:
        return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout57.check")
    ap.add_argument("--seed", required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts-dir", default=PROMPTS_DIR)
    args = ap.parse_args(argv)
    fails: list[str] = []

    def fail(msg: str) -> None:
        fails.append(msg)
        print("FAIL: " + msg)

    t0 = time.time()
    ctx = build(args.seed, args.prompts_dir)
    evs, labels = select(ctx, args.days)
    exp_gz = events_gz(evs)
    exp_lab = labels_bytes(labels)
    with open(args.events, "rb") as f:
        got_gz = f.read()
    with open(args.labels, "rb") as f:
        got_lab = f.read()

    # 1. byte-for-byte regeneration
    if got_gz != exp_gz:
        fail("events file differs from regeneration (%d vs %d bytes)" % (len(got_gz), len(exp_gz)))
    else:
        print("ok: events byte-identical to regeneration (%d bytes)" % len(got_gz))
    if got_lab != exp_lab:
        fail("labels file differs from regeneration")
    else:
        print("ok: labels byte-identical to regeneration")

    # 2. gzip header: magic, deflate, no flags (no file name), mtime 0
    h = got_gz[:10]
    if len(h) < 10 or h[0:2] != b"\x1f\x8b" or h[2] != 8 or h[3] != 0 or h[4:8] != b"\x00\x00\x00\x00":
        fail("gzip header not canonical: %s" % h.hex())
    else:
        print("ok: gzip header %s (no FNAME, mtime 0)" % h.hex())

    # 3. every line through enforcer's parser
    raw = gzip.decompress(got_gz)
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if len(lines) != len(evs):
        fail("line count %d != expected %d" % (len(lines), len(evs)))
    intended = {i for i, e in enumerate(evs) if e[3] is not None}
    rejected = set()
    accounts: dict[str, None] = {}
    eids: set[str] = set()
    dup = 0
    last_pub = -1
    back = 0
    late_ts = 0
    bad_pub = 0
    for i, line in enumerate(lines):
        try:
            ev = parse_event(line)
        except InvalidEvent:
            rejected.add(i)
            continue
        accounts[ev.account_id] = None
        if ev.event_id in eids:
            dup += 1
        eids.add(ev.event_id)
        pub = _pub_ms(json.loads(line).get("published_at"))
        if pub is None:
            bad_pub += 1
            continue
        if pub < last_pub:
            back += 1
        last_pub = pub
        if ev.ts > pub:
            late_ts += 1
    if rejected != intended:
        fail("rejected lines differ from intended malformed lines: %d rejected, %d intended, %d unexpected, %d missed"
             % (len(rejected), len(intended), len(rejected - intended), len(intended - rejected)))
    else:
        print("ok: %d lines parsed; %d rejected = exactly the %d intended malformed lines (%.3f%%)"
              % (len(lines), len(rejected), len(intended), 100.0 * len(intended) / max(1, len(lines))))
    if bad_pub:
        fail("%d well-formed lines without a valid published_at" % bad_pub)
    if back:
        fail("published_at goes backwards %d times" % back)
    else:
        print("ok: published_at never goes backwards")
    if late_ts:
        fail("%d events with ts > published_at" % late_ts)
    else:
        print("ok: ts <= published_at on every well-formed line")
    if dup:
        fail("%d duplicate event_id among well-formed lines" % dup)
    else:
        print("ok: event_id unique")

    # 4. labels: enforcer's loader, exact coverage
    try:
        parsed = parse_labels(got_lab)
    except Exception as exc:  # noqa: BLE001
        fail("labels do not load with enforcer.labels.parse_labels: %s" % type(exc).__name__)
        parsed = {}
    if parsed:
        if list(sorted(parsed)) != sorted(accounts):
            fail("label coverage: %d labelled, %d accounts with a well-formed line, %d missing, %d extra"
                 % (len(parsed), len(accounts), len(set(accounts) - set(parsed)), len(set(parsed) - set(accounts))))
        else:
            print("ok: labels cover exactly the %d accounts with a well-formed line" % len(parsed))
        wrong = 0
        for aid, v in parsed.items():
            exp = "attack" if v["population"].startswith("c_") else "benign"
            if v["label"] != exp or (exp == "attack") != bool(v.get("campaign")):
                wrong += 1
        if wrong:
            fail("%d labels inconsistent with their population" % wrong)
        n_att = sum(1 for v in parsed.values() if v["label"] == "attack")
        print("   labels: %d benign, %d campaign" % (len(parsed) - n_att, n_att))

    # 5. --days 1 is a prefix of the 2-day world
    if args.days == 1:
        evs2, labels2 = select(ctx, 2)
        # walk the 2-day lines over the day-1 bytes without materialising the 2-day file
        off, ok_prefix = 0, len(evs2) >= len(lines)
        for e in evs2:
            if off >= len(raw) or not ok_prefix:
                break
            b = (e[2] + "\n").encode("utf-8")
            if raw[off:off + len(b)] != b:
                ok_prefix = False
            off += len(b)
        if not ok_prefix or off != len(raw):
            fail("day-1 events are not a prefix of the 2-day events")
        else:
            print("ok: day-1 events are a prefix of the 2-day events (%d of %d lines)" % (len(evs), len(evs2)))
        if any(labels2.get(k) != v for k, v in labels.items()):
            fail("day-1 labels disagree with the 2-day labels")
        else:
            print("ok: day-1 labels are a subset of the 2-day labels")
        if any(e[0] >= W.W0 + W.DAY_MS for e in evs):
            fail("day-1 output has events published after day 1")

    print("%s in %.1f s" % ("FAILED (%d)" % len(fails) if fails else "ALL CHECKS PASSED", time.time() - t0))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
