"""Clients: browser builds (everyone on one build shares its TLS fingerprint, which the gateway
sends as device_id), the official mobile app (an install id per install), and SDK / server
traffic (no device id)."""
from __future__ import annotations

import random

from .world import digest

BROWSERS = [
    ("Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.7049.79 Mobile Safari/537.36", "chrome135-android"),
    ("Mozilla/5.0 (Linux; Android 13; CPH2591) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.6998.135 Mobile Safari/537.36", "chrome134-android"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1", "safari18.4-ios"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36", "chrome135-win"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36", "chrome135-mac"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36 Edg/135.0.3179.54", "edge135-win"),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:137.0) Gecko/20100101 Firefox/137.0", "firefox137-linux"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15", "safari18.3-mac"),
]
MOBILE_BROWSERS = [0, 1, 2]
DESKTOP_BROWSERS = [3, 4, 5, 6, 7]

SDKS = [
    "naga-python/1.12.0", "naga-python/1.11.4", "naga-node/2.3.1", "OpenAI/Python 1.68.2",
    "langchain-naga/0.3.9", "curl/8.5.0", "python-requests/2.32.3", "Go-http-client/2.0",
]


def ja4(build: str) -> str:
    """A JA4-looking TLS fingerprint, identical for every client on the same build."""
    return f"t13d{1500 + int(digest('ja4a', build, n=2), 16) % 20}h2_{digest('ja4b', build, n=6)}_{digest('ja4c', build, n=6)}"


def browser(rng: random.Random, mobile: bool) -> tuple[str, str]:
    ua, build = BROWSERS[rng.choice(MOBILE_BROWSERS if mobile else DESKTOP_BROWSERS)]
    return ua, ja4(build)


def app(rng: random.Random, who: str) -> tuple[str, str]:
    """Official app: UA names the app build, device_id is the install id."""
    if rng.random() < 0.62:
        ua = f"NagaChat/3.4.{rng.choice([1, 1, 2])} (Android {rng.choice([12, 13, 14, 14, 15])}; okhttp/4.12.0)"
    else:
        ua = f"NagaChat/3.4.{rng.choice([1, 2])} (iOS {rng.choice(['17.6', '18.3', '18.4'])}; CFNetwork/1568)"
    return ua, "inst-" + digest("install", who, n=10)


def sdk(rng: random.Random, choices=None) -> tuple[str, None]:
    return rng.choice(choices or SDKS), None
