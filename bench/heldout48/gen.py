"""Generate the labelled Atlas AI traffic set.

python -m bench.heldout48.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter

from . import benign_chat as BC
from . import benign_dev as BD
from . import benign_orgs as BO
from . import benign_students as BS
from . import campaigns_crude as CC
from . import campaigns_evasive as CE
from . import campaigns_novel as CN
from . import wire
from .population import Pop
from .world import DAY2

# (population, campaign name or None, builder)
BENIGN = [
    ("chat_maghreb", BC.chat_maghreb), ("chat_dz_tn", BC.chat_dz_tn), ("chat_diaspora", BC.chat_diaspora),
    ("families_shared_card", BC.families), ("cybercafe_walkins", BC.cybercafes), ("hotel_guests", BC.hotel_guests),
    ("occasional_users", BC.occasional), ("content_creators", BC.creators), ("tamazight_learners", BC.tamazight_learners),
    ("bac_students", BS.bac_students), ("teachers_tutors", BS.teachers), ("uni_campus_students", BS.uni_students),
    ("translators", BS.translators), ("dev_coding_agents", BD.developers), ("framework_rag_users", BD.framework_users),
    ("ci_bots", BD.ci_bots), ("rag_indexers", BD.rag_indexers), ("research_lab_compare", BD.research_lab),
    ("launch_eval_team", BD.eval_team), ("app_backends", BO.app_backends), ("corporate_seats", BO.corporate),
    ("legit_resellers", BO.resellers), ("release_enthusiasts", BO.release_enthusiasts),
]
CAMPAIGNS = [
    ("c01_dc_cot_farm", "c01-hetzner-cot-farm", CC.crude_farm),
    ("c02_launch_rush", "c02-launch-rush-ring", CC.release_rush),
    ("c03_hydra_relay", "c03-hydra-relay", CC.hydra_relay),
    ("c04_bac_mimic", "c04-bac-student-mimic", CE.student_mimic),
    ("c05_tutor_mill", "c05-fake-tutoring-centre", CE.teacher_mimic),
    ("c06_backend_shadow", "c06-app-backend-shadow", CE.backend_shadow),
    ("c07_resi_trickle", "c07-residential-trickle-aged", CE.residential_trickle),
    ("c08_multiturn", "c08-multiturn-rationale", CE.multiturn_rationale),
    ("c09_agent_traj", "c09-agent-trajectory-harvest", CN.agent_trajectories),
    ("c10_embed_harvest", "c10-embedding-harvest", CN.embed_harvest),
    ("c11_free_swarm", "c11-free-tier-modem-farm", CC.free_swarm),
    ("c12_lang_pivot", "c12-low-resource-language-pivot", CN.language_pivot),
    ("c13_resample", "c13-soft-label-resample-spread", CN.resample_spread),
    ("c14_judge", "c14-preference-judge-harvest", CN.judge_harvest),
    ("c15_sleeper", "c15-sleeper-switch", CE.sleeper_switch),
]


def build(seed: int, days: int = 2):
    """-> (lines as utf-8 bytes, malformed flags, labels, stats). Pure function of (seed, days)."""
    staged: list[tuple] = []
    labels: dict[str, dict] = {}
    per_pop = []
    status: Counter = Counter()
    n_events = n_camp = 0
    specs = [(n, "benign", None, f) for n, f in BENIGN] + [(n, "campaign", c, f) for n, c, f in CAMPAIGNS]
    for name, label, camp, fn in specs:
        P = Pop(seed, name, label, camp)
        fn(P)
        evs = P.finalize()
        if days == 1:
            evs = [e for e in evs if e["ts"] < DAY2]
        seen = Counter(e["account_id"] for e in evs)
        for a in P.accounts:
            if seen[a.id]:
                labels[a.id] = {"label": label, "population": name, "campaign": camp}
        per_pop.append((name, label, camp, sum(1 for a in P.accounts if seen[a.id]), len(evs)))
        status.update(e["status"] for e in evs)
        n_events += len(evs)
        n_camp += len(evs) if label == "campaign" else 0
        staged.extend(wire.stage(seed, evs))
        del P, evs
    lines, bad, counts = wire.assemble(seed, staged)
    stats = {
        "accounts": len(labels), "campaign_accounts": sum(1 for v in labels.values() if v["label"] == "campaign"),
        "events": n_events, "campaign_events": n_camp, "lines": len(lines), **counts, "per_pop": per_pop,
        "status": sorted(status.items()),
    }
    return lines, bad, dict(sorted(labels.items())), stats


def labels_bytes(labels: dict) -> bytes:
    return (json.dumps(labels, ensure_ascii=False, sort_keys=True, indent=0) + "\n").encode()


def write_gz(path: str, lines: list[bytes]) -> None:
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=6) as g:
            for i in range(0, len(lines), 4096):
                g.write(b"\n".join(lines[i:i + 4096]) + b"\n")


def print_stats(st: dict, out=sys.stderr) -> None:
    print(f"accounts={st['accounts']} campaign_accounts={st['campaign_accounts']} events={st['events']} "
          f"campaign_events={st['campaign_events']} ({st['campaign_events'] / max(1, st['events']):.1%}) lines={st['lines']} "
          f"malformed={st['malformed']} redelivered={st['redelivered']}", file=out)
    print(f"status: {st['status']}", file=out)
    for name, label, camp, na, ne in st["per_pop"]:
        print(f"  {label:8s} {name:24s} {camp or '':34s} accounts={na:5d} events={ne:6d}", file=out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.heldout48.gen")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2, choices=(1, 2))
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args(argv)
    lines, _bad, labels, st = build(a.seed, a.days)
    write_gz(a.events, lines)
    with open(a.labels, "wb") as f:
        f.write(labels_bytes(labels))
    if a.stats:
        print_stats(st)
    return 0


if __name__ == "__main__":
    sys.exit(main())
