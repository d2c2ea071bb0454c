"""A fan-out judges each member's `fanout_when` on the member's windows as of
the group decision's event time, not as of the member's last request: a
member idle for two hours has nothing in its last hour, whatever it sent
before. Same in the backtest and the stream (both run AccountStage.apply)."""
from __future__ import annotations

from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine
from enforcer.rules.loader import load_rules

T0 = 1_793_613_600_000
HOUR = 3_600_000
RULES = """
rules:
  - name: busy-device
    description: three accounts on one device, members busy in the last hour
    scope: device
    when: accounts_24h >= 3
    fanout_when: requests_1h >= 3
    action: {type: challenge, ttl: 6h}
"""


def _ev(n: int, ts: int, account: str) -> RequestEvent:
    return RequestEvent(event_id=f"e{n}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20,
                        device_id="dev-1", account_created_at=ts - 86_400_000)


def _decided(tmp_path, plan: list[tuple[int, str]]) -> list[str]:
    (tmp_path / "r.yaml").write_text(RULES)
    eng = Engine(load_rules(tmp_path))
    out = []
    for n, (ts, account) in enumerate(plan):
        out += eng.process(_ev(n, ts, account)).decisions
    return sorted(d.account_id for d in out if d.action.value == "challenge")


def test_an_idle_member_is_judged_on_its_last_hour_at_the_decision(tmp_path):
    plan = [(T0 + i * 1_000, "early") for i in range(3)]                      # busy, then idle
    plan += [(T0 + 2 * HOUR + i * 1_000, "busy") for i in range(3)]            # busy now
    plan += [(T0 + 2 * HOUR + 10_000, "third")]                                # the group fires here
    assert _decided(tmp_path, plan) == ["busy"]


def test_a_member_still_busy_at_the_decision_is_acted_on(tmp_path):
    plan = [(T0 + 2 * HOUR - 600_000 + i * 1_000, "early") for i in range(3)]  # 10 minutes before
    plan += [(T0 + 2 * HOUR + i * 1_000, "busy") for i in range(3)]
    plan += [(T0 + 2 * HOUR + 10_000, "third")]
    assert _decided(tmp_path, plan) == ["busy", "early"]
