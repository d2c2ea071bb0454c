"""Event engine for heldout57: accounts, timing helpers, gateway serialisation and
ingestion mess. Standard library only; deterministic for a seed (string seeds go
through random.Random's sha512 path, never hash())."""
from __future__ import annotations

import json
import math
import random
import time

from . import world as W
from .world import DAY_MS, HOUR_MS, LAUNCH, W0, NETS

END = W0 + W.N_DAYS * DAY_MS
B32 = "0123456789abcdefghjkmnpqrstvwxyz"
ULID32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

MALFORMED_RATE = 0.0026
MALFORMED_KINDS = (
    "truncated_json", "missing_account_id", "negative_prompt_tokens", "negative_completion_tokens", "ts_bad_text",
    "ts_null", "empty_account_id", "account_id_number", "fractional_tokens", "asn_name_text", "missing_event_id",
    "array_not_object", "ts_naive_local", "ts_date_only", "completion_tokens_text", "created_at_empty",
    "ts_negative", "missing_completion_tokens", "two_objects_one_line", "ip_as_integer", "ts_year_3000",
    "status_text",
)


# cloud and VPN operators whose egress is in Europe
OFFSHORE_ASNS = frozenset({16509, 8075, 396982, 16276, 24940, 14061, 9009, 60068, 209103, 13335})


class Acct:
    __slots__ = ("id", "pop", "label", "campaign", "created", "pay", "org", "country", "tz", "keys", "node", "alt_node",
                 "devices", "net", "alt_net", "fixed_ips", "mpref", "adopt_p", "adopt_delay", "sticky", "x")

    def __init__(self):
        self.x = {}


class Ctx:
    def __init__(self, seed: str, corpus):
        self.seed = str(seed)
        self.corpus = corpus
        self.accts: dict[str, Acct] = {}
        self.events: list = []  # (pub_ms, event_id, line, malformed_kind|None, account_id|None)
        self.pop_order: list[str] = []
        self.pop_label: dict[str, tuple[str, str | None]] = {}

    def rng(self, *parts) -> random.Random:
        return random.Random("h57|" + self.seed + "|" + "|".join(str(p) for p in parts))

    # ------------------------------------------------------------ accounts
    def new_id(self, rng: random.Random) -> str:
        while True:
            n = rng.getrandbits(70)
            s = "".join(B32[(n >> (5 * i)) & 31] for i in range(14))
            aid = "acct_" + s
            if aid not in self.accts:
                return aid

    def acct(self, rng, pop: str, *, country: str, created: int | None, pay: str | None = None, org: str | None = None,
             label: str | None = None, campaign: str | None = None, node_country: str | None = None, n_keys: int = 1) -> Acct:
        a = Acct()
        a.id = self.new_id(rng)
        a.pop = pop
        a.label = label or ("campaign" if pop.startswith("c_") else "benign")
        a.campaign = campaign
        a.created = created
        a.pay = pay
        a.org = org
        a.country = country
        a.tz = W.COUNTRY_TZ.get(country, 0)
        a.keys = ["key_%016x" % rng.getrandbits(64) for _ in range(n_keys)]
        nodes = W.NODE_OF_COUNTRY[node_country or country]
        a.node = rng.choices([n for n, _ in nodes], weights=[w for _, w in nodes])[0]
        a.alt_node = rng.choices([n for n, _ in nodes], weights=[w for _, w in nodes])[0]
        a.devices = []
        a.net = None
        a.alt_net = None
        a.fixed_ips = {}
        a.mpref = "baobab-2-mini"
        a.adopt_p = 0.0
        a.adopt_delay = 0
        a.sticky = None
        self.accts[a.id] = a
        return a

    # ------------------------------------------------------------ emission
    def emit(self, rng: random.Random, a: Acct, t: int, prompt: str | None, *, ctok: int, system: str | None = None,
             model: str = "baobab-2-mini", endpoint: str = "/v1/chat/completions", ptok: int | None = None,
             status: int = 200, ip: str | None = None, asn: int | None = None, ua: str | None = None,
             dev: str | None = None, key: str | None = None, hist: int = 0, lag: int | None = None) -> None:
        if t < W0 or t >= END:
            return
        if lag is None:
            u = rng.random()
            if u < 0.86:
                lag = 1 + min(999, int(rng.expovariate(1 / 160.0)))
            elif u < 0.98:
                lag = rng.randrange(1000, 9500)
            else:
                lag = rng.randrange(60_000, 14 * 60_000)
        pub = t + lag
        if pub >= END:
            return
        if ptok is None:
            ptok = est_tokens(prompt) + (est_tokens(system) if system else 0) + 7 + hist
        if status != 200:
            ctok = 0 if status != 499 else ctok // 3
        if asn in OFFSHORE_ASNS and rng.random() < 0.75:
            node = "gw-par1"  # geo-routing: European cloud / VPN egress lands on the Paris edge
        else:
            node = a.node if rng.random() < 0.9 else a.alt_node
        eid = event_id(rng, node, pub)
        d = {}
        for f in NODE_ORDER[node]:
            if f == "event_id":
                d[f] = eid
            elif f == "ts":
                d[f] = fmt_ts(rng, node, t)
            elif f == "published_at":
                d[f] = W.rfc_ms(pub)
            elif f == "account_id":
                d[f] = a.id
            elif f == "org_id":
                d[f] = a.org
            elif f == "api_key_id":
                d[f] = key or a.keys[0]
            elif f == "model":
                d[f] = model
            elif f == "endpoint":
                d[f] = endpoint
            elif f == "prompt":
                d[f] = prompt
            elif f == "system_prompt":
                d[f] = system
            elif f == "prompt_tokens":
                d[f] = ptok
            elif f == "completion_tokens":
                d[f] = ctok
            elif f == "status":
                d[f] = status
            elif f == "ip":
                d[f] = ip
            elif f == "asn":
                d[f] = fmt_asn(rng, node, asn, ip)
            elif f == "user_agent":
                d[f] = ua
            elif f == "device_id":
                if node == "gw-bko1":
                    continue
                d[f] = dev if rng.random() > 0.03 else None
            elif f == "payment_fingerprint":
                d[f] = a.pay
            elif f == "account_created_at":
                if node == "gw-oua1":
                    continue
                d[f] = fmt_created(node, a.created)
        bad = None
        if rng.random() < MALFORMED_RATE:
            bad = MALFORMED_KINDS[rng.randrange(len(MALFORMED_KINDS))]
            line = break_line(rng, bad, d, node)
        else:
            line = dumps(d, node)
        self.events.append((pub, eid, line, bad, None if bad else a.id))


