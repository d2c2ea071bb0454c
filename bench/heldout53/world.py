"""Builds the whole 2-day world for a seed and renders the --days prefix: gzip bytes, labels, stats."""
from __future__ import annotations

import gzip
import json
from collections import Counter

from bench.heldout53.benign_machines import MACHINES
from bench.heldout53.benign_people import PEOPLE
from bench.heldout53.campaigns_blend import BLEND
from bench.heldout53.campaigns_harvest import HARVEST
from bench.heldout53.engine import DAY, START, Pop
from bench.heldout53.networks import Infra
from bench.heldout53.wire import deliver

POPULATIONS = PEOPLE + MACHINES + BLEND + HARVEST


def campaign_name(pop: str) -> str | None:
    return pop[2:].replace("_", "-") if pop.startswith("c_") else None


def build_lines(seed: int):
    """All lines of the 2-day world, sorted by publish time, plus account -> population."""
    infra = Infra(seed)
    records, owner = [], {}
    for fn in POPULATIONS:
        p = Pop(seed, fn.__name__, campaign_name(fn.__name__), infra)
        fn(p)
        records.extend(p.records)
        for a in p.accts:
            owner[a.id] = fn.__name__
    records.sort(key=lambda rec: (rec["ts"], rec["event_id"]))
    return deliver(seed, records), owner


def render(seed: int, days: int):
    """-> (gzip bytes, labels bytes, malformed flags per line, stats dict)."""
    lines, owner = build_lines(seed)
    cut = START + days * DAY
    kept = [ln for ln in lines if ln[0] < cut] if days < 2 else lines
    body = "".join(ln[2] + "\n" for ln in kept).encode("utf-8")
    gz = gzip.compress(body, compresslevel=6, mtime=0)
    labels, stats = {}, Counter()
    per_pop_lines, per_pop_accts = Counter(), Counter()
    for _, _, _, bad, rec in kept:
        if bad:
            stats["malformed_lines"] += 1
            continue
        stats["wellformed_lines"] += 1
        aid = rec["account_id"]
        pop = owner[aid]
        per_pop_lines[pop] += 1
        if aid not in labels:
            per_pop_accts[pop] += 1
            camp = campaign_name(pop)
            labels[aid] = {"label": "campaign" if camp else "benign", "population": pop, "campaign": camp}
    stats["lines"] = len(kept)
    stats["accounts"] = len(labels)
    stats["campaign_accounts"] = sum(1 for v in labels.values() if v["label"] == "campaign")
    stats["distinct_event_ids"] = len({ln[4]["event_id"] for ln in kept if not ln[3]})
    lab = json.dumps(labels, sort_keys=True, indent=0, ensure_ascii=True).encode() + b"\n"
    full = {"stats": dict(stats), "population_lines": dict(per_pop_lines), "population_accounts": dict(per_pop_accts)}
    return gz, lab, [ln[3] for ln in kept], full
