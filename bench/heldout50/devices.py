"""User agents and client / TLS fingerprints (device_id)."""
from __future__ import annotations

import hashlib

SDK_UA = [
    ("lince-python/2.4.0 CPython/3.12.3", 30), ("lince-python/2.3.1 CPython/3.11.9", 14),
    ("lince-node/1.9.2 node/22.4.0", 14), ("OpenAI/Python 1.82.0", 16), ("OpenAI/JS 5.3.0", 7),
    ("litellm/1.74.2", 5), ("langchain-lince/0.6.1", 5), ("python-httpx/0.28.1", 4),
    ("curl/8.5.0", 2), ("Go-http-client/2.0", 3),
]
BROWSER_UA = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Safari/537.36", 30),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/20.1 Safari/605.1.15", 12),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0", 6),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/148.0.0.0 Safari/537.36 Edg/148.0.0.0", 8),
]
MOBILE_UA = [
    ("LinceApp/5.12.0 (iPhone; iOS 20.5; Scale/3.00)", 35), ("LinceApp/5.12.0 (Android 16; SM-S931B)", 30),
    ("LinceApp/5.11.3 (Android 15; moto g85)", 15), ("LinceApp/5.12.0 (Android 16; Redmi Note 14)", 15),
    ("LinceApp/5.10.8 (iPhone; iOS 19.6; Scale/2.00)", 5),
]
AGENT_UA = {
    "cli": "lince-code/0.41.2 (linux; x64) node/22.4.0",
    "ide": "Tabulae-IDE/2.7.1 lince-node/1.9.2",
    "cont": "continue-vscode/1.3.9 OpenAI/JS 5.3.0",
}


def fp(*parts: str) -> str:
    """JA4-like TLS fingerprint string, stable per client build."""
    h = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return f"t13d{15 + int(h[0], 16) % 4}{10 + int(h[1], 16) % 6}h2_{h[2:14]}_{h[14:26]}"


def install_id(rng) -> str:
    return "dev_" + format(rng.getrandbits(64), "016x")


def sdk_fingerprint(ua: str) -> str:
    # every client of the same SDK build presents the same TLS hello: shared across accounts
    return fp("sdk", ua.split(" ")[0])
