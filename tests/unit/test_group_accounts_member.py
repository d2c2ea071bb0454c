"""group_accounts_24h in fanout_when: the group's distinct accounts when its
decision reaches a member (at the fan-out, or at the member's own request for
an inheritance). A popular client stack's fingerprint spares its established
customers; a farm's young accounts on it are actioned, and a small group acts
on everyone its fanout_when allows."""
from __future__ import annotations

import pytest

from enforcer.contracts import Action, Mode, RequestEvent
from enforcer.core.engine import Engine
from enforcer.core.messages import FanOut, command_from_dict
from enforcer.rules.loader import load_rules
from enforcer.rules.loader import RuleSetError

T0 = 1_793_613_600_000
DAY = 86_400_000
RULES = """
rules:
  - name: device-ring
    description: accounts on one fingerprint
    scope: device
    when: accounts_24h >= 3
    fanout_when: group_accounts_24h <= 4 || account_age_days < 90.0
    action: {type: challenge, ttl: 6h}
"""


def _ev(i: int, account: str, age_days: float, device: str = "ja4-x") -> RequestEvent:
    ts = T0 + i * 1_000
    return RequestEvent(event_id=f"e{i}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20,
                        device_id=device, account_created_at=ts - int(age_days * DAY))


def _run(tmp_path, plan) -> list[tuple[str, str]]:
    (tmp_path / "r.yaml").write_text(RULES)
    eng = Engine(load_rules(tmp_path))
    out = []
    for i, (account, age) in enumerate(plan):
        out += eng.process(_ev(i, account, age)).decisions
    return [(d.account_id, d.action.value) for d in out]


def test_a_small_group_acts_on_established_members_too(tmp_path):
    got = _run(tmp_path, [("old-1", 400), ("young-1", 3), ("old-2", 500)])
    assert sorted(got) == [("old-1", "challenge"), ("old-2", "challenge"), ("young-1", "challenge")]


def test_a_crowded_group_spares_established_members_at_the_fan_out(tmp_path):
    # The rule fires at the fifth account: three established, two young.
    (tmp_path / "r.yaml").write_text(RULES.replace("accounts_24h >= 3", "accounts_24h >= 5"))
    eng = Engine(load_rules(tmp_path))
    plan = [("old-1", 400), ("old-2", 500), ("old-3", 700), ("young-1", 3), ("young-2", 10)]
    out = []
    for i, (account, age) in enumerate(plan):
        out += eng.process(_ev(i, account, age)).decisions
    assert sorted((d.account_id, d.action.value) for d in out) == [("young-1", "challenge"),
                                                                   ("young-2", "challenge")]


def test_inheritance_reads_the_group_size_at_the_members_request(tmp_path):
    # Fires at three accounts (everyone acted on); an established account that
    # joins once the key has five is spared, a young one is not.
    got = _run(tmp_path, [("a", 400), ("b", 3), ("c", 500), ("d", 2), ("old-late", 900), ("young-late", 1)])
    assert sorted(got) == [("a", "challenge"), ("b", "challenge"), ("c", "challenge"), ("d", "challenge"),
                           ("young-late", "challenge")]


def test_fanout_message_carries_the_group_size():
    f = FanOut("acct", "device-ring", "device", "k", Action.challenge, None, Mode.enforce, T0, T0 + 1, 0, {}, ("id",),
               None, frozenset({7}), 231)
    back = command_from_dict(f.to_dict())
    assert back == f
    # Older messages have no "ga": the member reads 0 (a small group).
    d = f.to_dict()
    del d["ga"]
    assert command_from_dict(d).group_accounts == 0


def test_group_accounts_is_a_fanout_when_feature_only(tmp_path):
    (tmp_path / "r.yaml").write_text(RULES.replace("when: accounts_24h >= 3", "when: group_accounts_24h >= 3"))
    with pytest.raises(RuleSetError, match="fanout_when only"):
        load_rules(tmp_path)
