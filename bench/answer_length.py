"""How much detection leans on answer length (BENCHMARKS.md "Answer length and
recall across generators").

    # each set's median completion tokens (successful requests, benign and
    # campaign) beside the recall of a sweep run, and their rank correlation
    PYTHONPATH=. .venv/bin/python bench/answer_length.py medians --run /tmp/runs/base44

    # a copy of a set with every completion_tokens scaled (a terser or wordier
    # model, all else equal), for `enforcer backtest`
    PYTHONPATH=. .venv/bin/python bench/answer_length.py scale SRC.jsonl.gz DST.jsonl.gz 0.5

    # a copy whose answers are made relative to each model's own (its median,
    # measured on the set without labels, moved to --ref tokens), or to the
    # whole set's (--per set)
    PYTHONPATH=. .venv/bin/python bench/answer_length.py normalise SRC.jsonl.gz DST.jsonl.gz --per model

The medians read every third line (enough for a median, a third of the time);
sets and labels are where `bench.heldout_sweep` keeps them (`--sets`).
"""
from __future__ import annotations

import argparse
import gzip
import statistics
from pathlib import Path

import orjson

from enforcer.jsonl import open_lines
from enforcer.labels import load_labels


def scale(src: str, dst: str, factor: float | dict[str, float]) -> None:
    """Copy `src` with each integer completion_tokens multiplied by `factor`
    (or by `factor[model]`, 1 for a model not in it); lines that are not such
    an event (broken lines included) pass unchanged."""
    per_model = isinstance(factor, dict)
    with open_lines(src) as lines, gzip.open(dst, "wb", compresslevel=1) as out:
        for line in lines:
            try:
                ev = orjson.loads(line)
            except orjson.JSONDecodeError:
                ev = None
            c = ev.get("completion_tokens") if isinstance(ev, dict) else None
            k = factor.get(str(ev.get("model")), 1.0) if per_model and type(c) is int else factor
            if type(c) is int and k != 1.0:
                ev["completion_tokens"] = round(c * k)
                line = orjson.dumps(ev)
            out.write(line + b"\n")


def _answers(events: str, every: int):
    """(event, completion tokens) of every `every`-th line's successful
    request with an answer (enough for a median, a fraction of the time)."""
    with open_lines(events) as lines:
        for i, line in enumerate(lines):
            if i % every:
                continue
            try:
                ev = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if not isinstance(ev, dict) or ev.get("status", 200) != 200:
                continue
            c = ev.get("completion_tokens")
            if type(c) is int and c > 0:
                yield ev, c


def model_medians(events: str, every: int = 3, min_n: int = 200) -> tuple[dict[str, float], float]:
    """Median completion tokens of successful requests per model (models with
    `min_n` sampled requests or more), and over all of them: what a
    deployment can measure on its own traffic, without labels."""
    tokens: dict[str, list[int]] = {}
    for ev, c in _answers(events, every):
        tokens.setdefault(str(ev.get("model")), []).append(c)
    every_one = [c for v in tokens.values() for c in v]
    return ({m: statistics.median(v) for m, v in tokens.items() if len(v) >= min_n},
            statistics.median(every_one) if every_one else 0.0)


def normalise(src: str, dst: str, ref: float, per: str, lo: float, hi: float) -> dict[str, float]:
    """A copy of `src` whose answers are rescaled so that each model's median
    (`per="model"`), or the set's overall median (`per="set"`), lands on
    `ref` tokens, the factor clamped to [lo, hi]: the gates made relative to
    the model's (or the deployment's) own answers. Returns the factors."""
    per_model, overall = model_medians(src)
    if per == "model":
        factors: dict[str, float] = {m: min(hi, max(lo, ref / v)) for m, v in per_model.items()}
        scale(src, dst, factors)
        return factors
    k = min(hi, max(lo, ref / overall)) if overall else 1.0
    scale(src, dst, k)
    return {"*": k}


def medians(events: Path, labels: Path, every: int = 3) -> dict[str, float]:
    """Median completion tokens of successful requests, benign and campaign."""
    lab = load_labels(labels)
    tokens: dict[str, list[int]] = {"benign": [], "attack": []}
    for ev, c in _answers(str(events), every):
        acct = ev.get("account_id")
        if isinstance(acct, str) and acct in lab:
            tokens[lab[acct]["label"]].append(c)
    return {k: statistics.median(v) for k, v in tokens.items() if v}


def _ranks(xs: list[float]) -> list[int]:
    order = sorted(range(len(xs)), key=xs.__getitem__)
    r = [0] * len(xs)
    for k, i in enumerate(order):
        r[i] = k
    return r


def report(run: Path, sets: Path) -> None:
    rows = []
    for d in sorted(p for p in run.iterdir() if (p / "report.json").exists()):
        det = orjson.loads((d / "report.json").read_bytes())["detection"]
        m = medians(sets / f"{d.name}.jsonl.gz", sets / f"{d.name}.labels.json")
        if "attack" in m and "benign" in m:
            rows.append((d.name, 100 * det["recall"], m["benign"], m["attack"]))
            print(f"{d.name:16} recall {rows[-1][1]:6.2f}%  median answer: benign {m['benign']:6.0f}  "
                  f"campaign {m['attack']:6.0f}")
    if len(rows) > 2:
        rec, camp = [r[1] for r in rows], [r[3] for r in rows]
        rho = statistics.correlation(_ranks(rec), _ranks(camp))
        print(f"{len(rows)} sets: Spearman (recall, campaign median answer) {rho:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("medians")
    m.add_argument("--run", required=True, type=Path, help="a bench.heldout_sweep --run directory")
    m.add_argument("--sets", default=Path("/tmp/sets"), type=Path)
    s = sub.add_parser("scale")
    s.add_argument("src")
    s.add_argument("dst")
    s.add_argument("factor", type=float)
    n = sub.add_parser("normalise", help="rescale answers so each model's (or the set's) median lands on --ref")
    n.add_argument("src")
    n.add_argument("dst")
    n.add_argument("--ref", type=float, default=421.0, help="target median (421: the median of the 45 sets' "
                   "overall medians, seed 2)")
    n.add_argument("--per", choices=("model", "set"), default="model")
    n.add_argument("--clamp", type=float, nargs=2, default=(0.5, 2.0), metavar=("LO", "HI"))
    a = ap.parse_args()
    if a.cmd == "scale":
        scale(a.src, a.dst, a.factor)
    elif a.cmd == "normalise":
        factors = normalise(a.src, a.dst, a.ref, a.per, *a.clamp)
        print(" ".join(f"{m}={k:.3f}" for m, k in sorted(factors.items())))
    else:
        report(a.run, a.sets)


if __name__ == "__main__":
    main()
