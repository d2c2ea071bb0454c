"""Accounts, the shared build context, and turning one planned request into a
RequestEvent dict (ids, token counts, status codes)."""
from __future__ import annotations

import math
from random import Random

from enforcer.timeutil import format_rfc3339_ms

from .clock import Clock
from .corpora import Corpora
from .world import Ids, Net, mix, sub_seed

API = "/v1/chat/completions"
LEGACY = "/v1/completions"
EMBED = "/v1/embeddings"
APP = "/app/conversation"  # web app and mobile app

# models: hanbit-3 appears at the launch
MINI, BASE, PRO, NEW, EMB = "hanbit-2-mini", "hanbit-2", "hanbit-2-pro", "hanbit-3", "hanbit-embed-2"


class World:
    """Everything a population builder needs."""

    def __init__(self, seed: int, days: int, corpora: Corpora):
        self.seed = seed
        self.clock = Clock(days)
        self.corpora = corpora
        self.net = Net(Random(sub_seed(seed, "net")))
        self.ids = Ids(Random(sub_seed(seed, "ids")))
        self.accounts: list[Account] = []
        self.shared: dict = {}  # things several populations draw on (family carrier plans, launch-blog problems)

    def rng(self, name: str) -> Random:
        return Random(sub_seed(self.seed, name))

    def days_scale(self) -> float:
        return self.clock.days / 2


class Account:
    __slots__ = ("id", "label", "population", "campaign", "created", "created_text", "org", "pay", "keys",
                 "times", "fn", "rng", "st")

    def __init__(self, w: World, label: str, population: str, campaign: str | None, created: int,
                 pay: str | None, org: str | None = None, n_keys: int = 1, salt: int = 0):
        self.id = w.ids.account()
        self.label, self.population, self.campaign = label, population, campaign
        self.created = created
        self.created_text = None
        self.org, self.pay = org, pay
        self.keys = [w.ids.key() for _ in range(n_keys)]
        self.times: list[int] = []
        self.fn = None
        self.rng = Random(mix(w.seed, sub_seed(w.seed, self.id), salt))
        self.st: dict = {}
        w.accounts.append(self)

    def settle(self, clock: Clock) -> None:
        """Clip to the window, keep the account older than its first request."""
        t = [x for x in self.times if clock.start <= x < clock.end]
        t.sort()
        self.times = t
        if t and self.created >= t[0]:
            self.created = t[0] - 60_000 - self.rng.randrange(20 * 60_000)
        self.created_text = format_rfc3339_ms(self.created)


def tokens(text: str | None) -> int:
    """~4 chars per token for Latin text, ~0.85 tokens per Hangul/CJK character."""
    if not text:
        return 0
    n = len(text)
    wide = (len(text.encode("utf-8")) - n) // 2
    return max(1, int((n - wide) / 3.9 + wide * 0.85))


# kind -> (median completion tokens, log-sigma, cap)
COMPLETION = {
    "cot": (640, .45, 4096), "solve": (260, .5, 2048), "chat": (230, .7, 2048), "short": (45, .6, 400),
    "code": (330, .6, 3000), "fim": (38, .8, 256), "label": (18, .5, 120), "json": (60, .5, 400),
    "summary": (170, .4, 800), "essay": (720, .4, 3000), "tutor": (540, .4, 2500), "worksheet": (1150, .35, 4096),
    "embed": (0, 0, 0), "translate": (0, 0, 0), "verdict": (6, .4, 40),
}
REASONING = {"cot", "solve", "tutor", "worksheet", "code"}


def completion(rng: Random, kind: str, prompt_tokens: int, model: str) -> int:
    if kind == "embed":
        return 0
    if kind == "translate":
        return max(1, int(prompt_tokens * rng.uniform(0.9, 1.5)))
    med, sig, cap = COMPLETION[kind]
    v = med * math.exp(rng.gauss(0, sig))
    if model == NEW and kind in REASONING:
        v *= 1.35
    return max(1, min(cap, int(v)))


def event(a: Account, ts: int, *, model: str, endpoint: str, prompt: str, kind: str, ip: str, asn: int,
          ua: str, device: str, system: str | None = None, key: str | None = None, p429: float = 0.004) -> dict:
    rng = a.rng
    pt = tokens(prompt) + tokens(system) + 7
    x = rng.random()
    status = 429 if x < p429 else 400 if x < p429 + 0.003 else 500 if x < p429 + 0.0045 else 200
    ct = completion(rng, kind, pt, model) if status == 200 else 0
    ev = {
        "event_id": f"req_{rng.getrandbits(80):020x}",
        "ts": format_rfc3339_ms(ts),
        "account_id": a.id,
        "org_id": a.org,
        "api_key_id": None if endpoint.startswith("/app/") else key or a.keys[0],  # the web and mobile apps use sessions
        "model": model,
        "endpoint": endpoint,
        "system_prompt": system,
        "prompt": prompt,
        "prompt_tokens": pt if status != 400 else 0,
        "completion_tokens": ct,
        "status": status,
        "ip": ip,
        "asn": asn,
        "user_agent": ua,
        "device_id": device,
        "payment_fingerprint": a.pay,
        "account_created_at": a.created_text,
    }
    return {k: v for k, v in ev.items() if v is not None}
