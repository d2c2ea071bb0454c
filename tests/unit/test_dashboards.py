"""The Grafana dashboard and the Prometheus alerts use only metrics the worker
exports, and the alert rules pass `promtool check rules` and behave as intended
(`promtool test rules` on synthetic series).

promtool comes from Debian's `prometheus` package; if it is missing the test
installs it with deploy/tools/install-prometheus and fails (never skips) if it
cannot.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from enforcer.obs.metrics import METRICS

REPO = Path(__file__).resolve().parents[2]
DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "enforcer.json"
DATASOURCES = REPO / "deploy" / "grafana" / "provisioning" / "datasources" / "prometheus.yml"
ALERTS = REPO / "deploy" / "prometheus" / "alerts.yml"
PROMETHEUS_YML = REPO / "deploy" / "prometheus" / "prometheus.yml"
INSTALL = REPO / "deploy" / "tools" / "install-prometheus"

# Identifiers that are PromQL syntax, not metric names.
KEYWORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "and", "or", "unless",
            "inf", "nan", "atan2", "start", "end"}
# Metrics that Prometheus itself produces for every target.
PROMETHEUS_OWN = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}


# -- a small PromQL tokenizer ---------------------------------------------------------------
def metric_names(expr: str) -> set[str]:
    """Metric identifiers referenced by a PromQL expression: drops strings, label
    matchers {..}, ranges/subqueries [..], grouping clauses by(..)/without(..)/on(..),
    Grafana variables, function and aggregation calls, keywords and numbers."""
    s = re.sub(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|`[^`]*`', '""', expr)
    s = re.sub(r"\{[^{}]*\}", " ", s)
    s = re.sub(r"\[[^\[\]]*\]", " ", s)
    s = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)", " ", s)
    s = re.sub(r"\$\{?\w+\}?", " ", s)
    s = re.sub(r"\blabel_values\s*\(\s*([a-zA-Z_:][\w:]*)\s*,\s*\w+\s*\)", r" \1 ", s)
    names = set()
    for m in re.finditer(r"(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?", s):
        ident, call = m.group(1), m.group(2)
        if call or ident in KEYWORDS or ident in PROMETHEUS_OWN:
            continue
        names.add(ident)
    return names


def test_tokenizer_examples():
    assert metric_names('sum by (rule, action) (rate(enforcer_decisions_total{action!="lift",instance=~"$instance"}[$__rate_interval]))') == {"enforcer_decisions_total"}
    assert metric_names("histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))") == {"x_bucket"}
    assert metric_names('up{job="enforcer"} == 0') == set()
    assert metric_names("absent(up{job=\"e\"} == 1)") == set()
    assert metric_names("a / clamp_min(sum(rate(b[10m])), 1) > 0.01 and c > 1e3") == {"a", "b", "c"}
    assert metric_names("rate(a[1h] offset 5m) > 5 * sum without (instance) (b)") == {"a", "b"}
    assert metric_names("label_values(enforcer_build_info, instance)") == {"enforcer_build_info"}
    assert metric_names("max_over_time(a[5m:1m]) unless on (topic) b") == {"a", "b"}


# -- expressions in the files ---------------------------------------------------------------------
def _walk_panels(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for p in panels:
        yield p
        yield from _walk_panels(p.get("panels", []))


def dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def dashboard_exprs() -> list[tuple[str, str]]:
    d = dashboard()
    out = []
    for p in _walk_panels(d["panels"]):
        for t in p.get("targets", []):
            out.append((p["title"], t["expr"]))
    for v in d.get("templating", {}).get("list", []):
        q = v.get("query")
        if v.get("type") == "query":
            out.append((f"variable {v['name']}", q["query"] if isinstance(q, dict) else q))
    return out


def alert_rules() -> list[dict[str, Any]]:
    doc = yaml.safe_load(ALERTS.read_text(encoding="utf-8"))
    return [r for g in doc["groups"] for r in g["rules"]]


def exported() -> set[str]:
    names = METRICS.exported_names()
    assert "enforcer_events_total" in names and "enforcer_event_to_decision_seconds_bucket" in names
    return names


def test_dashboard_uses_only_exported_metrics():
    names = exported()
    exprs = dashboard_exprs()
    assert len(exprs) >= 20
    for where, expr in exprs:
        used = metric_names(expr)
        unknown = used - names
        assert not unknown, f"dashboard {where!r}: unknown metric(s) {sorted(unknown)} in {expr}"
        assert used or "up{" in expr, f"dashboard {where!r}: no metric found in {expr}"


def test_alerts_use_only_exported_metrics():
    names = exported()
    rules = alert_rules()
    assert rules
    for r in rules:
        unknown = metric_names(r["expr"]) - names
        assert not unknown, f"alert {r['alert']}: unknown metric(s) {sorted(unknown)}"


def test_dashboard_covers_the_operating_views():
    d = dashboard()
    titles = [p["title"].lower() for p in _walk_panels(d["panels"])]
    for want in ("throughput", "lag", "decisions by rule and action", "shadow vs enforce", "event-to-decision latency",
                 "accounts in memory", "state bytes", "reload", "dlq", "invalid events"):
        assert any(want in t for t in titles), f"no panel about {want!r}"
    (lat,) = [p for p in _walk_panels(d["panels"]) if p["title"] == "Event-to-decision latency"]
    qs = sorted(re.search(r"histogram_quantile\(([\d.]+)", t["expr"]).group(1) for t in lat["targets"])
    assert qs == ["0.5", "0.95", "0.99"]
    assert all("enforcer_event_to_decision_seconds_bucket" in t["expr"] and "by (le)" in t["expr"] for t in lat["targets"])
    ids = [p["id"] for p in _walk_panels(d["panels"])]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for p in _walk_panels(d["panels"]):
        if p["type"] != "row":
            assert p["datasource"]["uid"] == "${datasource}"
            assert {"h", "w", "x", "y"} <= set(p["gridPos"])
    ds_var = [v for v in d["templating"]["list"] if v["type"] == "datasource"][0]
    prov = yaml.safe_load(DATASOURCES.read_text(encoding="utf-8"))["datasources"][0]
    assert ds_var["current"]["value"] == prov["uid"] and prov["type"] == ds_var["query"] == "prometheus"


def test_alerts_have_for_labels_annotations():
    names = set()
    for r in alert_rules():
        assert r["alert"] not in names, f"duplicate alert {r['alert']}"
        names.add(r["alert"])
        assert re.fullmatch(r"\d+[smh]", str(r.get("for", ""))), f"{r['alert']}: needs a for: duration"
        assert r["labels"]["severity"] in ("page", "ticket")
        assert r["labels"]["service"] == "enforcer"
        assert {"summary", "description", "runbook"} <= set(r["annotations"])
        anchor = r["annotations"]["runbook"].split("#", 1)[1]
        assert anchor == r["alert"].lower()
    assert {"EnforcerConsumerLagGrowing", "EnforcerWorkerDown", "EnforcerWorkersAbsent", "EnforcerDecisionSpike",
            "EnforcerRuleReloadFailing", "EnforcerDLQGrowing"} <= names


def test_runbook_anchors_exist_in_docs():
    doc = (REPO / "docs" / "operating.md").read_text(encoding="utf-8")
    headings = {re.sub(r"[^a-z0-9 -]", "", h.strip().lower()).replace(" ", "-")
                for h in re.findall(r"^#+\s+(.+)$", doc, re.M)}
    for r in alert_rules():
        assert r["alert"].lower() in headings, f"docs/operating.md has no heading for {r['alert']}"


# -- promtool ----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        try:
            proc = subprocess.run([str(INSTALL)], capture_output=True, text=True, timeout=600,
                                  stdin=subprocess.DEVNULL, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            pytest.fail(f"promtool is missing and {INSTALL.relative_to(REPO)} could not run: {exc}", pytrace=False)
        path = shutil.which("promtool")
        if path is None:
            pytest.fail(f"promtool is missing and {INSTALL.relative_to(REPO)} failed (exit {proc.returncode}):\n"
                        f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}\n"
                        "Install Debian's `prometheus` package (apt-get install prometheus).", pytrace=False)
    return path


def _run(argv: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                          cwd=cwd, check=False)


def test_promtool_check_rules(promtool: str):
    proc = _run([promtool, "check", "rules", str(ALERTS)])
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in proc.stdout


def test_promtool_check_config(promtool: str, tmp_path: Path):
    cfg = yaml.safe_load(PROMETHEUS_YML.read_text(encoding="utf-8"))
    cfg["rule_files"] = [str(ALERTS)]
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    proc = _run([promtool, "check", "config", str(tmp_path / "prometheus.yml")])
    assert proc.returncode == 0, proc.stdout + proc.stderr


def render_annotation(template: str, labels: dict[str, str], value: str) -> str:
    """Expand the template forms alerts.yml uses: {{ $labels.x }} and {{ $value | fn }}
    (the caller gives $value already formatted as Prometheus would print it)."""
    out = re.sub(r"\{\{\s*\$labels\.(\w+)\s*\}\}", lambda m: labels.get(m.group(1), ""), template)
    out = re.sub(r"\{\{\s*\$value(\s*\|\s*\w+)?\s*\}\}", value, out)
    assert "{{" not in out, f"unsupported template in {template!r}"
    return out


def expected(alert: str, labels: dict[str, str], value: str = "") -> dict[str, Any]:
    """exp_alerts entry: the rule's static labels plus `labels`; annotations rendered from alerts.yml."""
    (rule,) = [r for r in alert_rules() if r["alert"] == alert]
    all_labels = {**rule["labels"], **labels}
    return {"exp_labels": all_labels,
            "exp_annotations": {k: render_annotation(v, all_labels, value) for k, v in rule["annotations"].items()}}


