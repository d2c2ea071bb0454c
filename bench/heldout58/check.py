"""Validate a heldout58 set (needs enforcer importable: PYTHONPATH=.).

PYTHONPATH=. python -m bench.heldout58.check --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--no-regen]

Checks: every line either parses with enforcer.contracts.parse_event or is counted malformed (0.1-0.6 %);
labels load with enforcer.labels.parse_labels; label set == accounts with a well-formed line; label/population/
campaign consistency; sort order by (published_at, event_id); ts <= published_at; published_at inside the window;
gzip header (mtime 0, no file name); and, unless --no-regen, byte-identical regeneration and the --days 1 prefix
property (regenerated in a subprocess)."""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import parse_labels

W0 = 1760918400000
DAY = 86_400_000


def _ms(text):
    d = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    return int(round(d.timestamp() * 1000))


def scan(events_path, days):
    fails, info = [], {}
    raw = open(events_path, "rb").read()
    if raw[:3] != b"\x1f\x8b\x08" or raw[3] & 0x08 or raw[4:8] != b"\0\0\0\0":
        fails.append("gzip header: expected deflate, no FNAME flag, mtime 0")
    data = gzip.decompress(raw)
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    accts, bad, prev, order_bad, lag_bad, win_bad = set(), 0, None, 0, 0, 0
    cut = W0 + days * DAY
    reasons = {}
    for line in lines:
        try:
            ev = parse_event(line)
        except InvalidEvent as exc:
            bad += 1
            key = exc.reason.split(":")[0][:40]
            reasons[key] = reasons.get(key, 0) + 1
            continue
        accts.add(ev.account_id)
        pub = _ms(json.loads(line)["published_at"])
        k = (pub, ev.event_id)
        if prev is not None and k < prev:
            order_bad += 1
        prev = k
        if ev.ts > pub:
            lag_bad += 1
        if not (W0 <= pub < cut):
            win_bad += 1
    n = len(lines)
    info.update(lines=n, malformed=bad, accounts=len(accts), md5=hashlib.md5(raw).hexdigest(), gz_bytes=len(raw),
                reasons=reasons, data=data)
    if order_bad:
        fails.append(f"{order_bad} lines out of (published_at, event_id) order")
    if lag_bad:
        fails.append(f"{lag_bad} lines with ts after published_at")
    if win_bad:
        fails.append(f"{win_bad} lines published outside the window")
    if n and not (0.001 <= bad / n <= 0.006):
        fails.append(f"malformed share {bad / n:.4%} outside 0.1-0.6 %")
    return accts, info, fails


def check_labels(labels_path, accts):
    fails = []
    doc = parse_labels(open(labels_path, "rb").read())
    raw = json.load(open(labels_path, encoding="utf-8"))
    if set(doc) != accts:
        fails.append(f"label set != accounts in file: {len(set(doc) - accts)} extra, {len(accts - set(doc))} missing")
    for a, v in raw.items():
        lab, pop, camp = v.get("label"), v.get("population", ""), v.get("campaign")
        ok = (lab == "benign" and pop.startswith("b_") and camp is None) or (lab == "campaign" and pop.startswith("c_") and camp)
        if not ok:
            fails.append(f"inconsistent label entry for {a}")
            break
    nb = sum(1 for v in raw.values() if v.get("label") == "benign")
    return doc, nb, fails


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--no-regen", action="store_true")
    a = ap.parse_args(argv)
    accts, info, fails = scan(a.events, a.days)
    doc, nb, f2 = check_labels(a.labels, accts)
    fails += f2
    print(f"seed={a.seed} days={a.days} lines={info['lines']} malformed={info['malformed']} ({info['malformed'] / max(1, info['lines']):.3%}) "
          f"accounts={len(doc)} benign={nb} campaign={len(doc) - nb} gz_bytes={info['gz_bytes']} md5={info['md5']}")
    print("  malformed reasons:", ", ".join(f"{k}={v}" for k, v in sorted(info["reasons"].items(), key=lambda x: -x[1])[:8]))
    if not a.no_regen:
        with tempfile.TemporaryDirectory(prefix="h58chk") as td:
            env = dict(os.environ, PYTHONPATH=os.getcwd())
            for days in sorted({a.days, 1}):
                ev, lb = os.path.join(td, f"d{days}.jsonl.gz"), os.path.join(td, f"d{days}.labels.json")
                subprocess.run([sys.executable, "-m", "bench.heldout58.gen", "--seed", str(a.seed), "--days", str(days),
                                "--events", ev, "--labels", lb], check=True, env=env)
                if days == a.days:
                    same = open(ev, "rb").read() == open(a.events, "rb").read() and open(lb, "rb").read() == open(a.labels, "rb").read()
                    print(f"  regeneration byte-identical: {same}")
                    if not same:
                        fails.append("regeneration is not byte-identical")
                if days == 1 and a.days == 2:
                    pre = gzip.decompress(open(ev, "rb").read())
                    ok = info["data"].startswith(pre) and len(pre) < len(info["data"])
                    nxt = info["data"][len(pre):].split(b"\n", 1)[0]
                    try:
                        ok = ok and _ms(json.loads(nxt)["published_at"]) >= W0 + DAY
                    except Exception:  # a malformed line right at the cut: fine
                        pass
                    acc1, _, _ = scan(ev, 1)
                    lab1 = parse_labels(open(lb, "rb").read())
                    ok = ok and set(lab1) == acc1 and all(doc[k] == v for k, v in lab1.items())
                    n1 = pre.count(b"\n")
                    print(f"  --days 1 is a prefix with consistent labels: {ok} ({n1} lines, {len(lab1)} accounts)")
                    if not ok:
                        fails.append("--days 1 output is not a consistent prefix")
    for f in fails:
        print("FAIL:", f)
    print("OK" if not fails else f"FAILED ({len(fails)})")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
