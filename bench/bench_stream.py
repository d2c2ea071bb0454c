"""Stream benchmark: one `enforcer worker` subprocess against a real Kafka broker.

    PYTHONPATH=. .venv/bin/python bench/bench_stream.py [--rates 1000,2000,5000] [--duration 20] [--backlog 60000]
        [--workers N]

What it does, every step bounded in time and count, everything on 127.0.0.1:

1. Broker: uses the one `deploy/kafka/broker status` reports for
   ENFORCER_KAFKA_BOOTSTRAP (default 127.0.0.1:9092), or starts it and stops
   it at the end (only if this run started it).
2. Simulator traffic (`enforcer.sim.generate`, seed 7), in event-time order,
   keyed by account, on fresh topics unique to this run.
3. Transport ceiling: the `--backlog` records are produced to a separate topic
   of the same partition count first; a bare aiokafka consume loop (no group,
   all partitions assigned, getmany, no processing) reads them all, best of 3,
   before any worker runs. Records/s.
4. Sustained throughput: `--workers` N worker processes (store memory://, 6
   partitions, commit every 0.5 s; one consumer group, each with its own state
   dir and obs port) are started on the empty requests topic. Once every one
   of them reports partitions (enforcer_assigned_partitions on its /metrics,
   summing to 6, unchanged for 3 s) the backlog is produced to the requests
   topic, and the drain is timed from the group's committed offsets: from the
   first commit after the backlog is fully produced to everything committed.
   So the workers' start-up, the rebalance and the producer are excluded.
   Reported: aggregate events/s, CPU per event summed over the workers (Linux
   /proc), each worker's share of that CPU and of the events, and
   ratio = drain rate / bare loop rate.
5. Latency at fixed rates: the same workers then get `--duration` seconds of
   traffic at each rate (paced by the producer in 5 ms steps). A consumer reads
   the decisions topics (enforce and shadow) as they arrive. Event-to-decision
   latency = the wall time the consumer receives a decision minus the Kafka
   timestamp of the request that triggered it. The requests topic uses
   message.timestamp.type=LogAppendTime, so that timestamp is the broker's
   append time (it is the producer's send time on a CreateTime topic; the
   report says which). The triggering request is the one whose event time
   equals the decision's issued_at (the engine issues a decision at the event
   time of the record that made it fire; lifts are excluded: they are issued
   at their expiry). Also reported: to the decision record's own timestamp
   (CreateTime: when the worker produced it), and the lag left when
   production stopped.

The workers, the broker (if started here) and every client are stopped by PID
or closed, also on Ctrl-C.

Before --workers (runs 1-6 in BENCHMARKS.md) the one worker was started on the
backlog already produced and the drain timed from its first commit.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from enforcer.settings import Settings  # noqa: E402
from enforcer.timeutil import parse_rfc3339_ms  # noqa: E402

BROKER = ROOT / "deploy" / "kafka" / "broker"
PARTITIONS = 6


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return float("nan")
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))]


# -- broker -------------------------------------------------------------------
def broker(cmd: str, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BROKER), cmd], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout, check=False)


# -- traffic ------------------------------------------------------------------
def simulate(n: int, seed: int) -> list[tuple[bytes, bytes, int]]:
    """At least n simulator events as (key, value, event ts ms), in event-time order."""
    from enforcer.sim import SimConfig, generate

    days = max(0.25, n / 80_000 * 1.15)
    while True:
        events, _ = generate(SimConfig(seed=seed, days=days))
        out = []
        for ev in events:
            out.append((ev["account_id"].encode(), orjson.dumps(ev), parse_rfc3339_ms(ev["ts"])))
            if len(out) >= n:
                return out
        days *= 1.5


async def produce(bootstrap: str, topic: str, records: list[tuple[bytes, bytes, int]], rate: float,
                  sent_at: dict[int, tuple[float, int]] | None, deadline_s: float) -> tuple[int, float]:
    """Send records (at `rate`/s in 5 ms steps, or as fast as possible if rate <= 0).
    sent_at: event ts -> (wall time sent, Kafka timestamp of the record), first record of that ts only."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=2, enable_idempotence=True,
                                max_batch_size=256 * 1024, request_timeout_ms=30_000)
    await producer.start()
    t0 = time.monotonic()
    n = 0
    inflight: list[tuple[asyncio.Future, int, float]] = []

    async def settle() -> None:
        for fut, ts, wall in inflight:
            md = await fut
            if sent_at is not None and ts not in sent_at:
                sent_at[ts] = (wall, md.timestamp)
        inflight.clear()

    try:
        step = 0.005
        while n < len(records):
            if time.monotonic() - t0 > deadline_s:
                raise SystemExit(f"producing {len(records)} records took over {deadline_s}s")
            if rate > 0:
                due = min(len(records), int((time.monotonic() - t0 + step) * rate))
            else:
                due = min(len(records), n + 2000)
            while n < due:
                key, value, ts = records[n]
                fut = await producer.send(topic, value=value, key=key)
                inflight.append((fut, ts, time.time()))
                n += 1
            if rate > 0:
                await asyncio.sleep(step)
            if len(inflight) >= 5000 or rate > 0:
                await settle()
        await settle()
    finally:
        await producer.stop()
    return n, time.monotonic() - t0


