"""When people (and scripts) send requests: hourly curves on the local clock,
exam-day and launch-day modifiers, and samplers for sessions and batch runs.

Curves are relative weights per local hour (0..23), interpolated linearly so a
day has no steps at the hour. They encode the habits the brief asks for:
Spanish lunch/siesta dip (14-16) and late dinners, Italian 13-14:30 lunch,
Portuguese earlier lunch, office hours, night owls.
"""
from __future__ import annotations

import math
import random
from typing import Callable

from .world import DAY, HOUR, MIN, SEC, World, local_day_hour

#                0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
CURVES = {
    "consumer_it": [.40, .22, .10, .05, .04, .05, .12, .30, .50, .60, .66, .70, .66, .45, .48, .58, .64, .68, .70, .66, .50, .68, .85, .66],
    "consumer_es": [.70, .45, .22, .10, .05, .04, .06, .18, .36, .52, .62, .70, .74, .70, .38, .34, .50, .64, .70, .72, .70, .56, .70, .88],
    "consumer_pt": [.35, .18, .08, .04, .03, .05, .14, .34, .54, .64, .70, .68, .44, .50, .62, .66, .68, .70, .66, .56, .52, .74, .80, .56],
    "consumer_gr": [.55, .30, .12, .05, .03, .04, .10, .26, .44, .56, .64, .68, .70, .66, .50, .40, .52, .64, .70, .72, .70, .78, .84, .74],
    "office_it":   [.01, .00, .00, .00, .00, .00, .01, .05, .40, .90, 1.0, .98, .80, .30, .55, .92, .95, .90, .65, .28, .10, .06, .04, .02],
    "office_es":   [.01, .00, .00, .00, .00, .00, .01, .04, .30, .82, .98, 1.0, .96, .88, .40, .30, .70, .85, .80, .55, .22, .08, .05, .02],
    "office_pt":   [.01, .00, .00, .00, .00, .00, .02, .10, .55, .95, 1.0, .95, .40, .55, .90, .95, .92, .75, .40, .15, .06, .04, .02, .01],
    "uni_es":      [.35, .20, .08, .03, .02, .02, .04, .12, .30, .62, .80, .88, .86, .70, .40, .42, .70, .80, .76, .62, .50, .48, .60, .56],
    "uni_it":      [.30, .15, .06, .03, .02, .02, .05, .18, .45, .80, .92, .95, .75, .45, .70, .90, .88, .78, .60, .45, .38, .52, .60, .45],
    "dev":         [.14, .08, .04, .02, .02, .02, .04, .10, .35, .80, .95, 1.0, .80, .50, .75, .95, .95, .85, .60, .40, .35, .40, .36, .24],
    "evening":     [.60, .35, .16, .06, .03, .03, .05, .10, .16, .20, .24, .28, .30, .28, .26, .28, .32, .40, .55, .70, .80, .95, 1.0, .85],
    "ecommerce":   [.30, .16, .08, .05, .04, .05, .10, .25, .45, .60, .66, .70, .68, .60, .52, .58, .62, .66, .72, .80, .82, .92, .95, .62],
    "proxy":       [.70, .62, .55, .50, .50, .52, .60, .75, .85, .92, .96, 1.0, 1.0, .98, .96, .98, 1.0, 1.0, .98, .96, .94, .92, .88, .80],
    "flat":        [.80, .78, .76, .75, .75, .76, .80, .86, .92, .96, 1.0, 1.0, .98, .96, .96, .98, 1.0, .98, .95, .92, .90, .88, .85, .82],
}


def curve_weight(name: str, hour: float) -> float:
    c = CURVES[name]
    i = int(hour) % 24
    f = hour - int(hour)
    return c[i] * (1 - f) + c[(i + 1) % 24] * f


