#!/usr/bin/env python3
"""Validate a heldout5 trace and print per-population statistics.

usage: PYTHONPATH=<worktree root> python check.py EVENTS.jsonl.gz LABELS.json

Schema: every line is parsed with enforcer.contracts.parse_event when it is importable (wire parsing, as the
enforcer would); otherwise the types are re-checked by hand. Also checks: ts non-decreasing, unique event ids,
labels cover exactly the accounts with events and are well-formed; no event precedes its account's creation. Exit status 1 on any failure.
"""
from __future__ import annotations

import gzip
import json
import statistics
import sys
from collections import defaultdict

DAY = 86_400_000
STR_FIELDS = ("model", "endpoint", "prompt", "system_prompt", "org_id", "api_key_id", "ip", "user_agent",
              "device_id", "payment_fingerprint")


def manual_check(e):
    errs = []
    for f in ("event_id", "account_id"):
        v = e.get(f)
        if not isinstance(v, str) or not 1 <= len(v) <= 512:
            errs.append(f)
    for f in ("prompt_tokens", "completion_tokens"):
        v = e.get(f)
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            errs.append(f)
    ts = e.get("ts")
    if not isinstance(ts, int) or isinstance(ts, bool) or not 100_000_000_000 <= ts < 32503680000000:
        errs.append("ts")
    for f in STR_FIELDS:
        if e.get(f) is not None and not isinstance(e[f], str):
            errs.append(f)
    if e.get("status") is not None and (not isinstance(e["status"], int) or isinstance(e["status"], bool)):
        errs.append("status")
    asn = e.get("asn")
    if asn is not None and not (isinstance(asn, int) and not isinstance(asn, bool)) and not (
            isinstance(asn, str) and asn[:2].upper() == "AS" and asn[2:].isdigit()):
        errs.append("asn")
    ca = e.get("account_created_at")
    if ca is not None and (not isinstance(ca, int) or isinstance(ca, bool) or not 100_000_000_000 <= ca < 32503680000000):
        errs.append("account_created_at")
    return errs


def q(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * (len(xs) - 1) + 0.5))]


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        from enforcer.contracts import InvalidEvent, parse_event
    except Exception as exc:  # pragma: no cover
        parse_event = None
        print("note: enforcer.contracts not importable (%s); checking types by hand" % exc, file=sys.stderr)
    with open(argv[2], encoding="utf-8") as f:
        labels = json.load(f)
    bad = 0
    for a, v in labels.items():
        if not isinstance(v, dict) or v.get("label") not in ("attack", "benign") or not isinstance(v.get("population"), str) \
                or not (v.get("campaign") is None or isinstance(v.get("campaign"), str)):
            print("bad label entry for", a, file=sys.stderr)
            bad += 1
        elif (v["label"] == "attack") != (v["campaign"] is not None):
            print("attack/campaign mismatch for", a, file=sys.stderr)
            bad += 1
    ids = set()
    last_ts = -1
    n = 0
    problems = defaultdict(int)
    per_acct = defaultdict(lambda: defaultdict(int))  # account -> day -> count
    first_ts = None
    for line in gzip.open(argv[1], "rt", encoding="utf-8"):
        n += 1
        e = json.loads(line)
        if parse_event is not None:
            try:
                parse_event(line.encode("utf-8"))
            except InvalidEvent as exc:
                problems["schema: " + exc.reason] += 1
        for f in manual_check(e):
            problems["type: " + f] += 1
        if e["event_id"] in ids:
            problems["duplicate event_id"] += 1
        ids.add(e["event_id"])
        if e["ts"] < last_ts:
            problems["ts out of order"] += 1
        last_ts = e["ts"]
        if first_ts is None:
            first_ts = e["ts"]
        if isinstance(e.get("account_created_at"), int) and e["account_created_at"] > e["ts"]:
            problems["event before its account was created"] += 1
        if e["account_id"] not in labels:
            problems["account without label"] += 1
        per_acct[e["account_id"]][(e["ts"] - first_ts) // DAY] += 1
    missing = set(labels) - set(per_acct)
    if missing:
        problems["labelled accounts without events"] = len(missing)
    days = max(1, (last_ts - first_ts) // DAY + 1) if n else 1
    pops = defaultdict(list)
    for a in per_acct:
        v = labels.get(a, {"label": "?", "population": "?"})
        pops[(v["label"], v["population"])].append(a)
    print("%-8s %-22s %7s %8s %8s %7s %7s %7s" % ("label", "population", "accts", "events", "ev%", "med/d", "p90/d", "max/d"))
    tot_a = tot_e = att_a = att_e = 0
    for (lab, pop), accts in sorted(pops.items()):
        ev = sum(sum(per_acct[a].values()) for a in accts)
        # requests per account per day over the days the account was active
        rpd = [c for a in accts for c in per_acct[a].values()]
        tot_a += len(accts)
        tot_e += ev
        if lab == "attack":
            att_a += len(accts)
            att_e += ev
        print("%-8s %-22s %7d %8d %7.1f%% %7.0f %7.0f %7d" % (lab, pop, len(accts), ev, 100 * ev / max(1, n),
                                                           statistics.median(rpd), q(rpd, 0.9), max(rpd)))
    print("total: %d events, %d accounts over %d day(s); attack accounts %d (%.1f%%), attack events %d (%.1f%%)" % (
        n, tot_a, days, att_a, 100 * att_a / max(1, tot_a), att_e, 100 * att_e / max(1, tot_e)))
    if bad:
        problems["bad label entries"] = bad
    if problems:
        print("PROBLEMS:")
        for k, v in sorted(problems.items()):
            print("  %s: %d" % (k, v))
        return 1
    print("OK: schema, ts order, unique event ids, labels")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
