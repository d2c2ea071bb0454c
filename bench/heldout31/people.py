"""Building blocks for accounts held by people: home lines, phones, edges."""
from __future__ import annotations

import random

from bench.heldout31 import clock
from bench.heldout31.clients import Client, browser, client
from bench.heldout31.networks import COUNTRY_RESIDENTIAL, TW_MOBILE, DayNight, Fixed, Net, Rotating, addr
from bench.heldout31.traffic import Account, Ctx


def region_edge(rng: random.Random) -> str:
    x = rng.random()
    return "tpe1" if x < 0.55 else "khh3" if x < 0.85 else "hsz2"


def mobile_net(ctx: Ctx, rng: random.Random) -> Net:
    return Rotating(ctx.hexid("net_"), TW_MOBILE, rng.randint(20, 120), rng.randrange(clock.HOUR), shared=ctx.cgnat)


def home_net(ctx: Ctx, rng: random.Random, mobile_share: float = 0.3, day_mobile: float = 0.35) -> Net:
    if rng.random() < mobile_share:
        return mobile_net(ctx, rng)
    home = Fixed(addr(rng, rng.choice(COUNTRY_RESIDENTIAL[:3] + ["so_net", "kbro"])))
    if rng.random() < day_mobile:
        return DayNight(home, mobile_net(ctx, rng))
    return home


def app_or_browser(rng: random.Random, app_share: float) -> Client:
    if rng.random() < app_share:
        return client(rng, "formosa_ios" if rng.random() < 0.55 else "formosa_android")
    return browser(rng)


def card(ctx: Ctx) -> str:
    return ctx.hexid("pmfp_", 16)


def person(ctx: Ctx, rng: random.Random, pop: str, *, created: int, client: Client, net: Net, edge: str | None = None,
           payment: str | None = None, org: str | None = None, rpm: int | None = None,
           campaign: str | None = None) -> Account:
    return ctx.account(rng, pop, campaign, created=created, client=client, net=net, edge=edge or region_edge(rng),
                       org=org or ctx.hexid("org_", 10), payment=payment, rpm=rpm or (60 if payment else 20))


def old_created(rng: random.Random, lo_days: float = 30, hi_days: float = 900) -> int:
    return clock.days_ago(rng.uniform(lo_days, hi_days))


def gsat_silent(ts: int, rng: random.Random) -> bool:
    """Candidates hand in phones at the venue: nothing during sittings, very
    little between them on exam day."""
    if clock.in_spans(ts, clock.GSAT_SITTINGS):
        return True
    a, b = clock.local_ms(2027, 1, 15, 7, 0), clock.local_ms(2027, 1, 15, 17, 0)
    return a <= ts < b and rng.random() > 0.04
