"""Held-out traffic for Nil AI's exam week and nil-3 launch.

    PYTHONPATH=. python -m bench.heldout37.gen --seed 1 --days 2 \
        --out /tmp/sets/al1.jsonl.gz --labels /tmp/sets/al1.labels.json --stats
"""
from __future__ import annotations

import argparse
import gzip
import io
import sys
import time
from collections import Counter

import orjson

from bench.heldout37 import world as W
from bench.heldout37.benign import benign_pops
from bench.heldout37.campaigns import campaign_pops
from bench.heldout37.engine import events_for, make_accounts
from bench.heldout37.phrases import Corpora

DEFAULT_PROMPTS = "/work/shared/data/prompts"
MALFORMED_KINDS = ("bad_json", "missing_field", "wrong_type", "bad_timestamp")


def _malformed(r, ev: dict, kind: str) -> bytes:
    e = dict(ev)
    e["event_id"] = "evt_" + W.h("malformed", ev["event_id"], n=20)
    if kind == "bad_json":
        line = orjson.dumps(e)
        cut = r.choice(("truncate", "garbage", "quote"))
        if cut == "truncate":
            return line[: r.randrange(20, max(21, len(line) // 2))]
        if cut == "garbage":
            return line[:-1] + b",}"
        return line.replace(b'"account_id":"', b'"account_id":', 1)
    if kind == "missing_field":
        del e[r.choice(("account_id", "ts", "prompt_tokens", "completion_tokens", "event_id"))]
    elif kind == "wrong_type":
        field, value = r.choice((("prompt_tokens", "many"), ("account_id", 40213), ("completion_tokens", -12),
                                 ("prompt_tokens", [12, 40]), ("event_id", ""), ("status", "ok"), ("asn", "ASxyz")))
        e[field] = value
    else:
        e["ts"] = r.choice(("2027-06-17 25:61:00", "2027-06-17T10:00:00", "yesterday", 9.0e15, "17/06/2027 10:00",
                            True, "", "2027-13-01T00:00:00Z"))
    return orjson.dumps(e)


def build(seed: int, days: int, prompts: str = DEFAULT_PROMPTS):
    """-> (jsonl bytes, labels bytes, info). Pure function of (seed, days, prompt files)."""
    corp = Corpora(prompts)
    pops = benign_pops() + campaign_pops()
    pools: dict = {}
    timed: list[tuple[int, str, dict]] = []
    accounts = {}
    for pop in pops:
        for acct in make_accounts(seed, pop, days):
            evs = events_for(seed, acct, days, corp, pools)
            if evs:
                accounts[acct.id] = acct
            for t, ev in evs:
                timed.append((t, ev["event_id"], ev))
    r = W.rng(seed, "arrival")
    arrived = []
    for t, eid, ev in timed:
        late = r.random()
        delay = r.randrange(20, 1500) if late < 0.99 else r.randrange(5_000, 90_000)
        if r.random() < 0.04:        # a legacy edge in the gateway sends epoch milliseconds
            ev["ts"] = t
        arrived.append((t + delay, eid, orjson.dumps(ev)))
    arrived.sort(key=lambda x: (x[0], x[1]))
    lines = [x[2] for x in arrived]
    # redelivered duplicates, a few positions after the original
    rd = W.rng(seed, "dups")
    for pos in sorted((rd.randrange(len(lines)) for _ in range(40)), reverse=True):
        lines.insert(min(len(lines), pos + rd.randrange(1, 400)), lines[pos])
    # deliberately malformed lines
    rm = W.rng(seed, "malformed")
    bad: dict[bytes, str] = {}
    for k in range(36):
        kind = MALFORMED_KINDS[k % 4]
        src = orjson.loads(lines[rm.randrange(len(lines))])
        line = _malformed(rm, src, kind)
        bad[line] = kind
        lines.insert(rm.randrange(len(lines)), line)
    labels = {aid: {"label": "attack" if a.pop.campaign else "benign", "population": a.pop.name,
                    "campaign": a.pop.campaign} for aid, a in accounts.items()}
    data = b"\n".join(lines) + b"\n"
    lab = orjson.dumps(labels, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"
    info = {"events": len(timed), "lines": len(lines), "malformed": bad, "accounts": accounts,
            "days": days, "pop_events": Counter(accounts[ev["account_id"]].pop.name for _, _, ev in timed)}
    return data, lab, info


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(data)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    data, lab, info = build(args.seed, args.days, args.prompts)
    with open(args.out, "wb") as f:
        f.write(gzip_bytes(data))
    with open(args.labels, "wb") as f:
        f.write(lab)
    if args.stats:
        print_stats(info, time.time() - t0)
    return 0


def print_stats(info: dict, secs: float) -> None:
    accts = info["accounts"]
    by_pop = Counter(a.pop.name for a in accts.values())
    camp = {a.pop.name for a in accts.values() if a.pop.campaign}
    ev_c = sum(n for p, n in info["pop_events"].items() if p in camp)
    ac_c = sum(n for p, n in by_pop.items() if p in camp)
    print(f"events {info['events']} (campaign {ev_c}), lines {info['lines']}, "
          f"accounts {len(accts)} (campaign {ac_c}, {ac_c / max(1, len(accts)):.1%}), "
          f"malformed {len(info['malformed'])}, {secs:.1f}s", file=sys.stderr)
    for p in sorted(by_pop, key=lambda x: (x in camp, x)):
        n = info["pop_events"][p]
        print(f"  {'C' if p in camp else 'B'} {p:24s} accts {by_pop[p]:5d} events {n:7d} "
              f"per-acct-day {n / by_pop[p] / info['days']:6.1f}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
