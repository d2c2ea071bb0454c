"""Prometheus metrics of the enforcer worker, on a dedicated registry.

Every metric lives on ``REGISTRY`` (not prometheus_client's global default), so
``/metrics`` shows exactly what is documented here and tests can build a fresh
``Metrics(CollectorRegistry())``. The worker calls the small module-level
functions below; they never take an account id, IP or other unbounded value as
a label: free text (invalid-record reasons) is reduced to a bounded kind first.

Names are stable: dashboards (deploy/grafana) and alerts (deploy/prometheus)
depend on them, and tests/unit/test_dashboards.py checks that every name they
use is exported here.

| name | type | labels | meaning |
|---|---|---|---|
| enforcer_build_info | gauge | version, python_version | always 1 |
| enforcer_worker_up | gauge | | 1 while the worker runs, 0 once it stops |
| enforcer_worker_ready | gauge | | 1 while partitions are assigned and rules are loaded |
| enforcer_events_total | counter | result=ok,invalid,late,duplicate,error | records consumed from the requests topic (duplicate: a redelivered event_id, counted once) |
| enforcer_events_invalid_total | counter | reason=empty,not_json,not_object,missing_field,bad_value,other | invalid records by reason kind |
| enforcer_dlq_records_total | counter | reason=(invalid kinds),late,engine_error | records written to the DLQ topic |
| enforcer_decisions_total | counter | rule, action, mode, scope | decisions published (lifts included, action=lift) |
| enforcer_rule_evaluation_seconds | histogram | | time to evaluate one event against the rules (Engine.process) |
| enforcer_event_to_decision_seconds | histogram | | wall time a decision is published minus the Kafka timestamp of the record that triggered it (lifts excluded) |
| enforcer_consumer_lag_records | gauge | topic | records behind the high watermark, summed over this worker's assigned partitions |
| enforcer_assigned_partitions | gauge | topic | partitions assigned to this worker |
| enforcer_state_accounts | gauge | | accounts held in memory |
| enforcer_state_groups | gauge | scope | groups of linked accounts held in memory, by group kind |
| enforcer_state_bytes | gauge | | estimated bytes of account state held in memory |
| enforcer_state_active_decisions | gauge | | active (not yet lifted) decisions held |
| enforcer_state_evictions_total | counter | reason=idle,capacity | accounts evicted from memory (capacity evictions can change decisions) |
| enforcer_exception_hits_total | counter | rule | events a rule matched but an exception (allow-list) spared |
| enforcer_rule_reloads_total | counter | result=success,failure | rule reloads after start |
| enforcer_rules_loaded | gauge | | rules in the live rule set |
| enforcer_rules_loaded_timestamp_seconds | gauge | | unix time the live rule set was loaded |
| enforcer_event_loop_lag_seconds | gauge | | how late the obs heartbeat woke up (a blocked event loop) |
| enforcer_fetch_stalls_total | counter | topic=requests,fanout,group_obs,changelog,other | partitions re-seeked by the fetch-stall and recovery-stall watchdogs (faust-streaming/faust#629) |
| enforcer_offset_gaps_total | counter | topic, outcome=read,lost | records the consumer skipped after a rebalance: read directly and handled, or lost (no longer on the broker) |
| enforcer_stage_stuck_total | counter | stage=account,group | episodes of a stage that handled no record and ended no batch for 30 s while records waited |
| enforcer_process_* | (standard) | | CPU, resident memory, open fds, start time of the worker process |
"""

from __future__ import annotations

import platform
import time
import weakref
from collections.abc import Iterable, Mapping
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, ProcessCollector, disable_created_metrics

from enforcer import __version__

NAMESPACE = "enforcer"

EVENT_RESULTS = ("ok", "invalid", "late", "duplicate", "error")
INVALID_REASONS = ("empty", "not_json", "not_object", "missing_field", "bad_value", "other")
DLQ_REASONS = INVALID_REASONS + ("late", "engine_error")
RELOAD_RESULTS = ("success", "failure")
EVICTION_REASONS = ("idle", "capacity")

# Engine.process evaluates a handful of CEL programs: tens of microseconds.
EVALUATION_BUCKETS = (1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 0.01, 0.025, 0.1, 0.5)
# Kafka append -> decision delivered: milliseconds normally, minutes under lag.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 900.0)


# No *_created series: they double the series count and no dashboard uses them.
# (Process-wide switch of prometheus_client; the worker process is ours.)
disable_created_metrics()


