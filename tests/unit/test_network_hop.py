"""network_hop_ratio_*: requests from a network the account had not used that
day or the day before, moving from another ASN (a proxy that rotates across ISPs per request), per
account and per group, and the upgrade path of the counter it adds."""
from __future__ import annotations

import orjson

from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine
from enforcer.core.epochs import EpochDistinct
from enforcer.core.features import HOP, account_catalog, group_catalog
from enforcer.core.linkkeys import key_hash
from enforcer.rules.loader import load_rules

DAY = 86_400_000
T0 = 1_793_577_600_000  # a midnight (UTC)


def ev(i: int, ts: int, account: str, **kw) -> RequestEvent:
    return RequestEvent(event_id=f"e{i}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20, **kw)


def test_fresh_means_new_over_this_day_and_the_one_before():
    d = EpochDistinct(DAY)
    assert d.add_fresh(1, T0 + 1_000) is True
    assert d.add_fresh(1, T0 + 2_000) is False  # same day
    assert d.add_fresh(1, T0 + DAY + 1_000) is False  # used yesterday: not new this morning
    assert d.add_fresh(2, T0 + DAY + 2_000) is True
    assert d.add_fresh(1, T0 + 3 * DAY) is True  # unused for two days: new again
    assert d.estimate(T0 + 3 * DAY) == 1


def _engine(tmp_path) -> Engine:
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - name: card\n    description: groups by card\n    scope: payment\n"
        "    when: accounts_24h > 100\n    action: {type: challenge, ttl: 1h}\n")
    return Engine(load_rules(tmp_path))  # a payment rule: cards are link keys


def test_hop_ratio_tells_a_rotating_proxy_from_home_office_and_no_ip(tmp_path):
    eng = _engine(tmp_path)
    i = 0
    for k in range(20):  # 20 requests each, one a minute
        t = T0 + 8 * 3_600_000 + k * 60_000
        eng.process(ev(i := i + 1, t, "home", ip="198.51.100.7"))
        # a phone: a new carrier address every 5 requests, in a few /24s
        eng.process(ev(i := i + 1, t + 1, "phone", ip=f"100.64.{k // 5}.{k}"))
        eng.process(ev(i := i + 1, t + 2, "rotating", ip=f"203.0.{k}.9", payment_fingerprint="card-r"))
        eng.process(ev(i := i + 1, t + 3, f"swarm-{k % 4}", ip=f"192.0.{k}.1", payment_fingerprint="card-r"))
        eng.process(ev(i := i + 1, t + 4, "noip"))
    now = T0 + 9 * 3_600_000
    acat, gcat = account_catalog(), group_catalog()

    def acct(a: str) -> float:
        return acat["network_hop_ratio_24h"].get(eng.accounts.get(a), None, now)

    assert acct("home") == 0.0  # an account's first network is not a hop
    assert acct("phone") == 3 / 20
    assert acct("rotating") == 19 / 20
    assert acct("noip") == 0.0
    g = eng.group.groups.get("payment", key_hash("payment", "card-r"))
    # The card's first request came before it had a second account (a pending
    # key, not yet a group) and is not in its windows. Every other request
    # hopped but each account's first: the rotating account's 19, and 4 of
    # each swarm account's 5.
    assert gcat["network_hop_ratio_24h"].get(g, None, now) == (19 + 16) / 39
    assert gcat["requests_24h"].get(g, None, now) == 39


def test_a_carrier_nat_is_no_hop_a_proxy_across_isps_is(tmp_path):
    """A phone behind a mobile carrier's NAT gets an address from anywhere in the
    carrier's pool: a new /24 at nearly every request, always the same ASN."""
    eng = _engine(tmp_path)
    i = 0
    for k in range(10):
        t = T0 + 8 * 3_600_000 + k * 60_000
        eng.process(ev(i := i + 1, t, "phone", ip=f"172.{56 + k}.{k}.9", asn=21928))
        eng.process(ev(i := i + 1, t + 1, "proxy", ip=f"203.0.{k}.9", asn=7922 if k % 2 else 3320))
        eng.process(ev(i := i + 1, t + 2, "no-asn", ip=f"192.0.{k}.1"))
    now = T0 + 9 * 3_600_000
    acat = account_catalog()

    def acct(a: str) -> float:
        return acat["network_hop_ratio_24h"].get(eng.accounts.get(a), None, now)

    assert acct("phone") == 0.0
    assert acct("proxy") == 9 / 10  # every move but the first network
    assert acct("no-asn") == 9 / 10  # no ASN reported: the /24 alone decides


def test_a_network_used_yesterday_is_not_a_hop_today(tmp_path):
    eng = _engine(tmp_path)
    eng.process(ev(1, T0 + 23 * 3_600_000, "a", ip="198.51.100.7"))
    eng.process(ev(2, T0 + 25 * 3_600_000, "a", ip="198.51.100.8"))  # same /24, next day
    st = eng.accounts.get("a")
    assert st.windows.totals(2)[HOP] == 0
    eng.process(ev(3, T0 + 26 * 3_600_000, "a", ip="203.0.113.8"))  # another /24
    eng.process(ev(4, T0 + 27 * 3_600_000, "a", ip="198.51.100.9"))  # back to yesterday's
    assert st.windows.totals(2)[HOP] == 1


