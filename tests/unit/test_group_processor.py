"""The stream's two stages without Kafka: the account Processor and the
GroupProcessor over dict tables, their topics as lists of records.

Repartitioned like the stream (requests and commands by account, observations
by kind:key, each over 3 partitions), a card ring spread over partitions gets
the Engine's decisions; replays and re-sent records change nothing."""

from __future__ import annotations

import asyncio
import zlib
from collections import Counter
from pathlib import Path

import orjson

from enforcer.contracts import Action, Decision
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.messages import command_from_dict, observations_from_dict
from enforcer.rules.loader import load_rules
from enforcer.stream.group_processor import GroupProcessor
from enforcer.stream.processor import Processor, Record

from test_stages import ring_events

RULES = load_rules(Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "group_stream_rules")
PARTS = 3


def _p(key: bytes) -> int:
    return zlib.crc32(key) % PARTS


class Topics:
    """What the stages send, as (key, value) lists per topic."""

    def __init__(self) -> None:
        self.decisions: list[dict] = []
        self.obs: list[tuple[int, bytes]] = []  # (group-obs partition, bundle)
        self.cmds: list[tuple[int, bytes]] = []  # (fanout partition, bundle)
        self.notices: list[bytes] = []

    def _done(self) -> asyncio.Future:
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut

    async def send_decision(self, d: Decision) -> list:
        self.decisions.append(orjson.loads(d.to_json()))
        return [self._done()]

    async def send_dead_letter(self, key, value, reason, partition, offset):
        return self._done()

    async def send_observations(self, partition, bundle):
        self.obs.append((partition, bundle))
        return self._done()

    async def send_commands(self, partition, bundle):
        self.cmds.append((partition, bundle))
        return self._done()

    async def send_notice(self, n):
        self.notices.append(n.key.encode())
        return self._done()


class Log:
    """A topic's records: partitioned by key, offsets per partition."""

    def __init__(self, command: bool = False) -> None:
        self.offsets: Counter[int] = Counter()
        self.command = command

    def records(self, pairs: list[tuple[bytes | int, bytes]]) -> list[Record]:
        """(key, value) pairs, or (partition, value) for records sent to a partition."""
        out = []
        for key, value in pairs:
            p = key if isinstance(key, int) else _p(key)
            out.append(Record(None if isinstance(key, int) else key, value, p, self.offsets[p], None, ref=p,
                              command=self.command))
            self.offsets[p] += 1
        return out


class Table(dict):
    """Partitioned like faust's store: writes go to the bound record's partition."""

    def __init__(self) -> None:
        super().__init__()
        self.bound = None

    def bind(self, ref) -> None:
        if ref is not None:
            self.bound = ref


def _stages(topics: Topics, atable: Table, gtable: Table, rules=RULES) -> tuple[Processor, GroupProcessor]:
    cfg = EngineConfig()
    proc = Processor(rules, cfg, atable, topics, bind=atable.bind, group_partition=_p)
    gproc = GroupProcessor(rules, cfg, gtable, topics, _p, bind=gtable.bind)
    return proc, gproc


def _requests(events: list[dict]) -> list[Record]:
    return Log().records([(e["account_id"].encode(), orjson.dumps(e)) for e in events])


def _engine(events: list[dict], rules=RULES) -> set[tuple[str, str, str]]:
    eng = Engine(rules)
    from enforcer.contracts import parse_event
    return {(d.decision_id, d.action.value, d.account_id)
            for e in events for d in eng.process(parse_event(orjson.dumps(e))).decisions}


def _ids(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["decision_id"], r["action"], r["account_id"]) for r in rows}


async def _pipeline(events: list[dict], step: int = 7, rules=RULES, stages=None,
                    ) -> tuple[Topics, Processor, GroupProcessor, list, list]:
    """Requests in batches of `step`; after each, the observations it produced go
    through the group stage and its commands back to the account stage, until
    neither stage has anything left to send (cluster messages go back and forth)."""
    if stages is None:
        topics, atable, gtable = Topics(), Table(), Table()
        proc, gproc = _stages(topics, atable, gtable, rules)
    else:
        topics, proc, gproc = stages
    obs_log, cmd_log = Log(), Log(command=True)
    reqs = _requests(events)
    all_obs: list[Record] = []
    all_cmds: list[Record] = []
    for i in range(0, len(reqs), step):
        await proc.handle_batch(reqs[i:i + step])
        for _ in range(100):  # bounded: a chain of n accounts settles in ~2n rounds
            if not topics.obs and not topics.cmds:
                break
            obs, topics.obs = obs_log.records(topics.obs), []
            all_obs += obs
            await gproc.handle_batch(obs)
            cmds, topics.cmds = cmd_log.records(topics.cmds), []
            all_cmds += cmds
            await proc.handle_batch(cmds)
        else:
            raise AssertionError("the stages kept sending each other messages")
    return topics, proc, gproc, all_obs, all_cmds


def test_ring_over_partitions_gets_the_engines_decisions():
    events = ring_events()
    assert len({_p(e["account_id"].encode()) for e in events if e["account_id"].startswith("r")}) >= 2
    topics, proc, gproc, obs, cmds = asyncio.run(_pipeline(events))
    assert _ids(topics.decisions) == _engine(events)
    assert {r["account_id"] for r in topics.decisions if r["rule"] == "card-ring"} == {
        "r01", "r02", "r03", "r04", "r05", "r06"}
    assert gproc.stats["commands"] > 0
    # Bundled: every command sent arrives, in fewer records than commands.
    assert proc.stats["commands"] == gproc.stats["commands"] + gproc.stats["relabels"] > len(cmds)
    for r in cmds:  # each bundle went to its accounts' partition
        assert {_p(command_from_dict(c).account.encode()) for c in orjson.loads(r.value)} == {r.partition}


