"""Networks: ASNs and prefixes, and how a client's public address behaves over time.

The map is fixed for the world (seed-independent: streams named "world/...").
Mobile CGNAT model (see README): a phone keeps its SIM, so while it is on mobile
data its ASN is its carrier's. The carrier's CGNAT gives it a public IPv4 from a
regional pool of a few thousand addresses shared by every subscriber in that
region, so unrelated users meet on the same address. The public address holds
while NAT bindings live (push keepalives keep them up) and changes when the phone
re-attaches: after idling past ~10-40 min, after Wi-Fi, on a cell/gateway change
(lifetime drawn from a lognormal, median ~35 min, 3 min-6 h). On Wi-Fi the phone
takes the home/kos/campus/office address instead. A minority of phones (~12%) are
dual-SIM and move data to the second SIM at night (cheap "kuota malam") or when
the first SIM's quota runs out; some Telkomsel phones are IPv6-capable and then
reach the API over IPv6 with a new /64 on every attach.
"""
from __future__ import annotations

import bisect
import ipaddress
import random

from .world import DAY, HOUR, MIN, City, hid, local_day, local_hour, local_midnight, lognorm, pick_w

# name: (asn, prefixes, kind)
ASNS: dict[str, tuple[int, tuple[str, ...], str]] = {
    # Indonesian mobile
    "telkomsel": (23693, ("114.120.0.0/14", "114.124.0.0/14", "182.0.0.0/14"), "mobile"),
    "indosat": (4761, ("114.4.0.0/14", "202.155.0.0/17"), "mobile"),
    "tri": (45727, ("116.206.0.0/16", "202.67.40.0/21"), "mobile"),
    "xl": (24203, ("112.215.0.0/16", "120.188.0.0/16"), "mobile"),
    "smartfren": (18004, ("112.78.160.0/19", "180.214.232.0/21"), "mobile"),
    # Indonesian fixed
    "indihome": (7713, ("36.64.0.0/11", "125.160.0.0/12", "180.244.0.0/14"), "fixed"),
    "biznet": (17451, ("182.253.0.0/16", "202.169.32.0/19"), "fixed"),
    "firstmedia": (23700, ("139.192.0.0/14",), "fixed"),
    "myrepublic": (63859, ("103.145.188.0/22", "103.19.56.0/22", "180.178.96.0/20"), "fixed"),
    "cbn": (4787, ("202.158.0.0/17",), "fixed"),
    # Malaysia, Singapore, abroad
    "maxis": (9534, ("115.164.0.0/15", "49.124.0.0/16"), "mobile"),
    "celcomdigi": (4818, ("115.132.0.0/14", "183.171.0.0/16"), "mobile"),
    "unifi": (4788, ("175.136.0.0/14", "60.48.0.0/13"), "fixed"),
    "maxisfibre": (9534, ("58.26.0.0/16",), "fixed"),
    "singtel": (9506, ("118.200.0.0/14",), "fixed"),
    "starhub": (4657, ("116.86.0.0/15",), "fixed"),
    "singtel_mobile": (45143, ("111.65.32.0/19",), "mobile"),
    "globe": (4775, ("112.198.0.0/16",), "mobile"),
    "pldt": (9299, ("112.206.0.0/16",), "fixed"),
    "telstra": (1221, ("1.128.0.0/11", "101.160.0.0/11"), "fixed"),
    "kpn": (1136, ("77.160.0.0/12",), "fixed"),
    "ziggo": (33915, ("84.24.0.0/13",), "fixed"),
    # universities
    "ui": (3382, ("152.118.0.0/16",), "campus"),
    "itb": (4796, ("167.205.0.0/16",), "campus"),
    "ugm": (45302, ("202.43.92.0/22",), "campus"),
    "its": (55657, ("202.46.128.0/21",), "campus"),
    "unhas": (138048, ("103.195.140.0/22",), "campus"),
    "usu": (58476, ("103.101.224.0/22",), "campus"),
    "um": (9534, ("103.18.0.0/22",), "campus"),  # Universiti Malaya via Maxis/MYREN
    # enterprise links / security edges
    "lintasarta": (4800, ("202.152.0.0/17",), "corp"),
    "zscaler": (53813, ("165.225.112.0/20", "136.226.224.0/20"), "corp"),
    "tmone": (4788, ("203.106.0.0/17",), "corp"),
    # cloud
    "aws_sg": (16509, ("13.212.0.0/15", "18.136.0.0/16", "54.169.0.0/16"), "cloud"),
    "aws_jkt": (16509, ("108.136.0.0/16", "43.218.0.0/16", "16.78.0.0/16"), "cloud"),
    "gcp_jkt": (396982, ("34.101.0.0/16", "34.128.64.0/18"), "cloud"),
    "gcp_sg": (396982, ("34.87.0.0/17", "35.240.128.0/17"), "cloud"),
    "azure_sea": (8075, ("20.195.0.0/16", "52.187.0.0/16"), "cloud"),
    "alibaba_jkt": (45102, ("147.139.128.0/17", "8.215.0.0/16"), "cloud"),
    "alibaba_sg": (45102, ("47.74.128.0/17", "8.219.0.0/16"), "cloud"),
    "biznetgio": (17451, ("103.150.190.0/23", "103.176.78.0/23"), "cloud"),
    "idcloudhost": (136052, ("103.127.96.0/22",), "cloud"),
    "digitalocean": (14061, ("128.199.64.0/18", "159.89.192.0/18", "139.59.96.0/19"), "cloud"),
    "vultr": (20473, ("139.180.128.0/19", "45.77.32.0/19"), "cloud"),
    "ovh_sg": (16276, ("139.99.0.0/17", "51.79.160.0/19"), "cloud"),
    "hetzner": (24940, ("65.108.0.0/16", "95.216.0.0/16"), "cloud"),
    # VPN / proxy exits
    "warp": (13335, ("104.28.0.0/16",), "vpn"),
    "m247": (9009, ("146.70.0.0/16",), "vpn"),
    "datacamp": (60068, ("89.187.160.0/19", "138.199.0.0/17"), "vpn"),
    "leaseweb_sg": (59253, ("103.254.152.0/22", "23.106.224.0/20"), "vpn"),
    "packethub": (147049, ("45.134.140.0/22",), "vpn"),
}

