"""`enforcer datasets build --out FILE NAME=PATH ...`: index public question
sets (JSON Lines, one item a line, its text under "text", "question" or
"prompt") for the rules' `dataset_index`. The file holds 32-bit hashes of a
few word 3-grams per item and the items' positions, never their text.

`enforcer datasets match --index FILE`: read texts from stdin (one JSON string
or object with "text" a line) and print which item each quotes, for checking
an index by hand."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from enforcer.core.datasets import DatasetIndex

TEXT_FIELDS = ("text", "question", "prompt")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("datasets", help="build or try a public-dataset index (rules' dataset_index)")
    dsub = p.add_subparsers(dest="datasets_command", metavar="ACTION", required=True)
    b = dsub.add_parser("build", help="index public question sets, in the order of their files")
    b.add_argument("--out", required=True, help="index file to write")
    b.add_argument("sets", nargs="+", metavar="NAME=PATH", help="a set's name and its JSON Lines file")
    b.set_defaults(func=build)
    m = dsub.add_parser("match", help="print the item each text on stdin quotes")
    m.add_argument("--index", required=True)
    m.set_defaults(func=match)


def _text(doc) -> str:
    if isinstance(doc, str):
        return doc
    if isinstance(doc, dict):
        for k in TEXT_FIELDS:
            if isinstance(doc.get(k), str):
                return doc[k]
    raise ValueError(f"no text field ({', '.join(TEXT_FIELDS)})")


def read_items(path: Path) -> list[str]:
    items = []
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                items.append(_text(orjson.loads(line)))
            except (orjson.JSONDecodeError, ValueError) as exc:
                raise SystemExit(f"{path}:{n}: {exc}") from None
    return items


def build(args: argparse.Namespace) -> int:
    sets: dict[str, list[str]] = {}
    for spec in args.sets:
        name, sep, path = spec.partition("=")
        if not sep or not name or not path:
            print(f"expected NAME=PATH, got {spec!r}", file=sys.stderr)
            return 2
        if name in sets:
            print(f"set {name!r} given twice", file=sys.stderr)
            return 2
        sets[name] = read_items(Path(path))
    index = DatasetIndex.build(sets)
    data = index.to_bytes()
    Path(args.out).write_bytes(data)
    indexed = len(set(index.table.values()))
    total = sum(len(v) for v in sets.values())
    print(f"wrote {args.out}: {len(sets)} sets, {indexed:,} of {total:,} items indexed "
          f"({len(index.table):,} keys, {len(data):,} bytes)")
    for d in index.datasets:
        print(f"  {d.name:24s} {d.size:7,} items, neighbours within {d.radius}")
    return 0


def match(args: argparse.Namespace) -> int:
    index = DatasetIndex.from_bytes(Path(args.index).read_bytes())
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        code = index.lookup(_text(orjson.loads(line)))
        print("-" if code < 0 else f"{index.name(code)}#{code & 0xFFFFFF}")
    return 0
