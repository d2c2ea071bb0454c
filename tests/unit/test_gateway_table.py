"""DecisionTable: the gateway's view of the compacted decisions topic (pure, no I/O)."""

from __future__ import annotations

import time

import orjson
import pytest

from enforcer.contracts import Decision
from enforcer.gateway.table import ALLOW, DecisionTable, Outcome
from enforcer.timeutil import format_rfc3339_ms

T0 = 1_800_000_000.0  # epoch seconds, "now" for these tests


def at(s: float) -> str:
    return format_rfc3339_ms(int(round(s * 1000)))


def decision(account: str = "acct-1", action: str = "challenge", *, expires: float = T0 + 3600, mode: str = "enforce",
             rps: float | None = None, did: str | None = None) -> bytes:
    return Decision(
        decision_id=did or f"{account}-{action}-{expires}", account_id=account, action=action, rule="r1",
        scope="account", scope_key=account, issued_at=at(T0 - 10), expires_at=at(expires), mode=mode,
        throttle_rps=rps if action == "throttle" else None, reason="test",
    ).to_json()


class Clock:
    def __init__(self, t: float = T0):
        self.t = t

    def __call__(self) -> float:
        return self.t


def table() -> tuple[DecisionTable, Clock]:
    clock = Clock()
    return DecisionTable(clock=clock), clock


def test_unknown_account_is_allowed() -> None:
    t, _ = table()
    v = t.check("nobody")
    assert v is ALLOW and v.allowed and v.outcome is Outcome.ALLOW


def test_latest_value_wins() -> None:
    t, _ = table()
    t.apply(b"acct-1", decision(action="suspend"))
    assert t.check("acct-1").outcome is Outcome.SUSPEND
    t.apply(b"acct-1", decision(action="challenge"))  # later offset: a weaker action still replaces
    v = t.check("acct-1")
    assert v.outcome is Outcome.CHALLENGE and not v.allowed and v.rule == "r1"
    assert v.expires_at_s == pytest.approx(T0 + 3600)
    assert t.check("acct-2") is ALLOW  # other accounts untouched


def test_tombstone_deletes() -> None:
    t, _ = table()
    t.apply(b"acct-1", decision(action="suspend"))
    t.apply(b"acct-1", None)
    assert t.check("acct-1") is ALLOW and len(t) == 0
    t.apply(b"acct-9", None)  # tombstone for an unknown key is harmless
    assert t.stats["tombstones"] == 2


def test_lift_deletes() -> None:
    t, _ = table()
    t.apply(b"acct-1", decision(action="challenge"))
    t.apply(b"acct-1", decision(action="lift", expires=T0))
    assert t.check("acct-1") is ALLOW and t.stats["lifts"] == 1


def test_expired_entry_is_absent_and_dropped_lazily() -> None:
    t, clock = table()
    t.apply(b"acct-1", decision(action="suspend", expires=T0 + 60))
    assert t.check("acct-1").outcome is Outcome.SUSPEND
    clock.t = T0 + 59.999
    assert t.check("acct-1").outcome is Outcome.SUSPEND
    assert len(t) == 1
    clock.t = T0 + 60  # expires_at <= now: gone
    assert t.check("acct-1") is ALLOW
    assert len(t) == 0 and t.stats["expired_dropped"] == 1
    # explicit `now` overrides the clock
    t.apply(b"acct-2", decision("acct-2", "suspend", expires=T0 + 60))
    assert t.check("acct-2", now=T0).outcome is Outcome.SUSPEND
    assert t.check("acct-2", now=T0 + 61) is ALLOW


def test_already_expired_on_arrival_and_sweep() -> None:
    t, clock = table()
    t.apply(b"old", decision("old", "suspend", expires=T0 - 1))  # replayed from the beginning of the topic
    assert t.check("old") is ALLOW
    for i in range(10):
        t.apply(f"a{i}".encode(), decision(f"a{i}", "challenge", expires=T0 + i))
    clock.t = T0 + 5
    assert t.sweep() == 6  # a0..a5 (expires <= now)
    assert len(t) == 4


def test_shadow_ignored_and_does_not_replace_enforce() -> None:
    t, _ = table()
    t.apply(b"acct-1", decision(action="suspend", mode="shadow"))
    assert t.check("acct-1") is ALLOW
    t.apply(b"acct-1", decision(action="challenge"))
    t.apply(b"acct-1", decision(action="lift", mode="shadow"))  # a shadow lift must not delete either
    assert t.check("acct-1").outcome is Outcome.CHALLENGE
    assert t.stats["shadow_ignored"] == 2