MOBILE_ID = (("telkomsel", 50), ("indosat", 17), ("xl", 14), ("tri", 11), ("smartfren", 8))
FIXED_ID = (("indihome", 60), ("biznet", 12), ("firstmedia", 10), ("myrepublic", 10), ("cbn", 8))
MOBILE_MY = (("maxis", 45), ("celcomdigi", 55))
FIXED_MY = (("unifi", 70), ("maxisfibre", 30))
FIXED_SG = (("singtel", 60), ("starhub", 40))
RESI_ID = (("indihome", 45), ("telkomsel", 20), ("biznet", 8), ("firstmedia", 8), ("myrepublic", 7),
           ("indosat", 6), ("xl", 6))


def asn_of(name: str) -> int:
    return ASNS[name][0]


def rand_ip(r: random.Random, name: str) -> str:
    prefixes = ASNS[name][1]
    net = ipaddress.ip_network(prefixes[r.randrange(len(prefixes))])
    return str(net.network_address + r.randrange(1, net.num_addresses - 1))


def _blocks(name: str, region: str, k: int) -> list[str]:
    """k /24 blocks of `name`'s space that make a regional pool (world-fixed)."""
    r = random.Random(f"world/pool/{name}/{region}")
    out = []
    for _ in range(k):
        ip = ipaddress.ip_address(rand_ip(r, name))
        out.append(str(ipaddress.ip_network(f"{ip}/24", strict=False).network_address)[:-2])
    return out


_POOLS: dict[tuple[str, str], list[str]] = {}


def pool_ip(r: random.Random, name: str, region: str, k: int = 10) -> str:
    key = (name, region)
    if key not in _POOLS:
        _POOLS[key] = _blocks(name, region, k)
    blocks = _POOLS[key]
    return f"{blocks[r.randrange(len(blocks))]}.{r.randrange(1, 255)}"


