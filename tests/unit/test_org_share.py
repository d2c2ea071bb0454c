"""org_account_share_24h: the share of a group's accounts that belong to the
organisation most of them share. An app that gives each end user an account
under its own organisation, or a school's class on one organisation, is one
customer; a ring's accounts are spread over many customers."""
from __future__ import annotations

import random
from pathlib import Path

import orjson

from enforcer.contracts import parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.group_stage import GroupStage
from enforcer.core.features import GROUP_WINDOWS, K
from enforcer.core.groups import DAY, GroupState, org_hash
from enforcer.core.messages import GroupObservation
from enforcer.core.verdicts import Attrs
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(ROOT / "tests" / "fixtures" / "org_share_rules")
T0 = 1_793_613_600_000
MIN = 60_000

WRAPPER = "Solve the following exercise step by step and box the final answer.\n\n"
APP_WRAPPER = "You are revising for the baccalaureate. Explain the method, then give the answer.\n\n"


WORDS = ["river", "engine", "garden", "ladder", "mirror", "orchestra", "harbour", "volcano", "lantern", "glacier",
         "library", "compass", "meadow", "bridge", "comet", "forest", "violin", "desert", "market", "tunnel",
         "changes", "slows", "grows", "bends", "echoes", "shrinks", "glows", "drifts", "splits", "settles"]


def question(i: int) -> str:
    """A question with no words in common at its ends with another: nothing
    but the wrapper is shared."""
    rng = random.Random(i)
    return " ".join(rng.choice(WORDS) for _ in range(14)) + "?"


def events(prefix: str, n: int, org: str | None, start: int = 0, wrapper: str = WRAPPER) -> list[dict]:
    """n accounts, two requests each through the wrapper, 1 min apart; `org`:
    one organisation for all of them, or None for an organisation each."""
    out = []
    for i in range(n):
        for j in range(2):
            out.append({"event_id": f"{prefix}{i}-{j}", "ts": T0 + (start + 2 * i + j) * MIN,
                        "account_id": f"{prefix}-{i:02d}", "prompt_tokens": 40, "completion_tokens": 400,
                        "prompt": wrapper + question(1000 * start + 10 * i + j),
                        "org_id": org if org is not None else f"org-{prefix}-{i}"})
    return out


def run(evs: list[dict]):
    eng = Engine(RULES, EngineConfig())
    out = [d for e in evs for d in eng.process(parse_event(orjson.dumps(e))).decisions]
    return eng, out


def test_majority_vote_finds_the_organisation_most_accounts_share():
    g = GroupState("template", "k", GROUP_WINDOWS, K, T0)
    for i in range(10):
        a = f"a{i}"
        g.add_member(a, T0 + i, False, 1000)
        assert g.fresh_day
        g.vote_org(a, org_hash("school") if i else org_hash("someone-else"), T0 + i)
    # The school's first account arrived while "someone-else" led the vote: it
    # is not counted (the lead's accounts are counted from when it takes the
    # lead), so a majority reads a little low, never high.
    assert g.org_account_share(T0 + 20) == 0.8
    # the same account later that day is no new arrival
    g.add_member("a3", T0 + 30, False, 1000)
    assert not g.fresh_day


def test_accounts_of_no_organisation_abstain():
    # Four loners arrive first, then six accounts of one school: the loners do
    # not vote the school down, so its share is counted from its first account
    # (with them voting it read 2 / 10).
    g = GroupState("template", "k", GROUP_WINDOWS, K, T0)
    for i in range(10):
        a = f"a{i}"
        g.add_member(a, T0 + i, False, 1000)
        g.vote_org(a, org_hash("school") if i >= 4 else 0, T0 + i)
    assert g.org_account_share(T0 + 20) == 0.6


def test_accounts_of_many_organisations_or_of_none_read_low():
    spread = GroupState("template", "k", GROUP_WINDOWS, K, T0)
    none = GroupState("template", "n", GROUP_WINDOWS, K, T0)
    for i in range(20):
        spread.add_member(f"a{i}", T0 + i, False, 1000)
        spread.vote_org(f"a{i}", org_hash(f"org-{i}"), T0 + i)
        none.add_member(f"a{i}", T0 + i, False, 1000)
        none.vote_org(f"a{i}", 0, T0 + i)
    assert spread.org_account_share(T0 + 30) <= 0.1
    assert none.org_account_share(T0 + 30) == 0.0
    assert none.org_accounts_24h is None  # nothing allocated for a group with no organisation


