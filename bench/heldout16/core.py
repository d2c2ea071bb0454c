"""Accounts, networks, the event emitter and generic session machinery."""
from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass, field

from . import prompts as P
from . import world as W


# ---------------------------------------------------------------- networks
class Home:
    """Fixed broadband: one address per account, re-leased some days (PPPoE/DHCP churn)."""

    def __init__(self, rng: random.Random, asn: int, days: int, churn: float = 0.3):
        self.asn = asn
        ips = [W.rand_ip(rng, asn)]
        for _ in range(days):
            ips.append(W.rand_ip(rng, asn) if rng.random() < churn else ips[-1])
        self.ips = ips

    def at(self, rng, ts):
        d = max(0, min(len(self.ips) - 1, (ts - W.START_MS) // W.DAY))
        return self.ips[d], self.asn


class Pool:
    """Shared addresses (CGNAT, campus NAT, office egress, VPN exits, cloud NAT)."""

    def __init__(self, asn: int, ips: list[str], sticky: float = 0.0):
        self.asn, self.ips, self.sticky, self.last = asn, ips, sticky, None

    def at(self, rng, ts):
        if self.last is not None and rng.random() < self.sticky:
            return self.last, self.asn
        self.last = rng.choice(self.ips)
        return self.last, self.asn


class Multi:
    """Several networks (phone on wifi at home, on mobile data outside)."""

    def __init__(self, nets: list, weights: list[float]):
        self.nets, self.w = nets, weights

    def at(self, rng, ts):
        return rng.choices(self.nets, self.w)[0].at(rng, ts)


class Proxy:
    """Residential / mobile proxy: fresh exit per session across the given ASNs."""

    def __init__(self, asns: list[int], pool: dict | None = None):
        self.asns, self.pool = asns, pool

    def at(self, rng, ts):
        asn = rng.choice(self.asns)
        if self.pool is not None and asn in self.pool:
            return rng.choice(self.pool[asn]), asn
        return W.rand_ip(rng, asn), asn


# ---------------------------------------------------------------- accounts
@dataclass
class Account:
    id: str
    population: str
    label: str
    campaign: str | None
    created_at: int
    org_id: str
    keys: list[str]
    payment: str
    ua: str
    device: str
    cc: str
    net: object
    tz: int = 7
    lang: str = "en"
    extra: dict = field(default_factory=dict)


class Ctx:
    def __init__(self, seed: int, days: int, scale: float):
        self.seed, self.days, self.scale = seed, days, scale
        self.end_ms = W.START_MS + days * W.DAY
        self.rows: list[tuple] = []
        self.accounts: dict[str, Account] = {}
        self._pools: dict = {}
        self.accounts_payment: dict[str, str] = {}  # shared instruments by owner key
        self._n = 0
        self._ids: set[str] = set()
        self._salt = hashlib.blake2b(f"h16/{seed}".encode(), digest_size=8).digest()

    # deterministic sub-streams
    def rng(self, name: str) -> random.Random:
        h = hashlib.sha256(f"{self.seed}/{name}".encode()).digest()
        return random.Random(int.from_bytes(h[:8], "big"))

    def n(self, base: float) -> int:
        return max(1, int(round(base * self.scale)))

    # shared address pools -------------------------------------------------
    def cgnat(self, asn: int, size: int = 180) -> list[str]:
        key = ("cgnat", asn)
        if key not in self._pools:
            r = self.rng(f"cgnat/{asn}")
            base = [W.rand_ip(r, asn) for _ in range(max(8, size // 16))]
            # CGNAT exits cluster in a few /24s
            ips = []
            for _ in range(size):
                b = r.choice(base).rsplit(".", 1)[0]
                ips.append(f"{b}.{r.randrange(1, 255)}")
            self._pools[key] = sorted(set(ips))
        return self._pools[key]

    def pool(self, key: str, asn: int, size: int, prefix: str | None = None) -> list[str]:
        k = ("pool", key)
        if k not in self._pools:
            r = self.rng(f"pool/{key}")
            if prefix is None:
                prefix = W.subnet24(r, asn)
            self._pools[k] = sorted({W.rand_ip_in(r, prefix) for _ in range(size)})
        return self._pools[k]

    # accounts ---------------------------------------------------------------
    def new_id(self, rng: random.Random, prefix: str = "acct_") -> str:
        while True:
            a = prefix + W.rid(rng, 14)
            if a not in self._ids:
                self._ids.add(a)
                return a

    def account(self, rng, population, *, label="benign", campaign=None, created_at, org_id=None, nkeys=1,
                payment, ua, device=None, cc="ID", net, lang=None, install=False, **extra) -> Account:
        aid = self.new_id(rng)
        org = org_id or ("org_" + W.rid(rng, 12))
        keys = ["key_" + W.rid(rng, 10) for _ in range(nkeys)]
        if device is None:
            device = W.device_for(rng, ua, install) if ua in W.UA else W.device_for(rng, "okhttp", True)
        ua_str = W.UA.get(ua, ua)
        tz = W.COUNTRIES[cc][0]
        lang = lang or (W.COUNTRIES[cc][1][0] if rng.random() < 0.55 else "en")
        a = Account(aid, population, label, campaign, int(created_at), org, keys, payment, ua_str, device, cc,
                    net, tz, lang, extra)
        self.accounts[aid] = a
        return a

    # events -------------------------------------------------------------
    def emit(self, rng, acct: Account, ts: int, prompt: str, system: str, kind: str, model: str,
             endpoint: str = "/v1/chat/completions", *, ptoks: int | None = None, ctoks: int | None = None,
             status: int | None = None, ip=None, asn=None, key=None, ua=None, device=None, cap=None,
             err: float = 0.006):
        if ts >= self.end_ms or ts < W.START_MS:
            return
        if ts < acct.created_at:
            ts = acct.created_at + rng.randrange(60_000, 600_000)
            if ts >= self.end_ms:
                return
        if ip is None:
            ip, asn = acct.net.at(rng, ts)
        if ptoks is None:
            ptoks = P.prompt_tokens(system, prompt)
        if status is None:
            status = 200
            r = rng.random()
            if W.RELEASE_MS <= ts < W.RELEASE_MS + 2 * W.HOUR and model == W.NEW_MODEL and r < 0.05:
                status = 503
            elif r < err:
                status = rng.choice((400, 400, 429, 500, 408))
        if status != 200:
            ctoks = 0
        elif ctoks is None:
            ctoks = P.completion_tokens(rng, kind, ptoks, cap)
        self._n += 1
        eid = hashlib.blake2b(self._salt + self._n.to_bytes(5, "big"), digest_size=12).hexdigest()
        self.rows.append((int(ts), eid, {
            "event_id": "req_" + eid,
            "ts": int(ts),
            "account_id": acct.id,
            "prompt_tokens": int(ptoks),
            "completion_tokens": int(ctoks),
            "model": model,
            "endpoint": endpoint,
            "prompt": prompt,
            "system_prompt": system,
            "status": status,
            "org_id": acct.org_id,
            "api_key_id": key or (acct.keys[0] if len(acct.keys) == 1 else rng.choice(acct.keys)),
            "ip": ip,
            "asn": asn,
            "user_agent": ua or acct.ua,
            "device_id": device or acct.device,
            "payment_fingerprint": acct.payment,
            "account_created_at": acct.created_at,
        }))


# ---------------------------------------------------------------- helpers
def model_at(rng: random.Random, ts: int, adopt: float = 0.55, mini: float = 0.2, ramp_h: float = 14.0) -> str:
    if ts >= W.RELEASE_MS:
        p = adopt * min(1.0, 0.25 + (ts - W.RELEASE_MS) / (ramp_h * W.HOUR))
        if rng.random() < p:
            return W.NEW_MODEL
    return W.MINI_MODEL if rng.random() < mini else W.OLD_MODEL


def created_before(rng: random.Random, lo_days: float, hi_days: float, ref: int | None = None) -> int:
    ref = ref or W.START_MS
    return int(ref - (lo_days + (hi_days - lo_days) * rng.random()) * W.DAY) - rng.randrange(W.HOUR)


def created_aged(rng: random.Random, median_days: float = 220, sigma: float = 0.9, lo: float = 2.0) -> int:
    d = max(lo, median_days * math.exp(rng.gauss(0, sigma)))
    return int(W.START_MS - min(d, 1400) * W.DAY - rng.randrange(W.DAY))


def session_times(rng: random.Random, n: int, hd: W.HourDist, per_session: float = 3.0,
                  gap_s: float = 90.0, min_gap_s: float = 4.0) -> list[int]:
    """n request times grouped in sessions (geometric length, exponential think time)."""
    out: list[int] = []
    while len(out) < n:
        t = hd.sample(rng)
        k = 1
        while rng.random() > 1.0 / per_session and k < 60:
            k += 1
        for _ in range(min(k, n - len(out))):
            out.append(t)
            t += int((min_gap_s + rng.expovariate(1.0 / gap_s)) * 1000)
    out.sort()
    return out


def volume(rng: random.Random, per_day: float, days: int, sigma: float = 0.6, floor: int = 1) -> int:
    lam = per_day * days * math.exp(rng.gauss(-sigma * sigma / 2, sigma))
    return max(floor, W.poisson(rng, lam))


def chat_prompt(rng: random.Random, lang: str, mix=None) -> tuple[str, str]:
    kind, text = P.pick_mix(rng, mix or P.CHAT_MIX)
    if kind == "nq":
        return rng.choice(P.ASK.get(lang, P.ASK["en"])).format(p=text), "qa"
    if kind == "awesome":
        return text, "chat"
    if kind in ("mbpp", "humaneval"):
        return text, "code"
    return (rng.choice(P.ASK.get(lang, P.ASK["en"])).format(p=text) if rng.random() < 0.35 else text), "chat"


def math_prompt(rng: random.Random, lang: str, mix=None) -> tuple[str, str]:
    _, text = P.pick_mix(rng, mix or P.MATH_MIX)
    return rng.choice(P.STEP.get(lang, P.STEP["en"])).format(p=text), "math"


_HD: dict = {}


def hd(ctx: Ctx, curve: str, tz: int, boost=None, tag: str = "", **kw) -> W.HourDist:
    key = (curve, tz, tag, ctx.days)
    if key not in _HD:
        _HD[key] = W.HourDist(curve, tz, ctx.days, boost=boost, **kw)
    return _HD[key]


def drive(ctx: Ctx, rng: random.Random, acct: Account, n: int, dist: W.HourDist, req, *,
          per_session: float = 3.0, gap_s: float = 90.0, min_gap_s: float = 4.0, err: float = 0.006) -> None:
    """Emit n requests for acct. `req(rng, acct, ts, i)` returns a dict with prompt, system,
    kind, model and optionally endpoint / ptoks / ctoks / status / cap."""
    for i, ts in enumerate(session_times(rng, n, dist, per_session, gap_s, min_gap_s)):
        r = req(rng, acct, ts, i)
        ctx.emit(rng, acct, ts, r["prompt"], r["system"], r["kind"], r["model"], r.get("endpoint", "/v1/chat/completions"),
                 ptoks=r.get("ptoks"), ctoks=r.get("ctoks"), status=r.get("status"), cap=r.get("cap"), err=err)
