"""`enforcer topics create`: create the stream's topics if missing (idempotent).
`enforcer topics lag`: how far the worker's consumer group is behind on the requests topic."""

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
    g = tsub.add_parser("lag", help="the worker group's committed offsets against the requests topic's end offsets")
    g.add_argument("--bootstrap", help="override ENFORCER_KAFKA_BOOTSTRAP")
    g.add_argument("--group", help="consumer group (default ENFORCER_APP_ID or enforcer)")
    g.add_argument("--topic", help="default ENFORCER_TOPIC_REQUESTS or enforcer.requests")
    g.add_argument("--wait", action="store_true", help="wait until the lag is 0 (exit 1 on --timeout)")
    g.add_argument("--timeout", type=float, default=300.0, help="seconds --wait waits at most (default 300)")
    g.set_defaults(func=lag)


def create(args: argparse.Namespace) -> int:
    from enforcer.settings import Settings
    from enforcer.stream.topics import ensure_topics

    overrides = {k: v for k, v in {"kafka_bootstrap": args.bootstrap, "partitions": args.partitions}.items()
                 if v is not None}
    report = asyncio.run(ensure_topics(Settings(**overrides)))
    for line in report.lines():
        print(line, file=sys.stderr if line.startswith("PROBLEM") else sys.stdout)
    return 1 if report.problems else 0


def lag(args: argparse.Namespace) -> int:
    import time

    from enforcer.settings import Settings

    overrides = {k: v for k, v in {"kafka_bootstrap": args.bootstrap, "app_id": args.group,
                                   "topic_requests": args.topic}.items() if v is not None}
    s = Settings(**overrides)
    # Without --topic: the requests topic and then the stage topics (group-obs,
    # fanout), so "caught up" includes the group stage's fan-outs.
    topics = [s.topic_requests] + ([s.topic_group_obs, s.topic_fanout] if args.topic is None else [])
    deadline = time.monotonic() + args.timeout
    while True:
        offsets = [(t, *asyncio.run(group_offsets(s.bootstrap_servers(), s.app_id, t))) for t in topics]
        behind = sum(end - committed for _, committed, end in offsets)
        if not args.wait or behind <= 0:
            for t, committed, end in offsets:
                print(f"group {s.app_id} on {t}: committed {committed} of {end} (lag {end - committed})")
            return 0
        if time.monotonic() > deadline:
            print(f"group {s.app_id}: still {behind} behind after {args.timeout:g}s "
                  f"({', '.join(f'{t} {e - c}' for t, c, e in offsets)})", file=sys.stderr)
            return 1
        time.sleep(0.5)


async def group_offsets(bootstrap: list[str], group: str, topic: str) -> tuple[int, int]:
    """(committed, end) offsets of `group` on `topic`, summed over its partitions
    (committed counts 0 for a partition the group has not committed yet)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.errors import KafkaError

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15_000)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, request_timeout_ms=15_000)
    await admin.start()
    await consumer.start()
    try:
        [meta] = await admin.describe_topics([topic])
        if meta.get("error_code") or not meta.get("partitions"):
            raise SystemExit(f"topic {topic} does not exist")
        tps = [TopicPartition(topic, p["partition"]) for p in meta["partitions"]]
        end = await consumer.end_offsets(tps)
        try:
            offs = await admin.list_consumer_group_offsets(group)
        except KafkaError:  # no group (coordinator) yet
            offs = {}
        done = sum(min(offs[tp].offset, end[tp]) for tp in tps if tp in offs and offs[tp].offset >= 0)
        return done, sum(end.values())
    finally:
        await consumer.stop()
        await admin.close()
