"""The places requests come from and what identifies them: Korean ISPs (home,
mobile CGNAT, mobile IPv6), campus NATs on the research networks, PC bangs,
company egress, clouds, VPN/proxy exits, overseas ISPs; payment instruments;
client stacks (user agents and what `device_id` holds for each); id formats.

device_id by client (what the gateway puts there):
  web app (chat.hanbit.ai)   first-party cookie "wc_<16 hex>": one per browser profile;
                             PC-bang PCs keep one per PC (reset when the cafe re-images)
  mobile app (HanbitChat)    app install id "ai_<16 hex>"
  SDK / raw HTTP clients     the TLS client fingerprint (JA4) the gateway computes: one
                             value per client stack, shared by everyone on that stack
"""
from __future__ import annotations

import hashlib
from random import Random

M64 = (1 << 64) - 1


def mix(*vals: int) -> int:
    """splitmix64 over a tuple of ints: stable across runs and PYTHONHASHSEED."""
    h = 0x9E3779B97F4A7C15
    for v in vals:
        h = (h ^ (v & M64)) * 0xBF58476D1CE4E5B9 & M64
        h = (h ^ (h >> 31)) * 0x94D049BB133111EB & M64
        h ^= h >> 29
    return h


def sub_seed(seed: int, name: str) -> int:
    return int.from_bytes(hashlib.blake2b(f"{seed}/{name}".encode(), digest_size=8).digest(), "big")


