"""Prompt fingerprinting: exact hash, MinHash-LSH band keys and wrapper (template) keys.

Pure: no I/O, no global state. The prompt text goes in, only 64-bit hashes and
counts come out; nothing here keeps, logs or returns any part of the text.
Figures quoted below come from bench/bench_sketches.py on the real corpora
(2-vCPU VM shared with other jobs: absolute timings are noisy).

Per prompt:

1. Normalise: lower-case, every digit run -> "0", whitespace runs collapsed
   (tokens = whitespace-separated words). ASCII text stays on bytes (fast
   path); other text is lower-cased as str, then Unicode spaces/line separators
   and fullwidth/Arabic-Indic/Devanagari digits are mapped to ASCII.
2. ``exact``: xxh3-64 of the normalised text (tokens joined by one space).
3. ``bands``: R-MinHash (rensa, Rust) over word ``shingle``-grams, cut into
   ``bands`` bands of ``num_perm // bands`` rows; a band's key is xxh3-64 of
   its rows seeded per band, so keys of different bands never meet. Prompts
   with Jaccard J share >= 1 band with probability 1 - (1 - J^4)^16 (J=0.8:
   0.9997, 0.5: 0.65, 0.3: 0.12, 0.1: 0.002). Measured: one word changed 99.5%,
   two words 95%, unrelated real prompts 0.006%.
   Library choice, measured at num_perm=64 on the same shingles: rensa ~2.1 us
   per prompt, datasketch.MinHash.update_batch ~170 us (about 78x slower).
4. Wrapper keys ``template_prefix`` / ``template_suffix`` / ``template``.

Why two ends plus a combined key. A templated prompt is ``P + question + S``.
With the question at the end only P is shared, at the start only S, in the
middle both. One prompt alone cannot tell which end is fixed, so each end gets
its own key (0 when none) and a consumer counts accounts per prefix key and
per suffix key; ``template`` (both ends at once) is the rarest, strongest key.

How an end's span is chosen. A fixed "first/last 6 tokens" span was measured
first: 10.8% of chat-style benign prompts share such a key with another one
("i want you to act as", "write a python function that ..."), and it misses
every wrapper side shorter than 6 tokens ("Solve the following problem
carefully.\n\n{q}", "{q}\nLet's think step by step."). Here a span runs
from the end of the prompt inwards up to the ``wrapper_tokens``-th *content*
token (stop words, punctuation and numbers do not count, so a generic opening
made of function words stretches until it reaches something specific), and
stops earlier at a sentence end (. ? ! :) or a line break once it holds
``wrapper_boundary_min`` content tokens (a wrapper is nearly always cut from
its question there). No key when that takes more than ``wrapper_max_tokens``
tokens, or when the prompt has fewer than ``min_wrapper_prompt_tokens``.
Measured: benign prompts sharing a key with another benign prompt 3.1% of
chat-style ones (1.0% of all benign), recall 1.00 on four of the five
hand-written templates and 0.92 on the fifth (the misses are prompts under
16 tokens).
"""

from __future__ import annotations

import re
import struct
import sys
from array import array
from dataclasses import dataclass, field, fields
from typing import Protocol

import pydantic
import rensa
import xxhash

__all__ = [
    "SketchConfig",
    "Fingerprint",
    "Fingerprinter",
    "normalise",
    "normalise_tokens",
    "STOP_WORDS",
]

_xxh64 = xxhash.xxh3_64_intdigest

# --------------------------------------------------------------------------
# normalisation

