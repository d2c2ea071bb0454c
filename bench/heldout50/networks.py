"""Autonomous systems and address pools. Prefixes are plausible-looking but synthetic;
ASNs follow well-known assignments where the author remembered them, otherwise invented."""
from __future__ import annotations

# asn -> (name, country, kind, [v4 /16 prefixes "a.b"], v6 /32 prefix or None)
ASNS = {
    3352: ("Telefonica de Espana", "ES", "home", ["83.45", "88.12", "81.33", "79.150"], "2a0c:5a80"),
    12479: ("Orange Espagne", "ES", "home", ["90.167", "92.56", "85.52"], "2a01:c50f"),
    12430: ("Vodafone Espana", "ES", "home", ["31.221", "37.133", "88.26"], "2a02:9002"),
    57269: ("Digi Spain", "ES", "home", ["79.116", "89.7"], "2a0d:5600"),
    15704: ("Xtra Telecom Movil", "ES", "mobile", ["176.83", "185.116"], None),
    766: ("RedIRIS", "ES", "univ", ["147.96", "161.111", "158.42", "150.214"], "2001:720"),
    3243: ("MEO", "PT", "home", ["85.240", "188.80", "89.153"], "2001:8a0"),
    2860: ("NOS Comunicacoes", "PT", "home", ["85.138", "94.63", "213.22"], "2a02:2e0"),
    12353: ("Vodafone Portugal", "PT", "home", ["148.69", "89.114", "2.83"], "2a02:2c40"),
    42863: ("MEO Movel", "PT", "mobile", ["188.251", "109.48"], None),
    1930: ("RCTS FCCN", "PT", "univ", ["193.136", "194.117", "193.137"], "2001:690"),
    8151: ("Uninet Telmex", "MX", "home", ["187.189", "189.203", "201.141"], "2806:2f0"),
    28403: ("Radiomovil Dipsa Telcel", "MX", "mobile", ["189.217", "200.68"], None),
    278: ("UNAM", "MX", "univ", ["132.248"], None),
    7303: ("Telecom Argentina", "AR", "home", ["181.46", "190.231", "201.253"], "2800:810"),
    22927: ("Telefonica de Argentina", "AR", "mobile", ["186.12", "190.55"], None),
    3449: ("Universidad de Buenos Aires", "AR", "univ", ["157.92"], None),
    10620: ("Telmex Colombia Claro", "CO", "home", ["181.57", "186.84", "191.95"], "2800:e2"),
    3816: ("Colombia Telecomunicaciones", "CO", "mobile", ["191.104", "186.145"], None),
    37119: ("Unitel Angola", "AO", "mobile", ["105.168", "105.172"], None),
    37468: ("Angola Cables", "AO", "home", ["41.223", "197.149"], None),
    37342: ("Vodacom Mozambique", "MZ", "mobile", ["41.220", "197.218"], None),
    25139: ("TVCABO Mozambique", "MZ", "home", ["41.94", "196.3"], None),
    37517: ("CV Multimedia", "CV", "home", ["41.221", "197.155"], None),
    16509: ("Amazon AWS", "ES", "cloud", ["18.100", "3.124", "15.216"], "2a05:d01c"),
    15169: ("Google Cloud", "ES", "cloud", ["34.175", "35.219"], "2600:1900"),
    8075: ("Microsoft Azure", "ES", "cloud", ["20.100", "51.103", "4.209"], "2603:1020"),
    16276: ("OVHcloud", "FR", "hosting", ["51.91", "54.38", "141.95"], "2001:41d0"),
    24940: ("Hetzner Online", "DE", "hosting", ["88.198", "116.202", "65.108"], "2a01:4f8"),
    14061: ("DigitalOcean", "NL", "hosting", ["164.92", "206.189"], "2a03:b0c0"),
    9009: ("M247", "ES", "hosting", ["185.253", "89.238", "146.70"], None),
    60781: ("Leaseweb", "NL", "hosting", ["5.79", "212.32"], None),
    51167: ("Contabo", "DE", "hosting", ["161.97", "62.171"], None),
    53813: ("Zscaler", "ES", "vpn", ["165.225", "147.161"], None),
    13335: ("Cloudflare WARP", "PT", "vpn", ["104.28", "172.71"], "2a09:bac1"),
    62044: ("Zscaler Switzerland", "PT", "vpn", ["136.226"], None),
    47136: ("Iberconsult corporate", "ES", "corp", ["185.140"], None),
    49815: ("Banco Atlantico corporate", "PT", "corp", ["193.47"], None),
}

BY_KIND: dict[tuple[str, str], list[int]] = {}
for _asn, (_n, _cc, _kind, _p4, _p6) in ASNS.items():
    BY_KIND.setdefault((_cc, _kind), []).append(_asn)
    BY_KIND.setdefault(("*", _kind), []).append(_asn)

_CC_MAP = {"IC": "ES", "AZ": "PT"}


def asns(country: str, kind: str) -> list[int]:
    cc = _CC_MAP.get(country, country)
    got = BY_KIND.get((cc, kind))
    if not got and kind == "mobile":
        got = BY_KIND.get((cc, "home"))
    if not got and kind == "home":
        got = BY_KIND.get((cc, "mobile"))
    return got or BY_KIND[("*", kind)]


def v4(rng, asn: int) -> str:
    p = rng.choice(ASNS[asn][3])
    return f"{p}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def v6(rng, asn: int) -> str | None:
    p = ASNS[asn][4]
    if not p:
        return None
    return f"{p}:{rng.getrandbits(16):x}:{rng.getrandbits(16):x}::{rng.getrandbits(16):x}"


def home(rng, country: str, kind: str = "home"):
    """(asn, ipv4, ipv6-or-None) for one subscriber line."""
    a = rng.choice(asns(country, kind))
    six = v6(rng, a) if rng.random() < 0.35 else None
    return a, v4(rng, a), six


def pool(rng, country: str, kind: str, size: int):
    """A shared egress pool (CGNAT, campus NAT, VPN, proxy exits): list of (asn, ip)."""
    out = []
    choices = asns(country, kind)
    for _ in range(size):
        a = rng.choice(choices)
        out.append((a, v4(rng, a)))
    return out


def residential_exit(rng, country: str):
    """A fresh residential-proxy exit (a real subscriber line somewhere in `country`)."""
    kind = "mobile" if rng.random() < 0.3 else "home"
    a = rng.choice(asns(country, kind))
    return a, v4(rng, a)
