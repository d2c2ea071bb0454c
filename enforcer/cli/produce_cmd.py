"""`enforcer produce FILE`: publish JSON Lines to the requests topic as a gateway would.

Each line is sent as is (bytes unchanged), keyed by its account_id. A line that
is not a valid event is still sent (unkeyed when no account_id can be read):
the worker dead-letters it, exactly as it would a gateway's bad record.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

import orjson

from enforcer.jsonl import open_lines

BATCH = 500  # sends in flight before waiting for their delivery


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("produce", help="publish JSON Lines (plain, .gz, or - for stdin) to the requests topic")
    p.add_argument("file")
    p.add_argument("--rate", type=float, default=0.0, help="events per second (default: as fast as possible)")
    p.add_argument("--topic", help="default: ENFORCER_TOPIC_REQUESTS or enforcer.requests")
    p.add_argument("--bootstrap", help="default: ENFORCER_KAFKA_BOOTSTRAP or 127.0.0.1:9092")
    p.add_argument("--limit", type=int, help="stop after this many lines")
    p.set_defaults(func=run)


def account_key(raw: bytes) -> bytes | None:
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    acct = obj.get("account_id") if isinstance(obj, dict) else None
    return acct.encode() if isinstance(acct, str) and acct else None


def run(args: argparse.Namespace) -> int:
    from enforcer.settings import Settings

    overrides = {"kafka_bootstrap": args.bootstrap, "topic_requests": args.topic}
    s = Settings(**{k: v for k, v in overrides.items() if v is not None})
    sent, secs = asyncio.run(_produce(s, args.file, args.rate, args.limit))
    print(f"produced {sent} records to {s.topic_requests} in {secs:.1f}s", file=sys.stderr)
    return 0


async def _produce(s, path: str, rate: float, limit: int | None) -> tuple[int, float]:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=s.bootstrap_servers(), acks="all", linger_ms=5,
                                enable_idempotence=True, request_timeout_ms=30_000)
    await producer.start()
    t0 = time.monotonic()
    n = 0
    pending: list[asyncio.Future] = []
    try:
        with open_lines(path) as lines:
            for raw in lines:
                if not raw.strip():
                    continue
                if limit is not None and n >= limit:
                    break
                if rate > 0:
                    wait = t0 + n / rate - time.monotonic()
                    if wait > 0:
                        if pending:  # nothing waits in memory while we sleep
                            await asyncio.gather(*pending)
                            pending.clear()
                        await asyncio.sleep(wait)
                pending.append(await producer.send(s.topic_requests, value=raw, key=account_key(raw)))
                n += 1
                if len(pending) >= BATCH:
                    await asyncio.gather(*pending)
                    pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()
    return n, time.monotonic() - t0
