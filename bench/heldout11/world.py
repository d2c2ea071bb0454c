"""Shared machinery of the heldout11 world: clock, RNGs, ids, networks, schedules
and the event sink. Standard library only."""
from __future__ import annotations

import hashlib
import math
import random
from datetime import datetime, timezone

from prompts import tok

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
# Week of Tuesday 9 June 2026 (southern winter: no DST in Oceania/LatAm).
START_MS = int(datetime(2026, 6, 9, tzinfo=timezone.utc).timestamp() * 1000)
assert datetime(2026, 6, 9).weekday() == 1
# "kestrel-3" ships at 23:40 UTC on day 0 (08:40 Tokyo/Seoul, 09:40 Sydney on Wednesday).
RELEASE_MS = START_MS + 23 * HOUR_MS + 40 * 60_000

OLD_MODELS = (("kestrel-2.5", 0.68), ("kestrel-2.5-flash", 0.32))
NEW_MODELS = (("kestrel-3", 0.78), ("kestrel-3-think", 0.22))


def rng(seed: int, name: str) -> random.Random:
    return random.Random(f"{seed}:{name}")


def hid(*parts: object, n: int = 12) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16).hexdigest()[:n]


def pois(r: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(round(r.gauss(lam, math.sqrt(lam)))))
    l, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= r.random()
        if p <= l:
            return k
        k += 1


def wchoice(r: random.Random, pairs):
    return r.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


# ---- networks: key -> (asn, IPv4 /16 prefixes, optional IPv6 /32) --------------
ASNS = {
    # residential / mobile
    "claro_br": (28573, ["177.94", "179.216", "187.106"], None), "vivo": (26599, ["177.68", "187.56"], "2804:7f0"),
    "tim": (26615, ["191.34", "191.245"], "2804:214"), "oi": (7738, ["189.6", "200.165"], None),
    "telmex": (8151, ["187.188", "189.203"], None), "telcel": (28403, ["189.145", "201.144"], None),
    "telecom_ar": (7303, ["181.46", "190.192"], None), "movistar_ar": (22927, ["186.136", "190.138"], None),
    "claro_co": (10620, ["181.49", "186.29"], None), "etb": (19429, ["181.58", "190.26"], None),
    "movistar_cl": (7418, ["190.160", "200.83"], None), "vtr": (22047, ["190.5", "201.214"], None),
    "mtn_ng": (29465, ["102.89", "105.112"], None), "airtel_ng": (36873, ["105.113", "197.210"], None),
    "glo": (37148, ["102.91", "197.211"], None), "spectranet": (37340, ["102.88", "129.205"], None),
    "mtn_gh": (30986, ["102.176", "154.160"], None), "vodafone_gh": (29614, ["41.66", "41.215"], None),
    "sonatel": (8346, ["41.82", "41.214"], None),
    "orange_pl": (5617, ["83.24", "83.28", "31.0"], "2a01:110f"), "netia": (12741, ["89.69", "91.227"], None),
    "play": (39603, ["37.47", "37.248"], None), "o2_cz": (5610, ["90.176", "94.112"], None),
    "rds": (8708, ["5.12", "86.120"], "2a02:2f00"), "kyivstar": (15895, ["46.211", "93.72"], None),
    "ukrtelecom": (6849, ["176.36", "195.5"], None),
    "ocn": (4713, ["114.145", "153.205"], "2400:4050"), "kddi": (2516, ["106.130", "111.98"], "2001:268"),
    "softbank": (17676, ["126.12", "126.36"], "2400:2410"),
    "kt": (4766, ["121.134", "175.192"], None), "skb": (9318, ["1.224", "218.38"], None),
    "lgu": (17858, ["106.101", "117.111"], None),
    "telstra": (1221, ["101.160", "110.142"], "2001:8003"), "tpg": (7545, ["110.174", "124.168"], None),
    "optus": (4804, ["49.180", "120.22"], None), "spark": (4771, ["122.56", "125.236"], None),
    "one_nz": (9500, ["27.252", "115.189"], None),
    # education networks
    "rnp": (1916, ["143.107", "200.130"], None), "unam": (278, ["132.247", "132.248"], None),
    "ngren": (37682, ["196.220"], None), "pionier": (8501, ["149.156", "150.254"], None),
    "kreonet": (1237, ["147.46", "147.47"], None), "aarnet": (7575, ["129.78", "130.56"], None),
    # cloud / hosting / egress
    "aws": (16509, ["18.228", "52.67", "54.94", "3.145"], None), "gcp": (396982, ["34.95", "35.199"], None),
    "azure": (8075, ["20.197", "40.74", "191.232"], None), "oracle": (31898, ["129.151", "144.22"], None),
    "hetzner": (24940, ["65.21", "88.198", "95.217"], None), "ovh": (16276, ["51.68", "54.38"], None),
    "digitalocean": (14061, ["64.225", "159.203"], None), "vultr": (20473, ["45.77", "149.28"], None),
    "sakura": (9370, ["153.127", "160.16"], None), "gmo": (7506, ["150.95", "157.7"], None),
    "naver": (23576, ["49.50", "101.101"], None), "locaweb": (27715, ["186.202", "187.45"], None),
    "contabo": (51167, ["62.171", "173.212"], None), "akamai": (63949, ["172.104", "139.162"], None),
    "zscaler": (53813, ["165.225", "136.226"], None), "ghactions": (8075, ["20.102", "4.175"], None),
}

