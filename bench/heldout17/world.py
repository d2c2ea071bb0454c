"""The world of heldout17: Carnaval 2026 across Latin America.

Clock, release, models, the networks (real ASNs of the region's ISPs, carriers,
clouds, hosting, academic networks, satellite and VPN operators), address
allocation that follows how each kind of network really hands out IPv4 and
IPv6, user agents, diurnal profiles, and the opaque identifier scheme.
Everything is deterministic: addresses and ids come from hashes of stable keys,
never from the order in which accounts are generated.
"""
from __future__ import annotations

import bisect
import hashlib
import ipaddress
import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

# --------------------------------------------------------------------------- clock
# Window starts on Carnival Monday 2026-02-16 00:00 UTC. Brazil and Argentina
# have Carnival holidays on Monday 16 and Tuesday 17 (Ash Wednesday 18 is a
# half day in Brazil); Mexico, Colombia, Peru and Chile work normally (Chile is
# in its summer holidays, universities closed).
T0 = int(datetime(2026, 2, 16, tzinfo=timezone.utc).timestamp() * 1000)
HOUR = 3_600_000
DAY = 24 * HOUR
MIN = 60_000
# condor-4 ships on Carnival Monday at 16:00 UTC = 13:00 Brasilia/Buenos Aires/
# Santiago (summer time), 11:00 Bogota/Lima, 10:00 Mexico City.
RELEASE = T0 + 16 * HOUR

OLD_MODELS = ("condor-3.5", "condor-3.5-mini")
NEW_MODELS = ("condor-4", "condor-4-mini")
EMBED_MODEL = "condor-embed-2"

EP_CHAT = "/v1/chat/completions"
EP_RESP = "/v1/responses"
EP_EMBED = "/v1/embeddings"
EP_BATCH = "/v1/batch/chat/completions"  # a request executed inside a Batch job

# UTC offsets in February 2026 (no DST in BR/MX/CO/PE/AR; Chile is on summer time)
TZ = {"BR": -3, "AR": -3, "CL": -3, "UY": -3, "MX": -6, "CO": -5, "PE": -5, "US": -5}


def h(*parts: object, n: int = 16) -> str:
    """Opaque stable hex id of the parts."""
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=16).hexdigest()[:n]


SALT = ["0"]  # set per run (the seed), so addresses differ between seeds


def hint(*parts: object) -> int:
    key = "\x1f".join((SALT[0], *map(str, parts)))
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=16).digest(), "big")


# ------------------------------------------------------------------------ networks
@dataclass
class Net:
    key: str
    name: str
    asn: int
    cc: str
    kind: str  # fixed | mobile | cloud | hosting | edu | sat | vpn | sase | tunnel
    v4: list[str]
    v6: list[str] = field(default_factory=list)
    v6_share: float = 0.0  # share of dual-stack client requests that go over IPv6
    cgnat: bool = False  # IPv4 behind carrier-grade NAT (shared public addresses)
    _v4: list = field(default_factory=list, repr=False)
    _v6: list = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._v4 = [ipaddress.ip_network(p) for p in self.v4]
        self._v6 = [ipaddress.ip_network(p) for p in self.v6]

    # IPv4 address inside block i (chosen by key), stable for the key
    def v4_addr(self, *key: object) -> str:
        x = hint(self.key, "v4", *key)
        blk = self._v4[x % len(self._v4)]
        size = blk.num_addresses
        off = (x >> 16) % (size - 2) + 1
        if off % 256 in (0, 255):
            off += 1
        return str(ipaddress.IPv4Address(int(blk.network_address) + off % size))

    def v4_pool_addr(self, pool: str, pool_size: int, *key: object) -> str:
        """One of `pool_size` shared public addresses (a CGNAT or NAT pool)."""
        slot = hint(self.key, pool, *key) % pool_size
        return self.v4_addr("pool", pool, slot)

    def v6_prefix(self, plen: int, *key: object) -> int:
        """A /plen prefix inside the network's IPv6 block, as an int (host bits 0)."""
        x = hint(self.key, "v6", plen, *key)
        blk = self._v6[x % len(self._v6)]
        free = plen - blk.prefixlen
        sub = (x >> 8) % (1 << free)
        return int(blk.network_address) | (sub << (128 - plen))


