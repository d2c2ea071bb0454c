#!/usr/bin/env python3
"""heldout9 traffic generator: an Eastern-Europe / Turkey / Southeast-Asia /
Japan-Korea / Australia API tenant base, Sunday start, model release Monday
02:00 UTC. See README.md for the world model. Standard library only.

usage: gen.py --seed N --days D --out FILE.jsonl.gz --labels FILE.labels.json [--scale S]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import populations  # noqa: E402
from world import DAY_MS, START_MS, Corpora, CgnatPools  # noqa: E402


class Sink:
    """Collects serialised events and account labels."""

    def __init__(self, seed: int, days: float, scale: float):
        self.seed = seed
        self.days = days
        self.scale = scale
        self.t0 = START_MS
        self.t1 = START_MS + int(days * DAY_MS)
        self.rows: list[tuple[int, str, str]] = []
        self.labels: dict[str, dict] = {}
        self.idr = random.Random(f"{seed}:event-ids")
        self.cgnat = CgnatPools(seed)
        self._seen_ids: set[str] = set()

    def rng(self, name: str) -> random.Random:
        return random.Random(f"{self.seed}:{name}")

    def n(self, base: int) -> int:
        return max(1, int(round(base * self.scale)))

    def label(self, acct: dict) -> None:
        self.labels[acct["id"]] = {"label": acct["label"], "population": acct["pop"], "campaign": acct["campaign"]}

    def emit(self, acct: dict, ts: int, *, prompt: str | None, system: str | None, model: str | None,
             endpoint: str, completion: int, ip: str | None, asn: int | None, ua: str | None,
             device: str | None, status: int = 200, key: str | None = None, prompt_tokens: int | None = None,
             org: str | None = None) -> None:
        if not (self.t0 <= ts < self.t1):
            return
        from world import tokens
        pt = prompt_tokens if prompt_tokens is not None else tokens(prompt) + tokens(system) + (8 if system else 4)
        while True:
            eid = "%016x" % self.idr.getrandbits(64)
            if eid not in self._seen_ids:
                self._seen_ids.add(eid)
                break
        ev = {
            "event_id": eid, "ts": ts, "account_id": acct["id"],
            "prompt_tokens": pt, "completion_tokens": completion if status == 200 else 0,
            "model": model, "endpoint": endpoint, "prompt": prompt, "system_prompt": system,
            "status": status, "org_id": org or acct.get("org"), "api_key_id": key or acct["keys"][0],
            "ip": ip, "asn": asn, "user_agent": ua, "device_id": device,
            "payment_fingerprint": acct.get("payment"), "account_created_at": acct["created"],
        }
        self.rows.append((ts, eid, json.dumps(ev, ensure_ascii=False, separators=(",", ":"))))
        if acct["id"] not in self.labels:
            self.label(acct)

    def write(self, out: str, labels_path: str) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        with open(out, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
                buf = []
                for _, _, line in self.rows:
                    buf.append(line)
                    if len(buf) >= 5000:
                        gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                        buf = []
                if buf:
                    gz.write(("\n".join(buf) + "\n").encode("utf-8"))
        with open(labels_path, "w", encoding="utf-8") as f:
            json.dump(dict(sorted(self.labels.items())), f, indent=0, sort_keys=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=float, default=2.0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args(argv)
    t = time.time()
    sink = Sink(a.seed, a.days, a.scale)
    corp = Corpora()
    populations.build_all(sink, corp)
    sink.write(a.out, a.labels)
    att = sum(1 for v in sink.labels.values() if v["label"] == "attack")
    print(f"seed={a.seed} days={a.days} scale={a.scale}: {len(sink.rows)} events, {len(sink.labels)} accounts, "
          f"{att} attack ({100 * att / max(1, len(sink.labels)):.1f}%), {time.time() - t:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
