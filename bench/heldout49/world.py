"""The world: calendar, models, endpoints, diurnal profiles, accounts and the
event collector. Everything random goes through random.Random instances seeded
with text (Python seeds str via SHA-512, so this is stable across runs)."""
from __future__ import annotations

import bisect
import random

# Window: 2027-03-23T00:00:00Z .. 2027-03-25T00:00:00Z (Tue 23 = Pakistan Day)
START_MS = 1805760000000
HOUR = 3_600_000
DAY = 24 * HOUR
DAYS = 2
END_MS = START_MS + DAYS * DAY
# dariya-3-pro goes live Wed 24 Mar 10:00 PKT = 05:00 UTC
LAUNCH_MS = START_MS + DAY + 5 * HOUR

# UTC offsets in force on 23-24 March 2027 (no DST in PK/BD/Gulf; UK still GMT
# until Sun 28 Mar; US/Canada on DST since Sun 14 Mar)
TZ = {"PK": 5, "BD": 6, "AE": 4, "SA": 3, "QA": 3, "UK": 0, "US_E": -4, "US_C": -5, "CA_E": -4, "US_P": -7}

M_PRO, M_FLASH, M_MINI, M_CODER, M_EMBED, M_NEW = (
    "dariya-2.5-pro", "dariya-2.5-flash", "dariya-2.5-mini", "dariya-coder-2", "dariya-embed-2", "dariya-3-pro")
CHAT_MODELS = (M_PRO, M_FLASH, M_MINI)
EP_CHAT, EP_RESP, EP_COMP, EP_EMB, EP_BATCH = (
    "/v1/chat/completions", "/v1/responses", "/v1/completions", "/v1/embeddings", "/v1/batch")

# local-hour weights 0..23
PROFILES = {
    "student": [5, 3, 1.5, .6, .3, .3, .6, 1.5, 2.5, 3, 3.5, 4, 4.5, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8.5, 9.5, 9, 7.5],
    "casual":  [4, 2.5, 1.2, .6, .3, .3, .7, 1.6, 2.8, 3.8, 4.5, 5, 5.5, 5.5, 5, 4.8, 5, 5.4, 5.8, 6, 6.5, 7, 6.5, 5.5],
    "office":  [.3, .2, .1, .1, .1, .2, .4, 1, 3, 7, 9, 9.5, 8, 7, 8.5, 9, 8.5, 7, 4, 2, 1.5, 1.2, .8, .5],
    "night":   [8, 8, 7.5, 7, 6, 4, 2, 1, .6, .5, .5, .5, .6, .7, .8, 1, 1.5, 3, 6, 8, 8.5, 8.5, 8.5, 8],
    "evening": [1.5, .8, .4, .3, .3, .5, 1.2, 2, 2, 2, 2.2, 2.4, 2.6, 2.4, 2.2, 2.4, 3, 4, 5.5, 6.5, 7, 6.5, 5, 3],
    "flat":    [3, 2.6, 2.3, 2.1, 2, 2.2, 2.6, 3, 3.6, 4, 4.3, 4.4, 4.4, 4.3, 4.2, 4.2, 4.3, 4.5, 4.7, 4.9, 5, 4.8, 4.2, 3.6],
    "even":    [1] * 24,
}
_CUM: dict = {}


def _cum(tz: int, profile: str, mods: tuple) -> list:
    key = (tz, profile, mods)
    if key not in _CUM:
        base, acc, out = PROFILES[profile], 0.0, []
        for h in range(48):
            loc = h + tz
            day = loc // 24  # -1 = 22 Mar, 0 = 23 Mar, 1 = 24 Mar, 2 = 25 Mar local
            w = base[loc % 24] * (mods[0] if day <= 0 else mods[1])
            acc += w
            out.append(acc)
        _CUM[key] = out
    return _CUM[key]


