"""Simulation core: accounts, event emission, and a generic 'individual users' engine."""
from __future__ import annotations

import math
import random
import time

from . import world as W
from .text import toks

CHAT = "/v1/chat/completions"


def rfc(ms: int) -> str:
    s, m = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03dZ" % m


class Acct:
    __slots__ = ("id", "org", "keys", "pay", "created", "pop", "camp")

    def __init__(self, id, org, keys, pay, created, pop, camp):
        self.id, self.org, self.keys, self.pay, self.created, self.pop, self.camp = id, org, keys, pay, created, pop, camp


class Ctx:
    def __init__(self, seed: int):
        self.seed = seed
        self.net = W.Network(seed)
        self.ev: list[tuple[int, str, dict]] = []
        self.accts: dict[str, Acct] = {}

    def rng(self, *names) -> random.Random:
        return W.rng_for(self.seed, *names)

    def org(self, r: random.Random) -> str:
        return "org-" + W.b32id(r, 16)

    def pay(self, r: random.Random) -> str:
        return "pf_" + W.hexid(r, 16)

    def account(self, r: random.Random, pop: str, camp: str | None = None, age_days=(30, 700), org: str | None = None,
                pay: str | None | bool = True, nkeys: int = 1, created: int | None = None) -> Acct:
        while True:
            aid = "acct_" + W.b32id(r, 14)
            if aid not in self.accts:
                break
        if created is None:
            created = W.W0 - int(r.uniform(*age_days) * W.DAY)
        if pay is True:
            pay = self.pay(r)
        elif pay is False:
            pay = None
        keys = ["sk-" + W.hexid(r, 10) for _ in range(nkeys)]
        a = Acct(aid, org or self.org(r), keys, pay, created, pop, camp)
        self.accts[aid] = a
        return a

    def emit(self, r: random.Random, a: Acct, t: int, prompt: str | None, *, ip: str | None, asn: int | None,
             ua: str | None, dev: str | None, model: str, out: float, system: str | None = None,
             endpoint: str = CHAT, ctx_toks: int = 0, rl: float = 0.005, key: str | None = None) -> None:
        if not (W.W0 <= t < W.W0 + 2 * W.DAY):
            return
        x = r.random()
        ptok = toks(prompt) + toks(system) + ctx_toks + r.randint(3, 12)
        if x < rl:
            status, ctok = 429, 0
        elif x < rl + 0.004:
            status, ctok = r.choice([500, 502, 503]), 0
        elif x < rl + 0.007:
            status, ctok = 400, 0
        else:
            status = 200
            if endpoint.endswith("embeddings"):
                ctok = 0
            else:
                ctok = max(1, int(out * math.exp(r.gauss(0, 0.45))))
                if "reasoner" in model:
                    ctok += int(out * r.uniform(1.0, 4.0))
                ctok = min(ctok, 32000)
        lag = int(r.expovariate(1 / 250.0)) + 15
        if r.random() < 0.01:
            lag += r.randint(3000, 120000)
        if r.random() < 0.0006:
            lag += r.randint(120000, 450000)  # an edge buffer flushed late; total lag stays under 10 minutes
        lag = min(lag, 560_000)
        eid = "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                0x8000 | r.getrandbits(14), r.getrandbits(48))
        edge_int = r.random() < 0.15
        e = {"event_id": eid, "ts": t if edge_int else rfc(t), "account_id": a.id, "org_id": a.org,
             "api_key_id": key or a.keys[0], "model": model, "endpoint": endpoint, "status": status,
             "prompt_tokens": ptok, "completion_tokens": ctok, "prompt": prompt, "system_prompt": system,
             "ip": ip, "asn": asn, "user_agent": ua, "device_id": dev, "payment_fingerprint": a.pay,
             "account_created_at": rfc(a.created) if a.created is not None else None}
        self.ev.append((t + lag, eid, e))
        if r.random() < 0.0015:  # at-least-once delivery: the gateway republishes the same event
            self.ev.append((t + lag + r.randint(200, 30000), eid + "~dup", e))


def client(r: random.Random, kind: str):
    """-> (ua, device_id) for one install / machine."""
    if kind == "app":
        return W.app_ua(r), "inst-" + W.hexid(r, 16)
    if kind == "mobile_web":
        return W.mobile_web_ua(r.choice(W.PHONES)), "web-" + W.hexid(r, 16)
    if kind == "web":
        return r.choice(W.BROWSERS), "web-" + W.hexid(r, 16)
    if kind == "agent":
        tool = r.choice(["Cline/3.4.1", "Continue/0.9.230", "aider/0.69.1", "opencode/0.3.2", "Roo-Code/3.2.0"])
        return tool + " node/20.18.0", W.SDK_FP["node"] if not tool.startswith("aider") else W.SDK_FP["python-httpx"]
    return W.sdk(r)


def home_ip(ctx: Ctx, r: random.Random, net: str) -> str:
    return ctx.net.fresh(r, net)


def session_ip(ctx: Ctx, r: random.Random, net: str, home: str) -> str:
    kind = W.NETS[net][1]
    if kind in ("mobile", "uni"):
        return ctx.net.cgnat(r, net, hot=0.3)
    if kind == "vpn":
        return ctx.net.fresh(r, net)
    if kind == "fibre" and r.random() < 0.05:
        return ctx.net.fresh(r, net)  # DHCP renewal
    return home


def individuals(ctx: Ctx, pop: str, n: int, spec: dict) -> None:
    """Many independent people. spec keys: nets [(net,w)], client, curve, sess (lo,hi), per (lo,hi),
    gap (lo,hi) s, prompt(r,t)->(prompt, out, system, ctx_toks, endpoint), style, paid (prob), age (days)."""
    for i in range(n):
        r = W.rng_for(ctx.seed, pop, i)
        a = ctx.account(r, pop, age_days=spec.get("age", (20, 900)), pay=r.random() < spec.get("paid", 0.3))
        net = W.pick_w(r, spec["nets"])
        home = home_ip(ctx, r, net)
        ua, dev = client(r, spec.get("client", "app"))
        lo, hi = spec.get("lohi", (W.W0, W.W0 + 2 * W.DAY))
        nsess = r.randint(*spec["sess"])
        if spec.get("heavy") and r.random() < spec["heavy"]:
            nsess *= 3
        for _ in range(nsess):
            t = W.when(r, spec["curve"], lo, hi)
            ip = session_ip(ctx, r, net, home)
            sess_dev = dev
            if spec.get("client") == "web" and r.random() < 0.15:
                ua, sess_dev = client(r, "mobile_web")  # same person from the phone browser
            for _ in range(r.randint(*spec["per"])):
                p, out, system, ctxt, ep = spec["prompt"](r, t)
                ctx.emit(r, a, t, p, ip=ip, asn=W.NETS[net][0], ua=ua, dev=sess_dev, model=W.model_for(r, t, spec["style"]),
                         out=out, system=system, ctx_toks=ctxt, endpoint=ep)
                t += int(1000 * r.uniform(*spec["gap"]))
