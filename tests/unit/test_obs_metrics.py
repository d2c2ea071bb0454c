"""enforcer/obs: metric naming conventions, bounded labels, the per-rule series,
the hooks against a real Engine, and the obs HTTP server (/metrics, /healthz,
/readyz) bound to 127.0.0.1."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.core.engine import Engine
from enforcer.obs import metrics as obs_metrics
from enforcer.obs.http import ObsServer, ReadyStatus, WorkerReadiness
from enforcer.obs.metrics import DLQ_REASONS, INVALID_REASONS, Metrics
from enforcer.rules.loader import load_rules

REPO = Path(__file__).resolve().parents[2]
SHADOW_GOLDEN = REPO / "tests" / "golden" / "two_accounts_ratio_shadow"

# Label names that would carry unbounded, personal values.
FORBIDDEN_LABEL_TOKENS = {"account", "accounts", "ip", "user", "users", "id", "key", "email", "device", "org",
                          "fingerprint", "asn", "prompt", "agent", "event", "decision"}
BASE_UNIT_WORDS = {"seconds", "bytes", "records", "ratio", "info", "total"}
NON_BASE_UNITS = re.compile(r"_(ms|milliseconds|microseconds|us|ns|minutes|hours|kb|mb|gb|kilobytes|megabytes|percent)(_|$)")


def fresh() -> Metrics:
    return Metrics(CollectorRegistry())


def families(m: Metrics) -> list[Any]:
    return list(m.registry.collect())


def sample(m: Metrics, name: str, **labels: str) -> float | None:
    return m.registry.get_sample_value(name, labels)


# -- conventions ------------------------------------------------------------------------
def test_names_follow_conventions():
    m = fresh()
    fams = families(m)
    assert len(fams) >= 20
    for fam in fams:
        assert fam.name.startswith("enforcer_"), fam.name
        assert re.fullmatch(r"[a-z][a-z0-9_]*", fam.name), fam.name
        assert not NON_BASE_UNITS.search(fam.name), f"{fam.name}: use base units (_seconds, _bytes)"
        if fam.type == "counter":
            assert all(s.name.endswith("_total") for s in fam.samples), fam.name
        else:
            assert not fam.name.endswith("_total"), f"{fam.name}: only counters end in _total"
        if fam.type == "histogram":
            assert fam.name.endswith(("_seconds", "_bytes")), f"{fam.name}: histograms observe a base unit"
        for word in ("seconds", "bytes"):
            if word in fam.name.split("_"):
                assert fam.name.endswith(f"_{word}") or fam.type == "counter", f"{fam.name}: unit goes last"
        assert fam.documentation, f"{fam.name}: help text missing"


def test_documented_table_lists_every_metric():
    doc = obs_metrics.__doc__ or ""
    documented = set(re.findall(r"^\| (enforcer_[a-z0-9_]+) \|", doc, re.M))
    for fam in families(fresh()):
        if fam.name.startswith("enforcer_process_"):
            continue  # the standard process collector, documented as enforcer_process_*
        exported = fam.name + "_total" if fam.type == "counter" else fam.name
        assert exported in documented, f"{exported} missing from the docstring table of enforcer/obs/metrics.py"


def test_no_unbounded_label_names():
    m = fresh()
    m.on_rules_loaded(load_rules(REPO / "rules"))
    for fam in families(m):
        for s in fam.samples:
            for label in s.labels:
                if label == "le":
                    continue
                tokens = set(label.split("_"))
                assert not tokens & FORBIDDEN_LABEL_TOKENS, f"{fam.name}: label {label!r} looks unbounded"


def test_metrics_module_uses_a_dedicated_registry():
    import prometheus_client

    assert obs_metrics.REGISTRY is not prometheus_client.REGISTRY
    assert prometheus_client.REGISTRY.get_sample_value("enforcer_events_total", {"result": "ok"}) is None
    assert obs_metrics.REGISTRY.get_sample_value("enforcer_events_total", {"result": "ok"}) is not None


# -- rules ---------------------------------------------------------------------------------
def test_every_rule_series_exists_after_on_rules_loaded():
    m = fresh()
    rs = load_rules(REPO / "rules")
    assert sample(m, "enforcer_rules_loaded") == 0
    m.on_rules_loaded(rs)
    assert sample(m, "enforcer_rules_loaded") == len(rs.rules) > 0
    for r in rs.rules:
        for action in (r.action.value, "lift"):
            v = sample(m, "enforcer_decisions_total", rule=r.name, action=action, mode=r.mode.value, scope=r.scope)
            assert v == 0.0, f"series for {r.name}/{action} missing"
        assert sample(m, "enforcer_exception_hits_total", rule=r.name) == 0.0
    assert sample(m, "enforcer_rule_reloads_total", result="success") == 0.0
    assert sample(m, "enforcer_rule_reloads_total", result="failure") == 0.0


def test_shadow_and_dry_run_series_and_reload_counters():
    m = fresh()
    rs = load_rules(SHADOW_GOLDEN / "rules")
    modes = {r.name: r.mode.value for r in rs.rules}
    assert set(modes.values()) == {"shadow", "enforce"}
    m.on_rules_loaded(rs)
    for r in rs.rules:
        assert sample(m, "enforcer_decisions_total", rule=r.name, action=r.action.value, mode=modes[r.name],
                      scope="account") == 0.0
    m.on_rules_reloaded(rs, dry_run=True)
    for r in rs.rules:
        assert sample(m, "enforcer_decisions_total", rule=r.name, action=r.action.value, mode="shadow",
                      scope="account") == 0.0
    m.on_rules_reload_failed()
    m.on_rules_reload_failed()
    assert sample(m, "enforcer_rule_reloads_total", result="success") == 1.0
    assert sample(m, "enforcer_rule_reloads_total", result="failure") == 2.0
    assert sample(m, "enforcer_rules_loaded_timestamp_seconds") == pytest.approx(time.time(), abs=60)


# -- hooks against the real engine ------------------------------------------------------------
def _run_golden() -> tuple[Engine, list[Any]]:
    eng = Engine(load_rules(SHADOW_GOLDEN / "rules"))
    decisions = []
    for line in (SHADOW_GOLDEN / "events.jsonl").read_bytes().splitlines():
        if line.strip():
            decisions.extend(eng.process(parse_event(line)).decisions)
    return eng, decisions


def test_decisions_counted_by_rule_action_mode_scope_and_latency_observed():
    m = fresh()
    eng, decisions = _run_golden()
    assert decisions, "the golden scenario should produce decisions"
    m.on_rules_loaded(eng.rules)
    now = time.time()
    for d in decisions:
        m.on_decisions_published([d], record_timestamp_ms=int((now - 0.25) * 1000), now=now)
    for (rule, action, mode), n in eng.decision_counts.items():
        assert sample(m, "enforcer_decisions_total", rule=rule, action=action, mode=mode, scope="account") == n
    lifts = sum(1 for d in decisions if d.action.value == "lift")
    non_lifts = len(decisions) - lifts
    assert sample(m, "enforcer_event_to_decision_seconds_count") == non_lifts
    assert sample(m, "enforcer_event_to_decision_seconds_sum") == pytest.approx(0.25 * non_lifts, abs=0.002 * non_lifts)
    # faust gives Message.timestamp in seconds
    m.on_decisions_published(decisions[:1], record_timestamp_s=now - 2.0, now=now)
    assert sample(m, "enforcer_event_to_decision_seconds_bucket", le="2.5") >= 1


def test_update_state_sums_engines_and_counts_evictions():
    m = fresh()
    eng, _ = _run_golden()
    eng2 = Engine(eng.rules)
    m.update_state([eng, eng2])
    assert sample(m, "enforcer_state_accounts") == len(eng.accounts) > 0
    assert sample(m, "enforcer_state_bytes") == eng.accounts.nbytes() > 0
    assert sample(m, "enforcer_state_active_decisions") == len(eng.book)
    eng.accounts.evicted_capacity += 3
    m.update_state([eng, eng2])
    m.update_state([eng, eng2])  # no new evictions: no double counting
    assert sample(m, "enforcer_state_evictions_total", reason="capacity") == 3


def test_invalid_reasons_become_bounded_kinds():
    m = fresh()
    raws = [b"not json", b"[1]", b"{}", b'{"event_id":"e","ts":"x","account_id":"a","prompt_tokens":-1,"completion_tokens":1}',
            b'{"event_id":"","ts":1,"account_id":"a","prompt_tokens":1,"completion_tokens":1}']
    kinds = []
    for raw in raws:
        with pytest.raises(InvalidEvent) as exc:
            parse_event(raw)
        kinds.append(m.on_event_invalid(exc.value.reason))
    assert kinds == ["not_json", "not_object", "missing_field", "bad_value", "bad_value"]
    assert m.on_event_invalid("empty record (null value)") == "empty"
    assert m.on_event_invalid("acct-123 sent something weird from 10.0.0.1") == "other"
    assert sample(m, "enforcer_events_total", result="invalid") == len(raws) + 2
    assert m.on_dead_letter("late event: 400000 ms behind its account's clock") == "late"
    assert m.on_dead_letter("engine error: KeyError") == "engine_error"
    assert m.on_dead_letter("<record>: Invalid JSON: expected value") == "not_json"
    for fam in families(m):
        if fam.name == "enforcer_events_invalid":
            assert {s.labels["reason"] for s in fam.samples} == set(INVALID_REASONS)
        if fam.name == "enforcer_dlq_records":
            assert {s.labels["reason"] for s in fam.samples} == set(DLQ_REASONS)
    with pytest.raises(ValueError):
        m.on_event("acct-123")


def test_consumer_lag_is_summed_per_topic():
    m = fresh()
    m.set_consumer_lag("enforcer.requests", {0: 10, 3: 5, 4: -1, 5: None})
    assert sample(m, "enforcer_consumer_lag_records", topic="enforcer.requests") == 15
    m.set_consumer_lag("enforcer.requests", [1, 2])
    assert sample(m, "enforcer_consumer_lag_records", topic="enforcer.requests") == 3
    m.set_consumer_lag("enforcer.requests", 7)
    assert sample(m, "enforcer_consumer_lag_records", topic="enforcer.requests") == 7
    m.on_exception_hit("request-flood")
    assert sample(m, "enforcer_exception_hits_total", rule="request-flood") == 1


# -- HTTP -------------------------------------------------------------------------------------
async def _get(session: aiohttp.ClientSession, url: str, **kw: Any) -> tuple[int, str, str]:
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=10), **kw) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), await resp.text()


def _serve(test, **kw: Any) -> Any:
    async def main() -> Any:
        m = kw.pop("metrics", None) or fresh()
        server = ObsServer("127.0.0.1", 0, metrics=m, **kw)
        await server.start()
        try:
            assert server.host == "127.0.0.1" and server.port > 0
            async with aiohttp.ClientSession() as session:
                return await test(server, session, m)
        finally:
            await server.stop()

    return asyncio.run(main())


def test_metrics_endpoint_serves_the_registry():
    async def t(server: ObsServer, s: aiohttp.ClientSession, m: Metrics) -> None:
        m.on_rules_loaded(load_rules(REPO / "rules"))
        m.on_event("ok")
        m.on_event("ok")
        status, ctype, body = await _get(s, server.url + "/metrics")
        assert status == 200 and ctype.startswith("text/plain")
        fams = {f.name: f for f in text_string_to_metric_families(body)}
        assert "enforcer_events" in fams and "enforcer_decisions" in fams
        ok = [x for x in fams["enforcer_events"].samples if x.labels == {"result": "ok"}]
        assert ok[0].value == 2
        assert "enforcer_worker_up 1.0" in body
        status, ctype, body = await _get(s, server.url + "/metrics",
                                         headers={"Accept": "application/openmetrics-text; version=1.0.0"})
        assert status == 200 and ctype.startswith("application/openmetrics-text") and body.rstrip().endswith("# EOF")

    _serve(t)


def test_healthz_and_liveness():
    state = {"alive": True}

    async def t(server: ObsServer, s: aiohttp.ClientSession, m: Metrics) -> None:
        status, ctype, body = await _get(s, server.url + "/healthz")
        assert status == 200 and ctype == "application/json" and '"ok"' in body
        state["alive"] = False
        status, _, body = await _get(s, server.url + "/healthz")
        assert status == 503 and "liveness" in body

    _serve(t, liveness=lambda: state["alive"])


def test_readyz_needs_partitions_and_rules():
    readiness = WorkerReadiness()

    async def t(server: ObsServer, s: aiohttp.ClientSession, m: Metrics) -> None:
        import json

        status, ctype, body = await _get(s, server.url + "/readyz")
        assert status == 503 and ctype == "application/json"
        assert json.loads(body)["reasons"] == ["no partitions assigned", "rules not loaded"]
        readiness.set_rules_loaded(True)
        status, _, body = await _get(s, server.url + "/readyz")
        assert status == 503 and json.loads(body)["reasons"] == ["no partitions assigned"]
        readiness.set_partitions_assigned(3)
        status, _, body = await _get(s, server.url + "/readyz")
        assert status == 200 and json.loads(body) == {"ready": True, "partitions_assigned": 3, "rules_loaded": True}
        readiness.set_partitions_assigned(0)  # revoked during a rebalance
        status, _, _ = await _get(s, server.url + "/readyz")
        assert status == 503

    _serve(t, readiness=readiness)


def test_readyz_other_readiness_shapes_and_failures():
    async def ready_async() -> ReadyStatus:
        return ReadyStatus(2, True)

    def broken() -> ReadyStatus:
        raise RuntimeError("boom")

    async def t_async(server: ObsServer, s: aiohttp.ClientSession, m: Metrics) -> None:
        assert (await _get(s, server.url + "/readyz"))[0] == 200

    async def t_mapping(server: ObsServer, s: aiohttp.ClientSession, m: Metrics) -> None:
        assert (await _get(s, server.url + "/readyz"))[0] == 503

    async def t_broken(server: ObsServer, s: aiohttp.ClientSession, m: Metrics) -> None:
        status, _, body = await _get(s, server.url + "/readyz")
        assert status == 503 and "RuntimeError" in body and "boom" not in body

    async def t_none(server: ObsServer, s: aiohttp.ClientSession, m: Metrics) -> None:
        status, _, body = await _get(s, server.url + "/readyz")
        assert status == 503 and "no readiness check" in body

    _serve(t_async, readiness=ready_async)
    _serve(t_mapping, readiness=lambda: {"partitions_assigned": 1, "rules_loaded": False})
    _serve(t_broken, readiness=broken)
    _serve(t_none)


def test_heartbeat_keeps_ready_gauge_and_loop_lag_current_and_stop_marks_down():
    readiness = WorkerReadiness()
    m = fresh()

    async def t(server: ObsServer, s: aiohttp.ClientSession, mm: Metrics) -> None:
        assert sample(mm, "enforcer_worker_up") == 1
        readiness.set_rules_loaded(True)
        readiness.set_partitions_assigned(1)
        for _ in range(100):  # bounded: 100 x 20 ms
            if sample(mm, "enforcer_worker_ready") == 1:
                break
            await asyncio.sleep(0.02)
        assert sample(mm, "enforcer_worker_ready") == 1
        assert sample(mm, "enforcer_event_loop_lag_seconds") is not None

    _serve(t, readiness=readiness, metrics=m, heartbeat_s=0.02)
    assert sample(m, "enforcer_worker_up") == 0
    assert sample(m, "enforcer_worker_ready") == 0


def test_server_defaults_to_loopback(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ENFORCER_OBS_HOST", raising=False)
    monkeypatch.delenv("ENFORCER_OBS_PORT", raising=False)
    server = ObsServer(metrics=fresh())
    assert (server.host, server.requested_port) == ("127.0.0.1", 9464)
    monkeypatch.setenv("ENFORCER_OBS_PORT", "19464")
    assert ObsServer(metrics=fresh()).requested_port == 19464
