"""The world of heldout13: the Kestrel API, its regions, networks and identifiers.

Everything here is fixed by the seed: one `World` per run hands out ids, IPs and
shared pools (carrier CGNAT exits, campus NATs, proxy exits) to populations.
"""
from __future__ import annotations

import calendar
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

# Wednesday 18 March 2026, 00:00 UTC. Central Europe is still on winter time
# (UTC+1 until 29 March); North America is already on summer time (since 8 March);
# Mexico has had no DST since 2022.
START_MS = calendar.timegm((2026, 3, 18, 0, 0, 0)) * 1000
DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
SEC = 1000

OLD_MODELS = ("kestrel-4", "kestrel-4-mini", "kestrel-4-reason")
NEW_MODEL = "kestrel-5"


def release_ms(days: int) -> int:
    """kestrel-5 ships at 07:30 UTC (08:30 in Zurich, 02:30 in Lima, 01:30 in
    Mexico City) on the middle day of the window: Thursday for a 2-day run."""
    return START_MS + (days // 2) * DAY + 7 * HOUR + 30 * MIN


def rfc3339(ms: int) -> str:
    d = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (ms % 1000)


# region -> (UTC offset in hours during the window, main language, residential ASNs,
#            mobile ASNs)
REGIONS: dict[str, tuple[int, str, tuple[int, ...], tuple[int, ...]]] = {
    "DE": (1, "de", (3320, 3209, 8881), (3320, 6805, 3209)),
    "AT": (1, "de", (8447, 8412), (8447, 8412)),
    "CH": (1, "de", (3303, 6730), (3303, 6730)),
    "NL": (1, "nl", (33915, 1136), (1136, 33915)),
    "BE": (1, "fr", (5432, 6848), (5432, 12392)),
    "EE": (2, "et", (3249, 2586), (3249, 2586)),
    "LV": (2, "lv", (12578,), (12578, 24921)),
    "LT": (2, "lt", (8764,), (8764, 13194)),
    "SN": (0, "fr", (8346,), (8346, 37196)),
    "CI": (0, "fr", (29571,), (29571, 36974)),
    "CM": (1, "fr", (30992,), (30992, 36912)),
    "QC": (-4, "fr", (5769, 577), (5769, 577)),
    "PE": (-5, "es", (6147, 12252), (12252, 6147)),
    "CO": (-5, "es", (10620, 19429), (27831, 10620)),
    "EC": (-5, "es", (28006, 27947), (27947, 28006)),
    "BO": (-4, "es", (6568,), (6568, 26210)),
    "MX": (-6, "es", (8151, 22884), (28403, 8151)),
    "GT": (-6, "es", (14754,), (14754, 23243)),
}
EUROPE = ("DE", "AT", "CH", "NL", "BE", "EE", "LV", "LT")
DACH = ("DE", "AT", "CH")
FRANCOPHONE = ("SN", "CI", "CM", "QC", "BE")
AFRICA = ("SN", "CI", "CM")
HISPANIC = ("PE", "CO", "EC", "BO", "MX", "GT")

# Hosting / VPN / special networks.
AS_HETZNER, AS_OVH, AS_SCALEWAY, AS_CONTABO = 24940, 16276, 12876, 51167
AS_AWS, AS_GCP, AS_AZURE, AS_DO = 16509, 396982, 8075, 14061
AS_M247, AS_DATACAMP, AS_WARP, AS_STARLINK = 9009, 60068, 13335, 14593
AS_SWITCH, AS_DFN, AS_RENATER = 559, 680, 2200

# Plausible IPv4 /16s per ASN (first two octets). Unknown ASNs get a derived one.
PREFIXES: dict[int, tuple[str, ...]] = {
    3320: ("79.192", "87.150", "91.40", "93.199"), 3209: ("88.64", "95.90", "178.24"),
    8881: ("82.135", "176.199"), 6805: ("89.204", "176.0"), 8447: ("80.108", "91.115"),
    8412: ("89.144", "62.178"), 3303: ("85.0", "178.197", "83.76"), 6730: ("84.72", "212.254"),
    33915: ("84.241", "31.151"), 1136: ("145.53", "77.60"), 5432: ("81.240", "109.128"),
    6848: ("84.192", "94.224"), 12392: ("81.82",), 3249: ("90.190", "84.50"), 2586: ("88.196",),
    12578: ("87.110", "81.198"), 24921: ("78.84",), 8764: ("78.58", "84.15"), 13194: ("88.119",),
    8346: ("41.82", "154.124"), 37196: ("41.214",), 29571: ("41.202", "160.155"), 36974: ("102.67",),
    30992: ("102.244", "129.0"), 36912: ("154.72",), 5769: ("24.200", "70.81"), 577: ("70.52", "184.144"),
    6147: ("190.232", "181.64"), 12252: ("179.6", "190.113"), 10620: ("181.49", "186.30"),
    19429: ("186.28", "190.24"), 27831: ("181.132",), 28006: ("186.46", "181.113"), 27947: ("186.101",),
    6568: ("181.114", "200.87"), 26210: ("161.22",), 8151: ("187.140", "189.203", "201.141"),
    22884: ("187.189", "201.174"), 28403: ("189.245", "187.208"), 14754: ("181.174", "190.56"),
    23243: ("190.106",), AS_HETZNER: ("88.198", "95.216", "135.181", "65.108"),
    AS_OVH: ("51.68", "54.36", "137.74", "147.135"), AS_SCALEWAY: ("51.15", "163.172", "62.210"),
    AS_CONTABO: ("161.97", "173.212", "207.180"), AS_AWS: ("3.64", "3.120", "18.192", "52.28"),
    AS_GCP: ("34.65", "34.159", "35.246"), AS_AZURE: ("20.52", "20.79", "4.210", "172.166"),
    AS_DO: ("164.90", "167.99", "138.68"), AS_M247: ("185.156", "89.46", "37.120"),
    AS_DATACAMP: ("149.102", "212.102", "156.146"), AS_WARP: ("104.28",), AS_STARLINK: ("98.97", "129.222"),
    AS_SWITCH: ("130.59", "129.132", "192.33"), AS_DFN: ("141.20", "134.96", "130.83"),
    AS_RENATER: ("193.54", "195.221"), 376: ("132.204", "132.203"),
}
V6_PREFIX = {3320: "2003:", 3209: "2a02:810", 3303: "2a02:1210", 1136: "2a02:a46",
             AS_SCALEWAY: "2001:bc8", AS_HETZNER: "2a01:4f8", AS_OVH: "2001:41d0"}


def prefixes(asn: int) -> tuple[str, ...]:
    p = PREFIXES.get(asn)
    if p:
        return p
    return ("%d.%d" % (23 + asn % 190, (asn * 7) % 256),)


@dataclass
class Net:
    """How an account reaches the API. mode:
    fixed    - one egress (office NAT, server, campus NAT);
    daily    - a residential line re-addressed every night (German DSL style);
    pool     - a shared set of exits (carrier CGNAT, VPN, proxy pool), one per session;
    rotate   - a fresh exit per request (rotating proxy / CI runner)."""
    mode: str
    exits: list[tuple[str, int]] = field(default_factory=list)
    asns: tuple[int, ...] = ()

    def pick(self, w: "World", r: random.Random, ts: int, session: int) -> tuple[str, int]:
        if self.mode == "fixed":
            return self.exits[0]
        if self.mode == "daily":
            d = (ts - START_MS + 3 * HOUR) // DAY
            while len(self.exits) <= d:
                self.exits.append(w.ip(r.choice(self.asns), r))
            return self.exits[d]
        if self.mode == "pool":
            return self.exits[(session * 7919 + 13) % len(self.exits)]
        return w.ip(r.choice(self.asns), r)


@dataclass
class Account:
    account_id: str
    population: str
    label: str
    campaign: str | None
    region: str
    created_at: int
    net: Net
    org_id: str | None = None
    payment: str | None = None
    devices: list[str | None] = field(default_factory=lambda: [None])
    keys: list[str | None] = field(default_factory=lambda: [None])
    ua: str = "kestrel-python/2.3.1"
    session: int = 0
    extra: dict = field(default_factory=dict)


class World:
    def __init__(self, seed: int, days: int, scale: float):
        self.seed, self.days, self.scale = seed, days, scale
        self.end = START_MS + days * DAY
        self.release = release_ms(days)
        self.r = random.Random("h13-world-%d" % seed)
        self._ids: set[str] = set()
        self.accounts: list[Account] = []
        self._cgnat: dict[int, list[tuple[str, int]]] = {}

    def n(self, base: int, lo: int = 1) -> int:
        return max(lo, int(round(base * self.scale)))

    def hexid(self, prefix: str, nbytes: int = 8) -> str:
        while True:
            s = prefix + "%0*x" % (nbytes * 2, self.r.getrandbits(nbytes * 8))
            if s not in self._ids:
                self._ids.add(s)
                return s

    def ip(self, asn: int, r: random.Random, v6: float = 0.0) -> tuple[str, int]:
        if asn in V6_PREFIX and r.random() < v6:
            p = V6_PREFIX[asn]
            groups = p.rstrip(":").split(":")
            while len(groups) < 4:
                groups.append("%x" % r.getrandbits(16))
            tail = ":".join("%x" % r.getrandbits(16) for _ in range(4))
            return ":".join(groups[:4]) + ":" + tail, asn
        p = r.choice(prefixes(asn))
        return "%s.%d.%d" % (p, r.randrange(0, 256), r.randrange(1, 255)), asn

    def cgnat(self, asn: int) -> list[tuple[str, int]]:
        """Carrier-grade NAT exits of a mobile carrier: a few dozen public addresses
        shared by every subscriber (benign or not) in this world."""
        if asn not in self._cgnat:
            rr = random.Random("h13-cgnat-%d-%d" % (self.seed, asn))
            self._cgnat[asn] = [self.ip(asn, rr) for _ in range(24)]
        return self._cgnat[asn]

    def mobile_net(self, region: str, r: random.Random) -> Net:
        asn = r.choice(REGIONS[region][3])
        pool = self.cgnat(asn)
        return Net("pool", [pool[r.randrange(len(pool))] for _ in range(r.randint(3, 8))])

    def home_net(self, region: str, r: random.Random) -> Net:
        asns = REGIONS[region][2]
        if region == "DE":  # forced nightly re-dial
            return Net("daily", [], (r.choice(asns),))
        return Net("fixed", [self.ip(r.choice(asns), r, v6=0.3)])

    def account(self, pop: str, label: str, campaign: str | None, region: str, created_at: int,
                net: Net, **kw) -> Account:
        a = Account(self.hexid("acct_", 6), pop, label, campaign, region, created_at, net, **kw)
        self.accounts.append(a)
        return a

    def tz(self, region: str) -> int:
        return REGIONS[region][0]

    def lang(self, region: str) -> str:
        return REGIONS[region][1]


# first-party clients and SDKs
UA_WEB = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.65",
)
UA_ANDROID = ("KestrelApp/5.2.0 (Android 14; SM-A546B)", "KestrelApp/5.2.0 (Android 13; SM-A135F)",
              "KestrelApp/5.2.0 (Android 14; Pixel 7a)", "KestrelApp/5.1.4 (Android 12; Redmi Note 11)",
              "KestrelApp/5.2.0 (Android 13; moto g32)", "KestrelApp/5.1.4 (Android 13; TECNO KI5k)")
UA_IOS = ("KestrelApp/5.2.0 (iOS 17.4; iPhone14,7)", "KestrelApp/5.2.0 (iOS 17.3; iPhone13,2)",
          "KestrelApp/5.1.4 (iOS 16.7; iPhone12,8)")
UA_SDK = ("kestrel-python/2.3.1", "kestrel-python/2.2.0", "kestrel-node/1.9.0", "kestrel-go/0.8.2",
          "kestrel-java/1.4.1", "python-httpx/0.27.0", "curl/8.5.0")


def pick_ua(kind: str, r: random.Random) -> str:
    return r.choice({"web": UA_WEB, "android": UA_ANDROID, "ios": UA_IOS, "sdk": UA_SDK}[kind])
