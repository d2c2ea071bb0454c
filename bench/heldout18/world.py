"""Calendar, accounts and event emission for the heldout18 world.

The window opens Sunday 2026-10-25 00:00 UTC: the night the EU clocks fall back
(Paris 03:00 CEST -> 02:00 CET, Lisbon 02:00 WEST -> 01:00 WET, at 01:00 UTC),
in the middle of the French Toussaint school holidays. Morocco, Algeria,
Tunisia, Angola, Mozambique, Madagascar, Reunion and Mauritius do not change.
Brume AI (a Paris lab) ships brume-3 on the last day of the window in two
stages: paid API tiers at 07:00 UTC, free tier and the web chat at 15:00 UTC.
"""
from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .net import Cgnat
from .text import Corpus

SEC, MIN, HOUR, DAY = 1000, 60_000, 3_600_000, 86_400_000
START = 1792886400000  # 2026-10-25T00:00:00Z, a Sunday
DST_END = START + HOUR  # EU fall-back instant
# timezone: (standard offset h, summer offset h or None)
TZ = {"paris": (1, 2), "lisbon": (0, 1), "casablanca": (1, None), "algiers": (1, None), "tunis": (1, None),
      "luanda": (1, None), "maputo": (2, None), "antananarivo": (3, None), "reunion": (4, None), "mauritius": (4, None)}

# hour-of-day activity (local time), weekday and Sunday
_CHAT_WD = [2, 1, .6, .3, .3, .5, 1.2, 2.5, 4, 5, 5.5, 5.5, 5, 5, 5.5, 5.5, 5.5, 6, 6.5, 7, 7.5, 7.5, 6, 4]
_CHAT_SU = [3, 2, 1, .5, .3, .3, .5, 1, 2, 3.5, 5, 5.5, 5.5, 5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8, 7, 5]
_WORK_WD = [.1, .05, .05, .05, .05, .1, .4, 2, 6, 9, 9.5, 9, 6, 7, 9, 9, 8.5, 7, 4, 2, 1, .6, .3, .2]
_WORK_SU = [.1, .05, .05, .05, .05, .05, .1, .2, .3, .5, .6, .6, .5, .5, .6, .7, .8, .9, 1, 1.2, 1.2, .8, .4, .2]
_STUDY_WD = [1, .5, .2, .1, .1, .2, .6, 1, .6, .5, .5, .6, 2.5, 2, .8, .8, 1.5, 4, 6, 6.5, 7, 7, 6, 3]
_STUDY_SU = [2, 1, .4, .2, .1, .1, .2, .5, 1, 2.5, 4, 4.5, 4, 4, 5, 6, 6.5, 6.5, 6, 6.5, 7.5, 8, 6.5, 4]
PROFILES = {"chat": (_CHAT_WD, _CHAT_SU), "work": (_WORK_WD, _WORK_SU), "study": (_STUDY_WD, _STUDY_SU),
            "flat": ([1.0] * 24, [1.0] * 24)}


def offset_ms(tz: str, ts: int) -> int:
    std, summer = TZ[tz]
    return (summer if summer is not None and ts < DST_END else std) * HOUR


