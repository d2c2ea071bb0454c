"""Networks, addresses and clients seen by a London API gateway.

ASNs are the real ones for each operator; prefixes are real or plausible
blocks of that operator (enough to look right in an IP-intelligence lookup,
not a routing table). What matters for the world is the *sharing* structure:
- fixed-line broadband: one sticky IPv4 per household (BT/Sky also IPv6 /56),
- mobile: carrier-grade NAT, a new public address per session, shared widely,
- universities (JANET, HEAnet): a few NAT addresses for a whole campus,
- corporate SASE (Zscaler, Netskope): one London egress pool for many firms,
- VPNs and iCloud Private Relay: exits shared by strangers, changing per session,
- cloud: a service's NAT gateway, or a CI runner's throwaway address.
"""
from __future__ import annotations

import hashlib
import ipaddress
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Net:
    name: str
    asn: int
    v4: tuple[str, ...]
    v6: tuple[str, ...] = ()
    v6_share: float = 0.0  # share of clients that reach us over IPv6


NETS: dict[str, Net] = {
    # UK fixed-line broadband
    "bt": Net("BT", 2856, ("86.128.0.0/10", "81.128.0.0/12", "109.144.0.0/13", "217.42.0.0/15"), ("2a00:23c0::/29",), .3),
    "sky": Net("Sky Broadband", 5607, ("2.24.0.0/13", "5.64.0.0/13", "90.192.0.0/11", "94.0.0.0/13"), ("2a02:c7c::/30",), .45),
    "virgin": Net("Virgin Media", 5089, ("86.0.0.0/12", "92.232.0.0/13", "81.96.0.0/12", "82.0.0.0/14")),
    "talktalk": Net("TalkTalk", 13285, ("89.240.0.0/13", "92.16.0.0/13", "78.144.0.0/13")),
    "vodafone_fixed": Net("Vodafone UK broadband", 5378, ("90.240.0.0/13", "31.48.0.0/14")),
    "plusnet": Net("Plusnet", 6871, ("212.159.0.0/17", "80.229.0.0/16", "84.92.0.0/16")),
    "hyperoptic": Net("Hyperoptic", 56478, ("5.148.0.0/17", "188.74.0.0/17")),
    "zen": Net("Zen Internet", 13037, ("82.68.0.0/14", "212.23.0.0/18"), ("2a02:8010::/29",), .5),
    "community_fibre": Net("Community Fibre", 200904, ("185.73.156.0/22", "213.18.128.0/18")),
    # UK mobile (CGNAT)
    "ee": Net("EE", 12576, ("31.94.0.0/16", "148.252.128.0/17", "213.205.192.0/18"), ("2a01:4c8::/29",), .4),
    "o2": Net("Virgin Media O2", 35228, ("82.132.0.0/16", "85.255.232.0/21", "94.197.0.0/16")),
    "vodafone_mobile": Net("Vodafone UK mobile", 25135, ("212.183.128.0/17", "90.246.0.0/16")),
    "three_uk": Net("Three UK", 206067, ("92.40.0.0/14", "188.28.0.0/14")),
    # Ireland
    "eir": Net("Eir", 5466, ("86.40.0.0/13", "159.134.0.0/16", "83.70.0.0/16")),
    "virgin_ie": Net("Virgin Media Ireland", 6830, ("89.100.0.0/14", "109.255.0.0/16", "84.203.0.0/16")),
    "vodafone_ie": Net("Vodafone Ireland", 15502, ("109.76.0.0/14", "89.19.64.0/19")),
    "three_ie": Net("Three Ireland", 13280, ("37.228.192.0/18", "46.7.0.0/16")),
    "sky_ie": Net("Sky Ireland", 5607, ("5.148.128.0/17", "95.44.0.0/15")),
    # Poland (Polish families back from Christmas at home, still roaming)
    "orange_pl": Net("Orange Polska", 5617, ("83.0.0.0/11",)),
    # business lines
    "bt_business": Net("BT Business", 2856, ("62.6.0.0/16", "212.140.0.0/15", "194.72.0.0/14")),
    "colt": Net("Colt", 8220, ("212.36.0.0/17", "62.69.0.0/16")),
    "vm_business": Net("Virgin Media Business", 5089, ("62.252.0.0/14", "195.188.0.0/16")),
    # research and education
    "janet": Net("Jisc Janet", 786, ()),
    "heanet": Net("HEAnet", 1213, ()),
    # SASE egress (shared by every customer firm in London)
    "zscaler": Net("Zscaler London", 53813, ("165.225.80.0/22", "165.225.196.0/23", "147.161.166.0/23")),
    "netskope": Net("Netskope", 55256, ("163.116.128.0/18",)),
    "cf_gateway": Net("Cloudflare Zero Trust", 13335, ("104.30.128.0/19",)),
    # cloud
    "aws_euw2": Net("AWS eu-west-2", 16509, ("3.8.0.0/14", "18.130.0.0/16", "35.176.0.0/15", "52.56.0.0/16")),
    "aws_euw1": Net("AWS eu-west-1", 16509, ("34.240.0.0/13", "52.208.0.0/13", "54.72.0.0/15", "63.32.0.0/14")),
    "azure_uks": Net("Azure UK South", 8075, ("51.140.0.0/14", "51.104.0.0/15", "20.26.0.0/16")),
    "azure_gh": Net("Azure (GitHub-hosted runners)", 8075, ("20.1.128.0/17", "20.42.0.0/16", "40.84.0.0/16", "52.225.0.0/16", "172.183.0.0/16", "4.246.0.0/16")),
    "gcp_euw2": Net("Google Cloud europe-west2", 396982, ("34.89.0.0/17", "35.189.64.0/18", "35.197.192.0/18", "35.242.128.0/18", "34.105.128.0/17")),
    "hetzner": Net("Hetzner", 24940, ("88.198.0.0/16", "49.12.0.0/15", "65.108.0.0/15", "95.216.0.0/15", "116.202.0.0/15")),
    "ovh": Net("OVH", 16276, ("51.89.0.0/16", "51.195.0.0/16", "54.36.0.0/15", "141.95.0.0/16")),
    "do_lon1": Net("DigitalOcean LON1", 14061, ("46.101.0.0/17", "178.62.0.0/17", "139.59.160.0/19", "138.68.128.0/17")),
    "vultr_lon": Net("Vultr London", 20473, ("45.76.128.0/19", "45.63.96.0/19", "108.61.196.0/22")),
    "linode_lon": Net("Akamai Linode London", 63949, ("178.79.128.0/18", "172.105.160.0/19")),
    # VPNs and relays
    "m247": Net("M247 (NordVPN, Surfshark, Proton exits)", 9009, ("146.70.0.0/16", "37.120.192.0/19", "89.238.128.0/18")),
    "datacamp": Net("Datacamp/CDN77 (ExpressVPN, Proton exits)", 60068, ("185.152.64.0/22", "84.17.32.0/19", "212.102.32.0/19")),
    "mullvad": Net("31173 Services (Mullvad)", 39351, ("141.98.252.0/24", "185.195.232.0/22")),
    "relay_akamai": Net("iCloud Private Relay (Akamai)", 36183, ("172.224.224.0/19", "172.226.0.0/19"), ("2a02:26f7::/32",), .5),
    "relay_cf": Net("iCloud Private Relay (Cloudflare)", 13335, ("104.28.0.0/17",), ("2a09:bac0::/29",), .5),
}

