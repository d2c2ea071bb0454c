"""A real Prometheus server scrapes the enforcer obs endpoint, and the series
come back through Prometheus' HTTP API with the values the target set.

Prometheus is Debian's `prometheus` package (/usr/bin/prometheus), installed by
deploy/tools/install-prometheus when missing; the test fails (never skips) if it
cannot be had. Everything listens on 127.0.0.1; every wait is bounded; both
processes are stopped by PID.

Two targets: `scrape_target`, the obs server of enforcer/obs in a subprocess
with known values in the worker's registry (alerts.yml is evaluated against
it), and `worker_target`, a real `enforcer worker` subprocess on the Kafka
broker of tests/integration/conftest.py that has processed a few events; both
yield ScrapeTarget("127.0.0.1:<port>", {<PromQL>: <expected value>, ...}).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "deploy" / "tools" / "install-prometheus"
ALERTS = REPO / "deploy" / "prometheus" / "alerts.yml"

START_TIMEOUT_S = 30.0
SCRAPE_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 20.0


@dataclass
class ScrapeTarget:
    address: str  # host:port on 127.0.0.1
    expected: dict[str, float] = field(default_factory=dict)  # instant PromQL query -> value


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_pid(proc: subprocess.Popen, timeout: float = STOP_TIMEOUT_S) -> None:
    """SIGTERM the process by its PID, SIGKILL it if it does not exit in time."""
    if proc.poll() is not None:
        return
    os.kill(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=timeout)


def http_get(url: str, timeout: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


# The default target: the obs server of enforcer/obs in its own process, with the
# module-level registry the worker uses and known values in it.
TARGET_SCRIPT = r"""
import asyncio, signal, sys
from enforcer.obs import metrics
from enforcer.obs.http import ObsServer, WorkerReadiness
from enforcer.rules.loader import load_rules

async def main():
    metrics.on_rules_loaded(load_rules(sys.argv[1]))
    for _ in range(7):
        metrics.on_event("ok")
    metrics.on_event_invalid("<record>: Invalid JSON: expected value")
    metrics.on_dead_letter("<record>: Invalid JSON: expected value")
    metrics.set_consumer_lag("enforcer.requests", {0: 40, 1: 2})
    readiness = WorkerReadiness()
    readiness.set_rules_loaded(True)
    readiness.set_partitions_assigned(2)
    server = await ObsServer("127.0.0.1", 0, readiness=readiness).start()
    print(server.port, flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), timeout=600)  # bounded even if nobody stops us
    except asyncio.TimeoutError:
        pass
    await server.stop()

