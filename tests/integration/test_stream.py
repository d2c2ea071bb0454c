"""The live stream against a real broker: `enforcer worker` subprocesses, no Kafka mocks.

Each test has its own topics, app id (consumer group, changelog) and state dir.
Workers are stopped by PID: SIGTERM, a bounded wait, then SIGKILL. Every wait
is bounded in time; everything talks to 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
RULES_DIR = REPO_ROOT / "tests" / "fixtures" / "stream_rules"
T0 = 1_793_613_600_000  # 2026-11-02T10:00:00Z
MIN = 60_000

BAD_LINES = [
    b'{"event_id": "bad-ts", "ts": "yesterday", "account_id": "n01", "prompt_tokens": 1, "completion_tokens": 1}',
    b"this is not json",
    b'\xff\xfe{"event_id": "bad-utf8"}',
    b'{"event_id": "bad-neg", "ts": 1793613600000, "account_id": "n02", "prompt_tokens": -5, "completion_tokens": 1}',
]


def _ev(eid: str, ts: int, acct: str, ptok: int, ctok: int) -> dict:
    return {"event_id": eid, "ts": ts, "account_id": acct, "prompt_tokens": ptok, "completion_tokens": ctok,
            "model": "m1", "prompt": f"question {eid}"}


def make_events(path: Path, seed: int = 7, minutes: int = 90, bad: bool = True) -> int:
    """~2k events over `minutes` of event time: quiet accounts (never fire),
    bursty ones (throttle + shadow challenge, expiring between bursts), heavy
    ones (repeated suspends), a few late events and malformed lines, then one
    event per account 3 h later so every partition's clock passes every
    expiry (all lifts are due in the backtest and in the stream alike)."""
    rnd = random.Random(seed)
    end = T0 + minutes * MIN
    evs: list[dict] = []
    n = 0

    def add(ts: int, acct: str, ptok: int, ctok: int) -> None:
        nonlocal n
        evs.append(_ev(f"e{n:05d}", ts, acct, ptok, ctok))
        n += 1

    accounts = ([f"n{i:02d}" for i in range(1, 31)] + [f"b{i:02d}" for i in range(1, 9)]
                + [f"h{i:02d}" for i in range(1, 5)])
    for acct in accounts:
        kind = acct[0]
        ts = T0 + rnd.randrange(0, 60_000)
        gap = (150_000, 400_000) if kind == "n" else (60_000, 120_000) if kind == "b" else (40_000, 40_001)
        while ts < end:
            add(ts, acct, rnd.randrange(20, 200), 900 if kind == "h" else rnd.randrange(50, 300))
            ts += rnd.randrange(*gap)
        if kind == "b":
            for start in sorted(rnd.sample(range(5, minutes - 5, 9), 3)):
                t = T0 + start * MIN + rnd.randrange(0, 30_000)
                for _ in range(12):
                    add(t, acct, 30, 200)
                    t += 1_500
    evs.sort(key=lambda e: e["ts"])  # stable: file order is event-time order
    lines = [orjson.dumps(e) for e in evs]
    # Late: 10 min behind the account's clock (allowed lateness is 5 min).
    for i, acct in ((len(lines) // 2, "h01"), (3 * len(lines) // 4, "b03")):
        now = max(e["ts"] for e in evs[:i] if e["account_id"] == acct)
        lines.insert(i, orjson.dumps(_ev(f"late-{acct}", now - 10 * MIN, acct, 10, 10)))
    if bad:
        for j, raw in enumerate(BAD_LINES):
            lines.insert((j + 1) * len(lines) // (len(BAD_LINES) + 1), raw)
    for acct in accounts:
        lines.append(orjson.dumps(_ev(f"tick-{acct}", end + 180 * MIN, acct, 5, 5)))
    path.write_bytes(b"\n".join(lines) + b"\n")
    return len(lines)


def decision_rows(path: Path) -> list[dict]:
    """Decisions from a JSON Lines file, tombstones excluded."""
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    return [r for r in rows if not r.get("tombstone")]


def id_set(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["decision_id"], r["action"], r["account_id"]) for r in rows}


# -- processes ---------------------------------------------------------------
def cli(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "enforcer", *args], cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout, check=False)


@dataclass
class Worker:
    proc: subprocess.Popen
    log: Path

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        if self.alive():
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def terminate(self) -> None:
        if self.alive():
            os.kill(self.proc.pid, signal.SIGTERM)

    def stop(self, timeout: float = 45) -> int:
        """SIGTERM, bounded wait, then SIGKILL. Returns the exit code (-9 if
        killed; 70 if the worker's own stop deadline fired, its log then says
        where the stop was stuck)."""
        self.terminate()
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        return self.proc.returncode


def start_worker(env: dict[str, str], log: Path, *args: str) -> Worker:
    f = open(log, "ab")  # noqa: SIM115 - the child owns it; closed below once inherited
    try:
        proc = subprocess.Popen([sys.executable, "-m", "enforcer", "worker", *args], cwd=REPO_ROOT, env=env,
                                stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.STDOUT)
    finally:
        f.close()
    return Worker(proc, log)


def wait_for(pred, timeout: float, what: str, every: float = 0.5, workers: tuple[Worker, ...] = ()):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = pred()
        if value:
            return value
        for w in workers:
            if not w.alive():
                raise AssertionError(f"worker exited ({w.proc.returncode}) while waiting for {what}:\n"
                                     f"{w.text()[-4000:]}")
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


# -- Kafka look-ups ----------------------------------------------------------
def _run(coro, timeout: float = 30):
    return asyncio.run(asyncio.wait_for(coro, timeout))



async def _lag(bootstrap: str, group: str, topic: str) -> tuple[int, int]:
    """(committed, end) offsets of the group on the topic, summed over its partitions."""
    from aiokafka import AIOKafkaConsumer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    try:
        # Started inside the try: a start that fails or times out still closes
        # both clients' connections (an unclosed socket otherwise surfaces
        # later as a ResourceWarning in whichever test is running).
        await admin.start()
        await consumer.start()
        committed = await admin.list_consumer_group_offsets(group)
        [meta] = await admin.describe_topics([topic])
        tps = [TopicPartition(topic, p["partition"]) for p in meta["partitions"]]
        end = await consumer.end_offsets(tps)
        done = sum(min(committed[tp].offset, end[tp]) for tp in tps if tp in committed and committed[tp].offset >= 0)
        return done, sum(end.values())
    finally:
        await consumer.stop()
        await admin.close()


def lag(bootstrap: str, group: str, topic: str) -> tuple[int, int]:
    return _run(_lag(bootstrap, group, topic))


async def _members(bootstrap: str, group: str) -> dict[str, list[tuple[str, int]]]:
    """Consumer-group members -> assigned (topic, partition)s, decoded from the group description."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment as MemberAssignment

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        await admin.start()
        [resp] = await admin.describe_consumer_groups([group])
        out: dict[str, list[tuple[str, int]]] = {}
        for g in resp.groups:
            members = g[5] if len(g) > 5 else []
            for m in members:
                member_id, assignment = m[0], m[-1]
                parts = []
                if assignment:
                    decoded = MemberAssignment.decode(assignment)
                    for topic, ids in decoded.assignment:
                        parts.extend((topic, p) for p in ids)
                out[member_id] = sorted(parts)
        return out
    finally:
        await admin.close()


