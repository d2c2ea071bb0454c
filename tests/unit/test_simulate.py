"""Traffic simulator: determinism, output contract, population structure, CLI."""
from __future__ import annotations

import argparse
import gzip
import re
from collections import defaultdict
from datetime import datetime

import orjson
import pytest

from enforcer.cli import simulate as cli
from enforcer.sim import SimConfig, generate, write
from enforcer.sim.corpora import SAMPLE_DIR, Corpora

SMALL = dict(days=0.25, scale=0.1)
# A full weekday so the school classes and eval runs happen.
DAY1 = dict(days=1.0, scale=0.1)
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
POPULATIONS = {"benign": "benign", "eval_team": "benign", "app_backend": "benign", "framework_users": "benign",
               "class_nat": "benign", "students": "benign", "hydra": "attack", "blatant": "attack",
               "stealth": "attack"}


@pytest.fixture(scope="module")
def day1():
    events, labels = generate(SimConfig(seed=11, **DAY1))
    events = list(events)
    by_pop = defaultdict(list)
    for ev in events:
        by_pop[labels[ev["account_id"]]["population"]].append(ev)
    return events, labels, by_pop


def _bytes(tmp_path, name, **kw):
    out = tmp_path / name
    write(SimConfig(**{**SMALL, **kw}), out, tmp_path / f"{name}.labels.json")
    return out.read_bytes(), (tmp_path / f"{name}.labels.json").read_bytes()


def test_same_seed_same_bytes_different_seed_differs(tmp_path):
    a = _bytes(tmp_path, "a.jsonl", seed=3)
    b = _bytes(tmp_path, "b.jsonl", seed=3)
    c = _bytes(tmp_path, "c.jsonl", seed=4)
    assert a == b and a[0]
    assert a[0] != c[0] and a[1] != c[1]
    assert _bytes(tmp_path, "a.jsonl.gz", seed=3)[0] == _bytes(tmp_path, "b.jsonl.gz", seed=3)[0]


def test_different_seed_gives_unseen_templates():
    def attack_prompts(seed):
        events, labels = generate(SimConfig(seed=seed, **SMALL))
        return {e["prompt"] for e in events if labels[e["account_id"]]["population"] == "hydra"}
    a, b = attack_prompts(1), attack_prompts(2)
    assert a and b and len(a & b) < 0.05 * min(len(a), len(b))


def test_events_sorted_and_well_formed(day1):
    events, labels, _ = day1
    assert len(events) > 1000
    assert [e["ts"] for e in events] == sorted(e["ts"] for e in events)
    ids = set()
    for e in events:
        assert re.fullmatch(r"ev-[0-9a-f]{16}", e["event_id"]) and e["event_id"] not in ids
        ids.add(e["event_id"])
        assert TS.match(e["ts"]) and TS.match(e["account_created_at"])
        assert e["account_created_at"] <= e["ts"]
        assert isinstance(e["account_id"], str) and e["account_id"] in labels
        for k in ("prompt_tokens", "completion_tokens", "status", "asn"):
            assert isinstance(e[k], int) and e[k] >= 0
        assert abs(e["prompt_tokens"] - (len(e["prompt"]) + len(e.get("system_prompt", ""))) / 4) <= 1
        assert e["status"] in (200, 429, 500) and (e["status"] == 200 or e["completion_tokens"] == 0)
        assert e["model"].startswith("claude-") and e["endpoint"].startswith("/v1/")
        for k in ("org_id", "api_key_id", "ip", "user_agent", "device_id"):
            assert isinstance(e[k], str) and e[k]
    assert sum(e["status"] == 200 for e in events) > 0.9 * len(events)
    assert any(":" in e["ip"] for e in events)  # some IPv6


def test_events_match_the_request_contract(day1):
    contracts = pytest.importorskip("enforcer.contracts")
    for e in day1[0][:2000]:
        contracts.parse_event(orjson.dumps(e))


def test_every_population_labelled(day1):
    _, labels, by_pop = day1
    assert set(by_pop) == set(POPULATIONS)
    for acct, lab in labels.items():
        assert lab["label"] == POPULATIONS[lab["population"]]
        assert (lab["campaign"] is None) == (lab["label"] == "benign")
    no_stealth = generate(SimConfig(seed=11, stealth=False, **SMALL))[1]
    assert "stealth" not in {v["population"] for v in no_stealth.values()}


def _accounts_by(events, field):
    m = defaultdict(set)
    for e in events:
        if e.get(field):
            m[e[field]].add(e["account_id"])
    return m


def test_campaigns_share_cards_stealth_does_not(day1):
    by_pop = day1[2]
    hydra_cards = _accounts_by(by_pop["hydra"], "payment_fingerprint")
    assert max(len(a) for a in hydra_cards.values()) >= 5
    hydra_devices = _accounts_by(by_pop["hydra"], "device_id")
    assert len(hydra_devices) < len({e["account_id"] for e in by_pop["hydra"]})
    for field in ("payment_fingerprint", "device_id", "ip"):
        assert all(len(a) == 1 for a in _accounts_by(by_pop["stealth"], field).values()), field
    # hydra rotates proxies: far more IPs than accounts
    assert len({e["ip"] for e in by_pop["hydra"]}) > 3 * len({e["account_id"] for e in by_pop["hydra"]})