# Universities: campus NAT pools announced by Janet (AS786) or HEAnet (AS1213).
UNIS: dict[str, tuple[str, str, str]] = {
    "ucl": ("janet", "128.40.0.0/16", "London"), "imperial": ("janet", "155.198.0.0/16", "London"),
    "kcl": ("janet", "137.73.0.0/16", "London"), "edinburgh": ("janet", "129.215.0.0/16", "Edinburgh"),
    "manchester": ("janet", "130.88.0.0/16", "Manchester"), "cambridge": ("janet", "131.111.0.0/16", "Cambridge"),
    "oxford": ("janet", "129.67.0.0/16", "Oxford"), "bristol": ("janet", "137.222.0.0/16", "Bristol"),
    "warwick": ("janet", "137.205.0.0/16", "Coventry"), "durham": ("janet", "129.234.0.0/16", "Durham"),
    "birmingham": ("janet", "147.188.0.0/16", "Birmingham"), "glasgow": ("janet", "130.209.0.0/16", "Glasgow"),
    "leeds": ("janet", "129.11.0.0/16", "Leeds"), "sheffield": ("janet", "143.167.0.0/16", "Sheffield"),
    "cardiff": ("janet", "131.251.0.0/16", "Cardiff"), "qub": ("janet", "143.117.0.0/16", "Belfast"),
    "tcd": ("heanet", "134.226.0.0/16", "Dublin"), "ucd": ("heanet", "137.43.0.0/16", "Dublin"),
    "ucc": ("heanet", "143.239.0.0/16", "Cork"), "galway": ("heanet", "140.203.0.0/16", "Galway"),
}

