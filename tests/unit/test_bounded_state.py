"""A flood of single-request accounts must not grow memory without bound:
every store is capped, and memory plateaus once the caps are reached.
(The 1,000,000-account flood with default caps is bench/bench_flood.py.)"""

from __future__ import annotations

from enforcer.contracts import RequestEvent
from enforcer.core.engine import CollectiveConfig, Engine, EngineConfig
from enforcer.rules.loader import load_rules

CAPS = dict(max_subjects=1_000)
COLLECTIVE = CollectiveConfig(max_groups=300, max_pending=2_000, max_members=16)
N = 12_000


def flood_event(i: int) -> RequestEvent:
    return RequestEvent(
        event_id=f"f{i}", ts=1_800_000_000_000 + i, account_id=f"flood-{i}", prompt_tokens=20, completion_tokens=40,
        prompt=f"question number {i} about topic {i % 97} with some filler words to make a wrapper key possible here",
        ip=f"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}", asn=64512 + i % 50, user_agent=f"ua/{i % 7}",
        payment_fingerprint=f"card-{i}", device_id=f"dev-{i // 2}",
        account_created_at=1_800_000_000_000 - 86_400_000,
    )


def test_flood_of_single_request_accounts_stays_within_caps(tmp_path):
    (tmp_path / "r.yaml").write_text(
        "rules:\n  - name: busy\n    description: x\n    when: requests_1m > 100\n"
        "    action: {type: throttle, rps: 1, ttl: 1m}\n")
    eng = Engine(load_rules(tmp_path), EngineConfig(collective=COLLECTIVE, **CAPS))
    marks = []
    for i in range(N):
        eng.process(flood_event(i))
        if i + 1 in (N // 4, N):
            marks.append(eng.accounts.nbytes() + eng.groups.nbytes())
    assert len(eng.accounts) == CAPS["max_subjects"]
    assert len(eng.groups) <= COLLECTIVE.max_groups
    assert len(eng.groups.pending) <= COLLECTIVE.max_pending
    assert eng.accounts.evicted_capacity == N - CAPS["max_subjects"]
    assert all(len(g.members) <= COLLECTIVE.max_members for g in eng.groups.groups.values())
    # Once the caps are full, 4x the accounts must not mean more state (5% slack: sketches fill).
    assert marks[1] < marks[0] * 1.05, marks
