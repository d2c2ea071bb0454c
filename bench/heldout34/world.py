"""Clock, cities, daily cycles, models, clients: the fixed facts of the Harbour world."""
from __future__ import annotations

import random

HOUR_MS = 3_600_000
DAY_MS = 86_400_000
# Day 1 starts at 00:00 AEDT on 23 Feb 2027 = 2027-02-22T13:00:00Z.
START_MS = 1_803_301_200_000
LAUNCH_MS = START_MS + 10 * HOUR_MS  # harbour-3 goes live at 10:00 AEDT on day 1

# UTC offsets in February (daylight saving in Sydney, Melbourne and Auckland).
CITY_TZ = {"sydney": 11, "melbourne": 11, "brisbane": 10, "perth": 8, "auckland": 13}
CITY_GW = {"sydney": "syd-a", "melbourne": "mel-a", "brisbane": "syd-b", "perth": "per-a", "auckland": "akl-a"}

# Relative request weight per local hour (0..23).
PROFILES = {
    "consumer": [3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 9, 9, 8, 8, 9, 10, 11, 13, 14, 13, 10, 6],
    "office": [1, 0, 0, 0, 0, 1, 1, 3, 9, 14, 15, 14, 10, 13, 14, 13, 11, 6, 3, 2, 2, 2, 1, 1],
    "student": [7, 4, 2, 1, 0, 0, 1, 2, 4, 7, 10, 11, 10, 11, 11, 10, 9, 9, 10, 12, 13, 14, 13, 10],
    "night": [9, 8, 6, 4, 2, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 6, 6, 7, 8, 9, 10, 11, 12, 11],
    "fifo": [1, 1, 1, 1, 3, 6, 4, 1, 1, 1, 1, 2, 3, 2, 1, 1, 1, 3, 9, 13, 14, 12, 8, 3],
    "flat": [6, 6, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6],
    "dev": [3, 2, 1, 0, 0, 0, 1, 2, 6, 11, 13, 13, 10, 12, 13, 13, 12, 9, 7, 7, 8, 8, 6, 4],
}

OLD_MODELS = ["harbour-2.5", "harbour-2.5-mini", "harbour-2"]
NEW_MODEL = "harbour-3"
EMBED_MODEL = "harbour-embed-2"

EP_CHAT = "/v1/chat/completions"
EP_RESP = "/v1/responses"
EP_LEGACY = "/v1/completions"
EP_EMBED = "/v1/embeddings"
EP_APP = "/app/chat"

# Requests per minute per API key, and harbour-3 requests per Sydney day on the free tier.
TIER_RPM = {"free": 10, "t1": 60, "t2": 300, "t3": 3000, "ent": 10000}
FREE_H3_PER_DAY = 30

BROWSER_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/144.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/144.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.2 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:147.0) Gecko/20100101 Firefox/147.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/144.0.0.0 Safari/537.36 Edg/144.0.0.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36",
]
MOBILE_UA = [
    "HarbourApp/4.2.1 (iPhone; iOS 19.3; Scale/3.00)",
    "HarbourApp/4.2.1 (iPhone; iOS 19.2; Scale/3.00)",
    "HarbourApp/4.2.0 (Android 16; SM-S931B)",
    "HarbourApp/4.2.1 (Android 16; Pixel 10)",
    "HarbourApp/4.1.7 (Android 15; CPH2581)",
]
SDK_UA = [
    "harbour-python/2.3.1 (CPython 3.12.8; Linux)",
    "harbour-python/2.3.1 (CPython 3.13.2; Darwin)",
    "harbour-python/2.2.0 (CPython 3.11.11; Linux)",
    "harbour-node/5.1.0 (Node 22.14.0; linux)",
    "harbour-node/5.0.3 (Node 20.19.0; darwin)",
    "python-requests/2.32.3",
    "curl/8.11.1",
    "Go-http-client/2.0",
    "langchain-harbour/0.4.2 harbour-python/2.3.1",
]
# TLS client fingerprints (JA4-style) reported as device_id for API traffic: shared by every
# client built on the same library, so they link unrelated customers.
JA4 = {
    "harbour-python": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "harbour-node": "t13d1516h2_8daaf6152771_9b887d9acb53",
    "python-requests": "t13d1812h1_85036bcba153_b26ce05bbdd6",
    "curl": "t13d3112h2_e8f1e7e78f70_6bebaf5329ac",
    "Go-http-client": "t13d1312h2_f57a46bbacb6_ab7e3b40a677",
    "langchain-harbour": "t13d1715h2_5b57614c22b0_3d5424432f57",
}


def ja4_for(ua: str) -> str:
    return JA4.get(ua.split("/", 1)[0], "t13d1516h2_8daaf6152771_02713d6af862")


def local_midnight(day: int, city: str) -> int:
    return START_MS + day * DAY_MS - (CITY_TZ[city] - 11) * HOUR_MS


def sample_time(r: random.Random, city: str, profile: str, days: int, day: int | None = None,
                not_before: int = START_MS) -> int:
    """One event time in [START, START+days) drawn from the city's local daily cycle."""
    weights = PROFILES[profile]
    end = START_MS + days * DAY_MS
    lo = max(START_MS, not_before)
    if lo >= end:
        return end - 1
    first = 0 if day is not None else max(0, (lo - START_MS) // DAY_MS - 1)
    for _ in range(60):
        d = r.randrange(first, days + 1) if day is None else day
        h = r.choices(range(24), weights)[0]
        t = local_midnight(d, city) + h * HOUR_MS + r.randrange(HOUR_MS)
        if lo <= t < end:
            return t
    return lo + r.randrange(end - lo)


def end_ms(days: int) -> int:
    return START_MS + days * DAY_MS
