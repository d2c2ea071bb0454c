"""Collects events as serialised lines, assigns ids, writes sorted gzip JSON Lines and labels."""
from __future__ import annotations

import gzip
import json
import random

from corpus import clip, toks
from world import NEW, RELEASE, MIN, iso

_UNSET = object()


class Sink:
    def __init__(self, seed: int):
        self.rows: list[tuple[int, int, str]] = []
        self.labels: dict[str, dict] = {}
        self.ids = random.Random(f"{seed}:event-ids")
        self.noise = random.Random(f"{seed}:gateway")
        self.seen_ids: set[str] = set()
        self.seq = 0
        self.t_end = None
        self.t_start = 0

    def emit(self, a, ts: int, text: str, ct: int, *, model: str, endpoint: str = "/v2/respond",
             system: str | None = None, status: int = 200, net=None, ua=_UNSET, device=_UNSET,
             key: str | None = None, extra_pt: int = 0, org=_UNSET) -> None:
        if self.t_end is not None and (ts >= self.t_end or ts < self.t_start):
            return
        if ts < a.created:
            ts = a.created + 1000
            if self.t_end is not None and ts >= self.t_end:
                return
        r = self.noise
        if status == 200:
            if model == NEW and RELEASE <= ts < RELEASE + 75 * MIN and r.random() < 0.06:
                status = 503  # launch-hour capacity shedding
            elif r.random() < 0.004:
                status = 500
        if status not in (200, 499):
            ct = 0
        elif status == 499:
            ct = int(ct * r.uniform(0.05, 0.6))
        ip, asn = net if net is not None else (a.home if a.home else (None, None))
        while True:
            eid = f"req_{self.ids.getrandbits(72):018x}"
            if eid not in self.seen_ids:
                self.seen_ids.add(eid)
                break
        d = {
            "event_id": eid, "ts": ts, "account_id": a.id, "account_created_at": iso(a.created),
            "model": model, "endpoint": endpoint, "status": status,
            "prompt_tokens": toks(text) + toks(system) + extra_pt + 6, "completion_tokens": max(0, int(ct)),
            "prompt": clip(text),
        }
        if system:
            d["system_prompt"] = clip(system)
        o = a.org if org is _UNSET else org
        if o:
            d["org_id"] = o
        d["api_key_id"] = key or a.keys[0]
        if ip:
            d["ip"] = ip
            d["asn"] = asn
        u = a.ua if ua is _UNSET else ua
        if u:
            d["user_agent"] = u
        dev = a.device if device is _UNSET else device
        if dev:
            d["device_id"] = dev
        if a.pay:
            d["payment_fingerprint"] = a.pay
        self.seq += 1
        self.rows.append((ts, self.seq, json.dumps(d, ensure_ascii=False, separators=(",", ":"))))
        if a.id not in self.labels:
            self.labels[a.id] = {"label": a.label, "population": a.pop, "campaign": a.campaign}

    def write(self, out: str, labels_out: str) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        with open(out, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=5) as gz:
                buf = []
                for i, (_, _, line) in enumerate(self.rows):
                    buf.append(line)
                    if len(buf) >= 5000:
                        gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                        buf = []
                if buf:
                    gz.write(("\n".join(buf) + "\n").encode("utf-8"))
        with open(labels_out, "w", encoding="utf-8") as f:
            json.dump({k: self.labels[k] for k in sorted(self.labels)}, f, indent=1, sort_keys=True)
            f.write("\n")
