"""RFC 3339 rendering used on the wire (UTC, milliseconds), independent of the enforcer package."""
from __future__ import annotations

from datetime import datetime, timezone


def rfc3339(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"
