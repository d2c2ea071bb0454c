"""Static world for heldout57: calendar, networks, clients, ingestion nodes.

Francophone West Africa, 2027-05-17 .. 2027-05-19 (UTC). Tabaski (Eid al-Adha)
was sighted on Sunday 16 May in Mali, Burkina Faso, Cote d'Ivoire, Niger,
Cameroon, Benin and Togo, and on Monday 17 May in Senegal and Guinea. Monday 17
is a public holiday everywhere (Tabaski or "lundi de Tabaski"); Tuesday 18 is
"lendemain de Tabaski" in Senegal and Guinea, a working day elsewhere.
The provider launches the baobab-3 family on Monday 17 May 15:00 UTC.

Standard library only. Nothing here depends on the seed: the Internet is fixed,
the traffic is not.
"""
from __future__ import annotations

import random
import time

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
MIN_MS = 60_000
# 2027-05-17T00:00:00Z
W0 = 1_810_512_000_000
LAUNCH = W0 + 15 * HOUR_MS
N_DAYS = 2

MODELS_OLD = ("baobab-2-mini", "baobab-2", "baobab-2-pro")
MODELS_NEW = ("baobab-3", "baobab-3-think")

COUNTRY_TZ = {"SN": 0, "GN": 0, "ML": 0, "BF": 0, "CI": 0, "TG": 0, "BJ": 1, "NE": 1, "CM": 1}
COUNTRIES = ("SN", "CI", "ML", "BF", "GN", "BJ", "TG", "NE", "CM")
# share of the provider's users by country
COUNTRY_W = (30, 24, 10, 8, 6, 7, 5, 3, 7)


def is_holiday(country: str, day: int) -> bool:
    if day == 0:
        return True
    return country in ("SN", "GN")


def is_tabaski_day(country: str, day: int) -> bool:
    return day == 0 and country in ("SN", "GN")


