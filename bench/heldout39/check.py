"""Verify a generated set: rebuild it in memory and compare bytes, then check
every line against the event contract and the labels against the events.

    PYTHONPATH=. python -m bench.heldout39.check --seed 1 --days 2 \
        --events /tmp/sets/an1.jsonl.gz --labels /tmp/sets/an1.labels.json

Exits non-zero on any error. Imports only enforcer.contracts and
enforcer.labels from the project (the code under test stays out of the data).
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import LabelsError, parse_labels

from .output import build


def check(seed: int, days: int, events_path: str, labels_path: str) -> list[str]:
    errors: list[str] = []
    err = errors.append
    ev_bytes, lab_bytes = Path(events_path).read_bytes(), Path(labels_path).read_bytes()
    re_ev, re_lab, manifest = build(seed, days)
    if re_ev != ev_bytes:
        err(f"{events_path}: bytes differ from a rebuild of seed {seed} (not deterministic or stale)")
    if re_lab != lab_bytes:
        err(f"{labels_path}: bytes differ from a rebuild of seed {seed}")
    lines = gzip.decompress(ev_bytes).split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    bad_lines = {m["line"]: m["kind"] for m in manifest["malformed"]}
    dup_lines = {m["line"]: m["event_id"] for m in manifest["redeliveries"]}
    start, end = manifest["window"]
    seen: dict[str, bytes] = {}
    accounts: set[str] = set()
    n_valid = 0
    for no, line in enumerate(lines, 1):
        try:
            e = parse_event(line)
        except InvalidEvent as exc:
            if no not in bad_lines:
                err(f"line {no}: unexpected invalid event ({exc.reason})")
            continue
        if no in bad_lines:
            err(f"line {no}: meant to be malformed ({bad_lines[no]}) but parses")
            continue
        n_valid += 1
        if e.event_id in seen:
            if no not in dup_lines or seen[e.event_id] != line:
                err(f"line {no}: repeated event_id {e.event_id} that is not an exact redelivery")
            continue
        if no in dup_lines:
            err(f"line {no}: listed as a redelivery but its event_id is new")
        seen[e.event_id] = line
        accounts.add(e.account_id)
        if not start <= e.ts < end:
            err(f"line {no}: ts {e.ts} outside the window [{start}, {end})")
        if e.account_created_at is None or e.ts < e.account_created_at:
            err(f"line {no}: ts before account creation (or creation missing)")
        elif manifest["created"].get(e.account_id) != e.account_created_at:
            err(f"line {no}: account_created_at disagrees with the account registry")
    if len(lines) != manifest["lines"]:
        err(f"{len(lines)} lines, manifest says {manifest['lines']}")
    rate = len(bad_lines) / max(1, len(lines))
    if not 0.0002 <= rate <= 0.001:
        err(f"malformed rate {rate:.5f} outside 0.02%..0.1%")
    if not dup_lines or len(dup_lines) > 0.002 * len(lines):
        err(f"{len(dup_lines)} redeliveries: expected a few")
    try:
        labels = parse_labels(lab_bytes)
    except LabelsError as exc:
        return errors + [f"labels do not parse: {exc}"]
    if set(labels) != accounts:
        err(f"labelled accounts != accounts with a valid event: {len(set(labels) - accounts)} extra, "
            f"{len(accounts - set(labels))} missing")
    for a, v in labels.items():
        if (v["label"] == "attack") != bool(v.get("campaign")) or not v.get("population"):
            err(f"label of {a} inconsistent: {v}")
            break
    camp = Counter(v["campaign"] for v in labels.values() if v["campaign"])
    pops = Counter(v["population"] for v in labels.values() if v["label"] == "benign")
    print(f"lines={len(lines)} valid={n_valid} unique_events={len(seen)} malformed={len(bad_lines)} "
          f"redeliveries={len(dup_lines)} accounts={len(labels)} attack_accounts={sum(camp.values())} "
          f"campaigns={len(camp)} benign_populations={len(pops)}")
    if days == 2:  # the scale the brief asks for
        if not 200_000 <= len(seen) <= 300_000:
            err(f"{len(seen)} events, expected 200k-300k")
        if not 6000 <= len(labels) <= 8000:
            err(f"{len(labels)} accounts, expected 6000-8000")
        if not 1200 <= sum(camp.values()) <= 1800:
            err(f"{sum(camp.values())} campaign accounts, expected 1200-1800")
        if len(camp) < 12 or len(pops) < 20:
            err(f"{len(camp)} campaigns / {len(pops)} benign populations: expected >= 12 / >= 20")
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args(argv)
    errors = check(a.seed, a.days, a.events, a.labels)
    for e in errors[:50]:
        print("ERROR", e, file=sys.stderr)
    if len(errors) > 50:
        print(f"ERROR ... and {len(errors) - 50} more", file=sys.stderr)
    print("OK" if not errors else f"FAILED: {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
