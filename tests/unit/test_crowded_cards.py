"""Crowded cards: a payment group tells its accounts (a notice, like a shared
wrapper's) once CROWDED_CARD_ACCOUNTS accounts use the card; each account
then carries the card on its observations (accounts of no organisation
only, or of an organisation only they have reported for SOLO_ORG_MS: a
solo one), and a network group counts the distinct crowded cards behind it
(crowded_cards_24h). A hydra's proxy exits carry the accounts of several
such cards; a household line carries one family's card at most."""
from __future__ import annotations

from pathlib import Path

import orjson

from enforcer.contracts import parse_event
from enforcer.core.account_stage import AccountStage
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.features import CROWDED_CARD_ACCOUNTS, account_catalog
from enforcer.core.group_stage import GroupStage
from enforcer.core.linkkeys import key_hash
from enforcer.core.messages import GroupObservation, observations_from_dict, observations_to_dict
from enforcer.core.verdicts import Attrs
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(ROOT / "tests" / "fixtures" / "crowded_card_rules")
T0 = 1_793_613_600_000
MIN = 60_000
NET = "203.0.113"


def card_accounts(card: str, n: int, start: int, org: str | None = None, requests: int = 6) -> list[dict]:
    """n accounts paying with one card, each sending `requests` requests from
    the /24, interleaved over a few hours."""
    out = []
    for i in range(n):
        a = f"{card}-{i}"
        for j in range(requests):
            e = {"event_id": f"{a}-{j}", "ts": T0 + (start + i + 31 * j) * MIN, "account_id": a,
                 "prompt_tokens": 60, "completion_tokens": 500, "ip": f"{NET}.{10 + (i + j) % 50}", "asn": 64_500,
                 "payment_fingerprint": card, "prompt": f"question {a} {j}"}
            if org:
                e["org_id"] = org
            out.append(e)
    return out


def run(evs: list[dict], rules=RULES) -> tuple[Engine, set[str]]:
    eng = Engine(rules, EngineConfig())
    out = [d for e in sorted(evs, key=lambda e: e["ts"]) for d in eng.process(parse_event(orjson.dumps(e))).decisions]
    return eng, {d.account_id for d in out if d.action.value == "challenge"}


def net_group(eng: Engine, net: str = NET):
    return eng.group.groups.get("ip_prefix", key_hash("ip_prefix", f"{net}.0/24"))


def crowded_card(eng: Engine, account: str) -> int:
    return crowded_card_of(eng.account, account)


def crowded_card_of(stage: AccountStage, account: str) -> int:
    st = stage.accounts.get(account)
    return account_catalog()["crowded_card"].get(st, None, st.last_ts)


def test_the_accounts_of_several_crowded_cards_on_one_line_are_actioned():
    hydra = [e for c in range(3) for e in card_accounts(f"card-{c}", CROWDED_CARD_ACCOUNTS, c)]
    eng, actioned = run(hydra)
    assert net_group(eng).crowded_cards(T0 + 300 * MIN) == 3
    members = {f"card-{c}-{i}" for c in range(3) for i in range(CROWDED_CARD_ACCOUNTS)}
    assert all(crowded_card(eng, a) == 1 for a in members)
    assert actioned == members


def test_families_on_one_line_are_not_crowded_cards():
    families = [e for c in range(4) for e in card_accounts(f"family-{c}", CROWDED_CARD_ACCOUNTS - 1, c)]
    eng, actioned = run(families)
    assert net_group(eng).crowded_cards(T0 + 300 * MIN) == 0
    assert all(crowded_card(eng, f"family-{c}-0") == 0 for c in range(4))
    assert not actioned


def test_accounts_of_an_organisation_do_not_count_their_card_on_the_line():
    # A company's cards are crowded (the account knows it: paid 3), but its
    # accounts report the organisation: the office line does not count them,
    # and crowded_card reads 0 as for the cards the line counts.
    office = [e for c in range(3) for e in card_accounts(f"corp-{c}", 8, c, org="org-acme")]
    eng, actioned = run(office)
    assert eng.account.accounts.get("corp-0-0").paid == 3
    assert crowded_card(eng, "corp-0-0") == 0
    assert net_group(eng).crowded_cards(T0 + 300 * MIN) == 0
    assert not actioned


def test_a_hydra_giving_each_account_an_organisation_of_its_own_is_counted():
    # One account per "organisation" is no team: the cards stay crowded, the
    # line counts them, and the accounts are actioned as if they reported none.
    hydra = [e for c in range(3) for e in card_accounts(f"card-{c}", CROWDED_CARD_ACCOUNTS, c)]
    for e in hydra:
        e["org_id"] = f"org-of-{e['account_id']}"
    eng, actioned = run(hydra)
    members = {f"card-{c}-{i}" for c in range(3) for i in range(CROWDED_CARD_ACCOUNTS)}
    assert net_group(eng).crowded_cards(T0 + 300 * MIN) == 3
    assert all(crowded_card(eng, a) == 1 for a in members)
    assert actioned == members


def test_teams_of_two_on_a_sponsors_cards_are_teams():
    # A hackathon: each team (two accounts) reports its own organisation, the
    # sponsor's cards carry several teams. Teams, so no crowded card.
    teams = [e for c in range(3) for e in card_accounts(f"sponsor-{c}", 2 * CROWDED_CARD_ACCOUNTS, c)]
    for e in teams:
        e["org_id"] = f"team-{e['account_id'].rsplit('-', 1)[0]}-{int(e['account_id'].rsplit('-', 1)[1]) // 2}"
    eng, actioned = run(teams)
    assert net_group(eng).crowded_cards(T0 + 300 * MIN) == 0
    assert eng.account.accounts.get("sponsor-2-9").paid == 3
    assert not actioned