class MobileLine:
    """One SIM's data connection behind its carrier's CGNAT."""

    def __init__(self, carrier: str, region: str, r: random.Random, v6: bool = False):
        self.carrier, self.region, self.r, self.v6 = carrier, region, r, v6
        self.ip: str | None = None
        self.exp = 0
        self.last = 0
        self.idle = int(lognorm(r, 22, 0.5, 8, 60) * MIN)

    def drop(self) -> None:
        self.ip = None

    def at(self, ts: int) -> tuple[str, int]:
        if self.ip is None or ts >= self.exp or ts - self.last > self.idle:
            if self.v6:
                h = hid("v6", self.carrier, ts, self.r.random(), n=8)
                self.ip = f"2400:9800:{h[0:4]}:{h[4:8]}:{h[8:12]}:{h[12:16]}:{self.r.randrange(65536):x}:1"
            else:
                self.ip = pool_ip(self.r, self.carrier, self.region)
            self.exp = ts + int(lognorm(self.r, 35, 0.9, 3, 360) * MIN)
        self.last = ts
        return self.ip, asn_of(self.carrier)


class ModemLine:
    """A SIM in a modem or farm phone that never idles: its CGNAT address still changes on
    re-attach. Precomputed over time so several accounts can share it (stateless lookup)."""

    def __init__(self, carrier: str, region: str, r: random.Random, start: int, end: int, median_min: float = 35):
        self.carrier = carrier
        self.starts: list[int] = []
        self.ips: list[str] = []
        t = start
        while t < end:
            self.starts.append(t)
            self.ips.append(pool_ip(r, carrier, region))
            t += int(lognorm(r, median_min, 0.9, 3, 360) * MIN)

    def at(self, ts: int) -> tuple[str, int]:
        i = max(0, bisect.bisect_right(self.starts, ts) - 1)
        return self.ips[i], asn_of(self.carrier)


class FixedLine:
    """Home, kos or shop broadband: one dynamic public address that changes when the modem
    re-dials (PPPoE drop, power cut, ISP maintenance). Stateless in time, so a household
    can share one line object across its members' accounts."""

    def __init__(self, isp: str, r: random.Random, redial_p: float = 0.12, tz: int = 7):
        self.isp = isp
        self.changes = [(-1, rand_ip(r, isp))]
        for d in range(-1, 4):
            if r.random() < redial_p:
                t = local_midnight(d, tz) + int(r.uniform(1, 23) * HOUR)
                self.changes.append((t, rand_ip(r, isp)))

    def at(self, ts: int, tz: int = 7) -> tuple[str, int]:
        ip = self.changes[0][1]
        for t, x in self.changes:
            if ts >= t:
                ip = x
        return ip, asn_of(self.isp)


class Egress:
    """A shared NAT (campus, office, warnet, cloud NAT gateway): a handful of fixed addresses;
    a client sticks to one of them for a DHCP lease (a local day)."""

    def __init__(self, name: str, r: random.Random, n: int):
        self.name = name
        self.ips = [rand_ip(r, name) for _ in range(n)]

    def at(self, ts: int, key: str = "", tz: int = 7) -> tuple[str, int]:
        i = int(hid(key, local_day(ts, tz), n=4), 16) % len(self.ips)
        return self.ips[i], asn_of(self.name)

    def any(self, r: random.Random) -> tuple[str, int]:
        return self.ips[r.randrange(len(self.ips))], asn_of(self.name)


class Cloud:
    """Servers or a NAT gateway in a cloud region: requests leave from any of a few addresses."""

    def __init__(self, name: str, ips: list[str], r: random.Random):
        self.name, self.ips, self.r = name, ips, r

    @classmethod
    def new(cls, name: str, r: random.Random, n: int) -> "Cloud":
        return cls(name, [rand_ip(r, name) for _ in range(n)], r)

    def at(self, ts: int) -> tuple[str, int]:
        return self.ips[self.r.randrange(len(self.ips))], asn_of(self.name)


