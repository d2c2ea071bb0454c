"""Crowded link keys under the default rules: a client fingerprint that looks
like a farm in its first minutes and then shows itself to be a crowd."""
from __future__ import annotations

import json
from pathlib import Path

from enforcer.contracts import Action, RequestEvent
from enforcer.core.engine import Engine
from enforcer.rules.loader import load_rules

ROOT = Path(__file__).resolve().parents[2]
T0 = 1_793_613_600_000
DAY = 86_400_000
FP = "t13d1516h2_8daaf6152771_02713d"  # one JA4 fingerprint: a popular client stack
BLOCK = (Action.challenge, Action.suspend)


def _questions() -> list[str]:
    corpus = ROOT.parent / "shared" / "data" / "prompts" / "task_gsm8k.jsonl"
    if corpus.exists():
        with corpus.open() as f:
            return [json.loads(line)["text"] for _, line in zip(range(40), f)]
    return [f"A farmer has {n} sheep and buys {n + 7} more at {n % 9 + 2} dollars each. How much did he pay, "
            f"and how many sheep does he have now?" for n in range(40)]


def test_no_one_inherits_from_a_fingerprint_that_turns_out_to_be_a_crowd():
    eng = Engine(load_rules(ROOT / "rules"))
    qs = _questions()
    out = []
    i = 0

    def send(account: str, ts: int, prompt: str, completion: int, created: int) -> None:
        nonlocal i
        i += 1
        out.extend(eng.process(RequestEvent(
            event_id=f"e{i}", ts=ts, account_id=account, prompt_tokens=60, completion_tokens=completion,
            prompt=prompt, device_id=FP, ip=f"100.{64 + i % 60}.{i % 250}.{i % 200 + 1}", asn=7922,
            account_created_at=created)).decisions)

    # Ten new accounts pull long step-by-step answers through the fingerprint:
    # in its first minutes it looks like a farm's device.
    for r in range(3):
        for a in range(10):
            send(f"farm-{a}", T0 + (r * 10 + a) * 2_000, qs[r * 10 + a] + "\n\nSolve it step by step.", 1_100,
                 T0 - 3 * DAY)
    # (Challenged, not suspended: 3 requests each are too few for a member's own
    # hopping to show; rules/groups.yaml, "No suspension on a group's evidence alone".)
    farm = {d.account_id for d in out if d.rule == "shared-device-new-account-swarm" and d.action in BLOCK}
    assert farm, "the fingerprint's first minutes read as a farm"
    # Then the crowd of a popular client arrives: 330 young accounts chatting.
    for a in range(330):
        send(f"user-{a}", T0 + 120_000 + a * 1_000, f"Can you suggest a name for my cat number {a}?", 80,
             T0 - 10 * DAY)
    # A joiner is judged on its own traffic too (the rule's fanout_when: young,
    # task-like, long answers): people chatting through the client never
    # inherit, neither while the group still looks like a farm nor after.
    inherited = {d.account_id for d in out if d.action in BLOCK} - farm
    assert not inherited, "no one chatting inherits from a client's fingerprint"
    assert eng.group.stats["inherit_stale"] > 0, "once a crowd, the group stops handing out its action"
    assert not any(d.action is Action.lift for d in out), "members keep their action until it expires"
