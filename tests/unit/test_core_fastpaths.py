"""Fast paths in the core must give exactly what the plain code gives."""

from __future__ import annotations

import random

from enforcer.core import linkkeys
from enforcer.core.observe import Observer
from enforcer.core.sketches import SketchConfig
from enforcer.core.windows import DEFAULT_WINDOWS, MultiWindow, SlidingSums


def test_ipv4_fast_path_matches_ipaddress() -> None:
    rng = random.Random(5)
    cases = ["1.2.3.4", " 10.0.0.1 ", "010.1.1.1", "256.1.1.1", "1.2.3", "1.2.3.4.5", "0.0.0.0", "255.255.255.255",
             "::1", "::ffff:1.2.3.4", "2001:db8::1", "", "a.b.c.d", "1.2.3.4\n", "\u0661.2.3.4", "1.2.3.04",
             "+1.2.3.4", "1.2.3.4/24", "1.2.3.4 5"]
    for _ in range(5000):
        cases.append(".".join(str(rng.choice([rng.randint(0, 300), "0" + str(rng.randint(0, 9)), rng.randint(0, 255)]))
                              for _ in range(4)))
    for c in cases:
        assert linkkeys._prefix(c) == linkkeys._prefix_slow(c), c


def test_multiwindow_inline_paths_match_sliding_sums() -> None:
    """MultiWindow inlines SlidingSums' common cases: same state as calling
    SlidingSums directly, including late events and long gaps."""
    rng = random.Random(11)
    specs = DEFAULT_WINDOWS
    mw = MultiWindow(specs, 5)
    one_pass = MultiWindow(specs, 5)  # update(): advance and add in one call
    ref = [SlidingSums(5) for _ in specs]
    now = 0
    for _ in range(20_000):
        step = rng.choice([0, 10, 900, 4_000, 61_000, 3_700_000])
        now += rng.randint(0, step)
        ts = now - rng.choice([0, 0, 0, 2_000, 200_000, 4_000_000])
        deltas = [(0, 1), (1, rng.randint(0, 50))] + ([(3, 1)] if rng.random() < 0.3 else [])
        mw.advance(specs, now)
        counted = mw.add(specs, ts, now, deltas)
        assert one_pass.update(specs, ts, now, deltas) == counted
        want = 0
        for spec, s in zip(specs, ref):
            s.expire(now // spec.gran_ms, spec.buckets)
            want += s.add(ts // spec.gran_ms, now // spec.gran_ms, spec.buckets, deltas)
        assert counted == want
        for a, c, b in zip(mw.sums, one_pass.sums, ref):
            assert (a.idx, a.vals, a.tot) == (b.idx, b.vals, b.tot) and a.to_list() == b.to_list()
            assert (c.idx, c.vals, c.tot) == (b.idx, b.vals, b.tot)
            # rows held as an event's sparse pairs are exported as K counters
            assert all(type(r) is list and len(r) == 5 for r in a.to_list()[1])
            assert [sum(col) for col in zip(*a.to_list()[1])] == (a.tot if a.idx else [])


class _Ev:
    def __init__(self, prompt: str | None, ip: str | None = "1.2.3.4") -> None:
        self.prompt = prompt
        self.system_prompt = None
        self.ip = ip
        self.payment_fingerprint = "card"
        self.device_id = None
        self.asn = 7
        self.user_agent = "ua"
        self.org_id = None


def test_prompt_cache_gives_the_same_observation() -> None:
    markers = {"task": ["solve", "calculate"], "reasoning": ["step by step"]}
    kinds = frozenset(linkkeys.KINDS)
    cached = Observer(SketchConfig(), markers, kinds)
    texts = [f"Solve the following problem carefully, step by step.\n\nWhat is {i} + {i}? Give the final answer."
             for i in range(50)] + ["", "hello there", "Calculate 2+2"]
    rng = random.Random(2)
    for _ in range(3):
        for t in rng.sample(texts, len(texts)):
            fresh = Observer(SketchConfig(), markers, kinds)  # nothing cached
            a, b = cached.observe(_Ev(t)), fresh.observe(_Ev(t))
            assert (a.fp, a.fp.markers, a.fp.signature, a.markers, a.templates, a.links, a.ip_prefix) == (
                b.fp, b.fp.markers, b.fp.signature, b.markers, b.templates, b.links, b.ip_prefix)


class _RefEpochDistinct:
    """EpochDistinct as first written: every value goes to both sketches."""

    def __init__(self, span_ms: int, cap: int) -> None:
        from enforcer.core.distinct import SmallDistinct

        self.SD = SmallDistinct
        self.span, self.cap, self.epoch, self.cur, self.both = span_ms, cap, -1, None, None

    def add(self, h: int, ts: int) -> bool:
        e = ts // self.span
        if e != self.epoch:
            if e == self.epoch + 1 and self.cur is not None:
                self.both, self.cur, self.epoch = self.cur, None, e
            elif e > self.epoch:
                self.cur = self.both = None
                self.epoch = e
        if self.cur is None:
            self.cur = self.SD(self.cap)
        new = self.cur.add(h)
        if self.both is None:
            self.both = self.SD(self.cap)
        self.both.add(h)
        return new


def test_epoch_distinct_skips_only_no_op_adds() -> None:
    from enforcer.core.epochs import EpochDistinct

    rng = random.Random(4)
    for cap in (0, 4, 64):
        ed, ref = EpochDistinct(1000, cap), _RefEpochDistinct(1000, cap)
        ts = 0
        for _ in range(20_000):
            ts += rng.choice([0, 1, 10, 300, 1500])
            late = ts - rng.choice([0, 0, 0, 1200])
            h = rng.choice([rng.getrandbits(64), rng.randrange(40), rng.randrange(200)])
            assert ed.add(h, late) == ref.add(h, late)
            for a, b in ((ed.cur, ref.cur), (ed.both, ref.both)):
                assert (a is None) == (b is None)
                if a is not None:
                    assert a.to_bytes() == b.to_bytes()


def test_epoch_distinct_estimate_matches_rounded_sketch_estimate() -> None:
    """estimate() reads an exact sketch's count directly: the same int as
    rounding the sketch's float estimate, in and around the current epoch."""
    from enforcer.core.epochs import EpochDistinct

    rng = random.Random(6)
    for cap in (0, 4, 64):
        ed, ts = EpochDistinct(1000, cap), 0
        for _ in range(5_000):
            ts += rng.choice([0, 1, 10, 300, 1500])
            ed.add(rng.getrandbits(64), ts - rng.choice([0, 0, 1200]))
            for now in (ts - 1500, ts, ts + 900, ts + 2100):
                e = now // ed.span
                if e > ed.epoch + 1 or ed.both is None:
                    want = 0
                elif e == ed.epoch + 1:
                    want = int(round(ed.cur.estimate())) if ed.cur is not None else 0
                else:
                    want = int(round(ed.both.estimate()))
                assert ed.estimate(now) == want


_POOL = ("a", "Z", "é", "ß", "ǅ", "ɐ", "ṩ", "_", "0", "7", "٣", "۵", "५", "７", " ", "\n", "\x85", "\xa0", "\u1680",
         "\u2003", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "中", "文", "ひ", "カ", "한", "д", "ж", "ع", "ह",
         "\u0301", "\u200d", "Ⅻ", "一", "²", ".", "!", "😀", "\ud800")


def test_script_and_normalise_fast_paths_match_the_plain_code() -> None:
    """non_latin_script counts letters by runs and _norm_bytes skips the
    bytes substitution when no character it replaces is present: same
    results as the single-match counts and the unconditional substitution."""
    import re

    from enforcer.core import scripts, sketches

    letter, latin = re.compile(r"[^\W\d_]"), re.compile(r"[A-Za-z\u00c0-\u024f\u0250-\u02af\u1e00-\u1eff]")

    def ref_script(text: str, share: float = 0.5) -> bool:
        if text.isascii():
            return False
        sample = text[: scripts.SAMPLE_CHARS]
        n = letter.subn("", sample)[1]
        return bool(n) and n - latin.subn("", sample)[1] >= share * n

    def ref_norm(text: str) -> bytes:
        if text.isascii():
            b = text.encode().lower()
        else:
            b = sketches._UNI.sub(sketches._uni_sub, text.lower().encode("utf-8", "surrogatepass"))
        b = b.translate(sketches._DIGITS_TO_ZERO)
        while b"00" in b:
            b = b.replace(b"00", b"0")
        return b

    rng = random.Random(8)
    for _ in range(3_000):
        weights = [rng.random() ** 3 for _ in _POOL]
        t = "".join(rng.choices(_POOL, weights, k=rng.choice([0, 1, 5, 40, 700])))
        assert scripts.non_latin_script(t) == ref_script(t), t
        assert sketches._norm_bytes(t) == ref_norm(t), t
