"""Networks: ASNs and /24s of this world, and how each kind of network hands out IPs.

Local ASNs and all /24 prefixes of local networks are INVENTED: local ASNs sit in the
private-use 4-byte range 4200000000-4294967294 so they can never name a real operator.
Cloud, VPN and hosting ASN numbers are the real ones of those companies; their prefixes
are plausible for the region but host addresses are invented."""
from __future__ import annotations

import random
from dataclasses import dataclass

from .world import dint

# name: (asn, kind, country, first-two-octet bases of its invented /16s)
ASNS = {
    # Thailand (invented)
    "siam-mobile": (4200100001, "mobile", "TH", ["49.230", "49.231", "171.96"]),
    "chaophraya-mobile": (4200100002, "mobile", "TH", ["1.46", "1.47", "27.55"]),
    "krung-fibre": (4200100011, "home", "TH", ["110.168", "110.169", "184.22"]),
    "lanna-broadband": (4200100012, "home", "TH", ["125.24", "125.25"]),
    "andaman-link": (4200100013, "home", "TH", ["182.52", "182.53"]),
    "thai-uninet": (4200100021, "uni", "TH", ["158.108", "161.200"]),
    "bkk-bizfibre": (4200100031, "office", "TH", ["203.150", "203.151"]),
    # Cambodia (invented)
    "mekongcell": (4200200001, "mobile", "KH", ["36.37", "175.100"]),
    "angkortel": (4200200002, "mobile", "KH", ["103.197", "43.230"]),
    "penh-fibre": (4200200011, "home", "KH", ["117.20", "202.178"]),
    "cam-edu": (4200200021, "uni", "KH", ["203.189"]),
    # Laos (invented)
    "laostar-mobile": (4200300001, "mobile", "LA", ["115.84", "183.182"]),
    "vientiane-net": (4200300011, "home", "LA", ["202.137", "180.94"]),
    # diaspora / roaming / residential-proxy exit countries (invented)
    "pacific-cable-us": (4200900001, "home", "US", ["73.15", "76.88", "98.210"]),
    "southern-fibre-au": (4200900002, "home", "AU", ["101.180", "120.148"]),
    "hexagone-box-fr": (4200900003, "home", "FR", ["82.64", "90.112"]),
    "hanriver-kr": (4200900004, "home", "KR", ["121.134", "211.36"]),
    "eu-roam": (4200900005, "mobile", "DE", ["80.187", "31.16"]),
    "cn-roam": (4200900006, "mobile", "CN", ["112.96", "223.104"]),
    "resi-vn": (4200900010, "home", "VN", ["113.161", "14.226"]),
    "resi-id": (4200900011, "home", "ID", ["36.68", "114.124"]),
    "resi-br": (4200900012, "home", "BR", ["177.36", "189.6"]),
    "resi-in": (4200900013, "home", "IN", ["117.199", "49.36"]),
    "resi-ph": (4200900014, "home", "PH", ["112.198", "49.145"]),
    "resi-my": (4200900015, "home", "MY", ["175.139", "60.48"]),
    # Real cloud / hosting / VPN ASNs
    "aws": (16509, "cloud", "SG", ["13.212", "13.213", "18.136", "54.169"]),
    "gcp": (15169, "cloud", "SG", ["34.87", "34.124", "35.240"]),
    "azure": (8075, "cloud", "SG", ["20.195", "52.187"]),
    "digitalocean": (14061, "cloud", "SG", ["128.199", "159.89", "188.166"]),
    "hetzner": (24940, "cloud", "DE", ["95.216", "65.108", "135.181"]),
    "ovh": (16276, "cloud", "SG", ["51.79", "139.99"]),
    "alibaba": (45102, "cloud", "SG", ["47.236", "8.219"]),
    "tencent": (132203, "cloud", "HK", ["43.156", "43.134"]),
    "vultr": (20473, "cloud", "SG", ["45.32", "139.180"]),
    "m247": (9009, "vpn", "SG", ["146.70", "37.120"]),
    "datacamp": (60068, "vpn", "SG", ["89.187", "156.146"]),
    "31173-services": (39351, "vpn", "SE", ["193.138", "185.213"]),
}

MOBILE = {"TH": ["siam-mobile", "chaophraya-mobile"], "KH": ["mekongcell", "angkortel"], "LA": ["laostar-mobile"]}
HOME = {"TH": ["krung-fibre", "lanna-broadband", "andaman-link"], "KH": ["penh-fibre"], "LA": ["vientiane-net"],
        "US": ["pacific-cable-us"], "AU": ["southern-fibre-au"], "FR": ["hexagone-box-fr"], "KR": ["hanriver-kr"]}