def test_account_state_of_the_layout_before_the_counter_imports_and_keeps_its_windows(tmp_path):
    eng = _engine(tmp_path)
    for k in range(5):
        eng.process(ev(k, T0 + k * 60_000, "a", ip=f"203.0.{k}.9"))
    data = orjson.loads(orjson.dumps(eng.export_account("a")))
    for w in data["w"]:  # as written before network_hop was added: no counter from HOP on
        w[1] = [row[:HOP] for row in w[1]]
    # An entry of that age held no sketches either ("s"): the restored account's
    # first network is its first again, and the move after it a hop.
    fresh = _engine(tmp_path)
    fresh.import_account("a", {k: v for k, v in data.items() if k != "s"})
    st = fresh.accounts.get("a")
    assert st.windows.totals(2)[0] == 5 and st.windows.totals(2)[HOP] == 0
    fresh.process(ev(9, T0 + 6 * 60_000, "a", ip="192.0.2.1"))
    fresh.process(ev(10, T0 + 7 * 60_000, "a", ip="192.0.3.1"))
    assert st.windows.totals(2)[0] == 7 and st.windows.totals(2)[HOP] == 1
    # With its sketches, it remembers the networks it used: both moves are hops.
    again = _engine(tmp_path)
    again.import_account("a", data)
    st = again.accounts.get("a")
    again.process(ev(9, T0 + 6 * 60_000, "a", ip="192.0.2.1"))
    again.process(ev(10, T0 + 7 * 60_000, "a", ip="192.0.3.1"))
    assert st.windows.totals(2)[0] == 7 and st.windows.totals(2)[HOP] == 2


def test_ipv6_prefix_rotation_in_one_asn_is_an_ipv6_hop_a_phone_session_is_not(tmp_path):
    """IPv6 has no carrier NAT: a phone keeps one /64 per data session and a home
    line one /64, so a new /64 at nearly every request inside a /48 the account
    used is a client rotating source prefixes out of a routed block. A carrier
    hands its /64s out of pools far larger than a /48, so a phone that gets a new
    one at every request is no hop. IPv4 in one ASN stays no hop."""
    eng = _engine(tmp_path)
    i = 0
    for k in range(12):
        t = T0 + 8 * 3_600_000 + k * 600_000
        # a tunnel broker's /48: a new /64 (the 4th group) at every request
        eng.process(ev(i := i + 1, t, "tunnel", ip=f"2001:470:1f00:{k:x}::2", asn=6939))
        # a phone: a new /64 from the carrier's pool at each of 3 data sessions
        eng.process(ev(i := i + 1, t + 1, "phone", ip=f"2804:14c:{k // 4 + 1:x}0:a{k // 4}::{k + 1:x}", asn=28573))
        # a home line: privacy addresses change the low 64 bits only
        eng.process(ev(i := i + 1, t + 2, "home", ip=f"2804:7f0:10:5::{k + 1:x}", asn=18881))
        # a phone given a new /64 at every request, anywhere in its carrier's /32
        eng.process(ev(i := i + 1, t + 4, "scatter", ip=f"2404:3c00:{0x1000 + 97 * k:x}:{k + 5:x}::1", asn=24499))
        # IPv4 behind a carrier's NAT: a new /24 each time, one ASN
        eng.process(ev(i := i + 1, t + 3, "cgnat", ip=f"177.{20 + k}.{k}.9", asn=26599))
    now = T0 + 11 * 3_600_000
    acat = account_catalog()

    def acct(a: str, f: str) -> float:
        return acat[f].get(eng.accounts.get(a), None, now)

    assert acct("tunnel", "ipv6_hop_ratio_24h") == 11 / 12  # every request but the first
    assert acct("tunnel", "network_hop_ratio_24h") == 0.0  # one ASN: not a hop across ISPs
    assert acct("phone", "ipv6_hop_ratio_24h") == 0.0  # each data session's /64 in a /48 of its own
    assert acct("scatter", "ipv6_hop_ratio_24h") == 0.0
    assert acct("scatter", "distinct_ip_prefixes_24h") == 12
    assert acct("home", "ipv6_hop_ratio_24h") == 0.0
    assert acct("cgnat", "ipv6_hop_ratio_24h") == 0.0
    assert acct("cgnat", "network_hop_ratio_24h") == 0.0


def test_a_48_counts_as_used_that_day_or_the_day_before_and_only_the_last_four_are_kept():
    from enforcer.core.account_sketch import BLOCKS48, AccountSketch
    sk = AccountSketch()
    assert sk._block_seen("2001:db8:1:a::1", 10) is False  # first sight
    assert sk._block_seen("2001:db8:1:b::1", 10) is True  # another /64 of the same /48
    assert sk._block_seen("2001:db8:1:c::1", 11) is True  # used the day before
    assert sk._block_seen("2001:db8:1:d::1", 13) is False  # unused for a day in between
    for n in range(BLOCKS48):  # four other /48s push the first out
        sk._block_seen(f"2001:db8:{n + 2:x}::1", 13)
    assert sk._block_seen("2001:db8:1:e::1", 13) is False
    assert sk._block_seen("not-an-address", 13) is False