def resi_exit(r: random.Random, mix=RESI_ID, region: str = "jkt") -> tuple[str, int]:
    """A residential-proxy exit: somebody's home router or phone, fresh each time."""
    name = pick_w(r, mix)
    if ASNS[name][2] == "mobile":
        return pool_ip(r, name, region), asn_of(name)
    return rand_ip(r, name), asn_of(name)


# Daily routines: (from local hour, venue). Venue is home / mobile / day (campus, office, school).
ROUTINES = {
    "student": ((0, "home"), (6.3, "mobile"), (7.0, "day"), (14.5, "mobile"), (16.5, "home")),
    "uni": ((0, "home"), (7.8, "mobile"), (8.5, "day"), (16.0, "mobile"), (17.0, "home")),
    "office": ((0, "home"), (6.3, "mobile"), (8.4, "day"), (17.2, "mobile"), (19.0, "home")),
    "home": ((0, "home"),),
    "mobile": ((0, "mobile"),),
}


class Presence:
    """Where one person's device is, hence its (ip, asn), as time goes on (call in time order)."""

    def __init__(self, r: random.Random, city: City, routine: str, mobile: MobileLine | None,
                 home: FixedLine | None = None, day: Egress | None = None, *, second: MobileLine | None = None,
                 second_mode: str = "", p_out: float = 0.15, key: str = ""):
        self.r, self.city, self.routine = r, city, ROUTINES[routine]
        self.mobile, self.home, self.dayv, self.second = mobile, home, day, second
        self.second_mode, self.p_out, self.key = second_mode, p_out, key
        self.switch_at = None
        self.cur: str | None = None
        self.cur_until = 0
        self.jit: dict[int, float] = {}

    def _sched(self, ts: int) -> str:
        d = local_day(ts, self.city.tz)
        if d not in self.jit:
            self.jit[d] = self.r.uniform(-0.6, 0.6)
        h = local_hour(ts, self.city.tz) - self.jit[d]
        venue = self.routine[0][1]
        for start, v in self.routine:
            if h >= start:
                venue = v
        return venue

    def at(self, ts: int) -> tuple[str, int]:
        if self.cur is None or ts > self.cur_until:
            v = self._sched(ts)
            if v == "home" and self.home is None or v == "day" and self.dayv is None:
                v = "mobile"
            if v != "mobile" and self.mobile is not None and self.r.random() < self.p_out:
                v = "mobile"  # out of Wi-Fi range: warung, mall, ojol, lift, Wi-Fi down
            if v != "mobile" and self.cur == "mobile":
                for line in (self.mobile, self.second):
                    if line is not None:
                        line.drop()
            self.cur = v
        self.cur_until = ts + 20 * MIN
        if self.cur == "home":
            return self.home.at(ts, self.city.tz)
        if self.cur == "day":
            return self.dayv.at(ts, self.key, self.city.tz)
        line = self.mobile
        if self.second is not None:
            h = local_hour(ts, self.city.tz)
            if self.second_mode == "night" and h < 6:
                line = self.second
            elif self.second_mode == "quota":
                if self.switch_at is None:
                    self.switch_at = ts + int(self.r.uniform(2, 40) * HOUR)
                if ts >= self.switch_at:
                    line = self.second
        if line is None:
            raise ValueError("presence without any line")
        return line.at(ts)


def phone(r: random.Random, city: City, routine: str, *, home_p: float, day: Egress | None = None,
          mobile_mix=MOBILE_ID, fixed_mix=FIXED_ID, p_out: float = 0.15, key: str = "") -> Presence:
    carrier = pick_w(r, mobile_mix)
    v6 = carrier == "telkomsel" and r.random() < 0.18
    mob = MobileLine(carrier, city.region, r, v6)
    home = FixedLine(pick_w(r, fixed_mix), r, tz=city.tz) if r.random() < home_p else None
    second, mode = None, ""
    if r.random() < 0.12:
        other = [(c, w) for c, w in mobile_mix if c != carrier] or list(mobile_mix)
        second = MobileLine(pick_w(r, other), city.region, r)
        mode = "night" if r.random() < 0.5 else "quota"
    return Presence(r, city, routine, mob, home, day, second=second, second_mode=mode, p_out=p_out, key=key)

