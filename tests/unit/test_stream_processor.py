"""The stream's batch processor without Kafka: a dict for the table, a list for the topics.

Batching must not change anything the stream promises: the same decisions as
one record at a time (and as the backtest), one table write per touched
account per batch carrying the last applied offset, a lift always directly
followed by its tombstone, and a crash at any point followed by a replay from
an earlier offset neither loses nor double-counts.
"""

from __future__ import annotations

import asyncio
import random
import zlib
from collections import Counter
from pathlib import Path

import orjson
import pytest

from enforcer.contracts import Action, Decision, Mode
from enforcer.core.engine import EngineConfig
from enforcer.rules.loader import load_rules
from enforcer.stream.processor import Processor, Record, decode_entry

RULES = load_rules(Path(__file__).resolve().parents[1] / "fixtures" / "stream_rules")
T0 = 1_793_613_600_000
PARTS = 3


def _events(seed: int = 3, minutes: int = 60) -> list[bytes]:
    """Bursty and steady accounts (throttles, shadow challenges, suspends, lifts),
    a late event, a malformed line, then a tick per account 3 h later (all lifts due)."""
    rnd = random.Random(seed)
    evs = []
    accounts = [f"s{i}" for i in range(8)] + [f"b{i}" for i in range(5)] + ["h0", "h1"]
    for acct in accounts:
        ts = T0 + rnd.randrange(60_000)
        while ts < T0 + minutes * 60_000:
            kind = acct[0]
            evs.append({"ts": ts, "account_id": acct, "prompt_tokens": 20,
                        "completion_tokens": 900 if kind == "h" else rnd.randrange(20, 300)})
            ts += rnd.randrange(30_000, 200_000) if kind == "s" else 40_000 if kind == "h" else rnd.randrange(1, 90_000)
            if kind == "b" and rnd.random() < 0.08:
                for j in range(12):
                    evs.append({"ts": ts + j * 1_000, "account_id": acct, "prompt_tokens": 5, "completion_tokens": 50})
                ts += 12_000
    evs.sort(key=lambda e: e["ts"])
    for acct in accounts:
        evs.append({"ts": T0 + (minutes + 180) * 60_000, "account_id": acct, "prompt_tokens": 1,
                    "completion_tokens": 1})
    lines = [orjson.dumps({"event_id": f"e{i}", **e}) for i, e in enumerate(evs)]
    late = orjson.dumps({"event_id": "late", "ts": T0, "account_id": "h0", "prompt_tokens": 1, "completion_tokens": 1})
    lines.insert(len(lines) // 2, late)
    lines.insert(len(lines) // 3, b"not json")
    return lines


def _records(lines: list[bytes]) -> list[Record]:
    """Keyed by account; partition by key hash; offsets per partition."""
    offsets = Counter()
    out = []
    for raw in lines:
        try:
            key = orjson.loads(raw)["account_id"].encode()
        except orjson.JSONDecodeError:
            key = b"?"
        p = zlib.crc32(key) % PARTS
        out.append(Record(key, raw, p, offsets[p], 1_700_000_000.0, ref=p))
        offsets[p] += 1
    return out


class FakeSink:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, bytes | None]] = []  # (topic, key, value)
        self.dead: list[str] = []
        self.fail_after: int | None = None

    def _fut(self) -> asyncio.Future:
        fut = asyncio.get_running_loop().create_future()
        if self.fail_after is not None and len(self.sent) >= self.fail_after:
            fut.set_exception(RuntimeError("delivery failed"))
        else:
            fut.set_result(None)
        return fut

    async def send_decision(self, d: Decision) -> list[asyncio.Future]:
        topic = "enforce" if d.mode is Mode.enforce else "shadow"
        self.sent.append((topic, d.account_id.encode(), d.to_json()))
        futs = [self._fut()]
        if d.action is Action.lift:
            self.sent.append((topic, d.account_id.encode(), None))
            futs.append(self._fut())
        return futs

    async def send_dead_letter(self, key, value, reason, partition, offset) -> asyncio.Future:
        self.dead.append(reason)
        return self._fut()

    async def send_observations(self, partition, bundle) -> asyncio.Future:
        self.bundles = getattr(self, "bundles", 0) + 1
        return self._fut()

    def decisions(self) -> list[dict]:
        return [orjson.loads(v) for _, _, v in self.sent if v is not None]


