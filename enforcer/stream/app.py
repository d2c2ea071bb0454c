"""The faust app: the account stage and the group stage (README "Live stream").

    agent "enforce": requests + fanout (co-partitioned) -> Processor (AccountStage per partition)
                     -> decisions / DLQ topics, group observations -> group-obs
    agent "groups":  group-obs -> GroupProcessor (GroupStage per partition)
                     -> fan-out commands -> fanout, template notices -> template-shared
    task "template_notices": template-shared (whole topic) -> the account stages' shared-wrapper view

Each stage keeps its state in a faust Table ("accounts", "groups") whose
changelog restores a restarted worker.

    app, proc, obs = create_app(Settings(), load_rules("rules"))
    faust.Worker(app, obs, loglevel="info", override_logging=False).execute_from_commandline()

Each agent runs each record through its processor as it arrives and flushes
the batch (what it sent delivered, table entries written) when
no more records are waiting or `batch_max` is reached; only then are the
batch's records acked (the stream is `noack`), and faust commits them later,
after flushing the producer.

Observability (enforcer.obs): the worker serves /metrics, /healthz and /readyz
on ENFORCER_OBS_HOST:ENFORCER_OBS_PORT, and logs one line per published decision.
"""

from __future__ import annotations

import asyncio
import logging
import os
import weakref
from collections import Counter
from collections.abc import Callable
from typing import Any

import faust
import mode
from aiokafka.partitioner import DefaultPartitioner
import orjson
import structlog
from faust.streams import _current_event
from faust.types import TP

from enforcer.contracts import CONTENT_TYPE, SCHEMA_VERSION, Action, Decision, Mode
from enforcer.core.engine import EngineConfig
from enforcer.core.messages import TemplateNotice
from enforcer.obs import metrics as m
from enforcer.obs.http import ObsServer, WorkerReadiness, start_obs_server, stop_obs_server
from enforcer.obs.logging import log_decision
from enforcer.rules.compiled import RuleSet
from enforcer.settings import Settings
from enforcer.stream.group_processor import GroupProcessor
from enforcer.stream.processor import Hooks, Processor, Record
from enforcer.stream.stall import (ConsumerUnresponsive, GapReader, RecoveryStalls, Stalls, await_chain, end_offsets,
                                   use_commit_offset, watch_once, watch_recovery_once)

log = logging.getLogger("enforcer.stream")

TABLE_NAME = "accounts"
GROUP_TABLE_NAME = "groups"
EXIT_SEND_FAILED = 75  # EX_TEMPFAIL: restart me
STALL_CHECK_S = 5.0  # fetch-stall watchdog period (enforcer/stream/stall.py)
PARTITION_CACHE = 200_000  # keys whose partition is remembered (cleared when full)
STUCK_S = 30.0  # a stage that has not moved for this long while records wait is logged (and counted)
PARKED_S = 0.02  # a batch left pending while the agent waits for a record is flushed after this
DECISION_HEADERS = [("content-type", CONTENT_TYPE.encode()), ("schema-version", SCHEMA_VERSION.encode())]


def _raw_topic(app: faust.App, name: str, partitions: int | None = None) -> faust.TopicT:
    return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                     partitions=partitions)


