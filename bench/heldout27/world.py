"""The world: clock, models, networks (real ASNs, plausible prefixes), client
fingerprints and local-time activity curves."""

from __future__ import annotations

import ipaddress
import random
from dataclasses import dataclass

HOUR = 3_600_000
MIN = 60_000
DAY = 24 * HOUR
# 2027-04-19 00:00 UTC; Toronto local midnight (EDT, UTC-4) is 04:00 UTC.
MIDNIGHT_UTC = 1_808_092_800_000
T0 = MIDNIGHT_UTC + 4 * HOUR
# New model launch: Monday 19 April 21:00 Toronto = 2027-04-20 01:00 UTC.
RELEASE = T0 + 21 * HOUR
CAPACITY_TROUBLE_MS = int(2.5 * HOUR)

OLD_MODEL = "aurora-3"
MINI_MODEL = "aurora-3-mini"
NEW_MODEL = "aurora-4"
EMBED_MODEL = "aurora-embed-2"

CHAT = "/v1/chat/completions"
RESPONSES = "/v1/responses"
COMPLETIONS = "/v1/completions"
EMBEDDINGS = "/v1/embeddings"

# Local UTC offsets in April (DST in force except Saskatchewan).
TZ = {"PDT": -7, "MDT": -6, "SK": -6, "CDT": -5, "EDT": -4, "ADT": -3, "NDT": -2.5}
# Where Canadians and northern-US users live, weighted by people.
TZ_WEIGHTS = [("PDT", 17), ("MDT", 12), ("SK", 3), ("CDT", 7), ("EDT", 52), ("ADT", 7), ("NDT", 2)]


@dataclass(frozen=True)
class Net:
    name: str
    asn: int
    prefixes: tuple[str, ...]
    kind: str  # residential | mobile | campus | cloud | vpn | corporate

    def ip(self, rng: random.Random) -> str:
        net = ipaddress.ip_network(rng.choice(self.prefixes))
        return str(net.network_address + rng.randrange(1, net.num_addresses - 1))


