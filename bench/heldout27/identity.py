"""Accounts and their identity indicators: ids, keys, orgs, cards, devices,
creation times and how each picks a source IP for a request."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from .world import DAY, HOUR, JA4, NETS, T0, TZ_WEIGHTS, UA, UA_STACK, Net, home_net, mobile_net, wpick

IpFn = Callable[[random.Random, int], tuple[str, int]]


def hexid(rng: random.Random, n: int = 12) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


@dataclass
class Account:
    id: str
    label: str
    population: str
    campaign: str | None
    tz: str
    ipfn: IpFn
    ua: str | None
    device: str | None
    payment: str | None
    org: str | None
    keys: list[str]
    created_at: int | None
    extra: dict = field(default_factory=dict)

    def source(self, rng: random.Random, ts: int) -> tuple[str, int]:
        return self.ipfn(rng, ts)


# --- IP strategies -------------------------------------------------------------

def ip_fixed(pool: list[tuple[str, int]]) -> IpFn:
    """A small fixed set of addresses (home router, NAT egress, VM)."""
    return lambda rng, ts: rng.choice(pool)


def ip_home_mobile(rng0: random.Random, tz: str, p_mobile: float = 0.2) -> IpFn:
    """Home IP (rarely renumbered), sometimes the phone on a carrier NAT."""
    home = home_net(rng0, tz)
    homes = [(home.ip(rng0), home.asn)]
    if rng0.random() < 0.15:
        homes.append((home.ip(rng0), home.asn))
    mob = mobile_net(rng0)
    mob_ips = [(mob.ip(rng0), mob.asn) for _ in range(3)]

    def f(rng: random.Random, ts: int):
        return rng.choice(mob_ips) if rng.random() < p_mobile else rng.choice(homes)
    return f


def ip_rotate(nets: list[Net]) -> IpFn:
    """A fresh address on every request (rotating proxy)."""
    def f(rng: random.Random, ts: int):
        n = rng.choice(nets)
        return n.ip(rng), n.asn
    return f


def pool_of(rng: random.Random, net: Net, n: int) -> list[tuple[str, int]]:
    return [(net.ip(rng), net.asn) for _ in range(n)]


# --- other indicators ----------------------------------------------------------

def pick_tz(rng: random.Random) -> str:
    return wpick(rng, TZ_WEIGHTS)


def client(rng: random.Random, kinds: list[tuple[str, float]]) -> tuple[str, str]:
    """(user_agent, device_id) for an SDK/tool stack or a browser."""
    kind = wpick(rng, kinds)
    if kind == "web":
        ua = rng.choice(UA["web"])
        return ua, "dev_" + hexid(rng, 16)  # browser device cookie
    return rng.choice(UA[kind]), JA4[UA_STACK[kind]]


def aged_created_at(rng: random.Random, min_days: float, max_days: float) -> int:
    return T0 - int(rng.uniform(min_days, max_days) * DAY) + rng.randrange(HOUR)


class Registry:
    """Creates accounts with unique ids and records their labels."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.accounts: list[Account] = []
        self.seen: set[str] = set()

    def new(self, population: str, campaign: str | None, *, tz: str, ipfn: IpFn, ua: str | None,
            device: str | None, payment: str | None, org: str | None, created_at: int | None,
            n_keys: int = 1, prefix: str = "acct_") -> Account:
        while True:
            aid = prefix + hexid(self.rng, 12)
            if aid not in self.seen:
                break
        self.seen.add(aid)
        keys = ["key_" + hexid(self.rng, 10) for _ in range(max(1, n_keys))]
        acct = Account(aid, "attack" if campaign else "benign", population, campaign, tz, ipfn, ua, device,
                       payment, org, keys, created_at)
        self.accounts.append(acct)
        return acct

    def labels(self) -> dict[str, dict]:
        return {a.id: {"label": a.label, "population": a.population, "campaign": a.campaign}
                for a in sorted(self.accounts, key=lambda a: a.id)}


def card(rng: random.Random) -> str:
    return "pmfp_" + hexid(rng, 16)


def org_id(rng: random.Random) -> str:
    return "org_" + hexid(rng, 10)


NET = NETS
