"""Population spec -> accounts -> timed, fully-formed request events (dicts)."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from bench.heldout37 import world as W
from bench.heldout37.styles import STYLES

CHAT = "/v1/chat/completions"


@dataclass
class Pop:
    name: str
    n: int
    style: str
    rate: float                       # mean requests per account per (weekday) day
    rhythm: str = "chat"
    cities: tuple = (("cairo", 1.0),)
    langs: tuple = (("ar", 1.0),)
    campaign: str | None = None
    net: str = "home"                 # home | mobile | org | dc | vpn | rotate | pool
    pool: int = 0                     # size of a shared IP pool (mobile CGNAT, vpn, pool)
    asns: tuple = ()                  # ASNs for dc / org / pool / rotate
    clients: tuple = (("android", 1.0),)
    device: str = "own"               # own | shared:K | family
    pay: str = "none"                 # none | own | p:X | shared:K | org | family
    orgs: int = 0
    org_name: str | None = None
    age: tuple = (30, 700)            # days before the window the accounts were created
    created: tuple | None = None      # (lo_ms, hi_ms) batch creation
    spread: float = 0.6
    session: tuple = (4.0, 90.0)      # mean requests per session, mean gap in seconds
    exam: bool = False
    launch: float = 0.0
    weekend: float = 1.0
    adopt: tuple = (0.3, 12.0)        # share on nil-3 eventually, time constant (h)
    models: tuple = (("nil-2.5", 5), ("nil-2.5-mini", 3), ("nil-2", 1))
    endpoint: str = CHAT
    err: float = 0.004
    timing: str = "sessions"          # sessions | cron:P:p | bench
    keys: int = 1
    note: str = ""


@dataclass
class Account:
    id: str
    pop: Pop
    city: str
    lang: str
    created: int
    org: str | None
    pay: str | None
    ua: str
    device: str
    keys: list
    home_ip: tuple
    rate: float
    tmpl: int
    cursor: int
    extra: dict = field(default_factory=dict)


def _pick(r: random.Random, pairs: tuple):
    return r.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def poisson(r: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    k, p, lim = 0, 1.0, math.exp(-lam)
    while True:
        p *= r.random()
        if p <= lim:
            return k
        k += 1


def make_accounts(seed: int, pop: Pop, days: int) -> list[Account]:
    r = W.rng(seed, "acct/" + pop.name)
    dev_pool = pay_pool = None
    if pop.device.startswith("shared:"):
        k = int(pop.device.split(":")[1])
        dev_pool = [W.client_identity(r, _pick(r, pop.clients)) for _ in range(k)]
    if pop.pay.startswith("shared:"):
        pay_pool = ["pm_" + W.h(seed, pop.name, "card", i, n=16) for i in range(int(pop.pay.split(":")[1]))]
    orgs = [pop.org_name] if pop.org_name else ["org_" + W.h(seed, pop.name, "org", i, n=10) for i in range(pop.orgs)]
    out, family = [], None
    for i in range(pop.n):
        aid = "acct_" + W.h(seed, pop.name, i, n=14)
        city = _pick(r, pop.cities)
        lang = _pick(r, pop.langs)
        if pop.created:
            created = r.randrange(*pop.created)
        else:
            created = W.START_MS - int(r.uniform(*pop.age) * W.DAY)
        org = orgs[i % len(orgs)] if orgs else None
        ua, dev = W.client_identity(r, _pick(r, pop.clients))
        if dev_pool:
            ua, dev = dev_pool[r.randrange(len(dev_pool))]
        pay = None
        if pop.pay == "own" or (pop.pay.startswith("p:") and r.random() < float(pop.pay[2:])):
            pay = "pm_" + W.h(seed, aid, "card", n=16)
        elif pay_pool:
            pay = pay_pool[r.randrange(len(pay_pool))]
        elif pop.pay == "org" and org:
            pay = "pm_" + W.h(seed, org, "card", n=16)
        if pop.device == "family" or pop.pay == "family":
            if family is None or family[1] <= 0 or r.random() < 0.05:
                family = [(ua, dev, "pm_" + W.h(seed, aid, "famcard", n=16), city), r.randrange(2, 5)]
            ua, dev, fpay, city = family[0]
            family[1] -= 1
            pay = fpay if pop.pay == "family" else pay
        cc = W.country(city)
        asn = r.choice(W.HOME_ASNS[cc]) if not pop.asns or pop.net in ("home", "mobile") else r.choice(pop.asns)
        keys = ["key_" + W.h(seed, aid, "key", k, n=12) for k in range(pop.keys)]
        rate = pop.rate * math.exp(r.gauss(-pop.spread ** 2 / 2, pop.spread))
        out.append(Account(aid, pop, city, lang, created, org, pay, ua, dev, keys, (W.ip_in(r, asn), asn),
                           rate, r.randrange(1 << 30), r.randrange(1 << 30)))
    return out


def _times_sessions(r: random.Random, a: Account, days: int) -> list[tuple[int, str | None]]:
    p = a.pop
    w = W.hour_weights(p.rhythm, a.city, days, exam=p.exam, launch_boost=p.launch, weekend_factor=p.weekend)
    for k in range(len(w)):
        if W.START_MS + (k + 1) * W.HOUR <= a.created:
            w[k] = 0.0
    base = sum(W.RHYTHMS[p.rhythm])
    n = poisson(r, a.rate * sum(w) / base)
    if n == 0 or sum(w) == 0:
        return []
    smean, gap = p.session
    sessions = max(1, poisson(r, n / smean) or 1)
    hours = r.choices(range(len(w)), weights=w, k=sessions)
    out, left = [], n
    end = W.START_MS + days * W.DAY
    for j, hr in enumerate(hours):
        size = left if j == sessions - 1 else min(left, 1 + poisson(r, smean - 1))
        left -= size
        t = W.START_MS + hr * W.HOUR + r.randrange(W.HOUR)
        for _ in range(size):
            if a.created < t < end:
                out.append((t, None))
            t += int(r.expovariate(1 / gap) * 1000) + r.randrange(2000, 9000)
        if left <= 0:
            break
    return out


def _times_cron(r: random.Random, a: Account, days: int, seed: int) -> list[tuple[int, str | None]]:
    _, period, prob = a.pop.timing.split(":")
    step = int(period) * 60_000
    phase = W.rng(seed, "cron/" + a.pop.name).randrange(step)
    prob = float(prob) * a.rate / a.pop.rate
    out, t, end = [], W.START_MS + phase, W.START_MS + days * W.DAY
    while t < end:
        if t > a.created and r.random() < prob:
            out.append((t + r.randrange(0, 3500), None))
        t += step
    return out


def _times_bench(r: random.Random, a: Account, days: int) -> list[tuple[int, str | None]]:
    """Evaluation jobs: whole benchmark runs, serial requests; a run on nil-3 soon after launch."""
    out, end = [], W.START_MS + days * W.DAY
    starts = [(W.START_MS + int(r.uniform(7, 16) * W.HOUR), r.choice(W.MODELS_OLD))]
    starts.append((W.LAUNCH_MS + int(r.uniform(0.3, 3.5) * W.HOUR), W.NEW_MODEL))
    if days > 1:
        starts.append((W.START_MS + W.DAY + int(r.uniform(8, 20) * W.HOUR), r.choice((W.NEW_MODEL, "nil-2.5"))))
    for t, model in starts:
        for _ in range(int(a.rate * r.uniform(0.6, 1.4))):
            if t >= end:
                break
            out.append((t, model))
            t += int(r.uniform(0.8, 4.5) * 1000)
    return out


def _model(r: random.Random, a: Account, t: int) -> str:
    p = a.pop
    if p.endpoint == "/v1/embeddings":
        return W.EMBED_MODEL
    if t >= W.LAUNCH_MS and p.adopt[0] > 0:
        share = p.adopt[0] * (1 - math.exp(-(t - W.LAUNCH_MS) / W.HOUR / p.adopt[1]))
        if r.random() < share:
            return W.NEW_MODEL
    return _pick(r, p.models)


def _ip(r: random.Random, a: Account, seed: int, pools: dict) -> tuple[str, int]:
    p = a.pop
    if p.net == "home":
        if a.tmpl % 7 == 0 and r.random() < 0.3:  # some users also ask from their phone on mobile data
            asn = r.choice(W.MOBILE_ASNS[W.country(a.city)])
            return W.ip_in(r, asn), asn
        return a.home_ip
    if p.net == "rotate":
        asn = r.choice(p.asns)
        return W.ip_in(r, asn), asn
    cc = W.country(a.city)
    size = p.pool or (2 if p.net in ("org", "dc") else 20)
    if p.net == "mobile":   # carrier CGNAT: shared by everyone in the country on mobile data
        key, asns = ("mobile", cc, size), W.MOBILE_ASNS[cc]
    elif p.net == "vpn":    # commercial VPN exits: shared by every customer of the VPN
        key, asns = ("vpn", p.asns, size), list(p.asns)
    elif p.net == "org":    # an organisation's NAT or backend hosts
        key, asns = ("org", a.org, p.asns, size), list(p.asns) or W.HOME_ASNS[cc]
    else:
        key, asns = (p.name, p.net, cc), list(p.asns) or W.HOME_ASNS[cc]
    if key not in pools:
        pr = W.rng(seed, "pool/" + "/".join(map(str, key)))
        pools[key] = [(W.ip_in(pr, asn), asn) for asn in (pr.choice(asns) for _ in range(size))]
    pool = pools[key]
    if p.net == "dc":
        return pool[a.tmpl % len(pool)]
    return pool[r.randrange(len(pool))]


def _tokens(text: str | None) -> int:
    if not text:
        return 0
    ascii_n = sum(1 for ch in text if ord(ch) < 128)
    return max(1, int(ascii_n / 3.8 + (len(text) - ascii_n) / 2.1))


COMPLETION = {"chat": (5.6, 0.6), "cot": (6.6, 0.4), "code": (6.0, 0.5), "short": (4.4, 0.5),
              "long": (6.2, 0.5), "eval": (5.9, 0.5), "embed": None, "translate": None}


def events_for(seed: int, a: Account, days: int, corp, pools: dict) -> list[dict]:
    r = W.rng(seed, "ev/" + a.id)
    p = a.pop
    if p.timing.startswith("cron"):
        times = _times_cron(r, a, days, seed)
    elif p.timing == "bench":
        times = _times_bench(r, a, days)
    else:
        times = _times_sessions(r, a, days)
    times.sort()
    style = STYLES[p.style]
    out = []
    for i, (t, model) in enumerate(times):
        prompt, system, kind = style(r, a, t, corp)
        model = model or _model(r, a, t)
        ip, asn = _ip(r, a, seed, pools)
        pt = _tokens(prompt) + _tokens(system)
        if kind == "embed":
            ct = 0
        elif kind == "translate":
            ct = int(_tokens(prompt) * r.uniform(0.9, 1.4))
        else:
            mu, sd = COMPLETION[kind]
            ct = int(math.exp(r.gauss(mu, sd)))
            if model == W.NEW_MODEL:
                ct = int(ct * 1.25)
        status = 200
        u = r.random()
        if u < p.err:
            status = 429
        elif u < p.err + 0.0015:
            status = r.choice((400, 500, 503))
        if status != 200:
            ct = 0
        ev = {"event_id": "evt_" + W.h(seed, a.id, i, n=20), "ts": W.rfc3339(t), "account_id": a.id,
              "prompt_tokens": pt, "completion_tokens": ct, "model": model, "endpoint": p.endpoint,
              "prompt": prompt, "status": status, "ip": ip, "asn": asn, "user_agent": a.ua,
              "device_id": a.device, "api_key_id": a.keys[i % len(a.keys)] if len(a.keys) > 1 else a.keys[0],
              "account_created_at": W.rfc3339(a.created)}
        if system is not None:
            ev["system_prompt"] = system
        if a.org:
            ev["org_id"] = a.org
        if a.pay:
            ev["payment_fingerprint"] = a.pay
        out.append((t, ev))
    return out
