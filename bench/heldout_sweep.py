"""Backtest a rules directory on the blind held-out generators' traffic, and
pool the detection figures (BENCHMARKS.md "Held-out generators at a glance").

    PYTHONPATH=. .venv/bin/python -m bench.heldout_sweep --rules rules --run /tmp/sweep/today --seeds 1
    PYTHONPATH=. .venv/bin/python -m bench.heldout_sweep --rules /tmp/candidate --run /tmp/sweep/cand \
        --seeds 1 --baseline /tmp/sweep/today        # what changes, per set, by label and population
    ... --by-rule                                     # pooled: the first rule that blocked each account
    ... --gain probe-a,probe-b                        # who these (shadow) rules decided that nothing
                                                      # enforced blocked: a relaxed copy of a rule, in
                                                      # shadow beside it, measured in the same run;
                                                      # per set, then pooled by label

Sets are generated once into --sets (default /tmp/sets, `<generator>-<seed>.jsonl.gz` and
`.labels.json`, 2 days each) and reused; a set whose report exists in --run is not run again, so an
interrupted sweep resumes. Backtests run as `enforcer backtest` subprocesses, --jobs at a time
(each needs ~1 GiB and 1-3 CPU-minutes for ~250,000 events). The generators are blind to the rules:
a change tuned on one of them is in-sample there; the figures of the others are the test.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
BLOCKING = ("challenge", "suspend")


def generators() -> list[str]:
    """bench/heldout, heldout3, ... in their order of arrival."""
    names = [p.parent.name for p in (ROOT / "bench").glob("heldout*/gen.py")]
    return sorted(names, key=lambda n: int(n[len("heldout"):] or 1))


def generate_cmd(gen: str, seed: int, events: Path, labels: Path) -> list[str]:
    # The thirty-eighth and later name the events file --events; the others --out.
    flag = "--events" if "--events" in (ROOT / "bench" / gen / "gen.py").read_text() else "--out"
    return [sys.executable, "-m", f"bench.{gen}.gen", "--seed", str(seed), "--days", "2", flag, str(events),
            "--labels", str(labels)]


def run_set(name: str, gen: str, seed: int, sets: Path, rules: Path, run: Path) -> str:
    events, labels = sets / f"{name}.jsonl.gz", sets / f"{name}.labels.json"
    out = run / name
    if (out / "report.json").exists():
        return f"{name}: kept"
    if not labels.exists():
        subprocess.run(generate_cmd(gen, seed, events, labels), cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "enforcer", "backtest", "--rules", str(rules), "--events", str(events),
                    "--labels", str(labels), "--out", str(out / "decisions.jsonl"),
                    "--report-json", str(out / "report.part"), "--no-progress"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    (out / "report.part").rename(out / "report.json")  # only a finished backtest counts as done
    return f"{name}: done"


def pooled(reports: dict[str, dict]) -> dict[str, float]:
    """Pooled over sets: campaign accounts blocked / all, benign blocked / all, benign suspended."""
    a = ab = b = bb = bs = 0
    for rep in reports.values():
        d = rep["detection"]
        a += d["attack_accounts"]
        ab += round(d["recall"] * d["attack_accounts"])
        b += d["benign_accounts"]
        bb += d["benign_blocked"]
        bs += d["benign_suspended"]
    return {"sets": len(reports), "campaign": a, "campaign_blocked": ab, "recall": ab / a if a else 0.0,
            "benign": b, "benign_blocked": bb, "benign_rate": bb / b if b else 0.0, "benign_suspended": bs}


def blocked(decisions: Path) -> set[str]:
    out = set()
    with open(decisions, "rb") as f:
        for line in f:
            d = orjson.loads(line)
            if d["mode"] == "enforce" and d["action"] in BLOCKING:
                out.add(d["account_id"])
    return out


def run_arguments(ap: argparse.ArgumentParser, run_help: str = "a bench.heldout_sweep run (its decisions)") -> None:
    """--run and --sets, for the offline measurements that read a sweep's output."""
    ap.add_argument("--run", type=Path, required=True, help=run_help)
    ap.add_argument("--sets", type=Path, default=Path("/tmp/sets"))


def swept_sets(run: Path, sets: Path) -> Iterator[tuple[str, Path, dict[str, dict], Path]]:
    """(name, events, labels, decisions) of each set a --run holds whose events are in --sets."""
    from enforcer.labels import parse_labels  # generators name the label fields differently
    for out in sorted(p.parent for p in run.glob("*/report.json")):
        events = sets / f"{out.name}.jsonl.gz"
        if events.exists():
            yield out.name, events, parse_labels((sets / f"{out.name}.labels.json").read_bytes()), out / "decisions.jsonl"


def first_blockers(decisions: Path) -> dict[str, str]:
    """account -> the rule of its first enforced challenge or suspension (decisions are in event time order)."""
    out: dict[str, str] = {}
    with open(decisions, "rb") as f:
        for line in f:
            d = orjson.loads(line)
            if d["mode"] == "enforce" and d["action"] in BLOCKING and d["account_id"] not in out:
                out[d["account_id"]] = d["rule"]
    return out


