"""Savanna AI held-out traffic generator (East Africa, 2 days). See README.md.

python -m bench.heldout54.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import sys
import time
from collections import Counter

import orjson

from . import benign_a, benign_b, campaigns_a, campaigns_b
from . import world as W
from .sim import Ctx

MALFORMED_RATE = 0.003


def _malform(eid: str, e: dict, line: bytes) -> bytes | None:
    h = hashlib.blake2b(("mal|" + eid).encode(), digest_size=8).digest()
    if int.from_bytes(h[:4], "big") / 2**32 >= MALFORMED_RATE:
        return None
    kind = h[4] % 7
    d = dict(e)
    if kind == 0:
        return line[: max(10, len(line) // 2)]  # truncated write
    if kind == 1:
        d.pop("account_id")
    elif kind == 2:
        d["ts"] = "17/11/2026 %02d:%02d" % (h[5] % 24, h[6] % 60)
    elif kind == 3:
        d["prompt_tokens"] = -1
    elif kind == 4:
        d["completion_tokens"] = "n/a"
    elif kind == 5:
        d["account_id"] = ""
    else:
        d.pop("event_id")
    return orjson.dumps(d)


def build(seed: int, days: int):
    """-> (lines, malformed flags, labels dict, per-line population or None)."""
    ctx = Ctx(seed)
    for mod in (benign_a, benign_b, campaigns_a, campaigns_b):
        mod.run(ctx)
    end = W.W0 + days * W.DAY
    evs = sorted((x for x in ctx.ev if x[0] < end), key=lambda x: (x[0], x[1]))
    lines, bad, pops = [], [], []
    seen: set[str] = set()
    for pub, eid, e in evs:
        line = orjson.dumps(e)
        m = _malform(eid, e, line)
        if m is None:
            lines.append(line)
            bad.append(False)
            seen.add(e["account_id"])
            pops.append(ctx.accts[e["account_id"]].pop)
        else:
            lines.append(m)
            bad.append(True)
            pops.append(None)
    labels = {}
    for aid in sorted(seen):
        a = ctx.accts[aid]
        labels[aid] = {"label": "campaign" if a.camp else "benign", "population": a.pop, "campaign": a.camp}
    return lines, bad, labels, pops


def encode(lines: list[bytes], labels: dict) -> tuple[bytes, bytes]:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(b"".join(x + b"\n" for x in lines))
    return buf.getvalue(), orjson.dumps(labels, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    a = args(argv)
    t0 = time.time()
    lines, bad, labels, pops = build(a.seed, a.days)
    ev, lab = encode(lines, labels)
    with open(a.events, "wb") as f:
        f.write(ev)
    with open(a.labels, "wb") as f:
        f.write(lab)
    if a.stats:
        accs = Counter(v["population"] for v in labels.values())
        evc = Counter(p for p in pops if p)
        kind = {v["population"]: v["label"] for v in labels.values()}
        for p in sorted(accs, key=lambda p: (kind[p], p)):
            print("%-9s %-24s accounts=%6d events=%7d" % (kind[p], p, accs[p], evc[p]))
        for k in ("benign", "campaign"):
            print("TOTAL %-8s accounts=%6d events=%7d" % (k, sum(accs[p] for p in accs if kind[p] == k),
                                                        sum(evc[p] for p in evc if kind[p] == k)))
        print("lines=%d malformed=%d accounts=%d seconds=%.1f" % (len(lines), sum(bad), len(labels), time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
