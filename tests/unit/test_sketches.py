"""Prompt fingerprints (sketches.py) and small counting structures (distinct.py)."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from dataclasses import FrozenInstanceError, fields
from pathlib import Path

import pydantic
import pytest
import xxhash

from enforcer.core.distinct import MAX_PHRASES, MarkerSet, SmallDistinct, TopK
from enforcer.core.sketches import Fingerprint, Fingerprinter, SketchConfig, normalise, normalise_tokens

REPO = Path(__file__).resolve().parents[2]
FP = Fingerprinter(SketchConfig())

WRAP_END = "You are an expert tutor. Read the problem below and reason through it step by step before answering.\n\nProblem: {q}"
WRAP_START = "{q}\n\nThink through this carefully and show every intermediate step of your reasoning. Put the final answer on its own line."
WRAP_MID = "Solve the following problem carefully.\n\n{q}\n\nArticulate your internal reasoning step by step and give the final answer."
WRAP_MID_INLINE = ("Hi! I'm preparing training material and need a detailed worked solution. Here's the task: {q} "
                   "Please explain your thought process in detail, including any assumptions, then state the answer clearly.")


def _prompts_dir() -> Path:
    env = os.environ.get("ENFORCER_PROMPTS_DIR")
    if env:
        return Path(env)
    shared = REPO.parent / "shared" / "data" / "prompts"
    if shared.is_dir() and any(shared.glob("*.jsonl")):
        return shared
    return REPO / "enforcer" / "sim" / "sample_prompts"


@pytest.fixture(scope="module")
def corpora() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in sorted(_prompts_dir().glob("*.jsonl")):
        with p.open(encoding="utf-8") as fh:
            out[p.stem] = [json.loads(line)["text"] for line in fh if line.strip()]
    if not out:
        pytest.skip("no prompt corpora found")
    return out


@pytest.fixture(scope="module")
def questions(corpora: dict[str, list[str]]) -> list[str]:
    rng = random.Random(7)
    qs = [q for n, v in corpora.items() if n.startswith("task_") for q in v if 8 <= len(q.split()) and len(q) < 2000]
    rng.shuffle(qs)
    return qs[:200]


# ---------------------------------------------------------------- normalisation


def test_normalisation_lowercases_collapses_whitespace_and_masks_numbers():
    assert normalise("Hello   World\n\n\tHow  ARE you") == b"hello world how are you"
    assert normalise("Sold 48 clips in 2024, $12.50 each") == b"sold 0 clips in 0, $0.0 each"
    assert normalise("x2 and 007") == b"x0 and 0"
    # non-ASCII: Unicode lower case, non-breaking / ideographic spaces, fullwidth and Arabic-Indic digits
    assert normalise("Ünïcode\u00a0Text\u3000１２３ and ٣٤") == "ünïcode text 0 and 0".encode()
    assert normalise_tokens("a\u2028b  c") == [b"a", b"b", b"c"]
    assert normalise("") == b"" and normalise(" \n ") == b""
    normalise("lone \ud800 surrogate")  # must not raise


def test_fingerprint_holds_only_hashes_and_counts():
    text = "Natalia sold clips to 48 of her friends in April. How many clips did she sell?"
    f = FP.fingerprint(text)
    assert isinstance(f, Fingerprint)
    assert f.tokens == len(text.split())
    assert 0 <= f.exact < 2**64
    assert len(f.bands) == 16 and all(isinstance(b, int) and 0 <= b < 2**64 for b in f.bands)
    assert len(set(f.bands)) == 16
    for fld in fields(f):
        v = getattr(f, fld.name)
        assert isinstance(v, (int, tuple, bytes)), fld.name
    assert len(f.signature) == 4 * 64  # MinHash slots, not text
    assert b"natalia" not in f.signature and "Natalia" not in repr(f)
    with pytest.raises(FrozenInstanceError):
        f.exact = 1  # type: ignore[misc]
    empty = FP.fingerprint("   ")
    assert empty.tokens == 0 and empty.bands == () and empty.template == 0


def test_config_is_validated_and_frozen():
    with pytest.raises(pydantic.ValidationError):
        SketchConfig(num_perm=64, bands=10)
    with pytest.raises(pydantic.ValidationError):
        SketchConfig(unknown=1)  # type: ignore[call-arg]
    with pytest.raises(pydantic.ValidationError):
        SketchConfig(wrapper_tokens=20, wrapper_max_tokens=12)
    cfg = SketchConfig()
    with pytest.raises(pydantic.ValidationError):
        cfg.num_perm = 128  # type: ignore[misc]
    f = Fingerprinter(SketchConfig(num_perm=32, bands=8, shingle=2)).fingerprint("a b c d e f g")
    assert len(f.bands) == 8 and len(f.signature) == 128
    assert Fingerprinter(SketchConfig(seed=2)).fingerprint("a b c").exact != FP.fingerprint("a b c").exact


# ---------------------------------------------------------------- near duplicates


def test_numbers_changed_is_the_same_fingerprint():
    a = FP.fingerprint("Weng earns $12 an hour for babysitting. Yesterday she did 50 minutes. How much did she earn?")
    b = FP.fingerprint("Weng earns $9 an hour for babysitting. Yesterday she did 125 minutes. How much did she earn?")
    assert a.exact == b.exact and a.bands == b.bands


def test_near_duplicates_share_a_band_and_unrelated_prompts_almost_never(corpora, questions):
    rng = random.Random(3)
    one = two = 0
    for q in questions:
        w = q.split()
        a = FP.fingerprint(q)
        w[rng.randrange(len(w))] = "zebra"
        one += Fingerprinter.share_band(a, FP.fingerprint(" ".join(w)))
        w[rng.randrange(len(w))] = "quokka"
        two += Fingerprinter.share_band(a, FP.fingerprint(" ".join(w)))
    n = len(questions)
    assert one / n >= 0.97, one / n  # bench on the full corpora: 0.995
    assert two / n >= 0.85, two / n  # bench: 0.95

    pool = [t for v in corpora.values() for t in v]
    fps = [FP.fingerprint(t) for t in rng.sample(pool, min(1500, len(pool)))]
    hits = pairs = 0
    for _ in range(30000):
        a, b = rng.sample(fps, 2)
        if a.exact != b.exact:
            pairs += 1
            hits += Fingerprinter.share_band(a, b)
    assert hits / pairs < 0.002, hits / pairs  # bench: 0.00006


def test_jaccard_estimate():
    a = FP.fingerprint("the quick brown fox jumps over the lazy dog near the river bank today")
    b = FP.fingerprint("the quick brown fox jumps over the lazy cat near the river bank today")
    c = FP.fingerprint("completely unrelated words about database indexing strategies and btrees")
    assert Fingerprinter.jaccard_estimate(a, a) == 1.0
    assert 0.3 < Fingerprinter.jaccard_estimate(a, b) < 0.95
    assert Fingerprinter.jaccard_estimate(a, c) < 0.1
    assert Fingerprinter.jaccard_estimate(FP.fingerprint(""), FP.fingerprint(" ")) == 1.0


# ---------------------------------------------------------------- wrapper (template) keys


def _pair_share(values: list[int]) -> float:
    c = Counter(v for v in values if v)
    n = len(values)
    return sum(k * (k - 1) // 2 for k in c.values()) / (n * (n - 1) // 2)


@pytest.mark.parametrize(
    "wrapper,field",
    [
        (WRAP_END, "template_prefix"),  # question at the end: the opening is fixed
        (WRAP_START, "template_suffix"),  # question at the start: the ending is fixed
        (WRAP_MID, "template"),  # question in the middle: both ends (and the combined key)
        (WRAP_MID, "template_prefix"),
        (WRAP_MID, "template_suffix"),
        (WRAP_MID_INLINE, "template"),  # no line breaks at all
    ],
)
def test_same_wrapper_shares_the_key_wherever_the_question_is(questions, wrapper, field):
    vals = [getattr(FP.fingerprint(wrapper.replace("{q}", q)), field) for q in questions]
    assert _pair_share(vals) >= 0.98
    # ...and the other end, which holds the question, does not key them together
    if field == "template_prefix" and wrapper is WRAP_END:
        assert _pair_share([FP.fingerprint(wrapper.replace("{q}", q)).template_suffix for q in questions]) < 0.05


def test_short_wrappers_cut_at_a_line_break_still_key(questions):
    # "Solve the following problem carefully." has 5 tokens: a fixed first-6-tokens key would miss it
    vals = [FP.fingerprint("Question: " + q + "\nLet's think step by step.").template_suffix for q in questions]
    assert _pair_share(vals) >= 0.9


def test_different_wrappers_get_different_keys(questions):
    q = questions[0]
    keys = set()
    for w in (WRAP_END, WRAP_START, WRAP_MID, WRAP_MID_INLINE):
        f = FP.fingerprint(w.replace("{q}", q))
        keys.add((f.template_prefix, f.template_suffix))
    assert len(keys) == 4


def test_short_prompts_get_no_wrapper_key():
    f = FP.fingerprint("Solve step by step: what is 2 + 2 ?")
    assert f.tokens < 16 and (f.template, f.template_prefix, f.template_suffix) == (0, 0, 0)


def test_generic_openings_do_not_make_a_shared_key():
    a = FP.fingerprint("I want you to act as a linux terminal. I will type commands and you will reply with "
                       "what the terminal should show, inside one unique code block and nothing else.")
    b = FP.fingerprint("I want you to act as a travel guide. I will write you my location and you will suggest "
                       "a place to visit near my location, and similar places nearby.")
    c = FP.fingerprint("Write a python function that takes a list of integers and returns the second largest "
                       "value, raising ValueError when there is none.")
    d = FP.fingerprint("Write a python function that parses an ISO date string and returns the weekday name, "
                       "handling time zones and invalid input gracefully.")
    assert a.template_prefix != b.template_prefix
    assert c.template_prefix != d.template_prefix


def test_benign_prompts_rarely_share_a_wrapper_key(corpora):
    keys = []
    for name, v in corpora.items():
        if name.startswith("benign_") and "nq_open" not in name:  # chat-style prompts
            for t in v:
                f = FP.fingerprint(t)
                keys.append((f.template_prefix, f.template_suffix))
    assert keys
    cp = Counter(k[0] for k in keys if k[0])
    cs = Counter(k[1] for k in keys if k[1])
    shared = sum(1 for p, s in keys if (p and cp[p] > 1) or (s and cs[s] > 1)) / len(keys)
    # full corpora: 3.1% (of which 42 prompts share one real footer); first/last-6-tokens keys: 10.8%
    assert shared < 0.05, shared


# ---------------------------------------------------------------- determinism


TEXTS = [
    "Solve the following problem carefully.\n\nA train leaves at 3 pm at 60 mph. When does it arrive 180 miles "
    "away?\n\nArticulate your internal reasoning step by step and give the final answer.",
    "when was the last time anyone was on the moon",
    "Ünïcode prompt with «quotes» and ２０２４ numbers — and a long tail of words to pass sixteen tokens easily.",
]


def _snapshot(texts: list[str]) -> list[list]:
    out = []
    for t in texts:
        f = FP.fingerprint(t)
        out.append([f.exact, list(f.bands), f.template, f.template_prefix, f.template_suffix, f.tokens])
    return out


def test_fingerprints_are_identical_across_processes():
    code = (
        "import json,sys; sys.path.insert(0, sys.argv[1]);"
        "from tests.unit.test_sketches import _snapshot, TEXTS; print(json.dumps(_snapshot(TEXTS)))"
    )
    here = _snapshot(TEXTS)
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(REPO))
        out = subprocess.run([sys.executable, "-c", code, str(REPO)], env=env, capture_output=True, text=True,
                             check=True, cwd=str(REPO))
        assert json.loads(out.stdout) == here


def test_golden_values_pin_the_key_format():
    # Keys live in changelog state: a change here (normalisation, seeds, rensa's
    # algorithm version) invalidates stored state and must be deliberate.
    f = FP.fingerprint(TEXTS[0])
    assert (f.exact, f.template_prefix, f.template_suffix, f.template, f.tokens) == GOLDEN[:5]
    assert f.bands[:2] == GOLDEN[5]


GOLDEN = (
    13243563620304038779,
    3602452165855026711,
    978805915229102982,
    6399156767916124875,
    33,
    (9779897984598824228, 1206845650589074035),
)


# ---------------------------------------------------------------- SmallDistinct


def _h(i: int, seed: int = 0) -> int:
    return xxhash.xxh3_64_intdigest(i.to_bytes(8, "little"), seed)


def test_small_distinct_is_exact_below_cap():
    d = SmallDistinct(cap=64)
    hs = [_h(i) for i in range(64)]
    assert all(d.add(h) for h in hs)
    assert not any(d.add(h) for h in hs)
    assert d.exact and d.estimate() == 64.0 and len(d) == 64
    assert d.nbytes() < 700
    assert not d.add(hs[0]) and d.add(2**64 - 1) and not d.exact  # the 65th distinct value switches


def test_small_distinct_hll_is_within_5_percent_at_10k():
    d = SmallDistinct()
    for i in range(10_000):
        d.add(_h(i, 42))
    assert not d.exact
    assert abs(d.estimate() / 10_000 - 1) < 0.05
    assert d.nbytes() < 1500
    # values >= 2**63 must be counted as ints, not squeezed through a float
    e = SmallDistinct(cap=0)
    for i in range(5000):
        e.add(2**64 - 1 - i)
    assert abs(e.estimate() / 5000 - 1) < 0.05


def test_small_distinct_round_trips():
    for n in (0, 5, 64, 65, 3000):
        d = SmallDistinct()
        for i in range(n):
            d.add(_h(i))
        raw = d.to_bytes()
        e = SmallDistinct.from_bytes(raw)
        assert e.estimate() == d.estimate() and e.exact == d.exact
        if d.exact:
            assert e.to_bytes() == raw
        # (a small HLL in coupon-set mode may lay its hash set out differently
        # after a round trip: same content and estimate, other bytes)
        assert SmallDistinct.from_bytes(e.to_bytes()).estimate() == d.estimate()
        e.add(_h(10**6))  # still usable after the round trip
    assert len(SmallDistinct().to_bytes()) == 5
    with pytest.raises(ValueError):
        SmallDistinct.from_bytes(b"\x09\x00\x0a\x40\x00")


# ---------------------------------------------------------------- TopK


def test_topk_finds_the_heavy_hitter():
    rng = random.Random(1)
    t = TopK(8)
    assert t.top() is None and t.top_share() == 0.0
    heavy = _h(999)
    for _ in range(20_000):
        t.add(heavy if rng.random() < 0.25 else _h(rng.randrange(500)))
    key, count = t.top()
    assert key == heavy
    assert t.total == 20_000
    assert 0.24 < t.top_share() < 0.25 + 1 / 8
    assert len(t) == 8 and t.count(heavy) == count


def test_topk_weights_ties_and_round_trip():
    t = TopK(2)
    t.add(1, 5)
    t.add(2, 5)
    assert t.top() == (1, 5)  # tie: lowest slot
    t.add(3)  # evicts the first smallest (key 1) and inherits its count
    assert t.items() == [(3, 6), (2, 5)] and t.total == 11
    t.add(4, 0)
    assert t.total == 11
    with pytest.raises(ValueError):
        t.add(4, -1)
    u = TopK(8)
    for i in range(100):
        u.add(_h(i % 13), 1 + i % 3)
    v = TopK.from_bytes(u.to_bytes())
    assert v == u and v.top() == u.top() and len(u.to_bytes()) == 11 + 16 * 8


# ---------------------------------------------------------------- MarkerSet


def test_marker_set_bitmask():
    m = MarkerSet(["step by step", "Show your work", "cot", "think step by step", "in 3 steps", "\\boxed"])
    assert m.match("") == 0
    assert m.match("Let's THINK step  by\nstep please") == 0b1001  # overlapping phrases both found
    assert m.match("show your work; the answer in 12 steps") == 0b10010
    assert m.match("a cotton cot") == 0b100  # word boundary: "cotton" alone does not match
    assert m.match("a cotton shirt") == 0
    assert m.match("put it in \\boxed{}") == 0b100000
    fp = Fingerprinter(SketchConfig(), markers=m)
    text = "Please think step by step and show your work."
    assert fp.fingerprint(text).markers == m.match(text) == 0b1011


def test_marker_set_limits():
    with pytest.raises(ValueError, match=f"at most {MAX_PHRASES} phrases"):
        MarkerSet([f"p{i}" for i in range(MAX_PHRASES + 1)])
    words = [f"w{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(MAX_PHRASES)]  # waa, wab, ... (digits normalise away)
    wide = MarkerSet(words)  # past 64 bits: the mask is a wider int
    last = MAX_PHRASES - 1
    assert wide.match(f"{words[99]} and {words[last]} here") == (1 << 99) | (1 << last)
    with pytest.raises(ValueError):
        MarkerSet(["   "])
    m = MarkerSet(["same phrase", "Same  Phrase"])
    assert m.match("the same phrase") == 0b11
    w = MarkerSet(["solve", "solv*", "*ing", "cot"])
    assert w.match("solved it") == 0b10 and w.match("Solve it") == 0b11
    assert w.match("thinking") == 0b100 and w.match("cotton") == 0
    assert MarkerSet([]).match("anything") == 0


def test_no_prompt_text_in_reprs():
    text = "secret prompt words here"
    d = SmallDistinct()
    d.add(_h(1))
    assert not re.search("secret", repr(FP.fingerprint(text)) + repr(d) + repr(TopK()) + repr(MarkerSet(["x"])))


def test_fingerprinter_and_marker_set_pickle():
    import pickle

    m = MarkerSet(["step by step"])
    fp = pickle.loads(pickle.dumps(Fingerprinter(SketchConfig(), markers=m)))
    assert pickle.loads(pickle.dumps(FP)).fingerprint(TEXTS[0]) == FP.fingerprint(TEXTS[0])
    assert fp.fingerprint(TEXTS[0]).markers == 1 and fp.fingerprint(TEXTS[0]).exact == FP.fingerprint(TEXTS[0]).exact
    assert pickle.loads(pickle.dumps(m)).match("go step by step") == 1


def test_a_detector_entry_sets_its_marker_sets_bit_and_phrases_still_match():
    """`@non-latin-script` in a marker set: the set's bit for prompts written
    mostly in another script (Cyrillic, CJK, ...), not for Latin-script text
    with accents, nor for an English prompt quoting a few foreign words."""
    from enforcer.core.observe import Observer
    from enforcer.core.sketches import SketchConfig

    obs = Observer(SketchConfig(), {"non_latin": ["@non-latin-script"], "reasoning": ["step by step"]},
                   frozenset())
    nl, rs = 1 << obs.marker_names.index("non_latin"), 1 << obs.marker_names.index("reasoning")

    def bits(text: str) -> int:
        class Ev:
            prompt, system_prompt, ip = text, None, None
        return obs.observe(Ev()).markers

    assert bits("Решите уравнение 2x + 3 = 11 шаг за шагом") == nl
    assert bits("请一步一步地解释这道题的每一个步骤和原因: step by step") == nl | rs
    assert bits("Explain step by step why crème brûlée and jalapeño are spelled so") == rs
    assert bits("Translate 東京 into English, please, and explain the kanji briefly") == 0
    assert bits("plain ascii text") == 0


def test_system_prompt_markers_count_an_instruction_in_the_system_prompt():
    """A set listed in system_markers matches the system prompt too (an agent
    loop's standing "write your complete reasoning" instruction); other sets
    and the detectors read the user prompt only, and a set not listed ignores
    the system prompt."""
    from enforcer.core.observe import Observer
    from enforcer.core.sketches import SketchConfig

    markers = {"reasoning": ["complete reasoning", "step by step"], "task": ["solve"],
               "non_latin": ["@non-latin-script"]}
    both = Observer(SketchConfig(), markers, frozenset(), system_markers=("reasoning",))
    user_only = Observer(SketchConfig(), markers, frozenset())
    rs, task = 1 << both.marker_names.index("reasoning"), 1 << both.marker_names.index("task")
    system = "You are an agent. Before every tool call write your complete reasoning. Solve it."

    def bits(obs, prompt, system_prompt):
        class Ev:
            ip = None
        Ev.prompt, Ev.system_prompt = prompt, system_prompt
        return obs.observe(Ev()).markers

    observation = 'Observation: {"tool": "search", "ok": true}'
    assert bits(both, observation, system) == rs  # "solve" in the system prompt is not a task
    assert bits(both, observation, system) == rs  # cached system prompt: same bits
    assert bits(user_only, observation, system) == 0
    assert bits(both, "solve 2x = 4", None) == task
    assert bits(both, "solve 2x = 4 step by step", "You are a helpful assistant.") == rs | task
    assert bits(both, observation, "Решите шаг за шагом, объясняя каждое действие подробно") == 0


def test_a_long_prompt_is_sketched_on_its_ends_and_hashed_whole():
    """Per-event cost is bounded: a prompt over MAX_SKETCH_CHARS is sketched on
    its two ends (where a wrapper sits); its exact hash covers the whole text."""
    from enforcer.contracts import RequestEvent
    from enforcer.core.observe import MAX_SKETCH_CHARS, Observer

    obs = Observer(SketchConfig(), {}, frozenset({"template"}))
    filler = " ".join(f"word{i % 997} line{i % 13}" for i in range(MAX_SKETCH_CHARS // 4))
    head = "Answer the following question with complete and rigorous reasoning:\n\n"
    tail = "\n\nSpell out the full reasoning step by step, justifying each inference."

    def fp(middle: str):
        ev = RequestEvent(event_id="e", ts=0, account_id="a", prompt_tokens=1, completion_tokens=1,
                          prompt=head + middle + tail)
        return obs.observe(ev)

    a, b = fp(filler + " alpha " + filler), fp(filler + " beta " + filler)
    assert len(head + filler + " alpha " + filler + tail) > 2 * MAX_SKETCH_CHARS
    assert a.fp.exact != b.fp.exact  # differ only in the middle: not repeats
    assert a.fp.bands == b.fp.bands and a.templates == b.templates and a.templates  # same ends, same wrapper
    short = fp("What is the sum of the first ten primes?")
    assert short.templates == a.templates  # the wrapper keys of a short prompt with the same wrapper
