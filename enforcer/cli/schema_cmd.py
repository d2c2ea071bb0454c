"""`enforcer schema [--out DIR]`: write the JSON Schemas of both contracts."""

from __future__ import annotations

import argparse
from pathlib import Path

import orjson

from enforcer.contracts import json_schemas


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("schema", help="write the request-event and decision JSON Schemas")
    p.add_argument("--out", default="schemas", help="directory (default: schemas)")
    p.add_argument("--check", action="store_true", help="exit 1 if the files differ from the models")
    p.set_defaults(func=run)


def render() -> dict[str, bytes]:
    return {name: orjson.dumps(s, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
            for name, s in json_schemas().items()}


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    stale = []
    for name, data in render().items():
        path = out / name
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(str(path))
            continue
        out.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path}")
    if stale:
        print("stale schema files (run `enforcer schema`): " + ", ".join(stale))
        return 1
    return 0
