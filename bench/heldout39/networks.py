"""The networks of the Mediterraneo world and how a client gets an address.

ASNs are the real ones of the named operators; the address blocks are
plausible but invented for the simulation. What matters for realism is the
*sharing*: mobile carriers put thousands of phones behind a small carrier-grade
NAT pool (IPv4) while handing each phone its own IPv6 /64; home broadband keeps
one address per household (sometimes renewed); schools, campuses, offices and
venues put everyone behind one to four egress addresses; residential-proxy
exits look exactly like home and mobile users; VPN exits are shared by many
strangers; cloud VMs keep a fixed address in a datacentre ASN.
"""
from __future__ import annotations

import ipaddress
import random
from dataclasses import dataclass

from .world import DAY, HOUR


@dataclass(frozen=True)
class Net:
    key: str
    asn: int
    country: str
    kind: str  # mobile | broadband | research | cloud | vpn
    v4: tuple[str, ...]
    v6: str | None = None
    v6_share: float = 0.0


def _n(key, asn, cc, kind, v4, v6=None, share=0.0):
    return Net(key, asn, cc, kind, tuple(v4.split()), v6, share)


NETS = {n.key: n for n in [
    # Italy
    _n("it_tim_mob", 3269, "IT", "mobile", "5.90.0.0/16 151.46.0.0/15", "2a01:4bc0::/32", 0.25),
    _n("it_voda_mob", 30722, "IT", "mobile", "2.34.0.0/15 5.168.0.0/16", "2a02:6d40::/32", 0.35),
    _n("it_wind_mob", 1267, "IT", "mobile", "151.64.0.0/14 37.176.0.0/15", "2a01:d0c0::/32", 0.25),
    _n("it_iliad_mob", 29447, "IT", "mobile", "37.160.0.0/15", "2a0d:5600::/32", 0.65),
    _n("it_tim_bb", 3269, "IT", "broadband", "79.16.0.0/12 87.0.0.0/12 93.144.0.0/13", "2001:b0e::/32", 0.2),
    _n("it_fastweb_bb", 12874, "IT", "broadband", "93.32.0.0/14 2.224.0.0/13 95.224.0.0/13", "2001:b07::/32", 0.5),
    _n("it_voda_bb", 30722, "IT", "broadband", "2.36.0.0/14 5.170.0.0/16", "2a02:6d41::/32", 0.1),
    _n("it_wind_bb", 1267, "IT", "broadband", "151.20.0.0/14 79.50.0.0/16"),
    _n("it_iliad_bb", 29447, "IT", "broadband", "37.162.0.0/15 82.58.0.0/16", "2a0d:5601::/32", 0.7),
    _n("it_tiscali_bb", 8612, "IT", "broadband", "84.220.0.0/14"),
    _n("it_eolo_bb", 35612, "IT", "broadband", "178.249.0.0/16"),
    # Spain
    _n("es_movistar_mob", 3352, "ES", "mobile", "83.59.0.0/16 88.24.0.0/14", "2a0c:5a80::/32", 0.2),
    _n("es_orange_mob", 12479, "ES", "mobile", "90.167.0.0/16 31.221.0.0/16", "2a01:c50e::/32", 0.3),
    _n("es_voda_mob", 12430, "ES", "mobile", "31.4.128.0/17 37.133.0.0/16"),
    _n("es_digi_mob", 57269, "ES", "mobile", "79.116.0.0/15 46.6.0.0/16", "2a0c:5a81::/32", 0.6),
    _n("es_masmovil_mob", 15704, "ES", "mobile", "37.222.0.0/15"),
    _n("es_movistar_bb", 3352, "ES", "broadband", "80.24.0.0/13 81.32.0.0/12 88.0.0.0/11", "2a0c:5a82::/32", 0.15),
    _n("es_orange_bb", 12479, "ES", "broadband", "90.160.0.0/13 2.136.0.0/13", "2a01:c50f::/32", 0.25),
    _n("es_ono_bb", 6739, "ES", "broadband", "62.42.0.0/15 85.48.0.0/12"),
    _n("es_digi_bb", 57269, "ES", "broadband", "79.117.0.0/16 46.24.0.0/15", "2a0c:5a83::/32", 0.5),
    _n("es_masmovil_bb", 15704, "ES", "broadband", "37.29.0.0/16 185.105.0.0/16"),
    _n("es_euskaltel_bb", 12338, "ES", "broadband", "95.20.0.0/16"),
    # Portugal
    _n("pt_meo_mob", 3243, "PT", "mobile", "85.242.0.0/15 148.69.0.0/16", "2001:8a0::/32", 0.3),
    _n("pt_nos_mob", 2860, "PT", "mobile", "176.79.0.0/16 89.115.0.0/16", "2a04:2410::/32", 0.3),
    _n("pt_voda_mob", 12353, "PT", "mobile", "2.82.0.0/15 94.60.0.0/16"),
    _n("pt_meo_bb", 3243, "PT", "broadband", "85.240.0.0/14 188.80.0.0/13", "2001:8a1::/32", 0.3),
    _n("pt_nos_bb", 2860, "PT", "broadband", "89.152.0.0/14 85.138.0.0/15", "2a04:2411::/32", 0.3),
    _n("pt_voda_bb", 12353, "PT", "broadband", "94.61.0.0/16 2.80.0.0/15"),
    _n("pt_nowo_bb", 13156, "PT", "broadband", "78.29.0.0/16"),
    # Greece, Morocco, France, Germany (residents, diaspora trips, travellers)
    _n("gr_cosmote_mob", 6799, "GR", "mobile", "46.190.0.0/15 94.64.0.0/15", "2a02:587::/32", 0.4),
    _n("gr_voda_mob", 3329, "GR", "mobile", "62.74.0.0/15"),
    _n("gr_cosmote_bb", 6799, "GR", "broadband", "79.128.0.0/13 178.59.0.0/16", "2a02:588::/32", 0.3),
    _n("gr_nova_bb", 1241, "GR", "broadband", "94.68.0.0/14 46.176.0.0/14"),
    _n("gr_voda_bb", 3329, "GR", "broadband", "62.1.0.0/16 2.84.0.0/14"),
    _n("ma_iam_mob", 6713, "MA", "mobile", "105.128.0.0/11 41.140.0.0/14"),
    _n("ma_orange_bb", 36925, "MA", "broadband", "196.64.0.0/14"),
    _n("fr_orange_bb", 3215, "FR", "broadband", "90.0.0.0/11", "2a01:cb00::/24", 0.4),
    _n("de_telekom_bb", 3320, "DE", "broadband", "87.128.0.0/10 91.0.0.0/10", "2003:e0::/28", 0.5),
    # Research and education networks (campus egress NAT lives here)
    _n("garr", 137, "IT", "research", "130.192.0.0/16 131.175.0.0/16 137.204.0.0/16 147.162.0.0/15"),
    _n("rediris", 766, "ES", "research", "147.156.0.0/16 150.214.0.0/16 147.96.0.0/16"),
    _n("csuc", 13041, "ES", "research", "147.83.0.0/16 161.116.0.0/16"),
    _n("rcts", 1930, "PT", "research", "193.136.0.0/15"),
    # Clouds
    _n("aws", 16509, "IT", "cloud", "15.160.0.0/16 18.102.0.0/16 18.100.0.0/16 13.36.0.0/14"),
    _n("gcp", 396982, "ES", "cloud", "34.154.0.0/16 34.175.0.0/16"),
    _n("azure", 8075, "NL", "cloud", "20.73.0.0/16 4.210.0.0/16 52.157.0.0/16"),
    _n("hetzner", 24940, "DE", "cloud", "88.198.0.0/16 159.69.0.0/16 65.108.0.0/16"),
    _n("ovh", 16276, "FR", "cloud", "51.68.0.0/16 54.36.0.0/16 141.94.0.0/16"),
    _n("digitalocean", 14061, "DE", "cloud", "164.90.0.0/16 207.154.192.0/18"),
    _n("aruba", 31034, "IT", "cloud", "80.211.0.0/16 89.46.0.0/16"),
    _n("scaleway", 12876, "FR", "cloud", "51.15.0.0/16 163.172.0.0/16"),
    _n("contabo", 51167, "DE", "cloud", "161.97.0.0/16 173.249.0.0/16"),
    _n("vultr", 20473, "ES", "cloud", "45.32.0.0/16 95.179.128.0/17"),
    _n("oracle", 31898, "ES", "cloud", "152.70.0.0/16"),
    # VPN exits (commercial VPNs rent from these)
    _n("m247", 9009, "IT", "vpn", "185.94.188.0/22 89.238.128.0/18"),
    _n("datacamp", 60068, "ES", "vpn", "185.76.8.0/22 212.102.36.0/22"),
    _n("packethub", 147049, "PT", "vpn", "45.134.212.0/22"),
    _n("leaseweb", 60781, "NL", "vpn", "37.48.64.0/18"),
    _n("clouvider", 62240, "IT", "vpn", "185.230.124.0/22"),
]}