def gains(decisions: Path, rules: set[str], blocked_: set[str]) -> dict[str, set[str]]:
    """rule -> accounts it decided (any mode or action, lifts aside) that no enforced decision blocked."""
    out: dict[str, set[str]] = {r: set() for r in rules}
    with open(decisions, "rb") as f:
        for line in f:
            d = orjson.loads(line)
            if d["rule"] in rules and d["action"] != "lift" and d["account_id"] not in blocked_:
                out[d["rule"]].add(d["account_id"])
    return out


def gain_totals(gained: dict[str, set[str]], labels: dict[str, dict]) -> Counter:
    """(rule, label) -> accounts: one set's gains, to pool across sets. Accounts
    without a label (none in a well-formed set) are not counted."""
    return Counter((r, labels[a]["label"]) for r, accs in gained.items() for a in accs if a in labels)


def changes(base: set[str], new: set[str], labels: dict[str, dict]) -> dict[str, Counter]:
    """Accounts blocked only in `new` (+) or only in `base` (-), by (label, population)."""
    def by(accounts):
        return Counter((labels[a]["label"], labels[a]["population"]) for a in accounts if a in labels)
    return {"+": by(new - base), "-": by(base - new)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rules", type=Path, required=True)
    run_arguments(ap, "where each set's decisions and report go")
    ap.add_argument("--seeds", default="1,2", help="comma-separated seeds (default 1,2)")
    ap.add_argument("--only", default="", help="comma-separated generators (default: all)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--baseline", type=Path, help="an earlier --run to compare blocked accounts with")
    ap.add_argument("--by-rule", action="store_true",
                    help="pooled: campaign and benign accounts by the first rule that blocked them")
    ap.add_argument("--gain", default="", help="comma-separated rules (typically shadow probes): per set, the "
                    "accounts each decided that no enforced decision blocked, by label and population")
    a = ap.parse_args(argv)
    a.run, a.sets = a.run.resolve(), a.sets.resolve()  # the subprocesses run from the repository root
    from enforcer.labels import parse_labels

    gens = [g for g in generators() if not a.only or g in a.only.split(",")]
    todo = [(f"{g}-{s}", g, int(s)) for g in gens for s in a.seeds.split(",")]
    a.sets.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for msg in pool.map(lambda t: run_set(*t, a.sets, a.rules.resolve(), a.run), todo):
            print(msg, flush=True)
    reports = {n: orjson.loads((a.run / n / "report.json").read_bytes()) for n, _, _ in todo}
    probes = {r for r in a.gain.split(",") if r}
    by_rule: Counter = Counter()
    gained_total: Counter = Counter()
    for n, rep in reports.items():
        d = rep["detection"]
        print(f"{n:14s} recall {100 * d['recall']:6.2f}%  leak {100 * d['leak']:6.2f}%  benign "
              f"{d['benign_blocked']:5d} ({100 * d['benign_blocked_rate']:.2f}%)  suspended {d['benign_suspended']}")
        if a.baseline is not None and (a.baseline / n / "report.json").exists():
            labels = parse_labels((a.sets / f"{n}.labels.json").read_bytes())
            diff = changes(blocked(a.baseline / n / "decisions.jsonl"), blocked(a.run / n / "decisions.jsonl"), labels)
            for sign, c in diff.items():
                if c:
                    print(f"    {sign} " + ", ".join(f"{k} {p} {v}" for (k, p), v in c.most_common()))
        if a.by_rule or probes:
            labels = parse_labels((a.sets / f"{n}.labels.json").read_bytes())
            first = first_blockers(a.run / n / "decisions.jsonl")
            by_rule.update((r, labels[acc]["label"]) for acc, r in first.items() if acc in labels)
            gained = gains(a.run / n / "decisions.jsonl", probes, set(first))
            gained_total.update(gain_totals(gained, labels))
            for r, accs in sorted(gained.items()):
                c = Counter((labels[x]["label"], labels[x]["population"]) for x in accs if x in labels)
                print(f"    gain {r}: " + (", ".join(f"{k} {p} {v}" for (k, p), v in c.most_common()) or "none"))
    if a.by_rule:
        print("first blocking rule, pooled:")
        for r in sorted({r for r, _ in by_rule}, key=lambda r: (-by_rule[(r, "attack")], r)):
            print(f"  {r:45s} campaign {by_rule[(r, 'attack')]:6,d}  benign {by_rule[(r, 'benign')]:5,d}")
    if probes:
        print("gain, pooled (accounts no enforced decision blocked):")
        for r in sorted(probes):
            print(f"  {r:45s} campaign {gained_total[(r, 'attack')]:6,d}  benign {gained_total[(r, 'benign')]:5,d}")
    p = pooled(reports)
    print(f"pooled over {p['sets']} sets: campaign {p['campaign_blocked']:,} / {p['campaign']:,} "
          f"({100 * p['recall']:.2f}%), benign {p['benign_blocked']:,} / {p['benign']:,} "
          f"({100 * p['benign_rate']:.2f}%), benign suspended {p['benign_suspended']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
