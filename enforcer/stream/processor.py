"""Per-batch logic of the account stage of the live stream, free of faust so it
reads (and tests) plainly. The group stage is enforcer/stream/group_processor.py.

One AccountStage per assigned partition (the stage `Engine`, and so
`enforcer backtest`, runs). Accounts live in exactly one partition (records
are keyed by account), so a partition's stage sees every event of its
accounts in order, and a revoked partition is simply dropped: whoever gets it
next rebuilds from the table. The per-partition watermark only drives
housekeeping (idle eviction, lifts of expired decisions); lift ids are
content-derived, so they are the same whenever they are swept.

Two inputs, co-partitioned (same partition count, same key bytes): request
events, and bundles of the group stage's commands (fan-outs, inheritances,
group lifts, cluster relabels) for the same accounts. Each event's group observations go out to the group
stage with the event's partition and offset (the group stage's dedupe key).
The worker's view of shared prompt wrappers (`shared`) is one object for all
partitions, fed by the template notices topic.

Per batch (records in offset order per partition, as the consumer delivered them):

1. add(record), for each record in order: parse -> (load the account from
   the table, unless already applied) -> AccountStage.process -> hand its decisions
   (a lift followed by its tombstone) and dead letters to the sink, which
   queues them on the producer without waiting; its group observations join
   the batch's bundle for their group-obs partition;
2. flush(): queue the bundles, wait until everything queued is delivered (acks=all),
   then write each touched account's table entry ONCE, with its latest state
   and the offset of the last record of this batch applied to it, and wait
   until those changelog records are delivered too;
3. the adapter acks the batch's records; faust commits them later.

Crash safety (at-least-once in, idempotent out): a table entry carries the
offset of the last record applied to the account ("o": requests, "fo":
command bundles). After a crash, records
between the committed offset and that one are replayed; those with
offset <= the stored one are skipped, so nothing is counted twice, and
nothing is lost because offsets are committed only after the table writes
and the decisions they depend on were delivered. A batch that fails in 2
writes no table entry and is not acked: the worker exits and the whole batch
is replayed, re-sending the same decisions in the same order.

Order of one account's decisions (lift, tombstone, then any newer decision):
all sends of a batch are queued from this one task, in the engine's order, so
they enter the producer's per-partition queue in that order; the producer
keeps it (see KafkaSink in app.py), and batch N+1 is only processed once all of
batch N is delivered.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import orjson

from enforcer.contracts import Decision, InvalidEvent, parse_event
from enforcer.core.account_stage import AccountStage, SharedTemplates
from enforcer.core.engine import EngineConfig
from enforcer.core.cluster_protocol import Relabel
from enforcer.core.messages import Command, GroupObservation, command_from_dict, link_to_dict, observations_to_dict
from enforcer.rules.compiled import RuleSet

log = logging.getLogger("enforcer.stream")

# orjson keeps key order and export_account lists active decisions first, so an
# entry without any starts with these bytes: the restore scan skips it unparsed.
_NO_ACTIVE = b'{"a":[]'


class Sink(Protocol):
    async def send_decision(self, d: Decision) -> list[Awaitable[Any]]:
        """Queue a decision (and a tombstone after a lift), in that order; return
        their delivery futures without waiting for them."""

    async def send_dead_letter(self, key: bytes | None, value: bytes | None, reason: str,
                               partition: int, offset: int) -> Awaitable[Any]:
        """Queue the original record unchanged with its reason; return its delivery future."""

    async def send_observations(self, partition: int, bundle: bytes) -> Awaitable[Any]:
        """Queue a bundle of group observations (encode_bundle) on that partition
        of the group-obs topic; return its delivery future."""


class Hooks:
    """What the processor reports (metrics, logs). The default does nothing;
    the worker passes enforcer.stream.app.ObsHooks."""

    def event(self, result: str) -> None: ...
    def invalid(self, reason: str) -> None: ...
    def evaluated(self, seconds: float) -> None: ...
    def dead_lettered(self, reason: str) -> None: ...
    def published(self, decisions: list[Decision], record_timestamp_s: float | None) -> None: ...


@dataclass(slots=True)
class Record:
    key: bytes | None
    value: bytes | None
    partition: int
    offset: int
    timestamp: float | None = None  # the Kafka timestamp, in seconds
    ref: Any = None  # the adapter's handle on the record (the faust event), given to `bind`
    command: bool = False  # a group-stage command (fanout topic), not a request event


def encode_entry(data: dict[str, Any], partition: int, offset: int, command_offset: int = -1) -> bytes:
    """Table value: the stage's export plus "p" (source partition), "o" (offset
    of the last request applied to this account) and "fo" (of the last command)."""
    return orjson.dumps({**data, "p": partition, "o": offset, "fo": command_offset})


def observation_item(obs: list[GroupObservation], partition: int, offset: int) -> dict[str, Any]:
    """An event's observations bound for one group-obs partition, as a bundle
    holds them (observations_to_dict: the event's fields once, then its keys),
    with the source partition ("sp") and offset ("so") of the request they came
    from (the group stage's dedupe key)."""
    return {**observations_to_dict(obs), "sp": partition, "so": offset}


def advance(positions: dict[int, int], stats: Counter[str], what: str, partition: int, offset: int) -> None:
    """Record the offset handled; a jump forward past the next offset means
    records of this partition were never handed to the stage (counted and
    logged: the consumer lost them)."""
    last = positions.get(partition)
    if last is not None and offset > last + 1:
        stats["offset_gaps"] += 1
        stats["offset_gap_records"] += offset - last - 1
        log.warning("%s partition %d: offsets %d..%d were never handed to the stage (next handled: %d)",
                    what, partition, last + 1, offset - 1, offset)
    positions[partition] = offset


DELIVERY_TIMEOUT_S = 120.0  # the producer settles a send (acked or failed) well within this


async def delivered(futures: list[Awaitable[Any]], what: str) -> None:
    """Wait until every send is acked; raise if one failed or if they are not
    all settled within DELIVERY_TIMEOUT_S. The producer gives up on a send by
    itself long before that, so a send still pending then is stuck, and the
    worker is better off exiting (the batch is replayed after the restart)
    than waiting forever."""
    if not futures:
        return
    done, pending = await asyncio.wait([asyncio.ensure_future(f) for f in futures], timeout=DELIVERY_TIMEOUT_S)
    if pending:
        raise RuntimeError(f"{len(pending)} of {len(futures)} sends of {what} not settled after "
                           f"{DELIVERY_TIMEOUT_S:.0f} s")
    failed = [e for e in (f.exception() for f in done) if e is not None]  # every one retrieved
    if failed:
        raise failed[0]


async def as_delivery(res: Any) -> Any:
    """What a table writer returned, as its delivery (or None): a writer may be
    async (the worker's sends its changelog record first, in write order, and
    returns the delivery future) or plain (returns the future, or None)."""
    return await res if asyncio.iscoroutine(res) else res


class Bundles:
    """A batch's items for the partitions of one stage topic, in order: one
    record per partition and batch, or per BUNDLE_MAX items (encode_bundle)."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: dict[int, list[dict[str, Any]]] = {}

    def add(self, partition: int, item: dict[str, Any]) -> bytes | None:
        """Keep the item; a full bundle comes back, to be sent now."""
        items = self.items.get(partition)
        if items is None:
            items = self.items[partition] = []
        items.append(item)
        if len(items) < BUNDLE_MAX:
            return None
        self.items[partition] = []
        return encode_bundle(items)

    def drain(self) -> list[tuple[int, bytes]]:
        """The bundles left, to be sent at the end of the batch."""
        out = [(q, encode_bundle(items)) for q, items in self.items.items() if items]
        self.items = {}
        return out


def encode_bundle(items: list[dict[str, Any]]) -> bytes:
    """A group-obs record: observations of one batch bound for one partition, in
    the order the stage produced them. One record per partition and batch (at
    most BUNDLE_MAX observations) instead of one per observation: a producer
    send costs far more than the observation itself."""
    return orjson.dumps(items)


BUNDLE_MAX = 500


def decode_entry(raw: bytes) -> dict[str, Any]:
    return orjson.loads(raw)


class _Touched:
    """An account whose table entry this batch rewrites."""

    __slots__ = ("partition", "ref", "applied", "base", "active_changed")

    def __init__(self, partition: int, ref: Any):
        self.partition = partition
        self.ref = ref  # a record of the account's partition: table writes are routed by it
        self.applied = False  # a record (event or command) was applied to it in this batch
        # The entry to start from when the account is not in memory at flush time:
        # the stored bytes (a skipped, already applied record), or a snapshot taken
        # just before the engine evicted it for capacity.
        self.base: bytes | dict[str, Any] | None = None
        self.active_changed = False  # its active decisions changed (a lift or fan-out from another record)


class _Batch:
    __slots__ = ("records", "touched", "futures", "dead", "published", "bundles")

    def __init__(self) -> None:
        self.bundles = Bundles()  # observations and cluster messages, by group-obs partition
        self.records = 0
        self.touched: dict[bytes, _Touched] = {}
        self.futures: list[Awaitable[Any]] = []  # deliveries to wait for
        self.dead: list[str] = []  # dead-letter reasons, reported once delivered
        self.published: list[tuple[list[Decision], float | None]] = []  # decisions, record timestamp


class Processor:
    def __init__(self, rules: RuleSet, config: EngineConfig, table: MutableMapping[bytes, bytes], sink: Sink,
                 bind: Callable[[Any], None] | None = None, hooks: Hooks | None = None,
                 write: Callable[[bytes, bytes], Awaitable[Any] | None] | None = None,
                 group_partition: Callable[[bytes], int] | None = None):
        self._rules = rules
        # group id bytes -> its partition of the group-obs topic (the default
        # partitioner's choice, as if the records were keyed by kind:key).
        self.group_partition = group_partition or (lambda gid: 0)
        self.on_rules: list[Callable[[RuleSet], None]] = []  # e.g. the group processor's set_rules
        self.config = config
        self.table = table
        self.sink = sink
        # write(key, value): table[key] = value, returning the delivery of the
        # write's changelog record (or None), or a coroutine that returns it;
        # flush() waits for them.
        self.write = write or table.__setitem__
        # bind(record.ref) before each table access: faust routes a table read or
        # write to the partition of "the current event".
        self.bind = bind or (lambda ref: None)
        self.hooks = hooks or Hooks()
        self.engines: dict[int, AccountStage] = {}
        self.positions: dict[int, int] = {}  # partition -> offset of the last request handled
        self.command_positions: dict[int, int] = {}  # partition -> offset of the last command handled
        self.shared = SharedTemplates(config.collective.max_groups)  # every partition's view, from the notices
        # account -> [offset of the last request, of the last command] applied to it,
        # for accounts whose entry this process loaded or wrote: a replayed record
        # at or below them is skipped even when the account is in memory.
        self.known: dict[bytes, list[int]] = {}
        self._restore: dict[int, list[tuple[str, dict[str, Any]]]] | None = None
        self._batch = _Batch()
        self.stats: Counter[str] = Counter()

    @property
    def rules(self) -> RuleSet:
        return self._rules

    @rules.setter
    def rules(self, rules: RuleSet) -> None:
        """A hot reload (enforcer/stream/reload.py sets it, then each engine's rules)."""
        self._rules = rules
        for fn in self.on_rules:
            fn(rules)

    # -- partitions ---------------------------------------------------------
    def engine_for(self, partition: int) -> AccountStage:
        eng = self.engines.get(partition)
        if eng is None:
            eng = self.engines[partition] = AccountStage(self.rules, self.config)
            eng.shared = self.shared
            n = 0
            for account, data in self._active_by_partition().pop(partition, ()):
                eng.import_account(account, data, state=False)
                n += len(data["a"])
            log.info("partition %d: new engine, %d active decision(s) restored from the table", partition, n)
        return eng

    def _active_by_partition(self) -> dict[int, list[tuple[str, dict[str, Any]]]]:
        """Active decisions are restored eagerly (windows lazily, per account): an
        account that never sends again must still get its lift. One scan of the
        table per assignment serves every partition; entries without active
        decisions are skipped unparsed. Valid until the next rebalance: until a
        partition has an engine, nothing writes its entries."""
        if self._restore is None:
            self._restore = {}
            for key, raw in self.table.items():
                if raw is None or raw.startswith(_NO_ACTIVE):
                    continue
                data = decode_entry(raw)
                if data.get("a") and isinstance(data.get("p"), int):
                    self._restore.setdefault(data["p"], []).append((key.decode(), data))
        return self._restore

    def assigned(self, partitions: Iterable[int]) -> None:
        """A new assignment: engines are created as their partitions' records arrive,
        after faust has restored the table."""
        self._restore = None

    def revoke(self, partitions: Iterable[int]) -> None:
        self._restore = None  # the table changes hands with the partitions
        for p in partitions:
            self.positions.pop(p, None)
            self.command_positions.pop(p, None)
            if self.engines.pop(p, None) is not None:
                log.info("partition %d revoked: engine dropped", p)

    # -- records ------------------------------------------------------------
    async def handle(self, key: bytes | None, value: bytes | None, partition: int, offset: int,
                     timestamp: float | None = None, ref: Any = None) -> None:
        """One record: a batch of one."""
        await self.handle_batch([Record(key, value, partition, offset, timestamp, ref)])

    async def handle_batch(self, records: Sequence[Record]) -> None:
        """Process records in order, deliver what they produced, then write the
        table once per touched account (see the module docstring). Raises if a
        send failed: nothing of the batch may then count as processed."""
        for r in records:
            await self.add(r)
        await self.flush()

    @property
    def pending(self) -> int:
        """Records added since the last flush."""
        return self._batch.records

    async def add(self, r: Record) -> None:
        """Step 1 for one record: engine, then its decisions and dead letters
        queued on the producer. Part of the current batch until flush()."""
        st = self.stats
        b = self._batch
        b.records += 1
        hooks = self.hooks
        sink = self.sink
        touched = b.touched
        st["records"] += 1
        if r.command:
            await self._add_command(r)
            return
        partition, offset = r.partition, r.offset
        advance(self.positions, self.stats, "requests", partition, offset)
        try:
            if r.value is None:
                raise InvalidEvent("empty record (null value)")
            ev = parse_event(r.value)
        except InvalidEvent as exc:
            st["invalid"] += 1
            hooks.invalid(exc.reason)
            b.futures.append(await sink.send_dead_letter(r.key, r.value, exc.reason, partition, offset))
            b.dead.append(exc.reason)
            return
        if r.key is not None and r.key != ev.account_id.encode():
            st["key_mismatch"] += 1  # state stays correct only if an account always lands in one partition
            if st["key_mismatch"] == 1:
                log.warning("record key differs from account_id (partition %d offset %d): producers must key "
                            "by account_id", partition, offset)
        self.bind(r.ref)
        eng = self.engine_for(partition)
        account = ev.account_id
        akey = account.encode()
        accounts = eng.accounts
        k = self.known.get(akey)
        if k is not None and offset <= k[0]:
            self._skip(akey, partition, r.ref)
            return
        if account not in accounts:
            t = touched.get(akey)
            if t is not None:  # this batch changed its entry: read that, not the table
                raw, stored = None, self._entry(akey, account, eng, t)
            else:
                raw = self.table.get(akey)
                stored = decode_entry(raw) if raw is not None else None
            if stored is not None and stored.get("o", -1) >= offset:
                # Applied before a crash. Write the entry again: a local store
                # (RocksDB) can hold writes whose changelog record never left,
                # and the next owner of this partition restores from the changelog.
                st["skipped_already_applied"] += 1
                if t is None:
                    t = touched[akey] = _Touched(partition, r.ref)
                    t.base = raw
                return
            if len(accounts) >= accounts.max_subjects:
                self._snapshot_victim(eng, touched)  # loading or creating it evicts another
            if stored is not None:
                eng.import_account(account, stored)
                st["loaded"] += 1
                if k is None:
                    k = self.known[akey] = [stored.get("o", -1), stored.get("fo", -1)]
        t0 = time.perf_counter()
        try:
            res = eng.process(ev)
        except Exception as exc:  # a bug must not stop the stream: dead-letter the record
            log.exception("engine failed on partition %d offset %d", partition, offset)
            st["engine_errors"] += 1
            hooks.event("error")
            reason = f"engine error: {type(exc).__name__}"
            b.futures.append(await sink.send_dead_letter(r.key, r.value, reason, partition, offset))
            b.dead.append(reason)
            return
        hooks.evaluated(time.perf_counter() - t0)
        st["events"] += 1
        self._applied(akey, partition, r.ref, 0, offset)
        await self._publish(res.decisions, account, partition, r)
        if res.cluster_msgs:
            await self._links(res.cluster_msgs)
        if res.observations:
            gp = self.group_partition
            by_q: dict[int, list[GroupObservation]] = {}
            for ob in res.observations:
                q = gp(ob.group_id.encode())
                same = by_q.get(q)
                if same is None:
                    by_q[q] = [ob]
                else:
                    same.append(ob)
            for q, same in by_q.items():
                await self._bundle(q, observation_item(same, partition, offset))
        if res.late_reason is not None:
            st["late"] += 1
            hooks.event("late")
            b.futures.append(await sink.send_dead_letter(r.key, r.value, res.late_reason, partition, offset))
            b.dead.append(res.late_reason)
        elif res.duplicate:
            st["duplicates"] += 1
            hooks.event("duplicate")
        else:
            hooks.event("ok")

    async def _bundle(self, q: int, item: dict[str, Any]) -> None:
        b = self._batch
        full = b.bundles.add(q, item)
        if full is not None:
            b.futures.append(await self.sink.send_observations(q, full))

    async def _links(self, msgs: list[Any]) -> None:
        """Cluster messages for the key side, in the group-obs partition of their
        key, in order (the protocol needs no dedupe: labels are minima and
        memberships sets, so a replay re-sending them changes nothing)."""
        gp = self.group_partition
        self.stats["cluster_msgs"] += len(msgs)
        for m in msgs:
            await self._bundle(gp(m.route.encode()), link_to_dict(m))

    def _skip(self, akey: bytes, partition: int, ref: Any, raw: bytes | None = None) -> None:
        self.stats["skipped_already_applied"] += 1
        touched = self._batch.touched
        if akey not in touched:
            t = touched[akey] = _Touched(partition, ref)
            t.base = raw

    def _applied(self, akey: bytes, partition: int, ref: Any, which: int, offset: int) -> None:
        touched = self._batch.touched
        t = touched.get(akey)
        if t is None:
            t = touched[akey] = _Touched(partition, ref)
        t.applied = True
        t.ref = ref
        k = self.known.get(akey)
        if k is None:
            k = self.known[akey] = [-1, -1]
        k[which] = offset

    async def _publish(self, decisions: list[Decision], account: str, partition: int, r: Record) -> None:
        if not decisions:
            return
        b = self._batch
        touched = b.touched
        self.stats["decisions"] += len(decisions)
        for d in decisions:
            b.futures.extend(await self.sink.send_decision(d))
            if d.account_id != account:
                # A lift swept for another account: its active decisions
                # changed, its windows did not.
                okey = d.account_id.encode()
                o = touched.get(okey)
                if o is None:
                    o = touched[okey] = _Touched(partition, r.ref)
                o.active_changed = True
        b.published.append((decisions, r.timestamp))

    async def _add_command(self, r: Record) -> None:
        """A fanout record: a bundle of fan-outs, inheritances, group lifts and
        cluster relabels for accounts of this partition, in the group stage's
        order (a single command object is read too).

        An account's commands in one record are applied in the same batch, so
        the record is the unit of dedupe: "fo" (the offset of the last fanout
        record applied to the account) is judged once per account and record."""
        st = self.stats
        partition, offset = r.partition, r.offset
        advance(self.command_positions, self.stats, "fanout", partition, offset)
        try:
            raw = orjson.loads(r.value)
            cmds = [command_from_dict(d) for d in raw] if isinstance(raw, list) else [command_from_dict(raw)]
        except Exception:  # an internal topic: only a bug (or a newer worker) writes something else
            st["bad_commands"] += 1
            log.exception("unreadable command on partition %d offset %d: skipped", partition, offset)
            return
        self.bind(r.ref)
        eng = self.engine_for(partition)
        done: dict[bytes, bool] = {}  # account -> this record was applied to it before
        for cmd in cmds:
            st["commands"] += 1
            akey = cmd.account.encode()
            skip = done.get(akey)
            if skip is None:
                skip = done[akey] = self._command_applied(akey, cmd.account, eng, partition, offset, r.ref)
            if not skip:
                await self._apply_command(cmd, akey, eng, partition, offset, r)

    def _command_applied(self, akey: bytes, account: str, eng: AccountStage, partition: int, offset: int,
                         ref: Any) -> bool:
        """Whether the fanout record at `offset` was applied to the account before
        (a replay); if not, the account is in memory afterwards."""
        k = self.known.get(akey)
        if k is not None and offset <= k[1]:
            self._skip(akey, partition, ref)
            return True
        accounts = eng.accounts
        if account not in accounts:
            t = self._batch.touched.get(akey)
            if t is not None:
                raw, stored = None, self._entry(akey, account, eng, t)
            else:
                raw = self.table.get(akey)
                stored = decode_entry(raw) if raw is not None else None
            if stored is not None and stored.get("fo", -1) >= offset:
                self._skip(akey, partition, ref, raw)
                return True
            if stored is not None:
                if len(accounts) >= accounts.max_subjects:
                    self._snapshot_victim(eng, self._batch.touched)
                eng.import_account(account, stored)
                self.stats["loaded"] += 1
                if k is None:
                    self.known[akey] = [stored.get("o", -1), stored.get("fo", -1)]
        return False

    async def _apply_command(self, cmd: Command, akey: bytes, eng: AccountStage, partition: int, offset: int,
                             r: Record) -> None:
        st = self.stats
        account = cmd.account
        try:
            if isinstance(cmd, Relabel):
                decisions, links = [], eng.relabel(cmd)
            else:
                decisions, links = eng.apply(cmd), None
        except Exception:  # a bug must not stop the stream
            log.exception("command failed on partition %d offset %d", partition, offset)
            st["engine_errors"] += 1
            return
        self._applied(akey, partition, r.ref, 1, offset)
        if links:
            await self._links(links)
        await self._publish(decisions, account, partition, r)

    async def flush(self) -> None:
        """Steps 2 and 3: wait until everything the batch queued is delivered,
        then write each touched account's entry once. Raises if a send failed;
        the batch then stays unwritten (and must not be acked)."""
        b = self._batch
        if not b.records:
            return
        self.stats["batches"] += 1
        for q, bundle in b.bundles.drain():
            b.futures.append(await self.sink.send_observations(q, bundle))
        if b.futures:
            await delivered(b.futures, "the batch's messages")
        self._batch = _Batch()
        hooks = self.hooks
        for reason in b.dead:
            hooks.dead_lettered(reason)
        for decisions, ts in b.published:
            hooks.published(decisions, ts)
        written = await self._write(b.touched)
        if written:
            # The changelog records on the broker before the batch is acked: the
            # flush faust does before committing offsets gives up after 100 ms
            # without progress, so it alone does not guarantee it.
            await delivered(written, "the batch's table entries")
        held = sum(len(e.accounts) for e in self.engines.values())
        if len(self.known) > 2 * held + 10_000:
            # Amortised: forget the offsets of accounts no longer in memory; their
            # entries hold them, and an account not in memory is read from its entry.
            self.known = {k: v for k, v in self.known.items()
                          if any(k.decode() in e.accounts for e in self.engines.values())}

    # -- the table ----------------------------------------------------------
    def _entry(self, akey: bytes, account: str, eng: AccountStage, t: _Touched) -> dict[str, Any] | None:
        """The entry this batch would write for the account now (also what a
        read of it must see before the batch is written)."""
        exported = eng.export_account(account)
        active = exported["a"] if exported else []
        if t.applied:  # applied in this batch
            o, fo = self.known[akey]
            if account in eng.accounts:
                return {**(exported or {"a": []}), "p": t.partition, "o": o, "fo": fo}
            # Evicted since. For capacity, a snapshot was taken just before; idle
            # eviction happens only once every window is empty, so nothing is lost.
            base = t.base if isinstance(t.base, dict) else {}
            return {**base, "a": active, "p": t.partition, "o": o, "fo": fo}
        base = t.base if t.base is not None else self.table.get(akey)
        stored = decode_entry(base) if isinstance(base, bytes) else base
        if not t.active_changed:
            return stored
        return {**(stored or {"p": t.partition, "o": -1}), "a": active}

    def _snapshot_victim(self, eng: AccountStage, touched: dict[bytes, _Touched]) -> None:
        """The store is full: processing a new account evicts the least recently
        seen one. If this batch applied records to it, keep its state until the
        batch is written."""
        victim = next(iter(eng.accounts.items()), None)
        if victim is None:
            return
        vkey = victim[0].encode()
        t = touched.get(vkey)
        if t is not None and t.applied:
            t.base = self._entry(vkey, victim[0], eng, t)

    async def _write(self, touched: dict[bytes, _Touched]) -> list[Awaitable[Any]]:
        write = self.write
        bind = self.bind
        out: list[Awaitable[Any]] = []
        for akey, t in touched.items():
            eng = self.engines.get(t.partition)
            if eng is None:  # revoked meanwhile (cannot happen: faust waits for the batch)
                continue
            account = akey.decode()
            bind(t.ref)  # before any read too: a partitioned store (RocksDB) looks in the bound partition only
            if not t.applied and not t.active_changed:
                raw = t.base  # skipped record: the stored bytes, unchanged
            else:
                entry = self._entry(akey, account, eng, t)
                raw = orjson.dumps(entry) if entry is not None else None
            if raw is None:
                continue
            self.stats["table_writes"] += 1
            self.stats["table_bytes"] += len(raw)
            fut = await as_delivery(write(akey, raw))
            if fut is not None:
                out.append(fut)
        return out
