"""Networks of the Atlas world: invented local ISPs (private-use ASNs 4200000000+), real cloud and
VPN ASNs, and sites (campus NATs, cybercafés, offices, hotels, co-working) carved out of them.

An address is a pure function of (network, index) via blake2b, so the same site always has the same
public IPs whatever the seed; which user lands on which index is drawn by the population RNG.
"""
from __future__ import annotations

from dataclasses import dataclass

from .world import digest, unit


@dataclass(frozen=True)
class Net:
    name: str
    kind: str          # mobile | home | university | cybercafe | office | coworking | hotel | cloud | vpn
    country: str
    asn: int
    prefixes: tuple    # ("105.66", "105.67") = /16s, or ("196.200.131",) = /24s
    pool: int          # number of distinct public addresses actually used
    v6: str = ""       # optional IPv6 /32 prefix for mobile/fibre carriers

    def address(self, idx: int) -> str:
        idx %= self.pool
        d = digest("addr", self.name, idx, size=8)
        if self.v6 and d[0] < 56:  # ~22% of flows on IPv6
            return f"{self.v6}:{d[1]:x}{d[2]:02x}:{d[3]:x}{d[4]:02x}::{d[5]:x}{d[6]:02x}"
        pfx = self.prefixes[d[7] % len(self.prefixes)]
        octs = pfx.count(".") + 1
        if octs == 2:
            return f"{pfx}.{d[1]}.{1 + d[2] % 253}"
        return f"{pfx}.{1 + d[2] % 253}"


def _n(name, kind, country, asn, prefixes, pool, v6=""):
    return Net(name, kind, country, asn, tuple(prefixes), pool, v6)


# ---- access ISPs (invented; private-use ASNs) -------------------------------------------
ISPS = {
    "MA": {
        "mobile": [_n("itissal-mobile", "mobile", "MA", 4200000101, ["105.66", "105.67", "41.140", "41.141"], 3000, "2c0f:fa18"),
                   _n("wana-mobile", "mobile", "MA", 4200000103, ["102.96", "102.97", "41.250"], 2200, "2c0f:f3a0"),
                   _n("souss-mobile", "mobile", "MA", 4200000105, ["197.230", "197.231"], 1200)],
        "home": [_n("maghreb-fibre", "home", "MA", 4200000102, ["196.64", "196.65", "196.66", "196.67"], 60000),
                 _n("atlasnet-adsl", "home", "MA", 4200000104, ["160.176", "160.177", "160.178"], 60000),
                 _n("wana-box", "home", "MA", 4200000106, ["196.74", "196.75"], 40000)],
    },
    "DZ": {
        "mobile": [_n("sahel-mobile", "mobile", "DZ", 4200000201, ["105.98", "105.99", "154.121"], 2600),
                   _n("casbah-4g", "mobile", "DZ", 4200000203, ["197.200", "197.201"], 1400)],
        "home": [_n("algerinet-adsl", "home", "DZ", 4200000202, ["41.96", "41.97", "41.98", "41.99"], 60000),
                 _n("djurdjura-fibre", "home", "DZ", 4200000204, ["41.108", "41.109"], 30000)],
    },
    "TN": {
        "mobile": [_n("carthage-mobile", "mobile", "TN", 4200000301, ["197.14", "197.15", "41.224"], 1600)],
        "home": [_n("tunfibre", "home", "TN", 4200000302, ["197.0", "197.1", "102.152"], 40000),
                 _n("medina-adsl", "home", "TN", 4200000304, ["41.226", "41.227"], 30000)],
    },
    "FR": {
        "mobile": [_n("hexagone-mobile", "mobile", "FR", 4200000402, ["37.170", "37.171", "92.184"], 3000, "2a04:cec0")],
        "home": [_n("hexagone-fibre", "home", "FR", 4200000401, ["82.64", "82.65", "90.12", "90.13"], 90000, "2a01:e0a"),
                 _n("seine-box", "home", "FR", 4200000403, ["78.192", "78.193", "88.120"], 90000)],
    },
    "BE": {"mobile": [_n("brabant-mobile", "mobile", "BE", 4200000502, ["178.144", "178.145"], 900)],
           "home": [_n("belnet-kabel", "home", "BE", 4200000501, ["81.82", "81.83", "91.176"], 40000)]},
    "ES": {"mobile": [_n("iberia-movil", "mobile", "ES", 4200000602, ["88.26", "88.27"], 1500)],
           "home": [_n("iberia-fibra", "home", "ES", 4200000601, ["83.32", "83.33", "95.16"], 60000)]},
    "CA": {"mobile": [_n("fleuve-mobile", "mobile", "CA", 4200000702, ["174.88", "174.89"], 1200)],
           "home": [_n("laurentide-cable", "home", "CA", 4200000701, ["24.200", "24.201", "70.80"], 60000)]},
}
MOBILE_SHARE = {"MA": 0.62, "DZ": 0.66, "TN": 0.55, "FR": 0.35, "BE": 0.3, "ES": 0.35, "CA": 0.3}

