"""Generate the Wisła held-out traffic set and its labels.

    PYTHONPATH=. python -m bench.heldout36.gen --seed 1 --days 2 --out /tmp/sets/ak1.jsonl.gz --labels /tmp/sets/ak1.labels.json --stats
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
import time
from collections import Counter

import orjson

from .benign_orgs import POP_ORGS_A
from .benign_people import POPULATIONS
from .benign_work import POP_WORK
from .campaigns_a import CAMPAIGNS_A
from .campaigns_b import CAMPAIGNS_B
from .corpora import Corpora
from .faults import arrival_delay, malformed
from .timing import Clock
from .world import World

BENIGN = POPULATIONS + POP_ORGS_A + POP_WORK
CAMPAIGNS = CAMPAIGNS_A + CAMPAIGNS_B
DEFAULT_PROMPTS = "/work/shared/data/prompts"
N_DUPLICATES = 40


def build(seed: int, days: int, prompts: str = DEFAULT_PROMPTS, corpora: Corpora | None = None):
    """-> (gzip bytes, labels bytes, stats dict). Pure function of (seed, days, corpora)."""
    corp = corpora or Corpora(prompts)
    w = World(seed, days, corp)
    clock = Clock(w)
    emitters = [f(w, clock) for f in BENIGN + CAMPAIGNS]

    delay_rng = w.rng("transport/delay")
    rows: list[tuple[int, int, int, bytes]] = []
    sample: list[dict] = []
    seq = 0
    pick = w.rng("transport/sample")
    for em in emitters:
        for ts, ev in em.events:
            arrival = ts + arrival_delay(delay_rng)
            rows.append((arrival, ts, seq, orjson.dumps(ev)))
            if pick.random() < 0.002:
                sample.append(dict(ev, _arrival=arrival))
            seq += 1

    fault_rng = w.rng("transport/faults")
    bad = malformed(fault_rng, sample)
    for arrival, line, _kind in bad:
        rows.append((arrival, arrival, seq, line))
        seq += 1
    good = len(rows) - len(bad)
    for _ in range(N_DUPLICATES):  # redelivery after a consumer-group rebalance: the same bytes again
        arrival, ts, _s, line = rows[fault_rng.randrange(good)]
        rows.append((arrival + fault_rng.randrange(1_000, 120_000), ts, seq, line))
        seq += 1
    rows.sort(key=lambda x: (x[0], x[1], x[2]))
    data = b"\n".join(r[3] for r in rows) + b"\n"

    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(data)

    labels = {}
    stats = {"populations": {}, "malformed": dict(sorted(Counter(k for _, _, k in bad).items())), "duplicates": N_DUPLICATES,
             "lines": len(rows), "valid_events": good, "_malformed_lines": {line: k for _, line, k in bad}}
    for em in emitters:
        live = [a for a in em.accounts if a.n > 0]
        for a in live:
            labels[a.id] = {"label": "attack" if a.campaign else "benign", "population": a.pop, "campaign": a.campaign}
        stats["populations"][em.pop] = {"campaign": em.campaign, "accounts": len(live), "events": len(em.events)}
    label_bytes = orjson.dumps(labels, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"
    return buf.getvalue(), label_bytes, stats


def summary(stats: dict) -> str:
    lines, tot = [], Counter()
    for pop, s in stats["populations"].items():
        kind = "campaign" if s["campaign"] else "benign"
        tot[kind + "_accounts"] += s["accounts"]
        tot[kind + "_events"] += s["events"]
        lines.append(f"  {kind:8} {pop:22} {s['campaign'] or '':16} accounts={s['accounts']:5} events={s['events']:6}")
    lines.append(f"benign: {tot['benign_accounts']} accounts, {tot['benign_events']} events; campaign: {tot['campaign_accounts']} accounts, "
                 f"{tot['campaign_events']} events; lines {stats['lines']}; malformed {stats['malformed']}; duplicates {stats['duplicates']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    gz, labels, stats = build(args.seed, args.days, args.prompts)
    with open(args.out, "wb") as fh:
        fh.write(gz)
    with open(args.labels, "wb") as fh:
        fh.write(labels)
    if args.stats:
        print(summary(stats))
    print(f"wrote {args.out} ({len(gz)} bytes) and {args.labels} in {time.monotonic() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
