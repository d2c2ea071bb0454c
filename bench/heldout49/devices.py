"""Clients: user agents and device ids (the gateway's client/TLS fingerprint,
stable per installation or host)."""
from __future__ import annotations

import random

from .world import hexid

PHONES = ["SM-A155F", "SM-A057F", "SM-A256E", "Redmi Note 14", "Infinix X6853", "TECNO KJ7", "vivo Y29",
          "OPPO A3x", "realme C75", "Pixel 8a", "SM-S921B", "itel A80", "Redmi 14C", "Nokia C32"]
UA = {
    "py_sdk": lambda r: "dariya-python/%s" % r.choice(["1.9.2", "1.10.0", "1.11.3", "2.0.0b2"]),
    "oai_py": lambda r: "OpenAI/Python %s" % r.choice(["2.4.1", "2.6.0", "2.8.3", "1.109.1"]),
    "node_sdk": lambda r: "dariya-node/%s" % r.choice(["1.4.0", "1.5.2", "1.6.1"]),
    "oai_js": lambda r: "OpenAI/JS %s" % r.choice(["5.12.0", "5.20.1", "6.1.0"]),
    "requests": lambda r: "python-requests/%s" % r.choice(["2.32.3", "2.32.4", "2.33.0"]),
    "httpx": lambda r: "python-httpx/%s" % r.choice(["0.28.1", "0.28.2", "1.0.0"]),
    "aiohttp": lambda r: "Python/3.%d aiohttp/3.%d.%d" % (r.choice([11, 12, 13]), r.choice([11, 12]), r.randrange(6)),
    "curl": lambda r: "curl/%s" % r.choice(["8.5.0", "8.12.1", "8.14.0"]),
    "okhttp": lambda r: "okhttp/%s" % r.choice(["4.12.0", "5.0.0", "5.1.0"]),
    "dart": lambda r: "Dart/%s (dart:io)" % r.choice(["3.6", "3.7", "3.8"]),
    "go": lambda r: "Go-http-client/2.0",
    "axios": lambda r: "axios/%s" % r.choice(["1.8.4", "1.9.0", "1.10.0"]),
    "postman": lambda r: "PostmanRuntime/%s" % r.choice(["7.43.0", "7.44.1"]),
    "langchain": lambda r: "langchain-dariya/%s" % r.choice(["0.3.4", "0.4.0"]),
    "agent": lambda r: r.choice(["aider/0.91.2", "roo-code/4.2.0", "continue/1.3.8", "cline/3.31.0",
                                  "dariya-code-cli/0.14.2", "opencode/1.2.7"]),
    "android": lambda r: ("Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/14%d.0.0.0 Mobile Safari/537.36" % (r.choice([13, 14, 15, 16]), r.choice(PHONES), r.randrange(0, 6))),
    "desktop": lambda r: r.choice([
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/14%d.0.0.0 Safari/537.36" % r.randrange(6),
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.%d Safari/605.1.15" % r.randrange(4),
        "Mozilla/5.0 (X11; Linux x86_64; rv:14%d.0) Gecko/20100101 Firefox/14%d.0" % (r.randrange(5), r.randrange(5))]),
    "dariya_app": lambda r: "DariyaChat/%s (Android %d; %s)" % (r.choice(["4.1.0", "4.1.2", "4.2.0"]), r.choice([13, 14, 15]), r.choice(PHONES)),
    "ios_app": lambda r: "%s/%d.%d (iPhone; iOS 19.%d)" % (r.choice(["Sawal", "PadhLo", "ShikkhaBondhu"]), r.randrange(1, 5), r.randrange(10), r.randrange(4)),
}
SERVER = ["py_sdk", "oai_py", "node_sdk", "oai_js", "httpx", "aiohttp", "go", "axios", "langchain"]
SCRIPT = ["requests", "py_sdk", "oai_py", "curl", "httpx", "postman"]
MOBILE_UA = ["dariya_app", "dariya_app", "dariya_app", "okhttp", "dart", "android", "android", "ios_app"]
DESK = ["desktop", "desktop", "desktop", "py_sdk", "oai_py", "postman"]


def device(rng: random.Random) -> str:
    return "dv_" + hexid(rng, 20)


def client(rng: random.Random, families=SCRIPT) -> tuple:
    """A fresh installation: (user_agent, device_id)."""
    return UA[rng.choice(families)](rng), device(rng)


def ua(rng: random.Random, families=SCRIPT) -> str:
    return UA[rng.choice(families)](rng)