# ---- clouds and hosting (real ASNs) --------------------------------------------------------
CLOUDS = {
    "aws-paris": _n("aws-eu-west-3", "cloud", "FR", 16509, ["13.36", "13.37", "15.188", "35.180"], 4000),
    "aws-bahrain": _n("aws-me-south-1", "cloud", "AE", 16509, ["15.184", "157.175"], 2000),
    "gcp-europe": _n("gcp-europe-west9", "cloud", "FR", 396982, ["34.155", "34.163"], 3000),
    "azure-fr": _n("azure-francecentral", "cloud", "FR", 8075, ["20.19", "20.74", "40.89"], 3000),
    "ovh": _n("ovh-gra", "cloud", "FR", 16276, ["51.68", "51.75", "54.37", "145.239"], 5000),
    "hetzner": _n("hetzner-fsn", "cloud", "DE", 24940, ["88.198", "95.216", "116.202", "168.119"], 5000),
    "digitalocean": _n("do-fra1", "cloud", "DE", 14061, ["46.101", "164.90", "207.154"], 3000),
    "scaleway": _n("scaleway-par", "cloud", "FR", 12876, ["51.15", "51.158", "163.172"], 3000),
    "oracle": _n("oci-marseille", "cloud", "FR", 31898, ["144.24", "158.101"], 1500),
}
VPNS = {
    "m247": _n("m247-vpn", "vpn", "FR", 9009, ["185.156", "89.44", "146.70"], 600),
    "datacamp": _n("datacamp-vpn", "vpn", "ES", 60068, ["185.76", "156.146", "212.102"], 500),
    "clouvider": _n("clouvider-vpn", "vpn", "GB", 62240, ["45.134", "185.245"], 300),
    "leaseweb": _n("leaseweb-vpn", "vpn", "NL", 60781, ["37.48", "212.32"], 400),
}

# ---- sites carved out of access ISPs --------------------------------------------------------
CAMPUSES = [  # (site, country, ISP asn, prefix /24s, NAT pool size)
    ("univ-hassan2-casa", "MA", 4200000110, ["196.200.131", "196.200.132"], 6),
    ("univ-mohammed5-rabat", "MA", 4200000110, ["196.200.140", "196.200.141"], 6),
    ("univ-cadi-ayyad-marrakech", "MA", 4200000110, ["196.200.150"], 4),
    ("univ-ibn-zohr-agadir", "MA", 4200000110, ["196.200.160"], 3),
    ("univ-usthb-alger", "DZ", 4200000210, ["193.194.70", "193.194.71"], 5),
    ("univ-constantine1", "DZ", 4200000210, ["193.194.80"], 3),
    ("univ-tunis-elmanar", "TN", 4200000310, ["193.95.20", "193.95.21"], 4),
    ("univ-sfax", "TN", 4200000310, ["193.95.30"], 3),
    ("ens-paris-saclay", "FR", 4200000410, ["129.175.1"], 4),
]
CAMPUS_NETS = [_n(s, "university", c, a, p, k) for s, c, a, p, k in CAMPUSES]

_HOME_ASN = {c: v["home"] for c, v in ISPS.items()}


def site(kind: str, country: str, name: str, pool: int = 1) -> Net:
    """A small fixed-address site (cybercafé, office, hotel, co-working) on a local fixed-line ISP."""
    homes = _HOME_ASN[country]
    isp = homes[int(unit("site-isp", name) * len(homes))]
    d = digest("site", name, size=4)
    pfx = isp.prefixes[d[0] % len(isp.prefixes)]
    if pfx.count(".") == 1:
        pfx = f"{pfx}.{d[1]}"
    return Net(name, kind, country, isp.asn, (pfx,), pool)


def access(rng, country: str, mobile_bias: float = 0.0) -> Net:
    """A user's access ISP: mobile carrier or fixed line, weighted by country habits."""
    isp = ISPS.get(country) or ISPS["FR"]
    p = min(0.95, max(0.02, MOBILE_SHARE.get(country, 0.35) + mobile_bias))
    if rng.random() < p:
        return rng.choice(isp["mobile"])
    return rng.choice(isp["home"])


def residential_exit(rng) -> Net:
    """A residential-proxy exit: a random home or mobile ISP, weighted to where Atlas' users are."""
    country = rng.choices(["MA", "DZ", "TN", "FR", "BE", "ES", "CA"], [30, 14, 10, 24, 7, 9, 6])[0]
    kind = "mobile" if rng.random() < 0.35 else "home"
    return rng.choice(ISPS[country][kind])
