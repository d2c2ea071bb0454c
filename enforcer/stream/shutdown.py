"""A deadline on the worker's stop.

faust stops its services one by one on SIGTERM; a stop that lands in the
middle of a rebalance or a table recovery can wait on the consumer thread
for good (faust-streaming issues #133, robinhood/faust #484 describe such
hangs). An orchestrator then SIGKILLs the worker after its grace period and
nobody learns where it was stuck. So, once a stop signal arrives, a timer
thread (it runs even if the event loop is blocked) waits `timeout_s`; if the
process is still alive then, it logs the stack of every thread and every
asyncio task, and exits with EXIT_STOP_TIMEOUT. Nothing is lost by that exit:
a batch is acked only after its sends are delivered and its table entries
written, so whatever was not committed is replayed by the next worker, and
decision ids are idempotent.

Keep `timeout_s` (ENFORCER_SHUTDOWN_TIMEOUT_S) below the orchestrator's
grace period (deploy/k8s: 60 s; deploy/docker-compose.yml: 30 s).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import traceback
from typing import Any

import faust

log = logging.getLogger("enforcer.stream")

EXIT_STOP_TIMEOUT = 70  # EX_SOFTWARE: the stop itself failed


def stacks(loop: asyncio.AbstractEventLoop | None) -> str:
    """Every thread's stack, then every pending task of `loop` (read from
    another thread: a best-effort snapshot, which is all a post-mortem needs)."""
    names = {t.ident: t.name for t in threading.enumerate()}
    me = threading.get_ident()
    parts = []
    for ident, frame in sys._current_frames().items():
        if ident != me:  # the deadline's own thread says nothing about the stop
            parts.append(f"thread {names.get(ident, ident)}:\n{''.join(traceback.format_stack(frame))}")
    if loop is not None:
        try:
            tasks = list(asyncio.all_tasks(loop))
        except RuntimeError:  # the set changed while it was copied
            tasks = []
        for task in tasks:
            frames = task.get_stack(limit=8)
            where = "".join(traceback.format_list(traceback.extract_stack(frames[-1]) if frames else []))
            parts.append(f"task {task.get_name()} {task.get_coro()!r}:\n{where}")
    return "\n".join(parts)


class StopDeadline:
    """Armed once, by the first stop signal; fires at most once."""

    def __init__(self, timeout_s: float, loop: asyncio.AbstractEventLoop | None = None,
                 exit_fn: Any = os._exit) -> None:
        self.timeout_s = timeout_s
        self.loop = loop
        self._exit = exit_fn
        self._timer: threading.Timer | None = None

    def arm(self) -> None:
        if self._timer is None and self.timeout_s > 0:
            self._timer = threading.Timer(self.timeout_s, self._fire)
            self._timer.daemon = True  # never what keeps the process alive
            self._timer.name = "stop-deadline"
            self._timer.start()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def _fire(self) -> None:
        log.critical("the worker did not stop within %g s of the stop signal; exiting with %d without a "
                     "clean stop (uncommitted records are replayed by the next worker). Where it was:\n%s",
                     self.timeout_s, EXIT_STOP_TIMEOUT, stacks(self.loop))
        logging.shutdown()
        self._exit(EXIT_STOP_TIMEOUT)


class Worker(faust.Worker):
    """faust's Worker with a deadline on the stop that a signal starts."""

    def __init__(self, *services: Any, stop_timeout_s: float, **kwargs: Any) -> None:
        super().__init__(*services, **kwargs)
        self.stop_deadline = StopDeadline(stop_timeout_s)

    def _schedule_shutdown(self, signal: Any) -> None:
        self.stop_deadline.loop = self.loop  # called on the loop: this is the one to inspect
        self.stop_deadline.arm()
        super()._schedule_shutdown(signal)
