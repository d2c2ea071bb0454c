"""co_wrappers: how many other wrappers a template group's members share. A
farm driving many accounts through a menu of wrappers puts the same accounts
behind each of them; strangers who share one popular phrase do not share
their other wrappers."""
from __future__ import annotations

from pathlib import Path

import orjson

from enforcer.contracts import parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.group_stage import GroupStage
from enforcer.core.messages import GroupObservation, observations_from_dict, observations_to_dict
from enforcer.core.verdicts import Attrs
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
MENU_RULES = load_rules(ROOT / "tests" / "fixtures" / "menu_ring_rules")
T0 = 1_793_613_600_000
MIN = 60_000
HOUR = 60 * MIN

MENU = [
    "Walk me through your reasoning once more and point out any weak assumption.",
    "Critique your previous answer harshly as a strict reviewer would.",
    "Now solve it with a completely different method and compare both.",
    "Rewrite the explanation for a curious twelve year old student.",
    "List the edge cases your solution ignores and fix each one.",
    "Summarise the key steps as a numbered checklist for revision.",
]
NOUNS = ["river", "engine", "garden", "ladder", "mirror", "orchestra", "harbour", "volcano", "lantern", "glacier",
         "library", "compass", "meadow", "bridge", "comet", "forest", "violin", "desert", "market", "tunnel"]
VERBS = ["changes", "slows", "grows", "bends", "echoes", "shrinks", "glows", "drifts", "splits", "settles"]


