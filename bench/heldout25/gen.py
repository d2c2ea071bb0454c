"""CLI: PYTHONPATH=. python -m bench.heldout25.gen --seed N --days 2 --out F.jsonl.gz --labels F.labels.json [--scale S]

Writes gzip JSON Lines of RequestEvents sorted by ts (byte-deterministic for
the same arguments) and a labels file keyed by account_id."""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from datetime import datetime, timezone

from . import campaigns, orgs, people, services
from .corpus import DEFAULT_DIR, Corpus
from .network import Infra
from .traffic import Sink
from .world import day_start, rng_for

BUILDERS = people.BUILDERS + orgs.BUILDERS + services.BUILDERS + campaigns.BUILDERS


def rfc3339(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)


def generate(seed: int, days: int, scale: float, prompts_dir: str = DEFAULT_DIR) -> Sink:
    cp = Corpus(prompts_dir)
    infra = Infra(rng_for(seed, "infra"))
    sink = Sink()
    for build in BUILDERS:
        build(seed, sink, cp, infra, days, scale)
    return sink


def write(sink: Sink, seed: int, days: int, out: str, labels_path: str) -> tuple[int, dict[str, dict]]:
    end = day_start(days)
    rows = sorted((r for r in sink.rows if r[0] < end), key=lambda r: (r[0], r[1]))
    ids = rng_for(seed, "event_ids")
    seen_ids: set[str] = set()
    active: dict[str, dict] = {}
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf: list[str] = []
        for ts, _, ev in rows:
            eid = "req_" + format(ids.getrandbits(96), "024x")
            while eid in seen_ids:
                eid = "req_" + format(ids.getrandbits(96), "024x")
            seen_ids.add(eid)
            rec = {"event_id": eid, "ts": rfc3339(ts)}
            for k, v in ev.items():
                if k == "ts" or v is None:
                    continue
                rec[k] = rfc3339(v) if k == "account_created_at" else v
            buf.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            acct = ev["account_id"]
            if acct not in active:
                active[acct] = sink.accounts[acct].label()
            if len(buf) >= 4000:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf = []
        if buf:
            gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    labels = {k: active[k] for k in sorted(active)}
    with open(labels_path, "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return len(rows), labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout25.gen", description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--prompts", default=DEFAULT_DIR, help="directory of the shared prompt corpora")
    args = ap.parse_args(argv)
    if args.days < 1 or args.scale <= 0:
        ap.error("--days must be >= 1 and --scale > 0")
    t0 = time.perf_counter()
    sink = generate(args.seed, args.days, args.scale, args.prompts)
    n, labels = write(sink, args.seed, args.days, args.out, args.labels)
    camp = sum(1 for v in labels.values() if v["label"] == "campaign")
    print("heldout25 seed=%d days=%d scale=%g: events=%d accounts=%d benign=%d campaign=%d seconds=%.1f"
          % (args.seed, args.days, args.scale, n, len(labels), len(labels) - camp, camp, time.perf_counter() - t0),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
