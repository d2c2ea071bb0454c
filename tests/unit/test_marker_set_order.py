"""Marker sets take their counter columns in definition order (files by name,
then position), not name order: a set appended at the end leaves every other
set's column where it was, so running workers keep counting the existing sets
right across the upgrade; a reorder is a change the reload counts."""
from __future__ import annotations

from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine
from enforcer.rules.loader import load_rules

T0 = 1_793_613_600_000
RULE = """
rules:
  - name: zeta-every-request
    description: an account whose every request matches the set zeta
    scope: account
    when: requests_1h >= 5 && zeta_ratio_1h >= 0.8 && alpha_ratio_1h < 0.2
    action: {type: challenge, ttl: 1h}
"""


def _dir(tmp_path, name: str, sets: list[tuple[str, str]]):
    d = tmp_path / name
    d.mkdir()
    body = "".join(f"  {s}: [{p}]\n" for s, p in sets)
    (d / "r.yaml").write_text("markers:\n" + body + RULE)
    return d


def _events(account: str, t0: int) -> list[RequestEvent]:
    return [RequestEvent(event_id=f"{account}-{i}", ts=t0 + i * 20_000, account_id=account, prompt_tokens=90,
                         completion_tokens=70, prompt=f"Observation: row {i} of the zeta table")
            for i in range(6)]


def _decided(eng: Engine, events: list[RequestEvent]) -> list[str]:
    return sorted({d.account_id for e in events for d in eng.process(e).decisions if d.action.value == "challenge"})


def test_sets_take_columns_in_the_order_they_are_defined(tmp_path):
    d = _dir(tmp_path, "zeta_first", [("zeta", "observation"), ("alpha", "nowhere to be found")])
    rules = load_rules(d)
    assert list(rules.markers) == ["zeta", "alpha"]
    eng = Engine(rules)
    assert eng.account.observer.marker_names == ("zeta", "alpha")
    # The counts land in the columns the features read: zeta matched, alpha not.
    assert _decided(eng, _events("agent", T0)) == ["agent"]


def test_a_reload_that_reorders_the_sets_is_a_marker_change(tmp_path):
    first = _dir(tmp_path, "first", [("zeta", "observation"), ("alpha", "nowhere to be found")])
    swapped = _dir(tmp_path, "swapped", [("alpha", "nowhere to be found"), ("zeta", "observation")])
    eng = Engine(load_rules(first))
    eng.set_rules(load_rules(first))
    assert eng.account.stats["marker_sets_changed"] == 0
    eng.set_rules(load_rules(swapped))
    assert eng.account.stats["marker_sets_changed"] == 1
    assert eng.account.observer.marker_names == ("alpha", "zeta")
    # A fresh account after the reload is counted in the new layout.
    assert _decided(eng, _events("after", T0 + 7_200_000)) == ["after"]
