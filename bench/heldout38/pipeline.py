"""Build one seed in memory: every population, the wire lines, the labels."""
from __future__ import annotations

from collections import Counter

from . import benign, benign_org, benign_svc, campaigns, campaigns2, campaigns3
from .engine import PopOut
from .wire import assemble
from .world import Window


def populations(W: Window) -> list[PopOut]:
    return (benign.build_all(W) + benign_svc.build_all(W) + benign_org.build_all(W) + campaigns.build_all(W)
            + campaigns2.build_all(W) + campaigns3.build_all(W))


def build(seed: int, days: int = 2):
    W = Window(seed, days)
    pops = populations(W)
    events: list[dict] = []
    owner: dict[str, PopOut] = {}
    for p in pops:
        events.extend(p.events)
        for a in p.accounts:
            if a.id in owner:
                raise ValueError(f"account id collision: {a.id}")
            owner[a.id] = p
    lines, manifest = assemble(W, events)
    lost = set(manifest["lost_event_ids"])
    live = Counter(e["account_id"] for e in events if e["event_id"] not in lost)
    labels = {}
    for aid in sorted(live):
        p = owner[aid]
        labels[aid] = {"label": p.label, "population": p.name, "campaign": p.campaign}
    stats = {}
    for p in pops:
        n_ev = sum(1 for e in p.events if e["event_id"] not in lost)
        n_acc = sum(1 for a in p.accounts if live.get(a.id))
        stats[p.name] = {"label": p.label, "accounts": n_acc, "events": n_ev,
                         "per_acct_day": round(n_ev / max(1, n_acc) / days, 1)}
    return W, lines, labels, manifest, stats
