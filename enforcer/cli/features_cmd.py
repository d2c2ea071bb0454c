"""`enforcer features`: list the features rules can reference, per scope."""

from __future__ import annotations

import argparse

from enforcer.rules.loader import default_catalogs


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("features", help="list the features rules can use, per scope")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for scope, cat in sorted(default_catalogs().items()):
        print(f"scope {scope}:")
        for name in cat.names():
            print(f"  {name:32} {cat[name].type.__name__:6} {cat[name].description}")
    return 0
