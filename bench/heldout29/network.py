"""IP address pools built on the ASN catalogue: home lines (dual stack), mobile CGNAT pools
shared by thousands of users, cloud hosts, VPN exits, secure web gateways and relays."""

from __future__ import annotations

import ipaddress
import random

from .asns import ASNS

Addr = tuple[str, int]          # (ip text, asn)


class _As:
    __slots__ = ("asn", "name", "cc", "kind", "v4", "v6")

    def __init__(self, row):
        self.asn, self.name, self.cc, self.kind = row[0], row[1], row[2], row[3]
        self.v4 = [ipaddress.IPv4Network(p) for p in row[4]]
        self.v6 = ipaddress.IPv6Network(row[5]) if row[5] else None

    def v4_host(self, rng: random.Random, net: ipaddress.IPv4Network | None = None) -> str:
        n = net or self.v4[rng.randrange(len(self.v4))]
        size = n.num_addresses
        off = rng.randrange(1, size - 1) if size > 2 else 0
        if size > 256 and off % 256 in (0, 255):
            off += 1
        return str(n.network_address + off)

    def v6_prefix(self, rng: random.Random) -> int:
        """A customer /64 inside the /32 (a household /56 and one of its subnets)."""
        base = int(self.v6.network_address)
        return base | (rng.getrandbits(24) << 72) | (rng.getrandbits(8) << 64)


def v6_text(prefix64: int, rng: random.Random) -> str:
    return str(ipaddress.IPv6Address(prefix64 | rng.getrandbits(64)))


class Net:
    def __init__(self, rng: random.Random):
        self.rows = [_As(r) for r in ASNS]
        self.by_name = {r.name: r for r in self.rows}
        self.cgnat: dict[str, list[str]] = {}
        for r in self.rows:
            if r.kind == "mobile":     # a few dozen public addresses front a whole operator region
                self.cgnat[r.name] = [r.v4_host(rng) for _ in range(rng.randrange(36, 72))]
        self.vpn_exits: dict[str, list[Addr]] = {}
        for r in self.rows:
            if r.kind == "vpn":
                self.vpn_exits[r.name] = [(r.v4_host(rng), r.asn) for _ in range(rng.randrange(25, 45))]
        self.swg = [(self.by_name["Zscaler"].v4_host(rng), 62044) for _ in range(14)]
        relay = [self.by_name["Cloudflare (iCloud Private Relay)"], self.by_name["Akamai (iCloud Private Relay)"]]
        self.relays = [(r.v4_host(rng), r.asn) for r in relay for _ in range(90)]

    def of(self, cc: str, kind: str) -> list[_As]:
        return [r for r in self.rows if r.cc == cc and r.kind == kind]

    def isp(self, rng: random.Random, cc: str, kind: str = "resi") -> _As:
        opts = self.of(cc, kind) or self.of("FI", kind)
        return opts[rng.randrange(len(opts))]

    def cloud(self, name: str) -> _As:
        return self.by_name[name]

    # --- things accounts hold on to ---------------------------------------------------
    def home(self, rng: random.Random, cc: str, v6_share: float = 0.45) -> "Home":
        isp = self.isp(rng, cc, "resi")
        return Home(isp, rng, v6=bool(isp.v6) and rng.random() < v6_share)

    def phone(self, rng: random.Random, cc: str) -> "Phone":
        op = self.isp(rng, cc, "mobile")
        return Phone(op, self.cgnat[op.name])

    def host(self, rng: random.Random, cloud: str) -> Addr:
        c = self.by_name[cloud]
        return (c.v4_host(rng), c.asn)

    def host_v6(self, rng: random.Random, cloud: str) -> Addr:
        c = self.by_name[cloud]
        return (v6_text(c.v6_prefix(rng), rng), c.asn)

    def block(self, rng: random.Random, cloud: str, n: int) -> list[Addr]:
        """n neighbouring addresses (a rented /26-ish block)."""
        c = self.by_name[cloud]
        base = ipaddress.IPv4Address(c.v4_host(rng))
        first = int(base) & ~63
        return [(str(ipaddress.IPv4Address(first + 2 + i)), c.asn) for i in range(min(n, 60))]

    def vpn(self, rng: random.Random, provider: str | None = None) -> Addr:
        names = sorted(self.vpn_exits)
        exits = self.vpn_exits[provider or names[rng.randrange(len(names))]]
        return exits[rng.randrange(len(exits))]

    def relay(self, rng: random.Random) -> Addr:
        return self.relays[rng.randrange(len(self.relays))]

    def resi_pool(self, rng: random.Random, countries: list[str], n: int, mobile_share: float) -> list[Addr]:
        """Exit addresses of a residential/mobile proxy network: ordinary subscriber lines and
        real CGNAT addresses (the same ones that ordinary phone users come from)."""
        out: list[Addr] = []
        for _ in range(n):
            cc = countries[rng.randrange(len(countries))]
            if rng.random() < mobile_share:
                op = self.isp(rng, cc, "mobile")
                pool = self.cgnat[op.name]
                out.append((pool[rng.randrange(len(pool))], op.asn))
            else:
                isp = self.isp(rng, cc, "resi")
                out.append((isp.v4_host(rng), isp.asn))
        return out


class Home:
    """A subscriber line: one IPv4 (re-leased now and then) and, if dual stack, a /64 whose
    interface id rotates (privacy extensions)."""

    __slots__ = ("isp", "v4", "p64", "v4b")

    def __init__(self, isp: _As, rng: random.Random, v6: bool):
        self.isp = isp
        self.v4 = isp.v4_host(rng)
        self.v4b = isp.v4_host(rng) if rng.random() < 0.15 else self.v4   # DHCP re-lease on day 2
        self.p64 = isp.v6_prefix(rng) if v6 else 0

    def addr(self, rng: random.Random, day: int = 0) -> Addr:
        if self.p64 and rng.random() < 0.65:
            return (v6_text(self.p64, rng), self.isp.asn)
        return (self.v4 if day == 0 else self.v4b, self.isp.asn)


class Phone:
    __slots__ = ("op", "pool")

    def __init__(self, op: _As, pool: list[str]):
        self.op, self.pool = op, pool

    def addr(self, rng: random.Random, day: int = 0) -> Addr:
        return (self.pool[rng.randrange(len(self.pool))], self.op.asn)
