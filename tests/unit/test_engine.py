"""The engine: decisions, deduplication, expiry and lifts, lateness, eviction."""

from __future__ import annotations

from pathlib import Path

from enforcer.contracts import Action, Mode, RequestEvent
from enforcer.core.engine import Engine, EngineConfig
from enforcer.rules.loader import load_rules

RULES = """
rules:
  - name: busy
    description: more than 5 requests in a minute
    when: requests_1m > 5.0
    action: {type: throttle, rps: 1, ttl: 10m}
  - name: very-busy
    description: more than 10 requests in a minute
    when: requests_1m > 10.0
    action: {type: suspend, ttl: 1h}
  - name: watch
    description: shadow copy
    when: requests_1m > 5.0
    action: {type: challenge, ttl: 10m}
    mode: shadow
"""


def _engine(tmp_path: Path, **cfg) -> Engine:
    (tmp_path / "r.yaml").write_text(RULES)
    return Engine(load_rules(tmp_path), EngineConfig(**cfg))


def ev(i: int, ts: int, account: str = "a1", **kw) -> RequestEvent:
    return RequestEvent(event_id=f"e{i}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20, **kw)


def test_threshold_fires_once_then_deduplicates(tmp_path):
    eng = _engine(tmp_path)
    out = []
    for i in range(9):
        out += eng.process(ev(i, 1_000 * i)).decisions
    assert [(d.rule, d.action, d.mode) for d in out] == [
        ("busy", Action.throttle, Mode.enforce),
        ("watch", Action.challenge, Mode.shadow),
    ]
    d = out[0]
    assert d.issued_at == "1970-01-01T00:00:05.000Z" and d.expires_at == "1970-01-01T00:10:05.000Z"
    assert d.throttle_rps == 1.0 and d.evidence == {"requests_1m": 6.0}
    assert d.scope == "account" and d.scope_key == "a1"


def test_stronger_action_supersedes_weaker(tmp_path):
    eng = _engine(tmp_path)
    out = []
    for i in range(12):
        out += eng.process(ev(i, 1_000 * i)).decisions
    assert [d.rule for d in out if d.mode is Mode.enforce] == ["busy", "very-busy"]


def test_decision_ids_are_stable_across_replays(tmp_path):
    def run():
        eng = _engine(tmp_path)
        return [d.decision_id for i in range(12) for d in eng.process(ev(i, 1_000 * i)).decisions]

    first, second = run(), run()
    assert first == second and len(set(first)) == len(first)


def test_expiry_emits_one_lift_then_rule_can_fire_again(tmp_path):
    eng = _engine(tmp_path, allowed_lateness_ms=0)
    out = []
    for i in range(6):
        out += eng.process(ev(i, 1_000 * i)).decisions
    # 20 minutes later another account's traffic moves the watermark past expiry.
    out += eng.process(ev(100, 20 * 60_000, account="b")).decisions
    lifts = [d for d in out if d.action is Action.lift]
    assert {(d.rule, d.mode) for d in lifts} == {("busy", Mode.enforce), ("watch", Mode.shadow)}
    assert lifts[0].issued_at == lifts[0].expires_at == "1970-01-01T00:10:05.000Z"
    again = []
    for i in range(6):
        again += eng.process(ev(200 + i, 21 * 60_000 + 1_000 * i)).decisions
    assert [d.rule for d in again] == ["busy", "watch"]


def test_lift_is_the_same_whether_swept_or_found_on_next_event(tmp_path):
    def lifts(with_other_traffic: bool):
        eng = _engine(tmp_path, allowed_lateness_ms=0)
        out = []
        for i in range(6):
            out += eng.process(ev(i, 1_000 * i)).decisions
        if with_other_traffic:
            out += eng.process(ev(50, 15 * 60_000, account="b")).decisions
        for i in range(6):
            out += eng.process(ev(100 + i, 16 * 60_000 + 1_000 * i)).decisions
        return sorted(d.decision_id for d in out if d.action is Action.lift)

    assert lifts(True) == lifts(False) and len(lifts(False)) == 2


def test_late_events_within_lateness_count_and_later_ones_are_reported(tmp_path):
    eng = _engine(tmp_path, allowed_lateness_ms=30_000)
    eng.process(ev(1, 100_000))
    ok = eng.process(ev(2, 80_000))
    assert ok.late_reason is None
    assert eng.accounts.get("a1").windows.totals(0)[0] == 2
    late = eng.process(ev(3, 10_000))
    assert late.late_reason and "allowed lateness" in late.late_reason
    assert eng.accounts.get("a1").windows.totals(0)[0] == 2
    assert eng.stats["late"] == 1


def test_idle_subjects_are_evicted_in_event_time(tmp_path):
    eng = _engine(tmp_path)
    for i in range(100):
        eng.process(ev(i, i, account=f"x{i}"))
    assert len(eng.accounts) == 100
    eng.process(ev(999, 3 * 86_400_000, account="late-riser"))
    assert len(eng.accounts) == 1 and eng.stats["evicted_idle"] == 100


def test_capacity_bound_holds_under_a_flood(tmp_path):
    eng = _engine(tmp_path, max_subjects=1_000)
    for i in range(20_000):
        eng.process(ev(i, i, account=f"flood-{i}"))
    assert len(eng.accounts) == 1_000
    assert eng.accounts.evicted_capacity == 19_000


def test_dry_run_turns_everything_into_shadow(tmp_path):
    eng = _engine(tmp_path, dry_run=True)
    out = [d for i in range(12) for d in eng.process(ev(i, 1_000 * i)).decisions]
    assert out and all(d.mode is Mode.shadow for d in out)


def test_hot_reload_keeps_window_state(tmp_path):
    eng = _engine(tmp_path)
    for i in range(4):
        eng.process(ev(i, 1_000 * i))
    (tmp_path / "r.yaml").write_text(RULES.replace("requests_1m > 5.0", "requests_1m > 4.0", 1))
    eng.set_rules(load_rules(tmp_path))
    out = eng.process(ev(4, 4_000)).decisions
    assert [d.rule for d in out] == ["busy"]


def test_networks_per_account_tells_one_nat_from_accounts_spread_over_networks(tmp_path):
    """A class behind one NAT on one card is a fraction of a network per account;
    a swarm whose requests come from ever-new networks is several per account."""
    from enforcer.core.features import group_catalog
    from enforcer.core.linkkeys import key_hash

    (tmp_path / "r.yaml").write_text(
        "rules:\n  - name: card\n    description: groups by card\n    scope: payment\n"
        "    when: accounts_24h > 100\n    action: {type: challenge, ttl: 1h}\n")
    eng = Engine(load_rules(tmp_path))  # a payment rule: cards are link keys
    t0, i = 1_793_613_600_000, 0
    for k in range(10):
        for j in range(3):
            i += 1
            eng.process(ev(i, t0 + i * 1_000, f"pupil-{k}", payment_fingerprint="card-school", ip="198.51.100.7"))
            i += 1
            eng.process(ev(i, t0 + i * 1_000, f"swarm-{k}", payment_fingerprint="card-swarm",
                           ip=f"203.0.{k * 3 + j}.9"))
            i += 1
            eng.process(ev(i, t0 + i * 1_000, f"noip-{k}", payment_fingerprint="card-noip"))
    cat, now = group_catalog(), t0 + i * 1_000

    def feature(card: str, name: str):
        g = eng.group.groups.get("payment", key_hash("payment", card))
        return cat[name].get(g, None, now)

    assert (feature("card-school", "networks_24h"), feature("card-school", "networks_per_account_24h")) == (1, 0.1)
    # 30 networks were used; the first account's 3 requests came before the card had a
    # second account (a pending key, not yet a group) and are not counted.
    assert (feature("card-swarm", "networks_24h"), feature("card-swarm", "networks_per_account_24h")) == (27, 2.7)
    # No IP reported: nothing counted (rules tell this apart with networks_24h == 0).
    assert (feature("card-noip", "networks_24h"), feature("card-noip", "networks_per_account_24h")) == (0, 0.0)
