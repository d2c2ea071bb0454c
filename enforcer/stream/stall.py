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
A partition with no handled record yet is watched from its committed offset,
or from offset 0 (read from the log start) when its consumer group has
committed nothing there yet: after the first rebalance of a new group, faust
sometimes never feeds a worker at all.

Table recovery can stall the same way: after a rebalance that hands a worker
changelog partitions, faust logs "Resuming flow..." and then never receives
a changelog record although the partitions' high watermarks are ahead
(measured: about 1 run in 6 of the second-worker test; robinhood/faust#542
describes the same hang for a partition assigned W1 -> W2 -> W1). The worker
then sits in recovery, its agents paused, until restarted. `RecoveryStalls`
watches faust's own recovery counters and, when nothing moved for two
checks, resumes and re-seeks the changelog partitions that still have
records to read, at the offset recovery has reached (what faust's recovery
seeks to itself).

A committed offset that stops moving while the stage is caught up was a
symptom of records the consumer skipped (see `GapReader`); an earlier
watchdog that committed such partitions directly hid those lost records and
is gone.

The decisions are pure (`Stalls.check`, `RecoveryStalls.check`) so they are
tested without Kafka; `GapReader` against the real broker.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
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


class RecoveryStalls:
    """Changelog partitions that recovery still needs but whose read offset
    did not move for `checks` checks in a row while recovery was running."""

    def __init__(self, checks: int = 2):
        self.checks = checks
        self._seen: dict[Any, tuple[int, int]] = {}

    def check(self, in_recovery: bool, offsets: Mapping[Any, int], highwaters: Mapping[Any, int]) -> list[Any]:
        if not in_recovery:
            self._seen = {}
            return []
        out = []
        seen: dict[Any, tuple[int, int]] = {}
        for tp, hw in highwaters.items():
            off = offsets.get(tp)
            if hw is None or off is None or hw - off <= 0:
                continue
            prev = self._seen.get(tp)
            times = prev[1] + 1 if prev is not None and prev[0] == off else 1
            seen[tp] = (off, times)
            if times >= self.checks:
                out.append(tp)
                seen[tp] = (off, 0)
        self._seen = seen
        return out


async def watch_recovery_once(app: Any, rs: RecoveryStalls, on_stall: Callable[[str], None]) -> list[Any]:
    recovery = app.tables.recovery
    offsets = dict(recovery.active_offsets)
    stuck = rs.check(bool(getattr(recovery, "in_recovery", False)), offsets, dict(recovery.active_highwaters))
    consumer = app.consumer
    for tp in stuck:
        if tp not in consumer.assignment():
            continue
        offset = max(offsets.get(tp, -1), 0)
        log.warning("changelog %s/%d: recovery needs records up to %s but read none past %s for two checks; "
                    "resuming and re-seeking it", tp.topic, tp.partition, recovery.active_highwaters.get(tp), offset)
        on_stall(tp.topic)
        consumer.resume_partitions({tp})
        await consumer.seek(tp, offset)
    return stuck


class GapReader:
    """Records a stage was never handed, read straight from the broker.

    Measured here (faust-streaming 0.15.3, aiokafka 0.14): when a worker keeps
    partitions across a rebalance, records fetched during table recovery are
    handed out, faust seeks back to the committed offsets, and a stale fetch
    then hands out later records first: the agent sees e.g. offsets ..299 and
    next 309 (3-40 records per partition, in about 1 run in 3 of the
    second-worker test). faust takes the jump for a compaction gap and counts
    the skipped offsets as acked, so without this those events are lost (the
    stream's decisions then differed from the backtest's). Re-seeking faust's
    consumer does not help: the stale fetch still in flight moves faust's read
    offset past the re-fetched records, which it then drops.

    So the stage reads the missing offsets itself, with a plain consumer
    outside the group (assign + seek), and handles them in order before the
    record that revealed the gap, in the same batch: their effects are
    written and delivered before that record is acked, so no commit covers an
    unhandled record. Records already applied are skipped by the processors
    (offsets kept per account and group), so a false alarm (the records were
    handled by another worker meanwhile) costs a re-read only. If the
    offsets cannot be read within `timeout_s` (retention deleted them), the
    gap is logged and counted as lost.
    """

    def __init__(self, bootstrap: str, metrics: Any, role: Callable[[str], str], timeout_s: float = 10.0):
        self.bootstrap = bootstrap
        self.metrics = metrics
        self.role = role
        self.timeout_s = timeout_s
        self._consumer: Any = None

    async def read(self, topic: str, partition: int, start: int, end: int,
                   from_log_start: bool = False) -> list[Any]:
        """Records at offsets start .. end - 1 of one partition, in order
        (aiokafka ConsumerRecords); fewer if the broker no longer has them.
        `from_log_start`: `start` is only a guess at the first offset (a
        partition with no committed offset): begin at the log start instead,
        and count nothing before it as lost."""
        from aiokafka import AIOKafkaConsumer, TopicPartition

        log.warning("%s partition %d: offsets %d..%d were skipped by the consumer; reading them directly",
                    topic, partition, start, end - 1)
        if self._consumer is None:
            self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None,
                                              enable_auto_commit=False, auto_offset_reset="none")
            await self._consumer.start()
        c = self._consumer
        tp = TopicPartition(topic, partition)
        c.assign([tp])
        if from_log_start:
            try:
                start = max(start, (await c.beginning_offsets([tp]))[tp])
            except Exception:
                log.warning("log start of %s/%d unavailable", topic, partition, exc_info=True)
        c.seek(tp, start)
        out: list[Any] = []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s
        try:
            while loop.time() < deadline:
                batch = await c.getmany(tp, timeout_ms=500, max_records=end - start)
                for rec in batch.get(tp, ()):
                    if rec.offset >= end:
                        break
                    if not out or rec.offset > out[-1].offset:
                        out.append(rec)
                if out and out[-1].offset >= end - 1:
                    break
        except Exception:  # e.g. the offsets are gone (retention): what was read is used
            log.warning("reading skipped offsets of %s/%d failed", topic, partition, exc_info=True)
        read = len(out)
        lost = end - start - read
        self.metrics.on_offset_gap(self.role(topic), "read", read)
        if lost:
            log.error("%s partition %d: %d of the skipped offsets %d..%d could not be read; lost",
                      topic, partition, lost, start, end - 1)
            self.metrics.on_offset_gap(self.role(topic), "lost", lost)
        return out

    async def stop(self) -> None:
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None


