"""DecisionClient: keeps a DecisionTable in sync with the compacted decisions topic.

    client = DecisionClient("127.0.0.1:9092", policy="fail_open", stale_after_s=30)
    await client.start(wait_caught_up_s=30)      # bounded
    verdict = client.check(account_id)           # per request, no I/O, microseconds
    await client.stop()

How it reads: no consumer group and no commits. It assigns itself every
partition of the topic, seeks to the beginning and reads forever, applying each
record to the table (latest value per account wins, tombstone / lift / expiry
delete; see table.py). Every gateway replica holds the full table.

`caught_up` becomes True (and stays True) once the client has read up to the
end offsets the topic had when start() looked; before that the table is
partial.

`staleness_s` is the age of the last *confirmation that the client had
everything the broker had*: a fetch response whose high watermark equals the
client's position on every partition. It is NOT the age of the last record: a
quiet topic with no new decisions stays fresh, because the consumer long-polls
(`fetch_max_wait_ms`, 500 ms) and each empty answer re-confirms. It grows when
the broker is unreachable, the client lags behind a burst, or the client is
stopped; it is infinite until the first confirmation.

Partitions added to the topic after start() are not read until the next
start(). Start-up reads the whole compacted topic: ~15 us per record in
CPython (pydantic validation), so about 1.5 s per 100k active decisions.

Policy for stale data (`staleness_s > stale_after_s`, or never caught up):

- `fail_open` (default): answer from the table as it is. Known decisions keep
  being enforced until they expire; accounts without one are allowed. The API
  stays up when Kafka or the enforcer pipeline is down; the price is that new
  decisions (and lifts) made meanwhile are not seen, so a campaign gets through
  for the length of the outage. Distillation campaigns run for days, so
  minutes of blindness cost little.
- `fail_closed`: every verdict weaker than CHALLENGE becomes CHALLENGE (with
  `stale=True`); SUSPEND stays SUSPEND. Nothing slips through, but a Kafka
  outage, or a cold start that has not caught up yet, challenges every
  customer: enforcer becomes a hard dependency of the API. Use it only where
  abuse costs more than downtime.

Neither policy ever weakens a verdict the table has.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections.abc import Callable
from enum import Enum
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from enforcer.gateway.table import DecisionTable, Outcome, Verdict

log = logging.getLogger("enforcer.gateway")

__all__ = ["DecisionClient", "Policy", "TopicNotFound"]


class Policy(str, Enum):
    FAIL_OPEN = "fail_open"
    FAIL_CLOSED = "fail_closed"


class TopicNotFound(RuntimeError):
    pass


_STALE_CHALLENGE = Verdict(Outcome.CHALLENGE, False, reason="decision feed is stale (fail_closed policy)", stale=True)


class DecisionClient:
    def __init__(
        self,
        bootstrap_servers: str | list[str],
        topic: str = "enforcer.decisions",
        *,
        policy: Policy | str = Policy.FAIL_OPEN,
        stale_after_s: float = 30.0,
        table: DecisionTable | None = None,
        client_id: str = "enforcer-gateway",
        poll_timeout_ms: int = 500,
        max_records: int = 10_000,
        sweep_interval_s: float = 60.0,
        request_timeout_ms: int = 10_000,
        monotonic: Callable[[], float] = time.monotonic,
        **consumer_options: Any,
    ):
        if stale_after_s <= 0:
            raise ValueError("stale_after_s must be > 0")
        self.topic = topic
        self.policy = Policy(policy)
        self.stale_after_s = float(stale_after_s)
        self.table = table if table is not None else DecisionTable()
        self._bootstrap = bootstrap_servers
        self._client_id = client_id
        self._poll_ms = poll_timeout_ms
        self._max_records = max_records
        self._sweep_s = sweep_interval_s
        self._request_timeout_ms = request_timeout_ms
        self._mono = monotonic
        self._consumer_options = consumer_options
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._tps: list[TopicPartition] = []
        self._start_end: dict[TopicPartition, int] = {}
        self._confirmed_wall: dict[TopicPartition, float] = {}
        self._fresh_at: float | None = None  # monotonic time of the last full confirmation
        self._last_record_at: float | None = None
        self._caught_up = asyncio.Event()
        self.counters: dict[str, int] = {"records": 0, "poll_errors": 0}

    # -- lifecycle --------------------------------------------------------------
    async def start(self, timeout_s: float = 30.0, wait_caught_up_s: float | None = None) -> None:
        """Connect, assign all partitions, seek to the beginning, start reading.
        Raises TimeoutError / TopicNotFound / KafkaError (and leaves nothing open)
        if that does not happen within `timeout_s`. With `wait_caught_up_s`, also
        waits (bounded) for `caught_up`; returns either way: check `caught_up`."""
        if self._consumer is not None:
            raise RuntimeError("DecisionClient already started")
        self._confirmed_wall.clear()
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self._bootstrap,
            client_id=self._client_id,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            request_timeout_ms=self._request_timeout_ms,
            **self._consumer_options,
        )
        try:
            async with asyncio.timeout(timeout_s):
                await consumer.start()
                parts = await self._partitions(consumer)
                self._tps = [TopicPartition(self.topic, p) for p in sorted(parts)]
                consumer.assign(self._tps)
                await consumer.seek_to_beginning(*self._tps)
                self._start_end = await consumer.end_offsets(self._tps)
        except BaseException:
            await consumer.stop()
            raise
        self._consumer = consumer
        self._task = asyncio.create_task(self._run(), name=f"decision-client:{self.topic}")
        log.info("decision client reading %s (%d partitions, %d records at start)", self.topic,
                 len(self._tps), sum(self._start_end.values()))
        if wait_caught_up_s is not None:
            await self.wait_caught_up(wait_caught_up_s)

    async def _partitions(self, consumer: AIOKafkaConsumer) -> set[int]:
        for attempt in range(3):  # metadata may lag right after the topic was created
            if self.topic in await consumer.topics():
                break
            await asyncio.sleep(0.2 * (attempt + 1))
        else:
            raise TopicNotFound(f"topic {self.topic!r} does not exist (topics are not auto-created)")
        # Assigning partition 0 (always present) makes the client track the topic's
        # metadata; the caller's timeout bounds the wait for the partition list.
        consumer.assign([TopicPartition(self.topic, 0)])
        while not (parts := consumer.partitions_for_topic(self.topic)):
            await asyncio.sleep(0.05)
        return parts

    async def wait_caught_up(self, timeout_s: float) -> bool:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._caught_up.wait(), timeout_s)
        return self.caught_up

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Stop reading. The table stays queryable (and goes stale)."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError, Exception):
                await asyncio.wait_for(task, timeout_s)
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            try:
                await asyncio.wait_for(consumer.stop(), timeout_s)
            except TimeoutError:
                log.warning("decision client: consumer did not stop within %.1fs", timeout_s)

    async def __aenter__(self) -> DecisionClient:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # -- reading ----------------------------------------------------------------
    async def _run(self) -> None:
        assert self._consumer is not None
        consumer = self._consumer
        backoff = 0.1
        next_sweep = self._mono() + self._sweep_s
        while True:
            try:
                batches = await consumer.getmany(*self._tps, timeout_ms=self._poll_ms, max_records=self._max_records)
                apply = self.table.apply
                for records in batches.values():
                    for r in records:
                        apply(r.key, r.value)
                    if records:
                        self.counters["records"] += len(records)
                        self._last_record_at = self._mono()
                await self._update_freshness(consumer)
                backoff = 0.1
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the fetcher retries connection errors itself; these are the rest
                self.counters["poll_errors"] += 1
                log.warning("decision client: poll failed (%s), retrying in %.1fs", type(exc).__name__, backoff,
                            exc_info=not isinstance(exc, KafkaError))
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5.0)
            if self._mono() >= next_sweep:
                self.table.sweep()
                next_sweep = self._mono() + self._sweep_s

    async def _update_freshness(self, consumer: AIOKafkaConsumer) -> None:
        at_end_everywhere = True
        for tp in self._tps:
            pos = await consumer.position(tp)  # immediate: the position is valid after seek
            hw = consumer.highwater(tp)
            ts_ms = consumer.last_poll_timestamp(tp)
            if not self._caught_up.is_set() and pos < self._start_end.get(tp, 0):
                at_end_everywhere = False
            if hw is not None and ts_ms is not None and pos >= hw:
                self._confirmed_wall[tp] = ts_ms / 1000.0  # we had all the broker had at ts
        if at_end_everywhere and not self._caught_up.is_set():
            self._caught_up.set()
            log.info("decision client caught up on %s: %d active decisions", self.topic, len(self.table))
        if len(self._confirmed_wall) == len(self._tps):
            oldest = min(self._confirmed_wall.values())
            age = max(0.0, time.time() - oldest)
            fresh_at = self._mono() - age
            if self._fresh_at is None or fresh_at > self._fresh_at:
                self._fresh_at = fresh_at

    # -- state --------------------------------------------------------------------
    @property
    def caught_up(self) -> bool:
        return self._caught_up.is_set()

    @property
    def staleness_s(self) -> float:
        """Seconds since the client last confirmed it had every record the broker
        had, on every partition (see the module docstring); inf before the first."""
        return math.inf if self._fresh_at is None else max(0.0, self._mono() - self._fresh_at)

    @property
    def stale(self) -> bool:
        return self._fresh_at is None or self._mono() - self._fresh_at > self.stale_after_s

    @property
    def last_record_age_s(self) -> float:
        """Seconds since the last record arrived (informational; not staleness)."""
        return math.inf if self._last_record_at is None else self._mono() - self._last_record_at

    @property
    def stats(self) -> dict[str, Any]:
        return {**self.table.stats, **self.counters, "active": len(self.table), "caught_up": self.caught_up,
                "staleness_s": self.staleness_s, "policy": self.policy.value}

    # -- per request ------------------------------------------------------------
    def check(self, account_id: str, now: float | None = None) -> Verdict:
        """The table's verdict, with the staleness policy applied."""
        fresh_at = self._fresh_at
        if (fresh_at is None or self._mono() - fresh_at > self.stale_after_s) and self.policy is Policy.FAIL_CLOSED:
            outcome = self.table.peek(account_id, now)
            if outcome < Outcome.CHALLENGE:
                return _STALE_CHALLENGE
        return self.table.check(account_id, now)