class PartitionedTable(dict):
    """Like faust's RocksDB store: one store per partition, and a read or write
    goes to the partition of the record bound last (faust's current event).
    The dict view (items, ==) is the union, as the changelog would restore it."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0
        self.parts: dict[int, dict] = {}
        self.bound: int | None = None

    def bind(self, ref) -> None:
        if ref is not None:
            self.bound = ref

    def _part(self) -> dict:
        assert self.bound is not None, "table access with no record bound"
        return self.parts.setdefault(self.bound, {})

    def get(self, key, default=None):
        return self._part().get(key, default)

    def __getitem__(self, key):
        return self._part()[key]

    def __setitem__(self, key, value) -> None:
        self.writes += 1
        self._part()[key] = value
        super().__setitem__(key, value)


CountingTable = PartitionedTable



def run(records: list[Record], batch: int, table: dict | None = None, max_subjects: int = 500_000,
        sink: FakeSink | None = None) -> tuple[Processor, FakeSink]:
    sink = sink or FakeSink()
    table = table if table is not None else PartitionedTable()
    proc = Processor(RULES, EngineConfig(max_subjects=max_subjects), table, sink, bind=table.bind)

    async def go() -> None:
        for i in range(0, len(records), batch):
            await proc.handle_batch(records[i: i + batch])

    asyncio.run(go())
    return proc, sink


def ids(rows: list[dict]) -> list[tuple[str, str, str]]:
    return [(r["decision_id"], r["action"], r["account_id"]) for r in rows]


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return _records(_events())


@pytest.fixture(scope="module")
def one_by_one(records):
    proc, sink = run(records, 1)
    rows = sink.decisions()
    assert {r["action"] for r in rows} >= {"throttle", "challenge", "lift"}, "the fixture must exercise lifts"
    return proc, sink


@pytest.mark.parametrize("batch", [7, 64, 10_000])
def test_batches_decide_exactly_as_one_by_one(records, one_by_one, batch):
    proc1, sink1 = one_by_one
    proc, sink = run(records, batch)
    # Same decisions in the same order per account (the order across accounts can only differ by partition).
    for acct in {r["account_id"] for r in sink1.decisions()}:
        assert [x for x in ids(sink.decisions()) if x[2] == acct] == [x for x in ids(sink1.decisions()) if x[2] == acct]
    assert sink.dead == sink1.dead
    assert dict(proc.table) == dict(proc1.table), "the same final table"
    assert proc.table.parts == proc1.table.parts, "each entry in its own partition's store"
    assert proc.table.writes < proc1.table.writes, "one write per touched account per batch"


def test_lift_is_directly_followed_by_its_tombstone(records):
    _, sink = run(records, 64)
    for i, (topic, key, value) in enumerate(sink.sent):
        if value is not None and orjson.loads(value)["action"] == "lift":
            assert sink.sent[i + 1] == (topic, key, None)
        if value is None:
            assert orjson.loads(sink.sent[i - 1][2])["action"] == "lift"


def test_table_entry_carries_the_last_applied_offset(records):
    proc, _ = run(records, 64)
    last: dict[bytes, tuple[int, int]] = {}
    for r in records:
        if r.key != b"?":
            last[r.key] = (r.partition, r.offset)
    for key, (p, off) in last.items():
        entry = decode_entry(proc.table.parts[p][key])
        assert (entry["p"], entry["o"]) == (p, off)


def test_capacity_eviction_inside_a_batch_loses_nothing(records, one_by_one):
    # Two accounts in memory per partition: most records evict an account this
    # batch applied records to; it is reloaded from what the batch would write.
    _, sink1 = one_by_one
    proc, sink = run(records, 64, max_subjects=2)
    assert sum(e.accounts.evicted_capacity for e in proc.engines.values()) > 100
    assert sorted(ids(sink.decisions())) == sorted(ids(sink1.decisions()))


@pytest.mark.parametrize("crash_at,replay_from", [(300, 250), (301, 0), (555, 400), (700, 699)])
def test_crash_and_replay_neither_loses_nor_double_counts(records, one_by_one, crash_at, replay_from):
    """Batches up to `crash_at` were handled (table written); the committed
    position was `replay_from` (an earlier batch boundary or anywhere before):
    a fresh processor on the same table replays from there."""
    _, sink1 = one_by_one
    table = CountingTable()
    _, first = run(records[:crash_at], 50, table=table)
    _, second = run(records[replay_from:], 50, table=table)
    got = ids(first.decisions()) + ids(second.decisions())
    assert set(got) == set(ids(sink1.decisions()))


def test_a_failed_delivery_writes_nothing_and_raises(records):
    table = CountingTable()
    sink = FakeSink()
    run(records[:200], 50, table=table, sink=sink)
    before = dict(table)
    sink.fail_after = len(sink.sent)  # everything from now on fails
    with pytest.raises(RuntimeError):
        run(records[200:400], 200, table=table, sink=sink)
    assert dict(table) == before, "a batch whose sends failed must not touch the table"


def test_a_lift_for_an_idle_account_keeps_its_state_in_its_partition():
    """X (partition 0) is throttled; a later batch lifts it while handling A
    (partition 0) after a record of B (partition 1). X's entry is rewritten
    with its active decisions only: read and written in partition 0's store,
    keeping its windows and its applied offset."""
    def rec(acct: str, p: int, off: int, ts: int) -> Record:
        raw = orjson.dumps({"event_id": f"{acct}{off}", "ts": ts, "account_id": acct, "prompt_tokens": 5,
                            "completion_tokens": 50})
        return Record(acct.encode(), raw, p, off, None, ref=p)

    burst = [rec("X", 0, i, T0 + 1_000 * i) for i in range(12)]
    later = [rec("A", 0, 12, T0 + 60_000), rec("B", 1, 0, T0 + 60_000), rec("A", 0, 13, T0 + 20 * 60_000)]
    table = PartitionedTable()
    sink = FakeSink()
    proc = Processor(RULES, EngineConfig(), table, sink, bind=table.bind)
    asyncio.run(proc.handle_batch(burst))
    assert {d["action"] for d in sink.decisions()} == {"throttle", "challenge"}
    before = decode_entry(table.parts[0][b"X"])
    asyncio.run(proc.handle_batch(later))  # touched in this order: A, B, then X (lifted while handling A)
    lifts = [d for d in sink.decisions() if d["action"] == "lift"]
    assert {d["account_id"] for d in lifts} == {"X"} and len(lifts) == 2
    after = decode_entry(table.parts[0][b"X"])
    assert after["a"] == [] and after["o"] == 11 and after["w"] == before["w"]
    assert b"X" not in table.parts.get(1, {})


def test_flush_waits_for_the_changelog_writes(records):
    """The table writer's futures (the changelog deliveries) are awaited: a failed
    one fails the flush, so the batch is not acked."""
    written: list[bytes] = []

    async def go(fail: bool) -> None:
        table = PartitionedTable()

        def write(key: bytes, value: bytes) -> asyncio.Future:
            table[key] = value
            written.append(key)
            fut = asyncio.get_running_loop().create_future()
            fut.set_exception(RuntimeError("changelog delivery failed")) if fail else fut.set_result(None)
            return fut

        proc = Processor(RULES, EngineConfig(), table, FakeSink(), bind=table.bind, write=write)
        await proc.handle_batch(records[:50])

    asyncio.run(go(False))
    assert written
    with pytest.raises(RuntimeError, match="changelog"):
        asyncio.run(go(True))


def test_a_send_that_never_settles_fails_the_batch_instead_of_hanging(monkeypatch):
    """A delivery stuck past DELIVERY_TIMEOUT_S raises (the worker then exits
    and replays the batch) rather than leaving the stage waiting forever."""
    from enforcer.stream import processor as P

    monkeypatch.setattr(P, "DELIVERY_TIMEOUT_S", 0.05)

    async def go():
        loop = asyncio.get_running_loop()
        done, stuck = loop.create_future(), loop.create_future()
        done.set_result(None)
        await P.delivered([done], "x")  # settled: fine
        with pytest.raises(RuntimeError, match="1 of 2 sends of the batch's table entries not settled"):
            await P.delivered([done, stuck], "the batch's table entries")

    asyncio.run(go())


def test_bundles_keep_order_and_send_a_full_one_at_once():
    from enforcer.stream.processor import BUNDLE_MAX, Bundles

    b = Bundles()
    sent = [b.add(1, {"i": i}) for i in range(BUNDLE_MAX + 2)]
    assert b.add(4, {"i": "other"}) is None
    full = [x for x in sent if x is not None]
    assert len(full) == 1 and [d["i"] for d in orjson.loads(full[0])] == list(range(BUNDLE_MAX))
    left = dict(b.drain())
    assert [d["i"] for d in orjson.loads(left[1])] == [BUNDLE_MAX, BUNDLE_MAX + 1]
    assert orjson.loads(left[4]) == [{"i": "other"}]
    assert b.drain() == []


def test_changelog_writer_sends_straight_to_the_producer_and_keeps_the_persisted_offset():
    """The worker's table writer (enforcer/stream/app.py) sets the entry, sends its
    changelog record to the bound event's partition through the producer
    driver, in write order, and hands the table its delivery as faust's own
    send_changelog did (the offset a local store holds data for), only when
    delivered."""
    from types import SimpleNamespace

    from enforcer.stream.app import PartitionRef, bind_event, changelog_writer

    async def go():
        loop = asyncio.get_running_loop()
        sent, persisted = [], []

        async def send(topic, key, value, partition, timestamp, headers):
            sent.append((topic, key, value, partition, timestamp, headers))
            return loop.create_future()

        table = SimpleNamespace(data={}, changelog_topic_name="app-accounts-changelog",
                                _on_changelog_sent=lambda fut: persisted.append(fut.result()))
        write = changelog_writer(SimpleNamespace(producer=SimpleNamespace(send=send)), table)
        event = PartitionRef(SimpleNamespace(topic="req", partition=4))
        bind_event(event)
        ok = await write(b"A", b"1")
        bad = await write(b"B", b"2")
        assert table.data == {b"A": b"1", b"B": b"2"}
        assert sent == [("app-accounts-changelog", b"A", b"1", 4, None, None),
                        ("app-accounts-changelog", b"B", b"2", 4, None, None)]
        ok.set_result("meta")
        bad.set_exception(RuntimeError("not delivered"))
        await asyncio.sleep(0)
        assert persisted == ["meta"]
        assert bad.exception() is not None

    asyncio.run(go())


def test_an_async_table_writer_is_awaited_in_order(records):
    """A writer may be a coroutine function returning the delivery future: the
    flush awaits each write before the next (changelog order) and then the deliveries."""
    order: list[bytes] = []

    async def go() -> PartitionedTable:
        table = PartitionedTable()

        async def write(key: bytes, value: bytes) -> asyncio.Future:
            table[key] = value
            order.append(key)
            await asyncio.sleep(0)
            fut = asyncio.get_running_loop().create_future()
            fut.set_result(None)
            return fut

        proc = Processor(RULES, EngineConfig(), table, FakeSink(), bind=table.bind, write=write)
        await proc.handle_batch(records[:50])
        return table

    table = asyncio.run(go())
    assert order and len(order) == len(set(order))  # one entry per touched account and batch
    assert set(order) == {k for part in table.parts.values() for k in part}
