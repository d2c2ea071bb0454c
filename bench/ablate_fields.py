"""Copy a request-event file with some fields removed, to measure what the
rules lose when a gateway does not send them (BENCHMARKS.md, "Sensitivity").

    .venv/bin/python bench/ablate_fields.py e8.jsonl.gz e8-noage.jsonl.gz account_created_at

Lines that are not JSON objects are copied unchanged, so the copy dead-letters
what the original did.
"""
from __future__ import annotations

import argparse
import sys

import orjson

from enforcer.contracts import RequestEvent
from enforcer.jsonl import open_lines, open_out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("fields", nargs="+", help="event fields to remove")
    a = ap.parse_args(argv)
    required = {n for n, f in RequestEvent.model_fields.items() if f.is_required()}
    if bad := sorted(set(a.fields) & required):
        ap.error(f"required by the event contract, cannot be removed: {', '.join(bad)}")
    if bad := sorted(set(a.fields) - set(RequestEvent.model_fields)):
        ap.error(f"not event fields: {', '.join(bad)}")
    n = 0
    with open_lines(a.src) as src, open_out(a.dst) as dst:
        for line in src:
            try:
                ev = orjson.loads(line)
            except orjson.JSONDecodeError:
                ev = None
            if isinstance(ev, dict):
                for k in a.fields:
                    ev.pop(k, None)
                line = orjson.dumps(ev) + b"\n"
            dst.write(line)
            n += 1
    print(f"{n} lines written to {a.dst} without {', '.join(a.fields)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
