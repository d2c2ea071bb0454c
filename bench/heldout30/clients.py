"""Client software: user agents and device ids.

`device_id` is what the gateway could fingerprint. For SDKs and browsers it is a
JA4-style TLS fingerprint, identical for everyone on the same client stack (so a
popular stack is shared by thousands of unrelated users). The Ubuntu Cloud AI
mobile app instead reports its per-install id (Android ID / iOS IDFV).
"""
from __future__ import annotations

import hashlib
import random
import uuid


def _h(text: str, n: int) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()[:n]


def ja4(stack: str, proto: str = "t13d1516h2") -> str:
    return f"{proto}_{_h(stack + '/c', 12)}_{_h(stack + '/e', 12)}"


# stack name -> (user agent, TLS protocol prefix)
STACKS = {
    "chrome_win": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "t13d1516h2"),
    "chrome_android": ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36", "t13d1516h2"),
    "safari_ios": ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "t13d2014h2"),
    "edge_win": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70", "t13d1516h2"),
    "chromeos": ("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36", "t13d1516h2"),
    "firefox_linux": ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "t13d1715h2"),
    "py_sdk": ("ubuntu-ai-python/1.8.2 httpx/0.27.2 CPython/3.12.7", "t13d1812h2"),
    "py_sdk_old": ("ubuntu-ai-python/1.4.0 httpx/0.25.1 CPython/3.10.12", "t13d1812h2"),
    "openai_compat": ("OpenAI/Python 1.54.4", "t13d1812h2"),
    "node_sdk": ("ubuntu-ai-node/2.3.0 node/20.18.0", "t13d1712h2"),
    "requests": ("python-requests/2.32.3", "t13d1811h1"),
    "curl": ("curl/8.5.0", "t13d3112h2"),
    "go_http": ("Go-http-client/2.0", "t13d1310h2"),
    "okhttp": ("okhttp/4.12.0", "t13d1614h2"),
    "java_corp": ("Apache-HttpClient/5.3.1 (Java/17.0.12)", "t13d1413h1"),
    "dotnet": ("Microsoft.Extensions.AI/9.0.1 (.NET 8.0.11; Windows)", "t13d1213h2"),
    "langchain": ("langchain-ubuntu/0.3.4 ubuntu-ai-python/1.8.2", "t13d1812h2"),
    "vscode_ext": ("UbuntuCode-VSCode/0.14.1 (vscode 1.95.3; win32)", "t13d1716h2"),
    "uptime_kuma": ("Uptime-Kuma/1.23.15", "t13d1310h2"),
    "betteruptime": ("Better Stack Bot (+https://betterstack.com/bot)", "t13d1310h2"),
    "zapier": ("Zapier", "t13d1812h1"),
}


def stack(name: str) -> tuple[str, str]:
    """(user_agent, device_id) for a browser/SDK stack."""
    ua, proto = STACKS[name]
    return ua, ja4(name, proto)


# Phones common in South Africa, for the mobile app's user agent.
PHONES = [("Android 13", "SM-A145F", 18), ("Android 14", "SM-A155F", 14), ("Android 12", "SM-A035F", 10),
          ("Android 13", "Redmi Note 12", 8), ("Android 14", "SM-A256E", 8), ("Android 11", "Mobicel HYPE X", 4),
          ("Android 13", "HONOR X6a", 6), ("Android 12", "Hisense Infinity H50", 4), ("iOS 18.1", "iPhone13,2", 12),
          ("iOS 17.6", "iPhone12,1", 10), ("iOS 18.1", "iPhone15,4", 6)]
APP_VERSIONS = [("3.4.1", 60), ("3.4.0", 25), ("3.3.7", 15)]


def mobile_app(rng: random.Random) -> tuple[str, str]:
    """(user_agent, per-install device id) for one install of the mobile app."""
    os_, model, _ = rng.choices(PHONES, [p[2] for p in PHONES])[0]
    ver = rng.choices([v for v, _ in APP_VERSIONS], [w for _, w in APP_VERSIONS])[0]
    ua = f"UbuntuCloudAI/{ver} ({os_}; {model})"
    if os_.startswith("iOS"):
        return ua, str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    return ua, f"{rng.getrandbits(64):016x}"


def browser(rng: random.Random, mobile: bool = False) -> tuple[str, str]:
    if mobile:
        return stack(rng.choices(["chrome_android", "safari_ios"], [70, 30])[0])
    return stack(rng.choices(["chrome_win", "edge_win", "firefox_linux", "safari_ios"], [60, 20, 8, 12])[0])


def sdk(rng: random.Random) -> tuple[str, str]:
    return stack(rng.choices(["py_sdk", "py_sdk_old", "openai_compat", "node_sdk", "requests", "go_http", "curl"],
                             [35, 10, 20, 15, 10, 5, 5])[0])