HOME_UK = (("bt", 30), ("sky", 22), ("virgin", 20), ("talktalk", 9), ("vodafone_fixed", 5), ("plusnet", 5),
           ("hyperoptic", 3), ("community_fibre", 3), ("zen", 2))
HOME_IE = (("eir", 35), ("virgin_ie", 27), ("vodafone_ie", 15), ("sky_ie", 15), ("three_ie", 8))
MOBILE_UK = (("ee", 34), ("o2", 30), ("vodafone_mobile", 20), ("three_uk", 16))
MOBILE_IE = (("vodafone_ie", 40), ("three_ie", 35), ("eir", 25))
VPN_EXITS = (("m247", 50), ("datacamp", 25), ("mullvad", 10), ("relay_akamai", 10), ("relay_cf", 5))


def wpick(rng: random.Random, table) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def mobile_op(rng: random.Random, ie: bool = False) -> str:
    return wpick(rng, MOBILE_IE if ie else MOBILE_UK)


_PARSED: dict[str, tuple[int, int, int]] = {}


def _net(prefix: str) -> tuple[int, int, int]:
    if prefix not in _PARSED:
        n = ipaddress.ip_network(prefix)
        _PARSED[prefix] = (int(n.network_address), n.num_addresses, n.version)
    return _PARSED[prefix]


def ip_in(rng: random.Random, prefix: str) -> str:
    base, size, ver = _net(prefix)
    if ver == 4:
        return str(ipaddress.IPv4Address(base + 1 + rng.randrange(size - 2)))
    # a /64 somewhere in the block, then a random interface id
    sub = rng.randrange(min(size >> 64, 1 << 40)) << 64
    return str(ipaddress.IPv6Address(base + sub + rng.getrandbits(64)))


def v4_in(rng: random.Random, key: str) -> str:
    return ip_in(rng, rng.choice(NETS[key].v4))


def addr(rng: random.Random, key: str) -> tuple[str, int]:
    """A fixed address on network `key` (an office line, a VM), with its ASN."""
    return v4_in(rng, key), NETS[key].asn


class Pool:
    """A fixed set of public addresses shared by everyone behind it (CGNAT,
    campus NAT, SASE egress, VPN exits, a service's NAT gateway)."""

    def __init__(self, key: str, ips: list[str]):
        self.key, self.ips, self.asn = key, ips, NETS[key].asn

    def pick(self, rng: random.Random) -> tuple[str, int]:
        return rng.choice(self.ips), self.asn


