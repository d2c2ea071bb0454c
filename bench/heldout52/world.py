"""The Dunaj AI world: time window, models, endpoints, PoPs, accounts and event building."""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

T0 = 1802044800000            # 2027-02-08T00:00:00Z (a Monday)
HOUR = 3_600_000
MIN = 60_000
DAY = 24 * HOUR
T_END = T0 + 2 * DAY
LAUNCH = T0 + DAY + 10 * HOUR  # dunaj-3 goes live 2027-02-09T10:00Z

CHAT = "dunaj-2-chat"
MINI = "dunaj-2-mini"
CODE = "dunaj-coder-2"
EMBED = "dunaj-embed-1"
NEW = "dunaj-3"

EP_CHAT = "/v1/chat/completions"
EP_RESP = "/v1/responses"
EP_EMB = "/v1/embeddings"

# Gateway PoPs; each serialises time its own way (see wire.py)
POPS = {"CZ": "prg1", "SK": "prg1", "HU": "bud1", "SI": "bud1", "HR": "zag1",
        "RS": "beg1", "RO": "otp1", "MD": "otp1", "BG": "sof1"}
TZ = {"CZ": 1, "SK": 1, "HU": 1, "SI": 1, "HR": 1, "RS": 1, "RO": 2, "MD": 2, "BG": 2}
LANGS = {"CZ": ["cs"], "SK": ["sk"], "HU": ["hu"], "SI": ["sl"], "HR": ["hr"],
         "RS": ["sr", "sr_cyr"], "RO": ["ro"], "MD": ["ro", "ro", "en"], "BG": ["bg"]}
COUNTRIES = ["CZ", "SK", "HU", "RO", "MD", "BG", "RS", "HR", "SI"]
COUNTRY_W = [24, 8, 16, 20, 4, 10, 8, 6, 4]

# local-hour activity profiles (index = local hour)
PROFILE_CONSUMER = [2, 1, 1, 0.5, 0.5, 0.5, 1, 3, 5, 6, 7, 7, 7, 6, 6, 6, 7, 8, 9, 10, 11, 10, 7, 4]
PROFILE_OFFICE = [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 4, 9, 11, 11, 10, 7, 9, 10, 10, 8, 5, 2, 1, 0.6, 0.4, 0.3, 0.2]
PROFILE_STUDENT = [5, 3, 1.5, 0.7, 0.3, 0.3, 0.5, 1.5, 3, 5, 6, 6, 5, 6, 7, 8, 9, 10, 11, 12, 13, 13, 11, 8]
PROFILE_FLAT = [1.0] * 24


def h(*parts: object, n: int = 12) -> str:
    return hashlib.blake2b("|".join(str(p) for p in parts).encode(), digest_size=16).hexdigest()[:n]


@dataclass
class Acct:
    id: str
    created_ms: int
    country: str
    lang: str
    org: str | None = None
    payment: str | None = None
    keys: list = field(default_factory=list)
    device: str | None = None
    ua: str | None = None
    net: object = None       # network.Net the account usually comes from
    ip: str | None = None    # sticky IP, if any


class Pop:
    """One population: owns its rng, its accounts and its events."""

    def __init__(self, seed: int, name: str, label: str, campaign: str | None = None):
        self.seed, self.name, self.label, self.campaign = seed, name, label, campaign
        self.rng = random.Random(f"{seed}|{name}")
        self.accounts: list[Acct] = []
        self.events: list[dict] = []
        self._n = 0

    # ---- accounts -------------------------------------------------------
    def account(self, country: str | None = None, created_ms: int | None = None,
                age_days: tuple[float, float] = (20, 700), lang: str | None = None) -> Acct:
        r = self.rng
        country = country or r.choices(COUNTRIES, COUNTRY_W)[0]
        if created_ms is None:
            created_ms = T0 - int(r.uniform(*age_days) * DAY) + r.randrange(DAY)
        a = Acct(id="acct_" + h(self.seed, self.name, "a", len(self.accounts), n=14),
                 created_ms=created_ms, country=country, lang=lang or r.choice(LANGS[country]))
        a.payment = "pm_" + h(self.seed, self.name, "pay", a.id, n=16)
        a.keys = ["key_" + h(self.seed, a.id, "k0", n=10)]
        self.accounts.append(a)
        return a

    def new_id(self, tag: str, n: int = 12) -> str:
        return h(self.seed, self.name, tag, self.rng.random(), n=n)

    # ---- time -----------------------------------------------------------
    def when(self, day: int, tz: int, profile: list[float], lo: int | None = None, hi: int | None = None) -> int:
        """Random ms in UTC day `day` (0/1) following a local-hour profile; optional [lo, hi) ms bounds."""
        r = self.rng
        for _ in range(50):
            w = [profile[(uh + tz) % 24] for uh in range(24)]
            uh = r.choices(range(24), w)[0]
            t = T0 + day * DAY + uh * HOUR + r.randrange(HOUR)
            if (lo is None or t >= lo) and (hi is None or t < hi):
                return t
        lo2 = lo if lo is not None else T0 + day * DAY
        hi2 = hi if hi is not None else T0 + (day + 1) * DAY
        return r.randrange(lo2, max(lo2 + 1, hi2))

    # ---- events ---------------------------------------------------------
    def emit(self, a: Acct, ts: int, model: str, endpoint: str, prompt: str | None,
             system: str | None = None, ctok: int | None = None, status: int = 200,
             ip: str | None = None, net=None, key: str | None = None, ptok: int | None = None,
             ua: str | None = None, device: str | None = None, extra: dict | None = None) -> dict | None:
        if ts < T0 or ts >= T_END - 10 * MIN:
            return None
        if model == NEW and ts < LAUNCH:
            model = CHAT
        if ts < a.created_ms:
            return None
        net = net or a.net
        if ip is None:
            ip = a.ip or (net.draw_ip(self.rng) if net is not None else None)
        if ptok is None:
            ptok = tokens(prompt) + tokens(system)
        if ctok is None:
            ctok = 0 if endpoint == EP_EMB else self.rng.randint(60, 700)
        if status >= 400:
            ctok = 0
        self._n += 1
        e = {
            "_ts": ts, "_country": a.country,
            "event_id": h(self.seed, self.name, "e", self._n, n=32),
            "account_id": a.id, "org_id": a.org, "api_key_id": key or a.keys[0],
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system,
            "prompt_tokens": ptok, "completion_tokens": ctok, "status": status,
            "ip": ip, "asn": net.asn if net is not None else None,
            "user_agent": ua or a.ua, "device_id": device or a.device,
            "payment_fingerprint": a.payment, "account_created_at": a.created_ms,
        }
        if extra:
            e.update(extra)
        self.events.append(e)
        return e


def tokens(text: str | None) -> int:
    if not text:
        return 0
    n_cyr = sum(1 for c in text[:400] if "\u0400" <= c <= "\u04ff")
    ratio = 2.6 if n_cyr > 40 else (3.3 if any(ord(c) > 127 for c in text[:200]) else 4.0)
    return max(1, int(len(text) / ratio) + 3)


def chat_model(r: random.Random, ts: int, p_new: float = 0.3, p_mini: float = 0.25) -> str:
    if ts >= LAUNCH and r.random() < p_new * min(1.0, 0.35 + (ts - LAUNCH) / (6 * HOUR)):
        return NEW
    return MINI if r.random() < p_mini else CHAT


def session(r: random.Random, start: int, n: int, lo_s: float, hi_s: float) -> list[int]:
    out, t = [], start
    for _ in range(n):
        out.append(t)
        t += int(r.uniform(lo_s, hi_s) * 1000)
    return out
