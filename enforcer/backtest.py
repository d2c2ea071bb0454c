"""Replay recorded events through the engine in event time (file order).

Adapter-free: it takes raw lines and callbacks, so the CLI, `rules test` and
the golden tests share it. Malformed and late lines never stop a run.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from enforcer.contracts import Action, Decision, InvalidEvent, Mode, parse_event
from enforcer.core.account_stage import Result
from enforcer.core.engine import Engine, EngineConfig
from enforcer.rules.compiled import RuleSet

BLOCKING = (Action.challenge, Action.suspend)


@dataclass
class Tracker:
    """What the detection report needs, gathered during the replay: requests
    per account, and how many were served before the account was first
    challenged or suspended (the leak)."""

    requests: Counter[str] = field(default_factory=Counter)
    served_before_block: Counter[str] = field(default_factory=Counter)
    first_block: dict[str, str] = field(default_factory=dict)  # account -> issued_at
    actioned: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # mode -> rule -> accounts
    blocked: dict[str, set[str]] = field(default_factory=dict)  # mode -> accounts challenged/suspended
    suspended: dict[str, set[str]] = field(default_factory=dict)

    def before(self, account: str) -> None:
        self.requests[account] += 1
        if account not in self.first_block:
            self.served_before_block[account] += 1

    def decided(self, d: Decision) -> None:
        if d.action is Action.lift:
            return
        mode = d.mode.value
        self.actioned.setdefault(mode, {}).setdefault(d.rule, set()).add(d.account_id)
        if d.action in BLOCKING:
            self.blocked.setdefault(mode, set()).add(d.account_id)
            if d.mode is Mode.enforce:
                self.first_block.setdefault(d.account_id, d.issued_at)
        if d.action is Action.suspend:
            self.suspended.setdefault(mode, set()).add(d.account_id)


@dataclass
class Summary:
    events: int = 0
    invalid: int = 0
    late: int = 0
    duplicates: int = 0  # redeliveries of an event already applied (same account, same event_id)
    decisions: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    seconds: float = 0.0
    tracker: Tracker = field(default_factory=Tracker)

    @property
    def events_per_s(self) -> float:
        return self.events / self.seconds if self.seconds > 0 else 0.0


def replay(
    lines: Iterable[bytes],
    rules: RuleSet,
    config: EngineConfig | None = None,
    on_decision: Callable[[Decision], None] | None = None,
    on_dead: Callable[[int, bytes, str], None] | None = None,
    on_line: Callable[[int], None] | None = None,
    engine: Engine | None = None,
    baseline: tuple[Engine, Summary] | None = None,
) -> Summary:
    """Replay lines through `rules`. With `baseline` (another engine and its
    summary), the same parsed events also feed that engine, so a rule-set diff
    costs one pass over the input."""
    eng = engine or Engine(rules, config)
    s = Summary()
    t0 = time.perf_counter()
    for n, raw in enumerate(lines, 1):
        if on_line is not None:
            on_line(len(raw) + 1)
        if not raw.strip():
            continue
        try:
            ev = parse_event(raw)
        except InvalidEvent as exc:
            s.invalid += 1
            if on_dead:
                on_dead(n, raw, exc.reason)
            continue
        res = _tally(s, ev.account_id, eng.process(ev), on_decision)
        if res.late_reason is not None:
            s.late += 1
            if on_dead:
                on_dead(n, raw, res.late_reason)
        if baseline is not None:
            b_eng, b_sum = baseline
            _tally(b_sum, ev.account_id, b_eng.process(ev), None)
    s.seconds = time.perf_counter() - t0
    return s


def _tally(s: Summary, account: str, res: Result, on_decision: Callable[[Decision], None] | None) -> Result:
    """Count one processed event and its decisions into `s`."""
    s.events += 1
    # After process, before its decisions: the request that triggers a block
    # was served. A redelivery was served once, so it is not counted again.
    if res.duplicate:
        s.duplicates += 1
    else:
        s.tracker.before(account)
    for d in res.decisions:
        s.decisions[(d.rule, d.action.value, d.mode.value)] += 1
        s.tracker.decided(d)
        if on_decision:
            on_decision(d)
    return res
