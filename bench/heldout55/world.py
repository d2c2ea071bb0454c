"""Static world of heldout55: window, launches, networks, clocks, clients, corpus."""
from __future__ import annotations

import bisect
import json
import os
from datetime import datetime, timezone

START = int(datetime(2026, 3, 5, tzinfo=timezone.utc).timestamp() * 1000)  # Thursday, mid-Ramadan 1447
DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
LAUNCH1 = START + 13 * HOUR            # samawa-3-pro GA (17:00 Gulf Standard Time, Thursday)
LAUNCH2 = START + DAY + 16 * HOUR      # samawa-3-think reasoning model (Friday 16:00 UTC)
OLD_MODELS = ["samawa-2.5-pro", "samawa-2.5-flash", "samawa-2.5-flash", "samawa-2.5-mini"]
NEW1, NEW2 = "samawa-3-pro", "samawa-3-think"

# name: (asn, country, kind, ipv4 /16 prefixes, optional ipv6 prefix)
NETS = {
    "etisalat_mob": (5384, "AE", "mobile", ["94.200", "86.96", "5.194"], "2001:8f8:1"),
    "etisalat_fix": (5384, "AE", "fixed", ["86.98", "94.203", "83.110"], None),
    "du_mob": (15802, "AE", "mobile", ["91.73", "94.204", "2.49"], "2a02:2a48:"),
    "du_fix": (15802, "AE", "fixed", ["91.74", "94.206"], None),
    "stc_mob": (39891, "SA", "mobile", ["37.224", "46.152", "188.50"], "2a01:9700:"),
    "stc_fix": (25019, "SA", "fixed", ["212.138", "95.184", "2.88"], None),
    "mobily": (35819, "SA", "mobile", ["31.166", "188.55", "95.218"], None),
    "zain_sa": (43766, "SA", "mobile", ["176.224", "51.36"], None),
    "ooredoo_qa": (8781, "QA", "mobile", ["37.208", "78.101", "176.203"], None),
    "vodafone_qa": (42298, "QA", "mobile", ["37.186", "89.211"], None),
    "zain_kw": (42961, "KW", "mobile", ["37.36", "62.150"], None),
    "batelco": (5416, "BH", "fixed", ["80.95", "84.255"], None),
    "omantel": (28885, "OM", "mobile", ["5.36", "85.154"], None),
    "ooredoo_om": (50010, "OM", "mobile", ["5.162", "188.135"], None),
    "mci_ir": (197207, "IR", "mobile", ["5.112", "83.123"], None),
    "irancell": (44244, "IR", "mobile", ["5.120", "2.176"], None),
    "tci_ir": (58224, "IR", "fixed", ["2.180", "91.98"], None),
    "aws_uae": (16509, "AE", "cloud", ["3.28", "3.29", "40.172"], None),
    "aws_bah": (16509, "BH", "cloud", ["15.184", "157.175"], None),
    "azure_uae": (8075, "AE", "cloud", ["20.46", "20.74", "20.233"], None),
    "gcp_dammam": (396982, "SA", "cloud", ["34.166", "34.18"], None),
    "oracle_jed": (31898, "SA", "cloud", ["158.101", "140.238"], None),
    "ali_riyadh": (45102, "SA", "cloud", ["8.213", "47.91"], None),
    "core42": (202024, "AE", "cloud", ["185.177", "92.98"], None),
    "hetzner": (24940, "DE", "hosting", ["95.216", "65.21", "116.202"], None),
    "ovh": (16276, "FR", "hosting", ["51.75", "141.94", "54.37"], None),
    "digitalocean": (14061, "NL", "hosting", ["164.90", "159.89", "146.190"], None),
    "contabo": (51167, "DE", "hosting", ["161.97", "207.180"], None),
    "m247_vpn": (9009, "AE", "vpn", ["185.156", "89.46", "146.70"], None),
    "datacamp_vpn": (60068, "AE", "vpn", ["185.246", "212.102", "156.146"], None),
    "leaseweb_vpn": (60781, "NL", "vpn", ["212.32", "37.48"], None),
    "ku_edu": (50999, "AE", "edu", ["185.187"], None),        # Khalifa University campus NAT
    "kfupm_edu": (41426, "SA", "edu", ["212.26"], None),       # KFUPM
    "qu_edu": (57279, "QA", "edu", ["212.77"], None),          # Qatar University
    "ent_oilco": (197556, "SA", "enterprise", ["193.19"], None),
    "ent_bank": (41268, "AE", "enterprise", ["217.165"], None),
    "dmcc_fz": (60924, "AE", "enterprise", ["185.93"], None),   # free-zone shared office provider
    "cairo_te": (8452, "EG", "fixed", ["41.232", "197.35"], None),
    "pldt_ph": (9299, "PH", "fixed", ["112.198", "124.106"], None),
}

