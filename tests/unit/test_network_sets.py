"""Network sets (`networks:` in rule files): the share of requests from listed
ASNs, per account and per group, through the engine."""
from __future__ import annotations

from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine
from enforcer.core.features import account_catalog, group_catalog
from enforcer.core.linkkeys import key_hash
from enforcer.rules.loader import load_rules

T0 = 1_793_613_600_000
RULES = """
networks:
  hosting: {asns: [16509, 24940]}
  mobile: {asns: [21928]}
rules:
  - name: hosted
    description: an account on rented servers
    when: requests_1h >= 4 && hosting_ratio_1h >= 0.8
    action: {type: challenge, ttl: 1h}
  - name: card
    description: cards are link keys
    scope: payment
    when: accounts_24h > 100 && hosting_ratio_24h >= 0.5
    action: {type: challenge, ttl: 1h}
"""


def ev(i: int, account: str, asn: int | None, **kw) -> RequestEvent:
    return RequestEvent(event_id=f"e{i}", ts=T0 + i * 1_000, account_id=account, prompt_tokens=10,
                        completion_tokens=20, asn=asn, **kw)


def test_share_of_requests_from_a_set_per_account_and_group(tmp_path):
    (tmp_path / "r.yaml").write_text(RULES)
    rules = load_rules(tmp_path)
    assert list(rules.networks) == ["hosting", "mobile"]
    eng = Engine(rules)
    out = []
    for k in range(5):
        out += eng.process(ev(10 * k, "server", 16509 if k % 2 else 24940, payment_fingerprint="c")).decisions
        out += eng.process(ev(10 * k + 1, "phone", 21928 if k < 4 else 16509, payment_fingerprint="c")).decisions
        out += eng.process(ev(10 * k + 2, "noasn", None)).decisions
    now = T0 + 50_000
    cat = account_catalog(markers=(), networks=tuple(rules.networks))
    get = {n: cat[n].get for n in ("hosting_ratio_1h", "mobile_ratio_1h")}
    assert [get["hosting_ratio_1h"](eng.accounts.get(a), None, now) for a in ("server", "phone", "noasn")] == [
        1.0, 0.2, 0.0]
    assert get["mobile_ratio_1h"](eng.accounts.get("phone"), None, now) == 0.8
    assert [(d.rule, d.account_id) for d in out] == [("hosted", "server")]
    g = eng.group.groups.get("payment", key_hash("payment", "c"))
    gcat = group_catalog(networks=tuple(rules.networks))
    # The card's first request (server's) came before it was a group: 4 + 1 of 9.
    assert gcat["hosting_ratio_24h"].get(g, None, now) == 5 / 9


def test_reload_with_other_sets_counts_new_requests_by_the_new_sets(tmp_path):
    (tmp_path / "r.yaml").write_text(RULES)
    eng = Engine(load_rules(tmp_path))
    eng.process(ev(1, "a", 21928))
    (tmp_path / "r.yaml").write_text(RULES.replace("mobile: {asns: [21928]}", "mobile: {asns: [16509]}"))
    eng.set_rules(load_rules(tmp_path))
    eng.process(ev(2, "a", 16509))
    assert eng.stats["network_sets_changed"] == 1
    cat = account_catalog(networks=("hosting", "mobile"))
    st = eng.accounts.get("a")
    # 16509 is in both sets now; the first request counted as mobile under the old sets.
    assert (cat["hosting_ratio_1h"].get(st, None, T0 + 3_000), cat["mobile_ratio_1h"].get(st, None, T0 + 3_000)) == (
        0.5, 1.0)


def test_group_account_share_counts_accounts_not_requests(tmp_path):
    """A popular phrase's group: one heavy account in the cloud and nine at
    home. By requests the group is nearly all hosted; by accounts, a tenth."""
    (tmp_path / "r.yaml").write_text(RULES)
    rules = load_rules(tmp_path)
    eng = Engine(rules)
    i = 0
    for k in range(9):
        for _ in range(10):  # the app backend, between each home user's requests
            eng.process(ev(i, "app", 16509, payment_fingerprint="c"))
            i += 1
        eng.process(ev(i, f"home{k}", 7922, payment_fingerprint="c"))
        i += 1
    now = T0 + i * 1_000
    g = eng.group.groups.get("payment", key_hash("payment", "c"))
    gcat = group_catalog(networks=tuple(rules.networks))
    assert gcat["accounts_24h"].get(g, None, now) == 10
    assert gcat["hosting_ratio_24h"].get(g, None, now) > 0.85
    assert gcat["hosting_account_share_24h"].get(g, None, now) == 0.1
    assert gcat["mobile_account_share_24h"].get(g, None, now) == 0.0
    # One more account, on a phone: a second set counts its own accounts.
    eng.process(ev(i, "phone", 21928, payment_fingerprint="c"))
    assert gcat["mobile_account_share_24h"].get(g, None, now + 1_000) == 1 / 11
    assert gcat["hosting_account_share_24h"].get(g, None, now + 1_000) == 1 / 11


def test_a_third_set_counts_in_its_own_column_and_old_group_state_restores(tmp_path):
    """The third set's counter is the last one (added after the others), not
    next to the first two: its shares per account and per group are its own."""
    (tmp_path / "r.yaml").write_text(RULES.replace("  mobile: {asns: [21928]}\n",
                                                   "  mobile: {asns: [21928]}\n  vpn: {asns: [9009]}\n"))
    rules = load_rules(tmp_path)
    assert list(rules.networks) == ["hosting", "mobile", "vpn"]
    eng = Engine(rules)
    asns = [9009, 9009, 9009, 21928]
    for k, asn in enumerate(asns):
        eng.process(ev(k, "a", asn, payment_fingerprint="c"))
        eng.process(ev(100 + k, "b", 16509, payment_fingerprint="c"))
    now = T0 + 200_000
    cat = account_catalog(markers=(), networks=tuple(rules.networks))
    acct = eng.accounts.get("a")
    assert cat["vpn_ratio_1h"].get(acct, None, now) == 0.75
    assert cat["mobile_ratio_1h"].get(acct, None, now) == 0.25
    assert cat["hosting_ratio_1h"].get(acct, None, now) == 0.0
    g = eng.group.groups.get("payment", key_hash("payment", "c"))
    gcat = group_catalog(networks=tuple(rules.networks))
    assert gcat["vpn_account_share_24h"].get(g, None, now) == 0.5  # one of its two accounts
    # a group saved with two network-set slots (before the third existed) restores
    saved = g.sketches_to_list()
    saved[5] = saved[5][:2]
    g.sketches_from_list(saved)
    assert gcat["vpn_account_share_24h"].get(g, None, now) == 0.0
    assert gcat["hosting_account_share_24h"].get(g, None, now) == 0.5
