"""Clients: user agents and device ids.

- Garuda app (Android/iOS): device_id is the install id ("ins_..."), one per install; a
  reinstall or a second phone is a new id; a shared family tablet is one id for several accounts.
- Web: device_id is the browser's first-party id cookie ("wb_..."); a cloned warnet PC image
  carries the same cookie on every PC built from it.
- SDKs, agents, curl, proxies: device_id is a TLS client fingerprint (JA4-like), the same for
  everybody on the same runtime/library version, so unrelated users share it.
"""
from __future__ import annotations

import random

from .world import hid, pick_w

ANDROID_PHONES = (("SM-A155F", 14), ("SM-A057F", 8), ("220333QAG", 9), ("23053RN02A", 8), ("CPH2579", 9),
                  ("RMX3834", 8), ("V2247", 7), ("infinix X6837", 6), ("SM-S921B", 3), ("2201117TG", 5),
                  ("TECNO KJ5", 4), ("SM-A356E", 6))
IPHONES = (("iPhone12,1", 4), ("iPhone13,2", 4), ("iPhone14,5", 4), ("iPhone15,4", 3), ("iPhone16,2", 2))
APP_VERSIONS_PRE = (("4.12.3", 70), ("4.12.1", 15), ("4.11.0", 8), ("4.9.7", 7))
APP_NEW = "4.13.0"  # ships garuda-4; rolled out with the launch


def app_ua(r: random.Random, locale: str = "id-ID", ios_p: float = 0.14, version: str | None = None) -> str:
    v = version or pick_w(r, APP_VERSIONS_PRE)
    if r.random() < ios_p:
        osv = pick_w(r, (("17.6.1", 3), ("18.3.2", 5), ("18.4", 4), ("16.7.10", 1)))
        return f"GarudaAI/{v} (iOS {osv}; {pick_w(r, IPHONES)}; {locale})"
    osv = pick_w(r, (("14", 5), ("13", 4), ("12", 2), ("15", 2), ("11", 1)))
    return f"GarudaAI/{v} (Android {osv}; {pick_w(r, ANDROID_PHONES)}; {locale})"


def upgraded(ua: str) -> str:
    """The same phone after updating to the launch build."""
    head, _, tail = ua.partition(" ")
    return f"GarudaAI/{APP_NEW} {tail}" if head.startswith("GarudaAI/") else ua


CHROME = ("135.0.0.0", "134.0.0.0", "136.0.0.0")


def web_ua(r: random.Random) -> str:
    c = CHROME[r.randrange(3)]
    kind = pick_w(r, (("win", 55), ("mac", 14), ("android", 20), ("linux", 4), ("edge", 7)))
    if kind == "win":
        return f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} Safari/537.36"
    if kind == "edge":
        return (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} "
                f"Safari/537.36 Edg/{c}")
    if kind == "mac":
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15"
    if kind == "linux":
        return f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} Safari/537.36"
    return f"Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{c} Mobile Safari/537.36"


# SDK / tool -> (user agent, TLS fingerprint shared by all of its users)
TOOLS = {
    "py": ("garuda-python/1.8.2 httpx/0.27.2 CPython/3.11.9", "t13d1715h2_5b57614c22b0_3d5424432f57"),
    "py_old": ("garuda-python/1.6.0 httpx/0.25.1 CPython/3.10.12", "t13d1715h2_5b57614c22b0_93d7c3f0c1a8"),
    "py_openai": ("OpenAI/Python 1.68.2", "t13d1715h2_5b57614c22b0_3d5424432f57"),
    "node": ("garuda-node/2.4.0 node/20.18.1", "t13d1516h2_8daaf6152771_02713d6af862"),
    "node22": ("garuda-node/2.4.0 node/22.14.0", "t13d1516h2_8daaf6152771_e5627efa2ab1"),
    "go": ("garuda-go/0.9.1 Go-http-client/2.0", "t13d1312h2_f57a46bbacb6_ab7e3b40a677"),
    "java": ("garuda-java/1.2.0 okhttp/4.12.0", "t13d1613h2_46e7e9700bed_fe6ca7b3bf66"),
    "curl": ("curl/8.5.0", "t13d3112h2_e8f1e7e78f70_6bebaf5329ac"),
    "curl_win": ("curl/8.9.1", "t13d3112h2_e8f1e7e78f70_b2b5d3c0a4e1"),
    "kilat": ("KilatCode/0.18.4 (vscode 1.99.2; node/20.18.1)", "t13d1516h2_8daaf6152771_02713d6af862"),
    "kilat_cli": ("KilatCode-CLI/0.18.4 node/22.14.0", "t13d1516h2_8daaf6152771_e5627efa2ab1"),
    "n8n": ("n8n/1.86.0 axios/1.8.4", "t13d1516h2_8daaf6152771_02713d6af862"),
    "nusaapi": ("NusaAPI-Gateway/2.3.7 (+https://nusaapi.id)", "t13d1312h2_f57a46bbacb6_61c2e11c94b9"),
    "lmeval": ("lm-eval/0.4.8 garuda-python/1.8.2 httpx/0.27.2", "t13d1715h2_5b57614c22b0_3d5424432f57"),
}


def tool(name: str) -> tuple[str, str]:
    return TOOLS[name]


def install_id(seed: int, *parts: object) -> str:
    return "ins_" + hid(seed, "install", *parts, n=12)


def browser_id(seed: int, *parts: object) -> str:
    return "wb_" + hid(seed, "browser", *parts, n=12)


def emulator_ua(r: random.Random, version: str) -> str:
    model = pick_w(r, (("sdk_gphone64_x86_64", 3), ("SM-G988N", 2), ("ASUS_Z01QD", 2)))
    return f"GarudaAI/{version} (Android 12; {model}; id-ID)"
