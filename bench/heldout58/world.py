"""The invented world: a regional LLM API provider ("Himal AI") serving Nepal,
Sri Lanka, Bangladesh, Bhutan and the Maldives. Networks, clients, models,
calendar and time-of-day curves. Standard library only; no randomness here
except through the Random objects passed in."""
from __future__ import annotations

import bisect
import hashlib
import time

# ---------------------------------------------------------------- calendar
# Window: Mon 2025-10-20 00:00Z .. Wed 2025-10-22 00:00Z.
# Oct 20: Deepavali (public holiday in Sri Lanka; Kali Puja in Bangladesh).
# Oct 21: Laxmi Puja (Tihar, public holiday in Nepal; evenings of puja and deusi-bhailo).
W0 = 1760918400000
DAY = 86_400_000
HOUR = 3_600_000
MIN = 60_000
W_END = W0 + 2 * DAY
# Himal AI launches "himal-3" at 2025-10-21T04:30Z (10:15 Kathmandu, 10:00 Colombo, 10:30 Dhaka).
LAUNCH = 1761021000000
# A partial outage of the new model's capacity right after launch (503s for 18 minutes).
OUTAGE = (LAUNCH + 22 * MIN, LAUNCH + 40 * MIN)
PROVIDER_START = 1680307200000  # 2023-04-01, first public API keys

TZ = {"NP": 345, "LK": 330, "BD": 360, "BT": 360, "MV": 300}
# extra-regional places used by diaspora users and proxy networks
TZ.update({"AE": 240, "QA": 180, "SA": 180, "MY": 480, "JP": 540, "AU": 660, "IN": 330,
           "US": -300, "GB": 60, "DE": 120, "SG": 480, "ID": 420, "VN": 420, "BR": -180, "KR": 540})

MODELS_OLD = ["himal-2-mini", "himal-2", "himal-2-pro"]
MODEL_NEW = "himal-3"
EMBED = "himal-embed-1"

