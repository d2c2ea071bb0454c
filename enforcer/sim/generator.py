"""Simulation driver: config, the shared World (ids, network, clock), output."""
from __future__ import annotations

import gzip
import math
import random
import sys
import time
from datetime import datetime, timezone
from operator import itemgetter
from pathlib import Path
from typing import IO, Iterator, Optional

import orjson
import xxhash
from pydantic import BaseModel, field_validator

from .corpora import Corpora

DAY = 86_400_000
HOUR = 3_600_000
MASK64 = (1 << 64) - 1
MODELS = ("claude-sonnet-4-5", "claude-haiku-4-5", "claude-opus-4-1")
NEW_MODEL = "claude-opus-5"  # what a --release-at release ships
# (UTC offset, weight, residential ASNs, mobile ASN). Offsets are November ones.
REGIONS = (
    (-8.0, 10, (7922, 20115, 7018), 21928), (-7.0, 3, (7922, 209, 20115), 21928),
    (-6.0, 7, (7018, 20115, 22773), 20057), (-5.0, 16, (7922, 701, 22773, 20115), 22394),
    (-3.0, 5, (28573, 26599, 18881), 26615), (0.0, 8, (2856, 5089, 5607), 12576),
    (1.0, 14, (3320, 3215, 12322, 3352, 1136), 3209), (2.0, 4, (5432, 6830, 8551), 12400),
    (5.5, 8, (9829, 24560, 17488), 55836), (8.0, 6, (4134, 9506, 4773), 4837),
    (9.0, 6, (4766, 4713, 17676), 9605), (10.0, 3, (7545, 1221, 4804), 1221),
)
DATACENTER = (16509, 14618, 15169, 396982, 8075, 14061, 24940, 16276, 63949, 20473)
VPN = (9009, 60068, 212238, 136787, 209854)
_DAY_CYCLE = (2, 1, .6, .4, .4, .6, 1.2, 2.5, 4.5, 6, 6.5, 6.5, 5.5, 6, 6.5, 6.5, 6, 5, 4.5, 5, 5.5, 5, 4, 3)
_RAW_PROFILES = {  # relative activity by local hour
    "day": _DAY_CYCLE,
    "work": (.3, .2, .1, .1, .1, .2, .6, 2, 5, 7, 7, 6.5, 4, 6, 7, 7, 6, 4, 2, 1.2, 1, .8, .6, .4),
    "evening": (2.5, 1.2, .5, .2, .1, .1, .3, 1, 1.5, 2, 2.5, 2.5, 3, 3, 3.5, 4.5, 6, 7, 7, 7, 7.5, 7, 6, 4.5),
    "consumer": (3, 2, 1.2, .8, .6, .8, 1.5, 3, 4.5, 5, 5.5, 6, 6.5, 6, 6, 6, 6, 6, 6.5, 7, 7.5, 7, 6, 4.5),
    # A bot imitating people keeps only a faint trace of a daily cycle.
    "loose": tuple(1.0 + v / 6 for v in _DAY_CYCLE),
}
PROFILES = {k: tuple(v / max(p) for v in p) for k, p in _RAW_PROFILES.items()}


def parse_time(value: str | datetime) -> datetime:
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def fmt_ts(ms: int) -> str:
    s, m = divmod(int(ms), 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + f".{m:03d}Z"


class SimConfig(BaseModel):
    seed: int = 7
    days: float = 2.0
    scale: float = 1.0
    start: datetime = datetime(2026, 11, 2, tzinfo=timezone.utc)
    prompts_dir: Optional[Path] = None
    stealth: bool = True
    release_at: Optional[datetime] = None
    # Assumptions the detection leans on, as knobs, so that its sensitivity to
    # them can be measured: how long a harvested answer is (median completion
    # tokens of a campaign's task request) and how long everyone else's are.
    attack_answer_median: float = 1200.0
    benign_answer_scale: float = 1.0
    # ...and how the hydra campaigns are built: their own card and device per
    # account (only the prompt templates and the proxy pool link them), and
    # bought aged accounts (created months to years before use).
    hydra_shared_infra: bool = True
    hydra_aged: bool = False
    # ...and where they run from: a few rented datacenter /24s instead of a
    # residential proxy pool (fewer networks than a class behind its NATs).
    hydra_datacenter: bool = False

    @field_validator("days", "scale", "attack_answer_median", "benign_answer_scale")
    @classmethod
    def _positive(cls, v: float) -> float:
        if v <= 0:
            raise ValueError("must be > 0")
        return v

    @field_validator("start", "release_at", mode="before")
    @classmethod
    def _utc(cls, v):
        return None if v is None else parse_time(v)


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def geometric(rng: random.Random, mean: float) -> int:
    """Failures before success with the given mean (0 if mean <= 0)."""
    if mean <= 0:
        return 0
    return int(math.log(1.0 - rng.random()) / math.log(mean / (1.0 + mean)))


class Account:
    __slots__ = ("id", "population", "label", "campaign", "org_id", "payment", "created",
                 "created_ms", "ua", "devices", "keys", "tz", "model", "adopt", "endpoint", "n")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))
        self.n = 0


