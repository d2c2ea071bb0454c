"""Networks and clients: real ASNs of local ISPs, mobile carriers (CGNAT), research networks, clouds,
VPNs, corporate proxies, foreign residential proxy exits; user agents and TLS / device fingerprints.

ASN numbers are those of the real operators. IPv4/IPv6 prefixes are illustrative: most are blocks the
operator is known to use, some are plausible stand-ins; nothing depends on them being exact.
"""
from __future__ import annotations

import ipaddress
import random

from .world import token, uuid4

# name: (asn, country, [v4 prefixes], v6 prefix or None)
ISP = {
    "kpn": (1136, "NL", ["77.160.0.0/12", "86.80.0.0/13"], "2a02:a440::/29"),
    "ziggo": (9143, "NL", ["84.24.0.0/13", "62.194.0.0/15"], "2001:1c00::/23"),
    "delta": (15435, "NL", ["217.123.0.0/16", "82.72.0.0/14"], None),
    "odido": (50266, "NL", ["94.214.0.0/16"], "2a02:a210::/29"),
    "proximus": (5432, "BE", ["81.240.0.0/12", "91.176.0.0/13"], "2a02:a03f::/32"),
    "telenet": (6848, "BE", ["81.82.0.0/15", "84.192.0.0/14"], "2a02:1810::/28"),
    "voo": (12392, "BE", ["109.128.0.0/14"], None),
    "post_lu": (6661, "LU", ["85.93.192.0/18", "94.252.0.0/16"], "2a02:2a8::/32"),
    "tdc": (3292, "DK", ["87.48.0.0/12", "80.62.0.0/15"], "2a02:aa0::/29"),
    "telenor_dk": (9158, "DK", ["2.104.0.0/13"], None),
    "telia_dk": (3308, "DK", ["188.176.0.0/14"], None),
    "telia_se": (3301, "SE", ["78.64.0.0/12", "81.224.0.0/12"], "2001:2040::/32"),
    "tele2_se": (1257, "SE", ["90.224.0.0/12"], None),
    "comhem": (39651, "SE", ["85.224.0.0/13"], "2a04:ae00::/26"),
    "bahnhof": (8473, "SE", ["155.4.0.0/16", "213.80.96.0/19"], "2a00:801::/32"),
    "telenor_no": (2119, "NO", ["84.208.0.0/13"], "2001:4600::/23"),
    "telia_no": (12929, "NO", ["77.16.0.0/13"], None),
    "altibox": (29695, "NO", ["85.164.0.0/14"], "2a01:79c::/30"),
    "elisa": (719, "FI", ["84.248.0.0/13"], "2001:14b8::/29"),
    "dna": (16086, "FI", ["87.92.0.0/14"], None),
    "telia_fi": (1759, "FI", ["88.192.0.0/14"], None),
    "siminn": (6677, "IS", ["157.157.0.0/16"], None),
    "vodafone_is": (12969, "IS", ["89.160.0.0/16"], None),
}
HOME_MIX = {
    "NL": {"kpn": 35, "ziggo": 40, "delta": 10, "odido": 15}, "BE": {"proximus": 45, "telenet": 42, "voo": 13},
    "LU": {"post_lu": 1}, "DK": {"tdc": 50, "telenor_dk": 20, "telia_dk": 30},
    "SE": {"telia_se": 40, "tele2_se": 20, "comhem": 25, "bahnhof": 15},
    "NO": {"telenor_no": 50, "telia_no": 20, "altibox": 30}, "FI": {"elisa": 40, "dna": 30, "telia_fi": 30},
    "IS": {"siminn": 60, "vodafone_is": 40},
}
# Mobile carriers: public IPv4 behind carrier-grade NAT (small shared pools), IPv6 per session.
CARRIER = {
    "kpn_m": (1136, "NL", "85.144.0.0/16", "2a02:a420::/29"), "vodafone_nl": (33915, "NL", "178.224.0.0/16", None),
    "odido_m": (50266, "NL", "31.151.0.0/16", "2a02:a200::/29"), "proximus_m": (5432, "BE", "46.178.0.0/16", None),
    "orange_be": (47377, "BE", "37.62.0.0/16", None), "base": (6848, "BE", "94.110.0.0/16", None),
    "post_lu_m": (6661, "LU", "94.252.128.0/17", None), "tdc_m": (3292, "DK", "80.197.0.0/16", None),
    "telenor_dk_m": (9158, "DK", "2.128.0.0/16", None), "telia_se_m": (3301, "SE", "81.224.128.0/17", None),
    "tele2_se_m": (1257, "SE", "90.230.0.0/16", None), "tre_se": (44034, "SE", "46.194.0.0/16", None),
    "telenor_no_m": (2119, "NO", "148.252.0.0/16", "2001:4640::/26"), "telia_no_m": (12929, "NO", "77.18.0.0/16", None),
    "elisa_m": (719, "FI", "83.245.0.0/16", None), "siminn_m": (6677, "IS", "157.157.128.0/17", None),
}
MOBILE_MIX = {
    "NL": {"kpn_m": 38, "vodafone_nl": 32, "odido_m": 30}, "BE": {"proximus_m": 45, "orange_be": 35, "base": 20},
    "LU": {"post_lu_m": 1}, "DK": {"tdc_m": 60, "telenor_dk_m": 40},
    "SE": {"telia_se_m": 40, "tele2_se_m": 35, "tre_se": 25}, "NO": {"telenor_no_m": 60, "telia_no_m": 40},
    "FI": {"elisa_m": 1}, "IS": {"siminn_m": 1},
}
# Universities behind their research network: (asn, country, prefix)
CAMPUS = {
    "uva": (1103, "NL", "145.109.0.0/16"), "tudelft": (1103, "NL", "131.180.0.0/16"),
    "uu": (1103, "NL", "131.211.0.0/16"), "leiden": (1103, "NL", "132.229.0.0/16"),
    "rug": (1103, "NL", "129.125.0.0/16"), "tue": (1103, "NL", "131.155.0.0/16"),
    "vu": (1103, "NL", "130.37.0.0/16"), "ru": (1103, "NL", "131.174.0.0/16"), "um": (1103, "NL", "137.120.0.0/16"),
    "kuleuven": (2611, "BE", "134.58.0.0/16"), "ugent": (2611, "BE", "157.193.0.0/16"),
    "uantwerpen": (2611, "BE", "143.169.0.0/16"), "vub": (2611, "BE", "134.184.0.0/16"),
    "ulb": (2611, "BE", "164.15.0.0/16"), "uclouvain": (2611, "BE", "130.104.0.0/16"),
    "uliege": (2611, "BE", "139.165.0.0/16"), "unilu": (2602, "LU", "158.64.0.0/16"),
    "ku_dk": (1835, "DK", "130.225.0.0/16"), "dtu": (1835, "DK", "130.226.0.0/16"),
    "lund": (1653, "SE", "130.235.0.0/16"), "kth": (1653, "SE", "130.237.0.0/16"),
    "uppsala": (1653, "SE", "130.238.0.0/16"), "chalmers": (1653, "SE", "129.16.0.0/16"),
    "gu": (1653, "SE", "130.241.0.0/16"), "ntnu": (224, "NO", "129.241.0.0/16"), "uio": (224, "NO", "129.240.0.0/16"),
    "uib": (224, "NO", "129.177.0.0/16"), "helsinki": (1741, "FI", "128.214.0.0/16"),
    "abo": (1741, "FI", "130.232.0.0/16"), "hi": (15474, "IS", "130.208.0.0/16"),
}
CLOUD = {
    "aws_dub": (16509, "52.208.0.0/13"), "aws_arn": (16509, "13.48.0.0/15"), "aws_fra": (16509, "3.120.0.0/14"),
    "gcp_ams": (396982, "34.90.0.0/15"), "azure_ams": (8075, "20.50.0.0/16"), "azure_sto": (8075, "20.91.0.0/16"),
    "hetzner_hel": (24940, "65.21.0.0/16"), "hetzner_fsn": (24940, "88.198.0.0/16"), "ovh": (16276, "51.75.0.0/16"),
    "do_ams": (14061, "188.166.0.0/16"), "leaseweb": (60781, "37.48.64.0/18"), "scaleway": (12876, "51.15.0.0/16"),
    "upcloud": (202053, "94.237.0.0/16"),
}
VPN = {"mullvad": (39351, "185.213.154.0/23"), "m247": (9009, "146.70.0.0/16"), "datacamp": (60068, "89.187.160.0/19")}
ZSCALER = (53813, "165.225.0.0/16")
STARLINK = (14593, "98.97.0.0/16")
# Residential proxy exits abroad (home customers of foreign ISPs running proxy SDKs).
FOREIGN = [(3320, "87.128.0.0/10"), (3209, "88.64.0.0/12"), (3215, "90.0.0.0/9"), (7922, "73.0.0.0/8"),
           (9121, "78.160.0.0/11"), (55836, "49.32.0.0/12"), (7552, "27.64.0.0/12"), (12389, "95.24.0.0/13")]

