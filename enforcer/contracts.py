"""The two wire contracts: request events (gateway -> enforcer) and decisions
(enforcer -> gateway). Both ship as JSON Schemas generated from these models
(`enforcer schema`, files in `schemas/`).
"""

from __future__ import annotations

import hashlib
import math
from enum import Enum
from typing import Annotated, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from enforcer.timeutil import format_rfc3339_ms, parse_rfc3339_ms

SCHEMA_VERSION = "1"
CONTENT_TYPE = "application/json"


class InvalidEvent(ValueError):
    """An input record that cannot become a RequestEvent. `reason` is safe to log:
    it never contains field values (prompt text must never reach logs)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


NonEmptyStr = Annotated[str, Field(min_length=1, max_length=512)]


class RequestEvent(BaseModel):
    """One API request as published by the gateway. Unknown fields are ignored,
    never rejected, so the gateway can add fields without breaking enforcer."""

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=False)

    event_id: NonEmptyStr
    ts: int = Field(description="Event time: RFC 3339 UTC text or integer epoch milliseconds; held as epoch ms. "
                    "On the wire, a number below 1e11 (or with a fraction) is read as epoch seconds.")
    account_id: NonEmptyStr
    prompt_tokens: int = Field(ge=0)
    completion_tokens: int = Field(ge=0)

    model: str | None = None
    endpoint: str | None = None
    prompt: str | None = Field(default=None, description="User text. Sketched and hashed, never stored or logged.")
    system_prompt: str | None = Field(default=None, description="System text. Sketched separately, never stored.")
    status: int | None = None
    org_id: str | None = None
    api_key_id: str | None = None
    ip: str | None = None
    asn: int | None = None
    user_agent: str | None = None
    device_id: str | None = Field(default=None, description="Client or TLS fingerprint.")
    payment_fingerprint: str | None = None
    account_created_at: int | None = Field(default=None, description="RFC 3339 text; held as epoch ms.")

    @field_validator("asn", mode="before")
    @classmethod
    def _asn_text(cls, v: Any) -> Any:
        # "AS16509", as IP-intelligence feeds and logs write it
        if isinstance(v, str) and v[:2].upper() == "AS" and v[2:].isdigit():
            return int(v[2:])
        return v

    @field_validator("ts", "account_created_at", mode="before")
    @classmethod
    def _event_time(cls, v: Any, info: ValidationInfo) -> Any:
        if v is None or isinstance(v, bool):
            return v if v is None else _raise("must be RFC 3339 text or epoch milliseconds")
        wire = info.context is not None and info.context.get("wire", False)
        if wire and isinstance(v, float) and math.isfinite(v):
            v = int(round(v * 1000)) if 0 <= v < SECONDS_BELOW else int(round(v))
        elif wire and isinstance(v, int) and 0 < v < SECONDS_BELOW:
            v *= 1000
        if isinstance(v, int):
            if not 0 <= v < 32503680000000:  # year 3000: anything later is a unit mistake
                _raise("epoch milliseconds out of range")
            return v
        if isinstance(v, str):
            try:
                return parse_rfc3339_ms(v)
            except ValueError:
                _raise("must be RFC 3339 UTC text, e.g. 2026-11-02T00:00:03.253Z")
        _raise("must be RFC 3339 text or epoch milliseconds")


def _raise(msg: str) -> Any:
    raise ValueError(msg)


# On the wire (parse_event), a number of epoch milliseconds below this would be
# before March 1973: no request or account is that old, so it is read as epoch
# seconds (a gateway that sends Unix time), and a fractional number as seconds
# too, instead of silently compressing a day of traffic into 86 seconds.
SECONDS_BELOW = 100_000_000_000
_WIRE: dict[str, bool] = {"wire": True}


def parse_event(raw: bytes | str) -> RequestEvent:
    """Bytes from Kafka or a JSON Lines file -> RequestEvent, or InvalidEvent with a reason."""
    try:
        return RequestEvent.model_validate_json(raw, context=_WIRE)
    except ValidationError as exc:
        raise InvalidEvent(_reason(exc)) from None


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False, include_input=False)[:5]:
        loc = ".".join(str(p) for p in err["loc"]) or "<record>"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


class Action(str, Enum):
    throttle = "throttle"
    challenge = "challenge"
    suspend = "suspend"
    lift = "lift"

    @property
    def strength(self) -> int:
        return _STRENGTH[self]


_STRENGTH = {Action.lift: 0, Action.throttle: 1, Action.challenge: 2, Action.suspend: 3}


class Mode(str, Enum):
    enforce = "enforce"
    shadow = "shadow"


class Decision(BaseModel):
    """What the gateway applies to an account until `expires_at` (or a lift)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal["1"] = SCHEMA_VERSION
    decision_id: str = Field(description="Stable: the same input always gives the same id, so replays are idempotent.")
    account_id: str = Field(description="The subject the gateway enforces on.")
    action: Action
    rule: str
    scope: str = Field(description="'account', or the kind of group that fired the rule.")
    scope_key: str = Field(description="The account id, or the group key (hashed where it is personal data).")
    issued_at: str = Field(description="Event time of the triggering request, RFC 3339.")
    expires_at: str
    mode: Mode
    throttle_rps: float | None = Field(default=None, description="Requests per second allowed; throttle only.")
    reason: str = Field(description="One human sentence.")
    evidence: dict[str, float | int | str | bool] = Field(default_factory=dict)

    def to_json(self) -> bytes:
        return orjson.dumps(self.model_dump(mode="json"))


def decision_id(*parts: str) -> str:
    """Content-derived id: the same triggering input yields the same id on replay."""
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=12).hexdigest()


def ms_to_text(ms: int) -> str:
    return format_rfc3339_ms(ms)


def json_schemas() -> dict[str, dict[str, Any]]:
    request = RequestEvent.model_json_schema(mode="validation")
    # The model holds epoch ms internally; on the wire both forms are accepted.
    for name in ("ts", "account_created_at"):
        prop = request["properties"][name]
        desc = prop.get("description", "")
        request["properties"][name] = {
            "description": desc,
            "anyOf": [
                {"type": "string", "format": "date-time"},
                {"type": "integer", "minimum": 0},
            ]
            + ([{"type": "null"}] if name == "account_created_at" else []),
        }
    request["additionalProperties"] = True
    request["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    request["$id"] = "https://enforcer.dev/schemas/request-event.v1.json"
    decision = Decision.model_json_schema(mode="serialization")
    decision["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    decision["$id"] = "https://enforcer.dev/schemas/decision.v1.json"
    return {"request-event.v1.json": request, "decision.v1.json": decision}
