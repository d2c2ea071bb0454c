"""Time text as the gateway edges write it (stdlib only, no enforcer import)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

_SAST = timezone(timedelta(hours=2))


def rfc3339_ms(ms: int) -> str:
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def rfc3339_offset(ms: int, seconds_only: bool = False) -> str:
    """Local SAST time with an explicit +02:00 offset, as the legacy edge logs it."""
    dt = datetime.fromtimestamp(ms // 1000, tz=_SAST)
    text = dt.strftime("%Y-%m-%dT%H:%M:%S")
    return text + ("" if seconds_only else f".{ms % 1000:03d}") + "+02:00"