@pytest.mark.parametrize("raw,why", [
    (b"not json", "json"),
    (b"{}", "missing"),
    (orjson.dumps({**orjson.loads(decision()), "action": "ban"}), "action"),
    (orjson.dumps({**orjson.loads(decision()), "schema_version": "2"}), "schema_version"),
    (orjson.dumps({**orjson.loads(decision()), "surprise": 1}), "extra field"),
    (orjson.dumps({**orjson.loads(decision()), "expires_at": "tomorrow"}), "expires_at"),
    (orjson.dumps({**orjson.loads(decision()), "expires_at": "2026-01-01T00:00:00"}), "naive expires_at"),
    (decision(action="throttle", rps=None), "throttle without rps"),
    (decision(action="throttle", rps=0), "throttle rps 0"),
    (decision(account="someone-else"), "key mismatch"),
])
def test_malformed_values_counted_and_ignored(raw: bytes, why: str) -> None:
    t, _ = table()
    t.apply(b"acct-1", decision(action="suspend"))
    t.apply(b"acct-1", raw)  # must not raise, must not replace the valid value
    assert t.stats["malformed"] == 1, why
    assert t.last_malformed_reason
    assert t.check("acct-1").outcome is Outcome.SUSPEND


def test_non_utf8_key_is_malformed() -> None:
    t, _ = table()
    t.apply(b"\xff\xfe", decision())
    assert t.stats["malformed"] == 1 and len(t) == 0


def test_token_bucket_burst_then_refill() -> None:
    t, clock = table()
    t.apply(b"acct-1", decision(action="throttle", rps=2.0))
    # burst = max(1, rps) = 2: two requests at the same instant pass, the third waits 0.5 s
    assert [t.check("acct-1").allowed for _ in range(2)] == [True, True]
    v = t.check("acct-1")
    assert v.outcome is Outcome.THROTTLE and not v.allowed
    assert v.retry_after_s == pytest.approx(0.5)
    clock.t += 0.25
    v = t.check("acct-1")
    assert not v.allowed and v.retry_after_s == pytest.approx(0.25)
    clock.t += 0.25
    assert t.check("acct-1").allowed
    assert not t.check("acct-1").allowed
    # a long pause refills to burst only, never more
    clock.t += 1000
    assert [t.check("acct-1").allowed for _ in range(3)] == [True, True, False]


def test_token_bucket_sub_one_rps_has_burst_one() -> None:
    t, clock = table()
    t.apply(b"acct-1", decision(action="throttle", rps=0.5))
    assert t.check("acct-1").allowed
    v = t.check("acct-1")
    assert not v.allowed and v.retry_after_s == pytest.approx(2.0)
    clock.t += 2.0
    assert t.check("acct-1").allowed


def test_token_bucket_steady_rate() -> None:
    t, clock = table()
    t.apply(b"acct-1", decision(action="throttle", rps=10.0))
    allowed = 0
    for _ in range(1000):  # 100 requests/s for 10 s against 10 rps
        clock.t += 0.01
        allowed += t.check("acct-1").allowed
    assert 100 <= allowed <= 110  # rate * time + burst


def test_redelivered_decision_keeps_bucket_new_decision_resets() -> None:
    t, _ = table()
    raw = decision(action="throttle", rps=1.0, did="d1")
    t.apply(b"acct-1", raw)
    assert t.check("acct-1").allowed and not t.check("acct-1").allowed
    t.apply(b"acct-1", raw)  # the same decision again (replay): bucket stays empty
    assert not t.check("acct-1").allowed
    t.apply(b"acct-1", decision(action="throttle", rps=1.0, did="d2"))  # a new decision: fresh bucket
    assert t.check("acct-1").allowed


def test_clock_going_backwards_does_not_mint_tokens() -> None:
    t, clock = table()
    t.apply(b"acct-1", decision(action="throttle", rps=1.0))
    assert t.check("acct-1").allowed
    clock.t -= 5
    assert not t.check("acct-1").allowed


def test_peek_consumes_nothing() -> None:
    t, _ = table()
    t.apply(b"acct-1", decision(action="throttle", rps=1.0))
    assert [t.peek("acct-1") for _ in range(5)] == [Outcome.THROTTLE] * 5
    assert t.check("acct-1").allowed


def test_string_key_and_none_key() -> None:
    t, _ = table()
    t.apply("acct-1", decision(action="challenge"))
    t.apply(None, decision("acct-2", "suspend"))  # no key: the value's account_id is used
    assert t.check("acct-1").outcome is Outcome.CHALLENGE
    assert t.check("acct-2").outcome is Outcome.SUSPEND


def test_check_cost_benchmark() -> None:
    """Measured, printed, never asserted (machines differ); bench/bench_gateway.py has p50/p99."""
    t, clock = table()
    n = 10_000
    for i in range(n):
        action = ("throttle", "challenge", "suspend")[i % 3]
        t.apply(f"a{i}".encode(), decision(f"a{i}", action, rps=1000.0 if action == "throttle" else None))
    keys = [f"a{i}" for i in range(n)] + [f"miss{i}" for i in range(n)]
    check = t.check
    start = time.perf_counter_ns()
    for k in keys:
        check(k, T0)
    per_call = (time.perf_counter_ns() - start) / len(keys)
    print(f"\nDecisionTable.check: {per_call:.0f} ns/call (mixed hits and misses, {n} entries)")
