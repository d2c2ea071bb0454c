"""Account identities, request schedules, event assembly, ingestion mess and serialisation."""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import random

from . import prompts as P
from . import world as W


# ---- identity ---------------------------------------------------------------------------------
def ident(rng: random.Random, seed, pop: str, i: int, nets, ip="home", pool=None, dev="own", pay="own",
          org=None, created=None, ua_kind="mix", keys=1, ua_fixed=None) -> dict:
    aid = "acct_" + W.hid(seed, pop, i)
    net = rng.choice(nets)
    lo, hi = created or (W.START_MS - 700 * W.DAY_MS, W.START_MS - 2 * W.DAY_MS)
    a = {"id": aid, "pop": pop, "nets": nets, "net": net, "tz": W.NETS[net][2], "ip_mode": ip, "pool": pool,
         "ip": W.ip_in(net, rng, 0.3), "dev_mode": dev, "ua": ua_fixed or W.ua(rng, ua_kind),
         "created": rng.randint(lo, hi), "org": org,
         "keys": ["key_" + W.hid(seed, aid, k, n=20) for k in range(max(1, keys))]}
    a["dev"] = rng.choice(dev) if isinstance(dev, list) else W.device(rng)
    a["pay"] = rng.choice(pay) if isinstance(pay, list) else ("pm_" + W.hid(seed, aid, "pm", n=18) if pay == "own" else None)
    if a["pool"]:
        a["ip"] = rng.choice(a["pool"])
    return a


IP2NET: dict[str, str] = {}  # lookups only: pooled address -> network it was drawn from


def ip_pool(rng, net: str, k: int) -> list[str]:
    out = [W.ip_in(net, rng) for _ in range(k)]
    for ip in out:
        IP2NET[ip] = net
    return out


def pay_pool(seed, tag: str, k: int) -> list[str]:
    return ["pm_" + W.hid(seed, tag, j, n=18) for j in range(k)]


def dev_pool(rng, k: int) -> list[str]:
    return [W.device(rng) for _ in range(k)]


def where(rng: random.Random, a: dict) -> tuple[str, int]:
    m = a["ip_mode"]
    if m == "rotate":
        net = rng.choice(a["nets"])
        return W.ip_in(net, rng, 0.15), W.NETS[net][0]
    if m == "pool":
        ip = rng.choice(a["pool"]) if rng.random() < 0.5 else a["ip"]
        return ip, W.NETS[IP2NET.get(ip, a["net"])][0]
    if m == "home":
        churn = 0.25 if W.NETS[a["net"]][3] == "mobile" else 0.03
        if rng.random() < churn:
            a["ip"] = W.ip_in(a["net"], rng, 0.3)
    return a["ip"], W.NETS[a["net"]][0]


# ---- schedules --------------------------------------------------------------------------------
END_MS = W.START_MS + W.N_DAYS * W.DAY_MS


def sessions(rng, a, per_day, per_session, gap_s=45.0, prof=W.HUMAN, after=None, days=(0, 1)) -> list[int]:
    out = []
    for d in days:
        for _ in range(W.poisson(rng, per_day / per_session)):
            t = W.local_time(rng, d, a["tz"], prof)
            for _ in range(1 + W.poisson(rng, per_session - 1)):
                out.append(t)
                t += int(1000 * W.lognorm(rng, gap_s, 0.8)) + 500
    return [t for t in out if (after is None or t >= after) and W.START_MS <= t < END_MS]


def steady(rng, a, per_day, after=None, until=None) -> list[int]:
    lo, hi = after or W.START_MS, until or END_MS
    n = W.poisson(rng, per_day * (hi - lo) / W.DAY_MS)
    return [rng.randrange(lo, hi) for _ in range(n)]


