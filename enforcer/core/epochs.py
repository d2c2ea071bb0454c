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
import struct
from base64 import b64decode, b64encode

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

    # -- changelog form: JSON-safe, restores an equal counter ------------------
    def to_list(self) -> list | None:
        """[epoch, cur, both] (base64 of SmallDistinct.to_bytes, null when absent);
        None when nothing was ever added. While both sets are exact, `both` holds
        every value of `cur` (add feeds it each new one), so only its other values
        are written, as packed hashes (a str where the full form is a list):
        on the first day of an account, that halves the bytes. `last` (a shortcut
        for repeats) is not saved: without it, a repeat takes the long way to
        the same answer. The span and cap are the owner's configuration."""
        if self.epoch < 0:
            return None
        cur, both = self.cur, self.both
        if cur is not None and both is not None and cur._buf is not None and both._buf is not None:
            mine = set(struct.unpack(f"<{len(cur._buf) // 8}Q", cur._buf))
            extra = [v for v in struct.unpack(f"<{len(both._buf) // 8}Q", both._buf) if v not in mine]
            if len(extra) + len(mine) == len(both._buf) // 8:  # cur within both, as add keeps it
                return [self.epoch, _b64(cur), pack_u64(extra)]
        return [self.epoch, _b64(cur), [_b64(both)]]

    @classmethod
    def from_list(cls, span_ms: int, data: list | None, cap: int = 64) -> EpochDistinct:
        """Inverse of to_list; raises ValueError (or TypeError) on a damaged entry."""
        out = cls(span_ms, cap)
        if data:
            epoch, cur, both = data
            out.epoch = int(epoch)
            out.cur = SmallDistinct.from_bytes(b64decode(cur)) if cur else None
            if isinstance(both, list):
                out.both = SmallDistinct.from_bytes(b64decode(both[0])) if both[0] else None
            else:
                extra = b64decode(both)
                if out.cur is None or out.cur._buf is None or len(extra) % 8:
                    raise ValueError("corrupt EpochDistinct")
                b = out.both = SmallDistinct(out.cur.cap, out.cur.lg_k)
                b._buf = bytearray(extra) + out.cur._buf
                if len(b._buf) > b.cap * 8:
                    raise ValueError("corrupt EpochDistinct (over cap)")
        return out


def pack_u64(xs) -> str:
    """Unsigned 64-bit hashes as base64 of little-endian words (the changelog's form)."""
    return b64encode(struct.pack(f"<{len(xs)}Q", *xs)).decode("ascii")


def unpack_u64(s: str) -> tuple[int, ...]:
    b = b64decode(s)
    if len(b) % 8:
        raise ValueError("corrupt packed hashes")
    return struct.unpack(f"<{len(b) // 8}Q", b)


def _b64(s: SmallDistinct | None) -> str | None:
    return b64encode(s.to_bytes()).decode("ascii") if s is not None else None


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

    def to_list(self) -> list:
        return [self.last, self.n, self.mean, self.var]  # floats: orjson writes them back exactly

    @classmethod
    def from_list(cls, data: list) -> GapStats:
        out = cls()
        last, n, mean, var = data
        out.last, out.n, out.mean, out.var = int(last), int(n), float(mean), float(var)
        return out

    def cv(self, min_gaps: int = 5) -> float:
        """1.0 (a Poisson process) until there are enough gaps to say more."""
        if self.n < min_gaps or self.mean <= 0:
            return 1.0
        return math.sqrt(self.var) / self.mean
