"""Static facts of world 15: calendar, regions, networks, clients, models.

Window starts Thursday 2026-02-12 00:00Z (northern winter / southern summer).
The new model `nimbus-3` is released Thursday 21:15Z: Friday 08:15 in Sydney,
10:15 in Auckland, 13:15 in Vancouver, 22:15 in Stockholm and Warsaw.
"""
from __future__ import annotations

DAY_MS = 86_400_000
HOUR_MS = 3_600_000
MIN_MS = 60_000
START_MS = 1_770_854_400_000  # 2026-02-12T00:00:00Z, a Thursday
RELEASE_OFFSET_MS = 21 * HOUR_MS + 15 * MIN_MS  # Thursday 21:15Z

OLD_MODELS = ["nimbus-2.5", "nimbus-2.5-mini", "nimbus-2.5-mini", "nimbus-2.5-code"]
NEW_MODEL = "nimbus-3"
NEW_SMALL = "nimbus-3-flash"

CHAT = "/v1/chat/completions"
RESPONSES = "/v1/responses"
APP = "/v1/app/conversations"
EMBED = "/v1/embeddings"

# Region -> UTC offset (hours, February) and a language code for local prompts.
REGIONS = {
    "se": (1.0, "sv"), "no": (1.0, "nb"), "dk": (1.0, "da"), "fi": (2.0, "fi"),
    "pl": (1.0, "pl"), "cz": (1.0, "cs"), "hu": (1.0, "hu"),
    "ke": (3.0, "sw"), "ug": (3.0, "sw"), "et": (3.0, "am"),
    "pk": (5.0, "ur"), "bd": (6.0, "bn"), "lk": (5.5, "si"),
    "au": (11.0, "en"), "auw": (8.0, "en"), "nz": (13.0, "en"), "bc": (-8.0, "en"),
}