MOBILE = {cc: [k for k, n in NETS.items() if n.country == cc and n.kind == "mobile"] for cc in ("IT", "ES", "PT", "GR", "MA")}
BROADBAND = {cc: [k for k, n in NETS.items() if n.country == cc and n.kind == "broadband"]
             for cc in ("IT", "ES", "PT", "GR", "MA", "FR", "DE")}
# Market shares, roughly: the big incumbents carry most users.
MOBILE_W = {"IT": [.30, .26, .24, .20], "ES": [.30, .28, .17, .15, .10], "PT": [.42, .32, .26],
            "GR": [.6, .4], "MA": [1.0]}
BB_W = {"IT": [.36, .18, .14, .10, .10, .06, .06], "ES": [.36, .24, .14, .12, .09, .05], "PT": [.42, .34, .16, .08],
        "GR": [.5, .3, .2], "MA": [1.0], "FR": [1.0], "DE": [1.0]}


def pick_net(rng: random.Random, cc: str, kind: str) -> Net:
    keys = MOBILE[cc] if kind == "mobile" else BROADBAND[cc]
    ws = MOBILE_W[cc] if kind == "mobile" else BB_W[cc]
    return NETS[rng.choices(keys, ws)[0]]


def rand_v4(rng: random.Random, net: Net) -> str:
    p = ipaddress.ip_network(rng.choice(net.v4))
    return str(p.network_address + rng.randrange(1, p.num_addresses - 1))