async def watch_once(app: Any, stalls: Stalls, positions: Callable[[], list[Position]],
                     idle: Callable[[], bool], on_stall: Callable[[str], None],
                     fill: Callable[[str, int, int, int], Awaitable[None]]) -> list[Position]:
    """One check: end offsets from the broker; a partition that stalled gets
    its waiting records read directly and handled (`fill(topic, partition,
    start, end)`, GapReader): re-seeking faust's consumer does not reliably
    bring them (see GapReader). A partition faust stopped fetching is put
    back first (refetch), busy or not: a stage busy with other partitions would
    otherwise never see it again. Records are read directly only while the
    stage is idle: a busy stage is consuming, whatever the offsets say."""
    from faust.types import TP

    busy = not idle()
    pos = positions()
    consumer = app.consumer
    endmap = await end_offsets(consumer, pos)
    if not endmap:
        return []
    stalled = stalls.check(pos, endmap)
    for topic, p, offset in stalled:
        tp = TP(topic, p)
        if tp not in consumer.assignment():
            continue
        end = endmap[(topic, p)]
        why = refetch(consumer, tp, getattr(app, "in_recovery", False))
        if why:
            log.warning("partition %s/%d: records %d..%d waiting, but faust had stopped fetching it (%s); "
                        "fetching it again", topic, p, offset + 1, end - 1, why)
            on_stall(topic)
            continue  # if it still does not move, the next stall reads the records directly
        if busy or not idle():
            continue
        log.warning("partition %s/%d: records %d..%d waiting but none handed to the stage for two checks; "
                    "reading them directly (faust-streaming/faust#629)", topic, p, offset + 1, end - 1)
        on_stall(topic)
        await fill(topic, p, offset + 1, end)
    return stalled


# faust's consumer runs in a thread of its own (a mode ServiceThread); commits,
# fetches and these queries all go through it. A safeguard: a worker whose
# consumer thread stops answering exits instead of sitting with its handled
# records uncommitted. It was added for the SIGKILL restart "hang", which turned
# out to be faust's commits moving one offset at a time (see commit_offset; in
# the reproductions the thread committed every 3 s, one offset at a time). The
# stall watch seen waiting in highwaters in the first hang's log was most likely
# a query in flight: the stuck and stall watchers wake on the same 5 s beat, and
# the stuck watch had just had its own answer. No query takes this long on a
# live thread.
CONSUMER_THREAD_TIMEOUT_S = 120.0


class ConsumerUnresponsive(Exception):
    """faust's consumer thread did not answer an end-offset query in time."""


async def end_offsets(consumer: Any, positions: list[Position],
                      timeout_s: float = CONSUMER_THREAD_TIMEOUT_S) -> dict[tuple[str, int], int]:
    """(topic, partition) -> end offset on the broker, for the assigned ones of
    `positions`; empty if the broker cannot say now (try again next time).
    Raises ConsumerUnresponsive when the consumer thread does not answer."""
    from faust.types import TP

    assigned = consumer.assignment()
    tps = [TP(t, p) for t, p, _ in positions if TP(t, p) in assigned]
    if not tps:
        return {}
    try:
        ends = await asyncio.wait_for(consumer.highwaters(*tps), timeout_s)
    except asyncio.TimeoutError:
        raise ConsumerUnresponsive(f"no answer to an end-offset query in {timeout_s:.0f} s") from None
    except Exception as exc:  # the broker or the assignment moved
        log.debug("end offsets unavailable: %s", exc)
        return {}
    return {(tp.topic, tp.partition): int(o) for tp, o in ends.items() if o is not None}