def question(i: int) -> str:
    a, b, c = NOUNS[i % 20], VERBS[(i // 20) % 10], NOUNS[(i // 200 + 7 * i) % 20]
    return (f"Consider why the {a} {b} whenever the nearby {c} is disturbed during a long storm "
            f"and what would happen to the {a} in case {i % 97} variant {NOUNS[(i * 13) % 20]}.")


def farm_and_strangers() -> list[dict]:
    """30 farm accounts, each cycling through the menu (every prompt a menu
    wrapper around a new question); 30 strangers who each end some questions
    with one popular phrase and wrap the others in a phrase of their own."""
    evs: list[dict] = []
    n = 0
    for h in range(4):
        for i in range(30):
            for j in range(2):
                k = h * 2 + j
                n += 1
                evs.append({"event_id": f"f{i}-{k}", "ts": T0 + h * HOUR + i * MIN + j * 20 * MIN,
                            "account_id": f"farm-{i:02d}", "prompt_tokens": 60, "completion_tokens": 900,
                            "prompt": f"{MENU[(i + k) % 6]}\n\n{question(n)}", "ip": f"10.{i}.7.5"})
                n += 1
                # digits normalise to 0: words tell the strangers' phrases apart
                own = f"Private note {NOUNS[i % 20]} {VERBS[i % 10]} {VERBS[5 + i // 20]} for my own use, please answer."
                text = (f"{question(n)}\n\nExplain it step by step like a patient teacher." if j == 0
                        else f"{own}\n\n{question(n)}")
                evs.append({"event_id": f"s{i}-{k}", "ts": T0 + h * HOUR + i * MIN + j * 20 * MIN + 30_000,
                            "account_id": f"stranger-{i:02d}", "prompt_tokens": 60, "completion_tokens": 900,
                            "prompt": text, "ip": f"10.{100 + i}.3.9"})
    evs.sort(key=lambda e: (e["ts"], e["event_id"]))
    return evs


def run(rules, events):
    eng = Engine(rules, EngineConfig())
    out = [d for e in events for d in eng.process(parse_event(orjson.dumps(e))).decisions]
    return eng, out


def test_a_farms_menu_has_co_wrappers_and_a_popular_phrase_has_none():
    eng, out = run(MENU_RULES, farm_and_strangers())
    groups = [g for (kind, _), g in eng.group.groups.groups.items() if kind == "template"]
    farm = [g for g in groups if all(a.startswith("farm-") for a in g.members) and len(g.members) >= 20]
    popular = [g for g in groups if all(a.startswith("stranger-") for a in g.members) and len(g.members) >= 20]
    assert len(farm) >= 5 and len(popular) >= 1, "the menu's and the phrase's groups exist"
    assert min(g.co_wrappers() for g in farm) >= 3
    assert max(g.co_wrappers() for g in popular) < 3
    challenged = {d.account_id for d in out if d.rule == "menu-ring"}
    assert challenged == {f"farm-{i:02d}" for i in range(30)}


def test_no_rule_reads_it_nothing_is_counted_or_sent():
    bare = load_rules(ROOT / "tests" / "fixtures" / "group_stream_rules")
    assert not any(r.co_wrappers for r in bare.rules)
    eng, _ = run(bare, farm_and_strangers()[:200])
    assert all(g.co is None for g in eng.group.groups.groups.values())
    assert not eng.account._rep_kinds


def test_each_member_counts_at_most_once_an_hour_from_the_tenth_account_on():
    stage = GroupStage(MENU_RULES)
    attrs = Attrs("a1", None, "m", "/v1/chat")

    def ob(account, ts, rep, n):
        return GroupObservation("template", "tpl-1", account, ts, ts, False, ((0, 1),), n, f"e{n}", attrs, None, 0,
                                (), rep)

    for i in range(9):  # nine accounts: the group is too small to count them
        stage.observe(ob(f"b{i}", T0 + i, (5,), 100 + i))
    g = stage.groups.get("template", "tpl-1")
    assert g.co is None
    for i in range(10):  # the tenth account, ten requests within the hour
        stage.observe(ob("a1", T0 + i * MIN, (7, 8, 9), i + 1))
    stage.observe(ob("a2", T0 + 30_000, (7,), 99))
    assert g.co.n == 2, "a1 once, a2 once"
    stage.observe(ob("a1", T0 + HOUR, (7, 8, 9), 50))
    assert g.co.n == 3, "a new hour counts again"
    assert g.co_wrappers() == 1, "only 7 reaches 3 counts"


def test_co_wrappers_travel_on_the_wire_and_survive_export_and_import():
    attrs = Attrs("a1", None, "m", "/v1/chat")
    obs = [GroupObservation(kind, "k", "a1", 5, 5, False, ((0, 1),), 9, "e1", attrs, None, 3, (), (31, 32))
           for kind in ("template", "device")]
    back = observations_from_dict(observations_to_dict(obs))
    assert [o.rep for o in back] == [(31, 32), (31, 32)]
    plain = GroupObservation("template", "k", "a1", 5, 5, False, ((0, 1),), 9, "e1", attrs)
    assert "r" not in plain.to_dict() and GroupObservation.from_dict(plain.to_dict()).rep == ()
    eng, _ = run(MENU_RULES, farm_and_strangers())
    (kind, key), g = next(((k, g) for k, g in eng.group.groups.groups.items() if g.co is not None and g.co_wrappers()))
    data = eng.group.export_group(kind, key)
    again = GroupStage(MENU_RULES)
    again.import_group(kind, key, data)
    assert again.groups.get(kind, key).co_wrappers() == g.co_wrappers()


def test_only_the_optional_rule_reads_it(tmp_path):
    """No default rule reads co_wrappers, so the default observations carry no
    recent wrappers; the optional template-menu-ring does once its file is
    copied beside the defaults."""
    from test_golden import _with_optional

    assert not any(r.co_wrappers for r in load_rules(ROOT / "rules").rules)
    rule = load_rules(_with_optional(tmp_path)).by_name["template-menu-ring"]
    assert rule.co_wrappers and rule.mode.value == "shadow" and rule.scope == "template"


def test_the_stream_wiring_counts_the_same_co_wrappers():
    """Through partitioned stages and the wire form (the observations carry
    the account's recent wrappers), the farm is challenged and the strangers
    are not, decision for decision as in the engine."""
    from test_stages import facade, partitioned, verdicts

    events = farm_and_strangers()
    want = facade(MENU_RULES, events)
    assert {d.account_id for d in want if d.rule == "menu-ring"} == {f"farm-{i:02d}" for i in range(30)}
    for hop in (0, 1):
        assert verdicts(partitioned(MENU_RULES, events, hop=hop)) == verdicts(want)