def rfc_ms(ms: int) -> str:
    s, m = divmod(ms, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03dZ" % m


def rfc_s(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms // 1000))


# ---------------------------------------------------------------- diurnal profiles
# local-hour weights (0..23)
PROFILES = {
    "chat":    [2, 1, .6, .4, .3, .5, 1.2, 2.2, 3, 3.5, 3.8, 4, 4.2, 4, 3.8, 3.8, 4, 4.4, 5, 5.6, 6, 6, 5, 3.5],
    "office":  [.1, .05, .05, .05, .05, .1, .4, 2, 5, 7, 7, 6.5, 4, 3.5, 6, 6.5, 6, 4, 1.5, .8, .5, .4, .3, .2],
    "student": [2.5, 1.5, .7, .3, .2, .3, .8, 1.5, 2.5, 3, 3.2, 3, 2.6, 2.8, 3.4, 4, 4.6, 5, 5.2, 5.5, 6, 6.2, 5.6, 4],
    "dev":     [1, .6, .4, .3, .3, .4, .8, 1.5, 3, 4.5, 5, 5, 4, 4, 5, 5, 4.6, 4, 3, 2.6, 2.6, 2.4, 2, 1.5],
    "flat":    [1] * 24,
    "night":   [4, 4, 3.5, 3, 2.5, 2, 1, .5, .3, .3, .3, .3, .3, .3, .3, .3, .3, .5, .8, 1.5, 3, 4, 4.5, 4.5],
    "tabaski": [1.5, .8, .4, .3, .3, .6, 1.2, 1.5, 1.0, .8, .9, 1.2, 1.5, 1.6, 1.8, 2.2, 3, 4, 5, 6, 6.5, 6, 4.5, 3],
    "bpo":     [1.5, 1.2, 1, 1, 1, 1, 1.5, 2.5, 4, 5, 5, 5, 4.5, 4.5, 5, 5, 5, 4.5, 4, 3.5, 3, 2.5, 2, 1.8],
}


def _cum(w):
    out, s = [], 0.0
    for x in w:
        s += x
        out.append(s)
    return out


PROFILE_CUM = {k: _cum(v) for k, v in PROFILES.items()}


def profile_for(name: str, country: str, day: int) -> str:
    """Holiday reshapes most profiles."""
    if name in ("flat", "night", "bpo"):
        return name
    if is_tabaski_day(country, day):
        return "tabaski" if name != "dev" else "chat"
    if is_holiday(country, day) and name == "office":
        return "chat"
    return name


def sample_local_time(rng: random.Random, prof: str, day: int, tz: int) -> int:
    """UTC epoch ms for a local time drawn from profile `prof` on window day `day`."""
    h = rng.choices(range(24), cum_weights=PROFILE_CUM[prof])[0]
    off = h * HOUR_MS + rng.randrange(HOUR_MS)
    return W0 + day * DAY_MS + off - tz * HOUR_MS


# ---------------------------------------------------------------- networks
class Net:
    __slots__ = ("key", "name", "asn", "country", "kind", "v4", "v6", "v6_share", "pool")

    def __init__(self, key, name, asn, country, kind, v4, v6=None, v6_share=0.0, pool=0):
        self.key, self.name, self.asn, self.country, self.kind = key, name, asn, country, kind
        self.v4, self.v6, self.v6_share = v4, v6, v6_share
        # CGNAT / NAT / egress pool of public IPv4 addresses (seed-independent)
        r = random.Random("h57-net|" + key)
        self.pool = [_ip_in(r, v4[r.randrange(len(v4))]) for _ in range(pool)] if pool else []


def _ip_in(r: random.Random, prefix: str) -> str:
    base, bits = prefix.split("/")
    bits = int(bits)
    a = [int(x) for x in base.split(".")]
    n = (a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]
    host = r.randrange(1, (1 << (32 - bits)) - 1)
    n = (n & ~((1 << (32 - bits)) - 1)) | host
    if n & 255 in (0, 255):
        n = (n & ~255) | r.randrange(2, 250)
    return "%d.%d.%d.%d" % (n >> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255)


def _v6_in(r: random.Random, prefix: str) -> str:
    p = prefix.split("::")[0]
    groups = p.split(":")
    while len(groups) < 4:
        groups.append("%x" % r.randrange(0, 0x10000))
    return ":".join(groups) + ":" + ":".join("%x" % r.randrange(0, 0x10000) for _ in range(4))


# ASNs and prefixes are modelled on the real operators of the region; they are
# plausible, not authoritative.
_NETS = [
    # mobile operators (CGNAT: many subscribers per public IPv4)
    Net("sn_orange_m", "Orange Senegal (Sonatel) mobile", 8346, "SN", "mobile", ["41.82.0.0/16", "41.83.0.0/16", "154.124.0.0/16"], "2c0f:f0d0::", 0.22, 900),
    Net("sn_free_m", "Free Senegal mobile", 37649, "SN", "mobile", ["41.208.128.0/18", "102.164.128.0/17"], None, 0, 500),
    Net("sn_expresso_m", "Expresso Senegal mobile", 37196, "SN", "mobile", ["41.214.0.0/17"], None, 0, 200),
    Net("ci_orange_m", "Orange Cote d'Ivoire mobile", 29571, "CI", "mobile", ["160.154.0.0/16", "160.155.0.0/16"], "2c0f:f8f0::", 0.18, 800),
    Net("ci_mtn_m", "MTN Cote d'Ivoire mobile", 36974, "CI", "mobile", ["102.67.0.0/16", "105.235.64.0/18"], None, 0, 600),
    Net("ci_moov_m", "Moov Africa Cote d'Ivoire mobile", 37233, "CI", "mobile", ["41.189.32.0/19", "102.141.0.0/17"], None, 0, 300),
    Net("ml_orange_m", "Orange Mali mobile", 30985, "ML", "mobile", ["41.73.96.0/19", "217.64.96.0/20"], None, 0, 350),
    Net("ml_moov_m", "Moov Africa Malitel mobile", 21042, "ML", "mobile", ["41.221.160.0/19"], None, 0, 200),
    Net("bf_orange_m", "Orange Burkina Faso mobile", 37577, "BF", "mobile", ["102.180.0.0/16", "41.138.96.0/19"], None, 0, 300),
    Net("bf_moov_m", "Moov Africa Burkina Faso mobile", 25543, "BF", "mobile", ["196.28.240.0/20", "41.203.224.0/19"], None, 0, 180),
    Net("gn_orange_m", "Orange Guinee mobile", 37461, "GN", "mobile", ["102.176.0.0/16"], None, 0, 220),
    Net("gn_mtn_m", "MTN Guinee mobile", 37351, "GN", "mobile", ["197.149.192.0/18"], None, 0, 150),
    Net("bj_mtn_m", "MTN Benin mobile", 37424, "BJ", "mobile", ["137.255.0.0/16"], "2c0f:f6c8::", 0.12, 250),
    Net("bj_moov_m", "Moov Africa Benin mobile", 37090, "BJ", "mobile", ["41.138.80.0/20", "102.22.0.0/17"], None, 0, 150),
    Net("tg_togocel_m", "Togocel mobile", 36924, "TG", "mobile", ["102.64.0.0/17"], None, 0, 180),
    Net("tg_moov_m", "Moov Africa Togo mobile", 37527, "TG", "mobile", ["41.207.160.0/19"], None, 0, 120),
    Net("ne_airtel_m", "Airtel Niger mobile", 37531, "NE", "mobile", ["41.138.32.0/19", "102.219.0.0/18"], None, 0, 120),
    Net("cm_mtn_m", "MTN Cameroon mobile", 30992, "CM", "mobile", ["41.202.192.0/19", "102.244.0.0/16"], "2c0f:f5c0::", 0.15, 350),
    Net("cm_orange_m", "Orange Cameroun mobile", 36912, "CM", "mobile", ["41.244.224.0/19", "154.72.160.0/19"], None, 0, 300),
    # fixed broadband / fibre (one IP per household per day)
    Net("sn_orange_f", "Orange Senegal fibre/ADSL", 8346, "SN", "fixed", ["41.82.128.0/17", "197.159.192.0/18"], "2c0f:f0d8::", 0.3),
    Net("ci_orange_f", "Orange Cote d'Ivoire fibre", 29571, "CI", "fixed", ["160.120.0.0/16"]),
    Net("cm_camtel_f", "Camtel", 15964, "CM", "fixed", ["129.0.0.0/16", "195.24.192.0/19"]),
    Net("ml_orange_f", "Orange Mali fibre", 30985, "ML", "fixed", ["41.73.112.0/20"]),
    Net("bf_onatel_f", "Onatel fixe", 25543, "BF", "fixed", ["196.28.224.0/20"]),
    Net("bj_sbin_f", "SBIN (Benin Telecom) fixe", 28683, "BJ", "fixed", ["41.79.216.0/21", "41.85.160.0/19"]),
    Net("tg_ti_f", "Togo Telecom fixe", 24691, "TG", "fixed", ["196.168.0.0/17"]),
    Net("gn_sotelgui_f", "Guinee fixe", 37287, "GN", "fixed", ["41.79.232.0/21"]),
    Net("ne_sonitel_f", "Niger Telecoms fixe", 37233, "NE", "fixed", ["41.203.160.0/20"]),
    Net("starlink", "Starlink", 14593, "BJ", "fixed", ["129.222.64.0/18", "98.97.0.0/18"], "2605:59c8::", 0.5, 60),
    # campus NATs (a handful of public IPs for thousands of students)
    Net("ucad", "UCAD Dakar campus NAT (SnRER)", 327795, "SN", "campus", ["196.1.92.0/22"], None, 0, 6),
    Net("ugb", "UGB Saint-Louis campus NAT (SnRER)", 327795, "SN", "campus", ["196.1.96.0/24"], None, 0, 2),
    Net("ufhb", "Universite Felix Houphouet-Boigny NAT (RITER)", 328079, "CI", "campus", ["196.47.128.0/22"], None, 0, 4),
    Net("ujkz", "Universite Joseph Ki-Zerbo NAT (FasoREN)", 327820, "BF", "campus", ["196.13.204.0/23"], None, 0, 3),
    Net("usttb", "USTTB Bamako NAT (MaliREN)", 328163, "ML", "campus", ["196.200.56.0/23"], None, 0, 3),
    Net("uac", "Universite d'Abomey-Calavi NAT", 328120, "BJ", "campus", ["196.49.16.0/23"], None, 0, 2),
    Net("ul_lome", "Universite de Lome NAT", 327922, "TG", "campus", ["196.49.62.0/23"], None, 0, 2),
    Net("uy1", "Universite de Yaounde I NAT", 328033, "CM", "campus", ["196.202.232.0/23"], None, 0, 3),
    Net("sonatel_academy", "Orange Digital Center / bootcamp NAT", 8346, "SN", "campus", ["41.82.250.0/24"], None, 0, 2),
    Net("odc_abj", "Bootcamp Abidjan NAT", 29571, "CI", "campus", ["160.120.250.0/24"], None, 0, 2),
    # government and corporate networks
    Net("sn_gov", "Senegal government network (SENUM)", 37420, "SN", "corp", ["196.207.224.0/20"], None, 0, 5),
    Net("ci_gov", "Cote d'Ivoire government network", 36968, "CI", "corp", ["196.47.160.0/21"], None, 0, 4),
    Net("bpo_dkr", "Call-centre Dakar (Orange business link)", 8346, "SN", "corp", ["197.159.224.0/22"], None, 0, 3),
    Net("bpo_abj", "Call-centre Abidjan (MTN business)", 36974, "CI", "corp", ["102.67.254.0/24"], None, 0, 2),
    Net("bank_abj", "Bank Abidjan corporate", 29571, "CI", "corp", ["160.120.200.0/24"], None, 0, 2),
    # clouds
    Net("aws_afs1", "AWS af-south-1", 16509, "ZA", "cloud", ["13.244.0.0/15", "13.246.0.0/16"], "2406:da11::", 0.1, 400),
    Net("aws_euw3", "AWS eu-west-3", 16509, "FR", "cloud", ["15.188.0.0/16", "35.180.0.0/16", "13.38.0.0/16"], "2a05:d012::", 0.1, 600),
    Net("azure_frc", "Microsoft Azure France Central", 8075, "FR", "cloud", ["20.74.0.0/16", "40.89.128.0/18"], None, 0, 500),
    Net("gcp_euw9", "Google Cloud europe-west9", 396982, "FR", "cloud", ["34.155.0.0/16", "34.163.0.0/16"], "2600:1900:4180::", 0.05, 400),
    Net("ovh", "OVH", 16276, "FR", "cloud", ["51.38.0.0/16", "54.36.0.0/16", "141.94.0.0/16"], "2001:41d0::", 0.1, 400),
    Net("hetzner", "Hetzner", 24940, "DE", "cloud", ["5.9.0.0/16", "88.99.0.0/16", "65.108.0.0/16"], "2a01:4f8::", 0.1, 400),
    Net("digitalocean", "DigitalOcean", 14061, "DE", "cloud", ["164.90.160.0/19", "167.172.160.0/19"], None, 0, 200),
    Net("adc", "Africa Data Centres", 37662, "CI", "cloud", ["102.130.64.0/19"], None, 0, 60),
    # VPN exits
    Net("m247", "M247 (VPN exits)", 9009, "FR", "vpn", ["185.156.172.0/22", "89.46.114.0/23", "146.70.0.0/18"], None, 0, 160),
    Net("datacamp", "Datacamp (VPN exits)", 60068, "FR", "vpn", ["156.146.56.0/22", "185.104.184.0/22"], None, 0, 120),
    Net("proton", "Proton VPN exits", 209103, "CH", "vpn", ["149.88.24.0/22", "185.159.156.0/22"], None, 0, 80),
    Net("warp", "Cloudflare WARP", 13335, "FR", "vpn", ["104.28.0.0/16"], "2a09:bac1::", 0.35, 300),
]
NETS = {n.key: n for n in _NETS}

MOBILE_BY_COUNTRY = {
    "SN": [("sn_orange_m", 60), ("sn_free_m", 28), ("sn_expresso_m", 12)],
    "CI": [("ci_orange_m", 45), ("ci_mtn_m", 38), ("ci_moov_m", 17)],
    "ML": [("ml_orange_m", 65), ("ml_moov_m", 35)],
    "BF": [("bf_orange_m", 60), ("bf_moov_m", 40)],
    "GN": [("gn_orange_m", 60), ("gn_mtn_m", 40)],
    "BJ": [("bj_mtn_m", 62), ("bj_moov_m", 38)],
    "TG": [("tg_togocel_m", 60), ("tg_moov_m", 40)],
    "NE": [("ne_airtel_m", 100)],
    "CM": [("cm_mtn_m", 55), ("cm_orange_m", 45)],
}
FIXED_BY_COUNTRY = {"SN": "sn_orange_f", "CI": "ci_orange_f", "CM": "cm_camtel_f", "ML": "ml_orange_f",
                    "BF": "bf_onatel_f", "BJ": "bj_sbin_f", "TG": "tg_ti_f", "GN": "gn_sotelgui_f", "NE": "ne_sonitel_f"}
CAMPUS_BY_COUNTRY = {"SN": ["ucad", "ucad", "ugb"], "CI": ["ufhb"], "BF": ["ujkz"], "ML": ["usttb"], "BJ": ["uac"],
                     "TG": ["ul_lome"], "CM": ["uy1"], "GN": ["ucad"], "NE": ["ujkz"]}


def pick_country(rng: random.Random) -> str:
    return rng.choices(COUNTRIES, weights=COUNTRY_W)[0]


def pick_mobile(rng: random.Random, country: str) -> str:
    opts = MOBILE_BY_COUNTRY[country]
    return rng.choices([k for k, _ in opts], weights=[w for _, w in opts])[0]


def addr(rng: random.Random, net: Net, sticky_v4: str | None = None) -> tuple[str, int]:
    """One request's source address on `net`."""
    if net.v6 and rng.random() < net.v6_share:
        return _v6_in(rng, net.v6), net.asn
    if sticky_v4:
        return sticky_v4, net.asn
    if net.pool:
        return net.pool[rng.randrange(len(net.pool))], net.asn
    return _ip_in(rng, net.v4[rng.randrange(len(net.v4))]), net.asn


def fixed_ip(rng: random.Random, net: Net) -> str:
    return _ip_in(rng, net.v4[rng.randrange(len(net.v4))])


def v6_subscriber(rng: random.Random, net: Net) -> str:
    return _v6_in(rng, net.v6)


# ---------------------------------------------------------------- clients
ANDROID_PHONES = ["TECNO KI7", "TECNO CK8n", "TECNO BG6", "Infinix X6833B", "Infinix X6731", "itel A665L", "itel S665L",
                  "SM-A155F", "SM-A057F", "SM-A256E", "Redmi Note 13", "23106RN0DA", "CPH2591", "TECNO LH7n", "Infinix X6525"]
IPHONES = ["iPhone14,7", "iPhone13,2", "iPhone15,4", "iPhone12,1", "iPhone16,2"]


def ua_android_chrome(rng):
    return ("Mozilla/5.0 (Linux; Android %d; %s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Mobile Safari/537.36"
            % (rng.choice([11, 12, 13, 13, 14, 14, 15, 16]), rng.choice(ANDROID_PHONES), rng.randrange(143, 149)))


def ua_iphone(rng):
    v = rng.choice(["18_5", "18_6", "19_0", "19_1", "19_2"])
    return ("Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1"
            % (v, v.split("_")[0] + "." + v.split("_")[1]))


def ua_desktop(rng):
    k = rng.random()
    cv = rng.randrange(143, 149)
    if k < 0.55:
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % cv
    if k < 0.7:
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36 Edg/%d.0.0.0" % (cv, cv)
    if k < 0.82:
        return "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:%d.0) Gecko/20100101 Firefox/%d.0" % (cv + 7, cv + 7)
    if k < 0.93:
        return "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.1 Safari/605.1.15"
    return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36" % cv


def ua_app_android(rng):
    return "BaobabChat/%s (Android %d; %s)" % (rng.choice(["4.1.0", "4.1.2", "4.2.0", "4.2.1"]), rng.choice([12, 13, 14, 15]), rng.choice(ANDROID_PHONES))


def ua_app_ios(rng):
    return "BaobabChat/%s (iOS %s; %s)" % (rng.choice(["4.1.1", "4.2.0", "4.2.1"]), rng.choice(["18.5", "18.6", "19.1", "19.2"]), rng.choice(IPHONES))


SDK_UAS = [
    "baobab-python/2.6.1", "baobab-python/2.5.3", "baobab-python/2.7.0", "baobab-node/2.3.1", "baobab-node/2.4.0",
    "OpenAI/Python 1.99.2", "OpenAI/Python 2.1.0", "OpenAI/JS 5.8.1", "python-httpx/0.28.1", "python-requests/2.32.4",
    "curl/8.12.1", "PostmanRuntime/7.44.1", "axios/1.10.0", "GuzzleHttp/7", "Dart/3.8 (dart:io)", "okhttp/4.12.0",
    "Go-http-client/2.0", "langchain-baobab/0.4.2", "litellm/1.81.3", "n8n/1.99.0",
]
# TLS client fingerprints shared by everybody using the same client stack
_TLS = {}


def tls_fp(ua: str) -> str:
    fp = _TLS.get(ua)
    if fp is None:
        r = random.Random("h57-tls|" + ua.split("/")[0])
        fp = "t13d%02d%02dh2_%012x_%012x" % (r.randrange(10, 20), r.randrange(8, 18), r.getrandbits(48), r.getrandbits(48))
        _TLS[ua] = fp
    return fp


def device_id(rng: random.Random) -> str:
    return "dv_%020x" % rng.getrandbits(80)


# ---------------------------------------------------------------- ingestion nodes
# Each gateway node serialises events its own way (key order, ts format,
# account_created_at format, asn as text, missing enrichment).
NODE_OF_COUNTRY = {
    "SN": [("gw-dkr1", 70), ("gw-dkr2", 30)],
    "GN": [("gw-dkr1", 50), ("gw-dkr2", 50)],
    "ML": [("gw-bko1", 55), ("gw-dkr2", 45)],
    "CI": [("gw-abj1", 60), ("gw-abj2", 40)],
    "BF": [("gw-abj2", 55), ("gw-oua1", 45)],
    "TG": [("gw-abj1", 50), ("gw-abj2", 50)],
    "BJ": [("gw-abj1", 40), ("gw-dla1", 60)],
    "NE": [("gw-dla1", 60), ("gw-oua1", 40)],
    "CM": [("gw-dla1", 100)],
    "XX": [("gw-par1", 70), ("gw-dkr1", 20), ("gw-abj1", 10)],
}
