"""Event fields as gateways send them. Event time: RFC 3339 text, epoch milliseconds, or Unix
seconds (which must not be read as milliseconds in January 1970)."""
from __future__ import annotations

import orjson
import pytest

from enforcer.contracts import InvalidEvent, RequestEvent, parse_event

MS = 1_793_613_603_250  # 2026-11-02T10:00:03.250Z


def _ts(value) -> int:
    return parse_event(orjson.dumps({"event_id": "e", "ts": value, "account_id": "a", "prompt_tokens": 1,
                                     "completion_tokens": 1, "account_created_at": value})).ts


@pytest.mark.parametrize("value", ["2026-11-02T10:00:03.250Z", "2026-11-02T10:00:03.250+00:00", MS, MS / 1000,
                                   float(MS)])
def test_every_form_is_the_same_instant(value):
    assert _ts(value) == MS


def test_whole_unix_seconds_are_seconds():
    assert _ts(MS // 1000) == MS - 250


@pytest.mark.parametrize("value", ["2026-11-02T10:00:03", "yesterday", -5, 1e20, True])
def test_ambiguous_or_impossible_times_are_dead_lettered_with_a_reason(value):
    with pytest.raises(InvalidEvent, match="ts"):
        _ts(value)


def test_code_building_events_gives_milliseconds_as_they_are():
    assert RequestEvent(event_id="e", ts=1_000, account_id="a", prompt_tokens=1, completion_tokens=1).ts == 1_000


@pytest.mark.parametrize("value, want", [(16509, 16509), ("AS16509", 16509), ("as16509", 16509), ("16509", 16509),
                                         (None, None)])
def test_asn_as_a_number_or_as_written_in_feeds(value, want):
    ev = parse_event(orjson.dumps({"event_id": "e", "ts": MS, "account_id": "a", "prompt_tokens": 1,
                                   "completion_tokens": 1, "asn": value}))
    assert ev.asn == want
