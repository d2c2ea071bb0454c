"""Networks (invented local ASNs and /24s, real cloud/VPN ASNs), devices and
user agents, and `Kit`: how one person's or server's requests reach the API."""
from __future__ import annotations

import random
from dataclasses import dataclass

from .world import CITIES, DAY, T0, digest, dint, in_outage


@dataclass(frozen=True)
class Net:
    key: str
    name: str
    asn: int
    kind: str                 # mobile | fibre | uni | office | hub | cafe | cloud | vpn | resi
    where: str                # country code, or cloud region
    prefixes: tuple[str, ...]  # /24s as "a.b.c"


def _p(base: str, lo: int, hi: int) -> tuple[str, ...]:
    return tuple(f"{base}.{i}" for i in range(lo, hi))


_NETS = [
    # mobile carriers (CGNAT): invented ASNs in AFRINIC-like ranges
    Net("ng_mob_a", "Ikeja Mobile Telecom", 329061, "mobile", "NG", _p("102.88", 32, 64)),
    Net("ng_mob_b", "Niger Delta Wireless", 328447, "mobile", "NG", _p("105.112", 0, 32)),
    Net("ng_mob_c", "Sahel Cellular", 329208, "mobile", "NG", _p("197.211", 16, 40)),
    Net("gh_mob_a", "Volta Mobile", 328855, "mobile", "GH", _p("154.160", 0, 24)),
    Net("gh_mob_b", "Ashanti Cell", 329334, "mobile", "GH", _p("41.218", 192, 208)),
    Net("ke_mob_a", "Simba Mobile", 329471, "mobile", "KE", _p("105.161", 0, 40)),
    Net("ke_mob_b", "Tana Telkom", 328674, "mobile", "KE", _p("41.80", 96, 112)),
    # home fibre / LTE home routers
    Net("ng_fib_a", "Lekki Fibre Networks", 328301, "fibre", "NG", _p("154.113", 64, 128)),
    Net("ng_fib_b", "Harmattan Broadband", 329015, "fibre", "NG", _p("102.216", 0, 48)),
    Net("gh_fib", "Osu Fibre", 328712, "fibre", "GH", _p("41.66", 200, 232)),
    Net("ke_fib_a", "Kilimani Fibre Homes", 328558, "fibre", "KE", _p("41.90", 0, 48)),
    Net("ke_fib_b", "Pwani Broadband", 329120, "fibre", "KE", _p("102.68", 16, 40)),
    # universities, business ISPs, tech hubs, cafe ISP
    Net("uni_unilag", "University of Lagos", 329702, "uni", "NG", _p("196.220", 64, 68)),
    Net("uni_ui", "University of Ibadan", 329703, "uni", "NG", _p("196.222", 8, 10)),
    Net("uni_knust", "Kwame Nkrumah Univ. of Sci. & Tech.", 328934, "uni", "GH", _p("197.255", 120, 124)),
    Net("uni_ug", "University of Ghana", 328935, "uni", "GH", _p("197.255", 64, 66)),
    Net("uni_uon", "University of Nairobi", 328812, "uni", "KE", _p("197.136", 40, 44)),
    Net("ng_biz", "Marina Business Fibre", 328260, "office", "NG", _p("41.184", 160, 192)),
    Net("gh_biz", "Airport City Business Net", 328905, "office", "GH", _p("197.251", 32, 48)),
    Net("ke_biz", "Upper Hill Enterprise Net", 329350, "office", "KE", _p("196.201", 208, 240)),
    Net("ng_hub", "Yaba Hub Connect", 329590, "hub", "NG", _p("102.165", 10, 12)),
    Net("ke_hub", "Ngong Road Innovation Net", 329588, "hub", "KE", _p("102.135", 4, 6)),
    Net("ng_cafe", "Ojuelegba Wireless", 329677, "cafe", "NG", _p("102.67", 0, 16)),
    # diaspora residential (real ASNs)
    Net("uk_bt", "BT", 2856, "resi", "UK", _p("86.160", 0, 64)),
    Net("uk_sky", "Sky Broadband", 5607, "resi", "UK", _p("90.200", 0, 64)),
    Net("us_comcast", "Comcast", 7922, "resi", "US", _p("73.76", 0, 64)),
    Net("us_att", "AT&T", 7018, "resi", "US", _p("99.38", 0, 64)),
    # clouds (real ASNs)
    Net("aws_afs1", "Amazon af-south-1", 16509, "cloud", "af-south-1", _p("13.244", 0, 64) + _p("13.245", 0, 32)),
    Net("aws_euw1", "Amazon eu-west-1", 16509, "cloud", "eu-west-1", _p("34.240", 0, 64) + _p("52.18", 0, 64)),
    Net("gcp_afs1", "Google Cloud africa-south1", 396982, "cloud", "africa-south1", _p("34.35", 0, 64)),
    Net("azure_zan", "Microsoft Azure South Africa North", 8075, "cloud", "southafricanorth", _p("102.133", 128, 200)),
    Net("hetzner", "Hetzner Online", 24940, "cloud", "eu-central", _p("65.108", 0, 128) + _p("95.216", 0, 64)),
    Net("ovh", "OVH SAS", 16276, "cloud", "eu-west", _p("51.38", 0, 128) + _p("51.77", 0, 64)),
    Net("do", "DigitalOcean", 14061, "cloud", "lon1/fra1", _p("164.90", 128, 224) + _p("134.209", 0, 64)),
    # commercial VPN exits (real hosting ASNs used by VPN providers)
    Net("vpn_m247", "M247 Europe", 9009, "vpn", "VPN", _p("146.70", 0, 96)),
    Net("vpn_datacamp", "Datacamp Limited", 212238, "vpn", "VPN", _p("156.146", 32, 64)),
    Net("vpn_leaseweb", "Leaseweb", 60781, "vpn", "VPN", _p("5.79", 64, 96)),
]
NETS = {n.key: n for n in _NETS}

