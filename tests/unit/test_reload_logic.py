"""Hot reload logic without Kafka: all-or-nothing, errors logged with
file:line, state kept, SIGHUP, the asyncio watcher loop."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from pathlib import Path

import pytest

from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine, EngineConfig
from enforcer.obs.metrics import Metrics
from enforcer.rules.loader import load_rules
from enforcer.stream.reload import RulesReloader

RULE = """rules:
  - name: busy
    description: busy minute
    when: requests_1m > {n}
    action: {{type: throttle, rps: 1, ttl: 10m}}
"""
BROKEN = ("rules:\n  - name: busy\n    description: x\n    when: requests_1m > 'many'\n"
          "    action: {type: challenge, ttl: 1m}\n"
          "  - name: other\n    description: y\n    when: requests_9m > 1\n    action: {type: challenge, ttl: 1m}\n")


class Proc:
    """What the reloader needs of the worker's Processor."""

    def __init__(self, rules):
        self.rules = rules
        self.engines = {0: Engine(rules, EngineConfig()), 1: Engine(rules, EngineConfig())}


def ev(i: int, account: str = "a1") -> RequestEvent:
    return RequestEvent(event_id=f"e{i}", ts=1_000 * i, account_id=account, prompt_tokens=1, completion_tokens=1)


@pytest.fixture
def setup(tmp_path):
    (tmp_path / "r.yaml").write_text(RULE.format(n=5))
    proc = Proc(load_rules(tmp_path))
    m = Metrics(process_collector=False)
    return tmp_path, proc, RulesReloader(tmp_path, proc, metrics=m), m


def reloads(m: Metrics, result: str) -> float:
    return m.registry.get_sample_value("enforcer_rule_reloads_total", {"result": result})


def test_broken_files_keep_the_last_good_rules_and_log_file_and_line(setup, caplog):
    d, proc, r, m = setup
    good = proc.rules
    assert r.poll() is None  # nothing changed
    (d / "r.yaml").write_text(BROKEN)
    with caplog.at_level(logging.ERROR, logger="enforcer.rules"):
        assert r.poll() is None  # first sight of the change: wait for it to settle
        assert r.poll() is None  # settled, tried, rejected
    assert proc.rules is good and all(e.rules is good for e in proc.engines.values())
    assert reloads(m, "failure") == 1 and reloads(m, "success") == 0
    text = caplog.text
    assert f"{d / 'r.yaml'}:4: rule 'busy': type error in 'when'" in text
    assert f"{d / 'r.yaml'}:8: rule 'other': unknown feature(s) requests_9m" in text  # every error
    assert "keeping the live rules" in text
    r.poll()
    assert reloads(m, "failure") == 1  # the same broken files are not retried


def test_fixed_files_go_live_on_every_engine_and_keep_window_state(setup):
    d, proc, r, m = setup
    eng = proc.engines[0]
    out = [x for i in range(5) for x in eng.process(ev(i)).decisions]
    assert out == []  # 5 requests: not > 5
    (d / "r.yaml").write_text(BROKEN)
    r.poll(), r.poll()
    (d / "r.yaml").write_text(RULE.format(n=4))
    r.poll()
    new = r.poll()
    assert new is not None and proc.rules is new and all(e.rules is new for e in proc.engines.values())
    assert reloads(m, "success") == 1 and m.registry.get_sample_value("enforcer_rules_loaded") == 1
    # The 5 requests counted before the reload are still there: the 6th fires at > 4.
    assert [x.rule for x in eng.process(ev(5)).decisions] == ["busy"]


def test_sighup_reloads_at_once(setup):
    d, proc, r, m = setup
    previous = signal.getsignal(signal.SIGHUP)
    try:
        assert r.install_sighup()
        (d / "r.yaml").write_text(RULE.format(n=3))
        os.kill(os.getpid(), signal.SIGHUP)
        r.tick()  # no settling wait for a SIGHUP
        assert proc.rules.by_name["busy"].when == "requests_1m > 3"
        assert reloads(m, "success") == 1
    finally:
        signal.signal(signal.SIGHUP, previous)


def test_the_watcher_loop_polls_and_wakes_on_sighup(setup):
    d, proc, r, m = setup
    r.poll_s = 0.05
    previous = signal.getsignal(signal.SIGHUP)

    async def main() -> None:
        task = asyncio.create_task(r.run())
        try:
            (d / "r.yaml").write_text(RULE.format(n=2))
            for _ in range(100):
                await asyncio.sleep(0.02)
                if proc.rules.by_name["busy"].when.endswith("2"):
                    break
            assert proc.rules.by_name["busy"].when == "requests_1m > 2"
            r.poll_s = 60.0  # from now on only a SIGHUP can wake it in time
            await asyncio.sleep(0.1)
            (d / "r.yaml").write_text(RULE.format(n=7))
            os.kill(os.getpid(), signal.SIGHUP)
            for _ in range(100):
                await asyncio.sleep(0.02)
                if proc.rules.by_name["busy"].when.endswith("7"):
                    break
            assert proc.rules.by_name["busy"].when == "requests_1m > 7"
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    try:
        r.install_sighup()
        asyncio.run(main())
    finally:
        signal.signal(signal.SIGHUP, previous)
