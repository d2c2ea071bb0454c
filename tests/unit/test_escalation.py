"""Escalation for repeat offences, and explicit lifts (`lift_when`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcer.contracts import Action, RequestEvent
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.escalation import OffenceLedger
from enforcer.rules.loader import RuleSetError, load_rules

MIN = 60_000
ESCALATING = """
rules:
  - name: busy
    description: more than 5 requests in a minute
    when: requests_1m > 5
    escalation:
      window: 1h
      steps:
        - {type: throttle, rps: 1, ttl: 2m}
        - {type: challenge, ttl: 5m}
        - {type: suspend, ttl: 10m}
"""


def ev(i: int, ts: int, account: str = "a1", **kw) -> RequestEvent:
    return RequestEvent(event_id=f"e{i}-{ts}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20, **kw)


def burst(start: int, account: str = "a1", n: int = 8) -> list[RequestEvent]:
    return [ev(i, start + 1_000 * i, account) for i in range(n)]


def engine(tmp_path: Path, text: str = ESCALATING, **cfg) -> Engine:
    (tmp_path / "r.yaml").write_text(text)
    return Engine(load_rules(tmp_path), EngineConfig(allowed_lateness_ms=0, **cfg))


def feed(eng: Engine, events) -> list:
    return [d for e in events for d in eng.process(e).decisions]


def actions(out) -> list[tuple[str, int | None]]:
    return [(d.action.value, d.evidence.get("offence")) for d in out if d.action is not Action.lift]


def test_repeat_offences_within_the_window_escalate(tmp_path):
    eng = engine(tmp_path)
    out = feed(eng, burst(0) + burst(10 * MIN) + burst(20 * MIN) + burst(40 * MIN))
    assert actions(out) == [("throttle", 1), ("challenge", 2), ("suspend", 3), ("suspend", 4)]
    first, second = [d for d in out if d.action is not Action.lift][:2]
    assert first.throttle_rps == 1.0 and first.expires_at == "1970-01-01T00:02:05.000Z"
    assert second.expires_at == "1970-01-01T00:15:05.000Z"  # the challenge step's own ttl (5m)
    assert "Offence 2 within 1h: step 2 of 3." in second.reason


def test_offences_older_than_the_window_are_forgotten(tmp_path):
    eng = engine(tmp_path)
    out = feed(eng, burst(0) + burst(10 * MIN) + burst(3 * 60 * MIN))
    assert actions(out) == [("throttle", 1), ("challenge", 2), ("throttle", 1)]


def test_no_instant_escalation_while_the_previous_step_is_active(tmp_path):
    eng = engine(tmp_path)
    # 60 events one second apart: the rule matches all along, but the throttle
    # (2m) is still active, so the same episode does not climb the ladder.
    out = feed(eng, [ev(i, 1_000 * i) for i in range(60)])
    assert actions(out) == [("throttle", 1)]


def test_offences_are_per_account_and_per_rule(tmp_path):
    eng = engine(tmp_path)
    out = feed(eng, burst(0, "a1") + burst(0, "a2") + burst(10 * MIN, "a1"))
    assert [(d.account_id, d.action.value) for d in out if d.action is not Action.lift] == [
        ("a1", "throttle"), ("a2", "throttle"), ("a1", "challenge")]


def test_offences_travel_with_the_exported_account(tmp_path):
    a = engine(tmp_path)
    feed(a, burst(0) + burst(10 * MIN))
    data = a.export_account("a1")
    assert data["x"] == {"busy": [5_000, 10 * MIN + 5_000]}
    b = engine(tmp_path)
    b.import_account("a1", data)
    assert actions(feed(b, burst(20 * MIN))) == [("suspend", 3)]


def test_ledger_is_bounded_and_swept_in_event_time():
    led = OffenceLedger(max_subjects=2)
    for i, s in enumerate(("a", "b", "c")):
        led.record(s, "r", 1_000, keep=3, now=i)
    assert len(led) == 2 and led.evicted_capacity == 1
    for n in range(10):
        led.record("c", "r", 1_000, keep=3, now=10 + n)
    assert led.export("c") == {"r": [17, 18, 19]}  # only len(steps) times are kept
    assert led.count("c", "r", 1_000, now=20) == 3
    assert led.sweep(until_ms=1_001) == 1 and len(led) == 1  # "b" left its window
    assert led.sweep(until_ms=1_019) == 1 and len(led) == 0


def test_escalation_on_a_group_rule_counts_the_group(tmp_path):
    eng = engine(tmp_path, """