MOBILE_BY_COUNTRY = {"NG": (["ng_mob_a", "ng_mob_b", "ng_mob_c"], [0.45, 0.3, 0.25]),
                     "GH": (["gh_mob_a", "gh_mob_b"], [0.6, 0.4]),
                     "KE": (["ke_mob_a", "ke_mob_b"], [0.7, 0.3])}
FIBRE_BY_CITY = {"Lagos": "ng_fib_a", "Abuja": "ng_fib_b", "Ibadan": "ng_fib_b", "Accra": "gh_fib",
                 "Kumasi": "gh_fib", "Nairobi": "ke_fib_a", "Mombasa": "ke_fib_b",
                 "London": "uk_bt", "Houston": "us_comcast"}
BIZ_BY_COUNTRY = {"NG": "ng_biz", "GH": "gh_biz", "KE": "ke_biz"}


def city_pool(net: Net, city: str, size: int = 6) -> tuple[str, ...]:
    """A carrier's CGNAT pool for one city: a few /24s shared by everyone there."""
    start = dint("pool", net.key, city) % len(net.prefixes)
    return tuple(net.prefixes[(start + i) % len(net.prefixes)] for i in range(min(size, len(net.prefixes))))


def ip_in(prefixes: tuple[str, ...], rng: random.Random) -> str:
    return f"{rng.choice(prefixes)}.{rng.randint(2, 254)}"


def fixed_ips(net_key: str, who: str, n: int) -> list[str]:
    """Stable NAT/server addresses for an organisation, from digests."""
    net = NETS[net_key]
    base = dint("site", net_key, who)
    pfx = net.prefixes[base % len(net.prefixes)]
    first = 2 + (base >> 8) % 200
    return [f"{pfx}.{first + i}" for i in range(n)]


# ---------------------------------------------------------------- devices
PHONES = ["TECNO KI7", "TECNO CK8n", "itel A70", "itel S23", "Infinix X6833B", "Infinix X6711",
          "Samsung SM-A155F", "Samsung SM-A057F", "Redmi Note 13", "Redmi 12C", "Nokia C32", "Oppo A18"]
APP_VERSIONS = ["3.4.1", "3.4.1", "3.4.1", "3.3.7", "3.2.0"]
# browsers share TLS fingerprints (JA4-like) across all users of a build
BROWSERS = {
    "chrome_android": ("Mozilla/5.0 (Linux; Android 13; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36",
                       "t13d1516h2_8daaf6152771_02713d6af862"),
    "chrome_win": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36",
                   "t13d1516h2_8daaf6152771_e5627efa2ab1"),
    "chrome_old_win": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36",
                       "t13d1516h2_8daaf6152771_b0da82dd1658"),
    "safari_ios": ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Mobile/15E148 Safari/604.1",
                   "t13d2014h2_a09f3c656075_14788d8d241b"),
    "safari_mac": ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.4 Safari/605.1.15",
                   "t13d2014h2_a09f3c656075_14788d8d241b"),
    "firefox_linux": ("Mozilla/5.0 (X11; Linux x86_64; rv:138.0) Gecko/20100101 Firefox/138.0",
                      "t13d1715h2_5b57614c22b0_3d5424432f57"),
    "opera_mini": ("Opera/9.80 (Android; Opera Mini/75.1.2254/191.341; U; en) Presto/2.12.423 Version/12.16",
                   "t12d1009h1_6a2c0c2a6a41_2e4f7a0c5d10"),
    "edge_win_managed": ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/135.0.0.0 Safari/537.36 Edg/135.0.0.0",
                         "t13d1516h2_8daaf6152771_9b3e2a1f7c44"),
}
SDKS = {
    "py": "baobab-python/2.3.0 (Python 3.11)", "py_old": "baobab-python/1.9.4 (Python 3.9)",
    "openai_py": "OpenAI/Python 1.82.0", "node": "baobab-node/2.1.3", "openai_node": "OpenAI/JS 4.103.0",
    "requests": "python-requests/2.32.3", "httpx": "python-httpx/0.28.1", "curl": "curl/8.5.0",
    "go": "Go-http-client/2.0", "java": "okhttp/4.12.0", "langchain": "langchain-baobab/0.3.2",
}


