"""The shared machinery every population uses: accounts, the world context
(seeded RNGs, clock, pools, prompts), session timing, load-shedding effects,
and the response model (status codes, token counts)."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from . import networks
from .clock import DAY, HOUR, INCIDENT, MIN, PROFILES, REASON_MODEL, RELEASE, T0, LoadShedding
from .corpora import Corpora


@dataclass
class Account:
    id: str
    population: str
    campaign: str | None
    created_ms: int
    org: str | None = None
    keys: list[str] = field(default_factory=list)
    payment: str | None = None
    ua: str = ""
    device: str = ""
    net: str = "openserve"          # ASNS key of the usual network
    ip: str | None = None           # fixed address (fibre home, office); None -> drawn per request
    area: str | None = None         # load-shedding block, None if on backup power
    edge: str = "jnb"
    zdr: bool = False               # zero data retention: the gateway publishes null prompts
    carrier: str | None = None      # mobile network for tethering during outages


class World:
    def __init__(self, seed: int, days: int, corpora: Corpora):
        self.seed, self.days, self.c = seed, days, corpora
        self.t0, self.t1 = T0, T0 + days * DAY
        self.shed = LoadShedding(seed, days)
        self.pools = networks.Pools(seed)
        self.accounts: list[Account] = []
        self.events: list[dict] = []

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}/{name}")

    def token(self, rng: random.Random, prefix: str, n: int = 14) -> str:
        alphabet = "abcdefghijkmnopqrstuvwxyz23456789"
        return prefix + "".join(rng.choice(alphabet) for _ in range(n))

    def account(self, rng: random.Random, population: str, campaign: str | None, created_ms: int, **kw) -> Account:
        a = Account(id=self.token(rng, "acct_"), population=population, campaign=campaign, created_ms=created_ms, **kw)
        if not a.keys:   # one key in seven was rotated during the window: two keys seen
            a.keys = [self.token(rng, "key_", 10) for _ in range(2 if rng.random() < 0.14 else 1)]
        self.accounts.append(a)
        return a

    def created_before(self, rng: random.Random, days_min: float, days_max: float) -> int:
        return int(self.t0 - rng.uniform(days_min, days_max) * DAY) // 1000 * 1000

    def emit(self, a: Account, ts: int, rng: random.Random, prompt: str | None, *, system: str | None = None,
             model: str = "ubuntu-chat-2", endpoint: str = "/v1/chat/completions", out: tuple[int, int] = (80, 500),
             ip: str | None = None, asn: int | None = None, status: int | None = None, edge: str | None = None,
             device: str | None = None, ua: str | None = None, key: str | None = None) -> None:
        if not (self.t0 <= ts < self.t1):
            return
        st = status if status is not None else response_status(rng, ts, model, edge or a.edge)
        ptoks = prompt_tokens(rng, prompt, system)
        ctoks = 0 if st != 200 or endpoint == "/v1/embeddings" else int(rng.uniform(*out))
        if model == REASON_MODEL and st == 200:
            ctoks += int(rng.uniform(300, 2400))   # reasoning tokens are billed as completion
        if ip is None:
            ip = a.ip or networks.address(rng, a.net)
        self.events.append({
            "ts": ts, "account_id": a.id, "prompt_tokens": ptoks, "completion_tokens": ctoks,
            "model": model, "endpoint": endpoint,
            "prompt": None if a.zdr else prompt, "system_prompt": None if a.zdr else system,
            "status": st, "org_id": a.org, "api_key_id": key or (a.keys[-1] if ts > a.created_ms % DAY + T0 else a.keys[0]), "ip": ip,
            "asn": asn if asn is not None else networks.asn_of(a.net),
            "user_agent": ua or a.ua, "device_id": device or a.device, "payment_fingerprint": a.payment,
            "account_created_at": a.created_ms, "_edge": edge or a.edge})


def prompt_tokens(rng: random.Random, prompt: str | None, system: str | None) -> int:
    chars = len(prompt or "") + len(system or "")
    return max(1, int(chars / rng.uniform(3.4, 4.3)) + 7)


def response_status(rng: random.Random, ts: int, model: str, edge: str) -> int:
    if model == REASON_MODEL:
        if ts < RELEASE:
            return 404
        since = ts - RELEASE
        p503 = 0.35 if since < 45 * MIN else 0.10 if since < 2 * HOUR else 0.01
        if rng.random() < p503:
            return 503
    if edge == "jnb" and INCIDENT[0] <= ts < INCIDENT[1] and rng.random() < 0.4:
        return rng.choice((500, 503, 503))
    r = rng.random()
    return 400 if r < 0.004 else 500 if r < 0.0055 else 503 if r < 0.0065 else 200


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    k, p, limit = 0, 1.0, math.exp(-lam)
    while k < 1000:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1
    return k


def sessions(rng: random.Random, days: int, profile: str | list, per_day: float, per_session: float,
             gap_s: float = 70.0, day_scale: tuple = (1.0, 1.0)) -> list[list[int]]:
    """Human-like activity: sessions start by an hour-of-day profile, each holds a
    geometric number of requests separated by lognormal think times."""
    weights = PROFILES[profile] if isinstance(profile, str) else profile
    out = []
    for d in range(days):
        scale = day_scale[min(d, len(day_scale) - 1)]
        for _ in range(poisson(rng, per_day * scale)):
            h = rng.choices(range(24), weights)[0]
            t = T0 + d * DAY + h * HOUR + rng.randrange(HOUR)  # T0 is local (SAST) midnight
            n = 1 + min(200, int(rng.expovariate(1 / max(per_session - 1, 0.01))))
            sess = []
            for _ in range(n):
                sess.append(t)
                t += int(rng.lognormvariate(math.log(gap_s), 0.8) * 1000)
            out.append(sess)
    return out


def flat_times(rng: random.Random, t0: int, t1: int, per_hour: float) -> list[int]:
    """A Poisson process at a constant rate (bots, scripts, monitors with jitter)."""
    out, t = [], t0
    for _ in range(200_000):
        t += int(rng.expovariate(per_hour / HOUR))
        if t >= t1:
            break
        out.append(t)
    return out


def through_power(world: World, rng: random.Random, a: Account, sess_list: list[list[int]],
                  p_resume: float = 0.65, p_tether: float = 0.0):
    """Apply load-shedding to a grid-powered account. A session that would start
    in the dark is either tethered to mobile data (CGNAT address), postponed to
    just after power returns (the synchronized return of a whole block), or lost.
    Yields (ts, ip, asn) per surviving request."""
    for sess in sess_list:
        win = world.shed.dark(a.area, sess[0])
        ip, asn = None, None
        if win:
            r = rng.random()
            if a.carrier and r < p_tether:
                ip, asn = world.pools.mobile(rng, a.carrier), networks.asn_of(a.carrier)
            elif r < p_tether + p_resume * (1 - p_tether):
                # routers + ONT boot in 1-4 min, then people pick up where they left off
                shift = win[1] + int((60 + rng.expovariate(1 / 240)) * 1000) - sess[0]
                sess = [t + shift for t in sess]
            else:
                continue
        for t in sess:
            if ip is None and world.shed.dark(a.area, t):
                break      # power went off mid-session
            yield t, ip, asn


def pick_model(rng: random.Random, ts: int, p_reason: float = 0.0, mini: float = 0.2) -> str:
    """Chat model choice; after the launch some users move to the reasoning model."""
    if ts >= RELEASE and rng.random() < p_reason:
        return REASON_MODEL
    return "ubuntu-chat-2-mini" if rng.random() < mini else "ubuntu-chat-2"
