"""Exceptions: named, owned, optionally expiring allow-list entries that spare
accounts from rules; the traffic is still counted and every hit is counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcer.contracts import Action, RequestEvent
from enforcer.core.engine import Engine, EngineConfig
from enforcer.obs.metrics import Metrics
from enforcer.rules.loader import load_rules

MIN = 60_000
RULES = """
lists:
  verified_orgs: [org-eval-team, org-partner]
rules:
  - name: busy
    description: more than 5 requests in a minute
    when: requests_1m > 5
    action: {type: throttle, rps: 1, ttl: 10m}
  - name: very-busy
    description: more than 7 requests in a minute
    when: requests_1m > 7
    action: {type: suspend, ttl: 10m}
exceptions:
  - name: eval-team-bursts
    rules: [busy]
    when: org_id in verified_orgs
    reason: the eval team runs benchmark bursts every release
    owner: trust-and-safety@example.com
    expires: 1970-01-01T01:00:00Z
"""


def ev(i: int, ts: int, account: str = "a1", **kw) -> RequestEvent:
    return RequestEvent(event_id=f"e{i}-{ts}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20, **kw)


def engine(tmp_path: Path, text: str = RULES) -> Engine:
    (tmp_path / "r.yaml").write_text(text)
    return Engine(load_rules(tmp_path), EngineConfig(allowed_lateness_ms=0))


def feed(eng: Engine, events) -> list:
    return [d for e in events for d in eng.process(e).decisions]


def test_exception_spares_only_its_rules_and_counts_every_hit(tmp_path):
    eng = engine(tmp_path)
    out = feed(eng, [ev(i, 1_000 * i, org_id="org-eval-team") for i in range(9)])
    # `busy` matched on events 6..9 and was spared each time; `very-busy` is not excepted.
    assert [(d.rule, d.action) for d in out] == [("very-busy", Action.suspend)]
    assert eng.exception_hits == {"busy": 3}
    assert eng.stats["exception_hits"] == 3
    assert eng.notes.spared["a1"] == {("eval-team-bursts", "busy"): 3}


def test_other_accounts_are_not_spared(tmp_path):
    eng = engine(tmp_path)
    out = feed(eng, [ev(i, 1_000 * i, org_id="org-other") for i in range(6)])
    assert [d.rule for d in out] == ["busy"] and not eng.exception_hits


def test_traffic_is_still_counted_and_the_exception_expires_in_event_time(tmp_path):
    eng = engine(tmp_path)
    start = 60 * MIN - 7_000
    out = feed(eng, [ev(i, start + 1_000 * i, org_id="org-eval-team") for i in range(7)])
    assert out == []  # spared until 01:00:00 ...
    out = feed(eng, [ev(99, 60 * MIN, org_id="org-eval-team")])
    # ... then the rule fires with every request counted, the spared ones included.
    assert [d.rule for d in out] == ["busy", "very-busy"] and out[0].evidence == {"requests_1m": 8}


def test_star_applies_to_every_rule(tmp_path):
    eng = engine(tmp_path, RULES.replace("rules: [busy]", "rules: '*'"))
    out = feed(eng, [ev(i, 1_000 * i, org_id="org-partner") for i in range(9)])
    assert out == [] and eng.exception_hits == {"busy": 4, "very-busy": 2}


def test_group_fan_out_spares_excepted_members_by_their_latest_attributes(tmp_path):
    eng = engine(tmp_path, """
lists:
  verified_orgs: [org-lab]
rules:
  - name: card-swarm
    description: several accounts on one card, busy
    scope: payment
    when: accounts_1h >= 3 && requests_1h >= 6
    action: {type: suspend, ttl: 1h}
exceptions:
  - name: lab-shares-a-card
    rules: [card-swarm]
    when: org_id in verified_orgs
    reason: the lab's accounts are paid with one corporate card
    owner: sre-oncall
""")
    assert eng.rules.member_attrs  # attributes are remembered per account for fan-out
    orgs = {"lab": "org-lab", "x1": "org-x", "x2": "org-y"}
    events = [ev(i, 1_000 * i, acct, org_id=orgs[acct], payment_fingerprint="card-1")
              for i, acct in enumerate(["lab", "x1", "x2"] * 3)]
    out = feed(eng, events)
    assert sorted(d.account_id for d in out) == ["x1", "x2"]
    assert eng.exception_hits["card-swarm"] >= 1
    # The excepted member is spared again when it inherits on its next request.
    before = eng.exception_hits["card-swarm"]
    assert feed(eng, [ev(50, 20_000, "lab", org_id="org-lab", payment_fingerprint="card-1")]) == []
    assert eng.exception_hits["card-swarm"] == before + 1


def test_exception_hits_reach_the_metrics_through_the_worker_exporter(tmp_path):
    from enforcer.stream.reload import export_exception_hits

    eng = engine(tmp_path)
    m = Metrics(process_collector=False)
    seen: dict = {}
    feed(eng, [ev(i, 1_000 * i, org_id="org-eval-team") for i in range(9)])
    export_exception_hits([eng], m, seen)
    export_exception_hits([eng], m, seen)  # deltas only: no double counting
    assert m.registry.get_sample_value("enforcer_exception_hits_total", {"rule": "busy"}) == 3


@pytest.mark.parametrize("expires", ["2026-12-31T00:00:00Z", "'2026-12-31T00:00:00+02:00'"])
def test_expires_accepts_rfc3339(tmp_path, expires):
    eng = engine(tmp_path, RULES.replace("1970-01-01T01:00:00Z", expires))
    assert eng.rules.exceptions[0].expires_ms is not None
