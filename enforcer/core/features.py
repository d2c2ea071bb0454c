"""Named features that rules can reference, computed from a subject's state.

Features are typed the CEL way: counts are `int`, ratios, shares and ages are
`double`. CEL compares int with double (`requests_1h >= 60` and
`completion_ratio_1h >= 3.0` both work) but does not mix them in arithmetic;
the load-time dry run catches that. Why not all doubles: the CEL binding
converts a Python float ~3x slower than an int (measured: 2.6 us vs 0.8 us per
variable), and counts are most of what rules read. A feature is computed only
when a loaded rule references it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from enforcer.core.windows import DEFAULT_WINDOWS, WindowSpec
from enforcer.timeutil import format_duration_ms

# Parallel counters kept in every subject's sliding windows, in this order.
COUNTERS: tuple[str, ...] = ("requests", "prompt_tokens", "completion_tokens")
REQ, PTOK, CTOK = 0, 1, 2

UNKNOWN_AGE_DAYS = 1_000_000.0  # "old": rules like account_age_days < 7 must not fire on unknown age

Getter = Callable[["object", "object", int], float]


@dataclass(frozen=True, slots=True)
class Feature:
    name: str
    description: str
    get: Getter  # (state, event, now_ms) -> int | float
    type: type = float  # int or float: the CEL type rules see


class FeatureCatalog:
    """The features one scope kind offers to rules."""

    def __init__(self) -> None:
        self._features: dict[str, Feature] = {}

    def add(self, name: str, description: str, get: Getter, type: type = float) -> None:
        if name in self._features:
            raise ValueError(f"duplicate feature {name}")
        self._features[name] = Feature(name, description, get, type)

    def __contains__(self, name: str) -> bool:
        return name in self._features

    def __getitem__(self, name: str) -> Feature:
        return self._features[name]

    def names(self) -> list[str]:
        return sorted(self._features)

    def items(self):
        return self._features.items()


def _counter(w: int, c: int) -> Getter:
    return lambda st, ev, now: st.windows.sums[w].tot[c]


def _ratio(w: int, num: int, den: int) -> Getter:
    def get(st, ev, now):
        tot = st.windows.sums[w].tot
        return tot[num] / tot[den] if tot[den] else float(tot[num])

    return get


def _active(w: int) -> Getter:
    return lambda st, ev, now: len(st.windows.sums[w].idx)


def _age_days(st, ev, now: int) -> float:
    created = ev.account_created_at
    if created is None:
        return UNKNOWN_AGE_DAYS
    return max(0.0, (ev.ts - created) / 86_400_000)


def account_catalog(windows: tuple[WindowSpec, ...] = DEFAULT_WINDOWS) -> FeatureCatalog:
    cat = FeatureCatalog()
    for w, spec in enumerate(windows):
        n = spec.name
        cat.add(f"requests_{n}", f"requests in the last {n}", _counter(w, REQ), int)
        cat.add(f"prompt_tokens_{n}", f"prompt tokens in the last {n}", _counter(w, PTOK), int)
        cat.add(f"completion_tokens_{n}", f"completion tokens in the last {n}", _counter(w, CTOK), int)
        cat.add(
            f"completion_ratio_{n}",
            f"completion tokens / prompt tokens over the last {n} (answers much longer than questions)",
            _ratio(w, CTOK, PTOK),
        )
        cat.add(
            f"avg_completion_tokens_{n}",
            f"mean completion tokens per request over the last {n}",
            _ratio(w, CTOK, REQ),
        )
        cat.add(
            f"active_intervals_{n}",
            f"{format_duration_ms(spec.gran_ms)} intervals with traffic in the last {n} ({spec.buckets} max: "
            "near the max means around the clock)",
            _active(w),
            int,
        )
    cat.add(
        "account_age_days",
        f"days between account creation and this request ({UNKNOWN_AGE_DAYS:g} when unknown)",
        _age_days,
    )
    return cat
