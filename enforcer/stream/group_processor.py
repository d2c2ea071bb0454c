"""Per-batch logic of the group stage of the live stream, free of faust.

One GroupStage per assigned partition of the group-obs topic, so one stage
sees every observation of its keys, whichever partition of the requests topic
(whichever account) they came from. A group-obs record is a bundle: the
observations of one account-stage batch bound for one partition, in order; a
key's partition is the default partitioner's choice for the key `kind:key`.

Per batch, as the account stage (processor.py):
1. add(record): decode -> (load the key from the table, unless held) -> skip
   it if already applied -> GroupStage.observe -> its commands into the
   batch's bundle for the member account's partition of the fanout topic
   (co-partitioned with requests), its template notices queued (compacted,
   keyed by template key) without waiting;
2. flush(): queue the command bundles, wait until everything is delivered,
   then write each touched key's entry once and wait for those changelog
   records;
3. the adapter acks the batch.

Idempotent (at-least-once in): an observation carries the partition and
offset of the request it came from ("sp", "so"), and each key's entry keeps,
per source partition, the offset of the last observation applied to it
("src"). One account-stage partition sends a key's observations in offset
order, so an observation at or below that offset is a duplicate: a replay of
this stage's own input after a crash, or a re-send by an account stage that
crashed before committing. Either is skipped, so no group counts an event
twice. Commands re-sent by a replay carry the same content; the account stage
dedupes them against its book, and decision ids are content-derived.

Cluster messages (while a rule is scoped to `cluster`) travel in the same
bundles: a Link/Unlink item (`{"c": [...]}`) goes to the stage's key side,
keyed like the groups by kind:key, and the Relabels it causes go out on the
fanout topic to the member accounts' stage, like commands. They need no
dedupe: labels are minima and memberships sets, so a replayed message changes
nothing. A key's protocol state is saved in the key's entry ("k").

What a restore loses: a group's entry holds its windows, remembered members
(with their new-account flag), active group decisions and offences; its
distinct-account counts are rebuilt from the remembered members and its
distinct-prompt, distinct-network and per-network-set account counts start
afresh (sketches are not saved). A pending key
(used by one account so far) is not saved at all: after a restore it becomes a
group one account later. A key that idled out of memory is not brought back
from an older entry (the backtest forgot it too).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Protocol

import orjson

from enforcer.core.engine import EngineConfig
from enforcer.core.group_stage import GroupStage
from enforcer.core.messages import (Command, GroupObservation, TemplateNotice, command_to_dict, link_from_dict,
                                     observations_from_dict)
from enforcer.rules.compiled import RuleSet
from enforcer.stream.processor import Bundles, Record, advance, as_delivery, delivered

log = logging.getLogger("enforcer.stream")


class GroupSink(Protocol):
    async def send_commands(self, partition: int, bundle: bytes) -> Awaitable[Any]:
        """Queue a bundle of commands (encode_bundle of command_to_dict) on that
        partition of the fanout topic: the partition of their accounts."""

    async def send_notice(self, n: TemplateNotice) -> Awaitable[Any]:
        """Queue a template notice on the compacted notices topic, keyed by template key."""


class _Key:
    __slots__ = ("kind", "key", "partition", "ref")

    def __init__(self, kind: str, key: str, partition: int, ref: Any):
        self.kind = kind
        self.key = key
        self.partition = partition
        self.ref = ref


class GroupProcessor:
    def __init__(self, rules: RuleSet, config: EngineConfig, table: MutableMapping[bytes, bytes], sink: GroupSink,
                 partition_of: Callable[[bytes], int], bind: Callable[[Any], None] | None = None,
                 write: Callable[[bytes, bytes], Awaitable[Any] | None] | None = None):
        self.rules = rules
        self.partition_of = partition_of  # account key -> its partition (of requests, fanout and the table)
        self._bundles = Bundles()  # commands of this batch, by fanout partition
        self.config = config
        self.table = table
        self.sink = sink
        self.bind = bind or (lambda ref: None)
        self.write = write or table.__setitem__
        self.stages: dict[int, GroupStage] = {}
        self.positions: dict[int, int] = {}  # partition -> offset of the last observation handled
        # group-obs partition -> gid -> {source partition: offset of the last observation applied}
        self.src: dict[int, dict[bytes, dict[int, int]]] = {}
        self.stats: Counter[str] = Counter()
        self._records = 0
        self._futures: list[Awaitable[Any]] = []
        self._touched: dict[bytes, _Key] = {}

    def set_rules(self, rules: RuleSet) -> None:
        self.rules = rules
        for stage in self.stages.values():
            stage.set_rules(rules)

    def stage_for(self, partition: int) -> GroupStage:
        stage = self.stages.get(partition)
        if stage is None:
            stage = self.stages[partition] = GroupStage(self.rules, self.config, track_new=True)
            self.src[partition] = {}
            log.info("group-obs partition %d: new group stage", partition)
        return stage

    def revoke(self, partitions) -> None:
        for p in partitions:
            self.positions.pop(p, None)
            self.src.pop(p, None)
            if self.stages.pop(p, None) is not None:
                log.info("group-obs partition %d revoked: group stage dropped", p)

    @property
    def pending(self) -> int:
        return self._records

    async def handle_batch(self, records: list[Record]) -> None:
        for r in records:
            await self.add(r)
        await self.flush()

    async def add(self, r: Record) -> None:
        """One group-obs record: a bundle of observations (processor.encode_bundle), in order."""
        self._records += 1
        partition, offset = r.partition, r.offset
        advance(self.positions, self.stats, "group-obs", partition, offset)
        try:
            items = orjson.loads(r.value)
        except Exception:  # an internal topic: only a bug (or a newer worker) writes something else
            self.stats["bad_observations"] += 1
            log.exception("unreadable observations on partition %d offset %d: skipped", partition, offset)
            return
        self.bind(r.ref)
        stage = self.stage_for(partition)
        for d in items:
            if "c" in d:
                await self._link(d, stage, r)
            else:
                await self._observe(d, stage, r)

    def _load(self, gid: bytes, kind: str, key: str, ts: int, stage: GroupStage, partition: int) -> dict[int, int]:
        """The key's dedupe offsets; on the key's first use since the partition
        was assigned, its state is loaded from the table."""
        srcs = self.src[partition]
        src = srcs.get(gid)
        if src is not None:
            return src
        src = srcs[gid] = {}
        raw = self.table.get(gid)
        if raw is None:
            return src
        data = orjson.loads(raw)
        src.update((int(p), o) for p, o in (data.get("src") or {}).items())
        state = data.get("s")
        # An entry older than the idle timeout describes a key the stage had forgotten.
        wm = max(stage.watermark or ts, ts)
        if state and (state["l"] if "l" in state else state["pd"][1]) >= wm - self.config.idle():
            stage.import_group(kind, key, state)
            self.stats["groups_loaded"] += 1
        if data.get("k") and stage.keys is not None:
            stage.keys.import_key(kind, key, data["k"])
        return src

    async def _link(self, d: dict[str, Any], stage: GroupStage, r: Record) -> None:
        st = self.stats
        st["cluster_msgs"] += 1
        try:
            m = link_from_dict(d)
        except Exception:
            st["bad_observations"] += 1
            log.exception("unreadable cluster message on partition %d offset %d: skipped", r.partition, r.offset)
            return
        gid = m.route.encode()
        self._load(gid, m.kind, m.key, stage.watermark or 0, stage, r.partition)
        try:
            relabels = stage.link(m)
        except Exception:  # a bug must not stop the stream (nor loop on a replay): skip it, loudly
            st["engine_errors"] += 1
            log.exception("cluster key side failed on partition %d offset %d: message skipped", r.partition, r.offset)
            return
        self._touch(gid, m.kind, m.key, r.partition, r.ref)
        for c in relabels:
            await self._command(c)
        st["relabels"] += len(relabels)

    async def _observe(self, d: dict[str, Any], stage: GroupStage, r: Record) -> None:
        """One item: an event's observations for keys of this partition, in order."""
        st = self.stats
        try:
            sp, so = int(d["sp"]), int(d["so"])
            obs = observations_from_dict(d)
        except Exception:
            st["bad_observations"] += 1
            log.exception("unreadable observation on partition %d offset %d: skipped", r.partition, r.offset)
            return
        for ob in obs:
            await self._observe_one(ob, sp, so, stage, r)

    async def _observe_one(self, ob: GroupObservation, sp: int, so: int, stage: GroupStage, r: Record) -> None:
        st = self.stats
        st["observations"] += 1
        partition, offset = r.partition, r.offset
        gid = ob.group_id.encode()
        src = self._load(gid, ob.kind, ob.key, ob.ts, stage, partition)
        if src.get(sp, -1) >= so:
            st["skipped_already_applied"] += 1
            self._touch(gid, ob.kind, ob.key, partition, r.ref)  # written again: see processor.py on RocksDB
            return
        try:
            cmds, notices = stage.observe(ob)
        except Exception:  # a bug must not stop the stream (nor loop on a replay): skip it, loudly
            st["engine_errors"] += 1
            log.exception("group stage failed on partition %d offset %d: observation skipped", partition, offset)
            return
        src[sp] = so
        self._touch(gid, ob.kind, ob.key, partition, r.ref)
        for c in cmds:
            await self._command(c)
        for n in notices:
            self._futures.append(await self.sink.send_notice(n))
        if cmds:
            st["commands"] += len(cmds)

    async def _command(self, c: Command) -> None:
        """Into the batch's bundle for the account's partition, in order: one
        fanout record per partition and batch (at most BUNDLE_MAX commands), as
        for the observations."""
        q = self.partition_of(c.account.encode())
        full = self._bundles.add(q, command_to_dict(c))
        if full is not None:
            self._futures.append(await self.sink.send_commands(q, full))

    def _touch(self, gid: bytes, kind: str, key: str, partition: int, ref: Any) -> None:
        t = self._touched.get(gid)
        if t is None:
            self._touched[gid] = _Key(kind, key, partition, ref)
        else:
            t.ref = ref

    async def flush(self) -> None:
        """Deliveries first, then one entry per touched key (awaited). Raises if a
        send failed; nothing of the batch is then written (and it must not be acked)."""
        if not self._records:
            return
        for q, bundle in self._bundles.drain():
            self._futures.append(await self.sink.send_commands(q, bundle))
        futures, touched = self._futures, self._touched
        self._futures, self._touched, self._records = [], {}, 0
        self.stats["batches"] += 1
        if futures:
            await delivered(futures, "the batch's commands")
        written: list[Awaitable[Any]] = []
        for gid, t in touched.items():
            stage = self.stages.get(t.partition)
            if stage is None:
                continue
            state = stage.export_group(t.kind, t.key)
            if state is not None and "pd" in state:
                # A key seen from one account so far (most keys: a home IP, a
                # personal card) is not saved: re-observing it from the same
                # account changes nothing, and saving it would cost a changelog
                # record per request and key.
                state = None
            side = stage.keys.export_key(t.kind, t.key) if stage.keys is not None else None
            if state is None and side is None:
                continue
            self.bind(t.ref)
            entry = {"src": {str(p): o for p, o in self.src[t.partition].get(gid, {}).items()}, "s": state}
            if side is not None:
                entry["k"] = side
            raw = orjson.dumps(entry)
            self.stats["table_writes"] += 1
            self.stats["table_bytes"] += len(raw)
            fut = await as_delivery(self.write(gid, raw))
            if fut is not None:
                written.append(fut)
        if written:
            await delivered(written, "the batch's table entries")
        for p, stage in self.stages.items():  # amortised: forget dedupe offsets of keys the stage forgot
            srcs = self.src[p]
            gs = stage.groups
            if len(srcs) > 2 * (len(gs.groups) + len(gs.pending)) + 10_000:
                self.src[p] = {g: v for g, v in srcs.items() if tuple(g.decode().split(":", 1)) in gs.groups
                               or tuple(g.decode().split(":", 1)) in gs.pending}
