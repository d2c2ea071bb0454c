"""Accounts and the request events they send, as the Wisła gateway publishes them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .timing import Clock
from .world import DAY, HEX, PRE_MODELS, World, pick_model, rfc3339

# characters per token for the Wisła tokenizer, by language of the text
CPT = {"en": 4.0, "pl": 3.0, "cs": 3.0, "sk": 3.0, "hu": 2.8, "uk": 2.4, "lt": 2.9, "de": 3.5, "code": 3.3}
GATEWAYS = ("waw-edge-1", "waw-edge-2", "waw-edge-3", "fra-edge-1")


@dataclass
class Account:
    id: str
    pop: str
    campaign: str | None
    created: int
    region: str
    org: str | None = None
    key: str | None = None
    pay: str | None = None
    device: str | None = None
    ua: str | None = None
    adopt_at: int | None = None
    base: tuple = PRE_MODELS
    legacy: bool = False  # sends through the old ingress: integer ts, "AS..." text
    n: int = 0
    extra: dict = field(default_factory=dict)


def est_tokens(text: str | None, lang: str) -> int:
    if not text:
        return 0
    return max(1, int(len(text) / CPT.get(lang, 3.5) + 0.5))


class Emitter:
    """Collects the accounts and events of one population (one random stream each)."""

    def __init__(self, world: World, clock: Clock, pop: str, campaign: str | None = None):
        self.w, self.clock, self.pop, self.campaign = world, clock, pop, campaign
        self.rng = world.rng(f"pop/{pop}")
        self._idr = world.rng(f"ids/{pop}")
        self._evr = world.rng(f"events/{pop}")
        self.accounts: list[Account] = []
        self.events: list[tuple[int, dict]] = []

    def account(self, created: int, region: str, *, api: bool = True, pace: str = "fast", **kw) -> Account:
        a = Account(self.w.ident(self._idr, "acct_"), self.pop, self.campaign, int(created), region, **kw)
        if api and a.key is None:
            a.key = self.w.ident(self._idr, "key_", 16)
        a.adopt_at = self.w.adopt_time(self._idr, pace, a.created)
        if a.key is not None and not a.org and self._idr.random() < 0.05:
            a.legacy = True  # still configured with the old api-v1 hostname
        self.accounts.append(a)
        return a

    def key(self) -> str:
        return self.w.ident(self._idr, "key_", 16)

    def card(self) -> str:
        return "pf_" + "".join(self._idr.choice(HEX) for _ in range(20))

    def created_before(self, lo_days: float, hi_days: float) -> int:
        """A creation time between hi_days and lo_days before the window."""
        return self.w.start - int(self._idr.uniform(lo_days, hi_days) * DAY) - self._idr.randrange(DAY)

    def emit(self, a: Account, ts: int, prompt: str | None, *, net: tuple[str, int], lang: str = "en",
             system: str | None = None, out: tuple[int, int] | int = (120, 700), model: str | None = None,
             endpoint: str = "/v1/chat/completions", ua: str | None = None, device: str | None = None,
             key: str | None = None, status: int | None = None, err: float = 0.012, org: str | None = None, ctx: int = 0) -> bool:
        ts = int(ts)
        if ts < self.w.start or ts >= self.w.end or ts <= a.created:
            return False
        r = self._evr
        if model is None:
            model = pick_model(r, a.adopt_at, ts, a.base)
        if status is None:
            x = r.random()
            status = 200 if x >= err else (429 if x < err * 0.6 else r.choice((500, 503, 400, 408)))
        if isinstance(out, tuple):
            lo, hi = out
            ctoks = int(min(hi * 1.6, max(1, r.lognormvariate(0, 0.45) * (lo + hi) / 2)))
        else:
            ctoks = out
        if status != 200:
            ctoks = 0
        ptoks = est_tokens(prompt, lang) + est_tokens(system, lang if lang != "code" else "en") + (0 if endpoint == "/v1/embeddings" else 7) + ctx
        ip, asn = net
        ev = {
            "event_id": "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                     0x8000 | r.getrandbits(14), r.getrandbits(48)),
            "ts": ts if a.legacy else rfc3339(ts),
            "account_id": a.id,
        }
        if org or a.org:
            ev["org_id"] = org or a.org
        if key or a.key:
            ev["api_key_id"] = key or a.key
        ev["model"] = model
        ev["endpoint"] = endpoint
        ev["prompt_tokens"] = ptoks
        ev["completion_tokens"] = ctoks
        ev["status"] = status
        ev["ip"] = ip
        ev["asn"] = f"AS{asn}" if a.legacy else asn
        if ua or a.ua:
            ev["user_agent"] = ua or a.ua
        if device or a.device:
            ev["device_id"] = device or a.device
        if a.pay:
            ev["payment_fingerprint"] = a.pay
        ev["account_created_at"] = rfc3339(a.created)
        if system:
            ev["system_prompt"] = system
        if prompt is not None:
            ev["prompt"] = prompt
        ev["gw"] = GATEWAYS[r.randrange(4)] if not a.legacy else "legacy-ingress"
        ev["latency_ms"] = 0 if status != 200 else int(180 + ctoks * r.uniform(9, 22))
        self.events.append((ts, ev))
        a.n += 1
        return True