def members(bootstrap: str, group: str) -> dict[str, list[tuple[str, int]]]:
    return _run(_members(bootstrap, group))


async def _read_topic(bootstrap: str, topic: str, expect: int, timeout: float) -> list:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest")
    out = []
    try:
        await consumer.start()
        deadline = time.monotonic() + timeout
        while len(out) < expect and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                out.extend(records)
    finally:
        await consumer.stop()
    return out


def read_topic(bootstrap: str, topic: str, expect: int, timeout: float = 30) -> list:
    return _run(_read_topic(bootstrap, topic, expect, timeout), timeout + 15)


# -- one isolated deployment per test ---------------------------------------
READY_S = 90  # worker start to first assignment (generous: CI machines are shared)
DONE_S = 180  # all records committed (a rebalance can delay the first commit by ~30 s)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stream:
    """One isolated deployment: topics, app id and state dir unique to a test."""

    def __init__(self, bootstrap: str, tmp: Path, store: str = "memory://", commit_s: float = 1.0):
        self.bootstrap = bootstrap
        self.tmp = tmp
        self.prefix = f"st-{uuid.uuid4().hex[:10]}"
        self.requests = f"{self.prefix}.requests"
        self.decisions = f"{self.prefix}.decisions"
        self.shadow = f"{self.prefix}.decisions.shadow"
        self.dlq = f"{self.prefix}.dlq"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("ENFORCER_")},
            "PYTHONPATH": str(REPO_ROOT),
            "ENFORCER_KAFKA_BOOTSTRAP": bootstrap,
            "ENFORCER_TOPIC_REQUESTS": self.requests,
            "ENFORCER_TOPIC_DECISIONS": self.decisions,
            "ENFORCER_TOPIC_DECISIONS_SHADOW": self.shadow,
            "ENFORCER_TOPIC_DLQ": self.dlq,
            "ENFORCER_APP_ID": self.prefix,
            "ENFORCER_RULES_DIR": str(RULES_DIR),
            "ENFORCER_STORE": store,
            "ENFORCER_SESSION_TIMEOUT_S": "6",
            "ENFORCER_COMMIT_INTERVAL_S": str(commit_s),
            "ENFORCER_STATS_INTERVAL_S": "1",
            "ENFORCER_OBS_PORT": "0",  # each worker's obs endpoint on a free port
        }
        self.workers: list[Worker] = []

    def start(self, name: str = "w1", state: str | None = None, **settings: str) -> Worker:
        env = {**self.env, "ENFORCER_STATE_DIR": str(self.tmp / f"state-{state or name}"),
               **{f"ENFORCER_{k.upper()}": v for k, v in settings.items()}}
        w = start_worker(env, self.tmp / f"{name}.log", "--web-port", str(_free_port()))
        self.workers.append(w)
        return w

    def wait_assigned(self, w: Worker) -> None:
        wait_for(lambda: re.search(rf"assigned partitions of {re.escape(self.requests)}: \[\d", w.text()),
                 READY_S, "partitions assigned", workers=(w,))

    def produce(self, path: Path, *args: str):
        return cli(self.env, "produce", str(path), *args)

    def produce_async(self, path: Path, *args: str) -> subprocess.Popen:
        """`enforcer produce` in the background (e.g. with --rate), output to producer.log."""
        with open(self.tmp / "producer.log", "ab") as log:
            return subprocess.Popen([sys.executable, "-m", "enforcer", "produce", str(path), *args], env=self.env,
                                    cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=log)

    def wait_done(self, expected: int, workers: tuple[Worker, ...]) -> None:
        """Every record of the requests topic processed and committed."""
        def done() -> bool:
            committed, end = lag(self.bootstrap, self.prefix, self.requests)
            return end >= expected and committed >= end
        wait_for(done, DONE_S, f"{expected} records committed", every=1.0, workers=workers)

    def dump(self) -> tuple[list[dict], int]:
        """Enforce + shadow decisions (tombstones excluded), and the tombstone count."""
        rows, tombstones = [], 0
        for extra in ((), ("--shadow",)):
            out = self.tmp / f"dump{'-shadow' if extra else ''}.jsonl"
            res = cli(self.env, "decisions", "dump", "--out", str(out), *extra)
            assert res.returncode == 0, res.stderr
            lines = [orjson.loads(x) for x in out.read_bytes().splitlines()]
            tombstones += sum(1 for x in lines if x.get("tombstone"))
            rows += decision_rows(out)
        return rows, tombstones

    def stop_all(self) -> list[int]:
        """SIGTERM every worker, then wait for each: how a deployment is
        scaled to zero. Stopping them one after the other lands the second
        SIGTERM inside the rebalance the first one's departure starts; one CI
        run saw that stop hang past 45 s (not reproduced in 38 local tries),
        which the worker's stop deadline (enforcer/stream/shutdown.py) now
        bounds and explains in its log."""
        for w in self.workers:
            w.terminate()
        return [w.stop() for w in self.workers]

    def logs(self) -> str:
        return "\n".join(f"--- {w.log.name} (exit {w.proc.returncode}):\n{w.text()[-4000:]}" for w in self.workers)


