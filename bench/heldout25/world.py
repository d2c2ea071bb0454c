"""The world: Foehnwerk AI, a Munich LLM API provider, over the last working
days before Christmas 2026 (Mon 21 - Tue 22 Dec), with `foehn-3` released on
Tue 22 Dec at 10:00 CET.

All times are integer epoch milliseconds (UTC). Local time is CET (UTC+1, no
daylight saving in December). Day 0 starts at Mon 21 Dec 2026 00:00 CET.

    day 0 (Mon 21.12.)           day 1 (Tue 22.12.)
    |--------office-------|      |----office---+ Weihnachtsfeier ...|
    00:00 CET          24:00     00:00     10:00 CET: foehn-3 goes live
                                           ^ release rush, eval runs, tryers
"""
from __future__ import annotations

import bisect
import hashlib
import random
from datetime import datetime, timezone

PROVIDER = "Foehnwerk AI"
MODEL_OLD = "foehn-2"
MODEL_MINI = "foehn-2-mini"
MODEL_NEW = "foehn-3"

S = 1_000
M = 60_000
H = 3_600_000
D = 86_400_000

EP_CHAT = "/v1/chat/completions"
EP_RESP = "/v1/responses"
EP_COMPL = "/v1/completions"
EP_BATCH = "/v1/batches"


def utc_ms(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> int:
    return int(datetime(y, mo, d, h, mi, s, tzinfo=timezone.utc).timestamp()) * 1000


START_MS = utc_ms(2026, 12, 20, 23)     # Mon 21 Dec 2026 00:00 CET
RELEASE_MS = utc_ms(2026, 12, 22, 9)    # Tue 22 Dec 2026 10:00 CET


def day_start(d: int) -> int:
    return START_MS + d * D


def local_hour(ts: int) -> float:
    return ((ts - START_MS) % D) / H


def rng_for(seed: int, *names: str) -> random.Random:
    """One independent, stable random stream per component (no str hash())."""
    h = hashlib.sha256(("heldout25|%d|" % seed + "|".join(names)).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def hexid(rng: random.Random, prefix: str, nhex: int = 14) -> str:
    return prefix + format(rng.getrandbits(nhex * 4), "0%dx" % nhex)


# Hourly activity weights, index = local CET hour.
PROFILES: dict[str, list[float]] = {
    "consumer": [3, 2, 1.2, .6, .4, .4, .8, 1.8, 2.6, 3, 3.4, 3.8, 4.4, 4, 3.8, 3.8, 4.2, 4.8, 5.6, 6.6, 7.4, 7.2, 6, 4.4],
    "mobile":   [2.4, 1.4, .8, .4, .3, .4, 1.2, 3.4, 4.4, 3.2, 3, 3.4, 4.6, 4, 3.4, 3.6, 4.4, 5.4, 5.6, 6, 6.6, 6.8, 5.6, 3.8],
    "student":  [5, 3.6, 2.2, 1.2, .5, .3, .3, .8, 2, 3.8, 4.8, 5.2, 4.6, 5, 5.6, 5.8, 5.8, 5.4, 5.4, 6.4, 7.4, 8, 8, 7],
    "office":   [.1, .05, .05, .05, .05, .1, .4, 2.2, 6.4, 9, 9.6, 9, 5.2, 6.8, 8.6, 8, 6, 3.4, 1.6, .9, .6, .4, .3, .2],
    "coder":    [2.2, 1.4, .8, .4, .2, .2, .4, 1.4, 4, 7, 8, 7.6, 4.6, 6.4, 8, 7.6, 6.6, 5, 3.6, 3.6, 4.4, 4.6, 4, 3.2],
    "school":   [.3, .1, .05, .05, .05, .1, .6, 1.8, 1.4, 1.2, 1.2, 1.4, 2, 4, 6.4, 7.4, 7.6, 7.2, 6.8, 6.4, 5.6, 4, 2, .8],
    "flat":     [1] * 24,
    "night":    [6, 9, 10, 10, 8, 5, 2, .5, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .2, .3, .5, 1, 2, 4],
    "guests":   [.6, .3, .1, .1, .1, .3, 1.6, 4, 5.6, 5, 4, 3.6, 3, 3, 3.2, 3.6, 4.6, 5.6, 6, 5.8, 5.4, 4.4, 3, 1.4],
    "eu_work":  [.4, .3, .3, .4, .6, 1, 2, 4, 7, 9, 9.6, 9.4, 7.4, 8.4, 9.2, 9, 8, 6.6, 5, 4, 3, 2.2, 1.4, .8],
}

# Day-of-world scaling per profile kind: Monday 21.12. is an ordinary (if
# thinned) working day; on Tuesday 22.12. many offices hold their
# Weihnachtsfeier and empty out after 15:00.
OFFICE_DAY = [0.86, 0.78, 0.55, 0.12, 0.05, 0.05, 0.1]
CONSUMER_DAY = [1.0, 1.05, 1.1, 1.25, 0.9, 0.95, 1.05]


def office_factor(d: int) -> float:
    return OFFICE_DAY[d % len(OFFICE_DAY)]


def consumer_factor(d: int) -> float:
    return CONSUMER_DAY[d % len(CONSUMER_DAY)]


class Clock:
    """Samples event times on a given day from an hourly profile."""

    def __init__(self) -> None:
        self._cum: dict[tuple[str, int], list[float]] = {}

    def _weights(self, profile: str, d: int) -> list[float]:
        key = (profile, d)
        if key not in self._cum:
            w = list(PROFILES[profile])
            if profile in ("office", "eu_work") and d == 1:
                for h in range(15, 24):            # Weihnachtsfeier afternoon
                    w[h] *= 0.45
            acc, cum = 0.0, []
            for x in w:
                acc += x
                cum.append(acc)
            self._cum[key] = cum
        return self._cum[key]

    def at(self, rng: random.Random, d: int, profile: str, lo_h: float = 0.0, hi_h: float = 24.0) -> int:
        cum = self._weights(profile, d)
        lo = cum[int(lo_h) - 1] if int(lo_h) > 0 else 0.0
        hi = cum[min(23, int(hi_h - 1e-9))]
        while True:
            x = lo + rng.random() * (hi - lo)
            h = bisect.bisect_right(cum, x)
            h = min(h, 23)
            ts = day_start(d) + h * H + int(rng.random() * H)
            if lo_h * H <= ts - day_start(d) < hi_h * H:
                return ts


CLOCK = Clock()


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, lam ** 0.5))))
    L, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= rng.random()
        if p < L:
            return k
        k += 1
