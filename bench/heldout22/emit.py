"""From buffered events to the two output files.

1. `gateway_pass`: replays the buffer in time order through per-account
   one-minute rate limits (429s; SDK clients retry up to twice with backoff),
   launch-hour overload on the new models (503s) and rare 500/400s.
2. `write_events`: renders each prompt from its spec, counts tokens, writes
   gzip JSON Lines (mtime 0, no file name in the header: byte-identical output).
3. `write_labels`: one JSON object keyed by account id, accounts seen only.
"""
from __future__ import annotations

import gzip
import hashlib
import heapq
import json
from collections import deque
from datetime import datetime, timezone

from .prompts import tokens
from .world import HOUR_MS, LAUNCH_MS, NEW_MODELS

_RETRYING = ("OpenAI/", "ghaym-", "langchain", "llama-index", "autogen", "CrewAI", "litellm", "LiteLLM")


def gateway_pass(world) -> list[tuple]:
    rng = world.rng("gateway")
    evs = world.events
    evs.sort(key=lambda e: (e[0], e[1]))
    windows: dict[str, deque] = {}
    heap: list = []
    out: list[tuple] = []
    i, n = 0, len(evs)
    overload = (LAUNCH_MS, LAUNCH_MS + int(2.5 * HOUR_MS))
    while i < n or heap:
        if heap and (i >= n or (heap[0][0], heap[0][1]) < (evs[i][0], evs[i][1])):
            _, _, e, tries = heapq.heappop(heap)
        else:
            e, tries = evs[i], 0
            i += 1
        ts, acct, model, status = e[0], e[2], e[3], e[5]
        if status == 200:
            dq = windows.get(acct.id)
            if dq is None:
                dq = windows[acct.id] = deque()
            while dq and dq[0] <= ts - 60_000:
                dq.popleft()
            if len(dq) >= acct.rpm:
                status = 429
                if tries < 2 and e[11] and e[11].startswith(_RETRYING):
                    world._seq += 1
                    back = int((500 + rng.randrange(500)) * (2 ** tries) * (1 + rng.random()))
                    acct.n += 1
                    heapq.heappush(heap, (ts + back, world._seq, (ts + back, world._seq) + e[2:], tries + 1))
            else:
                dq.append(ts)
                if model in NEW_MODELS and overload[0] <= ts < overload[1] and rng.random() < 0.06:
                    status = 503
                elif rng.random() < 0.0015:
                    status = 500
                elif rng.random() < 0.002:
                    status = 400
        if status != e[5]:
            e = e[:5] + (status,) + e[6:]
        out.append(e)
    world.events = []
    return out


def _fmt(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def write_events(world, events: list[tuple], path: str) -> dict:
    created_txt: dict[str, str] = {}
    stats = {"events": 0, "attack_events": 0}
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf: list[str] = []
        for i, e in enumerate(events):
            ts, _, acct, model, endpoint, status, spec, comp, ctx, ip, asn, ua, device, key = e
            sysp, prompt = spec[0](*spec[1:])
            if status in (400, 404, 429):
                pt, comp = 0, 0
            else:
                pt = tokens(prompt) + tokens(sysp) + (0 if endpoint.endswith("embeddings") else 4 + (4 if sysp else 0)) + ctx
                if status >= 500:
                    comp = 0
            ca = created_txt.get(acct.id)
            if ca is None:
                ca = created_txt[acct.id] = _fmt(acct.created)
            rec = {
                "event_id": "req_" + hashlib.blake2b(f"{world.seed}:{i}".encode(), digest_size=12).hexdigest(),
                "ts": _fmt(ts), "account_id": acct.id, "org_id": acct.org, "api_key_id": key,
                "model": model, "endpoint": endpoint, "status": status,
                "prompt_tokens": pt, "completion_tokens": comp,
                "prompt": prompt, "system_prompt": sysp,
                "ip": ip, "asn": asn, "user_agent": ua, "device_id": device,
                "payment_fingerprint": acct.pay, "account_created_at": ca,
            }
            buf.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            stats["events"] += 1
            if acct.label == "attack":
                stats["attack_events"] += 1
            if len(buf) >= 4000:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf.clear()
        if buf:
            gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    return stats


def write_labels(world, events: list[tuple], path: str) -> dict:
    seen = {}
    for e in events:
        a = e[2]
        if a.id not in seen:
            seen[a.id] = a
    labels = {aid: {"label": a.label, "population": a.population, "campaign": a.campaign}
              for aid, a in sorted(seen.items())}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=0, sort_keys=True)
        fh.write("\n")
    return {"accounts": len(labels), "attack_accounts": sum(1 for v in labels.values() if v["label"] == "attack")}
