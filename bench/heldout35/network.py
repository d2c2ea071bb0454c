"""Networks, clients and payment instruments of the Tianguis world: ISPs and
their prefixes, carrier-grade NAT pools, campus NATs, clouds, VPNs, user agents.
ASNs and prefixes are plausible for each operator; exact ownership is not the point."""
from __future__ import annotations

import random

from bench.heldout35.world import hexid

# name -> (asn, prefixes (first two octets), kind)
NETS: dict[str, tuple[int, list[str], str]] = {
    "telmex": (8151, ["187.188", "187.189", "187.190", "189.128", "189.146", "201.141", "201.143", "177.226"], "home"),
    "totalplay": (22884, ["189.203", "187.210", "201.97", "177.248"], "home"),
    "megacable": (13999, ["201.170", "187.251", "189.211"], "home"),
    "izzi": (11888, ["189.219", "187.233", "201.103"], "home"),
    "telcel": (28403, ["200.68", "189.203", "187.155", "201.144"], "mobile"),
    "att_mx": (28469, ["187.184", "189.240", "201.162"], "mobile"),
    "unam": (278, ["132.248", "132.247"], "campus"),
    "itesm": (18734, ["131.178"], "campus"),
    "udg": (28470, ["148.202"], "campus"),
    "ipn": (11172, ["148.204"], "campus"),
    "aws": (16509, ["3.128", "18.204", "54.172", "52.14", "44.201"], "cloud"),
    "gcp": (396982, ["34.125", "35.226", "34.72"], "cloud"),
    "azure": (8075, ["20.112", "40.124", "52.160"], "cloud"),
    "hetzner": (24940, ["95.216", "65.108", "138.201"], "cloud"),
    "ovh": (16276, ["51.79", "145.239", "51.161"], "cloud"),
    "digitalocean": (14061, ["167.99", "159.203", "143.198"], "cloud"),
    "alibaba": (45102, ["47.88", "8.209", "47.251"], "cloud"),
    "oracle": (31898, ["129.146", "150.136"], "cloud"),
    "kio": (27706, ["200.57", "201.131"], "cloud"),  # Mexican colocation / hosting
    "m247": (9009, ["185.156", "89.238", "193.27"], "vpn"),
    "datacamp": (60068, ["143.244", "212.102", "156.146"], "vpn"),
    "mullvad": (39351, ["185.213", "193.138"], "vpn"),
    "claro_co": (10620, ["181.48", "190.24", "186.29"], "home"),
    "movistar_pe": (6147, ["190.236", "179.7", "190.42"], "home"),
    "claro_pe": (12252, ["191.98", "200.121"], "mobile"),
    "telefonica_es": (3352, ["88.27", "83.45", "80.31"], "home"),
    "comcast": (7922, ["73.162", "98.208", "24.5"], "home"),
    "att_us": (7018, ["107.200", "99.16", "75.32"], "home"),
    "tmobile_us": (21928, ["172.58", "172.56"], "mobile"),
}
MX_HOME = [("telmex", 45), ("totalplay", 20), ("megacable", 18), ("izzi", 17)]
MX_MOBILE = [("telcel", 70), ("att_mx", 30)]
CITY_HOME = {"bog": [("claro_co", 1)], "lim": [("movistar_pe", 1)], "mad": [("telefonica_es", 1)],
             "lax": [("comcast", 6), ("att_us", 4)], "hou": [("comcast", 5), ("att_us", 5)]}
CITY_MOBILE = {"bog": [("claro_co", 1)], "lim": [("claro_pe", 1)], "mad": [("telefonica_es", 1)],
               "lax": [("tmobile_us", 1)], "hou": [("tmobile_us", 1)]}


def asn_of(net: str) -> int:
    return NETS[net][0]


def ip_in(rng: random.Random, net: str) -> str:
    pre = rng.choice(NETS[net][1])
    return f"{pre}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def pool(rng: random.Random, net: str, n: int) -> list[tuple[str, int]]:
    """n fixed exit addresses (a NAT or a proxy pool) inside one network."""
    seen: dict[str, None] = {}
    while len(seen) < n:
        seen[ip_in(rng, net)] = None
    return [(ip, asn_of(net)) for ip in seen]


def wchoice(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def home_net(rng: random.Random, city: str) -> str:
    return wchoice(rng, CITY_HOME.get(city, MX_HOME))


def mobile_net(rng: random.Random, city: str) -> str:
    return wchoice(rng, CITY_MOBILE.get(city, MX_MOBILE))


class CGNAT:
    """Carrier-grade NAT: thousands of phones share a few hundred public addresses per
    region, and a phone gets a different one for each session."""

    def __init__(self, rng: random.Random, net: str, n: int):
        self.addrs = pool(rng, net, n)

    def pick(self, rng: random.Random) -> tuple[str, int]:
        return rng.choice(self.addrs)


_BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36", 40),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36", 12),
    ("Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36", 18),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", 14),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{f}.0) Gecko/20100101 Firefox/{f}.0", 6),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0", 10),
]
_APPS = ["TianguisApp/4.{m}.{p} (iPhone; iOS 18.{i})", "TianguisApp/4.{m}.{p} (Android 1{a}; {dev})"]
_PHONES = ["SM-A546E", "SM-A155M", "moto g84 5G", "Redmi Note 13", "SM-S921B", "Pixel 8a", "OPPO A79", "HONOR X7b"]
SDKS = ["tianguis-python/1.8.{p}", "OpenAI/Python 1.5{m}.{p}", "tianguis-node/2.3.{p}", "python-requests/2.32.3",
        "axios/1.7.{p}", "Go-http-client/2.0", "langchain-openai/0.2.{p}", "litellm/1.5{m}.{p}", "python-httpx/0.27.{p}",
        "curl/8.{p}.0"]


def browser_ua(rng: random.Random) -> str:
    ua = wchoice(rng, [(u, w) for u, w in _BROWSERS])
    return ua.format(v=rng.choice([128, 129, 130, 131]), f=rng.choice([131, 132]))


def app_ua(rng: random.Random) -> str:
    t = rng.choice(_APPS)
    return t.format(m=rng.choice([1, 2, 2, 3]), p=rng.randrange(0, 6), i=rng.randrange(0, 3),
                    a=rng.choice([3, 4, 5]), dev=rng.choice(_PHONES))


def sdk_ua(rng: random.Random, which: str | None = None) -> str:
    t = which or rng.choice(SDKS)
    return t.format(m=rng.randrange(0, 5), p=rng.randrange(0, 9))


def device(rng: random.Random) -> str:
    return "dv_" + hexid(rng, 16)


def card(rng: random.Random) -> str:
    return "pf_" + hexid(rng, 20)
