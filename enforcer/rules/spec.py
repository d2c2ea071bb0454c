"""Rule files as written by SREs: strict pydantic models, no behaviour.

`compile.py` turns these specs into fast evaluators once per load.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from enforcer.timeutil import parse_duration_ms

NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ActionSpec(_Strict):
    type: Literal["throttle", "challenge", "suspend"]
    ttl: str | int = Field(description="How long the action lasts, e.g. '15m', '2h', '1d'.")
    rps: float | None = Field(default=None, gt=0, description="Allowed requests per second (throttle only).")

    @field_validator("ttl")
    @classmethod
    def _ttl(cls, v: str | int) -> str | int:
        ms = parse_duration_ms(v)
        if ms <= 0:
            raise ValueError("ttl must be positive")
        if ms > 90 * 86_400_000:
            raise ValueError("ttl longer than 90d: use a suspension review outside enforcer")
        return v

    @model_validator(mode="after")
    def _rps(self) -> ActionSpec:
        if self.type == "throttle" and self.rps is None:
            raise ValueError("a throttle action needs 'rps' (allowed requests per second)")
        if self.type != "throttle" and self.rps is not None:
            raise ValueError(f"'rps' only applies to throttle, not {self.type}")
        return self

    @property
    def ttl_ms(self) -> int:
        return parse_duration_ms(self.ttl)


class RuleSpec(_Strict):
    name: str
    description: str = Field(min_length=1)
    scope: str = "account"
    when: str = Field(min_length=1, description="A CEL expression over the scope's features; must be a bool.")
    action: ActionSpec
    mode: Literal["enforce", "shadow"] = "enforce"
    fanout_when: str | None = Field(
        default=None,
        description="Group rules only: a CEL condition over a member account's own features; the group decision "
        "fans out only to members for which it holds (default: every member).",
    )
    priority: int = Field(default=100, description="Lower runs first.")
    stop: bool = Field(default=False, description="When this rule fires, skip lower-priority rules for this event.")

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME.match(v):
            raise ValueError("rule names are lower-case letters, digits, '-', '_' or '.', at most 64 characters")
        return v


MARKER_NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class RuleFile(_Strict):
    rules: list[RuleSpec] = Field(default_factory=list)
    markers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Named phrase lists matched against prompts (case-insensitive, numbers masked); each set "
        "adds <name>_ratio_<window> features to every scope.",
    )

    @field_validator("markers")
    @classmethod
    def _markers(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, phrases in v.items():
            if not MARKER_NAME.match(name):
                raise ValueError(f"marker set name {name!r}: lower-case letters, digits and '_' only")
            if not phrases or any(not isinstance(p, str) or not p.strip() for p in phrases):
                raise ValueError(f"marker set {name!r} needs a non-empty list of non-empty phrases")
        return v
