"""Proxy rotation counted offline on labelled held-out sets: how many accounts
hop networks on most of their requests, by label, answer length and whether
a sweep's rules blocked them (BENCHMARKS.md "Measured in session 46").

    PYTHONPATH=. .venv/bin/python -m bench.rotation_offline --run /tmp/runs/p46b [--sets /tmp/sets] [--min-ratio 0.4]

A request hops when it comes from a client network (/24, or /64 for IPv6)
its account had not used before in the set, and from another ASN than the
account's request before: the rule of `network_hop_ratio_24h`, over the
whole two-day set instead of the engine's windows, so an estimate of what a
rule on it could gain, not a backtest. Accounts with 8+ requests. Reads
`<sets>/<name>.jsonl.gz` and `.labels.json` and `<run>/<name>/decisions.jsonl`
as `bench/heldout_sweep.py` writes them; prints counts only.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

import orjson

from bench.heldout_sweep import blocked, run_arguments, swept_sets
from enforcer.core.linkkeys import ip_prefix
from enforcer.jsonl import open_lines

MIN_REQUESTS = 8
SHORT_TOKENS = 400  # hopping_24h's answer gate


def hop_ratios(events) -> dict[str, tuple[float, float]]:
    """account -> (hop ratio, mean completion tokens), for accounts with MIN_REQUESTS+ requests."""
    seen: dict[str, set[str]] = defaultdict(set)
    last_asn: dict[str, str] = {}
    n, hops, tokens = Counter(), Counter(), Counter()
    for raw in events:
        try:
            e = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        if not isinstance(e, dict):
            continue
        a, ip = e.get("account_id"), e.get("ip")
        if not isinstance(a, str) or not isinstance(ip, str):
            continue
        net = ip_prefix(ip)
        if net is None:
            continue
        asn = str(e.get("asn"))
        n[a] += 1
        c = e.get("completion_tokens")
        tokens[a] += c if isinstance(c, int) else 0
        if a in last_asn and net not in seen[a] and last_asn[a] != asn:
            hops[a] += 1
        seen[a].add(net)
        last_asn[a] = asn
    return {a: (hops[a] / k, tokens[a] / k) for a, k in n.items() if k >= MIN_REQUESTS}


def tally(ratios: dict[str, tuple[float, float]], labels: dict, blocked_: set[str], min_ratio: float) -> Counter:
    """(who, answers) -> accounts hopping on min_ratio+ of their requests."""
    out: Counter = Counter()
    for a, (ratio, mean_tokens) in ratios.items():
        if ratio < min_ratio:
            continue
        lab = labels.get(a, {})
        if lab.get("label", "benign") == "benign":
            who = "benign"
        else:
            who = "campaign, blocked" if a in blocked_ else "campaign, missed"
        out[(who, "short" if mean_tokens < SHORT_TOKENS else "long")] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    run_arguments(ap)
    ap.add_argument("--min-ratio", type=float, default=0.4)
    a = ap.parse_args(argv)
    total: Counter = Counter()
    for _name, events, labels, decisions in swept_sets(a.run, a.sets):
        with open_lines(str(events)) as lines:
            ratios = hop_ratios(lines)
        total.update(tally(ratios, labels, blocked(decisions), a.min_ratio))
    print(f"accounts with {MIN_REQUESTS}+ requests hopping on {a.min_ratio:.0%}+ of them "
          f"(short: answers under {SHORT_TOKENS} tokens on average)")
    for (who, answers), k in sorted(total.items()):
        print(f"  {who:18s} {answers:5s} {k:6,d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
