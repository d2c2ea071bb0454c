"""`enforcer topics create`: create the stream's topics if missing (idempotent)."""

from __future__ import annotations

import argparse
import asyncio
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("topics", help="manage the stream's Kafka topics")
    tsub = p.add_subparsers(dest="topics_command", metavar="SUBCOMMAND", required=True)
    c = tsub.add_parser("create", help="create the requests, decisions, shadow decisions and DLQ topics if missing; "
                        "settings from ENFORCER_* (e.g. ENFORCER_KAFKA_BOOTSTRAP, ENFORCER_PARTITIONS)")
    c.add_argument("--bootstrap", help="override ENFORCER_KAFKA_BOOTSTRAP")
    c.add_argument("--partitions", type=int, help="override ENFORCER_PARTITIONS")
    c.set_defaults(func=create)


def create(args: argparse.Namespace) -> int:
    from enforcer.settings import Settings
    from enforcer.stream.topics import ensure_topics

    overrides = {k: v for k, v in {"kafka_bootstrap": args.bootstrap, "partitions": args.partitions}.items()
                 if v is not None}
    report = asyncio.run(ensure_topics(Settings(**overrides)))
    for line in report.lines():
        print(line, file=sys.stderr if line.startswith("PROBLEM") else sys.stdout)
    return 1 if report.problems else 0
