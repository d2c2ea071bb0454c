"""DecisionClient against the real broker: catch-up, live updates, staleness, fail-open/closed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import TypeVar

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from enforcer.contracts import CONTENT_TYPE, SCHEMA_VERSION, Decision
from enforcer.gateway import DecisionClient, Outcome, Policy, TopicNotFound
from enforcer.timeutil import format_rfc3339_ms

PARTITIONS = 3
TEST_TIMEOUT_S = 60.0
HEADERS = [("content-type", CONTENT_TYPE.encode()), ("schema-version", SCHEMA_VERSION.encode())]
T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, TEST_TIMEOUT_S)
    return asyncio.run(bounded())


def decision(account: str, action: str, *, ttl_s: float = 3600, mode: str = "enforce", rps: float | None = None,
             n: int = 0) -> Decision:
    now_ms = int(time.time() * 1000)
    return Decision(
        decision_id=f"{account}-{action}-{n}", account_id=account, action=action, rule="it-rule", scope="account",
        scope_key=account, issued_at=format_rfc3339_ms(now_ms), expires_at=format_rfc3339_ms(now_ms + int(ttl_s * 1000)),
        mode=mode, throttle_rps=rps, reason="integration test",
    )


async def create_compacted(bootstrap: str, topic: str, partitions: int = PARTITIONS) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, partitions, 1, topic_configs={"cleanup.policy": "compact"})])
    finally:
        await admin.close()


async def publish(bootstrap: str, topic: str, records: list[Decision | tuple[str, None] | tuple[str, bytes]]) -> None:
    """The worker's wire format: key = account_id, value = Decision.to_json(), headers content-type and
    schema-version; a lift is followed by a tombstone. (str, None) = explicit tombstone, (str, bytes) = raw."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True,
                                request_timeout_ms=10_000)
    await producer.start()
    try:
        for r in records:
            if isinstance(r, Decision):
                await producer.send_and_wait(topic, r.to_json(), key=r.account_id.encode(), headers=HEADERS)
                if r.action.value == "lift":
                    await producer.send_and_wait(topic, None, key=r.account_id.encode())
            else:
                key, value = r
                await producer.send_and_wait(topic, value, key=key.encode(),
                                             headers=HEADERS if value is not None else None)
    finally:
        await producer.stop()


