"""The topics the stream needs, created if missing (idempotent).

| topic            | cleanup | why |
|------------------|---------|-----|
| requests         | delete  | input; N partitions, keyed by account, ordered per account; LogAppendTime |
| decisions        | compact | the gateway's view: the latest enforce decision per account; a lift is followed by a tombstone |
| decisions.shadow | compact | shadow decisions, kept apart so they never overwrite an enforce decision |
| dlq              | delete  | malformed and late records, original bytes, reason in headers; kept longer |
| group-obs        | delete  | account stage -> group stage: observations bundled per batch and partition of kind:key |
| fanout           | delete  | group stage -> account stage: fan-out / group-lift commands, keyed by account |
| template-shared  | compact | group stage -> every worker: which wrappers are shared, keyed by template key |

group-obs and fanout have the requests topic's partition count: faust assigns
partition p of every topic with that count to the same worker, so the worker
that owns an account's requests also owns its fan-out commands (same key
bytes, same default partitioner) and its table entry.

The requests topic stamps records with the broker's append time
(message.timestamp.type=LogAppendTime): enforcer_event_to_decision_seconds is
then measured from the moment the request reached Kafka, on the brokers'
clock, whatever the gateways' clocks say or however long their producers held
the record. The engine never reads that timestamp (windows run on the event's
own `ts`). An existing topic keeps its setting (reported as a note).

The state changelog (`<app_id>-accounts-changelog`) is created by faust with
the same partition count as the requests topic (co-partitioned).
An existing topic is never altered: a mismatch is reported as a problem.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from enforcer.settings import Settings

TOPIC_ALREADY_EXISTS = 36
# A just-created topic's partitions appear within a few seconds (see _check_existing).
_SETTLE_TRIES = 40
_SETTLE_PAUSE_S = 0.25


@dataclass(frozen=True)
class TopicSpec:
    role: str
    name: str
    partitions: int
    replication: int
    configs: dict[str, str]


@dataclass
class TopicsReport:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"created  {t}" for t in self.created] + [f"exists   {t}" for t in self.existing]
        return out + [f"note     {n}" for n in self.notes] + [f"PROBLEM  {p}" for p in self.problems]


def topic_specs(s: Settings) -> list[TopicSpec]:
    n, r = s.partitions, s.replication
    return [
        TopicSpec("requests", s.topic_requests, n, r,
                  {"cleanup.policy": "delete", "message.timestamp.type": "LogAppendTime"}),
        TopicSpec("decisions", s.topic_decisions, n, r, {"cleanup.policy": "compact"}),
        TopicSpec("decisions_shadow", s.topic_decisions_shadow, n, r, {"cleanup.policy": "compact"}),
        TopicSpec("dlq", s.topic_dlq, n, r, {"cleanup.policy": "delete", "retention.ms": str(s.dlq_retention_ms)}),
        TopicSpec("group_obs", s.topic_group_obs, n, r,
                  {"cleanup.policy": "delete", "retention.ms": str(s.internal_retention_ms)}),
        TopicSpec("fanout", s.topic_fanout, n, r,
                  {"cleanup.policy": "delete", "retention.ms": str(s.internal_retention_ms)}),
        TopicSpec("template_notices", s.topic_template_notices, n, r, {"cleanup.policy": "compact"}),
    ]


async def ensure_topics(s: Settings, timeout_ms: int = 15_000) -> TopicsReport:
    specs = topic_specs(s)
    report = TopicsReport()
    admin = AIOKafkaAdminClient(bootstrap_servers=s.bootstrap_servers(), request_timeout_ms=timeout_ms)
    await admin.start()
    try:
        present = set(await admin.list_topics())
        missing = [sp for sp in specs if sp.name not in present]
        if missing:
            resp = await admin.create_topics(
                [NewTopic(sp.name, sp.partitions, sp.replication, topic_configs=sp.configs) for sp in missing],
                timeout_ms=timeout_ms,
            )
            for name, code, *rest in resp.topic_errors:
                if code == 0:
                    report.created.append(name)
                elif code == TOPIC_ALREADY_EXISTS:  # created concurrently by another worker
                    present.add(name)
                else:
                    msg = rest[0] if rest and rest[0] else ""
                    report.problems.append(f"{name}: create failed with error code {code} {msg}".rstrip())
        existing = [sp for sp in specs if sp.name in present]
        if existing:
            report.existing.extend(sp.name for sp in existing)
            problems, notes = await _check_existing(admin, existing)
            report.problems.extend(problems)
            report.notes.extend(notes)
    finally:
        await admin.close()
    return report


async def _check_existing(admin: AIOKafkaAdminClient, specs: list[TopicSpec]) -> tuple[list[str], list[str]]:
    problems: list[str] = []
    notes: list[str] = []
    meta = {t["topic"]: t for t in await admin.describe_topics([sp.name for sp in specs])}
    # A topic another worker created a moment ago can describe with no
    # partitions until its leaders are elected (seen once in CI: the second of
    # two workers started together stopped on "has 0 partitions"). No topic
    # has 0 partitions once settled, so ask again, for a bounded time.
    for _ in range(_SETTLE_TRIES):
        unsettled = [sp.name for sp in specs if not meta.get(sp.name, {}).get("partitions")]
        if not unsettled:
            break
        await asyncio.sleep(_SETTLE_PAUSE_S)
        meta.update({t["topic"]: t for t in await admin.describe_topics(unsettled)})
    for sp in specs:
        parts = len(meta.get(sp.name, {}).get("partitions", []))
        # The input's count, and the co-partitioned stage topics' (the state
        # changelogs follow the requests topic).
        if sp.role in ("requests", "group_obs", "fanout") and parts != sp.partitions:
            problems.append(f"{sp.name}: has {parts} partitions, settings say {sp.partitions} "
                            "(the state changelogs, group-obs and fanout must be co-partitioned with the requests "
                            "topic)")
    resources = [ConfigResource(ConfigResourceType.TOPIC, sp.name, configs=dict.fromkeys(sp.configs))
                 for sp in specs]
    responses = await admin.describe_configs(resources)
    have: dict[tuple[str, str], str] = {}
    for resp in responses:
        for _code, _msg, _type, name, entries in resp.resources:
            for entry in entries:
                have[(name, entry[0])] = entry[1]
    for sp in specs:
        want = sp.configs["cleanup.policy"]
        got = have.get((sp.name, "cleanup.policy"))
        if got is not None and got != want:
            problems.append(f"{sp.name}: cleanup.policy={got}, expected {want}")
        want_ts = sp.configs.get("message.timestamp.type")
        got_ts = have.get((sp.name, "message.timestamp.type"))
        if want_ts and got_ts is not None and got_ts != want_ts:
            notes.append(f"{sp.name}: message.timestamp.type={got_ts} ({want_ts} recommended: the event-to-decision "
                         "latency is then measured from the broker's append time)")
    return problems, notes
