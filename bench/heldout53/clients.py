"""Client software: user agents, TLS (JA4-like) fingerprints per client library, device ids."""
from __future__ import annotations

import random

# (user agent, TLS fingerprint shared by every install of that library)
SDK = {
    "py": ("OpenAI/Python 1.68.2", "t13d1812h2_85036bcba153_375ca2c5e164"),
    "py_old": ("OpenAI/Python 1.40.6", "t13d1812h2_85036bcba153_375ca2c5e164"),
    "httpx": ("python-httpx/0.28.1", "t13d1812h2_85036bcba153_b26ce05bbdd6"),
    "requests": ("python-requests/2.32.3", "t13d1811h1_85036bcba153_b26ce05bbdd6"),
    "node": ("OpenAI/JS 4.86.1", "t13d1516h2_8daaf6152771_02713d6af862"),
    "go": ("Go-http-client/2.0", "t13d1312h2_f57a46bbacb6_ab7e3b40a677"),
    "java": ("okhttp/4.12.0", "t13d1713h2_5b57614c22b0_a71e5c2d1f80"),
    "curl": ("curl/8.5.0", "t13d3112h2_e8f1e7e78f70_4e1f0c4b7a8e"),
    "langchain": ("langchain-openai/0.3.9 OpenAI/Python 1.66.3", "t13d1812h2_85036bcba153_375ca2c5e164"),
    "newapi": ("new-api/v0.6.11", "t13d1312h2_f57a46bbacb6_ab7e3b40a677"),
    "oneapi": ("one-api/v0.6.10", "t13d1312h2_f57a46bbacb6_ab7e3b40a677"),
    "agent": ("long-code/1.4.3 (darwin; arm64) node/22.12.0", "t13d1516h2_8daaf6152771_02713d6af862"),
    "agent_win": ("long-code/1.4.3 (win32; x64) node/22.12.0", "t13d1516h2_8daaf6152771_02713d6af862"),
    "agent_old": ("long-code/1.3.9 (linux; x64) node/20.11.1", "t13d1516h2_8daaf6152771_02713d6af862"),
    "ide": ("LongAI-VSCode/0.9.27 vscode/1.98.0", "t13d1516h2_8daaf6152771_e5627efa2ab1"),
    "ide_jb": ("LongAI-JetBrains/0.7.2 IntelliJ/2025.1", "t13d1713h2_5b57614c22b0_a71e5c2d1f80"),
    "cherry": ("CherryStudio/1.2.4", "t13d1516h2_8daaf6152771_02713d6af862"),
    "chatbox": ("Chatbox/1.10.3 (Windows)", "t13d1516h2_8daaf6152771_02713d6af862"),
    "nonebot": ("aiohttp/3.11.13 nonebot2", "t13d1812h2_85036bcba153_4c5a1f3e9d21"),
}

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36 Edg/134.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0",
    "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Safari/537.36 QQBrowser/12.4",
]
MOBILE = [
    "LongAI/2.3.1 (Android 14; Xiaomi 14)", "LongAI/2.3.1 (Android 13; HONOR 90)", "LongAI/2.3.0 (Android 12; Redmi Note 11)",
    "LongAI/2.3.1 (iOS 18.3; iPhone15,2)", "LongAI/2.3.1 (iOS 17.6; iPhone14,5)", "LongAI/2.2.8 (Android 14; vivo X100)",
    "LongAI/2.3.1 (Android 14; OPPO Find X7)", "LongAI/2.3.1 (HarmonyOS 4.2; HUAWEI Mate 60)",
]
BROWSER_FP = ["t13d1516h2_8daaf6152771_e5627efa2ab1", "t13d1517h2_8daaf6152771_b0da82dd1658",
              "t13d2014h2_a09f3c656075_14788d8d241b"]


def device(rng: random.Random, prefix: str = "dev") -> str:
    return f"{prefix}_{rng.getrandbits(64):016x}"


def card(rng: random.Random) -> str:
    return f"pf_{rng.getrandbits(48):012x}"


def sdk(name: str) -> tuple[str, str]:
    return SDK[name]


def browser(rng: random.Random) -> tuple[str, str]:
    i = rng.randrange(len(BROWSERS))
    return BROWSERS[i], BROWSER_FP[i % len(BROWSER_FP)]


def mobile(rng: random.Random) -> tuple[str, str]:
    """Mobile app: UA names the phone, device id is a per-install id."""
    return rng.choice(MOBILE), device(rng, "inst")
