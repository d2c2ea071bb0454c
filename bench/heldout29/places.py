"""Shared places: companies (office NAT or a secure web gateway egress) and universities
(eduroam NAT pools, lab subnets). Several populations, benign and not, meet here."""

from __future__ import annotations

import ipaddress
import random

from .network import Addr, Net, v6_text
from .randutil import pick

COMPANY_COUNTRIES = ["FI"] * 30 + ["SE"] * 22 + ["NO"] * 10 + ["DK"] * 8 + ["EE"] * 8 + ["LV"] * 5 + ["LT"] * 7 + ["PL"] * 8 + ["UK"] * 4 + ["US-E"] * 3


class Company:
    __slots__ = ("idx", "cc", "egress", "org", "card", "size", "browser", "zdr", "tier")

    def __init__(self, idx, cc, egress, org, card, size, browser, zdr, tier):
        self.idx, self.cc, self.egress, self.org, self.card = idx, cc, egress, org, card
        self.size, self.browser, self.zdr, self.tier = size, browser, zdr, tier

    def addr(self, rng: random.Random) -> Addr:
        return self.egress[rng.randrange(len(self.egress))]


class Campus:
    __slots__ = ("key", "cc", "asn", "eduroam", "labs", "p64s", "size")

    def __init__(self, key, cc, asn, eduroam, labs, p64s, size):
        self.key, self.cc, self.asn, self.eduroam, self.labs, self.p64s, self.size = key, cc, asn, eduroam, labs, p64s, size

    def wifi(self, rng: random.Random) -> Addr:
        if self.p64s and rng.random() < .3:
            return (v6_text(self.p64s[rng.randrange(len(self.p64s))], rng), self.asn)
        return (self.eduroam[rng.randrange(len(self.eduroam))], self.asn)


# key, country, network, campus prefix index, relative size
CAMPUSES = [("helsinki", "FI", "Funet (CSC)", 0, 8), ("aalto", "FI", "Funet (CSC)", 1, 7), ("tampere", "FI", "Funet (CSC)", 2, 5),
            ("oulu", "FI", "Funet (CSC)", 3, 4), ("kth", "SE", "SUNET", 0, 6), ("uppsala", "SE", "SUNET", 1, 5),
            ("lund", "SE", "SUNET", 2, 5), ("chalmers", "SE", "SUNET", 3, 4), ("uio", "NO", "Sikt (UNINETT)", 0, 5),
            ("ntnu", "NO", "Sikt (UNINETT)", 1, 5), ("uib", "NO", "Sikt (UNINETT)", 2, 3), ("ku", "DK", "DeiC", 0, 4),
            ("dtu", "DK", "DeiC", 1, 3), ("tartu", "EE", "EENet", 0, 4), ("rtu", "LV", "SigmaNet", 0, 3),
            ("ktu", "LT", "LITNET", 0, 3), ("vu", "LT", "LITNET", 1, 3), ("poznan", "PL", "PIONIER / PSNC", 0, 4),
            ("cambridge", "UK", "Jisc (Janet)", 0, 2)]


class Places:
    def __init__(self, net: Net, rng: random.Random, new_org, new_card):
        self.companies: list[Company] = []
        for i in range(110):
            cc = pick(rng, COMPANY_COUNTRIES)
            size = int(rng.paretovariate(1.3) * 4) + 1
            if size > 30 and rng.random() < .45:
                egress = [net.swg[rng.randrange(len(net.swg))] for _ in range(2)]   # shared by many firms
            else:
                isp = net.isp(rng, cc, "resi")
                egress = [(isp.v4_host(rng), isp.asn) for _ in range(1 + (size > 15) + (size > 60))]
            plan = rng.random() < min(.85, .3 + size / 60)
            org = new_org(rng) if plan else None
            card = new_card(rng) if plan and rng.random() < .8 else None
            browser = pick(rng, ["edge-win", "chrome-win", "chrome-mac", "chrome-win"])
            tier = "ent" if size > 40 else ("t2" if plan else "t1")
            self.companies.append(Company(i, cc, egress, org, card, size, browser, plan and rng.random() < .12, tier))
        self.campuses: list[Campus] = []
        for key, cc, netname, idx, size in CAMPUSES:
            row = net.by_name[netname]
            sub = row.v4[idx]
            pool = [row.v4_host(rng, sub) for _ in range(8 + size * 2)]
            labs = [row.v4_host(rng, sub) for _ in range(6)]
            p64s = [row.v6_prefix(rng) for _ in range(4)] if row.v6 else []
            self.campuses.append(Campus(key, cc, row.asn, pool, labs, p64s, size))

    def company(self, rng: random.Random, cc: str | None = None, big: bool = False) -> Company:
        opts = [c for c in self.companies if (cc is None or c.cc == cc) and (not big or c.size >= 8)]
        if not opts:
            opts = self.companies
        return rng.choices(opts, [c.size for c in opts])[0]

    def campus(self, rng: random.Random, cc: str | None = None) -> Campus:
        opts = [c for c in self.campuses if cc is None or c.cc == cc] or self.campuses
        return rng.choices(opts, [c.size for c in opts])[0]


def lab_block(campus: Campus, n: int) -> list[Addr]:
    base = int(ipaddress.IPv4Address(campus.labs[0])) & ~15
    return [(str(ipaddress.IPv4Address(base + 1 + i)), campus.asn) for i in range(n)]
