"""Event-time helpers: RFC 3339 <-> epoch milliseconds, and TTL strings.

Everything inside the core is integer epoch milliseconds (UTC); text only
exists at the edges (contracts, CLI, logs).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

_UNITS_MS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000}
_DURATION = re.compile(r"^\s*(\d+)\s*(ms|s|m|h|d|w)\s*$")


def parse_rfc3339_ms(text: str) -> int:
    """RFC 3339 text -> epoch ms. Naive timestamps are rejected: event time must be unambiguous."""
    s = text.strip()
    if s.endswith(("Z", "z")):
        s = s[:-1] + "+00:00"
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        raise ValueError(f"timestamp {text!r} has no UTC offset")
    return int(round(dt.timestamp() * 1000))


def format_rfc3339_ms(ms: int) -> str:
    """epoch ms -> '2026-11-02T00:00:03.253Z' (always UTC, always milliseconds)."""
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def parse_duration_ms(text: str | int) -> int:
    """'15m', '2h', '7d', '500ms' -> milliseconds. Bare ints are seconds."""
    if isinstance(text, bool):
        raise ValueError("duration must be a string like '15m' or a number of seconds")
    if isinstance(text, int):
        if text < 0:
            raise ValueError("duration must be >= 0")
        return text * 1000
    m = _DURATION.match(str(text))
    if not m:
        raise ValueError(f"invalid duration {text!r}: use a number and a unit (ms, s, m, h, d, w), e.g. '15m'")
    return int(m.group(1)) * _UNITS_MS[m.group(2)]


def format_duration_ms(ms: int) -> str:
    for unit in ("w", "d", "h", "m", "s"):
        size = _UNITS_MS[unit]
        if ms and ms % size == 0:
            return f"{ms // size}{unit}"
    return f"{ms}ms"
