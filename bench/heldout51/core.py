"""Accounts and request records. A `Pop` is one labelled population with its own random generator
`random.Random(f"{seed}|{name}")`; every account it creates and every request it makes comes from it.
"""
from __future__ import annotations

import math
import random

from . import world as W
from .network import Conn, Net, client


class Acct:
    __slots__ = ("id", "country", "lang", "org", "keys", "pay", "created", "ua", "dev", "conn", "pop")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


LANG_OF = {"NL": ["nl"], "BE": ["nl-BE", "nl-BE", "nl-BE", "fr-BE", "fr-BE"], "LU": ["fr", "fr", "en", "de"],
           "DK": ["da"], "SE": ["sv"], "NO": ["no"], "FI": ["sv-FI"], "IS": ["is"]}
COUNTRY_MIX = {"NL": 35, "BE": 22, "LU": 2, "DK": 11, "SE": 16, "NO": 8, "FI": 3, "IS": 3}


def tokens(text: str | None) -> int:
    if not text:
        return 0
    return max(1, math.ceil(len(text) / 3.7))


class Pop:
    def __init__(self, seed: int, net: Net, name: str, label: str, campaign: str | None = None):
        self.seed, self.net, self.name, self.label, self.campaign = seed, net, name, label, campaign
        self.rng = random.Random(f"{seed}|{name}")
        self.accounts: list[Acct] = []
        self.records: list[dict] = []

    # ---- accounts -------------------------------------------------------------------------------------
    def country(self, mix: dict[str, float] | None = None) -> str:
        mix = mix or COUNTRY_MIX
        keys = list(mix)
        return self.rng.choices(keys, weights=[mix[k] for k in keys])[0]

    def acct(self, country: str | None = None, *, lang: str | None = None, created: int | None = None,
             org: str | None | bool = True, pay: str | None | bool = None, kind: str = "web",
             conn: Conn | None = None, keys: int | list = 1, device: str | None = None) -> Acct:
        r = self.rng
        country = country or self.country()
        lang = lang or r.choice(LANG_OF[country])
        ua, dev = client(r, kind, device)
        if org is True:
            org = f"org-{W.token(r, 12)}" if r.random() < 0.9 else None
        if pay is True:
            pay = f"pm_{W.token(r, 16)}"
        key_ids = keys if isinstance(keys, list) else [f"key_{W.token(r, 14)}" for _ in range(keys)]
        a = Acct(id=f"acct_{W.token(r, 14)}", country=country, lang=lang, org=org or None, keys=key_ids,
                 pay=pay or None, created=created if created is not None else W.aged_created(r),
                 ua=ua, dev=dev, conn=conn or self.net.home(r, country), pop=self.name)
        self.accounts.append(a)
        return a

    @staticmethod
    def new_pay(r: random.Random) -> str:
        return f"pm_{W.token(r, 16)}"

    # ---- requests -------------------------------------------------------------------------------------
    def ev(self, a: Acct, ts: int, prompt: str | None, *, system: str | None = None, model: str | None = None,
           endpoint: str = W.EP_CHAT, out: tuple[int, int] = (150, 600), ctx: int = 0, status: int | None = None,
           ip: tuple[str, int] | None = None, key: str | None | bool = True, ua: str | None = None,
           dev: str | None = None) -> dict | None:
        """One request. `out` is the completion-token range (log-uniform); `ctx` earlier turns resent."""
        if not (W.DAY0 <= ts < W.END) or ts < a.created:
            return None
        r = self.rng
        if model is None:
            model = W.M_EMBED if endpoint == W.EP_EMBED else W.chat_model(r, ts)
        if model == W.M_NEW and ts < W.LAUNCH:
            model = W.M_CHAT
        if status is None:
            status = 200
            x = r.random()
            if model == W.M_NEW and ts < W.LAUNCH + 2 * W.HOUR and x < 0.05:
                status = r.choice([429, 503, 503])      # launch-hour capacity limits, for everyone
            elif x < 0.004:
                status = r.choice([500, 502, 503, 504, 400])
        if endpoint == W.EP_EMBED:
            comp = 0
        elif status != 200:
            comp = 0
        else:
            lo, hi = out
            comp = int(math.exp(r.uniform(math.log(max(lo, 1)), math.log(max(hi, lo + 1)))))
        ptok = tokens(prompt) + tokens(system) + ctx + (0 if endpoint == W.EP_EMBED else 7)
        ip, asn = ip or a.conn.ip(r)
        if key is True:
            key = r.choice(a.keys) if a.keys else None
        rec = {
            "event_id": W.uuid4(r), "ts": ts, "account_id": a.id, "org_id": a.org, "api_key_id": key or None,
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system,
            "prompt_tokens": ptok, "completion_tokens": comp, "status": status, "ip": ip, "asn": asn,
            "user_agent": ua or a.ua, "device_id": dev or a.dev, "payment_fingerprint": a.pay,
            "account_created_at": a.created, "_c": a.country,
        }
        self.records.append(rec)
        return rec

    def day_times(self, a: Acct, day: int, profile: str, sessions: float, per_session: float,
                  median_gap_s: float = 70, after: int = 0, sigma: float = 0.8) -> list[int]:
        """Poisson-ish number of sessions on a UTC day, each a burst of requests with think-time gaps."""
        r, out = self.rng, []
        n = _poisson(r, sessions)
        for _ in range(n):
            start = W.sample_ts(r, a.country, profile, day, after=max(after, a.created))
            k = max(1, _poisson(r, per_session))
            out.extend(W.session(r, start, k, median_gap_s, sigma))
        return out


def _poisson(r: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(r.gauss(lam, math.sqrt(lam)) + 0.5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= L:
            return k
        k += 1


def poisson(r: random.Random, lam: float) -> int:
    return _poisson(r, lam)
