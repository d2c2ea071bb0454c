"""Who sends requests: identifiers, user agents, device / TLS fingerprints, payment
fingerprints and the account record every population builds on."""
from __future__ import annotations

import random
import uuid

from bench.heldout32.world import DAY, START

_B32 = "abcdefghijklmnopqrstuvwxyz234567"
_HEX = "0123456789abcdef"


def rid(rng: random.Random, prefix: str, n: int, alphabet: str = _B32) -> str:
    return prefix + "".join(alphabet[int(rng.random() * len(alphabet))] for _ in range(n))


def event_id(rng: random.Random) -> str:
    return f"req_{rng.getrandbits(96):024x}"


def payment(rng: random.Random) -> str:
    return rid(rng, "pmfp_", 16, _HEX)


def org(rng: random.Random) -> str:
    return rid(rng, "org_", 12)


def install_id(rng: random.Random, os_: str) -> str:
    return f"{os_}:{uuid.UUID(int=rng.getrandbits(128), version=4)}"


def web_id(rng: random.Random) -> str:
    return rid(rng, "web:", 16, _HEX)


# TLS client fingerprints (JA4) of common stacks: shared by everyone on the same stack.
JA4 = {
    "py": "t13d1812h2_e8a523a41297_b2f9d8b4e2f1",
    "node": "t13d1513h2_8daaf6152771_4a5c1e6c9d0b",
    "go": "t13d1311h2_f57a46bbacb6_e7c285222651",
    "curl": "t13d3112h2_e8f1e7e78f70_b26ce05bbdd6",
    "okhttp": "t13d1614h2_9dc949149365_e7c285222651",
    "java": "t13d5911h2_a33745022dd6_dbd39dd1d406",
}
SDK_UAS = {
    "py": ["OpenAI/Python 1.61.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.61.1", "lodos-python/0.14.2",
           "python-httpx/0.28.1", "python-requests/2.32.3", "OpenAI/Python 1.55.3"],
    "node": ["OpenAI/JS 4.85.1", "OpenAI/JS 4.77.0", "lodos-node/0.9.0", "axios/1.7.9", "undici"],
    "go": ["Go-http-client/2.0", "lodos-go/0.4.1"],
    "curl": ["curl/8.5.0", "curl/7.81.0"],
    "java": ["Apache-HttpClient/5.3.1 (Java/21.0.5)", "Java-http-client/17.0.13"],
}
BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36", 30),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36", 8),
    ("Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.6834.79 Mobile Safari/537.36", 14),
    ("Mozilla/5.0 (Linux; Android 13; 23129RAA4G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.200 Mobile Safari/537.36", 7),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1", 16),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0", 7),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0", 5),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 YaBrowser/24.12.0.0 Safari/537.36", 4),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 OPR/116.0.0.0", 3),
]
APP_UAS = [("LodosChat/4.12.0 (iPhone; iOS 18.2; Scale/3.00)", "ios", 35),
           ("LodosChat/4.12.1 (iPhone; iOS 17.6.1; Scale/3.00)", "ios", 10),
           ("LodosChat/4.12.1 (Android 14; SM-A546E)", "and", 20),
           ("LodosChat/4.12.1 (Android 13; 23129RAA4G)", "and", 14),
           ("LodosChat/4.11.3 (Android 12; CASPER VIA X30)", "and", 6),
           ("LodosChat/4.12.1 (Android 14; SM-S921B)", "and", 15)]


def pick_w(rng: random.Random, items: list, wi: int = -1):
    tot = sum(x[wi] for x in items)
    r = rng.random() * tot
    for x in items:
        r -= x[wi]
        if r < 0:
            return x
    return items[-1]


def browser(rng: random.Random) -> str:
    return pick_w(rng, BROWSERS)[0]


def app(rng: random.Random) -> tuple[str, str]:
    ua, os_, _ = pick_w(rng, APP_UAS)
    return ua, install_id(rng, os_)


def sdk(rng: random.Random, stack: str | None = None) -> tuple[str, str]:
    st = stack or pick_w(rng, [("py", 55), ("node", 25), ("go", 7), ("curl", 6), ("java", 7)])[0]
    uas = SDK_UAS[st]
    return uas[int(rng.random() * len(uas))], JA4[st]


def created(rng: random.Random, min_days: float, max_days: float) -> int:
    """Account creation time, between max_days and min_days before the window opens."""
    return START - int((min_days + rng.random() * (max_days - min_days)) * DAY)


def account(rng: random.Random, pop: str, attack: bool, *, created_ms: int, tier: str = "free",
            org_id: str | None = None, pay: str | None = None, keys: int = 1, city: str | None = None,
            ua: str | None = None, dev: str | None = None) -> dict:
    return {"id": rid(rng, "acct_", 14), "label": "attack" if attack else "benign", "pop": pop,
            "org": org_id, "pay": pay, "created": created_ms, "tier": tier, "city": city,
            "keys": [rid(rng, "key_", 16) for _ in range(keys)], "ua": ua, "dev": dev, "zdr": False}
