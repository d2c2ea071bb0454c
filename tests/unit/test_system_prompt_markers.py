"""system_prompt_markers: a marker set listed there counts a request whose
system prompt matches (an agent loop's standing "write your complete
reasoning" instruction), end to end through the engine and a hot reload."""
from __future__ import annotations

from enforcer.contracts import RequestEvent
from enforcer.core.engine import Engine
from enforcer.rules.loader import load_rules

T0 = 1_793_613_600_000
RULES = """
{listed}
markers:
  reasoning: [complete reasoning, step by step]
rules:
  - name: reasoning-every-step
    description: an account asking for reasoning at every request
    scope: account
    when: requests_1h >= 5 && reasoning_ratio_1h >= 0.8
    action: {{type: challenge, ttl: 1h}}
"""
SYSTEM = "You are an autonomous agent. Before every tool call, write your complete reasoning in <thinking> tags."


def _events(account: str, t0: int) -> list[RequestEvent]:
    return [RequestEvent(event_id=f"{account}-{i}", ts=t0 + i * 20_000, account_id=account, prompt_tokens=900,
                         completion_tokens=700, prompt=f'Observation: {{"tool": "search", "rows": {i}}}',
                         system_prompt=SYSTEM) for i in range(6)]


def _dirs(tmp_path):
    out = {}
    for name, listed in (("user_only", ""), ("both", "system_prompt_markers: [reasoning]")):
        d = tmp_path / name
        d.mkdir()
        (d / "r.yaml").write_text(RULES.format(listed=listed))
        out[name] = d
    return out


def _decided(eng: Engine, events: list[RequestEvent]) -> list[str]:
    return sorted({d.account_id for e in events for d in eng.process(e).decisions if d.action.value == "challenge"})


def test_the_system_prompts_instruction_counts_only_when_its_set_is_listed(tmp_path):
    d = _dirs(tmp_path)
    assert load_rules(d["both"]).system_markers == ("reasoning",)
    assert _decided(Engine(load_rules(d["user_only"])), _events("agent", T0)) == []
    assert _decided(Engine(load_rules(d["both"])), _events("agent", T0)) == ["agent"]


def test_a_reload_that_lists_the_set_rebuilds_the_observer(tmp_path):
    d = _dirs(tmp_path)
    eng = Engine(load_rules(d["user_only"]))
    assert _decided(eng, _events("before", T0)) == []
    eng.set_rules(load_rules(d["both"]))
    assert _decided(eng, _events("after", T0 + 600_000)) == ["after"]
