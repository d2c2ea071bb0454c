"""Networks of the world: ISPs, clouds, VPN exits, with plausible ASNs and prefixes, and
egress helpers (NAT pools, CGNAT, rotating exits, relay egress). Region decides the gateway PoP."""
from __future__ import annotations

import ipaddress
import random


class Net:
    __slots__ = ("name", "asn", "region", "prefixes")

    def __init__(self, name: str, asn: int, region: str, prefixes: list[str]):
        self.name, self.asn, self.region = name, asn, region
        self.prefixes = [ipaddress.ip_network(p) for p in prefixes]

    def addr(self, rng: random.Random) -> tuple[str, int, str]:
        net = rng.choice(self.prefixes)
        host = rng.randrange(1, net.num_addresses - 1)
        return str(net.network_address + host), self.asn, self.region


NETS = {n.name: n for n in [
    # mainland access networks
    Net("ct", 4134, "cn", ["58.32.0.0/13", "116.224.0.0/12", "183.0.0.0/10", "222.64.0.0/11", "113.64.0.0/11", "14.16.0.0/12"]),
    Net("cu", 4837, "cn", ["123.112.0.0/12", "112.224.0.0/11", "221.192.0.0/14", "60.0.0.0/13", "125.32.0.0/12"]),
    Net("cm", 9808, "cn", ["120.192.0.0/10", "223.64.0.0/11", "117.128.0.0/10", "111.0.0.0/10", "36.128.0.0/10"]),
    Net("cn2", 4809, "cn", ["59.43.0.0/16", "202.97.0.0/16"]),
    Net("cernet", 4538, "cn", ["166.111.0.0/16", "162.105.0.0/16", "202.120.0.0/15", "210.32.0.0/14",
                               "202.38.64.0/19", "219.224.0.0/13", "202.112.0.0/13"]),
    # mainland clouds
    Net("ali_cn", 37963, "cn", ["47.92.0.0/14", "39.96.0.0/13", "120.76.0.0/14", "101.132.0.0/15"]),
    Net("tx_cn", 45090, "cn", ["49.232.0.0/14", "81.68.0.0/14", "106.52.0.0/14", "119.29.0.0/16"]),
    Net("hw_cn", 55990, "cn", ["116.205.128.0/17", "121.36.0.0/15", "139.9.0.0/16"]),
    # Hong Kong / Macau access
    Net("hkbn", 9269, "hk", ["58.176.0.0/13", "218.102.0.0/16", "203.186.0.0/15"]),
    Net("pccw", 4760, "hk", ["42.2.0.0/15", "112.118.0.0/15", "219.77.0.0/16"]),
    Net("hgc", 9304, "hk", ["118.140.0.0/14", "59.148.0.0/15"]),
    Net("ctm", 4609, "mo", ["60.246.0.0/16", "202.175.0.0/17"]),
    Net("cmi", 58453, "hk", ["223.118.0.0/15", "223.120.128.0/17"]),
    Net("ctg", 23764, "hk", ["203.75.0.0/17", "218.188.0.0/17"]),
    # HK / SG / JP clouds and hosting
    Net("ali_intl", 45102, "hk", ["47.242.0.0/15", "8.210.0.0/16", "47.74.0.0/15", "8.219.0.0/16"]),
    Net("tx_intl", 132203, "hk", ["43.154.0.0/15", "124.156.0.0/16", "43.128.0.0/14", "129.226.0.0/16"]),
    Net("hw_intl", 136907, "hk", ["159.138.0.0/16", "119.8.0.0/16", "94.74.64.0/18"]),
    Net("aws_hk", 16509, "hk", ["18.162.0.0/16", "18.166.0.0/15"]),
    Net("aws_sg", 16509, "sg", ["13.250.0.0/15", "54.254.0.0/16", "18.136.0.0/16"]),
    Net("gcp_hk", 396982, "hk", ["34.92.0.0/16", "34.96.128.0/17"]),
    Net("gcp_sg", 396982, "sg", ["34.87.0.0/16", "34.124.128.0/17"]),
    Net("azure_hk", 8075, "hk", ["20.205.0.0/16", "20.187.0.0/16"]),
    Net("zenlayer", 21859, "hk", ["128.1.0.0/16", "98.98.0.0/16"]),
    Net("vultr_sg", 20473, "sg", ["139.180.128.0/18", "45.32.96.0/19", "149.28.128.0/18"]),
    Net("vultr_jp", 20473, "jp", ["45.76.192.0/18", "139.180.192.0/18", "167.179.64.0/18"]),
    Net("do_sg", 14061, "sg", ["128.199.0.0/16", "159.89.192.0/18", "178.128.0.0/16"]),
    Net("linode_sg", 63949, "sg", ["172.104.0.0/15", "139.162.0.0/16"]),
    Net("ucloud_hk", 135377, "hk", ["152.32.128.0/17", "118.193.0.0/16"]),
    # commercial VPN exit networks
    Net("m247", 9009, "jp", ["37.120.128.0/17", "89.46.0.0/16", "146.70.0.0/16"]),
    Net("cdn77", 60068, "sg", ["89.187.160.0/19", "156.146.32.0/19", "185.59.220.0/22"]),
    Net("leaseweb_sg", 59253, "sg", ["103.254.152.0/22", "23.106.224.0/19"]),
    Net("choopa_us", 20473, "us", ["45.63.0.0/17", "144.202.0.0/16"]),
    # Singapore access
    Net("singnet", 9506, "sg", ["116.14.0.0/15", "118.189.0.0/16"]),
    Net("starhub", 4657, "sg", ["58.182.0.0/15", "101.127.0.0/16"]),
    Net("m1", 4773, "sg", ["111.65.0.0/16", "116.86.0.0/15"]),
]}

