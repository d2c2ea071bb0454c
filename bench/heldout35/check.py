"""Verify a generated set: byte identity with a fresh in-memory rebuild, every line
through enforcer.contracts.parse_event (only the deliberate malformed lines may fail),
the labels contract, timestamps, ids and order.

    PYTHONPATH=. python -m bench.heldout35.check --seed 1 --days 2 \
        --out /tmp/sets/aj1.jsonl.gz --labels /tmp/sets/aj1.labels.json
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from bench.heldout35.gen import DEFAULT_PROMPTS, build
from bench.heldout35.world import START, window_end

ORDER_SLACK_MS = 10 * 60_000  # arrival order vs event time: ingest lag and redeliveries


def check(seed: int, days: int, out: str, labels_path: str, prompts: str) -> list[str]:
    errors: list[str] = []
    gz, lab, meta = build(seed, days, prompts)
    if Path(out).read_bytes() != gz:
        errors.append(f"{out}: not byte-identical to a rebuild with seed {seed}")
    if Path(labels_path).read_bytes() != lab:
        errors.append(f"{labels_path}: not byte-identical to a rebuild with seed {seed}")
    labels = parse_labels(Path(labels_path).read_bytes())
    raw = gzip.decompress(Path(out).read_bytes())
    end = window_end(days)
    failed: Counter = Counter()
    seen_ids: dict[str, bytes] = {}
    per_acct: Counter = Counter()
    dups = 0
    last_ts = 0
    n_lines = 0
    for n, line in enumerate(raw.split(b"\n")[:-1], 1):
        n_lines += 1
        kind = meta["bad_lines"].get(line)
        try:
            ev = parse_event(line)
        except InvalidEvent as exc:
            if kind is None:
                errors.append(f"line {n}: unexpected parse failure: {exc.reason}")
            failed[kind] += 1
            continue
        if kind is not None:
            errors.append(f"line {n}: a deliberately malformed line ({kind}) parsed")
            continue
        if ev.event_id in seen_ids:
            if seen_ids[ev.event_id] != line:
                errors.append(f"line {n}: event_id {ev.event_id} reused by a different record")
            dups += 1
            continue
        seen_ids[ev.event_id] = line
        per_acct[ev.account_id] += 1
        if not START <= ev.ts < end:
            errors.append(f"line {n}: ts outside the window")
        if ev.account_created_at is not None and ev.ts < ev.account_created_at:
            errors.append(f"line {n}: ts before the account was created")
        if ev.ts < last_ts - ORDER_SLACK_MS:
            errors.append(f"line {n}: out of arrival order by more than {ORDER_SLACK_MS} ms")
        last_ts = max(last_ts, ev.ts)
        if ev.account_id not in labels:
            errors.append(f"line {n}: account {ev.account_id} has no label")
    if set(labels) != set(per_acct):
        errors.append(f"labels cover {len(labels)} accounts, events {len(per_acct)}")
    for acct, v in labels.items():
        if (v["label"] == "attack") != bool(v["campaign"]):
            errors.append(f"label of {acct}: attack accounts need a campaign, benign ones none")
    expected = meta["malformed"]
    if dict(sorted(failed.items())) != expected:
        errors.append(f"malformed by kind {dict(failed)} != expected {expected}")
    if dups != meta["duplicates"]:
        errors.append(f"{dups} redelivered duplicates, expected {meta['duplicates']}")
    ev_by = Counter()
    ac_by = Counter()
    for acct, n in per_acct.items():
        ev_by[labels[acct]["label"]] += n
        ac_by[labels[acct]["label"]] += 1
    camps = sorted({v["campaign"] for v in labels.values() if v["campaign"]})
    pops = sorted({v["population"] for v in labels.values() if v["label"] == "benign"})
    print(f"{out}: {n_lines} lines, {sum(per_acct.values())} valid events "
          f"(benign {ev_by['benign']}, attack {ev_by['attack']}); accounts benign {ac_by['benign']}, "
          f"attack {ac_by['attack']} ({ac_by['attack'] / max(1, len(per_acct)):.1%}); "
          f"{len(pops)} benign populations, {len(camps)} campaigns; malformed {dict(sorted(failed.items()))}; "
          f"duplicates {dups}")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    args = ap.parse_args(argv)
    errors = check(args.seed, args.days, args.out, args.labels, args.prompts)
    for e in errors[:50]:
        print("ERROR", e, file=sys.stderr)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
