"""Fetch-stall watchdog: re-seek a partition the consumer stopped fetching.

faust-streaming 0.15 on aiokafka 0.14 can stop sending fetch requests for
some assigned partitions after a rebalance (faust-streaming/faust#629, open):
records pile up on the broker while the worker sits idle, and nothing in
faust notices. Measured here: after a second worker joined, both workers
stopped consuming in about 1 run in 3 of
tests/integration/test_stream.py::test_second_worker_takes_over_partitions.

Every `interval` seconds the watchdog asks the broker for the end offsets of
the partitions a stage has handled records from. A partition whose end is
past the last handled offset and whose handled offset has not moved for two
checks in a row is stalled: it is re-seeked to the next offset (a seek
resets aiokafka's fetch state for that partition). Re-reading is safe: the
processors skip records already applied (offsets kept per account and group).
A partition with no handled record yet is left to faust (its committed
offset is where the fetch starts).

The decision is pure (`Stalls.check`) so it is tested without Kafka.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

log = logging.getLogger("enforcer.stream")

Position = tuple[str, int, int]  # topic, partition, offset of the last record handled


class Stalls:
    """Which partitions look stalled, from successive checks."""

    def __init__(self, checks: int = 2):
        self.checks = checks
        self._seen: dict[tuple[str, int], tuple[int, int]] = {}  # (topic, p) -> (offset, times unchanged)

    def check(self, positions: Iterable[Position], ends: Mapping[tuple[str, int], int]) -> list[Position]:
        """Positions whose partition has records past them and that did not
        move for `checks` calls in a row. Forgets partitions not listed."""
        stalled: list[Position] = []
        seen: dict[tuple[str, int], tuple[int, int]] = {}
        for topic, p, offset in positions:
            key = (topic, p)
            end = ends.get(key)
            if end is None or end <= offset + 1:
                continue  # caught up (the end offset is the next offset to be written)
            prev = self._seen.get(key)
            times = prev[1] + 1 if prev is not None and prev[0] == offset else 1
            seen[key] = (offset, times)
            if times >= self.checks:
                stalled.append((topic, p, offset))
                seen[key] = (offset, 0)  # give the seek a chance before the next one
        self._seen = seen
        return stalled


class CommitStalls:
    """Partitions fully handled (caught up) whose committed offset lags
    behind and does not move: faust's acked-offset bookkeeping can stop
    committing after a rebalance that re-seeks to committed offsets."""

    def __init__(self, checks: int = 2):
        self.checks = checks
        self._seen: dict[tuple[str, int], tuple[int, int]] = {}

    def check(self, positions: Iterable[Position], ends: Mapping[tuple[str, int], int],
              committed: Mapping[tuple[str, int], int | None]) -> list[tuple[str, int, int]]:
        out: list[tuple[str, int, int]] = []
        seen: dict[tuple[str, int], tuple[int, int]] = {}
        for topic, p, offset in positions:
            key = (topic, p)
            if ends.get(key) != offset + 1:
                continue  # not caught up: commits follow acks
            c = committed.get(key)
            if c is not None and c >= offset + 1:
                continue
            c = -1 if c is None else c
            prev = self._seen.get(key)
            times = prev[1] + 1 if prev is not None and prev[0] == c else 1
            seen[key] = (c, times)
            if times >= self.checks:
                out.append((topic, p, offset + 1))
                seen[key] = (c, 0)
        self._seen = seen
        return out


async def watch_once(app: Any, stalls: Stalls, commit_stalls: CommitStalls, positions: Callable[[], list[Position]],
                     idle: Callable[[], bool], on_stall: Callable[[str], None]) -> list[Position]:
    """One check: end offsets from the broker, re-seek what stalled. Only while
    the stage is idle: a busy stage is consuming, whatever the offsets say."""
    from faust.types import TP

    if not idle():
        stalls.check((), {})
        return []
    pos = positions()
    if not pos:
        return []
    consumer = app.consumer
    assigned = consumer.assignment()
    tps = [TP(t, p) for t, p, _ in pos if TP(t, p) in assigned]
    if not tps:
        return []
    try:
        ends = await consumer.highwaters(*tps)
    except Exception as exc:  # the broker or the assignment moved: try again next time
        log.debug("stall check: end offsets unavailable: %s", exc)
        return []
    endmap = {(tp.topic, tp.partition): int(o) for tp, o in ends.items() if o is not None}
    committed = {(t, p): consumer._committed_offset.get(TP(t, p)) for t, p, _ in pos}
    for topic, p, nxt in commit_stalls.check(pos, endmap, committed):
        log.warning("partition %s/%d: every record handled but the committed offset stays at %s; committing %d",
                    topic, p, committed.get((topic, p)), nxt)
        on_stall(topic)
        if await consumer._commit({TP(topic, p): nxt}):
            consumer._committed_offset[TP(topic, p)] = nxt
    stalled = stalls.check(pos, endmap)
    for topic, p, offset in stalled:
        if TP(topic, p) not in consumer.assignment():
            continue
        log.warning("partition %s/%d: records waiting past offset %d but none fetched for two checks; "
                    "re-seeking (faust-streaming/faust#629)", topic, p, offset)
        on_stall(topic)
        await consumer.seek(TP(topic, p), offset + 1)
    return stalled
