"""Public-dataset index: which item of a known public question set (GSM8K,
MATH, MBPP, Natural Questions, ...) a prompt quotes, if any, and whether two
items sit next to each other in their set.

Why. A distiller that wants coverage of a task space takes a public question
set and splits it among its accounts: a shard each, walked a few items a day,
so no account is large, no wrapper is shared and no network links them. On
eight independent held-out generators (written blind) that is how their
low-and-slow campaigns ran ("each account walks its own contiguous slice of
MATH", "disjoint consecutive GSM8K slices", "a campaign-wide work queue").
What gives such an account away is where its questions sit in the set: a run
of neighbouring items. People who ask benchmark-like questions pick them
anywhere (or ask the same one again); an eval job walks a whole set, in
thousands a day, which the rules tell apart by volume.

How. Each item is indexed by a few word 3-grams of its normalised text (the
normalisation the sketches use: lower case, digit runs -> "0") that no other
item in the index has: the `per_item` with the smallest xxh32 hashes, so
the choice is a fixed function of the text. A prompt quotes an item when it
contains all but one of them (typos and a wrapper around the question are
fine; a paraphrase or a translation is not an item any more). Only 32-bit
hashes and item positions are kept and shipped, never text, and the index
reads only the public sets, never user prompts.

Measured before building (BENCHMARKS.md "Changes in session 57"): an offline
scan of a held-out generator matched 79-100% of the prompts of its campaigns
that draw from these sets; bench/bench_sketches.py finds 93% of the items
wrapped or plain.
"""

from __future__ import annotations

import json
import struct
import sys
from array import array
from collections import Counter
from dataclasses import dataclass

import xxhash

from enforcer.core.sketches import normalise_tokens

MAGIC = b"ENFORCER-DATASET-INDEX 1\n"
SHINGLE = 3
PER_ITEM = 3
MAX_DATASETS = 255
MAX_ITEMS = 1 << 24
# An item's neighbours are the items within this share of its set on either
# side (at least one): a slice walked in order, or shuffled within itself,
# stays inside it, while a question picked at random from a set of 5,000 lands
# next to one of 16 remembered ones about 1.6% of the time (16 x 2 x 2.5 /
# 5,000). The sets are ordered by topic (MATH by subject, ...), so a student
# drilling one topic picks from a block of a few hundred items: at 1/500 of the
# set 213 of one generator's 700 students read as walkers at half their items
# or more, at 1/2000 31 (5 at 70%), against 249 of its 260 shard walkers
# (BENCHMARKS.md "Changes in session 57").
NEIGHBOUR_SHARE = 1 / 2000
# At 1/2000 a set under 3,000 items gets a radius of 1, and a shard that skips
# an item or two as it walks (Arena-Hard's 1,550 items, MBPP's 974) reads as
# random picks. The floor: 4 for sets of 1,024 items or more, size // 256
# below that (HumanEval's 164 and Self-Instruct's 175 and 252 stay at 1: 4
# items on either side of 16 remembered would be most of such a set). It also
# brings in students doing a window of a homework sheet at home; they come
# back to an exercise, which dataset_return_ratio_* sees. Both together, on
# seed 2 of 57 held-out generators: 171 more campaign accounts, 9 fewer
# benign (BENCHMARKS.md "Changes in session 67" and "Changes in session 68").
RADIUS_FLOOR = 4