@pytest.fixture
def stream(kafka_bootstrap: str, tmp_path: Path) -> Iterator[Stream]:
    st = Stream(kafka_bootstrap, tmp_path)
    try:
        yield st
    finally:
        for w in st.workers:  # whatever happened, no worker outlives its test
            w.stop(timeout=20)


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, list[dict]]:
    """The deterministic event file, its line count, and `enforcer backtest`'s decisions."""
    d = tmp_path_factory.mktemp("stream-events")
    path = d / "events.jsonl"
    n = make_events(path)
    out = d / "backtest.jsonl"
    res = cli(dict(os.environ), "backtest", "--rules", str(RULES_DIR), "--events", str(path), "--out", str(out),
              "--no-progress")
    assert res.returncode == 0, res.stderr
    rows = decision_rows(out)
    assert len(rows) > 50 and {r["action"] for r in rows} == {"throttle", "suspend", "challenge", "lift"}
    return path, n, rows


def _stats(w: Worker) -> dict[str, int]:
    # the account stage's line ("stats: ..."), not the group stage's ("group stats: ...")
    lines = re.findall(r"(?<!group )stats: ((?:\w+=\d+ ?)+)", w.text())  # a JSON log line's "event"
    return {k: int(v) for k, v in (kv.split("=") for kv in lines[-1].split())} if lines else {}


