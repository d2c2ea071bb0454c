"""A restart anywhere decides exactly as no restart.

The stream's tables hold what export_account and export_group give (and the
cluster key side's export_key); a worker that restarts, or takes over a
partition in a rebalance, imports them. Here the backtest engine stands in for
it: its state is exported at an event, a fresh engine imports it and replays
the rest, and its decisions must be the uninterrupted run's, id for id.
Only the order may differ, and only for expiry lifts: the decision book emits
them at housekeeping sweeps, once a minute of event time after the stage's
first event, and a restart restarts that cycle. Before the sketches were saved ("s" on accounts, "sk" on groups) the
restored engine forgot distinct prompts and networks, near-duplicates and
wrapper counts, and decided differently for up to a day after every restart
(BENCHMARKS.md "Restarts decide as if none happened").
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from enforcer.contracts import parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(ROOT / "rules")


@pytest.fixture(scope="module")
def events():
    from enforcer.sim import SimConfig, generate

    evs, _ = generate(SimConfig(seed=11, days=0.2))
    return [parse_event(orjson.dumps(e)) for e in evs]


@pytest.fixture(scope="module")
def base(events):
    return run(events)


def _wire(x):
    return orjson.loads(orjson.dumps(x))  # through JSON, as the tables hold it


def snapshot(eng: Engine) -> tuple[dict, dict, dict]:
    # In the store's recency order (least recently seen first), as a worker
    # reads its accounts back: idle eviction scans from the oldest.
    accounts = [a for a, _ in eng.accounts.items()]
    accounts += sorted((set(eng.book._enforce) | set(eng.book._shadow)) - set(accounts))
    acc = {a: _wire(e) for a in accounts if (e := eng.export_account(a)) is not None}
    gs = eng.group.groups
    grp = {gk: _wire(e) for gk in [*gs.groups, *gs.pending] if (e := eng.group.export_group(*gk)) is not None}
    keys = {}
    if eng.group.keys is not None:
        keys = {gk: _wire(e) for gk in list(eng.group.keys.keys) if (e := eng.group.keys.export_key(*gk)) is not None}
    return acc, grp, keys


def restored(acc: dict, grp: dict, keys: dict) -> Engine:
    eng = Engine(RULES, EngineConfig())
    for gk, e in grp.items():
        eng.group.import_group(*gk, e)
    if eng.group.keys is not None:
        for gk, e in keys.items():
            eng.group.keys.import_key(*gk, e)
    for a, e in acc.items():
        eng.import_account(a, e)
    return eng


def run(events, cut: int | None = None, drop: tuple[str, ...] = ()) -> list[tuple[str, str, str, str, str]]:
    eng = Engine(RULES, EngineConfig())
    out = []
    for i, ev in enumerate(events):
        if i == cut:
            acc, grp, keys = snapshot(eng)
            for e in (*acc.values(), *grp.values()):
                for k in drop:
                    e.pop(k, None)
            eng = restored(acc, grp, keys)
        out.extend((d.decision_id, d.action.value, d.account_id, d.mode.value, d.issued_at)
                   for d in eng.process(ev).decisions)
    return sorted(out)


def test_a_restart_anywhere_gives_the_uninterrupted_decisions(events, base):
    assert len({d[2] for d in base}) > 50, "the slice must action accounts of several rules"
    for frac in (0.35, 0.7):
        assert run(events, int(len(events) * frac)) == base, frac


def test_without_the_sketches_a_restart_decides_otherwise(events, base):
    """What the test above guards: entries without sketches (as written before
    they were saved, and still read) restore an engine that decides otherwise."""
    assert run(events, int(len(events) * 0.35), drop=("s", "sk")) != base