async def bare_consume(bootstrap: str, topic: str, expect: int, timeout: float) -> tuple[int, float]:
    """The transport ceiling: read `expect` records with a plain aiokafka loop, nothing else."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                auto_offset_reset="earliest", max_partition_fetch_bytes=4 * 1024 * 1024)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        consumer.assign(tps)
        begin = await consumer.beginning_offsets(tps)
        for tp in tps:
            consumer.seek(tp, begin[tp])
        n = 0
        t0 = time.monotonic()
        while n < expect and time.monotonic() - t0 < timeout:
            for recs in (await consumer.getmany(timeout_ms=500, max_records=10_000)).values():
                n += len(recs)
        return n, time.monotonic() - t0
    finally:
        await consumer.stop()


class Offsets:
    """The group's committed offsets against the topic's end offsets; one admin
    client and one consumer for the whole run."""

    def __init__(self, bootstrap: str, group: str, topic: str):
        from aiokafka import AIOKafkaConsumer, TopicPartition
        from aiokafka.admin import AIOKafkaAdminClient

        self.group = group
        self.tps = [TopicPartition(topic, p) for p in range(PARTITIONS)]
        self.admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        self.consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)

    async def __aenter__(self) -> Offsets:
        await self.admin.start()
        await self.consumer.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()
        await self.admin.close()

    async def get(self) -> tuple[int, int]:
        """(committed, end), summed over partitions; committed is 0 until the group exists."""
        from aiokafka.errors import KafkaError

        end = await self.consumer.end_offsets(self.tps)
        try:
            offs = await self.admin.list_consumer_group_offsets(self.group)
        except KafkaError:
            offs = {}
        done = sum(min(offs[tp].offset, end[tp]) for tp in self.tps if tp in offs and offs[tp].offset >= 0)
        return done, sum(end.values())


@dataclass
class Seen:
    decisions: list[tuple[float, int, bytes]] = field(default_factory=list)  # (wall seen, record ts ms, value)


async def watch_decisions(bootstrap: str, topics: list[str], seen: Seen, stop: asyncio.Event) -> None:
    """Collect decisions from the current end of `topics` until `stop` is set."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                fetch_max_wait_ms=5)
    await consumer.start()
    try:
        tps = [TopicPartition(t, p) for t in topics for p in range(PARTITIONS)]
        consumer.assign(tps)
        end = await consumer.end_offsets(tps)
        for tp in tps:
            consumer.seek(tp, end[tp])
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=20)
            now = time.time()
            for recs in batches.values():
                for r in recs:
                    if r.value is not None:
                        seen.decisions.append((now, r.timestamp, r.value))
    finally:
        await consumer.stop()


