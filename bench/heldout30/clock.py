"""The calendar of the world: SAST day boundaries, the load-shedding timetable,
matric/university exam sittings, the ubuntu-reason-1 launch and one edge incident.

All times are integer epoch milliseconds (UTC). SAST is UTC+2 all year (no DST),
so local hour = (ms / 3.6e6 + 2) mod 24.
"""
from __future__ import annotations

import random

MIN = 60_000
HOUR = 3_600_000
DAY = 86_400_000
SAST = 2 * HOUR
T0 = 1796248800000  # Thu 3 Dec 2026 00:00 SAST == 2026-12-02T22:00:00Z

RELEASE = T0 + 14 * HOUR          # ubuntu-reason-1 goes live Thu 14:00 SAST
REASON_MODEL = "ubuntu-reason-1"
# Fri 10:12-10:21 SAST: a top-of-rack switch at the JB1 edge flaps (500/503 burst).
INCIDENT = (T0 + DAY + 10 * HOUR + 12 * MIN, T0 + DAY + 10 * HOUR + 21 * MIN)


def local_hour(ms: int) -> int:
    return ((ms + SAST) // HOUR) % 24


def day_index(ms: int) -> int:
    return (ms - T0) // DAY


# Matric (NSC) sittings in the last exam week and university exam slots, SAST.
# Pupils go quiet while writing and cram the evening before.
MATRIC_SITTINGS = [(T0 + 9 * HOUR, T0 + 12 * HOUR),             # Thu: Physical Sciences P2
                   (T0 + DAY + 9 * HOUR, T0 + DAY + 12 * HOUR)]  # Fri: Accounting P2
VARSITY_SITTINGS = [(T0 + d * DAY + h0 * HOUR + 30 * MIN, T0 + d * DAY + h1 * HOUR)
                    for d in range(2) for h0, h1 in ((8, 11), (14, 17))]


def in_windows(ms: int, windows) -> bool:
    return any(a <= ms < b for a, b in windows)


# Load-shedding: three supply regions, each split into numbered blocks. The
# stage (how many blocks are dark per slot) changes through the days; the City
# of Cape Town runs one stage lower (its own hydro-pumped storage).
REGIONS = {"GP": 16, "WC": 16, "KZN": 8}
# (start hour from T0, stage) -- national stage timeline; later days repeat day 2.
_STAGES = [(0, 0), (5, 2), (16, 4), (24, 3), (46, 2), (48, 3)]
_SLOT_H = 2


def _stage_at(hour_from_t0: int, region: str) -> int:
    h = hour_from_t0 if hour_from_t0 < 48 else 24 + (hour_from_t0 - 24) % 24
    stage = 0
    for start, s in _STAGES:
        if h >= start:
            stage = s
    return max(0, stage - 1) if region == "WC" else stage


def area_names() -> list[str]:
    return [f"{r}-{i:02d}" for r, n in REGIONS.items() for i in range(1, n + 1)]


class LoadShedding:
    """Per-area outage windows. Scheduled slots are 2 h (Gauteng blocks run 2 h 30,
    as City Power does); the real restore time lags the schedule by an area-wide
    0-20 min (breakers are closed feeder by feeder), drawn per seed."""

    def __init__(self, seed: int, days: int):
        self.windows: dict[str, list[tuple[int, int]]] = {}
        rng = random.Random(f"{seed}/loadshedding")
        for region, blocks in REGIONS.items():
            for i in range(blocks):
                name = f"{region}-{i + 1:02d}"
                out = []
                for slot in range(days * 24 // _SLOT_H):
                    h = slot * _SLOT_H
                    stage = _stage_at(h, region)
                    dark = stage if blocks == 16 else (stage + 1) // 2  # blocks dark this slot
                    if (i + 5 * slot) % blocks < dark:
                        start = T0 + h * HOUR + rng.randrange(0, 4) * MIN
                        length = (150 if region == "GP" else 120) * MIN
                        out.append((start, start + length + rng.randrange(0, 20) * MIN))
                self.windows[name] = _merge(out)

    def outages(self, area: str | None) -> list[tuple[int, int]]:
        return self.windows.get(area, []) if area else []

    def dark(self, area: str | None, ms: int) -> tuple[int, int] | None:
        for a, b in self.outages(area):
            if a <= ms < b:
                return a, b
        return None


def _merge(ws):
    ws.sort()
    out: list[tuple[int, int]] = []
    for a, b in ws:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# Hour-of-day weights (SAST, 24 entries) for the rhythms that recur in the world.
PROFILES = {
    "home":    [2, 1, 1, 1, 1, 2, 4, 7, 7, 6, 6, 6, 7, 6, 6, 6, 7, 8, 9, 11, 12, 12, 9, 5],
    "student": [6, 4, 2, 1, 1, 1, 2, 4, 5, 5, 5, 6, 6, 7, 8, 9, 9, 9, 10, 12, 13, 13, 11, 9],
    "office":  [0, 0, 0, 0, 0, 1, 2, 6, 12, 13, 13, 12, 9, 11, 12, 11, 9, 5, 2, 1, 1, 1, 0, 0],
    "flat":    [1] * 24,
    # BPO seats: UK day shift (10:00-19:00 SAST) and Australian night shift (23:00-08:00 SAST)
    "bpo":     [9, 9, 9, 9, 9, 8, 8, 6, 3, 4, 9, 10, 10, 10, 9, 9, 9, 9, 8, 3, 2, 2, 4, 8],
    "night":   [9, 10, 10, 10, 9, 8, 6, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 6, 8],
    "diaspora": [8, 7, 5, 3, 2, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 9, 10, 11, 11, 10, 9, 9, 9, 9],
}
