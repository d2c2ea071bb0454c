"""Client software and devices: user agents and device ids.

device_id is "client or TLS fingerprint": the Atlas mobile apps send a per-install id
("and-…", "ios-…"); everything else is seen by its TLS (JA4-style) fingerprint, which is
shared by every user of the same browser build or HTTP library — a realistic source of
benign collisions.
"""
from __future__ import annotations

from .world import hexid


def ja4(client: str) -> str:
    d = hexid("ja4", client, n=26)
    cipher = 12 + int(d[0], 16) % 8
    return f"t13d{cipher:02d}{10 + int(d[1], 16) % 9}h2_{d[2:14]}_{d[14:26]}"


BROWSERS = [  # (ua, tls client)
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36", "chrome137"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36", "chrome136"),
    ("Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36", "chrome137a"),
    ("Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36", "chrome136a"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1", "safari18"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15", "safari18m"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:139.0) Gecko/20100101 Firefox/139.0", "firefox139"),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:139.0) Gecko/20100101 Firefox/139.0", "firefox139l"),
    ("Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A256B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36", "samsung27"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Safari/537.36 Edg/137.0.0.0", "edge137"),
]
BROWSER_W = [22, 8, 20, 10, 14, 6, 5, 3, 7, 5]

PHONES_ANDROID = ["SM-A155F", "SM-A256B", "Redmi Note 13", "Redmi 13C", "TECNO KI7", "Infinix X6833B", "itel A70",
                  "Pixel 7a", "SM-S921B", "OPPO A79", "vivo Y36", "HONOR X6b"]
PHONES_IOS = ["iPhone14,7", "iPhone15,2", "iPhone13,2", "iPhone16,1", "iPhone12,1"]

SDKS = {
    "atlas-python": ["atlas-python/1.9.0", "atlas-python/1.8.3", "atlas-python/1.9.1"],
    "atlas-node": ["atlas-node/2.4.1", "atlas-node/2.3.7"],
    "openai-compat": ["OpenAI/Python 1.86.0", "OpenAI/Python 1.84.2", "OpenAI/JS 5.1.0"],
    "langchain": ["langchain-atlas/0.3.4 atlas-python/1.9.0", "langchain-atlas/0.3.2 atlas-python/1.8.3"],
    "llamaindex": ["llama-index-llms-atlas/0.4.1 python-httpx/0.28.1"],
    "curl": ["curl/8.7.1", "curl/8.5.0", "curl/7.81.0"],
    "requests": ["python-requests/2.32.3", "python-requests/2.31.0"],
    "httpx": ["python-httpx/0.28.1", "python-httpx/0.27.2"],
    "aiohttp": ["Python/3.12 aiohttp/3.11.18", "Python/3.11 aiohttp/3.9.5"],
    "go": ["Go-http-client/2.0", "Go-http-client/1.1"],
    "okhttp": ["okhttp/4.12.0"],
    "axios": ["axios/1.9.0", "axios/1.7.9"],
    "atlascode": ["AtlasCode/0.14.2 (vscode 1.101.0; linux x64)", "AtlasCode/0.14.2 (vscode 1.101.0; darwin arm64)",
                  "AtlasCode/0.13.9 (vscode 1.100.2; win32 x64)"],
    "aider": ["aider/0.84.0 atlas-python/1.9.0"],
    "ci": ["atlas-eval-action/1.2.0 node/20.19.2", "gitlab-runner/17.11.0 atlas-python/1.9.0"],
    "wordpress": ["WordPress/6.8.1; AtlasWP/2.0.3"],
    "java": ["atlas-java/0.9.4 Java/21.0.7"],
}


def browser(rng) -> tuple[str, str]:
    ua, tls = rng.choices(BROWSERS, BROWSER_W)[0]
    return ja4(tls), ua


def mobile_app(rng, install_key: str, emulator: bool = False) -> tuple[str, str]:
    """Atlas Chat app: per-install id. Emulators report an sdk_gphone model."""
    if emulator:
        model, osv = rng.choice(["sdk_gphone64_x86_64", "sdk_gphone_x86", "Pixel 6 (emulator)"]), rng.choice([11, 12, 13])
        return f"and-{hexid('inst', install_key, n=16)}", f"AtlasChat/3.4.1 (Android {osv}; {model}) okhttp/4.12.0"
    if rng.random() < 0.7:
        model = rng.choice(PHONES_ANDROID)
        ver = rng.choice(["3.4.1", "3.4.1", "3.4.0", "3.3.8"])
        return (f"and-{hexid('inst', install_key, n=16)}",
                f"AtlasChat/{ver} (Android {rng.choice([12, 13, 14, 14, 15])}; {model}) okhttp/4.12.0")
    h = hexid("inst", install_key, n=32)
    model = rng.choice(PHONES_IOS)
    return (f"ios-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
            f"AtlasChat/3.4.1 ({model}; iOS {rng.choice(['18.5', '18.4.1', '17.7'])}) CFNetwork/3826 Darwin/24.5.0")


def sdk(rng, family: str) -> tuple[str, str]:
    ua = rng.choice(SDKS[family])
    return ja4(ua.split("/")[0] + ua.split("/")[1][:3]), ua


def personal_device(rng, key: str, app_share: float = 0.5) -> tuple[str, str]:
    """A person's own phone (app) or browser."""
    if rng.random() < app_share:
        return mobile_app(rng, key)
    return browser(rng)
