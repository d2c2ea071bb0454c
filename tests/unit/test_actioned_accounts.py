"""actioned_accounts_24h / actioned_account_share_24h: the accounts on a key
that held an enforced challenge or suspension when they used it, and the
mostly-actioned-card rule that reads them. Other rules catch a ring's accounts
one by one; the card's remaining accounts are then the same operator's, while
a family or a team one of whose members was actioned keeps its others."""
from __future__ import annotations

from pathlib import Path

import orjson

from enforcer.contracts import parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.group_stage import GroupStage
from enforcer.core.linkkeys import key_hash
from enforcer.core.messages import GroupObservation
from enforcer.core.verdicts import Attrs
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(ROOT / "tests" / "fixtures" / "actioned_rules")
T0 = 1_793_613_600_000
MIN = 60_000


def requests(account: str, n: int, start: int, card: str, org: str | None = None, model: str = "m",
             step: int = 1) -> list[dict]:
    return [{"event_id": f"{account}-{start}-{j}", "ts": T0 + (start + step * j) * MIN, "account_id": account,
             "prompt_tokens": 60, "completion_tokens": 700, "ip": f"198.51.100.{10 + j % 5}", "asn": 64_500,
             "payment_fingerprint": card, "org_id": org, "model": model, "prompt": f"question {account} {j}"}
            for j in range(n)]


def card_of(n_heavy: int, n_quiet: int, card: str, org: str | None = None, model: str = "m",
            late: bool = False) -> list[dict]:
    """n_heavy accounts that each send 10 requests in ten minutes (the account
    rule's catch), n_quiet that send two requests an hour apart; with `late`,
    the last quiet account comes first five hours later."""
    evs = [e for i in range(n_heavy) for e in requests(f"{card}-heavy-{i}", 10, 20 * i + 5, card, org, model)]
    for i in range(n_quiet):
        start = 300 if late and i == n_quiet - 1 else i
        evs += requests(f"{card}-quiet-{i}", 2, start, card, org, step=60)
    return evs


def run(evs: list[dict]) -> tuple[Engine, dict[str, str]]:
    eng = Engine(RULES, EngineConfig())
    first: dict[str, str] = {}
    for e in sorted(evs, key=lambda e: e["ts"]):
        for d in eng.process(parse_event(orjson.dumps(e))).decisions:
            if d.mode.value == "enforce" and d.action.value in ("challenge", "suspend"):
                first.setdefault(d.account_id, d.rule)
    return eng, first


def card_group(eng: Engine, card: str):
    return eng.group.groups.get("payment", key_hash("payment", card))


def test_the_rest_of_a_mostly_caught_ring_is_challenged():
    eng, first = run(card_of(5, 2, "ring", late=True))
    assert {a for a, r in first.items() if r == "heavy-account"} == {f"ring-heavy-{i}" for i in range(5)}
    # q0 is a member when the card turns; q1 arrives later and inherits on its first request
    assert first.get("ring-quiet-0") == "mostly-actioned-card"
    assert first.get("ring-quiet-1") == "mostly-actioned-card"
    g = card_group(eng, "ring")
    # An account counts once it uses the card, a group by then, while it holds
    # the action: not the first heavy one (its card was a pending key, one
    # account, until the second came, and it sent nothing more), not the first
    # quiet one (nothing after its fan-out); the late one's second request
    # does (the rule's own decisions count too).
    assert g.actioned_accounts(T0 + 400 * MIN) == 6


def test_a_card_with_a_few_actioned_members_keeps_the_others():
    _, first = run(card_of(2, 4, "family"))
    assert set(first) == {"family-heavy-0", "family-heavy-1"}


def test_two_thirds_is_not_enough_on_six_accounts():
    eng, first = run(card_of(4, 2, "six"))
    assert set(first) == {f"six-heavy-{i}" for i in range(4)}
    g = card_group(eng, "six")
    assert (g.actioned_accounts(T0 + 200 * MIN), g.accounts_24h.estimate(T0 + 200 * MIN)) == (4, 6)


def test_a_teams_card_keeps_its_others():
    _, first = run(card_of(5, 2, "team", org="org-acme"))
    assert set(first) == {f"team-heavy-{i}" for i in range(5)}


def test_a_throttle_is_no_verdict():
    eng, first = run(card_of(5, 2, "slow", model="throttled"))
    assert first == {}
    assert card_group(eng, "slow").actioned_accounts(T0 + 200 * MIN) == 0


def test_rules_that_do_not_read_it_keep_no_actioned_state():
    """Accounts are challenged on a card that is a group, but no rule reads the
    count: no group keeps one."""
    eng = Engine(load_rules(ROOT / "tests" / "fixtures" / "actioned_unread_rules"), EngineConfig())
    challenged = set()
    for e in sorted(card_of(5, 2, "ring"), key=lambda e: e["ts"]):
        challenged |= {d.account_id for d in eng.process(parse_event(orjson.dumps(e))).decisions}
    assert challenged == {f"ring-heavy-{i}" for i in range(5)}
    assert card_group(eng, "ring") is not None
    assert all(g.actioned_accounts_24h is None for g in eng.group.groups.groups.values())


def test_a_restored_group_keeps_its_actioned_members():
    """The changelog entry holds the count ("sk"): the restored group reads
    what the original read, and its members counted already add nothing when
    they come again. An entry written before it was saved (nine sketches)
    loads and counts afresh."""
    eng, _ = run(card_of(5, 2, "ring", late=True))
    kind, key = "payment", key_hash("payment", "ring")
    now = T0 + 400 * MIN
    g = eng.group.groups.get(kind, key)
    assert g.actioned_accounts(now) == 6
    saved = orjson.loads(orjson.dumps(eng.group.export_group(kind, key)))
    legacy = dict(saved, sk=saved["sk"][:9])
    for entry, before in ((saved, 6), (legacy, 0)):
        dst = GroupStage(RULES, EngineConfig())
        dst.import_group(kind, key, entry)
        h = dst.groups.get(kind, key)
        assert h.actioned_accounts(now) == before
        held = (2, now + 3_600_000, 0, 0)
        for i, a in enumerate(g.members):  # all 7, the 6 counted ones among them: distinct accounts
            dst.observe(GroupObservation(kind, key, a, now + i, now + i, False, (), 0, f"x{i}", Attrs(a), held))
        assert h.actioned_accounts(now + 10) == 7
