"""Accounts and the per-population request builder.

A population draws only from random.Random(f"{seed}:{name}"). Builders add raw requests with
`Pop.req`; `Pop.finalize` walks each account's requests in time order and decides the gateway's
answer (404 before launch, 403 tier, 429 rate/quota, launch overload 503/529, incident 5xx,
baseline errors), token counts, latency, and client retries.
"""
from __future__ import annotations

import heapq
import math
import random
from collections import deque
from dataclasses import dataclass, field

from . import world as W
from .world import DAY, DAY1, END, HOUR, MIN, SEC, hexid


@dataclass
class Account:
    id: str
    pop: str
    label: str
    campaign: str | None
    country: str
    tier: str
    created_at: int
    org_id: str | None = None
    payment: str | None = None
    keys: list = field(default_factory=list)
    devices: list = field(default_factory=list)   # [(device_id, user_agent)]
    net: object = None                             # home/usual network
    retry_p: float = 0.35                          # chance a failed call is retried by the client
    sdk: bool = False
    meta: dict = field(default_factory=dict)


def uuidish(*parts) -> str:
    h = hexid(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


class Pop:
    def __init__(self, seed: int, name: str, label: str = "benign", campaign: str | None = None):
        self.seed, self.name, self.label, self.campaign = seed, name, label, campaign
        self.rng = random.Random(f"{seed}:{name}")
        self.accounts: list[Account] = []
        self.reqs: list[dict] = []
        self._n = 0

    # ---- identities ---------------------------------------------------------------
    def account(self, country: str, tier: str, created_at: int, *, org_id=None, payment=None, keys: int = 1,
                retry_p: float = 0.35, sdk: bool = False, **meta) -> Account:
        i = len(self.accounts)
        aid = "acct_" + hexid(self.seed, self.name, "acct", i, n=20)
        a = Account(aid, self.name, self.label, self.campaign, country, tier, created_at, org_id, payment,
                    ["key_" + hexid(self.seed, aid, "key", k, n=16) for k in range(keys)], [], None, retry_p, sdk, meta)
        self.accounts.append(a)
        return a

    def org(self, tag: object) -> str:
        return "org_" + hexid(self.seed, self.name, "org", tag, n=16)

    def card(self, tag: object) -> str:
        return "pf_" + hexid(self.seed, self.name, "card", tag, n=24)

    def created(self, lo_days: float, hi_days: float, before: int = DAY1) -> int:
        """Account creation: uniform-in-log between lo and hi days before `before`."""
        r = self.rng
        d = math.exp(r.uniform(math.log(max(lo_days, 0.01)), math.log(max(hi_days, lo_days + 0.01))))
        return int(before - d * DAY - r.randrange(HOUR))

    # ---- requests -----------------------------------------------------------------
    def req(self, a: Account, ts: int, prompt: str | None, *, model: str = "atlas-2", kind: str = "chat",
            net=None, ip: str | None = None, dev: tuple | None = None, system: str | None = None,
            endpoint: str = "chat", key: int = 0, verbosity: float = 1.0, max_tokens: int = 0) -> dict | None:
        if ts < DAY1 or ts >= END:
            return None
        net = net or a.net
        if ip is None:
            ip = net.address(self.rng.randrange(net.pool))
        dev = dev or (a.devices[0] if a.devices else (None, None))
        self._n += 1
        r = {
            "event_id": uuidish(self.seed, self.name, self._n),
            "ts": int(ts), "account_id": a.id, "model": model, "endpoint": W.ENDPOINTS[endpoint],
            "prompt": prompt, "system_prompt": system, "org_id": a.org_id,
            "api_key_id": a.keys[key % len(a.keys)] if a.keys else None, "ip": ip, "asn": net.asn,
            "user_agent": dev[1], "device_id": dev[0], "payment_fingerprint": a.payment,
            "account_created_at": a.created_at, "_acct": a, "_kind": kind, "_verb": verbosity,
            "_max": max_tokens, "_country": net.country, "_tries": 0,
        }
        self.reqs.append(r)
        return r

    # ---- gateway answer -----------------------------------------------------------
    def _status(self, r: dict, a: Account, window: deque, daily: dict) -> int:
        rng, ts, model = self.rng, r["ts"], r["model"]
        rpm, quota, allowed = W.TIERS[a.tier]
        while window and window[0] <= ts - MIN:
            window.popleft()
        window.append(ts)
        day = (ts - DAY1) // DAY
        daily[day] = daily.get(day, 0) + 1
        launch = W.MODELS[model][1]
        if launch and ts < launch:
            return 404
        if model not in allowed:
            return 403
        if len(window) > rpm:
            return 429
        if quota and daily[day] > quota:
            r["_err"] = "quota_exceeded"
            return 429
        if model == "atlas-3" and W.OVERLOAD[0] <= ts < W.OVERLOAD[1]:
            p = 0.28 * (1 - (ts - W.OVERLOAD[0]) / (W.OVERLOAD[1] - W.OVERLOAD[0])) + 0.03
            if rng.random() < p:
                return 529 if rng.random() < 0.6 else 503
        if model in ("atlas-2", "atlas-2-lite") and W.INCIDENT[0] <= ts < W.INCIDENT[1] and rng.random() < 0.32:
            return rng.choice([500, 502, 503, 503])
        x = rng.random()
        if x < 0.0025:
            return 500
        if x < 0.0045:
            return 400
        if x < 0.0055:
            return 408
        if x < 0.0075 and not a.sdk:
            return 499  # client closed the stream (user pressed stop)
        return 200

    def _tokens(self, r: dict, status: int) -> None:
        rng = self.rng
        pt = W.est_tokens(r["prompt"]) + W.est_tokens(r["system_prompt"]) + (7 if r["system_prompt"] else 4)
        kind = r["_kind"]
        mkind, _, verb, tps, ttft = W.MODELS[r["model"]]
        if status in (403, 404, 429, 401):
            r["prompt_tokens"], r["completion_tokens"] = 0, 0
            r["_lat"] = rng.randint(4, 40)
            return
        r["prompt_tokens"] = pt
        if mkind == "embed" or kind == "embed":
            r["completion_tokens"] = 0
            r["_lat"] = int(ttft + pt * 0.08 + rng.randint(0, 30))
            return
        base = W.TASK_VERBOSITY.get(kind, 170)
        if kind in ("translate", "rewrite"):
            base = max(20, int(pt * 1.15))
        ct = int(base * verb * r["_verb"] * math.exp(rng.gauss(0, 0.45))) + 1
        if r["_max"]:
            ct = min(ct, r["_max"])
        if status == 499:
            ct = int(ct * rng.random() * 0.6)
        elif status != 200:
            ct = 0
        r["completion_tokens"] = max(0, ct)
        r["_lat"] = int(ttft * math.exp(rng.gauss(0, 0.3)) + ct * 1000 / tps) if status in (200, 499) else rng.randint(200, 30000)

    def finalize(self) -> list[dict]:
        by: dict[str, list] = {}
        for r in self.reqs:
            by.setdefault(r["account_id"], []).append(r)
        out = []
        for aid in sorted(by):
            lst = by[aid]
            a = lst[0]["_acct"]
            heap = [(r["ts"], r["event_id"], r) for r in lst]
            heapq.heapify(heap)
            window, daily = deque(), {}
            while heap:
                _, _, r = heapq.heappop(heap)
                st = self._status(r, a, window, daily)
                r["status"] = st
                self._tokens(r, st)
                out.append(r)
                if st in (429, 500, 502, 503, 529, 408) and r["_tries"] < 3 and self.rng.random() < a.retry_p:
                    back = (2 ** r["_tries"]) * SEC * (1 + self.rng.random()) if a.sdk else self.rng.randint(5, 90) * SEC
                    nr = dict(r)
                    nr["_tries"] += 1
                    nr["ts"] = r["ts"] + int(back)
                    nr["event_id"] = uuidish(self.seed, self.name, r["event_id"], "retry", nr["_tries"])
                    nr.pop("_err", None)
                    if nr["ts"] < END:
                        heapq.heappush(heap, (nr["ts"], nr["event_id"], nr))
        return out
