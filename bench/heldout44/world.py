"""World facts: the clock, the networks (ASNs and /24s), devices and people.

Every fact here is derived from blake2b digests of names, never from hash() or
set iteration, so the same seed always gives the same world."""
from __future__ import annotations

import calendar
import datetime
import hashlib
import random

SEC, MIN, HOUR, DAY = 1000, 60_000, 3_600_000, 86_400_000
# Sunday 7 November 2027 00:00 in Brasília (UTC-3) = 03:00Z
T0 = calendar.timegm((2027, 11, 7, 3, 0, 0)) * 1000
LAUNCH = T0 + DAY + 10 * HOUR            # ipe-4 launch, Monday 10:00 BRT
ENEM_GATES = T0 + 12 * HOUR              # gates open; candidates put phones away
ENEM_START = T0 + 13 * HOUR + 30 * MIN
ENEM_END = T0 + 18 * HOUR + 30 * MIN
TZ = {"BR": -3, "PT": 0, "AO": 1, "MZ": 2}


def digest(*parts: object, n: int = 8) -> bytes:
    return hashlib.blake2b("\x1f".join(str(p) for p in parts).encode(), digest_size=n).digest()


def hnum(*parts: object) -> int:
    return int.from_bytes(digest(*parts), "big")


def hexid(*parts: object, n: int = 8) -> str:
    return digest(*parts, n=n).hex()


