"""Rule files as written by SREs: strict pydantic models, no behaviour.

`compiled.py` (with `conditions.py`) turns these specs into fast evaluators
once per load; `loader.py` gathers them from a directory. The language is
documented for SREs in rules/README.md.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator, model_validator

from enforcer.core.scripts import DETECTORS
from enforcer.timeutil import parse_duration_ms, parse_rfc3339_ms

NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
# Lists and macros are CEL variables: identifiers, lower case.
IDENT = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
MAX_TTL_MS = 90 * 86_400_000


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
        if ms > MAX_TTL_MS:
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


class EscalationSpec(_Strict):
    window: str | int = Field(description="Offences of this rule by one subject older than this are forgotten.")
    steps: list[ActionSpec] = Field(min_length=1, max_length=10,
                                    description="The Nth offence within the window takes step min(N, len(steps)).")

    @field_validator("window")
    @classmethod
    def _window(cls, v: str | int) -> str | int:
        ms = parse_duration_ms(v)
        if ms <= 0:
            raise ValueError("escalation window must be positive")
        if ms > MAX_TTL_MS:
            raise ValueError("escalation window longer than 90d")
        return v

    @property
    def window_ms(self) -> int:
        return parse_duration_ms(self.window)


class SoftenSpec(_Strict):
    when: str = Field(min_length=1, description="CEL over the member's own features, as in fanout_when.")
    action: ActionSpec = Field(description="The weaker action those members get instead of the rule's.")


class RuleSpec(_Strict):
    name: str
    description: str = Field(min_length=1)
    scope: str = "account"
    when: str = Field(min_length=1, description="A CEL expression over the scope's features; must be a bool.")
    action: ActionSpec | None = None
    escalation: EscalationSpec | None = Field(
        default=None, description="Instead of 'action': stronger steps for repeat offences within a window.")
    lift_when: str | None = Field(
        default=None, min_length=1,
        description="A CEL condition over the same scope: while a decision of this rule is active and it holds, "
        "the decision is lifted early (a `lift` decision).")
    mode: Literal["enforce", "shadow"] = "enforce"
    fanout_when: str | None = Field(
        default=None,
        description="Group rules only: a CEL condition over a member account's own features; the group decision "
        "fans out only to members for which it holds (default: every member).",
    )
    fanout_soften: SoftenSpec | None = Field(
        default=None,
        description="Group rules with one action only: members (that pass fanout_when) for which `when` holds get "
        "`action`, weaker than the rule's, instead: the group's evidence is the same for every member, but some "
        "members' own traffic is also what a legitimate look-alike sends.")
    key_networks: list[str] | None = Field(
        default=None, min_length=1,
        description="Network scopes only (ip_prefix, asn_ua): names of network sets (networks.yaml). The scope's "
        "groups are formed only from requests whose ASN is in one of them, when every rule of the scope names "
        "some (the union of theirs); other requests are not observed under that kind at all.")
    priority: int = Field(default=100, description="Lower runs first.")
    stop: bool = Field(default=False, description="When this rule matches an event (a new decision or one already "
                       "in force), skip the lower-priority rules of its scope for that event.")
    near_limit: float = Field(default=0.8, gt=0, le=1,
                              description="`enforcer explain` calls the rule near when it would match with every "
                              "referenced value moved by a factor 1/near_limit towards the threshold.")

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME.match(v):
            raise ValueError("rule names are lower-case letters, digits, '-', '_' or '.', at most 64 characters")
        return v

    @model_validator(mode="after")
    def _one_action(self) -> RuleSpec:
        if (self.action is None) == (self.escalation is None):
            raise ValueError("a rule needs exactly one of 'action' or 'escalation'")
        return self

    @property
    def steps(self) -> list[ActionSpec]:
        return [self.action] if self.action is not None else list(self.escalation.steps)


class ExceptionSpec(_Strict):
    name: str
    rules: list[str] | Literal["*"] = Field(description="Rule names this exception applies to, or '*' for all.")
    when: str = Field(min_length=1, description="CEL over the rule's scope features, event attributes, lists, macros.")
    reason: str = Field(min_length=1)
    owner: str = Field(min_length=1, description="Who to ask about this exception (a team or a person).")
    expires: str | datetime | None = Field(default=None, description="RFC 3339; compared with event time.")

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not NAME.match(v):
            raise ValueError("exception names are lower-case letters, digits, '-', '_' or '.', at most 64 characters")
        return v

    @field_validator("rules")
    @classmethod
    def _rules(cls, v: list[str] | str) -> list[str] | str:
        if isinstance(v, list) and not v:
            raise ValueError("an exception needs at least one rule name (or '*')")
        return v

    @field_validator("expires", mode="before")
    @classmethod
    def _expires(cls, v: object) -> object:
        if isinstance(v, datetime):
            if v.tzinfo is None:
                raise ValueError("expires needs a UTC offset, e.g. 2026-12-31T00:00:00Z")
            return v
        if isinstance(v, date):
            raise ValueError("expires needs a full RFC 3339 timestamp, e.g. 2026-12-31T00:00:00Z")
        if isinstance(v, str):
            try:
                parse_rfc3339_ms(v)
            except ValueError:
                raise ValueError("expires must be an RFC 3339 timestamp with a UTC offset, "
                                 "e.g. 2026-12-31T00:00:00Z") from None
        return v

    @property
    def expires_ms(self) -> int | None:
        if self.expires is None:
            return None
        if isinstance(self.expires, datetime):
            return int(round(self.expires.timestamp() * 1000))
        return parse_rfc3339_ms(self.expires)

    def applies_to_all(self) -> bool:
        return self.rules == "*" or "*" in self.rules


MARKER_NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
MAX_NETWORK_ASNS = 100_000


class NetworkSet(_Strict):
    """Networks a request can come from, by the ASN the gateway reports."""

    asns: list[StrictInt] = Field(min_length=1, max_length=MAX_NETWORK_ASNS,
                            description="Autonomous system numbers (1-4294967295).")

    @field_validator("asns")
    @classmethod
    def _asns(cls, v: list[int]) -> list[int]:
        bad = [a for a in v if not 0 < a < 2**32]
        if bad:
            raise ValueError(f"not an AS number (1-4294967295): {bad[0]}")
        return v


class RuleFile(_Strict):
    rules: list[RuleSpec] = Field(default_factory=list)
    markers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Named phrase lists matched against prompts (case-insensitive, numbers masked); each set "
        "adds <name>_ratio_<window> features to every scope.",
    )
    system_prompt_markers: list[str] = Field(
        default_factory=list,
        description="Marker sets also matched against the system prompt: a request counts for such a set when its "
        "user prompt or its system prompt matches (an instruction to reason at length, given once as the standing "
        "instruction of an app or an agent loop).",
    )
    lists: dict[str, list[str]] = Field(
        default_factory=dict, description="Named string lists, usable in any condition: `org_id in trusted_orgs`.")
    networks: dict[str, NetworkSet] = Field(
        default_factory=dict,
        description="Named sets of networks (ASNs); each set adds <name>_ratio_<window> features (share of "
        "requests from those networks) to every scope.",
    )
    macros: dict[str, str] = Field(
        default_factory=dict, description="Named CEL sub-conditions, usable in conditions as bool variables.")
    exceptions: list[ExceptionSpec] = Field(default_factory=list)
    dataset_index: str | None = Field(
        None, min_length=1,
        description="A public-dataset index file (`enforcer datasets build`), relative to the rules directory: "
        "prompts that quote an item of a known public question set feed the dataset_ratio_<window> and "
        "dataset_slice_ratio_<window> features. At most one in a rules directory.",
    )

    @field_validator("markers")
    @classmethod
    def _markers(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, phrases in v.items():
            if not MARKER_NAME.match(name):
                raise ValueError(f"marker set name {name!r}: lower-case letters, digits and '_' only")
            if not phrases or any(not isinstance(p, str) or not p.strip() for p in phrases):
                raise ValueError(f"marker set {name!r} needs a non-empty list of non-empty phrases")
            for p in phrases:
                if p.startswith("@") and p not in DETECTORS:
                    raise ValueError(f"marker set {name!r}: unknown detector {p!r} (entries starting with '@' "
                                     f"name a built-in detector: {', '.join(sorted(DETECTORS))})")
        return v

    @field_validator("system_prompt_markers")
    @classmethod
    def _system_prompt_markers(cls, v: list[str]) -> list[str]:
        for name in v:
            if not MARKER_NAME.match(name):
                raise ValueError(f"system_prompt_markers: {name!r} is not a marker set name "
                                 "(lower-case letters, digits and '_' only)")
        return v

    @field_validator("networks")
    @classmethod
    def _networks(cls, v: dict[str, NetworkSet]) -> dict[str, NetworkSet]:
        for name in v:
            if not MARKER_NAME.match(name):
                raise ValueError(f"network set name {name!r}: lower-case letters, digits and '_' only")
        return v

    @field_validator("lists")
    @classmethod
    def _lists(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, items in v.items():
            if not IDENT.match(name):
                raise ValueError(f"list name {name!r}: a lower-case letter, then letters, digits or '_'")
            if len(items) > MAX_LIST_ITEMS:
                raise ValueError(f"list {name!r} has {len(items)} items; at most {MAX_LIST_ITEMS}")
            if any(not s for s in items):
                raise ValueError(f"list {name!r} holds an empty string")
        return v

    @field_validator("macros")
    @classmethod
    def _macros(cls, v: dict[str, str]) -> dict[str, str]:
        for name, text in v.items():
            if not IDENT.match(name):
                raise ValueError(f"macro name {name!r}: a lower-case letter, then letters, digits or '_'")
            if not text.strip():
                raise ValueError(f"macro {name!r} is empty")
        return v


MAX_LIST_ITEMS = 10_000
