"""`enforcer explain ACCOUNT --events FILE [--rules DIR] [--json]`: replay the
events in event time, then show why the account is (or is not) actioned: its
features and those of its groups, each rule's verdict (matches / near /
spared by an exception), the exceptions that spared it, and its decisions.

The running worker answers the same question: GET /explain/ACCOUNT on its obs
port (enforcer.obs.http).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

import orjson

from enforcer.backtest import replay
from enforcer.contracts import Decision, InvalidEvent, parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.explain import explain_account
from enforcer.core.verdicts import Attrs, fmt
from enforcer.jsonl import open_lines
from enforcer.rules.loader import RuleSetError, load_rules


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("explain", help="replay events and explain one account's features, rule verdicts and decisions")
    p.add_argument("account")
    p.add_argument("--events", required=True, help="JSON Lines (plain, .gz, or - for stdin)")
    p.add_argument("--rules", default="rules", help="rules directory (default: rules)")
    p.add_argument("--json", action="store_true", help="print the explanation as JSON")
    p.add_argument("--dry-run", action="store_true", help="treat every rule as shadow")
    p.add_argument("--all-features", action="store_true", help="list every feature, not only those rules use")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        rules = load_rules(args.rules)
    except RuleSetError as exc:
        print(f"rules rejected:\n{exc}", file=sys.stderr)
        return 2
    eng = Engine(rules, EngineConfig(dry_run=args.dry_run))
    mine: list[Decision] = []
    last: dict[str, Any] = {}

    def lines():
        with open_lines(args.events) as src:
            for raw in src:
                if args.account.encode() in raw:  # cheap pre-filter; parsed below only if it may match
                    try:
                        ev = parse_event(raw)
                    except InvalidEvent:
                        pass
                    else:
                        if ev.account_id == args.account:
                            last["ev"] = ev
                yield raw

    replay(lines(), rules, engine=eng,
           on_decision=lambda d: mine.append(d) if d.account_id == args.account else None)
    attrs = Attrs.of(last["ev"]) if "ev" in last else None
    res = explain_account(eng, args.account, decisions=mine, attrs=attrs)
    if res is None or ("ev" not in last and not mine):
        print(f"account {args.account!r}: no events in {args.events}", file=sys.stderr)
        return 1
    if args.json:
        sys.stdout.buffer.write(orjson.dumps(res, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    for line in text_lines(res, all_features=args.all_features):
        print(line)
    return 0


def _used(rules: list[dict]) -> set[str]:
    return {k for r in rules for k in r["values"]}


def _features(features: dict, used: set[str], all_features: bool) -> list[str]:
    names = sorted(features) if all_features else sorted(n for n in features if n in used)
    return [f"    {n:34} {fmt(features[n])}" for n in names]


def _verdict(r: dict) -> str:
    state = ("MATCHES" if r["fires"] else "spared" if r["matches"] else "near" if r["near"] else "no")
    values = ", ".join(f"{k}={fmt(v)}" for k, v in r["values"].items())
    extra = f"  spared by {', '.join(r['spared_by'])}" if r["spared_by"] else ""
    active = f"  [active {r['active']['action']} until {r['active']['expires_at']}]" if "active" in r else ""
    return f"    {state:7} {r['rule']:36} ({values}){extra}{active}"


def text_lines(res: dict, all_features: bool = False) -> list[str]:
    attrs = ", ".join(f"{k}={v}" for k, v in res["attributes"].items() if v)
    out = [f"account {res['account']} at {res['clock']}  ({attrs}; rules digest {res['rules_digest']}"
           f"{'; dry run' if res['dry_run'] else ''})"]
    if "features" in res:
        used = _used(res["rules"])
        out.append("  features" + ("" if all_features else " used by rules (--all-features for every one)") + ":")
        out += _features(res["features"], used, all_features)
        out.append("  account rules (MATCHES | spared: matches but an exception applies | near: would match with "
                   "every value 1/near_limit closer | no):")
        out += [_verdict(r) for r in res["rules"]] or ["    (none)"]
    else:
        out.append("  not in memory (idle or evicted): no current features")
    for g in res["groups"]:
        out.append(f"  group {g['kind']}:{g['key']} ({g['members_remembered']} member(s) remembered, clock {g['clock']}):")
        out += _features(g["features"], _used(g["rules"]), all_features)
        out += [_verdict(r) for r in g["rules"]] or ["    (no rules for this scope)"]
    if not res["groups"]:
        out.append("  groups: none (no link key shared with another account)")
    for x in res["exceptions_applied"]:
        out.append(f"  exception {x['exception']} spared it from {x['rule']} {x['hits']} time(s): {x['reason']} "
                   f"(owner {x['owner']})")
    if res["offences"]:
        out.append("  offences (escalating rules): " + ", ".join(f"{r}: {len(t)}" for r, t in res["offences"].items()))
    decisions = res.get("decisions", res.get("recent_decisions", []))
    out.append(f"  decisions ({len(decisions)}):")
    for d in decisions:
        out.append(f"    {d['issued_at']} {d['action']:9} {d['mode']:7} {d['rule']}: {d['reason']}")
    return out