def series(name: str, values: str, **labels: str) -> dict[str, str]:
    inner = ", ".join(f'{k}="{v}"' for k, v in labels.items())
    return {"series": f"{name}{{{inner}}}", "values": values}


W1 = {"instance": "w1:9464"}

# (input series, [(eval_time, alertname, [expected alerts])])
ALERT_CASES: list[tuple[list[dict[str, str]], list[tuple[str, str, list[dict[str, Any]]]]]] = [
    ([series("up", "1 1 0 0 0 0 0 0 0 0 0 0", job="enforcer", **W1),
      series("enforcer_worker_ready", "1x30", job="enforcer", **W1)],
     [("3m", "EnforcerWorkerDown", []),
      ("5m", "EnforcerWorkerDown", [expected("EnforcerWorkerDown", {"job": "enforcer", **W1})]),
      ("5m", "EnforcerWorkersAbsent", []),
      ("10m", "EnforcerWorkersAbsent", [expected("EnforcerWorkersAbsent", {})]),
      ("10m", "EnforcerNoReadyWorker", [])]),
    # workers scraped but none ready for 10 minutes
    ([series("enforcer_worker_ready", "1 1 0x20", job="enforcer", **W1)],
     [("8m", "EnforcerNoReadyWorker", []),
      ("15m", "EnforcerNoReadyWorker", [expected("EnforcerNoReadyWorker", {})])]),
    # one failed reload at minute 3
    ([series("enforcer_rule_reloads_total", "0 0 0 1 1 1 1", result="failure", **W1),
      series("enforcer_rule_reloads_total", "0 1 2 2 2 2 2", result="success", **W1)],
     [("2m", "EnforcerRuleReloadFailing", []),
      ("5m", "EnforcerRuleReloadFailing", [expected("EnforcerRuleReloadFailing", W1)])]),
    # 100 events/s; from minute 10 on, 5 of them/s are dead-lettered
    ([series("enforcer_events_total", "0+6000x40", result="ok", **W1),
      series("enforcer_dlq_records_total", "0x10 0+300x30", reason="not_json", **W1)],
     [("9m", "EnforcerDLQGrowing", []),
      ("35m", "EnforcerDLQGrowing", [expected("EnforcerDLQGrowing", {}, "5%")])]),
    # 1 throttle/min for two hours, then 60/min (lifts stay steady and never count)
    ([series("enforcer_decisions_total", "0+1x120 120+60x20", rule="request-flood", action="throttle",
             mode="enforce", scope="account"),
      series("enforcer_decisions_total", "0+1x140", rule="request-flood", action="lift", mode="enforce",
             scope="account")],
     [("110m", "EnforcerDecisionSpike", []),
      ("135m", "EnforcerDecisionSpike",
       [expected("EnforcerDecisionSpike", {"rule": "request-flood", "action": "throttle", "mode": "enforce"}, "60")])]),
    # lag grows by 1000 records a minute on one worker
    ([series("enforcer_consumer_lag_records", "0+1000x60", topic="enforcer.requests", **W1),
      series("enforcer_consumer_lag_records", "5x60", topic="enforcer.requests", instance="w2:9464")],
     [("15m", "EnforcerConsumerLagGrowing", []),
      ("40m", "EnforcerConsumerLagGrowing",
       [expected("EnforcerConsumerLagGrowing", {"topic": "enforcer.requests"}, "40.01k")])]),
    # p99 latency about 9.5 s: every observation lands in the (5, 10] bucket
    ([series("enforcer_event_to_decision_seconds_bucket", "0+10x40", le="5.0", **W1),
      series("enforcer_event_to_decision_seconds_bucket", "0+100x40", le="10.0", **W1),
      series("enforcer_event_to_decision_seconds_bucket", "0+100x40", le="+Inf", **W1)],
     [("10m", "EnforcerEventToDecisionSlow", []),
      ("30m", "EnforcerEventToDecisionSlow", [expected("EnforcerEventToDecisionSlow", {}, "9.944s")])]),
    ([series("enforcer_state_evictions_total", "0x10 1+1x30", reason="capacity", **W1)],
     [("10m", "EnforcerCapacityEvictions", []),
      ("35m", "EnforcerCapacityEvictions", [expected("EnforcerCapacityEvictions", {})])]),
    # 5 records lost at minute 10; records read back never fire it
    ([series("enforcer_offset_gaps_total", "0x10 5x30", topic="requests", outcome="lost", **W1),
      series("enforcer_offset_gaps_total", "0+3x40", topic="requests", outcome="read", **W1)],
     [("8m", "EnforcerRecordsLost", []),
      ("14m", "EnforcerRecordsLost", [expected("EnforcerRecordsLost", {})]),
      ("40m", "EnforcerRecordsLost", [])]),
    # one stuck episode of the group stage at minute 10
    ([series("enforcer_stage_stuck_total", "0x10 1x30", stage="group", **W1),
      series("enforcer_stage_stuck_total", "0x40", stage="account", **W1)],
     [("8m", "EnforcerStageStuck", []),
      ("13m", "EnforcerStageStuck", [expected("EnforcerStageStuck", {"stage": "group"})]),
      ("40m", "EnforcerStageStuck", [])]),
]


def test_every_alert_has_a_firing_unit_test():
    fired = {name for _, evals in ALERT_CASES for _, name, exp in evals if exp}
    assert fired == {r["alert"] for r in alert_rules()}


def test_promtool_alert_unit_tests(promtool: str, tmp_path: Path):
    doc = {
        "rule_files": [str(ALERTS)],
        "evaluation_interval": "1m",
        "tests": [{"interval": "1m", "input_series": inputs,
                   "alert_rule_test": [{"eval_time": t, "alertname": a, "exp_alerts": exp} for t, a, exp in evals]}
                  for inputs, evals in ALERT_CASES],
    }
    tests = tmp_path / "alerts_test.yml"
    tests.write_text(yaml.safe_dump(doc, sort_keys=False, width=1000), encoding="utf-8")
    proc = _run([promtool, "test", "rules", str(tests)])
    assert proc.returncode == 0, proc.stdout + proc.stderr