def cron(rng, period_s, jitter_s=2.0, phase=None) -> list[int]:
    t = W.START_MS + int((phase if phase is not None else rng.random()) * period_s * 1000)
    out = []
    while t < END_MS:
        out.append(t + int(abs(rng.gauss(0, jitter_s)) * 1000))
        t += int(period_s * 1000)
    return out


def burst(rng, start, dur_s, n, gap_s=None) -> list[int]:
    if gap_s:
        out, t = [], start
        for _ in range(n):
            out.append(t)
            t += int(1000 * W.lognorm(rng, gap_s, 0.5))
        return out
    return sorted(start + rng.randrange(0, int(dur_s * 1000)) for _ in range(n))


# ---- assembly ---------------------------------------------------------------------------------
def assemble(seed, pop: dict, accts: list[dict], labels: dict, out: list) -> None:
    for a in accts:
        rng = W.rng_for(seed, "req", a["id"])
        times = sorted(t for t in pop["sched"](rng, a) if W.START_MS <= t < END_MS)
        labels[a["id"]] = {"label": "campaign" if pop["campaign"] else "benign", "population": pop["name"],
                           "campaign": pop["campaign"]}
        for k, t in enumerate(times):
            c = pop["content"](rng, a, k, t)
            ip, asn = where(rng, a)
            status = c.get("status", 200)
            r = rng.random()
            if r < a.get("p429", 0.004):
                status = 429
            elif r < a.get("p429", 0.004) + 0.003:
                status = rng.choice([400, 500, 502, 503, 408])
            sysp = c.get("system")
            pt = P.est_tokens(c["prompt"], rng) + P.est_tokens(sysp, rng)
            ct = 0 if status != 200 else max(1, int(W.lognorm(rng, c.get("ct", 300), 0.45)))
            ev = {"event_id": "evt_" + W.hid(seed, a["id"], k, n=24), "ts": t, "account_id": a["id"],
                  "prompt_tokens": pt, "completion_tokens": ct, "model": c.get("model", W.MODELS_OLD[0]),
                  "endpoint": c.get("endpoint", W.ENDPOINTS[0]), "prompt": c["prompt"], "system_prompt": sysp,
                  "status": status, "org_id": a["org"], "api_key_id": rng.choice(a["keys"]), "ip": ip, "asn": asn,
                  "user_agent": c.get("ua", a["ua"]),
                  "device_id": W.device(rng) if a["dev_mode"] == "rotate" else a["dev"],
                  "payment_fingerprint": a["pay"], "account_created_at": a["created"]}
            out.append(ev)


def iso(ms: int, tz_h: int = 0, frac: str = "ms") -> str:
    d = dt.datetime.fromtimestamp(ms / 1000, dt.timezone(dt.timedelta(hours=tz_h)))
    base = d.strftime("%Y-%m-%dT%H:%M:%S")
    f = {"ms": "." + "%03d" % (ms % 1000), "us": "." + "%03d" % (ms % 1000) + "000", "none": ""}[frac]
    return base + f + ("Z" if tz_h == 0 else d.strftime("%z")[:3] + ":" + d.strftime("%z")[3:])


BAD_KINDS = ["trunc", "logline", "no_acct", "empty_acct", "neg_tokens", "float_tokens", "null_tokens", "ts_dmy",
             "ts_noz", "ts_bool", "ts_str_epoch", "ts_far", "asn_name", "prompt_list", "created_bad", "empty_eid",
             "array"]