class World:
    """Builds the shared pools once, from their own seeded streams."""

    def __init__(self, streams):
        self.streams = streams
        self._pools: dict[str, Pool] = {}

    def pool(self, name: str, key: str, size: int, prefix: str | None = None, contiguous: bool = False) -> Pool:
        if name not in self._pools:
            rng = self.streams.rng("pool", name)
            if contiguous:  # a campus NAT or NAT gateway: one small block
                base = ip_in(rng, prefix or rng.choice(NETS[key].v4))
                b = int(ipaddress.IPv4Address(base)) & ~0x1F
                ips = [str(ipaddress.IPv4Address(b + 1 + i)) for i in range(size)]
            else:
                ips = [ip_in(rng, prefix or rng.choice(NETS[key].v4)) for _ in range(size)]
            self._pools[name] = Pool(key, ips)
        return self._pools[name]

    def cgnat(self, op: str) -> Pool:
        return self.pool("cgnat:" + op, op, 2500)

    def campus(self, uni: str) -> Pool:
        key, prefix, _ = UNIS[uni]
        return self.pool("campus:" + uni, key, 12, prefix, contiguous=True)

    def halls(self, uni: str) -> Pool:
        key, prefix, _ = UNIS[uni]
        return self.pool("halls:" + uni, key, 8, prefix, contiguous=True)

    def vpn(self, provider: str) -> Pool:
        return self.pool("vpn:" + provider, provider, 40)

    def sase(self, provider: str) -> Pool:
        return self.pool("sase:" + provider, provider, 48)

    def mobile(self, rng: random.Random, ie: bool = False, op: str | None = None) -> tuple[str, int]:
        """A phone's address this session: CGNAT (or IPv6) on its operator,
        or on a random operator when the caller has no fixed SIM."""
        op = op or mobile_op(rng, ie)
        net = NETS[op]
        if net.v6 and rng.random() < net.v6_share:
            return ip_in(rng, net.v6[0]), net.asn
        return self.cgnat(op).pick(rng)


@dataclass
class Home:
    """A fixed-line household: sticky IPv4 (rarely renumbered), or IPv6 with
    daily-rotating privacy addresses inside a stable /56."""

    key: str
    v4: str
    v6_56: int | None
    asn: int
    renumber_day: int = 99

    @classmethod
    def new(cls, rng: random.Random, ie: bool = False, key: str | None = None) -> "Home":
        key = key or wpick(rng, HOME_IE if ie else HOME_UK)
        net = NETS[key]
        v6 = None
        if net.v6 and rng.random() < net.v6_share:
            base, size, _ = _net(net.v6[0])
            v6 = base + (rng.randrange(size >> 72) << 72)
        return cls(key, v4_in(rng, key), v6, net.asn, rng.randrange(1, 40))

    def ip(self, rng: random.Random, day: int) -> tuple[str, int]:
        if self.v6_56 is not None:
            iid = int.from_bytes(hashlib.sha256(f"{self.v6_56}:{day}:{rng.randrange(2)}".encode()).digest()[:8], "big")
            return str(ipaddress.IPv6Address(self.v6_56 + (rng.randrange(4) << 64) + iid)), self.asn
        if day >= self.renumber_day:  # the ISP handed out a new lease
            h = int.from_bytes(hashlib.sha256(f"{self.v4}:{day}".encode()).digest()[:4], "big")
            return ip_in(random.Random(h), NETS[self.key].v4[0]), self.asn
        return self.v4, self.asn


# ---------------------------------------------------------------- clients
# device_id carries the gateway's TLS client fingerprint (JA4). It is shared by
# everyone on the same client stack, so it identifies software, not people.
def _ja4(proto: str, tag: str) -> str:
    h = hashlib.sha256(tag.encode()).hexdigest()
    return f"{proto}_{h[:12]}_{h[12:24]}"


JA4 = {
    "chrome": _ja4("t13d1516h2", "chrome131"), "firefox": _ja4("t13d1717h2", "firefox133"),
    "safari": _ja4("t13d2014h2", "safari18"), "py_linux": _ja4("t13d4412h2", "py312-openssl3"),
    "py_mac": _ja4("t13d4412h2", "py311-openssl3-mac"), "py_win": _ja4("t13d4412h2", "py312-win"),
    "py_h1": _ja4("t13d4412h1", "urllib3-openssl3"), "aiohttp": _ja4("t13d4412h1", "aiohttp-openssl3"),
    "node": _ja4("t13d5911h2", "node20"), "node22": _ja4("t13d5911h2", "node22"), "go": _ja4("t13d1311h2", "go122"),
    "curl": _ja4("t13d3112h2", "curl85"), "okhttp": _ja4("t13d1514h2", "okhttp4"), "ios": _ja4("t13d2014h2", "cfnetwork1568"),
    "java": _ja4("t13d3015h2", "java21"), "dotnet": _ja4("t13d2313h2", "dotnet8-schannel"), "rustls": _ja4("t13d0912h2", "rustls023"),
}

