"""World constants and helpers for heldout8: time, networks, clients, ids, tokens.

Standard library only. Every random choice goes through a random.Random that the
caller passes in, so a seed gives the same output on every run.
"""
from __future__ import annotations

import json
import math
import random

# ---------------------------------------------------------------- time
# Trace starts Tuesday 2026-02-10 00:00 UTC (no DST anywhere in the world model:
# US DST starts 2026-03-08, India and the Gulf have none).
T0 = 1770681600000  # 2026-02-10T00:00:00Z, a Tuesday
HOUR = 3_600_000
DAY = 24 * HOUR
MIN = 60_000
# atlas-3 goes live Tuesday 10:00 Pacific = 18:00 UTC (23:30 in India, 22:00 in Dubai).
RELEASE = T0 + 18 * HOUR
T0_WEEKDAY = 1  # Monday=0 -> Tuesday

MODELS_OLD = ("atlas-2-large", "atlas-2-mini")
MODEL_NEW = "atlas-3"
MODEL_EMBED = "atlas-embed-2"

# Time zones (hours from UTC).
TZ = {
    "us_east": -5.0, "us_central": -6.0, "us_pacific": -8.0,
    "india": 5.5, "uae": 4.0, "ksa": 3.0,
}

# Hourly activity profiles in local time (24 weights).
PROFILES = {
    # ordinary person: quiet at night, working day plus an evening bump
    "person": [1, .6, .4, .3, .3, .5, 1, 2, 3.5, 5, 6, 6, 5, 5.5, 6, 6, 5.5, 5, 5, 5.5, 6, 5.5, 4, 2],
    "office": [.2, .1, .1, .1, .1, .2, .5, 2, 6, 9, 10, 10, 7, 8, 10, 10, 9, 6, 3, 1.5, 1, .8, .5, .3],
    "student": [3, 2, 1, .3, .2, .2, .3, 1, 3, 6, 7, 6, 4, 5, 7, 7, 6, 5, 5, 6, 7, 7, 6, 5],
    "evening": [2, 1, .5, .3, .2, .2, .5, 1, 1.5, 2, 2.5, 3, 3, 3, 3, 3, 3.5, 4, 6, 8, 9, 8, 6, 4],
    "school_app": [.5, .3, .2, .2, .3, .8, 2, 4, 6, 7, 7, 6, 5, 5, 6, 7, 8, 9, 10, 10, 9, 6, 3, 1.5],
    "flat": [1] * 24,
    # an operator who restarts jobs in the morning and lets them run into the night
    "ops": [3, 3, 3, 2.5, 2.5, 2, 2, 2.5, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4.5, 4.5, 4, 4, 3.5, 3.5],
}


def weekday(local_day_index: int) -> int:
    return (T0_WEEKDAY + local_day_index) % 7