class KafkaSink:
    """Decisions and dead letters through the app's producer (acks=all). Sends
    are queued without waiting; the Processor awaits a whole batch's futures
    before the batch counts as processed.

    Order: one account's records (lift, its tombstone, a newer decision) go to
    one partition of one topic (keyed by account) and are queued in that order
    by a single task. aiokafka keeps a partition's order on the wire: its sender
    has at most one produce request in flight per broker and mutes a partition
    while a batch of it is in flight, and a batch that fails with a retriable
    error is put back at the head of its partition's queue (so it behaves like
    max.in.flight.requests.per.connection=1). A batch that fails for good makes
    the worker exit before anything of it is acked or written to the table; the
    replay sends the same records again in the same order, so the last record
    for a key is always the newest decision, never an older tombstone.

    Sends go straight to faust's producer driver (`app.producer.send`, which
    hands them to aiokafka), not through `Topic.send`: that wraps each record
    in a FutureMessage, runs the send sensors and chains a callback per record,
    all of it unused here (we await the deliveries ourselves), and was a few
    percent of the worker's CPU while draining."""

    def __init__(self, app: faust.App, s: Settings):
        self.producer = app.producer
        self.enforce = _raw_topic(app, s.topic_decisions).get_topic_name()
        self.shadow = _raw_topic(app, s.topic_decisions_shadow).get_topic_name()
        self.dlq = _raw_topic(app, s.topic_dlq).get_topic_name()
        self.group_obs = _raw_topic(app, s.topic_group_obs).get_topic_name()
        self.fanout = _raw_topic(app, s.topic_fanout).get_topic_name()
        self.notices = _raw_topic(app, s.topic_template_notices).get_topic_name()
        self.source_topic = s.topic_requests.encode()

    async def _send(self, topic: str, key: bytes | None, value: bytes | None, headers: list | None,
                    partition: int | None = None) -> Any:
        # Published now (never deferred to commit time); partition None: aiokafka's
        # default partitioner on the key, as Topic.send did.
        return await self.producer.send(topic, key, value, partition, None, headers)

    async def send_decision(self, d: Decision) -> list[Any]:
        topic = self.enforce if d.mode is Mode.enforce else self.shadow
        key = d.account_id.encode()
        futs = [await self._send(topic, key, d.to_json(), DECISION_HEADERS)]
        if d.action is Action.lift:
            # The lift tells the gateway why; the tombstone lets compaction forget the key.
            futs.append(await self._send(topic, key, None, DECISION_HEADERS))
        return futs

    async def send_dead_letter(self, key: bytes | None, value: bytes | None, reason: str,
                               partition: int, offset: int) -> Any:
        headers = [("error", reason.encode("utf-8", "replace")), ("source-topic", self.source_topic),
                   ("source-partition", str(partition).encode()), ("source-offset", str(offset).encode())]
        return await self._send(self.dlq, key, value, headers)

    # Between the stages: bundles, each to the partition the stage chose with
    # the default partitioner on the key bytes (kind:key for observations, the
    # account for commands: its partition of the requests topic).
    async def send_observations(self, partition: int, bundle: bytes) -> Any:
        return await self._send(self.group_obs, None, bundle, None, partition)

    async def send_commands(self, partition: int, bundle: bytes) -> Any:
        return await self._send(self.fanout, None, bundle, None, partition)

    async def send_notice(self, n: TemplateNotice) -> Any:
        return await self._send(self.notices, n.key.encode(), orjson.dumps(n.to_dict()), [])


def changelog_writer(app: faust.App, table: Any) -> Callable[[bytes, bytes], Any]:
    """write(key, value) for a stage: table[key] = value (the bound event routes
    it), returning the delivery of its changelog record, which
    Table.__setitem__ drops. The record goes straight to the producer driver,
    not through Table.send_changelog: that queues a FutureMessage on faust's
    ProducerBuffer, whose own task then publishes it through Topic (sensors,
    callbacks), ~1.4 times per event and the largest faust cost of a batch's
    flush. What that path did on delivery is kept: the table's
    _on_changelog_sent records the changelog offset a local store (RocksDB)
    holds data for."""
    producer = app.producer
    data = table.data
    topic: list[str] = []  # the changelog topic's name, read at the first write (faust sets the topic up)

    def persisted(fut: asyncio.Future) -> None:
        if not fut.cancelled() and fut.exception() is None:  # a failure is raised by the flush
            table._on_changelog_sent(fut)

    async def write(key: bytes, value: bytes) -> Any:
        data[key] = value
        if not topic:
            topic.append(table.changelog_topic_name)
        fut = await producer.send(topic[0], key, value, _bound_partition(), None, None)
        fut.add_done_callback(persisted)
        return fut

    return write


class ObsHooks(Hooks):
    """Processor events -> Prometheus metrics and the decision log line."""

    def __init__(self) -> None:
        self.log = structlog.get_logger("enforcer.worker")

    def event(self, result: str) -> None:
        m.on_event(result)

    def invalid(self, reason: str) -> None:
        m.on_event_invalid(reason)

    def evaluated(self, seconds: float) -> None:
        m.observe_rule_evaluation(seconds)

    def dead_lettered(self, reason: str) -> None:
        m.on_dead_letter(reason)

    def published(self, decisions: list[Decision], record_timestamp_s: float | None) -> None:
        m.on_decisions_published(decisions, record_timestamp_s=record_timestamp_s)
        for d in decisions:
            log_decision(self.log, d)


