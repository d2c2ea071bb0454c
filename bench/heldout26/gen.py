"""Command line: generate the held-out traffic and its labels.

PYTHONPATH=. python -m bench.heldout26.gen --seed 1 --days 2 --out h26.jsonl.gz --labels h26.labels.json
"""
from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter

import orjson

from bench.heldout26 import campaigns, orgs, people, services
from bench.heldout26.corpus import Corpus
from bench.heldout26.network import World
from bench.heldout26.traffic import Ctx, Sink
from bench.heldout26.world import DAY, START_MS, Streams, release_ms
from enforcer.contracts import parse_event
from enforcer.timeutil import format_rfc3339_ms

BENIGN = (
    people.home_chat, people.family_card, people.uni_students, people.release_tryers, people.privacy_vpn,
    people.multilingual, people.teachers, people.accountants, orgs.corporate_staff, orgs.nhs_staff, orgs.agencies,
    orgs.eval_team, orgs.researchers, services.saas_support, services.coach_app, services.tutoring,
    services.resellers, services.ci_bots, services.batch_jobs, services.ide_coders, services.agent_devs,
)


def build(seed: int, days: int, scale: float, prompts: str | None) -> tuple[list[bytes], dict]:
    streams = Streams(seed)
    release = release_ms(days)
    sink = Sink(streams, release, START_MS + days * DAY)
    ctx = Ctx(sink, World(streams), Corpus(prompts), streams, days, release, scale)
    for pop in BENIGN + campaigns.CAMPAIGNS:
        pop(ctx)
    sink.rows.sort(key=lambda r: (r[0], r[1]))
    lines, seen = [], set()
    for _, _, ev in sink.rows:
        ev = {k: v for k, v in ev.items() if v is not None}
        ev["ts"] = format_rfc3339_ms(ev["ts"])
        ev["account_created_at"] = format_rfc3339_ms(ev["account_created_at"])
        line = orjson.dumps(ev)
        parsed = parse_event(line)  # the contract must accept every line as sent
        assert parsed.account_id == ev["account_id"]
        lines.append(line)
        seen.add(ev["account_id"])
    labels = {a.id: {"label": a.label, "population": a.population, "campaign": a.campaign, "disguise": a.disguise}
              for a in sink.accounts if a.id in seen}
    return lines, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=None, help="prompt corpora directory (default: $HELDOUT26_PROMPTS or /work/shared/data/prompts)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    lines, labels = build(args.seed, args.days, args.scale, args.prompts)
    with open(args.out, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=6) as gz:
        gz.write(b"\n".join(lines) + b"\n")
    with open(args.labels, "wb") as fh:
        fh.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n")
    kinds = Counter(v["label"] for v in labels.values())
    print(f"events={len(lines)} accounts={len(labels)} benign={kinds['benign']} campaign={kinds['campaign']} "
          f"seconds={time.perf_counter() - t0:.1f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