# -- the tests ----------------------------------------------------------------
def _burst(account: str, n: int = 12) -> list[bytes]:
    """n requests one second apart: the burst rule (and its shadow copy) fire once."""
    return [orjson.dumps({"event_id": f"x{i}", "ts": T0 + 1_000 * i, "account_id": account,
                          "prompt_tokens": 10, "completion_tokens": 20}) for i in range(n)]


def test_events_in_decisions_out(stream: Stream) -> None:
    w = stream.start()
    stream.wait_assigned(w)
    f = stream.tmp / "burst.jsonl"
    f.write_bytes(b"\n".join(_burst("acct-burst")) + b"\n")
    assert stream.produce(f).returncode == 0
    tail = cli(stream.env, "decisions", "tail", "--from-beginning", "--max", "2", "--timeout", "60")
    assert tail.returncode == 0, tail.stderr
    got = [orjson.loads(x) for x in tail.stdout.splitlines()]
    assert sorted((d["rule"], d["action"], d["mode"], d["account_id"]) for d in got) == [
        ("burst", "throttle", "enforce", "acct-burst"),
        ("watch-burst", "challenge", "shadow", "acct-burst"),
    ]
    recs = read_topic(stream.bootstrap, stream.decisions, 1)
    assert recs[0].key == b"acct-burst"
    assert dict(recs[0].headers) == {"content-type": b"application/json", "schema-version": b"1"}
    assert stream.stop_all() == [0], f"SIGTERM must stop the worker cleanly\n{stream.logs()}"


def test_stream_equals_backtest(stream: Stream, events) -> None:
    path, n, bt_rows = events
    w = stream.start()
    stream.wait_assigned(w)
    assert stream.produce(path).returncode == 0
    stream.wait_done(n, (w,))
    rows, tombstones = stream.dump()
    assert id_set(rows) == id_set(bt_rows)
    assert len(rows) == len(bt_rows), "one record per decision when nothing crashed"
    lifts = sum(1 for r in rows if r["action"] == "lift")
    assert tombstones == lifts, "each lift is followed by a tombstone"
    assert stream.stop_all() == [0]


