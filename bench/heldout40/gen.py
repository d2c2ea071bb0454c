"""CLI: python -m bench.heldout40.gen --seed N --days 2 --events PATH.jsonl.gz --labels PATH.json [--manifest PATH]"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import sys
import time

import orjson

from . import benign, benign2, campaigns, campaigns2, text, wire
from .core import Gen
from .world import T0, DAY, episodes_text


def build(seed: int, days: int = 2) -> dict:
    text.load_all()
    g = Gen(seed, days)
    benign.run(g)
    benign2.run(g)
    campaigns.run(g)
    campaigns2.run(g)
    lines, info = wire.serialise(g)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as z:
        z.write(b"\n".join(lines) + b"\n")
    labels, pops = {}, {}
    for a in g.accts:
        if a.n == 0:
            continue
        labels[a.id] = {"label": "campaign" if a.campaign else "benign", "population": a.pop, "campaign": a.campaign}
        p = pops.setdefault(a.pop, {"kind": "campaign" if a.campaign else "benign", "accounts": 0, "events": 0})
        p["accounts"] += 1
        p["events"] += a.n
    lab = orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n"
    ev = buf.getvalue()
    camp = [k for k, v in pops.items() if v["kind"] == "campaign"]
    manifest = {
        "seed": seed, "days": days, "window_utc": [wire.rfc_z(T0), wire.rfc_z(T0 + days * DAY)],
        "lines": len(lines), "unique_events": info["unique_events"], "malformed": len(info["malformed"]),
        "redeliveries": len(info["redelivered"]), "labelled_accounts": len(labels),
        "campaign_accounts": sum(1 for v in labels.values() if v["campaign"]), "campaigns": len(camp),
        "benign_populations": len(pops) - len(camp), "builds": info["builds"],
        "md5": {"events": hashlib.md5(ev).hexdigest(), "labels": hashlib.md5(lab).hexdigest()},
        "populations": pops, "malformed_lines": info["malformed"], "redelivered_lines": info["redelivered"],
        "episodes": episodes_text(),
    }
    return {"events": ev, "labels": lab, "manifest": manifest}


def args(argv=None):
    ap = argparse.ArgumentParser(prog="bench.heldout40.gen")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--manifest")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    a = args(argv)
    t = time.perf_counter()
    out = build(a.seed, a.days)
    secs = round(time.perf_counter() - t, 1)
    with open(a.events, "wb") as f:
        f.write(out["events"])
    with open(a.labels, "wb") as f:
        f.write(out["labels"])
    m = out["manifest"]
    m["gen_seconds"] = secs
    if a.manifest:
        with open(a.manifest, "wb") as f:
            f.write(orjson.dumps(m, option=orjson.OPT_INDENT_2))
    brief = {k: m[k] for k in ("seed", "lines", "unique_events", "malformed", "redeliveries", "labelled_accounts",
                               "campaign_accounts", "campaigns", "benign_populations", "builds", "md5", "gen_seconds")}
    print(orjson.dumps(brief).decode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
