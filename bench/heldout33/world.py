"""The simulated world "Sông": time window, daily rhythms, identities and the
event sink every population writes into.

Determinism: every random stream is `random.Random(f"{seed}/{name}")`; ids come
from dedicated streams so that account ids never reveal which population
created them; nothing here iterates a set.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

ICT = timezone(timedelta(hours=7))
# 27 Jan 2027 00:00 in Hanoi / Ho Chi Minh City (UTC+7).
T0 = int(datetime(2027, 1, 27, tzinfo=ICT).timestamp() * 1000)
HOUR = 3_600_000
MIN = 60_000
DAY = 24 * HOUR
# song-4 goes live on Wednesday 27 Jan at 15:00 ICT: an afternoon launch so the
# Vietnamese press covers it the same evening.
RELEASE = T0 + 15 * HOUR

# Relative request intensity per local hour (0..23), by kind of user.
PROFILES: dict[str, list[float]] = {
    "vn_day": [2, 1, 1, .5, .5, 1, 3, 6, 9, 10, 10, 8, 6, 8, 10, 10, 9, 8, 8, 10, 11, 10, 7, 4],
    "student": [4, 2, 1, .5, .5, 1, 3, 5, 5, 5, 5, 4, 4, 5, 5, 5, 6, 7, 9, 12, 14, 14, 12, 8],
    "office": [.5, .3, .3, .3, .3, .5, 2, 5, 10, 11, 11, 7, 4, 9, 11, 11, 10, 7, 4, 3, 3, 2, 1, 1],
    "jp_client": [1, .5, .5, .5, .5, 2, 6, 10, 11, 11, 9, 9, 11, 11, 10, 8, 6, 4, 3, 3, 2, 2, 1, 1],
    "us_client": [10, 10, 10, 9, 8, 6, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 6, 9, 10, 10, 10],
    "cafe": [7, 5, 3, 1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10, 11, 12, 12, 11, 10, 9],
    "shop": [3, 2, 1, .5, .5, 1, 3, 5, 7, 8, 8, 7, 6, 7, 8, 8, 8, 8, 9, 11, 12, 11, 8, 5],
    "flat": [5] * 24,
}


def local_hour(ts: int) -> int:
    return ((ts - T0) // HOUR) % 24


def sample_ts(rng: random.Random, profile: str, start: int, end: int) -> int:
    """Rejection-sample a millisecond in [start, end) following a daily profile."""
    weights = PROFILES[profile]
    top = max(weights)
    if end <= start:
        return start
    for _ in range(200):
        ts = rng.randrange(start, end)
        if rng.random() * top <= weights[local_hour(ts)]:
            return ts
    return rng.randrange(start, end)


def session_times(rng: random.Random, profile: str, start: int, end: int, n: int,
                  mean_gap_s: float, per_session: float) -> list[int]:
    """n request times grouped into sessions (a person reads the answer, then asks again)."""
    out: list[int] = []
    if end <= start:
        return out
    while len(out) < n:
        t = sample_ts(rng, profile, start, end)
        k = max(1, int(rng.expovariate(1 / per_session)) + 1)
        for _ in range(min(k, n - len(out))):
            if t >= end:
                break
            out.append(t)
            t += int(rng.expovariate(1 / mean_gap_s) * 1000) + 2000
    out.sort()
    return out


def rfc3339(ms: int) -> str:
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


@dataclass
class Account:
    account_id: str
    population: str
    campaign: str | None
    created_at: int
    org_id: str | None = None
    payment: str | None = None
    tier: str = "free"  # decides the gateway's per-minute limit (429s)
    keys: list[str] = field(default_factory=list)


class World:
    def __init__(self, seed: int, start: int, end: int, prompts):
        self.seed = seed
        self.start = start
        self.end = end
        self.days = (end - start) / DAY
        self.prompts = prompts
        self.accounts: list[Account] = []
        self.events: list[dict] = []
        self._id_rng: dict[str, random.Random] = {}

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}/{name}")

    def new_id(self, kind: str, prefix: str, nbytes: int = 8) -> str:
        r = self._id_rng.get(kind)
        if r is None:
            r = self._id_rng[kind] = self.rng(f"id/{kind}")
        return prefix + f"{r.getrandbits(nbytes * 8):0{nbytes * 2}x}"

    def scaled(self, n_per_day: float) -> int:
        return max(1, round(n_per_day * self.days))

    def account(self, rng: random.Random, population: str, campaign: str | None, created_at: int,
                org_id: str | None = None, payment: str | None = "new", tier: str = "free",
                n_keys: int = 1) -> Account:
        if payment == "new":
            # most free-tier users never enter a card
            no_card = tier == "free" and rng.random() < 0.6
            payment = None if no_card else self.new_id("pay", "pm_", 6)
        if org_id is None and rng.random() < 0.9:
            org_id = self.new_id("org", "org-", 6)  # personal org, as most LLM consoles create one
        acct = Account(self.new_id("acct", "u_", 7), population, campaign, created_at, org_id, payment, tier)
        acct.keys = [self.new_id("key", "key_", 5) for _ in range(n_keys)]
        self.accounts.append(acct)
        return acct

    def emit(self, acct: Account, ts: int, *, prompt: str | None, ptoks: int, ctoks: int,
             ip: str | None, asn: int | None, ua: str | None, device: str | None,
             model: str = "song-3", endpoint: str = "/v1/chat/completions",
             system: str | None = None, key: str | None = None, status: int = 200) -> None:
        if ts < self.start or ts >= self.end:
            return
        self.events.append({
            "ts": ts, "account_id": acct.account_id, "prompt_tokens": ptoks, "completion_tokens": ctoks,
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system,
            "status": status, "org_id": acct.org_id, "api_key_id": key or acct.keys[0],
            "ip": ip, "asn": asn, "user_agent": ua, "device_id": device,
            "payment_fingerprint": acct.payment, "account_created_at": acct.created_at,
        })


def model_at(rng: random.Random, ts: int, eager: float = 0.3, default: str = "song-3") -> str:
    """Which model a request names: song-4 adoption grows after the release."""
    if ts < RELEASE:
        return default if rng.random() < 0.85 else "song-3-mini"
    hours = (ts - RELEASE) / HOUR
    share = min(0.85, eager + 0.02 * hours)
    if rng.random() < share:
        return "song-4"
    return default if rng.random() < 0.8 else "song-3-mini"
