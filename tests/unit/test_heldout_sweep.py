"""bench/heldout_sweep.py's pure parts: which generators it finds and how it
calls them, the pooled figures, and the per-set change against a baseline.
(The sweep itself runs generators and backtests for minutes: BENCHMARKS.md.)"""
from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("heldout_sweep", REPO / "bench" / "heldout_sweep.py")
sweep = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sweep)


def test_it_finds_every_generator_in_order_of_arrival():
    gens = sweep.generators()
    assert gens[0] == "heldout" and gens[1] == "heldout3"
    numbers = [int(g[len("heldout"):]) for g in gens[1:]]
    assert numbers == sorted(numbers) and len(gens) == len(list((REPO / "bench").glob("heldout*/gen.py")))


def test_each_generator_gets_its_own_output_flag():
    old = sweep.generate_cmd("heldout37", 1, Path("e.gz"), Path("l.json"))
    new = sweep.generate_cmd("heldout39", 2, Path("e.gz"), Path("l.json"))
    assert old[old.index("e.gz") - 1] == "--out" and new[new.index("e.gz") - 1] == "--events"
    assert new[new.index("--seed") + 1] == "2" and new[new.index("--days") + 1] == "2"


def report(attack, recall, benign, blocked, suspended=0):
    return {"detection": {"attack_accounts": attack, "recall": recall, "benign_accounts": benign,
                          "benign_blocked": blocked, "benign_suspended": suspended}}


def test_pooled_figures_count_accounts_not_averages_of_rates():
    p = sweep.pooled({"a": report(100, 0.9, 1000, 10), "b": report(300, 0.5, 3000, 0, 1)})
    assert (p["campaign_blocked"], p["campaign"]) == (240, 400)
    assert p["recall"] == 0.6 and p["benign_rate"] == 10 / 4000 and p["benign_suspended"] == 1


def test_changes_name_who_was_added_and_who_was_spared(tmp_path):
    labels = {"a1": {"label": "attack", "population": "ring"}, "a2": {"label": "attack", "population": "ring"},
              "b1": {"label": "benign", "population": "lab"}}
    lines = [b'{"account_id":"a1","mode":"enforce","action":"challenge"}',
             b'{"account_id":"b1","mode":"enforce","action":"challenge"}',
             b'{"account_id":"a2","mode":"shadow","action":"challenge"}',
             b'{"account_id":"a2","mode":"enforce","action":"lift"}']
    (tmp_path / "base.jsonl").write_bytes(b"\n".join(lines[1:]) + b"\n")
    (tmp_path / "new.jsonl").write_bytes(b"\n".join(lines[:1] + lines[2:]) + b"\n")
    base, new = sweep.blocked(tmp_path / "base.jsonl"), sweep.blocked(tmp_path / "new.jsonl")
    assert base == {"b1"} and new == {"a1"}  # shadow holds and lifts block no one
    diff = sweep.changes(base, new, labels)
    assert diff["+"] == {("attack", "ring"): 1} and diff["-"] == {("benign", "lab"): 1}


def test_first_blockers_and_gains_of_shadow_probes(tmp_path):
    lines = [b'{"account_id":"a1","mode":"shadow","action":"challenge","rule":"probe"}',
             b'{"account_id":"a1","mode":"enforce","action":"challenge","rule":"ring"}',
             b'{"account_id":"a1","mode":"enforce","action":"suspend","rule":"swarm"}',
             b'{"account_id":"a2","mode":"shadow","action":"challenge","rule":"probe"}',
             b'{"account_id":"a3","mode":"enforce","action":"throttle","rule":"flood"}',
             b'{"account_id":"a3","mode":"enforce","action":"lift","rule":"probe"}']
    (tmp_path / "d.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    first = sweep.first_blockers(tmp_path / "d.jsonl")
    assert first == {"a1": "ring"}  # the first blocking rule; throttles block no one
    g = sweep.gains(tmp_path / "d.jsonl", {"probe", "unused"}, set(first))
    assert g == {"probe": {"a2"}, "unused": set()}  # a1 was blocked anyway; a lift is not a decision on a3


def test_gains_pool_across_sets_by_label():
    labels = {"a1": {"label": "attack", "population": "ring"}, "a2": {"label": "attack", "population": "farm"},
              "b1": {"label": "benign", "population": "lab"}}
    one = sweep.gain_totals({"probe": {"a1", "b1"}, "other": set()}, labels)
    two = sweep.gain_totals({"probe": {"a2", "unlabelled"}, "other": {"b1"}}, labels)
    total = one + two
    assert total[("probe", "attack")] == 2 and total[("probe", "benign")] == 1
    assert total[("other", "benign")] == 1 and total[("other", "attack")] == 0
