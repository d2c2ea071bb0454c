"""Small, memory-bounded, deterministic counting structures for per-key state.

- ``SmallDistinct``: distinct count of 64-bit hashes; exact up to ``cap``
  values (8 bytes each, packed), then an Apache DataSketches HLL.
- ``TopK``: space-saving heavy-hitter counter over 64-bit int keys.
- ``CommonKeys``: the keys common in a stream, by guaranteed count (space-saving
  with per-counter error), decaying by halves each epoch of event time.
- ``MarkerSet``: which of up to MAX_PHRASES phrases occur in a text, as a bitmask.

Pure: no I/O. Everything serialises to compact bytes (Kafka changelog state).
Figures behind the choices are printed by bench/bench_sketches.py.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterable

import datasketches

from enforcer.core.sketches import normalise

try:  # Aho-Corasick: one C pass over the text for all phrases (see MarkerSet)
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - exercised only where the package is missing
    _ahocorasick = None

__all__ = ["SmallDistinct", "TopK", "CommonKeys", "MarkerSet"]

_M64 = (1 << 64) - 1
_2_63 = 1 << 63
_2_64 = 1 << 64
_FORMAT = 1  # serialisation version byte


def _signed(h: int) -> int:
    # hll_sketch.update(int) takes an int64: a Python int >= 2**63 silently
    # falls through to the float overload and loses its low bits (measured:
    # 5,000 distinct values near 2**64 counted as ~4).
    return h - _2_64 if h >= _2_63 else h


# --------------------------------------------------------------------------


class SmallDistinct:
    """Distinct count of 64-bit hashes (the caller hashes; values are used as is
    in exact mode and hashed again by the HLL).

    Exact while at most ``cap`` distinct values were seen: they are kept packed
    in a bytearray (8 bytes each, ~0.6 KB at cap=64, where a Python set of 64
    ints holds ~4.3 KB). The (cap+1)-th distinct value switches to an
    ``hll_sketch(lg_k, HLL_4)`` fed with everything seen (~0.55 KB at lg_k=10
    held and serialised, relative standard error ~2.5-3%; lg_k=12: ~2.1 KB,
    ~1.5%). HLL_4 rather than HLL_8: the same registers and estimates (measured:
    20,000 updates, every estimate equal), the same update cost (~0.19 us), half
    the bytes, which matters since the sketches ride every changelog entry.
    Entries written with HLL_8 images still load.

    ``add`` returns True iff the value is new. Exact below cap; after the
    switch it is True only when the sketch changed (a value already seen can
    never change it, so True is always right; a new value that happens not to
    raise any register is reported False).
    """

    __slots__ = ("cap", "lg_k", "_buf", "_hll")

    def __init__(self, cap: int = 64, lg_k: int = 10):
        if not 0 <= cap <= 0xFFFF:
            raise ValueError("cap must be in [0, 65535]")
        if not 4 <= lg_k <= 21:
            raise ValueError("lg_k must be in [4, 21]")
        self.cap = cap
        self.lg_k = lg_k
        self._buf: bytearray | None = bytearray()
        self._hll: datasketches.hll_sketch | None = None

    def add(self, h: int) -> bool:
        return self.add_key((h & _M64).to_bytes(8, "little"), h)

    def add_key(self, kb: bytes, h: int) -> bool:
        """``add(h)`` with ``kb``, h's 8 little-endian bytes, already at hand
        (EpochDistinct adds one value to two sketches)."""
        buf = self._buf
        if buf is not None:
            i = buf.find(kb)
            while i >= 0:  # a hit must be 8-byte aligned
                if not i & 7:
                    return False
                i = buf.find(kb, i + 1)
            if len(buf) < self.cap * 8:
                buf += kb
                return True
            self._to_hll()
        hll = self._hll
        before = hll.get_estimate()  # type: ignore[union-attr]
        hll.update(_signed(h & _M64))  # type: ignore[union-attr]
        return hll.get_estimate() != before  # type: ignore[union-attr]

    def add_many(self, hs: Iterable[int]) -> None:
        for h in hs:
            self.add(h)

    def _to_hll(self) -> None:
        hll = datasketches.hll_sketch(self.lg_k, datasketches.HLL_4)
        buf = self._buf
        assert buf is not None
        for (v,) in struct.iter_unpack("<Q", buf):
            hll.update(_signed(v))
        self._hll = hll
        self._buf = None

    @property
    def exact(self) -> bool:
        """True while the count is exact (not yet switched to the HLL)."""
        return self._buf is not None

    def estimate(self) -> float:
        if self._buf is not None:
            return float(len(self._buf) >> 3)
        return self._hll.get_estimate()  # type: ignore[union-attr]

    def __len__(self) -> int:
        return round(self.estimate())

    def nbytes(self) -> int:
        """Approximate bytes held (object, buffer or sketch registers)."""
        if self._buf is not None:
            return 56 + sys.getsizeof(self._buf)
        # registers + C++ object + Python wrapper
        return 56 + 48 + 64 + self._hll.get_updatable_serialization_bytes()  # type: ignore[union-attr]

    # serialisation: version, mode, lg_k, cap (u16), then the packed values
    # (exact) or the compact HLL image.
    _HDR = struct.Struct("<BBBH")

    def to_bytes(self) -> bytes:
        if self._buf is not None:
            return self._HDR.pack(_FORMAT, 0, self.lg_k, self.cap) + bytes(self._buf)
        return self._HDR.pack(_FORMAT, 1, self.lg_k, self.cap) + self._hll.serialize_compact()  # type: ignore[union-attr]

    @classmethod
    def from_bytes(cls, data: bytes) -> SmallDistinct:
        ver, mode, lg_k, cap = cls._HDR.unpack_from(data)
        if ver != _FORMAT:
            raise ValueError(f"unknown SmallDistinct format {ver}")
        out = cls(cap, lg_k)
        body = data[cls._HDR.size :]
        if mode == 0:
            if len(body) % 8 or len(body) > cap * 8:
                raise ValueError("corrupt SmallDistinct (exact part)")
            out._buf = bytearray(body)
        elif mode == 1:
            out._hll = datasketches.hll_sketch.deserialize(bytes(body))
            out._buf = None
        else:
            raise ValueError(f"corrupt SmallDistinct (mode {mode})")
        return out

    def __repr__(self) -> str:
        mode = "exact" if self._buf is not None else f"hll{self.lg_k}"
        return f"SmallDistinct({mode}, ~{self.estimate():.0f})"


# --------------------------------------------------------------------------


class TopK:
    """Space-saving heavy hitters (Metwally et al. 2005) with ``k`` counters
    over unsigned 64-bit int keys and non-negative int weights.

    A tracked key's count over-estimates its true weight by at most the
    smallest counter at the time it was (re)admitted (<= total/k), so
    ``top_share`` is an upper bound; a key whose true share is > 1/k is always
    tracked. The counters sum to ``total``. Ties go to the lowest slot, both
    for ``top()`` and for eviction, so the state depends only on the sequence
    of updates (deterministic, and kept by to_bytes/from_bytes).

    Hand-written rather than ``datasketches.frequent_items_sketch`` (bench,
    8 keys held): ~560 B resident and 11 + 16*k = 139 B serialised here,
    against ~1170 B resident and 192 B serialised for the smallest sketch that
    holds 8 items (lg_max_map_size=4); the sketch also rejects keys >= 2**63
    and bounds its error by 0.22*total instead of total/8. It is faster per
    update (~0.09 us vs ~0.35 us here).
    """

    __slots__ = ("k", "total", "_keys", "_cnt")

    def __init__(self, k: int = 8):
        if not 1 <= k <= 255:
            raise ValueError("k must be in [1, 255]")
        self.k = k
        self.total = 0
        self._keys: list[int] = []  # slot -> key
        self._cnt: list[int] = []  # slot -> count

    def add(self, key: int, w: int = 1) -> None:
        if w <= 0:
            if w == 0:
                return
            raise ValueError("weight must be >= 0")
        self.total += w
        keys = self._keys
        if key in keys:  # C-level scan of <= k ints
            self._cnt[keys.index(key)] += w
        elif len(keys) < self.k:
            keys.append(key)
            self._cnt.append(w)
        else:
            cnt = self._cnt
            m = min(cnt)
            i = cnt.index(m)  # lowest slot among the smallest
            keys[i] = key
            cnt[i] = m + w

    def top(self) -> tuple[int, int] | None:
        cnt = self._cnt
        if not cnt:
            return None
        m = max(cnt)
        return self._keys[cnt.index(m)], m

    def top_share(self) -> float:
        cnt = self._cnt
        return max(cnt) / self.total if cnt and self.total else 0.0

    def items(self) -> list[tuple[int, int]]:
        """Tracked (key, count) pairs, largest count first (ties: lowest slot)."""
        return sorted(zip(self._keys, self._cnt), key=lambda kv: -kv[1])

    def count(self, key: int) -> int:
        keys = self._keys
        return self._cnt[keys.index(key)] if key in keys else 0

    def __len__(self) -> int:
        return len(self._keys)

    def nbytes(self) -> int:
        """Approximate bytes held: object, two lists, their ints."""
        ks, cs = self._keys, self._cnt
        return (
            72
            + sys.getsizeof(ks)
            + sys.getsizeof(cs)
            + sum(map(sys.getsizeof, ks))
            + sum(sys.getsizeof(c) for c in cs if c > 256)  # small ints are shared
        )

    _HDR = struct.Struct("<BBBQ")

    def to_bytes(self) -> bytes:
        n = len(self._keys)
        flat = [x for kv in zip(self._keys, self._cnt) for x in kv]
        return self._HDR.pack(_FORMAT, self.k, n, self.total) + struct.pack("<%dQ" % (2 * n), *flat)

    @classmethod
    def from_bytes(cls, data: bytes) -> TopK:
        ver, k, n, total = cls._HDR.unpack_from(data)
        if ver != _FORMAT:
            raise ValueError(f"unknown TopK format {ver}")
        if not 1 <= k or n > k or len(data) != cls._HDR.size + 16 * n:
            raise ValueError("corrupt TopK")
        out = cls(k)
        out.total = total
        flat = struct.unpack_from("<%dQ" % (2 * n), data, cls._HDR.size)
        out._keys = list(flat[0::2])
        out._cnt = list(flat[1::2])
        return out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TopK):
            return NotImplemented
        return (self.k, self.total, self._keys, self._cnt) == (other.k, other.total, other._keys, other._cnt)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TopK(k={self.k}, total={self.total}, top={self.top()})"


class CommonKeys:
    """The keys common in one stream of items (a group's shared prompt wrappers),
    each item a few keys. Space-saving (Metwally et al. 2005) with ``k``
    counters that also keep each counter's error (the count it took over when
    admitted), so that ``common`` names only keys whose guaranteed count
    (count - error) reaches a share of the items: a key that has just replaced
    the smallest counter is not common by inheritance. Every count, error and
    the item total are halved when an item from a later epoch of event time
    arrives, so a group's old wrappers fade within days.

    Not TopK: TopK keeps no error, and a fan-out asks "which wrappers does this
    group really use", where an over-count would name a bystander's wrapper.
    """

    __slots__ = ("k", "epoch_ms", "n", "epoch", "_c", "_cnt", "version")

    def __init__(self, k: int = 16, epoch_ms: int = 86_400_000):
        if not 1 <= k <= 255:
            raise ValueError("k must be in [1, 255]")
        self.k = k
        self.epoch_ms = epoch_ms
        self.n = 0  # items counted (halved with the counts)
        self.epoch = -1
        self.version = 0  # bumped by every add (not saved): lets a reader keep what it derived
        self._c: dict[int, list[int]] = {}  # key -> [count, error], oldest admission first
        # key -> count again, in the same order: the eviction's min runs in C over
        # it (min(d, key=d.__getitem__)) where a Python key function over _c was
        # called a million times on 30,000 events (2-3% of the engine's time under
        # cProfile) once template groups counted 64 keys.
        self._cnt: dict[int, int] = {}

    def add(self, keys: Iterable[int], ts: int) -> None:
        e = ts // self.epoch_ms
        if e > self.epoch:
            if self.epoch >= 0:
                self._halve(e - self.epoch)
            self.epoch = e
        self.n += 1
        self.version += 1
        c = self._c
        cnt = self._cnt
        for key in keys:
            v = c.get(key)
            if v is not None:
                v[0] += 1
                cnt[key] += 1
            elif len(c) < self.k:
                c[key] = [1, 0]
                cnt[key] = 1
            else:
                # The smallest counter, first admitted among equals (deterministic:
                # the dict keeps admission order). A ring's few wrappers keep
                # their counters; one-off wrappers of other prompts churn the
                # smallest, and their guaranteed counts stay low.
                low = min(cnt, key=cnt.__getitem__)
                m = cnt.pop(low)
                del c[low]
                c[key] = [m + 1, m]
                cnt[key] = m + 1

    def _halve(self, times: int) -> None:
        sh = min(times, 62)
        self.n >>= sh
        c = self._c
        cnt = self._cnt
        for key in list(c):
            v = c[key]
            v[0] >>= sh
            v[1] >>= sh
            if v[0]:
                cnt[key] = v[0]
            else:
                del c[key]
                del cnt[key]

    def common(self, min_share: float, min_count: int, of_top: float = 0.0, cover: float = 0.0) -> frozenset[int]:
        """Keys whose guaranteed count is at least ``min_count``, ``min_share``
        of the items counted and ``of_top`` times the largest guaranteed count;
        none unless their guaranteed counts add up to ``cover`` times the items
        (the stream is not diffuse: a few keys carry it)."""
        sure = [(key, cnt - err) for key, (cnt, err) in self._c.items()]
        if not sure:
            return frozenset()
        floor = max(min_count, min_share * self.n, of_top * max(s for _, s in sure))
        keys = [(key, s) for key, s in sure if s >= floor]
        if sum(s for _, s in keys) < cover * self.n:
            return frozenset()
        return frozenset(key for key, _ in keys)

    def __len__(self) -> int:
        return len(self._c)

    def nbytes(self) -> int:
        """Approximate bytes held: object, two dicts, one [count, error] list per key."""
        return 80 + 2 * sys.getsizeof(self._c) + len(self._c) * (72 + 32)

    def to_list(self) -> list:
        return [self.k, self.epoch_ms, self.n, self.epoch, [[key, c, e] for key, (c, e) in self._c.items()]]

    @classmethod
    def from_list(cls, data: list) -> CommonKeys:
        k, epoch_ms, n, epoch, rows = data
        out = cls(int(k), int(epoch_ms))
        if len(rows) > out.k:
            raise ValueError("corrupt CommonKeys")
        out.n, out.epoch = int(n), int(epoch)
        out._c = {int(key): [int(c), int(e)] for key, c, e in rows}
        out._cnt = {key: v[0] for key, v in out._c.items()}
        return out


# --------------------------------------------------------------------------


# Phrases of all marker sets together, matched by one automaton; past 64 the
# mask is a wider int. Measured on 600 arena and GSM8K prompts: 57 -> 83
# phrases (the reasoning set in twenty languages) took 3.6 -> 4.2 us per
# prompt, against ~270 us per event for the whole engine. Raised from 128 to
# 192 in session 47, when the authoring set took the default rules to ~160:
# the automaton's pass does not grow with the phrase count, only the mask.
# Raised to 256 in session 53 for the instruction-data set (192 were taken).
MAX_PHRASES = 256


class MarkerSet:
    """Case-insensitive phrase matcher: ``match(text)`` is a bitmask with bit i
    set iff phrase i (i < MAX_PHRASES) occurs in the text.

    Text and phrases go through the same normalisation as the fingerprints
    (lower case, whitespace runs -> one space, digit runs -> "0"), so
    "Step  by\\nStep" matches "step by step" and "in 3 steps" matches
    "in 5 steps". A phrase that starts (ends) with a letter or digit must
    start (end) at a word boundary: "cot" does not match "cotton", "solve"
    does not match "solved". A trailing (leading) "*" lifts that: "solv*"
    matches "solve", "solved", "solving"; "*ing" any word ending in "ing".

    One Aho-Corasick pass (pyahocorasick) finds every occurrence of every
    phrase, overlapping ones included, in time independent of the number of
    phrases (bench: ~2 us per 200-char prompt for 20 or 64 phrases, against
    3-7 us for one ``in`` test per phrase and 35-95 us for a re.IGNORECASE
    alternation). Without pyahocorasick it falls back to the ``in`` tests.
    """

    __slots__ = ("phrases", "_auto", "_plain")

    def __init__(self, phrases: list[str]):
        if len(phrases) > MAX_PHRASES:
            raise ValueError(f"at most {MAX_PHRASES} phrases")
        self.phrases = tuple(phrases)
        entries: dict[tuple[str, bool, bool], list[int]] = {}
        for i, p in enumerate(phrases):
            s = p.strip()
            open_l = s.startswith("*")
            open_r = s.endswith("*") and len(s) > 1
            norm = normalise(s.strip("*")).decode("utf-8", "surrogatepass")
            if not norm:
                raise ValueError(f"phrase {i} is empty after normalisation")
            # (mask, length, check left boundary, check right boundary)
            e = entries.setdefault(
                (norm, not open_l and norm[0].isalnum(), not open_r and norm[-1].isalnum()), [0]
            )
            e[0] |= 1 << i
        by_text: dict[str, list[tuple[int, int, bool, bool]]] = {}
        for (norm, lb, rb), m in entries.items():
            by_text.setdefault(norm, []).append((m[0], len(norm), lb, rb))
        self._plain = tuple((p, v) for p, vs in by_text.items() for v in vs)
        if _ahocorasick is not None:
            auto = _ahocorasick.Automaton()
            for p, vs in by_text.items():  # one entry per text, all its boundary variants
                auto.add_word(p, tuple(vs))
            if len(auto):
                auto.make_automaton()
            self._auto = auto
        else:  # pragma: no cover
            self._auto = None

    def match(self, text: str) -> int:
        """Bitmask of the phrases that occur in ``text``."""
        return self.match_normalised(normalise(text).decode("utf-8", "surrogatepass"))

    def match_normalised(self, s: str) -> int:
        """Same as ``match`` for text already normalised by sketches.normalise."""
        mask = 0
        n = len(s)
        auto = self._auto
        if auto is not None:
            if not len(auto):
                return 0
            for end, variants in auto.iter(s):
                for m, ln, lb, rb in variants:
                    if m & ~mask == 0:
                        continue
                    start = end - ln + 1
                    if lb and start > 0 and s[start - 1].isalnum():
                        continue
                    if rb and end + 1 < n and s[end + 1].isalnum():
                        continue
                    mask |= m
            return mask
        for p, (m, ln, lb, rb) in self._plain:  # pragma: no cover - fallback
            i = s.find(p)
            while i >= 0:
                if not (lb and i > 0 and s[i - 1].isalnum()) and not (
                    rb and i + ln < n and s[i + ln].isalnum()
                ):
                    mask |= m
                    break
                i = s.find(p, i + 1)
        return mask

    def __len__(self) -> int:
        return len(self.phrases)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (MarkerSet, (list(self.phrases),))

    def __repr__(self) -> str:
        return f"MarkerSet({len(self.phrases)} phrases)"
