"""Accounts, identities, networks, timing and event emission shared by all populations."""
from __future__ import annotations

import hashlib
import math
import random

from world import (DAY_MS, HOUR_MS, JA4, MIN_MS, NETS, NEW_MODEL, OLD_MODELS, PROFILES,
                   REGION_NETS, REGIONS, RELEASE_OFFSET_MS, START_MS, UA, UA_JA4)


def hexid(rng: random.Random, n: int = 12) -> str:
    return "%0*x" % (n, rng.getrandbits(4 * n))


def opaque(prefix: str, *parts: object) -> str:
    """A stable opaque id derived from its parts (cards, invoices, app-store plans)."""
    h = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=10).hexdigest()
    return f"{prefix}{h}"


class Account:
    __slots__ = ("id", "label", "population", "campaign", "created", "org", "payment", "keys",
                 "region", "ua", "device", "net", "home_ip", "extra")

    def __init__(self, ctx: "Ctx", population: str, region: str, created: int, *, label: str = "benign",
                 campaign: str | None = None, org: str | None = None, payment: str | None = None,
                 ua: str | None = None, device: str | None = None, nkeys: int = 1):
        rng = ctx.rng
        self.id = "acct_" + hexid(rng, 14)
        self.label, self.population, self.campaign = label, population, campaign
        self.region, self.created = region, int(created)
        self.org = org or ("org_" + hexid(rng, 12))
        self.payment, self.ua, self.device = payment, ua, device
        self.keys = ["key_" + hexid(rng, 16) for _ in range(max(1, nkeys))]
        self.net = None
        self.home_ip = None
        self.extra: dict = {}
        ctx.accounts.append(self)