UA = {
    "py": ["samawa-python/1.9.0", "samawa-python/1.8.4", "python-httpx/0.28.1", "OpenAI/Python 1.66.3"],
    "node": ["samawa-node/2.1.1", "OpenAI/JS 4.87.3", "node-fetch/1.0"],
    "web": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
            "Mozilla/5.0 (Linux; Android 15; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1"],
    "app": ["SamawaApp/4.2.0 (iOS 18.3; iPhone15,2)", "SamawaApp/4.2.0 (Android 15; SM-A556E)", "SamawaApp/4.1.7 (Android 14; Redmi Note 13)",
            "SamawaApp/4.2.0 (iOS 17.6; iPhone12,1)"],
    "agent": ["aider/0.86.1", "OpenHands/0.38.0", "Cline/3.8.2 (vscode)", "continue-dev/1.0.4"],
    "go": ["Go-http-client/2.0", "okhttp/4.12.0", "Java-http-client/21.0.5"],
    "cli": ["curl/8.5.0", "curl/7.81.0", "PostmanRuntime/7.43.0"],
    "batch": ["lm-eval-harness/0.4.8", "samawa-python/1.9.0 batch", "inspect-ai/0.3.72"],
}
# TLS (JA4-style) fingerprints shared by everyone using the same client stack
JA4 = {"py": "t13d1812h2_85036bcba153_b26ce05bbdd6", "node": "t13d1516h2_8daaf6152771_e5627efa2ab1",
       "web": "t13d1517h2_8daaf6152771_b0da82dd1658", "app": "t13d1312h2_e8a523a41297_ef7df7f74e48",
       "agent": "t13d1812h2_85036bcba153_375ca2c5e164", "go": "t13d1311h2_f57a46bbacb6_e7c285222651",
       "cli": "t13d4907h2_0d8feac7bc37_7395dae3b2f3", "batch": "t13d1812h2_85036bcba153_b26ce05bbdd6"}

# local offsets in minutes
TZ = {"AE": 240, "OM": 240, "SA": 180, "QA": 180, "KW": 180, "BH": 180, "IR": 210, "EG": 120, "PH": 480,
      "DE": 60, "FR": 60, "NL": 60, "CN": 480, "US": -300, "UTC": 0}