def iso(ms: int) -> str:
    s, m = divmod(ms, 1000)
    t = datetime.datetime.fromtimestamp(s, datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{m:03d}Z"


def local(ts: int, tz: int) -> tuple[int, float]:
    """(day index from Sunday 0, fractional local hour) for a UTC ms timestamp."""
    t = (ts - T0) / HOUR + tz + 3
    d = int(t // 24)
    return d, t - 24 * d


# ---------------------------------------------------------------- networks
class Net:
    def __init__(self, name: str, asn: int, kind: str, country: str, prefixes: list[str], hosts: int = 254):
        self.name, self.asn, self.kind, self.country = name, asn, kind, country
        self.prefixes, self.hosts = prefixes, hosts

    def ip(self, *key: object) -> str:
        v = hnum(self.name, *key)
        p = self.prefixes[v % len(self.prefixes)]
        return f"{p}.{1 + (v >> 16) % self.hosts}"


_FIRST = {"BR": [177, 179, 186, 187, 189, 200, 201], "PT": [85, 94, 188, 2], "AO": [102, 105, 197], "MZ": [41, 196, 197]}


def _invented(name: str, country: str, n: int) -> list[str]:
    out = []
    for i in range(n):
        v = hnum("prefix", name, i)
        firsts = _FIRST[country]
        out.append(f"{firsts[v % len(firsts)]}.{(v >> 8) % 256}.{(v >> 16) % 256}")
    return out


CITIES = ["SP", "RJ", "BH", "REC", "POA"]
CITY_W = [0.40, 0.22, 0.14, 0.12, 0.12]

# Brazilian home ISPs (invented): name, asn, home cities
HOME_ISPS = [
    ("Vivaz Fibra", 268120, CITIES), ("ConectaBR Telecom", 262417, CITIES),
    ("Carioca Link", 269012, ["RJ"]), ("Minas Fibra", 266455, ["BH"]),
    ("NordesteNet", 264930, ["REC"]), ("NetSul Banda Larga", 263811, ["POA"]),
    ("Paulista Net", 267702, ["SP"]),
]
CARRIERS = [("Aurora Movel", 265801), ("Celeste Celular", 267333), ("Tupi Mobile", 262990), ("Jaguar 5G", 270144)]

NETS: dict[str, Net] = {}


def _add(net: Net) -> Net:
    NETS[net.name] = net
    return net


for _n, _a, _cs in HOME_ISPS:
    for _c in _cs:
        _add(Net(f"{_n}/{_c}", _a, "home", "BR", _invented(f"{_n}/{_c}", "BR", 24)))
for _n, _a in CARRIERS:
    for _c in CITIES:  # CGNAT: few public addresses shared by many phones
        _add(Net(f"{_n}/{_c}", _a, "mobile", "BR", _invented(f"{_n}/{_c}", "BR", 2), hosts=48))
_add(Net("LusoNet/LIS", 203456, "home", "PT", _invented("LusoNet", "PT", 12)))
_add(Net("Tejo Fibra/LIS", 208871, "home", "PT", _invented("Tejo Fibra", "PT", 8)))
_add(Net("Atlantico Movel/LIS", 207811, "mobile", "PT", _invented("Atlantico Movel", "PT", 2), hosts=40))
_add(Net("Kwanza Telecom/LAD", 327801, "mobile", "AO", _invented("Kwanza Telecom", "AO", 2), hosts=32))
_add(Net("Luanda Fibra/LAD", 327955, "home", "AO", _invented("Luanda Fibra", "AO", 3)))
_add(Net("Indico Movel/MPM", 328122, "mobile", "MZ", _invented("Indico Movel", "MZ", 2), hosts=32))
# academic network (RNP, real AS1916) with one small NAT pool per campus; a private university elsewhere
for _u, _c in [("USP", "SP"), ("UNICAMP", "SP"), ("UFRJ", "RJ"), ("UFMG", "BH"), ("UFPE", "REC"), ("UFRGS", "POA")]:
    _add(Net(f"RNP/{_u}", 1916, "campus", "BR", _invented(f"RNP/{_u}", "BR", 1), hosts=8))
_add(Net("Mackenzie Net/SP", 264611, "campus", "BR", _invented("Mackenzie Net", "BR", 1), hosts=6))
# business ISPs (invented) with small static blocks for offices
_add(Net("Empresarial Link/SP", 264400, "office", "BR", _invented("Empresarial Link/SP", "BR", 6), hosts=6))
_add(Net("Empresarial Link/RJ", 264400, "office", "BR", _invented("Empresarial Link/RJ", "BR", 3), hosts=6))
_add(Net("Corporativa Telecom/BH", 261877, "office", "BR", _invented("Corporativa/BH", "BR", 3), hosts=6))
# real public clouds, hosting and VPN ASNs (prefixes from their published Brazil/EU ranges)
_add(Net("AWS sa-east-1", 16509, "cloud", "BR", ["18.228.14", "18.229.96", "18.231.40", "54.232.77", "54.94.180", "15.228.9", "15.229.61"]))
_add(Net("GCP southamerica-east1", 396982, "cloud", "BR", ["34.95.130", "34.151.212", "35.198.20", "35.199.88", "35.247.229"]))
_add(Net("Azure Brazil South", 8075, "cloud", "BR", ["191.232.165", "191.233.240", "191.234.180", "20.195.166", "20.201.9"]))
_add(Net("Oracle Vinhedo", 31898, "cloud", "BR", ["129.148.23", "144.22.143", "152.67.55"]))
_add(Net("Hetzner", 24940, "hosting", "DE", ["5.75.131", "78.46.91", "88.198.54", "95.216.17", "116.202.112"]))
_add(Net("OVH", 16276, "hosting", "FR", ["51.38.71", "51.68.190", "54.36.108", "137.74.5"]))
_add(Net("DigitalOcean", 14061, "hosting", "US", ["64.225.55", "137.184.70", "143.198.14", "159.89.40"]))
_add(Net("M247 VPN", 9009, "vpn", "BR", ["37.120.213", "89.187.163", "146.70.98", "185.156.174"], hosts=30))
_add(Net("Datacamp VPN", 60068, "vpn", "BR", ["84.17.35", "156.146.62", "212.102.39"], hosts=30))
_add(Net("Cloudflare WARP", 13335, "vpn", "US", ["104.28.38", "104.28.92"], hosts=120))


def home_nets(city: str) -> list[Net]:
    return [n for n in NETS.values() if n.kind == "home" and n.name.endswith("/" + city)]


def carrier_net(carrier: str, city: str) -> Net:
    return NETS[f"{carrier}/{city}"]


# ---------------------------------------------------------------- devices
JA4 = {  # shared TLS fingerprints: everyone on the same browser build looks alike
    "chrome": "t13d1516h2_8daaf6152771_02713d6af862", "edge": "t13d1516h2_8daaf6152771_e5627efa2ab1",
    "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57", "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
    "samsung": "t13d1516h2_8daaf6152771_9b887d9acb53", "headless": "t13d1516h2_8daaf6152771_b1ff8ab2d16f",
}
BROWSER_UA = {
    "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
    "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0",
    "firefox": "Mozilla/5.0 (X11; Linux x86_64; rv:144.0) Gecko/20100101 Firefox/144.0",
    "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.1 Safari/605.1.15",
    "samsung": "Mozilla/5.0 (Linux; Android 15; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36",
    "headless": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
}
PHONES = ["SM-A155M", "SM-A556E", "moto g54 5G", "moto g85", "Redmi Note 13", "iPhone15,3", "iPhone14,7", "SM-S921B", "POCO X6"]
SDK_UA = ["openai-python/2.3.0", "openai-python/1.109.1", "openai-node/5.12.2", "ipe-sdk-python/0.9.4",
          "langchain-openai/0.3.28", "httpx/0.28.1", "curl/8.14.1", "Go-http-client/2.0", "litellm/1.77.3"]


def app_ua(rng: random.Random) -> str:
    ph = rng.choice(PHONES)
    if ph.startswith("iPhone"):
        return f"IpeApp/4.{rng.randint(10, 12)}.{rng.randint(0, 3)} (iOS 26.{rng.randint(0, 1)}; {ph})"
    return f"IpeApp/4.{rng.randint(10, 12)}.{rng.randint(0, 3)} (Android {rng.choice([13, 14, 15])}; {ph})"


class Person:
    """A human's network life: a home line, a phone on a carrier, a browser."""

    def __init__(self, rng: random.Random, key: str, city: str | None = None, country: str = "BR"):
        self.key, self.country = key, country
        if country == "BR":
            self.city = city or rng.choices(CITIES, CITY_W)[0]
            homes = home_nets(self.city)
            self.home = rng.choice(homes)
            self.carrier = carrier_net(rng.choice(CARRIERS)[0], self.city)
        else:
            pool = [n for n in NETS.values() if n.country == country]
            self.city = country
            hs = [n for n in pool if n.kind == "home"] or pool
            ms = [n for n in pool if n.kind == "mobile"] or pool
            self.home, self.carrier = rng.choice(hs), rng.choice(ms)
        self.tz = TZ[country]
        self.home_ip = self.home.ip("home", key)
        self.renew = T0 + rng.randint(0, 2 * DAY) if rng.random() < 0.12 else None  # dynamic IP renewal
        self.install = "inst-" + hexid("install", key, n=10)
        self.app_ua = app_ua(rng)
        self.browser = rng.choices(["chrome", "edge", "firefox", "safari", "samsung"], [55, 12, 6, 15, 12])[0]
        self.homebody = rng.random()

    def home_at(self, ts: int) -> tuple[str, int]:
        if self.renew is not None and ts >= self.renew:
            return self.home.ip("home2", self.key), self.home.asn
        return self.home_ip, self.home.asn

    def mobile_at(self, ts: int) -> tuple[str, int]:
        # CGNAT rotates the public address every so often; the carrier never changes
        return self.carrier.ip("cgnat", self.key, ts // (25 * MIN)), self.carrier.asn

    def phone_at(self, ts: int, away: bool) -> tuple[str, int]:
        return self.mobile_at(ts) if away else self.home_at(ts)

    def away(self, ts: int, rng: random.Random) -> bool:
        d, hr = local(ts, self.tz)
        if hr < 7 or hr >= 21:
            return rng.random() < 0.08
        if d == 0:
            return rng.random() < 0.35 * (1 - self.homebody)
        return rng.random() < 0.6

    def via_app(self, ts: int, rng: random.Random) -> dict:
        ip, asn = self.phone_at(ts, self.away(ts, rng))
        return {"ip": ip, "asn": asn, "ua": self.app_ua, "device": self.install}

    def via_browser(self, ts: int, net: tuple[str, int] | None = None) -> dict:
        ip, asn = net or self.home_at(ts)
        return {"ip": ip, "asn": asn, "ua": BROWSER_UA[self.browser], "device": JA4[self.browser]}
