"""Plan every request (time, account, index), sort by time, render in that order
and stream gzip JSON Lines; write the labels file."""
from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

from .accounts import Account, World

_ACCT_BITS, _K_BITS = 16, 22


def settle(w: World) -> list[Account]:
    kept = []
    for a in w.accounts:
        a.settle(w.clock)
        if a.times:
            kept.append(a)
    if len(kept) >= 1 << _ACCT_BITS:
        raise ValueError("too many accounts for the plan encoding")
    return kept


def write_events(w: World, accounts: list[Account], out: Path) -> Counter:
    plan = []
    for ai, a in enumerate(accounts):
        if len(a.times) >= 1 << _K_BITS:
            raise ValueError(f"account {a.id} has too many requests")
        base = ai << _K_BITS
        for k, ts in enumerate(a.times):
            plan.append((ts << (_ACCT_BITS + _K_BITS)) | base | k)
    plan.sort()
    counts: Counter = Counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    mask_k, mask_a = (1 << _K_BITS) - 1, (1 << _ACCT_BITS) - 1
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
        buf = []
        for code in plan:
            k = code & mask_k
            a = accounts[(code >> _K_BITS) & mask_a]
            ts = code >> (_ACCT_BITS + _K_BITS)
            buf.append(dumps(a.fn(w, a, k, ts)))
            counts[a.population] += 1
            if len(buf) >= 4096:
                gz.write(("\n".join(buf) + "\n").encode("utf-8"))
                buf.clear()
        if buf:
            gz.write(("\n".join(buf) + "\n").encode("utf-8"))
    return counts


def write_labels(accounts: list[Account], path: Path) -> None:
    labels = {a.id: {"label": a.label, "population": a.population, "campaign": a.campaign}
              for a in sorted(accounts, key=lambda a: a.id)}
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ",\n".join(f"{json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in labels.items())
    path.write_text("{\n" + body + "\n}\n", encoding="utf-8")
