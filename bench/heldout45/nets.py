"""Networks (invented ISPs, real clouds/Starlink/VPN hosts), people's connectivity, devices."""
from __future__ import annotations

from dataclasses import dataclass, field

from .world import COUNTRY, digest, hexid, in_outage, outage_windows


@dataclass(frozen=True)
class Net:
    name: str
    asn: int
    kind: str  # home, mobile, uni, office, cowork, cloud, starlink, vpn
    prefixes: tuple[str, ...]  # "a.b.c" /24s

    def ip(self, k: int) -> str:
        p = self.prefixes[k % len(self.prefixes)]
        return f"{p}.{2 + (k // len(self.prefixes)) % 252}"


_USED: dict[str, str] = {}
_FIRST = {"UA": (31, 37, 46, 77, 91, 93, 176, 178, 188, 194), "LT": (78, 84, 88, 213), "LV": (80, 87, 159, 195),
          "EE": (62, 90, 193), "PL": (31, 83, 89, 109), "DE": (84, 87, 91, 217), "CZ": (46, 78, 89, 185)}


def _prefixes(name: str, country: str, n: int) -> tuple[str, ...]:
    out = []
    i = 0
    while len(out) < n:
        d = digest("prefix", name, i)
        firsts = _FIRST[country]
        p = f"{firsts[d % len(firsts)]}.{(d >> 8) % 254 + 1}.{(d >> 16) % 254 + 1}"
        i += 1
        if p in _USED:
            continue
        _USED[p] = name
        out.append(p)
    return tuple(out)


def _net(name: str, asn: int, kind: str, country: str, n: int) -> Net:
    return Net(name, asn, kind, _prefixes(name, country, n))


# --- invented access networks -----------------------------------------------------------------
HOME = {
    "Kyiv": [_net("KyivOptic", 203114, "home", "UA", 24), _net("Volnet Home", 196840, "home", "UA", 30)],
    "Lviv": [_net("LvivLink", 204377, "home", "UA", 12), _net("Volnet Home W", 196841, "home", "UA", 10)],
    "Kharkiv": [_net("Slobozhanska Merezha", 210562, "home", "UA", 10), _net("Volnet Home E", 196842, "home", "UA", 8)],
    "Dnipro": [_net("Dnipro Fiber", 207931, "home", "UA", 10)],
    "Odesa": [_net("Prychornomor Net", 209418, "home", "UA", 10)],
    "Vilnius": [_net("Gintaras Net", 212770, "home", "LT", 10), _net("Neris Kabelis", 205016, "home", "LT", 8)],
    "Riga": [_net("Daugava Telekom", 206338, "home", "LV", 10)],
    "Tallinn": [_net("Toompea Net", 211505, "home", "EE", 10)],
    "Warsaw": [_net("Wisla Swiatlowod", 208877, "home", "PL", 14)],
    "Berlin": [_net("Spree Kabel", 202990, "home", "DE", 14)],
    "Prague": [_net("Vltava Net", 213844, "home", "CZ", 10)],
}
MOBILE = {
    "UA": [_net("Zorya Mobile", 198300, "mobile", "UA", 6), _net("Stepovyi Zviazok", 199411, "mobile", "UA", 5),
           _net("Karpaty Cell", 200522, "mobile", "UA", 3)],
    "LT": [_net("Nemunas Mobile", 201633, "mobile", "LT", 3)],
    "LV": [_net("Gauja Mobile", 202744, "mobile", "LV", 3)],
    "EE": [_net("Parnu Mobiil", 203855, "mobile", "EE", 2)],
    "PL": [_net("Mazowsze GSM", 204966, "mobile", "PL", 3)],
    "DE": [_net("Havel Funk", 205077, "mobile", "DE", 3)],
    "CZ": [_net("Morava Mobil", 206188, "mobile", "CZ", 2)],
}
UNIS = {
    "KPI": ("Kyiv", _net("KPI campus", 210701, "uni", "UA", 2)),
    "KNU": ("Kyiv", _net("KNU Shevchenko campus", 210702, "uni", "UA", 2)),
    "LNU": ("Lviv", _net("Lviv University net", 210703, "uni", "UA", 1)),
    "KhNURE": ("Kharkiv", _net("KhNURE net", 210704, "uni", "UA", 1)),
    "VU": ("Vilnius", _net("Vilnius University LITNET", 210705, "uni", "LT", 2)),
    "LU": ("Riga", _net("University of Latvia net", 210706, "uni", "LV", 1)),
    "TalTech": ("Tallinn", _net("TalTech EENet", 210707, "uni", "EE", 1)),
}
BUSINESS = {"UA": _net("UA Business Fiber", 197770, "office", "UA", 20), "LT": _net("Baltic Biz LT", 197771, "office", "LT", 4),
            "LV": _net("Baltic Biz LV", 197772, "office", "LV", 4), "EE": _net("Baltic Biz EE", 197773, "office", "EE", 4)}
COWORK_NET = _net("Nezlamnist Cowork Uplinks", 199990, "cowork", "UA", 4)

