"""Accounts and the request log: the World hands out accounts, orgs, cards and keys, and
records each request with tokens, latency and status as the gateway would see them."""

from __future__ import annotations

import random
from collections import deque

from .clients import EMBED, REASONER, TOK_PER_S, Client
from .clock import MIN, RELEASE, SEC, Window, utc_ms
from .corpus import Corpus
from .network import Addr, Net
from .randutil import B62, HEX, lognorm, rng_for, token

RPM = {"free": 5, "t1": 60, "t2": 300, "t3": 1500, "ent": 3000}

# completion size by kind: (median tokens, sigma)
COMPLETION = {"chat": (300, .7), "short": (90, .6), "code": (550, .6), "cot": (650, .5),
              "answer": (180, .5), "npc": (55, .4), "summary": (220, .5), "copy": (260, .5),
              "json": (120, .4), "reason": (480, .5), "reply": (170, .4), "tiny": (4, .5)}


class Account:
    __slots__ = ("aid", "label", "population", "campaign", "org", "card", "created", "keys",
                 "cc", "tz", "tier", "zdr", "events")

    def __init__(self, aid, label, population, campaign, org, card, created, keys, cc, tz, tier, zdr):
        self.aid, self.label, self.population, self.campaign = aid, label, population, campaign
        self.org, self.card, self.created, self.keys = org, card, created, keys
        self.cc, self.tz, self.tier, self.zdr = cc, tz, tier, zdr
        self.events: list[list] = []


def tokens(text: str | None) -> int:
    """Deterministic tokenizer stand-in: ~4 chars per token, non-ASCII costs more."""
    if not text:
        return 0
    n = len(text)
    extra = len(text.encode("utf-8")) - n
    return max(1, (n + 2 * extra) // 4 + 1)


class World:
    def __init__(self, seed: int, days: int, corpus: Corpus):
        self.seed = seed
        self.win = Window(days)
        self.corp = corpus
        self.net = Net(self.rng("net"))
        self.accounts: list[Account] = []
        self._taken: set[str] = set()
        from .places import Places
        self.places = Places(self.net, self.rng("places"), self.new_org, self.new_card)

    def rng(self, *names: object) -> random.Random:
        return rng_for(self.seed, *names)

    # --- identities ---------------------------------------------------------------------
    def uid(self, rng: random.Random, prefix: str, n: int, alphabet: str = B62) -> str:
        for _ in range(100):
            v = prefix + token(rng, n, alphabet)
            if v not in self._taken:
                self._taken.add(v)
                return v
        raise RuntimeError("id space exhausted")

    def new_org(self, rng: random.Random) -> str:
        return self.uid(rng, "org-", 24)

    def new_card(self, rng: random.Random) -> str:
        return self.uid(rng, "", 16)

    def account(self, rng: random.Random, population: str, campaign: str | None = None, *, cc: str,
                created: int, org: str | None = None, card: str | None = None, tier: str = "t1",
                zdr: bool = False, nkeys: int = 1, tz: int | None = None) -> Account:
        from .clock import TZ
        aid = self.uid(rng, "acct_", 22, "abcdefghijklmnopqrstuvwxyz0123456789")
        keys = [self.uid(rng, "key_", 12, HEX) for _ in range(nkeys)]
        a = Account(aid, "attack" if campaign else "benign", population, campaign,
                    org or self.new_org(rng), card, created, keys, cc, TZ[cc] if tz is None else tz, tier, zdr)
        self.accounts.append(a)
        return a

    def old_created(self, rng: random.Random, lo=(2023, 3, 1), hi=(2026, 11, 20), recent_bias: float = 1.6) -> int:
        a, b = utc_ms(*lo), utc_ms(*hi)
        u = rng.random() ** (1.0 / recent_bias)
        return a + int((b - a) * u) + rng.randrange(MIN)

    # --- the request log ----------------------------------------------------------------
    def send(self, a: Account, ts: int, prompt: str | None, *, kind: str, addr: Addr, cli: Client,
             model: str, system: str | None = None, history: int = 0, key: str | None = None,
             endpoint: str | None = None, rng: random.Random) -> int:
        """Record one request; returns its latency in ms (callers use it to pace the next)."""
        if endpoint is None:
            endpoint = "/app/chat" if cli.web else ("/v1/responses" if cli.name == "openai-py" and rng.random() < .25
                                                    else "/v1/chat/completions")
        if model == EMBED:
            endpoint, kind = "/v1/embeddings", "embed"
        ptok = tokens(prompt) + tokens(system) + history + (0 if kind == "embed" else 7)
        status = 200
        if kind == "embed":
            ctok, lat = 0, int(lognorm(rng, 110, .5))
        else:
            if kind == "translate":
                ctok = int(tokens(prompt) * rng.uniform(.95, 1.35))
            else:
                med, sig = COMPLETION[kind]
                ctok = int(lognorm(rng, med, sig))
            if model == REASONER:
                ctok += int(lognorm(rng, 1300, .7))
            ctok = max(1, min(ctok, 32000))
            lat = int(lognorm(rng, 450, .5) + ctok * 1000 / TOK_PER_S.get(model, 85) * rng.uniform(.8, 1.3))
        r = rng.random()
        if model == REASONER and ts < RELEASE:
            status, ctok, lat = 404, 0, rng.randrange(8, 40)
        elif model == REASONER and ts < RELEASE + 40 * MIN and r < .12:
            status, ctok, lat = 503, 0, rng.randrange(20, 900)
        elif ptok > 120000:
            status, ctok, lat = 400, 0, rng.randrange(10, 60)
        elif r < .003:
            status, ctok, lat = 500, 0, rng.randrange(200, 30000)
        elif r < .005:
            status, ctok, lat = 503, 0, rng.randrange(20, 400)
        elif r < .007:
            status, ctok, lat = 400, 0, rng.randrange(10, 60)
        elif r < .013 and kind != "embed":
            status, ctok, lat = 499, int(ctok * rng.random()), int(lat * rng.random())
        if lat > 120 * SEC:
            status, ctok, lat = 504, 0, 120 * SEC
        if key is None and not cli.web:
            key = a.keys[0]
        if a.zdr:                      # zero-data-retention org: the gateway drops the texts
            prompt = system = None
        a.events.append([ts, prompt, system, model, endpoint, ptok, ctok, status, addr[0], addr[1],
                         cli.ua, cli.device, None if cli.web else key, lat])
        return lat

    def finalize(self) -> None:
        """Sort each account's log and apply the per-account requests-per-minute limit (429)."""
        for a in self.accounts:
            a.events.sort(key=lambda e: e[0])
            limit = RPM[a.tier]
            window: deque[int] = deque()
            for e in a.events:
                while window and window[0] <= e[0] - MIN:
                    window.popleft()
                if len(window) >= limit:
                    e[6], e[7], e[13] = 0, 429, 12
                    continue
                window.append(e[0])