def rand_p64(rng: random.Random, net: Net) -> int:
    base = int(ipaddress.ip_network(net.v6).network_address)
    plen = ipaddress.ip_network(net.v6).prefixlen
    return base | (rng.getrandbits(64 - plen) << 64)


def v6_addr(rng: random.Random, p64: int) -> str:
    return str(ipaddress.IPv6Address(p64 | rng.getrandbits(64)))


_POOLS: dict[str, list[str]] = {}


def cgnat_pool(net: Net) -> list[str]:
    """The public IPv4 pool a carrier's CGNAT hands out: small and shared by
    everyone on that carrier. Seed-independent (it is the same internet)."""
    if net.key not in _POOLS:
        r = random.Random("cgnat:" + net.key)
        size = 320 if net.kind == "mobile" else 60
        _POOLS[net.key] = [rand_v4(r, net) for _ in range(size)]
    return _POOLS[net.key]


class Conn:
    """Where a client's requests come from; address chosen per session."""

    def addr(self, rng: random.Random, ts: int) -> tuple[str, int]:  # pragma: no cover - interface
        raise NotImplementedError


class Mobile(Conn):
    def __init__(self, rng: random.Random, net: Net):
        self.net = net
        self.p64 = rand_p64(rng, net) if net.v6 and rng.random() < net.v6_share else None

    def addr(self, rng, ts):
        if self.p64 is not None:
            return v6_addr(rng, self.p64), self.net.asn  # same /64, fresh privacy address
        return rng.choice(cgnat_pool(self.net)), self.net.asn


