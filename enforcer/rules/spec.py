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
    priority: int = Field(default=100, description="Lower runs first.")
    stop: bool = Field(default=False, description="When this rule fires, skip lower-priority rules for this event.")

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME.match(v):
            raise ValueError("rule names are lower-case letters, digits, '-', '_' or '.', at most 64 characters")
        return v


class RuleFile(_Strict):
    rules: list[RuleSpec] = Field(default_factory=list)
