"""The book of active decisions: deduplication, expiry and lifts.

An account already under an equal or stronger action (same mode) gets
nothing new until that action expires: this is what keeps a flood of matching
events from becoming a flood of decisions (CrowdSec #827). A stronger action
supersedes a weaker one. When an action expires in event time, a `lift`
decision is emitted so the stream can write a tombstone.

Determinism: expiry is judged against event time only. A lift is emitted
either by the watermark sweep or, if the account's next event arrives first,
just before that event's new decision - the same lift either way, with the
same id, so replays and the live stream agree.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from enforcer.contracts import Action, Decision, Mode, decision_id, ms_to_text


@dataclass(slots=True)
class Active:
    decision: Decision
    action: Action
    expires_ms: int


_ENFORCE, _SHADOW = Mode.enforce, Mode.shadow
_STRENGTH = {a.value: a.strength for a in Action}


class DecisionBook:
    """Active decisions by (account, mode), held as one dict per mode keyed by
    account: the engine asks ~8 times per event, and a (str, Mode) tuple key
    hashes the Enum member in Python (measured: 0.60 us per lookup against
    0.18 us for a str key)."""

    def __init__(self) -> None:
        self._enforce: dict[str, Active] = {}
        self._shadow: dict[str, Active] = {}
        self._tables: dict[Mode, dict[str, Active]] = {_ENFORCE: self._enforce, _SHADOW: self._shadow}
        self._heap: list[tuple[int, str, str, str]] = []  # (expires, account, mode, decision_id)

    def _table(self, mode: Mode) -> dict[str, Active]:
        return self._enforce if mode is _ENFORCE else self._shadow if mode is _SHADOW else self._tables[mode]

    def __len__(self) -> int:
        return len(self._enforce) + len(self._shadow)

    def covering(self, account: str, mode: Mode, action: Action, ts: int) -> Active | None:
        """The active decision that makes a new `action` redundant at event time ts."""
        cur = (self._enforce if mode is _ENFORCE else self._table(mode)).get(account)
        # _STRENGTH by the members' values: Action.strength hashes the Enum member in Python.
        if cur is not None and cur.expires_ms > ts and _STRENGTH[cur.action._value_] >= _STRENGTH[action._value_]:
            return cur
        return None

    def holds(self, account: str) -> bool:
        """Whether any decision is held for `account` (in any mode, expired or not)."""
        return account in self._enforce or account in self._shadow

    def active(self, account: str, mode: Mode, ts: int) -> Active | None:
        cur = (self._enforce if mode is _ENFORCE else self._table(mode)).get(account)
        return cur if cur is not None and cur.expires_ms > ts else None

    def record(self, d: Decision, expires_ms: int, ts: int) -> list[Decision]:
        """Store a new decision; returns the lift of an expired predecessor, if any."""
        table = self._table(d.mode)
        out: list[Decision] = []
        prev = table.get(d.account_id)
        if prev is not None and prev.expires_ms <= ts:
            out.append(lift_of(prev))
        table[d.account_id] = Active(d, d.action, expires_ms)
        heapq.heappush(self._heap, (expires_ms, d.account_id, d.mode.value, d.decision_id))
        return out

    def sweep(self, until_ms: int) -> list[Decision]:
        """Lifts for every active decision that expired at or before until_ms."""
        out: list[Decision] = []
        heap = self._heap
        while heap and heap[0][0] <= until_ms:
            _, account, mode, did = heapq.heappop(heap)
            table = self._table(Mode(mode))
            cur = table.get(account)
            if cur is not None and cur.decision.decision_id == did:
                del table[account]
                out.append(lift_of(cur))
        return out

    def lift(self, account: str, mode: Mode, rule: str, ts: int, reason: str) -> Decision | None:
        """Explicit lift (an operator or a rule): ends the active decision now."""
        cur = self._table(mode).pop(account, None)
        if cur is None or cur.expires_ms <= ts:
            return lift_of(cur) if cur is not None else None
        base = cur.decision
        return base.model_copy(
            update={
                "decision_id": decision_id("lift", base.decision_id, str(ts)),
                "action": Action.lift,
                "rule": rule,
                "issued_at": ms_to_text(ts),
                "expires_at": ms_to_text(ts),
                "throttle_rps": None,
                "reason": reason,
                "evidence": {"lifted": base.action.value, "lifted_decision_id": base.decision_id},
            }
        )

    def snapshot(self) -> list[Active]:
        """Every held decision, enforce mode first."""
        return list(self._enforce.values()) + list(self._shadow.values())

    def entries(self, account: str) -> list[Active]:
        """The account's active decisions (one per mode at most), expired or not yet swept."""
        return [a for m in Mode if (a := self._table(m).get(account)) is not None]

    def restore(self, d: Decision, expires_ms: int) -> bool:
        """Put back a decision saved by an adapter. An entry already held for the
        same (account, mode) is newer and wins. An expired one is lifted by the
        next sweep, exactly as if it had never left."""
        table = self._table(d.mode)
        if d.account_id in table:
            return False
        table[d.account_id] = Active(d, d.action, expires_ms)
        heapq.heappush(self._heap, (expires_ms, d.account_id, d.mode.value, d.decision_id))
        return True


def covered(book: DecisionBook, subject: str, mode: Mode, action: Action, own_rule: str | None, ts: int) -> bool:
    """Nothing new for a subject already under an equal or stronger action.
    With `own_rule` (an escalating rule), the rule also waits while its own
    previous step is active: the next step is for a repeat offence after that,
    not for the same episode."""
    if book.covering(subject, mode, action, ts) is not None:
        return True
    if own_rule is not None:
        cur = book.active(subject, mode, ts)
        return cur is not None and cur.decision.rule == own_rule
    return False


def lift_of(prev: Active) -> Decision:
    base = prev.decision
    at = ms_to_text(prev.expires_ms)
    return base.model_copy(
        update={
            "decision_id": decision_id("lift", base.decision_id),
            "action": Action.lift,
            "issued_at": at,
            "expires_at": at,
            "throttle_rps": None,
            "reason": f"The {base.action.value} from rule {base.rule} expired.",
            "evidence": {"lifted": base.action.value, "lifted_decision_id": base.decision_id},
        }
    )
