"""The world of "Nil AI": time window, places, networks, clients, daily rhythms.

Window: 00:00 Cairo (UTC+3, Egyptian summer time) on Thursday 17 June 2027,
for 1 or 2 days. nil-3 launches at 20:00 Cairo on day 1 (17:00 UTC).

    UTC    21:00 Wed ............ 17:00 Thu ............ 21:00 Thu ............ 21:00 Fri
    Cairo  00:00 Thu (day 1)      20:00 launch nil-3     00:00 Fri (day 2)      00:00 Sat
"""
from __future__ import annotations

import hashlib
import random
from datetime import datetime, timezone

HOUR = 3_600_000
DAY = 24 * HOUR
START_MS = int(datetime(2027, 6, 16, 21, 0, tzinfo=timezone.utc).timestamp() * 1000)
LAUNCH_MS = START_MS + 20 * HOUR
MODELS_OLD = ("nil-2.5", "nil-2.5-mini", "nil-2")
EMBED_MODEL = "nil-embed-2"
NEW_MODEL = "nil-3"


def h(*parts: object, n: int = 12) -> str:
    """Stable short hex id from parts."""
    return hashlib.blake2b("/".join(map(str, parts)).encode(), digest_size=16).hexdigest()[:n]


def rng(seed: int, name: str) -> random.Random:
    return random.Random(f"{seed}/{name}")


# city -> (utc offset hours in June 2027, country, weekend weekday(s) as ISO numbers)
CITIES = {
    "cairo": (3, "EG"), "alexandria": (3, "EG"), "casablanca": (1, "MA"), "rabat": (1, "MA"),
    "tunis": (1, "TN"), "algiers": (1, "DZ"), "riyadh": (3, "SA"), "dubai": (4, "AE"),
    "paris": (2, "FR"), "toronto": (-4, "CA"),
}
WEEKEND = {"EG": (5, 6), "DZ": (5, 6), "SA": (5, 6), "AE": (6, 7), "MA": (6, 7), "TN": (6, 7),
           "FR": (6, 7), "CA": (6, 7)}

# ASN -> (kind, countries, /16 prefixes). Plausible, not authoritative, allocations.
ASNS = {
    8452: ("isp", "EG", ["41.32", "41.33", "41.34", "156.196", "156.197", "197.34"]),    # TE Data
    36935: ("mobile", "EG", ["102.40", "102.41", "105.196", "105.197"]),               # Vodafone EG
    37069: ("mobile", "EG", ["197.120", "197.121", "41.238"]),                         # Orange EG
    36992: ("mobile", "EG", ["197.48", "197.49", "41.176"]),                           # Etisalat Misr
    24835: ("isp", "EG", ["41.130", "41.131"]),                                        # Vodafone Data
    2561: ("edu", "EG", ["195.43", "193.227"]),                                        # EUN universities
    6713: ("isp", "MA", ["105.154", "105.155", "41.250", "41.251"]),                   # Maroc Telecom
    36925: ("mobile", "MA", ["41.140", "41.141", "196.74"]),                           # inwi
    36884: ("mobile", "MA", ["41.92", "41.93", "160.176"]),                            # Orange Maroc
    37705: ("isp", "TN", ["197.0", "197.1", "102.158"]),                               # Topnet
    37492: ("mobile", "TN", ["41.226", "41.227"]),                                     # Ooredoo TN
    36947: ("isp", "DZ", ["41.96", "41.97", "105.98", "105.101"]),                     # Algerie Telecom
    327712: ("mobile", "DZ", ["154.121", "154.122"]),                                  # Djezzy-ish
    25019: ("isp", "SA", ["37.106", "37.107", "188.48"]),                              # STC
    5384: ("isp", "AE", ["94.200", "94.201", "86.96"]),                                # Etisalat UAE
    15802: ("mobile", "AE", ["5.31", "5.32"]),                                         # du
    3215: ("isp", "FR", ["90.12", "90.13", "86.242"]),                                 # Orange FR
    12322: ("isp", "FR", ["82.64", "82.65", "88.160"]),                                # Free
    812: ("isp", "CA", ["99.224", "99.225", "174.112"]),                               # Rogers
    577: ("isp", "CA", ["70.48", "70.49", "142.112"]),                                 # Bell
    16509: ("dc", "XX", ["3.28", "15.184", "157.175", "16.24"]),                       # AWS
    15169: ("dc", "XX", ["34.18", "34.65", "35.206"]),                                 # Google Cloud
    8075: ("dc", "XX", ["20.74", "20.46", "40.120"]),                                  # Azure
    24940: ("dc", "XX", ["95.216", "135.181", "65.108"]),                              # Hetzner
    16276: ("dc", "XX", ["51.75", "51.77", "141.94"]),                                 # OVH
    14061: ("dc", "XX", ["164.90", "167.99", "206.189"]),                              # DigitalOcean
    9009: ("vpn", "XX", ["185.156", "89.187", "91.90"]),                               # M247 (VPN exits)
    60068: ("vpn", "XX", ["185.76", "212.102", "156.146"]),                            # Datacamp (VPN exits)
    212238: ("vpn", "XX", ["146.70", "149.22"]),                                       # Datacamp/CDN77 exits
}
HOME_ASNS = {"EG": [8452, 24835, 8452, 36935], "MA": [6713, 6713, 36925], "TN": [37705, 37492],
             "DZ": [36947, 36947, 327712], "SA": [25019], "AE": [5384, 15802], "FR": [3215, 12322],
             "CA": [812, 577]}
