"""Client stacks: user agents, and the gateway's client fingerprint.

For API traffic the gateway's `device_id` is a JA4-style TLS fingerprint, which
every client on the same TLS stack shares (all httpx/OpenSSL 3 Python clients
look alike). First-party clients (the web console and the Ghaym mobile app)
send an install/browser id instead (`dev_...`, made by World.device()).
"""
from __future__ import annotations

import hashlib
import random

# family -> (JA4 prefix, user-agent strings)
STACKS = {
    "py_openai": ("t13d1812h2", ["OpenAI/Python 1.59.7", "OpenAI/Python 1.61.0", "OpenAI/Python 1.63.2",
                                 "OpenAI/Python 1.58.1", "OpenAI/Python 1.65.4", "OpenAI/Python 1.54.4"]),
    "py_ghaym": ("t13d1812h2", ["ghaym-python/2.3.1", "ghaym-python/2.4.0", "ghaym-python/2.2.7"]),
    "node_openai": ("t13d1713h2", ["OpenAI/JS 4.85.1", "OpenAI/JS 4.77.0", "OpenAI/JS 4.80.1"]),
    "requests": ("t13d1812h1", ["python-requests/2.32.3", "python-requests/2.31.0"]),
    "aiohttp": ("t13d1812h1", ["Python/3.11 aiohttp/3.10.11", "Python/3.12 aiohttp/3.11.12"]),
    "axios": ("t13d1713h1", ["axios/1.7.9", "axios/1.8.1"]),
    "go": ("t13d1311h2", ["Go-http-client/2.0", "Go-http-client/1.1"]),
    "curl": ("t13d3112h2", ["curl/8.5.0", "curl/7.81.0", "curl/8.11.1"]),
    "postman": ("t13d1713h1", ["PostmanRuntime/7.43.0", "PostmanRuntime/7.42.0"]),
    "java": ("t13d1110h2", ["ghaym-java/1.4.0 Java/17.0.12", "okhttp/4.12.0"]),
    "dart": ("t13d1510h2", ["Dart/3.6 (dart:io)", "Dart/3.5 (dart:io)"]),
    "dotnet": ("t13d1409h2", ["ghaym-dotnet/0.9.3 (.NET 8.0)", "OpenAI/1.0 (.NET 8.0.11; Microsoft Windows)"]),
    "langchain": ("t13d1812h2", ["langchain-openai/0.3.7 OpenAI/Python 1.63.2", "langchain-openai/0.2.14 OpenAI/Python 1.58.1"]),
    "llamaindex": ("t13d1812h2", ["llama-index-llms-openai/0.3.25 OpenAI/Python 1.61.0"]),
    "crewai": ("t13d1812h2", ["CrewAI/0.102.0 litellm/1.60.2", "CrewAI/0.95.0 litellm/1.57.4"]),
    "autogen": ("t13d1812h2", ["autogen-ext/0.4.7 OpenAI/Python 1.61.0"]),
    "n8n": ("t13d1713h2", ["n8n/1.78.1 (+https://n8n.io)", "n8n/1.80.3 (+https://n8n.io)"]),
    "litellm": ("t13d1812h2", ["litellm/1.63.2", "LiteLLM-Proxy/1.61.9"]),
    "oneapi": ("t13d1311h2", ["one-api/v0.6.11", "new-api/v0.5.1"]),
    "lm_eval": ("t13d1812h2", ["lm-eval/0.4.7 OpenAI/Python 1.59.7", "lighteval/0.8.1 litellm/1.60.2"]),
    "promptfoo": ("t13d1713h2", ["promptfoo/0.105.2 (node)", "promptfoo/0.107.0 (node)"]),
    "continue": ("t13d1713h2", ["Continue/0.9.251 (vscode; node 20.18.1)", "Continue/1.0.4 (vscode; node 20.18.1)",
                                "Continue/0.8.66 (jetbrains)"]),
    "cline": ("t13d1713h2", ["Cline/3.4.1 (vscode)", "Roo-Code/3.7.2 (vscode)"]),
    "gh_actions": ("t13d1812h1", ["python-requests/2.32.3 (github-actions)", "pr-reviewer-action/2.1.0 node/20"]),
    "cat_tool": ("t13d1409h2", ["MateCat-AI-Connector/2.3", "memoQ-MT-Plugin/10.5 (.NET 8.0)"]),
}

BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36", 30),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36", 10),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36", 10),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15", 9),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0", 7),
    ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36", 16),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1", 12),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0", 3),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0", 3),
]

ANDROID_MODELS = ["SM-A546E", "SM-A155F", "SM-S918B", "Redmi Note 13", "23129RAA4G", "CPH2591", "V2250",
                  "TECNO KI7", "Infinix X6833B", "SM-A057F", "RMX3834", "2201117TG", "M2101K6G", "SM-A256E"]
IOS = ["iOS 18.3.1", "iOS 18.3", "iOS 18.2.1", "iOS 17.7.2"]
APP_VERSIONS = ["4.12.0", "4.12.0", "4.12.0", "4.11.2", "4.10.5"]


def ja4(family: str, variant: int = 0) -> str:
    prefix = STACKS[family][0] if family in STACKS else "t13d1516h2"
    a = hashlib.sha256(f"c|{prefix}|{family.split('_')[0]}".encode()).hexdigest()[:12]
    b = hashlib.sha256(f"e|{family}|{variant}".encode()).hexdigest()[:12]
    return f"{prefix}_{a}_{b}"


class Client:
    """A client stack as seen by the gateway: user agent + device/TLS fingerprint."""
    __slots__ = ("ua", "device", "web")

    def __init__(self, ua: str, device: str, web: bool = False):
        self.ua, self.device, self.web = ua, device, web


def api_client(family: str, rng: random.Random, ua: str | None = None) -> Client:
    uas = STACKS[family][1]
    return Client(ua or rng.choice(uas), ja4(family, rng.randrange(2)))


def browser(world, rng: random.Random) -> Client:
    ua = _weighted(BROWSERS, rng)
    return Client(ua, world.device(), web=True)


def mobile_app(world, rng: random.Random, android: bool | None = None, model: str | None = None) -> Client:
    ver = rng.choice(APP_VERSIONS)
    android = rng.random() < 0.62 if android is None else android
    if android:
        if model is None and rng.random() < 0.01:
            model = "sdk_gphone64_x86_64"  # app developers testing on an emulator
        ua = f"GhaymChat/{ver} (Android {rng.choice([11, 12, 13, 13, 14, 14, 14, 15])}; {model or rng.choice(ANDROID_MODELS)}) okhttp/4.12.0"
    else:
        ua = f"GhaymChat/{ver} (com.ghaym.chat; build:{ver.replace('.', '')}0; {rng.choice(IOS)}) Alamofire/5.9.1"
    return Client(ua, world.device(), web=True)


def first_party(world, rng: random.Random, app_share: float = 0.45) -> Client:
    return mobile_app(world, rng) if rng.random() < app_share else browser(world, rng)


def _weighted(items, rng):
    total = sum(w for _, w in items)
    x = rng.random() * total
    for it, w in items:
        x -= w
        if x < 0:
            return it
    return items[-1][0]