def corrupt(rng: random.Random, d: dict) -> str:
    k = rng.choice(BAD_KINDS)
    d = dict(d)
    if k == "no_acct":
        d.pop("account_id")
    elif k == "empty_acct":
        d["account_id"] = ""
    elif k == "neg_tokens":
        d["completion_tokens"] = -d["completion_tokens"] - 1
    elif k == "float_tokens":
        d["prompt_tokens"] = d["prompt_tokens"] + 0.5
    elif k == "null_tokens":
        d["prompt_tokens"] = None
    elif k == "ts_dmy":
        d["ts"] = dt.datetime.fromtimestamp(d["ts_ms"] / 1000, dt.timezone.utc).strftime("%d/%m/%Y %H:%M:%S")
    elif k == "ts_noz":
        d["ts"] = iso(d["ts_ms"])[:-1]
    elif k == "ts_bool":
        d["ts"] = True
    elif k == "ts_str_epoch":
        d["ts"] = str(d["ts_ms"])
    elif k == "ts_far":
        d["ts"] = d["ts_ms"] * 1000
    elif k == "asn_name":
        d["asn"] = "Claro"
    elif k == "prompt_list":
        d["prompt"] = [d["prompt"]]
    elif k == "created_bad":
        d["account_created_at"] = "hace 2 años"
    elif k == "empty_eid":
        d["event_id"] = ""
    d.pop("ts_ms")
    s = json.dumps(d, ensure_ascii=False, separators=(",", ":"))
    if k == "trunc":
        return s[: rng.randint(10, max(11, len(s) // 2))]
    if k == "logline":
        return "2027-06-23 WARN gw-lim-2 upstream reset; retrying publish of " + d["event_id"]
    if k == "array":
        return "[" + s + "]"
    return s


def render(seed, events: list[dict], days: int) -> tuple[bytes, dict, list[int]]:
    """Lag, sort by publish time, vary formats, inject malformed lines; returns gzip bytes,
    ids of accounts with a well-formed line, and indexes of malformed lines."""
    rng = W.rng_for(seed, "render")
    cut = W.START_MS + days * W.DAY_MS
    rows = []
    for ev in events:
        r = rng.random()
        lag = int(W.lognorm(rng, 140, 0.7)) % 990 if r < 0.86 else (rng.randint(1000, 9000) if r < 0.98 else rng.randint(60_000, 900_000))
        pub = ev["ts"] + lag
        if pub < END_MS:
            rows.append((pub, ev["event_id"], ev))
    rows.sort(key=lambda x: (x[0], x[1]))
    lines, good, bad = [], set(), []
    for pub, _, ev in rows:
        if pub >= cut:
            break
        d = dict(ev)
        ts = d["ts"]
        f = rng.random()
        d["ts"] = (iso(ts) if f < 0.62 else ts if f < 0.78 else ts / 1000 if f < 0.84 else iso(ts, 0, "us") if f < 0.89
                   else iso(ts, W.NETS.get("claro_pe")[2]) if f < 0.94 else iso(ts, 0, "none") if f < 0.97
                   else iso(ts).replace("T", " "))
        if d["ts"] == ts / 1000 and ts % 1000 == 0:
            d["ts"] = ts
        c = d["account_created_at"]
        g = rng.random()
        d["account_created_at"] = iso(c, 0, "none") if g < 0.7 else c if g < 0.9 else None
        if rng.random() < 0.05:
            d["asn"] = "AS%d" % d["asn"]
        if rng.random() < 0.03:
            d["device_id"] = None
        d["published_at"] = iso(pub)
        if rng.random() < 0.0026:
            d["ts_ms"] = ts
            lines.append(corrupt(rng, d))
            bad.append(len(lines) - 1)
        else:
            lines.append(json.dumps(d, ensure_ascii=False, separators=(",", ":")))
            good.add(ev["account_id"])
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return buf.getvalue(), good, bad


def model_at(rng: random.Random, t: int, p_new: float = 0.45, p_r: float = 0.1) -> str:
    if t >= W.LAUNCH_MS:
        r = rng.random()
        if r < p_new:
            return W.MODEL_NEW
        if r < p_new + p_r:
            return W.MODEL_NEW_R
    return W.MODELS_OLD[0] if rng.random() < 0.75 else W.MODELS_OLD[1]


def spec(name, n, make, sched, content, campaign=None) -> dict:
    return {"name": name, "n": n, "make": make, "sched": sched, "content": content, "campaign": campaign}
