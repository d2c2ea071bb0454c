"""`enforcer decisions tail|dump`: read the decisions topics as the gateway would.

    enforcer decisions tail                  # new decisions, enforce and shadow, as they arrive
    enforcer decisions tail --from-beginning
    enforcer decisions tail --format compact # one readable line per decision, tombstones left out
    enforcer decisions dump --out d.jsonl    # everything from the earliest offset up to the current end
    enforcer decisions dump --out s.jsonl --shadow

Each line is a decision's JSON exactly as published; a tombstone (the record
that follows a lift) is written as {"key": ..., "tombstone": true}.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from typing import IO

import orjson

from enforcer.jsonl import open_out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("decisions", help="read the decisions topics")
    dsub = p.add_subparsers(dest="decisions_command", metavar="SUBCOMMAND", required=True)
    t = dsub.add_parser("tail", help="print decisions as they arrive (enforce and shadow topics)")
    t.add_argument("--from-beginning", action="store_true", help="start at the earliest offset instead of now")
    t.add_argument("--max", type=int, help="stop after this many records")
    t.add_argument("--timeout", type=float, help="stop after this many seconds")
    t.add_argument("--format", choices=("json", "compact"), default="json",
                   help="json: each record as published (default); compact: one readable line per decision")
    _common(t)
    t.set_defaults(func=tail)
    d = dsub.add_parser("dump", help="write every record from the earliest offset up to the current end")
    d.add_argument("--out", required=True, help="JSON Lines file (.gz ok, - for stdout)")
    d.add_argument("--shadow", action="store_true", help="dump the shadow decisions topic instead")
    d.add_argument("--timeout", type=float, default=120.0, help="give up after this many seconds (default 120)")
    _common(d)
    d.set_defaults(func=dump)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--bootstrap", help="default: ENFORCER_KAFKA_BOOTSTRAP or 127.0.0.1:9092")
    p.add_argument("--topic", action="append", help="read this topic instead (repeatable)")


def _settings(args: argparse.Namespace):
    from enforcer.settings import Settings

    return Settings(**({"kafka_bootstrap": args.bootstrap} if args.bootstrap else {}))


def record_line(key: bytes | None, value: bytes | None) -> bytes:
    if value is None:
        return orjson.dumps({"key": key.decode("utf-8", "replace") if key is not None else None, "tombstone": True})
    return value


async def _assigned_consumer(s, topics: list[str]):
    from aiokafka import AIOKafkaConsumer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=s.bootstrap_servers(), request_timeout_ms=30_000)
    await admin.start()
    try:
        meta = {t["topic"]: t for t in await admin.describe_topics(topics)}
    finally:
        await admin.close()
    tps = []
    for topic in topics:
        t = meta.get(topic)
        if t is None or t.get("error_code") or not t.get("partitions"):
            raise SystemExit(f"topic {topic} does not exist")
        tps.extend(TopicPartition(topic, p["partition"]) for p in sorted(t["partitions"], key=lambda p: p["partition"]))
    consumer = AIOKafkaConsumer(bootstrap_servers=s.bootstrap_servers(), enable_auto_commit=False,
                                group_id=None, request_timeout_ms=30_000)
    await consumer.start()
    consumer.assign(tps)
    return consumer, tps


async def _seek(consumer, tps: list, where: str) -> None:
    # Explicit offsets: seek_to_beginning/end right after assign() can lose a race
    # with the consumer's own initial offset reset.
    offsets = await (consumer.beginning_offsets(tps) if where == "beginning" else consumer.end_offsets(tps))
    for tp in tps:
        consumer.seek(tp, offsets[tp])


def compact_line(key: bytes | None, value: bytes | None) -> bytes | None:
    """One readable line per decision (None for a tombstone: the lift before it says it all):

    2026-11-02T03:14:07.000Z enforce challenge acct-9f2c   new-account-long-answer-harvest  until 04:14:07
    """
    if value is None:
        return None
    try:
        d = orjson.loads(value)
        action, until = d["action"], d["expires_at"]
        what = f"ends {d['evidence'].get('lifted', '?')}" if action == "lift" else f"until {until[11:19]}"
        if action == "throttle" and d.get("throttle_rps") is not None:
            what += f" at {d['throttle_rps']:g} rps"
        scope = "" if d.get("scope", "account") == "account" else f" [{d['scope']}:{d['scope_key']}]"
        line = (f"{d['issued_at']} {d['mode']:<7} {action:<9} {d['account_id']:<14} {d['rule']:<34} "
                f"{what}{scope}")
    except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
        line = f"(not a decision) key={key!r}"
    return line.encode()


def tail(args: argparse.Namespace) -> int:
    s = _settings(args)
    topics = args.topic or [s.topic_decisions, s.topic_decisions_shadow]
    fmt = compact_line if args.format == "compact" else record_line
    try:
        return asyncio.run(_tail(s, topics, args.from_beginning, args.max, args.timeout, sys.stdout.buffer, fmt))
    except KeyboardInterrupt:
        return 130


async def _tail(s, topics: list[str], from_beginning: bool, max_n: int | None, timeout: float | None,
                out: IO[bytes], fmt=record_line) -> int:
    consumer, tps = await _assigned_consumer(s, topics)
    n = 0
    deadline = time.monotonic() + timeout if timeout else None
    try:
        await _seek(consumer, tps, "beginning" if from_beginning else "end")
        while (max_n is None or n < max_n) and (deadline is None or time.monotonic() < deadline):
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for r in records:
                    line = fmt(r.key, r.value)
                    if line is not None:
                        out.write(line + b"\n")
                    n += 1
            out.flush()
    finally:
        await consumer.stop()
    return 0


def dump(args: argparse.Namespace) -> int:
    s = _settings(args)
    topics = args.topic or [s.topic_decisions_shadow if args.shadow else s.topic_decisions]
    with open_out(args.out) as out:
        n, tombstones = asyncio.run(_dump(s, topics, args.timeout, out))
    print(f"dumped {n} records ({tombstones} tombstones) from {', '.join(topics)}", file=sys.stderr)
    return 0


async def _dump(s, topics: list[str], timeout: float, out: IO[bytes]) -> tuple[int, int]:
    consumer, tps = await _assigned_consumer(s, topics)
    n = tombstones = 0
    try:
        end = await consumer.end_offsets(tps)
        await _seek(consumer, tps, "beginning")
        todo = {tp for tp in tps if end[tp] > 0}
        deadline = time.monotonic() + timeout
        while todo:
            if time.monotonic() > deadline:
                raise SystemExit(f"dump timed out after {timeout}s with {len(todo)} partition(s) unfinished")
            batches = await consumer.getmany(*todo, timeout_ms=500)
            for tp, records in batches.items():
                for r in records:
                    if r.offset >= end[tp]:
                        break
                    out.write(record_line(r.key, r.value) + b"\n")
                    n += 1
                    tombstones += r.value is None
            for tp in list(todo):
                if await consumer.position(tp) >= end[tp]:
                    todo.discard(tp)
    finally:
        await consumer.stop()
    return n, tombstones
