"""`enforcer features [--rules DIR]`: list the features rules can reference, per scope."""

from __future__ import annotations

import argparse

from enforcer.rules.loader import RuleSetError, default_catalogs, load_rules


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("features", help="list the features rules can use, per scope")
    p.add_argument("--rules", help="include the marker-set features defined in this rules directory")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    markers: tuple[str, ...] = ()
    if args.rules:
        try:
            markers = tuple(load_rules(args.rules).markers)
        except RuleSetError as exc:
            print(f"rules rejected:\n{exc}")
            return 1
    catalogs = default_catalogs(markers)
    seen: dict[int, list[str]] = {}
    for scope, cat in catalogs.items():
        seen.setdefault(id(cat), []).append(scope)
    for scopes in seen.values():
        cat = catalogs[scopes[0]]
        print(f"scope {' | '.join(scopes)}:")
        for name in cat.names():
            print(f"  {name:34} {cat[name].type.__name__:6} {cat[name].description}")
    return 0