asyncio.run(main())
"""


@pytest.fixture
def scrape_target() -> Iterator[ScrapeTarget]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("ENFORCER_OBS_HOST", None)
    proc = subprocess.Popen([sys.executable, "-c", TARGET_SCRIPT, str(REPO / "rules")], cwd=REPO, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = _readline(proc, START_TIMEOUT_S)
        assert line.strip().isdigit(), f"obs target did not start: {line!r} {proc.stderr.read() if proc.poll() is not None else ''}"
        yield ScrapeTarget(f"127.0.0.1:{int(line)}", {
            'enforcer_events_total{job="enforcer",result="ok"}': 7,
            'enforcer_events_total{job="enforcer",result="invalid"}': 1,
            'enforcer_dlq_records_total{job="enforcer",reason="not_json"}': 1,
            'sum(enforcer_consumer_lag_records{job="enforcer",topic="enforcer.requests"})': 42,
            'enforcer_worker_up{job="enforcer"}': 1,
            'up{job="enforcer"}': 1,
            'count(enforcer_decisions_total{job="enforcer",rule="request-flood"})': 2,  # its action + lift
        })
    finally:
        stop_pid(proc)
        proc.stdout.close()
        proc.stderr.close()


def _readline(proc: subprocess.Popen, timeout: float) -> str:
    """First stdout line of proc, waiting at most `timeout` seconds."""
    import selectors

    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    try:
        if not sel.select(timeout):
            return ""
        return proc.stdout.readline()
    finally:
        sel.close()


@pytest.fixture(scope="module")
def prometheus_bin() -> str:
    path = shutil.which("prometheus")
    if path is None:
        try:
            proc = subprocess.run([str(INSTALL)], capture_output=True, text=True, timeout=600,
                                  stdin=subprocess.DEVNULL, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            pytest.fail(f"prometheus is missing and {INSTALL.relative_to(REPO)} could not run: {exc}", pytrace=False)
        path = shutil.which("prometheus")
        if path is None:
            pytest.fail(f"prometheus is missing and {INSTALL.relative_to(REPO)} failed (exit {proc.returncode}):\n"
                        f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}", pytrace=False)
    return path


# A real worker: its own topics and consumer group, the stream test rules, a
# burst that fires `burst` (enforce) and `watch-burst` (shadow), one malformed line.
WORKER_RULES = REPO / "tests" / "fixtures" / "stream_rules"
WORKER_READY_S = 90.0
T0 = 1_793_613_600_000


def _worker_events(account: str) -> bytes:
    burst = [json.dumps({"event_id": f"p{i}", "ts": T0 + 1_000 * i, "account_id": account, "prompt_tokens": 10,
                         "completion_tokens": 20}) for i in range(12)]
    return ("\n".join([*burst, "this is not json"]) + "\n").encode()


@pytest.fixture
def worker_target(kafka_bootstrap: str, tmp_path: Path) -> Iterator[ScrapeTarget]:
    prefix = f"prom-{uuid.uuid4().hex[:10]}"
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ENFORCER_")}
    env.update({
        "PYTHONPATH": str(REPO), "ENFORCER_KAFKA_BOOTSTRAP": kafka_bootstrap, "ENFORCER_APP_ID": prefix,
        "ENFORCER_TOPIC_REQUESTS": f"{prefix}.requests", "ENFORCER_TOPIC_DECISIONS": f"{prefix}.decisions",
        "ENFORCER_TOPIC_DECISIONS_SHADOW": f"{prefix}.decisions.shadow", "ENFORCER_TOPIC_DLQ": f"{prefix}.dlq",
        "ENFORCER_RULES_DIR": str(WORKER_RULES), "ENFORCER_STORE": "memory://",
        "ENFORCER_STATE_DIR": str(tmp_path / "state"), "ENFORCER_SESSION_TIMEOUT_S": "6",
        "ENFORCER_COMMIT_INTERVAL_S": "1", "ENFORCER_OBS_PORT": str(port), "ENFORCER_OBS_INTERVAL_S": "1",
        "ENFORCER_LOG_FORMAT": "json",
    })
    log = tmp_path / "worker.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "enforcer", "worker", "--web-port", str(free_port())],
                                cwd=REPO, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        # Ready (partitions assigned, rules loaded) per its own /readyz, then traffic.
        deadline = time.monotonic() + WORKER_READY_S
        while True:
            assert proc.poll() is None, f"worker exited ({proc.returncode}):\n{log.read_text()[-4000:]}"
            try:
                if http_get(f"http://127.0.0.1:{port}/readyz", timeout=1)[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, f"worker not ready in {WORKER_READY_S}s:\n{log.read_text()[-4000:]}"
            time.sleep(0.5)
        events = tmp_path / "events.jsonl"
        events.write_bytes(_worker_events("acct-prom"))
        produced = subprocess.run([sys.executable, "-m", "enforcer", "produce", str(events)], cwd=REPO, env=env,
                                  stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False)
        assert produced.returncode == 0, produced.stderr
        yield ScrapeTarget(f"127.0.0.1:{port}", {
            'enforcer_events_total{job="enforcer",result="ok"}': 12,
            'enforcer_events_total{job="enforcer",result="invalid"}': 1,
            'enforcer_dlq_records_total{job="enforcer",reason="not_json"}': 1,
            'enforcer_decisions_total{job="enforcer",rule="burst",action="throttle",mode="enforce"}': 1,
            'enforcer_decisions_total{job="enforcer",rule="watch-burst",action="challenge",mode="shadow"}': 1,
            'enforcer_event_to_decision_seconds_count{job="enforcer"}': 2,
            'enforcer_rule_evaluation_seconds_count{job="enforcer"}': 12,
            f'enforcer_assigned_partitions{{job="enforcer",topic="{prefix}.requests"}}': 6,
            f'enforcer_consumer_lag_records{{job="enforcer",topic="{prefix}.requests"}}': 0,
            'enforcer_worker_ready{job="enforcer"}': 1,
            'enforcer_rules_loaded{job="enforcer"}': 3,
            'up{job="enforcer"}': 1,
        })
    finally:
        stop_pid(proc, timeout=45)


@contextmanager
def _prometheus(prometheus_bin: str, target: ScrapeTarget, tmp_path: Path) -> Iterator[str]:
    config = {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(ALERTS)],
        "scrape_configs": [{"job_name": "enforcer", "static_configs": [{"targets": [target.address]}]}],
    }
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    log = (tmp_path / "prometheus.log").open("w")
    proc = subprocess.Popen(
        [prometheus_bin, f"--config.file={tmp_path / 'prometheus.yml'}", f"--storage.tsdb.path={tmp_path / 'data'}",
         f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
        cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            assert proc.poll() is None, f"prometheus exited: {(tmp_path / 'prometheus.log').read_text()[-3000:]}"
            try:
                if http_get(url + "/-/ready", timeout=1)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            pytest.fail(f"prometheus not ready in {START_TIMEOUT_S}s: {(tmp_path / 'prometheus.log').read_text()[-3000:]}")
        yield url
    finally:
        stop_pid(proc)
        log.close()


@pytest.fixture
def prometheus(prometheus_bin: str, scrape_target: ScrapeTarget, tmp_path: Path) -> Iterator[str]:
    """A Prometheus on 127.0.0.1 scraping scrape_target every second; yields its base URL."""
    with _prometheus(prometheus_bin, scrape_target, tmp_path) as url:
        yield url


@pytest.fixture
def prometheus_on_worker(prometheus_bin: str, worker_target: ScrapeTarget, tmp_path: Path) -> Iterator[str]:
    """A Prometheus on 127.0.0.1 scraping a running worker every second."""
    with _prometheus(prometheus_bin, worker_target, tmp_path) as url:
        yield url


def query(base: str, promql: str) -> list[dict]:
    status, body = http_get(f"{base}/api/v1/query?{urllib.parse.urlencode({'query': promql})}")
    assert status == 200, body
    data = json.loads(body)
    assert data["status"] == "success", data
    return data["data"]["result"]


def test_prometheus_scrapes_the_obs_endpoint(prometheus: str, scrape_target: ScrapeTarget):
    # Bounded wait for the first successful scrape.
    deadline = time.monotonic() + SCRAPE_TIMEOUT_S
    result: list[dict] = []
    while time.monotonic() < deadline:
        result = query(prometheus, 'enforcer_events_total{job="enforcer"}')
        if result:
            break
        time.sleep(0.5)
    assert result, f"no enforcer_events_total scraped from {scrape_target.address} within {SCRAPE_TIMEOUT_S}s"

    for promql, want in scrape_target.expected.items():
        res = query(prometheus, promql)
        assert len(res) == 1, f"{promql}: {res}"
        assert float(res[0]["value"][1]) == want, f"{promql}: got {res[0]['value'][1]}, want {want}"

    status, body = http_get(prometheus + "/api/v1/targets")
    (target,) = json.loads(body)["data"]["activeTargets"]
    assert target["health"] == "up" and target["scrapeUrl"] == f"http://{scrape_target.address}/metrics"

    # alerts.yml loads into a real server and evaluates cleanly against real series.
    deadline = time.monotonic() + SCRAPE_TIMEOUT_S
    while time.monotonic() < deadline:
        status, body = http_get(prometheus + "/api/v1/rules")
        rules = [r for g in json.loads(body)["data"]["groups"] for r in g["rules"]]
        if rules and all(r.get("lastEvaluation", "").startswith("20") for r in rules):
            break
        time.sleep(0.5)
    assert {g["name"] for g in json.loads(body)["data"]["groups"]} == {
        "enforcer.availability", "enforcer.stream", "enforcer.rules"}
    assert all(r["health"] == "ok" for r in rules), [(r["name"], r.get("lastError")) for r in rules]
    firing = {r["name"] for r in rules if r["state"] == "firing"}
    assert not firing & {"EnforcerWorkerDown", "EnforcerWorkersAbsent"}


def test_prometheus_scrapes_a_running_worker(prometheus_on_worker: str, worker_target: ScrapeTarget):
    """The worker's own series, through Prometheus' HTTP API, once it has processed the events."""
    prom = prometheus_on_worker
    want = worker_target.expected
    deadline = time.monotonic() + SCRAPE_TIMEOUT_S
    got: dict[str, list[dict]] = {}
    while time.monotonic() < deadline:
        got = {q: query(prom, q) for q in want}
        if all(len(r) == 1 and float(r[0]["value"][1]) == v for (q, v), r in zip(want.items(), got.values())):
            break
        time.sleep(1.0)
    wrong = {q: (got[q][0]["value"][1] if len(got.get(q, [])) == 1 else got.get(q), v) for q, v in want.items()
             if not (len(got.get(q, [])) == 1 and float(got[q][0]["value"][1]) == v)}
    assert not wrong, f"(query: (got, want)) after {SCRAPE_TIMEOUT_S}s: {wrong}"
    assert float(query(prom, 'sum(enforcer_events_total{job="enforcer"})')[0]["value"][1]) > 0
