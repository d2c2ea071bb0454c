"""The "Andes" world: window, networks, clients, ids and time helpers.

Window: Wed 2027-06-23 00:00 to Fri 2027-06-25 00:00 Lima time (UTC-5), the
Inti Raymi week (24 June is a holiday in Cusco and Peru's Dia del Campesino).
Andes launches the model "condor-3" on 23 June at 10:00 Lima (15:00 UTC).
"""
from __future__ import annotations

import hashlib
import math
import random

START_MS = 1813726800000            # 2027-06-23T05:00:00Z
DAY_MS = 86_400_000
LAUNCH_MS = START_MS + 10 * 3_600_000
N_DAYS = 2

MODELS_OLD = ["condor-2", "condor-2-mini"]
MODEL_NEW = "condor-3"
MODEL_NEW_R = "condor-3-razonador"
ENDPOINTS = ["/v1/chat/completions", "/v1/responses", "/v1/completions", "/v1/batch"]


def hid(*parts, n: int = 16) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def rng_for(*parts) -> random.Random:
    return random.Random("h56|" + "|".join(str(p) for p in parts))


# name: (asn, country, utc offset hours, kind, [(prefix a.b, third-octet lo, hi)], ipv6 prefix or None)
NETS = {
    "claro_co": (26611, "CO", -5, "mobile", [("191.95", 0, 255), ("186.28", 0, 255), ("181.54", 0, 127)], "2800:e2"),
    "telmex_co": (10620, "CO", -5, "home", [("181.49", 0, 255), ("190.24", 0, 255), ("186.29", 0, 255)], None),
    "une_co": (13489, "CO", -5, "home", [("181.128", 0, 255), ("190.248", 0, 255), ("201.232", 0, 255)], None),
    "tigo_co": (27831, "CO", -5, "mobile", [("191.156", 0, 255), ("181.59", 0, 255)], "2803:1800"),
    "movistar_co": (3816, "CO", -5, "home", [("186.86", 0, 255), ("191.102", 0, 255)], None),
    "etb": (19429, "CO", -5, "home", [("190.25", 0, 255), ("186.30", 0, 255), ("200.118", 0, 255)], None),
    "claro_pe": (12252, "PE", -5, "mobile", [("190.236", 0, 255), ("179.7", 0, 255), ("181.66", 0, 255)], "2800:200"),
    "movistar_pe": (6147, "PE", -5, "home", [("190.233", 0, 255), ("179.6", 0, 255), ("200.121", 0, 255)], "2800:4b0"),
    "entel_pe": (21575, "PE", -5, "mobile", [("38.25", 0, 255), ("190.113", 0, 255)], None),
    "bitel": (264702, "PE", -5, "mobile", [("132.191", 0, 255), ("38.43", 0, 127)], None),
    "entel_cl": (27651, "CL", -4, "mobile", [("186.10", 0, 255), ("200.83", 0, 255), ("181.43", 0, 255)], "2800:150"),
    "movistar_cl": (7418, "CL", -4, "home", [("190.160", 0, 255), ("186.104", 0, 255), ("201.219", 0, 255)], None),
    "vtr": (22047, "CL", -4, "home", [("190.20", 0, 255), ("181.72", 0, 255), ("200.104", 0, 255)], None),
    "gtd": (14259, "CL", -4, "home", [("200.27", 0, 255), ("190.196", 0, 255)], None),
    "wom_cl": (27680, "CL", -4, "mobile", [("191.126", 0, 255), ("152.174", 0, 255)], None),
    "claro_cl": (27995, "CL", -4, "mobile", [("191.112", 0, 255), ("190.215", 0, 255)], None),
    "cnt_ec": (28006, "EC", -5, "home", [("186.47", 0, 255), ("181.199", 0, 255), ("190.152", 0, 255)], None),
    "telconet_ec": (27947, "EC", -5, "home", [("186.101", 0, 255), ("200.93", 0, 255)], None),
    "claro_ec": (26613, "EC", -5, "mobile", [("181.198", 0, 255), ("191.100", 0, 255)], None),
    "entel_bo": (6568, "BO", -4, "mobile", [("200.87", 0, 255), ("166.114", 0, 255)], None),
    "tigo_bo": (27882, "BO", -4, "mobile", [("181.115", 0, 255), ("186.121", 0, 255)], None),
    "vivo_br": (18881, "BR", -3, "home", [("177.94", 0, 255), ("189.79", 0, 255)], None),
    "reuna_cl": (27678, "CL", -4, "campus", [("146.83", 0, 15), ("200.89", 64, 79)], None),
    "renata_co": (27817, "CO", -5, "campus", [("168.176", 0, 15), ("200.3", 144, 159)], None),
    "pucp_pe": (27843, "PE", -5, "campus", [("200.16", 0, 7)], None),
    "aws_sa": (16509, "BR", -3, "cloud", [("18.228", 0, 255), ("54.232", 0, 255), ("15.228", 0, 255)], None),
    "aws_scl": (16509, "CL", -4, "cloud", [("16.59", 0, 255), ("3.110", 0, 63)], None),
    "gcp_scl": (396982, "CL", -4, "cloud", [("34.176", 0, 255), ("34.0", 192, 223)], None),
    "azure_cl": (8075, "CL", -4, "cloud", [("4.203", 0, 255), ("20.206", 0, 127)], None),
    "oracle_scl": (31898, "CL", -4, "cloud", [("144.22", 32, 63), ("146.235", 192, 223)], None),
    "oracle_bog": (31898, "CO", -5, "cloud", [("192.18", 128, 159), ("129.153", 64, 95)], None),
    "hetzner": (24940, "DE", 1, "cloud", [("116.202", 0, 255), ("65.108", 0, 255)], None),
    "ovh": (16276, "FR", 1, "cloud", [("51.79", 0, 255), ("141.94", 0, 255)], None),
    "digitalocean": (14061, "US", -5, "cloud", [("164.90", 0, 255), ("137.184", 0, 255)], None),
    "m247": (9009, "US", -5, "vpn", [("185.156", 172, 175), ("89.187", 160, 191)], None),
    "datacamp": (60068, "US", -5, "vpn", [("84.17", 32, 63), ("149.102", 224, 255)], None),
    "vultr": (20473, "US", -5, "cloud", [("45.77", 0, 255), ("149.28", 0, 255)], None),
}