def _hex(rng: Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


class Ids:
    """One id space for every account, benign or not, so ids say nothing about labels."""

    def __init__(self, rng: Random):
        self.rng = rng
        self.seen: set[str] = set()

    def _new(self, prefix: str, n: int) -> str:
        for _ in range(100):
            v = prefix + _hex(self.rng, n)
            if v not in self.seen:
                self.seen.add(v)
                return v
        raise RuntimeError("id space exhausted")

    def account(self) -> str:
        return self._new("acct_", 14)

    def org(self) -> str:
        return self._new("org_", 10)

    def key(self) -> str:
        return self._new("key_", 12)


# ---------------------------------------------------------------- networks
HOME = {  # fixed broadband: ASN, /16 prefixes
    "kt": (4766, ["121.134", "121.165", "125.128", "125.176", "175.192", "211.48", "218.38", "220.72", "222.100", "14.32", "14.52", "59.5", "61.72"]),
    "skb": (9318, ["58.120", "58.140", "118.32", "118.220", "175.112", "180.64", "182.208", "211.200", "218.232", "222.232", "1.234"]),
    "lgu": (17858, ["106.240", "112.144", "112.170", "114.200", "119.192", "123.140", "180.224", "183.96", "211.108", "220.116"]),
}
MOBILE = {  # ASN, CGNAT egress /16s, IPv6 /32
    "kt": (4766, ["39.7", "110.70", "175.223", "211.246"], "2001:e60"),
    "skt": (9644, ["223.32", "223.33", "223.38", "223.39", "223.62"], "2001:2d8"),
    "lgu": (17858, ["106.101", "106.102", "117.111", "211.36", "211.234"], "2001:4430"),
}
CARRIER_SHARE = [("skt", 0.47), ("kt", 0.30), ("lgu", 0.23)]
HOME_SHARE = [("kt", 0.41), ("skb", 0.29), ("lgu", 0.30)]
CLOUD = {
    "aws_seoul": (16509, ["3.34", "3.35", "3.36", "3.38", "13.124", "13.125", "13.209", "15.164", "15.165", "43.200", "43.201", "52.78", "52.79", "54.180"]),
    "gcp_seoul": (396982, ["34.22", "34.47", "34.64"]),
    "ncloud": (23576, ["49.50", "101.79", "110.165", "223.130"]),
    "ktcloud": (4766, ["211.253", "14.63"]),
    "azure_kc": (8075, ["20.194", "20.200", "52.231"]),
}
ZSCALER = (62044, ["165.225", "147.161", "136.226"])  # secure web gateway egress shared by many firms
DC_EXIT = {  # VPN / proxy / VPS exits, incl. Hong Kong and Singapore
    "m247": (9009, ["89.187", "185.204", "146.70"]),
    "datacamp": (60068, ["156.146", "212.102", "138.199"]),
    "digitalocean_sg": (14061, ["159.89", "128.199", "139.59"]),
    "alibaba_hk": (45102, ["47.74", "47.242", "8.210"]),
    "tencent_hk": (132203, ["43.128", "43.156", "129.226"]),
    "ovh": (16276, ["51.79", "139.99"]),
}
OVERSEAS = {  # residential ISPs abroad (diaspora, international students)
    "comcast": (7922, ["73.15", "73.92", "24.6", "98.207"], "us"),
    "charter": (20115, ["47.145", "76.88", "97.93"], "us"),
    "verizon": (701, ["71.105", "108.2", "100.12"], "us"),
    "rogers": (812, ["99.229", "174.112"], "ca"),
    "telstra": (1221, ["1.120", "101.160", "110.140"], "au"),
    "ntt": (4713, ["153.156", "180.12"], "jp"),
    "dtag": (3320, ["79.198", "91.53"], "de"),
}
RESEARCH = {"kreonet": 17579, "koren": 9270}


def _v4(rng: Random, prefix16: str) -> str:
    return f"{prefix16}.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}"


def _pick(rng: Random, shares: list[tuple[str, float]]) -> str:
    x = rng.random()
    for name, p in shares:
        x -= p
        if x < 0:
            return name
    return shares[-1][0]


class Net:
    """Address pools built once per seed. Every `*_ip` call returns (ip, asn)."""

    def __init__(self, rng: Random):
        self.rng = rng
        # mobile CGNAT: a few hundred egress addresses per carrier, shared by all its users
        self.cgnat = {c: [_v4(rng, rng.choice(p)) for _ in range(n)]
                      for (c, (_, p, _v6)), n in zip(MOBILE.items(), (260, 340, 200))}
        self.campuses = [self._campus(i) for i in range(12)]
        self.pcbangs = [self._pcbang(i) for i in range(44)]
        self._pcbang_cum = []
        for i in range(len(self.pcbangs)):
            self._pcbang_cum.append((self._pcbang_cum[-1] if i else 0) + 1 / (i + 1) ** 0.8)
        self.schools = [self.home_ip(rng) for _ in range(140)]  # high-school lines (business broadband)
        self.study_cafes = [self.home_ip(rng) for _ in range(60)]
        self.companies = [self._company(i) for i in range(70)]

    # -- home, mobile
    def home_ip(self, rng: Random, isp: str | None = None) -> tuple[str, int]:
        isp = isp or _pick(rng, HOME_SHARE)
        asn, pre = HOME[isp]
        return _v4(rng, rng.choice(pre)), asn

    def carrier(self, rng: Random) -> str:
        return _pick(rng, CARRIER_SHARE)

    def mobile_ip(self, carrier: str, v6: bool, dev: int, ts: int) -> tuple[str, int]:
        """CGNAT egress sticks for ~40 min per device; IPv6 keeps a /64 per device per
        attach (~3 h) with a privacy interface id per session."""
        asn, _, v6pre = MOBILE[carrier]
        slot = ts // 2_400_000
        if v6:
            attach = ts // 10_800_000
            p = mix(dev, attach)
            s = mix(dev, slot)
            return (f"{v6pre}:{(p >> 48) & 0xffff:x}:{(p >> 32) & 0xffff:x}:"
                    f"{(s >> 48) & 0xffff:x}:{(s >> 32) & 0xffff:x}:{(s >> 16) & 0xffff:x}:{s & 0xffff:x}"), asn
        pool = self.cgnat[carrier]
        return pool[mix(dev, slot) % len(pool)], asn

    # -- shared places
    def _campus(self, i: int):
        rng = self.rng
        asn = RESEARCH["kreonet"] if i < 8 else RESEARCH["koren"]
        pre = f"{rng.choice(['134.75', '143.248', '147.46', '165.132', '163.152', '155.230', '141.223', '150.183', '203.252', '210.125', '114.70', '166.104'])}.{rng.randrange(2, 250)}"
        nat = [f"{pre}.{rng.randrange(2, 254)}" for _ in range(rng.randrange(3, 7))]
        dorm = [f"{pre}.{rng.randrange(2, 254)}" for _ in range(rng.randrange(2, 4))]
        lab = [f"{pre}.{rng.randrange(2, 254)}" for _ in range(4)]
        return {"asn": asn, "nat": nat, "dorm": dorm, "lab": lab}

    def _pcbang(self, i: int):
        rng = self.rng
        ip, asn = self.home_ip(rng)
        ips = [(ip, asn)] + ([(ip.rsplit(".", 1)[0] + f".{rng.randrange(2, 254)}", asn)] if rng.random() < 0.4 else [])
        # "image" cafes restore every PC from one master disk image that was saved with our
        # cookie in it: the whole cafe shows one cookie, every day. Other cafes keep a cookie per PC.
        return {"ips": ips, "pcs": rng.randrange(30, 70), "salt": rng.getrandbits(48),
                "image": rng.random() < 0.45, "ua": rng.choice(PCBANG_UA)}

    def pick_pcbang(self, rng: Random) -> dict:
        """Cafes near schools and stations get most of the customers (Zipf-like)."""
        return rng.choices(self.pcbangs, cum_weights=self._pcbang_cum)[0]

    def pcbang_device(self, cafe: dict, pc: int) -> str:
        """The cookie a cafe PC presents: shared by everyone who sits there (or at any PC of an image cafe)."""
        return f"wc_{mix(cafe['salt'], 0 if cafe['image'] else pc + 1) & ((1 << 64) - 1):016x}"

    def _company(self, i: int):
        rng = self.rng
        if rng.random() < 0.2:
            asn, pre = ZSCALER
            return {"asn": asn, "ips": [_v4(rng, rng.choice(pre)) for _ in range(6)], "zscaler": True}
        isp = _pick(rng, HOME_SHARE)
        asn, pre = HOME[isp]
        base = _v4(rng, rng.choice(pre)).rsplit(".", 1)[0]
        return {"asn": asn, "ips": [f"{base}.{rng.randrange(2, 254)}" for _ in range(rng.randrange(1, 4))], "zscaler": False}

    def cloud_ips(self, rng: Random, cloud: str, n: int) -> list[tuple[str, int]]:
        asn, pre = CLOUD[cloud]
        return [(_v4(rng, rng.choice(pre)), asn) for _ in range(n)]

    def dc_ips(self, rng: Random, name: str, n: int) -> list[tuple[str, int]]:
        asn, pre = DC_EXIT[name]
        return [(_v4(rng, rng.choice(pre)), asn) for _ in range(n)]

    def overseas_ip(self, rng: Random, isp: str) -> tuple[str, int]:
        asn, pre, _ = OVERSEAS[isp]
        return _v4(rng, rng.choice(pre)), asn


# ---------------------------------------------------------------- payments
def payment(rng: Random, kind: str) -> str:
    """kind: card, kakaopay, naverpay, toss, carrier, invoice, aws_mkt, gcp_mkt. Free tier has none."""
    return f"{kind}:{_hex(rng, 12)}"


CONSUMER_PAY = [("card", 0.34), ("kakaopay", 0.26), ("naverpay", 0.16), ("toss", 0.16), ("carrier", 0.08)]


def consumer_payment(rng: Random, free_share: float) -> str | None:
    if rng.random() < free_share:
        return None
    return payment(rng, _pick(rng, CONSUMER_PAY))


# ---------------------------------------------------------------- clients
BROWSERS_PC = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", 0.46),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Whale/4.29.282.14 Safari/537.36", 0.16),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", 0.12),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", 0.14),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", 0.12),
]
PCBANG_UA = [BROWSERS_PC[0][0], BROWSERS_PC[1][0]]
BROWSERS_MOBILE = [
    ("Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36", 0.4),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", 0.45),
    ("Mozilla/5.0 (Linux; Android 14; SM-A356N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36", 0.15),
]
APP_UA = [
    ("HanbitChat/3.8.2 (iPhone15,3; iOS 18.1.1)", 0.3), ("HanbitChat/3.8.2 (iPhone14,5; iOS 17.6.1)", 0.15),
    ("HanbitChat/3.8.2 (Android 14; SM-S921N)", 0.2), ("HanbitChat/3.8.1 (Android 14; SM-S918N)", 0.12),
    ("HanbitChat/3.8.2 (Android 13; SM-A346N)", 0.13), ("HanbitChat/3.7.9 (Android 14; SM-F731N)", 0.1),
]
# client stacks: UA -> JA4 TLS fingerprint (fixed, not per seed)
SDK = {
    "py311": ("hanbit-python/1.41.2 CPython/3.11.9 Linux/5.15", "t13d1812h2_e8a523a41297_7c3e4b9f1a02"),
    "py312": ("hanbit-python/1.42.0 CPython/3.12.4 Linux/6.8", "t13d1812h2_e8a523a41297_7c3e4b9f1a02"),
    "py_mac": ("hanbit-python/1.42.0 CPython/3.12.4 Darwin/24.1.0", "t13d1812h2_e8a523a41297_d41bc0f92a6e"),
    "py2": ("hanbit-python/2.0.0 CPython/3.12.7 Linux/6.8", "t13d1812h2_e8a523a41297_7c3e4b9f1a02"),
    "openai_py": ("OpenAI/Python 1.54.4", "t13d1812h2_e8a523a41297_7c3e4b9f1a02"),
    "requests": ("python-requests/2.32.3", "t13d1812h2_e8a523a41297_7c3e4b9f1a02"),
    "httpx": ("python-httpx/0.27.2", "t13d1812h2_e8a523a41297_a9f1c2b80d14"),
    "node": ("hanbit-node/0.28.1 node/20.17.0", "t13d1516h2_8daaf6152771_02713d6af862"),
    "openai_node": ("OpenAI/JS 4.71.1", "t13d1516h2_8daaf6152771_02713d6af862"),
    "axios": ("axios/1.7.7", "t13d1516h2_8daaf6152771_02713d6af862"),
    "go": ("Go-http-client/2.0", "t13d1311h2_f57a46bbacb6_ab7e3b40a677"),
    "java": ("Apache-HttpClient/5.2.1 (Java/17.0.9)", "t13d1715h2_5b57614c22b0_3d5424432f57"),
    "okhttp": ("okhttp/4.12.0", "t13d1614h2_2b729b4bf6f3_e5627efa2ab1"),
    "curl": ("curl/8.5.0", "t13d3112h2_e8f1e7e78f70_c9e1aef4b2a3"),
    "langchain": ("langchain-hanbit/0.3.2 hanbit-python/1.42.0", "t13d1812h2_e8a523a41297_7c3e4b9f1a02"),
    "vscode": ("hanbit-code-vscode/1.9.3 (VSCode 1.95.3; win32)", "t13d1517h2_8daaf6152771_b0da82dd1658"),
    "vscode_mac": ("hanbit-code-vscode/1.9.3 (VSCode 1.95.3; darwin)", "t13d1517h2_8daaf6152771_b0da82dd1658"),
    "jetbrains": ("hanbit-code-jetbrains/1.4.0 (IntelliJ IDEA 2024.3; JBR 21.0.5)", "t13d1715h2_5b57614c22b0_7a1f6e3c9d20"),
}


def weighted(rng: Random, pairs):
    x = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def cookie(rng: Random) -> str:
    return "wc_" + _hex(rng, 16)


def install_id(rng: Random) -> str:
    return "ai_" + _hex(rng, 16)


def created_days_ago(rng: Random, start: int, lo: float, hi: float) -> int:
    return start - int(rng.uniform(lo, hi) * 86_400_000) - rng.randrange(3_600_000)