def radius_for(size: int) -> int:
    """Items on either side of an item of a set of `size` that count as its neighbours."""
    return max(1, round(size * NEIGHBOUR_SHARE), min(RADIUS_FLOOR, size // 256))

_h32 = xxhash.xxh32_intdigest
_join = b" ".join


def shingles(text: str) -> tuple[bytes, ...]:
    """The word 3-grams of the normalised text (the whole text when shorter):
    exactly the MinHash shingles of sketches.Fingerprinter at its default."""
    toks = normalise_tokens(text)
    if len(toks) <= SHINGLE:
        return (_join(toks),) if toks else ()
    return tuple(map(_join, zip(toks, toks[1:], toks[2:])))


def shingle_hashes(text: str) -> set[int]:
    """32-bit hashes of the word 3-grams of the normalised text."""
    return set(map(_h32, shingles(text)))


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    name: str
    size: int
    radius: int  # items on either side that count as neighbours


class DatasetIndex:
    """Maps 3-gram hashes to item codes (dataset number << 24 | position)."""

    def __init__(self, datasets: tuple[DatasetInfo, ...], table: dict[int, int]):
        if len(datasets) > MAX_DATASETS:
            raise ValueError(f"at most {MAX_DATASETS} datasets")
        self.datasets = datasets
        self.table = table
        # how many of an item's keys a prompt must hold: all but one, at least 2
        self._need = {c: max(2, n - 1) if n > 1 else 1 for c, n in Counter(table.values()).items()}
        self._radius = tuple(d.radius for d in datasets)

    # -- building --------------------------------------------------------------
    @classmethod
    def build(cls, sets: dict[str, list[str]], per_item: int = PER_ITEM) -> DatasetIndex:
        """Index the items of each named set, in the order given (their position
        is what neighbours are measured on)."""
        if len(sets) > MAX_DATASETS:
            raise ValueError(f"at most {MAX_DATASETS} datasets")
        keyed: list[tuple[int, set[int]]] = []
        infos = []
        df: Counter[int] = Counter()
        for d, (name, items) in enumerate(sets.items()):
            if len(items) >= MAX_ITEMS:
                raise ValueError(f"dataset {name!r}: at most {MAX_ITEMS - 1} items")
            infos.append(DatasetInfo(name, len(items), radius_for(len(items))))
            for i, text in enumerate(items):
                hs = shingle_hashes(text)
                df.update(hs)
                keyed.append((d << 24 | i, hs))
        table: dict[int, int] = {}
        for code, hs in keyed:
            # Only 3-grams no other item has (an item repeated verbatim in a set,
            # or a short generic one, gets no keys and is never matched).
            own = sorted(h for h in hs if df[h] == 1)
            if len(own) < 2 and len(hs) > 1:
                continue
            for h in own[:per_item]:
                table[h] = code
        return cls(tuple(infos), table)

    # -- lookup ----------------------------------------------------------------
    def item_of(self, shingles: tuple[bytes, ...]) -> int:
        """The code of the item a prompt quotes (its word 3-grams), or -1. Most
        prompts hold none of the keys: one hash and one probe per 3-gram."""
        table = self.table
        keys = [h for h in map(_h32, shingles) if h in table]
        if not keys:
            return -1
        if len(keys) == 1:
            c = table[keys[0]]
            return c if self._need[c] == 1 else -1
        codes = [table[h] for h in set(keys)]
        best = codes[0]
        n = codes.count(best)
        if n < len(codes):  # keys of several items (rare): the one with most
            best, n = Counter(codes).most_common(1)[0]
        return best if n >= self._need[best] else -1

    def lookup(self, text: str) -> int:
        return self.item_of(shingles(text))

    def near(self, a: int, b: int) -> bool:
        """Two different items of one set within its neighbour radius."""
        if a >> 24 != b >> 24 or a == b:
            return False
        return abs(a - b) <= self._radius[a >> 24]

    @staticmethod
    def same_set(a: int, b: int) -> bool:
        return a >> 24 == b >> 24

    def name(self, code: int) -> str:
        return self.datasets[code >> 24].name

    def nbytes(self) -> int:
        # dict slot + two small ints, measured with sys.getsizeof (~100 B an entry)
        return 100 * len(self.table) + 100 * len(self._need)

    # -- file form -------------------------------------------------------------
    # Header line (JSON: the sets, their sizes and radii), then one byte per
    # item of every set in order (how many keys it has, 0-255), then the keys,
    # 32-bit little-endian, item after item: ~3 bytes an item less than a
    # key -> code table, so the index fits a ConfigMap beside the rules.
    def to_bytes(self) -> bytes:
        by_code: dict[int, list[int]] = {}
        for h, c in self.table.items():
            by_code.setdefault(c, []).append(h)
        counts = bytearray()
        keys = array("I")
        for d, info in enumerate(self.datasets):
            for i in range(info.size):
                hs = sorted(by_code.get(d << 24 | i, ()))
                counts.append(len(hs))
                keys.extend(hs)
        head = {"shingle": SHINGLE, "hash": "xxh32", "keys": len(keys),
                "datasets": [[d.name, d.size, d.radius] for d in self.datasets]}
        return MAGIC + json.dumps(head, separators=(",", ":")).encode() + b"\n" + bytes(counts) + _le(keys)

    @classmethod
    def from_bytes(cls, data: bytes) -> DatasetIndex:
        """Inverse of to_bytes; ValueError on anything else."""
        if not data.startswith(MAGIC):
            raise ValueError("not a dataset index (bad header)")
        nl = data.find(b"\n", len(MAGIC))
        if nl < 0:
            raise ValueError("truncated dataset index")
        try:
            head = json.loads(data[len(MAGIC):nl])
            n = int(head["keys"])
            infos = tuple(DatasetInfo(str(a), int(b), int(c)) for a, b, c in head["datasets"])
            if head.get("shingle") != SHINGLE or head.get("hash") != "xxh32":
                raise ValueError("dataset index built with other settings")
        except (KeyError, TypeError, json.JSONDecodeError) as e:
            raise ValueError(f"bad dataset index header: {e}") from None
        if len(infos) > MAX_DATASETS or any(not 0 < d.size < MAX_ITEMS or d.radius < 1 for d in infos):
            raise ValueError("dataset index: bad set sizes")
        items = sum(d.size for d in infos)
        body = data[nl + 1:]
        counts = body[:items]
        if len(body) != items + 4 * n or sum(counts) != n:
            raise ValueError(f"dataset index: {len(body)} bytes do not hold {items} items and {n} keys")
        keys = iter(struct.unpack(f"<{n}I", body[items:]))
        table: dict[int, int] = {}
        at = 0
        for d, info in enumerate(infos):
            for i in range(info.size):
                code = d << 24 | i
                for _ in range(counts[at]):
                    table[next(keys)] = code
                at += 1
        return cls(infos, table)


def _le(a: array) -> bytes:
    if a.itemsize != 4:  # pragma: no cover - every CPython platform we run on
        raise RuntimeError("array('I') is not 32-bit here")
    b = array("I", a)
    if sys.byteorder != "little":  # pragma: no cover
        b.byteswap()
    return b.tobytes()
