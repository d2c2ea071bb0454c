"""World of heldout10: clock, regions, networks, hosts (device ids), accounts, output.

Standard library only. Every random choice comes from random.Random(f"{seed}:{name}");
stable derivations (addresses, ids, boots) use blake2b, never hash()."""
from __future__ import annotations

import bisect
import calendar
import datetime as _dt
import gzip
import hashlib
import ipaddress
import json
import random

MIN, HOUR, DAY = 60_000, 3_600_000, 86_400_000
START = calendar.timegm((2026, 3, 5, 0, 0, 0)) * 1000          # Thursday 5 March 2026, 00:00 UTC
RELEASE = START + 13 * HOUR + 15 * MIN                          # nw-4 family goes live 13:15 UTC
RAMADAN_END = calendar.timegm((2026, 3, 20, 0, 0, 0)) * 1000    # Eid al-Fitr ~20 March 2026
CA_DST = calendar.timegm((2026, 3, 8, 2, 0, 0)) * 1000          # Canada springs forward 8 March, 02:00 local
EU_DST = calendar.timegm((2026, 3, 29, 1, 0, 0)) * 1000         # EU springs forward 29 March


def H(*parts) -> int:
    return int.from_bytes(hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def hx(*parts, n: int = 12) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=(n + 1) // 2).hexdigest()[:n]


def R(seed, name) -> random.Random:
    return random.Random(f"{seed}:{name}")


def rfc3339(ms: int) -> str:
    d = _dt.datetime.fromtimestamp(ms // 1000, tz=_dt.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms % 1000:03d}Z"


# ---------------------------------------------------------------- regions and clocks
# code: (UTC offset h, DST rule, weekend weekdays (Mon=0), observes Ramadan)
COUNTRY = {
    "SE": (1, "eu", (5, 6), False), "NO": (1, "eu", (5, 6), False), "DK": (1, "eu", (5, 6), False),
    "FI": (2, "eu", (5, 6), False), "IS": (0, None, (5, 6), False),
    "CA-E": (-5, "ca", (5, 6), False), "CA-W": (-8, "ca", (5, 6), False),
    "AE": (4, None, (5, 6), True), "SA": (3, None, (4, 5), True), "QA": (3, None, (4, 5), True),
    "EG": (2, None, (4, 5), True), "PK": (5, None, (5, 6), True), "BD": (6, None, (4, 5), True),
    "LK": (5.5, None, (5, 6), False), "KE": (3, None, (5, 6), False), "TZ": (3, None, (5, 6), False),
    "ET": (3, None, (5, 6), False),
}


def offset(cc: str, ts: int) -> int:
    off, dst, _, _ = COUNTRY[cc]
    if (dst == "eu" and ts >= EU_DST) or (dst == "ca" and ts >= CA_DST - off * HOUR):
        off += 1
    return int(off * HOUR)


def local_days(cc: str, days: int):
    """(local midnight in UTC ms, weekday, is_weekend, ramadan) for every local day touching the window."""
    _, _, weekend, muslim = COUNTRY[cc]
    for d in range(-1, days + 1):
        mid = START + d * DAY
        mid -= offset(cc, mid)
        wd = (3 + d) % 7
        yield mid, wd, wd in weekend, muslim and mid < RAMADAN_END


PROFILES = {  # relative weight per local hour 0..23
    "consumer": [2, 1, .5, .3, .3, .5, 1, 2, 3, 3.5, 4, 4, 4, 4, 4, 4, 4.5, 5, 5.5, 6, 6.5, 6, 5, 3.5],
    "ramadan": [6, 5, 3.5, 2.5, 2, .6, .3, .4, .8, 1.4, 2, 2.4, 2.5, 2.5, 2.4, 2.2, 2, 1.4, .6, 1.2, 3.5, 5, 6, 6.5],
    "office": [0, 0, 0, 0, 0, .05, .3, 1.5, 4.5, 6, 6, 5.5, 3.5, 5, 6, 5.5, 4.5, 2.5, 1, .5, .4, .3, .1, 0],
    "office_ramadan": [.3, .2, 0, 0, 0, 0, 0, .3, 2, 5.5, 6, 6, 6, 5.5, 4, 1.5, .6, .3, .1, .4, .8, 1, .9, .6],
    "dev": [.6, .3, .1, .1, .1, .1, .3, 1, 3, 5, 6, 6, 4.5, 5.5, 6, 6, 5, 3.5, 2.5, 2.5, 3, 3, 2, 1.2],
    "night_owl": [4, 3.5, 2.5, 1.5, .8, .3, .2, .3, .6, 1, 1.5, 2, 2.5, 2.5, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6, 5],
    "flat": [1] * 24,
}
_CUM = {}
for _k, _w in PROFILES.items():
    _acc, _c = 0.0, []
    for _x in _w:
        _acc += _x
        _c.append(_acc)
    _CUM[_k] = _c


def pick_ms(rng: random.Random, profile: str) -> int:
    c = _CUM[profile]
    h = bisect.bisect_right(c, rng.random() * c[-1])
    return min(h, 23) * HOUR + int(rng.random() * HOUR)


def sessions(rng, mid: int, profile: str, n: int, mean_len: float, gap_s: tuple[float, float]) -> list[tuple[int, int]]:
    """n events on the local day starting at `mid`, grouped into sessions: [(ts, index within session)]."""
    out: list[tuple[int, int]] = []
    guard = 0
    while len(out) < n and guard < 10_000:
        guard += 1
        k = min(n - len(out), 1 + int(rng.expovariate(1 / max(mean_len - 1, 0.01))))
        t = mid + pick_ms(rng, profile)
        for j in range(k):
            out.append((t, j))
            t += int(rng.uniform(*gap_s) * 1000 * rng.lognormvariate(0, 0.35))
    return out


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, int(rng.gauss(lam, lam ** 0.5) + 0.5))
    L, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while k < 400:
        p *= rng.random()
        if p <= L:
            return k
        k += 1
    return k


# ---------------------------------------------------------------- networks
class Net:
    """One autonomous system as the gateway sees it."""

    def __init__(self, name, asn, cc, kind, rir, v6share=0.0, strip=False, cgnat=0, lease_days=0, pfx_rot=0):
        self.name, self.asn, self.cc, self.kind = name, asn, cc, kind
        self.v6share, self.strip, self.cgnat, self.lease, self.pfx_rot = v6share, strip, cgnat, lease_days, pfx_rot
        first = {"ripe": (31, 37, 46, 62, 77, 78, 80, 81, 85, 87, 90, 94, 109, 176, 178, 185, 188, 212, 213),
                 "arin": (23, 24, 50, 64, 66, 70, 72, 99, 104, 142, 154, 162, 184, 199, 206, 207),
                 "apnic": (39, 42, 58, 101, 103, 110, 111, 113, 119, 175, 180, 182, 202, 203),
                 "afrinic": (41, 102, 105, 154, 156, 196, 197)}[rir]
        self.v4 = []
        for i in range(3):
            a = first[H("v4a", name, i) % len(first)]
            b = H("v4b", name, i) % 256
            self.v4.append((a << 24) | (b << 16))
        base = {"ripe": 0x2A000000 + (H("v6", name) % 0x10) * 0x10000, "arin": 0x26000000 + (H("v6", name) % 8) * 0x10000,
                "apnic": 0x24000000 + (H("v6", name) % 0x10) * 0x10000, "afrinic": 0x2C0F0000}[rir]
        self.v6 = base + H("v6b", name) % 0x10000

    def v4addr(self, *key) -> str:
        h = H("a4", self.name, *key)
        base = self.v4[h % len(self.v4)]
        return str(ipaddress.IPv4Address(base | (((h >> 8) % 256) << 8) | (1 + (h >> 20) % 254)))

    def v6addr(self, site, iid) -> str:
        hi = (self.v6 << 32) | (H("s6", self.name, *site) & 0xFFFFFFFF)
        return ipaddress.IPv6Address((hi << 64) | (H("i6", *iid) & 0xFFFFFFFFFFFFFFFF)).compressed

    def v6site(self, site48, subnet: int, iid) -> str:
        hi = (self.v6 << 32) | ((H("s48", self.name, site48) & 0xFFFF) << 16) | (subnet & 0xFFFF)
        return ipaddress.IPv6Address((hi << 64) | (H("i6", *iid) & 0xFFFFFFFFFFFFFFFF)).compressed


def _n(*a, **k):
    return Net(*a, **k)


NETS = {n.name: n for n in [
    # Nordics (dual stack, IPv6 heavy)
    _n("telia-se", 3301, "SE", "home", "ripe", .75, lease_days=14), _n("tele2-se", 1257, "SE", "mobile", "ripe", .8, cgnat=300),
    _n("bahnhof", 8473, "SE", "home", "ripe", .6), _n("telenor-no", 2119, "NO", "home", "ripe", .7, lease_days=7),
    _n("telia-no", 12929, "NO", "mobile", "ripe", .65, cgnat=200), _n("elisa", 719, "FI", "home", "ripe", .7, pfx_rot=0),
    _n("dna", 16086, "FI", "mobile", "ripe", .8, cgnat=250), _n("tdc", 3292, "DK", "home", "ripe", .55),
    _n("siminn", 6677, "IS", "home", "ripe", .5), _n("sunet", 1653, "SE", "edu", "ripe", .9), _n("uninett", 224, "NO", "edu", "ripe", .9),
    # Canada
    _n("bell", 577, "CA-E", "home", "arin", .25, lease_days=5), _n("rogers", 812, "CA-E", "home", "arin", .65),
    _n("telus", 852, "CA-W", "home", "arin", .6), _n("videotron", 5769, "CA-E", "home", "arin", .4),
    _n("rogers-wireless", 393249, "CA-E", "mobile", "arin", .85, cgnat=400),
    # Gulf, Egypt
    _n("etisalat", 5384, "AE", "home", "ripe", .5, lease_days=1), _n("du", 15802, "AE", "mobile", "ripe", .6, cgnat=300),
    _n("stc", 25019, "SA", "home", "ripe", .45, lease_days=2), _n("mobily", 35819, "SA", "mobile", "ripe", .5, cgnat=400),
    _n("ooredoo-qa", 8781, "QA", "home", "ripe", .4, lease_days=3), _n("tedata", 8452, "EG", "home", "afrinic", .1, cgnat=500, lease_days=1),
    _n("vodafone-eg", 36935, "EG", "mobile", "afrinic", .2, cgnat=300, strip=True),
    # South Asia
    _n("ptcl", 17557, "PK", "home", "apnic", .05, cgnat=600, lease_days=1), _n("jazz", 45669, "PK", "mobile", "apnic", .6, strip=True, cgnat=300),
    _n("zong", 59257, "PK", "mobile", "apnic", .7, cgnat=300), _n("nayatel", 23674, "PK", "home", "apnic", .5),
    _n("grameenphone", 24389, "BD", "mobile", "apnic", .75, strip=True, cgnat=300), _n("link3", 23688, "BD", "home", "apnic", .2, cgnat=200),
    _n("dialog", 18001, "LK", "mobile", "apnic", .5, cgnat=200), _n("slt", 9329, "LK", "home", "apnic", .3, lease_days=1),
    # East Africa
    _n("safaricom", 33771, "KE", "mobile", "afrinic", .3, strip=True, cgnat=250), _n("zuku", 15399, "KE", "home", "afrinic", .1, cgnat=100),
    _n("vodacom-tz", 37035, "TZ", "mobile", "afrinic", .1, cgnat=150), _n("ethio", 24757, "ET", "mobile", "afrinic", .05, strip=True, cgnat=120),
    # clouds, hosting, VPN, secure web gateways
    _n("aws", 16509, None, "cloud", "arin", .3), _n("gcp", 396982, None, "cloud", "arin", .2), _n("azure", 8075, None, "cloud", "arin", .2),
    _n("hetzner", 24940, None, "cloud", "ripe", .9), _n("upcloud", 202053, None, "cloud", "ripe", .9), _n("ovh", 16276, None, "cloud", "ripe", .8),
    _n("contabo", 51167, None, "cloud", "ripe", .5), _n("digitalocean", 14061, None, "cloud", "arin", .4), _n("oracle", 31898, None, "cloud", "arin", .1),
    _n("m247", 9009, None, "vpn", "ripe", .5), _n("mullvad", 39351, None, "vpn", "ripe", .9), _n("datacamp", 60068, None, "vpn", "ripe", .3),
    _n("zscaler", 53813, None, "swg", "arin", .3), _n("gulfbiz", 42298, "AE", "office", "ripe", .3), _n("nordicbiz", 39651, "SE", "office", "ripe", .8),
    _n("canbiz", 6327, "CA-W", "office", "arin", .4), _n("saudibiz", 39891, "SA", "office", "ripe", .2), _n("pkbiz", 38193, "PK", "office", "apnic", .1),
]}

HOME = {"SE": ["telia-se", "bahnhof"], "NO": ["telenor-no"], "FI": ["elisa"], "DK": ["tdc"], "IS": ["siminn"],
        "CA-E": ["bell", "rogers", "videotron"], "CA-W": ["telus"], "AE": ["etisalat"], "SA": ["stc"], "QA": ["ooredoo-qa"],
        "EG": ["tedata"], "PK": ["ptcl", "nayatel"], "BD": ["link3"], "LK": ["slt"], "KE": ["zuku"], "TZ": ["vodacom-tz"], "ET": ["ethio"]}
MOBILE = {"SE": ["tele2-se"], "NO": ["telia-no"], "FI": ["dna"], "DK": ["tdc"], "IS": ["siminn"], "CA-E": ["rogers-wireless"],
          "CA-W": ["rogers-wireless"], "AE": ["du"], "SA": ["mobily"], "QA": ["ooredoo-qa"], "EG": ["vodafone-eg"],
          "PK": ["jazz", "zong"], "BD": ["grameenphone"], "LK": ["dialog"], "KE": ["safaricom"], "TZ": ["vodacom-tz"], "ET": ["ethio"]}


# ---------------------------------------------------------------- hosts: device_id = passive TCP clock fingerprint
class Host:
    """A machine whose TCP stack terminates the connection to the gateway. device_id is a hash of its
    passive stack signature plus TCP-timestamp clock offset, so it is stable for one boot of one host."""
    PERIOD = {"phone": (3, 12), "laptop": (1, 6), "desktop": (1, 1), "server": (20, 90), "vdi": (1, 1),
              "lab": (1, 1), "vpn": (7, 40), "exit": (2, 10), "swg": (10, 30), "ci": (0.02, 0.05)}

    __slots__ = ("key", "period", "phase")

    def __init__(self, rng: random.Random, key: str, kind: str):
        lo, hi = self.PERIOD[kind]
        self.key = key
        self.period = max(MIN, int(rng.uniform(lo, hi) * DAY))
        self.phase = int(rng.random() * self.period) if lo != hi else int(rng.uniform(1, 5) * HOUR)

    def dev(self, ts: int) -> str:
        return "tcpclk:" + hx("boot", self.key, (ts + self.phase) // self.period, n=16)


# access functions: at(ts) -> (ip, asn, device_id)
def home_access(net: Net, hh: str, host: Host, v6=None):
    v6 = (H("hasv6", hh) % 1000) < net.v6share * 1000 if v6 is None else v6

    def at(ts):
        day = (ts - START) // DAY
        if v6 and H("he", hh, ts // (20 * MIN)) % 100 < 88:
            ep = day // net.pfx_rot if net.pfx_rot else 0
            ip = net.v6addr((hh, ep), (host.key, day))      # RFC 4941 temporary address, rotated daily
        elif net.cgnat:
            ip = net.v4addr("cg", H(hh, day) % net.cgnat)
        else:
            ip = net.v4addr(hh, day // net.lease if net.lease else 0)
        return ip, net.asn, None if net.strip else host.dev(ts)
    return at


def mobile_access(net: Net, phone: str, host: Host, reattach_h: float = 3.0):
    v6 = (H("hasv6", phone) % 1000) < net.v6share * 1000
    per = int(reattach_h * HOUR)

    def at(ts):
        s = (ts + H("ph", phone) % per) // per
        if v6:
            ip = net.v6addr((phone, s), (phone, s))
        else:
            ip = net.v4addr("cg", H(phone, s) % max(net.cgnat, 1))
        return ip, net.asn, None if net.strip else host.dev(ts)
    return at


def pool_access(net: Net, ips: list[str], hosts: list[Host], stick_ms: int, key: str):
    """Egress through a pool (NAT gateway, VPN servers, SWG nodes): address and terminating host per sticky slot."""
    def at(ts):
        s = H(key, ts // stick_ms)
        return ips[s % len(ips)], net.asn, hosts[(s >> 16) % len(hosts)].dev(ts)
    return at


# ---------------------------------------------------------------- accounts and output
class Account:
    __slots__ = ("id", "label", "pop", "campaign", "created", "created_txt", "org", "pay")

    def __init__(self, seed, pop, i, label, campaign, created, org=None, pay=None):
        self.id = "acct_" + hx(seed, "acct", pop, i, n=14)
        self.label, self.pop, self.campaign = label, pop, campaign
        self.created = int(created)
        self.created_txt = rfc3339(self.created)
        self.org = org if org is not None else "org_" + hx(seed, "org", self.id, n=12)
        self.pay = pay


def key_id(seed, *parts) -> str:
    return "key_" + hx(seed, "key", *parts, n=16)


class Out:
    def __init__(self, seed: int, days: int):
        self.seed, self.t0, self.t1 = seed, START, START + days * DAY
        self.rows: list[tuple[int, str, str]] = []
        self.acc: dict[str, Account] = {}
        self.seq: dict[str, int] = {}
        self.dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def emit(self, a: Account, ts: int, *, prompt, system, pt, ct, model, endpoint, status, net, ua, key) -> bool:
        ts = int(ts)
        if ts < self.t0 or ts >= self.t1 or ts < a.created:
            return False
        ip, asn, dev = net
        n = self.seq[a.id] = self.seq.get(a.id, 0) + 1
        eid = "req_" + hx(self.seed, a.id, n, n=20)
        if status != 200:
            ct = 0
        rec = {"event_id": eid, "ts": ts, "account_id": a.id, "prompt_tokens": int(pt), "completion_tokens": int(ct),
               "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system, "status": status,
               "org_id": a.org, "api_key_id": key, "ip": ip, "asn": asn, "user_agent": ua, "device_id": dev,
               "payment_fingerprint": a.pay, "account_created_at": a.created_txt}
        self.rows.append((ts, eid, self.dumps(rec)))
        self.acc[a.id] = a
        return True

    def write(self, events_path: str, labels_path: str) -> tuple[int, int]:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        with open(events_path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0, compresslevel=5) as gz:
            buf = []
            for i, (_, _, line) in enumerate(self.rows):
                buf.append(line)
                if len(buf) >= 4096:
                    gz.write(("\n".join(buf) + "\n").encode())
                    buf = []
            if buf:
                gz.write(("\n".join(buf) + "\n").encode())
        labels = {aid: {"label": a.label, "population": a.pop, "campaign": a.campaign} for aid, a in sorted(self.acc.items())}
        with open(labels_path, "w") as f:
            json.dump(labels, f, indent=0, sort_keys=True)
        return len(self.rows), len(labels)


# ---------------------------------------------------------------- shared behaviour
MODELS_OLD = {"chat": "nw-3.5", "mini": "nw-3.5-mini", "voice": "nw-3.5-voice"}
MODELS_NEW = {"chat": "nw-4", "mini": "nw-4-mini", "voice": "nw-4-voice"}


def model_at(rng, ts: int, kind: str, lag_h: float, share: float) -> str:
    """After RELEASE, a share of requests moves to the new family, ramping with time constant lag_h."""
    if ts >= RELEASE:
        import math
        p = share * (1 - math.exp(-(ts - RELEASE) / (lag_h * HOUR + 1)))
        if rng.random() < p:
            return MODELS_NEW[kind]
    return MODELS_OLD[kind]


def status_at(rng, ts: int, model: str, p429: float = 0.0, p400: float = 0.0) -> int:
    if model.startswith("nw-4") and RELEASE <= ts < RELEASE + 2 * HOUR and rng.random() < 0.035:
        return 503                                           # launch-day capacity errors hit everyone
    x = rng.random()
    if x < p429:
        return 429
    if x < p429 + p400:
        return 400
    if x > 0.9985:
        return 500
    return 200