def maturando_weight(day: int, hour: float, exam_end: float) -> float:
    """An Italian maturando on the two written-exam days: cramming the night
    before, a nervous early morning, phones handed in from 08:30 until the paper
    is delivered (exam_end), relief and answer-checking afterwards."""
    if 8.4 <= hour < exam_end and day in (0, 1):
        return 0.012  # a few phones slip through the ban
    if day == 0:
        if hour < 2.5:
            return 1.0 - hour * 0.36  # Tuesday-night cramming still going
        if hour < 6.0:
            return 0.02
        if hour < 8.4:
            return 0.55 * min(1.0, (hour - 5.5) / 1.5)  # alarm at 6-7
        if hour < 19.0:
            return 0.85
        if hour < 20.5:
            return 0.40
        return 1.35  # Wednesday-night cramming for the seconda prova
    if day == 1:
        if hour < 2.5:
            return 1.1 - hour * 0.38
        if hour < 6.0:
            return 0.03
        if hour < 8.4:
            return 0.60 * min(1.0, (hour - 5.5) / 1.5)
        if hour < exam_end + 4:
            return 0.90  # "le soluzioni della seconda prova", "ho sbagliato?"
        return 0.30  # it's over: out with friends
    return 0.5 * curve_weight("consumer_it", hour)


def launch_boost(world: World, ms: int, amp: float, tau_h: float) -> float:
    """Multiplier for people curious about levante-3: a spike at the launch that
    decays with time constant tau_h hours."""
    if ms < world.launch:
        return 1.0
    return 1.0 + amp * math.exp(-(ms - world.launch) / (tau_h * HOUR))


def curve_fn(name: str, tz: int) -> Callable[[int], float]:
    def w(ms: int) -> float:
        return curve_weight(name, local_day_hour(ms, tz)[1])
    return w


def sample_times(rng: random.Random, n: int, wfn: Callable[[int], float], lo: int, hi: int,
                 wmax: float = 1.4) -> list[int]:
    """n instants in [lo, hi) distributed like wfn (rejection sampling)."""
    out: list[int] = []
    if hi <= lo:
        return out
    tries = 0
    while len(out) < n and tries < 500 * (n + 1):
        tries += 1
        t = rng.randrange(lo, hi)
        if rng.random() * wmax < wfn(t):
            out.append(t)
    out.sort()
    return out


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= l:
            return k
        k += 1


def session(rng: random.Random, start: int, mean_reqs: float, think_s: float, sigma: float = 0.75,
            cap: int = 60) -> list[int]:
    """One sitting of a human: 1 + geometric requests, think/read gaps lognormal."""
    k = 1 + (int(rng.expovariate(1.0 / (mean_reqs - 1))) if mean_reqs > 1 else 0)
    k = min(k, cap)
    out, t = [start], start
    for _ in range(k - 1):
        t += int((4 + think_s * rng.lognormvariate(0, sigma)) * SEC)
        out.append(t)
    return out


def human_sessions(rng: random.Random, wfn: Callable[[int], float], lo: int, hi: int, n_sessions: int,
                   mean_reqs: float, think_s: float, wmax: float = 1.4) -> list[list[int]]:
    starts = sample_times(rng, n_sessions, wfn, lo, hi, wmax)
    out = []
    for s in starts:
        reqs = [t for t in session(rng, s, mean_reqs, think_s) if t < hi]
        if reqs:
            out.append(reqs)
    return out


def batch_run(rng: random.Random, start: int, n_items: int, workers: int, median_s: float,
              sigma: float = 0.5) -> list[int]:
    """A scripted run: `workers` parallel loops, each sends the next item as soon
    as the previous answer is back (latency lognormal around median_s)."""
    out: list[int] = []
    clocks = [start + rng.randrange(0, 2 * SEC) for _ in range(workers)]
    for i in range(n_items):
        w = i % workers
        out.append(clocks[w])
        clocks[w] += int((0.15 + median_s * rng.lognormvariate(0, sigma)) * SEC)
    out.sort()
    return out


def cron(rng: random.Random, lo: int, hi: int, period_ms: int, jitter_ms: int, phase_ms: int = 0) -> list[int]:
    out, t = [], lo + phase_ms
    while t < hi:
        out.append(t + rng.randrange(-jitter_ms, jitter_ms + 1) if jitter_ms else t)
        t += period_ms
    return sorted(x for x in out if lo <= x < hi)


def minute(n: float) -> int:
    return int(n * MIN)


def days_in(world: World) -> range:
    return range(0, world.days + 1)


__all__ = ["CURVES", "DAY", "HOUR", "MIN", "SEC", "batch_run", "cron", "curve_fn", "curve_weight",
           "human_sessions", "launch_boost", "maturando_weight", "poisson", "sample_times", "session"]