_NETS: dict[str, tuple[int, int, int]] = {}


def _net(p: str) -> tuple[int, int, int]:
    if p not in _NETS:
        n = ipaddress.ip_network(p)
        _NETS[p] = (int(n.network_address), n.num_addresses, n.prefixlen)
    return _NETS[p]


def v4(rng: random.Random, prefix: str) -> str:
    base, size, _ = _net(prefix)
    return str(ipaddress.IPv4Address(base + 1 + rng.randrange(size - 2)))


def v6_64(rng: random.Random, prefix: str) -> int:
    base, _, plen = _net(prefix)
    return base + (rng.getrandbits(64 - plen) << 64)


def v6_host(rng: random.Random, p64: int) -> str:
    return ipaddress.IPv6Address(p64 + rng.getrandbits(64)).compressed


def pick(rng: random.Random, mix: dict[str, float]) -> str:
    keys = list(mix)
    return rng.choices(keys, weights=[mix[k] for k in keys])[0]


class Conn:
    """One way an account reaches the API. `ip(rng)` -> (ip, asn) for a request or a session."""

    def __init__(self, asn: int, fixed: str | None = None, pool: list[str] | None = None,
                 p64: int | None = None, p6: float = 0.0, prefix: str | None = None, kind: str = "home"):
        self.asn, self.fixed, self.pool, self.p64, self.p6, self.prefix, self.kind = asn, fixed, pool, p64, p6, prefix, kind
        self.iid = None

    def ip(self, rng: random.Random) -> tuple[str, int]:
        if self.p64 is not None and rng.random() < self.p6:
            if self.iid is None or rng.random() < 0.15:  # privacy extensions rotate the interface id
                self.iid = v6_host(rng, self.p64)
            return self.iid, self.asn
        if self.pool:
            return rng.choice(self.pool), self.asn
        if self.fixed:
            return self.fixed, self.asn
        return v4(rng, self.prefix), self.asn