NETS = {
    "bell": Net("Bell Canada", 577, ("70.24.0.0/13", "74.12.0.0/14", "142.112.0.0/14", "174.88.0.0/13"), "residential"),
    "rogers": Net("Rogers", 812, ("99.224.0.0/11", "174.112.0.0/13", "72.136.0.0/13"), "residential"),
    "videotron": Net("Vidéotron", 5769, ("24.200.0.0/13", "70.80.0.0/13", "24.48.0.0/14"), "residential"),
    "telus": Net("Telus", 852, ("75.152.0.0/14", "154.20.0.0/14", "207.6.0.0/16"), "residential"),
    "shaw": Net("Shaw (Rogers)", 6327, ("24.64.0.0/13", "50.64.0.0/13", "68.144.0.0/13"), "residential"),
    "cogeco": Net("Cogeco", 7992, ("24.37.0.0/16", "24.141.0.0/16", "69.165.128.0/17"), "residential"),
    "eastlink": Net("Eastlink", 11260, ("24.222.0.0/16", "24.224.128.0/17"), "residential"),
    "sasktel": Net("SaskTel", 803, ("142.165.0.0/16", "207.47.128.0/17"), "residential"),
    "comcast": Net("Comcast", 7922, ("73.0.0.0/10", "98.192.0.0/12", "24.0.0.0/12"), "residential"),
    "charter": Net("Charter Spectrum", 20115, ("66.66.0.0/16", "97.80.0.0/13", "71.80.0.0/13"), "residential"),
    "verizon": Net("Verizon Fios", 701, ("71.160.0.0/12", "108.0.0.0/13"), "residential"),
    "bellmob": Net("Bell Mobility", 36522, ("184.151.0.0/16", "64.229.0.0/16"), "mobile"),
    "rogersmob": Net("Rogers Wireless", 812, ("24.114.0.0/16",), "mobile"),
    "telusmob": Net("Telus Mobility", 852, ("198.103.0.0/16", "209.29.0.0/16"), "mobile"),
    "freedom": Net("Freedom Mobile", 46933, ("208.98.208.0/20", "66.102.64.0/18"), "mobile"),
    "tmobile": Net("T-Mobile US", 21928, ("172.56.0.0/14",), "mobile"),
    "uoft": Net("University of Toronto", 239, ("128.100.0.0/16", "142.150.0.0/16", "142.1.0.0/16"), "campus"),
    "mcgill": Net("RISQ (McGill)", 376, ("132.206.0.0/16", "132.216.0.0/16"), "campus"),
    "udem": Net("RISQ (UdeM/Concordia/CEGEP)", 376, ("132.204.0.0/16", "132.205.0.0/16", "206.167.0.0/16"), "campus"),
    "ubc": Net("University of British Columbia", 393249, ("137.82.0.0/16", "142.103.0.0/16"), "campus"),
    "waterloo": Net("University of Waterloo", 12093, ("129.97.0.0/16",), "campus"),
    "uw": Net("University of Washington", 101, ("128.95.0.0/16", "128.208.0.0/16"), "campus"),
    "aws": Net("AWS ca-central-1", 16509, ("3.96.0.0/15", "15.222.0.0/15", "35.182.0.0/15", "52.60.0.0/16"), "cloud"),
    "aws_use": Net("AWS us-east-1", 14618, ("3.80.0.0/12", "54.144.0.0/12"), "cloud"),
    "gcp": Net("Google Cloud (Montréal/Toronto)", 396982, ("34.95.0.0/16", "34.152.0.0/18", "34.47.0.0/18"), "cloud"),
    "azure": Net("Microsoft Azure Canada", 8075, ("20.151.0.0/16", "52.228.0.0/16", "20.220.0.0/16"), "cloud"),
    "gha": Net("Azure (GitHub Actions runners)", 8075, ("20.57.0.0/16", "4.246.0.0/16", "172.183.0.0/16"), "cloud"),
    "ovh": Net("OVH Beauharnois", 16276, ("54.39.0.0/16", "142.44.128.0/17", "51.222.0.0/16", "51.79.0.0/16"), "cloud"),
    "do": Net("DigitalOcean Toronto", 14061, ("159.203.0.0/16", "142.93.144.0/20", "138.197.128.0/17"), "cloud"),
    "hetzner": Net("Hetzner US", 213230, ("5.161.0.0/16", "178.156.128.0/17"), "cloud"),
    "m247": Net("M247 (VPN exits)", 9009, ("146.70.0.0/16", "89.187.160.0/19", "37.120.128.0/17"), "vpn"),
    "datacamp": Net("Datacamp/CDN77 (VPN exits)", 60068, ("156.146.32.0/19", "212.102.32.0/19", "84.17.32.0/19"), "vpn"),
    "proton": Net("Proton AG (VPN)", 209103, ("149.88.96.0/20", "185.159.156.0/22"), "vpn"),
    "allstream": Net("Allstream (corporate)", 15290, ("216.191.0.0/16", "207.34.0.0/16"), "corporate"),
    "zayo": Net("Zayo Canada (corporate)", 6461, ("64.125.0.0/16",), "corporate"),
}

# Residential ISPs by time zone (users at home).
HOME_ISPS = {
    "PDT": [("telus", 4), ("shaw", 4), ("rogers", 1), ("comcast", 2), ("charter", 1)],
    "MDT": [("telus", 4), ("shaw", 5), ("bell", 1)],
    "SK": [("sasktel", 6), ("shaw", 2)],
    "CDT": [("bell", 3), ("shaw", 3), ("charter", 2), ("comcast", 1)],
    "EDT": [("bell", 6), ("rogers", 6), ("videotron", 5), ("cogeco", 2), ("verizon", 1), ("comcast", 1)],
    "ADT": [("eastlink", 5), ("bell", 3), ("rogers", 1)],
    "NDT": [("bell", 4), ("rogers", 2), ("eastlink", 1)],
}
MOBILE = [("bellmob", 3), ("rogersmob", 3), ("telusmob", 3), ("freedom", 1), ("tmobile", 1)]
RESIDENTIAL_ALL = [k for k, n in NETS.items() if n.kind == "residential"]

