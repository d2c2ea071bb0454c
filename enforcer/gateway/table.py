"""DecisionTable: the gateway's in-memory view of the decisions topic. Pure, no I/O.

Feed it every record of the compacted decisions topic, in offset order, with
`apply(key, value)`; ask it about each request with `check(account_id)`.

Rules (the same ones docs/gateway.md gives any gateway implementation):

- the latest value per key (account id) wins;
- a tombstone (value None) deletes the key, and so does a `lift` decision;
- a `mode: shadow` value is ignored (it belongs on `enforcer.decisions.shadow`;
  if one shows up here it must not replace or delete an enforce decision);
- a value that is not a valid v1 decision, or whose `account_id` differs from
  the record key, is counted in `stats["malformed"]` and ignored: the previous
  value for that key, if any, stays in force;
- an entry with `expires_at <= now` is treated as absent and dropped lazily.

`expires_at` is parsed once in `apply()` and kept as epoch seconds, so
`check()` is a dict lookup, a float comparison and, for a throttle, a token
bucket update: a few hundred nanoseconds in CPython (bench/bench_gateway.py).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import IntEnum
from typing import NamedTuple

from pydantic import ValidationError

from enforcer.contracts import Action, Decision, Mode
from enforcer.timeutil import parse_rfc3339_ms

__all__ = ["DecisionTable", "Outcome", "Verdict", "ALLOW"]


class Outcome(IntEnum):
    """Ordered by strength: a stronger outcome never gets weakened by a policy."""

    ALLOW = 0
    THROTTLE = 1
    CHALLENGE = 2
    SUSPEND = 3


class Verdict(NamedTuple):
    """The answer for one request.

    `allowed` says whether THIS request may go upstream: True for ALLOW and for a
    THROTTLE whose token bucket had a token; False otherwise. A rejected THROTTLE
    carries `retry_after_s` (> 0): when the next token will be available.
    """

    outcome: Outcome
    allowed: bool
    retry_after_s: float = 0.0
    decision_id: str | None = None
    rule: str | None = None
    expires_at_s: float | None = None  # epoch seconds
    throttle_rps: float | None = None
    reason: str | None = None
    stale: bool = False  # set by DecisionClient when its staleness policy produced this verdict


ALLOW = Verdict(Outcome.ALLOW, True)

_OUTCOME_OF = {Action.throttle: Outcome.THROTTLE, Action.challenge: Outcome.CHALLENGE, Action.suspend: Outcome.SUSPEND}


class _Entry:
    """One account's active decision, pre-digested for check()."""

    __slots__ = ("outcome", "throttle", "expires_s", "rps", "burst", "tokens", "last_s", "verdict", "pass_verdict", "decision_id")

    def __init__(self, d: Decision, expires_s: float):
        self.outcome = _OUTCOME_OF[d.action]
        self.throttle = self.outcome is Outcome.THROTTLE
        self.expires_s = expires_s
        self.decision_id = d.decision_id
        rps = float(d.throttle_rps) if d.throttle_rps is not None else 0.0
        self.rps = rps
        self.burst = max(1.0, rps)
        self.tokens = self.burst  # a new throttle starts with a full bucket
        self.last_s = -math.inf  # first check refills to burst
        common = dict(decision_id=d.decision_id, rule=d.rule, expires_at_s=expires_s, reason=d.reason,
                      throttle_rps=d.throttle_rps)
        # CHALLENGE / SUSPEND verdicts never change: build them once, here.
        self.verdict = Verdict(self.outcome, False, **common)
        self.pass_verdict = Verdict(self.outcome, True, **common)  # throttle, token available