def engine_config(s: Settings) -> EngineConfig:
    return EngineConfig(dry_run=s.dry_run, allowed_lateness_ms=s.allowed_lateness_ms, max_subjects=s.max_subjects,
                        dedupe_events=s.dedupe_events)


def bind_event(event: Any) -> None:
    """Make `event` faust's current event: faust routes a table read or write
    (changelog partition, RocksDB partition store) by it, and the table entries
    of a batch are written after later records were taken from the stream."""
    if event is not None:
        _current_event.set(weakref.ref(event))


class PartitionRef:
    """Stands in for a faust event of a partition that handed the stage none:
    what bind_event and the stores read of one (its message's topic and partition)."""

    __slots__ = ("message", "__weakref__")

    def __init__(self, tp: Any):
        self.message = tp  # a TP has .topic and .partition, all a bound write reads


def _bound_partition() -> int:
    """The partition of the event bind_event bound: a table's changelog
    partition (the tables are co-partitioned with their source topics). Not
    Table.partition_for_key, which first checks the changelog topic's
    partition count in the consumer's metadata and raised PartitionsMismatch
    ("has 0 partitions") on a worker's first writes, before that metadata had
    arrived (seen once in CI)."""
    ref = _current_event.get(None)
    event = ref() if ref is not None else None
    if event is None:
        raise RuntimeError("a table write without a bound event")
    return event.message.partition


class ObsService(mode.Service):
    """The obs endpoint as a service of the faust Worker: `faust.Worker(app, obs)`
    starts it in the worker's event loop before the app, so /healthz answers
    while tables recover (app tasks would only start after recovery), and
    stops it after the app."""

    def __init__(self, s: Settings, rules: RuleSet, readiness: WorkerReadiness, **kwargs: Any):
        super().__init__(**kwargs)
        self.settings = s
        self.rules = rules
        self.readiness = readiness
        self.server: ObsServer | None = None

    async def on_start(self) -> None:
        s = self.settings
        self.server = await start_obs_server(s.obs_host, s.obs_port, readiness=self.readiness)
        m.on_rules_loaded(self.rules, dry_run=s.dry_run)
        self.readiness.set_rules_loaded(True)
        log.info("obs endpoint on %s (/metrics /healthz /readyz)", self.server.url)

    async def on_stop(self) -> None:
        server, self.server = self.server, None
        await stop_obs_server(server)


