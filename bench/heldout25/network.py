"""Networks of the DACH world: real ASNs with plausible prefixes, NAT and CGNAT
pools shared by many unrelated users, cloud egress, VPN exits, and the user
agents / TLS fingerprints clients present."""
from __future__ import annotations

import hashlib
import ipaddress
import random

# asn -> (operator, prefixes)
ASNS: dict[int, tuple[str, list[str]]] = {
    3320: ("Deutsche Telekom", ["79.192.0.0/10", "87.128.0.0/10", "91.0.0.0/10", "93.192.0.0/10", "217.224.0.0/11"]),
    3209: ("Vodafone DE", ["88.64.0.0/12", "92.72.0.0/13", "188.96.0.0/12"]),
    31334: ("Vodafone Kabel Deutschland", ["95.88.0.0/14", "178.24.0.0/14", "188.192.0.0/13"]),
    6805: ("Telefonica Germany (O2)", ["77.176.0.0/12", "2.240.0.0/12", "78.48.0.0/13"]),
    8881: ("1&1 Versatel", ["89.244.0.0/14", "62.214.0.0/15", "213.168.80.0/20"]),
    8422: ("NetCologne", ["78.34.0.0/15", "89.0.0.0/16"]),
    8447: ("A1 Telekom Austria", ["77.116.0.0/14", "80.108.0.0/14", "62.46.0.0/15"]),
    8412: ("Magenta Telekom AT", ["83.164.0.0/14", "91.114.0.0/15"]),
    3303: ("Swisscom", ["85.0.0.0/13", "83.76.0.0/14", "178.192.0.0/14"]),
    6730: ("Sunrise", ["212.4.64.0/18", "178.38.0.0/15", "85.195.192.0/18"]),
    680: ("DFN (Deutsches Forschungsnetz)", ["129.187.0.0/16", "134.130.0.0/16", "129.13.0.0/16",
                                            "130.133.0.0/16", "134.100.0.0/16", "141.58.0.0/16"]),
    1853: ("ACOnet", ["131.130.0.0/16", "128.130.0.0/15", "143.50.0.0/16"]),
    559: ("SWITCH", ["129.132.0.0/16", "130.60.0.0/16", "128.178.0.0/15"]),
    24940: ("Hetzner Online", ["88.198.0.0/16", "78.46.0.0/15", "5.9.0.0/16", "116.202.0.0/15",
                               "49.12.0.0/16", "162.55.0.0/16", "168.119.0.0/16", "65.108.0.0/15"]),
    8560: ("IONOS", ["212.227.0.0/16", "217.160.0.0/16", "82.165.0.0/16", "87.106.0.0/16"]),
    16276: ("OVH", ["51.75.0.0/16", "51.89.0.0/16", "146.59.0.0/16", "57.128.0.0/14"]),
    16509: ("Amazon AWS (eu-central-1)", ["3.120.0.0/14", "18.184.0.0/15", "52.28.0.0/16",
                                          "35.156.0.0/14", "3.64.0.0/13"]),
    8075: ("Microsoft Azure", ["20.52.0.0/16", "20.79.0.0/16", "51.116.0.0/16", "4.182.0.0/16"]),
    396982: ("Google Cloud (europe-west3)", ["34.89.0.0/17", "35.198.64.0/18", "34.159.0.0/16", "35.242.192.0/18"]),
    14061: ("DigitalOcean (FRA1)", ["164.90.160.0/20", "46.101.128.0/17", "138.68.64.0/18"]),
    51167: ("Contabo", ["161.97.64.0/18", "173.212.192.0/18", "207.180.192.0/18"]),
    197540: ("netcup", ["37.120.160.0/19", "152.53.0.0/16", "185.183.156.0/22"]),
    53813: ("Zscaler", ["165.225.72.0/22", "147.161.172.0/22", "165.225.26.0/23"]),
    62044: ("Zscaler Switzerland", ["165.225.94.0/23", "147.161.236.0/23"]),
    9009: ("M247", ["146.70.0.0/16", "185.204.1.0/24", "89.45.224.0/22"]),
    60068: ("Datacamp / CDN77", ["89.187.160.0/19", "185.156.172.0/22", "212.102.35.0/24"]),
    39351: ("31173 Services (Mullvad)", ["193.32.126.0/24", "185.213.154.0/24", "45.83.220.0/22"]),
    36183: ("Akamai (iCloud Private Relay)", ["172.225.0.0/16", "172.226.0.0/16"]),
    13335: ("Cloudflare WARP", ["104.28.0.0/16"]),
}

# Mobile carriers' CGNAT egress prefixes (small: thousands of subscribers behind few IPs).
MOBILE_CGNAT: dict[int, list[str]] = {
    3320: ["80.187.64.0/20", "80.187.96.0/21"],
    3209: ["109.40.224.0/21", "109.42.176.0/21"],
    6805: ["176.0.96.0/21", "176.6.0.0/21"],
    8447: ["178.115.128.0/22"],
    8412: ["91.114.8.0/22"],
    3303: ["178.197.224.0/21"],
    6730: ["212.4.88.0/22"],
}

CGNAT_ASNS = list(MOBILE_CGNAT)

HOME_ISPS = [(3320, 30), (3209, 14), (31334, 12), (6805, 9), (8881, 8), (8422, 2),
             (8447, 7), (8412, 3), (3303, 8), (6730, 4)]
