"""The simulator core: local-time scheduling, model choice, token counts,
statuses (incl. launch-night capacity trouble and client retries) and events."""

from __future__ import annotations

import math
import random

from .identity import Account, Registry, hexid
from .world import (CAPACITY_TROUBLE_MS, CHAT, CURVES, DAY, MIDNIGHT_UTC, MIN, MINI_MODEL, NEW_MODEL, OLD_MODEL,
                    RELEASE, T0, TZ)


class Sim:
    def __init__(self, seed: int, days: int, corp):
        self.seed = seed
        self.days = days
        self.t0 = T0
        self.t1 = T0 + days * DAY
        self.corp = corp
        self.reg = Registry(self.sub("registry"))
        self.events: list[tuple[int, int, dict]] = []
        self._seq = 0

    def sub(self, name: str) -> random.Random:
        return random.Random(f"heldout27:{self.seed}:{name}")

    # --- time -----------------------------------------------------------------
    def local_time(self, rng: random.Random, tz: str, day: int, curve: str) -> int:
        """A UTC ms instant on local calendar day `day` (0 = Mon 19 Apr), hour drawn from a curve."""
        w = CURVES[curve]
        x = rng.random() * sum(w)
        h = 0
        for h, v in enumerate(w):
            x -= v
            if x <= 0:
                break
        local = h * 3_600_000 + rng.randrange(3_600_000)
        return MIDNIGHT_UTC + day * DAY + local - int(TZ[tz] * 3_600_000)

    def sessions(self, rng: random.Random, acct: Account, curve: str, per_day: float, size: tuple[int, int],
                 gap_s: float, day_scale=None) -> list[int]:
        """Request times: Poisson sessions per local day; inside one, lognormal think-time gaps."""
        out = []
        for day in range(-1, self.days + 1):
            lam = per_day * (day_scale(day) if day_scale else 1.0)
            for _ in range(poisson(rng, lam)):
                t = self.local_time(rng, acct.tz, day, curve)
                for _ in range(rng.randint(*size)):
                    out.append(t)
                    t += int(1000 * gap_s * math.exp(rng.gauss(0, 0.8)))
        return [t for t in out if self.t0 <= t < self.t1]

    def steady(self, rng: random.Random, start: int, end: int, per_hour: float, jitter: float = 0.3) -> list[int]:
        """Machine-paced times: near-regular spacing with jitter."""
        out = []
        if per_hour <= 0:
            return out
        step = 3_600_000 / per_hour
        t = max(start, self.t0) + rng.random() * step
        while t < min(end, self.t1):
            out.append(int(t))
            t += step * max(0.05, 1 + rng.gauss(0, jitter))
        return out

    # --- requests ---------------------------------------------------------------
    def model(self, rng: random.Random, ts: int, adopt: float, mini: float = 0.15, lag_h: float = 2.0) -> str:
        """aurora-4 only exists after the launch; adoption ramps up over `lag_h` hours."""
        if ts >= RELEASE:
            ramp = min(1.0, (ts - RELEASE) / (lag_h * 3_600_000) + 0.15)
            if rng.random() < adopt * ramp:
                return NEW_MODEL
        return MINI_MODEL if rng.random() < mini else OLD_MODEL

    def request(self, rng: random.Random, acct: Account, ts: int, prompt: str | None, *,
                system: str | None = None, model: str = OLD_MODEL, endpoint: str = CHAT, kind: str = "chat",
                history: int = 0, retries: int = 2, ua: str | None = None, ip: tuple[str, int] | None = None,
                key: str | None = None) -> None:
        if not (self.t0 <= ts < self.t1):
            return
        src = ip or acct.source(rng, ts)
        fr = looks_french(prompt or "") or looks_french(system or "")
        pt = tokens(prompt, fr) + tokens(system, fr) + history + 7
        key = key or (acct.keys[0] if len(acct.keys) == 1 or rng.random() < 0.8 else rng.choice(acct.keys))
        for attempt in range(retries + 1):
            status = self.status(rng, ts, model)
            ct = completion(rng, kind, model, pt) if status == 200 else 0
            ev = {
                "event_id": "evt_" + hexid(rng, 20), "ts": ts, "account_id": acct.id,
                "prompt_tokens": pt if status != 400 else pt, "completion_tokens": ct, "model": model,
                "endpoint": endpoint, "prompt": prompt, "system_prompt": system, "status": status,
                "org_id": acct.org, "api_key_id": key, "ip": src[0], "asn": src[1], "user_agent": ua or acct.ua,
                "device_id": acct.device, "payment_fingerprint": acct.payment,
                "account_created_at": acct.created_at,
            }
            self._seq += 1
            self.events.append((ts, self._seq, ev))
            if status not in (429, 529, 500):
                return
            ts += int(1000 * (2 ** attempt) * rng.uniform(1.0, 4.0))
            if ts >= self.t1:
                return

    def status(self, rng: random.Random, ts: int, model: str) -> int:
        r = rng.random()
        if model == NEW_MODEL and RELEASE <= ts < RELEASE + CAPACITY_TROUBLE_MS:
            frac = 1 - (ts - RELEASE) / CAPACITY_TROUBLE_MS
            if r < 0.22 * frac + 0.02:
                return 429
            if r < 0.31 * frac + 0.03:
                return 529
        r = rng.random()
        if r < 0.002:
            return 500
        if r < 0.006:
            return 400
        if r < 0.009:
            return 429
        return 200


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


_FR_MARKERS = (" le ", " la ", " les ", " est ", " une ", " des ", " pour ", "ç", "é", " je ", " tu ")


def looks_french(s: str) -> bool:
    s = s[:400].lower()
    return sum(m in s for m in _FR_MARKERS) >= 3


def tokens(text: str | None, fr: bool = False) -> int:
    if not text:
        return 0
    return max(1, int(len(text) / (3.4 if fr else 4.0)))


_COMPLETION = {  # median tokens, log-sd
    "chat": (320, 0.8), "short": (8, 0.5), "code": (520, 0.6), "math": (380, 0.5), "cot": (900, 0.45),
    "translate": (0, 0.15), "agent": (160, 0.7), "recap": (230, 0.25), "rag": (210, 0.5), "embed": (0, 0),
    "eval": (260, 0.6), "tax": (240, 0.4), "support": (110, 0.5),
}


def completion(rng: random.Random, kind: str, model: str, prompt_tokens: int) -> int:
    med, sd = _COMPLETION.get(kind, _COMPLETION["chat"])
    if kind == "embed":
        return 0
    if kind == "translate":
        med = max(20, int(prompt_tokens * 1.15))
    n = med * math.exp(rng.gauss(0, sd))
    if model == NEW_MODEL and kind not in ("short", "translate", "recap"):
        n *= rng.uniform(1.8, 3.6)  # reasoning-heavy answers on the new model
    elif model == MINI_MODEL:
        n *= 0.8
    return max(1, min(32_000, int(n)))


def spread(rng: random.Random, ts: int, sd_s: float) -> int:
    return ts + int(rng.gauss(0, sd_s) * 1000)


__all__ = ["Sim", "Account", "poisson", "spread", "MIN"]
