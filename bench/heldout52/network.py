"""Networks seen by the Dunaj gateway: carrier CGNAT pools, home ISPs, university NATs,
corporate proxies, clouds, VPN exits and residential-proxy ranges. Client fingerprints too."""
from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Net:
    name: str
    asn: int
    kind: str            # mobile | home | uni | corp | cloud | vpn | resi
    country: str
    prefixes: tuple      # "a.b" /16s or "a.b.c" /24s
    pool: int = 0        # >0: only this many egress addresses (CGNAT / NAT / proxy)
    v6: str | None = None  # IPv6 /32 prefix for a share of mobile clients

    def draw_ip(self, r: random.Random) -> str:
        if self.v6 and r.random() < 0.22:
            return f"{self.v6}:{r.randrange(0x10000):x}:{r.randrange(0x10000):x}::{r.randrange(1, 0xffff):x}"
        if self.pool:
            k = r.randrange(self.pool)
            p = self.prefixes[k % len(self.prefixes)]
            return _addr(p, 7 + k * 37)
        p = r.choice(self.prefixes)
        return _addr(p, r.randrange(1, 1 << 16))

    def sticky(self, r: random.Random) -> str:
        return self.draw_ip(r) if not self.v6 else _addr(r.choice(self.prefixes), r.randrange(1, 1 << 16))


def _addr(prefix: str, n: int) -> str:
    parts = prefix.split(".")
    if len(parts) == 3:
        return f"{prefix}.{1 + n % 254}"
    return f"{prefix}.{(n >> 8) % 256}.{1 + n % 254}"


