"""GapReader: records a stage was never handed, read straight from the real
broker (enforcer/stream/stall.py)."""

from __future__ import annotations

import asyncio
import uuid

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from enforcer.stream.stall import GapReader


class _Metrics:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def on_offset_gap(self, role: str, outcome: str, n: int = 1) -> None:
        self.counts[outcome] = self.counts.get(outcome, 0) + n


async def _topic_with(bootstrap: str, n: int) -> str:
    topic = f"gap-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)])
    finally:
        await admin.close()
    prod = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await prod.start()
    try:
        for i in range(n):
            await prod.send_and_wait(topic, f"v{i}".encode(), key=b"k", partition=1)
    finally:
        await prod.stop()
    return topic


def test_reads_exactly_the_missing_offsets_in_order(kafka_bootstrap: str) -> None:
    async def go():
        topic = await _topic_with(kafka_bootstrap, 12)
        m = _Metrics()
        reader = GapReader(kafka_bootstrap, m, lambda t: "requests", timeout_s=10)
        try:
            got = await reader.read(topic, 1, 3, 9)
            again = await reader.read(topic, 1, 10, 12)  # the same reader, another range
        finally:
            await reader.stop()
        return got, again, m.counts

    got, again, counts = asyncio.run(go())
    assert [r.offset for r in got] == [3, 4, 5, 6, 7, 8]
    assert [r.value for r in got] == [f"v{i}".encode() for i in range(3, 9)]
    assert [r.offset for r in again] == [10, 11]
    assert counts == {"read": 8}


def test_offsets_the_broker_does_not_have_are_counted_lost(kafka_bootstrap: str) -> None:
    async def go():
        topic = await _topic_with(kafka_bootstrap, 5)
        m = _Metrics()
        reader = GapReader(kafka_bootstrap, m, lambda t: "requests", timeout_s=2)
        try:
            got = await reader.read(topic, 1, 3, 8)  # 5..7 were never written
        finally:
            await reader.stop()
        return got, m.counts

    got, counts = asyncio.run(go())
    assert [r.offset for r in got] == [3, 4]
    assert counts == {"read": 2, "lost": 3}


def test_a_partition_with_no_committed_offset_is_read_from_the_log_start(kafka_bootstrap: str) -> None:
    """A new consumer group's partition is watched from offset 0; where
    retention (here: DeleteRecords) moved the log start, reading begins there
    and nothing before it counts as lost."""
    from aiokafka import TopicPartition
    from aiokafka.admin import RecordsToDelete

    async def go():
        topic = await _topic_with(kafka_bootstrap, 8)
        admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
        await admin.start()
        try:
            await admin.delete_records({TopicPartition(topic, 1): RecordsToDelete(before_offset=3)})
        finally:
            await admin.close()
        m = _Metrics()
        reader = GapReader(kafka_bootstrap, m, lambda t: "requests", timeout_s=10)
        try:
            got = await reader.read(topic, 1, 0, 8, from_log_start=True)
        finally:
            await reader.stop()
        return got, m.counts

    got, counts = asyncio.run(go())
    assert [r.offset for r in got] == [3, 4, 5, 6, 7]
    assert counts == {"read": 5}
