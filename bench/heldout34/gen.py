"""Build the Harbour held-out set: python -m bench.heldout34.gen --seed S --days 2 --out F.jsonl.gz --labels F.json"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import time

from . import benign_campus as bc
from . import benign_orgs as bo
from . import benign_people as bp
from . import campaigns_pools as cp
from . import campaigns_stealth as cs
from .core import World
from .corpora import Corpora
from .gateway import rate_limit, redeliver, serialise, server_errors
from .malformed import malformed

DEFAULT_PROMPTS = "/work/shared/data/prompts"
REDELIVERIES = 320

# (builder, accounts). Benign first: some campaigns reuse their networks and organisations.
BENIGN = [
    (bp.general_consumers, 1500), (bp.mobile_cgnat, 380), (bp.family_card, 160), (bp.vpn_users, 140),
    (bp.oweek_international, 320), (bp.multilingual_households, 150), (bp.search_extension, 220),
    (bp.fifo_mining, 110), (bp.power_users, 45), (bp.launch_newcomers, 380),
    (bc.uni_homework, 650), (bc.oweek_hackathon, 80), (bc.academic_staff, 130), (bc.teachers_quizgen, 110),
    (bc.tutoring_company, 26),
    (bo.eval_teams, 3), (bo.saas_relay, 0), (bo.agency_shared_card, 60), (bo.ci_bots, 30), (bo.zdr_orgs, 190),
    (bo.repetitive_bots, 12), (bo.gov_proxy, 230), (bo.enterprise_copilot, 320), (bo.startup_devs, 90),
]
CAMPAIGNS = [
    (cp.hydra_proxy, 300), (cp.card_farm_codegen, 80), (cp.device_farm, 110), (cp.template_sweep_math, 100),
    (cp.agentic_sweep, 70), (cp.cot_rationale, 90), (cp.launch_burst, 140),
    (cs.low_slow_aged, 200), (cs.paraphrase_evader, 110), (cs.campus_hider, 90), (cs.insider_org, 12),
    (cs.zdr_withheld, 90), (cs.multilingual_probe, 80), (cs.sync_rounds, 60), (cs.saas_front, 24),
]


def build(seed: int, days: int = 2, prompts: str = DEFAULT_PROMPTS) -> tuple[bytes, bytes, dict]:
    """-> (gzipped JSON Lines, labels JSON, facts about the build)."""
    w = World(seed, days, Corpora(prompts))
    for fn, n in BENIGN + CAMPAIGNS:
        fn(w, n)
    limits = rate_limit(w)
    n5xx = server_errors(w)
    lines = serialise(w)
    dups = redeliver(w, lines, REDELIVERIES)
    bad = malformed(w.rng("gateway/malformed"), lines)
    allrows = [(a, i, b, "") for a, i, b in lines + dups] + [(a, len(lines) + len(dups) + k, b, kind)
                                                             for k, (kind, a, b) in enumerate(bad)]
    allrows.sort(key=lambda x: (x[0], x[1]))
    body = b"\n".join(row[2] for row in allrows) + b"\n"
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(body)
    seen: dict[str, int] = {}
    for e in w.events:
        seen[e["account_id"]] = seen.get(e["account_id"], 0) + 1
    labels = {a.id: {"label": a.label, "population": a.pop, "campaign": a.campaign}
              for a in w.accounts if a.id in seen}
    meta = {
        "seed": seed, "days": days, "accounts": len(labels),
        "attack_accounts": sum(1 for v in labels.values() if v["label"] == "attack"),
        "events": len(w.events),
        "attack_events": sum(1 for e in w.events if labels[e["account_id"]]["label"] == "attack"),
        "lines": len(allrows), "redeliveries": len(dups), "malformed": len(bad),
        "malformed_lines": [(b, kind) for _, _, b, kind in allrows if kind],
        "429": sum(1 for e in w.events if e["status"] == 429), "retries": limits["retries"], "5xx": n5xx,
        "per_population": _per_pop(w, labels),
    }
    return buf.getvalue(), json.dumps(labels, indent=1, sort_keys=True).encode() + b"\n", meta


def _per_pop(w: World, labels: dict) -> dict:
    out: dict[str, dict] = {}
    for a in w.accounts:
        if a.id in labels:
            d = out.setdefault(a.pop, {"label": a.label, "accounts": 0, "events": 0})
            d["accounts"] += 1
    for e in w.events:
        out[labels[e["account_id"]]["population"]]["events"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2, choices=[1, 2])
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    ap.add_argument("--stats", action="store_true", help="print per-population counts")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    data, labels, meta = build(args.seed, args.days, args.prompts)
    with open(args.out, "wb") as f:
        f.write(data)
    with open(args.labels, "wb") as f:
        f.write(labels)
    keys = ["accounts", "attack_accounts", "events", "attack_events", "lines", "redeliveries", "malformed", "429",
            "retries", "5xx"]
    print(" ".join(f"{k}={meta[k]}" for k in keys), f"({time.monotonic() - t0:.1f}s)", file=sys.stderr)
    if args.stats:
        for pop, d in meta["per_population"].items():
            print(f"{d['label']:7s} {pop:26s} {d['accounts']:6d} {d['events']:7d}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