def est_tokens(s: str | None) -> int:
    if not s:
        return 0
    return max(1, int(len(s) / 3.7))


def lognorm_int(rng, median: float, sigma: float, lo: int, hi: int) -> int:
    v = int(rng.lognormvariate(math.log(median), sigma))
    return lo if v < lo else hi if v > hi else v


CTOK = {"chat": (220, 0.75), "short": (45, 0.6), "cot": (700, 0.45), "code": (480, 0.55), "json": (130, 0.4),
        "eval": (260, 0.8), "agent": (160, 0.6), "long": (850, 0.4), "quiz": (900, 0.3), "none": (1, 0.01)}


def ctok_for(rng, kind: str, model: str, ptok: int = 0) -> int:
    if kind == "translate":
        return max(5, int(ptok * rng.uniform(0.9, 1.3)))
    if kind == "none":
        return 0
    med, sig = CTOK[kind]
    if model.endswith("think"):
        med *= 1.8
    elif model == "baobab-2-mini":
        med *= 0.8
    return lognorm_int(rng, med, sig, 1, 8000)


def pick_status(rng, p429: float = 0.0) -> int:
    u = rng.random()
    if u < p429:
        return 429
    u = rng.random()
    if u < 0.004:
        return rng.choice((500, 502, 503))
    if u < 0.007:
        return 400
    if u < 0.009:
        return 499
    return 200


# ------------------------------------------------------------ gateway serialisation
_BASE = ["event_id", "ts", "published_at", "account_id", "org_id", "api_key_id", "model", "endpoint", "prompt",
         "system_prompt", "prompt_tokens", "completion_tokens", "status", "ip", "asn", "user_agent", "device_id",
         "payment_fingerprint", "account_created_at"]
NODE_ORDER = {
    "gw-dkr1": _BASE,
    "gw-dkr2": _BASE,
    "gw-abj1": ["published_at", "event_id", "account_id", "api_key_id", "org_id", "ts", "endpoint", "model", "status",
                "prompt_tokens", "completion_tokens", "ip", "asn", "device_id", "user_agent", "payment_fingerprint",
                "account_created_at", "system_prompt", "prompt"],
    "gw-abj2": ["published_at", "event_id", "account_id", "api_key_id", "org_id", "ts", "endpoint", "model", "status",
                "prompt_tokens", "completion_tokens", "ip", "asn", "device_id", "user_agent", "payment_fingerprint",
                "account_created_at", "system_prompt", "prompt"],
    "gw-dla1": ["event_id", "account_id", "ts", "published_at", "model", "endpoint", "status", "prompt_tokens",
                "completion_tokens", "system_prompt", "prompt", "ip", "asn", "user_agent", "device_id", "api_key_id",
                "org_id", "payment_fingerprint", "account_created_at"],
    "gw-oua1": ["event_id", "account_id", "ts", "published_at", "model", "endpoint", "status", "prompt_tokens",
                "completion_tokens", "system_prompt", "prompt", "ip", "asn", "user_agent", "device_id", "api_key_id",
                "org_id", "payment_fingerprint"],
    "gw-bko1": ["event_id", "ts", "account_id", "prompt_tokens", "completion_tokens", "model", "endpoint", "status",
                "prompt", "system_prompt", "ip", "asn", "user_agent", "api_key_id", "org_id", "payment_fingerprint",
                "account_created_at", "published_at"],
    "gw-par1": _BASE,
}


