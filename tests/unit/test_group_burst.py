"""burst_account_share_1h and key_age_hours: most of a key's accounts of the
last day arriving within the hour (a fleet spending its daily quotas right
after they reset), read against how long the key has been seen (on its first
day every arrival is recent)."""
from __future__ import annotations

from enforcer.core.features import GROUP_WINDOWS, K, group_catalog
from enforcer.core.groups import GroupState

T0 = 1_793_577_600_000  # a UTC midnight
HOUR = 3_600_000
CAT = group_catalog()


def feature(g: GroupState, name: str, now: int) -> float:
    return CAT[name].get(g, None, now)


def test_a_fleet_starting_together_on_a_day_old_key_reads_as_a_burst():
    g = GroupState("asn_ua", "k", GROUP_WINDOWS, K, T0 + 2 * HOUR)
    g.add_member("early", T0 + 2 * HOUR, False, 1000)
    g.add_member("late", T0 + 9 * HOUR, False, 1000)
    day2 = T0 + 24 * HOUR
    for i in range(30):
        g.add_member(f"fleet-{i}", day2 + i * 60_000, False, 1000)
    now = day2 + 40 * 60_000
    assert feature(g, "key_age_hours", now) >= 22.0
    assert feature(g, "burst_account_share_1h", now) == 30 / 32


def test_arrivals_spread_over_the_day_do_not():
    g = GroupState("asn_ua", "k", GROUP_WINDOWS, K, T0)
    for i in range(24):
        g.add_member(f"a{i}", T0 + i * HOUR, False, 1000)
    now = T0 + 23 * HOUR + 1
    # the last two hour epochs hold two of the 24 arrivals
    assert feature(g, "burst_account_share_1h", now) == 2 / 24


def test_a_key_first_seen_this_hour_is_young():
    g = GroupState("asn_ua", "k", GROUP_WINDOWS, K, T0 + 5 * HOUR)
    for i in range(10):
        g.add_member(f"a{i}", T0 + 5 * HOUR + i, False, 1000)
    now = T0 + 5 * HOUR + 30 * 60_000
    assert feature(g, "burst_account_share_1h", now) == 1.0
    assert feature(g, "key_age_hours", now) == 0.5
