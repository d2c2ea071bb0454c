"""Cluster protocol micro benchmark: LocalClusters (account side + key side,
wired synchronously) over simulated traffic, link keys extracted beforehand.

Prints events/s, protocol messages per event, bytes per tracked account
(tracemalloc and the stores' own estimate) and cluster statistics against the
simulator's labels. Figures go to BENCHMARKS.md.

    .venv/bin/python bench/bench_clusters.py [--days 2] [--scale 1] [--seed 7] [--epoch-h 6]
        [--caps payment=64,device=256]   (hub cap per linking kind; other kinds do not link)
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from enforcer.contracts import parse_event  # noqa: E402
from enforcer.core.clusters import ClusterConfig, LocalClusters, Relabel, encode  # noqa: E402
from enforcer.core.linkkeys import KINDS, link_keys  # noqa: E402
from enforcer.sim import SimConfig, generate  # noqa: E402

H = 3_600_000


def run(events, cfg: ClusterConfig, days_new: float = 7.0, tags: list | None = None):
    lc = LocalClusters(cfg)
    new_ms = int(days_new * 24 * H)
    gc.collect()
    t = time.perf_counter()
    for account, ts, links, created in events:
        cid = lc.observe(account, ts, links, created is not None and ts - created < new_ms)
        if tags is not None:
            tags.append(cid)
    return lc, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=float, default=2.0)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--epoch-h", type=float, default=6.0)
    ap.add_argument("--caps", default="", help="kind=cap,... (default: the ClusterConfig defaults)")
    args = ap.parse_args()

    t = time.perf_counter()
    evs, labels = generate(SimConfig(seed=args.seed, days=args.days, scale=args.scale))
    events = []
    for e in evs:
        ev = parse_event(orjson.dumps(e))
        events.append((ev.account_id, ev.ts, link_keys(ev, (), frozenset(KINDS) - {"template"}),
                       ev.account_created_at))
    print(f"simulated {len(events):,} events, {len(labels):,} accounts in {time.perf_counter() - t:.1f}s")

    extra = {}
    if args.caps:
        extra["max_key_accounts"] = {k: int(v) for k, v in (x.split("=") for x in args.caps.split(","))}
    cfg = ClusterConfig(epoch_ms=int(args.epoch_h * H), **extra)
    lc, dt = run(events, cfg)
    tags: list = []
    lc, _ = run(events, cfg, tags=tags)  # again, keeping each event's cluster id (what the group stage would get)
    print(f"\nLocalClusters, kinds {dict(cfg.max_key_accounts)}, epoch {args.epoch_h:g} h, ttl 7 d")
    print(f"  {len(events) / dt:,.0f} events/s ({dt:.2f}s); {lc.messages / len(events):.2f} messages/event "
          f"({lc.messages:,}); unsettled calls {lc.unsettled}")

    # Resident memory of the two stores, measured on a fresh run.
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    lc2, _ = run(events, cfg)
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    n_acc, n_key = len(lc2.accounts), len(lc2.keys)
    print(f"  state: {n_acc:,} accounts, {n_key:,} keys; tracemalloc {used / n_acc:,.0f} bytes/account "
          f"(estimate {lc2.nbytes() / n_acc:,.0f})")
    del lc2

    # Wire volume: every message encoded as the stream would put it on a topic.
    wire = Counter()

    class Wired(LocalClusters):
        def _drain(self) -> None:
            for m in self.queue:
                wire["relabel" if isinstance(m, Relabel) else "link"] += len(encode(m))
            q, self.queue = self.queue, type(self.queue)()
            while q:
                m = q.popleft()
                out = self.accounts.on_relabel(m) if isinstance(m, Relabel) else self.keys.on(m)
                for x in out:
                    wire["relabel" if isinstance(x, Relabel) else "link"] += len(encode(x))
                q.extend(out)
                self.messages += 1

    w = Wired(cfg)
    for account, ts, links, _ in events:
        w.observe(account, ts, links)
    print(f"  wire: {wire['link'] / len(events):.0f} B/event to the key side (Link/Unlink, key kind:key), "
          f"{wire['relabel'] / len(events):.0f} B/event to the account side (Relabel, key account)")
    del w

    end = max(e[1] for e in events)
    for t in (end + cfg.epoch_ms, end + 2 * cfg.epoch_ms):  # settle: the exact components of the live graph
        lc.advance(t)
    by_cluster = defaultdict(list)
    for a in labels:
        by_cluster[lc.cluster_of(a)].append(a)
    hydra = [a for a, v in labels.items() if v["population"] == "hydra"]
    hc = Counter(lc.cluster_of(a) for a in hydra)
    campaigns = len({labels[a]["campaign"] for a in hydra})
    print(f"\nhydra: {len(hydra)} accounts in {campaigns} campaigns -> {len(hc)} clusters, biggest "
          f"{[n for _, n in hc.most_common(5)]}")
    for cid, n in hc.most_common(campaigns):
        pops = Counter(labels[a]["population"] for a in by_cluster[cid])
        share = sum(labels[a]["population"] == "hydra" for a in by_cluster[cid]) / len(by_cluster[cid])
        print(f"  {cid}: {dict(pops)} hydra share {share:.0%}, new-account share "
              f"{lc.new_share(by_cluster[cid][0]):.0%}")
    others = sorted(((len(m), Counter(labels[a]['population'] for a in m)) for c, m in by_cluster.items()
                     if c not in hc and len(m) > 1), key=lambda r: -r[0])
    print(f"non-hydra clusters of 2+: {len(others)}, biggest {[(n, dict(p)) for n, p in others[:3]]}")
    print(f"benign accounts in hydra clusters (settled): "
          f"{sum(labels[a]['population'] != 'hydra' for c in hc for a in by_cluster[c])}")
    top = {c for c, _ in hc.most_common(campaigns)}
    tagged = Counter(labels[e[0]]["population"] == "hydra" for e, cid in zip(events, tags) if cid in top)
    print(f"events tagged online with a hydra cluster's id: {tagged[True]:,} hydra, {tagged[False]:,} others "
          f"(of {sum(labels[e[0]]['population'] != 'hydra' for e in events):,} non-hydra events)")
    print(f"key side: {dict(lc.keys.stats)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