# -- worker -------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Worker:
    def __init__(self, env: dict[str, str], log: Path, root: Path = ROOT):
        self.log = log
        self.obs = f"http://127.0.0.1:{env['ENFORCER_OBS_PORT']}/metrics"
        with open(log, "ab") as f:
            self.proc = subprocess.Popen([sys.executable, "-m", "enforcer", "worker", "--no-web"], cwd=root,
                                         env={**env, "PYTHONPATH": str(root)}, stdin=subprocess.DEVNULL, stdout=f,
                                         stderr=subprocess.STDOUT)

    def _metrics(self) -> str | None:
        try:
            with urllib.request.urlopen(self.obs, timeout=2) as resp:
                return resp.read().decode()
        except OSError:
            return None

    def processed(self) -> int | None:
        """Records the worker has consumed (its enforcer_events_total), None without an obs endpoint."""
        text = self._metrics()
        if text is None:
            return None
        return int(sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                       if line.startswith("enforcer_events_total{")))

    def assigned(self, topic: str) -> int | None:
        """Partitions of `topic` assigned to the worker (its enforcer_assigned_partitions), None if unknown."""
        text = self._metrics()
        if text is None:
            return None
        for line in text.splitlines():
            if line.startswith("enforcer_assigned_partitions{") and f'topic="{topic}"' in line:
                return int(float(line.rsplit(" ", 1)[1]))
        return None

    def alive(self) -> bool:
        return self.proc.poll() is None

    def cpu_s(self) -> float | None:
        """CPU seconds the worker used so far (user + system, Linux /proc). Less
        sensitive than wall time to other work on a shared machine."""
        return proc_cpu_s(self.proc.pid)

    def stop(self, timeout: float = 30) -> int | None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        return self.proc.returncode


def proc_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) process `pid` used so far, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def broker_pid() -> int | None:
    """The broker's PID from the pid file of deploy/kafka/broker (ENFORCER_KAFKA_DIR), if there is one."""
    run_dir = Path(os.environ.get("ENFORCER_KAFKA_DIR") or ROOT / ".run" / "kafka")
    if not run_dir.is_absolute():
        run_dir = ROOT / run_dir
    try:
        return int((run_dir / "broker.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


class CpuSnap:
    """Where the machine's CPU goes over a window: the whole machine (/proc/stat:
    busy, idle, steal), the workers, the broker and this benchmark process."""

    def __init__(self, workers: list[Worker], bpid: int | None):
        tck = os.sysconf("SC_CLK_TCK")
        v = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
        # user nice system idle iowait irq softirq steal ...
        self.busy = (v[0] + v[1] + v[2] + v[5] + v[6]) / tck
        self.idle = (v[3] + v[4]) / tck
        self.steal = (v[7] if len(v) > 7 else 0) / tck
        self.workers = [w.cpu_s() for w in workers]
        self.broker = proc_cpu_s(bpid) if bpid is not None else None
        t = os.times()
        self.me = t.user + t.system

    def report(self, later: CpuSnap, secs: float) -> str:
        def core(x: float) -> str:
            return f"{x / secs:.2f}"

        ws = sum(b - a for a, b in zip(self.workers, later.workers) if a is not None and b is not None)
        me = later.me - self.me
        parts = [f"machine busy {core(later.busy - self.busy)} cores, idle {core(later.idle - self.idle)}, "
                 f"steal {core(later.steal - self.steal)}", f"workers {core(ws)}"]
        other = later.busy - self.busy - ws - me
        if self.broker is not None and later.broker is not None:
            parts.append(f"broker {core(later.broker - self.broker)}")
            other -= later.broker - self.broker
        parts += [f"this benchmark {core(me)}", f"everything else {core(other)}"]
        return ", ".join(parts) + f" (over {secs:.1f}s)"


async def ensure_topics(s: Settings) -> None:
    from enforcer.stream.topics import ensure_topics as ensure

    report = await ensure(s)
    if report.problems:
        raise SystemExit("topics: " + "; ".join(report.problems))


async def create_topic(bootstrap: str, topic: str, partitions: int) -> None:
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)])
    finally:
        await admin.close()