rules:
  - name: org-burst
    description: an org sends a burst
    scope: org
    when: requests_1h >= 6
    escalation:
      window: 1d
      steps: [{type: challenge, ttl: 5m}, {type: suspend, ttl: 1h}]
""")
    first = [ev(i, 1_000 * i, f"m{i % 2}", org_id="o1") for i in range(8)]
    later = [ev(i, 70 * MIN + 1_000 * i, f"m{i % 2}", org_id="o1") for i in range(8)]
    out = feed(eng, first + later)
    got = [(d.action.value, d.evidence["offence"]) for d in out if d.action is not Action.lift]
    # The group's second offence; its decision fans out to both members.
    assert got == [("challenge", 1)] * 2 + [("suspend", 2)] * 2
    assert {d.account_id for d in out if d.action is Action.suspend} == {"m0", "m1"}


LIFTING = """
rules:
  - name: busy
    description: more than 5 requests in a minute
    when: requests_1m > 5
    lift_when: requests_1m <= 2
    action: {type: throttle, rps: 1, ttl: 1h}
"""


def test_lift_when_ends_the_rules_decision_early(tmp_path):
    eng = engine(tmp_path, LIFTING)
    out = feed(eng, burst(0) + [ev(99, 3 * MIN)])
    assert [(d.rule, d.action.value) for d in out] == [("busy", "throttle"), ("busy", "lift")]
    lift = out[1]
    assert lift.issued_at == lift.expires_at == "1970-01-01T00:03:00.000Z"
    assert lift.evidence["lifted"] == "throttle" and lift.evidence["lifted_decision_id"] == out[0].decision_id
    assert "lift_when holds (requests_1m=1)" in lift.reason
    assert eng.book.entries("a1") == []
    # Lifted means gone: a new burst is a new decision, and no expiry lift follows later.
    again = feed(eng, burst(10 * MIN) + [ev(100, 5 * 60 * MIN, "other")])
    assert [(d.action.value, d.account_id) for d in again] == [("throttle", "a1"), ("lift", "a1")]


def test_lift_when_only_lifts_its_own_rules_decision(tmp_path):
    eng = engine(tmp_path, LIFTING + """
  - name: heavy
    description: suspend at 7
    when: requests_1m > 6
    action: {type: suspend, ttl: 1h}
""")
    out = feed(eng, burst(0) + [ev(99, 3 * MIN)])
    assert [(d.rule, d.action.value) for d in out] == [("busy", "throttle"), ("heavy", "suspend")]


def test_group_lift_when_lifts_the_members(tmp_path):
    eng = engine(tmp_path, """
rules:
  - name: org-burst
    description: an org sends a burst
    scope: org
    when: requests_1h >= 6
    lift_when: requests_1h < 3
    action: {type: challenge, ttl: 1d}
""")
    first = [ev(i, 1_000 * i, f"m{i % 2}", org_id="o1") for i in range(8)]
    out = feed(eng, first + [ev(50, 90 * MIN, "m0", org_id="o1")])
    assert [(d.account_id, d.action.value) for d in out] == [
        ("m1", "challenge"), ("m0", "challenge"), ("m1", "lift"), ("m0", "lift")]
    assert all("lift_when holds" in d.reason for d in out[2:])


@pytest.mark.parametrize("snippet, message", [
    ("    action: {type: challenge, ttl: 1m}\n    escalation: {window: 1h, steps: [{type: challenge, ttl: 1m}]}\n",
     "exactly one of 'action' or 'escalation'"),
    ("    escalation: {window: 1h, steps: []}\n", "at least 1 item"),
])
def test_escalation_validation(tmp_path, snippet, message):
    (tmp_path / "r.yaml").write_text("rules:\n  - name: a\n    description: x\n    when: requests_1m > 5\n" + snippet)
    with pytest.raises(RuleSetError) as info:
        load_rules(tmp_path)
    assert any(message in str(e) for e in info.value.errors), info.value.errors