# TLS/JA4-style client fingerprints: shared by everyone using the same stack.
JA4 = {
    "py_httpx": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "py_requests": "t13d1812h1_85036bcba153_b26ce05bbdd6",
    "node": "t13d1516h2_8daaf6152771_e5627efa2ab1",
    "go": "t13d1310h2_e8a523a41297_ef7df7f74e48",
    "curl": "t13d3112h2_e8f1e7e78f70_d41ae481755e",
    "chrome": "t13d1517h2_8daaf6152771_b0da82dd1658",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
    "firefox": "t13d1715h2_5b57614c22b0_7121afd63204",
    "java": "t13d4312h2_b0f1a8e0d5a8_7c2ebc4c7a5d",
}
UA = {
    "borealis_py": ["borealis-python/2.4.1", "borealis-python/2.3.0", "borealis-python/2.4.0"],
    "openai_py": ["OpenAI/Python 1.82.0", "OpenAI/Python 1.79.2", "OpenAI/Python 2.1.0"],
    "node": ["borealis-node/1.9.0", "OpenAI/JS 5.3.0", "borealis-node/1.8.2"],
    "langchain": ["langchain-borealis/0.4.2 python-httpx/0.28.1", "langgraph/0.3.8 OpenAI/Python 1.82.0"],
    "llamaindex": ["llama-index-llms-borealis/0.2.0 OpenAI/Python 1.79.2"],
    "eval": ["lm-eval-harness/0.4.8 OpenAI/Python 1.82.0", "inspect-ai/0.3.91 OpenAI/Python 2.1.0", "evalplus/0.3 OpenAI/Python 1.79.2"],
    "curl": ["curl/8.5.0", "curl/8.7.1"],
    "requests": ["python-requests/2.32.3", "python-requests/2.31.0"],
    "go": ["Go-http-client/2.0"],
    "java": ["Java-http-client/21.0.3", "okhttp/4.12.0"],
    "web": [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:137.0) Gecko/20100101 Firefox/137.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
    ],
}
UA_STACK = {"borealis_py": "py_httpx", "openai_py": "py_httpx", "node": "node", "langchain": "py_httpx",
            "llamaindex": "py_httpx", "eval": "py_httpx", "curl": "curl", "requests": "py_requests",
            "go": "go", "java": "java"}

# Relative activity by local hour 0..23.
CURVES = {
    "human": [2, 1.2, .7, .4, .3, .4, 1, 2, 3.5, 4.5, 5, 5, 5, 5, 5, 5, 5, 5.5, 6, 6.5, 6.5, 6, 5, 3.5],
    "student": [6, 5, 3.5, 2, .8, .4, .4, 1, 2, 3.5, 4.5, 5, 5, 5.5, 6, 6, 6, 6, 6.5, 7, 7.5, 8, 8, 7],
    "office": [.1, .1, .1, .1, .1, .2, .4, 1.5, 4, 7, 7, 6.5, 5, 6.5, 7, 6.5, 5, 2.5, 1, .6, .5, .4, .3, .2],
    "evening": [2, 1, .5, .3, .2, .2, .5, 1, 1.5, 2, 2, 2.5, 3, 2.5, 2.5, 3, 3.5, 4.5, 6, 8, 9, 8.5, 6, 3.5],
    "flat": [1.0] * 24,
    "night_batch": [6, 7, 7, 6, 5, 3, 1, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, .5, 1, 2, 3, 4, 5],
}


def wpick(rng: random.Random, pairs):
    """Weighted choice from [(item, weight), ...]."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def home_net(rng: random.Random, tz: str) -> Net:
    return NETS[wpick(rng, HOME_ISPS[tz])]


def mobile_net(rng: random.Random) -> Net:
    return NETS[wpick(rng, MOBILE)]