def create_app(s: Settings, rules: RuleSet) -> tuple[faust.App, Processor, ObsService]:
    app = faust.App(
        s.app_id,
        broker=[f"kafka://{b}" for b in s.bootstrap_servers()],
        store=s.store,
        datadir=s.state_dir,
        autodiscover=False,
        # The web server binds even when "disabled": keep it on loopback.
        web_enabled=s.web_enabled,
        web_bind=s.web_host,
        web_host=s.web_host,
        web_port=s.web_port,
        topic_partitions=s.partitions,
        topic_replication_factor=s.replication,
        topic_disable_leader=True,
        table_standby_replicas=0,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        # A batch's decisions and table writes leave in a few requests, not one each.
        producer_linger=s.producer_linger_s,
        producer_max_batch_size=256 * 1024,
        producer_compression_type=None if s.producer_compression == "none" else s.producer_compression,
        broker_session_timeout=s.session_timeout_s,
        broker_heartbeat_interval=max(0.5, min(3.0, s.session_timeout_s / 4)),
        broker_commit_interval=s.commit_interval_s,
        processing_guarantee="at_least_once",
    )
    # bytes key/value types make faust use its raw codec: values are our own orjson.
    table = app.Table(TABLE_NAME, default=None, key_type=bytes, value_type=bytes, partitions=s.partitions)

    sink = KafkaSink(app, s)
    partitioner = DefaultPartitioner()
    all_parts = list(range(s.partitions))

    cache: dict[bytes, int] = {}

    def partition_of(key: bytes) -> int:
        """The default partitioner's choice for a key (kind:key or account), cached:
        aiokafka's murmur2 is pure Python, and hot keys repeat."""
        p = cache.get(key)
        if p is None:
            if len(cache) >= PARTITION_CACHE:
                cache.clear()
            p = cache[key] = partitioner(key, all_parts, all_parts)
        return p

    proc = Processor(rules, engine_config(s), table, sink, bind=bind_event, hooks=ObsHooks(),
                     write=changelog_writer(app, table), group_partition=partition_of)
    # The group stage: its own table (<app_id>-groups-changelog), co-partitioned with group-obs.
    group_obs = _raw_topic(app, s.topic_group_obs, s.partitions)
    gtable = app.Table(GROUP_TABLE_NAME, default=None, key_type=bytes, value_type=bytes, partitions=s.partitions)

    gproc = GroupProcessor(rules, engine_config(s), gtable, sink, partition_of, bind=bind_event,
                           write=changelog_writer(app, gtable))
    proc.on_rules.append(gproc.set_rules)
    # Rules hook (enforcer/stream/reload.py): hot reload (directory poll + SIGHUP),
    # exception-hit metrics, and the GET /explain/{account} provider of the obs server.
    from enforcer.stream.reload import install as install_rules_hooks
    install_rules_hooks(app, proc, s)
    readiness = WorkerReadiness()
    assigned: set[int] = set()

    # The account stage: requests and the group stage's commands, co-partitioned
    # (partition p of both is assigned to the same worker, with the table's).
    @app.agent(app.topic(s.topic_requests, s.topic_fanout, key_type=bytes, value_type=bytes, key_serializer="raw",
                         value_serializer="raw"), name="enforce", concurrency=1)
    async def enforce(stream: faust.StreamT) -> None:
        await run_batches(app, s, stream, proc, (s.topic_requests, s.topic_fanout), lambda: [
            *((s.topic_requests, p, o) for p, o in proc.positions.items()),
            *((s.topic_fanout, p, o) for p, o in proc.command_positions.items())], command_topic=s.topic_fanout,
            last_of=lambda t, p: (proc.command_positions if t == s.topic_fanout else proc.positions).get(p))

    # The group stage: observations keyed by kind:key, its own table.
    @app.agent(group_obs, name="groups", concurrency=1)
    async def groups(stream: faust.StreamT) -> None:
        await run_batches(app, s, stream, gproc, (s.topic_group_obs,), lambda: [(s.topic_group_obs, p, o)
                                                          for p, o in gproc.positions.items()],
                          last_of=lambda t, p: gproc.positions.get(p))

    def set_assigned() -> None:
        readiness.set_partitions_assigned(len(assigned))
        m.set_assigned_partitions(s.topic_requests, len(assigned))

    @app.on_partitions_revoked.connect
    async def on_revoked(sender: Any, revoked: set, **kwargs: Any) -> None:
        parts = [tp.partition for tp in revoked if tp.topic == s.topic_requests]
        proc.revoke(parts)
        gproc.revoke([tp.partition for tp in revoked if tp.topic == s.topic_group_obs])
        assigned.difference_update(parts)
        set_assigned()

    @app.on_partitions_assigned.connect
    async def on_assigned(sender: Any, assigned_tps: set, **kwargs: Any) -> None:
        parts = sorted(tp.partition for tp in assigned_tps if tp.topic == s.topic_requests)
        proc.assigned(parts)
        assigned.clear()
        assigned.update(parts)
        set_assigned()
        log.info("assigned partitions of %s: %s", s.topic_requests, parts)

    last: dict[str, int] = {}

    def log_stats(final: bool = False) -> None:
        if proc.stats and (final or proc.stats != last):
            last.clear()
            last.update(proc.stats)
            log.info("stats: %s", " ".join(f"{k}={v}" for k, v in sorted(proc.stats.items())))
            if gproc.stats:
                log.info("group stats: %s", " ".join(f"{k}={v}" for k, v in sorted(gproc.stats.items())))

    @app.task
    async def template_notices() -> None:
        await read_notices(s, proc)

    @app.task
    async def recovery_watchdog() -> None:
        # A table recovery that stops reading its changelogs: see enforcer/stream/stall.py.
        rs = RecoveryStalls()
        while True:
            await asyncio.sleep(STALL_CHECK_S)
            try:
                await watch_recovery_once(app, rs, lambda topic: m.on_fetch_stall(_topic_role(s, topic)))
            except asyncio.CancelledError:
                raise
            except Exception:  # never let the watchdog take the worker down
                log.exception("recovery stall check failed")

    @app.timer(interval=s.stats_interval_s)
    async def report_stats() -> None:
        log_stats()

    @app.timer(interval=s.obs_interval_s)
    async def report_state() -> None:
        m.update_state(proc.engines.values())
        m.set_consumer_lag(s.topic_requests, consumer_lag(app, s.topic_requests, assigned, proc.positions))
        kinds = Counter(kind for stage in gproc.stages.values() for kind, _ in stage.groups.groups)
        for kind in kinds.keys() | group_kinds_seen:  # a label per scope kind: a bounded set
            m.set_state_groups(kind, kinds[kind])
        group_kinds_seen.update(kinds)

    group_kinds_seen: set[str] = set()

    @app.on_before_shutdown.connect
    async def on_shutdown(sender: Any, **kwargs: Any) -> None:
        log_stats(final=True)

    return app, proc, ObsService(s, rules, readiness)


