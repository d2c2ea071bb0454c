"""Marker-set coverage on the real prompt corpora, with a fixed hold-out split.

    PYTHONPATH=. python bench/marker_coverage.py [--markers rules/markers.yaml]
        [--baseline OLD_MARKERS_YAML] [--half design|holdout|all] [--mine task|reasoning]

Each corpus file (task_*.jsonl: benchmark questions; benign_*.jsonl: ordinary
chat and search prompts) is shuffled with a fixed seed and cut in two halves:
phrases are chosen on the *design* half, figures are reported on the *holdout*
half (the default). The matcher is the engine's own (``MarkerSet``, on text
normalised by ``sketches.normalise``), so what is counted here is what the
``<set>_ratio_*`` features count.

Per file and marker set: the share of prompts that match at least one phrase
(coverage on task files, false matches on benign files), then the per-phrase
hits on the half, so a phrase that only buys false matches shows up.

``--mine task`` prints word n-grams (1-4) by how many more design-half task
prompts than benign prompts contain them (document frequency, per kind, files
weighted equally) -- the candidates a human then reads and picks from.
Prints figures only; under a second.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import yaml  # noqa: E402

from enforcer.core.distinct import MarkerSet  # noqa: E402
from enforcer.core.scripts import DETECTORS  # noqa: E402
from enforcer.core.sketches import normalise  # noqa: E402

SEED = 20261129


def corpora_dir() -> Path:
    for p in (os.environ.get("ENFORCER_PROMPTS_DIR"), REPO.parent / "shared/data/prompts", Path("/work/shared/data/prompts")):
        if p and Path(p).is_dir() and any(Path(p).glob("task_*.jsonl")):
            return Path(p)
    sys.exit("no prompt corpora found (set ENFORCER_PROMPTS_DIR)")


def load_split(d: Path) -> dict[str, dict[str, list[str]]]:
    """file stem -> {"design": [...], "holdout": [...], "all": [...]} of normalised texts."""
    out = {}
    for f in sorted(d.glob("*.jsonl")):
        with open(f, encoding="utf-8") as fh:
            texts = [normalise(json.loads(line)["text"]).decode("utf-8", "surrogatepass") for line in fh]
        idx = list(range(len(texts)))
        random.Random(f"{SEED}:{f.stem}").shuffle(idx)
        h = len(idx) // 2
        out[f.stem] = {
            "design": [texts[i] for i in idx[:h]],
            "holdout": [texts[i] for i in idx[h:]],
            "all": texts,
        }
    return out


def load_markers(path: Path) -> dict[str, list[str]]:
    return yaml.safe_load(path.read_text())["markers"]


class _Detector:
    """A marker set made of built-in detectors ("@non-latin-script"), matched
    like a phrase set: bit i when detector i says yes."""

    def __init__(self, names: list[str]):
        self.phrases = tuple(names)
        self._fns = [DETECTORS[n] for n in names]

    def match_normalised(self, text: str) -> int:
        return sum(1 << i for i, f in enumerate(self._fns) if f(text))


def coverage(sets: dict[str, list[str]], split, half: str):
    """{file: (n, {set: (share, per-phrase Counter)})}"""
    matchers = {k: _Detector(v) if v[0].startswith("@") else MarkerSet(v) for k, v in sets.items()}
    res = {}
    for stem, halves in split.items():
        texts = halves[half]
        row = {}
        for name, ms in matchers.items():
            hit = 0
            per = Counter()
            for t in texts:
                m = ms.match_normalised(t)
                if m:
                    hit += 1
                    for i in range(len(ms.phrases)):
                        if m >> i & 1:
                            per[ms.phrases[i]] += 1
            row[name] = (hit / max(1, len(texts)), per)
        res[stem] = (len(texts), row)
    return res


def print_table(title: str, res, base=None, names=("task", "reasoning")) -> None:
    print(f"\n{title}")
    hdr = f"  {'file':40s} {'n':>6s}" + "".join(f" {n:>19s}" for n in names)
    print(hdr)
    for stem, (n, row) in res.items():
        cells = ""
        for name in names:
            new = row.get(name, (0.0, None))[0]
            if base is not None:
                old = base[stem][1].get(name, (0.0, None))[0]
                cells += f" {old * 100:7.1f}% ->{new * 100:6.1f}%"
            else:
                cells += f" {new * 100:18.1f}%"
        print(f"  {stem:40s} {n:6d}{cells}")


def print_phrases(res, sets, top: int = 0) -> None:
    for name, phrases in sets.items():
        print(f"\nper-phrase hits, set {name!r} (prompts of the half containing it: task files | benign files)")
        task_files = [s for s in res if s.startswith("task_")]
        benign_files = [s for s in res if s.startswith("benign_")]
        for p in phrases:
            t = sum(res[s][1][name][1][p] for s in task_files)
            b = sum(res[s][1][name][1][p] for s in benign_files)
            print(f"  {p!r:40s} task {t:6d}   benign {b:5d}")


def mine(split, kind: str, top: int = 80) -> None:
    """n-grams by document frequency: task design halves against benign design halves."""

    def grams(t: str) -> set[str]:
        w = t.split()
        g = set()
        for n in range(1, 5):
            for i in range(len(w) - n + 1):
                g.add(" ".join(w[i : i + n]))
        return g

    def df(stems):
        share = Counter()
        for s in stems:
            texts = split[s]["design"]
            c = Counter()
            for t in texts:
                c.update(grams(t))
            for g, k in c.items():
                share[g] += k / len(texts) / len(stems)
        return share

    task = [s for s in split if s.startswith("task_")]
    benign = [s for s in split if s.startswith("benign_")]
    tdf, bdf = df(task), df(benign)
    if kind == "task":
        scored = sorted(tdf, key=lambda g: tdf[g] - 2 * bdf.get(g, 0.0), reverse=True)
    else:  # reasoning: benign chat prompts that ask for reasoning are the only source here
        scored = sorted(bdf, key=lambda g: bdf[g], reverse=True)
    print(f"\n{'n-gram':40s} {'task df':>8s} {'benign df':>9s}")
    for g in scored[:top]:
        print(f"  {g!r:40s} {tdf.get(g, 0) * 100:7.2f}% {bdf.get(g, 0) * 100:8.2f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--markers", default=str(REPO / "rules/markers.yaml"))
    ap.add_argument("--baseline", help="an older markers.yaml: print old -> new")
    ap.add_argument("--half", default="holdout", choices=("design", "holdout", "all"))
    ap.add_argument("--phrases", action="store_true", help="per-phrase hits too")
    ap.add_argument("--mine", choices=("task",))
    args = ap.parse_args()
    t0 = time.perf_counter()
    split = load_split(corpora_dir())
    if args.mine:
        mine(split, args.mine)
        return
    sets = load_markers(Path(args.markers))
    res = coverage(sets, split, args.half)
    base = coverage(load_markers(Path(args.baseline)), split, args.half) if args.baseline else None
    title = f"share of prompts matching each marker set, {args.half} half (seed {SEED})"
    if base:
        title += f": {args.baseline} -> {args.markers}"
    print_table(title, res, base, names=tuple(sets))
    # pooled: task files weighted equally, benign chat files and the search queries apart
    def pooled(r, stems, name):
        return sum(r[s][1][name][0] for s in stems) / len(stems)

    groups = {
        "task files (mean of 5)": [s for s in res if s.startswith("task_")],
        "benign chat files (mean of 4)": [s for s in res if s.startswith("benign_") and "nq_open" not in s],
        "benign search queries (NQ)": [s for s in res if "nq_open" in s],
    }
    print()
    for g, stems in groups.items():
        cells = ""
        for name in ("task", "reasoning"):
            new = pooled(res, stems, name)
            cells += f" {name} {(pooled(base, stems, name) * 100):5.1f}% ->{new * 100:5.1f}%" if base else f" {name} {new * 100:5.1f}%"
        print(f"  {g:40s}{cells}")
    if args.phrases:
        print_phrases(res, sets)
    print(f"\n({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
