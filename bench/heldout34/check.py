"""Verify a Harbour set: python -m bench.heldout34.check FILE LABELS --seed S

Rebuilds the set in memory and requires byte identity, validates every line against
enforcer.contracts (deliberate malformed lines are expected to fail, anything else failing is an
error), and checks the labels contract (every labelled account has an event, every event's
account is labelled)."""
from __future__ import annotations

import argparse
import gzip
import hashlib
import sys
from collections import Counter

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

from .gen import DEFAULT_PROMPTS, build
from .world import DAY_MS, START_MS


def check(path: str, labels_path: str, seed: int, days: int = 2, prompts: str = DEFAULT_PROMPTS) -> int:
    problems: list[str] = []
    raw, lab_raw = open(path, "rb").read(), open(labels_path, "rb").read()
    data, labels_bytes, meta = build(seed, days, prompts)
    if raw != data:
        problems.append("data file differs from the in-memory rebuild")
    if lab_raw != labels_bytes:
        problems.append("labels file differs from the in-memory rebuild")
    body = gzip.decompress(raw)
    lines = body.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    deliberate: dict[bytes, str] = dict(meta["malformed_lines"])
    kinds: Counter = Counter()
    unexplained: Counter = Counter()
    by_id: dict[str, bytes] = {}
    redeliveries = events = ooo = 0
    max_ts, worst_late = -1, 0
    status: Counter = Counter()
    accounts: Counter = Counter()
    end = START_MS + days * DAY_MS
    for n, line in enumerate(lines, 1):
        try:
            e = parse_event(line)
        except InvalidEvent as exc:
            if line in deliberate:
                kinds[deliberate[line]] += 1
            else:
                unexplained[exc.reason] += 1
            continue
        if line in deliberate:
            problems.append(f"line {n}: deliberate malformed line ({deliberate[line]}) parses as valid")
            continue
        prev = by_id.get(e.event_id)
        if prev is not None:
            if prev != line:
                problems.append(f"line {n}: event_id {e.event_id} reused with different content")
            redeliveries += 1
            continue
        by_id[e.event_id] = line
        events += 1
        accounts[e.account_id] += 1
        status[e.status] += 1
        if e.status is not None and e.status != 200 and e.completion_tokens != 0:
            problems.append(f"line {n}: status {e.status} with completion tokens")
        if not START_MS <= e.ts < end:
            problems.append(f"line {n}: ts outside the window")
        if e.account_created_at is not None and e.account_created_at > e.ts:
            problems.append(f"line {n}: event before its account was created")
        if e.ts < max_ts:
            ooo += 1
            worst_late = max(worst_late, max_ts - e.ts)
        max_ts = max(max_ts, e.ts)
    for reason, c in unexplained.most_common(10):
        problems.append(f"{c} unexplained invalid line(s): {reason}")
    if sum(kinds.values()) != meta["malformed"]:
        problems.append(f"expected {meta['malformed']} deliberate malformed lines, found {sum(kinds.values())}")
    labels = parse_labels(lab_raw)
    missing = [a for a in accounts if a not in labels]
    silent = [a for a in labels if a not in accounts]
    if missing:
        problems.append(f"{len(missing)} accounts with events but no label, e.g. {missing[:3]}")
    if silent:
        problems.append(f"{len(silent)} labelled accounts without any event, e.g. {silent[:3]}")
    for a, v in labels.items():
        if (v["label"] == "attack") != bool(v["campaign"]):
            problems.append(f"account {a}: label {v['label']} but campaign {v['campaign']!r}")
            break
    attack_events = sum(c for a, c in accounts.items() if labels.get(a, {}).get("label") == "attack")
    n5xx = sum(c for s, c in status.items() if s and s >= 500)
    print(f"file {path} md5 {hashlib.md5(raw).hexdigest()}  labels md5 {hashlib.md5(lab_raw).hexdigest()}")
    print(f"accounts {len(labels)}  attack accounts {sum(1 for v in labels.values() if v['label'] == 'attack')}  "
          f"events {events}  attack events {attack_events}  lines {len(lines)}  redeliveries {redeliveries}  "
          f"malformed {sum(kinds.values())}  out-of-order {ooo} (worst {worst_late / 1000:.1f}s)  "
          f"429 {status[429]}  5xx {n5xx}")
    print("malformed kinds: " + ", ".join(f"{k} {c}" for k, c in sorted(kinds.items())))
    for p in problems[:25]:
        print("PROBLEM:", p)
    print("OK" if not problems else f"FAILED ({len(problems)} problems)")
    return 0 if not problems else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("file")
    ap.add_argument("labels")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    a = ap.parse_args(argv)
    return check(a.file, a.labels, a.seed, a.days, a.prompts)


if __name__ == "__main__":
    sys.exit(main())
