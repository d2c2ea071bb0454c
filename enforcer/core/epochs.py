"""Small event-time statistics that cannot be sliding sums.

Distinct counts cannot be subtracted when an item leaves a window, so they
run in epochs aligned to multiples of the span (deterministic in event time):

    |------ epoch k-1 ------|------ epoch k ------|
    [         both = items of epoch k-1 and k   ]      estimate() = |both|
                            [ cur = epoch k     ]

`estimate()` therefore covers between one and two spans of history: a
documented over-reach, never an under-count of the last span.
"""

from __future__ import annotations

import math

from enforcer.core.distinct import SmallDistinct

_M64 = (1 << 64) - 1


class EpochDistinct:
    __slots__ = ("span", "epoch", "cur", "both", "cap", "last")

    def __init__(self, span_ms: int, cap: int = 64):
        self.span = span_ms
        self.epoch = -1
        self.cap = cap
        self.cur: SmallDistinct | None = None
        self.both: SmallDistinct | None = None
        # The value of the latest add: it is in `cur` (and `both`) until the
        # next epoch, so adding it again within this epoch changes nothing.
        # Consecutive repeats are common (a group's networks: the members behind
        # one NAT take turns; measured ~1.8 of ~10 adds per event).
        self.last: int | None = None

    def _roll(self, ts: int) -> None:
        e = ts // self.span
        if e == self.epoch:
            return
        if e == self.epoch + 1 and self.cur is not None:
            self.both = self.cur
            self.cur = None
        elif e > self.epoch:
            self.cur = self.both = None
        else:
            return  # a late item from an older epoch still lands in the current sets
        self.epoch = e

    def add(self, h: int, ts: int) -> bool:
        """True if h is new in the current epoch (exact while small)."""
        if ts // self.span != self.epoch:
            self._roll(ts)
        elif h == self.last:
            return False
        cur = self.cur
        if cur is None:
            cur = self.cur = SmallDistinct(self.cap)
        both = self.both
        if both is None:
            both = self.both = SmallDistinct(self.cap)
        kb = (h & _M64).to_bytes(8, "little")  # once for both sketches
        new = cur.add_key(kb, h)
        # `both` has been fed every value `cur` has, so a value an exact `cur`
        # already holds is already in `both`: adding it again changes nothing.
        if new or not cur.exact:
            both.add_key(kb, h)
        self.last = h
        return new

    def add_fresh(self, h: int, ts: int) -> bool:
        """add(h, ts); True if h is new over what estimate() covers (this
        epoch and the one before; exact while small), not only this epoch:
        a network used yesterday evening is not new this morning."""
        if ts // self.span != self.epoch:
            self._roll(ts)
        cur, both = self._sets()
        kb = (h & _M64).to_bytes(8, "little")
        if cur.add_key(kb, h) or not cur.exact:
            return both.add_key(kb, h)
        return False

    def _sets(self) -> tuple[SmallDistinct, SmallDistinct]:
        """(cur, both), created when missing. `add` does this inline: it runs
        ~8 times per event, add_fresh only when an account's address changes."""
        if self.cur is None:
            self.cur = SmallDistinct(self.cap)
        if self.both is None:
            self.both = SmallDistinct(self.cap)
        return self.cur, self.both

    def estimate(self, now: int) -> int:
        e = now // self.span
        if e > self.epoch + 1 or self.both is None:
            return 0
        # e == epoch + 1: nothing added yet this epoch, only the previous one counts
        s = self.both if e != self.epoch + 1 else self.cur
        if s is None:
            return 0
        buf = s._buf
        if buf is not None:  # exact: the count itself, as round(float(n)) gives it (read ~3 times per event)
            return len(buf) >> 3
        return int(round(s.estimate()))

    def nbytes(self) -> int:
        return 64 + (self.cur.nbytes() if self.cur else 0) + (self.both.nbytes() if self.both else 0)


class GapStats:
    """Exponentially weighted mean and variance of inter-arrival gaps.

    Scripts pace requests regularly (coefficient of variation well below 1);
    people are bursty (CV above 1: quick follow-ups, then long pauses).
    alpha=0.1 remembers roughly the last 20 gaps.
    """

    __slots__ = ("last", "n", "mean", "var")
    ALPHA = 0.1

    def __init__(self) -> None:
        self.last = -1
        self.n = 0
        self.mean = 0.0
        self.var = 0.0

    def add(self, ts: int) -> None:
        if self.last < 0:
            self.last = ts
            return
        gap = ts - self.last
        if gap < 0:
            return  # late event: its gap is unknown, and it must not move the clock back
        self.last = ts
        self.n += 1
        if self.n == 1:
            self.mean = float(gap)
            return
        a = self.ALPHA
        d = gap - self.mean
        self.mean += a * d
        self.var = (1 - a) * (self.var + a * d * d)

    def cv(self, min_gaps: int = 5) -> float:
        """1.0 (a Poisson process) until there are enough gaps to say more."""
        if self.n < min_gaps or self.mean <= 0:
            return 1.0
        return math.sqrt(self.var) / self.mean
