"""Turns a population spec into accounts and events (deterministic per seed and population)."""
from __future__ import annotations

import hashlib
import math
import random

from .world import DAY, HOUR, JA4, LAUNCH1, LAUNCH2, MIN, NETS, NEW1, NEW2, OLD_MODELS, START, UA, asn_of, ip_for, sample_time

END = START + 2 * DAY


def hx(*parts, n=12) -> str:
    return hashlib.sha256(":".join(str(p) for p in parts).encode()).hexdigest()[:n]


def shared_pool(seed, name, nets, k):
    """A fixed set of k egress IPs (NAT, CGNAT or relay backend) named `name`."""
    r = random.Random(f"{seed}:pool:{name}")
    return [(n, ip_for(r, n)) for n in (r.choice(nets) for _ in range(k))]


def make_accounts(seed, spec):
    rng = random.Random(f"{seed}:acc:{spec['name']}")
    accts = []
    n = spec["n"]
    for i in range(n):
        grp = spec.get("grp_fixed", i // spec.get("group", n or 1))
        a = {"id": "acct_" + hx(seed, spec["name"], i, rng.random()), "i": i, "grp": grp, "spec": spec}
        org = spec.get("org")
        a["org"] = ("org_" + hx(seed, org, grp if spec.get("org_per_group") else 0)) if org else "org_" + hx(seed, a["id"], "o")
        c = spec.get("created", ("old", 30, 900))
        if c[0] == "old":
            a["created"] = START - rng.randrange(c[1] * DAY, c[2] * DAY)
        else:  # signs up inside the window, shortly before first use
            a["created"] = None
        pay = spec.get("pay", "own")
        if pay == "own":
            a["pay"] = "pm_" + hx(seed, a["id"], "card", n=16) if rng.random() < spec.get("pay_p", 0.92) else None
        elif pay == "org":
            a["pay"] = "pm_" + hx(seed, spec.get("pay_key", org), grp if spec.get("org_per_group") else 0, n=16)
        elif pay == "pool":
            a["pay"] = "pm_" + hx(seed, spec["name"], "pool", rng.randrange(spec["pay_k"]), n=16)
        else:
            a["pay"] = None
        fam = rng.choice(spec["ua"])
        a["ua_fam"], a["ua"] = fam, rng.choice(UA[fam])
        dev = spec.get("dev", "install")
        if dev == "install" and fam != "app":
            a["dev"] = "ja4"  # browsers and SDKs only expose their (widely shared) TLS fingerprint
        elif dev == "install":
            a["dev"] = "dev_" + hx(seed, a["id"], "dev", n=16)
        elif dev == "pool":
            a["dev"] = "dev_" + hx(seed, spec.get("dev_pool_key", spec["name"]), "devpool", rng.randrange(spec["dev_k"]), n=16)
        else:
            a["dev"] = dev  # "ja4" or "spoof": resolved per event
        a["keys"] = ["key_" + hx(seed, a["id"], "k", j) for j in range(1 + (rng.random() < spec.get("multi_key", 0.15)))]
        a["net"] = rng.choice(spec["nets"])
        a["cc"] = spec.get("cc") or NETS[a["net"]][1]
        a["ips"] = [ip_for(rng, a["net"]) for _ in range(rng.choice([1, 1, 2, 3]))]
        med, sig = spec["vol"]
        a["vol"] = max(1, int(med * math.exp(rng.gauss(0, sig))))
        a["adopt"] = rng.random() < spec.get("adopt", 0.35)
        accts.append(a)
    return accts


def _model(rng, a, t):
    sp = a["spec"]
    if "model_fn" in sp:
        return sp["model_fn"](rng, a, t)
    if t >= LAUNCH2 and a["adopt"] and rng.random() < sp.get("think", 0.25):
        return NEW2
    if t >= LAUNCH1 and a["adopt"] and rng.random() < 0.8:
        return NEW1
    return sp.get("model") or rng.choice(OLD_MODELS)


COMP = {"short": (30, 180), "chat": (120, 900), "math": (120, 450), "cot": (350, 1400), "code": (180, 1000),
        "agent": (60, 700), "long": (600, 1800), "relay": (80, 1200)}


def _tokens(rng, text, kind, model):
    nona = sum(1 for ch in text[:400] if ord(ch) > 127) / max(1, min(400, len(text)))
    pt = int(len(text) / (3.8 - 1.6 * nona)) + rng.randrange(4, 20)
    lo, hi = COMP[kind]
    ct = int(lo + (hi - lo) * rng.random() ** 1.5)
    if model == NEW2:
        ct = int(ct * rng.uniform(2.0, 5.5))
    return pt, ct


def session_times(rng, a, spec):
    """Yield lists of event times per session until the account's volume is reached."""
    lo, hi = spec.get("active", (START, END))
    if spec.get("created", ("old",))[0] == "new":  # signs up inside the window, minutes to hours before first use
        lo = lo + rng.randrange(0, max(1, int((hi - lo) * spec.get("spread", 0.8))))
        a["created"] = max(START - DAY, lo - rng.randrange(2 * MIN, 4 * HOUR))
    style = spec.get("style", "human")
    total, out = a["vol"], []
    while total > 0:
        if style == "cron":
            slot = spec["slot"]
            base = sample_time(rng, spec["profile"], a["cc"], lo, hi) // slot * slot + spec["slot_off"] * a["grp"] % slot
            t = base + int(rng.gauss(0, spec.get("jitter", 30_000)))
        elif spec.get("burst"):
            t = lo + int(rng.expovariate(1 / spec["burst"]))
        else:
            t = sample_time(rng, spec["profile"], a["cc"], lo, hi)
        k = min(total, max(1, int(rng.expovariate(1 / spec.get("sess", 4))) + 1))
        gap = spec.get("gap", (20_000, 180_000))
        ts = []
        for _ in range(k):
            if lo <= t < hi:
                ts.append(t)
            t += rng.randrange(*gap)
        if not ts:
            total -= 1
            continue
        out.append(ts)
        total -= len(ts)
    return out


def events_for(seed, spec, accts, shared):
    rng = random.Random(f"{seed}:ev:{spec['name']}")
    evs = []
    for a in accts:
        for sess_i, ts in enumerate(session_times(rng, a, spec)):
            sess = {"i": sess_i}
            ip_sess = _ip(rng, a, spec, shared)
            for step, t in enumerate(ts):
                prompt, system, kind = spec["prompt"](rng, a, step, sess, shared)
                model = _model(rng, a, t)
                pt, ct = _tokens(rng, (system or "") + prompt, kind, model)
                st = 200
                r = rng.random()
                if r < spec.get("r429", 0.004):
                    st, ct = 429, 0
                elif r < spec.get("r429", 0.004) + 0.004:
                    st, ct = rng.choice([400, 500, 503, 408]), 0
                ip = _ip(rng, a, spec, shared) if spec.get("ip") in ("rotate", "cgnat") else ip_sess
                dev = a["dev"]
                if dev == "ja4":
                    dev = JA4[a["ua_fam"]]
                elif dev == "spoof":
                    dev = "t13d" + hx(seed, a["id"], sess_i, n=4) + "h2_" + hx(a["id"], n=12) + "_" + hx(t, n=12)
                ev = {"event_id": "ev_" + hx(seed, a["id"], t, rng.random(), n=20), "ts": t, "account_id": a["id"],
                      "org_id": a["org"], "api_key_id": rng.choice(a["keys"]), "model": model,
                      "endpoint": spec.get("endpoint", "/v1/chat/completions"), "prompt": prompt, "system_prompt": system,
                      "prompt_tokens": pt, "completion_tokens": ct, "status": st, "ip": ip[1], "asn": asn_of(ip[0]),
                      "user_agent": a["ua"], "device_id": dev if rng.random() > 0.02 else None,
                      "payment_fingerprint": a["pay"], "account_created_at": a["created"]}
                evs.append(ev)
    return evs


def _ip(rng, a, spec, shared):
    mode = spec.get("ip", "sticky")
    if mode == "sticky":
        if rng.random() < spec.get("roam", 0.1):
            return (a["net"], ip_for(rng, a["net"]))
        return (a["net"], rng.choice(a["ips"]))
    if mode in ("pool", "cgnat"):
        nets, k = spec["pool_def"]
        key = spec["pool"]
        if spec.get("org_per_group"):
            key, nets = f"{key}:{a['grp']}", [nets[a["grp"] % len(nets)]]
        if ("pool", key) not in shared:
            shared[("pool", key)] = shared_pool(shared["seed"], key, nets, k)
        return rng.choice(shared[("pool", key)])
    net = rng.choice(spec["nets"])  # rotate / session: a fresh exit
    return (net, ip_for(rng, net))
