"""A group's common wrappers and a member's share of them (group_wrapper_share):
a ring's fan-out reaches the accounts that send the ring's wrappers, not every
account on its card or client fingerprint."""
from __future__ import annotations

import pytest

from enforcer.contracts import Action, Mode
from enforcer.core.account_sketch import AccountSketch
from enforcer.core.distinct import CommonKeys
from enforcer.core.messages import FanOut, GroupObservation, command_from_dict, observations_from_dict, \
    observations_to_dict
from enforcer.core.verdicts import Attrs

DAY = 86_400_000


def test_common_keys_name_the_keys_a_stream_really_uses():
    ck = CommonKeys(k=4)
    for i in range(40):
        ck.add((1, 2) if i % 2 else (3,), ts=i)
    for i in range(6):
        ck.add((100 + i,), ts=50 + i)  # one-off keys churn the smallest counter
    assert ck.common(0.05, 3) == {1, 2, 3}
    # The last one-off key took over a counter of 3 or more: its count is not its own.
    assert 105 in ck._c and ck._c[105][0] >= 3
    assert ck._c[105][0] - ck._c[105][1] == 1  # seen once, whatever it took over
    assert 105 not in ck.common(0.0, 2)


def test_common_keys_relative_to_the_top_and_by_share():
    ck = CommonKeys(k=8)
    for i in range(100):
        ck.add((7,), ts=i)
    for i in range(30):
        ck.add((8,), ts=200 + i)
    assert ck.common(0.05, 3) == {7, 8}
    assert ck.common(0.05, 3, of_top=0.5) == {7}  # 30 < half of 100
    assert ck.common(0.5, 3) == {7}  # 30 of 130 items is under half


def test_a_diffuse_stream_has_no_common_keys():
    # A ring paraphrasing its wrapper: one variant on 30% of the prompts, the
    # rest spread over 30 others; no few wrappers carry the stream.
    ck = CommonKeys(k=32)
    for i in range(300):
        ck.add((99,) if i % 10 < 3 else (i % 30,), ts=i)
    assert ck.common(0.05, 3, of_top=0.5) == {99}
    assert ck.common(0.05, 3, of_top=0.5, cover=0.5) == frozenset()
    ring = CommonKeys(k=16)
    for i in range(200):
        ring.add((1, 2) if i % 4 else (i,), ts=i)
    assert ring.common(0.05, 3, of_top=0.5, cover=0.5) == {1, 2}


def test_group_wrapper_share_reads_1_when_the_group_has_no_wrapper_in_common():
    from enforcer.core.features import MemberContext, account_catalog, member_catalog
    from enforcer.core.state import SubjectState

    get = member_catalog(account_catalog())["group_wrapper_share"].get
    st = SubjectState.__new__(SubjectState)
    st.ext = AccountSketch()
    st.ext.tpl_prompts = 4
    st.ext.templates.add(5, 4)
    assert get(st, MemberContext(frozenset({5})), 0) == 1.0
    assert get(st, MemberContext(frozenset({6})), 0) == 0.0
    assert get(st, MemberContext(frozenset()), 0) == 1.0


def test_common_keys_fade_by_halves_each_epoch():
    ck = CommonKeys(k=8, epoch_ms=DAY)
    for i in range(10):
        ck.add((1,), ts=i)
    ck.add((2,), ts=DAY + 1)  # next day: 1's count halves, then 2 is counted
    assert ck._c[1] == [5, 0] and ck.n == 6
    ck.add((2,), ts=5)  # a late item of the old day does not halve again
    assert ck._c[1] == [5, 0]
    ck.add((2,), ts=40 * DAY)  # a long silence forgets everything before it
    assert 1 not in ck._c


def test_common_keys_round_trip_and_reject_corrupt_state():
    ck = CommonKeys(k=3)
    for i, keys in enumerate([(1,), (1, 2), (3,), (4,), (1,)]):
        ck.add(keys, ts=i)
    back = CommonKeys.from_list(ck.to_list())
    assert back.to_list() == ck.to_list()
    assert back.common(0.0, 1) == ck.common(0.0, 1)
    bad = ck.to_list()
    bad[4] = bad[4] * 2
    with pytest.raises(ValueError):
        CommonKeys.from_list(bad)


def test_wrapper_share_is_the_members_share_of_prompts_with_the_groups_wrappers():
    sk = AccountSketch()
    for tpl in [(11, 12), (11, 12), (13,), (), (14,)]:
        sk.tpl_prompts += 1
        for k in tpl:
            sk.templates.add(k)
    assert sk.wrapper_share(frozenset({11})) == pytest.approx(2 / 5)
    assert sk.wrapper_share(frozenset({11, 12})) == pytest.approx(4 / 5)  # both ends count
    assert sk.wrapper_share(frozenset({99})) == 0.0
    assert sk.wrapper_share(frozenset()) == 0.0


def test_wrappers_travel_with_observations_and_fan_outs():
    attrs = Attrs("a1", None, "m", "/v1/chat")
    obs = [GroupObservation(kind, "k", "a1", 5, 5, False, ((0, 1),), 9, "e1", attrs, None, 3, (21, 22))
           for kind in ("device", "payment")]
    back = observations_from_dict(observations_to_dict(obs))
    assert [o.tpl for o in back] == [(21, 22), (21, 22)]
    plain = GroupObservation("device", "k", "a1", 5, 5, False, ((0, 1),), 9, "e1", attrs)
    assert "w" not in plain.to_dict() and GroupObservation.from_dict(plain.to_dict()).tpl == ()
    f = FanOut("a1", "r", "device", "k", Action.suspend, None, Mode.enforce, 5, 10, 0, {}, ("d",), None,
               frozenset({3, 1}))
    assert command_from_dict(f.to_dict()) == f
    old = f.to_dict()
    del old["w"]  # a message from before the field existed
    assert command_from_dict(old).wrappers == frozenset()


def test_a_groups_common_wrappers_survive_export_and_import():
    from pathlib import Path

    from enforcer.core.group_stage import GroupStage
    from enforcer.rules.loader import load_rules

    rules = load_rules(Path(__file__).resolve().parents[2] / "rules")
    assert any(r.member_wrappers for r in rules.rules), "the default ring rules read group_wrapper_share"
    stage = GroupStage(rules)
    for i in range(8):
        attrs = Attrs(f"a{i % 4}", None, "m", "/v1/chat")
        stage.observe(GroupObservation("device", "dev-1", f"a{i % 4}", 1000 + i, 1000 + i, False, ((0, 1),), i + 1,
                                       f"e{i}", attrs, None, 0, (41, 42) if i % 4 else ()))
        stage.observe(GroupObservation("asn_ua", "x", f"a{i % 4}", 1000 + i, 1000 + i, False, ((0, 1),), i + 1,
                                       f"e{i}", attrs, None, 0, (41, 42)))
    g = stage.groups.get("device", "dev-1")
    assert g.wrappers is not None and g.wrappers.common(0.05, 3) == {41, 42}
    assert stage.groups.get("asn_ua", "x").wrappers is None, "no rule of that kind asks"
    data = stage.export_group("device", "dev-1")
    again = GroupStage(rules)
    again.import_group("device", "dev-1", data)
    assert again.groups.get("device", "dev-1").wrappers.to_list() == g.wrappers.to_list()
