"""Building decisions and their one-sentence reasons, and the small per-account
notes the engine keeps for fan-out exceptions and `enforcer explain`."""

from __future__ import annotations

import sys
from collections import Counter, OrderedDict, deque
from collections.abc import Mapping
from typing import Any

from enforcer.contracts import Action, Decision, Mode, ms_to_text
from enforcer.rules.compiled import CompiledRule
from enforcer.rules.conditions import ATTRIBUTES
from enforcer.timeutil import format_duration_ms, parse_rfc3339_ms


def make_decision(rule: CompiledRule, action: Action, rps: float | None, mode: Mode, account: str, scope: str,
                  scope_key: str, now: int, expires: int, values: Mapping[str, Any], did: str,
                  offence: int = 0) -> Decision:
    evidence = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in values.items() if k not in ATTRIBUTES}
    if offence:
        evidence["offence"] = offence
    return Decision(
        decision_id=did,
        account_id=account,
        action=action,
        rule=rule.name,
        scope=scope,
        scope_key=scope_key,
        issued_at=ms_to_text(now),
        expires_at=ms_to_text(expires),
        mode=mode,
        throttle_rps=rps if action is Action.throttle else None,
        reason=reason(rule, scope, scope_key, evidence, offence),
        evidence=evidence,
    )


def reason(rule: CompiledRule, scope: str, scope_key: str, values: Mapping[str, Any], offence: int = 0) -> str:
    shown = ", ".join(f"{k}={fmt(v)}" for k, v in list(values.items())[:4] if k not in ("offence", "softened"))
    desc = rule.description.rstrip(". ").splitlines()[0]
    who = "this account" if scope == "account" else f"its {scope} group {scope_key}"
    out = f"Rule {rule.name} matched {who} ({shown}): {desc}."
    if values.get("softened") is True:
        out += " Softened for this member (fanout_soften): its own traffic is also what a look-alike sends."
    if offence:
        n = len(rule.steps)
        out += (f" Offence {offence} within {format_duration_ms(rule.escalation_ms)}: "
                f"step {min(offence, n)} of {n}.")
    return out


def lift_reason(rule: CompiledRule, who: str, lifted: Action, values: Mapping[str, Any]) -> str:
    shown = ", ".join(f"{k}={fmt(v)}" for k, v in list(values.items())[:4] if k not in ATTRIBUTES)
    return f"Rule {rule.name} lifted its {lifted.value} on {who}: lift_when holds ({shown})."


def fmt(v: Any) -> str:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, float) and not v.is_integer():
        return f"{v:.3g}"
    return f"{v:.0f}" if isinstance(v, (int, float)) else str(v)


def ms(text: str) -> int:
    return parse_rfc3339_ms(text)


class Attrs:
    """The string attributes of an account's latest event (what a fan-out
    exception tests for a member whose own event is not at hand)."""

    __slots__ = ("account_id", "org_id", "model", "endpoint")

    def __init__(self, account_id: str, org_id: str | None = None, model: str | None = None,
                 endpoint: str | None = None):
        self.account_id = account_id
        self.org_id = org_id
        self.model = model
        self.endpoint = endpoint

    @classmethod
    def of(cls, ev) -> Attrs:
        # Interned: a handful of orgs, models and endpoints shared by many accounts.
        return cls(ev.account_id, *(sys.intern(v) if v else None for v in (ev.org_id, ev.model, ev.endpoint)))

    def as_dict(self) -> dict[str, str]:
        return {n: getattr(self, n) or "" for n in ATTRIBUTES}


class Notes:
    """Bounded, best-effort memory for `explain`: each account's recent
    decisions (compact) and the exceptions that spared it, for the most
    recently actioned `max_accounts` accounts (~2 KiB each at most). Never read
    by the decision path."""

    def __init__(self, max_accounts: int = 2_000, per_account: int = 5):
        self.max_accounts = max_accounts
        self.per_account = per_account
        self.decisions: OrderedDict[str, deque[dict[str, str]]] = OrderedDict()
        self.spared: OrderedDict[str, Counter[tuple[str, str]]] = OrderedDict()  # account -> (exception, rule) -> n

    def _slot(self, table: OrderedDict, account: str, make) -> Any:
        v = table.get(account)
        if v is None:
            if len(table) >= self.max_accounts:
                table.popitem(last=False)
            v = table[account] = make()
        else:
            table.move_to_end(account)
        return v

    def decided(self, d: Decision) -> None:
        self._slot(self.decisions, d.account_id, lambda: deque(maxlen=self.per_account)).append(brief(d))

    def spare(self, account: str, exception: str, rule: str) -> None:
        self._slot(self.spared, account, Counter)[(exception, rule)] += 1


def brief(d: Decision) -> dict[str, str]:
    """What `explain` shows of a decision."""
    return {"issued_at": d.issued_at, "action": d.action.value, "mode": d.mode.value, "rule": d.rule,
            "scope": d.scope, "scope_key": d.scope_key, "expires_at": d.expires_at, "reason": d.reason}