# ---------------------------------------------------------------- networks
# kind: res (residential broadband), mob (mobile with CGNAT), uni, gov, corp,
# host (local hosting), cloud (global cloud), vpn (commercial VPN exits), fres (foreign residential)
# (name, asn, kind, country, [prefixes "a.b"], cgnat_pool_size)
NETS = [
    ("Kantipur Fibre", 139110, "res", "NP", ["103.147", "110.44", "27.34"], 0),
    ("Bagmati Broadband", 137412, "res", "NP", ["202.51", "103.10"], 0),
    ("Sagarmatha Mobile", 131217, "mob", "NP", ["113.199"], 48),
    ("NepTel 4G", 134722, "mob", "NP", ["36.252", "117.121"], 64),
    ("Tribhuvan University NREN", 138876, "uni", "NP", ["202.70"], 4),
    ("Kathmandu Datacentre", 140011, "host", "NP", ["103.69"], 0),
    ("Lanka Fibre", 139432, "res", "LK", ["112.134", "175.157"], 0),
    ("SerendibNet", 132045, "res", "LK", ["123.231", "43.250"], 0),
    ("IslandMobile", 132400, "mob", "LK", ["111.223", "112.135"], 56),
    ("Lakdiva 4G", 136500, "mob", "LK", ["124.43"], 40),
    ("LankaREN", 138100, "uni", "LK", ["192.248"], 6),
    ("Colombo Cloud", 141230, "host", "LK", ["103.21"], 0),
    ("Padma Broadband", 134501, "res", "BD", ["103.108", "27.147"], 0),
    ("Dhaka Fiber Net", 137225, "res", "BD", ["103.125", "45.127"], 0),
    ("Buriganga Link", 133168, "res", "BD", ["116.204", "59.153"], 0),
    ("Jamuna Mobile", 135331, "mob", "BD", ["37.111", "103.230"], 96),
    ("Meghna Telecom", 133900, "mob", "BD", ["114.130", "58.145"], 80),
    ("BanglaREN", 138311, "uni", "BD", ["103.94"], 8),
    ("Dhaka DataVault", 140800, "host", "BD", ["103.174"], 0),
    ("Druk Broadband", 137990, "res", "BT", ["119.2"], 0),
    ("Thunder Dragon Mobile", 136112, "mob", "BT", ["202.144"], 16),
    ("Royal University of Bhutan Net", 139800, "uni", "BT", ["103.7"], 2),
    ("GovNet Bhutan", 139801, "gov", "BT", ["202.89"], 0),
    ("Atoll Fibre", 135900, "res", "MV", ["124.195", "27.114"], 0),
    ("Reef Mobile", 134780, "mob", "MV", ["103.31", "203.104"], 20),
    ("Male DataCentre", 141900, "host", "MV", ["103.110"], 0),
    # global clouds (real ASNs, regional prefixes)
    ("Amazon AWS ap-south-1", 16509, "cloud", "IN", ["13.232", "3.108", "65.0", "43.205"], 0),
    ("Google Cloud asia-south1", 396982, "cloud", "IN", ["34.93", "35.200", "34.47"], 0),
    ("Microsoft Azure Central India", 8075, "cloud", "IN", ["20.193", "52.172"], 0),
    ("DigitalOcean BLR1", 14061, "cloud", "IN", ["139.59", "143.110", "64.227"], 0),
    ("Amazon AWS ap-southeast-1", 16509, "cloud", "SG", ["18.139", "54.169", "13.250"], 0),
    ("Hetzner Online", 24940, "cloud", "DE", ["95.216", "65.108", "5.161"], 0),
    ("OVHcloud", 16276, "cloud", "SG", ["51.79", "139.99"], 0),
    ("Alibaba Cloud", 45102, "cloud", "SG", ["47.74", "8.219"], 0),
    ("Contabo Asia", 141995, "cloud", "SG", ["154.26", "194.233"], 0),
    # commercial VPN exits
    ("M247 VPN exits", 9009, "vpn", "SG", ["89.187", "185.206"], 0),
    ("Datacamp/CDN77 VPN exits", 60068, "vpn", "IN", ["169.150", "138.199"], 0),
    ("Cloudflare WARP", 13335, "vpn", "IN", ["104.28"], 0),
    # foreign residential / mobile (diaspora users, residential proxy exits)
    ("Etisalat UAE", 5384, "fres", "AE", ["94.200", "86.98"], 0),
    ("Ooredoo Qatar", 8781, "fres", "QA", ["37.210", "78.101"], 0),
    ("STC Saudi", 25019, "fres", "SA", ["51.36", "176.44"], 0),
    ("TM Malaysia", 4788, "fres", "MY", ["175.139", "60.53"], 0),
    ("NTT Japan", 4713, "fres", "JP", ["153.181", "180.9"], 0),
    ("Telstra", 1221, "fres", "AU", ["110.174", "144.136"], 0),
    ("Reliance Jio", 55836, "fres", "IN", ["49.36", "157.35"], 0),
    ("Bharti Airtel", 24560, "fres", "IN", ["122.171", "106.215"], 0),
    ("Telkom Indonesia", 7713, "fres", "ID", ["36.72", "180.252"], 0),
    ("VNPT", 45899, "fres", "VN", ["14.177", "113.172"], 0),
    ("Vivo Brazil", 26599, "fres", "BR", ["177.33", "191.9"], 0),
    ("Comcast", 7922, "fres", "US", ["73.15", "98.207"], 0),
    ("BT UK", 2856, "fres", "GB", ["86.128", "81.154"], 0),
    ("KT Korea", 4766, "fres", "KR", ["121.134", "175.223"], 0),
]


class Net:
    __slots__ = ("name", "asn", "kind", "cc", "prefixes", "pool")

    def __init__(self, name, asn, kind, cc, prefixes, pool):
        self.name, self.asn, self.kind, self.cc, self.prefixes, self.pool = name, asn, kind, cc, prefixes, pool


def _ip(rng, prefix):
    return f"{prefix}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