async def run_batches(app: faust.App, s: Settings, stream: faust.StreamT, proc: Any, topics: tuple[str, ...],
                      behind_of: Callable[[], list[tuple[str, int, int]]], command_topic: str | None = None,
                      last_of: Callable[[str, int], int | None] | None = None) -> None:
    """The agent loop of both stages: `proc` (Processor or GroupProcessor) takes
    records with add() and ends a batch with flush(); `behind_of()` lists
    (topic, partition, offset of the last record handled) to compare with the
    high watermarks; `topics` are the stage's input topics (the stall and stuck
    watchdogs watch their assigned partitions); records of `command_topic` are
    the account stage's commands;
    `last_of(topic, partition)` is the offset of the last record handled there."""
    # Each record goes through the engine as it arrives. The batch is flushed
    # (deliveries awaited, table entries written) and only then acked (the
    # stream is noack) when batch_max is reached or no record is waiting:
    # - keeping up (nothing waiting right after the last flush): flush at
    #   once, so a quiet stream gets batches of one and no added latency;
    # - behind (the broker has records past the last one handled): keep the
    #   batch open up to batch_linger_s so it grows (one table write per
    #   account per batch, fewer flushes), which is where throughput matters.
    # faust waits for every record it handed out to be acked before a
    # rebalance or a stop goes on, and may empty the agent's queue at any
    # await. So a batch must never be left pending while the agent waits for
    # a record that may not come: `unstick` flushes it if the agent has been
    # parked on the iterator with records pending for `PARKED_S`; the lock
    # keeps it from interleaving with the agent's own add/flush.
    manual = stream.noack()
    queue = manual.channel.queue
    consumer = app.consumer
    use_commit_offset(consumer)  # faust's commits past offsets both acked and in a gap: see commit_offset
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    events: list[Any] = []
    parked = [None]  # loop time the agent went back to the iterator with records pending

    def is_behind() -> bool:
        for topic, p, offset in behind_of():
            try:
                hw = consumer.highwater(TP(topic, p))
            except Exception:  # not assigned any more
                continue
            if hw is not None and hw > offset + 1:
                return True
        return False

    async def flush() -> None:
        await proc.flush()
        for e in events:
            await manual.ack(e)
        events.clear()
        progress[0] += 1

    def give_up(last: Any) -> None:
        # A send that failed after the producer's own retries, or anything
        # else that interrupts a batch half-way (cancellation included):
        # nothing of it is acked or written. Exit at once, like a SIGKILL, so
        # the batch is replayed after the restart.
        first = events[0].message if events else last
        log.critical("giving up on a batch of %d record(s) from partition %d offset %d (last: partition %d "
                     "offset %d); exiting without committing it", len(events), first.partition, first.offset,
                     last.partition, last.offset, exc_info=True)
        logging.shutdown()
        os._exit(EXIT_SEND_FAILED)

    def consumer_dead(exc: Exception) -> None:
        # Nothing is committed or fetched any more: exit like give_up, so that an
        # orchestrator restarts the worker from its committed offsets (decisions
        # are idempotent) instead of it idling forever.
        log.critical("faust's consumer thread is not answering (%s): it commits and fetches nothing any more; "
                     "exiting so that the worker restarts from its committed offsets", exc)
        logging.shutdown()
        os._exit(EXIT_SEND_FAILED)

    async def unstick() -> None:
        while True:
            await asyncio.sleep(PARKED_S)
            since = parked[0]
            if events and since is not None and loop.time() - since >= PARKED_S:
                async with lock:
                    if events and parked[0] is not None:
                        last = events[-1].message
                        try:
                            await flush()
                        except BaseException:
                            give_up(last)

    me = asyncio.current_task()
    progress = [0]  # records and flushes so far: a batch that stops moving is logged with its stack

    async def watch_stuck() -> None:
        # No record and no flush for STUCK_S while a batch is open, records
        # wait on the broker, or handled records stay uncommitted: something
        # does not come (a delivery, a read, a fetch, an ack that closes a gap
        # in faust's offsets). Say where the agent and its helpers wait, and
        # what faust's consumer thinks of the stage's partitions, once per episode.
        seen_at, told, since = -1, False, loop.time()
        while True:
            await asyncio.sleep(STUCK_S / 6)
            if progress[0] != seen_at:
                seen_at, since, told = progress[0], loop.time(), False
                continue
            if told or loop.time() - since < STUCK_S:
                continue
            try:
                waiting = await _waiting(consumer, watched())
            except ConsumerUnresponsive as exc:
                consumer_dead(exc)
            lagging = _uncommitted(consumer, behind_of())
            if not events and not waiting and not lagging:
                continue
            told = True
            proc.stats["stuck_batches"] += 1
            m.on_stage_stuck("group" if s.topic_group_obs in topics else "account")
            tasks = {"agent": me, "unstick": watchdog, "stall watch": stall_watch}
            chains = "\n".join(f" {name}:\n{await_chain(t)}" for name, t in tasks.items()
                               if t is not None and not t.done())
            log.error("the stage has not moved for %.0f s: %d record(s) in the open batch (parked: %s, lock held: "
                      "%s, queue: %d); records waiting on the broker: %s; handled but not committed: %s; "
                      "faust's view: %s\n%s",
                      loop.time() - since, len(events), parked[0] is not None, lock.locked(), queue.qsize(),
                      waiting or "none", lagging or "none", _fetch_state(consumer, topics), chains)

    stalls = Stalls()
    gaps = GapReader(s.bootstrap_servers(), m, lambda topic: _topic_role(s, topic))
    seen: dict[Any, Any] = {}  # TP -> the last faust event handled there (binds table writes of records read directly)

    async def fill_gap(topic: str, p: int, start: int, end: int, ref: Any, from_log_start: bool = False) -> None:
        for rec in await gaps.read(topic, p, start, end, from_log_start):
            await proc.add(Record(rec.key, rec.value, p, rec.offset, rec.timestamp / 1000 if rec.timestamp else None,
                                  ref, command=topic == command_topic))

    def watched() -> list[tuple[str, int, int]]:
        """behind_of(), plus the assigned partitions of the stage that handed it
        nothing since the assignment, at their committed offset: a partition
        faust never fetches would otherwise not be watched at all. A partition
        with no committed offset yet (a new consumer group: faust starts it at
        the log start) is watched from offset 0; GapReader then starts at the
        log start. Without this, a worker that faust never fed after its first
        rebalance sat idle with records waiting (seen in the two-worker test)."""
        pos = behind_of()
        known = {(t, p) for t, p, _ in pos}
        for tp in consumer.assignment():
            if tp.topic in topics and (tp.topic, tp.partition) not in known:
                c = consumer._committed_offset.get(tp)
                pos.append((tp.topic, tp.partition, (0 if c is None else c) - 1))
        return pos

    async def fill_tail(topic: str, p: int, start: int, end: int) -> None:
        """Records the consumer never hands over while the stage idles: read,
        handle, flush, and count them as acked in faust's consumer (no faust
        event of theirs to ack), which commits them with its next commit."""
        tp = TP(topic, p)
        if tp not in consumer.assignment():
            return
        ref = seen.get(tp)
        if ref is None:  # nothing handed since the assignment: bind writes to the partition itself
            ref = seen[tp] = PartitionRef(tp)
        async with lock:
            if events:
                return  # not idle any more: the agent is consuming
            # No committed offset: a new consumer group, watched from the log start (watched()).
            await fill_gap(topic, p, start, end, ref, from_log_start=consumer._committed_offset.get(tp) is None)
            await proc.flush()
            last = last_of(topic, p) if last_of is not None else None
            if last is not None and last >= start and tp in consumer.assignment():
                _ack_offsets(consumer, tp, start, last)

    async def watch_stalls() -> None:
        # faust-streaming/faust#629: see enforcer/stream/stall.py.
        while True:
            await asyncio.sleep(STALL_CHECK_S)
            try:
                await watch_once(app, stalls, watched, lambda: not events and queue.empty(),
                                 lambda topic: m.on_fetch_stall(_topic_role(s, topic)), fill_tail)
            except asyncio.CancelledError:
                raise
            except ConsumerUnresponsive as exc:
                consumer_dead(exc)
            except Exception:  # never let the watchdog take the worker down
                log.exception("stall check failed")

    watchdog = asyncio.ensure_future(unstick())
    stuck_watch = asyncio.ensure_future(watch_stuck())
    stall_watch = asyncio.ensure_future(watch_stalls())
    behind = False
    started = 0.0
    try:
        async for event in manual.events():
            parked[0] = None
            msg = event.message
            async with lock:
                if not events:
                    started = loop.time()
                events.append(event)
                try:
                    last = last_of(msg.topic, msg.partition) if last_of is not None else None
                    if last is None:  # first record since the assignment: it should be the committed one
                        c = consumer._committed_offset.get(msg.tp)
                        last = None if c is None else c - 1
                    if last is not None and msg.offset > last + 1:
                        await fill_gap(msg.topic, msg.partition, last + 1, msg.offset, event)
                        # Handled in this batch, before `event` is acked: faust may count
                        # them as done (it does not always note such a jump itself, and
                        # then never commits past it).
                        await consumer._add_gap(msg.tp, last + 1, msg.offset - 1)
                    seen[msg.tp] = event
                    await proc.add(Record(event.key, event.value, msg.partition, msg.offset, msg.timestamp,
                                          event, command=msg.topic == command_topic))
                    progress[0] += 1
                    if len(events) < s.batch_max and queue.empty() and behind:
                        await asyncio.sleep(0)  # let the fetcher hand over what it has
                        while queue.empty() and loop.time() - started < s.batch_linger_s:
                            await asyncio.sleep(0.001)
                    if len(events) >= s.batch_max or queue.empty():
                        await flush()
                        behind = is_behind()
                except BaseException:
                    give_up(msg)
            if events:
                parked[0] = loop.time()
    finally:
        watchdog.cancel()
        stall_watch.cancel()
        stuck_watch.cancel()
        await gaps.stop()