def app_device(rng: random.Random, who: str) -> tuple[str, str]:
    ua = f"BaobabChat/{rng.choice(APP_VERSIONS)} (Android {rng.choice([11, 12, 13, 13, 14])}; {rng.choice(PHONES)})"
    if rng.random() < 0.12:
        ua = f"BaobabChat/{rng.choice(APP_VERSIONS)} (iOS {rng.choice(['17.6', '18.3', '18.4'])}; iPhone)"
    return ua, "inst-" + digest("install", who, n=10)


def browser(name: str) -> tuple[str, str]:
    return BROWSERS[name]


# ---------------------------------------------------------------- kits
class Kit:
    """One way a user reaches the API: a device plus how its IP is chosen.

    mode: mobile (CGNAT pool of the city's carrier, new IP per session),
          home (stable per-day IP, tethers to the phone during power cuts),
          fixed (organisation NAT / server IPs), proxy (residential/cloud exits)."""

    def __init__(self, mode: str, city: str, ua: str, device: str | None, net: str | None = None,
                 ips: list[str] | None = None, mobile: str | None = None, who: str = "",
                 proxy_nets: list[str] | None = None):
        self.mode, self.city, self.ua, self.device = mode, city, ua, device
        self.net, self.ips, self.who = net, ips or [], who
        self.proxy_nets = proxy_nets or []
        country = CITIES[city][1]
        if mobile is None and country in MOBILE_BY_COUNTRY:
            keys, w = MOBILE_BY_COUNTRY[country]
            u, acc, mobile = dint("carrier", who) % 10_000 / 10_000, 0.0, keys[-1]
            for k, wk in zip(keys, w):
                acc += wk
                if u < acc:
                    mobile = k
                    break
        self.mobile = mobile
        self.pool = city_pool(NETS[mobile], city) if mobile else ()

    def client(self, rng: random.Random, t: int) -> tuple[str, int, str, str | None]:
        if self.mode == "home" and not (self.mobile and in_outage(self.city, t)):
            net = NETS[self.net]
            day = (t - T0) // DAY
            h = dint("homeip", self.who, day)  # ISPs re-address home routers now and then
            return f"{net.prefixes[h % len(net.prefixes)]}.{2 + (h >> 16) % 252}", net.asn, self.ua, self.device
        if self.mode == "fixed":
            return rng.choice(self.ips), NETS[self.net].asn, self.ua, self.device
        if self.mode == "proxy":
            net = NETS[rng.choice(self.proxy_nets)]
            return ip_in(net.prefixes, rng), net.asn, self.ua, self.device
        net = NETS[self.mobile]
        return ip_in(self.pool, rng), net.asn, self.ua, self.device


def person_kits(rng: random.Random, city: str, who: str, phone_app: float = 0.5,
                laptop_tether: float = 0.25, home: float = 0.15) -> list[Kit]:
    """An ordinary person: a phone (app or browser); maybe a laptop tethered to
    the phone; maybe a home fibre/LTE router."""
    kits = []
    if rng.random() < phone_app:
        ua, dev = app_device(rng, who)
        kits.append(Kit("mobile", city, ua, dev, who=who))
    else:
        ua, fp = browser(rng.choice(["chrome_android"] * 6 + ["safari_ios", "opera_mini"]))
        kits.append(Kit("mobile", city, ua, fp, who=who))
    if rng.random() < laptop_tether:
        ua, fp = browser(rng.choice(["chrome_win"] * 5 + ["chrome_old_win", "firefox_linux", "safari_mac"]))
        kits.append(Kit("mobile", city, ua, fp, who=who + "/laptop"))
    if rng.random() < home:
        ua, fp = browser(rng.choice(["chrome_win", "chrome_win", "safari_mac"]))
        kits.append(Kit("home", city, ua, fp, net=FIBRE_BY_CITY[city], who=who))
    return kits