def test_a_stop_past_its_deadline_exits_70_and_says_where_it_was(stream: Stream) -> None:
    """The stop deadline, wired end to end: a deadline shorter than any real
    stop (~1 s) fires, the worker exits 70 and its log names the stuck tasks."""
    w = stream.start(shutdown_timeout_s="0.05")
    stream.wait_assigned(w)
    rc = w.stop(timeout=45)
    text = w.text()
    assert rc == 70, text[-3000:]
    assert "did not stop within" in text and "thread MainThread" in text and "task " in text, text[-3000:]


def test_malformed_events_are_dead_lettered(stream: Stream) -> None:
    w = stream.start()
    stream.wait_assigned(w)
    bad_same_partition = (b'{"event_id": "bad-ts-2", "ts": "soon", "account_id": "acct-dlq", '
                          b'"prompt_tokens": 1, "completion_tokens": 1}')
    bad = [*BAD_LINES, bad_same_partition]
    f = stream.tmp / "dlq.jsonl"
    f.write_bytes(b"\n".join(bad + _burst("acct-dlq")) + b"\n")
    assert stream.produce(f).returncode == 0
    recs = read_topic(stream.bootstrap, stream.dlq, len(bad))
    assert sorted(r.value for r in recs) == sorted(bad), "original bytes, unchanged"
    for r in recs:
        h = dict(r.headers)
        assert h["error"] and h["source-topic"] == stream.requests.encode()
        assert int(h["source-partition"]) >= 0 and int(h["source-offset"]) >= 0
    reasons = {r.value: dict(r.headers)["error"].decode() for r in recs}
    assert reasons[bad_same_partition].startswith("ts:")
    assert "Invalid JSON" in reasons[b"this is not json"]
    # The valid events after the bad ones (same key, so same partition) still decide.
    stream.wait_done(len(bad) + 12, (w,))
    rows, _ = stream.dump()
    assert {(r["rule"], r["account_id"]) for r in rows} == {("burst", "acct-dlq"), ("watch-burst", "acct-dlq")}
    assert stream.stop_all() == [0]


def test_sigkill_restart_neither_loses_nor_duplicates(kafka_bootstrap: str, tmp_path: Path, events) -> None:
    path, n, bt_rows = events
    # RocksDB as in production; a 3 s commit interval leaves processed-but-uncommitted records to replay.
    stream = Stream(kafka_bootstrap, tmp_path, store="rocksdb://", commit_s=3.0)
    try:
        w1 = stream.start("w1")
        stream.wait_assigned(w1)
        producer = stream.produce_async(path, "--rate", "300")
        try:
            wait_for(lambda: lag(kafka_bootstrap, stream.prefix, stream.requests)[0] >= n // 4, 60,
                     "a quarter of the records committed", workers=(w1,))
            w1.kill()
            at_kill = lag(kafka_bootstrap, stream.prefix, stream.requests)
            # Same state dir: the RocksDB files survive, as on a restarted pod.
            w2 = stream.start("w1-restarted", state="w1")
            assert producer.wait(timeout=60) == 0
        finally:
            if producer.poll() is None:
                producer.kill()
                producer.wait(timeout=10)
        assert at_kill[0] < n, "the kill must land mid-stream"
        stream.wait_done(n, (w2,))
        rows, _ = stream.dump()
        counts = Counter(r["decision_id"] for r in rows)
        dups = {k: v for k, v in counts.items() if v > 1}
        stats = _stats(w2)
        print(f"\nkilled at committed={at_kill[0]}/{n} (produced so far {at_kill[1]}); restarted worker stats: "
              f"{stats}; duplicate decision records: {sum(dups.values()) - len(dups)} over {len(dups)} ids")
        assert id_set(rows) == id_set(bt_rows), "no decision lost, none extra"
        assert w2.stop() == 0
    finally:
        stream.stop_all()


