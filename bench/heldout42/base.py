"""Accounts, where they connect from, when they are active, and the one place
that turns a request into an event tuple (field order in FIELDS)."""
from __future__ import annotations

import random

from bench.heldout42.text import toks
from bench.heldout42.world import DAY, HOUR, LAUNCH, MIN, MODEL_NEW, START, TZ, World, b32, uuid4

FIELDS = ("event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "status",
          "prompt_tokens", "completion_tokens", "prompt", "system_prompt", "ip", "asn", "user_agent",
          "device_id", "payment_fingerprint", "account_created_at")

# local-hour activity weights (Friday-like weekday, Saturday/Sunday)
_C = {
    "student": ([2, 1, .5, .2, .2, .3, 1, 2, 2, 2, 2, 2, 3, 4, 6, 7, 8, 8, 8, 9, 10, 10, 8, 5],
                [4, 3, 2, 1, .5, .3, .3, .5, 1, 2, 4, 5, 6, 6, 6, 6, 6, 6, 7, 8, 8, 8, 7, 5]),
    "office": ([.2, .1, .1, .1, .1, .2, .5, 2, 6, 10, 10, 10, 7, 9, 10, 9, 7, 4, 2, 1, 1, 1, .5, .3],
               [.2, .1, .1, .1, .1, .1, .2, .3, .5, 1, 1.2, 1.2, 1, 1, 1, 1, .8, .6, .5, .5, .5, .4, .3, .2]),
    "home": ([1, .5, .3, .2, .2, .3, 1, 2.5, 3, 3, 3.5, 3.5, 4, 4, 4, 4, 4.5, 5, 6, 7, 7.5, 7, 5, 2.5],
             [1.5, 1, .5, .3, .2, .2, .4, 1, 2.5, 4, 5, 5.5, 5.5, 5, 5, 5, 5, 5.5, 6, 6.5, 6.5, 6, 4.5, 3]),
    "dev": ([1.5, 1, .5, .3, .2, .2, .3, 1, 3, 6, 8, 8, 6, 7, 8, 8, 7, 5, 3, 3, 4, 4, 3.5, 2.5],
            [2, 1.5, 1, .5, .3, .2, .2, .4, .8, 1.5, 2.5, 3, 3, 3, 3, 3, 3, 2.5, 2.5, 3, 3.5, 3.5, 3, 2.5]),
    "flat": ([1] * 24, [1] * 24),
    "night": ([6, 8, 8, 8, 7, 5, 2, 1, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .6, .8, 1, 2, 3, 4],
              [6, 8, 8, 8, 7, 5, 2, 1, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .6, .8, 1, 2, 3, 4]),
}
_CUM = {}
for _k, (_wd, _we) in _C.items():
    _CUM[_k] = tuple([sum(ws[: i + 1]) for i in range(24)] for ws in (_wd, _we))
_H = list(range(24))


def weekend(day: int) -> bool:
    return day % 7 in (1, 2)  # day 0 is a Friday


def local_hour(ts: int, cc: str) -> float:
    return ((ts - START) / HOUR + TZ[cc] - 2) % 24


def day_of(ts: int) -> int:
    return (ts - START) // DAY


