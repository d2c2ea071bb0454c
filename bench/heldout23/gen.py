"""Labelled traffic of a sub-Saharan African LLM API provider over New Year's Eve / New Year's Day
2026-27, with the baobab-3 launch on day 2. See README.md.

    cd /work/wt-h23 && PYTHONPATH=. /work/main/.venv/bin/python -m bench.heldout23.gen \
        --seed 1 --days 2 --out h23.jsonl.gz --labels h23.labels.json [--scale 1.0]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter

from . import benign_builders as BB
from . import benign_orgs as BO
from . import benign_people as BP
from . import campaigns_a as CA
from . import campaigns_b as CB
from .core import Ctx
from .prompts import Corpus
from .world import T0

BENIGN = (BP.mobile_chat_consumers, BP.shared_phone_households, BP.cyber_cafe_patrons, BP.university_students,
          BP.diaspora_and_family, BP.smb_sellers, BP.faith_media, BP.newsroom_creators, BP.release_day_signups,
          BP.translators, BB.individual_developers, BB.agent_framework_devs, BB.bootcamp_cohorts, BB.hackathon_teams,
          BB.batch_eval_jobs, BB.dataset_researchers, BO.consumer_app_backends, BO.sms_gateways, BO.dev_agencies,
          BO.resellers)
CAMPAIGNS = (CA.hydra_resale_proxy, CA.cot_math_vps_farm, CA.bootcamp_cover_codegen, CA.simbank_carrier_nat,
             CA.aged_residential_paraphrase, CB.release_day_blitz, CB.multilingual_reasoning_probe,
             CB.shell_agency_subaccounts, CB.crowdworker_ring, CB.agentic_trajectory_sync)


def rfc3339(ms: int) -> str:
    from datetime import datetime, timezone
    return datetime.fromtimestamp(ms // 1000, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def uuid7(ts: int, rng) -> str:
    v = (ts & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rng.getrandbits(12) << 64 | 0b10 << 62 | rng.getrandbits(62)
    h = f"{v:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def build(seed: int, days: int, scale: float) -> Ctx:
    ctx = Ctx(seed, days, scale, Corpus(), T0)
    for fn in BENIGN + CAMPAIGNS:
        fn(ctx)
    return ctx


def write(ctx: Ctx, out: str, labels: str) -> Counter:
    rows = ctx.sink.rows
    ctx.rng("tie-order").shuffle(rows)  # ties at the same millisecond must not follow generation order
    rows.sort(key=lambda r: r[0])
    ids = ctx.rng("event-ids")
    seen: Counter = Counter()
    created_txt: dict[str, str] = {}
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf = []
        for ts, a, pt, ct, model, ep, prompt, system, status, key, ip, asn, ua, dev in rows:
            ev = {"event_id": uuid7(ts, ids), "ts": rfc3339(ts), "account_id": a.id, "org_id": a.org, "api_key_id": key,
                  "model": model, "endpoint": ep, "status": status, "prompt_tokens": pt, "completion_tokens": ct,
                  "prompt": prompt}
            if system is not None:
                ev["system_prompt"] = system
            ev["ip"], ev["asn"], ev["user_agent"] = ip, asn, ua
            if dev:
                ev["device_id"] = dev
            if a.pay is not None:
                ev["payment_fingerprint"] = a.pay
            if a.id not in created_txt:
                created_txt[a.id] = rfc3339(a.created)
            ev["account_created_at"] = created_txt[a.id]
            buf.append(json.dumps(ev, ensure_ascii=False, separators=(",", ":")))
            seen[a.id] += 1
            if len(buf) >= 5000:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf = []
        if buf:
            gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    lab = {}
    for aid in sorted(seen):
        a = ctx.sink.accounts[aid]
        lab[aid] = {"label": "campaign" if a.camp else "benign", "population": a.pop, "campaign": a.camp}
    with open(labels, "w", encoding="utf-8") as f:
        json.dump(lab, f, ensure_ascii=False, sort_keys=True, indent=0)
        f.write("\n")
    return seen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args(argv)
    if args.days < 1 or args.scale <= 0:
        ap.error("--days must be >= 1 and --scale > 0")
    ctx = build(args.seed, args.days, args.scale)
    seen = write(ctx, args.out, args.labels)
    pops: Counter = Counter()
    evs: Counter = Counter()
    for aid, k in seen.items():
        a = ctx.sink.accounts[aid]
        pops[(a.camp is not None, a.pop)] += 1
        evs[(a.camp is not None, a.pop)] += k
    for (camp, pop), n in sorted(pops.items()):
        print(f"{'campaign' if camp else 'benign  '} {pop:32s} accounts={n:5d} events={evs[(camp, pop)]:7d}", file=sys.stderr)
    nb = sum(n for (camp, _), n in pops.items() if not camp)
    print(f"events={sum(seen.values())} benign_accounts={nb} campaign_accounts={len(seen) - nb}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