async def _waiting(consumer: Any, positions: list[tuple[str, int, int]]) -> dict[str, int]:
    """topic/partition -> records on the broker past the last one handled."""
    ends = await end_offsets(consumer, positions)
    return {f"{t}/{p}": ends[(t, p)] - o - 1 for t, p, o in positions if ends.get((t, p), -1) > o + 1}


def _ack_offsets(consumer: Any, tp: Any, start: int, last: int) -> int:
    """Count offsets start..last of `tp` as acked in faust's consumer, as
    Consumer.ack does for an event (private attributes): records the stage
    read directly have no faust event. Committed directly beside faust's
    commits, a commit of faust's already in flight can land after ours and
    set faust's committed offset (and the broker's) back below them; faust
    never sees them acked and commits only up to the first hole in its acked
    offsets, so it would never commit that partition again (shown on faust's
    own bookkeeping in tests/unit/test_stall_watchdog.py). Acked like this,
    faust's own, serialized, commit covers them. Returns how many offsets
    were added."""
    committed = consumer._committed_offset.get(tp)
    index = consumer._acked_index[tp]
    acked = consumer._acked[tp]
    added = 0
    for offset in range(start if committed is None else max(start, committed), last + 1):
        if offset not in index:
            index.add(offset)
            acked.append(offset)
            added += 1
    return added


