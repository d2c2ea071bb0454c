"""Shared machinery for populations: account factory (age, org, keys, payment,
network, client), request drafting with token estimates, sessions."""
from __future__ import annotations

import math

from .core import Account, rng_for
from .text import ntok
from .world import APPS, BROWSERS, DAY, LAUNCH, MODEL_NEW, PROVIDER_START, UA, W0, W_END, ja4

CHAT = "/v1/chat/completions"
RESP = "/v1/responses"
COMP = "/v1/completions"
EMB = "/v1/embeddings"


class Pop:
    def __init__(self, env, name, label, campaign=None):
        self.env = env
        self.G, self.W, self.C, self.T = env.G, env.world, env.clock, env.corpus
        self.name, self.label, self.campaign = name, label, campaign
        self.rng = rng_for(env.seed, "pop", name)
        self.accounts = []

    # ------------------------------------------------------------ ids
    def hexid(self, prefix, n=8):
        return self.G.new_id(self.rng, prefix, n)

    def new_pay(self):
        return self.hexid("pf_", 10)

    def new_org(self):
        return self.hexid("org_", 6)

    # ------------------------------------------------------------ accounts
    def account(self, cc, age_days=None, created=None, org=None, pay="new", client="sdk:openai-py", net="res", keys=1,
                rpm=60, legacy_p=0.01):
        r = self.rng
        if created is None:
            lo, hi = age_days if age_days else (3, 900)
            # log-uniform age, capped at the provider's launch
            age = math.exp(r.uniform(math.log(max(lo, 0.01)), math.log(max(hi, lo + 0.02))))
            created = max(PROVIDER_START + r.randrange(DAY), W0 - int(age * DAY))
        a = Account(self.hexid("acct_", 8), self.label, self.name, self.campaign, int(created), cc)
        a.org = org
        a.keys = [self.hexid("key_", 6) for _ in range(keys)]
        a.pay = self.new_pay() if pay == "new" else pay
        a.rpm = rpm
        a.legacy = created < PROVIDER_START + 120 * DAY and r.random() < legacy_p * 10
        self.client(a, client)
        if net:
            self.home(a, net)
        self.accounts.append(a)
        return a

    def client(self, a, kind):
        r = self.rng
        if isinstance(kind, tuple):
            a.ua, a.dev = kind
        elif kind == "browser":
            a.ua = r.choice(UA[r.choice(BROWSERS)])
            a.dev = self.hexid("dfp_", 8)
        elif kind == "app":
            a.ua = r.choice(UA[r.choice(APPS)])
            a.dev = self.hexid("ins_", 8)
        elif kind.startswith("sdk:"):
            stack = kind[4:]
            a.ua = r.choice(UA[stack])
            a.dev = ja4(stack, a.ua)
        else:
            raise ValueError(kind)

    def home(self, a, kind, cc=None):
        r, W = self.rng, self.W
        cc = cc or a.cc
        if kind == "cloud":
            a.net = r.choice(W.cloud_local)
        elif kind in ("vpn", "fres"):
            a.net = r.choice(W.nets_of(kind))
        else:
            a.net = r.choice(W.nets_of(kind, cc))
        a.ip, a.asn = self._addr(a.net), a.net.asn
        if a.net.kind in ("cloud", "vpn", "fres"):
            a.edge = "sin"  # routed to the Singapore edge

    def _addr(self, net):
        r = self.rng
        if net.kind == "mob":
            return self.W.mobile_addr(r, net)
        if net.pool:
            return r.choice(net.pool)
        return self.W.new_ip(r, net)

    def addr(self, a, fresh=False):
        """Address for a new session: CGNAT/VPN exits change per session, homes rarely, servers never."""
        n = a.net
        if n.kind in ("mob", "vpn") or fresh:
            return self._addr(n), n.asn
        if n.kind == "res" and self.rng.random() < 0.06:
            a.ip = self._addr(n)
        return a.ip, a.asn

    # ------------------------------------------------------------ requests
    def req(self, a, t, prompt, system=None, model="himal-2-mini", endpoint=CHAT, ctok=300, hidden=0, ip=None, asn=None,
            key=None, ua=None, dev=None, status=None):
        if t < a.created:
            t = a.created + int(self.rng.uniform(20_000, 600_000))
        ptok = ntok(prompt) + ntok(system) + hidden + (0 if endpoint == EMB else 7)
        if ip is None:
            ip, asn = a.ip, a.asn
        a.ev.append((int(t), model, endpoint, prompt, system, ptok, int(ctok), ip, asn, status,
                     key or (a.keys[0] if len(a.keys) == 1 else self.rng.choice(a.keys)), ua or a.ua, dev or a.dev))

    def t(self, prof, cc, lo=W0, hi=W_END):
        return self.C.sample(self.rng, prof, cc, lo, hi)

    def ctok(self, kind, base=0):
        r = self.rng
        mu = {"chat": 5.6, "short": 4.3, "cot": 6.2, "code": 6.1, "long": 7.1, "agent": 5.0, "list": 6.7, "sum": 5.1,
              "tr": 0, "json": 4.2}[kind]
        if kind == "tr":
            return int(base * r.uniform(1.1, 2.6)) + 5
        return max(1, int(r.lognormvariate(mu, 0.55)))

    def model_for(self, a, t, prefs, adopt=0.0):
        """Model choice: fixed preference, with some adoption of the new model after launch."""
        if t >= LAUNCH and adopt and self.rng.random() < adopt:
            return MODEL_NEW
        return prefs if isinstance(prefs, str) else self.rng.choice(prefs)

    def session(self, a, t0, n, make, gap=(15, 240), fresh=False, model=("himal-2-mini",), adopt=0.0, endpoint=CHAT,
                history=False):
        """n requests from t0 on one connection and model; make(i, prev) -> (prompt, system, ctok kind).
        history=True: the client resends the conversation, so prompt_tokens grow with each turn."""
        r = self.rng
        ip, asn = self.addr(a, fresh)
        m = self.model_for(a, t0, model, adopt)
        t, prev, hist = t0, None, 0
        for i in range(n):
            p, s, kind = make(i, prev)
            c = self.ctok(kind, ntok(p))
            self.req(a, t, p, s, m, endpoint, c, hist, ip, asn)
            if history:
                hist += ntok(p) + c
            prev = p
            t += int(r.uniform(*gap) * 1000)
            if t >= W_END:
                break
        return t

    def done(self):
        self.G.finish_pop(self.name, self.accounts, rng_for(self.env.seed, "gw", self.name))
        self.accounts = []


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1
