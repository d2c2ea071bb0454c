"""Accounts, requests and the gateway's behaviour around them.

Population modules describe *what* an account asks and *when*; `Ctx.commit`
applies what the platform does to it: rate limits (429 + client retry),
formosa-reason-2 404s before launch and 503s in the launch storm, the khh3
edge incident, rare 400/500s, token accounting, key rotation, addresses.
Then the wire module renders the line.
"""
from __future__ import annotations

import heapq
import random
from collections import deque
from dataclasses import dataclass, field

from bench.heldout31 import clock
from bench.heldout31.clients import Client
from bench.heldout31.networks import Net, cgnat_tables
from bench.heldout31.wire import Wire

EDGES = ["tpe1", "hsz2", "khh3", "tyo4"]
REASON2 = "formosa-reason-2"


@dataclass
class Account:
    id: str
    population: str
    campaign: str | None
    created: int
    org: str | None
    payment: str | None
    keys: list[tuple[int, str]]
    client: Client
    net: Net
    edge: str
    rpm: int = 60
    retry: bool = True

    @property
    def label(self) -> str:
        return "attack" if self.campaign else "benign"

    def key_at(self, ts: int) -> str:
        k = self.keys[0][1]
        for since, kid in self.keys:
            if ts >= since:
                k = kid
        return k


def est_tokens(s: str | None) -> int:
    if not s:
        return 0
    n, b = len(s), len(s.encode())
    cjk = (b - n) // 2  # CJK chars are 3 bytes in UTF-8
    return max(1, int((n - cjk) / 4 + cjk * 0.75))


@dataclass
class Stats:
    events: int = 0
    by_label: dict[str, int] = field(default_factory=lambda: {"attack": 0, "benign": 0})
    statuses: dict[int, int] = field(default_factory=dict)


