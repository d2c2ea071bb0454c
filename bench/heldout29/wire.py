"""What the gateway actually publishes. Three edge builds serialise differently (all within the
request-event contract): hel1 (current), sto1a/sto1b (older; sto1b listens dual-stack and writes
IPv4 clients as ::ffff:a.b.c.d), fra1 (failover/EU edge; epoch seconds, no TLS fingerprint
behind its HTTP/1 balancer). Events leave an edge when the response completes, so `ts`
(request arrival) is slightly out of order. Redeliveries repeat an event_id; ~0.1% of lines are
broken (truncated writes, naive timestamps, stray log lines ...)."""

from __future__ import annotations

import random
import zlib
from datetime import datetime, timezone

import orjson

from .asns import ASNS
from .clock import DAY, HOUR, MIN, START
from .randutil import HEX, token
from .world import Account, World

ASN_CC = {}
for _r in ASNS:
    ASN_CC.setdefault(_r[0], _r[2])

FAILOVER = (START + DAY + 14 * HOUR + 10 * MIN, START + DAY + 14 * HOUR + 35 * MIN)   # 2 Dec 14:10-14:35 EET


def rfc3339(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def _helsinki_offset_h(ms: int) -> int:
    y = datetime.fromtimestamp(ms / 1000, tz=timezone.utc).year
    def last_sunday(month):
        d = datetime(y, month, 31, 1, tzinfo=timezone.utc)
        return int(d.timestamp() * 1000) - ((d.weekday() + 1) % 7) * DAY
    return 3 if last_sunday(3) <= ms < last_sunday(10) else 2


def helsinki_text(ms: int) -> str:
    off = _helsinki_offset_h(ms)
    dt = datetime.fromtimestamp(ms // 1000 + off * 3600, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + f"+0{off}:00"


def node_for(ip: str, asn: int, ts: int) -> str:
    cc = ASN_CC.get(asn, "DE")
    h = zlib.crc32(ip.encode()) % 10
    if cc in ("FI", "EE", "LV", "LT"):
        node = "hel1"
    elif cc in ("SE", "NO", "DK"):
        node = ("sto1a" if h < 5 else "sto1b") if h < 7 else "hel1"
    else:
        node = "fra1"
    if node == "hel1" and FAILOVER[0] <= ts < FAILOVER[1]:
        node = "fra1"
    return node


def encode(rng: random.Random, a: Account, e: list) -> tuple[int, str, bytes]:
    ts, prompt, system, model, endpoint, ptok, ctok, status, ip, asn, ua, device, key, lat = e
    node = node_for(ip, asn, ts)
    stream = endpoint == "/app/chat" or (endpoint != "/v1/embeddings" and rng.random() < .35)
    if node == "hel1":
        eid = "evt_" + token(rng, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        d = {"event_id": eid, "ts": rfc3339(ts), "account_id": a.aid, "org_id": a.org if endpoint != "/app/chat" else None,
             "api_key_id": key, "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system,
             "prompt_tokens": ptok, "completion_tokens": ctok, "status": status, "ip": ip, "asn": asn,
             "user_agent": ua, "device_id": device, "payment_fingerprint": a.card,
             "account_created_at": rfc3339(a.created) if rng.random() < .95 else None,
             "request_id": "req_" + token(rng, 24, HEX), "gateway": "hel1", "latency_ms": lat, "stream": stream}
        d = {k: v for k, v in d.items() if v is not None}
        emit = ts + lat + rng.randrange(50, 300)
    elif node.startswith("sto1"):
        u = token(rng, 32, HEX)
        eid = f"{u[:8]}-{u[8:12]}-4{u[13:16]}-{'89ab'[rng.randrange(4)]}{u[17:20]}-{u[20:]}"
        if node == "sto1b" and ":" not in ip:
            ip = "::ffff:" + ip
        d = {"event_id": eid, "account_id": a.aid, "ts": ts, "model": model, "endpoint": endpoint,
             "status": status, "prompt_tokens": ptok, "completion_tokens": ctok, "prompt": prompt,
             "system_prompt": system, "org_id": a.org, "api_key_id": key, "ip": ip, "asn": f"AS{asn}",
             "user_agent": ua, "device_id": device, "payment_fingerprint": a.card,
             "account_created_at": helsinki_text(a.created), "region": "eu-north", "gw": node,
             "upstream_latency_ms": lat}
        emit = ts + lat + rng.randrange(200, 2000)
    else:
        eid = "fra1-" + token(rng, 20, HEX)
        d = {"event_id": eid, "ts": round(ts / 1000, 3), "account_id": a.aid, "prompt_tokens": ptok,
             "completion_tokens": ctok, "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system,
             "status": status, "org_id": a.org, "api_key_id": key, "ip": ip, "asn": asn if rng.random() < .97 else None,
             "user_agent": ua, "device_id": device if rng.random() < .4 else None, "payment_fingerprint": a.card,
             "account_created_at": a.created // 1000 if rng.random() < .8 else None, "edge": "fra1",
             "trace_id": token(rng, 32, HEX)}
        d = {k: v for k, v in d.items() if v is not None}
        emit = ts + lat + rng.randrange(100, 800)
    return emit, eid, orjson.dumps(d) + b"\n"       # the concatenation also trims orjson's spare buffer


def broken(rng: random.Random, good: bytes, ts: int) -> bytes:
    return _broken(rng, good.rstrip(b"\n"), ts) + b"\n"


def _broken(rng: random.Random, good: bytes, ts: int) -> bytes:
    """One malformed line of a kind a real pipeline produces."""
    k = rng.randrange(12)
    if k == 0:
        return good[: rng.randrange(10, max(11, len(good) - 5))]                    # truncated write
    d = orjson.loads(good)
    if k == 1:
        d["ts"] = datetime.fromtimestamp(ts / 1000, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")  # naive
    elif k == 2:
        d["prompt_tokens"] = -1
    elif k == 3:
        d.pop("account_id", None)
    elif k == 4:
        d["account_id"] = ""
    elif k == 5:
        d["ts"] = None
    elif k == 6:
        return (rfc3339(ts) + " WARN gateway: upstream reset before headers, request_id=req_"
                + token(rng, 24, HEX)).encode()
    elif k == 7:
        return orjson.dumps([d])
    elif k == 8:
        d["completion_tokens"] = "n/a"
    elif k == 9:
        d["ts"] = 35_000_000_000_000                                                 # year ~3079
    elif k == 10:
        d["asn"] = "AS-unknown"
    else:
        d.pop("event_id", None)
    return orjson.dumps(d)


def render(w: World) -> tuple[list[bytes], dict[str, dict]]:
    rng = w.rng("wire")
    out: list[tuple[int, str, bytes]] = []
    labels: dict[str, dict] = {}
    for a in w.accounts:
        if not a.events:
            continue
        labels[a.aid] = {"label": a.label, "population": a.population, "campaign": a.campaign}
        for e in a.events:
            emit, eid, line = encode(rng, a, e)
            out.append((emit, eid, line))
            if rng.random() < .0005:                                  # at-least-once redelivery
                out.append((emit + rng.randrange(1000, 20000), eid, line))
    out.sort(key=lambda x: (x[0], x[1]))
    lines = [x[2] for x in out]
    n_bad = max(1, len(lines) // 1000)
    spots = sorted(rng.sample(range(len(lines)), n_bad), reverse=True)
    for i in spots:
        lines.insert(i, broken(rng, lines[i], out[i][0]))
    return lines, labels
