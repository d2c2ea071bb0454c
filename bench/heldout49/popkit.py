"""Shared machinery for populations: the world bundle, a generic per-user
session driver, shared NATs and conversational follow-ups."""
from __future__ import annotations

import random

from . import devices
from .networks import MOBILE, FIXED, Line
from .world import DAY, EP_CHAT, EP_EMB, LAUNCH_MS, M_EMBED, M_NEW, START_MS, TZ, pick_model, sample_ts, session, status_for, toks


class W:
    def __init__(self, ctx, nets, corpus):
        self.ctx, self.nets, self.c = ctx, nets, corpus


class SharedNat:
    """Everyone behind one NAT (campus, office, café, BPO floor)."""

    def __init__(self, pool: list):
        self.pool = pool

    def at(self, rng: random.Random, t: int) -> tuple:
        return rng.choice(self.pool)


class Fixed:
    def __init__(self, addr: tuple):
        self.addr = addr

    def at(self, rng, t):
        return self.addr


class Rotating:
    """A new exit per call (proxy rotation)."""

    def __init__(self, fn):
        self.fn = fn

    def at(self, rng, t):
        return self.fn(rng)


FOLLOW = {
    "en": ["why?", "can you explain step 2 again?", "give another example", "make it shorter", "thanks! one more question",
           "what if the number was 12 instead?", "ok and how would I write that in the exam?", "I still don't get it", "in simpler words pls"],
    "ru": ["aur asaan karo", "yeh step samajh nahi aaya", "ek aur misaal do", "shukriya, aur ek sawal", "short kar do", "urdu mein likh do"],
    "ur": ["مزید آسان کریں", "ایک اور مثال دیں", "شکریہ، ایک اور سوال"],
    "bn": ["আরো সহজ করে বলো", "আরেকটা উদাহরণ দাও", "ধন্যবাদ, আরেকটা প্রশ্ন"],
    "bl": ["aro sohoj kore bolo", "eta bujhlam na", "arekta example dao", "thanks vai, ar ekta question", "short e dao"],
    "mix": ["thoda aur explain karo", "ok ekta example dao", "samajh gaya, next?"],
}


def country(rng: random.Random, ccs, i: int = 0) -> str:
    if callable(ccs):
        return ccs(rng, i)
    if isinstance(ccs, str):
        return ccs
    names, w = zip(*ccs)
    return rng.choices(names, w)[0]


def home_line(W, rng, cc: str, mobile_p: float = 0.7, v6: float = 0.08):
    cc = cc.split("_")[0]
    table = MOBILE if (rng.random() < mobile_p and cc in MOBILE) else FIXED
    return Line(W.nets, rng, W.nets.pick(rng, table, cc), v6_share=v6)


def created_ago(rng: random.Random, lo_days: float, hi_days: float) -> int:
    return START_MS - int(rng.uniform(lo_days, hi_days) * DAY)


def users(W, pop: str, n: int, make, *, ccs, langs, profile="casual", mods=(1.0, 1.0), sess=(0.6, 0.8, 12),
          per=(1, 4), gap=70.0, follow=0.3, clients=devices.MOBILE_UA, where=None, client_fn=None, acct_fn=None,
          mobile_p=0.7, new_share=0.04, weights=(0.2, 0.6, 0.2), rl=0.0, campaign=None, lo=START_MS, hi=None):
    """Generic individual users. make(rng, lang, cc, t) -> (prompt, system, endpoint, ctok)."""
    from .phrases import lang as pick_lang
    ctx, rng = W.ctx, W.ctx.rng(pop)
    hi = hi or START_MS + 2 * DAY
    out = []
    for i in range(n):
        cc = country(rng, ccs, i)
        a = acct_fn(rng, i, cc) if acct_fn else ctx.account(rng, pop, campaign, pay="own" if rng.random() < 0.55 else None)
        line = where(rng, i, cc) if where else home_line(W, rng, cc, mobile_p)
        cl = client_fn(rng, i) if client_fn else devices.client(rng, clients)
        lg = pick_lang(rng, langs[cc] if isinstance(langs, dict) else langs)
        mu, sigma, cap = sess
        nsess = min(cap, int(rng.lognormvariate(mu, sigma)) + 1)
        model_pref = pick_model(rng, hi, weights)
        for _ in range(nsess):
            t0 = sample_ts(rng, TZ[cc if cc in TZ else "PK"], profile, mods, lo, hi)
            addr = line.at(rng, t0)
            hist = 0
            for k, t in enumerate(session(rng, t0, rng.randint(*per), gap)):
                if k and rng.random() < follow:
                    p, sysm, ep, ctok = rng.choice(FOLLOW[lg]), None, EP_CHAT, rng.randint(60, 500)
                else:
                    r = make(rng, lg, cc, t)
                    p, sysm, ep, ctok = r[:4]
                    hist = r[4] if len(r) > 4 else 0
                if t >= LAUNCH_MS and rng.random() < new_share:
                    model = M_NEW
                else:
                    model = pick_model(rng, t, weights) if rng.random() < 0.3 else model_pref
                if ep == EP_EMB:
                    model = M_EMBED
                st = status_for(rng, t, model, rate_limited=rl)
                ctx.emit(a, t, addr, cl, p, system=sysm, model=model, endpoint=ep, ctok=ctok, status=st, extra_ptok=hist)
                hist += toks(p) + ctok
        out.append(a)
    return out


def stream(W, rng, a, n, make, *, tz, profile, hosts, mods=(1.0, 1.0), lo=START_MS, hi=None, weights=(0.2, 0.6, 0.2),
           new_share=0.0, rl=0.0, keys=None):
    """A server account relaying end-user traffic: independent arrivals under a diurnal curve.
    make(rng, t) -> (prompt, system, endpoint, ctok[, extra_ptok]); hosts: [(addr, client)]."""
    hi = hi or START_MS + 2 * DAY
    for _ in range(n):
        t = sample_ts(rng, tz, profile, mods, lo, hi)
        addr, cl = rng.choice(hosts)
        r = make(rng, t)
        model = M_EMBED if r[2] == EP_EMB else pick_model(rng, t, weights, new_share)
        st = status_for(rng, t, model, rate_limited=rl)
        W.ctx.emit(a, t, addr, cl, r[0], system=r[1], model=model, endpoint=r[2], ctok=r[3], status=st,
                   extra_ptok=r[4] if len(r) > 4 else 0, key=rng.choice(keys or a.keys))
