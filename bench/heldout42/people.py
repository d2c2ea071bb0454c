"""Building blocks shared by populations: kinds of account holders and orgs
that several populations (benign and campaign) refer to."""
from __future__ import annotations

import random

from bench.heldout42.base import Commuter, Ctx, Home, Mobile, Rotating, Static
from bench.heldout42.text import SYS
from bench.heldout42.world import (DAY, MODELS_CHAT, START, app_client, b32, browser, hexid, pick_cc,
                                   sdk_client)


def created(rng: random.Random, lo_days: float, hi_days: float) -> int:
    return START - int(rng.uniform(lo_days, hi_days) * DAY) - rng.randrange(DAY)


def card(rng: random.Random) -> str:
    return "pf_" + hexid(rng, 16)


def org_id(rng: random.Random) -> str:
    return "org_" + b32(rng, 12)


def key_id(rng: random.Random) -> str:
    return "key_" + hexid(rng, 10)


def client(ctx: Ctx, rng: random.Random, cc: str, app_p: float = 0.5, mobile_only: bool = False):
    """(user agent, device id, locator) of a person on the web or mobile app."""
    w = ctx.world
    home = Home(rng, rng.choice(w.home[cc]))
    mob = Mobile(rng, rng.choice(w.mobile[cc]))
    if rng.random() < app_p:
        ua, dev = app_client(rng, cc)
        loc = mob if mobile_only else Commuter(home, mob, cc)
    else:
        ua, dev = browser(rng)
        loc = Commuter(home, mob, cc) if "Mobile" in ua else home
    return ua, dev, loc


def consumer(ctx: Ctx, rng: random.Random, pop: str, cc: str | None = None, camp: str | None = None,
             app_p: float = 0.5, pay_p: float = 0.3, age: tuple = (20, 900), mobile_only: bool = False):
    """A person on the web app or the mobile app, at home and on the move."""
    cc = cc or pick_cc(rng)
    ua, dev, loc = client(ctx, rng, cc, app_p, mobile_only)
    a = ctx.account(rng, pop, camp, pay=card(rng) if rng.random() < pay_p else None,
                    created=created(rng, *age), ua=ua, dev=dev, loc=loc, cc=cc)
    a.x["paid"] = a.pay is not None
    return a


def developer(ctx: Ctx, rng: random.Random, pop: str, cc: str | None = None, camp: str | None = None,
              pay_p: float = 0.75, kinds: tuple = (), age: tuple = (30, 1200)):
    """An API user: personal org, API key, SDK or curl from home broadband."""
    cc = cc or pick_cc(rng)
    ua, dev = sdk_client(rng, kinds)
    a = ctx.account(rng, pop, camp, org=org_id(rng), key=key_id(rng), pay=card(rng) if rng.random() < pay_p else None,
                    created=created(rng, *age), ua=ua, dev=dev, loc=Home(rng, rng.choice(ctx.world.home[cc])), cc=cc)
    a.x["paid"] = a.pay is not None
    return a


def server(ctx: Ctx, rng: random.Random, pop: str, cloud: str, n_ips: int = 1, camp: str | None = None,
           org: str | None = None, pay: str | None = None, kinds: tuple = ("py",), age: tuple = (60, 900)):
    """A backend in a cloud: static egress addresses, SDK, usually no device fingerprint."""
    net = ctx.world.clouds[cloud]
    ips = [(net.host(rng), net.asn) for _ in range(n_ips)]
    ua, dev = sdk_client(rng, kinds)
    loc = Static(*ips[0]) if n_ips == 1 else Rotating(ips)
    return ctx.account(rng, pop, camp, org=org or org_id(rng), key=key_id(rng), pay=pay or card(rng),
                       created=created(rng, *age), ua=ua, dev=dev, loc=loc, cc="PL")


def chat_model(rng: random.Random, a, ts: int, new_p: float = 0.3) -> str:
    from bench.heldout42.world import LAUNCH, MODEL_NEW
    if ts >= LAUNCH and rng.random() < new_p:
        return MODEL_NEW
    return MODELS_CHAT[0] if (a.x.get("paid") and rng.random() < 0.7) or rng.random() < 0.25 else MODELS_CHAT[1]


class Corp:
    """A company account holder: one org, one corporate card, shared system
    prompt, office egress (also used by the corporate VPN)."""

    def __init__(self, ctx: Ctx, rng: random.Random, name: str, cc: str, net_name: str, sys_key: str, n_ips: int):
        net = ctx.world.nets[net_name]
        self.name, self.cc, self.asn = name, cc, net.asn
        self.org, self.pay = org_id(rng), card(rng)
        self.egress = [net.host(rng) for _ in range(n_ips)]
        self.system = SYS[sys_key]
        self.intranet_key = key_id(rng)
        self.ua, self.dev = browser(rng)  # the managed desktop image: one browser build for everyone

    def employee(self, ctx: Ctx, rng: random.Random, pop: str, camp: str | None = None):
        loc = Rotating([(ip, self.asn) for ip in self.egress], sticky_ms=4 * 3600_000, salt=rng.randrange(1 << 20))
        a = ctx.account(rng, pop, camp, org=self.org, key=None, pay=self.pay, created=created(rng, 20, 500),
                        ua=self.ua, dev=self.dev, loc=loc, cc=self.cc)
        a.x["paid"] = True
        return a


def corps(ctx: Ctx) -> dict[str, Corp]:
    """Deterministic and identical for every population that asks (own stream)."""
    rng = ctx.rng("corps")
    return {"mazowsze": Corp(ctx, rng, "Mazowsze Software", "PL", "Polska Linia Stacjonarna", "corp_pl", 2),
            "vltava": Corp(ctx, rng, "Vltava Bank", "CZ", "Vltava Bank a.s.", "corp_cz", 2)}


def vpn_loc(ctx: Ctx, rng: random.Random, hours: tuple = (1, 8)) -> Rotating:
    return Rotating(ctx.world.vpn_exits, sticky_ms=int(rng.uniform(*hours) * 3600_000), salt=rng.randrange(1 << 24))


def resproxy_loc(ctx: Ctx, rng: random.Random, minutes: float = 10) -> Rotating:
    return Rotating(ctx.world.resproxy, sticky_ms=int(minutes * 60_000), salt=rng.randrange(1 << 24))