# Networks: name -> (ASN, kind, region, [/16 prefixes]). Real public ASNs;
# prefixes are plausible blocks of each operator, not an exact routing table.
NETS = {
    # Nordics
    "telia_se": (3301, "resid", "se", ["81.224", "81.227", "81.231", "78.67"]),
    "tele2_se": (1257, "mobile", "se", ["90.224", "90.229", "2.64"]),
    "bredband2": (29518, "resid", "se", ["94.191", "83.233"]),
    "sunet": (1653, "edu", "se", ["130.235", "130.237", "130.238", "130.239"]),
    "telenor_no": (2119, "mobile", "no", ["84.208", "84.210", "84.212", "46.66"]),
    "altibox": (29695, "resid", "no", ["89.10", "85.166", "92.220"]),
    "telia_no": (12929, "mobile", "no", ["37.191", "77.16"]),
    "sikt": (224, "edu", "no", ["129.240", "129.241", "158.36"]),
    "tdc_dk": (3292, "resid", "dk", ["87.48", "87.49", "80.62", "93.176"]),
    "deic": (1835, "edu", "dk", ["130.225", "130.226"]),
    "elisa_fi": (719, "resid", "fi", ["91.152", "91.153", "88.113"]),
    "dna_fi": (16086, "mobile", "fi", ["84.248", "84.249", "62.78"]),
    "funet": (1741, "edu", "fi", ["128.214", "130.230", "130.233"]),
    # Poland / Czechia / Hungary
    "orange_pl": (5617, "resid", "pl", ["83.6", "83.24", "83.30", "5.173"]),
    "netia": (12741, "resid", "pl", ["77.253", "77.254", "95.49"]),
    "upc_pl": (9141, "resid", "pl", ["89.64", "89.66", "89.71"]),
    "tmobile_pl": (12912, "mobile", "pl", ["37.30", "37.31", "188.146"]),
    "play_pl": (39603, "mobile", "pl", ["37.47", "37.248", "31.0"]),
    "pionier": (8501, "edu", "pl", ["149.156", "150.254"]),
    "o2_cz": (5610, "resid", "cz", ["90.176", "90.177", "90.178", "86.49"]),
    "vodafone_cz": (16019, "mobile", "cz", ["46.135", "109.81"]),
    "cesnet": (2852, "edu", "cz", ["147.32", "147.251", "147.229"]),
    "telekom_hu": (5483, "resid", "hu", ["84.0", "84.1", "80.98", "81.182"]),
    "digi_hu": (20845, "resid", "hu", ["94.21", "188.36", "37.191"]),
    "kifu": (1955, "edu", "hu", ["152.66", "193.6", "157.181"]),
    # East Africa
    "safaricom": (33771, "mobile", "ke", ["105.160", "105.161", "105.163", "41.90"]),
    "airtel_ke": (36926, "mobile", "ke", ["41.80", "41.81", "197.237"]),
    "zuku": (15808, "resid", "ke", ["197.248", "197.254", "41.212"]),
    "liquid_ke": (30844, "business", "ke", ["41.204", "41.215", "197.232"]),
    "kenet": (36914, "edu", "ke", ["41.89", "196.12"]),
    "mtn_ug": (20294, "mobile", "ug", ["41.210", "41.190", "102.85"]),
    "ethio": (24757, "mobile", "et", ["196.188", "196.189", "196.190"]),
    # South Asia
    "ptcl": (17557, "resid", "pk", ["39.32", "39.33", "182.176", "182.178"]),
    "jazz": (45669, "mobile", "pk", ["119.160", "119.152", "39.57"]),
    "zong": (59257, "mobile", "pk", ["111.119", "223.123"]),
    "nayatel": (23674, "resid", "pk", ["58.65", "121.91"]),
    "grameenphone": (24389, "mobile", "bd", ["37.111", "103.230", "114.130"]),
    "link3": (23688, "business", "bd", ["103.15", "202.4", "123.200"]),
    "dialog": (18001, "mobile", "lk", ["112.134", "123.231", "175.157"]),
    "slt": (9329, "resid", "lk", ["112.135", "124.43", "220.247"]),
    # Australia / New Zealand
    "telstra": (1221, "resid", "au", ["1.120", "1.129", "101.181", "120.150"]),
    "optus": (4804, "mobile", "au", ["49.176", "49.180", "110.175"]),
    "tpg": (7545, "resid", "au", ["101.160", "101.165", "14.200", "60.241"]),
    "aussiebb": (4764, "resid", "au", ["180.150", "103.44", "159.196"]),
    "aarnet": (7575, "edu", "au", ["129.78", "130.56", "150.203", "130.194"]),
    "spark_nz": (4771, "resid", "nz", ["122.56", "122.57", "125.238", "49.224"]),
    "one_nz": (9500, "mobile", "nz", ["118.92", "27.252", "119.224"]),
    "reannz": (38022, "edu", "nz", ["130.216", "132.181"]),
    # Pacific Canada
    "telus": (852, "resid", "bc", ["154.20", "207.216", "75.156", "184.66"]),
    "shaw": (6327, "resid", "bc", ["70.66", "24.68", "24.86", "68.147"]),
    "rogers": (812, "mobile", "bc", ["99.224", "99.230", "174.112"]),
    "bcnet": (271, "edu", "bc", ["142.103", "142.58", "206.12"]),
    # Clouds, hosting, VPN
    "aws": (16509, "cloud", "*", ["13.48", "13.51", "13.60", "3.104", "52.62", "54.252", "15.157"]),
    "azure": (8075, "cloud", "*", ["20.82", "20.91", "40.113", "52.148", "4.227"]),
    "gcp": (396982, "cloud", "*", ["34.116", "34.118", "35.189", "34.87"]),
    "oracle": (31898, "cloud", "*", ["140.238", "129.146", "132.145", "152.70"]),
    "digitalocean": (14061, "cloud", "*", ["134.122", "159.223", "164.90", "209.38"]),
    "vultr": (20473, "cloud", "*", ["45.32", "45.76", "149.28", "139.180"]),
    "upcloud": (202053, "cloud", "*", ["94.237", "5.22", "85.9"]),
    "scaleway": (12876, "cloud", "*", ["51.15", "51.158", "163.172"]),
    "contabo": (51167, "cloud", "*", ["161.97", "62.171", "173.212"]),
    "linode": (63949, "cloud", "*", ["172.104", "139.162", "170.187"]),
    "mullvad": (39351, "vpn", "*", ["193.138", "185.213", "185.65"]),
}

REGION_NETS = {}
for _name, (_asn, _kind, _reg, _p) in NETS.items():
    REGION_NETS.setdefault((_reg, _kind), []).append(_name)

# Region weights of ordinary consumers and developers in this world.
CONSUMER_REGIONS = {"se": 9, "no": 6, "dk": 5, "fi": 5, "pl": 12, "cz": 6, "hu": 5,
                    "ke": 9, "ug": 3, "et": 2, "pk": 9, "bd": 7, "lk": 3,
                    "au": 10, "auw": 2, "nz": 4, "bc": 8}

