"""Hot reload of the rules directory in the running worker, all-or-nothing.

    reloader = install(app, proc, settings)   # in create_app: the only hook

- watches: polls the rule files every `poll_s` seconds (ENFORCER_RULES_POLL_S,
  default 2) and reloads once a change has settled (the same signature on two
  polls in a row, so a file caught half-written is not even tried). The
  signature is each file's name and content hash: rule directories are a few
  KiB, and unlike mtimes a hash sees every edit (coarse file-system clocks,
  `cp -p`, ConfigMap symlink swaps);
- SIGHUP reloads at once, changed or not;
- a rejected directory (RuleSetError) changes nothing: the last good RuleSet
  stays live, every error is logged with file:line, and
  enforcer_rule_reloads_total{result="failure"} counts it. The same broken
  files are not retried until they change again (or SIGHUP);
- an accepted one goes live on every partition engine (`Engine.set_rules`:
  windows, groups, offences and active decisions are kept) and on the
  Processor, for engines created later.

The same loop exports the engines' exception-hit counters to
enforcer_exception_hits_total, and `install` registers the GET
/explain/{account} provider of the obs server.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import signal
import weakref
from collections.abc import Iterable, MutableMapping
from pathlib import Path
from typing import Any

from enforcer.obs import metrics as m
from enforcer.rules.compiled import RuleSet
from enforcer.rules.loader import RuleSetError, load_rules, rule_files

log = logging.getLogger("enforcer.rules")

DEFAULT_POLL_S = 2.0


def export_exception_hits(engines: Iterable[Any], metrics: Any, seen: MutableMapping) -> None:
    """Add each engine's exception hits since the last call to the metric
    (`seen`: engine -> counts already exported)."""
    for eng in engines:
        last = seen.setdefault(eng, {})
        for rule, n in eng.exception_hits.items():
            delta = n - last.get(rule, 0)
            if delta > 0:
                metrics.exception_hits.labels(rule).inc(delta)
                last[rule] = n


class RulesReloader:
    """`target` is the worker's Processor (anything with `.rules` and
    `.engines`: partition -> Engine)."""

    def __init__(self, directory: str | Path, target: Any, *, dry_run: bool = False, poll_s: float = DEFAULT_POLL_S,
                 metrics: Any = None):
        self.directory = Path(directory)
        self.target = target
        self.dry_run = dry_run
        self.poll_s = poll_s
        self.metrics = metrics if metrics is not None else m.METRICS
        self.applied = self.signature()  # what the live rules were loaded from
        self._seen = self.applied  # the last signature polled
        self._rejected: tuple | None = None
        self._hup = False
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._hits: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engines come and go
        self.reloads = self.failures = 0

    @property
    def rules(self) -> RuleSet:
        return self.target.rules

    def signature(self) -> tuple:
        try:
            files = rule_files(self.directory)
        except OSError as exc:
            return (("<error>", str(exc)),)
        out = []
        for p in files:
            try:
                data = p.read_bytes()
            except OSError:
                continue  # removed between the listing and the read: the next poll sees it
            out.append((p.name, hashlib.blake2b(data, digest_size=16).digest()))
        return tuple(out)

    def poll(self) -> RuleSet | None:
        """One look at the directory; reloads when a change has settled."""
        sig = self.signature()
        settled = sig == self._seen
        self._seen = sig
        if not settled or sig == self.applied or sig == self._rejected:
            return None
        return self.reload("files changed", sig)

    def reload(self, why: str, sig: tuple | None = None) -> RuleSet | None:
        sig = sig if sig is not None else self.signature()
        try:
            new = load_rules(self.directory)
        except RuleSetError as exc:
            self.failures += 1
            self._rejected = sig
            for err in exc.errors:
                log.error("rules reload rejected (%s): %s", why, err)
            log.error("rules reload rejected: %d error(s); keeping the live rules (digest %s, %d rule(s))",
                      len(exc.errors), self.rules.digest, len(self.rules.rules))
            self.metrics.on_rules_reload_failed()
            return None
        self.applied, self._rejected = sig, None
        old = self.rules
        self.target.rules = new
        for eng in list(self.target.engines.values()):
            eng.set_rules(new)
        self.reloads += 1
        self.metrics.on_rules_reloaded(new, dry_run=self.dry_run)
        log.info("rules reloaded (%s): %d rule(s), digest %s -> %s", why, len(new.rules), old.digest, new.digest)
        return new

    def tick(self) -> None:
        """What the loop does every poll_s (and on SIGHUP)."""
        if self._hup:
            self._hup = False
            self.reload("SIGHUP")
        else:
            self.poll()
        export_exception_hits(list(self.target.engines.values()), self.metrics, self._hits)

    # -- signals and the loop ----------------------------------------------
    def install_sighup(self) -> bool:
        """SIGHUP -> reload. A plain signal handler (main thread only), so it is
        in place before the event loop runs; it only sets a flag and wakes the loop."""
        try:
            signal.signal(signal.SIGHUP, self._on_hup)
        except ValueError:  # not the main thread
            return False
        return True

    def _on_hup(self, signum: int, frame: Any) -> None:
        self._hup = True
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        log.info("rules: watching %s every %gs (SIGHUP reloads now); live digest %s", self.directory, self.poll_s,
                 self.rules.digest)
        try:
            while True:
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=self.poll_s)
                except asyncio.TimeoutError:
                    pass
                self._wake.clear()
                try:
                    self.tick()
                except Exception:  # a bug here must not stop the watcher (or the worker)
                    log.exception("rules watcher tick failed")
        finally:
            self._loop = None


def install(app: Any, proc: Any, settings: Any) -> RulesReloader:
    """Wire hot reload, exception-hit export and /explain into a faust app."""
    from enforcer.core.explain import live_explainer
    from enforcer.obs.http import set_explain_provider

    poll_s = float(os.environ.get("ENFORCER_RULES_POLL_S") or DEFAULT_POLL_S)
    reloader = RulesReloader(settings.rules_dir, proc, dry_run=settings.dry_run, poll_s=poll_s)
    reloader.install_sighup()

    async def rules_watcher() -> None:
        await reloader.run()

    app.task(rules_watcher)
    set_explain_provider(live_explainer(lambda: proc.engines))
    return reloader
