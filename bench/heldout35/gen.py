"""Held-out traffic for enforcer: the Tianguis world (Buen Fin eve, tianguis-3 launch).

    PYTHONPATH=. python -m bench.heldout35.gen --seed 1 --days 2 \
        --out /tmp/sets/aj1.jsonl.gz --labels /tmp/sets/aj1.labels.json --stats
"""
from __future__ import annotations

import argparse
import gzip
import io
import sys
import time
from collections import Counter
from pathlib import Path

import orjson

from bench.heldout35 import benign_business as B
from bench.heldout35 import benign_people as P
from bench.heldout35 import campaigns_covert as CC
from bench.heldout35 import campaigns_loud as CL
from bench.heldout35 import infra
from bench.heldout35.actors import World
from bench.heldout35.corpus import Corpora
from bench.heldout35.malformed import corrupt, redeliver
from bench.heldout35.world import CITIES, START, window_end

DEFAULT_PROMPTS = "/work/shared/data/prompts"
N_MALFORMED = 36
N_DUPLICATES = 9


def populate(world: World, C: Corpora) -> None:
    unam, nubemx, telcel = infra.unam_nat(world), infra.reseller(world), infra.telcel_cgnat(world)
    mx = [("cdmx", 46), ("gdl", 18), ("mty", 17), ("tij", 9), ("cun", 10)]
    # benign: people
    P.chat_people(world, C, "chat_consumers_mexico", 1450, mx, 4.0, 0.5)
    P.chat_people(world, C, "chat_users_us_diaspora", 300, [("lax", 6), ("hou", 4)], 3.5, 0.4)
    P.chat_people(world, C, "chat_users_latam_spain", 350, [("bog", 4), ("lim", 3), ("mad", 3)], 3.5, 0.45)
    P.phone_users(world, C, 650, telcel)
    P.students(world, C, "students_unam_exams", 480, "cdmx", "unam", 24,
               [("gsm8k", 2), ("math", 3), ("svamp", 1), ("mbpp", 1), ("humaneval", 0.5), ("chat", 2.5)], 0.7, nat=unam)
    P.students(world, C, "students_tec_monterrey_code", 300, "mty", "itesm", 12,
               [("mbpp", 4), ("humaneval", 2), ("math", 1), ("chat", 2)], 0.6)
    P.students(world, C, "students_udg_prepa_phones", 250, "gdl", "udg", 8,
               [("svamp", 4), ("gsm8k", 4), ("chat", 2)], 0.3, phones=True)
    P.families(world, C, 105)
    P.vpn_users(world, C, 160)
    P.newcomers(world, C, 550)
    P.developers(world, C, 420)
    # benign: businesses
    B.shop_assistants(world, C, 9)
    B.cs_saas(world, C, 45)
    B.eval_jobs(world, C, "eval_lab_university", 10, "cdmx", ["unam", "gcp"], "iimas-nlp", 0.7)
    B.eval_jobs(world, C, "eval_startup_leaderboard", 4, "lax", ["aws"], "benchboard", 0.95)
    B.coding_agents(world, C, 320)
    B.enterprise(world, C, "enterprise_bank_pinned", 90, "cdmx", "bancoraza",
                 ["Resume la queja del cliente y clasifícala (cargo no reconocido, cobranza, app, sucursal):\n{doc}",
                  "Redacta respuesta formal a:\n{doc}", "{q}"], [("tianguis-2.5", 1)], 14)
    B.enterprise(world, C, "enterprise_telco_pinned", 60, "mty", "telnorte",
                 ["Revisa este código y sugiere mejoras:\n{code}", "Documenta esta función:\n{code}", "{q}"],
                 [("tianguis-2.5", 3), ("tianguis-2", 1)], 12)
    B.tutoring(world, C, 70)
    B.translators(world, C, 80)
    B.newsroom(world, C, 40)
    B.embeddings(world, C, 18)
    B.cron_checks(world, C, 12)
    B.reseller_customers(world, C, nubemx, 160)
    # campaigns
    CL.hydra(world, C, 300)
    CL.cot_sweep(world, C, 80)
    CL.agentic_code(world, C, 60)
    CL.paraphrase_farm(world, C, 120)
    CL.launch_farm(world, C, 200)
    CL.rotator(world, C, 100)
    CL.multilingual(world, C, 80)
    CL.lockstep(world, C, 90)
    CC.low_and_slow(world, C, 150)
    CC.org_insider(world, C, 40)
    CC.reseller_tenant(world, C, 50, nubemx)
    CC.chat_mimic(world, C, 200, telcel)
    CC.campus_lab(world, C, 60, unam)
    CC.embedding_extraction(world, C, 30)
    CC.resample_eval(world, C, 30)


