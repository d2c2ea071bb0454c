"""Check a generated heldout43 set against a fresh in-memory regeneration and the wire contract.

    PYTHONPATH=. python -m bench.heldout43.check --seed 1 --days 2 --events OUT.jsonl.gz --labels OUT.labels.json

Exit 0 when every check passes, 1 otherwise (each failure is printed).
"""
from __future__ import annotations

import argparse
import gzip
import sys

import orjson

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import LabelsError, parse_labels

from .gen import build
from .wire import MALFORMED, ORIGINAL, REDELIVERY, gzip_bytes, labels_bytes

REDELIVERY_MAX_GAP = 200   # lines between an original and its copy


def check(seed: int, days: int, events_path: str, labels_path: str) -> list[str]:
    errors: list[str] = []

    def err(msg: str) -> None:
        if len(errors) < 50:
            errors.append(msg)

    lines, kinds, labels, _ = build(seed, days)
    with open(events_path, "rb") as fh:
        gz = fh.read()
    with open(labels_path, "rb") as fh:
        lab = fh.read()
    if gz != gzip_bytes(lines):
        err("events file differs from the regeneration (gzip bytes)")
    file_lines = gzip.decompress(gz).split(b"\n")
    if file_lines and file_lines[-1] == b"":
        file_lines.pop()
    if file_lines != lines:
        err(f"events content differs from the regeneration ({len(file_lines)} vs {len(lines)} lines)")
    if lab != labels_bytes(labels):
        err("labels file differs from the regeneration")

    # -- every line against the contract, independently of the generator's bookkeeping
    seen: dict[str, tuple[int, bytes]] = {}
    last_ts = -1
    accounts: dict[str, None] = {}
    n_orig = n_bad = n_redo = 0
    for i, line in enumerate(file_lines):
        kind = kinds[i] if i < len(kinds) else "?"
        try:
            ev = parse_event(line)
        except InvalidEvent:
            n_bad += 1
            if kind != MALFORMED:
                err(f"line {i + 1}: rejected by parse_event but not generated as malformed")
            continue
        if kind == MALFORMED:
            err(f"line {i + 1}: generated as malformed but parse_event accepts it")
            continue
        prev = seen.get(ev.event_id)
        if prev is not None:
            n_redo += 1
            if prev[1] != line:
                err(f"line {i + 1}: event id {ev.event_id} repeats with different bytes")
            elif i - prev[0] > REDELIVERY_MAX_GAP:
                err(f"line {i + 1}: redelivery {i - prev[0]} lines after its original")
            if kind != REDELIVERY:
                err(f"line {i + 1}: duplicate event id on a line not generated as a redelivery")
            continue
        if kind == REDELIVERY:
            err(f"line {i + 1}: generated as a redelivery but no earlier line has its event id")
        n_orig += 1
        seen[ev.event_id] = (i, line)
        if ev.ts < last_ts:
            err(f"line {i + 1}: original out of event-time order")
        last_ts = max(last_ts, ev.ts)
        accounts[ev.account_id] = None
        if ev.prompt_tokens < 0 or ev.completion_tokens < 0:
            err(f"line {i + 1}: negative tokens")
    if n_orig != sum(k == ORIGINAL for k in kinds):
        err("original count differs from the generator's")

    # -- labels
    try:
        parsed = parse_labels(lab)
    except LabelsError as exc:
        err(f"labels: {exc}")
        parsed = {}
    if parsed:
        missing = [a for a in accounts if a not in parsed]
        extra = [a for a in parsed if a not in accounts]
        if missing:
            err(f"labels: {len(missing)} accounts with valid events are unlabelled, e.g. {missing[0]}")
        if extra:
            err(f"labels: {len(extra)} labelled accounts have no valid event, e.g. {extra[0]}")
        raw = orjson.loads(lab)
        for a, v in raw.items():
            if not v.get("population"):
                err(f"labels: {a} has no population")
            if (v.get("label") == "attack") != bool(v.get("campaign")):
                err(f"labels: {a} campaign id must be set exactly for attack accounts")
    print(f"seed {seed}: {len(file_lines)} lines, {n_orig} originals, {n_bad} rejected, {n_redo} redeliveries, "
          f"{len(accounts)} accounts with valid events, {len(parsed)} labelled", file=sys.stderr)
    return errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    args = ap.parse_args(argv)
    errors = check(args.seed, args.days, args.events, args.labels)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors shown)")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