# region -> (utc offset h, residential nets, mobile nets, language)
REGIONS = {
    "BR": (-3, ["claro_br", "vivo", "oi"], ["tim", "vivo"], "pt"), "MX": (-6, ["telmex"], ["telcel"], "es"),
    "AR": (-3, ["telecom_ar"], ["movistar_ar"], "es"), "CO": (-5, ["claro_co", "etb"], ["claro_co"], "es"),
    "CL": (-4, ["movistar_cl", "vtr"], ["movistar_cl"], "es"),
    "NG": (1, ["spectranet"], ["mtn_ng", "airtel_ng", "glo"], "en"), "GH": (0, ["vodafone_gh"], ["mtn_gh"], "en"),
    "SN": (0, ["sonatel"], ["sonatel"], "fr"), "PL": (2, ["orange_pl", "netia"], ["play"], "pl"),
    "CZ": (2, ["o2_cz"], ["o2_cz"], "cs"), "RO": (3, ["rds"], ["rds"], "ro"),
    "UA": (3, ["kyivstar", "ukrtelecom"], ["kyivstar"], "uk"),
    "JP": (9, ["ocn", "kddi"], ["softbank", "kddi"], "ja"), "KR": (9, ["kt", "skb"], ["lgu", "kt"], "ko"),
    "AU": (10, ["telstra", "tpg"], ["optus", "telstra"], "en"), "NZ": (12, ["spark"], ["one_nz"], "en"),
}
REGION_W = {"BR": 14, "MX": 9, "AR": 5, "CO": 4, "CL": 3, "NG": 8, "GH": 3, "SN": 2, "PL": 7, "CZ": 3,
            "RO": 3, "UA": 3, "JP": 12, "KR": 9, "AU": 9, "NZ": 3}


def pick_region(r: random.Random, allowed=None) -> str:
    keys = [k for k in REGION_W if allowed is None or k in allowed]
    return r.choices(keys, [REGION_W[k] for k in keys])[0]


def ip_in(r: random.Random, net: str, v6: float = 0.0) -> tuple[str, int]:
    asn, v4, six = ASNS[net]
    if six and r.random() < v6:
        return f"{six}:{r.randrange(65536):x}:{r.randrange(65536):x}::{r.randrange(1, 65536):x}", asn
    return f"{r.choice(v4)}.{r.randrange(256)}.{r.randrange(1, 255)}", asn


# ---- schedules: 24 weights by LOCAL hour --------------------------------------
PROFILES = {
    "evening": [2, 1, 1, .5, .5, .5, 1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 6, 8, 9, 10, 9, 7, 4],
    "office": [.2, .1, .1, .1, .1, .2, .5, 2, 6, 9, 10, 9, 6, 8, 9, 9, 8, 6, 3, 1.5, 1, .6, .4, .3],
    "student": [4, 3, 1.5, .6, .3, .3, .5, 1.5, 4, 6, 7, 7, 6, 7, 8, 8, 7, 6, 6, 7, 8, 8, 7, 6],
    "consumer": [3, 2, 1, .7, .5, .6, 1.5, 3, 5, 6, 6, 6, 7, 6, 6, 6, 6, 7, 8, 9, 9, 8, 6, 4],
    "flat": [1] * 24,
    "devnight": [5, 4, 2, 1, .5, .5, .5, 1, 3, 6, 7, 7, 6, 7, 8, 8, 7, 6, 6, 7, 8, 8, 8, 7],
}
_WCACHE: dict = {}


