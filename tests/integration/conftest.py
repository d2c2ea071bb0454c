"""Fixtures for integration tests against the development Kafka broker.

``kafka_bootstrap`` reuses a broker that is already running
(``deploy/kafka/broker status`` succeeds); otherwise it starts one with
``deploy/kafka/broker start`` and stops it at session end -- only if this
session started it. Every test in tests/integration gets the ``kafka`` marker,
so ``pytest -m "not kafka"`` skips them all.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
REPO_ROOT = _HERE.parents[1]
BROKER_SCRIPT = REPO_ROOT / "deploy" / "kafka" / "broker"

# Generous: a cold start resolves the broker jars with Maven first (the script
# bounds Maven and broker startup itself; this is the outer safety net).
START_TIMEOUT_S = float(os.environ.get("ENFORCER_KAFKA_FIXTURE_START_TIMEOUT", "900"))
STOP_TIMEOUT_S = 90.0
STATUS_TIMEOUT_S = 30.0


def run_broker(command: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run ``deploy/kafka/broker <command>`` with a bounded timeout."""
    return subprocess.run(
        [str(BROKER_SCRIPT), command],
        cwd=REPO_ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "kafka: needs the real Kafka broker (deploy/kafka/broker)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # This hook sees the whole session's items: mark only those under this dir.
    for item in items:
        if _HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.kafka)


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """Bootstrap address ("127.0.0.1:PORT") of a running development broker."""
    status = run_broker("status", STATUS_TIMEOUT_S)
    if status.returncode == 0:
        yield status.stdout.strip()
        return

    try:
        started = run_broker("start", START_TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        run_broker("stop", STOP_TIMEOUT_S)
        pytest.fail(f"deploy/kafka/broker start timed out after {exc.timeout}s", pytrace=False)
    if started.returncode != 0:
        pytest.fail(
            f"deploy/kafka/broker start failed (exit {started.returncode}):\n"
            f"{started.stdout}{started.stderr}",
            pytrace=False,
        )
    try:
        status = run_broker("status", STATUS_TIMEOUT_S)
        if status.returncode != 0:
            pytest.fail(f"broker started but status failed:\n{status.stderr}", pytrace=False)
        yield status.stdout.strip()
    finally:
        run_broker("stop", STOP_TIMEOUT_S)


@pytest.fixture
def unique_topic() -> Iterator[str]:
    """A topic name no other test (or earlier run) uses."""
    yield f"t-{uuid.uuid4().hex}"
