"""Invented-but-plausible AU/NZ networks: ASN and IPv4 prefixes per operator.

The ASNs of the big carriers, AARNet, REANNZ and the clouds are public knowledge; several
prefixes and the smaller ASNs are best guesses (listed in README.md). Nothing here is looked up.
"""
from __future__ import annotations

import ipaddress
import random

# name -> (asn, [prefixes])
NETS: dict[str, tuple[int, list[str]]] = {
    "telstra": (1221, ["1.120.0.0/13", "58.160.0.0/12", "101.160.0.0/11", "120.144.0.0/12"]),
    "telstra_mobile": (1221, ["1.128.0.0/11", "49.180.0.0/14"]),
    "optus": (4804, ["49.176.0.0/14", "211.26.0.0/15", "220.233.0.0/16"]),
    "optus_mobile": (7474, ["49.176.128.0/17", "110.140.0.0/15"]),
    "tpg": (7545, ["110.174.0.0/15", "220.240.0.0/13", "101.112.0.0/13"]),
    "iinet": (4739, ["14.200.0.0/14", "58.6.0.0/15", "203.59.0.0/16"]),
    "aussiebb": (4764, ["180.150.0.0/16", "119.18.0.0/19", "202.0.180.0/22"]),
    "superloop": (38195, ["103.214.0.0/16", "180.216.0.0/15"]),
    "vocus": (4826, ["203.134.0.0/16", "114.31.192.0/18"]),
    "vodafone_au": (133612, ["1.144.0.0/13", "101.100.0.0/15"]),
    "spark": (4771, ["122.56.0.0/14", "125.236.0.0/14"]),
    "one_nz": (9500, ["27.252.0.0/14", "203.109.128.0/17"]),
    "2degrees": (23655, ["114.134.0.0/16", "202.78.240.0/20"]),
    "starlink": (14593, ["129.222.0.0/16", "98.97.0.0/16"]),
    "aarnet": (7575, ["129.78.0.0/16", "129.94.0.0/16", "128.250.0.0/16", "130.102.0.0/16", "130.95.0.0/16",
                      "130.194.0.0/16", "138.25.0.0/16", "137.111.0.0/16", "134.7.0.0/16", "131.181.0.0/16"]),
    "reannz": (38022, ["130.216.0.0/16", "132.181.0.0/16"]),
    "aws_syd": (16509, ["13.236.0.0/14", "3.24.0.0/14", "54.252.0.0/16", "52.62.0.0/15"]),
    "azure_aue": (8075, ["20.5.0.0/16", "20.37.192.0/19", "40.126.224.0/19"]),
    "gcp_syd": (396982, ["34.116.64.0/18", "35.189.0.0/17", "34.151.64.0/18"]),
    "vultr_syd": (20473, ["45.76.112.0/20", "149.28.160.0/19", "139.180.160.0/19"]),
    "do_syd": (14061, ["170.64.128.0/17"]),
    "linode_syd": (63949, ["172.105.160.0/19", "194.195.248.0/21"]),
    "zscaler": (53813, ["165.225.226.0/23", "165.225.98.0/24", "147.161.212.0/22"]),
    "m247_vpn": (9009, ["103.108.228.0/22", "45.248.76.0/22", "146.70.141.0/24"]),
    "datacamp_vpn": (60068, ["84.17.41.0/24", "138.199.33.0/24"]),
    "cloudflare_warp": (13335, ["104.28.36.0/22", "104.28.96.0/22"]),
    "macquarie_gov": (24100, ["203.13.128.0/19", "163.47.32.0/21"]),
    "pilbara_wan": (132779, ["103.228.92.0/22"]),
}



def _hosts(prefix: str) -> tuple[int, int]:
    n = ipaddress.ip_network(prefix)
    return int(n.network_address), n.num_addresses


_CACHE: dict[str, list[tuple[int, int]]] = {name: [_hosts(p) for p in v[1]] for name, v in NETS.items()}


def asn(net: str) -> int:
    return NETS[net][0]


def host(r: random.Random, net: str) -> str:
    """A random usable host address inside one of the operator's prefixes."""
    base, size = r.choice(_CACHE[net])
    off = r.randrange(1, size - 1)
    if off % 256 in (0, 255):
        off += 7
    return str(ipaddress.IPv4Address(base + off % size))


def in_prefix(r: random.Random, net: str, index: int) -> str:
    """A host inside one specific prefix of the operator (a campus, a camp)."""
    base, size = _CACHE[net][index % len(_CACHE[net])]
    return str(ipaddress.IPv4Address(base + r.randrange(2, min(size, 65000) - 2)))


def pool(r: random.Random, net: str, n: int, index: int | None = None) -> list[tuple[str, int]]:
    """A fixed pool of n egress addresses (a NAT, a proxy exit set) of one operator."""
    out: list[tuple[str, int]] = []
    seen: dict[str, int] = {}
    while len(out) < n:
        ip = host(r, net) if index is None else in_prefix(r, net, index)
        if ip not in seen:
            seen[ip] = 1
            out.append((ip, asn(net)))
    return out