VPN_NETS = ["m247", "cdn77", "leaseweb_sg", "vultr_jp", "vultr_sg", "do_sg", "linode_sg", "choopa_us", "zenlayer", "ucloud_hk"]
HK_CLOUD = ["ali_intl", "tx_intl", "hw_intl", "aws_hk", "gcp_hk", "azure_hk", "ucloud_hk"]
SG_CLOUD = ["aws_sg", "gcp_sg", "vultr_sg", "do_sg", "linode_sg"]
CN_HOME = ["ct", "ct", "ct", "cu", "cu", "cm"]


def addr(rng: random.Random, name: str) -> tuple[str, int, str]:
    return NETS[name].addr(rng)


def pool(rng: random.Random, names: list[str], k: int) -> list[tuple[str, int, str]]:
    """k fixed egress addresses drawn from the named networks."""
    return [addr(rng, rng.choice(names)) for _ in range(k)]


def mask_asn(rng: random.Random, a: tuple[str, int, str], p_null: float = 0.02) -> tuple[str, int | None, str]:
    """IP intelligence sometimes has no ASN for an address."""
    return (a[0], None, a[2]) if rng.random() < p_null else a


class Infra:
    """Shared infrastructure used by several populations (benign and campaign alike).
    Built from its own rng so populations stay independent of each other."""

    def __init__(self, seed: int):
        rng = random.Random(f"{seed}|infra")
        # campus NATs: each university a handful of egress addresses
        self.campus = [pool(rng, ["cernet"], rng.randint(3, 8)) for _ in range(24)]
        # commercial VPN exits shared by everyone who buys the same VPN
        self.vpn_exits = pool(rng, VPN_NETS, 260)
        # airport-style proxy subscriptions ("机场"): relays on HK/JP/SG hosting
        self.airport_exits = pool(rng, ["zenlayer", "ucloud_hk", "vultr_jp", "tx_intl", "ali_intl", "cmi"], 90)
        # API relay stations (中转站): egress pools on HK / SG clouds
        self.relays = {
            "relay_a": pool(rng, ["ali_intl", "tx_intl"], 6),
            "relay_b": pool(rng, ["hw_intl", "ucloud_hk", "aws_hk"], 4),
            "relay_c": pool(rng, ["aws_sg", "do_sg"], 3),
        }
        self.relay_cards = {k: [f"pf_{rng.getrandbits(48):012x}" for _ in range(rng.randint(4, 7))] for k in self.relays}
        self.relay_org = {k: f"org_{rng.getrandbits(40):010x}" for k in self.relays}
        # mobile CGNAT pools per province: few public addresses, many subscribers
        self.cgnat = {p: pool(rng, ["cm" if i % 3 else "cu"], rng.randint(20, 40)) for i, p in
                      enumerate(["gd", "zj", "js", "sc", "hb", "hn", "bj", "sh", "sd", "fj"])}
        # enterprise egress through cross-border dedicated lines
        self.corp = [pool(rng, ["cn2", "ct", "ali_cn"], rng.randint(1, 3)) for _ in range(8)]
