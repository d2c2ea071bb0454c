"""python -m bench.heldout51.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]

Writes gzip JSON Lines (mtime 0, no file name in the header) sorted by publish time, and a labels JSON object keyed
by account id. `--days 1` keeps the day-1 prefix of the same 2-day world. Standard library only.
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
import time

from . import world as W
from .populations import build
from .wire import publish


def days_arg(x: str) -> int:
    try:
        v = float(x)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--days must be 1 or 2, got {x!r}") from None
    if v not in (1.0, 2.0):
        raise argparse.ArgumentTypeError(f"--days must be 1 or 2, got {x!r}")
    return int(v)


def parser(prog: str) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=prog)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=days_arg, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    return ap


def generate(seed: int, days: int) -> dict:
    """Everything `gen` writes, in memory: events bytes (gzip), labels bytes, and what `check`/stats need."""
    records, pops = build(seed)
    lines, meta = publish(seed, records, days)
    owner = {a.id: p for p in pops.values() for a in p.accounts}
    labels = {}
    for m in meta:
        if m is not None and m[0] not in labels:
            p = owner[m[0]]
            labels[m[0]] = {"label": p.label, "population": p.name, "campaign": p.campaign}
    text = ("\n".join(lines) + "\n").encode("utf-8")
    return {
        "events": gzip.compress(text, compresslevel=6, mtime=0),
        "labels": (json.dumps(labels, sort_keys=True, ensure_ascii=False, indent=0) + "\n").encode("utf-8"),
        "lines": lines, "meta": meta, "labels_obj": labels, "pops": pops, "records": records,
    }


def stats(out: dict, seconds: float) -> str:
    lines, meta, labels, pops = out["lines"], out["meta"], out["labels_obj"], out["pops"]
    ev = collections.Counter()
    seen = set()
    for m in meta:
        if m is not None and m[1] not in seen:
            seen.add(m[1])
            ev[labels[m[0]]["population"]] += 1
    acc = collections.Counter(v["population"] for v in labels.values())
    bad = sum(1 for m in meta if m is None)
    well = len(lines) - bad
    camp_acc = sum(1 for v in labels.values() if v["label"] == "campaign")
    rows = [f"lines {len(lines)}  well-formed {well}  unique events {len(seen)}  duplicates {well - len(seen)}  "
            f"malformed {bad} ({100 * bad / len(lines):.2f}%)",
            f"accounts {len(labels)}  campaign accounts {camp_acc} ({100 * camp_acc / max(1, len(labels)):.1f}%)  "
            f"campaign events {sum(ev[p] for p in ev if p.startswith('c_'))}  generation {seconds:.1f}s",
            "| population | label | accounts | events |", "|---|---|---|---|"]
    for name, p in pops.items():
        rows.append(f"| {name} | {p.label} | {acc[name]} | {ev[name]} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = parser("python -m bench.heldout51.gen")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    out = generate(args.seed, args.days)
    with open(args.events, "wb") as f:
        f.write(out["events"])
    with open(args.labels, "wb") as f:
        f.write(out["labels"])
    if args.stats:
        print(stats(out, time.perf_counter() - t0))
    assert all(r["model"] != W.M_NEW or r["ts"] >= W.LAUNCH for r in out["records"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
