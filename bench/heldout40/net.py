"""Networks, clients and instruments: ASNs with address space, user agents, device and
payment fingerprints. Prefixes are plausible for each operator, not authoritative."""
from __future__ import annotations

import ipaddress

# asn: (name, country, kind, [v4 /16 prefixes], v6 /32 prefix or None)
ASNS = {
    45669: ("Jazz (PMCL)", "pk", "mobile", [(119, 160), (119, 152), (39, 32), (39, 33)], "2400:adc0"),
    59257: ("Zong (CMPak)", "pk", "mobile", [(111, 119), (223, 123)], "2407:aa80"),
    24499: ("Telenor Pakistan", "pk", "mobile", [(116, 71), (182, 191)], None),
    17557: ("PTCL", "pk", "fixed", [(39, 48), (182, 176), (119, 154)], "2400:fc00"),
    9541: ("Cyber Internet (StormFiber)", "pk", "fixed", [(58, 65), (202, 163)], None),
    23674: ("Nayatel", "pk", "fixed", [(101, 50), (203, 99)], "2400:5800"),
    38193: ("Wateen", "pk", "fixed", [(110, 93), (202, 69)], None),
    45773: ("HEC PERN", "pk", "edu", [(111, 68), (121, 52)], None),
    24389: ("Grameenphone", "bd", "mobile", [(103, 102), (37, 111)], "2400:c600"),
    24432: ("Robi Axiata", "bd", "mobile", [(103, 67), (27, 147)], "2405:7300"),
    45245: ("Banglalink", "bd", "mobile", [(103, 230), (27, 131)], None),
    23688: ("Link3", "bd", "fixed", [(103, 15), (180, 211)], "2400:1a00"),
    17494: ("BTCL", "bd", "fixed", [(103, 4), (203, 112)], None),
    24342: ("AmberIT", "bd", "fixed", [(103, 9), (114, 130)], None),
    63961: ("BdREN", "bd", "edu", [(103, 83)], None),
    55836: ("Reliance Jio", "in", "mobile", [(49, 36), (157, 32)], "2409:4040"),
    45609: ("Bharti Airtel", "in", "mobile", [(106, 192), (223, 176)], None),
    16509: ("Amazon AWS", "cloud", "dc", [(13, 232), (65, 0), (3, 108), (13, 212), (18, 141)], None),
    396982: ("Google Cloud", "cloud", "dc", [(34, 93), (35, 200), (34, 100)], None),
    8075: ("Microsoft Azure", "cloud", "dc", [(20, 193), (52, 172), (4, 213)], None),
    14061: ("DigitalOcean", "cloud", "dc", [(139, 59), (165, 22), (128, 199)], None),
    24940: ("Hetzner", "cloud", "dc", [(95, 216), (116, 202), (65, 21)], None),
    16276: ("OVH", "cloud", "dc", [(51, 79), (141, 94)], None),
    9009: ("M247", "vpn", "dc", [(185, 156), (89, 187), (193, 27)], None),
    212238: ("Datacamp", "vpn", "dc", [(143, 244), (212, 102)], None),
    51167: ("Contabo", "cloud", "dc", [(161, 97), (5, 189)], None),
    20473: ("Vultr", "cloud", "dc", [(45, 76), (139, 84)], None),
    53813: ("Zscaler", "corp", "dc", [(165, 225), (136, 226)], None),
}
PK_MOBILE = [45669, 59257, 24499]
PK_FIXED = [17557, 9541, 23674, 38193]
BD_MOBILE = [24389, 24432, 45245]
BD_FIXED = [23688, 17494, 24342]
VPN = [9009, 212238, 14061, 16276]


def v4(rng, asn: int) -> str:
    a, b = rng.choice(ASNS[asn][3])
    return f"{a}.{b}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def v6(rng, asn: int) -> str | None:
    p = ASNS[asn][4]
    if p is None:
        return None
    groups = [rng.randrange(65536) for _ in range(6)]
    return ipaddress.IPv6Address(p + ":" + ":".join(f"{g:x}" for g in groups)).compressed


def pool(rng, asns, n: int) -> list[tuple[str, int]]:
    """n public addresses (e.g. a carrier's CGNAT egress pool, a VPN's exits)."""
    return [(v4(rng, a), a) for a in (rng.choice(asns) for _ in range(n))]


def subnet(rng, asn: int, n: int) -> list[tuple[str, int]]:
    """n addresses in one /24 (an office, a cloud NAT gateway, a proxy block)."""
    a, b = rng.choice(ASNS[asn][3])
    c = rng.randrange(256)
    hosts = rng.sample(range(2, 254), n)
    return [(f"{a}.{b}.{c}.{h}", asn) for h in hosts]