def test_an_office_sharing_a_hydras_line_is_not_a_member():
    # The line carries the hydra's three cards of no organisation; the office's
    # staff on their team cards are on the same line but report the
    # organisation: the line's fan-out skips them.
    hydra = [e for c in range(3) for e in card_accounts(f"card-{c}", CROWDED_CARD_ACCOUNTS, c)]
    office = [e for c in range(2) for e in card_accounts(f"corp-{c}", 8, 10 + c, org="org-acme")]
    eng, actioned = run(hydra + office)
    assert net_group(eng).crowded_cards(T0 + 300 * MIN) == 3
    assert actioned == {f"card-{c}-{i}" for c in range(3) for i in range(CROWDED_CARD_ACCOUNTS)}
    assert eng.account.accounts.get("corp-1-7").paid == 3


def test_two_crowded_cards_are_not_three():
    pair = [e for c in range(2) for e in card_accounts(f"card-{c}", 7, c)]
    eng, actioned = run(pair)
    assert net_group(eng).crowded_cards(T0 + 300 * MIN) == 2
    assert not actioned


def test_rules_that_do_not_read_it_send_no_card_notices_and_keep_no_counts():
    rules = load_rules(ROOT / "tests" / "fixtures" / "busy_rules")
    eng, _ = run([e for c in range(3) for e in card_accounts(f"card-{c}", 6, c)], rules)
    assert not any(k.startswith("pay-") for k in eng.group.shared)
    assert all(g.crowded_cards_24h is None for g in eng.group.groups.groups.values())
    assert all(eng.account.accounts.get(f"card-0-{i}").paid == 1 for i in range(6))


def test_the_card_travels_with_the_observation():
    ob = GroupObservation("ip_prefix", "k", "a", T0, T0, False, (), 0, "e1", Attrs("a"), card=12345)
    back = observations_from_dict(orjson.loads(orjson.dumps(observations_to_dict([ob]))))[0]
    assert back.card == 12345
    plain = GroupObservation("ip_prefix", "k", "a", T0, T0, False, (), 0, "e2", Attrs("a"))
    assert "cd" not in observations_to_dict([plain])
    assert observations_from_dict(observations_to_dict([plain]))[0].card == 0


def test_the_org_card_flag_travels_with_the_observation():
    ob = GroupObservation("org", "k", "a", T0, T0, False, (), 0, "e1", Attrs("a", "org-x"), org_card=True)
    assert observations_from_dict(orjson.loads(orjson.dumps(observations_to_dict([ob]))))[0].org_card
    plain = GroupObservation("org", "k", "a", T0, T0, False, (), 0, "e2", Attrs("a"))
    assert "oc" not in observations_to_dict([plain])
    assert not observations_from_dict(observations_to_dict([plain]))[0].org_card


def test_a_solo_organisation_is_withdrawn_when_a_second_account_reports_it():
    # card-0-0 alone reports org-x for two hours (solo: its card counts), then a
    # colleague joins the organisation: the notice is withdrawn and card-0-0's
    # next request reads its card as a team's.
    evs = card_accounts("card-0", CROWDED_CARD_ACCOUNTS, 0)
    for e in evs:
        if e["account_id"] == "card-0-0":
            e["org_id"] = "org-x"
    eng, _ = run(evs)
    okey = key_hash("org", "org-x")
    assert okey in eng.group.shared and eng.account.accounts.get("card-0-0").paid == 2
    late = T0 + 400 * MIN
    for i, (a, t) in enumerate((("colleague", late), ("card-0-0", late + MIN), ("card-0-0", late + 2 * MIN))):
        e = {"event_id": f"late-{i}", "ts": t, "account_id": a, "prompt_tokens": 60, "completion_tokens": 500,
             "ip": f"{NET}.9", "asn": 64_500, "payment_fingerprint": "card-0", "org_id": "org-x", "prompt": f"q {i}"}
        eng.process(parse_event(orjson.dumps(e)))
    assert okey not in eng.group.shared
    assert eng.account.accounts.get("card-0-0").paid == 3


def test_a_restored_account_and_group_keep_what_they_knew():
    hydra = [e for c in range(3) for e in card_accounts(f"card-{c}", CROWDED_CARD_ACCOUNTS, c)]
    eng, _ = run(hydra)
    saved = orjson.loads(orjson.dumps(eng.account.export_account("card-0-0")))
    assert saved["pd"] == 2
    acc = AccountStage(RULES, EngineConfig())
    acc.import_account("card-0-0", saved)
    assert acc.accounts.get("card-0-0").paid == 2
    acc.import_account("card-0-1", {**saved, "pd": True})  # written before crowded cards: a card on file
    assert acc.accounts.get("card-0-1").paid == 1
    acc.import_account("corp-0-0", {**saved, "pd": 3})
    assert acc.accounts.get("corp-0-0").paid == 3 and crowded_card_of(acc, "corp-0-0") == 0

    kind, key = "ip_prefix", key_hash("ip_prefix", f"{NET}.0/24")
    entry = orjson.loads(orjson.dumps(eng.group.export_group(kind, key)))
    legacy = {**entry, "sk": entry["sk"][:8]}  # written before crowded cards
    for data, cards in ((entry, 3), (legacy, 0)):
        dst = GroupStage(RULES, EngineConfig())
        dst.import_group(kind, key, data)
        assert dst.groups.get(kind, key).crowded_cards(T0 + 300 * MIN) == cards
