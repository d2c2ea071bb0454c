"""From generated rows to the two output files: order, ids, the few
intentionally broken lines (with a manifest), redeliveries, deterministic
gzip, and the labels of every account that has a valid event."""
from __future__ import annotations

import gzip
import io
from collections import Counter

import orjson

from .build import build_world
from .world import hid

MALFORMED_RATE = 0.0005  # ~0.05% of lines
REDELIVERY_RATE = 0.0006
KINDS = ["bad_json", "missing_field", "bad_timestamp", "wrong_type"]


def _break(rng, rec: dict, kind: str) -> bytes:
    """One way a gateway bug or a half-written record reaches the topic."""
    r = dict(rec)
    if kind == "bad_json":
        b = orjson.dumps(r)
        return b[: rng.randrange(20, max(21, len(b) // 2))]
    if kind == "missing_field":
        del r[rng.choice(["account_id", "prompt_tokens", "completion_tokens", "event_id", "ts"])]
    elif kind == "bad_timestamp":
        r["ts"] = rng.choice(["2027-06-23 14:03:22", "23/06/2027 14:03:22", "2027-06-23T25:61:00Z", "yesterday", ""])
    else:
        field, value = rng.choice([("prompt_tokens", "n/a"), ("account_id", 48213377), ("status", "OK"), ("asn", "unknown"),
                                   ("completion_tokens", [12]), ("prompt_tokens", -3)])
        r[field] = value
    return orjson.dumps(r)


def build(seed: int, days: int) -> tuple[bytes, bytes, dict]:
    ctx = build_world(seed, days)
    world = ctx.world
    ids = [a.id for a in ctx.reg.accounts]
    if len(set(ids)) != len(ids):
        raise RuntimeError("account id collision")  # would silently merge two accounts' labels
    rows = sorted(ctx.sink.rows, key=lambda x: (x[0], x[1]))
    recs = [{"event_id": hid("ev_", seed, "ev", seq, n=22), **rec} for _, seq, rec in rows]
    per_acct = Counter(r["account_id"] for r in recs)
    rng = world.rng("wire-faults")
    n_bad = max(4, round(len(recs) * MALFORMED_RATE))
    eligible = [i for i, r in enumerate(recs) if per_acct[r["account_id"]] >= 5]
    bad_idx = sorted(rng.sample(eligible, n_bad))
    lines = [orjson.dumps(r) for r in recs]
    bad = {}
    for j, i in enumerate(bad_idx):
        kind = KINDS[j % len(KINDS)]
        lines[i] = _break(rng, recs[i], kind)
        bad[i] = kind
    bad_set = set(bad_idx)
    n_dup = max(3, round(len(recs) * REDELIVERY_RATE))
    dup_idx = sorted(rng.sample([i for i in range(len(recs)) if i not in bad_set], n_dup))
    inserts: dict[int, list[int]] = {}
    for i in dup_idx:  # at-least-once delivery: the same bytes again a little later
        inserts.setdefault(min(len(recs) - 1, i + rng.randint(1, 300)), []).append(i)
    out: list[bytes] = []
    manifest_bad, manifest_dup = [], []
    for i, line in enumerate(lines):
        if i in bad:
            manifest_bad.append({"line": len(out) + 1, "kind": bad[i], "account_id": recs[i]["account_id"]})
        out.append(line)
        for src in inserts.get(i, []):
            manifest_dup.append({"line": len(out) + 1, "event_id": recs[src]["event_id"]})
            out.append(lines[src])
    raw = b"\n".join(out) + b"\n"
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=6) as gz:
        gz.write(raw)
    valid_accounts = {recs[i]["account_id"] for i in range(len(recs)) if i not in bad_set}
    labels = {}
    for a in sorted(ctx.reg.accounts, key=lambda a: a.id):
        if a.id in valid_accounts:
            labels[a.id] = {"label": a.label, "population": a.population, "campaign": a.campaign}
    labels_bytes = orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n"
    manifest = {"seed": seed, "days": days, "window": [world.start, world.end], "launch": world.launch,
                "lines": len(out), "events": len(recs), "malformed": manifest_bad, "redeliveries": manifest_dup,
                "created": {a.id: a.created for a in ctx.reg.accounts}}
    return buf.getvalue(), labels_bytes, manifest