class Home(Conn):
    """A household line: one address, renewed at most once in the window."""

    def __init__(self, rng: random.Random, net: Net, start: int, end: int):
        self.net = net
        self.ips = [rand_v4(rng, net), rand_v4(rng, net)]
        self.switch = rng.randrange(start, end) if rng.random() < 0.35 else end + DAY
        self.p64 = rand_p64(rng, net) if net.v6 and rng.random() < net.v6_share else None
        self.iid = rng.getrandbits(64)

    def addr(self, rng, ts):
        if self.p64 is not None:
            # privacy addresses rotate daily, the /64 stays with the line
            return str(ipaddress.IPv6Address(self.p64 | ((self.iid + ts // DAY) & (2**64 - 1)))), self.net.asn
        return self.ips[0 if ts < self.switch else 1], self.net.asn


class Nat(Conn):
    """One egress for many people: a school, campus, office or venue."""

    def __init__(self, rng: random.Random, net: Net, n: int = 2, prefix: int | None = None):
        self.net = net
        if prefix is not None:  # e.g. one university's block inside the research network
            net = Net(net.key, net.asn, net.country, net.kind, (net.v4[prefix],))
        self.ips = [rand_v4(rng, net) for _ in range(n)]

    def addr(self, rng, ts):
        return rng.choice(self.ips), self.net.asn


class Fixed(Conn):
    def __init__(self, ip: str, asn: int):
        self.ip, self.asn = ip, asn

    def addr(self, rng, ts):
        return self.ip, self.asn


def cloud_vm(rng: random.Random, key: str) -> Fixed:
    net = NETS[key]
    return Fixed(rand_v4(rng, net), net.asn)


class Proxy(Conn):
    """Residential-proxy exits: real households and phones (so real carrier
    ASNs), a new exit every `sticky_min` minutes."""

    def __init__(self, rng: random.Random, countries: list[str], sticky_min: int, mobile_share: float = 0.3):
        self.cc, self.sticky, self.mob = countries, sticky_min, mobile_share
        self.salt = rng.getrandbits(32)

    def addr(self, rng, ts):
        r = random.Random(f"{self.salt}:{ts // (self.sticky * 60_000)}")
        cc = r.choice(self.cc)
        net = pick_net(r, cc, "mobile" if r.random() < self.mob else "broadband")
        if net.kind == "mobile" and r.random() < 0.7:
            return r.choice(cgnat_pool(net)), net.asn
        return rand_v4(r, net), net.asn


_VPN: dict[str, list[str]] = {}


class Vpn(Conn):
    """Commercial VPN: a few dozen exits per provider, shared by all its users."""

    def __init__(self, rng: random.Random, keys: list[str], sticky_h: float = 6.0):
        self.keys, self.sticky, self.salt = keys, sticky_h, rng.getrandbits(32)

    def addr(self, rng, ts):
        r = random.Random(f"{self.salt}:{int(ts // (self.sticky * HOUR))}")
        net = NETS[r.choice(self.keys)]
        if net.key not in _VPN:
            pr = random.Random("vpn:" + net.key)
            _VPN[net.key] = [rand_v4(pr, net) for _ in range(48)]
        return r.choice(_VPN[net.key]), net.asn


class Mixed(Conn):
    """A person with several connections chosen by the time of day,
    e.g. home Wi-Fi in the evening and mobile data otherwise."""

    def __init__(self, choose):
        self.choose = choose  # (rng, ts) -> Conn

    def addr(self, rng, ts):
        return self.choose(rng, ts).addr(rng, ts)
