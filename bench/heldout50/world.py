"""The invented world: Lince Labs, an LLM API provider in Madrid and Lisbon.

Window: Tuesday 2027-06-01 00:00Z .. Thursday 2027-06-03 00:00Z (see README).
Everything here is plain data plus tiny helpers; no randomness at import time.
"""
from __future__ import annotations

import random

T0 = 1_811_808_000_000            # 2027-06-01T00:00:00Z in epoch ms (a Tuesday)
HOUR = 3_600_000
DAY = 24 * HOUR
LAUNCH = T0 + 14 * HOUR           # lince-3 launch: 16:00 CEST Madrid / 15:00 WEST Lisbon

# country code -> (UTC offset in hours during the window, weighted languages)
COUNTRIES = {
    "ES": (2, [("es", 70), ("ca", 15), ("gl", 6), ("eu", 4), ("en", 5)]),
    "IC": (1, [("es", 95), ("en", 5)]),                 # Canarias (ES, one hour behind)
    "PT": (1, [("pt-PT", 88), ("en", 8), ("es", 4)]),
    "AZ": (0, [("pt-PT", 100)]),                        # Azores
    "MX": (-6, [("es-MX", 92), ("en", 8)]),
    "AR": (-3, [("es-AR", 94), ("en", 6)]),
    "CO": (-5, [("es-CO", 94), ("en", 6)]),
    "AO": (1, [("pt-AO", 96), ("en", 4)]),
    "MZ": (2, [("pt-MZ", 92), ("en", 8)]),
    "CV": (-1, [("pt-CV", 100)]),
}
CONSUMER_MIX = [("ES", 40), ("IC", 3), ("PT", 19), ("AZ", 1), ("MX", 13), ("AR", 8),
                ("CO", 8), ("AO", 4), ("MZ", 3), ("CV", 1)]

MODELS_OLD = ["lince-2-mini", "lince-2", "lince-2-pro"]
MODEL_NEW = "lince-3"
MODEL_NEW_MINI = "lince-3-mini"
MODEL_EMBED = "lince-embed-2"
MODEL_CODE = "lince-code-2"
EP_CHAT = "/v1/chat/completions"
EP_RESP = "/v1/responses"
EP_EMBED = "/v1/embeddings"
EP_LEGACY = "/v1/completions"

# local-hour weights (0..23)
PROFILES = {
    "consumer": [3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 9, 9, 8, 7, 7, 8, 9, 10, 10, 10, 8, 5],
    "office":   [1, 0, 0, 0, 0, 0, 1, 3, 8, 10, 10, 10, 9, 7, 5, 7, 9, 9, 7, 4, 2, 2, 1, 1],
    "student":  [5, 3, 1, 0, 0, 0, 1, 3, 6, 7, 6, 6, 6, 5, 5, 7, 9, 10, 10, 10, 10, 10, 9, 7],
    "flat":     [8, 8, 8, 8, 8, 8, 9, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 9, 9, 8, 8],
    "night":    [10, 10, 10, 10, 9, 8, 5, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 6, 8, 9],
    "evening":  [4, 2, 1, 0, 0, 0, 0, 1, 2, 3, 3, 4, 4, 4, 4, 4, 5, 6, 8, 10, 10, 10, 9, 7],
}


def rng_for(seed: int, *parts: str) -> random.Random:
    """Independent deterministic stream per (seed, name). str seeds use SHA-512 in CPython."""
    return random.Random(f"{seed}|" + "|".join(parts))


def hexid(rng: random.Random, bits: int = 48) -> str:
    return format(rng.getrandbits(bits), "0%dx" % (bits // 4))


def wpick(rng: random.Random, pairs):
    """Weighted choice from [(value, weight), ...]."""
    total = 0
    for _, w in pairs:
        total += w
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def local_hour(ms: int, off: int) -> int:
    return ((ms // HOUR) + off) % 24


def sample_time(rng: random.Random, day: int, off: int, profile: str, lo: int | None = None) -> int:
    """One UTC ms in UTC-day `day` whose local hour follows the profile (rejection sampling)."""
    w = PROFILES[profile]
    mx = max(w)
    start = T0 + day * DAY
    if lo is not None and lo > start:
        start = lo
    end = T0 + (day + 1) * DAY
    if start >= end:
        return -1
    for _ in range(200):
        t = rng.randrange(start, end)
        if rng.random() * mx < w[local_hour(t, off)]:
            return t
    return rng.randrange(start, end)


def session_times(rng, n, day, off, profile, gap_s=(20, 240), per=(1, 6), lo=None):
    """n event times grouped into sessions; gaps inside a session in seconds."""
    out = []
    while len(out) < n:
        t = sample_time(rng, day, off, profile, lo)
        if t < 0:
            break
        k = min(rng.randint(per[0], per[1]), n - len(out))
        for _ in range(k):
            out.append(t)
            t += int(rng.uniform(gap_s[0], gap_s[1]) * 1000)
    end = T0 + (day + 1) * DAY
    return sorted(x for x in out if x < end)


def poisson_count(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, int(round(rng.gauss(mean, mean ** 0.5))))
    # Knuth
    import math
    L, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


class Account:
    __slots__ = ("id", "population", "campaign", "label", "country", "lang", "off", "created",
                 "org", "payment", "keys", "ip", "ip6", "asn", "ua", "device", "model", "extra")

    def __init__(self, **kw):
        for s in self.__slots__:
            setattr(self, s, kw.get(s))
        if self.extra is None:
            self.extra = {}


def tokens(text: str | None) -> int:
    if not text:
        return 0
    # ~3.6 characters per token for Iberian languages / code mixes
    return (len(text) * 10 + 35) // 36