def _uncommitted(consumer: Any, positions: list[tuple[str, int, int]]) -> dict[str, str]:
    """topic/partition -> "handled H, committed C" where faust's committed
    offset is not past the last handled record: commits run every commit
    interval, so after STUCK_S this means faust will not commit there (a hole
    in its acked offsets that nothing fills). Private attributes, read only
    for the stuck log line."""
    try:
        committed = {(tp.topic, tp.partition): c for tp, c in consumer._committed_offset.items()}
    except Exception:
        return {}
    return {f"{t}/{p}": f"handled {o}, committed {committed[(t, p)]}" for t, p, o in positions
            if committed.get((t, p)) is not None and committed[(t, p)] <= o}


def _fetch_state(consumer: Any, topics: tuple[str, ...]) -> dict[str, str]:
    """What faust's consumer holds about the stage's partitions (private
    attributes, read only for this log line)."""
    out = {}
    try:
        active = consumer._get_active_partitions()
        for tp in sorted(consumer.assignment()):
            if tp.topic not in topics:
                continue
            flags = [f for f, on in (("inactive", tp not in active),
                                     ("buffer-full", tp in consumer._buffered_partitions),
                                     ("paused", tp in consumer._paused_partitions)) if on]
            acked = consumer._acked.get(tp) or ()
            gaps = consumer._gap.get(tp) or ()
            dups = len(acked) - len(set(acked))  # each one cost a commit interval before commit_offset
            out[f"{tp.topic}/{tp.partition}"] = (f"committed {consumer._committed_offset.get(tp)} "
                                                 + (" ".join(flags) or "fetching")
                                                 + (f" acked {len(acked)} from {min(acked)}" if acked else "")
                                                 + (f" ({dups} twice)" if dups else "")
                                                 + (f" gaps {len(gaps)}" if gaps else ""))
    except Exception as exc:
        out["?"] = repr(exc)
    return out