MOBILE_ISPS = [(3320, 32), (3209, 24), (6805, 22), (8447, 8), (8412, 4), (3303, 7), (6730, 3)]


def ip_in(rng: random.Random, cidr: str) -> str:
    net = ipaddress.ip_network(cidr)
    n = net.num_addresses
    off = 1 + rng.randrange(max(1, n - 2))
    return str(net.network_address + off)


def ip_of(rng: random.Random, asn: int) -> tuple[str, int]:
    return ip_in(rng, rng.choice(ASNS[asn][1])), asn


def pick_weighted(rng: random.Random, pairs: list[tuple[int, float]]) -> int:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def home_ip(rng: random.Random, isps: list[tuple[int, float]] | None = None) -> tuple[str, int]:
    return ip_of(rng, pick_weighted(rng, isps or HOME_ISPS))


class Pool:
    """A fixed list of (ip, asn) built once from a seeded stream."""

    def __init__(self, rng: random.Random, asns: list[tuple[int, float]], n: int, cgnat: bool = False):
        self.items: list[tuple[str, int]] = []
        seen: set[str] = set()
        while len(self.items) < n:
            asn = pick_weighted(rng, asns)
            prefixes = MOBILE_CGNAT[asn] if cgnat else ASNS[asn][1]
            ip = ip_in(rng, rng.choice(prefixes))
            if ip not in seen:
                seen.add(ip)
                self.items.append((ip, asn))
        self.by_asn: dict[int, list[tuple[str, int]]] = {}
        for it in self.items:
            self.by_asn.setdefault(it[1], []).append(it)

    def pick(self, rng: random.Random, asn: int | None = None) -> tuple[str, int]:
        if asn is not None and asn in self.by_asn:
            return rng.choice(self.by_asn[asn])
        return rng.choice(self.items)


class Infra:
    """Shared infrastructure of the world, built once per seed."""

    def __init__(self, rng: random.Random):
        self.cgnat = Pool(rng, MOBILE_ISPS, 900, cgnat=True)
        self.zscaler = Pool(rng, [(53813, 5), (62044, 1)], 14)
        self.vpn = Pool(rng, [(9009, 5), (60068, 4), (39351, 3)], 70)
        self.relay = Pool(rng, [(36183, 3), (13335, 1)], 120)
        self.gha = Pool(rng, [(8075, 1)], 400)        # hosted CI runners
        # university NATs: (asn, name) -> few public egress addresses
        self.uni: list[tuple[str, list[tuple[str, int]]]] = []
        for name, asn, cidr, n in [("tum", 680, "129.187.0.0/16", 4), ("rwth", 680, "134.130.0.0/16", 4),
                                   ("kit", 680, "129.13.0.0/16", 3), ("fub", 680, "130.133.0.0/16", 3),
                                   ("uhh", 680, "134.100.0.0/16", 3), ("ustu", 680, "141.58.0.0/16", 2),
                                   ("univie", 1853, "131.130.0.0/16", 3), ("tuwien", 1853, "128.130.0.0/15", 3),
                                   ("eth", 559, "129.132.0.0/16", 4), ("uzh", 559, "130.60.0.0/16", 2)]:
            self.uni.append((name, [(ip_in(rng, cidr), asn) for _ in range(n)]))


# ---------------------------------------------------------------- clients

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
]
BROWSER_W = [30, 14, 12, 10, 14, 6, 4]


def browser(rng: random.Random) -> str:
    return rng.choices(BROWSERS, weights=BROWSER_W)[0]


def mobile_app(rng: random.Random) -> str:
    if rng.random() < 0.56:
        return "FoehnChat/5.%d.%d (iPhone; iOS 18.%d; Scale/3.00)" % (rng.choice([11, 12, 12, 12]), rng.randrange(3), rng.choice([1, 2, 2]))
    dev = rng.choice(["Pixel 8", "SM-S921B", "SM-A556B", "Pixel 9 Pro", "2312DRA50G", "CPH2581", "SM-G991B"])
    return "FoehnChat/5.%d.%d (Android %d; %s) okhttp/4.12.0" % (rng.choice([11, 12, 12]), rng.randrange(3), rng.choice([13, 14, 15, 15]), dev)


SDKS = [
    "foehnwerk-python/2.3.1", "foehnwerk-python/2.2.0", "foehnwerk-node/1.9.2",
    "OpenAI/Python 1.58.1", "OpenAI/Python 1.57.4", "OpenAI/NodeJS 4.77.0",
    "python-httpx/0.27.2", "python-requests/2.32.3", "axios/1.7.9", "Go-http-client/2.0",
]
SDK_W = [22, 8, 10, 16, 6, 8, 10, 10, 6, 4]


def sdk(rng: random.Random) -> str:
    return rng.choices(SDKS, weights=SDK_W)[0]


def ja4(client: str) -> str:
    """TLS fingerprint (JA4-like) of a client stack: identical for every
    installation of the same library version, so it links nothing by itself."""
    h = hashlib.sha256(client.split(" (")[0].encode()).hexdigest()
    alpn = "h2" if "Mozilla" in client or "FoehnChat" in client or "node" in client.lower() else "h1"
    return "t13d%02d%02d%s_%s_%s" % (15 + int(h[0], 16) % 4, 12 + int(h[1], 16) % 5, alpn, h[2:14], h[14:26])


def install_id(rng: random.Random) -> str:
    """App/browser installation id the client SDK sends (per device)."""
    return "dev_" + format(rng.getrandbits(64), "016x")