class Net:
    """World-level shared address pools, built once per seed from their own generator."""

    def __init__(self, seed: int):
        r = random.Random(f"{seed}|net")
        self.cgnat = {c: [v4(r, p) for _ in range(r.randrange(18, 48))] for c, (_, _, p, _) in CARRIER.items()}
        self.campus = {u: [v4(r, p) for _ in range(r.randrange(3, 9))] for u, (_, _, p) in CAMPUS.items()}
        self.vpn = {v: [v4(r, p) for _ in range(36)] for v, (_, p) in VPN.items()}
        self.zscaler = [v4(r, ZSCALER[1]) for _ in range(28)]
        self.cowork = {c: [Conn(ISP[i][0], fixed=v4(r, ISP[i][2][0]), kind="cowork") for i in sorted(m)]
                       for c, m in HOME_MIX.items()}

    def home(self, rng: random.Random, country: str, isp: str | None = None) -> Conn:
        isp = isp or pick(rng, HOME_MIX[country])
        asn, _, p4, p6 = ISP[isp]
        p64 = v6_64(rng, p6) if p6 and rng.random() < 0.6 else None
        return Conn(asn, fixed=v4(rng, rng.choice(p4)), p64=p64, p6=0.55 if p64 else 0.0)

    def mobile(self, rng: random.Random, country: str) -> Conn:
        c = pick(rng, MOBILE_MIX[country])
        asn, _, _, p6 = CARRIER[c]
        return Conn(asn, pool=self.cgnat[c], p64=v6_64(rng, p6) if p6 else None, p6=0.45 if p6 else 0.0, kind="mobile")

    def campus_conn(self, uni: str) -> Conn:
        return Conn(CAMPUS[uni][0], pool=self.campus[uni], kind="campus")

    def cloud(self, rng: random.Random, region: str, n: int = 1) -> Conn:
        asn, p = CLOUD[region]
        return Conn(asn, pool=[v4(rng, p) for _ in range(n)], kind="cloud")

    def vpn_conn(self, provider: str) -> Conn:
        return Conn(VPN[provider][0], pool=self.vpn[provider], kind="vpn")

    def corp_proxy(self) -> Conn:
        return Conn(ZSCALER[0], pool=self.zscaler, kind="corp")


