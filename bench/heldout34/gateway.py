"""What the gateway does to the clean event stream: rate limits (429 + client retries), a few 5xx,
serialisation by two gateway builds, arrival-order jitter, redeliveries and malformed lines."""
from __future__ import annotations

import random
from collections import deque

import orjson

from .core import World
from .world import CITY_GW, DAY_MS, FREE_H3_PER_DAY, LAUNCH_MS, NEW_MODEL, START_MS, TIER_RPM
from .timefmt import rfc3339

FIELDS = ("event_id", "ts", "account_id", "org_id", "api_key_id", "model", "endpoint", "status", "prompt_tokens",
          "completion_tokens", "system_prompt", "prompt", "ip", "asn", "user_agent", "device_id",
          "payment_fingerprint", "account_created_at")
OLD_BUILD_PODS = ("per-a", "akl-a")  # gateway v1.x: epoch-ms times and "AS1221"-style ASNs


def rate_limit(w: World) -> dict[str, int]:
    """Per-key requests-per-minute by tier, plus the free tier's daily harbour-3 quota."""
    r = w.rng("gateway/retries")
    groups: dict[str, list[dict]] = {}
    for e in w.events:
        groups.setdefault(e["api_key_id"] or e["account_id"], []).append(e)
    retries: list[dict] = []
    n429 = 0
    for key in groups:
        evs = sorted(groups[key], key=lambda e: e["ts"])
        window: deque[int] = deque()
        h3_day: dict[tuple[str, int], int] = {}
        for e in evs:
            while window and window[0] <= e["ts"] - 60_000:
                window.popleft()
            limited = len(window) >= TIER_RPM[e["_tier"]]
            if not limited and e["_tier"] == "free" and e["model"] == NEW_MODEL:
                dk = (e["account_id"], (e["ts"] - START_MS) // DAY_MS)
                h3_day[dk] = h3_day.get(dk, 0) + 1
                limited = h3_day[dk] > FREE_H3_PER_DAY
            if limited:
                e["status"], e["completion_tokens"] = 429, 0
                n429 += 1
                if r.random() < e["_retry"]:
                    again = dict(e, ts=e["ts"] + r.randint(20_000, 65_000), status=200,
                                 completion_tokens=max(1, int(r.lognormvariate(6.0, 0.5))))
                    if again["ts"] < w.end:
                        retries.append(again)
            else:
                window.append(e["ts"])
    w.events.extend(retries)
    return {"429": n429, "retries": len(retries)}


def server_errors(w: World) -> int:
    """Rare upstream failures, and a short capacity blip on harbour-3 just after launch."""
    r = w.rng("gateway/5xx")
    n = 0
    for e in w.events:
        blip = e["model"] == NEW_MODEL and LAUNCH_MS + 300_000 <= e["ts"] < LAUNCH_MS + 1_500_000
        if e["status"] == 200 and (r.random() < 0.0003 or (blip and r.random() < 0.02)):
            e["status"], e["completion_tokens"] = (503 if blip else r.choice([500, 502, 503, 504])), 0
            n += 1
    return n


def serialise(w: World) -> list[tuple[int, int, bytes]]:
    """Assign event ids in event-time order and render one JSON line per event, each stamped with
    the time it reached the topic (after the response finished streaming)."""
    r = w.rng("gateway/serialise")
    w.events.sort(key=lambda e: e["ts"])  # stable: ties keep construction order
    stalls = {pod: (START_MS + r.randrange(w.days * DAY_MS), r.randint(30_000, 120_000)) for pod in
              sorted(dict.fromkeys(CITY_GW.values()))}
    out = []
    for i, e in enumerate(w.events):
        pod = CITY_GW[e["_city"]]
        old = pod in OLD_BUILD_PODS
        rec: dict = {"event_id": "evt_%024x" % r.getrandbits(96)}
        for f in FIELDS[1:]:
            v = e[f]
            if v is None:
                continue
            if f in ("ts", "account_created_at") and not old:
                v = rfc3339(v)
            elif f == "asn" and old:
                v = f"AS{v}"
            rec[f] = v
        rec["gw"] = pod
        latency = 40 + r.randrange(600)
        if old and e["completion_tokens"]:  # the v1 build publishes when the stream completes
            latency += e["completion_tokens"] * r.randint(8, 25)
        s0, sd = stalls[pod]
        if s0 <= e["ts"] < s0 + 240_000:
            latency += sd
        out.append((e["ts"] + latency, i, orjson.dumps(rec)))
    return out


def redeliver(w: World, lines: list[tuple[int, int, bytes]], n: int) -> list[tuple[int, int, bytes]]:
    """Producer retries: byte-identical copies arriving a little after the original."""
    r = w.rng("gateway/redeliver")
    base = len(lines)
    return [(lines[j][0] + r.randint(500, 40_000), base + k, lines[j][2])
            for k, j in enumerate(sorted(r.sample(range(len(lines)), n)))]