def v6(prefix: int, plen: int, *key: object, sub: int | None = None, subplen: int = 64) -> str:
    """Address inside prefix/plen: optional /subplen subnet number, random-looking IID."""
    x = hint("iid", *key)
    a = prefix
    if sub is not None and subplen > plen:
        a |= (sub % (1 << (subplen - plen))) << (128 - subplen)
        host_bits = 128 - subplen
    else:
        host_bits = 128 - plen
    a |= x % (1 << host_bits)
    return ipaddress.IPv6Address(a).compressed


# Real ASNs. IPv4 blocks are inside ranges these operators announce (approximate,
# not registry-verified per block); IPv6 /32s are those commonly seen in the wild
# for the operator where known (2804:14c/14d Claro NET, 2804:7f0 Vivo fibre,
# 2804:18 Vivo mobile, 2804:d41 Oi, 2806:2f0 Telmex, 2800:810 Telecom Argentina,
# 2001:1388 Telefonica del Peru, 2001:470 Hurricane Electric) and otherwise a
# plausible /32 in LACNIC space.
_NETS = [
    # Brazil, fixed broadband
    Net("vivo_fibra", "Telefonica Brasil (Vivo Fibra, ex-GVT)", 18881, "BR", "fixed",
        ["179.222.0.0/15", "189.34.0.0/15", "191.176.0.0/14", "201.42.0.0/15"], ["2804:7f0::/32"], 0.72),
    Net("claro_net", "Claro NXT (NET Virtua)", 28573, "BR", "fixed",
        ["177.32.0.0/14", "179.216.0.0/14", "189.120.0.0/14", "201.80.0.0/14"],
        ["2804:14c::/32", "2804:14d::/32"], 0.75),
    Net("oi_fibra", "Oi Fibra (Telemar Norte Leste / V.tal)", 7738, "BR", "fixed",
        ["177.12.0.0/15", "187.112.0.0/14", "200.164.0.0/15"], ["2804:d41::/32"], 0.45),
    Net("brisanet", "Brisanet Servicos de Telecomunicacoes", 28126, "BR", "fixed",
        ["45.160.0.0/18", "177.37.128.0/17"], ["2804:29b8::/32"], 0.6, cgnat=True),
    Net("algar", "Algar Telecom", 16735, "BR", "fixed", ["187.32.0.0/14", "200.225.192.0/18"], ["2804:30c::/32"], 0.5),
    Net("ligga", "Ligga Telecom (ex-Copel Telecom)", 14868, "BR", "fixed", ["177.220.0.0/15", "200.195.128.0/17"],
        ["2804:1e0::/32"], 0.55),
    # Brazil, mobile (IPv6 /64 per PDP session; IPv4 behind CGNAT)
    Net("vivo_movel", "Telefonica Brasil (Vivo movel)", 26599, "BR", "mobile",
        ["177.79.0.0/16", "187.26.0.0/16", "191.12.0.0/16"], ["2804:18::/32"], 0.85, cgnat=True),
    Net("tim_movel", "TIM S/A", 26615, "BR", "mobile", ["177.60.0.0/16", "191.58.0.0/16", "187.68.0.0/16"],
        ["2804:388::/32"], 0.82, cgnat=True),
    Net("claro_movel", "Claro S.A. (movel)", 28573, "BR", "mobile", ["177.132.0.0/16", "191.32.0.0/16"],
        ["2804:214::/32"], 0.8, cgnat=True),
    # Mexico
    Net("telmex", "Uninet (Telmex Infinitum)", 8151, "MX", "fixed",
        ["187.188.0.0/14", "189.128.0.0/13", "201.141.0.0/16"], ["2806:2f0::/32"], 0.55),
    Net("totalplay", "Total Play Telecomunicaciones", 22884, "MX", "fixed", ["187.189.0.0/16", "189.203.0.0/16"],
        ["2806:2a0::/32"], 0.3, cgnat=True),
    Net("megacable", "Mega Cable", 13999, "MX", "fixed", ["177.224.0.0/15", "189.208.0.0/15"], ["2806:203::/32"], 0.35),
    Net("telcel", "Radiomovil Dipsa (Telcel)", 28403, "MX", "mobile", ["189.203.64.0/18", "200.68.128.0/17"],
        ["2806:102e::/32"], 0.78, cgnat=True),
    # Argentina / Uruguay
    Net("telecom_ar", "Telecom Argentina (Personal / Fibertel)", 7303, "AR", "fixed",
        ["181.44.0.0/14", "186.22.0.0/15", "190.16.0.0/14"], ["2800:810::/32"], 0.35),
    Net("personal_ar", "Telecom Argentina (Personal movil)", 7303, "AR", "mobile", ["181.96.0.0/14"],
        ["2800:810::/32"], 0.6, cgnat=True),
    Net("movistar_ar", "Telefonica de Argentina", 22927, "AR", "fixed", ["181.0.0.0/14", "190.48.0.0/14"],
        ["2800:40::/32"], 0.25),
    Net("antel", "Administracion Nacional de Telecomunicaciones (Antel)", 6057, "UY", "fixed",
        ["167.56.0.0/14", "179.24.0.0/14"], ["2800:a0::/32"], 0.6),
    # Colombia
    Net("claro_co", "Telmex Colombia (Claro hogar)", 10620, "CO", "fixed", ["181.48.0.0/14", "186.80.0.0/14"],
        ["2800:e2::/32"], 0.35),
    Net("etb", "ETB - Empresa de Telecomunicaciones de Bogota", 19429, "CO", "fixed", ["181.128.0.0/14", "190.24.0.0/14"],
        ["2800:484::/32"], 0.2),
    Net("tigo_une", "UNE EPM Telecomunicaciones (Tigo)", 13489, "CO", "fixed", ["181.130.0.0/15", "190.248.0.0/14"],
        ["2800:bf0::/32"], 0.3),
    Net("movistar_co", "Colombia Telecomunicaciones (Movistar)", 3816, "CO", "mobile", ["191.95.0.0/16", "181.58.0.0/15"],
        ["2800:e4::/32"], 0.5, cgnat=True),
    # Chile / Peru
    Net("entel_cl", "Entel Chile", 27651, "CL", "mobile", ["190.160.0.0/14", "186.10.0.0/15"], ["2800:150::/32"], 0.6,
        cgnat=True),
    Net("movistar_cl", "Telefonica Chile (Movistar)", 7418, "CL", "fixed", ["186.106.0.0/15", "190.96.0.0/14"],
        ["2800:300::/32"], 0.35),
    Net("vtr", "VTR Banda Ancha", 22047, "CL", "fixed", ["190.20.0.0/14", "201.188.0.0/14"], ["2800:380::/32"], 0.5),
    Net("movistar_pe", "Telefonica del Peru", 6147, "PE", "fixed", ["179.6.0.0/15", "190.232.0.0/14"],
        ["2001:1388::/32"], 0.4),
    Net("claro_pe", "America Movil Peru (Claro)", 12252, "PE", "mobile", ["179.7.0.0/16", "200.37.0.0/16"],
        ["2800:200::/32"], 0.5, cgnat=True),
    # Academic networks
    Net("rnp", "Rede Nacional de Ensino e Pesquisa (RNP)", 1916, "BR", "edu", ["200.130.0.0/16", "200.143.0.0/16"],
        ["2001:12f0::/32"], 0.55),
    Net("unam", "Universidad Nacional Autonoma de Mexico", 278, "MX", "edu", ["132.247.0.0/16", "132.248.0.0/16"],
        ["2001:1218::/32"], 0.4),
    Net("uba", "Universidad de Buenos Aires", 3449, "AR", "edu", ["157.92.0.0/16"], ["2800:110::/32"], 0.3),
    # Clouds, hosting, CI
    Net("aws_sa", "Amazon (sa-east-1 Sao Paulo)", 16509, "BR", "cloud",
        ["18.228.0.0/16", "18.229.0.0/16", "18.231.0.0/16", "54.232.0.0/16", "54.233.0.0/16", "177.71.128.0/17",
         "52.67.0.0/16"], ["2600:1f1e::/36"], 0.1),
    Net("gcp_sa", "Google Cloud (southamerica-east1)", 396982, "BR", "cloud",
        ["34.95.128.0/17", "35.198.0.0/17", "35.199.64.0/18", "35.247.192.0/18"], ["2600:1900:4090::/44"], 0.05),
    Net("azure_br", "Microsoft Azure (Brazil South)", 8075, "BR", "cloud",
        ["191.232.0.0/15", "191.234.128.0/17", "20.195.128.0/17", "20.201.0.0/17"], ["2603:1050::/40"], 0.05),
    Net("azure_gha", "Microsoft Azure (GitHub-hosted runners, US)", 8075, "US", "cloud",
        ["20.42.0.0/16", "20.97.0.0/16", "52.225.0.0/16", "172.176.0.0/14", "4.148.0.0/16"], [], 0.0),
    Net("oci", "Oracle Cloud (Vinhedo, Sao Paulo, Santiago, Queretaro)", 31898, "BR", "cloud",
        ["144.22.128.0/17", "129.148.0.0/17", "152.67.32.0/19", "168.138.128.0/17", "129.151.32.0/19",
         "146.235.192.0/18"], ["2603:c020::/32"], 0.0),
    Net("locaweb", "Locaweb Servicos de Internet", 27715, "BR", "hosting", ["186.202.0.0/16", "187.45.192.0/18"],
        ["2804:10:8000::/33"], 0.0),
    Net("he_tunnel", "Hurricane Electric (tunnelbroker.net /48s)", 6939, "US", "tunnel", [], ["2001:470::/32"], 1.0),
    # Satellite, VPN, corporate secure web gateway
    Net("starlink", "SpaceX Starlink", 14593, "BR", "sat", ["98.97.0.0/16", "129.222.0.0/16"], ["2605:59c8::/32"], 0.6,
        cgnat=True),
    Net("cf_warp", "Cloudflare WARP", 13335, "BR", "vpn", ["104.28.0.0/16"], ["2a09:bac1::/32"], 0.5),
    Net("m247", "M247 (commercial VPN exits Sao Paulo/Mexico)", 9009, "BR", "vpn",
        ["146.70.96.0/19", "149.102.224.0/19", "217.138.192.0/19"], [], 0.0),
    Net("datacamp", "Datacamp Limited (CDN77, VPN exits)", 60068, "BR", "vpn", ["143.244.32.0/20", "185.93.0.0/20"],
        [], 0.0),
    Net("zscaler", "Zscaler (secure web gateway egress, Sao Paulo/Queretaro/Bogota)", 62044, "BR", "sase",
        ["165.225.200.0/21", "147.161.128.0/20", "136.226.112.0/20"], ["2a03:eec0::/32"], 0.0),
]
NETS: dict[str, Net] = {n.key: n for n in _NETS}

