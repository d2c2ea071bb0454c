"""Local daily cycles and time sampling inside the window.

Hour index h (0 .. 24*days-1) covers [start + h h, start + (h+1) h); the window
starts at 22:00Z, so its local hour is (22 + h + offset) % 24 and its local day
(0 = Wednesday 5 May, 1 = Thursday 6 May, -1 = Tuesday) is (22 + h + offset) // 24 - 1.
"""

from __future__ import annotations

import bisect
import random
from typing import Callable

from .world import HOUR, REGIONS, World

PROFILES: dict[str, tuple[float, ...]] = {
    #           0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
    "consumer": (3.0, 1.8, 1.0, 0.6, 0.5, 0.7, 1.5, 3.5, 5.5, 6.5, 7.0, 7.0, 7.5, 7.0, 6.8, 7.0, 7.2, 8.0, 9.0, 10., 11., 11., 9.0, 5.5),
    "student": (7.0, 4.0, 1.5, 0.6, 0.3, 0.3, 0.6, 2.0, 2.5, 2.5, 2.8, 3.5, 4.5, 5.5, 7.0, 8.0, 9.0, 10., 11., 12., 13., 13.5, 12., 10.),
    "office": (0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.8, 3.5, 9.0, 11., 11., 10., 8.0, 10., 11., 10., 8.0, 5.0, 2.5, 1.8, 1.5, 1.0, 0.7, 0.5),
    "dev": (4.0, 2.0, 1.0, 0.5, 0.3, 0.3, 0.6, 2.0, 5.0, 8.0, 9.0, 9.0, 7.0, 9.0, 10., 10., 9.0, 8.0, 7.0, 7.0, 8.0, 8.0, 7.0, 6.0),
    "evening": (4.0, 2.0, 0.8, 0.4, 0.3, 0.4, 1.0, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 4.5, 4.5, 5.0, 6.0, 8.0, 10., 12., 13., 12., 9.0, 6.0),
    "news": (1.0, 0.6, 0.4, 0.3, 0.4, 1.0, 3.0, 6.0, 8.0, 9.0, 9.0, 8.5, 8.0, 8.5, 9.0, 8.5, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.5),
    "flat": tuple([1.0] * 24),
}

Mod = Callable[[int, int, int], float]  # (local_day, local_hour, hour_index) -> factor


class Clock:
    def __init__(self, world: World):
        self.w = world
        self.hours = world.days * 24
        self._cache: dict[tuple, list[float]] = {}

    def local(self, h: int, offset: int) -> tuple[int, int]:
        x = 22 + h + offset
        return x // 24 - 1, x % 24

    def cum(self, region: str, profile: str, mod: Mod | None = None, key: str | None = None) -> list[float]:
        ck = (region, profile, key)
        if mod is not None and key is None:
            ck = None
        if ck is not None and ck in self._cache:
            return self._cache[ck]
        off = REGIONS[region].offset
        prof = PROFILES[profile]
        out, acc = [], 0.0
        for h in range(self.hours):
            day, hr = self.local(h, off)
            wgt = prof[hr] * (mod(day, hr, h) if mod else 1.0)
            acc += max(wgt, 0.0)
            out.append(acc)
        if ck is not None:
            self._cache[ck] = out
        return out

    def sample(self, rng: random.Random, cum: list[float]) -> int:
        h = bisect.bisect_right(cum, rng.random() * cum[-1])
        h = min(h, len(cum) - 1)
        return self.w.start + h * HOUR + rng.randrange(HOUR)

    def at_local(self, region: str, day: int, hour: float) -> int:
        """Epoch ms of local `hour` (float) on local day `day` in `region`."""
        off = REGIONS[region].offset
        return self.w.start + int(((day + 1) * 24 + hour - off - 22) * HOUR)


def gaps(rng: random.Random, start: int, n: int, median_s: float, spread: float = 0.8, floor_s: float = 2.0) -> list[int]:
    """n request times from `start`, gaps log-normal around a median (a human or tool session)."""
    out, t = [], start
    for _ in range(n):
        out.append(t)
        t += int(max(floor_s, rng.lognormvariate(0, spread) * median_s) * 1000)
    return out


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, lam ** 0.5) + 0.5))
    L, k, p = 2.718281828459045 ** (-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1
