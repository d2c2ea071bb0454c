"""The stop deadline: a worker whose stop hangs logs where, then exits 70."""

from __future__ import annotations

import asyncio
import logging
import signal
import threading

import faust
import pytest

from enforcer.stream.shutdown import EXIT_STOP_TIMEOUT, StopDeadline, Worker


def test_a_hung_stop_logs_the_stuck_task_and_exits(caplog: pytest.LogCaptureFixture) -> None:
    exited = threading.Event()
    codes: list[int] = []

    def fake_exit(code: int) -> None:
        codes.append(code)
        exited.set()

    async def stuck_in_revoke() -> None:
        await asyncio.sleep(30)

    async def main() -> None:
        task = asyncio.get_running_loop().create_task(stuck_in_revoke(), name="revoke")
        deadline = StopDeadline(0.2, asyncio.get_running_loop(), exit_fn=fake_exit)
        deadline.arm()
        deadline.arm()  # a second signal does not start a second timer
        await asyncio.sleep(0)
        assert exited.wait(5)  # blocks the loop, as a hung stop can: the timer thread fires anyway
        task.cancel()

    with caplog.at_level(logging.CRITICAL, logger="enforcer.stream"):
        asyncio.run(main())
    assert codes == [EXIT_STOP_TIMEOUT]
    text = caplog.text
    assert "did not stop within" in text
    assert "task revoke" in text and "stuck_in_revoke" in text  # the task and where it waits
    assert "thread MainThread" in text


def test_a_clean_stop_cancels_the_deadline() -> None:
    codes: list[int] = []
    deadline = StopDeadline(0.1, None, exit_fn=codes.append)
    deadline.arm()
    deadline.cancel()
    threading.Event().wait(0.3)
    assert codes == []


def test_zero_disables_it() -> None:
    deadline = StopDeadline(0.0, None, exit_fn=lambda code: None)
    deadline.arm()
    assert deadline._timer is None


def test_the_worker_arms_it_on_a_stop_signal() -> None:
    app = faust.App("stop-deadline-test", broker="kafka://127.0.0.1:1", web_enabled=False, store="memory://")
    worker = Worker(app, stop_timeout_s=60, loglevel="warning", quiet=True, override_logging=False)
    assert worker.stop_deadline._timer is None

    async def signal_then_stop() -> None:
        worker._schedule_shutdown(signal.SIGTERM)
        assert worker.stop_deadline._timer is not None and worker.stop_deadline._timer.is_alive()
        worker.stop_deadline.cancel()
        await asyncio.wait_for(worker._signal_stop_future, 30)

    worker.loop.run_until_complete(signal_then_stop())
