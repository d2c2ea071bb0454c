"""heldout55 generator: python -m bench.heldout55.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import time
from datetime import datetime, timezone

from .engine import events_for, hx, make_accounts
from .pops_benign import BENIGN
from .pops_campaign import CAMPAIGNS
from .world import DAY, MIN, START

MAX_LAG = 10 * MIN


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def _lag(rng) -> int:
    r = rng.random()
    if r < 0.9:
        return int(rng.expovariate(1 / 350)) + 5
    if r < 0.99:
        return rng.randrange(1_000, 30_000)
    return rng.randrange(60_000, MAX_LAG - 1_000)  # a gateway node flushing a stuck buffer


def _corrupt(rng, ev: dict) -> str:
    e = dict(ev)
    e["event_id"] = "ev_" + hx(ev["event_id"], "bad", n=20)
    kind = rng.randrange(8)
    if kind == 0:
        s = json.dumps(e, ensure_ascii=False, separators=(",", ":"))
        return s[: max(10, len(s) // 2)]
    if kind == 1:
        e["account_id"] = ""
    elif kind == 2:
        e["prompt_tokens"] = -rng.randrange(1, 500)
    elif kind == 3:
        e["ts"] = rng.choice(["not-a-time", "2026-03-05 25:61:00", "yesterday"])
    elif kind == 4:
        del e["event_id"]
    elif kind == 5:
        e["completion_tokens"] = "n/a"
    elif kind == 6:
        e["ts"] = None
    else:
        return "upstream_error status=502 body=<html>Bad Gateway</html>"
    return json.dumps(e, ensure_ascii=False, separators=(",", ":"))


def build(seed: int, days: int):
    """Returns (lines, malformed_flags, labels, stats). Always simulates both days, then cuts the prefix."""
    shared = {"seed": seed}
    pops, evs = {}, []
    for spec in BENIGN + CAMPAIGNS:
        accts = make_accounts(seed, spec)
        pops[spec["name"]] = (spec, accts)
        evs.extend(events_for(seed, spec, accts, shared))
    rng = random.Random(f"{seed}:wire")
    end = START + 2 * DAY
    rows = []
    for ev in evs:
        pub = ev["ts"] + _lag(rng)
        if pub >= end:
            continue
        ev["published_at"] = pub
        rows.append((pub, ev["event_id"], ev))
        if rng.random() < 0.0025:
            rows.append((pub + rng.randrange(1, 50), ev["event_id"] + "~", {"_bad": _corrupt(rng, ev)}))
    rows.sort(key=lambda r: (r[0], r[1]))
    cut = START + days * DAY
    lines, bad, seen = [], [], {}
    for pub, _, ev in rows:
        if pub >= cut:
            break
        if "_bad" in ev:
            lines.append(ev["_bad"])
            bad.append(True)
            continue
        ev["published_at"] = iso(pub)
        if rng.random() < 0.12:  # one legacy gateway node sends epoch milliseconds
            ev["ts"] = ev["ts"]
        else:
            ev["ts"] = iso(ev["ts"])
        if ev["account_created_at"] is not None and rng.random() < 0.9:
            ev["account_created_at"] = iso(ev["account_created_at"])
        if rng.random() < 0.05:
            ev["asn"] = f"AS{ev['asn']}"
        lines.append(json.dumps(ev, ensure_ascii=False, separators=(",", ":")))
        bad.append(False)
        seen[ev["account_id"]] = seen.get(ev["account_id"], 0) + 1
    labels, stats = {}, {}
    for name, (spec, accts) in pops.items():
        st = stats.setdefault(name, [spec["label"], 0, 0])
        for a in accts:
            if a["id"] in seen:
                labels[a["id"]] = {"label": spec["label"], "population": name, "campaign": spec.get("campaign")}
                st[1] += 1
                st[2] += seen[a["id"]]
    return lines, bad, dict(sorted(labels.items())), stats


def gz_bytes(lines) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        for i in range(0, len(lines), 5000):
            gz.write(("\n".join(lines[i:i + 5000]) + "\n").encode("utf-8"))
    return buf.getvalue()


def labels_bytes(labels) -> bytes:
    return json.dumps(labels, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    lines, bad, labels, stats = build(args.seed, args.days)
    with open(args.events, "wb") as fh:
        fh.write(gz_bytes(lines))
    with open(args.labels, "wb") as fh:
        fh.write(labels_bytes(labels))
    if args.stats:
        tot = {"benign": [0, 0], "campaign": [0, 0]}
        for name, (lab, na, ne) in sorted(stats.items()):
            print(f"{name:34s} {lab:8s} accounts={na:6d} events={ne:7d}")
            tot[lab][0] += na
            tot[lab][1] += ne
        for lab, (na, ne) in tot.items():
            print(f"TOTAL {lab:8s} accounts={na} events={ne}")
        print(f"lines={len(lines)} malformed={sum(bad)} seconds={time.time() - t0:.1f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