def hexid(rng, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


PHONES = ["Infinix X6833B", "Infinix X6731", "TECNO KI7", "TECNO CK7n", "SM-A155F", "SM-A057F", "SM-A256E",
          "23124RN87G", "2311DRK48G", "V2318", "V2247", "CPH2579", "CPH2591", "RMX3830", "RMX3910", "SM-S918B",
          "itel S665L", "Pixel 7a", "23129RAA4G", "M2101K6G"]
CHROME = ["133.0.6943.137", "134.0.6998.135", "135.0.7049.79", "135.0.7049.111", "136.0.7103.60"]


def ua_android(rng, phone: str | None = None) -> str:
    ph = phone or rng.choice(PHONES)
    av = rng.choice(["12", "13", "14", "14", "15"])
    return (f"Mozilla/5.0 (Linux; Android {av}; {ph}) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{rng.choice(CHROME)} Mobile Safari/537.36")


def ua_app(rng, phone: str | None = None) -> str:
    if phone is None and rng.random() < 0.18:
        return f"AsterApp/4.{rng.choice([17, 18, 18, 19])}.{rng.randrange(4)} (iPhone; iOS {rng.choice(['17.6.1', '18.3.2', '18.4'])})"
    ph = phone or rng.choice(PHONES)
    return f"AsterApp/4.{rng.choice([17, 18, 18, 19])}.{rng.randrange(4)} (Android {rng.choice(['13', '14', '15'])}; {ph})"


def ua_desktop(rng) -> str:
    r = rng.random()
    if r < 0.62:
        return (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{rng.choice(CHROME)} Safari/537.36")
    if r < 0.75:
        return (f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                f"Chrome/{rng.choice(CHROME)} Safari/537.36 Edg/{rng.choice(['134.0.3124.93', '135.0.3179.85'])}")
    if r < 0.85:
        return f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:137.0) Gecko/20100101 Firefox/{rng.choice(['137.0', '138.0'])}"
    return ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            f"Version/{rng.choice(['18.3', '18.4'])} Safari/605.1.15")


SDK = {
    "aster-py": ["aster-python/1.39.0", "aster-python/1.41.0", "aster-python/1.42.1"],
    "openai-py": ["OpenAI/Python 1.75.0", "OpenAI/Python 1.76.2", "OpenAI/Python 1.78.1"],
    "aster-node": ["aster-node/4.9.2", "aster-node/4.10.0"],
    "requests": ["python-requests/2.31.0", "python-requests/2.32.3"],
    "httpx": ["python-httpx/0.27.2", "python-httpx/0.28.1"],
    "langchain": ["langchain-aster/0.3.12 aster-python/1.41.0", "langchain-core/0.3.56 OpenAI/Python 1.76.2"],
    "litellm": ["litellm/1.67.4", "litellm/1.68.0"],
    "axios": ["axios/1.8.4", "axios/1.9.0"],
    "curl": ["curl/8.5.0", "curl/7.81.0"],
    "postman": ["PostmanRuntime/7.43.4"],
    "go": ["Go-http-client/2.0"],
    "okhttp": ["okhttp/4.12.0"],
    "dart": ["Dart/3.7 (dart:io)"],
    "ide": ["Continue/1.0.8 (vscode 1.99.3)", "aster-vscode/0.14.2", "JetBrains-AI/251.23774 aster-java/2.2.0"],
}
JA4 = {  # TLS client fingerprints, shared by everyone using the same stack
    "chrome": "t13d1516h2_8daaf6152771_02713d6af862", "firefox": "t13d1715h2_5b57614c22b0_5c2c66f702b0",
    "safari": "t13d2014h2_a09f3c656075_14788d8d241b", "py-openssl3": "t13d1812h2_e8a523a41297_b39be8c56a14",
    "node": "t13d1714h2_5b57614c22b0_9e7b989ebec8", "go": "t13d1311h2_f57a46bbacb6_e7c285222651",
    "okhttp": "t13d1613h2_46e7e9700bed_eca864cca44a", "curl": "t13d3112h2_e8f1e7e78f70_6bebaf5329ac",
    "dart": "t13d1311h2_2b729b4bf6f3_7a3bd6e49d1a",
}


def sdk(rng, kind: str) -> tuple[str, str]:
    """(user agent, JA4 device fingerprint) for an API client library."""
    ua = rng.choice(SDK[kind])
    stack = {"aster-node": "node", "axios": "node", "go": "go", "okhttp": "okhttp", "curl": "curl",
             "dart": "dart", "postman": "node", "ide": "node"}.get(kind, "py-openssl3")
    return ua, "ja4:" + JA4[stack]


def web_device(rng) -> str:
    return "wd_" + hexid(rng, 16)


def app_device(rng, ios: bool = False) -> str:
    return ("ia_" if ios else "ad_") + hexid(rng, 16)


def payment(rng) -> str:
    return "pfp_" + hexid(rng, 20)
