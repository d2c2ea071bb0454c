"""`enforcer features [--rules DIR]`: list the names conditions can reference:
features per scope, event attributes, and (with --rules) the directory's lists
and macros."""

from __future__ import annotations

import argparse

from enforcer.core.features import MEMBER_ONLY, member_catalog
from enforcer.rules.conditions import ATTRIBUTES
from enforcer.rules.loader import RuleSetError, default_catalogs, load_rules


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("features", help="list the features rules can use, per scope")
    p.add_argument("--rules", help="include the marker-set features defined in this rules directory")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    markers: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()
    rs = None
    if args.rules:
        try:
            rs = load_rules(args.rules)
        except RuleSetError as exc:
            print(f"rules rejected:\n{exc}")
            return 1
        markers, networks = tuple(rs.markers), tuple(rs.networks)
    catalogs = default_catalogs(markers, networks)
    seen: dict[int, list[str]] = {}
    for scope, cat in catalogs.items():
        seen.setdefault(id(cat), []).append(scope)
    for scopes in seen.values():
        cat = catalogs[scopes[0]]
        print(f"scope {' | '.join(scopes)}:")
        for name in cat.names():
            print(f"  {name:34} {cat[name].type.__name__:6} {cat[name].description}")
    member = member_catalog(catalogs["account"])
    print("fanout_when (a member of an actioned group): the account features, and")
    for name in MEMBER_ONLY:
        print(f"  {name:34} {member[name].type.__name__:6} {member[name].description}")
    print("event attributes (every scope's `when`, lift_when, exceptions; not fanout_when; '' when absent):")
    for name, desc in ATTRIBUTES.items():
        print(f"  {name:34} {'string':6} {desc}")
    if rs is not None:
        print("lists (`x in name`):" if rs.lists else "lists: none")
        for name, items in rs.lists.items():
            shown = ", ".join(items[:5]) + (", ..." if len(items) > 5 else "")
            print(f"  {name:34} {len(items)} item(s): {shown}")
        print("macros (bool):" if rs.macros else "macros: none")
        for name, text in rs.macros.items():
            print(f"  {name:34} {' '.join(text.split())}")
    return 0