CITY_HOME = {"Bangkok": "krung-fibre", "Chiang Mai": "lanna-broadband", "Phuket": "andaman-link",
             "Phnom Penh": "penh-fibre", "Siem Reap": "penh-fibre", "Vientiane": "vientiane-net"}
CITY_COUNTRY = {"Bangkok": "TH", "Chiang Mai": "TH", "Phuket": "TH", "Phnom Penh": "KH", "Siem Reap": "KH",
                "Vientiane": "LA", "Los Angeles": "US", "Melbourne": "AU", "Paris": "FR", "Seoul": "KR"}
# tz offsets (April 2027: US on PDT, Australia back on AEST, France on CEST)
CITY_TZ = {"Bangkok": 7, "Chiang Mai": 7, "Phuket": 7, "Phnom Penh": 7, "Siem Reap": 7, "Vientiane": 7,
           "Los Angeles": -7, "Melbourne": 10, "Paris": 2, "Seoul": 9}
LOCAL_CITIES = ["Bangkok", "Chiang Mai", "Phuket", "Phnom Penh", "Siem Reap", "Vientiane"]
LOCAL_CITY_W = [40, 10, 6, 18, 5, 11]
RESI_PROXY = ["resi-vn", "resi-id", "resi-br", "resi-in", "resi-ph", "resi-my", "krung-fibre", "penh-fibre",
              "pacific-cable-us", "siam-mobile", "mekongcell"]


def ip_in(net: str, *key: object) -> tuple[str, int]:
    """A deterministic address in network `net` for `key` (a /24 chosen by the key)."""
    asn, _kind, _c, bases = ASNS[net]
    h = dint(net, *key)
    base = bases[h % len(bases)]
    return f"{base}.{(h >> 8) % 256}.{1 + (h >> 16) % 253}", asn


def pool(net: str, tag: str, n: int) -> list[tuple[str, int]]:
    return [ip_in(net, tag, i) for i in range(n)]


@dataclass
class Net:
    """How one account reaches the gateway.
    mode: fixed (home line / single server), pool (NAT'd site: a few public IPs),
    cgnat (carrier: a session sticks to one address of a large shared pool),
    rotate (residential proxy / VPN: a new exit per request or per session)."""
    mode: str
    addrs: list

    def pick(self, rng: random.Random, session: int) -> tuple[str, int]:
        if self.mode == "fixed":
            return self.addrs[0]
        if self.mode == "pool":
            return self.addrs[rng.randrange(len(self.addrs))]
        if self.mode == "cgnat":
            return self.addrs[dint("s", session, len(self.addrs)) % len(self.addrs)]
        if self.mode == "rotate":
            return self.addrs[rng.randrange(len(self.addrs))]
        raise ValueError(self.mode)


_CGNAT_CACHE: dict = {}


def carrier_pool(net: str, city: str) -> list[tuple[str, int]]:
    """A carrier's public CGNAT addresses for a city: ~120 IPs shared by all its subscribers."""
    key = (net, city)
    if key not in _CGNAT_CACHE:
        _CGNAT_CACHE[key] = pool(net, f"cgnat-{city}", 120)
    return _CGNAT_CACHE[key]


def mobile_net(rng: random.Random, city: str) -> Net:
    c = CITY_COUNTRY[city]
    return Net("cgnat", carrier_pool(rng.choice(MOBILE[c]), city))


def home_net(city: str, who: str) -> Net:
    net = CITY_HOME.get(city) or HOME[CITY_COUNTRY[city]][0]
    return Net("fixed", [ip_in(net, "home", who)])


def site_net(net: str, site: str, n: int = 2) -> Net:
    return Net("pool", pool(net, f"site-{site}", n))


def cloud_net(cloud: str, who: str, n: int = 1) -> Net:
    return Net("pool" if n > 1 else "fixed", pool(cloud, f"vm-{who}", n))


def vpn_net(provider: str, n: int = 40) -> Net:
    return Net("rotate", pool(provider, "exits", n))


def resi_proxy_net(tag: str, n: int = 4000) -> Net:
    addrs = [ip_in(RESI_PROXY[i % len(RESI_PROXY)], "proxy", tag, i) for i in range(n)]
    return Net("rotate", addrs)
