"""busy_accounts_24h: the accounts on a key that had sent BUSY_REQUESTS_24H
requests of their own in a day when they used it. An operator rotating
accounts through a line makes several of them busy; a lab server behind a
campus's egress lifts the line's average requests per account alone."""
from __future__ import annotations

from pathlib import Path

import orjson

from enforcer.contracts import parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.features import BUSY_REQUESTS_24H
from enforcer.core.group_stage import GroupStage
from enforcer.core.linkkeys import key_hash
from enforcer.core.messages import GroupObservation, observations_from_dict, observations_to_dict
from enforcer.core.verdicts import Attrs
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(ROOT / "tests" / "fixtures" / "busy_rules")
T0 = 1_793_613_600_000
MIN = 60_000


def requests(account: str, n: int, net: str, start: int, step: int = 2) -> list[dict]:
    """n requests of one account from one /24, `step` minutes apart."""
    return [{"event_id": f"{account}-{j}", "ts": T0 + (start + step * j) * MIN, "account_id": account,
             "prompt_tokens": 60, "completion_tokens": 700, "ip": f"{net}.{10 + j % 5}", "asn": 64_500,
             "prompt": f"question {account} {j}"} for j in range(n)]


def run(evs: list[dict]) -> tuple[Engine, set[str]]:
    eng = Engine(RULES, EngineConfig())
    out = [d for e in sorted(evs, key=lambda e: e["ts"]) for d in eng.process(parse_event(orjson.dumps(e))).decisions]
    return eng, {d.account_id for d in out if d.action.value == "challenge"}


def prefix_group(eng: Engine, net: str):
    return eng.group.groups.get("ip_prefix", key_hash("ip_prefix", f"{net}.0/24"))


def test_one_heavy_account_among_occasional_users_is_one_busy_member():
    net = "198.51.100"
    lab = requests("lab-server", 400, net, 0, step=1)
    students = [e for i in range(10) for e in requests(f"student-{i}", 3, net, 30 * i + 5, step=7)]
    eng, actioned = run(lab + students)
    g = prefix_group(eng, net)
    now = T0 + 400 * MIN
    assert g.accounts_24h.estimate(now) == 11
    assert g.windows.sums[-1].tot[0] / 11 >= 30  # the average alone would call it a busy line
    assert g.busy_accounts(now) == 1
    assert not actioned


def test_accounts_that_each_carry_the_volume_are_several_busy_members():
    net = "203.0.113"
    ring = [e for i in range(8) for e in requests(f"ring-{i}", 40, net, i, step=9)]
    eng, actioned = run(ring)
    assert prefix_group(eng, net).busy_accounts(T0 + 400 * MIN) == 8
    assert actioned == {f"ring-{i}" for i in range(8)}


def test_an_account_is_busy_from_its_thirtieth_request_of_the_day():
    net = "192.0.2"
    evs = requests("a", BUSY_REQUESTS_24H - 1, net, 0) + requests("b", 2, net, 1)
    eng, _ = run(evs)
    g = prefix_group(eng, net)
    assert g.busy_accounts(T0 + 100 * MIN) == 0
    eng.process(parse_event(orjson.dumps(requests("a", BUSY_REQUESTS_24H + 1, net, 0)[-1] | {"event_id": "a-x"})))
    assert g.busy_accounts(T0 + 100 * MIN) == 1


def test_the_flag_travels_with_the_observation():
    ob = GroupObservation("ip_prefix", "k", "a", T0, T0, False, (), 0, "e1", Attrs("a"), busy=True)
    back = observations_from_dict(orjson.loads(orjson.dumps(observations_to_dict([ob]))))[0]
    assert back.busy is True
    quiet = GroupObservation("ip_prefix", "k", "a", T0, T0, False, (), 0, "e2", Attrs("a"))
    assert "bz" not in observations_to_dict([quiet])
    assert observations_from_dict(observations_to_dict([quiet]))[0].busy is False


def test_rules_that_do_not_read_it_keep_no_busy_state():
    eng = Engine(load_rules(ROOT / "tests" / "fixtures" / "org_share_rules"), EngineConfig())
    for e in [e for i in range(3) for e in requests(f"r{i}", 40, "198.18.0", i)]:
        eng.process(parse_event(orjson.dumps(e)))
    assert all(g.busy_accounts_24h is None for g in eng.group.groups.groups.values())


def test_a_restored_group_keeps_its_busy_members():
    """The changelog entry holds the distinct counts ("sk"): a restored group
    reads what the original read, and the same members arriving again add
    nothing. An entry written before they were saved counts afresh."""
    net = "203.0.113"
    eng, _ = run([e for i in range(5) for e in requests(f"ring-{i}", 40, net, i, step=3)])
    kind, key = "ip_prefix", key_hash("ip_prefix", f"{net}.0/24")
    assert eng.group.groups.get(kind, key).busy_accounts(T0 + 200 * MIN) == 5
    saved = orjson.loads(orjson.dumps(eng.group.export_group(kind, key)))
    legacy = {k: v for k, v in saved.items() if k != "sk"}
    for entry, before in ((saved, 5), (legacy, 0)):
        dst = GroupStage(RULES, EngineConfig())
        dst.import_group(kind, key, entry)
        h = dst.groups.get(kind, key)
        assert h.busy_accounts(T0 + 200 * MIN) == before
        for i in range(5):
            a = f"ring-{i}"
            dst.observe(GroupObservation(kind, key, a, T0 + (200 + i) * MIN, T0 + (200 + i) * MIN, False, (), 0,
                                         f"x{i}", Attrs(a), busy=True))
        assert h.busy_accounts(T0 + 210 * MIN) == 5
