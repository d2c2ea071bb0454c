"""Core of heldout6: an independent, APAC-heavy, enterprise-leaning traffic world for
testing distillation detection. Standard library only. See README.md.

    python gen.py --seed 1 --days 2 --out s1.jsonl.gz --labels s1.labels.json [--scale 1]
"""
from __future__ import annotations

import argparse
import bisect
import gzip
import hashlib
import json
import math
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import world as W  # noqa: E402

PROMPT_DIR = os.environ.get("HELDOUT6_PROMPTS", "/work/shared/data/prompts")
HOUR = 3_600_000
MIN = 60_000
DAY = 24 * HOUR
# Trace starts on Wednesday 2026-11-18 00:00 UTC (mid-week). The new model
# "orion-3-pro" ships at 21:00 UTC on the first day = 06:00 JST / KST Thursday.
START = 1_794_960_000_000
RELEASE = START + 21 * HOUR
MAXCHARS = 12_000
B32 = "abcdefghijklmnopqrstuvwxyz234567"


# ---------------------------------------------------------------- corpora
class Corpus:
    def __init__(self):
        self._c = {}

    def get(self, name):
        if name not in self._c:
            out = []
            with open(os.path.join(PROMPT_DIR, name + ".jsonl"), encoding="utf-8") as f:
                for line in f:
                    t = json.loads(line)["text"]
                    out.append(t[:MAXCHARS])
            self._c[name] = out
        return self._c[name]

    def pick(self, rng, name):
        c = self.get(name)
        return c[rng.randrange(len(c))]


C = Corpus()


def short_sentence(rng):
    s = C.pick(rng, "benign_self_instruct_user_oriented")
    return s.split("\n")[0][:220]


# ---------------------------------------------------------------- helpers
def wchoice(rng, items):
    """items: list of (value..., weight) tuples -> the tuple minus weight."""
    tot = sum(i[-1] for i in items)
    x = rng.random() * tot
    for i in items:
        x -= i[-1]
        if x <= 0:
            return i[:-1] if len(i) > 2 else i[0]
    i = items[-1]
    return i[:-1] if len(i) > 2 else i[0]


def rid(rng, prefix, n):
    return prefix + "".join(B32[rng.randrange(32)] for _ in range(n))