class World:
    """Network facts shared by every population (one per seed)."""

    def __init__(self, rng):
        self.nets = []
        for name, asn, kind, cc, prefixes, pool in NETS:
            n = Net(name, asn, kind, cc, prefixes, [])
            if kind == "mob":  # carrier-grade NAT egress pool
                n.pool = [_ip(rng, rng.choice(prefixes)) for _ in range(pool)]
                # some handsets reach us over IPv6 (no CGNAT): per-subscriber /64
            elif kind in ("uni", "gov"):
                n.pool = [_ip(rng, prefixes[0]) for _ in range(max(pool, 2))]
            elif kind == "vpn":
                n.pool = [_ip(rng, rng.choice(prefixes)) for _ in range(30)]
            self.nets.append(n)
        self.by_kind = {}
        for n in self.nets:
            self.by_kind.setdefault((n.kind, n.cc), []).append(n)
            self.by_kind.setdefault((n.kind, "*"), []).append(n)
        self.cloud_local = [n for n in self.nets if n.kind == "cloud" and n.cc in ("IN", "SG")]

    def nets_of(self, kind, cc="*"):
        return self.by_kind.get((kind, cc)) or self.by_kind[(kind, "*")]

    def new_ip(self, rng, net):
        return _ip(rng, rng.choice(net.prefixes))

    def mobile_addr(self, rng, net):
        if rng.random() < 0.12:  # IPv6 handset
            return f"2400:{net.asn % 9000 + 1000:x}:{rng.randrange(1 << 16):x}:{rng.randrange(1 << 16):x}::{rng.randrange(1, 1 << 16):x}"
        return rng.choice(net.pool)


# ---------------------------------------------------------------- clients
# user-agent families; device_id for API clients is the TLS (JA4-style) fingerprint of the stack,
# for browsers and the mobile app it is a per-install id
UA = {
    "openai-py": ["OpenAI/Python 1.51.2", "OpenAI/Python 1.52.0", "OpenAI/Python 1.47.1", "OpenAI/Python 1.35.3"],
    "openai-js": ["OpenAI/JS 4.67.3", "OpenAI/JS 4.68.1", "OpenAI/JS 4.56.0"],
    "httpx": ["python-httpx/0.27.2", "python-httpx/0.27.0"],
    "requests": ["python-requests/2.32.3", "python-requests/2.31.0"],
    "aiohttp": ["Python/3.11 aiohttp/3.10.5", "Python/3.12 aiohttp/3.10.10"],
    "go": ["Go-http-client/2.0", "Go-http-client/1.1"],
    "curl": ["curl/8.5.0", "curl/7.81.0", "curl/8.9.1"],
    "okhttp": ["okhttp/4.12.0", "okhttp/4.9.3"],
    "dart": ["Dart/3.5 (dart:io)", "Dart/3.4 (dart:io)"],
    "axios": ["axios/1.7.7", "axios/1.6.8"],
    "langchain": ["langchain-openai/0.2.2 OpenAI/Python 1.51.2", "llama-index/0.11.17 OpenAI/Python 1.51.0"],
    "litellm": ["litellm/1.48.2"],
    "agent": ["Cline/3.0.2 OpenAI/JS 4.67.3", "continue/0.9.215 OpenAI/JS 4.56.0", "aider/0.59.1 litellm/1.48.2"],
    "chrome-win": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"],
    "chrome-android": ["Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36",
                       "Mozilla/5.0 (Linux; Android 14; Redmi Note 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36",
                       "Mozilla/5.0 (Linux; Android 12; vivo Y21) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36"],
    "safari-ios": ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1"],
    "mac": ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"],
    "firefox": ["Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0"],
    "app-android": ["HimalChat/3.2.1 (Android 14; Redmi Note 13)", "HimalChat/3.2.1 (Android 13; SM-A145F)",
                    "HimalChat/3.1.9 (Android 12; vivo Y21)", "HimalChat/3.2.0 (Android 11; TECNO KG5)"],
    "app-ios": ["HimalChat/3.2.1 (iOS 17.6; iPhone12,1)", "HimalChat/3.2.1 (iOS 18.0; iPhone14,5)"],
}
BROWSERS = ("chrome-win", "chrome-android", "safari-ios", "mac", "firefox")
APPS = ("app-android", "app-ios")


