"""Generate the Revontuli held-out set.

    PYTHONPATH=. python -m bench.heldout29.gen --seed 1 --days 2 --out /tmp/sets/ad1.jsonl.gz --labels /tmp/sets/ad1.labels.json
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter

import orjson

from . import benign_dev, benign_people, campaigns_bench, campaigns_farm
from .corpus import DEFAULT_DIR, Corpus
from .wire import render
from .world import World

BENIGN = [benign_people.office_chat, benign_people.consumer_chat, benign_people.students_exam,
          benign_people.vpn_privacy, benign_people.power_users, benign_people.us_uk_enterprise,
          benign_people.translators, benign_people.marketing_agencies, benign_people.public_sector,
          benign_people.support_outsourcer, benign_dev.aoc_devs, benign_dev.aoc_racers,
          benign_dev.dev_integrations, benign_dev.release_tryers, benign_dev.researchers_eval,
          benign_dev.fintech_ci_evals, benign_dev.game_npc, benign_dev.saas_apps, benign_dev.embedding_pipelines,
          benign_dev.uptime_probes]
CAMPAIGNS = [campaigns_farm.hydra_proxy_farm, campaigns_farm.ua_ip_rotator, campaigns_farm.slow_personas,
             campaigns_farm.aged_takeover, campaigns_farm.multilingual_probe, campaigns_farm.campus_mules,
             campaigns_bench.template_bench, campaigns_bench.cot_extract, campaigns_bench.release_rush,
             campaigns_bench.aoc_shadow, campaigns_bench.sync_cron, campaigns_bench.ci_masquerade,
             campaigns_bench.npc_front]


def build(seed: int, days: int, prompts: str) -> tuple[list[bytes], dict[str, dict]]:
    w = World(seed, days, Corpus(prompts))
    for fn in BENIGN + CAMPAIGNS:
        fn(w)
    w.finalize()
    return render(w)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--days", type=int, default=2, choices=[1, 2])
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_DIR, help="directory of the prompt corpora")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    lines, labels = build(args.seed, args.days, args.prompts)
    with open(args.out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        for line in lines:
            gz.write(line)
    with open(args.labels, "wb") as fh:
        fh.write(orjson.dumps(labels, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2))
        fh.write(b"\n")
    by = Counter(v["label"] for v in labels.values())
    print(f"seed={args.seed} lines={len(lines)} accounts={len(labels)} attack={by['attack']} "
          f"benign={by['benign']} share={by['attack'] / max(1, len(labels)):.3f} "
          f"in {time.monotonic() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
