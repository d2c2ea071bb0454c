"""The `enforcer` command. Each sub-command lives in its own module with a
`register(sub)` function that adds its parser and sets `func`."""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules are imported lazily by name so `enforcer rules check` does not pay
# for faust/aiokafka imports, and a missing optional adapter breaks only itself.
COMMANDS = ("backtest", "simulate", "rules_cmd", "schema_cmd", "features_cmd", "worker_cmd", "produce_cmd", "decisions_cmd",
            "topics_cmd", "explain_cmd", "datasets_cmd")


def build_parser() -> argparse.ArgumentParser:
    from enforcer import __version__

    parser = argparse.ArgumentParser(prog="enforcer", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"enforcer {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"enforcer.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("enforcer.cli."):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