STALL_TOPICS = ("requests", "fanout", "group_obs", "changelog", "other")
STAGES = ("account", "group")


def invalid_reason_kind(reason: str) -> str:
    """Bounded kind of an InvalidEvent reason (the reason text itself never becomes a label)."""
    r = reason.lower()
    if r.startswith("empty record"):
        return "empty"
    if "invalid json" in r:
        return "not_json"
    if r.startswith("<record>:"):
        return "not_object"
    if "field required" in r:
        return "missing_field"
    if "should" in r or "value error" in r or "must be" in r:
        return "bad_value"
    return "other"


def dlq_reason_kind(reason: str) -> str:
    """Bounded kind of a dead-letter reason: an invalid kind, 'late' or 'engine_error'."""
    r = reason.lower()
    if r.startswith("late event"):
        return "late"
    if r.startswith("engine error"):
        return "engine_error"
    return invalid_reason_kind(reason)


def _value(v: Any) -> str:
    return str(getattr(v, "value", v))


class Metrics:
    """All enforcer metrics, registered on one registry."""

    def __init__(self, registry: CollectorRegistry | None = None, process_collector: bool = True):
        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        if process_collector:
            ProcessCollector(namespace=NAMESPACE, registry=r)

        self.build_info = Gauge("enforcer_build_info", "Build information; always 1.",
                                ["version", "python_version"], registry=r)
        self.build_info.labels(__version__, platform.python_version()).set(1)
        self.worker_up = Gauge("enforcer_worker_up", "1 while the worker runs.", registry=r)
        self.worker_ready = Gauge("enforcer_worker_ready",
                                  "1 while partitions are assigned and rules are loaded.", registry=r)

        self.events = Counter("enforcer_events", "Records consumed from the requests topic, by result.",
                              ["result"], registry=r)
        self.events_invalid = Counter("enforcer_events_invalid", "Invalid records by reason kind.",
                                      ["reason"], registry=r)
        self.dlq_records = Counter("enforcer_dlq_records", "Records written to the dead-letter topic, by reason kind.",
                                   ["reason"], registry=r)
        self.decisions = Counter("enforcer_decisions", "Decisions published, by rule, action, mode and scope kind.",
                                 ["rule", "action", "mode", "scope"], registry=r)
        self.rule_evaluation = Histogram("enforcer_rule_evaluation_seconds",
                                         "Time to evaluate one event against the rules.",
                                         buckets=EVALUATION_BUCKETS, registry=r)
        self.event_to_decision = Histogram(
            "enforcer_event_to_decision_seconds",
            "Wall time a decision is published minus the Kafka timestamp of its triggering record.",
            buckets=LATENCY_BUCKETS, registry=r)
        self.consumer_lag = Gauge("enforcer_consumer_lag_records",
                                  "Records behind the high watermark, summed over assigned partitions.",
                                  ["topic"], registry=r)
        self.assigned_partitions = Gauge("enforcer_assigned_partitions", "Partitions assigned to this worker.",
                                         ["topic"], registry=r)
        self.state_accounts = Gauge("enforcer_state_accounts", "Accounts held in memory.", registry=r)
        self.state_groups = Gauge("enforcer_state_groups", "Groups of linked accounts held in memory, by group kind.",
                                  ["scope"], registry=r)
        self.state_bytes = Gauge("enforcer_state_bytes", "Estimated bytes of account state held in memory.",
                                 registry=r)
        self.state_active_decisions = Gauge("enforcer_state_active_decisions",
                                            "Active (not yet lifted) decisions held.", registry=r)
        self.state_evictions = Counter("enforcer_state_evictions", "Accounts evicted from memory, by reason.",
                                       ["reason"], registry=r)
        self.exception_hits = Counter("enforcer_exception_hits",
                                      "Events a rule matched but an exception spared, by rule.", ["rule"], registry=r)
        self.rule_reloads = Counter("enforcer_rule_reloads", "Rule reloads after start, by result.",
                                    ["result"], registry=r)
        self.rules_loaded = Gauge("enforcer_rules_loaded", "Rules in the live rule set.", registry=r)
        self.rules_loaded_timestamp = Gauge("enforcer_rules_loaded_timestamp_seconds",
                                            "Unix time the live rule set was loaded.", registry=r)
        self.event_loop_lag = Gauge("enforcer_event_loop_lag_seconds",
                                    "How late the obs heartbeat woke up; high values mean a blocked event loop.",
                                    registry=r)

        self.fetch_stalls = Counter("enforcer_fetch_stalls",
                                    "Partitions re-seeked by the fetch-stall watchdog, by topic role.", ["topic"],
                                    registry=r)
        self.offset_gaps = Counter("enforcer_offset_gaps",
                                   "Records the consumer skipped: read directly and handled, or lost (no longer "
                                   "on the broker).", ["topic", "outcome"], registry=r)

        self.stage_stuck = Counter("enforcer_stage_stuck",
                                   "Episodes of a stage that handled no record and ended no batch for 30 s while "
                                   "records waited.", ["stage"], registry=r)

        # Bounded label sets: pre-create so rate()/increase() see a 0 before the first hit.
        for v in STAGES:
            self.stage_stuck.labels(v)
        for v in STALL_TOPICS:
            self.fetch_stalls.labels(v)
            for outcome in ("read", "lost"):
                self.offset_gaps.labels(v, outcome)
        for v in EVENT_RESULTS:
            self.events.labels(v)
        for v in INVALID_REASONS:
            self.events_invalid.labels(v)
        for v in DLQ_REASONS:
            self.dlq_records.labels(v)
        for v in RELOAD_RESULTS:
            self.rule_reloads.labels(v)
        for v in EVICTION_REASONS:
            self.state_evictions.labels(v)
        self._evictions_seen: weakref.WeakKeyDictionary[Any, tuple[int, int]] = weakref.WeakKeyDictionary()

    # -- lifecycle -------------------------------------------------------------
    def worker_started(self) -> None:
        self.worker_up.set(1)

    def worker_stopped(self) -> None:
        self.worker_up.set(0)
        self.worker_ready.set(0)

    def set_ready(self, ready: bool) -> None:
        self.worker_ready.set(1 if ready else 0)

    # -- rules -----------------------------------------------------------------
    def on_rules_loaded(self, ruleset: Any, dry_run: bool = False) -> None:
        """A rule set went live (at start or after a reload). Pre-creates
        enforcer_decisions_total for every rule x its action x mode x scope, plus
        the rule's lift, and enforcer_exception_hits_total for every rule."""
        rules = tuple(ruleset.rules)
        for rule in rules:
            mode = "shadow" if dry_run else _value(rule.mode)
            scope = getattr(rule, "scope", "account")
            self.decisions.labels(rule.name, _value(rule.action), mode, scope)
            self.decisions.labels(rule.name, "lift", mode, scope)
            self.exception_hits.labels(rule.name)
            if scope != "account":  # a group kind: its size series exists from the start
                self.state_groups.labels(scope)
        self.rules_loaded.set(len(rules))
        self.rules_loaded_timestamp.set(time.time())

    def on_rules_reloaded(self, ruleset: Any, dry_run: bool = False) -> None:
        self.on_rules_loaded(ruleset, dry_run=dry_run)
        self.rule_reloads.labels("success").inc()

    def on_rules_reload_failed(self) -> None:
        """A reload was rejected (the previous rule set stays live)."""
        self.rule_reloads.labels("failure").inc()

    def on_exception_hit(self, rule: str) -> None:
        self.exception_hits.labels(rule).inc()

    # -- records ---------------------------------------------------------------
    def on_event(self, result: str = "ok") -> None:
        if result not in EVENT_RESULTS:
            raise ValueError(f"result must be one of {EVENT_RESULTS}, got {result!r}")
        self.events.labels(result).inc()

    def on_event_invalid(self, reason: str) -> str:
        """An invalid record (counts result=invalid and its reason kind). Returns the kind."""
        kind = invalid_reason_kind(reason)
        self.events.labels("invalid").inc()
        self.events_invalid.labels(kind).inc()
        return kind

    def on_dead_letter(self, reason: str) -> str:
        """A record was delivered to the DLQ. Returns the reason kind."""
        kind = dlq_reason_kind(reason)
        self.dlq_records.labels(kind).inc()
        return kind

    def observe_rule_evaluation(self, seconds: float) -> None:
        self.rule_evaluation.observe(seconds)

    def on_decisions_published(self, decisions: Iterable[Any], record_timestamp_ms: int | None = None, *,
                               record_timestamp_s: float | None = None, now: float | None = None) -> None:
        """Decisions were delivered. The Kafka timestamp of the record that triggered
        them, in ms (Kafka's unit) or s (faust's Message.timestamp), feeds
        enforcer_event_to_decision_seconds; lifts (expiry-driven) are not observed."""
        wall = time.time() if now is None else now
        ts = record_timestamp_s if record_timestamp_s is not None else (
            record_timestamp_ms / 1000.0 if record_timestamp_ms is not None else None)
        for d in decisions:
            action = _value(d.action)
            self.decisions.labels(d.rule, action, _value(d.mode), d.scope).inc()
            if ts is not None and ts > 0 and action != "lift":
                self.event_to_decision.observe(max(0.0, wall - ts))

    # -- consumer --------------------------------------------------------------
    def set_consumer_lag(self, topic: str, lag: Mapping[int, int | None] | Iterable[int | None] | int) -> None:
        """Lag of this worker on `topic`: an int, or per-partition lags (summed).
        None or negative per-partition values (offsets not known yet) count as 0."""
        if isinstance(lag, int):
            total = max(0, lag)
        else:
            values = lag.values() if isinstance(lag, Mapping) else lag
            total = sum(max(0, int(v)) for v in values if v is not None)
        self.consumer_lag.labels(topic).set(total)

    def set_assigned_partitions(self, topic: str, n: int) -> None:
        self.assigned_partitions.labels(topic).set(n)

    # -- state -----------------------------------------------------------------
    def update_state(self, engines: Iterable[Any]) -> None:
        """Sizes summed over the worker's engines (one per assigned partition).
        O(accounts) because of nbytes(): call it from a timer, not per record."""
        accounts = nbytes = active = 0
        for eng in engines:
            store = eng.accounts
            accounts += len(store)
            nbytes += store.nbytes()
            active += len(eng.book)
            idle, cap = getattr(store, "evicted_idle", 0), getattr(store, "evicted_capacity", 0)
            last_idle, last_cap = self._evictions_seen.get(eng, (0, 0))
            if idle > last_idle:
                self.state_evictions.labels("idle").inc(idle - last_idle)
            if cap > last_cap:
                self.state_evictions.labels("capacity").inc(cap - last_cap)
            self._evictions_seen[eng] = (idle, cap)
        self.state_accounts.set(accounts)
        self.state_bytes.set(nbytes)
        self.state_active_decisions.set(active)

    def set_state_groups(self, scope: str, n: int) -> None:
        self.state_groups.labels(scope).set(n)

    def set_event_loop_lag(self, seconds: float) -> None:
        self.event_loop_lag.set(max(0.0, seconds))

    # -- introspection (tests, docs) ----------------------------------------------
    def exported_names(self) -> set[str]:
        """Every sample name the registry exports (incl. _total/_bucket/_count/_sum), even for
        labelled families that have no series yet."""
        names: set[str] = set()
        for fam in self.registry.collect():
            names.update(s.name for s in fam.samples)
            if fam.type == "gauge":
                names.add(fam.name)
            elif fam.type == "counter":
                names.add(fam.name + "_total")
            elif fam.type == "histogram":
                names.update(fam.name + sfx for sfx in ("_bucket", "_count", "_sum"))
        return names


