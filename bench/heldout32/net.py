"""Network space: ASNs, IPv4/IPv6 prefixes, carrier CGNAT pools, campus NATs, corporate
egress, clouds, VPN exits and residential-proxy address space. Prefixes are plausible
assignments for a synthetic world, not an authoritative registry."""
from __future__ import annotations

import ipaddress
import random

# name: (asn, kind, ipv4 prefixes, ipv6 prefixes)
ASNS: dict[str, tuple[int, str, list[str], list[str]]] = {
    "ttnet":       (9121, "tr_fixed", ["78.160.0.0/11", "88.224.0.0/12", "95.0.0.0/12"], ["2a02:e0::/29"]),
    "superonline": (34984, "tr_fixed", ["176.88.0.0/14", "212.156.0.0/16"], ["2a01:c840::/29"]),
    "turknet":     (12735, "tr_fixed", ["85.110.0.0/16", "31.141.0.0/16"], ["2a02:4e0::/32"]),
    "turkcell":    (16135, "tr_mobile", ["176.216.0.0/13", "178.240.0.0/13"], ["2a02:ff0::/29"]),
    "vodafone_tr": (15897, "tr_mobile", ["46.154.0.0/15", "31.223.0.0/16"], ["2a00:1d30::/29"]),
    "tt_mobile":   (20978, "tr_mobile", ["5.46.0.0/15", "94.54.0.0/15"], ["2a02:7f0::/29"]),
    "ulaknet":     (8517, "tr_edu", ["144.122.0.0/16", "160.75.0.0/16", "155.223.0.0/16", "193.140.0.0/16"], ["2001:a98::/32"]),
    "mebnet":      (47524, "tr_edu", ["212.174.0.0/16"], []),
    "radore":      (42926, "tr_hosting", ["185.22.184.0/22", "94.73.144.0/20"], ["2a03:2100::/32"]),
    "aws":         (16509, "cloud", ["3.64.0.0/12", "18.184.0.0/15", "52.28.0.0/16"], ["2a05:d014::/36"]),
    "gcp":         (396982, "cloud", ["34.89.0.0/16", "35.198.0.0/16", "34.159.0.0/16"], ["2600:1900::/28"]),
    "azure":       (8075, "cloud", ["20.52.0.0/14", "51.116.0.0/16", "4.182.0.0/15"], ["2603:1020::/31"]),
    "hetzner":     (24940, "cloud", ["5.9.0.0/16", "88.198.0.0/16", "65.108.0.0/15"], ["2a01:4f8::/32", "2a01:4f9::/32"]),
    "ovh":         (16276, "cloud", ["51.68.0.0/16", "51.75.0.0/16"], ["2001:41d0::/32"]),
    "digitalocean": (14061, "cloud", ["159.89.0.0/16", "164.90.0.0/16"], ["2a03:b0c0::/32"]),
    "m247":        (9009, "vpn", ["146.70.0.0/16", "185.236.200.0/22"], ["2a0d:5600::/29"]),
    "datacamp":    (60068, "vpn", ["89.187.160.0/19", "156.146.32.0/19"], ["2a02:6ea0::/29"]),
    "warp":        (13335, "vpn", ["104.28.0.0/16"], ["2a09:bac0::/29"]),
    "zscaler":     (53813, "proxy", ["165.225.0.0/17"], []),
    "dtag":        (3320, "foreign_res", ["79.192.0.0/10", "91.0.0.0/10"], ["2003::/19"]),
    "rostelecom":  (12389, "foreign_res", ["95.24.0.0/13", "178.64.0.0/13"], ["2a03:d000::/29"]),
    "comcast":     (7922, "foreign_res", ["73.0.0.0/8", "98.192.0.0/10"], ["2601::/20"]),
    "vnpt":        (45899, "foreign_res", ["113.160.0.0/11", "14.160.0.0/11"], ["2001:ee0::/32"]),
    "telkom_id":   (7713, "foreign_res", ["36.64.0.0/11", "180.240.0.0/13"], []),
    "jio":         (55836, "foreign_res", ["49.32.0.0/11"], ["2409:4000::/22"]),
    "mci_ir":      (197207, "foreign_res", ["5.112.0.0/12"], []),
    "azercell":    (28787, "foreign_res", ["188.253.192.0/18"], []),
    "te_egypt":    (8452, "foreign_res", ["41.32.0.0/12", "197.32.0.0/13"], []),
    "china_tel":   (4134, "foreign_res", ["115.192.0.0/11", "182.96.0.0/12"], ["240e::/20"]),
}
TR_RESIDENTIAL = ["ttnet", "superonline", "turknet", "turkcell", "vodafone_tr", "tt_mobile"]
FOREIGN_RES = ["dtag", "rostelecom", "comcast", "vnpt", "telkom_id", "jio", "mci_ir", "azercell", "te_egypt"]
CAMPUSES = {"odtu": ("144.122.0.0/16", "ank"), "itu": ("160.75.0.0/16", "ist"), "ege": ("155.223.0.0/16", "izm"),
            "bogazici": ("193.140.192.0/20", "ist"), "hacettepe": ("193.140.224.0/20", "ank"),
            "deu": ("193.140.144.0/20", "izm")}


