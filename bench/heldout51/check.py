"""python -m bench.heldout51.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json

Regenerates the set in memory and compares bytes (gzip and content) and labels; validates every well-formed line
with enforcer.contracts.parse_event and checks that every intentionally malformed line is rejected; checks the
labels load with enforcer.labels.parse_labels and cover exactly the accounts with a well-formed line; checks the
launch (no request to the new model before it) and bounded out-of-order arrival. Exit 1 on any mismatch.
"""
from __future__ import annotations

import gzip
import sys

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from . import world as W
from .gen import generate, parser


def main(argv: list[str] | None = None) -> int:
    args = parser("python -m bench.heldout51.check").parse_args(argv)
    problems: list[str] = []
    out = generate(args.seed, args.days)
    with open(args.events, "rb") as f:
        ev_bytes = f.read()
    with open(args.labels, "rb") as f:
        lab_bytes = f.read()
    if ev_bytes != out["events"]:
        same_text = gzip.decompress(ev_bytes) == gzip.decompress(out["events"])
        problems.append("events file differs from regeneration" + (" (gzip framing only)" if same_text else " (content)"))
    if ev_bytes[3] & 0x08:
        problems.append("gzip header carries a file name")
    if ev_bytes[4:8] != b"\0\0\0\0":
        problems.append("gzip mtime is not 0")
    if lab_bytes != out["labels"]:
        problems.append("labels file differs from regeneration")

    lines = gzip.decompress(ev_bytes).decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    meta = out["meta"]
    if len(lines) != len(meta):
        problems.append(f"line count {len(lines)} != expected {len(meta)}")
    good_accounts: set[str] = set()
    max_ts, worst_back, bad_ok, good_bad = 0, 0, 0, 0
    cut = W.DAY0 + args.days * W.DAY
    for i, (line, m) in enumerate(zip(lines, meta)):
        try:
            e = parse_event(line)
        except InvalidEvent:
            if m is not None:
                good_bad += 1
                if good_bad <= 5:
                    problems.append(f"line {i + 1}: well-formed line rejected by parse_event")
            continue
        if m is None:
            bad_ok += 1
            if bad_ok <= 5:
                problems.append(f"line {i + 1}: intentionally malformed line accepted by parse_event")
            continue
        if (e.account_id != m[0] or e.event_id != m[1]) and len(problems) < 50:
            problems.append(f"line {i + 1}: account/event id mismatch")
        good_accounts.add(e.account_id)
        if e.model == W.M_NEW and e.ts < W.LAUNCH and len(problems) < 50:
            problems.append(f"line {i + 1}: {W.M_NEW} requested before the launch")
        if not (W.DAY0 <= e.ts < cut) and len(problems) < 50:
            problems.append(f"line {i + 1}: ts outside the window")
        worst_back = max(worst_back, max_ts - e.ts)
        max_ts = max(max_ts, e.ts)
    if worst_back > 145_000:   # delivery lag <= 95 s, redelivery <= 45 s later, epoch-seconds rounding
        problems.append(f"out-of-order arrival up to {worst_back} ms (> 145 s)")

    labels = parse_labels(lab_bytes)
    if set(labels) != good_accounts:
        problems.append(f"labelled accounts {len(labels)} != accounts with a well-formed line {len(good_accounts)}")
    kinds = {v["label"] for v in labels.values()}
    if not kinds <= {"attack", "benign"}:
        problems.append(f"unexpected label kinds {kinds}")
    share = sum(v["label"] == "attack" for v in labels.values()) / max(1, len(labels))
    n_bad = sum(m is None for m in meta)
    print(f"seed {args.seed} days {args.days}: {len(lines)} lines, {n_bad} malformed ({100 * n_bad / max(1, len(lines)):.2f}%), "
          f"{len(labels)} labelled accounts, campaign share {100 * share:.1f}%, max out-of-order {worst_back / 1000:.1f}s")
    for p in problems:
        print("MISMATCH:", p)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
