"""What the gateway does to clean events on their way to the topic: per-tier
rate limits (429s), launch-hour overload, two wire formats for time, late
delivery (lines a few seconds out of order), at-least-once redelivery, and a
few broken records. Everything here is seeded, so check.py can rebuild the
list of deliberately broken lines."""
from __future__ import annotations

import gzip
import io
import json
from collections import deque

from bench.heldout33.world import HOUR, RELEASE, World, rfc3339

RPM = {"free": 8, "plus": 30, "pro": 60, "team": 120, "enterprise": 3000}


def rate_limit(w: World) -> None:
    """Requests beyond the account's per-minute allowance get 429 and no
    completion; song-4 capacity is short for the first two hours after launch."""
    tier = {a.account_id: a.tier for a in w.accounts}
    rng = w.rng("gw/limits")
    by_acct: dict[str, list[dict]] = {}
    for e in w.events:
        by_acct.setdefault(e["account_id"], []).append(e)
    for aid, evs in by_acct.items():
        evs.sort(key=lambda e: e["ts"])
        limit, window = RPM[tier[aid]], deque()
        for e in evs:
            while window and window[0] <= e["ts"] - 60_000:
                window.popleft()
            launch_crush = e["model"] == "song-4" and e["ts"] < RELEASE + 2 * HOUR and rng.random() < 0.03
            if len(window) >= limit or launch_crush:
                e["status"], e["completion_tokens"] = 429, 0
            else:
                window.append(e["ts"])
                if rng.random() < 0.0015:
                    e["status"], e["completion_tokens"] = rng.choice([500, 503, 504]), 0


def wire(w: World) -> list[tuple[int, bytes, str]]:
    """(arrival ms, line, kind) for every event, ids assigned in event-time order."""
    w.events.sort(key=lambda e: e["ts"])
    ids, fmt, late = w.rng("gw/ids"), w.rng("gw/format"), w.rng("gw/late")
    out = []
    for e in w.events:
        rec: dict = {"event_id": f"evt_{ids.getrandbits(64):016x}"}
        legacy = fmt.random() < 0.08  # the Da Nang edge still runs the old gateway build: text timestamps
        for k, v in e.items():
            if v is None:
                continue  # absent, as the gateway omits empty fields (ZDR orgs never send prompt text)
            if k == "account_created_at":
                v = rfc3339(v)
            elif k == "ts" and legacy:
                v = rfc3339(v)
            rec[k] = v
        rec["edge"] = "dad" if legacy else ("han" if fmt.random() < 0.5 else "sgn")
        delay = int(late.expovariate(1 / 350)) + (late.randint(2000, 9000) if late.random() < 0.02 else 0)
        out.append((e["ts"] + delay, json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode(), "event"))
    return out


def redeliver(w: World, lines: list[tuple[int, bytes, str]], n: int) -> int:
    rng = w.rng("gw/redeliver")
    picks = sorted(rng.sample(range(len(lines)), min(n, len(lines))))
    for i in picks:
        arr, raw, _ = lines[i]
        lines.append((arr + rng.randint(300, 30_000), raw, "redelivery"))
    return len(picks)


def _broken(rng, raw: bytes) -> bytes:
    rec = json.loads(raw)
    kind = rng.randrange(10)
    if kind == 0:
        return raw[: rng.randrange(10, len(raw) - 2)]
    if kind == 1:
        rec.pop("account_id")
    elif kind == 2:
        rec["prompt_tokens"] = -rng.randint(1, 500)
    elif kind == 3:
        rec["ts"] = "28/01/2027 09:15:00"
    elif kind == 4:
        rec["event_id"] = ""
    elif kind == 5:
        rec["completion_tokens"] = "n/a"
    elif kind == 6:
        return b"upstream connect error or disconnect/reset before headers. reset reason: overflow"
    elif kind == 7:
        return json.dumps([rec], ensure_ascii=False).encode()
    elif kind == 8:
        rec["ts"] = rfc3339(rec["ts"] if isinstance(rec["ts"], int) else 0)[:-5]  # naive time, no offset
    else:
        rec["account_id"] = None
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode()


def corrupt(w: World, lines: list[tuple[int, bytes, str]], n: int) -> None:
    """A broken copy of a real record (a gateway retry that went wrong)."""
    rng = w.rng("gw/malformed")
    for i in sorted(rng.sample(range(len(lines)), n)):
        arr, raw, _ = lines[i]
        lines.append((arr + rng.randint(1, 500), _broken(rng, raw), "malformed"))


def order(lines: list[tuple[int, bytes, str]]) -> list[tuple[bytes, str]]:
    idx = sorted(range(len(lines)), key=lambda i: (lines[i][0], i))
    return [(lines[i][1], lines[i][2]) for i in idx]


def write_gz(path: str, lines: list[bytes]) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(b"\n".join(lines) + b"\n")
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())
