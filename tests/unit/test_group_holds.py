"""A group decision that spares members does not keep other rules from judging
the group (enforcer/core/group_holds.py); one that reaches every member does."""

from __future__ import annotations

import orjson
import pytest

from enforcer.contracts import parse_event
from enforcer.core.account_stage import AccountStage
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.group_stage import GroupStage
from enforcer.core.messages import FanOut
from enforcer.rules.loader import load_rules

T0 = 1_793_613_600_000
MIN = 60_000
DAY = 86_400_000

# Two challenge rules on one card, in priority order: the first reaches only
# members over a year old (none here) or, in the second file, every member.
FIRST_SPARES = """
  - name: card-old-members
    description: Six accounts on one card; acts on its year-old members.
    scope: payment
    priority: 10
    when: accounts_24h >= 6
    fanout_when: account_age_days > 365.0
    action: {type: challenge, ttl: 2h}
"""
FIRST_REACHES_ALL = """
  - name: card-everyone
    description: Six accounts on one card; acts on all of them.
    scope: payment
    priority: 10
    when: accounts_24h >= 6
    action: {type: challenge, ttl: 2h}
"""
SECOND = """
  - name: card-young-members
    description: Six accounts on one card, most of them new; acts on its young members.
    scope: payment
    priority: 20
    when: accounts_24h >= 6 && new_account_share_24h >= 0.6
    fanout_when: account_age_days < 30.0
    action: {type: challenge, ttl: 2h}
"""


def rules(tmp_path, first: str):
    (tmp_path / "rules.yaml").write_text("rules:" + first + SECOND)
    return load_rules(tmp_path)


def events() -> list[dict]:
    """Seven young accounts on one card, three requests each, then an eighth."""
    out = []
    young = T0 - 2 * DAY
    for i in range(3):
        for j in range(7):
            out.append({"event_id": f"y{j}-{i}", "ts": T0 + i * 3 * MIN + j * 10_000, "account_id": f"y{j}",
                        "prompt_tokens": 40, "completion_tokens": 300, "prompt": f"Question {i} from {j}",
                        "payment_fingerprint": "card-1", "account_created_at": young})
    out.append({"event_id": "y7-0", "ts": T0 + 20 * MIN, "account_id": "y7", "prompt_tokens": 40,
                "completion_tokens": 300, "prompt": "Question from a joiner",
                "payment_fingerprint": "card-1", "account_created_at": young})
    return out


def run(rs) -> dict[str, set[str]]:
    eng = Engine(rs, EngineConfig())
    by_rule: dict[str, set[str]] = {}
    for e in events():
        for d in eng.process(parse_event(orjson.dumps(e))).decisions:
            by_rule.setdefault(d.rule, set()).add(d.account_id)
    return by_rule


def test_a_rule_whose_fanout_spared_everyone_leaves_the_group_to_the_next_rule(tmp_path):
    got = run(rules(tmp_path, FIRST_SPARES))
    assert "card-old-members" not in got, "no member is over a year old"
    assert got.get("card-young-members") == {f"y{j}" for j in range(8)}, "the joiner y7 inherits"


def test_a_rule_that_reached_every_member_still_covers_the_next_rule(tmp_path):
    got = run(rules(tmp_path, FIRST_REACHES_ALL))
    assert got == {"card-everyone": {f"y{j}" for j in range(8)}}


@pytest.mark.parametrize("first", [FIRST_SPARES, FIRST_REACHES_ALL])
def test_per_rule_holds_survive_export_and_import(tmp_path, first):
    """What the stream's group table saves: the restored stage neither fires
    the held rules again nor forgets to hand their action to a joiner."""
    rs = rules(tmp_path, first)
    cfg = EngineConfig()
    acc, grp = AccountStage(rs, cfg), GroupStage(rs, cfg, track_new=True)
    evs = events()
    for e in evs[:-1]:
        for ob in acc.process(parse_event(orjson.dumps(e))).observations:
            grp.observe(ob)
    key = next(k for (kind, k) in grp.groups.groups if kind == "payment")
    saved = orjson.loads(orjson.dumps(grp.export_group("payment", key)))
    assert len(saved["b"]) == (2 if first is FIRST_SPARES else 1)
    fresh = GroupStage(rs, cfg, track_new=True)
    fresh.import_group("payment", key, saved)
    cmds = [c for ob in acc.process(parse_event(orjson.dumps(evs[-1]))).observations for c in fresh.observe(ob)[0]]
    fan = sorted((c.account, c.rule, len(c.id_parts)) for c in cmds if isinstance(c, FanOut))
    want_rules = ["card-old-members", "card-young-members"] if first is FIRST_SPARES else ["card-everyone"]
    assert fan == sorted(("y7", r, 2) for r in want_rules), "inheritances only: nothing fires again"
