"""`enforcer rules check DIR`: validate a rules directory like the worker would."""

from __future__ import annotations

import argparse
import sys

from enforcer.rules.loader import RuleSetError, load_rules


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rules", help="work with rule files")
    rsub = p.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", required=True)
    c = rsub.add_parser("check", help="validate every rule file in DIR; non-zero exit on any error")
    c.add_argument("dir")
    c.set_defaults(func=check)


def check(args: argparse.Namespace) -> int:
    try:
        rs = load_rules(args.dir)
    except RuleSetError as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{len(exc.errors)} error(s); no rules loaded", file=sys.stderr)
        return 1
    for r in rs.rules:
        print(f"ok  {r.name:40} scope={r.scope:10} {r.action.value:9} ttl={r.ttl_ms // 1000}s mode={r.mode.value}"
              f"  ({r.file}:{r.line})")
    print(f"{len(rs.rules)} rule(s) in {len(rs.files)} file(s) valid; digest {rs.digest}")
    return 0