async def timestamp_type(bootstrap: str, topic: str) -> str:
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        resp = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topic, configs={"message.timestamp.type": None})])
        for r in resp:
            for _code, _msg, _type, _name, entries in r.resources:
                for e in entries:
                    if e[0] == "message.timestamp.type":
                        return e[1]
    finally:
        await admin.close()
    return "?"


async def rate_phase(bootstrap: str, s: Settings, offsets: Offsets, records: list[tuple[bytes, bytes, int]],
                     rate: float, duration: float, workers: list[Worker]) -> dict:
    seen = Seen()
    stop = asyncio.Event()
    watcher = asyncio.create_task(watch_decisions(bootstrap, [s.topic_decisions, s.topic_decisions_shadow], seen,
                                                  stop))
    try:
        await asyncio.sleep(1.0)  # the watcher is positioned at the end
        sent_at: dict[int, tuple[float, int]] = {}
        n, secs = await produce(bootstrap, s.topic_requests, records, rate, sent_at, deadline_s=duration * 3 + 30)
        done, end = await offsets.get()
        # Records not yet processed when production stopped: from the worker's own
        # counter (committed offsets trail by up to a commit interval).
        counts = [await asyncio.to_thread(w.processed) for w in workers]
        processed = None if None in counts else sum(counts)
        # The workers consumed the topic from 0 between them (one group, no rebalance since).
        lag_at_stop = end - processed if processed is not None else end - done
        # Catch up (bounded), then let the last decisions arrive.
        t0 = time.monotonic()
        while done < end:
            if time.monotonic() - t0 > 120:
                raise SystemExit(f"the worker did not catch up within 120 s ({end - done} records behind)")
            check_alive(workers)
            await asyncio.sleep(0.25)
            done, end = await offsets.get()
        catch_up_s = time.monotonic() - t0
        await asyncio.sleep(1.0)
    finally:
        stop.set()
        await watcher
    seen_lat, made_lat = [], []
    matched = total = 0
    for wall, rec_ts, value in seen.decisions:
        d = orjson.loads(value)
        if d.get("action") == "lift":
            continue
        total += 1
        hit = sent_at.get(parse_rfc3339_ms(d["issued_at"]))
        if hit is None:
            continue
        matched += 1
        _sent_wall, req_ts_ms = hit
        seen_lat.append(wall - req_ts_ms / 1000)
        made_lat.append(rec_ts / 1000 - req_ts_ms / 1000)
    return {"rate": rate, "sent": n, "secs": secs, "achieved": n / secs, "lag_at_stop": lag_at_stop,
            "catch_up_s": catch_up_s, "decisions": total, "matched": matched,
            "p50": pct(seen_lat, 50), "p95": pct(seen_lat, 95), "p99": pct(seen_lat, 99), "max": max(seen_lat or [0]),
            "made_p50": pct(made_lat, 50), "made_p99": pct(made_lat, 99)}


def check_alive(workers: list[Worker]) -> None:
    for w in workers:
        if not w.alive():
            raise SystemExit(f"worker exited ({w.proc.returncode}); see {w.log}")


