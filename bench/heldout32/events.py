"""Building one request event: models on offer before/after the launch, token counts,
completion lengths per kind of request, base status codes and the edge that logged it."""
from __future__ import annotations

import math
import random

from bench.heldout32.clients import event_id
from bench.heldout32.net import kind_of
from bench.heldout32.world import H, LAUNCH

APP_FLIP = LAUNCH + 2 * H     # the consumer app's default model flips to lodos-3 at 12:00 TRT


def tokens(text: str | None) -> int:
    """Deterministic stand-in for a tokenizer: Turkish and non-Latin text costs more tokens."""
    if not text:
        return 0
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return 4 + int((len(text) - non_ascii) / 3.9 + non_ascii / 1.6)


def model_for(rng: random.Random, ts: int, pref: str) -> str:
    """pref: app (follows the app default), eager (switches within the hour), ramp (over a day),
    old (stays), mini (small models), mixed."""
    if pref == "app":
        return "lodos-3" if ts >= APP_FLIP else "lodos-2"
    after = max(0.0, (ts - LAUNCH) / H)
    if pref == "old":
        return "lodos-2" if rng.random() < .85 else "lodos-2-mini"
    if pref == "mini":
        return "lodos-3-mini" if ts >= LAUNCH and rng.random() < 1 - math.exp(-after / 8) else "lodos-2-mini"
    tau, cap = {"eager": (0.6, .97), "ramp": (14.0, .8), "mixed": (6.0, .55)}[pref]
    if ts >= LAUNCH and rng.random() < cap * (1 - math.exp(-after / tau)):
        return "lodos-3" if rng.random() < .85 else "lodos-3-mini"
    return "lodos-2" if rng.random() < .8 else "lodos-2-mini"


_MEDIAN = {"chat": (330, .75), "cot": (850, .5), "code": (320, .6), "qa": (55, .5), "agent": (170, .9),
           "list": (520, .45), "label": (28, .35)}


def completion(rng: random.Random, kind: str, pt: int, model: str) -> int:
    if kind == "embed":
        return 0
    if kind == "translate":
        return int(pt * (0.9 + 0.5 * rng.random()))
    med, sd = _MEDIAN[kind]
    if model == "lodos-3" and kind in ("cot", "code"):
        med *= 1.35                                  # the new model writes longer reasoning
    return max(1, min(16_000, int(med * math.exp(rng.gauss(0, sd)))))


def edge_for(asn: int | None, city: str | None, ip: str | None) -> str:
    """Geo-DNS: Turkish addresses go to the nearest Turkish edge, everything else to Frankfurt.
    Without a known home city the region is read off the address (a stable stand-in for geo-IP)."""
    k = kind_of(asn) if asn else "other"
    if not k.startswith("tr_"):
        return "fra-1"
    if city is None:
        r = sum((ip or "").encode()) % 20
        city = "ist" if r < 12 else "ank" if r < 16 else "izm"
    return {"ank": "ank-1", "izm": "izm-1"}.get(city, "ist-1")


def ev(rng: random.Random, acct: dict, ts: int, prompt: str | None, *, ip: str | None, asn: int | None,
       system: str | None = None, kind: str = "chat", model: str = "lodos-2", endpoint: str = "/v1/chat/completions",
       ua: str | None = None, dev: str | None = None, key: str | None = None, city: str | None = None) -> dict:
    pt = tokens(prompt) + tokens(system) + (3 if system else 0)
    ct = completion(rng, kind, pt, model)
    status = 200
    r = rng.random()
    if pt > 60_000 or r < .003:
        status, ct = 400, 0
    elif r < .0045:
        status, ct = 500, 0
    elif r < .0075:
        status, ct = 499, int(ct * rng.random())     # client went away mid-stream
    keys = acct["keys"]
    if acct.get("zdr"):                                   # zero-data-retention orgs: the gateway drops the text
        prompt = system = None
    return {
        "event_id": event_id(rng), "ts": ts, "account_id": acct["id"], "prompt_tokens": pt,
        "completion_tokens": ct, "model": model, "endpoint": endpoint, "prompt": prompt,
        "system_prompt": system, "status": status, "org_id": acct["org"],
        "api_key_id": key if key is not None else (keys[int(rng.random() * len(keys))] if keys else None),
        "ip": ip, "asn": asn, "user_agent": ua if ua is not None else acct["ua"],
        "device_id": dev if dev is not None else acct["dev"], "payment_fingerprint": acct["pay"],
        "account_created_at": acct["created"], "_edge": edge_for(asn, city or acct["city"], ip), "_tier": acct["tier"],
    }
