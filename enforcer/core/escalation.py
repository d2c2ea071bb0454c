"""Offence counts for escalating rules (CrowdSec-style repeat offences).

A rule with `escalation: {window, steps}` takes step min(N, len(steps)) on
its Nth firing for the same subject (an account, or a group for group rules)
within `window` of event time. Only the last len(steps) firing times per
(subject, rule) matter, so that is all that is kept.

Memory: entries live beside the decision book rather than in the account's
window state, because an escalation window (days) outlives the idle eviction
of the account's counters (~1 day): a suspended account that goes quiet for a
day must not come back as a first offender. Each subject's entry is dropped
once its last offence is older than the longest window it used (event time),
and at most `max_subjects` subjects are held (least recently offending
dropped first). Account entries travel with the account's exported state, so
a restarted worker escalates exactly as the backtest does.
"""

from __future__ import annotations

from collections import OrderedDict


class _Entry:
    __slots__ = ("times", "until")

    def __init__(self) -> None:
        self.times: dict[str, list[int]] = {}  # rule -> firing times, oldest first
        self.until = 0  # event time after which every offence has left its window


class OffenceLedger:
    def __init__(self, max_subjects: int = 500_000):
        self.max_subjects = max_subjects
        self._items: OrderedDict[str, _Entry] = OrderedDict()
        self.evicted_capacity = 0

    def __len__(self) -> int:
        return len(self._items)

    def count(self, subject: str, rule: str, window_ms: int, now: int) -> int:
        """Offences of `rule` by `subject` within the window ending at now."""
        e = self._items.get(subject)
        if e is None:
            return 0
        times = e.times.get(rule)
        if not times:
            return 0
        since = now - window_ms
        return sum(1 for t in times if t > since)

    def record(self, subject: str, rule: str, window_ms: int, keep: int, now: int) -> int:
        """Count a firing; returns the offence number N within the window (1-based)."""
        items = self._items
        e = items.get(subject)
        if e is None:
            if len(items) >= self.max_subjects:
                items.popitem(last=False)
                self.evicted_capacity += 1
            e = items[subject] = _Entry()
        else:
            items.move_to_end(subject)
        since = now - window_ms
        times = [t for t in e.times.get(rule, ()) if t > since]
        times.append(now)
        e.times[rule] = times[-keep:]
        e.until = max(e.until, now + window_ms)
        return len(times)

    def sweep(self, until_ms: int) -> int:
        """Drop subjects whose offences all left their windows by until_ms. The
        store is in order of last offence, so the scan stops at the first
        subject still in a window (a longer window further back waits a little)."""
        items = self._items
        n = 0
        while items:
            subject, e = next(iter(items.items()))
            if e.until > until_ms:
                break
            items.popitem(last=False)
            n += 1
        return n

    def forget(self, subject: str, rule: str | None = None) -> None:
        e = self._items.get(subject)
        if e is None:
            return
        if rule is None:
            del self._items[subject]
        else:
            e.times.pop(rule, None)

    def export(self, subject: str) -> dict[str, list[int]] | None:
        e = self._items.get(subject)
        return {r: list(t) for r, t in e.times.items() if t} if e is not None else None

    def restore(self, subject: str, data: dict[str, list[int]], windows: dict[str, int]) -> None:
        """Load exported offences unless memory already holds the subject
        (memory is never older). Rules no longer escalating are ignored."""
        if subject in self._items or not data:
            return
        e = _Entry()
        for rule, times in data.items():
            w = windows.get(rule)
            if w and times:
                e.times[rule] = [int(t) for t in times]
                e.until = max(e.until, max(e.times[rule]) + w)
        if e.times:
            self._items[subject] = e
            self._items.move_to_end(subject, last=False)  # restored: not recent
