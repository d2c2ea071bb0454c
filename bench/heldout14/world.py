"""The world of heldout14: Rookery's "corvid" API, seen from its edge gateway.

Everything here is deterministic given the random.Random instances passed in.
"""
from __future__ import annotations

import datetime
import math
import random

SEC = 1000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR

# The view opens Friday 22 January 2027, 06:00 UTC.  corvid-3 ships the same
# Friday at 14:10 UTC (a London lab shipping before the weekend).
T0 = int(datetime.datetime(2027, 1, 22, 6, 0, tzinfo=datetime.timezone.utc).timestamp() * 1000)
RELEASE = T0 + 8 * HOUR + 10 * MIN
NEW = "corvid-3"
OLD = "corvid-2.5"
SWIFT = "corvid-2.5-swift"

EP_CHAT = "/v2/respond"
EP_STREAM = "/v2/respond:stream"
EP_BATCH = "/v2/batch"
EP_COUNT = "/v2/count_tokens"


def iso(ms: int) -> str:
    d = datetime.datetime.fromtimestamp(ms // 1000, datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


# ASN -> (name, kind, [(a, b) /16 prefixes])
ASN = {
    2856: ("BT", "res", [(86, 128), (86, 140), (81, 151), (109, 148)]),
    5089: ("Virgin Media", "res", [(82, 1), (86, 2), (92, 232)]),
    5607: ("Sky UK", "res", [(2, 96), (90, 196), (5, 64)]),
    5378: ("Vodafone UK", "mob", [(85, 255), (213, 205)]),
    5466: ("Eir", "res", [(86, 40), (79, 97)]),
    6830: ("Virgin Media IE", "res", [(89, 100), (84, 203)]),
    8551: ("Bezeq", "res", [(79, 176), (85, 64), (109, 64)]),
    12400: ("Partner", "res", [(37, 142), (212, 235)]),
    1680: ("Cellcom IL", "mob", [(31, 168), (37, 26)]),
    16637: ("MTN SA", "mob", [(41, 112), (105, 224)]),
    29975: ("Vodacom", "mob", [(41, 13), (105, 184)]),
    37457: ("Telkom SA", "res", [(41, 144), (197, 229)]),
    37611: ("Afrihost", "res", [(102, 182), (169, 0)]),
    33576: ("Digicel", "mob", [(63, 143), (72, 27)]),
    23520: ("Flow", "res", [(190, 58), (186, 44)]),
    11830: ("ICE", "res", [(201, 191), (186, 176)]),
    14754: ("Tigo GT", "mob", [(181, 114), (190, 56)]),
    7922: ("Comcast", "res", [(73, 32), (98, 200), (24, 0)]),
    7018: ("AT&T", "res", [(99, 96), (107, 200)]),
    11427: ("Spectrum", "res", [(70, 112), (24, 28)]),
    6677: ("Siminn", "res", [(157, 157), (85, 220)]),
    9198: ("Kazakhtelecom", "res", [(2, 132), (95, 56)]),
    35805: ("Silknet", "res", [(188, 129), (94, 240)]),
    786: ("Jisc", "edu", [(129, 67), (131, 111), (193, 60)]),
    2018: ("TENET", "edu", [(137, 158), (146, 141), (155, 232)]),
    378: ("IUCC", "edu", [(132, 64), (132, 72)]),
    16509: ("Amazon", "cloud", [(13, 244), (3, 8), (51, 16)]),
    396982: ("Google Cloud", "cloud", [(34, 89), (35, 246)]),
    8075: ("Microsoft", "cloud", [(20, 26), (51, 140), (20, 217)]),
    24940: ("Hetzner", "cloud", [(49, 12), (88, 198), (5, 75)]),
    16276: ("OVH", "cloud", [(51, 75), (54, 38), (137, 74)]),
    20473: ("Vultr", "cloud", [(45, 76), (149, 28), (207, 148)]),
    14061: ("DigitalOcean", "cloud", [(159, 223), (167, 99), (64, 225)]),
    49505: ("Selectel", "cloud", [(5, 188), (31, 129)]),
    9123: ("Timeweb", "cloud", [(185, 104), (92, 53)]),
    200350: ("Yandex Cloud", "cloud", [(51, 250), (84, 201)]),
    9009: ("M247", "vpn", [(185, 153), (146, 70), (89, 238)]),
    60068: ("Datacamp", "vpn", [(185, 202), (212, 102)]),
    62240: ("Clouvider", "vpn", [(77, 81), (45, 87)]),
    13335: ("Cloudflare WARP", "vpn", [(104, 28)]),
    62044: ("Zscaler", "sse", [(165, 225), (136, 226)]),
}

# region -> (utc offset h, week profile, home ASNs, mobile ASNs, edge pop, languages)
REGIONS = {
    "GB": (0, "west", [2856, 5089, 5607], [5378], "lhr", ["en"]),
    "IE": (0, "west", [5466, 6830], [5466], "dub", ["en"]),
    "IS": (0, "west", [6677], [6677], "lhr", ["en"]),
    "IL": (2, "il", [8551, 12400], [1680, 12400], "tlv", ["en", "he"]),
    "ZA": (2, "west", [37457, 37611], [16637, 29975], "jnb", ["en", "af", "zu"]),
    "JM": (-5, "west", [23520], [33576], "mia", ["en"]),
    "TT": (-4, "west", [23520], [33576], "mia", ["en"]),
    "CR": (-6, "west", [11830], [11830], "mia", ["es"]),
    "GT": (-6, "west", [14754], [14754], "mia", ["es"]),
    "US": (-6, "west", [7922, 7018, 11427], [7018], "dfw", ["en"]),
    "KZ": (5, "west", [9198], [9198], "fra", ["ru", "kk"]),
    "GE": (4, "west", [35805], [35805], "fra", ["ru", "ka"]),
    "RU": (3, "west", [], [], "fra", ["ru"]),
}

# local-hour activity curves (max 1.0)
CURVES = {
    "home": [.10, .06, .04, .03, .03, .05, .12, .25, .35, .45, .55, .62, .75, .70, .60, .58, .60, .70, .85, 1.0, 1.0, .90, .60, .30],
    "office": [.02, .01, .01, .01, .01, .03, .10, .35, .80, 1.0, 1.0, .90, .70, .90, 1.0, .95, .80, .50, .25, .15, .10, .08, .05, .03],
    "student": [.15, .08, .04, .02, .02, .03, .08, .15, .25, .30, .30, .35, .45, .50, .65, .75, .80, .80, .85, 1.0, 1.0, .90, .60, .35],
    "late": [.70, .55, .35, .15, .08, .05, .06, .12, .25, .40, .55, .65, .70, .70, .70, .75, .80, .80, .85, .90, 1.0, 1.0, .95, .85],
    "flat": [1.0] * 24,
    "nightrun": [1.0, 1.0, 1.0, 1.0, 1.0, .95, .80, .60, .45, .40, .40, .40, .40, .40, .40, .45, .50, .55, .60, .70, .80, .90, 1.0, 1.0],
}


def local_hour_wd(ts: int, tz: float) -> tuple[int, int]:
    s = ts // 1000 + int(tz * 3600)
    return (s // 3600) % 24, (s // 86400 + 3) % 7  # Monday = 0


def week_factor(profile: str, wd: int, hour: int, kind: str) -> float:
    """kind 'work' is office-like activity, 'life' is leisure activity."""
    if profile == "il":
        off = wd == 5 or (wd == 4 and hour >= 14)  # Shabbat: Friday afternoon to Saturday
        if wd == 5 and hour >= 18:
            off = False
        half = wd == 4 and hour < 14
    else:
        off = wd >= 5
        half = False
    if kind == "work":
        return 0.12 if off else (0.5 if half else 1.0)
    if kind == "life":
        return 0.45 if (profile == "il" and off and not (wd == 5 and hour >= 18)) else (1.15 if off else 1.0)
    return 1.0


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    k, p, L = 0, 1.0, math.exp(-lam)
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def pick_time(rng, t0, t1, tz, curve, profile, kind):
    c = CURVES[curve]
    t = t0
    for _ in range(300):
        t = rng.randrange(t0, t1)
        h, wd = local_hour_wd(t, tz)
        if rng.random() < c[h] * week_factor(profile, wd, h, kind) / 1.15:
            return t
    return t


def sessions(rng, t0, t1, n, tz, curve, profile, kind, mean_sess, gap_lo, gap_hi):
    """n event times in human sessions: session start by curve, gaps uniform seconds."""
    out = []
    left = n
    while left > 0:
        k = min(left, 1 + int(rng.expovariate(1.0 / max(mean_sess - 1, 0.05))))
        t = pick_time(rng, t0, t1, tz, curve, profile, kind)
        for _ in range(k):
            if t < t1:
                out.append(t)
            t += int(rng.uniform(gap_lo, gap_hi) * 1000)
        left -= k
    out.sort()
    return out


def poisson_times(rng, t0, t1, per_day, tz=0.0, curve="flat"):
    """Non-homogeneous Poisson arrivals (thinning)."""
    if t1 <= t0 or per_day <= 0:
        return []
    c = CURVES[curve]
    rate = per_day / DAY * (24 / sum(c))  # per ms at curve peak
    out, t = [], t0
    while True:
        t += int(rng.expovariate(rate)) + 1
        if t >= t1:
            return out
        h, _ = local_hour_wd(t, tz)
        if rng.random() < c[h]:
            out.append(t)


def rid(rng: random.Random, prefix: str, n: int = 12) -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    return prefix + "".join(alphabet[rng.randrange(36)] for _ in range(n))


def hexid(rng: random.Random, bits: int = 64) -> str:
    return f"{rng.getrandbits(bits):0{bits // 4}x}"


def ip_in(rng: random.Random, asn: int) -> str:
    a, b = rng.choice(ASN[asn][2])
    return f"{a}.{b}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def pool(rng: random.Random, asns: list[int], n: int) -> list[tuple[str, int]]:
    out = []
    for _ in range(n):
        asn = rng.choice(asns)
        out.append((ip_in(rng, asn), asn))
    return out


def passkey(rng):  # console/playground passkeys, synced by a credential provider
    return f"pk:{rng.choice(['icloud', 'icloud', 'gpm', 'gpm', '1pw', 'winhello', 'yubikey'])}:{hexid(rng)}"


def devkey(rng, kind):  # request-signing keys: tpm laptop, se phone, sd android, sw software
    return f"dk:{kind}:{hexid(rng)}"


BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0",
]
MOBILE = [
    "CorvidApp/5.12.1 (iPhone; iOS 18.2; Scale/3.00)",
    "CorvidApp/5.12.1 (iPhone; iOS 17.6.1; Scale/3.00)",
    "CorvidApp/5.12.0 (Android 14; SM-A546E)",
    "CorvidApp/5.11.4 (Android 13; Redmi Note 12)",
    "CorvidApp/5.12.0 (Android 15; Pixel 8)",
]
SDK_PY = ["rookery-python/2.4.0 (CPython 3.11.7; Linux x86_64)", "rookery-python/2.4.0 (CPython 3.12.1; Darwin arm64)",
          "rookery-python/2.3.2 (CPython 3.10.12; Linux x86_64)", "rookery-python/2.4.0 (CPython 3.11.9; Windows AMD64)"]
SDK_NODE = ["rookery-node/4.2.1 (Node 20.11.0; linux x64)", "rookery-node/4.2.1 (Node 22.3.0; darwin arm64)",
            "rookery-node/4.1.0 (Node 18.19.0; linux x64)"]


class Acct:
    __slots__ = ("id", "pop", "label", "campaign", "created", "region", "tz", "profile", "edge", "org",
                 "pay", "device", "keys", "home", "ua", "langs")

    def __init__(self, rng, pop, label, campaign, region, created, *, org=None, pay=None, device=None, ua=None):
        tz, profile, homes, mobs, edge, langs = REGIONS[region]
        self.id = rid(rng, "acct_")
        self.pop, self.label, self.campaign = pop, label, campaign
        self.created = int(created)
        self.region, self.tz, self.profile, self.edge, self.langs = region, tz, profile, edge, langs
        self.org, self.pay, self.device, self.ua = org, pay, device, ua
        self.keys = ["key_" + hexid(rng, 48)]
        if homes:
            asn = rng.choice(homes)
            self.home = (ip_in(rng, asn), asn)
        else:
            self.home = None


def mobile_ip(rng, acct):
    mobs = REGIONS[acct.region][3]
    if not mobs:
        return acct.home
    asn = rng.choice(mobs)
    return ip_in(rng, asn), asn


def aged(rng, lo_days, hi_days, before=T0):
    return before - int(rng.uniform(lo_days, hi_days) * DAY) - rng.randrange(DAY)


class World:
    """Shared infrastructure that several populations (benign and attack) run through."""

    def __init__(self, seed: int, days: float, scale: float, corpus):
        r = random.Random(f"{seed}:world")
        self.seed, self.scale, self.corpus = seed, scale, corpus
        self.t0, self.t1 = T0, T0 + int(days * DAY)
        self.days = days
        # commercial VPN exits, shared by privacy users, sanctioned-region users and abusers
        self.vpn = {asn: pool(r, [asn], 40) for asn in (9009, 60068, 62240)}
        self.warp = pool(r, [13335], 60)
        self.zscaler = pool(r, [62044], 24)
        # Telegram resellers of prepaid credit (sub-accounts share the reseller's funding fingerprint)
        self.resellers = ["reseller:" + hexid(r, 32) for _ in range(4)]
        # exchange hot-wallet clusters that fund many unrelated crypto top-ups
        self.exchange_wallets = [f"crypto:usdt-trc20:{hexid(r, 48)}" for _ in range(3)]
        self.edu_promo = {"ZA": "promo:edu-za-2027", "GB": "promo:edu-uk-2027", "IL": "promo:edu-il-2027"}

    def n(self, base: int) -> int:
        return max(1, int(round(base * self.scale)))

    def vpn_exit(self, rng):
        asn = rng.choice((9009, 9009, 60068, 62240))
        return rng.choice(self.vpn[asn])
