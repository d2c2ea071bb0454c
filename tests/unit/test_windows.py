"""Sliding windows in event time: sums, expiry, late events, bounds."""

from __future__ import annotations

import random

from enforcer.core.windows import MultiWindow, SlidingSums, WindowSpec

MIN = WindowSpec("1m", 60_000, 12)  # 5 s buckets
SPECS = (MIN, WindowSpec("1h", 3_600_000, 60))


def test_sum_and_expiry_follow_event_time():
    s = SlidingSums(1)
    g = MIN.gran_ms
    for t in range(0, 60_000, 1_000):  # one event per second for a minute
        s.add(t // g, t // g, MIN.buckets, ((0, 1),))
    assert s.tot == [60]
    # At t=90 s the window holds buckets (18-12, 18] = [35 s, 90 s): the
    # oldest partial bucket [30 s, 35 s) has left, so 25 of the last 30 events.
    s.expire(90_000 // g, MIN.buckets)
    assert s.tot == [25]
    s.expire(10_000_000 // g, MIN.buckets)
    assert s.tot == [0] and s.is_empty()


def test_error_is_at_most_one_bucket_and_never_an_overcount():
    rng = random.Random(3)
    s = SlidingSums(1)
    g = MIN.gran_ms
    events = sorted(rng.randrange(0, 600_000) for _ in range(2_000))
    for i, t in enumerate(events):
        s.add(t // g, t // g, MIN.buckets, ((0, 1),))
        s.expire(t // g, MIN.buckets)
        exact = sum(1 for u in events[: i + 1] if u > t - MIN.span_ms)
        lower = sum(1 for u in events[: i + 1] if u > t - MIN.span_ms + g)
        assert lower <= s.tot[0] <= exact


def test_late_event_inside_window_is_counted_in_its_bucket():
    mw = MultiWindow(SPECS, 2)
    mw.add(SPECS, 100_000, 100_000, ((0, 1), (1, 10)))
    mw.add(SPECS, 70_000, 100_000, ((0, 1), (1, 5)))  # 30 s late, still inside 1m
    assert mw.totals(0) == [2, 15]
    mw.advance(SPECS, 135_000)  # the late event's bucket leaves the minute first
    assert mw.totals(0) == [1, 10]
    assert mw.totals(1) == [2, 15]


def test_event_too_old_for_short_window_still_counts_in_long_window():
    mw = MultiWindow(SPECS, 1)
    mw.add(SPECS, 1_000_000, 1_000_000, ((0, 1),))
    counted = mw.add(SPECS, 1_000_000 - 120_000, 1_000_000, ((0, 1),))
    assert counted == 1
    assert mw.totals(0) == [1] and mw.totals(1) == [2]


def test_buckets_per_window_are_bounded():
    s = SlidingSums(1)
    g = MIN.gran_ms
    for t in range(0, 3_600_000, 500):
        s.expire(t // g, MIN.buckets)
        s.add(t // g, t // g, MIN.buckets, ((0, 1),))
        assert len(s.idx) <= MIN.buckets


def test_round_trip_serialisation():
    mw = MultiWindow(SPECS, 3)
    for t in range(0, 200_000, 7_000):
        mw.add(SPECS, t, t, ((0, 1), (1, t % 13), (2, 2)))
    back = MultiWindow.from_list(SPECS, 3, mw.to_list())
    assert back.totals(0) == mw.totals(0) and back.totals(1) == mw.totals(1)


def test_rows_of_an_older_layout_load_padded_and_keep_counting():
    """Counters are only ever appended: state written before a counter was
    added has shorter rows, which load with the new counter at zero."""
    old = MultiWindow(SPECS, 2)
    for t in range(0, 120_000, 10_000):
        old.add(SPECS, t, t, ((0, 1), (1, 5)))
    back = MultiWindow.from_list(SPECS, 3, old.to_list())
    assert back.totals(0) == old.totals(0) + [0]
    back.add(SPECS, 120_000, 120_000, ((0, 1), (2, 1)))
    assert back.totals(1)[0] == old.totals(1)[0] + 1 and back.totals(1)[2] == 1
