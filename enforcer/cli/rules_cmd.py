"""`enforcer rules check DIR`: validate a rules directory like the worker would."""

from __future__ import annotations

import argparse
import sys
import time

from enforcer.contracts import ms_to_text
from enforcer.timeutil import format_duration_ms

from enforcer.rules.loader import RuleSetError, load_rules


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rules", help="work with rule files")
    rsub = p.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", required=True)
    c = rsub.add_parser("check", help="validate every rule file in DIR; non-zero exit on any error")
    c.add_argument("dir")
    c.set_defaults(func=check)
    t = rsub.add_parser("test", help="replay the golden cases under DIR/tests/ (events in, expected decisions out)")
    t.add_argument("dir", help="rules directory; cases are DIR/tests/<case>/{events.jsonl,expected.jsonl}")
    t.add_argument("--cases", help="cases directory (default: DIR/tests)")
    t.add_argument("-k", dest="select", help="only cases whose name contains this")
    t.set_defaults(func=test)


def check(args: argparse.Namespace) -> int:
    try:
        rs = load_rules(args.dir)
    except RuleSetError as exc:
        for err in exc.errors:
            print(f"error: {err}", file=sys.stderr)
        print(f"{len(exc.errors)} error(s); no rules loaded", file=sys.stderr)
        return 1
    for r in rs.rules:
        action = ">".join(st.action.value for st in r.steps) if r.escalation_ms else r.action.value
        extra = f" escalation={format_duration_ms(r.escalation_ms)}" if r.escalation_ms else ""
        extra += " lift_when" if r.lift is not None else ""
        extra += f" exceptions={','.join(x.name for x in r.exceptions)}" if r.exceptions else ""
        print(f"ok  {r.name:40} scope={r.scope:10} {action:9} ttl={r.ttl_ms // 1000}s mode={r.mode.value}{extra}"
              f"  ({r.file}:{r.line})")
    now = int(time.time() * 1000)
    for x in rs.exceptions:
        expires = x.expires_ms
        if expires is not None and expires <= now:
            print(f"warning: exception {x.name!r} (owner {x.owner}) expired at {ms_to_text(expires)}: "
                  "it no longer spares live traffic; remove it or extend it", file=sys.stderr)
    print(f"{len(rs.rules)} rule(s), {len(rs.exceptions)} exception(s), {len(rs.lists)} list(s), "
          f"{len(rs.macros)} macro(s) in {len(rs.files)} file(s) valid; digest {rs.digest}")
    return 0


def test(args: argparse.Namespace) -> int:
    from pathlib import Path

    from enforcer.goldens import find_cases, run_case

    try:
        rs = load_rules(args.dir)
    except RuleSetError as exc:
        print(f"rules rejected:\n{exc}", file=sys.stderr)
        return 1
    root = Path(args.cases) if args.cases else Path(args.dir) / "tests"
    cases = [c for c in find_cases(root) if not args.select or args.select in c.name] if root.is_dir() else []
    if not cases:
        print(f"no cases under {root} (a case is a directory with events.jsonl and expected.jsonl)", file=sys.stderr)
        return 1
    failed = 0
    for case in cases:
        res = run_case(case, rs)
        if res.ok:
            print(f"PASS {case.name} ({len(res.actual)} decisions)")
            continue
        failed += 1
        print(f"FAIL {case.name}")
        if res.error:
            print(f"  {res.error}")
        for line in res.diff():
            print(line)
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0