def resi_proxy_exit(rng: random.Random, local_share: float = 0.6) -> tuple[str, int]:
    """A one-off residential proxy exit: a home line somewhere, local or abroad."""
    if rng.random() < local_share:
        isp = rng.choice(sorted(ISP))
        asn, _, p4, _ = ISP[isp]
        return v4(rng, rng.choice(p4)), asn
    asn, p = rng.choice(FOREIGN)
    return v4(rng, p), asn


def universities(country: str) -> list[str]:
    return [u for u, (_, c, _) in CAMPUS.items() if c == country]


# Clients: user agents and fingerprints. Web clients are seen by their TLS fingerprint (JA4-like, shared by
# everyone on that browser build); mobile apps send a per-install device id; SDKs show the library's TLS stack.
JA4 = {"chrome": "t13d1516h2_8daaf6152771_02713d6af862", "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57",
       "safari": "t13i2014h2_a09f3c656075_14788d8d241b", "edge": "t13d1516h2_8daaf6152771_e5627efa2ab1",
       "python": "t13d4907h2_0d8feac7bc37_7395dae3b2f3", "node": "t13d5911h2_a33745022dd6_1f22a2ca17c4",
       "curl": "t13d3112h2_e8f1e7e78f70_6bebaf5329ec", "go": "t13d1312h2_f57a46bbacb6_e7c285222651",
       "java": "t13d4512h1_c5d9bf7af0f2_3a8f2dbe7bd3"}
WEB_UA = {
    "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "firefox": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0",
}
SDK_UA = {"python": "noord-python/1.9.2 httpx/0.28.1 CPython/3.12.8 Linux", "python_old": "noord-python/1.6.0 httpx/0.25.2 CPython/3.10.12 Linux",
          "node": "noord-node/2.4.1 node/22.12.0 linux-x64", "curl": "curl/8.11.1", "go": "Go-http-client/2.0",
          "requests": "python-requests/2.32.3", "java": "Java-http-client/21.0.5"}
IOS = ["iPhone15,3", "iPhone14,5", "iPhone16,1", "iPad13,18", "iPhone13,2"]
ANDROID = ["SM-S921B", "Pixel 8", "SM-A546B", "moto g84 5G", "CPH2581"]


def client(rng: random.Random, kind: str, device: str | None = None) -> tuple[str, str]:
    """(user_agent, device_id) for a client kind: web, ios, android or an SDK name."""
    if kind == "web":
        b = rng.choices(["chrome", "firefox", "safari", "edge"], weights=[55, 12, 20, 13])[0]
        return WEB_UA[b], JA4[b]
    if kind == "ios":
        return f"NoordChat/3.{rng.choice([7, 8, 8, 9])}.{rng.randrange(3)} (iOS 18.{rng.randrange(3)}; {rng.choice(IOS)})", \
            device or f"ios-{uuid4(rng)}"
    if kind == "android":
        return f"NoordChat/3.{rng.choice([7, 8, 9, 9])}.{rng.randrange(3)} (Android {rng.choice([13, 14, 15])}; {rng.choice(ANDROID)})", \
            device or f"and-{token(rng, 16)}"
    tls = {"python_old": "python", "requests": "python"}.get(kind, kind)
    return SDK_UA[kind], JA4[tls]