class Net:
    """Deterministic fake address plan: each ASN owns a few /16s; v6 gets a /32."""

    def __init__(self, seed: int):
        self.seed = seed
        self._v4: dict[int, list[tuple[int, int]]] = {}

    def _prefixes(self, asn: int) -> list[tuple[int, int]]:
        if asn not in self._v4:
            r = random.Random(xxhash.xxh64_intdigest(f"asn:{asn}".encode(), seed=self.seed))
            firsts = [a for a in range(11, 224) if a not in (100, 127, 169, 172, 192, 198, 203)]
            self._v4[asn] = [(r.choice(firsts), r.randrange(256)) for _ in range(r.randint(2, 6))]
        return self._v4[asn]

    def subnet(self, rng: random.Random, asn: int) -> str:
        a, b = rng.choice(self._prefixes(asn))
        return f"{a}.{b}.{rng.randrange(256)}"

    def ip(self, rng: random.Random, asn: int, subnet: str | None = None) -> str:
        return f"{subnet or self.subnet(rng, asn)}.{rng.randint(2, 254)}"

    def ipv6(self, rng: random.Random, asn: int) -> str:
        h = xxhash.xxh32_intdigest(f"v6:{asn}".encode(), seed=self.seed & 0xFFFFFFFF)
        tail = ":".join(f"{rng.getrandbits(16):x}" for _ in range(6))
        return f"2{h >> 20 & 0xfff:03x}:{h & 0xffff:x}:{tail}"

    @staticmethod
    def region(rng: random.Random) -> tuple:
        return rng.choices(REGIONS, weights=[r[1] for r in REGIONS])[0]


