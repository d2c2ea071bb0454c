"""Accounts, the event sink and timing helpers shared by every population."""
from __future__ import annotations

import calendar
import hashlib
import math
import random
from dataclasses import dataclass, field

from . import net as N
from .world import CHAT, CITIES, HOME_CITIES, MIN, NEW_MODELS, OLD_MODELS, OUTAGES, RELEASE, City, Curves


def seeded(seed: int, tag: str) -> random.Random:
    """An independent stream per (seed, tag): sha256, never hash(), so runs are reproducible."""
    h = hashlib.sha256(f"heldout23|{seed}|{tag}".encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    lim, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= lim:
            return k
        k += 1


def lognorm(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


def pick(rng: random.Random, weighted) -> str:
    items = [k for k, _ in weighted]
    return rng.choices(items, weights=[w for _, w in weighted], k=1)[0]


def ntok(s: str | None) -> int:
    if not s:
        return 0
    if s.isascii():
        return max(1, len(s) * 10 // 38)
    return max(1, len(s.encode("utf-8")) // 3)


# completion length per kind of answer: (median tokens, sigma)
ANSWER = {"chat": (260, .75), "short": (90, .6), "greet": (140, .5), "cot": (950, .45), "math": (420, .55),
          "code": (480, .6), "agent": (170, .7), "desc": (160, .4), "sms": (55, .35), "eval": (360, .5),
          "list": (420, .5), "long": (900, .5), "support": (150, .5)}


@dataclass(eq=False)
class Account:
    id: str
    pop: str
    camp: str | None
    org: str
    created: int
    pay: str | None
    keys: list[str]
    city: City
    net: N.Net
    clients: list[tuple[str, str]]
    fallback: N.Net | None = None  # a phone falls back to mobile data when the home line is down
    queued: bool = False  # a client that retries after an outage (agents, apps with an outbox)
    grid: float = 0.0  # exposure to outages, compared with each outage's share
    block: str = "A"
    max_tokens: int = 4096
    switch_at: int | None = None  # when this account moves to the new model
    new_model: str = NEW_MODELS[0]
    old_model: str = OLD_MODELS[0]
    sess: int = 0
    lang: str = "en"
    meta: dict = field(default_factory=dict)

    def model_at(self, ts: int) -> str:
        return self.new_model if self.switch_at is not None and ts >= self.switch_at else self.old_model


class Sink:
    """Collects events. `add` applies outages, provider-side errors and token accounting."""

    def __init__(self, t0: int, t1: int):
        self.t0, self.t1 = t0, t1
        self.rows: list[tuple] = []
        self.accounts: dict[str, Account] = {}

    def _outage(self, a: Account, netw: N.Net, ts: int):
        for o in OUTAGES:
            if not (o.start <= ts < o.end):
                continue
            kind = netw.kind
            if o.asns:
                if getattr(netw, "asn", None) not in o.asns:
                    continue
            elif a.city.cc not in o.countries or kind == "cloud" or kind == "abroad":
                continue
            if o.block and a.block != o.block:
                continue
            share = o.mobile_frac if kind == "mobile" else o.frac
            if a.grid < share:
                return o
        return None

    def add(self, rng: random.Random, a: Account, ts: int, prompt: str | None, system: str | None = None, *,
            kind: str = "chat", model: str | None = None, endpoint: str = CHAT, status: int | None = None,
            client: tuple[str, str] | None = None, extra: int = 0, ctoks: int | None = None,
            key: str | None = None, sess: int | None = None, net: N.Net | None = None) -> int | None:
        """Record one request; returns its (possibly deferred) time, or None if it never happened."""
        sess = a.sess if sess is None else sess
        netw = net or a.net
        o = self._outage(a, netw, ts)
        if o is not None:
            if a.fallback is not None and netw is a.net:
                netw = a.fallback
            elif a.queued:
                ts = o.end + int(rng.expovariate(1 / (4 * MIN)))
                sess += 7919
            else:
                return None
        if not (self.t0 <= ts < self.t1):
            return None
        model = model or a.model_at(ts)
        ip, asn = netw.addr(rng, sess, ts)
        ua, dev = client or a.clients[0]
        ptoks = ntok(prompt) + ntok(system) + extra
        if status is None:
            status = 200
            r = rng.random()
            if model in NEW_MODELS and RELEASE <= ts < RELEASE + 75 * MIN:
                status = 503 if r < .06 else 429 if r < .09 else 200  # launch-hour capacity
            elif r < .003:
                status = rng.choice((500, 502, 400))
        if status >= 300:
            c = 0
        elif ctoks is not None:
            c = ctoks
        elif endpoint.endswith("embeddings"):
            c = 0
        elif kind == "translate":
            c = int(ntok(prompt) * rng.uniform(.9, 1.5)) + 10
        else:
            med, sig = ANSWER[kind]
            c = int(lognorm(rng, med, sig)) + 5
        c = min(c, a.max_tokens)
        self.last_c = c
        self.rows.append((ts, a, ptoks, c, model, endpoint, prompt, system, status, key or a.keys[0], ip, asn, ua, dev))
        self.accounts[a.id] = a
        return ts


def sessions(rng: random.Random, curves: Curves, a: Account, profile: str, per_day: float, mean_reqs: float,
             gap_s: float = 55.0, hol: str | None = None) -> list[list[int]]:
    """Human use: sessions start along the local activity curve; requests inside a session are
    separated by reading and typing time (lognormal around gap_s seconds)."""
    hol = hol or a.city.holiday
    n = poisson(rng, per_day * curves.days(profile, a.city.tz, hol))
    out = []
    for start in curves.sample(rng, profile, a.city.tz, hol, n):
        k = 1
        while rng.random() < 1 - 1 / max(1.0, mean_reqs):
            k += 1
        t, lst = start, [start]
        for _ in range(k - 1):
            t += int(1000 * (4 + lognorm(rng, gap_s, .7)))
            lst.append(t)
        out.append(lst)
    return out


def switch_time(rng: random.Random, p: float, mean_h: float, lag_min: float = 0.0) -> int | None:
    """When an account moves to the new model: with probability p, lag + exponential delay after release."""
    if rng.random() >= p:
        return None
    return RELEASE + int((lag_min * MIN) + rng.expovariate(1 / (mean_h * 60 * MIN)))


def day_ms(text: str) -> int:
    y, m, d = (int(x) for x in text.split("-"))
    return calendar.timegm((y, m, d, 0, 0, 0)) * 1000


class Ctx:
    """Everything a population needs: seeded streams, the clock, the corpus, shared networks, the sink."""

    def __init__(self, seed: int, days: int, scale: float, corpus, t0: int):
        self.seed, self.days, self.scale, self.corpus = seed, days, scale, corpus
        self.t0, self.t1 = t0, t0 + days * 86_400_000
        self.curves = Curves(days)
        self.world = N.World(seeded(seed, "world"))
        self.sink = Sink(self.t0, self.t1)
        self._ids: set[str] = set()

    def rng(self, tag: str) -> random.Random:
        return seeded(self.seed, tag)

    def n(self, base: float) -> int:
        return max(1, int(round(base * self.scale)))

    def uid(self, rng: random.Random, prefix: str, n: int) -> str:
        while True:
            x = N.ident(rng, prefix, n)
            if x not in self._ids:
                self._ids.add(x)
                return x

    def created(self, rng: random.Random, lo: str, hi: str) -> int:
        a, b = day_ms(lo), day_ms(hi) + 86_400_000
        return a + rng.randrange(b - a)

    def city(self, rng: random.Random, choices=None) -> City:
        return CITIES[pick(rng, choices or HOME_CITIES)]

    def mobile(self, rng: random.Random, city: City) -> N.Mobile:
        return N.Mobile(self.world, pick(rng, city.mobile), rng, city.area)

    def home(self, rng: random.Random, city: City) -> N.Net:
        isp = pick(rng, city.home)
        if N.ISPS[isp][1] == "mobile":  # Starlink and 5G home routers sit behind CGNAT too
            return N.Mobile(self.world, isp, rng, city.area)
        return N.Home(isp, rng)

    def account(self, rng: random.Random, pop: str, city: City, net: N.Net, clients, *, camp: str | None = None,
                org: str | None = None, created: int, pay: str | None, keys: int | list[str] = 1,
                lang: str | None = None, **kw) -> Account:
        aid = self.uid(rng, "acct_", 16)
        kw.setdefault("new_model", kw.get("old_model", OLD_MODELS[0]).replace("baobab-2", "baobab-3"))
        if "switch_at" not in kw and clients and clients[0][1][:4] in ("and-", "ios-", "web-"):
            kw["switch_at"] = RELEASE + rng.randint(15, 50) * MIN  # the app/playground default flips after launch
        keys_l = keys if isinstance(keys, list) else [self.uid(rng, "key_", 12) for _ in range(keys)]
        a = Account(aid, pop, camp, org or self.uid(rng, "org-", 18), created, pay, keys_l, city, net, list(clients),
                    grid=rng.random(), block=rng.choice("AB"), lang=lang or pick(rng, city.langs), **kw)
        return a

    def phone_user(self, rng: random.Random, pop: str, city: City, *, app_share: float = .6, **kw) -> Account:
        """A phone-first user: the official app or the mobile web playground, on carrier NAT (or home
        Wi-Fi with mobile data as fallback when the power goes)."""
        mob = self.mobile(rng, city)
        on_wifi = rng.random() < .25
        net = self.home(rng, city) if on_wifi else mob
        client = N.android_app(rng) if rng.random() < app_share else N.web_mobile(rng)
        if rng.random() < .06:
            client = N.ios_app(rng)
        kw.setdefault("queued", client[1].startswith("and-") and rng.random() < .7)  # the app's offline outbox
        return self.account(rng, pop, city, net, [client], fallback=mob if on_wifi else None,
                            old_model=OLD_MODELS[1], new_model=NEW_MODELS[1], **kw)
