"""Redelivered events (same account, same event_id) count once: in the engine,
the backtest's summary and leak, across an export/import, and in the stream
processor."""

from __future__ import annotations

import asyncio
from pathlib import Path

import orjson

from enforcer.backtest import replay
from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine, EngineConfig
from enforcer.rules.loader import load_rules
from enforcer.stream.processor import Hooks, Processor, Record

RULES = """
rules:
  - name: busy
    description: more than 5 requests in a minute
    when: requests_1m > 5.0
    action: {type: challenge, ttl: 10m}
"""


T0 = 1_793_613_600_000  # epoch ms (a small number would read as seconds)


def _rules(tmp_path: Path):
    (tmp_path / "r.yaml").write_text(RULES)
    return load_rules(tmp_path)


def ev(i: int, ts: int, account: str = "a1") -> RequestEvent:
    return RequestEvent(event_id=f"e{i}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20)


def _decisions(eng: Engine, events) -> list[tuple[str, str, str, dict]]:
    out = []
    for e in events:
        out += [(d.rule, d.account_id, d.issued_at, d.evidence) for d in eng.process(e).decisions]
    return out


def test_an_immediate_redelivery_is_not_counted_again(tmp_path):
    rules = _rules(tmp_path)
    once = [ev(i, 1_000 * i) for i in range(8)]
    twice = [e for e in once for _ in range(2)]
    plain, deduped = Engine(rules), Engine(rules)
    sixth = ("busy", "a1", "1970-01-01T00:00:05.000Z", {"requests_1m": 6.0})
    assert _decisions(deduped, twice) == _decisions(plain, once) == [sixth]
    assert deduped.account.stats["duplicates"] == 8
    # Without the filter each request counts twice: the rule fires on the third request.
    off = Engine(rules, EngineConfig(dedupe_events=0))
    assert _decisions(off, twice) == [("busy", "a1", "1970-01-01T00:00:02.000Z", {"requests_1m": 6.0})]
    assert off.account.stats["duplicates"] == 0


def test_the_same_event_id_on_another_account_is_another_event(tmp_path):
    eng = Engine(_rules(tmp_path))
    for acct in ("a1", "a2", "a3"):
        assert not eng.process(ev(1, 1_000, acct)).duplicate
    assert eng.process(ev(1, 1_500, "a2")).duplicate


def test_memory_is_the_last_n_events_of_the_account(tmp_path):
    eng = Engine(_rules(tmp_path), EngineConfig(dedupe_events=4))
    for i in range(6):
        eng.process(ev(i, 60_000 * i))
    assert [eng.process(ev(i, 60_000 * 6)).duplicate for i in (5, 4, 3, 2)] == [True, True, True, True]
    # e1 fell out of the ring of 4 (a bounded memory): counted again, and remembered.
    assert not eng.process(ev(1, 60_000 * 6)).duplicate
    assert eng.process(ev(1, 60_000 * 6)).duplicate


def test_a_late_event_is_not_remembered_so_its_copy_is_late_too(tmp_path):
    eng = Engine(_rules(tmp_path), EngineConfig(allowed_lateness_ms=60_000))
    eng.process(ev(0, 3_600_000))
    late = eng.process(ev(1, 0))
    assert late.late_reason is not None and not late.duplicate
    again = eng.process(ev(1, 0))
    assert again.late_reason is not None and not again.duplicate
    # ... while a copy of an applied event is a duplicate even once it is late.
    eng.process(ev(2, 3_600_000 + 3_600_000))
    assert eng.process(ev(0, 3_600_000)).duplicate


def test_the_last_eight_ids_survive_an_export_and_import(tmp_path):
    rules = _rules(tmp_path)
    a = Engine(rules)
    for i in range(12):
        a.process(ev(i, 60_000 * i))
    data = orjson.loads(orjson.dumps(a.export_account("a1")))  # as the table stores it
    assert len(data["r"]) == 8
    b = Engine(rules)
    b.import_account("a1", data)
    ts = 60_000 * 12
    assert all(b.process(ev(i, ts)).duplicate for i in range(4, 12))
    assert not b.process(ev(3, ts)).duplicate


def test_backtest_counts_a_redelivered_request_once_in_the_summary_and_the_leak(tmp_path):
    rules = _rules(tmp_path)
    lines = [orjson.dumps({"event_id": f"e{i}", "ts": T0 + 1_000 * i, "account_id": "a1", "prompt_tokens": 1,
                           "completion_tokens": 1}) for i in range(10)]
    doubled = [x for line in lines for x in (line, line)]
    s1, s2 = replay(lines, rules), replay(doubled, rules)
    assert sum(s1.decisions.values()) == 1
    assert (s1.events, s1.duplicates, s2.events, s2.duplicates) == (10, 0, 20, 10)
    assert s2.tracker.requests == s1.tracker.requests == {"a1": 10}
    assert s2.tracker.served_before_block == s1.tracker.served_before_block == {"a1": 6}
    assert s2.decisions == s1.decisions


class _Sink:
    def __init__(self) -> None:
        self.decisions: list[bytes] = []
        self.dead: list[str] = []

    def _done(self) -> asyncio.Future:
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut

    async def send_decision(self, d):
        self.decisions.append(d.decision_id)
        return [self._done()]

    async def send_dead_letter(self, key, value, reason, partition, offset):
        self.dead.append(reason)
        return self._done()

    async def send_observations(self, partition, bundle):
        return self._done()


class _Hooks(Hooks):
    def __init__(self) -> None:
        self.results: list[str] = []

    def event(self, result: str) -> None:
        self.results.append(result)


def test_the_stream_counts_a_redelivery_at_a_later_offset_once(tmp_path):
    rules = _rules(tmp_path)
    lines = [orjson.dumps({"event_id": f"e{i}", "ts": T0 + 1_000 * i, "account_id": "a1", "prompt_tokens": 1,
                           "completion_tokens": 1}) for i in range(8)]
    # The gateway resent e2 and e3 after e4: new offsets, same events.
    sent = lines[:5] + [lines[2], lines[3]] + lines[5:]

    def run(raws: list[bytes]) -> tuple[_Sink, _Hooks, Processor]:
        sink, hooks = _Sink(), _Hooks()
        proc = Processor(rules, EngineConfig(), {}, sink, hooks=hooks)
        recs = [Record(b"a1", raw, 0, off, 1_700_000_000.0) for off, raw in enumerate(raws)]
        asyncio.run(proc.handle_batch(recs))
        return sink, hooks, proc

    base, _, _ = run(lines)
    sink, hooks, proc = run(sent)
    assert sink.decisions == base.decisions and len(base.decisions) == 1, base.decisions
    assert hooks.results.count("duplicate") == 2 and hooks.results.count("ok") == 8
    assert sink.dead == [] and proc.stats["duplicates"] == 2