RESI_ALL = ["claro_co", "telmex_co", "une_co", "tigo_co", "movistar_co", "etb", "claro_pe", "movistar_pe",
            "entel_pe", "bitel", "entel_cl", "movistar_cl", "vtr", "gtd", "wom_cl", "claro_cl", "cnt_ec",
            "telconet_ec", "claro_ec", "entel_bo", "tigo_bo"]
BY_COUNTRY = {c: [k for k in RESI_ALL if NETS[k][1] == c] for c in ("CO", "PE", "CL", "EC", "BO")}


def ip_in(net: str, rng: random.Random, v6_share: float = 0.0) -> str:
    asn, _, _, _, prefixes, v6 = NETS[net]
    if v6 and rng.random() < v6_share:
        return f"{v6}:{rng.randrange(1, 0xffff):x}:{rng.randrange(0, 0xffff):x}::{rng.randrange(1, 0xffff):x}"
    p, lo, hi = rng.choice(prefixes)
    if NETS[net][3] == "mobile":  # carrier CGNAT: few public addresses shared by many subscribers
        hi = min(hi, lo + 1)
    return f"{p}.{rng.randint(lo, hi)}.{rng.randint(1, 254)}"


BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A{m}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_{m2} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{m2} Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.{m2} Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0",
    "Mozilla/5.0 (Linux; Android 13; moto g{m3}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36",
]
SDKS = ["andes-python/{a}.{b}.{c}", "andes-node/{a}.{b}.{c}", "AndesApp/{a}.{b} (Android)", "AndesApp/{a}.{b} (iOS)",
        "python-requests/2.3{b}.0", "axios/1.{b}.{c}", "OpenAI/Python 1.{b}{c}.0", "langchain-andes/0.{b}.{c}",
        "Go-http-client/2.0", "okhttp/4.1{b}.0", "curl/8.{b}.{c}"]


def ua(rng: random.Random, kind: str = "mix") -> str:
    if kind == "sdk" or (kind == "mix" and rng.random() < 0.35):
        return rng.choice(SDKS).format(a=rng.randint(1, 3), b=rng.randint(0, 9), c=rng.randint(0, 9))
    return rng.choice(BROWSERS).format(v=rng.randint(128, 141), m=rng.choice(["146B", "256E", "556E", "155M", "356B"]),
                                       m2=rng.randint(0, 5), fv=rng.randint(128, 140), m3=rng.randint(24, 86))


def device(rng: random.Random) -> str:
    head = rng.choice(["t13d1516h2", "t13d1517h2", "t13d1715h2", "t12d1209h1", "q13d0312h3"])
    return "%s_%012x_%012x" % (head, rng.getrandbits(48), rng.getrandbits(48))


# local-hour weights for human traffic (0..23)
HUMAN = [2, 1, 1, 0.5, 0.5, 1, 2, 4, 7, 9, 10, 10, 8, 8, 9, 10, 9, 8, 7, 8, 9, 9, 7, 4]
OFFICE = [0.3, 0.2, 0.1, 0.1, 0.1, 0.3, 1, 4, 9, 10, 10, 9, 6, 8, 10, 10, 9, 7, 3, 1.5, 1, 0.8, 0.6, 0.4]
NIGHT_OWL = [6, 5, 4, 3, 2, 1, 1, 2, 3, 4, 5, 5, 5, 5, 6, 6, 6, 7, 8, 9, 10, 10, 9, 8]
FLAT = [1] * 24
_CUM = {}


def local_time(rng: random.Random, day: int, tz: int, prof=HUMAN) -> int:
    cum = _CUM.get(id(prof))
    if cum is None:
        cum, s = [], 0.0
        for w in prof:
            s += w
            cum.append(s)
        _CUM[id(prof)] = cum
    x = rng.random() * cum[-1]
    h = next(i for i, c in enumerate(cum) if c >= x)
    # local midnight of `day` in UTC = START(Lima midnight) - (tz + 5) h
    return START_MS + day * DAY_MS - (tz + 5) * 3_600_000 + h * 3_600_000 + int(rng.random() * 3_600_000)


def lognorm(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0, sigma))


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1