def _hour_weight(profile: str, h: float, weekend: bool) -> float:
    """Relative request intensity at local hour h during Ramadan (iftar ~18:15, suhoor ~04:45)."""
    if profile == "ramadan":           # households / consumers
        w = [.8, .7, .55, .45, .5, .25, .06, .05, .08, .2, .3, .35, .4, .4, .38, .35, .3, .25, .07, .3, .55, .85, 1, .95][int(h)]
        return w * (1.1 if weekend else 1.0)
    if profile == "office":            # shortened Ramadan office hours
        if weekend:
            return ([.04] * 9 + [.1] * 9 + [.05] + [.12] * 5)[int(h)]
        return ([.05] * 8 + [.4, .9, 1, 1, .95, .9, .7, .3, .15, .1, .03, .15, .25, .3, .25, .12])[int(h)]
    if profile == "student":
        return [.9, .85, .7, .5, .3, .1, .04, .03, .05, .15, .3, .4, .45, .4, .4, .35, .3, .25, .06, .35, .6, .85, 1, 1][int(h)]
    if profile == "iran":
        if weekend:
            return ([.3, .2, .1, .05, .03, .03, .03, .05, .1, .3, .4, .5, .5, .5, .5, .5, .6, .6, .6, .7, .8, .8, .7, .5])[int(h)]
        return ([.3, .2, .1, .05, .03, .03, .05, .2, .6, .9, 1, 1, .9, .8, .9, .9, .8, .7, .6, .6, .7, .7, .6, .45])[int(h)]
    if profile == "labour":            # expatriate shift workers: before/after shifts and late evening
        return [.5, .35, .2, .1, .3, .6, .4, .15, .1, .1, .1, .2, .3, .25, .15, .1, .1, .2, .35, .5, .7, .9, 1, .8][int(h)]
    if profile == "workday9":          # a foreign lab's office day (campaigns that do not bother to mimic)
        return ([.02] * 8 + [.7, 1, 1, 1, .6, 1, 1, 1, .9, .8, .6, .5, .3, .1, .05, .02])[int(h)]
    return 1.0                         # flat: servers, batch, backends


_CUM: dict = {}
BINS = 288  # 10-minute bins over the two days


def _cum(profile: str, cc: str):
    key = (profile, cc)
    if key not in _CUM:
        off = TZ.get(cc, 0)
        acc, out = 0.0, []
        for b in range(BINS):
            local = (b * 10 + off) % 1440
            day_i = (b * 10 + off) // 1440  # 0 = Thursday, 1 = Friday (local)
            weekend = day_i >= 1 and not (cc == "AE" and local < 720)  # UAE: Friday morning is a working half-day
            if cc == "IR" and day_i == 0 and local >= 720:
                weekend = True                                          # Iranian Thursday afternoon
            acc += _hour_weight(profile, local / 60, weekend)
            out.append(acc)
        _CUM[key] = out
    return _CUM[key]


def sample_time(rng, profile: str, cc: str, lo: int = START, hi: int = START + 2 * DAY) -> int:
    """Event time drawn from the diurnal profile, restricted to [lo, hi)."""
    cum = _cum(profile, cc)
    a = max(0, (lo - START) // (10 * MIN))
    b = min(BINS, -(-(hi - START) // (10 * MIN)))
    if b <= a:
        return lo
    base = cum[a - 1] if a > 0 else 0.0
    for _ in range(20):
        x = base + rng.random() * (cum[b - 1] - base)
        i = bisect.bisect_left(cum, x, a, b)
        t = START + i * 10 * MIN + rng.randrange(10 * MIN)
        if lo <= t < hi:
            return t
    return lo + rng.randrange(max(1, hi - lo))


def ip_for(rng, net: str) -> str:
    asn, cc, kind, v4, v6 = NETS[net]
    if v6 and rng.random() < 0.25:
        return f"{v6}{rng.randrange(0x10000):x}:{rng.randrange(0x10000):x}::{rng.randrange(1, 0x10000):x}"
    p = rng.choice(v4)
    return f"{p}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def asn_of(net: str) -> int:
    return NETS[net][0]


CORPUS_DIR = "/work/shared/data/prompts"
_FILES = {"chat_arena": "benign_arena_hard_prompts.jsonl", "chat_awesome": "benign_awesome_chatgpt_prompts.jsonl",
          "chat_seed": "benign_self_instruct_seed_tasks.jsonl", "chat_user": "benign_self_instruct_user_oriented.jsonl",
          "nq": "benign_nq_open_questions.jsonl", "gsm8k": "task_gsm8k.jsonl", "humaneval": "task_humaneval.jsonl",
          "mbpp": "task_mbpp.jsonl", "math": "task_math.jsonl", "svamp": "task_svamp.jsonl"}
_CORPUS: dict = {}


def corpus() -> dict:
    if not _CORPUS:
        for k, fn in _FILES.items():
            with open(os.path.join(CORPUS_DIR, fn), encoding="utf-8") as fh:
                _CORPUS[k] = [json.loads(line)["text"][:8000] for line in fh if line.strip()]
    return _CORPUS
