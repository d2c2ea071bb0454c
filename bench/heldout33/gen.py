"""Generate the Sông held-out set: 48 h of gateway events (27-28 Jan 2027,
Asia/Ho_Chi_Minh) and per-account labels.

    PYTHONPATH=. .venv/bin/python -m bench.heldout33.gen --seed 1 --days 2 \\
        --out /tmp/sets/ah1.jsonl.gz --labels /tmp/sets/ah1.labels.json
"""
from __future__ import annotations

import argparse
import json

from bench.heldout33 import benign_apps as apps
from bench.heldout33 import benign_orgs as orgs
from bench.heldout33 import benign_people as people
from bench.heldout33 import campaigns_content as cc
from bench.heldout33 import campaigns_infra as ci
from bench.heldout33 import gateway as gw
from bench.heldout33 import network as net
from bench.heldout33.corpora import Prompts
from bench.heldout33.world import DAY, T0, World

DEFAULT_PROMPTS = "/work/shared/data/prompts"
REDELIVERIES = 320
MALFORMED = 36


def populate(w: World) -> None:
    """Populations in a fixed order (ids are drawn in this order)."""
    nat = net.CarrierNat(w.rng("infra/carrier_nat"), per_asn=24)
    # benign: ordinary users and look-alikes
    people.casual_chat(w, 1250)
    people.mobile_cgnat_chat(w, 800, nat)
    people.exam_crammers(w, 600)
    people.dorm_coders(w, 240)
    people.internet_cafe(w, 216)
    people.family_shared_card(w, 300)
    people.migrants_tet(w, 260, nat)
    people.power_users(w, 110)
    people.aged_returners(w, 150)
    people.release_newcomers(w, 360, nat)
    orgs.nightshift_devs(w, 160)
    orgs.outsource_eval_jobs(w, 36)
    orgs.ecom_sellers(w, 300, nat)
    orgs.ecom_agency(w, 16)
    orgs.zdr_orgs(w, 70, 25)
    orgs.ai_researchers(w, 45)
    orgs.jp_translators(w, 60)
    orgs.teachers_quizgen(w, 150)
    apps.edu_app_backend(w, 3)
    apps.shop_chatbot_tenants(w, 180)
    apps.ci_review_bots(w, 28)
    apps.news_qa_widget(w, 4)
    apps.bus_support_bot(w, 3)
    # campaigns
    ci.hydra_mobile_proxy(w, 380, nat)
    ci.card_farm_code(w, 70)
    ci.device_farm_math(w, 110, nat)
    ci.cgnat_hiders(w, 100, nat)
    ci.campus_hiders(w, 80)
    ci.aged_bought(w, 90)
    cc.task_grid_cron(w, 50)
    cc.agentic_tool_traces(w, 40)
    cc.rationale_elicitation(w, 60)
    cc.release_burst(w, 160)
    cc.slow_drip_sweep(w, 220)
    cc.paraphrase_evader(w, 80)
    cc.zdr_insider(w, 30)
    cc.multilingual_probe(w, 50)


def build(seed: int, days: float, prompts: str = DEFAULT_PROMPTS):
    """-> (ordered [(line, kind)], labels dict). kind: event | redelivery | malformed."""
    end = T0 + int(round(days * DAY))
    w = World(seed, T0, end, Prompts(prompts))
    populate(w)
    gw.rate_limit(w)
    lines = gw.wire(w)
    gw.corrupt(w, lines, MALFORMED)
    gw.redeliver(w, lines, REDELIVERIES)
    active = {e["account_id"] for e in w.events}
    labels = {}
    for a in w.accounts:
        if a.account_id in active:
            labels[a.account_id] = {"label": "attack" if a.campaign else "benign",
                                    "population": a.population, "campaign": a.campaign}
    return gw.order(lines), dict(sorted(labels.items()))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=float, default=2.0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    args = ap.parse_args(argv)
    ordered, labels = build(args.seed, args.days, args.prompts)
    gw.write_gz(args.out, [raw for raw, _ in ordered])
    with open(args.labels, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    kinds = [k for _, k in ordered]
    print(f"seed={args.seed} accounts={len(labels)} lines={len(ordered)} events={kinds.count('event')} "
          f"redeliveries={kinds.count('redelivery')} malformed={kinds.count('malformed')}")


if __name__ == "__main__":
    main()