def hexid(rng, n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def fp(*traits):
    return "dv1:" + hashlib.sha1("|".join(traits).encode()).hexdigest()[:20]


def lognorm(rng, median, sigma):
    return median * math.exp(rng.gauss(0, sigma))


def poisson(rng, lam):
    if lam <= 0:
        return 0
    if lam > 50:
        return max(0, int(round(rng.gauss(lam, math.sqrt(lam)))))
    L, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= L:
            return k
        k += 1


def ntok(text):
    if not text:
        return 0
    a = sum(1 for ch in text if ord(ch) < 128) if len(text) < 4000 else int(len(text) * 0.9)
    return int(a / 4 + (len(text) - a) * 0.8) + 1


_prefix_cache = {}


def asn_prefixes(asn):
    if asn not in _prefix_cache:
        r = random.Random(asn * 7919 + 17)
        ps = []
        while len(ps) < 6:
            a = r.randrange(1, 224)
            if a in (10, 100, 127, 169, 172, 192, 198, 203):
                continue
            ps.append((a, r.randrange(256)))
        _prefix_cache[asn] = ps
    return _prefix_cache[asn]


def ip_in(rng, net, v6=False):
    asn = W.ASN[net][0]
    if v6:
        r = random.Random(asn * 31 + 5)
        return "24%02x:%x:%x:%x:%x:%x:%x:%x" % (r.randrange(0, 16), r.randrange(0x100, 0xfff), rng.randrange(65536),
                                                  rng.randrange(65536), rng.randrange(65536), rng.randrange(65536),
                                                  rng.randrange(65536), rng.randrange(65536))
    a, b = asn_prefixes(asn)[rng.randrange(6)]
    return "%d.%d.%d.%d" % (a, b, rng.randrange(256), rng.randrange(1, 255))


class Pool:
    """A set of public IPs on one network: CGNAT pools, campus NAT, VPN exits."""

    def __init__(self, rng, net, n, v6_share=0.0):
        self.net, self.asn = net, W.ASN[net][0]
        self.ips = [ip_in(rng, net, v6=rng.random() < v6_share) for _ in range(n)]

    def pick(self, rng):
        return self.ips[rng.randrange(len(self.ips))]


# diurnal weights by local hour
PROFILES = {
    "consumer": [3, 2, 1.2, .8, .6, .6, 1, 2, 3.5, 4, 4.5, 5, 5.5, 5, 5, 5, 5, 5.5, 6, 7, 8, 8.5, 7.5, 5],
    "office": [.3, .2, .1, .1, .1, .2, .5, 2, 6, 9, 10, 9, 6, 9, 10, 10, 9, 7, 4, 2.5, 2, 1.5, 1, .6],
    "student": [4, 3, 2, 1, .4, .3, .3, .6, 1.5, 3, 4, 4, 4, 4.5, 5, 5, 5, 4.5, 5, 6, 8, 9, 8.5, 6],
    "server": [5, 4.5, 4, 4, 4, 4.5, 5, 6, 7, 7.5, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7.5, 7, 6.5, 6],
    "flat": [1] * 24,
    "evening": [2, 1, .5, .3, .2, .2, .3, .6, 1, 1.5, 2, 2, 2.5, 2.5, 2.5, 3, 3.5, 4.5, 6, 7.5, 8.5, 9, 8, 5],
}
_cum = {k: [sum(v[:i + 1]) for i in range(24)] for k, v in PROFILES.items()}


def local_hour(rng, profile):
    c = _cum[profile]
    return bisect.bisect_left(c, rng.random() * c[-1])


def session_start(rng, day, tz, profile):
    h = local_hour(rng, profile)
    utc_h = (h - tz) % 24
    return START + day * DAY + int(utc_h * HOUR) + rng.randrange(HOUR)


def day_factor(day, weekend_drop):
    # day 0 = Wednesday; day 3,4 = Sat, Sun
    wd = (2 + day) % 7
    return weekend_drop if wd in (5, 6) else 1.0


# ---------------------------------------------------------------- the generator
class Gen:
    def __init__(self, seed, days, scale):
        self.seed, self.days, self.scale = seed, days, scale
        self.END = START + days * DAY
        self.rng = random.Random(seed * 1_000_003 + 11)
        self.events = []  # (ts, event_id, json)
        self.labels = {}
        self.eids = set()
        self.acct_ids = set()
        self.pop_index = 0

    # ------------------------------------------------ ids & accounts
    def prng(self):
        self.pop_index += 1
        return random.Random(self.seed * 1_000_003 + self.pop_index * 7_919_011)

    def n(self, base):
        return max(1, int(round(base * self.scale)))

    def new_account(self, rng, label, population, campaign=None, created=None, org=None, pay=None):
        while True:
            aid = rid(rng, "acct_", 16)
            if aid not in self.acct_ids:
                break
        self.acct_ids.add(aid)
        self.labels[aid] = {"label": label, "population": population, "campaign": campaign}
        return {"id": aid, "created": created, "org": org or rid(rng, "org_", 12), "pay": pay,
                "keys": [rid(rng, "key_", 20) for _ in range(1 + (rng.random() < 0.3) + (rng.random() < 0.1))]}

    def emit(self, rng, acct, ts, prompt, *, system=None, model, endpoint="/v1/chat/completions", ip, net,
             ua, device, comp=None, status=200, key=True, prompt_extra_tokens=0):
        if ts < START or ts >= self.END:
            return False
        if acct["created"] is not None and ts < acct["created"]:
            ts = acct["created"] + rng.randrange(5_000, 120_000)
            if ts >= self.END:
                return False
        while True:
            eid = "evt_" + hexid(rng, 24)
            if eid not in self.eids:
                break
        self.eids.add(eid)
        pt = ntok(prompt) + ntok(system) + prompt_extra_tokens + 3
        if status != 200:
            ct = 0
        elif comp is None:
            ct = int(lognorm(rng, 350, 0.7))
        else:
            ct = int(comp)
        if endpoint == "/v1/embeddings":
            ct = 0
        asn = W.ASN[net][0] if net else None
        ev = {"event_id": eid, "ts": ts, "account_id": acct["id"], "prompt_tokens": pt, "completion_tokens": max(0, ct),
              "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system, "status": status,
              "org_id": acct["org"], "api_key_id": acct["keys"][rng.randrange(len(acct["keys"]))] if key else None,
              "ip": ip, "asn": asn, "user_agent": ua, "device_id": device, "payment_fingerprint": acct["pay"],
              "account_created_at": acct["created"]}
        # gateway noise: enrichment sometimes missing
        r = rng.random()
        if r < 0.006:
            ev["asn"] = None
        elif r < 0.009:
            ev["org_id"] = None
        elif r < 0.011:
            ev["user_agent"] = None
        elif r < 0.0125:
            ev["ip"] = None
            ev["asn"] = None
        self.events.append((ts, eid, json.dumps(ev, ensure_ascii=False, separators=(",", ":"))))
        return True

    def status_for(self, rng, base_err=0.012, rl=0.0):
        x = rng.random()
        if x < rl:
            return 429
        x -= rl
        if x < base_err * 0.45:
            return 529
        if x < base_err * 0.7:
            return 500
        if x < base_err:
            return 400
        return 200

    def send(self, rng, acct, ts, prompt, retry=0.6, rl=0.0, **kw):
        """Emit one request; on a transient failure, clients usually retry."""
        st = self.status_for(rng, rl=rl)
        ok = self.emit(rng, acct, ts, prompt, status=st, **kw)
        n = 0
        while ok and st in (429, 529, 500) and rng.random() < retry and n < 3:
            n += 1
            ts += int(1000 * (2 ** n) * (0.5 + rng.random())) + (rng.randrange(20_000) if st == 429 else 0)
            st = self.status_for(rng, rl=rl * 0.5)
            ok = self.emit(rng, acct, ts, prompt, status=st, **kw)
        return ts

    def model_at(self, rng, ts, adopt=0.5, delay_h=0.0, old=("orion-2-pro", "orion-2-flash"), flash=0.35):
        if ts >= RELEASE + delay_h * HOUR:
            hrs = (ts - RELEASE) / HOUR
            p = adopt * (1 - math.exp(-hrs / 6.0))
            if rng.random() < p:
                return W.MODEL_NEW
        return old[1] if rng.random() < flash else old[0]

    # ------------------------------------------------ client identities
    def phone_device(self, rng, country):
        m, o = wchoice(rng, W.PHONES.get(country, W.PHONES["_"]))
        return fp("mobile", m, o, W.COUNTRY_LOCALE[country], str(W.COUNTRY_TZ[country]))

    def laptop_device(self, rng, country, image=None):
        m, o = image or wchoice(rng, W.LAPTOPS)
        return fp("desktop", m, o, W.COUNTRY_LOCALE[country], str(W.COUNTRY_TZ[country]))

    def server_device(self, rng, image=None):
        m, o = image or wchoice(rng, W.SERVERS)
        return fp("server", m, o, "C.UTF-8", "0")

    def country(self, rng, mix=None):
        return wchoice(rng, mix or W.CONSUMER_COUNTRIES)

    def consumer_net(self, rng, country, mobile_share):
        fixed, mobile = W.COUNTRY_NET[country]
        return (rng.choice(mobile), True) if rng.random() < mobile_share else (rng.choice(fixed), False)

    # ------------------------------------------------ prompts
    def native_prompt(self, rng, lang):
        t = rng.choice(W.LANG_TEMPLATES[lang])
        return t.format(t=rng.choice(W.TOPICS[lang]), s=short_sentence(rng))

    def consumer_prompt(self, rng, lang, english_share=0.5):
        if lang != "en" and rng.random() > english_share:
            return self.native_prompt(rng, lang)
        x = rng.random()
        if x < 0.35:
            q = C.pick(rng, "benign_nq_open_questions")
            return q if rng.random() < 0.6 else q[0].upper() + q[1:] + "?"
        if x < 0.55:
            return C.pick(rng, rng.choice(["benign_self_instruct_user_oriented", "benign_self_instruct_seed_tasks"]))
        if x < 0.8:
            return C.pick(rng, "benign_arena_hard_prompts")
        if x < 0.88:
            return self.native_prompt(rng, "en")
        return C.pick(rng, "benign_awesome_chatgpt_prompts")[:3000]

    def write_all(self, out, labels_path):
        self.events.sort(key=lambda e: (e[0], e[1]))
        with open(out, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=5) as gz:
                buf = []
                for _, _, js in self.events:
                    buf.append(js)
                    if len(buf) >= 5000:
                        gz.write(("\n".join(buf) + "\n").encode())
                        buf = []
                if buf:
                    gz.write(("\n".join(buf) + "\n").encode())
        # labels only for accounts that produced events
        seen = {}
        for _, _, js in self.events:
            i = js.index('"account_id":"') + 14
            seen[js[i:js.index('"', i)]] = 1
        lab = {a: self.labels[a] for a in sorted(seen)}
        with open(labels_path, "w", encoding="utf-8") as f:
            json.dump(lab, f, indent=0, sort_keys=True)
        return lab