class Ctx:
    def __init__(self, seed: int, days: int, corpora):
        self.seed, self.days, self.c = seed, days, corpora
        self.end = clock.START + days * clock.DAY
        self.wire = Wire(seed)
        self.cgnat = cgnat_tables(seed)
        self.accounts: dict[str, Account] = {}
        self.active: dict[str, int] = {}
        self.konbini_nats: list = []  # store Wi-Fi NATs shared by shoppers and the drip campaign
        self.stats = Stats()
        self._ids = random.Random(f"{seed}/ids")
        self._gw = random.Random(f"{seed}/gateway")

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}/{name}")

    def hexid(self, prefix: str, n: int = 12) -> str:
        return prefix + "%0*x" % (n, self._ids.getrandbits(4 * n))

    def account(self, rng: random.Random, population: str, campaign: str | None, *, created: int, client: Client,
                net: Net, edge: str, org: str | None = None, payment: str | None = None, rpm: int = 60,
                key: str | None = None, rotate: float = 1 / 7, retry: bool = True) -> Account:
        aid = self.hexid("acct_", 14)
        while aid in self.accounts:
            aid = self.hexid("acct_", 14)
        keys = [(0, key or self.hexid("key_", 16))]
        if key is None and rng.random() < rotate:  # a routine key rotation inside the window
            keys.append((clock.START + rng.randrange(self.days * clock.DAY), self.hexid("key_", 16)))
        a = Account(aid, population, campaign, created, org, payment, keys, client, net, edge, rpm, retry)
        self.accounts[aid] = a
        return a

    # ------------------------------------------------------------------ commit
    def commit(self, a: Account, reqs: list[dict]) -> None:
        """reqs: dicts with ts, prompt, system, model, endpoint, out (completion
        tokens if served), optional ptok/ip/asn/status/device/ua/fallback."""
        gw = self._gw
        heap = [(r["ts"], i, r) for i, r in enumerate(reqs)]
        heapq.heapify(heap)
        seq = len(reqs)
        window: deque[int] = deque()
        while heap:
            ts, _, r = heapq.heappop(heap)
            if not clock.START <= ts < self.end or ts < a.created:
                continue
            tries = r.get("_try", 0)
            edge = a.edge if gw.random() > 0.08 else EDGES[gw.randrange(4)]
            status, retry_in = r.get("status") or 200, 0
            while window and window[0] <= ts - 60_000:
                window.popleft()
            if status == 200 and len(window) >= a.rpm:
                status, retry_in = 429, gw.randint(2_000, 20_000) * (tries + 1)
            elif status == 200 and r.get("model") == REASON2 and ts < clock.LAUNCH:
                status = 404
                if r.get("fallback"):
                    fb = dict(r, ts=ts + gw.randint(800, 4_000), model=r["fallback"], _try=0)
                    fb.pop("fallback")
                    seq += 1
                    heapq.heappush(heap, (fb["ts"], seq, fb))
            elif status == 200 and r.get("model") == REASON2 and ts < clock.LAUNCH_STORM_END and gw.random() < 0.45:
                status, retry_in = 503, gw.randint(3_000, 40_000) * (tries + 1)
            elif status == 200 and edge == "khh3" and clock.in_spans(ts, [clock.EDGE_INCIDENT]) and gw.random() < 0.7:
                status, retry_in = gw.choice((500, 502, 503, 503)), gw.randint(5_000, 60_000)
            elif status == 200:
                x = gw.random()
                status = 400 if x < 0.002 else 500 if x < 0.0026 else 200
            if status == 200:
                window.append(ts)
            if retry_in and a.retry and tries < 3:
                rr = dict(r, ts=ts + retry_in, _try=tries + 1)
                seq += 1
                heapq.heappush(heap, (rr["ts"], seq, rr))
            self._emit(a, r, ts, status, edge)

    def _emit(self, a: Account, r: dict, ts: int, status: int, edge: str) -> None:
        gw = self._gw
        prompt, system = r.get("prompt"), r.get("system")
        ptok = r.get("ptok")
        if ptok is None:
            ptok = est_tokens(prompt) + est_tokens(system) + (8 if prompt else 0)
        out = r.get("out", 0) if status == 200 else 0
        if status == 200 and out:
            out = max(1, int(out * gw.uniform(0.8, 1.2)))
        ip, asn = (r["ip"], r["asn"]) if "ip" in r else a.net.at(gw, ts)
        ev = {
            "ts": ts, "account_id": a.id, "prompt_tokens": ptok, "completion_tokens": out,
            "model": r.get("model"), "endpoint": r.get("endpoint", "/v1/chat/completions"),
            "prompt": prompt, "system_prompt": system, "status": status, "org_id": a.org,
            "api_key_id": a.key_at(ts), "ip": ip, "asn": asn, "user_agent": r.get("ua") or a.client.ua_for(gw),
            "device_id": r.get("device") or a.client.device, "payment_fingerprint": a.payment,
            "account_created_at": a.created,
        }
        self.wire.add(edge, ev)
        self.active[a.id] = self.active.get(a.id, 0) + 1
        self.stats.events += 1
        self.stats.by_label[a.label] += 1
        self.stats.statuses[status] = self.stats.statuses.get(status, 0) + 1


# ---------------------------------------------------------------------- helpers
def session_times(rng: random.Random, profile: str, day: int, sessions: int, per: tuple[int, int],
                  gap_s: tuple[int, int] = (25, 240)) -> list[int]:
    """Human sessions: a start drawn from the daily profile, then a few prompts
    with think-and-read gaps."""
    out = []
    for _ in range(sessions):
        t = clock.draw(rng, profile, day)
        for _ in range(rng.randint(*per)):
            out.append(t)
            t += int(rng.lognormvariate(0, 0.6) * rng.randint(*gap_s) * 1000)
    return out


def poissonish(rng: random.Random, mean: float) -> int:
    """Small-count draw without numpy: sum of Bernoulli halves keeps it cheap."""
    if mean <= 0:
        return 0
    return max(0, int(rng.gauss(mean, mean ** 0.5) + 0.5))


def req(ts: int, prompt: str | None, out: int, model: str = "formosa-chat-1", **kw) -> dict:
    d = {"ts": ts, "prompt": prompt, "out": out, "model": model}
    d.update(kw)
    return d