def _host(rng: random.Random, prefix: str) -> str:
    net = ipaddress.ip_network(prefix)
    span = net.num_addresses
    if net.version == 4:
        off = 1 + int(rng.random() * (span - 2))
        a = ipaddress.IPv4Address(int(net.network_address) + off)
        return str(a) if not str(a).endswith((".0", ".255")) else _host(rng, prefix)
    return str(ipaddress.IPv6Address(int(net.network_address) + rng.getrandbits(min(net.max_prefixlen - net.prefixlen, 96))))


def ip_in(rng: random.Random, name: str, v6: bool = False) -> tuple[str, int]:
    asn, _kind, v4s, v6s = ASNS[name]
    pool = v6s if (v6 and v6s) else v4s
    return _host(rng, pool[int(rng.random() * len(pool))]), asn


def kind_of(asn: int) -> str:
    return _BY_ASN.get(asn, "other")


_BY_ASN = {v[0]: v[1] for v in ASNS.values()}


def v6_in_64(rng: random.Random, net64: str) -> str:
    base = int(ipaddress.IPv6Address(net64))
    return str(ipaddress.IPv6Address(base | rng.getrandbits(64)))


def sub_64(rng: random.Random, name: str) -> str:
    """A subscriber's /64 inside the provider's IPv6 space (the low 64 bits zero)."""
    addr, _ = ip_in(rng, name, v6=True)
    return str(ipaddress.IPv6Address(int(ipaddress.IPv6Address(addr)) >> 64 << 64))


class Net:
    """Shared address pools of the world, built once per seed so populations collide on them."""

    def __init__(self, seed: int):
        rng = random.Random(f"{seed}/net")
        self.cgnat = {c: [ip_in(rng, c)[0] for _ in range(n)] for c, n in
                      (("turkcell", 420), ("vodafone_tr", 300), ("tt_mobile", 260), ("turknet", 120))}
        self.vpn = {v: [ip_in(rng, v)[0] for _ in range(n)] for v, n in (("m247", 90), ("datacamp", 70), ("warp", 160))}
        self.campus: dict[str, list[str]] = {}
        for u, (p, _c) in CAMPUSES.items():       # 3-6 NAT egress addresses per campus
            self.campus[u] = [_host(rng, p)
                              for _ in range(rng.randint(3, 6))]

    def cgnat_ip(self, rng: random.Random, carrier: str) -> tuple[str, int]:
        pool = self.cgnat[carrier]
        return pool[int(rng.random() * len(pool))], ASNS[carrier][0]

    def vpn_ip(self, rng: random.Random, vpn: str) -> tuple[str, int]:
        pool = self.vpn[vpn]
        return pool[int(rng.random() * len(pool))], ASNS[vpn][0]

    def campus_ip(self, rng: random.Random, uni: str) -> tuple[str, int]:
        pool = self.campus[uni]
        return pool[int(rng.random() * len(pool))], 8517


def check_prefixes() -> None:
    nets = [(n, ipaddress.ip_network(p)) for n, v in ASNS.items() for p in v[2] + v[3]]
    for i, (a, x) in enumerate(nets):
        for b, y in nets[i + 1:]:
            if x.version == y.version and x.overlaps(y) and a != b:
                raise AssertionError(f"{a} {x} overlaps {b} {y}")