_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
_CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
_SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{v} Safari/605.1.15"
_FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_{v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{v} Mobile/15E148 Safari/604.1"

# kind -> list of (user-agent template, version choices, ja4 key choices)
CLIENTS: dict[str, tuple[str, tuple, tuple]] = {
    "py_sdk": ("Meridian/Python {v}", ("2.3.0", "2.4.1", "2.4.2", "2.5.0", "2.5.1"), ("py_linux", "py_mac", "py_win")),
    "js_sdk": ("Meridian/JS {v}", ("2.0.4", "2.1.0", "2.1.3"), ("node", "node22")),
    "openai_py": ("OpenAI/Python {v}", ("1.57.4", "1.58.1", "1.59.3", "1.59.7"), ("py_linux", "py_mac")),
    "openai_js": ("OpenAI/JS {v}", ("4.76.0", "4.77.3"), ("node", "node22")),
    "requests": ("python-requests/{v}", ("2.31.0", "2.32.3"), ("py_h1",)),
    "aiohttp": ("Python/3.11 aiohttp/{v}", ("3.9.5", "3.10.11", "3.11.9"), ("aiohttp",)),
    "curl": ("curl/{v}", ("7.81.0", "8.5.0", "8.7.1", "8.11.1"), ("curl",)),
    "go": ("Go-http-client/2.0", ("",), ("go",)),
    "litellm": ("litellm/{v}", ("1.55.8", "1.56.10", "1.57.1"), ("py_linux",)),
    "langchain": ("langchain-meridian/{v} Meridian/Python 2.4.1", ("0.3.2", "0.3.4"), ("py_linux", "py_mac")),
    "chrome": (_CHROME, ("130", "131", "132"), ("chrome",)),
    "edge": (_CHROME.replace(" Safari/537.36", " Safari/537.36 Edg/{v}.0.0.0"), ("130", "131"), ("chrome",)),
    "chrome_mac": (_CHROME_MAC, ("131", "132"), ("chrome",)),
    "safari": (_SAFARI, ("1", "2"), ("safari",)),
    "firefox": (_FIREFOX, ("133", "134"), ("firefox",)),
    "ios_web": (_IOS, ("1", "2"), ("ios",)),
    "chatbox": ("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chatbox/{v} Chrome/128.0.6613.186 Electron/32.2.5 Safari/537.36", ("1.8.1", "1.9.3"), ("chrome",)),
    "pocketchat": ("PocketPal/{v} CFNetwork/1568.300.101 Darwin/24.2.0", ("3.1.2", "3.2.0"), ("ios",)),
    "okhttp": ("okhttp/{v}", ("4.12.0", "4.11.0"), ("okhttp",)),
    "continue": ("Continue/{v} (vscode)", ("0.8.66", "0.9.247", "0.9.250"), ("node",)),
    "cline": ("Cline/{v}", ("3.1.2", "3.2.0"), ("node",)),
    "java": ("Java-http-client/{v}", ("17.0.13", "21.0.5"), ("java",)),
    "dotnet": ("Meridian.NET/{v} (.NET 8.0.11; Microsoft Windows 10.0.20348)", ("1.2.0", "1.3.1"), ("dotnet",)),
    "n8n": ("n8n/{v}", ("1.71.3", "1.72.1"), ("node",)),
    "zapier": ("Zapier", ("",), ("node",)),
    "rust": ("meridian-rs/{v} reqwest/0.12", ("0.6.0", "0.7.2"), ("rustls",)),
}


@dataclass(frozen=True)
class Client:
    ua: str
    device: str


def client(rng: random.Random, kind: str) -> Client:
    tmpl, versions, ja4s = CLIENTS[kind]
    return Client(tmpl.format(v=rng.choice(versions)), JA4[rng.choice(ja4s)])


BYOK_APPS = (("chrome", 30), ("chrome_mac", 15), ("safari", 12), ("firefox", 6), ("chatbox", 14),
             ("pocketchat", 10), ("ios_web", 8), ("okhttp", 5))
DEV_CLIENTS = (("py_sdk", 35), ("openai_py", 20), ("js_sdk", 15), ("openai_js", 8), ("langchain", 8),
               ("curl", 4), ("requests", 5), ("go", 3), ("rust", 2))


def client_from(rng: random.Random, table) -> Client:
    return client(rng, wpick(rng, table))