def _utc_weights(prof: str, tz: float):
    key = (prof, tz)
    if key not in _WCACHE:
        p = PROFILES[prof]
        _WCACHE[key] = [p[int(h + tz) % 24] for h in range(24)]
    return _WCACHE[key]


def schedule(r, day: int, n: int, prof: str, tz: float, sess: float = 3.0, gap_s: float = 60.0,
             lo: int | None = None, hi: int | None = None) -> list[int]:
    """n timestamps on UTC day `day`, in sessions (mean `sess` requests) placed by a local-hour profile."""
    w, out = _utc_weights(prof, tz), []
    base = START_MS + day * DAY_MS
    while len(out) < n:
        k = min(n - len(out), 1 + int(r.expovariate(1.0 / max(sess - 1, 0.05))))
        t = base + r.choices(range(24), w)[0] * HOUR_MS + int(r.random() * HOUR_MS)
        for _ in range(k):
            out.append(t)
            t += int(r.lognormvariate(math.log(gap_s), 0.8) * 1000) + 300
    lo = base if lo is None else lo
    hi = base + DAY_MS if hi is None else hi
    return [t for t in out if lo <= t < hi]


def pick_model(r, ts: int, adopt: float = 0.45, ramp_h: float = 10.0) -> str:
    if ts >= RELEASE_MS:
        frac = adopt * min(1.0, 0.25 + (ts - RELEASE_MS) / (ramp_h * HOUR_MS))
        if r.random() < frac:
            return wchoice(r, NEW_MODELS)
    return wchoice(r, OLD_MODELS)


FIELDS = ("ts", "event_id", "account_id", "prompt_tokens", "completion_tokens", "model", "endpoint", "prompt",
          "system_prompt", "status", "org_id", "api_key_id", "ip", "asn", "user_agent", "device_id",
          "payment_fingerprint", "account_created_at")


class Ctx:
    """Per-run state: accounts, labels and the event sink."""

    def __init__(self, seed: int, days: int, scale: float, corpora):
        self.seed, self.days, self.scale, self.C = seed, days, scale, corpora
        self.end_ms = START_MS + days * DAY_MS
        self.events: list[tuple] = []
        self.labels: dict[str, dict] = {}
        self._n = 0

    def n(self, count: float) -> int:
        return max(1, int(round(count * self.scale)))

    def r(self, name: str) -> random.Random:
        return rng(self.seed, name)

    def account(self, pop: str, campaign: str | None, idx, created: int, **attrs) -> dict:
        aid = "acct_" + hid(self.seed, "acct", pop, idx, n=14)
        a = {"id": aid, "pop": pop, "campaign": campaign, "created": created, "org": None, "pay": None,
             "ua": None, "dev": None, "key": "key_" + hid(self.seed, "key", aid, n=10)}
        a.update(attrs)
        return a

    def ev(self, a: dict, ts: int, prompt: str | None, *, system: str | None = None, model: str = "kestrel-2.5",
           endpoint: str = "/v2/chat", pt: int | None = None, ct: int = 200, status: int = 200,
           ip: str | None = None, asn: int | None = None, ua: str | None = "", dev: str | None = "",
           key: str | None = "", org: str | None = "", pay: str | None = "") -> None:
        if not (START_MS <= ts < self.end_ms):
            return
        if pt is None:
            pt = tok(prompt) + tok(system) + 6
        self._n += 1
        eid = "ev_" + hid(self.seed, "ev", self._n, n=20)
        if a["id"] not in self.labels:
            self.labels[a["id"]] = {"label": "attack" if a["campaign"] else "benign", "population": a["pop"],
                                    "campaign": a["campaign"]}
        self.events.append((ts, eid, a["id"], pt, ct if status == 200 else 0, model, endpoint, prompt, system,
                            status, a["org"] if org == "" else org, a["key"] if key == "" else key, ip, asn,
                            a["ua"] if ua == "" else ua, a["dev"] if dev == "" else dev,
                            a["pay"] if pay == "" else pay, a["created"]))


def status_for(r, p429: float = 0.004) -> int:
    x = r.random()
    if x < p429:
        return 429
    if x < p429 + 0.003:
        return 400
    if x < p429 + 0.005:
        return 503
    return 200