async def wait_assigned(workers: list[Worker], topic: str, timeout: float, settle: float = 3.0) -> float:
    """Wait until every worker holds partitions of `topic`, together all of them, and
    that has not changed for `settle` s (the group has rebalanced). Returns the seconds waited."""
    t0 = time.monotonic()
    stable_since, last = None, None
    while True:
        if time.monotonic() - t0 > timeout:
            raise SystemExit(f"workers not all assigned within {timeout:.0f}s (last seen {last}); "
                             f"see {', '.join(str(w.log) for w in workers)}")
        check_alive(workers)
        now = [await asyncio.to_thread(w.assigned, topic) for w in workers]
        ok = all(a is not None and a > 0 for a in now) and sum(a or 0 for a in now) == PARTITIONS
        if ok and now == last:
            if stable_since is not None and time.monotonic() - stable_since >= settle:
                return time.monotonic() - t0
        else:
            stable_since = time.monotonic() if ok else None
        last = now
        await asyncio.sleep(0.5)


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rates", default="1000,2000,5000", help="events/s, comma-separated")
    ap.add_argument("--duration", type=float, default=20.0, help="seconds of traffic per rate")
    ap.add_argument("--backlog", type=int, default=60_000,
                    help="records produced once the workers are assigned, drained before the rate phases")
    ap.add_argument("--workers", type=int, default=1,
                    help=f"worker processes in the consumer group (1-{PARTITIONS}: the requests topic's partitions)")
    ap.add_argument("--assign-timeout", type=float, default=180.0,
                    help="seconds allowed for every worker to be assigned partitions")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rules", default=str(ROOT / "rules"))
    ap.add_argument("--bootstrap", default=os.environ.get("ENFORCER_KAFKA_BOOTSTRAP", "127.0.0.1:9092"))
    ap.add_argument("--drain-timeout", type=float, default=600.0)
    ap.add_argument("--worker-root", default=str(ROOT),
                    help="run the worker from this checkout (e.g. a git worktree of an older commit)")
    ap.add_argument("--worker-env", action="append", default=[], metavar="ENFORCER_X=V",
                    help="extra setting for the worker (repeatable), e.g. ENFORCER_BATCH_WITHIN_S=0.02")
    args = ap.parse_args()
    if not args.bootstrap.startswith("127.0.0.1:"):
        ap.error("--bootstrap must be 127.0.0.1:PORT")
    if not 1 <= args.workers <= PARTITIONS:
        ap.error(f"--workers must be 1-{PARTITIONS}")
    rates = [float(r) for r in args.rates.split(",") if r.strip()]

    benv = {**os.environ, "ENFORCER_KAFKA_BOOTSTRAP": args.bootstrap}
    started_broker = False
    if broker("status", benv, 30).returncode != 0:
        print(f"starting a broker on {args.bootstrap}", flush=True)
        started_broker = True  # stop it even if start fails half-way
    tmp = Path(tempfile.mkdtemp(prefix="bench-stream-"))
    workers: list[Worker] = []
    # SIGTERM/SIGHUP -> KeyboardInterrupt -> the finally below stops what this run started.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)
    try:
        if started_broker:
            res = broker("start", benv, 900)
            if res.returncode != 0:
                print(res.stdout + res.stderr, file=sys.stderr)
                return 1
        return asyncio.run(asyncio.wait_for(bench(args, rates, tmp, workers), args.drain_timeout + 1800))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        for w in workers:
            w.stop()
        if started_broker:
            broker("stop", benv, 120)


