"""Hot reload in a real worker against the real broker: a broken rules file
keeps the old rules live (and is logged with file:line), the fixed file goes
live, SIGHUP reloads at once. One `enforcer worker` subprocess, its own topics,
app id and temp rules dir; every wait is bounded.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
T0 = 1_793_613_600_000  # 2026-11-02T10:00:00Z

RULE = """rules:
  - name: {name}
    description: a burst of requests
    when: requests_1m > {n}
    action: {{type: {action}, ttl: 1h{rps}}}
"""
# Line 4 holds the type error, line 7 the unknown feature: both must be logged.
BROKEN = """rules:
  - name: burst-broken
    description: compares a count with a string
    when: requests_1m > 'many'
    action: {type: challenge, ttl: 1h}
  - name: typo
    when: requests_1mm > 5
    description: a misspelled feature
    action: {type: challenge, ttl: 1h}
"""


def rule(name: str, n: int, action: str = "challenge") -> str:
    return RULE.format(name=name, n=n, action=action, rps=", rps: 1" if action == "throttle" else "")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(pred, timeout: float, what: str, proc: subprocess.Popen, log: Path, every: float = 0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = pred()
        if value:
            return value
        if proc.poll() is not None:
            raise AssertionError(f"worker exited ({proc.returncode}) while waiting for {what}:\n"
                                 f"{log.read_text(errors='replace')[-4000:]}")
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}:\n{log.read_text(errors='replace')[-3000:]}")


async def _decisions(bootstrap: str, topic: str) -> list[dict]:
    """The decisions on the topic so far (tombstones skipped): read from the
    beginning until nothing new arrives for a second."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest")
    await consumer.start()
    out: list[dict] = []
    try:
        deadline = time.monotonic() + 10
        quiet = 0
        while quiet < 3 and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=400)
            records = [r for rs in batch.values() for r in rs]
            quiet = 0 if records else quiet + 1
            out.extend(orjson.loads(r.value) for r in records if r.value is not None)
    finally:
        await consumer.stop()
    return out


class Deployment:
    def __init__(self, bootstrap: str, tmp: Path):
        self.bootstrap = bootstrap
        self.tmp = tmp
        self.rules = tmp / "rules"
        self.rules.mkdir()
        prefix = f"rl-{uuid.uuid4().hex[:10]}"
        self.decisions_topic = f"{prefix}.decisions"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("ENFORCER_")},
            "PYTHONPATH": str(REPO_ROOT),
            "ENFORCER_KAFKA_BOOTSTRAP": bootstrap,
            "ENFORCER_TOPIC_REQUESTS": f"{prefix}.requests",
            "ENFORCER_TOPIC_DECISIONS": self.decisions_topic,
            "ENFORCER_TOPIC_DECISIONS_SHADOW": f"{prefix}.decisions.shadow",
            "ENFORCER_TOPIC_DLQ": f"{prefix}.dlq",
            "ENFORCER_APP_ID": prefix,
            "ENFORCER_PARTITIONS": "2",
            "ENFORCER_RULES_DIR": str(self.rules),
            "ENFORCER_RULES_POLL_S": "0.5",
            "ENFORCER_STORE": "memory://",
            "ENFORCER_STATE_DIR": str(tmp / "state"),
            "ENFORCER_SESSION_TIMEOUT_S": "6",
            "ENFORCER_COMMIT_INTERVAL_S": "1",
            "ENFORCER_OBS_PORT": "0",
        }
        self.log = tmp / "worker.log"
        self.proc: subprocess.Popen | None = None
        self.n = 0

    def start(self) -> subprocess.Popen:
        with open(self.log, "ab") as f:
            self.proc = subprocess.Popen([sys.executable, "-m", "enforcer", "worker", "--web-port", str(_free_port())],
                                         cwd=REPO_ROOT, env=self.env, stdin=subprocess.DEVNULL, stdout=f,
                                         stderr=subprocess.STDOUT)
        return self.proc

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_log(self, pattern: str, what: str, count: int = 1, timeout: float = 60) -> None:
        wait_for(lambda: len(re.findall(pattern, self.text())) >= count, timeout, what, self.proc, self.log)

    def burst(self, account: str, n: int = 8) -> None:
        path = self.tmp / f"{account}.jsonl"
        path.write_bytes(b"".join(orjson.dumps({"event_id": f"{account}-{i}", "ts": T0 + 1_000 * i,
                                                "account_id": account, "prompt_tokens": 10,
                                                "completion_tokens": 20}) + b"\n" for i in range(n)))
        res = subprocess.run([sys.executable, "-m", "enforcer", "produce", str(path)], cwd=REPO_ROOT, env=self.env,
                             stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, check=False)
        assert res.returncode == 0, res.stderr

    def decisions_for(self, account: str, timeout: float = 45) -> list[tuple[str, str]]:
        def got():
            rows = asyncio.run(_decisions(self.bootstrap, self.decisions_topic))
            return [(d["rule"], d["action"]) for d in rows if d["account_id"] == account]
        return wait_for(got, timeout, f"a decision for {account}", self.proc, self.log, every=1.0)

    def stop(self, timeout: float = 45) -> int | None:
        p = self.proc
        if p is not None and p.poll() is None:
            os.kill(p.pid, signal.SIGTERM)
            try:
                p.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.kill(p.pid, signal.SIGKILL)
                p.wait(timeout=30)
        return p.returncode if p is not None else None


