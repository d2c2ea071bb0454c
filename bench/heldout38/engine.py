"""Accounts, drafts of requests, and turning drafts into events: network position in time
order, rate limits and errors, retries by SDK clients, token counts, the app update at launch."""
from __future__ import annotations

import heapq
import random
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .clients import APP_NEW, upgraded
from .corpora import MAX_CHARS
from .world import EP_APP, EP_EMBED, EP_LEGACY, HOUR, MIN, MODEL_NEW, SEC, City, Window, hid, lognorm

# completion-token shapes: kind -> (median, sigma, cap)
COMPLETION = {
    "chat": (260, 0.8, 4096), "short": (60, 0.6, 600), "math": (420, 0.5, 2048), "cot": (780, 0.45, 4096),
    "code": (380, 0.6, 4096), "long": (950, 0.4, 4096), "cs": (110, 0.5, 400), "explain": (560, 0.4, 2048),
    "eval": (190, 0.7, 512), "label": (3, 0.3, 8), "json": (40, 0.3, 120), "summary": (150, 0.4, 400),
    "agent": (420, 0.9, 8192), "embed": (0, 0, 0),
}
RPM = {"free": 8, "pro": 40, "api": 300, "api_hi": 1500, "ent": 600}
# app/web message caps on garuda-4 per rolling 3 hours (launch-week limits)
G4_CAP = {"free": 10, "pro": 100}


@dataclass
class Account:
    id: str
    pop: str
    campaign: str | None
    created: int
    city: City
    plan: str = "free"
    org: str | None = None
    pay: str | None = None
    api_key: str | None = None
    ua: str | None = None
    device: str | None = None
    where: Any = None            # .at(ts) -> (ip, asn), called in time order
    legacy_p: float = 0.0        # share of requests entering through the legacy edge
    retry: bool = False          # SDK-style retry with backoff after 429/5xx
    upgrade_at: int | None = None  # app updated to the launch build at this time
    p401: float = 0.0
    rpm: int | None = None


@dataclass
class Draft:
    ts: int
    prompt: str | None
    kind: str
    model: str
    endpoint: str
    system: str | None = None
    hist: int = 0
    net: tuple[str, int] | None = None
    ua: str | None = None
    device: str | None = None
    api_key: str | None = None
    status: int | None = None


def est_tokens(text: str | None) -> int:
    if not text:
        return 0
    return int(len(text) / 3.7) + 1


def est_completion(kind: str) -> int:
    return COMPLETION[kind][0]


def session_times(r: random.Random, t0: int, n: int, median_s: float, sigma: float = 0.7,
                  lo_s: float = 2, hi_s: float = 3600) -> list[int]:
    out, t = [], t0
    for _ in range(n):
        out.append(t)
        t += int(lognorm(r, median_s, sigma, lo_s, hi_s) * SEC)
    return out


def thread(r: random.Random, times: list[int], first: str, follows: tuple[str, ...], kind: str, model_at,
           endpoint: str, system: str | None = None, p_follow: float = 1.0, new_first=None) -> list[Draft]:
    """A conversation: the first message, then follow-ups that carry the history.
    new_first(): when given, a follow-up is replaced by a fresh question with that probability 1-p_follow."""
    out, hist = [], 0
    for i, ts in enumerate(times):
        if i == 0:
            text, k = first, kind
        elif new_first is not None and r.random() > p_follow:
            text, k = new_first()
            hist = 0
        else:
            text, k = follows[r.randrange(len(follows))], kind
        out.append(Draft(ts, text, k, model_at(ts), endpoint, system, hist))
        hist += est_tokens(text) + est_completion(k)
        hist = min(hist, 24000)
    return out


def _status(r: random.Random, W: Window, d: Draft, recent: deque, rpm: int, p401: float,
            g4: deque, cap: int | None) -> int:
    if d.status is not None:
        return d.status
    if p401 and r.random() < p401:
        return 401
    while recent and d.ts - recent[0] >= MIN:
        recent.popleft()
    if len(recent) >= rpm:
        return 429
    recent.append(d.ts)
    if cap is not None and d.model == MODEL_NEW and d.endpoint == EP_APP:
        while g4 and d.ts - g4[0] >= 3 * HOUR:
            g4.popleft()
        if len(g4) >= cap:
            return 429
        g4.append(d.ts)
    if d.model == MODEL_NEW and W.launch <= d.ts < W.launch + int(2.5 * HOUR) and r.random() < 0.08:
        return 503 if r.random() < 0.5 else 429      # launch overload
    if d.model == MODEL_NEW and d.ts < W.launch + 24 * HOUR and r.random() < 0.02:
        return 429                                    # capacity throttling on the new model, first day
    x = r.random()
    if x < 0.004:
        return 400
    if x < 0.0055:
        return 500
    if x < 0.0065:
        return 502
    if x < 0.0075:
        return 503
    if x < 0.008 and d.kind in ("long", "cot", "agent"):
        return 504
    return 200


