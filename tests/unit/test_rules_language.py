"""The rule language: named lists, macros, event attributes, priority and stop,
per-rule shadow and global dry-run."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcer.contracts import Action, Mode, RequestEvent
from enforcer.core.engine import Engine, EngineConfig
from enforcer.rules.loader import RuleSetError, load_rules
from enforcer.rules.macros import expand as expand_macros


def ev(i: int, ts: int, account: str = "a1", **kw) -> RequestEvent:
    return RequestEvent(event_id=f"e{i}", ts=ts, account_id=account, prompt_tokens=10, completion_tokens=20, **kw)


def load(tmp_path: Path, *texts: str):
    for i, t in enumerate(texts):
        (tmp_path / f"r{i}.yaml").write_text(t)
    return load_rules(tmp_path)


def run(rs, events, **cfg):
    eng = Engine(rs, EngineConfig(**cfg))
    return eng, [d for e in events for d in eng.process(e).decisions]


BURST = [ev(i, 1_000 * i) for i in range(8)]


def test_lists_are_usable_from_any_file_with_event_attributes(tmp_path):
    rs = load(tmp_path,
              "lists:\n  trusted_orgs: [org-good, org-partner]\n  big_models: [m-large]\n",
              "rules:\n  - name: busy-untrusted\n    description: x\n"
              "    when: requests_1m > 5 && !(org_id in trusted_orgs) && model in big_models\n"
              "    action: {type: throttle, rps: 1, ttl: 10m}\n")
    assert rs.lists == {"big_models": ("m-large",), "trusted_orgs": ("org-good", "org-partner")}
    _, out = run(rs, [ev(i, 1_000 * i, org_id="org-good", model="m-large") for i in range(8)])
    assert out == []
    _, out = run(rs, [ev(i, 1_000 * i, org_id="org-bad", model="m-large") for i in range(8)])
    assert [d.rule for d in out] == ["busy-untrusted"]
    assert "org_id" not in out[0].evidence and "model" not in out[0].evidence  # attributes are not evidence
    _, out = run(rs, [ev(i, 1_000 * i, model="m-small") for i in range(8)])
    assert out == []


def test_missing_attribute_is_the_empty_string(tmp_path):
    rs = load(tmp_path, "rules:\n  - name: no-org\n    description: x\n"
                        "    when: requests_1m > 5 && org_id == ''\n    action: {type: challenge, ttl: 1m}\n")
    _, out = run(rs, BURST)
    assert [d.rule for d in out] == ["no-org"]


def test_a_long_list_costs_nothing_per_evaluation(tmp_path):
    names = "\n".join(f"    - org-{i}" for i in range(5000))
    rs = load(tmp_path, f"lists:\n  many:\n{names}\n",
              "rules:\n  - name: r\n    description: x\n    when: requests_1m > 5 && org_id in many\n"
              "    action: {type: challenge, ttl: 1m}\n")
    _, out = run(rs, [ev(i, 1_000 * i, org_id="org-4999") for i in range(8)])
    assert len(out) == 1


def test_macros_are_bool_variables_evaluated_per_scope(tmp_path):
    rs = load(tmp_path,
              "macros:\n  bursting: requests_1h > 5\n  long_answers: avg_completion_tokens_1h >= 15.0\n",
              "rules:\n  - name: burst-long\n    description: x\n    when: bursting && long_answers\n"
              "    action: {type: challenge, ttl: 1m}\n"
              "  - name: group-burst\n    description: y\n    scope: org\n    when: bursting && accounts_1h >= 2\n"
              "    action: {type: throttle, rps: 1, ttl: 1m}\n")
    assert rs.macros == {"bursting": "requests_1h > 5", "long_answers": "avg_completion_tokens_1h >= 15.0"}
    _, out = run(rs, BURST)
    assert [d.rule for d in out] == ["burst-long"]
    assert out[0].evidence == {"bursting": True, "long_answers": True}
    # The group rule binds the same macro to the group's counters.
    events = [ev(i, 1_000 * i, account=f"a{i % 2}", org_id="shared-org") for i in range(8)]
    _, out = run(rs, events)
    assert {(d.rule, d.account_id) for d in out} >= {("group-burst", "a0"), ("group-burst", "a1")}


@pytest.mark.parametrize("macros,used", [
    ("  young: account_age_days < 7.0\n", "young"),
    # The same check through a macro that uses it (macros are inlined).
    ("  young: account_age_days < 7.0\n  young_and_busy: young && requests_1h > 3\n", "young_and_busy"),
])
def test_macro_with_a_feature_the_scope_lacks_is_reported_at_the_rule(tmp_path, macros, used):
    (tmp_path / "m.yaml").write_text("macros:\n" + macros)
    (tmp_path / "r.yaml").write_text("rules:\n  - name: g\n    description: x\n    scope: template\n"
                                     f"    when: {used} && accounts_1h >= 3\n    action: {{type: challenge, ttl: 1m}}\n")
    with pytest.raises(RuleSetError) as info:
        load_rules(tmp_path)
    [err] = info.value.errors
    assert err.file.endswith("r.yaml") and err.line == 5
    assert f"macro {used!r}" in err.message and "account_age_days" in err.message
    assert f"m.yaml:{macros.count(chr(10)) + 1}" in err.message


def test_a_macro_may_use_macros_of_any_file_and_behaves_as_if_written_out(tmp_path):
    # One bound, one place: a threshold two macros share is a macro they both use.
    (tmp_path / "a.yaml").write_text("macros:\n  long_burst: bursting && long_answers\n")
    (tmp_path / "b.yaml").write_text(
        "macros:\n  bursting: requests_1h > 5\n  long_answers: avg_completion_tokens_1h >= 15.0\n"
        "rules:\n  - name: nested\n    description: x\n    when: long_burst\n"
        "    action: {type: challenge, ttl: 1m}\n")
    rs = load_rules(tmp_path)
    assert rs.macros["long_burst"] == "(requests_1h > 5) && (avg_completion_tokens_1h >= 15.0)"
    _, out = run(rs, BURST)
    assert [d.rule for d in out] == ["nested"]
    assert out[0].evidence == {"long_burst": True}
    (tmp_path / "flat").mkdir()
    flat = load(tmp_path / "flat", "rules:\n  - name: nested\n    description: x\n"
                "    when: requests_1h > 5 && avg_completion_tokens_1h >= 15.0\n    action: {type: challenge, ttl: 1m}\n")
    _, plain = run(flat, BURST)
    assert [(d.account_id, d.issued_at) for d in out] == [(d.account_id, d.issued_at) for d in plain]
    short = [RequestEvent(event_id=f"e{i}", ts=1_000 * i, account_id="a1", prompt_tokens=10, completion_tokens=5)
             for i in range(8)]  # the same burst with short answers: the inner long_answers is false
    assert run(rs, short)[1] == []


def test_only_macro_names_are_inlined_not_strings_fields_or_calls():
    texts = {"b": "requests_1h > 5", "a": 'b && model == "b" && size(org_id) > 0 && attrs.b == 1 && b(x)'}
    done, errors = expand_macros(texts)
    assert errors == {}
    assert done["a"] == '(requests_1h > 5) && model == "b" && size(org_id) > 0 && attrs.b == 1 && b(x)'
    # A macro using one caught in a loop cannot be expanded either; each loop member names its own loop.
    _, errors = expand_macros({"p": "q", "q": "p", "r": "p || requests_1h > 1"})
    assert errors == {"p": "uses itself (p -> q -> p)", "q": "uses itself (q -> p -> q)",
                      "r": "uses macro 'p', which cannot be expanded"}


def test_priority_orders_rules_and_stop_skips_the_rest(tmp_path):
    text = ("rules:\n"
            "  - name: late\n    description: x\n    when: requests_1m > 5\n    priority: 50\n"
            "    action: {type: suspend, ttl: 10m}\n"
            "  - name: early\n    description: y\n    when: requests_1m > 5\n    priority: 10\n    stop: STOP\n"
            "    action: {type: throttle, rps: 1, ttl: 10m}\n")
    _, out = run(load(tmp_path, text.replace("STOP", "false")), BURST)
    assert [d.rule for d in out] == ["early", "late"]  # priority order; the suspend supersedes
    (tmp_path / "r0.yaml").unlink()
    _, out = run(load(tmp_path, text.replace("STOP", "true")), BURST)
    assert [d.rule for d in out] == ["early"]  # while `early` matches, `late` never runs


def test_stop_only_when_the_rule_fires(tmp_path):
    rs = load(tmp_path, "rules:\n"
              "  - name: first\n    description: x\n    when: requests_1m > 100\n    priority: 1\n    stop: true\n"
              "    action: {type: suspend, ttl: 10m}\n"
              "  - name: second\n    description: y\n    when: requests_1m > 5\n    priority: 2\n"
              "    action: {type: throttle, rps: 1, ttl: 10m}\n")
    _, out = run(rs, BURST)
    assert [d.rule for d in out] == ["second"]


def test_shadow_rule_and_global_dry_run(tmp_path):
    rs = load(tmp_path, "rules:\n"
              "  - name: act\n    description: x\n    when: requests_1m > 5\n    action: {type: suspend, ttl: 10m}\n"
              "  - name: watch\n    description: y\n    when: requests_1m > 5\n    mode: shadow\n"
              "    action: {type: challenge, ttl: 10m}\n")
    _, out = run(rs, BURST)
    assert [(d.rule, d.mode) for d in out] == [("act", Mode.enforce), ("watch", Mode.shadow)]
    _, out = run(rs, BURST, dry_run=True)
    # Both shadow; in one (account, shadow) slot the suspend covers the challenge.
    assert [(d.rule, d.action, d.mode) for d in out] == [("act", Action.suspend, Mode.shadow)]


def test_worker_settings_carry_dry_run_into_the_engine():
    pytest.importorskip("faust")
    from enforcer.settings import Settings
    from enforcer.stream.app import engine_config

    assert engine_config(Settings(dry_run=True)).dry_run is True
    assert engine_config(Settings()).dry_run is False


def test_comprehension_macros_over_lists(tmp_path):
    rs = load(tmp_path, "lists:\n  partner_prefixes: [org-a, org-b]\n"
              "rules:\n  - name: r\n    description: x\n"
              "    when: requests_1m > 5 && partner_prefixes.exists(p, org_id.startsWith(p))\n"
              "    action: {type: challenge, ttl: 1m}\n")
    _, out = run(rs, [ev(i, 1_000 * i, org_id="org-b-7") for i in range(8)])
    assert len(out) == 1
    _, out = run(rs, [ev(i, 1_000 * i, org_id="org-c") for i in range(8)])
    assert out == []


def test_default_rules_pass_their_golden_cases_and_tests_dir_is_not_rules(tmp_path, capsys):
    import shutil

    from enforcer.cli import main

    root = Path(__file__).parents[2] / "rules"
    assert main(["rules", "test", str(root)]) == 0
    assert " passed, 0 failed" in capsys.readouterr().out
    # A broken YAML file under tests/ is not a rule file.
    shutil.copytree(root, tmp_path / "rules")
    (tmp_path / "rules" / "tests" / "broken.yaml").write_text("rules: [\n")
    assert main(["rules", "check", str(tmp_path / "rules")]) == 0


def test_backtest_dry_run_flag_makes_every_decision_shadow(tmp_path):
    import orjson

    from enforcer.cli import main
    from enforcer.timeutil import format_rfc3339_ms

    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yaml").write_text("rules:\n  - name: act\n    description: x\n    when: requests_1m > 5\n"
                                  "    action: {type: suspend, ttl: 10m}\n")
    events = tmp_path / "ev.jsonl"
    # RFC 3339 text: on the wire, a bare number this small would be epoch seconds
    events.write_bytes(b"".join(orjson.dumps(e.model_dump() | {"ts": format_rfc3339_ms(e.ts)}) + b"\n"
                                for e in BURST))
    for flag, mode in (([], "enforce"), (["--dry-run"], "shadow")):
        out = tmp_path / f"out{len(flag)}.jsonl"
        assert main(["backtest", "--rules", str(rules), "--events", str(events), "--out", str(out),
                     "--no-progress", *flag]) == 0
        rows = [orjson.loads(x) for x in out.read_bytes().splitlines()]
        assert [(r["rule"], r["mode"]) for r in rows] == [("act", mode)]
