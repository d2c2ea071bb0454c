"""The sketches in changelog entries: distinct counters and an account's
sketch come back equal, hold no text or address, and a damaged one is
dropped (the subject counts afresh) without failing the import."""

from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest

from enforcer.contracts import parse_event
from enforcer.core.engine import Engine, EngineConfig
from enforcer.core.epochs import EpochDistinct, GapStats
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(ROOT / "rules")
T0 = 1_793_613_600_000
MIN = 60_000


def _wire(x):
    return orjson.loads(orjson.dumps(x))


@pytest.mark.parametrize("universe", [40, 150, 1 << 64])  # exact throughout, exact then HLL, HLL early
def test_an_epoch_counter_restored_anywhere_answers_as_the_original(universe):
    rng = random.Random(universe)
    for trial in range(60):
        a, b = EpochDistinct(1000), None
        ts, cut = 0, rng.randrange(1, 300)
        for i in range(300):
            ts += rng.randrange(0, 30)
            h = rng.randrange(universe)
            if i == cut:
                b = EpochDistinct.from_list(1000, _wire(a.to_list()))
            fresh = rng.random() < 0.3
            got = a.add_fresh(h, ts) if fresh else a.add(h, ts)
            if b is not None:
                assert (b.add_fresh(h, ts) if fresh else b.add(h, ts)) == got, (trial, i)
                assert b.estimate(ts) == a.estimate(ts)
    assert EpochDistinct.from_list(1000, None).estimate(0) == 0


def test_gap_stats_come_back_exactly():
    g = GapStats()
    for t in (0, 5, 17, 40, 41, 90, 200):
        g.add(t)
    h = GapStats.from_list(_wire(g.to_list()))
    g.add(300)
    h.add(300)
    assert h.to_list() == g.to_list() and h.cv(1) == g.cv(1)


def _event(i: int, ip: str, prompt: str) -> dict:
    return {"event_id": f"e{i}", "ts": T0 + i * MIN, "account_id": "a", "prompt_tokens": 30,
            "completion_tokens": 400, "ip": ip, "asn": 64500 + i % 3, "prompt": prompt,
            "account_created_at": T0 - 3 * 86_400_000}


def test_an_account_entry_holds_no_prompt_text_or_address_and_restores_its_features():
    eng = Engine(RULES, EngineConfig())
    for i in range(12):
        eng.process(parse_event(orjson.dumps(_event(i, f"198.51.{i % 4}.77", f"zebra quokka question {i % 5}"))))
    entry = _wire(eng.export_account("a"))
    raw = orjson.dumps(entry)
    assert b"198.51" not in raw and b"zebra" not in raw and b"quokka" not in raw
    assert "s" in entry and entry["c"] == T0 - 3 * 86_400_000
    fresh = Engine(RULES, EngineConfig())
    fresh.import_account("a", entry)
    sk, orig = fresh.accounts.get("a").ext, eng.accounts.get("a").ext
    now = T0 + 12 * MIN
    for name in ("prompts", "ips", "prefixes", "asns"):
        assert getattr(sk, name).estimate(now) == getattr(orig, name).estimate(now) > 0, name
    assert sk.exacts == orig.exacts and list(sk.recent) == list(orig.recent) and sk.bands == orig.bands
    assert sk.top_template_share() == orig.top_template_share()
    # the same request next on both: the same answer (a repeat; from a network used before: no hop)
    nxt = parse_event(orjson.dumps(_event(3, "198.51.3.77", "zebra quokka question 3") | {"event_id": "n"}))
    assert fresh.accounts.get("a").ext.update(fresh.observer.observe(nxt), nxt, now) == \
        eng.accounts.get("a").ext.update(eng.observer.observe(nxt), nxt, now)


def test_a_damaged_sketch_is_dropped_and_the_rest_of_the_entry_kept():
    eng = Engine(RULES, EngineConfig())
    for i in range(5):
        eng.process(parse_event(orjson.dumps(_event(i, "198.51.100.7", f"question {i}"))))
    entry = _wire(eng.export_account("a"))
    entry["s"][2] = [5, "%%%not base64%%%", None]
    fresh = Engine(RULES, EngineConfig())
    fresh.import_account("a", entry)
    st = fresh.accounts.get("a")
    assert fresh.stats["import_sketch_mismatch"] == 1
    assert st.windows.totals(2)[0] == 5  # the windows are kept
    assert st.ext is None or st.ext.prompts.estimate(T0 + 5 * MIN) == 0  # the sketches count afresh