def local_hour(tz: str, ts: int) -> tuple[int, int]:
    """(local hour 0-23, weekday 0=Monday) at ts."""
    t = ts + offset_ms(tz, ts)
    return (t // HOUR) % 24, (t // DAY + 3) % 7


def local_to_utc(tz: str, day: int, hour: float) -> int:
    """UTC ms of `hour` local time on window day `day` (0 = the Sunday)."""
    guess = START + day * DAY + int(hour * HOUR)
    return guess - offset_ms(tz, guess - 2 * HOUR)


def rfc3339(ms: int) -> str:
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


@dataclass
class Acct:
    id: str
    org: str
    created: int
    payment: str | None
    keys: list[str]
    population: str
    campaign: str | None
    region: str = ""
    extra: dict = field(default_factory=dict)


class World:
    def __init__(self, seed: int, days: int, scale: float, corpus: Corpus):
        self.seed, self.days, self.scale, self.corpus = seed, days, scale, corpus
        self.start, self.end = START, START + days * DAY
        last = max(days - 1, 0)
        self.release_paid = START + last * DAY + 7 * HOUR
        self.release_free = START + last * DAY + 15 * HOUR
        self.events: list[tuple[int, dict]] = []
        self.labels: dict[str, dict] = {}
        self.cgnat = Cgnat(seed)
        self._n = 0

    # ---- randomness and ids -------------------------------------------------
    def rng(self, name: str) -> random.Random:
        return random.Random(f"h18:{self.seed}:{name}")

    def uid(self, prefix: str, n: int = 16) -> str:
        self._n += 1
        return prefix + hashlib.blake2b(f"{self.seed}:{prefix}:{self._n}".encode(), digest_size=n // 2).hexdigest()

    def n(self, base: float) -> int:
        return max(1, round(base * self.scale))

    def pay(self, kind: str) -> str:
        return f"{kind}:{self.uid('', 16)}"

    # ---- accounts -----------------------------------------------------------
    def account(self, population: str, created: int, *, org: str | None = None, payment: str | None = None,
                campaign: str | None = None, region: str = "", nkeys: int = 1) -> Acct:
        a = Acct(self.uid("acct_", 14), org or self.uid("org_", 12), created, payment,
                 [self.uid("key_", 12) for _ in range(nkeys)], population, campaign, region)
        self.labels[a.id] = {"label": "attack" if campaign else "benign", "population": population, "campaign": campaign}
        return a

    def created_before(self, rng: random.Random, min_days: float, max_days: float) -> int:
        return self.start - int(rng.uniform(min_days, max_days) * DAY) - rng.randrange(DAY // 24)

    # ---- time ---------------------------------------------------------------
    def sample_ts(self, rng: random.Random, tz: str, profile: str, lo: int | None = None, hi: int | None = None) -> int | None:
        lo = self.start if lo is None else max(lo, self.start)
        hi = self.end if hi is None else min(hi, self.end)
        if hi <= lo:
            return None
        wd, su = PROFILES[profile]
        top = max(max(wd), max(su))
        for _ in range(200):
            ts = rng.randrange(lo, hi)
            h, dow = local_hour(tz, ts)
            if rng.random() * top < (su if dow >= 5 else wd)[h]:
                return ts
        return rng.randrange(lo, hi)

    def day_of(self, ts: int) -> int:
        return (ts - self.start) // DAY

    # ---- models and status --------------------------------------------------
    def model(self, rng: random.Random, ts: int, free: bool, adopt: float, base: str | None = None) -> str:
        rel = self.release_free if free else self.release_paid
        if ts >= rel and rng.random() < adopt:
            return "brume-3"
        if base:
            return base
        return "brume-2-mini" if free or rng.random() < 0.3 else "brume-2"

    def status(self, rng: random.Random, ts: int) -> int:
        r = rng.random()
        hot = self.release_paid <= ts < self.release_paid + 2 * HOUR or self.release_free <= ts < self.release_free + HOUR
        if hot and r < 0.035:
            return 503
        if r > 0.996:
            return rng.choice((500, 400, 408))
        return 200

    # ---- events -------------------------------------------------------------
    def emit(self, a: Acct, ts: int, *, prompt: str, ptoks: int, ctoks: int, model: str, endpoint: str,
             ip: str, asn: int, ua: str, device: str, system: str | None = None, key: str | None = None,
             status: int | None = None, rng: random.Random | None = None) -> int:
        """Record one request; returns its completion tokens (0 when it failed)."""
        if not self.start <= ts < self.end:
            return ctoks
        if status is None:
            status = self.status(rng, ts) if rng is not None else 200
        if status != 200:
            ctoks = 0
        ev = {"event_id": self.uid("req_", 20), "ts": rfc3339(ts), "account_id": a.id, "org_id": a.org,
              "api_key_id": key or a.keys[0], "model": model, "endpoint": endpoint, "prompt": prompt,
              "system_prompt": system, "prompt_tokens": ptoks, "completion_tokens": ctoks, "status": status,
              "ip": ip, "asn": asn, "user_agent": ua, "device_id": device, "payment_fingerprint": a.payment,
              "account_created_at": rfc3339(a.created)}
        self.events.append((ts, ev))
        return ctoks
