"""Client software seen at the gateway: user agents and the TLS (JA4-style) fingerprint each
stack produces. Fingerprints belong to the TLS stack, not the person: every Chromium shares
one, every python-requests on OpenSSL 3 shares one. Also the model catalogue."""

from __future__ import annotations

import random

JA4 = {
    "chromium": "t13d1516h2_8daaf6152771_02713d6af862",
    "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
    "py-openssl3": "t13d1812h1_85036bcba153_b26ce05bbdd6",
    "py-openssl3-h2": "t13d1812h2_85036bcba153_375ca2c5e164",
    "py-openssl11": "t13d1712h1_5c4e2b7d3a10_b26ce05bbdd6",
    "node": "t13d1712h2_5b57614c22b0_e6bf0ac9fa24",
    "go": "t13d1311h2_e8f1e7e78f70_6bebaf5329ac",
    "curl": "t13d3112h2_e8f1e7e78f70_4e5d9d7e1cdf",
    "okhttp": "t13d1614h2_2c8e0a6f11d4_9c7b0e4f2a55",
    "ios-urlsession": "t13d2014h2_a09f3c656075_e42f34c56612",
    "dotnet": "t13d1611h2_3b5074b1b5d0_9f2e6c1a0b7d",
    "java": "t13d4312h2_76e208dd3e22_a3b7c1d4e5f6",
}

# name: (user agent, stack)
CLIENTS: dict[str, tuple[str, str]] = {
    "chrome-win": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "chromium"),
    "chrome-win-130": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36", "chromium"),
    "chrome-mac": ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "chromium"),
    "chrome-linux": ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "chromium"),
    "edge-win": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "chromium"),
    "chrome-android": ("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "chromium"),
    "firefox-win": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "firefox"),
    "firefox-linux": ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "firefox"),
    "safari-mac": ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "safari"),
    "safari-iphone": ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "safari"),
    "app-ios": ("Revontuli/3.12.0 (iPhone; iOS 18.1.1; Scale/3.00)", "ios-urlsession"),
    "app-android": ("Revontuli/3.11.4 (Android 15; Pixel 8)", "okhttp"),
    "openai-py": ("OpenAI/Python 1.55.3", "py-openssl3"),
    "openai-py-old": ("OpenAI/Python 1.35.13", "py-openssl11"),
    "openai-js": ("OpenAI/JS 4.73.1", "node"),
    "revontuli-py": ("revontuli-python/0.9.2 CPython/3.12.7", "py-openssl3"),
    "requests": ("python-requests/2.32.3", "py-openssl3"),
    "requests-old": ("python-requests/2.28.1", "py-openssl11"),
    "httpx": ("python-httpx/0.27.2", "py-openssl3-h2"),
    "aiohttp": ("Python/3.11 aiohttp/3.11.9", "py-openssl3"),
    "langchain": ("langchain-openai/0.2.10 OpenAI/Python 1.55.3", "py-openssl3"),
    "litellm": ("litellm/1.53.1", "py-openssl3"),
    "node-fetch": ("node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "node"),
    "axios": ("axios/1.7.8", "node"),
    "go": ("Go-http-client/2.0", "go"),
    "curl": ("curl/8.5.0", "curl"),
    "okhttp": ("okhttp/4.12.0", "okhttp"),
    "dotnet": ("Revontuli.NET/2.1.0 (.NET 8.0.11; Windows)", "dotnet"),
    "java": ("Java-http-client/21.0.5", "java"),
    "continue": ("Continue/0.8.61 (vscode 1.95.3)", "node"),
    "zed": ("Zed/0.165.4", "curl"),
    "jetbrains": ("JetBrains-AI/243.22562 (IntelliJ IDEA 2024.3)", "java"),
    "gp-nvim": ("curl/8.11.0", "curl"),
    "aider": ("aider/0.66.0 litellm/1.52.16", "py-openssl3"),
    "promptfoo": ("promptfoo/0.99.1 node/20.18.1", "node"),
    "lm-eval": ("lm-eval/0.4.5 OpenAI/Python 1.52.2", "py-openssl3"),
    "deskflow": ("DeskFlow-AI-Connector/5.2.1", "dotnet"),
    "empty": ("", "curl"),
}

BROWSERS = ["chrome-win", "chrome-win", "chrome-win", "chrome-mac", "edge-win", "firefox-win",
            "safari-mac", "chrome-win-130", "chrome-linux", "firefox-linux"]
PHONES = ["safari-iphone", "safari-iphone", "chrome-android", "app-ios", "app-android", "app-ios"]
SDKS = ["openai-py", "openai-py", "openai-py", "openai-js", "revontuli-py", "requests", "httpx",
        "langchain", "litellm", "aiohttp", "go", "curl", "axios", "openai-py-old", "dotnet", "java"]
EDITORS = ["continue", "continue", "zed", "jetbrains", "gp-nvim", "aider", "openai-py", "curl"]


class Client:
    """One installed client: user agent + fingerprint; app installs carry their own id."""

    __slots__ = ("name", "ua", "device", "web")

    def __init__(self, name: str, rng: random.Random | None = None):
        ua, stack = CLIENTS[name]
        self.name, self.ua = name, ua
        self.web = name.startswith(("chrome", "edge", "firefox", "safari", "app"))
        if name.startswith("app") and rng is not None:
            self.device = "inst_" + "".join(rng.choice("0123456789abcdef") for _ in range(20))
        else:
            self.device = JA4[stack]


def client(rng: random.Random, pool: list[str]) -> Client:
    return Client(pool[rng.randrange(len(pool))], rng)


MODELS_CHAT = ["aurora-2", "aurora-2", "aurora-2", "aurora-2-mini", "aurora-2-mini", "aurora-2-2026-09-15", "aurora-1.5"]
REASONER = "aurora-r1"
EMBED = "kaamos-embed-1"
TOK_PER_S = {"aurora-2": 85, "aurora-2-mini": 160, "aurora-2-2026-09-15": 85, "aurora-1.5": 60,
             "aurora-r1": 110, "aurora-2-latest": 85}


def chat_model(rng: random.Random, ts: int, release: int, r1_share: float = 0.0) -> str:
    if ts >= release and rng.random() < r1_share:
        return REASONER
    return MODELS_CHAT[rng.randrange(len(MODELS_CHAT))]
