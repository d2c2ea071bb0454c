"""World facts for "Atlas AI" (Casablanca): calendar, models, tiers, statuses, hashing helpers.

Every world fact that is not drawn by a population's own RNG comes from a blake2b digest
(`digest`, `unit`, `pick_h`), never from hash() or set iteration.
"""
from __future__ import annotations

import hashlib

MS = 1
SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR

# Day 1 = Tuesday 8 June 2027 00:00 UTC (= 01:00 in Casablanca, Algiers, Tunis: all UTC+1 in June).
DAY1 = 1812412800000
DAY2 = DAY1 + DAY
END = DAY1 + 2 * DAY
# atlas-3 goes live at 10:00 Casablanca time on day 1 = 09:00 UTC.
LAUNCH = DAY1 + 9 * HOUR
# Incident: atlas-2 inference cluster degraded on day 2, 13:20-13:55 UTC (14:20-14:55 local).
INCIDENT = (DAY2 + 13 * HOUR + 20 * MIN, DAY2 + 13 * HOUR + 55 * MIN)
# Launch overload: atlas-3 capacity saturates for ~100 minutes after the announcement.
OVERLOAD = (LAUNCH, LAUNCH + 100 * MIN)

# UTC offsets in hours for June 2027 (Morocco: UTC+1 permanent except Ramadan, which in
# 2027 ran roughly 8 Feb - 9 Mar; Algeria/Tunisia UTC+1 all year; France/Belgium/Spain CEST
# UTC+2; Quebec EDT UTC-4).
TZ = {"MA": 1, "DZ": 1, "TN": 1, "FR": 2, "BE": 2, "ES": 2, "CA": -4, "US": -4, "GB": 1, "DE": 2, "NL": 2,
      "AE": 4, "SG": 8, "IE": 1}

MODELS = {
    # name: (kind, launch_ms or None, verbosity multiplier, tokens/s, first-token latency ms)
    "atlas-2": ("main", None, 1.0, 70, 420),
    "atlas-2-lite": ("lite", None, 0.7, 140, 220),
    "atlas-3": ("reasoning", LAUNCH, 2.6, 55, 1400),
    "atlas-1.5": ("legacy", None, 0.9, 60, 500),
    "atlas-embed-2": ("embed", None, 0.0, 0, 60),
}
ENDPOINTS = {
    "chat": "/v1/chat/completions",
    "completions": "/v1/completions",
    "embed": "/v1/embeddings",
    "responses": "/v1/responses",
}

# Tier: (requests per minute, requests per UTC day quota or None, models allowed)
TIERS = {
    "free": (6, 60, ("atlas-2-lite", "atlas-embed-2")),
    "plus": (30, None, ("atlas-2", "atlas-2-lite", "atlas-3", "atlas-1.5", "atlas-embed-2")),
    "pro": (120, None, ("atlas-2", "atlas-2-lite", "atlas-3", "atlas-1.5", "atlas-embed-2")),
    "enterprise": (1200, None, ("atlas-2", "atlas-2-lite", "atlas-3", "atlas-1.5", "atlas-embed-2")),
}

# Completion-token medians per kind of task on atlas-2 (scaled by model verbosity).
TASK_VERBOSITY = {
    "chat": 170, "qa": 90, "math": 330, "math_cot": 560, "code": 380, "code_agent": 520, "philo": 720,
    "translate": 0, "summarise": 160, "exercise_gen": 900, "support": 110, "classify": 12, "judge": 260,
    "rewrite": 0, "tool": 140, "creative": 420, "health": 8, "embed": 0,
}


def digest(*parts: object, size: int = 16) -> bytes:
    h = hashlib.blake2b(digest_size=size, person=b"atlas-h48")
    h.update("\x1f".join(str(p) for p in parts).encode())
    return h.digest()


def hexid(*parts: object, n: int = 12) -> str:
    return digest(*parts, size=max(8, (n + 1) // 2)).hex()[:n]


def unit(*parts: object) -> float:
    """Deterministic float in [0, 1) from a blake2b digest."""
    return int.from_bytes(digest(*parts, size=8), "big") / 2 ** 64


def pick_h(seq: list | tuple, *parts: object):
    return seq[int(unit(*parts) * len(seq))]


def local_hour(ts: int, country: str) -> float:
    return ((ts // 1000 / 3600.0) + TZ.get(country, 0)) % 24


def est_tokens(text: str | None) -> int:
    """Rough tokenizer: Latin ~4 chars/token, Arabic/Tifinagh script ~2.4 chars/token."""
    if not text:
        return 0
    non_latin = 0
    for ch in text[:4000]:
        if ord(ch) > 0x36F:
            non_latin += 1
    frac = non_latin / max(1, min(len(text), 4000))
    per = 4.0 * (1 - frac) + 2.4 * frac
    return max(1, int(len(text) / per) + 3)