def cum(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


_PROFILE_CUM = {k: cum(v) for k, v in PROFILES.items()}


def local_day_start(day: int, tz: float) -> int:
    """UTC ms at which local calendar day `day` (0 = trace's first UTC date) begins."""
    return T0 + day * DAY - int(tz * HOUR)


def session_times(rng: random.Random, day: int, tz: float, profile: str, n: int,
                  sess_mean: float = 5.0, gap_mean_s: float = 70.0, gap_min_s: float = 4.0) -> list[int]:
    """n request times on local day `day`, grouped in sessions placed by the hourly profile."""
    if n <= 0:
        return []
    cw = _PROFILE_CUM[profile]
    base = local_day_start(day, tz)
    out: list[int] = []
    while len(out) < n:
        hour = rng.choices(range(24), cum_weights=cw)[0]
        t = base + hour * HOUR + rng.randrange(HOUR)
        k = min(n - len(out), 1 + int(rng.expovariate(1.0 / max(sess_mean - 1, 0.01))))
        for _ in range(k):
            out.append(t)
            t += int((gap_min_s + rng.expovariate(1.0 / gap_mean_s)) * 1000)
    return out


def in_window(ts: int, days: int) -> bool:
    return T0 <= ts < T0 + days * DAY


def lognorm_int(rng: random.Random, median: float, sigma: float, lo: int = 0, hi: int = 10**9) -> int:
    return max(lo, min(hi, int(round(median * math.exp(rng.gauss(0, sigma))))))


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


# ---------------------------------------------------------------- ids
def hexid(rng: random.Random, n: int = 12) -> str:
    return "%0*x" % (n, rng.getrandbits(4 * n))


class Ids:
    """Unique account / org ids across populations."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.seen: set[str] = set()

    def new(self, prefix: str, n: int = 12) -> str:
        while True:
            v = prefix + hexid(self.rng, n)
            if v not in self.seen:
                self.seen.add(v)
                return v


# ---------------------------------------------------------------- networks
# ASN -> (name, list of /16 prefixes the generator draws addresses from).
# Prefixes are illustrative, not authoritative allocations.
ASNS = {
    # US residential / business ISPs
    7922: ("Comcast", ["73.12", "73.158", "98.207", "24.60", "76.104"]),
    20115: ("Charter", ["71.84", "47.144", "66.190", "97.91"]),
    701: ("Verizon Fios", ["108.28", "71.251", "100.11", "173.71"]),
    7018: ("AT&T", ["99.37", "107.210", "76.250", "12.145"]),
    22773: ("Cox", ["68.98", "70.189", "98.174"]),
    21928: ("T-Mobile US", ["172.56", "172.58", "172.59"]),
    # India
    55836: ("Reliance Jio", ["49.36", "49.37", "157.32", "106.193", "152.58"]),
    24560: ("Bharti Airtel", ["122.161", "182.69", "106.215", "223.187"]),
    24309: ("Atria Convergence (ACT)", ["49.205", "106.51", "183.82", "49.207"]),
    17488: ("Hathway", ["103.220", "115.99", "183.83"]),
    9829: ("BSNL", ["117.200", "59.94", "117.239"]),
    2697: ("ERNET India", ["14.139"]),
    # Gulf
    5384: ("Etisalat (e&)", ["94.200", "86.96", "2.50", "5.195"]),
    15802: ("du", ["94.205", "2.49", "91.73"]),
    25019: ("Saudi Telecom (stc)", ["37.104", "51.36", "95.186"]),
    35819: ("Mobily", ["5.31", "188.51", "37.42"]),
    # clouds, GPU clouds, secure web gateway
    16509: ("Amazon AWS", ["3.28", "3.29", "13.232", "15.184", "43.204", "52.66"]),
    8075: ("Microsoft Azure", ["20.192", "4.213", "20.204", "52.172"]),
    396982: ("Google Cloud", ["34.93", "35.200", "34.131", "34.86"]),
    20473: ("Vultr (GPU cloud)", ["45.32", "45.76", "149.28", "155.138"]),
    16276: ("OVHcloud", ["51.81", "51.222", "147.135"]),
    24940: ("Hetzner", ["65.108", "5.161", "138.201"]),
    62044: ("Zscaler", ["165.225", "136.226"]),
}

REGION_ISPS = {
    "us": [(7922, 30), (20115, 22), (701, 15), (7018, 20), (22773, 8)],
    "india": [(55836, 35), (24560, 30), (24309, 20), (17488, 8), (9829, 7)],
    "gulf": [(5384, 40), (15802, 30), (25019, 20), (35819, 10)],
}
REGION_MOBILE = {"us": [(21928, 50), (7018, 30), (701, 20)], "india": [(55836, 60), (24560, 40)],
                 "gulf": [(5384, 45), (15802, 35), (35819, 20)]}
REGION_TZ = {
    "us": [("us_east", 50), ("us_central", 25), ("us_pacific", 25)],
    "india": [("india", 1)],
    "gulf": [("uae", 65), ("ksa", 35)],
}


def wchoice(rng: random.Random, pairs):
    items = [p[0] for p in pairs]
    return rng.choices(items, weights=[p[1] for p in pairs])[0]


def ip_in(rng: random.Random, asn: int, subnet: str | None = None) -> str:
    if subnet is not None:
        return f"{subnet}.{rng.randrange(2, 254)}"
    p = rng.choice(ASNS[asn][1])
    return f"{p}.{rng.randrange(0, 256)}.{rng.randrange(2, 254)}"


def subnet_in(rng: random.Random, asn: int) -> str:
    p = rng.choice(ASNS[asn][1])
    return f"{p}.{rng.randrange(0, 256)}"


# ---------------------------------------------------------------- clients
# device_id semantics in this world (see README):
#   "mid:<hex>"  the official SDKs send a hash of the host's /etc/machine-id. VMs and
#                dev containers cloned from one golden image share it.
#   "web:<hex>"  the web console / mobile app sends its per-browser-profile (per-install) id.
#   None         raw HTTP clients (curl, httpx, requests, Go) send nothing.
PY_SDK = ["1.49.2", "1.50.0", "1.51.1", "1.52.0"]
NODE_SDK = ["4.17.0", "4.19.2", "4.20.1"]
PY_VERS = ["3.10.12", "3.11.7", "3.11.9", "3.12.1", "3.12.2"]
OSES = ["Linux", "Darwin", "Windows"]


def ua_py(rng, ver=None, os_=None, pyv=None):
    return f"atlas-python/{ver or rng.choice(PY_SDK)} ({os_ or rng.choice(OSES)}; CPython {pyv or rng.choice(PY_VERS)})"


def ua_node(rng, ver=None):
    return f"atlas-node/{ver or rng.choice(NODE_SDK)} (node v{rng.choice(['18.19.0', '20.11.0', '20.11.1', '21.6.1'])}; {rng.choice(['linux x64', 'darwin arm64', 'win32 x64'])})"


BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:122.0) Gecko/20100101 Firefox/122.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.0.0",
]
BROWSER_W = [30, 8, 14, 10, 6, 4, 8]
MOBILE_APPS = [
    "AtlasChat/3.4.1 (iPhone; iOS 17.3; Scale/3.00)",
    "AtlasChat/3.4.1 (iPhone; iOS 17.2.1; Scale/3.00)",
    "AtlasChat/3.4.0 (Android 14; SM-S918B)",
    "AtlasChat/3.4.1 (Android 13; Redmi Note 12 Pro)",
    "AtlasChat/3.4.1 (Android 14; Pixel 7)",
]
RAW_HTTP = ["curl/8.5.0", "curl/7.81.0", "python-requests/2.31.0", "python-httpx/0.26.0", "python-httpx/0.27.0",
            "Go-http-client/2.0", "axios/1.6.5"]


def browser(rng):
    return rng.choices(BROWSERS, weights=BROWSER_W)[0]


# ---------------------------------------------------------------- tokens
def ntok(text: str | None) -> int:
    if not text:
        return 0
    n = len(text)
    asc = len(text.encode("ascii", "ignore"))
    return max(1, int(asc / 3.9 + (n - asc) / 1.6))


# ---------------------------------------------------------------- events
class Sink:
    """Collects (ts, event_id, json line) for one population."""

    def __init__(self, rng: random.Random, days: int):
        self.rng = rng
        self.days = days
        self.rows: list[tuple[int, str, str]] = []

    def emit(self, acct: dict, ts: int, *, prompt: str | None, system: str | None, model: str, endpoint: str,
             completion_tokens: int, ip: str | None, asn: int | None, ua: str | None, device: str | None,
             status: int = 200, key: str | None = None, org: str | None = "__acct__",
             payment: str | None = "__acct__", extra_prompt_tokens: int = 0) -> bool:
        if not in_window(ts, self.days):
            return False
        if ts < acct["created_at"]:
            return False
        eid = "evt_" + hexid(self.rng, 20)
        pt = ntok(prompt) + ntok(system) + extra_prompt_tokens + (8 if system else 4)
        ct = completion_tokens if status == 200 else 0
        ev = {
            "event_id": eid,
            "ts": ts,
            "account_id": acct["id"],
            "prompt_tokens": pt,
            "completion_tokens": max(0, int(ct)),
            "model": model,
            "endpoint": endpoint,
            "prompt": prompt,
            "system_prompt": system,
            "status": status,
            "org_id": acct.get("org") if org == "__acct__" else org,
            "api_key_id": key or (acct["keys"][0] if acct.get("keys") else None),
            "ip": ip,
            "asn": asn,
            "user_agent": ua,
            "device_id": device,
            "payment_fingerprint": acct.get("payment") if payment == "__acct__" else payment,
            "account_created_at": acct["created_at"],
        }
        self.rows.append((ts, eid, json.dumps(ev, ensure_ascii=False, separators=(",", ":"))))
        acct["n"] = acct.get("n", 0) + 1
        return True


def status_of(rng: random.Random, p429: float = 0.006, p400: float = 0.002, p500: float = 0.001) -> int:
    r = rng.random()
    if r < p429:
        return 429
    if r < p429 + p400:
        return 400
    if r < p429 + p400 + p500:
        return 500
    return 200


def new_account(ids: Ids, rng: random.Random, *, label: str, population: str, campaign: str | None,
                created_at: int, **kw) -> dict:
    a = {"id": ids.new("acct_"), "label": label, "population": population, "campaign": campaign,
         "created_at": int(created_at), "keys": [ids.new("key_", 16) for _ in range(kw.pop("nkeys", 1))]}
    a.update(kw)
    return a