async def until(pred, timeout_s: float = 10.0, step_s: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if pred():
            return True
        await asyncio.sleep(step_s)
    return pred()


def test_client_catches_up_and_answers(kafka_bootstrap: str, unique_topic: str) -> None:
    async def scenario() -> None:
        await create_compacted(kafka_bootstrap, unique_topic)
        await publish(kafka_bootstrap, unique_topic, [
            decision("acct-suspend", "suspend"),
            decision("acct-challenge", "challenge"),
            decision("acct-throttle", "throttle", rps=1.0),
            decision("acct-lifted", "challenge"), decision("acct-lifted", "lift", ttl_s=0),  # + tombstone
            decision("acct-tomb", "suspend"), ("acct-tomb", None),
            decision("acct-expired", "suspend", ttl_s=-5),
            decision("acct-shadow", "suspend", mode="shadow"),
            decision("acct-latest", "suspend"), decision("acct-latest", "challenge", n=1),
            decision("acct-bad", "challenge"), ("acct-bad", b"{not json"),
        ])
        client = DecisionClient(kafka_bootstrap, unique_topic, policy=Policy.FAIL_CLOSED, stale_after_s=10)
        await client.start(timeout_s=20, wait_caught_up_s=20)
        try:
            assert client.caught_up
            assert client.staleness_s < 5
            outcome = {a: client.check(a).outcome for a in (
                "acct-suspend", "acct-challenge", "acct-lifted", "acct-tomb", "acct-expired", "acct-shadow",
                "acct-latest", "acct-bad", "acct-unknown")}
            assert outcome == {
                "acct-suspend": Outcome.SUSPEND, "acct-challenge": Outcome.CHALLENGE,
                "acct-lifted": Outcome.ALLOW, "acct-tomb": Outcome.ALLOW, "acct-expired": Outcome.ALLOW,
                "acct-shadow": Outcome.ALLOW, "acct-latest": Outcome.CHALLENGE,
                "acct-bad": Outcome.CHALLENGE,  # the malformed later value is ignored, the earlier one stays
                "acct-unknown": Outcome.ALLOW,
            }
            first, second = client.check("acct-throttle"), client.check("acct-throttle")
            assert (first.outcome, first.allowed) == (Outcome.THROTTLE, True)
            assert (second.outcome, second.allowed) == (Outcome.THROTTLE, False) and 0 < second.retry_after_s <= 1
            stats = client.stats
            assert stats["malformed"] == 1 and stats["shadow_ignored"] == 1 and stats["lifts"] == 1
            assert stats["tombstones"] == 2 and stats["records"] == 14

            # live: a new decision and a lift arrive while the client runs
            await publish(kafka_bootstrap, unique_topic, [decision("acct-new", "suspend"),
                                                          decision("acct-suspend", "lift", ttl_s=0)])
            assert await until(lambda: client.table.peek("acct-new") is Outcome.SUSPEND)
            assert await until(lambda: client.check("acct-suspend").outcome is Outcome.ALLOW)

            # a quiet topic stays fresh: staleness is "since the last confirmation", not "since the last record"
            await asyncio.sleep(2.0)
            assert client.staleness_s < 1.5, client.staleness_s
            # The lift's tombstone can land a few ms after the lift was seen, so the
            # last record is up to that much younger than the sleep (CI read 1.979).
            assert client.last_record_age_s >= 1.5
            assert not client.stale
        finally:
            await client.stop()
    run(scenario())


def test_empty_topic_catches_up_at_once(kafka_bootstrap: str, unique_topic: str) -> None:
    async def scenario() -> None:
        await create_compacted(kafka_bootstrap, unique_topic, partitions=2)
        client = DecisionClient(kafka_bootstrap, unique_topic, policy="fail_closed", stale_after_s=5)
        t0 = time.monotonic()
        await client.start(timeout_s=20, wait_caught_up_s=20)
        try:
            assert client.caught_up and time.monotonic() - t0 < 10
            assert await until(lambda: not client.stale)
            assert client.check("anyone").outcome is Outcome.ALLOW
        finally:
            await client.stop()
    run(scenario())


def test_staleness_and_fail_open_vs_closed(kafka_bootstrap: str, unique_topic: str) -> None:
    async def scenario() -> None:
        await create_compacted(kafka_bootstrap, unique_topic)
        await publish(kafka_bootstrap, unique_topic, [decision("acct-c", "challenge"), decision("acct-s", "suspend"),
                                                      decision("acct-t", "throttle", rps=100.0)])
        client = DecisionClient(kafka_bootstrap, unique_topic, policy="fail_closed", stale_after_s=0.5)
        # before start: never confirmed -> infinitely stale; fail_closed challenges everyone
        assert client.staleness_s == float("inf") and client.stale and not client.caught_up
        v = client.check("acct-unknown")
        assert v.outcome is Outcome.CHALLENGE and v.stale and not v.allowed
        await client.start(timeout_s=20, wait_caught_up_s=20)
        try:
            assert await until(lambda: not client.stale)
            assert client.check("acct-unknown").outcome is Outcome.ALLOW
        finally:
            await client.stop()  # the feed stops: staleness grows, the table stays queryable
        await asyncio.sleep(0.8)
        assert client.stale and client.staleness_s > 0.5
        # fail_closed: anything weaker than CHALLENGE becomes CHALLENGE; stronger stays
        assert client.check("acct-unknown").outcome is Outcome.CHALLENGE
        assert client.check("acct-t").outcome is Outcome.CHALLENGE
        assert client.check("acct-c").outcome is Outcome.CHALLENGE
        assert client.check("acct-s").outcome is Outcome.SUSPEND and not client.check("acct-s").stale
        # fail_open: the table as it is; never weakens a known decision
        client.policy = Policy.FAIL_OPEN
        assert client.check("acct-unknown").allowed and not client.check("acct-unknown").stale
        assert client.check("acct-t").outcome is Outcome.THROTTLE
        assert client.check("acct-c").outcome is Outcome.CHALLENGE
        assert client.check("acct-s").outcome is Outcome.SUSPEND
    run(scenario())


def test_missing_topic_fails_start_in_bounded_time(kafka_bootstrap: str, unique_topic: str) -> None:
    async def scenario() -> None:
        client = DecisionClient(kafka_bootstrap, unique_topic)
        t0 = time.monotonic()
        with pytest.raises(TopicNotFound):
            await client.start(timeout_s=15)
        assert time.monotonic() - t0 < 15
        await client.stop()  # harmless after a failed start
    run(scenario())