def ja4(stack: str, version: str) -> str:
    """A stable JA4-like TLS fingerprint for a client stack (same for everyone using it)."""
    h = hashlib.sha256(f"{stack}|{version}".encode()).hexdigest()
    alpn = "h2" if stack not in ("requests", "curl", "go") or version.endswith("2.0") else "h1"
    return f"t13d{15 + int(h[0], 16) % 4:02d}{10 + int(h[1], 16) % 8:02d}{alpn}_{h[2:14]}_{h[14:26]}"


# ---------------------------------------------------------------- time of day
# relative request weight by local hour 0..23
PROFILES = {
    "consumer": [3, 2, 1.3, 0.8, 0.6, 0.9, 2, 3.5, 5, 6, 6, 6, 6.5, 6, 6, 6, 6.5, 7.5, 8.5, 9.5, 10, 9.5, 7.5, 5],
    "office": [0.4, 0.3, 0.2, 0.2, 0.2, 0.3, 0.7, 2, 5.5, 9, 10, 10, 8, 9, 10, 9.5, 8, 5, 3, 2, 1.6, 1.2, 0.8, 0.6],
    "student": [5, 3.5, 1.5, 0.7, 0.4, 0.5, 1.5, 3, 3.5, 3.5, 3.5, 4, 4.5, 5.5, 6.5, 7, 8, 9, 10, 11, 12, 11.5, 10, 7.5],
    "dev": [2.5, 1.5, 0.8, 0.5, 0.4, 0.4, 0.8, 2, 4.5, 7.5, 9, 9.5, 8.5, 9, 9.5, 9, 8.5, 7, 6, 6, 6.5, 6, 5, 3.5],
    "night": [9, 8.5, 8, 7, 5, 3, 2, 1.5, 1.5, 2, 2.5, 3, 3, 3, 3, 3.5, 4, 5.5, 8, 9.5, 10, 10, 10, 9.5],
    "flat": [1] * 24,
}
# (country, local date 0|1 = Oct 20|21) -> {profile: factor or [24 factors]}
_EVE = [1] * 17 + [0.55, 0.45, 0.45, 0.55, 0.75, 1, 1]
HOLIDAY = {
    ("LK", 0): {"office": 0.35, "consumer": 1.1, "student": 1.15, "dev": 0.7},
    ("NP", 1): {"office": 0.3, "dev": 0.75, "student": 1.1, "consumer": _EVE},
    ("NP", 0): {"office": 0.8},  # many offices already closed for Tihar
    ("BD", 0): {"consumer": [1] * 18 + [0.85] * 4 + [1, 1]},
}


class Clock:
    """Samples event times from a local time-of-day profile over the 2-day window."""

    def __init__(self):
        self._cum = {}

    def cum(self, prof, cc):
        key = (prof, cc)
        if key not in self._cum:
            w = PROFILES[prof]
            off = TZ.get(cc, 330)
            out, tot = [], 0.0
            for h in range(48):
                m = h * 60 + off
                lh = (m // 60) % 24
                ld = m // (24 * 60)
                f = HOLIDAY.get((cc, ld), {}).get(prof, 1)
                f = f[lh] if isinstance(f, list) else f
                tot += w[lh] * f
                out.append(tot)
            self._cum[key] = out
        return self._cum[key]

    def sample(self, rng, prof, cc, lo=W0, hi=W_END):
        c = self.cum(prof, cc)
        lo_b = max(0, (lo - W0) // HOUR)
        hi_b = min(47, (hi - 1 - W0) // HOUR)
        if lo_b > hi_b:
            return lo
        base = c[lo_b - 1] if lo_b > 0 else 0.0
        for _ in range(8):
            x = base + rng.random() * (c[hi_b] - base)
            b = bisect.bisect_right(c, x, lo_b, hi_b + 1)
            t = W0 + b * HOUR + int(rng.random() * HOUR)
            if lo <= t < hi:
                return t
        return lo + int(rng.random() * (hi - lo))


def iso(ms: int) -> str:
    s, r = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + f".{r:03d}Z"