@pytest.fixture
def deployment(kafka_bootstrap: str, tmp_path: Path) -> Iterator[Deployment]:
    d = Deployment(kafka_bootstrap, tmp_path)
    try:
        yield d
    finally:
        d.stop(timeout=20)  # no worker outlives its test


def test_broken_rules_keep_the_old_ones_fixed_rules_and_sighup_apply(deployment: Deployment) -> None:
    d = deployment
    path = d.rules / "rules.yaml"
    path.write_text(rule("burst-v1", 5, "throttle"))
    d.start()
    d.wait_log(r"rules: watching .* every 0\.5s", "the rules watcher to start", timeout=90)
    d.burst("acct-1")
    assert d.decisions_for("acct-1") == [("burst-v1", "throttle")]

    # A broken file: rejected with file:line for every error; the old rules stay live.
    path.write_text(BROKEN)
    d.wait_log(r"rules reload rejected: 2 error\(s\); keeping the live rules", "the rejection")
    text = d.text()
    assert f"{path}:4: rule 'burst-broken': type error in 'when'" in text
    assert f"{path}:7: rule 'typo': unknown feature(s) requests_1mm" in text
    d.burst("acct-2")
    assert d.decisions_for("acct-2") == [("burst-v1", "throttle")]

    # Fixed: the new rules go live (a lower threshold and another action).
    path.write_text(rule("burst-v2", 3, "challenge"))
    d.wait_log(r"rules reloaded \(files changed\)", "the reload")
    d.burst("acct-3", n=5)  # 5 requests: only the new rule (> 3) fires
    assert d.decisions_for("acct-3") == [("burst-v2", "challenge")]

    # SIGHUP: reloads at once (before the poller could see the change settle).
    path.write_text(rule("burst-v3", 2, "suspend"))
    os.kill(d.proc.pid, signal.SIGHUP)
    d.wait_log(r"rules reloaded \(SIGHUP\)", "the SIGHUP reload")
    d.burst("acct-4", n=4)
    assert d.decisions_for("acct-4") == [("burst-v3", "suspend")]
    assert d.proc.poll() is None, "SIGHUP must not stop the worker"

    # The obs endpoint: reload counts, and GET /explain/{account} from the live engines.
    url = re.search(r"obs endpoint on (http://[\d.]+:\d+)", d.text()).group(1)
    with urllib.request.urlopen(url + "/metrics", timeout=10) as r:
        metrics = r.read().decode()
    assert 'enforcer_rule_reloads_total{result="failure"} 1.0' in metrics
    assert 'enforcer_rule_reloads_total{result="success"} 2.0' in metrics
    with urllib.request.urlopen(url + "/explain/acct-3", timeout=10) as r:
        res = orjson.loads(r.read())
    assert res["account"] == "acct-3" and res["rules_digest"] != ""
    assert [x["rule"] for x in res["active_decisions"]] == ["burst-v2"]
    assert [x["rule"] for x in res["rules"]] == ["burst-v3"]  # verdicts under the live rules
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(url + "/explain/nobody", timeout=10)
    assert info.value.code == 404
    assert d.stop() == 0