def dumps(d: dict, node: str) -> str:
    if node == "gw-par1":
        return json.dumps(d, ensure_ascii=False)
    if node == "gw-abj1":
        return json.dumps(d, ensure_ascii=True, separators=(",", ":"))
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def event_id(rng, node: str, pub: int) -> str:
    if node in ("gw-dkr1", "gw-dkr2", "gw-par1"):
        h = "%032x" % rng.getrandbits(128)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[int(h[16], 16) & 3], h[17:20], h[20:32])
    if node in ("gw-abj1", "gw-abj2"):
        return "evt_%024x" % rng.getrandbits(96)
    if node in ("gw-dla1", "gw-oua1"):
        n = (pub << 80) | rng.getrandbits(80)
        return "".join(ULID32[(n >> (5 * i)) & 31] for i in range(25, -1, -1))
    return "bko-%d-%08x" % (pub, rng.getrandbits(32))


def fmt_ts(rng, node: str, t: int):
    s, m = divmod(t, 1000)
    if rng.random() < 0.01:  # replay shipper
        return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(s)) + ".%03dZ" % m
    if node == "gw-dkr1":
        return W.rfc_ms(t)
    if node == "gw-dkr2":
        return W.rfc_ms(t) if rng.random() < 0.85 else t
    if node == "gw-abj1":
        return t
    if node == "gw-abj2":
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03d+00:00" % m
    if node == "gw-dla1":
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s + 3600)) + ".%03d+01:00" % m
    if node == "gw-oua1":
        # microseconds; the extra digits are below the event's ms
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(s)) + ".%03d%03dZ" % (m, rng.randrange(0, 500))
    if node == "gw-par1":
        return t / 1000.0 if m else float(s) + 0.0
    return s  # gw-bko1: Unix seconds


