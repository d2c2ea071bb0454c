"""Rebuild a seed in memory and verify the written files.

    PYTHONPATH=. python -m bench.heldout38.check --seed 1 --days 2 \
        --events /tmp/sets/am1.jsonl.gz --labels /tmp/sets/am1.labels.json

Checks: byte identity with a fresh in-memory build; every line through
enforcer.contracts.parse_event (the malformed lines, and only they, fail, each of the
expected kind); redeliveries byte-identical to an earlier line and the only repeated
event ids; ts inside the window and not before account_created_at; labels parse with
enforcer.labels.parse_labels; labelled accounts == accounts with a valid event;
attack <=> campaign.
"""
from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter

import orjson

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from .pipeline import build
from .wire import gzip_bytes, labels_bytes


def classify(line: bytes, reason: str) -> str:
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError:
        return "bad_json"
    if "Field required" in reason:
        return "missing_field"
    if reason.startswith("ts"):
        return "bad_timestamp"
    return "wrong_type"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="verify a generated seed")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args(argv)
    errors: list[str] = []
    W, lines, labels, manifest, _ = build(a.seed, a.days)
    blob, lab = open(a.events, "rb").read(), open(a.labels, "rb").read()
    if blob != gzip_bytes(lines):
        errors.append("events file differs from the in-memory rebuild")
    if lab != labels_bytes(labels):
        errors.append("labels file differs from the in-memory rebuild")
    file_lines = gzip.decompress(blob).split(b"\n")
    if file_lines[-1] != b"":
        errors.append("file does not end with a newline")
    file_lines = file_lines[:-1]

    expected = {i: k for k, idx in manifest["malformed"].items() for i in idx}
    failed: Counter = Counter()
    seen: dict[str, bytes] = {}
    redelivered = 0
    acct_events: Counter = Counter()
    for i, line in enumerate(file_lines):
        try:
            ev = parse_event(line)
        except InvalidEvent as exc:
            kind = classify(line, exc.reason)
            failed[kind] += 1
            if expected.get(i) != kind:
                errors.append(f"line {i + 1}: unexpected failure ({kind}): {exc.reason}")
            continue
        if i in expected:
            errors.append(f"line {i + 1}: expected {expected[i]} but it parsed")
            continue
        if ev.event_id in seen:
            if seen[ev.event_id] != line:
                errors.append(f"line {i + 1}: event id repeated with different bytes")
            redelivered += 1
            continue
        seen[ev.event_id] = line
        if not W.start <= ev.ts < W.end:
            errors.append(f"line {i + 1}: ts outside the window")
        if ev.account_created_at is not None and ev.ts < ev.account_created_at:
            errors.append(f"line {i + 1}: ts before account_created_at")
        acct_events[ev.account_id] += 1
    if redelivered != len(manifest["duplicates"]):
        errors.append(f"{redelivered} redeliveries found, manifest says {len(manifest['duplicates'])}")
    if dict(failed) != {k: v for k, v in manifest["malformed_counts"].items() if v}:
        errors.append(f"malformed counts {dict(failed)} != {manifest['malformed_counts']}")

    parsed = parse_labels(lab)
    if set(parsed) != set(acct_events):
        errors.append(f"labelled accounts ({len(parsed)}) != accounts with events ({len(acct_events)})")
    for aid, v in parsed.items():
        if (v["label"] == "attack") != bool(v.get("campaign")):
            errors.append(f"{aid}: attack/campaign mismatch")
    n_attack = sum(1 for v in parsed.values() if v["label"] == "attack")
    camp_ev = sum(n for aid, n in acct_events.items() if parsed.get(aid, {}).get("label") == "attack")
    print(f"seed={a.seed} lines={len(file_lines)} events={sum(acct_events.values())} campaign_events={camp_ev} "
          f"accounts={len(parsed)} attack_accounts={n_attack} redelivered={redelivered} malformed={dict(failed)}")
    for e in errors[:30]:
        print("ERROR", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