# --- real public networks -------------------------------------------------------------------
CLOUD = {
    "aws": Net("AWS eu-central-1", 16509, "cloud", ("3.120.181", "18.192.44", "52.28.203", "3.72.9", "18.156.77")),
    "gcp": Net("GCP europe-west3", 396982, "cloud", ("34.89.144", "35.234.77", "34.159.12")),
    "azure": Net("Azure Germany West Central", 8075, "cloud", ("20.52.133", "51.116.150", "20.79.64")),
    "hetzner": Net("Hetzner", 24940, "cloud", ("65.108.70", "95.216.14", "135.181.33", "49.12.201", "116.203.88")),
    "ovh": Net("OVH", 16276, "cloud", ("51.68.190", "54.37.212", "141.94.77", "51.75.142")),
    "do": Net("DigitalOcean FRA1", 14061, "cloud", ("164.90.160", "46.101.112", "138.68.91")),
}
STARLINK = Net("Starlink", 14593, "starlink", ("98.97.56", "98.97.57", "129.222.88", "143.105.160", "143.105.161"))
VPN = [Net("M247 (VPN exits)", 9009, "vpn", ("185.236.200", "146.70.117", "37.120.206")),
       Net("Datacamp/CDN77 (VPN exits)", 60068, "vpn", ("89.187.185", "156.146.59", "212.102.51")),
       Net("Clouvider (VPN exits)", 62240, "vpn", ("45.134.140", "91.132.139"))]


def home_nets(city: str) -> list[Net]:
    return HOME[city]


# --- people: where a person connects from at a given moment -----------------------------------
@dataclass
class Person:
    city: str
    home: Net
    home_k: int
    carrier: Net  # a phone keeps its SIM's carrier
    queue: int
    starlink_k: int | None
    cowork_k: int | None
    outages: list = field(default_factory=list)


def person(rng, city: str, days: int) -> Person:
    ctry = COUNTRY[city]
    home = rng.choice(HOME[city])
    carriers = MOBILE[ctry]
    carrier = carriers[min(len(carriers) - 1, int(rng.random() ** 1.3 * len(carriers)))]
    queue = rng.randrange(3)
    ua = ctry == "UA"
    p = Person(city, home, rng.randrange(1 << 20), carrier, queue,
               rng.randrange(400) if ua and rng.random() < 0.12 else None,
               (digest("cowork", city, rng.randrange(3)) % 9) if ua and rng.random() < 0.35 else None)
    p.outages = outage_windows(city, queue, days)
    return p


def connect(p: Person, ts: int, device: str, rng) -> tuple[str, int]:
    """(ip, asn) for a person on `device` ('phone' or 'laptop') at `ts`."""
    dark = in_outage(p.outages, ts)
    if device == "phone":
        if not dark and rng.random() < 0.55:
            return p.home.ip(p.home_k), p.home.asn
        return p.carrier.ip(rng.randrange(1500)), p.carrier.asn  # CGNAT pool
    if not dark:
        return p.home.ip(p.home_k), p.home.asn
    if p.starlink_k is not None:
        return STARLINK.ip(p.starlink_k * 7 + rng.randrange(3)), STARLINK.asn
    if p.cowork_k is not None:
        return cowork_ip(p.city, p.cowork_k), COWORK_NET.asn
    return p.carrier.ip(rng.randrange(1500)), p.carrier.asn  # phone hotspot


def cowork_ip(city: str, k: int) -> str:
    return COWORK_NET.ip(digest("cowork-ip", city, k) % 400)


# --- devices -------------------------------------------------------------------------------
BROWSERS = [  # (ua, shared TLS fingerprint of the build)
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36", 30),
    ("Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36", 22),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1", 16),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15", 8),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0", 7),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0", 9),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0", 5),
]


def tls_fp(ua: str) -> str:
    return "ja4_t13d" + hexid("tls", ua, n=24)


def browser(rng) -> tuple[str, str]:
    ua = rng.choices([b[0] for b in BROWSERS], weights=[b[1] for b in BROWSERS])[0]
    return ua, tls_fp(ua)


def app_install(rng, owner: str) -> tuple[str, str]:
    if rng.random() < 0.6:
        ua = f"DniproApp/3.{rng.choice((8, 9, 9, 10))}.{rng.randrange(4)} (Android {rng.choice((12, 13, 14, 15))})"
    else:
        ua = f"DniproApp/3.{rng.choice((9, 10, 10))}.{rng.randrange(3)} (iOS {rng.choice(('17.6', '18.4', '18.5'))})"
    return ua, "inst-" + hexid("install", owner, rng.random(), n=20)


def ide_plugin(rng, owner: str) -> tuple[str, str]:
    ua = f"dnipro-vscode/1.{rng.choice((14, 15, 15, 16))}.{rng.randrange(3)} VSCode/1.10{rng.randrange(2, 5)}.0"
    if rng.random() < 0.3:
        ua = f"dnipro-jetbrains/0.{rng.choice((21, 22))}.1 IntelliJ/2027.1"
    return ua, "ide-" + hexid("ide", owner, rng.random(), n=20)


SDK_UAS = ["dnipro-python/1.41.0", "dnipro-python/1.39.2", "dnipro-node/4.60.1", "python-httpx/0.28.1",
           "langchain-dnipro/0.3.4", "curl/8.5.0", "Go-http-client/2.0", "okhttp/4.12.0"]