# Hour-of-day activity profiles (local time), 24 weights each.
PROFILES = {
    "consumer": [2, 1, 1, .5, .5, .5, 1, 2, 3, 4, 5, 5, 6, 6, 5, 5, 6, 7, 8, 9, 10, 9, 7, 4],
    "office":   [.2, .1, .1, .1, .1, .2, .5, 3, 8, 10, 10, 9, 7, 9, 10, 9, 7, 4, 2, 1.5, 1, .8, .5, .3],
    "student":  [4, 2, 1, .5, .3, .3, .5, 2, 4, 6, 7, 7, 6, 7, 8, 8, 8, 8, 9, 10, 11, 11, 9, 7],
    "evening":  [2, 1, .5, .3, .2, .2, .5, 1, 1.5, 2, 2, 2, 2.5, 2.5, 2.5, 3, 4, 6, 9, 11, 12, 10, 7, 4],
    "night":    [9, 10, 10, 9, 7, 4, 1, .5, .3, .3, .3, .3, .3, .3, .3, .3, .3, .3, .5, 1, 2, 3, 5, 7],
    "flat":     [1] * 24,
    "server":   [6, 5, 5, 5, 5, 6, 7, 8, 9, 10, 10, 10, 10, 10, 10, 10, 10, 9, 9, 8, 8, 7, 7, 6],
    "wide":     [1, .5, .3, .2, .2, .5, 2, 4, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 5, 3, 2],
}

# device_id in this world is a JA4 TLS client fingerprint observed at the edge:
# it identifies a TLS *stack*, not a machine, so huge benign crowds share one value.
# It is missing (None) when traffic arrives over the enterprise private link,
# where TLS terminates at the customer's own proxy.
JA4 = {
    "chrome": "t13d1516h2_8daaf6152771_02713d6af862",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b",
    "firefox": "t13d1715h2_5b57614c22b0_3d5424432f57",
    "py_httpx": "t13d1712h2_5b57614c22b0_ef7df7f74e48",
    "py_requests": "t13d1812h1_85036bcba153_b26ce05bbdd6",
    "node": "t13d1713h2_5b57614c22b0_748f4c70de1c",
    "go": "t13d1310h2_f57a46bbacb6_ab7e3b40a677",
    "curl": "t13d3112h1_e8f1e7e78f70_6bebaf5329ac",
    "ios_app": "t13d2013h2_a09f3c656075_e42f34c56612",
    "android_app": "t13d1614h2_2b729b4bf6f3_0e2c6bf4a2d4",
    "java": "t13d1111h2_f4a1f4e8b3ce_9f1e6e1b4c5a",
    "relay_go": "t13d0911h2_c8f3c2a3a8de_1a2b3c4d5e6f",
    "curl_imp": "t13d1516h2_8daaf6152771_02713d6af862",  # curl-impersonate: Chrome's JA4
}

UA = {
    "py_sdk": ["nimbus-python/2.4.1 CPython/3.11.9", "nimbus-python/2.4.1 CPython/3.12.2",
               "nimbus-python/2.3.0 CPython/3.10.12", "nimbus-python/2.5.0 CPython/3.12.4"],
    "node_sdk": ["nimbus-node/1.9.0 node/20.11.1", "nimbus-node/1.8.2 node/18.19.0", "nimbus-node/1.9.1 node/21.6.1"],
    "requests": ["python-requests/2.31.0", "python-requests/2.32.3"],
    "httpx": ["python-httpx/0.27.0", "python-httpx/0.26.0"],
    "curl": ["curl/8.5.0", "curl/7.81.0", "curl/8.6.0"],
    "go": ["Go-http-client/2.0"],
    "java": ["okhttp/4.12.0", "Java-http-client/17.0.9"],
    "langchain": ["langchain-nimbus/0.2.7 nimbus-python/2.4.1", "llama-index/0.10.12 nimbus-python/2.4.1"],
    "browser": [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
        "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    ],
    "ios_app": ["NimbusApp/5.12.0 (iPhone; iOS 17.3; Scale/3.00)", "NimbusApp/5.12.0 (iPhone; iOS 17.2.1; Scale/3.00)",
                "NimbusApp/5.11.4 (iPad; iPadOS 17.3; Scale/2.00)"],
    "android_app": ["NimbusApp/5.12.0 (Android 14; Pixel 7)", "NimbusApp/5.12.0 (Android 13; SM-A546B)",
                    "NimbusApp/5.11.4 (Android 12; TECNO KH7)", "NimbusApp/5.12.0 (Android 14; Infinix X6833B)"],
}

# Which TLS stack each UA family uses.
UA_JA4 = {"py_sdk": "py_httpx", "node_sdk": "node", "requests": "py_requests", "httpx": "py_httpx",
          "curl": "curl", "go": "go", "java": "java", "langchain": "py_httpx", "browser": "chrome",
          "ios_app": "ios_app", "android_app": "android_app"}
