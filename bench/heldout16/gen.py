"""heldout16 generator: Southeast Asia, a late-night model launch.

    python -m bench.heldout16.gen --seed 1 --days 2 --out /tmp/h16/v1.jsonl.gz --labels /tmp/h16/v1.labels.json
    (or run this file directly)
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import time

if __package__ in (None, ""):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    __package__ = "bench.heldout16"

from . import attacks_a as A  # noqa: E402
from . import attacks_b as B  # noqa: E402
from . import benign_consumer as BC  # noqa: E402
from . import benign_machine as BM  # noqa: E402
from . import benign_org as BO  # noqa: E402
from .core import Ctx  # noqa: E402

BENIGN = [BC.casual, BC.app_mobile, BC.campus, BC.household, BC.cafes, BC.vpn_users, BC.explorers,
          BO.sme, BO.research, BO.reseller, BO.bpo, BO.saas, BO.labelling, BO.localisation, BO.tutoring, BO.hackathon,
          BM.eval_labs, BM.ci_bots, BM.ide, BM.agent_ops]
ATTACKS = [A.c1_vps_ring, A.c2_simfarm, A.c3_kshot, A.c4_agent_farm, A.c5_label_probe,
           B.c6_app_mimic, B.c7_release_diff, B.c8_hydra, B.c9_sleepers]


def generate(seed: int, days: int, scale: float) -> Ctx:
    ctx = Ctx(seed, days, scale)
    for fn in BENIGN + ATTACKS:
        fn(ctx)
    ctx.rows.sort(key=lambda r: (r[0], r[1]))
    return ctx


def write(ctx: Ctx, out: str, labels: str) -> tuple[int, int]:
    os.makedirs(os.path.dirname(os.path.abspath(out)) or ".", exist_ok=True)
    os.makedirs(os.path.dirname(os.path.abspath(labels)) or ".", exist_ok=True)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=6, mtime=0) as gz:
        chunk = []
        for _, _, ev in ctx.rows:
            chunk.append(dumps(ev))
            if len(chunk) >= 5000:
                gz.write(("\n".join(chunk) + "\n").encode("utf-8"))
                chunk = []
        if chunk:
            gz.write(("\n".join(chunk) + "\n").encode("utf-8"))
    with open(out, "wb") as fh:
        fh.write(buf.getvalue())
    active = {r[2]["account_id"] for r in ctx.rows}
    lab = {}
    for aid in sorted(active):
        a = ctx.accounts[aid]
        lab[aid] = {"label": a.label, "population": a.population, "campaign": a.campaign}
    with open(labels, "w", encoding="utf-8") as fh:
        json.dump(lab, fh, indent=0, sort_keys=True)
        fh.write("\n")
    return len(ctx.rows), len(lab)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args(argv)
    t0 = time.time()
    ctx = generate(args.seed, args.days, args.scale)
    n_ev, n_acct = write(ctx, args.out, args.labels)
    print(f"seed={args.seed} days={args.days} scale={args.scale}: {n_ev} events, {n_acct} accounts, "
          f"{time.time() - t0:.1f}s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