MOBILE_ASNS = {"EG": [36935, 36935, 37069, 36992], "MA": [36925, 36884, 6713], "TN": [37492],
               "DZ": [327712], "SA": [25019], "AE": [15802], "FR": [3215], "CA": [812]}


def ip_in(r: random.Random, asn: int) -> str:
    pre = r.choice(ASNS[asn][2])
    return f"{pre}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"


def country(city: str) -> str:
    return CITIES[city][1]


# Clients: (user agent template, device kind). Device kind "install" = per-install app id,
# "ja4:<lib>" = TLS fingerprint shared by everyone on that library build.
CLIENTS = {
    "android": ["NilChat/4.12.{v} (Android 13; {m})", "NilChat/4.11.{v} (Android 12; {m})"],
    "ios": ["NilChat/4.12.{v} (iPhone; iOS 17.5)", "NilChat/4.12.{v} (iPhone; iOS 16.7)"],
    "web": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12{v}.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (Linux; Android 13; {m}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/12{v}.0 Mobile Safari/537.36"],
    "py": ["nil-python/1.8.{v}", "OpenAI/Python 1.4{v}.0", "python-httpx/0.27.{v}"],
    "node": ["nil-node/1.6.{v}", "OpenAI/JS 4.5{v}.0"],
    "agent": ["nil-code/0.9.{v} (vscode)", "nil-code/0.9.{v} (jetbrains)", "Continue/0.8.{v}"],
    "curl": ["curl/8.{v}.0", "Go-http-client/2.0", "okhttp/4.12.{v}"],
}
PHONES = ["SM-A145F", "SM-A055F", "Redmi Note 12", "Infinix X6831", "TECNO KI5k", "SM-A346E", "Pixel 7",
          "OPPO A78", "realme C55", "Redmi 13C"]
JA4 = {
    "py": ["t13d1715h2_5b57614c22b0_3d5424432f57", "t13d1812h1_85036bcba153_b26ce05bbdd6"],
    "node": ["t13d1516h2_8daaf6152771_02713d6af862"],
    "agent": ["t13d1516h2_8daaf6152771_e5627efa2ab1"],
    "curl": ["t13d4907h2_0d8feac7bc37_7395dae3b2f3", "t13d1713h2_5b57614c22b0_748f4c70de1c"],
}


def client_identity(r: random.Random, kind: str) -> tuple[str, str]:
    """-> (user_agent, device_id) for a fresh client install of `kind`."""
    ua = r.choice(CLIENTS[kind]).format(v=r.randrange(0, 9), m=r.choice(PHONES))
    if kind in JA4:
        return ua, r.choice(JA4[kind])
    return ua, "inst_" + "%016x" % r.getrandbits(64)


# Daily rhythms: relative weight per local hour 0..23.
RHYTHMS = {
    "chat":    [5, 3, 2, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 7, 7, 8, 9, 10, 11, 12, 11, 8],
    "night":   [9, 7, 5, 3, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 7, 8, 9, 11, 12, 12, 11],
    "office":  [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 2, 6, 10, 11, 11, 8, 9, 10, 9, 7, 4, 2, 1.5, 1, 0.8, 0.6, 0.4],
    "dev":     [3, 2, 1, 0.5, 0.3, 0.3, 0.5, 1, 3, 6, 8, 9, 7, 8, 9, 9, 8, 6, 5, 5, 6, 6, 5, 4],
    "evening": [4, 2, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 2, 3, 3, 3, 3, 3, 4, 5, 6, 9, 11, 12, 12, 10, 7],
    "flat":    [6, 5, 5, 5, 5, 5, 6, 7, 8, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 8, 8, 7],
    "backend": [4, 3, 2, 1, 1, 1, 2, 4, 6, 8, 9, 9, 9, 9, 9, 9, 9, 10, 11, 12, 12, 11, 9, 6],
}


def hour_weights(rhythm: str, city: str, days: int, *, exam: bool = False, launch_boost: float = 0.0,
                 weekend_factor: float = 1.0) -> list[float]:
    """Weight for each UTC hour of the window, as seen by someone in `city` living `rhythm`."""
    off, cc = CITIES[city]
    base = RHYTHMS[rhythm]
    out = []
    for k in range(days * 24):
        t = datetime.fromtimestamp((START_MS + k * HOUR) / 1000 + off * 3600, tz=timezone.utc)
        w = float(base[t.hour])
        wd = t.isoweekday()
        if wd in WEEKEND[cc]:
            w *= weekend_factor
            if rhythm in ("chat", "night", "evening"):  # weekend: later mornings, longer evenings
                w = float(base[(t.hour - 2) % 24]) * 1.1
        if cc in ("EG", "DZ", "SA") and wd == 5 and t.hour in (12, 13):
            w *= 0.35  # Friday prayer
        if exam and cc == "EG":
            if wd == 4 and 0 <= t.hour <= 2:
                w *= 1.8   # last-night cram before the maths paper
            elif wd == 4 and 9 <= t.hour <= 11:
                w *= 0.08  # in the exam hall, phones confiscated
            elif wd == 4 and 12 <= t.hour <= 15:
                w *= 2.2   # comparing answers after the paper
            elif wd == 5 and t.hour >= 17:
                w *= 1.7   # cramming for Saturday's physics paper
        if launch_boost and START_MS + k * HOUR >= LAUNCH_MS:
            since = (START_MS + k * HOUR - LAUNCH_MS) / HOUR
            w *= 1 + launch_boost * 2.718 ** (-since / 5)
        out.append(w)
    return out


def rfc3339(ms: int) -> str:
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"