def fmt_created(node: str, c: int | None):
    if c is None:
        return None
    if node == "gw-dkr1":
        return W.rfc_s(c)
    if node == "gw-dkr2":
        return W.rfc_ms(c)
    if node == "gw-abj1":
        return c
    if node == "gw-abj2":
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(c // 1000)) + "+00:00"
    if node == "gw-dla1":
        return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(c // 1000 + 3600)) + "+01:00"
    if node == "gw-par1":
        return c // 1000
    return None  # gw-bko1 does not enrich


def fmt_asn(rng, node: str, asn: int | None, ip: str | None):
    if asn is None or rng.random() < 0.008:
        return None
    if node == "gw-dla1" and ip and ":" in ip:
        return None
    if node == "gw-abj2":
        return "AS%d" % asn
    if node == "gw-par1" and rng.random() < 0.3:
        return "AS%d" % asn
    return asn


def break_line(rng, kind: str, d: dict, node: str) -> str:
    d = dict(d)
    if kind == "truncated_json":
        s = dumps(d, node)
        cut = rng.randrange(max(2, len(s) // 5), max(3, len(s) - 2))
        return s[:cut]
    if kind == "missing_account_id":
        d.pop("account_id", None)
    elif kind == "negative_prompt_tokens":
        d["prompt_tokens"] = -max(1, d["prompt_tokens"])
    elif kind == "negative_completion_tokens":
        d["completion_tokens"] = -max(1, d["completion_tokens"])
    elif kind == "ts_bad_text":
        pass_ts = d["ts"]
        d["ts"] = time.strftime("%d/%m/%Y %H:%M:%S", time.gmtime(_ts_s(pass_ts)))
    elif kind == "ts_null":
        d["ts"] = None
    elif kind == "empty_account_id":
        d["account_id"] = ""
    elif kind == "account_id_number":
        d["account_id"] = rng.randrange(10000, 99999999)
    elif kind == "fractional_tokens":
        d["prompt_tokens"] = d["prompt_tokens"] + 0.5
    elif kind == "asn_name_text":
        d["asn"] = rng.choice(["Orange-SN", "MTN CI", "AS 8346", "SONATEL-AS", "unknown"])
    elif kind == "missing_event_id":
        d.pop("event_id", None)
    elif kind == "array_not_object":
        return "[" + dumps(d, node) + "]"
    elif kind == "ts_naive_local":
        d["ts"] = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(_ts_s(d["ts"])))
    elif kind == "ts_date_only":
        d["ts"] = time.strftime("%Y-%m-%d", time.gmtime(_ts_s(d["ts"])))
    elif kind == "completion_tokens_text":
        d["completion_tokens"] = rng.choice(["n/a", "", "unknown", "NaN"])
    elif kind == "created_at_empty":
        d["account_created_at"] = ""
    elif kind == "ts_negative":
        d["ts"] = -rng.randrange(1, 10**12)
    elif kind == "missing_completion_tokens":
        d.pop("completion_tokens", None)
    elif kind == "two_objects_one_line":
        s = dumps(d, node)
        return s + s
    elif kind == "ip_as_integer":
        d["ip"] = rng.randrange(1 << 24, 1 << 32)
    elif kind == "ts_year_3000":
        d["ts"] = 32503680000000 + rng.randrange(10**12)
    elif kind == "status_text":
        d["status"] = rng.choice(["OK", "success", "200 OK"])
    return dumps(d, node)


def _ts_s(v) -> int:
    """Seconds of a serialised ts (any of the forms written above)."""
    if isinstance(v, (int, float)):
        return int(v / 1000) if v > 1e11 else int(v)
    import datetime as _dt
    s = v.replace(" ", "T")
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    head, off = s[:19], s[-6:]
    base = _dt.datetime.strptime(head, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=_dt.timezone.utc).timestamp()
    sign = 1 if off[0] == "+" else -1
    return int(base) - sign * (int(off[1:3]) * 3600 + int(off[4:6]) * 60)


# ------------------------------------------------------------ timing helpers
def sessions(rng, a: Acct, day: int, n: int, prof: str, sess_mean: float = 3.0, gap_med_s: float = 70.0,
             gap_sigma: float = 0.9) -> list[tuple[int, int]]:
    """n requests on `day` grouped in sessions; returns [(t_ms, turn_index)]."""
    p = W.profile_for(prof, a.country, day)
    out = []
    left = n
    while left > 0:
        k = 1 + int(rng.expovariate(1.0 / (sess_mean - 1))) if sess_mean > 1.01 else 1
        k = min(k, left)
        t = W.sample_local_time(rng, p, day, a.tz)
        for j in range(k):
            out.append((t, j))
            t += int(rng.lognormvariate(math.log(gap_med_s * 1000), gap_sigma)) + 1500
        left -= k
    out.sort()
    return out


def day_count(rng, median: float, sigma: float, lo: int, hi: int) -> int:
    return lognorm_int(rng, median, sigma, lo, hi)


def created_before(rng, lo_days: float, hi_days: float) -> int:
    """Account creation time between hi_days and lo_days before the window."""
    return W0 - int(rng.uniform(lo_days, hi_days) * DAY_MS) + rng.randrange(-HOUR_MS, HOUR_MS)


def pick_model(rng, a: Acct, t: int, think_bias: float = 0.3) -> str:
    if t >= LAUNCH + a.adopt_delay and rng.random() < a.adopt_p:
        return "baobab-3-think" if rng.random() < think_bias else "baobab-3"
    return a.mpref


def net_addr(rng, a: Acct, day: int, t: int, net_key: str | None = None) -> tuple[str, int]:
    """Source address for account `a` on its network (sticky per ~40 min for CGNAT, per day for fixed)."""
    net = NETS[net_key or a.net]
    if net.kind == "fixed":
        k = (net.key, day)
        ip = a.fixed_ips.get(k)
        if ip is None:
            ip = W.fixed_ip(rng, net)
            a.fixed_ips[k] = ip
        if net.v6 and a.x.get("v6") is None:
            a.x["v6"] = rng.random() < net.v6_share and W.v6_subscriber(rng, net)
        if net.v6 and a.x.get("v6"):
            return a.x["v6"], net.asn
        return ip, net.asn
    if net.kind == "mobile":
        slot = (net.key, t // (40 * W.MIN_MS))
        st = a.sticky
        if st is None or st[0] != slot:
            if net.v6 and rng.random() < net.v6_share:
                ip = W.v6_subscriber(rng, net)
            else:
                ip = net.pool[rng.randrange(len(net.pool))]
            a.sticky = st = (slot, ip)
        return st[1], net.asn
    # campus/corp/cloud/vpn: pool
    return W.addr(rng, net)
