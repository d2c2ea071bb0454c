"""CLI: python -m bench.heldout40.check --seed N --days 2 --events PATH --labels PATH
Rebuilds in memory, byte-compares, parses every line with the contract, validates the labels; exit 1 on error."""
from __future__ import annotations

import gzip
import sys

from enforcer.contracts import InvalidEvent, parse_event
from enforcer.labels import LabelsError, parse_labels

from .gen import args, build


def main(argv=None) -> int:
    a = args(argv)
    errs: list[str] = []
    out = build(a.seed, a.days)
    ev, lab = open(a.events, "rb").read(), open(a.labels, "rb").read()
    if ev != out["events"]:
        errs.append(f"{a.events}: bytes differ from a fresh build of seed {a.seed}")
    if lab != out["labels"]:
        errs.append(f"{a.labels}: bytes differ from a fresh build of seed {a.seed}")
    m = out["manifest"]
    bad = {n: k for n, k in m["malformed_lines"]}
    red = set(m["redelivered_lines"])
    lines = gzip.decompress(ev).split(b"\n")
    if lines[-1] != b"":
        errs.append("events file does not end with a newline")
    lines = lines[:-1]
    seen_ids: dict[str, int] = {}
    accounts: dict[str, int] = {}
    earlier: set[bytes] = set()
    for n, raw in enumerate(lines):
        if n in bad:
            try:
                parse_event(raw)
                errs.append(f"line {n + 1}: marked malformed ({bad[n]}) but parses")
            except (InvalidEvent, ValueError):
                pass
            continue
        try:
            e = parse_event(raw)
        except InvalidEvent as exc:
            errs.append(f"line {n + 1}: {exc.reason}")
            continue
        if n in red:
            if raw not in earlier:
                errs.append(f"line {n + 1}: redelivery is not a copy of an earlier line")
            continue
        earlier.add(raw)
        if e.event_id in seen_ids:
            errs.append(f"line {n + 1}: duplicate event_id (first on line {seen_ids[e.event_id] + 1})")
        seen_ids[e.event_id] = n
        accounts[e.account_id] = accounts.get(e.account_id, 0) + 1
    try:
        labels = parse_labels(lab)
    except LabelsError as exc:
        errs.append(f"labels: {exc}")
        labels = {}
    missing = [x for x in labels if x not in accounts]
    unlabelled = [x for x in accounts if x not in labels]
    if missing:
        errs.append(f"{len(missing)} labelled accounts have no valid event (e.g. {missing[0]})")
    if unlabelled:
        errs.append(f"{len(unlabelled)} accounts in events are not labelled (e.g. {unlabelled[0]})")
    kinds = {}
    for v in labels.values():
        kinds[v["label"]] = kinds.get(v["label"], 0) + 1
    print(f"seed {a.seed}: {len(lines)} lines, {len(seen_ids)} unique valid events, {len(bad)} malformed, {len(red)} redeliveries, "
          f"{len(labels)} labelled accounts {kinds}, {m['campaigns']} campaigns, md5 {m['md5']['events']}")
    for x in errs[:50]:
        print("ERROR", x)
    print("OK" if not errs else f"FAILED: {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