_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
# Non-ASCII whitespace that str.split() knows but bytes.split() does not (line
# separators become b"\n") and the common non-ASCII decimal digits (fullwidth,
# Arabic-Indic, extended Arabic-Indic, Devanagari), all as UTF-8 bytes.
_UNI = re.compile(
    rb"\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80"
    rb"|\xef\xbc[\x90-\x99]|\xd9[\xa0-\xa9]|\xdb[\xb0-\xb9]|\xe0\xa5[\xa6-\xaf]"
)
_UNI_LINE = frozenset((b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9"))
# The code points _UNI matches the UTF-8 of (each alternative starts with a
# lead byte, so its matches are exactly these characters), as one str class:
# a cheap scan that spares most non-ASCII prompts the bytes substitution
# (measured: 25 of 1,138 simulated non-ASCII prompts have one).
_UNI_CHARS = re.compile(
    "[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\uff10-\uff19\u0660-\u0669\u06f0-\u06f9"
    "\u0966-\u096f]"
)


def _uni_sub(m: "re.Match[bytes]") -> bytes:
    g = m.group()
    if g in _UNI_LINE:
        return b"\n"
    if len(g) == 2 and g[0] in (0xD9, 0xDB) or g[:2] in (b"\xef\xbc", b"\xe0\xa5"):
        return b"0"
    return b" "


def _norm_bytes(text: str) -> bytes:
    """Lower-cased UTF-8 bytes with every run of digits replaced by b"0".
    Whitespace is not collapsed yet (line breaks are kept for the wrapper
    spans) but all of it is ASCII, so ``bytes.split()`` gives the tokens.

    ASCII text (O(1) check) stays on bytes: encode+lower+translate is ~0.3 us
    for 200 chars where str.lower + re.sub(r"\\d+") + str.split costs ~5 us."""
    if text.isascii():
        b = text.encode().lower()
    else:
        low = text.lower()
        b = low.encode("utf-8", "surrogatepass")
        if _UNI_CHARS.search(low) is not None:
            b = _UNI.sub(_uni_sub, b)
    b = b.translate(_DIGITS_TO_ZERO)
    if b"0" in b:  # memchr: cheap when there are no digits at all
        while b"00" in b:  # "2024" -> "0000" -> "00" -> "0"
            b = b.replace(b"00", b"0")
    return b


def normalise_tokens(text: str) -> list[bytes]:
    """The normalised word tokens (lower-case, numbers -> b"0")."""
    return _norm_bytes(text).split()


def normalise(text: str) -> bytes:
    """The normalised text: tokens joined by one space (what ``exact`` hashes)."""
    return b" ".join(_norm_bytes(text).split())


# --------------------------------------------------------------------------
# wrapper spans

# English function words plus a few chat fillers. A token is a *content* token
# when, stripped of punctuation and masked digits, it has >= 2 characters and
# is not in this set.
STOP_WORDS: frozenset[bytes] = frozenset(
    w.encode()
    for w in """
a an the and or but nor if then else so as of to in on at by for with from into onto upon
about above below over under than that this these those there here it its it's itself is are
was were be been being am do does did doing done have has had having i me my mine myself we us
our ours you your yours yourself he him his she her hers they them their theirs what which who
whom whose when where why how not no can could will would shall should may might must just also
only all any each every some such own same other more most few both either neither let let's
please i'm i'll i've i'd you're you'll you've we're they're it'll that's there's what's here's
don't doesn't didn't can't won't isn't aren't wasn't weren't cannot ok okay hi hello hey thanks
thank very too out up down off again further once one
""".split()
)
_STRIP = b".,:;!?\"'()[]{}<>*#-_`~=+&%$@^|/\\0\x1f"
# A token is a content token iff ``t.strip(_STRIP) not in _NON_CONTENT``.
_NON_CONTENT = frozenset(STOP_WORDS | {b""} | {bytes([i]) for i in range(256)})
_SENT_END = frozenset(b".?!:")
_CLOSERS = b"\"')]}*`_"
# last bytes that may end a sentence or a line: cheap pre-test before _bound()
_MAYBE_BOUND = frozenset(b".?!:\"')]}*`_\x1f")
# In the marked copy of the text every line break is preceded by this byte, so
# a token that ends a line ends with it and a blank line (or spaces before a
# break) shows up as a token made of it alone.
_MARK = 0x1F
_MARKED_NL = b"\x1f\n"


def _bound(t: bytes) -> bool:
    """Token ends a sentence (. ? ! : possibly followed by quotes, brackets,
    markdown emphasis) or, in the marked copy, a line."""
    x = t[-1]
    if x == _MARK or x in _SENT_END:
        return True
    e = t.rstrip(_CLOSERS)
    return bool(e) and e[-1] in _SENT_END


def _head_span(toks: list[bytes], b: bytes, want: int, bmin: int, kmax: int) -> bytes | None:
    """The leading wrapper span (tokens joined by one space) or None.

    ``toks`` is ``b.split()``; ``b`` the normalised text with its line breaks.
    The span ends at the ``want``-th content token, or earlier at the end of a
    sentence or line once it holds ``bmin`` content tokens; None when that
    takes more than ``kmax`` tokens."""
    nc = _NON_CONTENT
    n = 0
    k = 0
    if b.find(b"\n") < 0:
        for t in toks[:kmax]:
            k += 1
            if t.strip(_STRIP) not in nc:
                n += 1
                if n >= want:
                    return b" ".join(toks[:k])
            if n >= bmin and t[-1] in _MAYBE_BOUND and _bound(t):
                return b" ".join(toks[:k])
        return None
    # Line breaks: walk a marked copy of the head (one replace + one split,
    # cheaper than locating the breaks token by token); k counts real tokens.
    # The split is capped; many blank lines can exhaust the cap: retry wider.
    cap = 2 * kmax + 2
    while True:
        mt = b.replace(b"\n", _MARKED_NL).split(None, cap)
        more = len(mt) > cap
        if more:
            del mt[-1]  # unsplit remainder
        n = k = 0
        for t in mt:
            if t[0] == _MARK and not t.strip(b"\x1f"):  # line break after the previous token
                if n >= bmin and k:
                    return b" ".join(toks[:k])
                continue
            if k == kmax:
                return None
            k += 1
            if t.strip(_STRIP) not in nc:
                n += 1
                if n >= want:
                    return b" ".join(toks[:k])
            if n >= bmin and t[-1] in _MAYBE_BOUND and _bound(t):
                return b" ".join(toks[:k])
        if not more:
            return None
        cap *= 4


def _tail_span(toks: list[bytes], b: bytes, want: int, bmin: int, kmax: int) -> bytes | None:
    """Mirror image of ``_head_span``: the trailing span may stop before a
    token that starts a line or follows the end of a sentence."""
    nc = _NON_CONTENT
    L = len(toks)
    n = 0
    if b.find(b"\n") < 0:
        for i in range(L - 1, (L - kmax if L > kmax else 0) - 1, -1):
            t = toks[i]
            if t.strip(_STRIP) not in nc:
                n += 1
                if n >= want:
                    return b" ".join(toks[i:])
            if n >= bmin and i:
                p = toks[i - 1]
                if p[-1] in _MAYBE_BOUND and _bound(p):
                    return b" ".join(toks[i:])
        return None
    cap = 2 * kmax + 3
    while True:
        mt = b.replace(b"\n", _MARKED_NL).rsplit(None, cap)
        more = len(mt) > cap
        if more:
            del mt[0]  # unsplit remainder
        n = k = 0  # k: real tokens in the span so far
        for j in range(len(mt) - 1, -1, -1):
            t = mt[j]
            if t[0] == _MARK and not t.strip(b"\x1f"):  # line break before the span
                if n >= bmin and k:
                    return b" ".join(toks[L - k :])
                continue
            if k and n >= bmin and t[-1] in _MAYBE_BOUND and _bound(t):
                return b" ".join(toks[L - k :])
            if k == kmax:
                return None
            k += 1
            if t.strip(_STRIP) not in nc:
                n += 1
                if n >= want:
                    return b" ".join(toks[L - k :])
        if not more:
            return None
        cap *= 4


# --------------------------------------------------------------------------
# public API


class SketchConfig(pydantic.BaseModel, frozen=True, extra="forbid"):
    """Fingerprint parameters. Changing any of them changes every key."""

    num_perm: int = pydantic.Field(64, ge=1, le=1024)  # MinHash permutations
    bands: int = pydantic.Field(16, ge=1)  # LSH bands (rows = num_perm // bands)
    shingle: int = pydantic.Field(3, ge=1, le=16)  # word n-gram size
    # Wrapper span at each end: up to this many CONTENT tokens (not stop words,
    # punctuation or numbers); see the module docstring for why not raw tokens.
    wrapper_tokens: int = pydantic.Field(6, ge=1)
    # ...stopping earlier at a sentence end or line break once the span holds
    # this many content tokens...
    wrapper_boundary_min: int = pydantic.Field(3, ge=1)
    # ...and no key at all when that takes more than this many tokens.
    wrapper_max_tokens: int = pydantic.Field(12, ge=1)
    min_wrapper_prompt_tokens: int = pydantic.Field(16, ge=1)  # shorter prompts get no wrapper key
    seed: int = pydantic.Field(1, ge=0, le=(1 << 32) - 1)

    @pydantic.model_validator(mode="after")
    def _check(self) -> "SketchConfig":
        if self.num_perm % self.bands:
            raise ValueError("num_perm must be a multiple of bands")
        if self.wrapper_boundary_min > self.wrapper_tokens:
            raise ValueError("wrapper_boundary_min must be <= wrapper_tokens")
        if self.wrapper_tokens > self.wrapper_max_tokens:
            raise ValueError("wrapper_tokens must be <= wrapper_max_tokens")
        return self


@dataclass(slots=True, frozen=True)
class Fingerprint:
    """Hashes of one prompt; never any of its text. Consumers: count accounts
    per ``exact``, per band key, per ``template_prefix``, per ``template_suffix``
    (and per ``template``); two prompts are near-duplicate candidates when they
    share a band key."""

    exact: int  # xxh3-64 of the normalised text (repeat detection)
    bands: tuple[int, ...]  # LSH band keys, 64-bit, band index mixed in; () for empty text
    template: int  # 0 if none; else key of BOTH wrapper ends (prefix and suffix span)
    tokens: int  # word-token count
    template_prefix: int = 0  # 0 if none; key of the leading wrapper span (question at the end or middle)
    template_suffix: int = 0  # 0 if none; key of the trailing wrapper span (question at the start or middle)
    markers: int = 0  # MarkerSet bitmask when the Fingerprinter was given one
    # raw R-MinHash signature (num_perm little-endian u32); only for jaccard_estimate
    signature: bytes = field(default=b"", repr=False, compare=False)
    # the public-dataset item the prompt quotes (core.datasets) when the
    # Fingerprinter was given an index, else -1
    item: int = -1


def _fast_constructor():
    """A Fingerprint constructor that fills the slots directly. The frozen
    dataclass __init__ costs ~0.9 us (object.__setattr__ per field); this
    costs ~0.45 us and builds an identical object."""
    new = object.__new__
    setters = [getattr(Fingerprint, f.name).__set__ for f in fields(Fingerprint)]
    if len(setters) != 9:  # pragma: no cover - keep in step with the class
        raise RuntimeError("Fingerprint fields changed: update _fast_constructor")
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = setters

    def make(a, b, c, d, e, f, g, h, i):  # type: ignore[no-untyped-def]
        o = new(Fingerprint)
        s0(o, a); s1(o, b); s2(o, c); s3(o, d)  # noqa: E702
        s4(o, e); s5(o, f); s6(o, g); s7(o, h); s8(o, i)  # noqa: E702
        return o

    return make


_make = _fast_constructor()


class _Matcher(Protocol):
    def match_normalised(self, text: str) -> int: ...


class _Items(Protocol):
    def item_of(self, shingles: tuple[bytes, ...]) -> int: ...


def _build(cfg: SketchConfig, markers: _Matcher | None, datasets: _Items | None = None):  # noqa: C901 - one hot function
    seed = cfg.seed

    def sub(tag: bytes) -> int:
        return _xxh64(tag, seed)

    num_perm = cfg.num_perm
    n = cfg.shingle
    rows_bytes = 4 * (num_perm // cfg.bands)
    band_seeds = tuple(sub(b"band%d" % i) for i in range(cfg.bands))
    cut = struct.Struct(("%ds" % rows_bytes) * cfg.bands).unpack  # one C call per prompt
    exact_seed, pre_seed, suf_seed, tpl_seed = (sub(t) for t in (b"exact", b"prefix", b"suffix", b"template"))
    want, bmin, kmax, minlen = (
        cfg.wrapper_tokens,
        cfg.wrapper_boundary_min,
        cfg.wrapper_max_tokens,
        cfg.min_wrapper_prompt_tokens,
    )
    swap = sys.byteorder != "little"
    match = markers.match_normalised if markers is not None else None
    # The dataset index reads word 3-grams of the same normalised tokens: the
    # MinHash shingles when they are 3-grams (the default), so a lookup costs
    # only its hashes and dict probes (measured in bench/bench_sketches.py).
    item_of = datasets.item_of if datasets is not None else None
    if item_of is not None and n != 3:
        raise ValueError("a dataset index needs 3-word shingles (SketchConfig.shingle = 3)")
    norm, xxh, join, head, tail, make, RMinHash = (
        _norm_bytes, _xxh64, b" ".join, _head_span, _tail_span, _make, rensa.RMinHash
    )

    def fingerprint(text: str) -> Fingerprint:
        b = norm(text)
        toks = b.split()
        ntok = len(toks)
        joined = join(toks)
        exact = xxh(joined, exact_seed)
        if not ntok:
            return make(exact, (), 0, 0, 0, 0, 0, b"", -1)

        # MinHash-LSH bands over word n-grams. A tuple, not a list: rensa's
        # tuple path measured ~1 us faster per prompt.
        if ntok <= n:
            shingles: tuple[bytes, ...] = (joined,)
        elif n == 3:
            shingles = tuple(map(join, zip(toks, toks[1:], toks[2:])))
        elif n == 1:
            shingles = tuple(toks)
        else:
            shingles = tuple(map(join, zip(*[toks[i:] for i in range(n)])))
        mh = RMinHash(num_perm, seed)
        mh.update(shingles)
        sig = array("I", mh.digest())
        if swap:  # pragma: no cover - big-endian hosts
            sig.byteswap()
        buf = sig.tobytes()
        bands = tuple(map(xxh, cut(buf), band_seeds))

        # wrapper keys
        pre = suf = tpl = 0
        if ntok >= minlen:
            ps = head(toks, b, want, bmin, kmax)
            ss = tail(toks, b, want, bmin, kmax)
            if ps is not None:
                pre = xxh(ps, pre_seed)
                if ss is not None:
                    suf = xxh(ss, suf_seed)
                    tpl = xxh(ps + b"\x00" + ss, tpl_seed)
            elif ss is not None:
                suf = xxh(ss, suf_seed)

        mk = match(joined.decode("utf-8", "surrogatepass")) if match is not None else 0
        return make(exact, bands, tpl, ntok, pre, suf, mk, buf, item_of(shingles) if item_of is not None else -1)

    return fingerprint


class Fingerprinter:
    """Fingerprints prompts. No mutable state after __init__ (safe to share).

    ``markers``: optionally a ``distinct.MarkerSet``; its bitmask is then
    computed on the already-normalised text and returned in
    ``Fingerprint.markers`` (saves normalising the text a second time)."""

    def __init__(self, cfg: SketchConfig | None = None, markers: _Matcher | None = None, datasets: _Items | None = None):
        self.cfg = cfg = cfg or SketchConfig()
        self.markers = markers
        self.datasets = datasets
        if array("I").itemsize != 4:  # pragma: no cover - every CPython platform we run on
            raise RuntimeError("array('I') is not 32-bit here")
        # The per-prompt function is a closure over its constants (no
        # attribute look-ups in the hot path).
        self.fingerprint = _build(cfg, markers, datasets)  # type: ignore[method-assign]

    def __reduce__(self):  # type: ignore[no-untyped-def] - the closure itself does not pickle
        return (Fingerprinter, (self.cfg, self.markers, self.datasets))

    def fingerprint(self, text: str) -> Fingerprint:  # replaced per instance in __init__
        """Fingerprint one prompt. Returns hashes and counts only."""
        raise NotImplementedError  # pragma: no cover

    @staticmethod
    def jaccard_estimate(a: Fingerprint, b: Fingerprint) -> float:
        """Share of equal MinHash slots (an unbiased estimate of the Jaccard
        similarity of the two shingle sets). Empty prompts: 1.0 if both empty."""
        if not a.signature or not b.signature:
            return 1.0 if (not a.signature and not b.signature) else 0.0
        x = array("I", a.signature)
        y = array("I", b.signature)
        if len(x) != len(y):
            raise ValueError("fingerprints from different num_perm")
        return sum(1 for u, v in zip(x, y) if u == v) / len(x)

    @staticmethod
    def share_band(a: Fingerprint, b: Fingerprint) -> bool:
        """True when the two prompts are LSH near-duplicate candidates."""
        return any(u == v for u, v in zip(a.bands, b.bands))