def test_lookalikes_share_what_they_should(day1):
    by_pop = day1[2]
    fw = by_pop["framework_users"]
    assert len({e["system_prompt"] for e in fw}) == 1 and len({e["account_id"] for e in fw}) > 5
    cls = by_pop["class_nat"]
    assert len({e["ip"] for e in cls}) == 1 and len({e["account_id"] for e in cls}) > 3
    assert len({e["account_created_at"][:10] for e in cls}) == 1
    ev = by_pop["eval_team"]
    assert len({e["payment_fingerprint"] for e in ev}) == 1
    assert len({e["prompt"] for e in ev}) < len(ev)  # benchmark questions re-run
    app = by_pop["app_backend"]
    assert all(len(e["system_prompt"]) >= 1000 for e in app)


def test_release_ramps_campaigns():
    start = "2026-11-02T00:00:00Z"
    events, labels = generate(SimConfig(seed=5, release_at="2026-11-02T12:00:00Z", start=start, **DAY1))
    hydra = [e["ts"][11:13] for e in events if labels[e["account_id"]]["population"] == "hydra"]
    before = sum(h < "12" for h in hydra)
    assert before < 0.6 * (len(hydra) - before)


def test_gzip_and_cli_write_both_files(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers())
    out, lab = tmp_path / "ev.jsonl.gz", tmp_path / "labels.json"
    args = parser.parse_args(["simulate", "--seed", "9", "--days", "0.25", "--scale", "0.1", "--out", str(out),
                              "--labels", str(lab), "--start", "2026-11-03T06:00:00Z",
                              "--prompts-dir", str(SAMPLE_DIR)])
    assert args.func(args) == 0
    with gzip.open(out, "rb") as fh:
        events = [orjson.loads(line) for line in fh]
    labels = orjson.loads(lab.read_bytes())
    assert events and {e["account_id"] for e in events} == set(labels)
    assert events[0]["ts"] >= "2026-11-03T06:00:00.000Z"
    assert "events" in capsys.readouterr().err


def test_packaged_sample_is_small_and_usable():
    files = sorted(SAMPLE_DIR.glob("*.jsonl"))
    assert len(files) == 10 and sum(f.stat().st_size for f in files) < 300_000
    for f in files:
        rows = [orjson.loads(line) for line in f.read_bytes().splitlines()]
        assert 0 < len(rows) <= 150 and all({"text", "source", "license"} <= set(r) for r in rows)
    assert Corpora.load(SAMPLE_DIR).long_system
    cfg = SimConfig(seed=1, prompts_dir=SAMPLE_DIR, start=datetime.fromisoformat("2026-11-02T00:00:00+00:00"),
                    **SMALL)
    assert sum(1 for _ in generate(cfg)[0]) > 100


def _median_completion(events, labels, label):
    vals = sorted(e["completion_tokens"] for e in events
                  if labels[e["account_id"]]["label"] == label and e["completion_tokens"] > 0)
    return vals[len(vals) // 2]


def test_answer_length_knobs_move_only_their_side():
    """The sensitivity knobs: the campaigns' harvested answers, or every benign
    answer, get shorter or longer; the other side's traffic stays as it was."""
    base_ev, labels = generate(SimConfig(seed=11, **SMALL))
    base_ev = list(base_ev)
    short_ev, _ = generate(SimConfig(seed=11, attack_answer_median=600.0, **SMALL))
    short_ev = list(short_ev)
    long_ev, _ = generate(SimConfig(seed=11, benign_answer_scale=2.0, **SMALL))
    long_ev = list(long_ev)
    assert _median_completion(short_ev, labels, "attack") < 0.7 * _median_completion(base_ev, labels, "attack")
    assert _median_completion(short_ev, labels, "benign") == _median_completion(base_ev, labels, "benign")
    assert _median_completion(long_ev, labels, "benign") > 1.6 * _median_completion(base_ev, labels, "benign")
    assert _median_completion(long_ev, labels, "attack") == _median_completion(base_ev, labels, "attack")
    with pytest.raises(ValueError):
        SimConfig(attack_answer_median=0)


def test_hydra_knobs_remove_shared_infrastructure_and_age_the_accounts():
    evs, labels = generate(SimConfig(seed=11, hydra_shared_infra=False, hydra_aged=True, **DAY1))
    hydra = [e for e in evs if labels[e["account_id"]]["population"] == "hydra"]
    for field in ("payment_fingerprint", "device_id"):
        assert all(len(a) == 1 for a in _accounts_by(hydra, field).values()), field
    age_days = [(_ms(e["ts"]) - _ms(e["account_created_at"])) / 86_400_000 for e in hydra]
    assert min(age_days) >= 60


def _ms(ts: str) -> int:
    return int(datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp() * 1000)


def test_hydra_datacenter_knob_runs_each_campaign_from_a_few_server_subnets():
    from enforcer.sim.generator import DATACENTER

    evs, labels = generate(SimConfig(seed=11, hydra_datacenter=True, **DAY1))
    hydra = [e for e in evs if labels[e["account_id"]]["population"] == "hydra"]
    nets: dict[str, set[str]] = {}
    for e in hydra:
        nets.setdefault(labels[e["account_id"]]["campaign"], set()).add(e["ip"].rsplit(".", 1)[0])
    assert nets and all(1 <= len(n) <= 6 for n in nets.values())
    assert {e["asn"] for e in hydra} <= set(DATACENTER)