FIXED_BY_CC = {
    "BR": [("vivo_fibra", .33), ("claro_net", .33), ("oi_fibra", .12), ("brisanet", .1), ("algar", .06), ("ligga", .06)],
    "MX": [("telmex", .55), ("totalplay", .25), ("megacable", .2)],
    "AR": [("telecom_ar", .6), ("movistar_ar", .4)],
    "UY": [("antel", 1.0)],
    "CO": [("claro_co", .45), ("etb", .25), ("tigo_une", .3)],
    "CL": [("movistar_cl", .45), ("vtr", .55)],
    "PE": [("movistar_pe", 1.0)],
}
MOBILE_BY_CC = {
    "BR": [("vivo_movel", .38), ("tim_movel", .32), ("claro_movel", .3)],
    "MX": [("telcel", 1.0)], "AR": [("personal_ar", 1.0)], "UY": [("antel", 1.0)],
    "CO": [("movistar_co", 1.0)], "CL": [("entel_cl", 1.0)], "PE": [("claro_pe", 1.0)],
}


def pick(rng: random.Random, table: list[tuple[str, float]]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


# ------------------------------------------------------------------ connections
class Conn:
    """Where an endpoint's packets come from. `addr(t, dev, sess)` -> (ip, asn)."""
    def addr(self, t: int, dev: str, sess: int) -> tuple[str, int]:  # pragma: no cover
        raise NotImplementedError


class HomeLine(Conn):
    """A fixed broadband subscriber line. IPv4: one public address (or a CGNAT
    pool address). IPv6 (if the CPE has it): a delegated /56, LAN on one /64,
    SLAAC privacy addresses rotating daily. PPPoE lines reconnect every
    `epoch_h` hours, changing both the IPv4 and the /56."""
    def __init__(self, net: Net, key: str, rng: random.Random, epoch_h: int | None = None):
        self.net, self.key = net, key
        self.has_v6 = bool(net._v6) and rng.random() < min(1.0, net.v6_share + 0.1)
        self.lan = rng.randrange(256)
        self.epoch_h = epoch_h or rng.choice([24, 48, 168, 10_000, 10_000])
        self.v6_pref = 0.9

    def prefix56(self, t: int) -> int:
        ep = (t - T0) // (self.epoch_h * HOUR)
        return self.net.v6_prefix(56, self.key, ep)

    def addr(self, t: int, dev: str, sess: int) -> tuple[str, int]:
        ep = (t - T0) // (self.epoch_h * HOUR)
        if self.has_v6 and hint(self.key, dev, sess, "fam") % 100 < self.v6_pref * 100:
            day = (t - T0) // DAY
            return v6(self.prefix56(t), 56, self.key, dev, day, sub=self.lan), self.net.asn
        if self.net.cgnat:
            return self.net.v4_pool_addr("cg", 2048, self.key, ep), self.net.asn
        return self.net.v4_addr(self.key, ep), self.net.asn


class MobileLine(Conn):
    """A phone on a mobile carrier: each data session (attach) gets a fresh /64;
    IPv4-only apps go through CGNAT (a pool of shared public addresses)."""
    def __init__(self, net: Net, key: str):
        self.net, self.key = net, key

    def addr(self, t: int, dev: str, sess: int) -> tuple[str, int]:
        if self.net._v6 and hint(self.key, sess, "fam") % 100 < self.net.v6_share * 100:
            p = self.net.v6_prefix(64, self.key, "pdp", sess)
            return v6(p, 64, self.key, dev, sess), self.net.asn
        return self.net.v4_pool_addr("cgn", 512, self.key, sess), self.net.asn


class SiteNet(Conn):
    """An office, campus, lan house or call centre: IPv4 NAT pool of `nat` public
    addresses (flow-hashed per session), IPv6 /48 with one /64 per VLAN (or none)."""
    def __init__(self, net: Net, key: str, nat: int = 2, v6_share: float | None = None, vlans: int = 4):
        self.net, self.key, self.nat, self.vlans = net, key, nat, vlans
        self.v6_share = net.v6_share if v6_share is None else v6_share
        self.p48 = net.v6_prefix(48, key, "site") if net._v6 else None
        self.nat_addrs = [net.v4_addr(key, "nat", i // 16 if nat > 16 else 0, i) for i in range(nat)]

    def addr(self, t: int, dev: str, sess: int) -> tuple[str, int]:
        if self.p48 is not None and hint(self.key, dev, "fam") % 100 < self.v6_share * 100:
            day = (t - T0) // DAY
            return v6(self.p48, 48, self.key, dev, day, sub=hint(dev, "vlan") % self.vlans), self.net.asn
        return self.nat_addrs[hint(self.key, dev, sess) % self.nat], self.net.asn


class CloudHost(Conn):
    """A server (or NAT gateway) with fixed public address(es)."""
    def __init__(self, net: Net, key: str, n: int = 1):
        self.net = net
        self.addrs = [net.v4_addr(key, "eip", i) for i in range(n)]

    def addr(self, t: int, dev: str, sess: int) -> tuple[str, int]:
        return self.addrs[hint(dev, sess, t // (10 * MIN)) % len(self.addrs)], self.net.asn


class EphemeralCloud(Conn):
    """A fresh VM per job (CI runners): a new address from the provider per session."""
    def __init__(self, net: Net, key: str):
        self.net, self.key = net, key

    def addr(self, t: int, dev: str, sess: int) -> tuple[str, int]:
        return self.net.v4_addr(self.key, "job", sess), self.net.asn


class VpnExit(Conn):
    """Commercial/consumer VPN: an exit server per session from a provider's pool."""
    def __init__(self, nets: list[Net], key: str, servers: int = 40):
        self.nets, self.key, self.servers = nets, key, servers

    def addr(self, t: int, dev: str, sess: int) -> tuple[str, int]:
        net = self.nets[hint(self.key, sess) % len(self.nets)]
        srv = hint(self.key, sess, "srv") % self.servers
        if net._v6 and hint(self.key, sess, "fam") % 100 < net.v6_share * 100:
            return v6(net.v6_prefix(64, "exit", srv), 64, self.key, sess), net.asn
        return net.v4_addr("exit", srv), net.asn


# --------------------------------------------------------------------- user agents
CHROME_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
CHROME_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
CHROME_AND = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36"
EDGE_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.0.0"
FIREFOX_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
SAFARI_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS {v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{w} Mobile/15E148 Safari/604.1"
WEBVIEW_AND = ("Mozilla/5.0 (Linux; Android {a}; {m} Build/{b}; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Version/4.0 Chrome/{v}.0.0.0 Mobile Safari/537.36")
APP_AND = "CondorApp/{v} (Android {a}; {m}; {loc})"
APP_IOS = "CondorApp/{v} (iOS {i}; {m}; {loc})"
ANDROID_MODELS = ["SM-A546E", "SM-A155M", "SM-S921B", "moto g54 5G", "moto g84 5G", "23129RAA4G", "2312DRAABG",
                  "SM-A256E", "motorola edge 40 neo", "CPH2591"]
IPHONES = ["iPhone14,7", "iPhone15,2", "iPhone16,1", "iPhone13,2", "iPhone17,3"]
SDK_PY = "condor-python/{v}"
SDK_NODE = "condor-node/{v}"
PY_VERS = ["1.51.2", "1.52.0", "1.53.1", "1.54.0"]
NODE_VERS = ["4.68.1", "4.70.0", "4.71.2"]


def browser_ua(rng: random.Random, desktop: float = 0.6) -> str:
    v = rng.choice([131, 132, 132, 133, 133, 133])
    r = rng.random()
    if r < desktop * 0.7:
        return CHROME_WIN.format(v=v)
    if r < desktop * 0.82:
        return EDGE_WIN.format(v=v)
    if r < desktop * 0.92:
        return CHROME_MAC.format(v=v)
    if r < desktop:
        return FIREFOX_WIN.format(v=rng.choice([134, 135]))
    if rng.random() < 0.78:
        return CHROME_AND.format(v=v)
    iv = rng.choice(["18_2_1", "18_3", "18_3_1", "17_7"])
    return SAFARI_IOS.format(v=iv, w=iv.split("_")[0] + "." + iv.split("_")[1])


def app_ua(rng: random.Random, loc: str) -> str:
    v = rng.choice(["4.2.3", "4.3.0", "4.3.0", "4.3.1"])
    if rng.random() < 0.8:
        return APP_AND.format(v=v, a=rng.choice([12, 13, 14, 14, 15]), m=rng.choice(ANDROID_MODELS), loc=loc)
    return APP_IOS.format(v=v, i=rng.choice(["18.2", "18.3", "18.3.1"]), m=rng.choice(IPHONES), loc=loc)


def sdk_ua(rng: random.Random) -> str:
    if rng.random() < 0.65:
        return SDK_PY.format(v=rng.choice(PY_VERS))
    return SDK_NODE.format(v=rng.choice(NODE_VERS))


# ------------------------------------------------------------------------ timing
# Relative request weight per local hour 0..23.
PROFILES = {
    "consumer": [2.2, 1.4, .8, .45, .3, .35, .8, 1.6, 2.6, 3.3, 3.8, 4.0, 4.4, 4.2, 3.9, 3.9, 4.0, 4.3, 4.7, 5.2,
                 5.6, 5.5, 4.8, 3.5],
    "office": [.1, .05, .05, .05, .05, .1, .4, 1.5, 4.0, 6.0, 6.5, 6.0, 4.5, 5.0, 6.0, 6.0, 5.4, 4.0, 2.0, 1.0, .7, .5,
               .3, .2],
    "student": [1.6, .8, .4, .2, .1, .2, .6, 1.4, 2.4, 3.0, 3.0, 3.0, 3.0, 3.3, 3.7, 4.1, 4.6, 5.1, 5.6, 6.1, 6.5,
                6.1, 4.6, 2.9],
    "dev": [1.2, .7, .4, .2, .1, .15, .4, 1.0, 2.6, 4.2, 5.0, 5.2, 4.4, 4.8, 5.2, 5.2, 5.0, 4.4, 3.4, 3.0, 3.2, 3.1,
            2.6, 1.8],
    "farm": [.2, .1, .1, .2, 1.0, 3.5, 5.0, 4.0, 2.0, 1.5, 1.4, 1.8, 2.6, 2.0, 1.3, 1.3, 1.6, 2.4, 3.8, 4.6, 4.2,
             2.8, 1.2, .5],
    "flat": [1.0] * 24,
    "party": [4.0, 3.6, 2.6, 1.6, .8, .3, .3, .5, .9, 1.6, 2.4, 3.0, 3.6, 3.8, 3.6, 3.4, 3.4, 3.6, 3.8, 4.0, 4.2,
              4.4, 4.6, 4.4],
}

# Day-of-window multipliers per (country, profile): Carnival Mon/Tue are holidays
# in BR and AR; Ash Wednesday is a half day in BR.
def day_mult(cc: str, profile: str, local_day: int, local_hour: int) -> float:
    if cc in ("BR", "AR") and local_day in (0, 1):
        return {"office": 0.22, "dev": 0.6, "student": 0.7, "consumer": 0.95}.get(profile, 1.0)
    if cc == "BR" and local_day == 2:
        if profile in ("office", "dev"):
            return 0.15 if local_hour < 12 else 0.9
    if cc == "CL" and profile == "office":
        return 0.7  # southern summer holidays
    if local_day % 7 in (5, 6):
        return {"office": 0.12, "dev": 0.5, "student": 0.8}.get(profile, 1.0)
    return 1.0


class Clock:
    """Inverse-CDF sampler of timestamps over [start, end) for a country/profile."""
    _cache: dict = {}

    def __init__(self, cc: str, profile: str, start: int, end: int):
        key = (cc, profile, start, end)
        if key in Clock._cache:
            self.hours, self.cum = Clock._cache[key]
        else:
            off = TZ[cc]
            hours, cum, acc = [], [], 0.0
            w = PROFILES[profile]
            t = start - start % HOUR
            while t < end:
                lt = t + off * HOUR
                lday = (lt - T0) // DAY  # 0 = Carnival Monday, local time
                lh = (lt // HOUR) % 24
                acc += w[lh] * day_mult(cc, profile, int(lday), int(lh))
                hours.append(t)
                cum.append(acc)
                t += HOUR
            self.hours, self.cum = hours, cum
            Clock._cache[key] = (hours, cum)
        self.start, self.end = start, end

    def sample(self, rng: random.Random) -> int:
        if not self.cum or self.cum[-1] <= 0:
            return rng.randrange(self.start, max(self.start + 1, self.end))
        for _ in range(8):
            i = bisect.bisect_left(self.cum, rng.random() * self.cum[-1])
            t = self.hours[min(i, len(self.hours) - 1)] + rng.randrange(HOUR)
            if self.start <= t < self.end:
                return t
        return rng.randrange(self.start, max(self.start + 1, self.end))


def local_hour(t: int, cc: str) -> int:
    return ((t // HOUR) + TZ[cc]) % 24


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1