def _topic_role(s: Settings, topic: str) -> str:
    """A bounded label for a topic: its role, not its (configurable) name."""
    roles = {s.topic_requests: "requests", s.topic_fanout: "fanout", s.topic_group_obs: "group_obs"}
    if topic in roles:
        return roles[topic]
    return "changelog" if topic.endswith("-changelog") else "other"


async def read_notices(s: Settings, proc: Processor, poll_ms: int = 500) -> None:
    """Every worker reads the whole compacted template-notices topic (shared
    wrappers, crowded cards), from the earliest offset and then as it grows,
    into the view its account stages share (like a global table). A notice
    arrives one hop after the observation that changed it: until then, a
    wrapper that just became shared is not counted as shared (README "Live
    stream")."""
    from aiokafka import AIOKafkaConsumer

    # A subscription without a group: every partition, from the earliest offset
    # (no committed offsets), and partitions the topic gains later. Until session
    # 61 this assigned the partitions that partitions_for_topic() reported after
    # consumer.topics(); but topics() fetches metadata without updating the
    # consumer's own, so that stayed None and the reader waited forever: no
    # worker ever read a notice (no test read one back; one does now).
    consumer = AIOKafkaConsumer(bootstrap_servers=s.bootstrap_servers(), group_id=None, enable_auto_commit=False,
                                auto_offset_reset="earliest")
    await consumer.start()
    try:
        consumer.subscribe([s.topic_template_notices])
        shared = proc.shared
        while True:
            for records in (await consumer.getmany(timeout_ms=poll_ms, max_records=10_000)).values():
                for rec in records:
                    if rec.key is None or rec.value is None:
                        continue
                    try:
                        shared.apply(TemplateNotice.from_dict(rec.key.decode(), orjson.loads(rec.value)))
                        proc.stats["notices"] += 1
                    except Exception:
                        log.exception("unreadable template notice at offset %d: skipped", rec.offset)
    finally:
        await consumer.stop()


def consumer_lag(app: faust.App, topic: str, partitions: set[int], positions: dict[int, int]) -> dict[int, int | None]:
    """Per assigned partition: high watermark - (offset of the last record handled + 1);
    None while either is unknown."""
    out: dict[int, int | None] = {}
    consumer = app.consumer
    for p in partitions:
        try:
            hw = consumer.highwater(TP(topic, p))
        except Exception:  # not assigned (any more) or not fetched yet
            hw = None
        pos = positions.get(p)
        out[p] = hw - (pos + 1) if hw is not None and pos is not None else None
    return out
