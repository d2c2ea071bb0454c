"""The stream's two stages without Kafka: what enforcer's own adapter code costs per event.

    PYTHONPATH=. .venv/bin/python bench/bench_stages.py --events e7.jsonl --limit 30000 [--rounds 3]

The account stage (enforcer/stream/processor.py) and the group stage
(group_processor.py) run as in the worker: records in batches, observation
bundles to the group stage, command bundles back, entries written to dict
tables, everything encoded as on the wire; only the transport is missing (a
sink that keeps the records in lists). The same events also go through
`Engine` alone (the backtest). Reported, as CPU time per event (best of the
rounds, each round on fresh stages):

- engine: the detection core;
- stages: both stages with their encoding, dedupe bookkeeping and table entries;
- their ratio: what the two-stage wiring costs on top of the core, before
  faust and aiokafka add theirs (bench_stream.py measures the whole worker).

Also counted: records and bytes between the stages and to the tables, per event.
Everything is in one process; nothing is opened on the network.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aiokafka.partitioner import DefaultPartitioner  # noqa: E402

from enforcer.contracts import parse_event  # noqa: E402
from enforcer.core.engine import Engine, EngineConfig  # noqa: E402
from enforcer.gctune import tune_gc  # noqa: E402
from enforcer.rules.loader import load_rules  # noqa: E402
from enforcer.stream.group_processor import GroupProcessor  # noqa: E402
from enforcer.stream.processor import Processor, Record  # noqa: E402

PARTS = 6
_partitioner = DefaultPartitioner()
_all = list(range(PARTS))
_cache: dict[bytes, int] = {}


def partition_of(key: bytes) -> int:
    p = _cache.get(key)
    if p is None:
        p = _cache[key] = _partitioner(key, _all, _all)
    return p


class Sink:
    """Both stages' outputs as records waiting for the other stage."""

    def __init__(self) -> None:
        self.obs: list[tuple[int, bytes]] = []
        self.cmds: list[tuple[int, bytes]] = []
        self.counts: Counter[str] = Counter()
        self._fut: asyncio.Future | None = None

    def _done(self) -> asyncio.Future:
        if self._fut is None:
            self._fut = asyncio.get_running_loop().create_future()
            self._fut.set_result(None)
        return self._fut

    async def send_decision(self, d) -> list:
        self.counts["decisions"] += 1
        d.to_json()  # the worker encodes every decision
        return [self._done()]

    async def send_dead_letter(self, key, value, reason, partition, offset):
        self.counts["dead"] += 1
        return self._done()

    async def send_observations(self, partition: int, bundle: bytes):
        self.obs.append((partition, bundle))
        self.counts["obs_records"] += 1
        self.counts["obs_bytes"] += len(bundle)
        return self._done()

    async def send_commands(self, partition: int, bundle: bytes):
        self.cmds.append((partition, bundle))
        self.counts["cmd_records"] += 1
        self.counts["cmd_bytes"] += len(bundle)
        return self._done()

    async def send_notice(self, n):
        self.counts["notices"] += 1
        return self._done()


class Log:
    def __init__(self, command: bool = False) -> None:
        self.offsets: Counter[int] = Counter()
        self.command = command

    def records(self, pairs: list[tuple[int, bytes]]) -> list[Record]:
        out = []
        for p, value in pairs:
            out.append(Record(None, value, p, self.offsets[p], None, ref=p, command=self.command))
            self.offsets[p] += 1
        return out


async def stages(rules, lines: list[bytes], batch: int) -> tuple[float, Counter[str]]:
    sink = Sink()
    cfg = EngineConfig()
    proc = Processor(rules, cfg, {}, sink, group_partition=partition_of)
    gproc = GroupProcessor(rules, cfg, {}, sink, partition_of)
    obs_log, cmd_log = Log(), Log(command=True)
    offsets: Counter[int] = Counter()
    records = []
    for raw in lines:
        key = parse_event(raw).account_id.encode()  # keyed by account, as a gateway produces them
        p = partition_of(key)
        records.append(Record(key, raw, p, offsets[p], None, ref=p))
        offsets[p] += 1
    t0 = time.process_time()
    for i in range(0, len(records), batch):
        await proc.handle_batch(records[i:i + batch])
        for _ in range(1000):  # bounded: cluster messages settle within a few rounds
            if not sink.obs and not sink.cmds:
                break
            obs, sink.obs = obs_log.records(sink.obs), []
            await gproc.handle_batch(obs)
            cmds, sink.cmds = cmd_log.records(sink.cmds), []
            await proc.handle_batch(cmds)
    cpu = time.process_time() - t0
    counts = sink.counts
    for name, st in (("account", proc.stats), ("group", gproc.stats)):
        counts[f"{name}_table_writes"] = st["table_writes"]
        counts[f"{name}_table_bytes"] = st["table_bytes"]
    counts["observations"] = gproc.stats["observations"]
    counts["commands"] = proc.stats["commands"]
    return cpu, counts


def engine(rules, lines: list[bytes]) -> float:
    eng = Engine(rules, EngineConfig())
    t0 = time.process_time()
    for raw in lines:
        eng.process(parse_event(raw))
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", required=True, help="JSON Lines, plain (enforcer simulate --out x.jsonl)")
    ap.add_argument("--limit", type=int, default=30_000)
    ap.add_argument("--batch", type=int, default=500, help="requests per account-stage batch")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rules", default=str(ROOT / "rules"))
    ap.add_argument("--stages-only", action="store_true",
                    help="skip the engine (e.g. under valgrind --tool=callgrind, to count instructions)")
    args = ap.parse_args()
    tune_gc()
    rules = load_rules(args.rules)
    with open(args.events, "rb") as f:
        lines = list(itertools.islice(f, args.limit))
    n = len(lines)
    eng_s, stg_s, counts = [], [], Counter()
    for r in range(args.rounds):  # alternate, so a busy machine slows both alike
        gc.collect()
        eng_s.append(float("nan") if args.stages_only else engine(rules, lines))
        gc.collect()
        cpu, counts = asyncio.run(stages(rules, lines, args.batch))
        stg_s.append(cpu)
        print(f"round {r + 1}: engine {1e6 * eng_s[-1] / n:,.0f} us/event, stages {1e6 * cpu / n:,.0f} us/event",
              flush=True)
    e, s = min(eng_s), min(stg_s)
    print(f"\n{n:,} events, batches of {args.batch}, {PARTS} partitions; CPU per event, best of {args.rounds}:")
    print(f"  engine (backtest core)      : {1e6 * e / n:7,.0f} us")
    print(f"  two stages, no transport    : {1e6 * s / n:7,.0f} us  = {s / e:.2f}x the engine")
    print("  per event: " + ", ".join(f"{k} {v / n:,.2f}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