async def bench(args: argparse.Namespace, rates: list[float], tmp: Path, workers: list[Worker]) -> int:
    t = time.perf_counter()
    need = args.backlog + int(sum(r * args.duration for r in rates))
    records = await asyncio.to_thread(simulate, need, args.seed)
    print(f"simulated {len(records):,} events in {time.perf_counter() - t:.1f}s", flush=True)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENFORCER_")}
    env.update({
        "PYTHONPATH": str(ROOT), "ENFORCER_KAFKA_BOOTSTRAP": args.bootstrap,
        "ENFORCER_TOPIC_REQUESTS": f"{prefix}.requests", "ENFORCER_TOPIC_DECISIONS": f"{prefix}.decisions",
        "ENFORCER_TOPIC_DECISIONS_SHADOW": f"{prefix}.decisions.shadow", "ENFORCER_TOPIC_DLQ": f"{prefix}.dlq",
        "ENFORCER_APP_ID": prefix, "ENFORCER_RULES_DIR": args.rules, "ENFORCER_STORE": "memory://",
        "ENFORCER_PARTITIONS": str(PARTITIONS), "ENFORCER_COMMIT_INTERVAL_S": "0.5",
        "ENFORCER_LOG_FORMAT": "json", "ENFORCER_LOGLEVEL": "info",
    })
    env.update(kv.split("=", 1) for kv in args.worker_env)
    s = Settings(kafka_bootstrap=args.bootstrap, topic_requests=env["ENFORCER_TOPIC_REQUESTS"],
                 topic_decisions=env["ENFORCER_TOPIC_DECISIONS"],
                 topic_decisions_shadow=env["ENFORCER_TOPIC_DECISIONS_SHADOW"], topic_dlq=env["ENFORCER_TOPIC_DLQ"],
                 app_id=prefix, partitions=PARTITIONS)
    await ensure_topics(s)
    ts_type = await timestamp_type(args.bootstrap, s.topic_requests)

    # The transport ceiling, before any worker runs: the same records on a topic of their own.
    backlog, rest = records[: args.backlog], records[args.backlog:]
    bare_topic = f"{prefix}.bare"
    await create_topic(args.bootstrap, bare_topic, PARTITIONS)
    n, secs = await produce(args.bootstrap, bare_topic, backlog, 0, None, deadline_s=300)
    print(f"bare topic: produced {n:,} records in {secs:.1f}s ({n / secs:,.0f}/s)", flush=True)
    bare = []
    for _ in range(3):
        got, bsecs = await bare_consume(args.bootstrap, bare_topic, n, 120)
        if got < n:
            raise SystemExit(f"bare loop read {got} of {n} records in 120 s")
        bare.append(got / bsecs)
    bare_rate = max(bare)
    print(f"bare aiokafka loop: {bare_rate:,.0f} records/s (best of 3: {', '.join(f'{b:,.0f}' for b in bare)})",
          flush=True)

    nw = args.workers
    root = Path(args.worker_root).resolve()
    ports: set[int] = set()
    for i in range(nw):
        port = free_port()
        for _ in range(100):  # a port not given to an earlier worker of this run
            if port not in ports:
                break
            port = free_port()
        else:
            raise SystemExit("no free port for a worker's obs server")
        ports.add(port)
        wenv = {**env, "ENFORCER_STATE_DIR": str(tmp / f"state-{i}"), "ENFORCER_OBS_PORT": str(port)}
        workers.append(Worker(wenv, tmp / f"worker-{i}.log", root))
    waited = await wait_assigned(workers, s.topic_requests, args.assign_timeout)
    shares = [await asyncio.to_thread(w.assigned, s.topic_requests) for w in workers]
    print(f"{nw} worker(s) assigned after {waited:.1f}s: partitions of {s.topic_requests} per worker "
          f"{', '.join(map(str, shares))}", flush=True)

    async with Offsets(args.bootstrap, prefix, s.topic_requests) as offsets:
        n, secs = await produce(args.bootstrap, s.topic_requests, backlog, 0, None, deadline_s=300)
        print(f"backlog: produced {n:,} records in {secs:.1f}s ({n / secs:,.0f}/s) while the workers ran",
              flush=True)
        done0, _end = await offsets.get()
        bpid = broker_pid()
        t_first = c_first = None
        cpu_first: list[float | None] = []
        ev_first: list[int | None] = []
        t0 = time.monotonic()
        done = done0
        while done < n:
            if time.monotonic() - t0 > args.drain_timeout:
                raise SystemExit(f"backlog not drained in {args.drain_timeout}s ({done}/{n})")
            check_alive(workers)
            await asyncio.sleep(0.1)
            done, _end = await offsets.get()
            if t_first is None and done > done0:  # the first commit after the backlog was produced
                t_first, c_first = time.monotonic(), done
                cpu_first = [w.cpu_s() for w in workers]
                snap_first = CpuSnap(workers, bpid)
                ev_first = [await asyncio.to_thread(w.processed) for w in workers]
        if t_first is None or c_first is None:
            raise SystemExit(f"the backlog was committed before any progress was seen ({done0}/{n}); "
                             f"use a larger --backlog")
        drain_s = time.monotonic() - t_first
        cpu_last = [w.cpu_s() for w in workers]
        machine_note = snap_first.report(CpuSnap(workers, bpid), drain_s)
        print(f"CPU during the drain, in cores: {machine_note}", flush=True)
        ev_last = [await asyncio.to_thread(w.processed) for w in workers]
        drained = n - c_first
        drain_rate = drained / drain_s if drain_s > 0 else float("nan")
        print(f"drain, {nw} worker(s): {drain_rate:,.0f} events/s ({drained:,} events in {drain_s:.1f}s after the "
              f"first commit that followed the backlog; {c_first:,} were committed before); "
              f"{drain_rate / bare_rate:.3f}x the bare loop", flush=True)
        cpu_note = ""
        per_worker: list[str] = []
        if None not in cpu_first and None not in cpu_last and drained > 0:
            cpus = [b - a for a, b in zip(cpu_first, cpu_last)]  # type: ignore[operator]
            cpu = sum(cpus)
            cpu_note = (f"{1e6 * cpu / drained:,.0f} us CPU per event summed over {nw} worker(s) "
                        f"({cpu / drain_s:.0%} of a core in all; at most {drained / cpu:,.0f} events/s per "
                        f"core at this cost)")
            print(f"workers' CPU during the drain: {cpu_note}", flush=True)
            # Events each worker consumed in the same window (its enforcer_events_total).
            evs = [b - a if a is not None and b is not None else None for a, b in zip(ev_first, ev_last)]
            ev_all = sum(e or 0 for e in evs)
            for i, c in enumerate(cpus):
                line = (f"worker {i}: {shares[i]} partitions, {c:.1f} s CPU = {c / cpu:.0%} of the workers' CPU, "
                        f"{c / drain_s:.0%} of a core")
                if evs[i]:
                    line += f", {evs[i]:,} events ({evs[i] / ev_all:.0%}), {1e6 * c / evs[i]:,.0f} us per event"
                per_worker.append(line)
                print("  " + line, flush=True)

        phases = []
        off = 0
        for rate in rates:
            chunk = rest[off: off + int(rate * args.duration)]
            off += len(chunk)
            ph = await rate_phase(args.bootstrap, s, offsets, chunk, rate, args.duration, workers)
            phases.append(ph)
            print(f"rate {rate:,.0f}/s for {args.duration:.0f}s: sent {ph['sent']:,} ({ph['achieved']:,.0f}/s), "
                  f"lag when production stopped {ph['lag_at_stop']:,}, caught up {ph['catch_up_s']:.1f}s later; "
                  f"{ph['decisions']} decisions ({ph['matched']} matched to their request): "
                  f"p50 {ph['p50'] * 1000:.0f} ms p95 {ph['p95'] * 1000:.0f} ms p99 {ph['p99'] * 1000:.0f} ms "
                  f"max {ph['max'] * 1000:.0f} ms (to the decision record's CreateTime: "
                  f"p50 {ph['made_p50'] * 1000:.0f} ms p99 {ph['made_p99'] * 1000:.0f} ms)", flush=True)

    rcs = [await asyncio.to_thread(w.stop) for w in workers]
    print("\nsummary", flush=True)
    print(f"  requests timestamps : {ts_type}; latency = that timestamp -> a consumer receives the decision")
    print(f"  bare aiokafka loop  : {bare_rate:,.0f} records/s")
    print(f"  drain, {nw} worker(s)  : {drain_rate:,.0f} events/s = {drain_rate / bare_rate:.3f}x the bare loop "
          f"(target >= 0.5x)")
    if cpu_note:
        print(f"  workers' CPU        : {cpu_note}")
        for line in per_worker:
            print(f"    {line}")
    print(f"  CPU in the drain    : {machine_note}")
    for ph in phases:
        ok = "kept up" if ph["lag_at_stop"] <= ph["rate"] * 0.25 else "fell behind"  # < 250 ms of traffic unprocessed
        print(f"  {ph['rate']:>6,.0f}/s {ok:>12}: p50 {ph['p50'] * 1000:5.0f} ms  p95 {ph['p95'] * 1000:5.0f} ms  "
              f"p99 {ph['p99'] * 1000:5.0f} ms  (n={ph['matched']})")
    p5k = [ph for ph in phases if ph["rate"] == 5000]
    if p5k:
        print(f"  target p99 <= 100 ms at 5,000/s: {'met' if p5k[0]['p99'] <= 0.1 else 'NOT met'}")
    print(f"  workers (store memory://) exit codes {', '.join(map(str, rcs))}; logs "
          f"{', '.join(str(w.log) for w in workers)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