class Ctx:
    def __init__(self, seed: int, days: int, scale: float, corpora):
        self.rng = random.Random(seed)
        self.seed, self.days, self.scale = seed, days, scale
        self.t0 = START_MS
        self.t1 = START_MS + days * DAY_MS
        self.release = START_MS + RELEASE_OFFSET_MS
        self.C = corpora
        self.accounts: list[Account] = []
        self.rows: list[tuple] = []
        self._pools: dict[str, list[tuple[str, int]]] = {}

    def n(self, base: float, minimum: int = 1) -> int:
        return max(minimum, int(round(base * self.scale)))

    # ---------------------------------------------------------------- identity
    def ip_in(self, net: str, rng: random.Random | None = None) -> tuple[str, int]:
        rng = rng or self.rng
        asn, _kind, _reg, prefixes = NETS[net]
        p = rng.choice(prefixes)
        return f"{p}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", asn

    def pool(self, key: str, net: str, size: int) -> list[tuple[str, int]]:
        """A fixed set of addresses shared by many users (carrier NAT, campus NAT, egress)."""
        if key not in self._pools:
            self._pools[key] = [self.ip_in(net) for _ in range(size)]
        return self._pools[key]

    def cgnat(self, net: str) -> tuple[str, int]:
        kind = NETS[net][1]
        return self.rng.choice(self.pool("cgnat:" + net, net, 60 if kind == "mobile" else 400))

    def locate(self, a: "Account") -> tuple[str, int]:
        """Where an ordinary person's request comes from: home line or phone (carrier NAT)."""
        x = a.extra
        if x.get("mob") and (not x.get("home") or self.rng.random() < x.get("p_mob", 0.3)):
            return self.cgnat(x["mob"])
        return x["home"]

    def subnet(self, net: str) -> tuple[str, int]:
        """A /24 inside a network: (prefix 'a.b.c', asn)."""
        asn, _k, _r, prefixes = NETS[net]
        return f"{self.rng.choice(prefixes)}.{self.rng.randint(0, 255)}", asn

    def region_net(self, region: str, kinds=("resid", "mobile")) -> str:
        reg = region if region != "auw" else "au"
        opts = [n for k in kinds for n in REGION_NETS.get((reg, k), [])]
        if not opts:  # no such line in this country (e.g. mobile-first markets): fall back
            opts = [n for k in ("resid", "mobile", "business") for n in REGION_NETS.get((reg, k), [])]
        return self.rng.choice(opts)

    def ua_pick(self, family: str) -> tuple[str, str]:
        ua = self.rng.choice(UA[family])
        key = UA_JA4[family]
        if family == "browser":
            key = "firefox" if "Firefox" in ua else "safari" if "Version/17" in ua else "chrome"
        return ua, JA4[key]

    def card(self) -> str:
        return opaque("card_", self.seed, "card", self.rng.getrandbits(48))

    def age_days(self, lo: float, hi: float, log: bool = True) -> int:
        """created_at some days before the window start (log-uniform by default)."""
        d = math.exp(self.rng.uniform(math.log(lo), math.log(hi))) if log else self.rng.uniform(lo, hi)
        return int(self.t0 - d * DAY_MS - self.rng.randint(0, DAY_MS // 2))

    # ---------------------------------------------------------------- timing
    def local_hour(self, ts: int, region: str) -> int:
        off = REGIONS[region][0]
        return int(((ts + off * HOUR_MS) // HOUR_MS) % 24)

    def session_starts(self, k: int, region: str, profile: str, lo: int | None = None,
                       hi: int | None = None, rng: random.Random | None = None) -> list[int]:
        rng = rng or self.rng
        lo = self.t0 if lo is None else max(lo, self.t0)
        hi = self.t1 if hi is None else min(hi, self.t1)
        if hi <= lo:
            return []
        w = PROFILES[profile]
        wmax = max(w)
        out = []
        tries = 0
        while len(out) < k and tries < k * 60:
            tries += 1
            t = rng.randint(lo, hi - 1)
            if rng.random() * wmax <= w[self.local_hour(t, region)]:
                out.append(t)
        return sorted(out)

    def times(self, n: int, region: str, profile: str, *, per_session: float = 5.0, gap_s: float = 90.0,
              lo: int | None = None, hi: int | None = None) -> list[int]:
        """n request times grouped in sessions, gaps exponential around gap_s seconds."""
        if n <= 0:
            return []
        rng = self.rng
        lo = self.t0 if lo is None else max(lo, self.t0)
        hi = self.t1 if hi is None else min(hi, self.t1)
        k = max(1, int(round(n / max(1.0, per_session))))
        starts = self.session_starts(k, region, profile, lo, hi)
        if not starts:
            return []
        out = []
        left = n
        for i, s in enumerate(starts):
            m = left if i == len(starts) - 1 else max(1, min(left, int(rng.expovariate(1 / per_session)) + 1))
            t = s
            for _ in range(m):
                if t >= hi:
                    break
                out.append(t)
                t += int(rng.expovariate(1 / gap_s) * 1000) + rng.randint(800, 4000)
            left -= m
            if left <= 0:
                break
        return sorted(out)

    def daily(self, mean: float, sigma: float = 0.6) -> int:
        """Requests for the whole window from a per-day mean (lognormal across accounts)."""
        per_day = mean * math.exp(self.rng.gauss(-sigma * sigma / 2, sigma))
        lam = per_day * self.days
        return max(1, int(round(lam + self.rng.gauss(0, math.sqrt(lam)))))

    def model_at(self, ts: int, p_new: float = 0.5, old=None) -> str:
        if ts >= self.release and self.rng.random() < p_new:
            return NEW_MODEL if self.rng.random() < 0.8 else "nimbus-3-flash"
        return self.rng.choice(old or OLD_MODELS)

    # ---------------------------------------------------------------- emission
    def emit(self, a: Account, ts: int, prompt: str | None, *, system: str | None = None, model: str,
             endpoint: str = "/v1/chat/completions", ip: str, asn: int | None, ua: str | None = None,
             device: str | None = "", key: str | None = None, out_kind: str = "chat",
             status: int | None = None, org: str | None = None) -> None:
        rng = self.rng
        if ts < a.created + 30_000:
            return
        if ts >= self.t1 or ts < self.t0:
            return
        if status is None:
            r = rng.random()
            status = 200 if r < 0.985 else 400 if r < 0.991 else 500 if r < 0.995 else 429
            if self.release <= ts < self.release + 3 * HOUR_MS and endpoint != "/v1/embeddings" \
                    and model.startswith("nimbus-3") and rng.random() < 0.04:
                status = 503
        chars = len(prompt or "") + len(system or "")
        ptok = int(chars / rng.uniform(3.6, 4.3)) + rng.randint(4, 14)
        ctok = completion_tokens(rng, out_kind) if status == 200 else 0
        if endpoint == "/v1/embeddings":
            ctok = 0
        if status in (429, 503):
            ptok = 0
        self.rows.append((ts, "evt_" + hexid(rng, 20), a.id, ptok, ctok, model, endpoint, prompt, system,
                          status, org or a.org, key or rng.choice(a.keys), ip, asn, ua or a.ua,
                          a.device if device == "" else device, a.payment, a.created))


OUT = {  # completion tokens: (median, sigma of log)
    "chat": (260, 0.7), "short": (60, 0.6), "search": (110, 0.6), "code": (420, 0.6),
    "cot": (640, 0.45), "long": (1500, 0.4), "bundle": (4200, 0.3), "grade": (520, 0.4),
    "label": (12, 0.5), "translate": (380, 0.6), "smoke": (8, 0.3), "agent": (700, 0.5),
    "eval": (330, 0.7), "embed": (0, 0.1),
}


def completion_tokens(rng: random.Random, kind: str) -> int:
    med, s = OUT[kind]
    return max(1, int(med * math.exp(rng.gauss(0, s))))
