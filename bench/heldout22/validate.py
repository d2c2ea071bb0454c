"""Check a generated pair against the enforcer contracts:
PYTHONPATH=. python -m bench.heldout22.validate FILE.jsonl.gz FILE.labels.json

Every line must pass `enforcer.contracts.parse_event`, timestamps never decrease,
no account is created after its first request, event ids are unique, and the
labels (read by `enforcer.labels.load_labels`) list exactly the accounts seen.
"""
from __future__ import annotations

import gzip
import sys
from collections import Counter


def validate(events_path: str, labels_path: str) -> dict:
    from enforcer.contracts import parse_event
    from enforcer.labels import load_labels

    labels = load_labels(labels_path)
    first: dict[str, int] = {}
    created: dict[str, int | None] = {}
    ids: set[str] = set()
    last_ts = -1
    n = 0
    per_label = Counter()
    problems: list[str] = []
    with gzip.open(events_path, "rb") as fh:
        for line in fh:
            n += 1
            ev = parse_event(line)
            if ev.ts < last_ts:
                problems.append(f"line {n}: ts decreases")
            last_ts = ev.ts
            if ev.event_id in ids:
                problems.append(f"line {n}: duplicate event_id")
            ids.add(ev.event_id)
            if ev.account_id not in first:
                first[ev.account_id] = ev.ts
                created[ev.account_id] = ev.account_created_at
            elif created[ev.account_id] != ev.account_created_at:
                problems.append(f"line {n}: account_created_at changes for one account")
            per_label[labels.get(ev.account_id, {}).get("label", "?")] += 1
            if len(problems) > 20:
                break
    late = [a for a, t in first.items() if created[a] is not None and created[a] > t]
    if late:
        problems.append(f"{len(late)} accounts created after their first request")
    if set(first) != set(labels):
        problems.append(f"labels/accounts differ: {len(set(labels) - set(first))} labelled unseen, "
                        f"{len(set(first) - set(labels))} seen unlabelled")
    return {"events": n, "accounts": len(first), "attack_accounts": sum(1 for v in labels.values() if v["label"] == "attack"),
            "attack_events": per_label["attack"], "problems": problems}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    r = validate(argv[0], argv[1])
    print(f"events={r['events']} accounts={r['accounts']} attack_accounts={r['attack_accounts']} "
          f"attack_event_share={r['attack_events'] / max(1, r['events']):.3f} problems={len(r['problems'])}")
    for p in r["problems"]:
        print("  " + p)
    return 1 if r["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
