"""Per-subject state and the bounded store that holds it.

Bounds, both enforced here:
- per subject: at most B buckets per window (see windows.py);
- in total: at most `max_subjects` subjects; the least recently seen is
  evicted first (a flood of single-request accounts cannot grow memory).
Idle subjects (no event for longer than the longest window) are evicted as
event time advances. Such a subject's windows are empty anyway, so idle
eviction never changes a decision; only the capacity bound can, and it is
counted (`evicted_capacity`) so an operator sees it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Iterator

from enforcer.core.windows import MultiWindow, WindowSpec


class SubjectState:
    __slots__ = ("windows", "first_ts", "last_ts", "ext", "created", "paid")

    def __init__(self, specs: tuple[WindowSpec, ...], k: int, ts: int):
        self.windows = MultiWindow(specs, k)
        self.first_ts = ts
        self.last_ts = ts
        self.created: int | None = None  # account creation time, from the latest event that carried it
        # Accounts only: 0 no request carried a payment fingerprint; 1 one did; 2 its card was crowded
        # at its latest paid request (crowded_card); 3 the same, reporting a team's organisation
        # (any one but a solo one: AccountStage._crowded_card).
        self.paid = 0
        # Extension slot for sketches and behavioural stats (collective detection).
        self.ext: object | None = None

    def nbytes(self) -> int:
        ext = self.ext.nbytes() if self.ext is not None and hasattr(self.ext, "nbytes") else 0
        return 56 + 2 * 32 + self.windows.nbytes() + ext


class SubjectStore:
    def __init__(self, specs: tuple[WindowSpec, ...], k: int, max_subjects: int, idle_ms: int):
        self.specs = specs
        self.k = k
        self.max_subjects = max_subjects
        self.idle_ms = idle_ms
        self._items: OrderedDict[str, SubjectState] = OrderedDict()
        self.evicted_idle = 0
        self.evicted_capacity = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def get(self, key: str) -> SubjectState | None:
        return self._items.get(key)

    def touch(self, key: str, ts: int) -> SubjectState:
        """The subject's state, created if new, marked most recently seen."""
        items = self._items
        st = items.get(key)
        if st is None:
            if len(items) >= self.max_subjects:
                items.popitem(last=False)
                self.evicted_capacity += 1
            st = SubjectState(self.specs, self.k, ts)
            items[key] = st
        else:
            items.move_to_end(key)
        return st

    def put(self, key: str, st: SubjectState) -> None:
        self._items[key] = st
        self._items.move_to_end(key)

    def evict_idle(self, watermark: int) -> int:
        """Drop subjects idle for longer than idle_ms. The store is in recency
        order, so the scan stops at the first subject that is still fresh."""
        cutoff = watermark - self.idle_ms
        items = self._items
        n = 0
        while items:
            key, st = next(iter(items.items()))
            if st.last_ts >= cutoff:
                break
            items.popitem(last=False)
            n += 1
        self.evicted_idle += n
        return n

    def items(self) -> Iterator[tuple[str, SubjectState]]:
        return iter(self._items.items())

    def nbytes(self) -> int:
        return sum(st.nbytes() + len(k) + 49 for k, st in self._items.items())