def finish(W: Window, acct: Account, drafts: list[Draft], r: random.Random) -> list[dict]:
    """Drafts -> event dicts (ts as int ms; wire.py formats them). Drops drafts outside the window."""
    heap = [(d.ts, i, 0, d) for i, d in enumerate(drafts) if W.inside(d.ts) and d.ts >= acct.created]
    heapq.heapify(heap)
    seq = len(drafts)
    recent: deque = deque()
    g4: deque = deque()
    cap = G4_CAP.get(acct.plan)
    rpm = acct.rpm or RPM.get(acct.plan, 40)
    out = []
    while heap:
        ts, _, attempt, d = heapq.heappop(heap)
        if not W.inside(ts):
            continue
        ip, asn = d.net if d.net is not None else acct.where.at(ts)
        ua = d.ua or acct.ua
        if acct.upgrade_at is not None and ts >= acct.upgrade_at and ua:
            ua = upgraded(ua)
        if d.model == MODEL_NEW and ua and ua.startswith("GarudaAI/") and not ua.startswith(f"GarudaAI/{APP_NEW} "):
            d.model = "garuda-3.5-lite" if acct.plan == "free" else "garuda-3.5-pro"  # old app build: no garuda-4
        status = _status(r, W, d, recent, rpm, acct.p401, g4, cap)
        pt = est_tokens(d.prompt) + est_tokens(d.system) + d.hist + (6 if d.endpoint != EP_EMBED else 0)
        pt = max(1, int(pt * r.uniform(0.97, 1.03)))
        if status in (401, 429):
            pt = 0
        ct = 0
        if status == 200 and d.kind != "embed":
            med, sig, cap = COMPLETION[d.kind]
            ct = int(lognorm(r, med, sig, 1, cap))
        legacy = d.endpoint == EP_LEGACY or (ua or "").startswith("GarudaAI/4.9") or r.random() < acct.legacy_p
        ev = {
            "event_id": hid(W.seed, acct.id, ts, seq, n=12),
            "ts": ts,
            "account_id": acct.id,
            "org_id": acct.org,
            "api_key_id": d.api_key or acct.api_key,
            "model": d.model,
            "endpoint": d.endpoint,
            "status": status,
            "prompt_tokens": pt,
            "completion_tokens": ct,
            "prompt": d.prompt[:MAX_CHARS] if d.prompt else d.prompt,
            "system_prompt": d.system[:MAX_CHARS] if d.system else d.system,
            "ip": ip,
            "asn": asn,
            "user_agent": ua,
            "device_id": d.device or acct.device,
            "payment_fingerprint": acct.pay,
            "account_created_at": acct.created,
            "_legacy": legacy,
        }
        seq += 1
        out.append(ev)
        if status in (429, 500, 502, 503, 504) and acct.retry and attempt < 3:
            back = int((2 ** attempt) * r.uniform(1.0, 4.0) * SEC) + (20 * SEC if status == 429 else 0)
            heapq.heappush(heap, (ts + back, seq, attempt + 1, d))
            seq += 1
    return out


@dataclass
class PopOut:
    """What one population returns: its accounts and their events."""
    name: str
    label: str
    campaign: str | None
    accounts: list[Account] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)

    def add(self, W: Window, acct: Account, drafts: list[Draft], r: random.Random) -> None:
        self.accounts.append(acct)
        self.events.extend(finish(W, acct, drafts, r))


def acct_id(seed: int, pop: str, i: int) -> str:
    return "acc_" + hid(seed, pop, i, n=8)


def model_adopter(r: random.Random, W: Window, plan: str, *, adopt: float, lag_h: float = 6.0, pro_model: str = "garuda-3.5-pro"):
    """Which model a person's requests use over time: before launch the plan default; after
    launch, adopters move to garuda-4 after a lag (app users get it by default after updating)."""
    base = pro_model if plan != "free" else "garuda-3.5-lite"
    move = W.launch + int(lognorm(r, lag_h, 1.0, 0.05, 60) * HOUR) if r.random() < adopt else None

    def at(ts: int) -> str:
        if move is not None and ts >= move:
            return MODEL_NEW if plan != "free" or r.random() < 0.6 else base
        return base
    return at
