"""heldout12 generator: gzip JSON Lines of RequestEvents plus a labels file.

Usage: gen.py --seed N --days D --out FILE.jsonl.gz --labels FILE.labels.json [--scale S]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout12 import benign, benign_heavy, campaigns, campaigns2  # noqa: E402
from heldout12.corpus import Corpus  # noqa: E402
from heldout12.world import World  # noqa: E402


def build(seed: int, days: int, scale: float) -> tuple[list[dict], dict[str, dict]]:
    w = World(seed, days, scale, Corpus())
    for mod in (benign, benign_heavy, campaigns, campaigns2):
        for pop in mod.POPULATIONS:
            pop(w)
    ev = w.events
    ev.sort(key=lambda e: (e["ts"], e["event_id"]))
    ids = {e["event_id"] for e in ev}
    if len(ids) != len(ev):
        raise SystemExit("duplicate event ids")
    seen = {e["account_id"] for e in ev}
    labels = {a: v for a, v in sorted(w.labels.items()) if a in seen}
    return ev, labels


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    ev, labels = build(a.seed, a.days, a.scale)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write("".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in ev).encode())
    Path(a.labels).write_text(json.dumps(labels, indent=0, sort_keys=True) + "\n")
    n_att = sum(v["label"] == "attack" for v in labels.values())
    print(f"{len(ev)} events, {len(labels)} accounts ({n_att} attack) in {time.perf_counter() - t0:.1f}s",
          file=sys.stderr)


if __name__ == "__main__":
    main()
