"""Per-record logic of the live stream, free of faust so it reads (and tests) plainly.

One Engine per assigned partition (the same Engine class `enforcer backtest`
runs). Accounts live in exactly one partition (records are keyed by account),
so a partition's engine sees every event of its accounts in order, and a
revoked partition is simply dropped: whoever gets it next rebuilds from the
table. The per-partition watermark only drives housekeeping (idle eviction,
lifts of expired decisions); lift ids are content-derived, so they are the
same whenever they are swept.

Per record:  parse -> (load account from the table) -> process -> publish
decisions and wait for delivery -> dead-letter a late event -> write the
account's table entry, with the source offset -> return (faust acks; the
commit, after a producer flush, comes later).

Crash safety (at-least-once in, idempotent out): a table entry carries the
offset of the last record applied to the account. After a crash, records
between the committed offset and that one are replayed; those with
offset <= the stored one are skipped, so nothing is counted twice, and
nothing is lost because offsets are committed only after the table write and
the decisions it depends on were delivered.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, MutableMapping
from typing import Any, Protocol

import orjson

from enforcer.contracts import Decision, InvalidEvent, parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.rules.compiled import RuleSet

log = logging.getLogger("enforcer.stream")

# orjson keeps key order and export_account lists active decisions first, so an
# entry without any starts with these bytes: the restore scan skips it unparsed.
_NO_ACTIVE = b'{"a":[]'


class Sink(Protocol):
    async def publish(self, decisions: list[Decision]) -> None:
        """Send decisions (and a tombstone after each lift); return once all are delivered."""

    async def dead_letter(self, key: bytes | None, value: bytes | None, reason: str,
                          partition: int, offset: int) -> None:
        """Send the original record unchanged with its reason; return once delivered."""


def encode_entry(data: dict[str, Any], partition: int, offset: int) -> bytes:
    """Table value: the engine's export plus "p" (source partition) and "o"
    (offset of the last record applied to this account)."""
    return orjson.dumps({**data, "p": partition, "o": offset})


def decode_entry(raw: bytes) -> dict[str, Any]:
    return orjson.loads(raw)


class Processor:
    def __init__(self, rules: RuleSet, config: EngineConfig, table: MutableMapping[bytes, bytes], sink: Sink):
        self.rules = rules
        self.config = config
        self.table = table
        self.sink = sink
        self.engines: dict[int, Engine] = {}
        self._restore: dict[int, list[tuple[str, dict[str, Any]]]] | None = None
        self.stats: Counter[str] = Counter()

    # -- partitions ---------------------------------------------------------
    def engine_for(self, partition: int) -> Engine:
        eng = self.engines.get(partition)
        if eng is None:
            eng = self.engines[partition] = Engine(self.rules, self.config)
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
            if self.engines.pop(p, None) is not None:
                log.info("partition %d revoked: engine dropped", p)

    # -- records ------------------------------------------------------------
    async def handle(self, key: bytes | None, value: bytes | None, partition: int, offset: int) -> None:
        st = self.stats
        st["records"] += 1
        try:
            if value is None:
                raise InvalidEvent("empty record (null value)")
            ev = parse_event(value)
        except InvalidEvent as exc:
            st["invalid"] += 1
            await self.sink.dead_letter(key, value, exc.reason, partition, offset)
            return
        if key is not None and key != ev.account_id.encode():
            st["key_mismatch"] += 1  # state stays correct only if an account always lands in one partition
            if st["key_mismatch"] == 1:
                log.warning("record key differs from account_id (partition %d offset %d): producers must key "
                            "by account_id", partition, offset)
        eng = self.engine_for(partition)
        account = ev.account_id
        akey = account.encode()
        if account not in eng.accounts:
            raw = self.table.get(akey)
            if raw is not None:
                stored = decode_entry(raw)
                if stored.get("o", -1) >= offset:
                    # Applied before a crash. Write the entry again: a local store
                    # (RocksDB) can hold writes whose changelog record never left,
                    # and the next owner of this partition restores from the changelog.
                    st["skipped_already_applied"] += 1
                    self.table[akey] = raw
                    return
                eng.import_account(account, stored)
                st["loaded"] += 1
        try:
            res = eng.process(ev)
        except Exception as exc:  # a bug must not stop the stream: dead-letter the record
            log.exception("engine failed on partition %d offset %d", partition, offset)
            st["engine_errors"] += 1
            await self.sink.dead_letter(key, value, f"engine error: {type(exc).__name__}", partition, offset)
            return
        st["events"] += 1
        if res.decisions:
            st["decisions"] += len(res.decisions)
            await self.sink.publish(res.decisions)
        if res.late_reason is not None:
            st["late"] += 1
            await self.sink.dead_letter(key, value, res.late_reason, partition, offset)
        self.table[akey] = encode_entry(eng.export_account(account) or {"a": []}, partition, offset)
        # Lifts swept for other accounts changed their active decisions, not their windows
        # nor their applied offset: rewrite only "a" in their entries.
        for other in {d.account_id for d in res.decisions} - {account}:
            okey = other.encode()
            raw = self.table.get(okey)
            stored = decode_entry(raw) if raw is not None else {"p": partition, "o": -1}
            exported = eng.export_account(other)
            entry = {"a": exported["a"] if exported else [],
                     **{k: v for k, v in stored.items() if k != "a"}}
            self.table[okey] = orjson.dumps(entry)
