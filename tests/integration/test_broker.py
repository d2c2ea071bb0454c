"""Smoke tests for the development Kafka broker (deploy/kafka/broker) with aiokafka."""

from __future__ import annotations

import asyncio
import subprocess
import time
from collections import Counter, defaultdict
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

BROKER_SCRIPT = Path(__file__).resolve().parents[2] / "deploy" / "kafka" / "broker"

PARTITIONS = 3
N_MESSAGES = 100
N_KEYS = 10
TEST_TIMEOUT_S = 60.0
CONSUME_TIMEOUT_S = 30.0
MAX_POLLS = 300  # with timeout_ms=100 per poll this is also bounded by CONSUME_TIMEOUT_S


async def _create_topic(bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(name=topic, num_partitions=PARTITIONS, replication_factor=1)]
        )
    finally:
        await admin.close()


async def _produce(bootstrap: str, topic: str) -> dict[bytes, set[int]]:
    """Send N_MESSAGES keyed messages; return key -> partitions written to."""
    sent: dict[bytes, set[int]] = defaultdict(set)
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", request_timeout_ms=10_000
    )
    await producer.start()
    try:
        for i in range(N_MESSAGES):
            key = f"key-{i % N_KEYS}".encode()
            meta = await producer.send_and_wait(topic, value=f"msg-{i}".encode(), key=key)
            sent[key].add(meta.partition)
    finally:
        await producer.stop()
    return sent


async def _consume(
    bootstrap: str, topic: str, group: str
) -> list[tuple[bytes, bytes, int]]:
    """Read until N_MESSAGES arrived, bounded by CONSUME_TIMEOUT_S and MAX_POLLS."""
    received: list[tuple[bytes, bytes, int]] = []
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=group,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        request_timeout_ms=10_000,
    )
    await consumer.start()
    try:
        deadline = time.monotonic() + CONSUME_TIMEOUT_S
        for _ in range(MAX_POLLS):
            if len(received) >= N_MESSAGES or time.monotonic() >= deadline:
                break
            batches = await consumer.getmany(timeout_ms=100, max_records=N_MESSAGES)
            for tp, records in batches.items():
                received.extend((r.key, r.value, tp.partition) for r in records)
        assert consumer.partitions_for_topic(topic) == set(range(PARTITIONS))
    finally:
        await consumer.stop()
    return received


async def _roundtrip(bootstrap: str, topic: str) -> None:
    await _create_topic(bootstrap, topic)
    sent = await _produce(bootstrap, topic)
    received = await _consume(bootstrap, topic, group=f"{topic}-group")

    assert len(received) == N_MESSAGES, f"got {len(received)} of {N_MESSAGES} messages"
    assert sorted(v for _, v, _ in received) == sorted(
        f"msg-{i}".encode() for i in range(N_MESSAGES)
    )
    assert Counter(k for k, _, _ in received) == {
        f"key-{k}".encode(): N_MESSAGES // N_KEYS for k in range(N_KEYS)
    }

    consumed: dict[bytes, set[int]] = defaultdict(set)
    for key, _, partition in received:
        consumed[key].add(partition)
    # Same key -> same partition, on both the produce and the consume side.
    assert all(len(parts) == 1 for parts in sent.values()), sent
    assert consumed == sent
    # The keys actually spread over the 3 partitions (default murmur2 partitioner).
    assert len({p for parts in sent.values() for p in parts}) > 1


def test_produce_consume_roundtrip(kafka_bootstrap: str, unique_topic: str) -> None:
    assert kafka_bootstrap.startswith("127.0.0.1:")
    asyncio.run(asyncio.wait_for(_roundtrip(kafka_bootstrap, unique_topic), TEST_TIMEOUT_S))


def test_status_prints_only_bootstrap(kafka_bootstrap: str) -> None:
    result = subprocess.run(
        [str(BROKER_SCRIPT), "status"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{kafka_bootstrap}\n"
