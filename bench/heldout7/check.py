#!/usr/bin/env python3
"""Validate a heldout7 trace and print per-population statistics.

    PYTHONPATH=/work/wt-h7 check.py EVENTS.jsonl.gz LABELS.json

Checks: every line parses with enforcer.contracts.parse_event, ts is
non-decreasing, event ids are unique, every account with an event has a label
(and no label lacks events), labels are attack/benign, token counts are sane.
Exit status 1 on any failure."""
from __future__ import annotations

import gzip
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.environ.get("ENFORCER_ROOT", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))))

from enforcer.contracts import InvalidEvent, parse_event  # noqa: E402

FIELDS = ("event_id", "ts", "account_id", "prompt_tokens", "completion_tokens", "model", "endpoint", "prompt",
          "system_prompt", "status", "org_id", "api_key_id", "ip", "asn", "user_agent", "device_id",
          "payment_fingerprint", "account_created_at")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    events_path, labels_path = argv[1], argv[2]
    with open(labels_path, "rb") as fh:
        labels = json.load(fh)
    errors: list[str] = []

    def err(msg: str) -> None:
        if len(errors) < 30:
            errors.append(msg)
        else:
            errors.append("...")

    for acc, v in labels.items():
        if not isinstance(v, dict) or v.get("label") not in ("attack", "benign") or not v.get("population"):
            err(f"bad label for {acc}: {v!r}")
        elif v["label"] == "attack" and not v.get("campaign"):
            err(f"attack account {acc} has no campaign")

    seen_ids: set[str] = set()
    last_ts = -1
    n = 0
    t_min = t_max = None
    per_acc_ev: dict[str, int] = defaultdict(int)
    per_acc_days: dict[str, set] = defaultdict(set)
    null_count: dict[str, int] = defaultdict(int)
    pop_tokens: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    status: dict[int, int] = defaultdict(int)
    ipv6 = 0
    with gzip.open(events_path, "rb") as fh:
        for lineno, line in enumerate(fh, 1):
            try:
                ev = parse_event(line)
            except InvalidEvent as exc:
                err(f"line {lineno}: invalid event: {exc.reason}")
                continue
            raw = json.loads(line)
            for f in FIELDS:
                if raw.get(f) is None:
                    null_count[f] += 1
            n += 1
            if ev.ts < last_ts:
                err(f"line {lineno}: ts goes backwards ({ev.ts} < {last_ts})")
            last_ts = ev.ts
            t_min = ev.ts if t_min is None else t_min
            t_max = ev.ts
            if ev.event_id in seen_ids:
                err(f"line {lineno}: duplicate event_id {ev.event_id}")
            seen_ids.add(ev.event_id)
            if ev.account_id not in labels:
                err(f"line {lineno}: account {ev.account_id} has no label")
            if ev.account_created_at is not None and ev.account_created_at > ev.ts:
                err(f"line {lineno}: event before account creation")
            if ev.prompt is not None and ev.prompt_tokens < len(ev.prompt) / 6:
                err(f"line {lineno}: prompt_tokens {ev.prompt_tokens} too small for {len(ev.prompt)} chars")
            if ev.status not in (None, 200) and ev.completion_tokens:
                err(f"line {lineno}: failed request with completion tokens")
            if ev.model and ev.model == "orca-5" and ev.ts < 1778886420000:
                err(f"line {lineno}: orca-5 used before its release")
            if ev.ip and ":" in ev.ip:
                ipv6 += 1
            status[ev.status or 0] += 1
            per_acc_ev[ev.account_id] += 1
            per_acc_days[ev.account_id].add(ev.ts // 86_400_000)
            pop = labels.get(ev.account_id, {}).get("population", "?")
            pop_tokens[pop][0] += ev.prompt_tokens
            pop_tokens[pop][1] += ev.completion_tokens
    for acc in labels:
        if acc not in per_acc_ev:
            err(f"label for {acc} but no events")

    days = max(1, round(((t_max or 0) - (t_min or 0)) / 86_400_000)) if n else 1
    rows: dict[tuple[str, str], list] = {}
    for acc, k in per_acc_ev.items():
        v = labels.get(acc, {"label": "?", "population": "?", "campaign": None})
        key = (v["label"], v["population"])
        r = rows.setdefault(key, [v.get("campaign") or "-", 0, 0, []])
        r[1] += 1
        r[2] += k
        r[3].append(k / max(1, len(per_acc_days[acc])))
    print(f"{n} events, {len(per_acc_ev)} accounts, trace span ~{days} day(s); ipv6 share {ipv6 / max(1, n):.1%}")
    print(f"status: {dict(sorted(status.items()))}")
    print(f"null fields: {dict(sorted(null_count.items())) or 'none'}")
    hdr = f"{'label':7} {'population':24} {'campaign':24} {'accts':>6} {'events':>8} {'ev/acct/day':>11} {'median':>7} {'max':>7} {'ptok/ev':>8} {'ctok/ev':>8}"
    print(hdr)
    print("-" * len(hdr))
    tot = defaultdict(lambda: [0, 0])
    for (lab, pop), (camp, accts, evs, rates) in sorted(rows.items()):
        rates.sort()
        pt, ct = pop_tokens[pop]
        print(f"{lab:7} {pop:24} {camp:24} {accts:6d} {evs:8d} {evs / accts / days:11.1f} {rates[len(rates) // 2]:7.1f} "
              f"{rates[-1]:7.0f} {pt / evs:8.0f} {ct / evs:8.0f}")
        tot[lab][0] += accts
        tot[lab][1] += evs
    for lab, (a, e) in sorted(tot.items()):
        print(f"{lab:7} total: {a} accounts ({a / max(1, len(per_acc_ev)):.1%}), {e} events ({e / max(1, n):.1%})")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