def sample_ts(rng: random.Random, tz: int, profile: str, mods=(1.0, 1.0), lo=START_MS, hi=END_MS) -> int:
    """A random instant in [lo, hi) drawn from a local diurnal profile."""
    cum = _cum(tz, profile, tuple(mods))
    a = max(0, (lo - START_MS) // HOUR)
    b = min(48, (hi - START_MS - 1) // HOUR + 1)
    base = cum[a - 1] if a else 0.0
    for _ in range(20):
        x = base + rng.random() * (cum[b - 1] - base)
        h = bisect.bisect_right(cum, x, a, b)
        t = START_MS + min(h, 47) * HOUR + rng.randrange(HOUR)
        if lo <= t < hi:
            return t
    return lo + rng.randrange(max(1, hi - lo))


def session(rng: random.Random, t0: int, n: int, gap_s: float, floor_s: float = 4.0) -> list:
    out, t = [], t0
    for _ in range(n):
        out.append(t)
        t += int((floor_s + rng.expovariate(1.0 / gap_s)) * 1000)
    return out


def toks(text: str | None) -> int:
    return 0 if not text else len(text.encode()) // 4 + 1


def hexid(rng: random.Random, n: int) -> str:
    return "%0*x" % (n, rng.getrandbits(4 * n))


_B32 = "abcdefghijkmnpqrstuvwxyz23456789"


def b32(rng: random.Random, n: int) -> str:
    return "".join(_B32[rng.getrandbits(5)] for _ in range(n))


class Acct:
    __slots__ = ("id", "created", "org", "pay", "keys", "population", "campaign", "label")

    def __init__(self, aid, created, org, pay, keys, population, campaign):
        self.id, self.created, self.org, self.pay, self.keys = aid, created, org, pay, keys
        self.population, self.campaign = population, campaign
        self.label = "campaign" if campaign else "benign"


class Ctx:
    """Collects accounts and events. Events are tuples (true_ms, seq, fields)."""

    def __init__(self, seed: int):
        self.seed = seed
        self.accounts: dict[str, Acct] = {}
        self.events: list = []
        self._idr = self.rng("account-ids")

    def rng(self, name: str) -> random.Random:
        return random.Random(f"heldout49|{self.seed}|{name}")

    def org(self, rng: random.Random) -> str:
        return "org_" + b32(rng, 14)

    def pay(self, rng: random.Random) -> str:
        return "pf_" + hexid(rng, 20)

    def account(self, rng, population, campaign=None, created=None, org="own", pay="own", nkeys=1) -> Acct:
        while True:
            aid = "acct_" + b32(self._idr, 16)
            if aid not in self.accounts:
                break
        if created is None:
            created = START_MS - int(rng.uniform(3, 700) * DAY)
        org = self.org(rng) if org == "own" else org
        pay = self.pay(rng) if pay == "own" else pay
        keys = ["key_" + b32(rng, 18) for _ in range(nkeys)]
        a = Acct(aid, created, org, pay, keys, population, campaign)
        self.accounts[aid] = a
        return a

    def emit(self, a: Acct, t: int, net: tuple, client: tuple, prompt: str | None, *, system=None,
             model=M_FLASH, endpoint=EP_CHAT, ptok=None, ctok=100, status=200, key=None, extra_ptok=0):
        """net = (ip, asn); client = (user_agent, device_id)."""
        if ptok is None:
            ptok = toks(prompt) + toks(system) + extra_ptok + 3
        if status != 200:
            ctok = 0
        self.events.append((t, len(self.events), {
            "a": a, "prompt": prompt, "system": system, "model": model, "endpoint": endpoint,
            "ptok": ptok, "ctok": ctok, "status": status, "key": key or a.keys[0],
            "ip": net[0], "asn": net[1], "ua": client[0], "dev": client[1]}))

    def labels(self, present: set | None = None) -> dict:
        out = {}
        for aid in sorted(self.accounts):
            if present is not None and aid not in present:
                continue
            a = self.accounts[aid]
            out[aid] = {"label": a.label, "population": a.population, "campaign": a.campaign}
        return out


def pick_model(rng: random.Random, t: int, weights=(0.25, 0.55, 0.20), new_share=0.0) -> str:
    if t >= LAUNCH_MS and new_share and rng.random() < new_share:
        return M_NEW
    return rng.choices(CHAT_MODELS, weights)[0]


def status_for(rng: random.Random, t: int, model: str, base_err=0.006, rate_limited=0.0) -> int:
    if model == M_NEW and t < LAUNCH_MS:
        return 404
    if model == M_NEW and t < LAUNCH_MS + HOUR and rng.random() < 0.06:
        return 503  # launch-hour overload
    r = rng.random()
    if r < rate_limited:
        return 429
    if r < rate_limited + base_err:
        return rng.choice((400, 400, 500, 503, 408))
    return 200
