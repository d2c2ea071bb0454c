"""The faust app: requests topic (raw bytes) -> Processor -> decisions / DLQ topics,
with per-account state in a faust Table whose changelog restores a restarted worker.

    app, proc = create_app(Settings(), load_rules("rules"))
    faust.Worker(app, loglevel="info").execute_from_commandline()
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

import faust

from enforcer.contracts import CONTENT_TYPE, SCHEMA_VERSION, Action, Decision, Mode
from enforcer.core.engine import EngineConfig
from enforcer.rules.compiled import RuleSet
from enforcer.settings import Settings
from enforcer.stream.processor import Processor

log = logging.getLogger("enforcer.stream")

TABLE_NAME = "accounts"
EXIT_SEND_FAILED = 75  # EX_TEMPFAIL: restart me
DECISION_HEADERS = [("content-type", CONTENT_TYPE.encode()), ("schema-version", SCHEMA_VERSION.encode())]


def _raw_topic(app: faust.App, name: str, partitions: int | None = None) -> faust.TopicT:
    return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                     partitions=partitions)


class KafkaSink:
    """Decisions and dead letters through the app's producer; every send is awaited
    to delivery (acks=all) before the record counts as processed."""

    def __init__(self, app: faust.App, s: Settings):
        self.enforce = _raw_topic(app, s.topic_decisions)
        self.shadow = _raw_topic(app, s.topic_decisions_shadow)
        self.dlq = _raw_topic(app, s.topic_dlq)
        self.source_topic = s.topic_requests.encode()

    async def _send(self, topic: faust.TopicT, key: bytes | None, value: bytes | None, headers: list) -> Any:
        # force=True: publish now, never deferred to commit time (stream_publish_on_commit).
        return await topic.send(key=key, value=value, headers=headers, force=True)

    async def publish(self, decisions: list[Decision]) -> None:
        futs = []
        for d in decisions:
            topic = self.enforce if d.mode is Mode.enforce else self.shadow
            key = d.account_id.encode()
            futs.append(await self._send(topic, key, d.to_json(), DECISION_HEADERS))
            if d.action is Action.lift:
                # The lift tells the gateway why; the tombstone lets compaction forget the key.
                futs.append(await self._send(topic, key, None, DECISION_HEADERS))
        await asyncio.gather(*futs)

    async def dead_letter(self, key: bytes | None, value: bytes | None, reason: str,
                          partition: int, offset: int) -> None:
        headers = [("error", reason.encode("utf-8", "replace")), ("source-topic", self.source_topic),
                   ("source-partition", str(partition).encode()), ("source-offset", str(offset).encode())]
        await (await self._send(self.dlq, key, value, headers))


def engine_config(s: Settings) -> EngineConfig:
    return EngineConfig(dry_run=s.dry_run, allowed_lateness_ms=s.allowed_lateness_ms, max_subjects=s.max_subjects)


def create_app(s: Settings, rules: RuleSet) -> tuple[faust.App, Processor]:
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
        broker_session_timeout=s.session_timeout_s,
        broker_heartbeat_interval=max(0.5, min(3.0, s.session_timeout_s / 4)),
        broker_commit_interval=s.commit_interval_s,
        processing_guarantee="at_least_once",
    )
    requests = _raw_topic(app, s.topic_requests, s.partitions)
    # bytes key/value types make faust use its raw codec: values are our own orjson.
    table = app.Table(TABLE_NAME, default=None, key_type=bytes, value_type=bytes, partitions=s.partitions)
    proc = Processor(rules, engine_config(s), table, KafkaSink(app, s))

    @app.agent(requests, name="enforce", concurrency=1)
    async def enforce(stream: faust.StreamT) -> None:
        async for event in stream.events():
            msg = event.message
            try:
                await proc.handle(event.key, event.value, msg.partition, msg.offset)
            except Exception:
                # A send that failed after the producer's own retries. faust would ack
                # this event on the way out (and commit it): exit at once instead, like
                # a SIGKILL, so it is replayed after the restart.
                log.critical("giving up on %s[%d]@%d; exiting without committing it", msg.topic, msg.partition,
                             msg.offset, exc_info=True)
                logging.shutdown()
                os._exit(EXIT_SEND_FAILED)

    @app.on_partitions_revoked.connect
    async def on_revoked(sender: Any, revoked: set, **kwargs: Any) -> None:
        proc.revoke(tp.partition for tp in revoked if tp.topic == s.topic_requests)

    @app.on_partitions_assigned.connect
    async def on_assigned(sender: Any, assigned: set, **kwargs: Any) -> None:
        parts = sorted(tp.partition for tp in assigned if tp.topic == s.topic_requests)
        proc.assigned(parts)
        log.info("assigned partitions of %s: %s", s.topic_requests, parts)

    last: dict[str, int] = {}

    def log_stats(final: bool = False) -> None:
        if proc.stats and (final or proc.stats != last):
            last.clear()
            last.update(proc.stats)
            log.info("stats: %s", " ".join(f"{k}={v}" for k, v in sorted(proc.stats.items())))

    @app.timer(interval=s.stats_interval_s)
    async def report_stats() -> None:
        log_stats()

    @app.on_before_shutdown.connect
    async def on_shutdown(sender: Any, **kwargs: Any) -> None:
        log_stats(final=True)

    return app, proc
