"""Shared habits of people in this world: where they live, which language they write in,
which model they pick, and how a person's sessions spread over the two days."""
from __future__ import annotations

import random

from .networks import LOCAL_CITIES, LOCAL_CITY_W
from .world import CHAT, LAUNCH, LITE, NEW, holiday_weights, sample_ts

LANG = {"TH": "th", "KH": "km", "LA": "lo"}


def local_city(rng: random.Random) -> str:
    return rng.choices(LOCAL_CITIES, weights=LOCAL_CITY_W)[0]


def lang_for(rng: random.Random, country: str, english: float = 0.2) -> str:
    if rng.random() < english or country not in LANG:
        return "en"
    return LANG[country]


def model_for(rng: random.Random, ts: int, tier: str, new_share: float = 0.35) -> str:
    """Free tier gets naga-lite-2; paid users default to naga-chat-2 and try naga-3 after launch."""
    if tier == "free":
        return LITE if rng.random() < 0.9 else CHAT
    if ts >= LAUNCH and rng.random() < new_share:
        return NEW
    return CHAT if rng.random() < 0.85 else LITE


def session_starts(rng: random.Random, n: int, profile: str, tz: float, country: str, work: bool = False,
                   day_w=None) -> list[int]:
    dw = day_w or holiday_weights(country, work)
    return sorted(sample_ts(rng, profile, tz, dw) for _ in range(n))


def n_sessions(rng: random.Random, mean: float) -> int:
    k = 1
    while rng.random() < 1 - 1 / mean and k < 12:
        k += 1
    return k
