"""Backtest summaries and the detection report against labels.

Definitions (enforce-mode decisions only, shadow listed separately):
- recall: share of attack accounts challenged or suspended;
- leak: share of attack requests served before their account was first
  challenged or suspended;
- false actions: benign accounts challenged or suspended (throttles are
  listed, but a throttle is not a false suspension).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from enforcer.backtest import Summary


def summary_lines(s: Summary) -> list[str]:
    out = [
        f"events: {s.events}  invalid: {s.invalid}  late: {s.late}  duplicates: {s.duplicates}  "
        f"time: {s.seconds:.2f}s  throughput: {s.events_per_s:,.0f} events/s",
    ]
    if not s.decisions:
        out.append("decisions: none")
        return out
    out.append(f"decisions: {sum(s.decisions.values())}")
    out.append(f"  {'rule':40} {'action':10} {'mode':8} {'count':>8}")
    for (rule, action, mode), n in sorted(s.decisions.items()):
        out.append(f"  {rule:40} {action:10} {mode:8} {n:>8}")
    return out


def detection(s: Summary, labels: dict[str, dict[str, Any]]) -> dict[str, Any]:
    tr = s.tracker
    seen = set(tr.requests)
    pops: dict[str, dict[str, Any]] = defaultdict(lambda: {"label": None, "accounts": 0, "requests": 0, "blocked": 0,
                                                           "suspended": 0, "throttled_only": 0, "served_before_block": 0})
    blocked = tr.blocked.get("enforce", set())
    suspended = tr.suspended.get("enforce", set())
    acted = set().union(*tr.actioned.get("enforce", {}).values()) if tr.actioned.get("enforce") else set()
    for acct in seen:
        lab = labels.get(acct, {"label": "benign", "population": "unlabelled"})
        p = pops[lab.get("population") or lab["label"]]
        p["label"] = lab["label"]
        p["accounts"] += 1
        p["requests"] += tr.requests[acct]
        p["served_before_block"] += tr.served_before_block[acct]
        p["blocked"] += acct in blocked
        p["suspended"] += acct in suspended
        p["throttled_only"] += acct in acted and acct not in blocked
    tot = {lab: {"accounts": 0, "requests": 0, "blocked": 0, "suspended": 0, "served_before_block": 0}
           for lab in ("attack", "benign")}
    for p in pops.values():
        t = tot["attack" if p["label"] == "attack" else "benign"]
        for k in t:
            t[k] += p[k]
    a, b = tot["attack"], tot["benign"]
    per_rule: dict[str, dict[str, dict[str, int]]] = {}
    for mode, rules in tr.actioned.items():
        for rule, accts in rules.items():
            counts = {"attack": 0, "benign": 0}
            for acct in accts:
                counts["attack" if labels.get(acct, {}).get("label") == "attack" else "benign"] += 1
            per_rule.setdefault(mode, {})[rule] = counts
    return {
        "recall": a["blocked"] / a["accounts"] if a["accounts"] else None,
        "leak": a["served_before_block"] / a["requests"] if a["requests"] else None,
        "benign_blocked_rate": b["blocked"] / b["accounts"] if b["accounts"] else None,
        "benign_blocked": b["blocked"],
        "benign_suspended": b["suspended"],
        "attack_accounts": a["accounts"],
        "benign_accounts": b["accounts"],
        "populations": dict(sorted(pops.items())),
        "rules": per_rule,
    }


def detection_lines(rep: dict[str, Any]) -> list[str]:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.2f}%"

    out = ["per rule (accounts actioned):"]
    for mode, rules in sorted(rep["rules"].items()):
        for rule, c in sorted(rules.items()):
            out.append(f"  {rule:40} {mode:8} attack={c['attack']:<6} benign={c['benign']}")
    out.append("per population (enforce mode; blocked = challenged or suspended):")
    out.append(f"  {'population':18} {'label':7} {'accounts':>8} {'blocked':>8} {'suspended':>9} {'throttled':>9} {'leak':>8}")
    for name, p in rep["populations"].items():
        leak = p["served_before_block"] / p["requests"] if p["label"] == "attack" and p["requests"] else None
        out.append(
            f"  {name:18} {p['label']:7} {p['accounts']:>8} {p['blocked']:>8} {p['suspended']:>9} "
            f"{p['throttled_only']:>9} {pct(leak) if leak is not None else '':>8}"
        )
    out.append(
        f"recall: {pct(rep['recall'])} of {rep['attack_accounts']} attack accounts  leak: {pct(rep['leak'])}  "
        f"benign blocked: {rep['benign_blocked']} of {rep['benign_accounts']} ({pct(rep['benign_blocked_rate'])}), "
        f"suspended: {rep['benign_suspended']}"
    )
    return out


def diff(new: Summary, old: Summary, labels: dict[str, dict[str, Any]] | None) -> dict[str, Any]:
    """What changes between two rule sets over the same events (Stripe Radar
    style): per rule and mode, accounts newly actioned and no longer actioned,
    and the same for blocking (challenge/suspend) overall."""

    def count(accts: set[str]) -> dict[str, int]:
        out = {"accounts": len(accts)}
        if labels is not None:
            out["attack"] = sum(1 for a in accts if labels.get(a, {}).get("label") == "attack")
            out["benign"] = len(accts) - out["attack"]
        return out

    rules: dict[str, dict[str, Any]] = {}
    for mode in sorted(set(new.tracker.actioned) | set(old.tracker.actioned)):
        n_rules, o_rules = new.tracker.actioned.get(mode, {}), old.tracker.actioned.get(mode, {})
        for rule in sorted(set(n_rules) | set(o_rules)):
            n, o = n_rules.get(rule, set()), o_rules.get(rule, set())
            rules[f"{rule} ({mode})"] = {"status": "added" if not o else "removed" if not n else "kept",
                                         "new": count(n - o), "gone": count(o - n), "both": count(n & o)}
    nb, ob = new.tracker.blocked.get("enforce", set()), old.tracker.blocked.get("enforce", set())
    return {"rules": rules, "blocked": {"new": count(nb - ob), "gone": count(ob - nb), "both": count(nb & ob)}}


def diff_lines(d: dict[str, Any]) -> list[str]:
    def fmt(c: dict[str, int]) -> str:
        extra = f" (attack {c['attack']}, benign {c['benign']})" if "attack" in c else ""
        return f"{c['accounts']}{extra}"

    out = ["rule-set diff against the baseline (accounts):"]
    out.append(f"  {'rule (mode)':48} {'status':8} {'newly actioned':28} {'no longer actioned':28}")
    for name, r in d["rules"].items():
        out.append(f"  {name:48} {r['status']:8} {fmt(r['new']):28} {fmt(r['gone']):28}")
    b = d["blocked"]
    out.append(f"challenged or suspended (enforce): newly {fmt(b['new'])}; no longer {fmt(b['gone'])}; "
               f"in both {fmt(b['both'])}")
    return out