def test_second_worker_takes_over_partitions(stream: Stream, events) -> None:
    path, n, bt_rows = events
    # Two halves of the same file: the second is produced only once w2 owns partitions.
    lines = path.read_bytes().splitlines(keepends=True)
    first, second = stream.tmp / "first.jsonl", stream.tmp / "second.jsonl"
    first.write_bytes(b"".join(lines[: len(lines) // 2]))
    second.write_bytes(b"".join(lines[len(lines) // 2:]))
    w1 = stream.start("w1")
    stream.wait_assigned(w1)
    assert stream.produce(first).returncode == 0
    wait_for(lambda: lag(stream.bootstrap, stream.prefix, stream.requests)[0] >= n // 5, 60,
             "w1 processing", workers=(w1,))
    w2 = stream.start("w2")

    def split() -> dict | None:
        m = members(stream.bootstrap, stream.prefix)
        parts = [sorted(p for t, p in tps if t == stream.requests) for tps in m.values()]
        return m if len(m) == 2 and all(parts) else None

    m = wait_for(split, READY_S, "two members, each with partitions", every=1.0, workers=(w1, w2))
    owned = sorted(p for tps in m.values() for t, p in tps if t == stream.requests)
    assert owned == list(range(6)), m
    assert stream.produce(second).returncode == 0
    stream.wait_done(n, (w1, w2))
    rows, _ = stream.dump()
    assert stream.stop_all() == [0, 0], stream.logs()
    for w in (w1, w2):  # both processed records of the second half (final stats are logged at shutdown)
        assert _stats(w).get("events", 0) > 0, w.text()[-3000:]
    assert id_set(rows) == id_set(bt_rows)


def test_sigterm_while_behind_stops_promptly_and_loses_nothing(kafka_bootstrap: str, tmp_path: Path) -> None:
    """A worker stopped (SIGTERM) while it has a backlog finishes its current
    batch and exits 0 promptly, twice; a third one ends with exactly the
    backtest's decisions. ~20k simulator events, RocksDB, rules of this file."""
    from enforcer.sim import SimConfig, generate

    events, _ = generate(SimConfig(seed=11, days=0.25))
    path = tmp_path / "sim.jsonl"
    path.write_bytes(b"".join(orjson.dumps(e) + b"\n" for e in events))
    n = len(path.read_bytes().splitlines())
    bt = tmp_path / "sim-backtest.jsonl"
    res = cli(dict(os.environ), "backtest", "--rules", str(RULES_DIR), "--events", str(path), "--out", str(bt),
              "--no-progress")
    assert res.returncode == 0, res.stderr
    bt_rows = decision_rows(bt)
    assert len(bt_rows) > 100
    stream = Stream(kafka_bootstrap, tmp_path, store="rocksdb://", commit_s=1.0)
    try:
        w = stream.start("w0", state="w")
        stream.wait_assigned(w)
        assert stream.produce(path).returncode == 0  # all of it at once: the worker is behind from here on
        base = 0  # committed when the running worker started
        for i, share in enumerate((0.25, 0.5)):
            # The restarted worker must be running and have committed work of its own
            # before its SIGTERM: the first one may stop past 50% (it finishes its batch).
            stream.wait_assigned(w)
            goal = max(n * share, base + n // 10)
            wait_for(lambda: lag(kafka_bootstrap, stream.prefix, stream.requests)[0] >= goal, 120,
                     f"{goal:.0f} records committed", workers=(w,))
            t0 = time.monotonic()
            assert w.stop(timeout=45) == 0, f"SIGTERM while behind must stop cleanly:\n{w.text()[-3000:]}"
            base = lag(kafka_bootstrap, stream.prefix, stream.requests)[0]
            print(f"\nstop {i}: exited in {time.monotonic() - t0:.1f}s at committed {base}/{n}")
            w = stream.start(f"w{i + 1}", state="w")
        stream.wait_done(n, (w,))
        rows, _ = stream.dump()
        assert id_set(rows) == id_set(bt_rows), "no decision lost, none extra"
        assert w.stop() == 0
    finally:
        stream.stop_all()
