"""Generate one seed: python -m bench.heldout47.gen --seed S --days 2 --events P.jsonl.gz --labels P.labels.json [--stats]"""
from __future__ import annotations

import argparse
import collections
import sys

import orjson

from . import benign_people as bp, benign_platform as bf, benign_work as bw
from . import campaigns_crude as cc, campaigns_evasive as ce, campaigns_mid as cm
from .wire import render, write_gz
from .world import t_end

BENIGN = [bp.StudentsMath, bp.UniCoders, bp.Tourists, bp.Diaspora, bp.CasualPublic, bp.FamilyWallet,
          bp.InternetCafe, bp.OfficeWorkers, bp.CoworkingNomads, bp.LaunchTryers,
          bw.Tutors, bw.BPOSupport, bw.DataLabelling, bw.ContentCreators, bw.DevsOnVPN, bw.IDEAgents, bw.UniNLPLab,
          bf.EvalTeam, bf.AppBackends, bf.RAGPipelines, bf.ZDRInsurer, bf.LineBotPlatform]
CAMPAIGNS = [cc.HydraSwarm, cc.TemplateSweep, cc.EmbedSweep, cc.ResellerGateway, cc.LaunchBurst,
             cm.CoTElicitation, cm.AgenticHarvest, cm.ConsensusSampler, cm.ZDRShield,
             ce.Sleepers, ce.ParaphraseRotator, ce.InsiderBPO, ce.Trickle, ce.StudentMimic]


def build(seed: int, days: int):
    """All events (event-time order) and the labels of every account that has an event."""
    end = t_end(days)
    events: list[dict] = []
    labels: dict[str, dict] = {}
    for cls in BENIGN + CAMPAIGNS:
        p = cls(seed).run()
        evs = [e for e in p.events if e["ts"] < end]
        events.extend(evs)
        seen = {e["account_id"] for e in evs}
        for a in p.accounts:
            if a.id in seen:
                labels[a.id] = {"label": p.label, "population": p.name, "campaign": p.campaign}
    events.sort(key=lambda e: (e["ts"], e["event_id"]))
    labels = {k: labels[k] for k in sorted(labels)}
    return events, labels


def stats(events, labels, wire) -> str:
    pop_acc = collections.Counter(v["population"] for v in labels.values())
    pop_ev = collections.Counter()
    for e in events:
        pop_ev[labels[e["account_id"]]["population"]] += 1
    kind = {v["population"]: v["label"] for v in labels.values()}
    out = [f"{'population':26} {'label':7} {'accounts':>8} {'events':>8}"]
    for pop in [c.name for c in BENIGN + CAMPAIGNS]:
        out.append(f"{pop:26} {kind.get(pop, '-'):7} {pop_acc[pop]:8d} {pop_ev[pop]:8d}")
    att_a = sum(1 for v in labels.values() if v["label"] == "attack")
    att_e = sum(n for p, n in pop_ev.items() if kind[p] == "attack")
    st = collections.Counter(e["status"] for e in events)
    out.append(f"labelled accounts {len(labels)}  attack accounts {att_a} ({att_a / len(labels):.1%})")
    out.append(f"events {len(events)}  attack events {att_e} ({att_e / len(events):.1%})")
    out.append(f"lines {len(wire.lines)}  malformed {len(wire.malformed)} {wire.kinds}  redelivered {len(wire.redelivered)}")
    out.append("statuses " + " ".join(f"{k}:{v}" for k, v in sorted(st.items())))
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout47.gen")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2, choices=(1, 2))
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    events, labels = build(args.seed, args.days)
    wire = render(events, args.seed)
    write_gz(args.events, wire.lines)
    with open(args.labels, "wb") as f:
        f.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n")
    if args.stats:
        print(stats(events, labels, wire))
    return 0


if __name__ == "__main__":
    sys.exit(main())
