"""CLI: generate the Golden Week 2027 world as gzip JSON Lines plus a labels file.

    PYTHONPATH=. python -m bench.heldout24.gen --seed 1 --days 2 --out F.jsonl.gz --labels F.labels.json [--scale S]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from datetime import datetime, timezone

from .campaigns import CAMPAIGNS
from .orgs import ORGS
from .people import PEOPLE
from .prompts import Corpus
from .world import World, hexid, rng_for


def iso(ms: int) -> str:
    dt = datetime.fromtimestamp(ms // 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def build(seed: int, days: int, scale: float) -> World:
    w = World(seed, days, scale)
    c = Corpus()
    for i, fn in enumerate(PEOPLE + ORGS + CAMPAIGNS):
        fn(w, c, rng_for(seed, 1000 + i))
    w.events.sort(key=lambda e: (e[0], e[1]))
    return w


def write(w: World, out: str, labels: str) -> int:
    ids = rng_for(w.seed, 777)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    created_txt: dict[str, str] = {}
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf = []
        for (ts, _, a, prompt, system, model, pt, ct, ip, asn, ua, dev, endpoint, status, key) in w.events:
            ca = created_txt.get(a.account_id)
            if ca is None:
                ca = created_txt[a.account_id] = iso(a.created_at)
            ev = {"event_id": "evt_" + hexid(ids, 20), "ts": iso(ts), "account_id": a.account_id,
                  "prompt_tokens": pt, "completion_tokens": ct, "model": model, "endpoint": endpoint,
                  "prompt": prompt}
            if system is not None:
                ev["system_prompt"] = system
            ev.update({"status": status, "org_id": a.org_id, "api_key_id": key, "ip": ip, "asn": asn,
                       "user_agent": ua, "device_id": dev, "payment_fingerprint": a.payment,
                       "account_created_at": ca})
            buf.append(dumps(ev))
            if len(buf) >= 5000:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf = []
        if buf:
            gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    active = {e[2].account_id for e in w.events}
    lab = {}
    for a in w.accounts:
        if a.account_id not in active:
            continue
        entry = {"label": a.label, "population": a.campaign or a.population}
        if a.campaign:
            entry["campaign"] = a.campaign
            entry["disguise"] = a.population
        lab[a.account_id] = entry
    with open(labels, "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    return len(w.events)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    w = build(args.seed, args.days, args.scale)
    n = write(w, args.out, args.labels)
    acc = {e[2].account_id: e[2] for e in w.events}
    camp = sum(1 for a in acc.values() if a.campaign)
    print(f"events={n} accounts={len(acc)} benign={len(acc) - camp} campaign={camp} "
          f"seconds={time.perf_counter() - t0:.1f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
