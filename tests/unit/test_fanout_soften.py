"""fanout_soften: one group decision, two strengths. Members whose own traffic
is also what the rule's legitimate look-alike sends get the weaker action; the
others get the rule's. A softened member inherits the rule's own action once
its traffic no longer looks like the look-alike's, and never gets the weaker
one twice while it is in force."""
from __future__ import annotations

from enforcer.contracts import RequestEvent, ms_to_text
from enforcer.core.engine import Engine
from enforcer.rules.loader import load_rules
from enforcer.timeutil import parse_rfc3339_ms

T0 = 1_793_613_600_000
MIN = 60_000
RULES = """
rules:
  - name: card-ring
    description: four accounts on one card
    scope: payment
    when: accounts_24h >= 4
    fanout_soften:
      when: distinct_ip_prefixes_24h < 2
      action: {type: challenge, ttl: 1h}
    action: {type: suspend, ttl: 1d}
"""


def _ev(i: int, account: str, ts: int, net: int) -> RequestEvent:
    return RequestEvent(event_id=f"e{i}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20,
                        payment_fingerprint="card-1", ip=f"10.{net}.0.1", asn=64500)


def _engine(tmp_path) -> Engine:
    (tmp_path / "r.yaml").write_text(RULES)
    return Engine(load_rules(tmp_path))


def _ring(eng: Engine) -> list:
    """Two accounts on a new network at each request, then two on one network
    each; the fourth account's first request makes the group."""
    plan = [("hop-0", 100), ("hop-1", 110), ("hop-0", 101), ("hop-1", 111), ("home-0", 2), ("home-1", 3),
            ("hop-0", 102), ("home-0", 2), ("home-1", 3)]
    out = []
    for i, (account, net) in enumerate(plan):
        out += eng.process(_ev(i, account, T0 + i * 1_000, net)).decisions
    return out


def test_members_get_the_rules_action_or_the_softened_one_by_their_own_traffic(tmp_path):
    eng = _engine(tmp_path)
    got = {(d.account_id, d.action.value) for d in _ring(eng)}
    assert got == {("hop-0", "suspend"), ("hop-1", "suspend"), ("home-0", "challenge"), ("home-1", "challenge")}
    assert eng.account.stats["fanout_softened"] == 2


def test_the_softened_decision_says_so_and_expires_with_its_own_ttl(tmp_path):
    eng = _engine(tmp_path)
    soft = [d for d in _ring(eng) if d.action.value == "challenge"]
    hard = [d for d in eng.account.book.snapshot() if d.action.value == "suspend"]
    assert soft and hard
    for d in soft:
        assert d.rule == "card-ring" and d.scope == "payment" and d.evidence["softened"] is True
        assert "Softened for this member" in d.reason
        assert d.expires_at == ms_to_text(parse_rfc3339_ms(d.issued_at) + 60 * MIN)
    assert all("softened" not in a.decision.evidence and "Softened" not in a.decision.reason for a in hard)


def test_a_softened_member_is_not_challenged_twice_and_inherits_the_rule_once_it_hops(tmp_path):
    eng = _engine(tmp_path)
    _ring(eng)
    # Ten more requests from home-0's own network within the hour: covered.
    again = [d for i in range(10) for d in eng.process(_ev(100 + i, "home-0", T0 + (i + 1) * MIN, 2)).decisions]
    assert again == []
    # A request from a second network: the member now passes for a hopper too.
    moved = eng.process(_ev(200, "home-0", T0 + 20 * MIN, 77)).decisions
    assert [(d.account_id, d.action.value, d.rule) for d in moved] == [("home-0", "suspend", "card-ring")]


def test_after_the_softened_action_expires_it_is_issued_again_with_a_new_id(tmp_path):
    eng = _engine(tmp_path)
    first = {d.account_id: d for d in _ring(eng) if d.action.value == "challenge"}["home-1"]
    out = []
    for i in range(4):  # past the hour, still inside the group decision's day
        out += eng.process(_ev(300 + i, "home-1", T0 + (50 + 10 * i) * MIN, 3)).decisions
    renewed = [d for d in out if d.account_id == "home-1" and d.action.value == "challenge"]
    assert len(renewed) == 1 and renewed[0].decision_id != first.decision_id
