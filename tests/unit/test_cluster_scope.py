"""`scope: cluster` in the engine: clusters join the event's link keys."""

from __future__ import annotations

import orjson

from enforcer.contracts import parse_event
from enforcer.core.engine import Engine
from enforcer.rules.loader import load_rules

T0 = 1793613600000
RULE = """
rules:
  - name: ring
    description: five accounts joined through small keys
    scope: cluster
    when: accounts_24h >= 5
    action: {type: suspend, ttl: 1h}
"""


def events():
    # a0..a5 chained: a card for each pair, a device for each next pair; no key has more than 2 accounts.
    out = []
    for i in range(6):
        out.append({"event_id": f"e{i}", "ts": T0 + i * 60_000, "account_id": f"a{i}", "prompt_tokens": 10,
                    "completion_tokens": 10, "payment_fingerprint": f"card-{i // 2}", "device_id": f"dev-{(i + 1) // 2}"})
    return out


def run(rules_dir):
    eng = Engine(load_rules(rules_dir))
    got = []
    for e in events():
        got.extend(eng.process(parse_event(orjson.dumps(e))).decisions)
    return eng, got


def test_a_chain_of_small_keys_is_one_cluster_and_its_rule_fans_out(tmp_path):
    (tmp_path / "rules.yaml").write_text(RULE)
    eng, got = run(tmp_path)
    assert eng.clusters is not None
    ids = {eng.clusters.cluster_of(f"a{i}") for i in range(6)}
    assert len(ids) == 1, ids  # one id for the whole chain: the oldest member's
    suspended = {d.account_id for d in got if d.action.value == "suspend"}
    assert suspended == {f"a{i}" for i in range(6)}
    assert {d.scope for d in got} == {"cluster"}
    # Cards and devices were extracted to link, but no rule reads them: no such groups.
    kinds = {kind for kind, _ in eng.groups.groups}
    assert "cluster" in kinds and not kinds & {"payment", "device"}


def test_no_cluster_rule_keeps_no_clusters(tmp_path):
    (tmp_path / "rules.yaml").write_text(RULE.replace("scope: cluster", "scope: payment"))
    eng, got = run(tmp_path)
    assert eng.clusters is None
    assert not got  # no card has 5 accounts