METRICS = Metrics()
REGISTRY = METRICS.registry

# Module-level hooks for the worker (they act on METRICS / REGISTRY).
worker_started = METRICS.worker_started
worker_stopped = METRICS.worker_stopped
set_ready = METRICS.set_ready
on_rules_loaded = METRICS.on_rules_loaded
on_rules_reloaded = METRICS.on_rules_reloaded
on_rules_reload_failed = METRICS.on_rules_reload_failed
on_exception_hit = METRICS.on_exception_hit
on_event = METRICS.on_event
on_event_invalid = METRICS.on_event_invalid
on_dead_letter = METRICS.on_dead_letter
observe_rule_evaluation = METRICS.observe_rule_evaluation
on_decisions_published = METRICS.on_decisions_published
set_consumer_lag = METRICS.set_consumer_lag
set_assigned_partitions = METRICS.set_assigned_partitions
update_state = METRICS.update_state
set_state_groups = METRICS.set_state_groups
set_event_loop_lag = METRICS.set_event_loop_lag


def on_fetch_stall(topic_role: str) -> None:
    METRICS.fetch_stalls.labels(topic_role if topic_role in STALL_TOPICS else "other").inc()


def on_stage_stuck(stage: str) -> None:
    METRICS.stage_stuck.labels(stage if stage in STAGES else "account").inc()


def on_offset_gap(topic_role: str, outcome: str, n: int = 1) -> None:
    METRICS.offset_gaps.labels(topic_role if topic_role in STALL_TOPICS else "other", outcome).inc(n)