class DecisionTable:
    """Latest enforce-mode decision per account, with expiry and per-account token buckets.

    `clock` (epoch seconds, wall clock by default) is used by `check()` and
    `sweep()` when no `now` is passed; `expires_at` is event time, which the
    worker derives from the gateway's own request timestamps, so wall clock is
    the right comparison on the gateway.
    """

    def __init__(self, clock: Callable[[], float] = time.time):
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self.stats: dict[str, int] = dict.fromkeys(
            ("applied", "tombstones", "lifts", "shadow_ignored", "malformed", "expired_dropped"), 0)
        self.last_malformed_reason: str | None = None  # never contains field values

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, account_id: object) -> bool:
        return account_id in self._entries

    # -- feed -----------------------------------------------------------------
    def apply(self, key: bytes | str | None, value: bytes | str | None) -> None:
        """One record of the decisions topic, in offset order. Never raises on bad input."""
        stats = self.stats
        if isinstance(key, bytes):
            try:
                key = key.decode()
            except UnicodeDecodeError:
                return self._malformed("key is not UTF-8")
        if value is None:
            stats["tombstones"] += 1
            if key is not None:
                self._entries.pop(key, None)
            return None
        try:
            d = Decision.model_validate_json(value)
        except ValidationError as exc:
            return self._malformed(_short_reason(exc))
        if key is not None and key != d.account_id:
            return self._malformed("record key differs from account_id")
        if d.mode is not Mode.enforce:
            stats["shadow_ignored"] += 1
            return None
        if d.action is Action.lift:
            stats["lifts"] += 1
            self._entries.pop(d.account_id, None)
            return None
        if d.action is Action.throttle and not (d.throttle_rps is not None and d.throttle_rps > 0
                                                and math.isfinite(d.throttle_rps)):
            return self._malformed("throttle without a positive finite throttle_rps")
        try:
            expires_s = parse_rfc3339_ms(d.expires_at) / 1000.0
        except ValueError:
            return self._malformed("expires_at is not RFC 3339 with an offset")
        prev = self._entries.get(d.account_id)
        entry = _Entry(d, expires_s)
        if prev is not None and prev.decision_id == d.decision_id and prev.rps == entry.rps:
            # A redelivered / replayed copy of the same decision keeps its bucket.
            entry.tokens, entry.last_s = prev.tokens, prev.last_s
        self._entries[d.account_id] = entry
        stats["applied"] += 1
        return None

    def _malformed(self, reason: str) -> None:
        self.stats["malformed"] += 1
        self.last_malformed_reason = reason

    def clear(self) -> None:
        self._entries.clear()

    # -- query ----------------------------------------------------------------
    def check(self, account_id: str, now: float | None = None) -> Verdict:
        """The verdict for one request of `account_id` at `now` (epoch seconds).

        A THROTTLE verdict consumes a token when it allows the request: call
        check() once per request, not to peek (use `peek()` for that).
        """
        e = self._entries.get(account_id)
        if e is None:
            return ALLOW
        if now is None:
            now = self._clock()
        if e.expires_s <= now:
            del self._entries[account_id]
            self.stats["expired_dropped"] += 1
            return ALLOW
        if not e.throttle:
            return e.verdict
        # Token bucket: refill at rps up to burst; one token per request.
        elapsed = now - e.last_s
        tokens = e.tokens
        if elapsed > 0:
            tokens += elapsed * e.rps
            if tokens > e.burst:
                tokens = e.burst
            e.last_s = now
        if tokens >= 1.0:
            e.tokens = tokens - 1.0
            return e.pass_verdict
        e.tokens = tokens
        return e.verdict._replace(retry_after_s=(1.0 - tokens) / e.rps)

    def peek(self, account_id: str, now: float | None = None) -> Outcome:
        """The active outcome for an account, without consuming a token or dropping anything."""
        e = self._entries.get(account_id)
        if e is None or e.expires_s <= (self._clock() if now is None else now):
            return Outcome.ALLOW
        return e.outcome

    def sweep(self, now: float | None = None) -> int:
        """Drop every expired entry (check() drops them lazily; this bounds memory
        for accounts that never come back). Returns how many were dropped."""
        if now is None:
            now = self._clock()
        dead = [k for k, e in self._entries.items() if e.expires_s <= now]
        for k in dead:
            del self._entries[k]
        self.stats["expired_dropped"] += len(dead)
        return len(dead)


def _short_reason(exc: ValidationError) -> str:
    errs = exc.errors(include_url=False, include_input=False)[:3]
    return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '<record>'}: {e['msg']}" for e in errs)
