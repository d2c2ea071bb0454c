"""Figures for enforcer/core/sketches.py and enforcer/core/distinct.py.

    PYTHONPATH=. python bench/bench_sketches.py [--quick]

Prints figures only (no assertions); about 20 s. Reads the real prompt corpora
from $ENFORCER_PROMPTS_DIR, ../shared/data/prompts or the shipped samples.
Timings are wall-clock on whatever else the machine is running: compare
ratios, not absolute numbers, across machines.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import statistics
import sys
import time
import timeit
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import datasketches  # noqa: E402
import rensa  # noqa: E402
import xxhash  # noqa: E402

from enforcer.core import sketches as S  # noqa: E402
from enforcer.core.distinct import MarkerSet, SmallDistinct, TopK  # noqa: E402
from enforcer.core.sketches import Fingerprinter, SketchConfig  # noqa: E402

# Five hand-written distillation wrappers (question at the end, start, middle).
TEMPLATES = [
    ("T1 end", "You are an expert tutor. Read the problem below and reason through it step by step before answering.\n\nProblem: {q}"),
    ("T2 start", "{q}\n\nThink through this carefully and show every intermediate step of your reasoning. Put the final answer on its own line after 'Answer:'."),
    ("T3 middle", "Solve the following problem carefully.\n\n{q}\n\nArticulate your internal reasoning step by step and give the final answer."),
    ("T4 middle-short", "Question: {q}\nLet's think step by step."),
    ("T5 middle-inline", "Hi! I'm preparing training material and need a detailed worked solution. Here's the task: {q} Please explain your thought process in detail, including any assumptions, then state the answer clearly."),
]
# Harder / more varied wrappers, for robustness only.
EXTRA_TEMPLATES = [
    ("x end-long", "Please solve the following math problem. Show all of your work and explain each step in detail. {q}"),
    ("x end-role", "As a meticulous reasoning assistant, break the problem into sub-problems, solve each, and verify. Task: {q}"),
    ("x end-line", "Answer the following question:\n{q}"),
    ("x end-short", "Solve step by step:\n{q}"),
    ("x end-persona", "I want you to act as a math teacher. Solve this: {q}"),
    ("x start-inline", "{q} Provide a detailed chain of thought before your final answer."),
    ("x start-boxed", "{q}\n\nPlease reason step by step, and put your final answer within \\boxed{}."),
    ("x start-line", "{q}\nWrite out your full reasoning, then the answer."),
    ("x start-2content", "{q}\nExplain your reasoning."),
    ("x mid-alpaca", "### Instruction:\nSolve the problem below.\n### Problem:\n{q}\n### Response: Let's work this out in a step by step way to be sure we have the right answer."),
    ("x mid-xml", "<task>{q}</task> Respond with your complete reasoning trace followed by the final answer."),
    ("x mid-colon", "Problem: {q}\nSolution (think carefully, show every step):"),
    ("x mid-casual", "I need help with my homework. {q} Can you walk me through how to solve it?"),
    ("x mid-noline", "Solve the following problem carefully. {q} Articulate your reasoning step by step and give the final answer."),
    ("x mid-noline-short", "Read the question and answer it. {q} Show your reasoning."),
]
MARKERS = [
    "step by step", "show your work", "show your reasoning", "explain your reasoning", "reasoning process",
    "chain of thought", "think carefully", "let's think", "internal reasoning", "final answer",
    "thought process", "walk me through", "detailed explanation", "intermediate steps", "\\boxed",
    "verify your answer", "double-check", "before answering", "reason through", "break it down",
]


def prompts_dir() -> Path:
    env = os.environ.get("ENFORCER_PROMPTS_DIR")
    if env:
        return Path(env)
    shared = REPO.parent / "shared" / "data" / "prompts"
    if shared.is_dir() and any(shared.glob("*.jsonl")):
        return shared
    return REPO / "enforcer" / "sim" / "sample_prompts"


def load() -> tuple[dict[str, list[str]], dict[str, list[str]], Path]:
    d = prompts_dir()
    benign: dict[str, list[str]] = {}
    task: dict[str, list[str]] = {}
    for p in sorted(d.glob("*.jsonl")):
        rows = [json.loads(line)["text"] for line in p.open(encoding="utf-8") if line.strip()]
        name = p.stem
        (benign if name.startswith("benign_") else task)[name] = rows
    return benign, task, d


def hdr(title: str) -> None:
    print(f"\n== {title}")


def us(x: float) -> str:
    return f"{x * 1e6:7.2f} us"


# --------------------------------------------------------------------------
# fingerprint cost


def bench_fingerprint(texts: list[str], typical: list[str], fp: Fingerprinter) -> None:
    hdr("Fingerprinter.fingerprint cost per prompt (default SketchConfig)")
    f = fp.fingerprint
    pc = time.perf_counter_ns
    for name, data in (("typical 150-250 chars", typical), ("all corpus prompts", texts)):
        f(data[0])
        best = [float("inf")] * len(data)
        for _ in range(3):  # 3 sweeps; per prompt the fastest (filters out machine noise, keeps cold caches)
            for i, t in enumerate(data):
                a = pc()
                f(t)
                d = pc() - a
                if d < best[i]:
                    best[i] = d
        ts = sorted(best)
        mean = statistics.fmean(ts) / 1e9
        p = lambda q: ts[min(len(ts) - 1, int(q * len(ts)))] / 1e3  # noqa: E731
        print(f"  {name:22s} n={len(data):6d}  sweep over all prompts (cold caches): mean {mean * 1e6:6.2f} us  "
              f"p50 {p(.5):6.2f}  p90 {p(.9):6.2f}  p99 {p(.99):7.2f}  max {ts[-1] / 1e3:8.0f} us")
    # warm: the text was just parsed from the event, as in the pipeline
    sample = typical[:2000]
    hot = []
    for t in sample:
        best = min(timeit.repeat(lambda: f(t), number=1, repeat=4))
        hot.append(best)
    hot.sort()
    print(f"  typical, warm (best of 4 per prompt): p50 {hot[len(hot) // 2] * 1e6:6.2f} us  "
          f"mean {statistics.fmean(hot) * 1e6:6.2f} us  => ~{1 / statistics.fmean(hot):,.0f} prompts/s/core")

    # stage breakdown on the warm typical sample
    cfg = fp.cfg
    X = xxhash.xxh3_64_intdigest
    import struct
    from array import array

    cut = struct.Struct(("%ds" % (4 * cfg.num_perm // cfg.bands)) * cfg.bands).unpack
    seeds = tuple(range(cfg.bands))
    acc: Counter[str] = Counter()
    sub = sample[:300]
    for txt in sub:
        b = S._norm_bytes(txt)
        toks = b.split()
        if len(toks) < cfg.min_wrapper_prompt_tokens:
            continue
        sh = tuple(map(b" ".join, zip(toks, toks[1:], toks[2:])))

        def mh() -> list[int]:
            m = rensa.RMinHash(cfg.num_perm, cfg.seed)
            m.update(sh)
            return m.digest()

        dig = mh()
        buf = array("I", dig).tobytes()
        stages = {
            "normalise (lower, digits)": lambda: S._norm_bytes(txt),
            "split + join + exact hash": lambda: X(b" ".join(b.split())),
            "3-gram shingles": lambda: tuple(map(b" ".join, zip(toks, toks[1:], toks[2:]))),
            "rensa RMinHash(64) + digest": mh,
            "digest -> bytes (array)": lambda: array("I", dig).tobytes(),
            "signature -> band keys": lambda: tuple(map(X, cut(buf), seeds)),
            "wrapper spans (head+tail)": lambda: (
                S._head_span(toks, b, cfg.wrapper_tokens, cfg.wrapper_boundary_min, cfg.wrapper_max_tokens),
                S._tail_span(toks, b, cfg.wrapper_tokens, cfg.wrapper_boundary_min, cfg.wrapper_max_tokens),
            ),
            "whole fingerprint": lambda: f(txt),
        }
        for k, fn in stages.items():
            acc[k] += min(timeit.repeat(fn, number=200, repeat=3)) / 200
    print("  warm stage breakdown (typical prompts >= 16 tokens; stages overlap the whole only roughly):")
    for k, v in acc.items():
        print(f"    {k:28s} {v / len(sub) * 1e6:6.2f} us")


def bench_minhash_libs(texts: list[str]) -> None:
    hdr("MinHash library: rensa.RMinHash vs datasketch.MinHash, num_perm=64, same 3-gram shingles")
    try:
        import datasketch
    except ImportError:
        print("  datasketch not installed (pip install datasketch): skipped")
        return
    rng = random.Random(5)
    sample = rng.sample(texts, min(1500, len(texts)))
    sh = []
    for t in sample:
        toks = S.normalise_tokens(t)
        if len(toks) >= 3:
            sh.append(tuple(map(b" ".join, zip(toks, toks[1:], toks[2:]))))

    def r_all() -> None:
        for s in sh:
            m = rensa.RMinHash(64, 1)
            m.update(s)
            m.digest()

    def d_all() -> None:
        for s in sh:
            m = datasketch.MinHash(num_perm=64, seed=1)
            m.update_batch(s)
            m.digest()

    def d_loop() -> None:
        for s in sh[:300]:
            m = datasketch.MinHash(num_perm=64, seed=1)
            for x in s:
                m.update(x)
            m.digest()

    tr = min(timeit.repeat(r_all, number=1, repeat=3)) / len(sh)
    td = min(timeit.repeat(d_all, number=1, repeat=2)) / len(sh)
    tl = min(timeit.repeat(d_loop, number=1, repeat=1)) / 300
    ms = statistics.fmean(len(s) for s in sh)
    print(f"  {len(sh)} real prompts, mean {ms:.0f} shingles each")
    print(f"  rensa   RMinHash update+digest       {us(tr)} per prompt")
    print(f"  datasketch MinHash update_batch       {us(td)} per prompt  ({td / tr:5.1f}x rensa)")
    print(f"  datasketch MinHash update per shingle {us(tl)} per prompt  ({tl / tr:5.1f}x rensa)")
    # estimate quality on near-duplicate pairs: both are unbiased; check rensa
    errs = []
    for s in sh[:400]:
        if len(s) < 8:
            continue
        t = list(s)
        del t[len(t) // 2]
        a, b = set(s), set(t)
        j = len(a & b) / len(a | b)
        ma, mb = rensa.RMinHash(64, 1), rensa.RMinHash(64, 1)
        ma.update(list(a))
        mb.update(list(b))
        errs.append(ma.jaccard(mb) - j)
    print(f"  rensa jaccard error on one-shingle-removed pairs: mean {statistics.fmean(errs):+.3f}, "
          f"sd {statistics.pstdev(errs):.3f} (theory sd ~ sqrt(J(1-J)/64))")


# --------------------------------------------------------------------------
# LSH behaviour


def bench_lsh(task: dict[str, list[str]], benign: dict[str, list[str]], fp: Fingerprinter) -> None:
    hdr("LSH bands: near-duplicates vs unrelated prompts (share >= 1 of 16 band keys)")
    rng = random.Random(11)
    qs = [q for v in task.values() for q in v if len(q.split()) >= 12]
    qs = rng.sample(qs, min(2000, len(qs)))
    num = re.compile(r"\d+")
    same_num = word = word2 = 0
    for q in qs:
        a = fp.fingerprint(q)
        b = fp.fingerprint(num.sub(lambda m: str(rng.randrange(1, 999)), q))
        same_num += Fingerprinter.share_band(a, b)
        w = q.split()
        i = rng.randrange(len(w))
        w[i] = "zebra"
        word += Fingerprinter.share_band(a, fp.fingerprint(" ".join(w)))
        j = rng.randrange(len(w))
        w[j] = "quokka"
        word2 += Fingerprinter.share_band(a, fp.fingerprint(" ".join(w)))
    n = len(qs)
    print(f"  numbers changed:   {same_num / n:.4f} of {n} pairs (digits are masked: identical normalised text)")
    print(f"  one word changed:  {word / n:.4f}")
    print(f"  two words changed: {word2 / n:.4f}")
    allp = [t for v in list(task.values()) + list(benign.values()) for t in v]
    fps = [fp.fingerprint(t) for t in rng.sample(allp, min(3000, len(allp)))]
    pairs = 0
    hit = 0
    for _ in range(200_000):
        a, b = rng.sample(fps, 2)
        pairs += 1
        if a.exact != b.exact and Fingerprinter.share_band(a, b):
            hit += 1
    print(f"  unrelated random pairs (distinct texts): {hit / pairs:.6f} of {pairs} pairs share a band")


# --------------------------------------------------------------------------
# wrapper (template) keys


def _raw_keys(text: str, k: int = 6, minlen: int = 16) -> tuple[int, int]:
    """Baseline: first k / last k normalised tokens."""
    t = S.normalise_tokens(text)
    if len(t) < minlen:
        return 0, 0
    return xxhash.xxh3_64_intdigest(b" ".join(t[:k]), 1), xxhash.xxh3_64_intdigest(b" ".join(t[-k:]), 2)


def _pair_share(keys: list[tuple[int, int]]) -> tuple[float, float]:
    """Share of pairs with an equal non-zero prefix or suffix key; share with both."""
    n = len(keys)
    tot = n * (n - 1) // 2
    cp = Counter(k[0] for k in keys if k[0])
    cs = Counter(k[1] for k in keys if k[1])
    cb = Counter(k for k in keys if k[0] and k[1])
    pp = sum(c * (c - 1) // 2 for c in cp.values())
    ps = sum(c * (c - 1) // 2 for c in cs.values())
    pb = sum(c * (c - 1) // 2 for c in cb.values())
    return (pp + ps - pb) / tot, pb / tot


def _collisions(keys: list[tuple[str, int, int]]) -> dict[str, float]:
    cp = Counter(k[1] for k in keys if k[1])
    cs = Counter(k[2] for k in keys if k[2])
    cb = Counter((k[1], k[2]) for k in keys if k[1] and k[2])
    out = {}
    for label, sel in (("all benign", lambda c: True), ("chat-style (no NQ)", lambda c: "nq_open" not in c)):
        rows = [k for k in keys if sel(k[0])]
        n = len(rows)
        if not n:
            continue
        keyed = sum(1 for _, p, s in rows if p or s)
        anyc = sum(1 for _, p, s in rows if (p and cp[p] > 1) or (s and cs[s] > 1))
        pc = sum(1 for _, p, s in rows if p and cp[p] > 1)
        sc = sum(1 for _, p, s in rows if s and cs[s] > 1)
        bc = sum(1 for _, p, s in rows if p and s and cb[(p, s)] > 1)
        out[label] = (n, keyed / n, anyc / n, pc / n, sc / n, bc / n)
    return out


def bench_templates(task: dict[str, list[str]], benign: dict[str, list[str]], fp: Fingerprinter) -> None:
    hdr("Wrapper (template) keys: recall on templated task questions, accidental sharing among benign prompts")
    rng = random.Random(0)
    qs = [q for v in task.values() for q in rng.sample(v, min(len(v), 120))]
    rng.shuffle(qs)
    qs = qs[:300]
    designs = {
        "built (content-token spans + boundaries)": lambda t: (lambda f: (f.template_prefix, f.template_suffix))(fp.fingerprint(t)),
        "baseline (first/last 6 tokens)": _raw_keys,
    }
    print(f"  recall = share of same-template pairs (different questions, {len(qs)} per template, task_* corpora) "
          "with an equal prefix OR suffix key; [both] = equal `template` key")
    for dname, fn in designs.items():
        print(f"  -- {dname}")
        line = []
        for name, tpl in TEMPLATES + EXTRA_TEMPLATES:
            keys = [fn(tpl.replace("{q}", q)) for q in qs]
            r, both = _pair_share(keys)
            line.append(f"{name} {r:.2f} [{both:.2f}]")
        main = line[: len(TEMPLATES)]
        print("     five main: " + " | ".join(main))
        for i in range(len(TEMPLATES), len(line), 5):
            print("     extra:     " + " | ".join(line[i : i + 5]))
        keys = [(c, *fn(t)) for c, v in benign.items() for t in v]
        for label, (n, keyed, anyc, pc, sc, bc) in _collisions(keys).items():
            print(f"     benign {label:20s} n={n:5d} with a key {keyed:5.1%}; share of prompts whose key is "
                  f"shared with another benign prompt: {anyc:6.2%} (prefix {pc:.2%}, suffix {sc:.2%}, both ends {bc:.2%})")
    # cross-template: keys of different templates (different questions) should not meet
    tk = {}
    pool = [q for v in task.values() for q in v]
    rng.shuffle(pool)
    for ti, (name, tpl) in enumerate(TEMPLATES + EXTRA_TEMPLATES):
        f = [fp.fingerprint(tpl.replace("{q}", q)) for q in pool[ti * 100 : ti * 100 + 100]]
        tk[name] = ({x.template_prefix for x in f if x.template_prefix}, {x.template_suffix for x in f if x.template_suffix})
    cross = 0
    names = list(tk)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if (tk[a][0] & tk[b][0]) or (tk[a][1] & tk[b][1]):
                cross += 1
    print(f"  template pairs (of {len(names) * (len(names) - 1) // 2}, 100 distinct questions each) whose keys ever meet: "
          f"{cross}")
    bk: dict[str, list[tuple[str, int, int]]] = {}
    for c, v in benign.items():
        for t in v:
            f = fp.fingerprint(t)
            bk.setdefault(c, []).append((c, f.template_prefix, f.template_suffix))
    print("  per benign corpus (shared-key share): " + ", ".join(
        f"{c.replace('benign_', '')} {_collisions(rows)['all benign'][2]:.2%}" for c, rows in bk.items()))


# --------------------------------------------------------------------------
# distinct structures


def _mem_per_instance(make, n: int = 20000) -> tuple[float, float]:
    """(bytes traced by tracemalloc, resident-set growth) per live instance."""
    import tracemalloc

    def rss() -> int:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

    gc.collect()
    tracemalloc.start()
    r0 = rss()
    a = tracemalloc.get_traced_memory()[0]
    keep = [make() for _ in range(n)]
    b = tracemalloc.get_traced_memory()[0]
    r1 = rss()
    tracemalloc.stop()
    del keep
    return (b - a) / n, (r1 - r0) / n


def bench_distinct() -> None:
    hdr("SmallDistinct (exact <= 64 packed u64, then HLL_4 lg_k=10)")
    hs = [xxhash.xxh3_64_intdigest(i.to_bytes(8, "little")) for i in range(20000)]
    for n in (1, 8, 32, 64, 65, 1000, 10000):
        d = SmallDistinct()
        for h in hs[:n]:
            d.add(h)
        err = d.estimate() / n - 1
        print(f"  {n:6d} values: estimate {d.estimate():9.1f} ({err:+.2%})  nbytes {d.nbytes():5d}  "
              f"to_bytes {len(d.to_bytes()):5d}  exact={d.exact}")
    errs = []
    for s in range(40):
        d = SmallDistinct()
        for i in range(10000):
            d.add(xxhash.xxh3_64_intdigest(i.to_bytes(8, "little"), s + 100))
        errs.append(abs(d.estimate() / 10000 - 1))
    errs.sort()
    print(f"  10k distinct, 40 seeds: |error| median {errs[20]:.2%}, max {errs[-1]:.2%}, >5%: {sum(e > .05 for e in errs)}")
    d = SmallDistinct()
    small = hs[:40]
    t_ex = min(timeit.repeat(lambda: [d.add(h) for h in small], number=50, repeat=3)) / (50 * len(small))
    big = SmallDistinct()
    for h in hs[:5000]:
        big.add(h)
    t_hll = min(timeit.repeat(lambda: [big.add(h) for h in hs[5000:5400]], number=20, repeat=3)) / (20 * 400)
    pyset = set()
    t_set = min(timeit.repeat(lambda: [pyset.add(h) for h in small], number=50, repeat=3)) / (50 * len(small))
    print(f"  add(): exact mode {us(t_ex)}, HLL mode {us(t_hll)} (python set.add for reference {us(t_set)})")
    s64 = set(hs[:64])
    print(f"  memory at 64 values: packed bytearray {_fill(64).nbytes()} B vs a Python set of 64 ints "
          f"{sys.getsizeof(s64) + sum(sys.getsizeof(h) for h in s64)} B")

    hdr("TopK (space-saving, k=8) vs datasketches.frequent_items_sketch")
    rng = random.Random(3)
    stream = [7 if rng.random() < 0.3 else rng.randrange(1, 200) for _ in range(20000)]
    tk = TopK(8)
    for x in stream:
        tk.add(x)
    fi = datasketches.frequent_items_sketch(4)  # map 16 -> 12 items: the smallest that holds 8
    for x in stream:
        fi.update(x, 1)
    fi_heavy = fi.get_estimate(7)
    print(f"  30% heavy key in 20k updates: TopK top {tk.top()} share {tk.top_share():.3f}; "
          f"frequent_items estimate {fi_heavy} (true ~{stream.count(7)})")
    t_tk = min(timeit.repeat(lambda: [tk.add(x) for x in stream[:2000]], number=5, repeat=3)) / 10000
    t_fi = min(timeit.repeat(lambda: [fi.update(x, 1) for x in stream[:2000]], number=5, repeat=3)) / 10000
    et = datasketches.frequent_items_error_type.NO_FALSE_NEGATIVES
    t_top = min(timeit.repeat(lambda: tk.top(), number=2000, repeat=3)) / 2000
    t_fitop = min(timeit.repeat(lambda: fi.get_frequent_items(et), number=2000, repeat=3)) / 2000
    ser = datasketches.PyLongsSerDe()
    print(f"  TopK.nbytes() {tk.nbytes()} B;  update: TopK {us(t_tk)}  frequent_items {us(t_fi)};  top(): TopK {us(t_top)}  "
          f"get_frequent_items {us(t_fitop)}")
    print(f"  serialised: TopK {len(tk.to_bytes())} B, frequent_items(lg 4) {len(fi.serialize(ser))} B")

    def mk_tk() -> TopK:
        t = TopK(8)
        for i in range(8):
            t.add(hs[i], 100 + i)
        return t

    def mk_fi():
        f = datasketches.frequent_items_sketch(4)
        for i in range(8):
            f.update(hs[i] >> 1, 100 + i)
        return f

    a = _mem_per_instance(mk_tk)
    b = _mem_per_instance(mk_fi)
    print(f"  memory per instance holding 8 keys (20k live instances, key ints shared; traced Python allocations / "
          f"resident growth): "
          f"TopK {a[0]:.0f} / {a[1]:.0f} B, frequent_items(lg 4) {b[0]:.0f} / {b[1]:.0f} B")
    print(f"  error bounds: frequent_items(lg 4) a priori "
          f"{datasketches.frequent_items_sketch.get_epsilon_for_lg_size(4):.2f}*total; space-saving k=8 <= total/8")
    try:
        f = datasketches.frequent_items_sketch(4)
        f.update(hs[0], 1)
        f.serialize(ser)
        print("  frequent_items takes keys >= 2**63: yes")
    except Exception as e:  # noqa: BLE001
        print(f"  frequent_items with a key >= 2**63: {type(e).__name__}: {e}")


def _fill(n: int) -> SmallDistinct:
    d = SmallDistinct()
    for i in range(n):
        d.add(xxhash.xxh3_64_intdigest(i.to_bytes(8, "little")))
    return d


def bench_markers(typical: list[str]) -> None:
    data = typical[:3000]
    norm = [S.normalise(t).decode() for t in data]
    for phrases in (MARKERS, MARKERS + [f"filler phrase number {i} here" for i in range(64 - len(MARKERS))]):
        hdr(f"MarkerSet ({len(phrases)} phrases) on typical prompts")
        ms = MarkerSet(phrases)
        t_ac = min(timeit.repeat(lambda: [ms.match_normalised(s) for s in norm], number=1, repeat=5)) / len(data)
        t_full = min(timeit.repeat(lambda: [ms.match(t) for t in data], number=1, repeat=5)) / len(data)
        alt = re.compile("|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)),
                         re.I)

        def f_re(t: str) -> int:
            m = 0
            for _ in alt.finditer(t):
                m |= 1
            return m

        t_re = min(timeit.repeat(lambda: [f_re(t) for t in data[:500]], number=1, repeat=3)) / 500
        plain = [(p, 1 << i) for i, p in enumerate(phrases)]

        def f_in(s: str) -> int:
            m = 0
            for p, b in plain:
                if p in s:
                    m |= b
            return m

        t_in = min(timeit.repeat(lambda: [f_in(s) for s in norm], number=1, repeat=5)) / len(data)
        print(f"  on normalised text: Aho-Corasick {us(t_ac)} | one `in` per phrase {us(t_in)} "
              f"(no word boundaries) | re.I alternation on raw text {us(t_re)}")
        print(f"  match(raw text), normalising first: {us(t_full)}")
        if phrases is MARKERS:
            t_full20 = t_full
    ms = MarkerSet(MARKERS)
    fp = Fingerprinter(SketchConfig(), markers=ms)
    fp0 = Fingerprinter(SketchConfig())
    sub = data[:1000]
    t0 = t1 = float("inf")
    for _ in range(5):  # interleaved: machine noise hits both
        t0 = min(t0, timeit.timeit(lambda: [fp0.fingerprint(t) for t in sub], number=1) / len(sub))
        t1 = min(t1, timeit.timeit(lambda: [fp.fingerprint(t) for t in sub], number=1) / len(sub))
    print(f"  Fingerprinter(markers=MarkerSet({len(MARKERS)})): {us(t1)} vs {us(t0)} without "
          f"(+{(t1 - t0) * 1e6:.2f} us; a separate MarkerSet.match(raw text) call: {us(t_full20)})")


def bench_datasets(task: dict[str, list[str]], benign: dict[str, list[str]], fp: Fingerprinter) -> None:
    """The public-dataset lookup (core.datasets) against the shipped index: what
    it adds to a prompt's fingerprint (which hands it its 3-grams), measured
    in one run, and how often it finds the item in wrapped and plain prompts."""
    from enforcer.core.datasets import DatasetIndex

    hdr("public-dataset index: lookup cost per prompt and matches (rules/public-sets.idx)")
    path = REPO / "rules" / "public-sets.idx"
    t = time.perf_counter()
    index = DatasetIndex.from_bytes(path.read_bytes())
    print(f"  load: {time.perf_counter() - t:.2f} s, {len(index.table):,} keys, ~{index.nbytes() / 1e6:.1f} MB")
    rng = random.Random(5)
    items = [q for v in task.values() for q in v]
    sample = rng.sample(items, min(4000, len(items)))
    wrapped = [TEMPLATES[i % len(TEMPLATES)][1].replace("{q}", q) for i, q in enumerate(sample)]
    chat = [q for v in benign.values() for q in v]
    chat = rng.sample(chat, min(4000, len(chat)))
    with_index = Fingerprinter(fp.cfg, datasets=index)
    for name, data in (("task items, plain", sample), ("task items, wrapped", wrapped), ("benign prompts", chat)):
        found = sum(with_index.fingerprint(x).item >= 0 for x in data)
        best_w = best_f = float("inf")
        for _ in range(3):
            t = time.perf_counter()
            for x in data:
                fp.fingerprint(x)
            best_f = min(best_f, time.perf_counter() - t)
            t = time.perf_counter()
            for x in data:
                with_index.fingerprint(x)
            best_w = min(best_w, time.perf_counter() - t)
        n = len(data)
        print(f"  {name:22s} n={n:5d} found {found / n:6.1%}  fingerprint {us(best_f / n)}  with the lookup "
              f"{us(best_w / n)}  (+{us((best_w - best_f) / n)}, x{best_w / best_f:4.2f})")
    print("  (the corpora here are the indexed sets themselves, so benign prompts from them are found too)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the slower sections")
    args = ap.parse_args()
    t0 = time.time()
    benign, task, d = load()
    texts = [t for v in list(benign.values()) + list(task.values()) for t in v]
    typical = [t for t in texts if 150 <= len(t) <= 250]
    print(f"corpora: {d}  ({len(texts)} prompts, {len(typical)} of 150-250 chars)  python {sys.version.split()[0]}")
    fp = Fingerprinter(SketchConfig())
    bench_fingerprint(texts, typical, fp)
    bench_minhash_libs(texts)
    bench_templates(task, benign, fp)
    if not args.quick:
        bench_lsh(task, benign, fp)
    bench_distinct()
    bench_markers(typical)
    bench_datasets(task, benign, fp)
    print(f"\n(total {time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
