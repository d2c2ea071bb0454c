"""Co-membership of template groups on labelled traffic: are the same accounts
in many prompt-wrapper groups? An offline measurement of a signal no rule
reads yet (BENCHMARKS.md "Seventh independent generator").

    .venv/bin/python bench/comembership.py w1.jsonl.gz w1.labels.json --hours 30

Replays the events through the engine (default rules) up to `--hours` of event
time, then for every template group with at least 30 accounts in its last day
takes its remembered members and measures, against every other template group
with at least 10 members, the share of its members that are also there. The
third best of those shares is the group's co-membership: a template with both
ends fixed is two groups with the same members (its prefix and its suffix),
so the best one says nothing; a farm running a menu of wrappers has many. It
prints the top groups with their label make-up and counts attack-majority and
benign-majority groups above thresholds. Needs labels; reads only hashes and
counts (no prompt text is printed).
"""
from __future__ import annotations

import argparse
import collections
import sys

from enforcer.contracts import parse_event
from enforcer.core.engine import Engine
from enforcer.core.features import group_catalog
from enforcer.jsonl import open_lines
from enforcer.labels import load_labels
from enforcer.rules.loader import load_rules

HOUR_MS = 3_600_000
MIN_ACCOUNTS = 30


def measure(events: str, labels: dict, rules_dir: str, hours: float, min_accounts: int = MIN_ACCOUNTS):
    rules = load_rules(rules_dir)
    eng = Engine(rules)
    t0 = now = None
    with open_lines(events) as lines:
        for line in lines:
            try:
                ev = parse_event(line)
            except Exception:  # the dead-letter path of the engine is not what is measured here
                continue
            t0 = ev.ts if t0 is None else t0
            if ev.ts >= t0 + hours * HOUR_MS:
                break
            eng.process(ev)
            now = ev.ts
    cat = group_catalog(networks=tuple(rules.networks))
    groups = [(g, set(g.members)) for (kind, _), g in eng.group.groups.groups.items()
              if kind == "template" and len(g.members) >= 10]
    by_account = collections.defaultdict(list)
    for i, (_, members) in enumerate(groups):
        for a in members:
            by_account[a].append(i)
    rows = []
    for i, (g, members) in enumerate(groups):
        if cat["accounts_24h"].get(g, None, now) < min_accounts:
            continue
        shared = collections.Counter(j for a in members for j in by_account[a] if j != i)
        best = sorted(shared.values(), reverse=True) + [0, 0, 0]
        make_up = collections.Counter(labels.get(a, {}).get("label", "?")[0] + ":" +
                                      str(labels.get(a, {}).get("population", "?")) for a in members)
        rows.append({"co": best[2] / len(members), "members": len(members),
                     "completion": cat["avg_completion_tokens_24h"].get(g, None, now),
                     "distinct": cat["distinct_prompt_ratio_24h"].get(g, None, now), "make_up": make_up})
    rows.sort(key=lambda r: -r["co"])
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("events")
    ap.add_argument("labels")
    ap.add_argument("--rules", default="rules")
    ap.add_argument("--hours", type=float, default=30.0)
    ap.add_argument("--top", type=int, default=15)
    a = ap.parse_args(argv)
    rows = measure(a.events, load_labels(a.labels), a.rules, a.hours)
    for r in rows[:a.top]:
        print(f"co {r['co']:.2f} members {r['members']:4d} completion {r['completion']:6.0f} "
              f"distinct {r['distinct']:.2f} {dict(r['make_up'].most_common(3))}")
    print(f"template groups with {MIN_ACCOUNTS}+ accounts: {len(rows)}")
    for co in (0.5, 0.8):
        for comp in (0, 600):
            kinds: collections.Counter[str] = collections.Counter()
            benign: collections.Counter[str] = collections.Counter()
            for r in rows:
                if r["co"] < co or r["distinct"] < 0.8 or r["completion"] < comp:
                    continue
                attack = sum(v for p, v in r["make_up"].items() if p.startswith("a:"))
                if attack * 2 >= r["members"]:
                    kinds["attack"] += 1
                else:
                    kinds["benign"] += 1
                    benign[max((p for p in r["make_up"] if p.startswith("b:")), key=r["make_up"].get)] += 1
            print(f"co >= {co} distinct >= 0.8 completion >= {comp}: attack-majority {kinds['attack']}, "
                  f"benign-majority {kinds['benign']} {dict(benign)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