def test_the_share_covers_one_to_two_days_like_the_account_counts():
    g = GroupState("template", "k", GROUP_WINDOWS, K, T0)
    for i in range(10):
        g.add_member(f"a{i}", T0 + i, False, 1000)
        g.vote_org(f"a{i}", org_hash("app"), T0 + i)
    assert g.org_account_share(T0 + DAY) == 1.0
    assert g.org_account_share(T0 + 3 * DAY) == 0.0


def test_a_ring_of_many_customers_is_actioned_and_one_customers_accounts_are_not():
    ring = events("ring", 12, None)
    app = events("app", 30, "org-tutor-app", start=100, wrapper=APP_WRAPPER)
    eng, out = run(sorted(ring + app, key=lambda e: e["ts"]))
    actioned = {d.account_id for d in out if d.action.value == "challenge"}
    assert {f"ring-{i:02d}" for i in range(12)} <= actioned
    assert not any(a.startswith("app-") for a in actioned)


def test_the_ring_is_still_actioned_when_it_joins_an_app_on_the_same_wrapper():
    # 30 app accounts first, then a ring of 20 on the same wrapper: the app no
    # longer makes up 80% of the wrapper's accounts.
    app = events("app", 30, "org-tutor-app")
    ring = events("ring", 20, None, start=100)
    _, out = run(app + ring)
    assert any(d.account_id.startswith("ring-") and d.action.value == "challenge" for d in out)


def test_rules_that_do_not_read_it_keep_no_organisation_state():
    eng = Engine(load_rules(ROOT / "tests" / "fixtures" / "menu_ring_rules"), EngineConfig())
    for e in events("app", 12, "org-x"):
        eng.process(parse_event(orjson.dumps(e)))
    assert all(g.org_votes == 0 and g.org_accounts_24h is None for g in eng.group.groups.groups.values())


def test_a_restored_group_keeps_its_organisation_count():
    eng, _ = run(events("app", 12, "org-tutor-app"))
    src = eng.group
    (kind, key), g = next(((k, g) for k, g in src.groups.groups.items() if k[0] == "template"))
    # 11 of 12: the key's first account arrived while the key was pending (one
    # account, no group yet) and cast no vote
    assert g.org_account_share(T0 + 30 * MIN) == 11 / 12
    data = orjson.loads(orjson.dumps(src.export_group(kind, key)))
    dst = GroupStage(RULES, EngineConfig())
    dst.import_group(kind, key, data)
    h = dst.groups.groups[(kind, key)]
    assert h.org_lead == g.org_lead and h.org_account_share(T0 + 30 * MIN) == 11 / 12
    assert h.org_pending is None


def test_a_group_restored_without_its_sketches_counts_its_members_organisation_again_as_they_arrive():
    """An entry written before the distinct counts were saved ("sk")."""
    eng, _ = run(events("app", 12, "org-tutor-app"))
    src = eng.group
    (kind, key), g = next(((k, g) for k, g in src.groups.groups.items() if k[0] == "template"))
    data = orjson.loads(orjson.dumps(src.export_group(kind, key)))
    del data["sk"]
    dst = GroupStage(RULES, EngineConfig())
    dst.import_group(kind, key, data)
    h = dst.groups.groups[(kind, key)]
    assert h.org_lead == g.org_lead and h.org_account_share(T0 + 30 * MIN) == 0.0
    # the restored members' next requests (same day) count them again
    for i in range(12):
        a = f"app-{i:02d}"
        dst.observe(GroupObservation(kind, key, a, T0 + (40 + i) * MIN, T0 + (40 + i) * MIN, False, (), 0,
                                     f"e{i}", Attrs(a, "org-tutor-app")))
    assert h.org_account_share(T0 + 60 * MIN) == 1.0
    assert h.org_pending is None


def test_a_lead_of_no_organisation_saved_before_abstention_is_dropped_on_restore():
    """State written when accounts of no organisation still voted can hold a
    lead of 0 with many votes, which no arrival could now outvote quickly."""
    eng, _ = run(events("app", 12, "org-tutor-app"))
    src = eng.group
    (kind, key), _g = next(((k, g) for k, g in src.groups.groups.items() if k[0] == "template"))
    data = orjson.loads(orjson.dumps(src.export_group(kind, key)))
    data["og"] = [0, 500]
    dst = GroupStage(RULES, EngineConfig())
    dst.import_group(kind, key, data)
    h = dst.groups.groups[(kind, key)]
    assert h.org_lead == 0 and h.org_votes == 0
    h.vote_org("app-00", org_hash("org-tutor-app"), T0 + 40 * MIN)
    assert h.org_lead == org_hash("org-tutor-app")
