"""Event construction and timing helpers shared by every population."""
from __future__ import annotations

import math
import random

from world import DAY, HOUR, MIN, NEW_MODEL, SEC, START_MS, Account, World, rfc3339

# Local-hour activity profiles (relative weights, hour 0..23).
PROFILES = {
    "home": [2, 1, 1, 0.5, 0.5, 0.5, 1, 3, 5, 6, 6, 7, 7, 6, 6, 6, 6, 7, 8, 10, 11, 10, 7, 4],
    "office": [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 3, 9, 12, 12, 11, 7, 10, 12, 11, 9, 6, 3, 2, 1.5, 1, 0.6, 0.3],
    "student": [4, 3, 1.5, 0.5, 0.3, 0.3, 0.5, 2, 4, 5, 5, 5, 5, 6, 7, 8, 9, 9, 9, 10, 11, 11, 9, 7],
    "owl": [6, 6, 5, 4, 3, 2, 1, 1, 2, 3, 4, 5, 5, 5, 5, 5, 6, 6, 6, 7, 8, 8, 8, 7],
    "flat": [1] * 24,
}
WEEKDAY0 = 2  # day 0 is a Wednesday (Mon=0)


def weekend(day: int) -> bool:
    return (WEEKDAY0 + day) % 7 >= 5


def local_time(r: random.Random, day: int, tz: int, profile: str) -> int:
    w = PROFILES[profile]
    x = r.random() * sum(w)
    h = 0
    for h, v in enumerate(w):
        x -= v
        if x <= 0:
            break
    return START_MS + day * DAY + (h - tz) * HOUR + r.randrange(HOUR)


def lognorm(r: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(r.gauss(0.0, sigma))


def poisson(r: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= l:
            return k
        k += 1


def toks(s: str | None) -> int:
    if not s:
        return 0
    return max(1, int(len(s) / 3.7))


class Emitter:
    def __init__(self, world: World):
        self.w = world
        self.rows: list[tuple[int, str, int, dict]] = []
        self._n = 0

    def emit(self, a: Account, ts: int, r: random.Random, prompt: str | None, *, model: str,
             endpoint: str, out: tuple[float, float] = (350, 0.6), system: str | None = None,
             device: str | None = "", key: str | None = "", ip: tuple[str, int] | None = None,
             status: int | None = None, ctx: int = 0, max_out: int = 8192, ua: str | None = None,
             payment: str | None = "") -> bool:
        """Append one request; returns False when it falls outside the window."""
        w = self.w
        if ts < START_MS or ts >= w.end or ts < a.created_at:
            return False
        if status is None:
            status = self.status(r, ts, model, endpoint)
        if status == 200:
            comp = int(min(max_out, max(1, lognorm(r, out[0], out[1]))))
        elif status == 499:
            comp = int(lognorm(r, out[0], out[1]) * r.random() * 0.5)
        else:
            comp = 0
        if ip is None:
            ip = a.net.pick(w, r, ts, a.session)
        ptok = toks(prompt) + toks(system) + ctx + 6
        ev = {
            "event_id": "",
            "ts": rfc3339(ts),
            "account_id": a.account_id,
            "org_id": a.org_id,
            "api_key_id": a.keys[0] if key == "" else key,
            "model": model,
            "endpoint": endpoint,
            "status": status,
            "prompt_tokens": ptok if status != 400 else toks(prompt),
            "completion_tokens": comp,
            "system_prompt": system,
            "prompt": prompt,
            "ip": ip[0],
            "asn": ip[1],
            "user_agent": ua or a.ua,
            "device_id": a.devices[0] if device == "" else device,
            "payment_fingerprint": a.payment if payment == "" else payment,
            "account_created_at": rfc3339(a.created_at),
        }
        self._n += 1
        self.rows.append((ts, a.account_id, self._n, ev))
        return True

    def status(self, r: random.Random, ts: int, model: str, endpoint: str) -> int:
        x = r.random()
        if model == NEW_MODEL and endpoint != "/v1/batch":
            since = ts - self.w.release
            # launch-day overload on the new model, easing off over ~6 hours
            if 0 <= since < 6 * HOUR and x < 0.09 * (1 - since / (6 * HOUR)):
                return 503
        x = r.random()
        if x < 0.004:
            return 500
        if x < 0.007:
            return 400
        if endpoint == "/chat/conversation" and x < 0.02:
            return 499  # user pressed stop
        return 200


def session_times(r: random.Random, t0: int, n: int, gap_median_s: float, sigma: float = 0.8) -> list[int]:
    out, t = [], t0
    for _ in range(n):
        out.append(t)
        t += int(lognorm(r, gap_median_s, sigma) * SEC) + 800
    return out


def first_party_model(a: Account, ts: int, w: World, r: random.Random) -> str:
    """Web and app default model: kestrel-5 rolls out to each account at its own
    time within ~5 h of release; a few users stay on mini or reasoning."""
    roll = a.extra.setdefault("rollout", w.release + int(r.random() * 5 * HOUR))
    x = r.random()
    if ts >= roll:
        return NEW_MODEL if x < 0.86 else ("kestrel-4-mini" if x < 0.94 else "kestrel-4-reason")
    return "kestrel-4" if x < 0.78 else ("kestrel-4-mini" if x < 0.9 else "kestrel-4-reason")


def api_model(a: Account, ts: int, w: World, r: random.Random, adopt_delay_h: float | None) -> str:
    """API callers pin a model; some switch to kestrel-5 after `adopt_delay_h`."""
    pinned = a.extra.setdefault("pinned", r.choice(("kestrel-4", "kestrel-4", "kestrel-4-mini", "kestrel-4-reason")))
    if adopt_delay_h is not None and ts >= w.release + adopt_delay_h * HOUR:
        return NEW_MODEL
    return pinned


def created_before(r: random.Random, lo_days: float, hi_days: float) -> int:
    return START_MS - int(r.uniform(lo_days, hi_days) * DAY) - r.randrange(MIN)