class Ctx:
    def __init__(self, seed: int, days: int, world: World):
        self.seed, self.days, self.world = seed, days, world
        self.end = START + days * DAY
        self.events: list[tuple] = []
        self.labels: dict[str, tuple[str, str, str | None]] = {}

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")

    # -- time -------------------------------------------------------------
    def when(self, rng: random.Random, curve: str, cc: str = "PL", day: int | None = None,
             day_w: tuple[float, ...] | None = None) -> int:
        if day is not None and day >= self.days:
            return self.end  # outside the window: emit drops it
        for _ in range(20):
            d = day if day is not None else (rng.choices(range(self.days), weights=day_w[: self.days])[0]
                                             if day_w else rng.randrange(self.days))
            h = rng.choices(_H, cum_weights=_CUM[curve][1 if weekend(d) else 0])[0]
            ts = START + d * DAY + (h - TZ[cc] + 2) * HOUR + rng.randrange(HOUR)
            if START <= ts < self.end:
                return ts
        return min(max(ts, START), self.end - 1)

    def session(self, rng: random.Random, t0: int, n: int, lo: float = 20, hi: float = 240) -> list[int]:
        """n request times from t0, gaps of lo..hi seconds (log-uniform: reading + typing)."""
        out, t = [], t0
        for _ in range(n):
            out.append(t)
            t += int(1000 * lo * (hi / lo) ** rng.random())
        return out

    # -- accounts -----------------------------------------------------------
    def account(self, rng: random.Random, pop: str, camp: str | None = None, **kw) -> "Acct":
        a = Acct(self, "acct_" + b32(rng, 14), pop, camp, **kw)
        if a.id in self.labels:
            raise RuntimeError("account id collision")
        self.labels[a.id] = ("attack" if camp else "benign", pop, camp)
        return a

    # -- events -------------------------------------------------------------
    def emit(self, rng: random.Random, a: "Acct", ts: int, prompt: str | None, *, model: str = "vistula-1",
             endpoint: str = "/v1/chat/completions", system: str | None = None, ctx_toks: int = 0,
             out_toks: int | None = None, status: int | None = None, retry: bool = False,
             ua: str | None = None, dev: object = 0, key: object = 0, where: tuple | None = None) -> int:
        """Append one event (and SDK retries); returns its status (0 if outside the window)."""
        if not START <= ts < self.end:
            return 0
        st = status
        if st is None:
            st = 200
            if model.startswith(MODEL_NEW):
                if ts < LAUNCH:
                    st = 404
                elif ts < LAUNCH + 3 * HOUR:
                    age = (ts - LAUNCH) / MIN
                    p = 0.16 if age < 20 else 0.06 if age < 60 else 0.012
                    if rng.random() < p:
                        st = 503
            if st == 200 and rng.random() < 0.0015:
                st = rng.choice((500, 502))
        ip, asn = where if where is not None else a.loc.at(rng, ts)
        pt = toks(prompt) + toks(system) + ctx_toks + (0 if endpoint.endswith("embeddings") else 9)
        if st == 200:
            ct = out_toks if out_toks is not None else int(60 + rng.lognormvariate(5.4, 0.7))
        else:
            ct = 0
        self.events.append((uuid4(rng), ts, a.id, a.org, a.key if key == 0 else key, model, endpoint, st, pt, ct,
                            prompt, system, ip, asn, ua or a.ua, a.dev if dev == 0 else dev, a.pay, a.created))
        if retry and st in (429, 500, 502, 503):
            back = 1000
            for _ in range(3):
                ts += back + rng.randrange(back)
                back *= 2
                if ts >= self.end:
                    break
                st2 = self.emit(rng, a, ts, prompt, model=model, endpoint=endpoint, system=system, ctx_toks=ctx_toks,
                                out_toks=out_toks, status=(st if status is not None and rng.random() < 0.5 else None),
                                retry=False, ua=ua, dev=dev, key=key, where=where)
                if st2 == 200:
                    break
        return st


class Acct:
    __slots__ = ("ctx", "id", "pop", "camp", "org", "key", "pay", "created", "ua", "dev", "loc", "cc", "x")

    def __init__(self, ctx: Ctx, aid: str, pop: str, camp: str | None, org=None, key=None, pay=None,
                 created=None, ua=None, dev=None, loc=None, cc="PL"):
        self.ctx, self.id, self.pop, self.camp = ctx, aid, pop, camp
        self.org, self.key, self.pay, self.created = org, key, pay, created
        self.ua, self.dev, self.loc, self.cc, self.x = ua, dev, loc, cc, {}


# -- where requests come from --------------------------------------------------
class Static:
    def __init__(self, ip: str, asn: int | None):
        self.ip, self.asn = ip, asn

    def at(self, rng, ts):
        return self.ip, self.asn


class Home:
    """Home broadband: one address, re-assigned daily on some ISPs; IPv6 on some."""

    def __init__(self, rng, net):
        v6 = net.v6 is not None and rng.random() < 0.4
        self.ips = [net.host6(rng) if v6 else net.host(rng) for _ in range(3)]
        self.daily = rng.random() < 0.3
        self.asn = net.asn

    def at(self, rng, ts):
        return self.ips[day_of(ts) % 3 if self.daily else 0], self.asn


class Mobile:
    """Mobile data behind CGNAT: the public address changes every ~45 min and is shared."""

    def __init__(self, rng, net):
        self.net, self.salt = net, rng.randrange(1 << 30)
        self.v6 = net.v6 is not None and rng.random() < 0.35
        self.pfx = net.host6(rng).rsplit(":", 4)[0] if self.v6 else None

    def at(self, rng, ts):
        slot = (ts - START) // (45 * MIN)
        if self.v6:
            return f"{self.pfx}:{(self.salt * 31 + slot * 7) & 0xffff:x}:{slot & 0xfff:x}:{self.salt & 0xffff:x}:1", self.net.asn
        pool = self.net.pool
        return pool[(self.salt * 1_000_003 + slot * 7919) % len(pool)], self.net.asn


class Commuter:
    """Phone on mobile data in the day on weekdays, home Wi-Fi otherwise."""

    def __init__(self, home, mobile, cc):
        self.home, self.mobile, self.cc = home, mobile, cc

    def at(self, rng, ts):
        h = local_hour(ts, self.cc)
        out = (7 <= h < 16 and not weekend(day_of(ts))) or rng.random() < 0.12
        return (self.mobile if out else self.home).at(rng, ts)


class Rotating:
    """A pool of exits: per request (residential proxy) or per sticky period (VPN)."""

    def __init__(self, exits, sticky_ms: int = 0, salt: int = 0):
        self.exits, self.sticky, self.salt = exits, sticky_ms, salt

    def at(self, rng, ts):
        if self.sticky:
            slot = (ts - START) // self.sticky
            return self.exits[(self.salt * 2_654_435_761 + slot * 40_503) % len(self.exits)]
        return rng.choice(self.exits)
