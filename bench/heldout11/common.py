"""Helpers shared by benign populations and campaigns: clients, payment
instruments, completion lengths, individual accounts."""
from __future__ import annotations

import random

from world import DAY_MS, REGIONS, START_MS, hid, ip_in, pick_region

# user_agent -> how device_id is derived in this world:
#   official SDKs persist an install id ("inst-") in the user's config dir on first run;
#   the web playground keeps one per browser profile ("pg-"); raw HTTP clients send none.
SDK_PY = ["kestrel-python/1.8.2 CPython/3.11.9", "kestrel-python/1.8.2 CPython/3.12.3",
          "kestrel-python/1.7.9 CPython/3.10.12", "kestrel-python/1.8.0 CPython/3.12.1"]
SDK_NODE = ["kestrel-node/0.44.0 node/20.12.2", "kestrel-node/0.43.1 node/18.19.0", "kestrel-node/0.44.1 node/22.2.0"]
PLAYGROUND = ["playground-web/2026.06 (Chrome/125; Windows)", "playground-web/2026.06 (Safari/17.5; macOS)",
              "playground-web/2026.06 (Chrome/125; Android)", "playground-web/2026.06 (Firefox/126; Linux)",
              "playground-web/2026.05 (Edge/125; Windows)"]
RAW = ["curl/8.5.0", "python-requests/2.32.3", "python-httpx/0.27.0", "okhttp/4.12.0", "axios/1.7.2", None]


def client(r: random.Random, seed: int, owner: str, w=(0.3, 0.1, 0.5, 0.1)) -> tuple[str | None, str | None]:
    kind = r.choices(["py", "node", "pg", "raw"], w)[0]
    if kind == "py":
        return r.choice(SDK_PY), "inst-" + hid(seed, "inst", owner, n=16)
    if kind == "node":
        return r.choice(SDK_NODE), "inst-" + hid(seed, "inst", owner, n=16)
    if kind == "pg":
        return r.choice(PLAYGROUND), "pg-" + hid(seed, "pg", owner, n=12)
    return r.choice(RAW), None


def card(seed: int, owner: str) -> str:
    return "card:" + hid(seed, "card", owner, n=16)


def vouchers(seed: int) -> list[str]:
    """Prepaid credit codes sold by retail resellers; one fingerprint per printed batch."""
    return ["vch:" + hid(seed, "voucher-batch", i, n=10) for i in range(12)]


def grant_cohorts(seed: int) -> list[str]:
    """Startup-credit programme cohorts; credits carry no card, only the cohort id."""
    return ["grant:" + hid(seed, "cohort", i, n=8) for i in range(3)]


def ctoks(r: random.Random, kind: str) -> int:
    lo, hi = {"chat": (60, 700), "nq": (20, 180), "math": (120, 600), "cot": (450, 2200), "code": (150, 900),
              "tool": (25, 160), "toolx": (180, 700), "long": (400, 1600), "tr": (150, 1200)}[kind]
    return int(lo + (hi - lo) * r.random() ** 1.6)


def created_before(r: random.Random, min_days: float, max_days: float) -> int:
    return START_MS - int((min_days + (max_days - min_days) * r.random()) * DAY_MS)


def person(ctx, r: random.Random, pop: str, idx, *, regions=None, campaign=None, cw=(0.3, 0.1, 0.5, 0.1),
           paid: float = 0.5, age=(3, 900)) -> dict:
    reg = pick_region(r, regions)
    tz, home, mob, lang = REGIONS[reg]
    owner = f"{pop}:{idx}"
    ua, dev = client(r, ctx.seed, owner, cw)
    pay = None
    if r.random() < paid:
        pay = ("momo:" + hid(ctx.seed, "momo", owner, n=14)) if reg in ("NG", "GH", "SN") and r.random() < 0.5 \
            else card(ctx.seed, owner)
    hnet = r.choice(home)
    hip = ip_in(r, hnet, v6=0.35)
    return ctx.account(pop, campaign, idx, created_before(r, *age), ua=ua, dev=dev, pay=pay, region=reg, tz=tz,
                       lang=lang, home=hip, mob=r.choice(mob))


def where(r: random.Random, a: dict, p_mobile: float = 0.15) -> tuple[str, int]:
    if r.random() < p_mobile:
        return ip_in(r, a["mob"])
    return a["home"]


def benign_prompt(r: random.Random, C, lang: str, mix=(0.5, 0.25, 0.13, 0.12)) -> tuple[str, str]:
    kind = r.choices(["chat", "nq", "math", "code"], mix)[0]
    src = {"chat": "chat", "nq": "nq", "math": "mathy", "code": "code"}[kind]
    from prompts import casual
    return casual(r, r.choice(C[src]), lang), kind