class World:
    """Shared state every population writes into."""

    def __init__(self, cfg: SimConfig, corpora: Corpora):
        self.cfg, self.corpora = cfg, corpora
        self.seed = cfg.seed & MASK64
        self.t0 = int(cfg.start.timestamp() * 1000)
        self.t1 = self.t0 + int(cfg.days * DAY)
        self.days = cfg.days
        self.release = int(cfg.release_at.timestamp() * 1000) if cfg.release_at else None
        self.net = Net(self.seed)
        self.events: list[tuple] = []
        self.accounts: list[Account] = []
        self._ids: set[str] = set()

    def rng(self, name: str) -> random.Random:
        # One stream per population so editing one leaves the others' output alone.
        return random.Random(xxhash.xxh64_intdigest(name.encode(), seed=self.seed))

    def n(self, base: float, minimum: int = 1) -> int:
        return max(minimum, round(base * self.cfg.scale))

    def hexid(self, rng: random.Random, prefix: str, bits: int = 48) -> str:
        while True:
            s = f"{prefix}{rng.getrandbits(bits):0{bits // 4}x}"
            if s not in self._ids:
                self._ids.add(s)
                return s

    def account(self, rng: random.Random, population: str, *, created_ms: int, ua: str,
                label: str = "benign", campaign: str | None = None, tz: float = 0.0,
                org: str | None = None, payment: str | None | bool = True,
                devices: list[str] | None = None, keys: int = 1,
                model_w: tuple = (0.55, 0.3, 0.15), adopt: float = 0.2,
                endpoint: str = "/v1/messages") -> Account:
        acct = Account(
            id=self.hexid(rng, "acct-"), population=population, label=label, campaign=campaign,
            org_id=org or self.hexid(rng, "org-"),
            payment=self.hexid(rng, "", 64) if payment is True else (payment or None),
            created_ms=created_ms, created=fmt_ts(created_ms), ua=ua,
            devices=devices or [self.hexid(rng, "", 64)],
            keys=[self.hexid(rng, "key-", 40) for _ in range(keys)], tz=tz,
            model=rng.choices(MODELS, weights=model_w)[0], adopt=adopt, endpoint=endpoint)
        self.accounts.append(acct)
        return acct

    def activation(self, u: float) -> int:
        """When a campaign unit with threshold u in [0,1) switches on. Without a
        release everything runs from the start; with one, ~30% run before it and
        the rest join over a few hours after it."""
        if self.release is None or u < 0.3:
            return self.t0
        return max(self.t0, self.release + int(4 * HOUR * (u - 0.3) / 0.7))

    def sample_time(self, rng: random.Random, tz: float, profile: str,
                    weekend: float = 0.75, lo: int | None = None, hi: int | None = None) -> int:
        prof, lo, hi = PROFILES[profile], self.t0 if lo is None else lo, self.t1 if hi is None else hi
        off = int(tz * HOUR)
        for _ in range(200):
            t = rng.randrange(lo, hi)
            local = t + off
            w = prof[(local // HOUR) % 24]
            if (local // DAY + 3) % 7 >= 5:  # epoch day 0 was a Thursday
                w *= weekend
            if rng.random() < w:
                return t
        return t

    def send(self, rng: random.Random, acct: Account, ts: int, prompt: str, *,
             ip: str, asn: int, system: str | None = None, out: tuple = (300, 0.8),
             clip: tuple = (1, 4096), p429: float = 0.004, device: str | None = None,
             ua: str | None = None, key: str | None = None, model: str | None = None) -> int:
        """Emit a request (plus retries after a 429); return when the client has
        the full reply, which is when a human or a loop would send the next one."""
        adopt = rng.random()  # drawn even without a release so --release-at leaves other draws alone
        if model is None:
            model = acct.model
            if self.release is not None and ts >= self.release and adopt < acct.adopt:
                model = NEW_MODEL
        if key is None:
            key = acct.keys[0] if len(acct.keys) == 1 or rng.random() < 0.8 else rng.choice(acct.keys)
        device = device or acct.devices[0]
        ua = ua or acct.ua
        ptoks = round((len(prompt) + len(system or "")) / 4)
        for attempt in range(4):
            r = rng.random()
            status = 429 if r < p429 else 500 if r < p429 + 0.002 else 200
            comp = 0
            if status == 200:
                median = out[0] if acct.label == "attack" else out[0] * self.cfg.benign_answer_scale
                comp = min(clip[1], max(clip[0], int(rng.lognormvariate(math.log(median), out[1]))))
            if self.t0 <= ts < self.t1:
                self.events.append((ts, len(self.events), acct, prompt, system, ptoks, comp,
                                    status, ip, asn, model, device, ua, key))
                acct.n += 1
            if status == 200:
                return ts + int(comp * rng.uniform(8, 25)) + rng.randint(400, 2500)
            if status == 500 and rng.random() < 0.5:
                return ts + 1500
            ts += int(rng.uniform(1.0, 6.0) * 1000 * (attempt + 1))
        return ts


def _events(world: World) -> Iterator[dict]:
    seed = world.seed
    for i, (ts, _, a, prompt, system, ptoks, comp, status, ip, asn, model, dev, ua, key) in \
            enumerate(world.events):
        ev = {"event_id": "ev-" + xxhash.xxh64_hexdigest(i.to_bytes(8, "little"), seed=seed),
              "ts": fmt_ts(ts), "account_id": a.id, "prompt_tokens": ptoks,
              "completion_tokens": comp, "model": model, "endpoint": a.endpoint,
              "status": status, "org_id": a.org_id, "api_key_id": key, "ip": ip, "asn": asn,
              "user_agent": ua, "device_id": dev, "account_created_at": a.created}
        if a.payment:
            ev["payment_fingerprint"] = a.payment
        if system:
            ev["system_prompt"] = system
        ev["prompt"] = prompt
        yield ev


def simulate(cfg: SimConfig) -> World:
    from . import campaigns, populations  # late: they only need World duck-typed

    world = World(cfg, Corpora.load(cfg.prompts_dir))
    for build in populations.ALL + campaigns.ALL:
        if build is campaigns.stealth and not cfg.stealth:
            continue
        build(world)
    world.events.sort(key=itemgetter(0, 1))
    return world


def labels_of(world: World) -> dict:
    return {a.id: {"label": a.label, "population": a.population, "campaign": a.campaign}
            for a in sorted(world.accounts, key=lambda a: a.id) if a.n}


def generate(cfg: SimConfig) -> tuple[Iterator[dict], dict]:
    """Events in ts order and labels for every account that sent at least one event."""
    world = simulate(cfg)
    return _events(world), labels_of(world)


def _open(out: str | Path) -> tuple[IO[bytes], list]:
    """Return the stream to write and the handles to close, innermost first."""
    if str(out) == "-":
        return sys.stdout.buffer, []
    raw = open(out, "wb")
    if str(out).endswith(".gz"):
        # Fixed mtime and no embedded name: gzip output must be byte-reproducible.
        gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6)
        return gz, [gz, raw]
    return raw, [raw]


def write(cfg: SimConfig, out: str | Path = "-", labels_path: str | Path | None = None) -> dict:
    started = time.perf_counter()
    events, labels = generate(cfg)
    fh, handles = _open(out)
    per_pop: dict[str, int] = {}
    total, buf = 0, []
    try:
        for ev in events:
            pop = labels[ev["account_id"]]["population"]
            per_pop[pop] = per_pop.get(pop, 0) + 1
            buf.append(orjson.dumps(ev))
            if len(buf) >= 4096:
                fh.write(b"\n".join(buf) + b"\n")
                total += len(buf)
                buf.clear()
        if buf:
            fh.write(b"\n".join(buf) + b"\n")
            total += len(buf)
        fh.flush()
    finally:
        for h in handles:
            h.close()
    if labels_path:
        Path(labels_path).write_bytes(orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n")
    accounts: dict[str, int] = {}
    for v in labels.values():
        accounts[v["population"]] = accounts.get(v["population"], 0) + 1
    return {"events": total, "accounts": accounts, "events_by_population": per_pop,
            "attack_accounts": sum(v["label"] == "attack" for v in labels.values()),
            "seconds": round(time.perf_counter() - started, 2)}
