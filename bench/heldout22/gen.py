"""CLI: PYTHONPATH=. python -m bench.heldout22.gen --seed N --days 2 --out F.jsonl.gz --labels F.labels.json"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from . import benign_events, benign_orgs, benign_people, benign_work, campaigns_farms, campaigns_stealth, corpora
from .emit import gateway_pass, write_events, write_labels
from .world import World


def build(seed: int, days: int) -> World:
    w = World(seed, days)
    # benign people
    benign_people.consumer_chat(w, 1400)
    benign_people.students_campus(w, 1.2)
    benign_people.tutors(w, 90)
    benign_people.family_shared(w, 45)
    benign_people.internet_cafe(w, 18)
    benign_people.vpn_users(w, 220)
    benign_events.power_users(w, 65)
    benign_events.launch_signups(w, 700)
    benign_events.translators(w, 85)
    benign_events.hackathon(w, 130)
    # benign organisations
    benign_orgs.app_backends(w, 1.2)
    benign_orgs.eval_batch(w)
    benign_orgs.ci_bots(w, 40)
    benign_orgs.research_labs(w, 6)
    benign_orgs.resellers(w)
    benign_work.agent_frameworks(w, 130)
    benign_work.ide_coding(w, 240)
    orgs = benign_work.enterprise_staff(w)
    # campaigns
    campaigns_farms.prepaid_card_farm(w, 100)
    campaigns_farms.hydra_relay(w, 360, 9000)
    campaigns_farms.keynote_rush(w, 220)
    campaigns_farms.emulator_wallets(w, 140)
    campaigns_farms.polyglot_relay(w, 15)
    campaigns_stealth.utc_drip(w, 70)
    campaigns_stealth.org_insiders(w, orgs)
    campaigns_stealth.ghost_crowd(w, 80)
    campaigns_stealth.agent_trace(w, 30)
    campaigns_stealth.lab_bench(w, 45)
    campaigns_stealth.reseller_front(w, 100)
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench.heldout22.gen", description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--out", required=True, help="gzip JSON Lines of request events")
    ap.add_argument("--labels", required=True, help="labels JSON keyed by account id")
    ap.add_argument("--prompts", default=corpora.DEFAULT_DIR, help="prompt corpora directory")
    ap.add_argument("--summary", action="store_true", help="print per-population counts to stderr")
    args = ap.parse_args(argv)
    if not 1 <= args.days <= 7:
        ap.error("--days must be 1..7")
    t = time.time()
    corpora.load(args.prompts)
    w = build(args.seed, args.days)
    events = gateway_pass(w)
    st = write_events(w, events, args.out)
    lb = write_labels(w, events, args.labels)
    share = st["attack_events"] / max(1, st["events"])
    print(f"seed={args.seed} events={st['events']} accounts={lb['accounts']} attack_accounts={lb['attack_accounts']} "
          f"attack_event_share={share:.3f} seconds={time.time() - t:.1f}", file=sys.stderr)
    if args.summary:
        per = Counter()
        accts = {}
        for e in events:
            per[(e[2].label, e[2].population)] += 1
            accts.setdefault((e[2].label, e[2].population), set()).add(e[2].id)
        for k in sorted(per):
            print(f"  {k[0]:7s} {k[1]:20s} events={per[k]:7d} accounts={len(accts[k]):5d}", file=sys.stderr)
        st_codes = Counter(e[5] for e in events)
        print("  status:", dict(sorted(st_codes.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