def test_replayed_and_resent_observations_and_commands_change_nothing():
    """A group stage restarted on its table replays its input (same offsets); an
    account stage that crashed before its commit re-sends observations (new
    offsets); commands are replayed too. All are skipped: no group counts an
    event twice and no decision is sent again."""
    events = ring_events()

    async def go():
        topics, proc, gproc, obs, cmds = await _pipeline(events)
        before = {gid: orjson.loads(raw)["s"] for gid, raw in gproc.table.items() if b"payment" in gid}
        sent = len(topics.decisions)
        # Restart both stages on their tables; replay everything from offset 0.
        proc2, gproc2 = _stages(topics, proc.table, gproc.table)
        await gproc2.handle_batch(obs)
        assert topics.cmds == []
        # Observations of groups are skipped; those of pending keys (not saved) are
        # applied again, which changes nothing (the same account on the same key).
        assert 0 < gproc2.stats["skipped_already_applied"] < gproc2.stats["observations"]
        # The account stage re-sends every observation (new offsets, same sources).
        resent = Log().records([(r.partition, r.value) for r in obs])
        for r in resent:
            r.offset += 10_000
        await gproc2.handle_batch(resent)
        assert topics.cmds == []
        after = {gid: orjson.loads(raw)["s"] for gid, raw in gproc2.table.items() if b"payment" in gid}
        assert after == before, "no group counted an event twice"
        await proc2.handle_batch(cmds)
        assert len(topics.decisions) == sent
        # Skipped once per account and fanout record.
        assert proc2.stats["skipped_already_applied"] == sum(
            len({command_from_dict(c).account for c in orjson.loads(r.value)}) for r in cmds)

    asyncio.run(go())


def test_a_command_for_an_account_held_only_in_the_table_is_judged_on_its_state():
    """After a restart, a fan-out for a member whose state is only in the table:
    the member is loaded (fanout_when reads its age), and its later requests,
    already applied before the crash, are still skipped."""
    events = ring_events()

    async def go():
        topics, proc, gproc, obs, cmds = await _pipeline(events)
        suspend = [r for r in topics.decisions if r["rule"] == "card-ring" and r["action"] == Action.suspend.value]
        assert suspend
        proc2, _ = _stages(topics, proc.table, gproc.table)
        n = len(topics.decisions)
        await proc2.handle_batch(_requests(events))  # every request already applied: skipped
        assert len(topics.decisions) == n and proc2.stats["events"] == 0

    asyncio.run(go())


def _golden(case: str) -> list[dict]:
    root = Path(__file__).resolve().parents[2]
    return [orjson.loads(x) for x in (root / "rules" / "tests" / case / "events.jsonl").read_bytes().splitlines()
            if x.strip()]


DEFAULT_RULES = load_rules(Path(__file__).resolve().parents[2] / "rules")


def _blocked(rows: list[dict], rule: str) -> set[str]:
    return {r["account_id"] for r in rows if r["rule"] == rule and r["action"] != Action.lift.value}


def test_a_cluster_over_partitions_through_the_stream_stages():
    """The cluster protocol through the stream's encodings: Links in the
    observation bundles, Relabels with the commands. The chain of
    cluster-chain (12 accounts over 3 partitions, no card or device shared by
    more than 3) is suspended as in the Engine; the family is not."""
    events = _golden("cluster-chain")
    want = _blocked([orjson.loads(d.to_json()) for d in _engine_decisions(events)], "cluster-new-account-swarm")
    assert len(want) >= 10
    topics, proc, gproc, obs, cmds = asyncio.run(_pipeline(events, rules=DEFAULT_RULES))
    assert _blocked(topics.decisions, "cluster-new-account-swarm") == want
    assert not any(r["account_id"].startswith("family-") and r["action"] != "lift" for r in topics.decisions)
    assert proc.stats["cluster_msgs"] > 0 and gproc.stats["relabels"] > 0
    # The protocol's state is in the tables: account sides ("cl") and key sides ("k").
    assert any(b'"cl"' in raw for raw in proc.table.values())
    assert any(orjson.loads(raw).get("k") for raw in gproc.table.values())


def test_cluster_state_survives_a_restart_of_both_stages():
    """Both stages restart on their tables (new objects, nothing in memory):
    the far end of the chain, on its first request after the restart, already
    observes the cluster under the id the whole chain shares (the oldest
    member's), read from its account side's saved state; and both sides go on
    exchanging messages from the saved state."""
    events = _golden("cluster-chain")
    cid = {d.scope_key for d in _engine_decisions(events) if d.scope == "cluster"}
    assert len(cid) == 1
    first_round = [e for e in events if e["ts"] < events[0]["ts"] + 12 * 60_000]

    async def go():
        topics, proc, gproc, _, _ = await _pipeline(first_round, rules=DEFAULT_RULES)
        proc2, gproc2 = _stages(topics, proc.table, gproc.table, DEFAULT_RULES)
        later = next(e for e in events if e["account_id"] == "chain-11" and e["ts"] > first_round[-1]["ts"])
        rec = _requests([later])[0]
        rec.offset = 10_000
        await proc2.handle_batch([rec])
        items = [i for _, bundle in topics.obs for i in orjson.loads(bundle)]
        return proc2, items

    proc2, items = asyncio.run(go())
    assert proc2.stats["loaded"] == 1
    observed = [ob for i in items if "c" not in i for ob in observations_from_dict(i)]
    assert {ob.key for ob in observed if ob.kind == "cluster"} == cid


def _engine_decisions(events: list[dict]) -> list[Decision]:
    from enforcer.contracts import parse_event
    eng = Engine(DEFAULT_RULES)
    return [d for e in events for d in eng.process(parse_event(orjson.dumps(e))).decisions]