WIRE_EPOCH_MS = {"customer_service_saas"}  # that platform's gateway plug-in sends epoch ms
WIRE_CREATED_SECONDS = {"reseller_nubemx_customers", "reseller_hidden_tenant"}  # reseller sends Unix seconds


def build(seed: int, days: int, prompts: str = DEFAULT_PROMPTS) -> tuple[bytes, bytes, dict]:
    world = World(seed, days)
    populate(world, Corpora(prompts))
    end = window_end(days)
    lines: list[tuple[int, str, bytes]] = []
    used: dict[str, int] = {}
    dropped = 0
    for ev in world.events:
        a = world.accounts[ev["account_id"]]
        arr = ev.pop("_arr")
        ts_ms = _ms(ev["ts"])
        if not (START <= ts_ms < end) or ts_ms < a.created:
            dropped += 1
            continue
        if a.population in WIRE_EPOCH_MS:
            ev["ts"] = ts_ms
        if a.population in WIRE_CREATED_SECONDS:
            ev["account_created_at"] = a.created // 1000
        lines.append((arr, ev["event_id"], orjson.dumps(ev)))
        used[a.id] = used.get(a.id, 0) + 1
    lines.sort(key=lambda x: (x[0], x[1]))
    rng = world.rng("wire-faults")
    plain = [(arr, line) for arr, _, line in lines]
    bad = corrupt(rng, plain, N_MALFORMED)
    dups = redeliver(rng, plain, N_DUPLICATES)
    merged = [(arr, 0, i, line) for i, (arr, line) in enumerate(plain)]
    merged += [(arr, 1, i, line) for i, (arr, line, _) in enumerate(bad)]
    merged += [(arr, 2, i, line) for i, (arr, line) in enumerate(dups)]
    merged.sort(key=lambda x: (x[0], x[1], x[2]))
    malformed_kinds = Counter(k for _, _, k in bad)
    bad_lines = {line: k for _, line, k in bad}
    text = b"".join(m[3] + b"\n" for m in merged)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(text)
    labels = {aid: {"label": "attack" if world.accounts[aid].campaign else "benign",
                    "population": world.accounts[aid].population, "campaign": world.accounts[aid].campaign}
              for aid in sorted(used)}
    labels_bytes = orjson.dumps(labels, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"
    meta = {"events": len(plain), "malformed": dict(sorted(malformed_kinds.items())), "duplicates": len(dups),
            "dropped_outside": dropped, "bad_lines": bad_lines, "dup_lines": {line for _, line in dups},
            "per_account": used, "accounts": world.accounts}
    return buf.getvalue(), labels_bytes, meta


def _ms(ts: str) -> int:
    from datetime import datetime
    return int(datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() * 1000)


def stats(meta: dict, labels: dict) -> str:
    pops_ev: Counter = Counter()
    pops_ac: Counter = Counter()
    for aid, n in meta["per_account"].items():
        pops_ev[labels[aid]["population"]] += n
        pops_ac[labels[aid]["population"]] += 1
    out = []
    for kind in ("benign", "attack"):
        rows = sorted(p for p in pops_ac if any(v["population"] == p and v["label"] == kind for v in labels.values()))
        ev = sum(pops_ev[p] for p in rows)
        ac = sum(pops_ac[p] for p in rows)
        out.append(f"{kind}: {len(rows)} populations, {ac} accounts, {ev} events")
        out += [f"  {p:34s} {pops_ac[p]:6d} accts {pops_ev[p]:8d} events {pops_ev[p] / pops_ac[p]:7.1f}/acct" for p in rows]
    out.append(f"malformed {meta['malformed']}, duplicates {meta['duplicates']}, dropped outside window {meta['dropped_outside']}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--days", type=int, choices=(1, 2), default=2)
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    ap.add_argument("--prompts", default=DEFAULT_PROMPTS)
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    gz, lab, meta = build(args.seed, args.days, args.prompts)
    Path(args.out).write_bytes(gz)
    Path(args.labels).write_bytes(lab)
    print(f"wrote {args.out} ({len(gz)} bytes, {meta['events']} events) and {args.labels} in {time.time() - t0:.1f}s",
          file=sys.stderr)
    if args.stats:
        print(stats(meta, orjson.loads(lab)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
