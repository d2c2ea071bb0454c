"""Generate the labelled set.

PYTHONPATH=. python -m bench.heldout44.gen --seed N --days 2 --events OUT.jsonl.gz --labels OUT.labels.json [--stats]
"""
from __future__ import annotations

import argparse
import sys

import orjson

from . import benign_people as BP, benign_work as BW, campaigns_a as CA, campaigns_b as CB, wire
from .pop import Pop

BENIGN = [
    ("enem_candidates", BP.enem_candidates), ("cursinho_teachers", BP.cursinho_teachers),
    ("cursinho_students", BP.cursinho_students), ("university_students", BP.university_students),
    ("general_consumers", BP.general_consumers), ("lisbon_users", BP.lisbon_users),
    ("lusophone_africa", BP.lusophone_africa), ("release_day_tryers", BP.release_day_tryers),
    ("developers", BW.developers), ("eval_team", BW.eval_team), ("edtech_tutor_backend", BW.edtech_tutor_backend),
    ("bank_assistant_backend", BW.bank_assistant_backend), ("ecommerce_sellers", BW.ecommerce_sellers),
    ("vitrine_seller_saas", BW.vitrine_seller_saas), ("support_saas", BW.support_saas),
    ("rag_pipelines", BW.rag_pipelines), ("law_firm_zdr", BW.law_firm_zdr), ("office_workers", BW.office_workers),
    ("nlp_lab", BW.nlp_lab), ("agent_devs", BW.agent_devs), ("content_agency", BW.content_agency),
]
CAMPAIGNS = [
    ("hydra_proxy", CA.hydra_proxy), ("launch_day_burst", CA.launch_day_burst),
    ("template_sweep_math", CA.template_sweep_math), ("aged_sleepers", CA.aged_sleepers),
    ("insider_edtech", CA.insider_edtech), ("reseller", CA.reseller), ("low_slow_trickle", CA.low_slow_trickle),
    ("embedding_sweep", CB.embedding_sweep), ("agentic_harvest", CB.agentic_harvest),
    ("hijacked_accounts", CB.hijacked_accounts), ("enem_cover_harvest", CB.enem_cover_harvest),
    ("paraphrase_farm", CB.paraphrase_farm), ("phone_farm", CB.phone_farm),
]


def build(seed: int, days: int):
    pops = []
    for idx, (name, fn, label) in enumerate([(n, f, "benign") for n, f in BENIGN] + [(n, f, "attack") for n, f in CAMPAIGNS]):
        P = Pop(seed, name, idx, label, days)
        fn(P)
        pops.append(P)
    rows = [r for P in pops for r in P.events]
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    events = [r[3] for r in rows]
    accounts = [a for P in pops for a in P.accounts if a.n > 0]
    limited = wire.rate_limit(events, {a.id: a.tier for a in accounts})
    return pops, events, accounts, limited


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2, choices=[1, 2])
    ap.add_argument("--events", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    pops, events, accounts, limited = build(args.seed, args.days)
    labels = {a.id: {"label": a.label, "population": a.pop, "campaign": a.campaign} for a in accounts}
    with open(args.labels, "wb") as fh:
        fh.write(orjson.dumps(labels, option=orjson.OPT_INDENT_2))
    info = wire.write(events, args.events, args.seed)
    if args.stats:
        out = sys.stderr
        print(f"seed {args.seed}: {len(accounts)} accounts, {len(events)} events, {info['lines']} lines, "
              f"{info['malformed']} malformed, {info['redelivered']} redelivered, {limited} rate-limited", file=out)
        for P in pops:
            acc = [a for a in P.accounts if a.n > 0]
            print(f"  {P.label:6s} {P.name:24s} accounts {len(acc):5d} events {len(P.events):6d}", file=out)
        st: dict[str, int] = {}
        for ev in events:
            st[str(ev["status"])] = st.get(str(ev["status"]), 0) + 1
        print("  statuses " + " ".join(f"{k}:{v}" for k, v in sorted(st.items())), file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
