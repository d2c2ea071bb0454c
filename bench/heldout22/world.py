"""The world: "Ghaym" (غيم, cloud), a fictional LLM API provider headquartered in
Riyadh with customers across the Gulf, Egypt, the Levant and the Maghreb, on
Tuesday 16 and Wednesday 17 February 2027: the ninth and tenth days of Ramadan
1448. Activity follows the fast: quiet mornings, shortened office hours, a dip
at iftar (sunset, different in every country), and heavy use from after iftar
until suhoor. On day 2 at 10:00 UTC (13:00 Riyadh) Ghaym launches `ghaym-4` and
`ghaym-4-think` on stage at a Riyadh tech conference.

This module holds the calendar, the models, accounts, and the event buffer.
"""
from __future__ import annotations

import hashlib
import math
import random
import sys
from datetime import datetime, timezone

MIN_MS = 60_000
HOUR_MS = 3_600_000
DAY_MS = 86_400_000
T0_MS = int(datetime(2027, 2, 16, tzinfo=timezone.utc).timestamp()) * 1000
LAUNCH_MS = T0_MS + DAY_MS + 10 * HOUR_MS

# country -> (UTC offset in hours, iftar (maghrib) local hour, fajr local hour), mid-February 2027.
# Morocco leaves UTC+1 for UTC+0 during Ramadan; Jordan has been on permanent UTC+3 since 2022.
COUNTRY = {
    "SA": (3, 17.95, 5.25), "AE": (4, 18.38, 5.55), "EG": (2, 17.72, 5.05), "JO": (3, 18.37, 5.90),
    "KW": (3, 17.62, 5.00), "QA": (3, 17.47, 4.85), "BH": (3, 17.52, 4.85), "OM": (4, 18.03, 5.40),
    "MA": (0, 18.42, 6.05), "TN": (1, 17.98, 5.50), "DZ": (1, 18.47, 5.95), "LB": (2, 17.60, 4.95),
    "IQ": (3, 17.77, 5.10), "PK": (5, 18.10, 5.50), "TR": (3, 18.35, 6.30), "DE": (1, 17.60, 5.90),
    "SG": (8, 19.25, 5.85), "US": (-5, 17.70, 5.60),
}

OLD_MODELS = ("ghaym-3.5", "ghaym-3.5-mini", "ghaym-r1", "ghaym-coder-2")
NEW_MODELS = ("ghaym-4", "ghaym-4-think")
EMBED_MODEL = "ghaym-embed-2"
CHAT = "/v1/chat/completions"
RESPONSES = "/v1/responses"
EMBED = "/v1/embeddings"
COMPLETIONS = "/v1/completions"


def derive(seed: int, *names: object) -> int:
    h = hashlib.blake2b(("|".join([str(seed), *map(str, names)])).encode(), digest_size=8)
    return int.from_bytes(h.digest(), "big")


def lognorm(rng: random.Random, median: float, sigma: float, lo: float = 1, hi: float = 1e9) -> int:
    v = median * math.exp(rng.gauss(0.0, sigma))
    return int(min(hi, max(lo, v)))


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    k, p, l_ = 0, 1.0, math.exp(-lam)
    while True:
        p *= rng.random()
        if p <= l_:
            return k
        k += 1


def pick(rng: random.Random, weighted: dict | list):
    """Weighted choice from {item: weight} (insertion order) or [(item, weight)]."""
    items = list(weighted.items()) if isinstance(weighted, dict) else weighted
    total = sum(w for _, w in items)
    x = rng.random() * total
    for item, w in items:
        x -= w
        if x < 0:
            return item
    return items[-1][0]


def model_for(ts: int, before: str, after: str) -> str:
    return after if ts >= LAUNCH_MS else before


class Acct:
    __slots__ = ("id", "org", "created", "pay", "label", "population", "campaign", "rpm", "country", "n")

    def __init__(self, aid, org, created, pay, label, population, campaign, rpm, country):
        self.id, self.org, self.created, self.pay = aid, org, created, pay
        self.label, self.population, self.campaign = label, population, campaign
        self.rpm, self.country, self.n = rpm, country, 0


_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class World:
    """Accounts and buffered events. An event is a compact tuple; its prompt text is
    rendered only when written (see emit.py), from `spec` = (builder, seed, *args)."""

    def __init__(self, seed: int, days: int):
        self.seed, self.days = seed, days
        self.t0, self.t_end = T0_MS, T0_MS + days * DAY_MS
        self.accounts: list[Acct] = []
        self.events: list[tuple] = []
        self._seq = 0
        self._ids: set[str] = set()
        self._idrng = random.Random(derive(seed, "ids"))

    def rng(self, *names: object) -> random.Random:
        return random.Random(derive(self.seed, *names))

    def _uid(self, prefix: str, n: int, alphabet: str = _ALNUM) -> str:
        while True:
            s = prefix + "".join(self._idrng.choice(alphabet) for _ in range(n))
            if s not in self._ids:
                self._ids.add(s)
                return s

    def org_id(self) -> str:
        return self._uid("org-", 20, _B62)

    def key_id(self) -> str:
        return self._uid("key_", 14)

    def pay_fp(self) -> str:
        return self._uid("pmfp_", 18, "0123456789abcdef")

    def device(self) -> str:
        """A first-party client's install/browser id (web console, mobile app)."""
        return self._uid("dev_", 22, "0123456789abcdef")

    def account(self, population: str, *, created: int, country: str, pay: str | None = None,
                org: str | None = None, rpm: int = 60, campaign: str | None = None) -> Acct:
        a = Acct(self._uid("acct_", 16), org or self.org_id(), int(created), pay,
                 "attack" if campaign else "benign", population, campaign, rpm, country)
        self.accounts.append(a)
        return a

    def add(self, acct: Acct, ts: int, model: str, endpoint: str, spec: tuple, completion: int,
            ip: str, asn: int | None, ua: str | None, device: str | None, key: str | None,
            ctx: int = 0, status: int = 200) -> bool:
        ts = int(ts)
        if ts < self.t0 or ts >= self.t_end or ts < acct.created:
            return False
        if model in NEW_MODELS and ts < LAUNCH_MS and status == 200:
            status = 404  # model not yet served
        self._seq += 1
        acct.n += 1
        self.events.append((ts, self._seq, acct, model, endpoint, status, spec, int(completion), int(ctx),
                            sys.intern(ip), asn, ua, device, key))
        return True