NETS = [
    # mobile carriers (CGNAT egress pools)
    Net("T-Mobile CZ", 13036, "mobile", "CZ", ("46.135", "94.112"), pool=96, v6="2a00:1028"),
    Net("O2 Czech Republic mobile", 5610, "mobile", "CZ", ("88.103", "185.24"), pool=80),
    Net("Vodafone CZ mobile", 16019, "mobile", "CZ", ("37.48", "213.220"), pool=72, v6="2a00:11c0"),
    Net("Orange Slovensko", 15962, "mobile", "SK", ("92.240", "188.167"), pool=48),
    Net("Slovak Telekom mobile", 6855, "mobile", "SK", ("178.40",), pool=40),
    Net("Yettel Magyarorszag", 21334, "mobile", "HU", ("84.224", "31.46"), pool=64, v6="2a00:1110"),
    Net("Magyar Telekom mobile", 5483, "mobile", "HU", ("188.36", "84.0"), pool=80),
    Net("Orange Romania", 8953, "mobile", "RO", ("37.251", "109.166"), pool=96, v6="2a02:2f0d"),
    Net("Vodafone Romania", 12302, "mobile", "RO", ("46.97", "86.120"), pool=80),
    Net("Orange Moldova", 25454, "mobile", "MD", ("176.123",), pool=32),
    Net("A1 Bulgaria mobile", 8717, "mobile", "BG", ("46.10", "212.5"), pool=64),
    Net("Yettel Bulgaria", 35141, "mobile", "BG", ("151.237", "95.42"), pool=56),
    Net("Yettel Srbija", 13004, "mobile", "RS", ("109.121", "178.222"), pool=48),
    Net("mts Srbija mobile", 8400, "mobile", "RS", ("93.86", "109.92"), pool=56),
    Net("A1 Hrvatska mobile", 29485, "mobile", "HR", ("89.164",), pool=40),
    Net("Telekom Slovenije mobil", 5603, "mobile", "SI", ("193.77",), pool=24),
    # home ISPs
    Net("Vodafone CZ fixed (ex-UPC)", 6830, "home", "CZ", ("89.24", "78.80", "89.102")),
    Net("O2 Czech Republic DSL", 5610, "home", "CZ", ("90.176", "90.177", "94.230")),
    Net("Nej.cz", 43614, "home", "CZ", ("185.59", "194.228")),
    Net("Slovak Telekom fixed", 6855, "home", "SK", ("78.98", "95.102")),
    Net("DIGI Slovakia", 41035, "home", "SK", ("176.116",)),
    Net("Magyar Telekom fixed", 5483, "home", "HU", ("84.2", "188.6", "37.76")),
    Net("DIGI Tavkozlesi", 20845, "home", "HU", ("94.21", "176.77")),
    Net("RCS & RDS (Digi RO)", 8708, "home", "RO", ("5.12", "79.112", "86.124", "188.24")),
    Net("Telekom Romania fixed", 9050, "home", "RO", ("79.118", "89.136")),
    Net("Moldtelecom", 8926, "home", "MD", ("89.28", "178.168")),
    Net("StarNet Moldova", 31252, "home", "MD", ("95.65",)),
    Net("Vivacom", 8866, "home", "BG", ("78.83", "95.87", "212.50")),
    Net("A1 Bulgaria fixed", 8717, "home", "BG", ("84.238", "87.97")),
    Net("SBB Serbia", 31042, "home", "RS", ("109.245", "178.148", "93.87")),
    Net("mts Srbija fixed", 8400, "home", "RS", ("79.101", "212.200")),
    Net("Hrvatski Telekom", 5391, "home", "HR", ("93.136", "78.0", "89.172")),
    Net("Telemach Slovenija", 3212, "home", "SI", ("89.212", "93.103")),
    Net("Telekom Slovenije fixed", 5603, "home", "SI", ("46.123", "84.20")),
    # university NATs
    Net("CESNET (CVUT Praha)", 2852, "uni", "CZ", ("147.32",), pool=24),
    Net("CESNET (MUNI Brno)", 2852, "uni", "CZ", ("147.251",), pool=20),
    Net("SANET (STU Bratislava)", 2607, "uni", "SK", ("147.175",), pool=16),
    Net("KIFU (ELTE / BME)", 1955, "uni", "HU", ("157.181", "152.66"), pool=28),
    Net("RoEduNet (UPB / UBB)", 2614, "uni", "RO", ("141.85", "193.226"), pool=32),
    Net("RoEduNet (USM Chisinau)", 2614, "uni", "MD", ("194.12.1",), pool=8),
    Net("BREN (Sofia University)", 6802, "uni", "BG", ("194.141", "62.44"), pool=16),
    Net("AMRES (Univ. Beograd)", 13092, "uni", "RS", ("147.91",), pool=16),
    Net("CARNET (FER Zagreb)", 2108, "uni", "HR", ("161.53",), pool=16),
    Net("ARNES (Univ. Ljubljana)", 2107, "uni", "SI", ("193.2",), pool=12),
    # corporate egress
    Net("Zscaler Prague", 53813, "corp", "CZ", ("165.225.72", "165.225.76"), pool=12),
    Net("Zscaler Budapest", 62044, "corp", "HU", ("147.161.168",), pool=8),
    Net("Netskope Bucharest", 55256, "corp", "RO", ("163.116.178",), pool=8),
    Net("Skupina CEZ proxy", 25234, "corp", "CZ", ("194.126.1",), pool=4),
    # clouds / hosting
    Net("AWS eu-central-1", 16509, "cloud", "DE", ("3.120", "18.192", "52.57", "35.156")),
    Net("Microsoft Azure", 8075, "cloud", "NL", ("20.93", "51.124", "20.229")),
    Net("Google Cloud europe-west3", 396982, "cloud", "DE", ("34.159", "35.242")),
    Net("Hetzner Online", 24940, "cloud", "DE", ("65.108", "116.202", "95.216", "49.12")),
    Net("OVH", 16276, "cloud", "FR", ("51.68", "145.239", "54.36")),
    Net("DigitalOcean", 14061, "cloud", "NL", ("164.92", "188.166")),
    Net("Contabo", 51167, "cloud", "DE", ("161.97", "207.180")),
    Net("WEDOS Internet", 197019, "cloud", "CZ", ("46.28.10", "46.28.11", "185.8.236")),
    Net("Active24 / Forpsi", 25234, "cloud", "CZ", ("81.2.194", "81.95.96")),
    Net("Serverius BG / Neterra", 34224, "cloud", "BG", ("194.153.145", "82.119.94")),
    # commercial VPN exits
    Net("M247 (VPN exits)", 9009, "vpn", "RO", ("185.225.28", "185.236.200", "89.40.182", "146.70.70"), pool=40),
    Net("Datacamp / CDN77 (VPN exits)", 60068, "vpn", "CZ", ("185.156.46", "89.187.191", "195.181.170"), pool=36),
    Net("Packethub (VPN exits)", 147049, "vpn", "HU", ("84.17.52", "37.19.223"), pool=24),
    Net("Clouvider (VPN exits)", 62240, "vpn", "BG", ("45.134.213", "193.27.13"), pool=20),
]
BY_NAME = {n.name: n for n in NETS}


