"""The generator state: seeded RNG streams, accounts, networks, sessions and event emission."""
from __future__ import annotations

import math
import random

from . import net as N
from .world import DAY, HOUR, LAUNCH, T0, pkt, model_for, profile

THROTTLE = (pkt(0, 20.5), pkt(0, 23.5))


class Acct:
    __slots__ = ("id", "pop", "campaign", "created", "org", "pay", "keys", "clients", "net", "rotate",
                 "region", "city", "access", "mkind", "n")

    def client(self, rng):
        return self.clients[0] if len(self.clients) == 1 or rng.random() < 0.75 else rng.choice(self.clients)


class Gen:
    def __init__(self, seed: int, days: int = 2):
        self.seed, self.days = seed, days
        self.t0, self.t1 = T0, T0 + days * DAY
        self.ev: list = []
        self.accts: list[Acct] = []
        self._ids: set[str] = set()
        self._idr = self.rng("account-ids")
        self._pools: dict = {}

    def rng(self, *parts) -> random.Random:
        return random.Random(f"{self.seed}:" + ":".join(str(p) for p in parts))

    # ---------- identities ----------
    def _uid(self, prefix: str, n: int) -> str:
        while True:
            s = prefix + N.hexid(self._idr, n)
            if s not in self._ids:
                self._ids.add(s)
                return s

    def org(self) -> str:
        return self._uid("org_", 12)

    def account(self, pop: str, *, created: int, campaign: str | None = None, org: str | None = None,
                pay: str | None = None, clients=None, net=None, rotate: bool = False, region: str = "pk",
                city: str | None = None, access: str = "fixed", mkind: str = "consumer", nkeys: int = 1) -> Acct:
        a = Acct()
        a.id = self._uid("acct_", 14)
        a.pop, a.campaign, a.created, a.org, a.pay = pop, campaign, created, org, pay
        a.keys = [self._uid("key_", 12) for _ in range(nkeys)]
        a.clients, a.net, a.rotate = clients or [], net, rotate
        a.region, a.city, a.access, a.mkind, a.n = region, city, access, mkind, 0
        self.accts.append(a)
        return a

    # ---------- networks ----------
    def cgnat_pool(self, asn: int, city: str) -> list:
        k = (asn, city)
        if k not in self._pools:
            r = self.rng("cgnat", asn, city)
            self._pools[k] = [(N.v4(r, asn), asn) for _ in range(r.randint(14, 28))]
        return self._pools[k]

    def net_cgnat(self, rng, asns, city: str):
        asn = rng.choice(asns)
        pool = self.cgnat_pool(asn, city)
        if N.ASNS[asn][4] and rng.random() < 0.3:
            return lambda r, ts: (N.v6(r, asn), asn)
        return lambda r, ts: r.choice(pool)

    def net_home(self, rng, asns):
        asn = rng.choice(asns)
        ips = [N.v4(rng, asn) for _ in range(self.days + 1)]
        if N.ASNS[asn][4] and rng.random() < 0.2:
            ip6 = N.v6(rng, asn)
            return lambda r, ts: (ip6, asn) if r.random() < 0.6 else (ips[(ts - T0) // DAY], asn)
        return lambda r, ts: (ips[(ts - T0) // DAY], asn)

    @staticmethod
    def net_fixed(lst):
        return (lambda r, ts: lst[0]) if len(lst) == 1 else (lambda r, ts: r.choice(lst))

    def net_for(self, rng, region: str, access: str, city: str):
        if access == "mobile":
            return self.net_cgnat(rng, N.PK_MOBILE if region == "pk" else N.BD_MOBILE, city)
        if access == "vpn":
            return self.net_fixed(self.vpn_exits())
        return self.net_home(rng, N.PK_FIXED if region == "pk" else N.BD_FIXED)

    def vpn_exits(self) -> list:
        if "vpn" not in self._pools:
            self._pools["vpn"] = N.pool(self.rng("vpn-exits"), N.VPN, 40)
        return self._pools["vpn"]

    # ---------- clients ----------
    @staticmethod
    def clients_for(rng, kind: str, phone: str | None = None) -> list:
        if kind == "mobile":
            if rng.random() < 0.55:
                ua = N.ua_app(rng, phone)
                return [(ua, N.app_device(rng, "iPhone" in ua))]
            return [(N.ua_android(rng, phone), N.web_device(rng))]
        if kind == "desktop":
            return [(N.ua_desktop(rng), N.web_device(rng))]
        if kind == "mixed":
            return Gen.clients_for(rng, "desktop") + Gen.clients_for(rng, "mobile")
        return [N.sdk(rng, kind.split(":", 1)[1])]

    # ---------- time ----------
    def sessions(self, rng, prof, n: int, per=(1, 5), gap=(45.0, 0.9)) -> list[int]:
        out: list[int] = []
        while len(out) < n:
            k = min(n - len(out), rng.randint(*per))
            t = prof.sample(rng)
            for _ in range(k):
                out.append(t)
                t += int(rng.lognormvariate(math.log(gap[0]), gap[1]) * 1000) + 400
        out.sort()
        return [t for t in out if t < self.t1]

    @staticmethod
    def count(rng, median: float, sigma: float, lo: int, hi: int) -> int:
        return max(lo, min(hi, int(round(rng.lognormvariate(math.log(median), sigma)))))

    def created(self, rng, lo_days: float, hi_days: float) -> int:
        return T0 - int(rng.uniform(lo_days, hi_days) * DAY) - rng.randrange(DAY // 4)

    # ---------- events ----------
    def status(self, rng, a: Acct, ts: int, model: str) -> int:
        r = rng.random()
        if a.access == "mobile" and a.region == "pk" and THROTTLE[0] <= ts < THROTTLE[1] and r < 0.12:
            return 499 if r < 0.07 else 504
        if model == "aster-4" and LAUNCH <= ts < LAUNCH + HOUR and r < 0.07:
            return 503
        if r < 0.004:
            return 400
        if r < 0.006:
            return 500
        return 200

    def emit(self, a: Acct, rng, ts: int, prompt: str | None, ctok: int, *, system: str | None = None,
             model: str | None = None, endpoint: str = "/v1/chat/completions", status: int | None = None,
             ptok: int | None = None, addr=None, client=None) -> None:
        if not (self.t0 <= ts < self.t1):
            return
        from .text import tokens
        model = model or model_for(rng, ts, a.mkind)
        st = status if status is not None else self.status(rng, a, ts, model)
        ip, asn = addr if addr is not None else a.net(rng, ts)
        ua, dev = client if client is not None else a.client(rng)
        pt = ptok if ptok is not None else tokens(rng, prompt, system)
        ct = ctok if st == 200 else (int(ctok * rng.uniform(0.05, 0.5)) if st == 499 else 0)
        rec = {"account_id": a.id, "api_key_id": a.keys[0] if len(a.keys) == 1 else rng.choice(a.keys),
               "org_id": a.org, "model": model, "endpoint": endpoint, "status": st, "prompt_tokens": pt,
               "completion_tokens": max(0, int(ct)), "ip": ip, "asn": asn, "user_agent": ua, "device_id": dev,
               "payment_fingerprint": a.pay, "account_created_at": a.created, "system_prompt": system,
               "prompt": prompt, "_edge": a.region}
        a.n += 1
        self.ev.append((ts, len(self.ev), rec))


def ctok(rng, median: float, sigma: float = 0.6, cap: int = 8000) -> int:
    return min(cap, int(rng.lognormvariate(math.log(median), sigma)))


def people(g: Gen, pop: str, n: int, *, region: str, cities, access_mix: dict, curve: str, ev, content,
           client: str = "auto", pay_p: float = 0.08, created=(5, 700), per=(1, 5), gap=(50.0, 0.9),
           mkind: str = "consumer", campaign: str | None = None, org: str | None = None, pay: str | None = None,
           net=None, clients=None, hook=None, i0: int = 0) -> list[Acct]:
    """A population of independent people: each its own network, client, card and rhythm.
    `content(rng, acct, ts) -> (prompt, system, ctok[, endpoint])`."""
    from .text import lang_pick
    out = []
    for i in range(n):
        ar = g.rng("acct", pop, i0 + i)
        city = ar.choice(cities)
        access = lang_pick(ar, access_mix)
        ck = ("mobile" if access == "mobile" else "mixed") if client == "auto" else client
        a = g.account(pop, created=g.created(ar, *created), campaign=campaign, org=org,
                      pay=pay if pay is not None else (N.payment(ar) if ar.random() < pay_p else None),
                      clients=clients(ar) if clients else g.clients_for(ar, ck),
                      net=net(ar) if net else g.net_for(ar, region, access, city), region=region, city=city,
                      access=access, mkind=mkind)
        prof = profile(curve, region, city, "mobile" if access == "mobile" else "fixed", g.days)
        times = g.sessions(ar, prof, g.count(ar, *ev), per, gap)
        if hook:
            hook(g, ar, a, times)
        else:
            for ts in times:
                res = content(ar, a, ts)
                g.emit(a, ar, ts, res[0], res[2], system=res[1], endpoint=res[3] if len(res) > 3 else "/v1/chat/completions")
        out.append(a)
    return out