def commit_offset(consumer: Any, tp: Any) -> int | None:
    """The offset faust's next commit of `tp` goes to, or None: faust's own
    Consumer._new_offset (faust-streaming 0.15.3) with two changes.

    1. The acked offsets and the offsets faust counts as a gap are merged as
    a set. faust merges them with list.extend and commits up to the first
    break in the sorted list; an offset both acked and in a gap is then there
    twice, a duplicate is a break (consecutive_numbers), and each commit moves
    one offset past the duplicated range only. That was the SIGKILL restart
    "hang" (tests/integration/test_stream.py): records handed out during table
    recovery were acked, faust's seek back to the committed offsets reset its
    read offset there, and the next record after a stale-fetch jump made its
    drain loop count every offset from the committed one on as a gap. The
    broker's commit history of one partition read 123 (before the kill), then
    125, 126, ... 145 one per commit interval (3 s), 150, 328; the first hang
    had 80 or more such offsets on a partition, minutes of commits
    (robinhood/faust#625 saw the same duplicates).

    2. Only gap offsets up to the highest acked one are merged. faust merges
    a gap interval that starts below it whole, and that interval holds the
    record that revealed the jump and the skipped offsets (which the stage is
    still reading directly, GapReader): a commit then would cover records not
    handled yet. The stage acks the jump's record only once the records
    before it are handled; from then on the whole gap is committed.

    Private attributes: re-check on a faust upgrade."""
    from faust.utils.functional import consecutive_numbers

    acked = consumer._acked[tp]
    if not acked:
        return None
    max_offset = max(acked)
    gap = consumer._gap[tp]
    if gap:
        holes = gap.overlap(0, max_offset)
        if holes:
            acked.extend(o for iv in holes for o in range(iv.begin, min(iv.end, max_offset + 1)))
            gap.chop(0, max_offset + 1)
    acked[:] = sorted(set(acked))
    committed = consumer._committed_offset[tp]
    if committed and acked[0] - committed > 1:
        return None  # a hole at the head: the record there is not done yet
    batch = next(consecutive_numbers(acked))
    del acked[:len(batch)]
    consumer._acked_index[tp].difference_update(batch)
    return batch[-1] + 1


def use_commit_offset(consumer: Any) -> None:
    """Make faust's commits compute their offsets with commit_offset (once per consumer)."""
    if getattr(consumer, "_enforcer_commit_offset", False):
        return
    consumer._new_offset = functools.partial(commit_offset, consumer)
    consumer._enforcer_commit_offset = True


def refetch(consumer: Any, tp: Any, in_recovery: bool) -> str | None:
    """Make faust fetch a partition it stopped fetching; say why it had, or
    None if it had not. faust-streaming 0.15.3 drops a partition from its
    fetch set when the stream's buffer for it fills up (on_buffer_full) and adds
    it back when the buffer drains (on_buffer_drop); seen here after a restart
    with a backlog (the SIGKILL test, about 1 run in 5): the buffer was emptied
    by the seek back to the committed offsets, the drop never came, and the
    partition was never fetched again while the stage idled with records
    waiting. Private attributes: re-check on a faust upgrade."""
    why = []
    buffered = getattr(consumer, "_buffered_partitions", None)
    if buffered is not None and tp in buffered:
        buffered.discard(tp)
        why.append("marked buffer-full")
    paused = getattr(consumer, "_paused_partitions", None)
    if paused is not None and tp in paused and not in_recovery:
        paused.discard(tp)
        why.append("paused")
    active = consumer._get_active_partitions() if hasattr(consumer, "_get_active_partitions") else None
    if active is not None and tp not in active:
        active.add(tp)
        why.append("not in its fetch set")
    return ", ".join(why) or None


def await_chain(task: asyncio.Task) -> str:
    """Where a suspended task waits: its coroutines, outermost first, down to the
    awaited future (Task.get_stack shows only the outermost frame of a
    suspended coroutine)."""
    lines: list[str] = []
    obj: Any = task.get_coro()
    for _ in range(100):  # bounded: a chain of coroutines is never this deep
        frame = getattr(obj, "cr_frame", None) or getattr(obj, "gi_frame", None)
        if frame is None:
            lines.append(f"  awaiting {obj!r}"[:500])
            break
        lines.append(f"  {frame.f_code.co_filename}:{frame.f_lineno} in {frame.f_code.co_name}")
        nxt = getattr(obj, "cr_await", None)
        if nxt is None:
            nxt = getattr(obj, "gi_yieldfrom", None)
        if nxt is None:
            break
        obj = nxt
    return "\n".join(lines)
