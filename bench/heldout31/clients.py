"""Client stacks: user agent + what the gateway puts in device_id.

Browsers and SDKs get a JA4-style TLS fingerprint that everybody on that stack
shares (so a fingerprint alone identifies software, not people). The mobile
app reports a per-install id instead. A TLS-inspecting corporate proxy
re-terminates TLS, so everyone behind it shows the proxy's fingerprint.
"""
from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Stack:
    name: str
    uas: tuple[str, ...]          # one is picked per account (versions differ)
    ja4: str | None               # shared TLS fingerprint, or None for per-install ids
    per_request_ua: bool = False  # kits that shuffle the UA on every request


_CH = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
_CM = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
_SF = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15"
_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS {v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{w} Mobile/15E148 Safari/604.1"
_ED = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"
_FF = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
_AND_CH = "Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36"

STACKS: dict[str, Stack] = {
    "chrome_win": Stack("chrome_win", tuple(_CH.format(v=v) for v in (142, 143, 144)), "t13d1516h2_8daaf6152771_d8a2da3f94cd"),
    "chrome_mac": Stack("chrome_mac", tuple(_CM.format(v=v) for v in (143, 144)), "t13d1516h2_8daaf6152771_d8a2da3f94cd"),
    "edge_win": Stack("edge_win", tuple(_ED.format(v=v) for v in (143, 144)), "t13d1516h2_8daaf6152771_d8a2da3f94cd"),
    "safari_mac": Stack("safari_mac", tuple(_SF.format(v=v) for v in ("18.2", "18.3", "26.1")), "t13d2014h2_a09f3c656075_14788d8d241b"),
    "safari_ios": Stack("safari_ios", tuple(_IOS.format(v=v, w=w) for v, w in (("18_2", "18.2"), ("18_3", "18.3"), ("26_1", "26.1"))), "t13d2014h2_a09f3c656075_14788d8d241b"),
    "firefox": Stack("firefox", tuple(_FF.format(v=v) for v in (133, 134)), "t13d1717h2_5b57614c22b0_3cbfd9057e0d"),
    "chrome_android": Stack("chrome_android", tuple(_AND_CH.format(v=v) for v in (143, 144)), "t13d1516h2_8daaf6152771_d8a2da3f94cd"),
    "py_openai": Stack("py_openai", ("OpenAI/Python 1.82.0", "OpenAI/Python 1.86.1", "OpenAI/Python 2.3.0"), "t13d1812h1_85036bcba153_b26ce05bbdd6"),
    "node_openai": Stack("node_openai", ("OpenAI/JS 5.8.2", "OpenAI/JS 5.12.0"), "t13d1713h2_5b57614c22b0_748f4c70de1c"),
    "httpx": Stack("httpx", ("python-httpx/0.28.1",), "t13d1812h1_85036bcba153_b26ce05bbdd6"),
    "requests": Stack("requests", ("python-requests/2.32.3",), "t13d1812h1_85036bcba153_375ca2c5e164"),
    "go_http": Stack("go_http", ("Go-http-client/2.0",), "t13d1311h2_f57a46bbacb6_e7c285222651"),
    "curl": Stack("curl", ("curl/8.11.1", "curl/8.5.0"), "t13d3112h2_e8f1e7e78f70_b26ce05bbdd6"),
    "formosa_ios": Stack("formosa_ios", ("FormosaAI/3.4.1 (iPhone; iOS 18.2)", "FormosaAI/3.4.1 (iPhone; iOS 26.1)", "FormosaAI/3.3.9 (iPad; iPadOS 18.3)"), None),
    "formosa_android": Stack("formosa_android", ("FormosaAI/3.4.0 (Android 14; SM-A356E)", "FormosaAI/3.4.0 (Android 15; Pixel 8a)", "FormosaAI/3.4.0 (Android 14; 2312DRA50G)", "FormosaAI/3.3.8 (Android 13; CPH2591)"), None),
    "vscode_plugin": Stack("vscode_plugin", ("formosa-code-vscode/0.9.3 (win32; x64)", "formosa-code-vscode/0.9.3 (darwin; arm64)"), "t13d1713h2_5b57614c22b0_748f4c70de1c"),
    "code_cli": Stack("code_cli", ("formosa-code-cli/1.4.2 node/22.12.0", "formosa-code-cli/1.4.3 node/22.12.0"), "t13d1713h2_5b57614c22b0_748f4c70de1c"),
    "uptime": Stack("uptime", ("UptimeRobot/2.0", "Better Stack Bot/1.0", "Pingdom.com_bot_version_1.4"), "t13d3112h2_e8f1e7e78f70_b26ce05bbdd6"),
    "relay": Stack("relay", ("new-api/0.7.4", "one-api/0.6.10"), "t13d1311h2_f57a46bbacb6_e7c285222651"),
}

BROWSERS = ["chrome_win", "chrome_win", "chrome_mac", "safari_mac", "edge_win", "firefox", "safari_ios", "chrome_android"]
# the fab's TLS-inspecting proxy presents its own ClientHello upstream
CORP_PROXY_JA4 = "t13d1011h2_c0d4f2a1b9e7_0f3a8e61c2d5"
CORP_IMAGE_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0"


def install_id(rng: random.Random, platform: str) -> str:
    """Per-install device id as the mobile app reports it."""
    if platform == "formosa_ios":
        h = "%032X" % rng.getrandbits(128)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return "a-%016x" % rng.getrandbits(64)


@dataclass
class Client:
    """What one account (or install) shows: a fixed UA unless the kit shuffles it."""
    stack: Stack
    ua: str
    device: str | None

    def ua_for(self, rng: random.Random) -> str:
        return rng.choice(self.stack.uas) if self.stack.per_request_ua else self.ua


def client(rng: random.Random, stack: str, ja4: str | None = None) -> Client:
    s = STACKS[stack]
    dev = ja4 or s.ja4 or install_id(rng, stack)
    return Client(s, rng.choice(s.uas), dev)


def browser(rng: random.Random) -> Client:
    return client(rng, rng.choice(BROWSERS))


def shuffled_ua_kit(ja4: str) -> Client:
    """Harvest kit: browser UAs rotated per request over one scripting TLS stack."""
    uas = tuple(u for n in ("chrome_win", "chrome_mac", "safari_mac", "edge_win", "firefox") for u in STACKS[n].uas)
    return Client(Stack("kit", uas, ja4, per_request_ua=True), uas[0], ja4)