def nets(kind: str, country: str | None = None) -> list[Net]:
    out = [n for n in NETS if n.kind == kind and (country is None or n.country == country)]
    return out or [n for n in NETS if n.kind == kind]


def pick(r: random.Random, kind: str, country: str | None = None) -> Net:
    return r.choice(nets(kind, country))


def resi_exit(r: random.Random, countries: list[str], kinds=("home", "mobile")) -> tuple[str, Net]:
    """A residential-proxy exit: a real-looking subscriber address on a home or mobile ISP."""
    n = pick(r, r.choice(kinds), r.choice(countries))
    if n.kind == "mobile":
        return n.draw_ip(r), n
    return n.sticky(r), n


# ---- clients ---------------------------------------------------------------
UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0",
]
UA_MOBILE = [
    "DunajApp/3.4.1 (iPhone; iOS 18.2; Scale/3.00)", "DunajApp/3.4.0 (iPhone; iOS 17.7)",
    "DunajApp/3.4.1 (Android 14; SM-A546B)", "DunajApp/3.3.9 (Android 13; Redmi Note 12)",
    "DunajApp/3.4.1 (Android 15; Pixel 8)", "okhttp/4.12.0",
]
UA_SDK = ["dunaj-python/1.9.2", "dunaj-python/1.9.0", "openai-python/1.61.0 (dunaj-compat)", "openai-python/1.58.1 (dunaj-compat)",
          "dunaj-node/0.14.3", "python-requests/2.32.3", "httpx/0.28.1", "Go-http-client/2.0", "curl/8.5.0",
          "langchain-dunaj/0.3.4", "llama-index-llms-dunaj/0.2.1"]
UA_IDE = ["Dunaj-Code/2.3.1 (vscode 1.96.4)", "Dunaj-Code/2.3.0 (vscode 1.96.2)", "Dunaj-Code/2.2.7 (cursor 0.45)",
          "DunajAI-JetBrains/1.1.4 (PyCharm 2024.3)", "DunajAI-JetBrains/1.1.4 (IntelliJ IDEA 2024.3)",
          "continue/0.9.250 (dunaj)", "aider/0.72.1"]

# TLS fingerprints (JA4-like). Common stacks are shared by many unrelated clients.
TLS_CHROME = "t13d1516h2_8daaf6152771_02713d6af862"
TLS_FIREFOX = "t13d1715h2_5b57614c22b0_3d5424432f57"
TLS_SAFARI = "t13d2014h2_a09f3c656075_14788d8d241b"
TLS_PY = "t13d1812h1_85036bcba153_b26ce05bbdd6"
TLS_NODE = "t13d1912h1_9dd26ba1a9d5_c6b6b1fbb2ab"
TLS_GO = "t13d1311h2_f57a46bbacb6_ab7e3b40a677"
TLS_OKHTTP = "t13d1713h2_5b57614c22b0_eca864cca44a"
TLS_IOS = "t13d2013h2_a09f3c656075_7f0f34a4126d"


def client(r: random.Random, kind: str) -> tuple[str, str]:
    """(user_agent, device_id) for a client kind: browser | mobile | sdk | ide."""
    if kind == "browser":
        ua = r.choice(UA_BROWSER)
        tls = TLS_FIREFOX if "Firefox" in ua else (TLS_SAFARI if "Safari/605" in ua else TLS_CHROME)
        return ua, tls
    if kind == "mobile":
        ua = r.choice(UA_MOBILE)
        return ua, TLS_IOS if "iPhone" in ua else TLS_OKHTTP
    if kind == "ide":
        ua = r.choice(UA_IDE)
        return ua, TLS_NODE if "vscode" in ua or "cursor" in ua else TLS_PY
    ua = r.choice(UA_SDK)
    if "node" in ua:
        return ua, TLS_NODE
    if "Go-http" in ua:
        return ua, TLS_GO
    if "curl" in ua:
        return ua, "t13d3112h2_e8f1e7e78f70_6bebaf5329ac"
    return ua, TLS_PY


def outfit(r: random.Random, a, netkind: str, client_kind: str, country: str | None = None, sticky: bool | None = None) -> None:
    """Give an account its usual network, address and client."""
    a.net = pick(r, netkind, country or a.country)
    if sticky is None:
        sticky = netkind == "home"
    a.ip = a.net.sticky(r) if sticky else None
    a.ua, a.device = client(r, client_kind)
