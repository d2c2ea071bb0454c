"""Gateway edges and what they do to a line on its way to Kafka.

| edge | serves | ts | asn | absent fields | extras | publish delay |
|------|--------|----|-----|---------------|--------|---------------|
| tpe1 | north, consumers | RFC 3339 ms Z | int | omitted | - | ~0.3 s lognormal |
| hsz2 | enterprise, science park | epoch ms int | "AS123" | explicit null | edge, trace_id | 5 s batch flush |
| khh3 | south (legacy Go) | float epoch s | int | omitted | region, upstream_ms | ~0.5 s; backlog after incident |
| tyo4 | overseas / cloud | +08:00 offset text | "AS123" | null, prompt omitted | pop, http | 1-3 s, rare 30-90 s tail |

Redelivery (~0.05%) repeats a line byte for byte a little later; ~0.1% of
lines are broken (truncated, bad time, negative tokens, missing ids, a stray
log line) and belong to nobody's label.
"""
from __future__ import annotations

import gzip
import random
from datetime import datetime, timedelta, timezone

import orjson

from bench.heldout31 import clock

_TW = timezone(timedelta(hours=8))
FIELDS = ("event_id", "ts", "account_id", "prompt_tokens", "completion_tokens", "model", "endpoint", "prompt",
          "system_prompt", "status", "org_id", "api_key_id", "ip", "asn", "user_agent", "device_id",
          "payment_fingerprint", "account_created_at")


def rfc_z(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def rfc_tw(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=_TW)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}+08:00"


class Wire:
    def __init__(self, seed: int):
        self.r = random.Random(f"{seed}/wire")
        self.bad = random.Random(f"{seed}/wire-broken")
        self.lines: list[tuple[int, int, bytes]] = []
        self.redelivered = 0
        self.broken = 0

    def _event_id(self, edge: str, ts: int) -> str:
        h = "%032x" % self.r.getrandbits(128)
        if edge == "tpe1":
            return f"evt_{h[:20]}"
        if edge == "hsz2":
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        if edge == "khh3":
            return f"khh3-{ts}-{h[:6]}"
        return f"01K{h[:23].upper()}"

    def _render(self, edge: str, ev: dict) -> dict:
        out: dict = {"event_id": self._event_id(edge, ev["ts"])}
        created = ev["account_created_at"]
        for k in FIELDS[1:]:
            v = ev[k]
            if k == "ts":
                v = rfc_z(v) if edge == "tpe1" else v if edge == "hsz2" else round(v / 1000, 3) if edge == "khh3" else rfc_tw(v)
            elif k == "account_created_at" and v is not None:
                v = rfc_z(created) if edge in ("tpe1",) else created if edge == "hsz2" else rfc_tw(created)
            elif k == "asn" and v is not None and edge in ("hsz2", "tyo4"):
                v = f"AS{v}"
            if v is None and (edge in ("tpe1", "khh3") or (edge == "tyo4" and k in ("prompt", "system_prompt"))):
                continue
            out[k] = v
        if edge == "hsz2":
            out["edge"] = "hsz2"
            out["trace_id"] = "%016x" % self.r.getrandbits(64)
        elif edge == "khh3":
            out["region"] = "tw-south"
            out["upstream_ms"] = self.r.randint(180, 9000)
        elif edge == "tyo4":
            out["pop"] = "NRT"
            out["http"] = "h2"
        return out

    def _delay(self, edge: str, ts: int) -> int:
        r = self.r
        if edge == "hsz2":
            return 5000 - ts % 5000 + r.randint(20, 400)
        if edge == "khh3":
            a, b = clock.EDGE_INCIDENT
            if a <= ts < b + 20 * clock.MIN:  # backlog drains after the pool comes back
                return r.randint(15_000, 115_000)
            return r.randint(150, 900)
        if edge == "tyo4":
            return r.randint(30_000, 90_000) if r.random() < 0.005 else r.randint(900, 3000)
        return min(8000, int(r.lognormvariate(5.6, 0.6)))

    def add(self, edge: str, ev: dict) -> None:
        obj = self._render(edge, ev)
        # orjson over-allocates its output buffer (~7 KB per small line); an
        # exact-size copy keeps 180k held lines well under 1 GB RSS
        line = bytes(memoryview(orjson.dumps(obj)))
        pub = ev["ts"] + self._delay(edge, ev["ts"])
        self.lines.append((pub, self.r.getrandbits(32), line))  # random tiebreak: no generation order leaks
        b = self.bad
        x = b.random()
        if x < 0.0005:  # at-least-once producer: the same bytes again
            self.lines.append((pub + b.randint(200, 30_000), b.getrandbits(32), line))
            self.redelivered += 1
        elif x < 0.0015:
            self.lines.append((pub + b.randint(0, 3000), b.getrandbits(32), self._broken(obj, line)))
            self.broken += 1

    def _broken(self, obj: dict, line: bytes) -> bytes:
        b = self.bad
        kind = b.randrange(6)
        if kind == 0:
            return line[: b.randint(10, len(line) - 2)]
        o = dict(obj)
        if kind == 1:
            o["ts"] = b.choice(["2027-01-14 09:12:33", "14/01/2027 21:07", "", "2027-01-15T25:61:00Z", "NaN", "yesterday"])
        elif kind == 2:
            o[b.choice(["prompt_tokens", "completion_tokens"])] = -b.randint(1, 400)
        elif kind == 3:
            o.pop(b.choice(["event_id", "account_id"]))
        elif kind == 4:
            o["account_id"] = ""
        else:
            t = rfc_z(clock.START + b.randrange(2 * clock.DAY))
            return b.choice([
                f"{t} WARN edge=khh3 kafka produce retry 2/5 topic=gw.requests err=\"Broker: Not enough in-sync replicas\"",
                f"{t} INFO edge=hsz2 flushed batch n={b.randint(100, 900)} bytes={b.randint(10**5, 10**6)}",
                f"{t} panic: runtime error: invalid memory address or nil pointer dereference goroutine {b.randint(10, 99999)}",
                f"}}{{\"partial\": {b.randint(1, 10**9)}",
            ]).encode()
        return bytes(memoryview(orjson.dumps(o)))

    def write(self, path: str) -> int:
        self.lines.sort(key=lambda x: (x[0], x[1]))
        with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
            for i in range(0, len(self.lines), 4096):  # chunks: no second full copy in memory
                gz.write(b"".join(line + b"\n" for _, _, line in self.lines[i:i + 4096]))
        return len(self.lines)
